// Package server is fatoora-relay, the cloud side of the relay link: it
// receives Meta's webhooks for many shops, stores each POST's raw bytes and
// X-Hub-Signature-256 header durably before answering 200, queues them per
// business number, and hands them over the link (sync/relay/proto) to the
// box that owns the number, deleting a webhook only when that box has
// acknowledged its own durable commit. With --graph-token it also carries a
// box's Graph API calls out and adds Meta's access token, so the box never
// holds it.
//
// The bbolt file (<data>/relay.db):
//
//	meta/
//	    schema            -> "1"
//	queues/
//	    <phone-number-id>/  one per business number, registered or not
//	        <seq u64 BE>  -> proto.Webhook frame, encoded (sent as is)
//	rejected/
//	    <phone-number-id>/  webhooks a box refused (bad signature, malformed)
//	        <seq u64 BE>  -> {"reason","at","frame"} JSON
//
// A POST whose entries name several numbers is queued once per number; a
// number no box is registered for is queued all the same (reported on
// /healthz as unrouted) and delivered when its box is added. A POST with no
// number at all is queued under the empty id. Unacknowledged webhooks
// older than the retention (default 7 days, as long as Meta retries) are
// dropped and counted.
package server
