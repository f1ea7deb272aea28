package ingest

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"reflect"
)

// ParseStd is Parse by encoding/json alone, for tests of the fast decoder.
var ParseStd = parseStd

// ParseFast is Parse by the fast decoder alone: handled false where it
// stands aside.
func ParseFast(body []byte) (n Notification, handled bool) { return fastParse(body) }

// ParseLean is what Accept reads of a body (leanParse): handled false
// where it leaves the body to Parse.
func ParseLean(body []byte) (n Notification, handled bool) { return leanParse(body) }

// InboundAgrees holds what Accept reads of body straight from the tape
// (readInbound) to what it makes of leanParse's reading where that path
// is taken (fromNotification): the same messages — wamid, customer, flag,
// business number, record byte for byte — statuses and skipped count.
// handled is false where readInbound stands aside; diff says how they
// differ, "" when they agree.
func InboundAgrees(body []byte) (handled bool, diff string) {
	j := getJob()
	defer j.put()
	if !j.readInbound(body) {
		return false, ""
	}
	n, ok := leanParse(body)
	if !ok {
		return true, "readInbound answered where leanParse stands aside"
	}
	var k acceptJob
	k.fromNotification(body, n)
	if len(j.msgs) != len(k.msgs) {
		return true, fmt.Sprintf("%d messages, leanParse %d", len(j.msgs), len(k.msgs))
	}
	for i, m := range j.msgs {
		w := k.msgs[i]
		if m.id != w.id || m.customer != w.customer || m.flag != w.flag || string(m.pnid) != string(w.pnid) ||
			!bytes.Equal(m.rec, w.rec) || m.whole != nil || w.whole != nil || cap(m.rec)-len(m.rec) < binary.MaxVarintLen64 {
			return true, fmt.Sprintf("message %d: %q %q %q %q %x (room %d, whole %v); leanParse %q %q %q %q %x (whole %v)", i,
				m.id, m.customer, m.flag, m.pnid, m.rec, cap(m.rec)-len(m.rec), m.whole != nil, w.id, w.customer, w.flag, w.pnid, w.rec, w.whole != nil)
		}
	}
	if (len(j.statuses) > 0 || len(k.statuses) > 0) && !reflect.DeepEqual(j.statuses, k.statuses) || j.skipped != k.skipped {
		return true, fmt.Sprintf("statuses %+v skipped %d; leanParse %+v skipped %d", j.statuses, j.skipped, k.statuses, k.skipped)
	}
	return true, ""
}

// ReadInbound is what Accept reads of body on its usual path
// (readInbound, into a pooled job given back at once), for benchmarks.
func ReadInbound(body []byte) (handled bool) {
	j := getJob()
	defer j.put()
	return j.readInbound(body)
}
