package ingest

import (
	"bytes"
	"context"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"fatoora/appliance/store"

	bolt "go.etcd.io/bbolt"
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

// The compact message record reads back as written, its payload key
// appended in the room prepare left; a damaged one is an error.
func TestMessageRecord_Compact(t *testing.T) {
	strs := []string{"", "2010", "عميل تجربة", "bad \xff utf8", strings.Repeat("x", 300)}
	for i, s := range strs {
		r := messageRecord{Customer: s, ProfileName: s + "p", PhoneNumberID: s, RawAt: &[2]int{i * 1000, 7 + i}, Flag: strs[(i+2)%len(strs)]}
		rec := r.appendCompact(nil)
		for _, seq := range []uint64{0, 1, 1 << 40} {
			v := binary.AppendUvarint(rec[:len(rec):len(rec)], seq)
			got, err := decodeCompact(v)
			if err != nil {
				t.Fatalf("%d: %v", i, err)
			}
			want := storedMessage{RawAt: r.RawAt}
			want.Customer, want.ProfileName, want.PhoneNumberID, want.Flag, want.Payload = r.Customer, r.ProfileName, r.PhoneNumberID, r.Flag, seq
			if !reflect.DeepEqual(got, want) {
				t.Errorf("%d: read back\ngot  %+v\nwant %+v", i, got, want)
			}
			if p, err := recordPayload(v); err != nil || p != seq {
				t.Errorf("%d: recordPayload %d, %v", i, p, err)
			}
			for n := range len(v) {
				if _, err := decodeCompact(v[:n]); err == nil && n < len(rec) {
					t.Errorf("%d: cut at %d of %d: no error", i, n, len(v))
				}
			}
		}
	}
	// The JSON forms written before name their payload too.
	if p, err := recordPayload(withPayload(messageRecord{Customer: "c", RawAt: &[2]int{1, 2}}.appendJSON(nil), 42)); err != nil || p != 42 {
		t.Errorf("recordPayload of the JSON form: %d, %v", p, err)
	}
}

// A message record in the JSON form written before the compact one loads
// as the compact record of the same message does, and the index rebuild
// (migration 2's) reads both forms as Heard indexed them.
func TestMessageRecord_JSONFormStillLoads(t *testing.T) {
	db, err := store.Open(filepath.Join(t.TempDir(), "fatoora.db"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	at := time.Date(2026, 12, 5, 4, 0, 0, 123456789, time.UTC)
	in, err := New(db, Options{Secret: []byte("s"), Now: func() time.Time { return at }})
	if err != nil {
		t.Fatal(err)
	}
	ids := []string{"wamid.C1", "wamid.C2"}
	body := []byte(`{"object":"whatsapp_business_account","entry":[{"id":"W","changes":[{"field":"messages","value":{"messaging_product":"whatsapp","metadata":{"display_phone_number":"2010","phone_number_id":"PN"},"contacts":[{"profile":{"name":"\u0645\u0646\u0649"},"wa_id":"20100001"}],"messages":[` +
		`{"from":"20100001","id":"wamid.C1","timestamp":"1764000000","type":"text","text":{"body":"\u0633\u0644\u0627\u0645"}},` +
		`{"from":"20100001","id":"wamid.C2","timestamp":"1764000001","type":"text","text":{"body":"tany"}}]}}]}]}`)
	if _, err := in.Accept(context.Background(), body, Sign([]byte("s"), body), "webhook"); err != nil {
		t.Fatal(err)
	}
	var compact [2]Message
	var heard [][]byte
	if err := db.Update(func(tx *bolt.Tx) error {
		for i, id := range ids {
			m, ok, err := LoadMessage(tx, id)
			if err != nil || !ok {
				return fmt.Errorf("load %s: %v %v", id, ok, err)
			}
			if v := tx.Bucket(store.BucketMessages).Get([]byte(id)); v[0] != msgRecordV1 {
				t.Errorf("%s not stored compact: %q", id, v)
			}
			compact[i] = m
			if err := Heard(tx, m); err != nil {
				return err
			}
		}
		heard = keysOf(tx.Bucket(store.BucketMsgIndex))
		// The second message as the previous version wrote it.
		m := compact[1]
		at := [2]int{bytes.Index(body, m.Raw), len(m.Raw)}
		old := messageRecord{Customer: m.Customer, ProfileName: m.ProfileName, PhoneNumberID: m.PhoneNumberID, ReceivedAt: m.ReceivedAt, RawAt: &at}
		return tx.Bucket(store.BucketMessages).Put([]byte(m.ID), withPayload(old.appendJSON(nil), m.Payload))
	}); err != nil {
		t.Fatal(err)
	}
	if err := db.Update(func(tx *bolt.Tx) error {
		m, _, err := LoadMessage(tx, ids[1])
		if err != nil {
			return err
		}
		if !reflect.DeepEqual(m, compact[1]) {
			t.Errorf("JSON form loaded\n%+v\ncompact\n%+v", m, compact[1])
		}
		if err := store.RebuildIndexes(tx); err != nil {
			return err
		}
		// the customer's record, its two messages' keys and its seen key (migration 12)
		if got := keysOf(tx.Bucket(store.BucketMsgIndex)); !reflect.DeepEqual(got, heard) || len(got) != 4 {
			t.Errorf("rebuilt message_index %q, Heard wrote %q", got, heard)
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
}

func keysOf(b *bolt.Bucket) (out [][]byte) {
	_ = b.ForEach(func(k, _ []byte) error { out = append(out, bytes.Clone(k)); return nil })
	return out
}

// spanOf finds a piece of the body where it is, and nothing else.
func TestSpanOf(t *testing.T) {
	body := []byte(`{"a":{"id":"x"},"b":{"id":"x"}}`)
	for _, c := range []struct {
		raw  []byte
		off  int
		want bool
	}{
		{body[5:15], 5, true},
		{body[20:30], 20, true},
		{bytes.Clone(body[20:30]), 0, false}, // the same bytes, elsewhere
		{body[:0], 0, false},
		{[]byte(`{"id":"x"}`), 0, false},
	} {
		off, ok := spanOf(body[:len(body)-1], c.raw)
		if ok != c.want || (ok && off != c.off) {
			t.Errorf("spanOf(%q) = %d, %v; want %d, %v", c.raw, off, ok, c.off, c.want)
		}
	}
	if _, ok := spanOf(body[:10], body[5:15]); ok {
		t.Error("a piece reaching past the body's end was found in it")
	}
}
