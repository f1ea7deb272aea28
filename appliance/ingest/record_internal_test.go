package ingest

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"
	"time"
)

// The hand-written records are JSON that decodes to what encoding/json's
// encoding of the same values decodes to.
func TestRecords_EncodeAsJSON(t *testing.T) {
	strs := []string{"", "plain", "عميل تجربة", `quote " and \ back`, "tab\tnl\ncr\r\x00\x1f", "bad \xff\xfe utf8", "👌 \u2028 <&>", "wamid.HBgLMjAxMDAwMDAwMDAVAgASGBQzQUYx"}
	times := []time.Time{{}, time.Date(2026, 12, 4, 18, 0, 0, 123456789, time.UTC), time.Unix(1764000000, 0).UTC()}
	same := func(t *testing.T, mine []byte, v any) {
		t.Helper()
		std, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		var a, b any
		if err := json.Unmarshal(mine, &a); err != nil {
			t.Fatalf("not JSON: %v: %s", err, mine)
		}
		if err := json.Unmarshal(std, &b); err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(a, b) {
			t.Errorf("mine %s\nstd  %s", mine, std)
		}
	}
	for i, s := range strs {
		at := &[2]int{i, 100 + i}
		if i == 0 {
			at = nil
		}
		tm := times[i%len(times)]
		r := messageRecord{ID: s, Customer: s, ProfileName: s, PhoneNumberID: s, ReceivedAt: tm, RawAt: at, Source: s, Flag: s}
		same(t, r.appendJSON(nil), r)
		// LoadMessage's reader of the record agrees with encoding/json.
		for _, v := range [][]byte{withPayload(r.appendJSON(nil), uint64(i)*1e12), r.appendJSON(nil)} {
			var want storedMessage
			if err := json.Unmarshal(v, &want); err != nil {
				t.Fatal(err)
			}
			if got, ok := fastRecord(v); ok && !reflect.DeepEqual(got, want) {
				t.Errorf("fastRecord %s\ngot  %+v\nwant %+v", v, got, want)
			} else if !ok && at != nil && len(v) > len(r.appendJSON(nil)) && strings.ToValidUTF8(s, "") == s {
				t.Errorf("fastRecord stood aside for its own record %s", v)
			}
		}
		c := Customer{Key: s, WaID: s, UserID: s, Name: s, FirstSeen: tm, LastSeen: times[(i+1)%len(times)], LastInbound: times[(i+2)%len(times)]}
		same(t, c.appendJSON(nil), c)
	}
}

func FuzzFastRecord(f *testing.F) {
	f.Add(withPayload(messageRecord{ID: "wamid.1", Customer: "2010", ReceivedAt: time.Unix(1764000000, 5).UTC(), RawAt: &[2]int{3, 9}, Source: "webhook"}.appendJSON(nil), 7))
	f.Add([]byte(`{"id":"wamid.1","customer":"c","received_at":"2026-12-04T10:00:00Z","raw_at":[1,2],"payload":1,"text":"x"}`))
	f.Fuzz(func(t *testing.T, v []byte) {
		got, ok := fastRecord(v)
		if !ok {
			return
		}
		var want storedMessage
		if err := json.Unmarshal(v, &want); err != nil {
			t.Fatalf("fastRecord read what encoding/json refuses (%v): %q", err, v)
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("fastRecord %q\ngot  %+v\nwant %+v", v, got, want)
		}
	})
}

func FuzzFastCustomer(f *testing.F) {
	f.Add(Customer{Key: "2010", WaID: "2010", Name: "منى", FirstSeen: time.Unix(1764000000, 5).UTC(), LastSeen: time.Unix(1764000001, 0).UTC()}.appendJSON(nil))
	f.Add([]byte(`{"key":"k","tier":"gold","last_seen":"2026-12-04T10:00:00Z"}`))
	f.Add([]byte(`{"key":"k","Name":"x"}`))
	f.Fuzz(func(t *testing.T, v []byte) {
		got, ok := fastCustomer(v)
		if !ok {
			return
		}
		var want Customer
		if err := decodeOwn(v, &want); err != nil {
			t.Fatalf("fastCustomer read what the decoder refuses (%v): %q", err, v)
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("fastCustomer %q\ngot  %+v\nwant %+v", v, got, want)
		}
	})
}
