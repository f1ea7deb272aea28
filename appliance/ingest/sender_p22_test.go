package ingest_test

import (
	"context"
	"testing"

	"fatoora/appliance/ingest"

	bolt "go.etcd.io/bbolt"
)

// TestAccept_SenderWithAControlCharacterFlagged: a sender's id with a byte
// below 0x20 (a wa_id or BSUID never holds one) is stored and flagged for
// staff under no customer, by both parsers: no key of a customer's run in
// message_index (store.CustomerRunOf) could be mistaken for another's.
func TestAccept_SenderWithAControlCharacterFlagged(t *testing.T) {
	for _, tc := range []struct{ name, msg string }{
		{"from", `{"from":"2010\u0001","id":"wamid.ctl1","timestamp":"1700000000","type":"text","text":{"body":"1 كرسي"}}`},
		{"from, escaped tab", `{"from":"2010\t","id":"wamid.ctl1","timestamp":"1700000000","type":"text","text":{"body":"1 كرسي"}}`},
		{"user id", `{"from_user_id":"EG.15\u0002","id":"wamid.ctl1","timestamp":"1700000000","type":"text","text":{"body":"1 كرسي"}}`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			db := openStore(t)
			in := newIngester(t, db, ingest.Options{})
			body := []byte(envelope("", tc.msg, ""))
			if handled, diff := ingest.InboundAgrees(body); diff != "" {
				t.Errorf("the tape's reading and Parse's differ (handled %v): %s", handled, diff)
			}
			if m, err := ingest.Parse(body); err != nil || len(m.Messages) != 1 || m.Messages[0].Customer != "" || m.Messages[0].Flag == "" {
				t.Errorf("Parse: %+v %v", m, err)
			}
			res, err := in.Accept(context.Background(), body, in.Sign(body), "webhook")
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Flagged) != 1 || len(res.NewMessages) != 0 {
				t.Fatalf("flagged %v, new %v", res.Flagged, res.NewMessages)
			}
			hearQueued(t, db)
			_ = db.View(func(tx *bolt.Tx) error {
				fl, err := ingest.Flagged(tx, 10)
				if err != nil || len(fl) != 1 || fl[0].Reason != "the sender's id holds a control character" {
					t.Errorf("flagged list %+v %v", fl, err)
				}
				m, ok, err := ingest.LoadMessage(tx, "wamid.ctl1")
				if !ok || err != nil || m.Customer != "" {
					t.Errorf("stored %v %v, customer %q", ok, err, m.Customer)
				}
				return nil
			})
			if n := countCustomers(t, db); n != 0 {
				t.Errorf("%d customers recorded", n)
			}
		})
	}
}
