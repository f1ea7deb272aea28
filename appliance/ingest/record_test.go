package ingest_test

import (
	"context"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"reflect"
	"testing"
	"time"

	"fatoora/appliance/ingest"
	"fatoora/appliance/store"

	bolt "go.etcd.io/bbolt"
)

func accept(t *testing.T, in *ingest.Ingester, body []byte) ingest.Result {
	t.Helper()
	res, err := in.Accept(context.Background(), body, ingest.Sign(secret, body), "test")
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// A stored message loads as Parse read it, with the box's bookkeeping,
// though its record holds only where its object is in the payload.
func TestLoadMessage_AsParsed(t *testing.T) {
	db := openStore(t)
	at := time.Date(2026, 12, 4, 10, 0, 0, 123, time.UTC)
	in := newIngester(t, db, ingest.Options{Now: func() time.Time { return at }})
	all := append(shapes(), shape{name: "sender not a string", id: "wamid.LEN1", msg: `{"from":2010,"id":"wamid.LEN1","timestamp":"1764000000","type":"text"}`})
	for _, s := range all {
		t.Run(s.name, func(t *testing.T) {
			body := metaEscape(envelope(contact(customer, "أحمد"), s.msg, ""))
			n, err := ingest.Parse(body)
			if err != nil || len(n.Messages) != 1 {
				t.Fatalf("parse: %v %+v", err, n)
			}
			res := accept(t, in, body)
			want := n.Messages[0]
			want.ReceivedAt, want.Payload, want.Source = at, res.Payload, "test"
			var got ingest.Message
			if err := db.View(func(tx *bolt.Tx) (err error) { got, _, err = ingest.LoadMessage(tx, s.id); return }); err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("loaded\n%+v\nwant\n%+v", got, want)
			}
		})
	}
}

// Records written before issue 16 (a payload as JSON with the body in
// base64, a whole message, a digest for every body) still load, and a
// retry of such a body is still a duplicate.
func TestIngester_RecordsWrittenBefore(t *testing.T) {
	db := openStore(t)
	in := newIngester(t, db, ingest.Options{})
	body := metaEscape(envelope(contact(customer, "منى"), msg("wamid.OLD1", "text", `,"text":{"body":"سلام"}`), ""))
	n, err := ingest.Parse(body)
	if err != nil {
		t.Fatal(err)
	}
	at := time.Date(2026, 11, 1, 9, 0, 0, 0, time.UTC)
	m := n.Messages[0]
	m.ReceivedAt, m.Payload, m.Source = at, 7, "webhook"
	put := func(tx *bolt.Tx, bucket, key []byte, v any) error {
		data, err := json.Marshal(v)
		if err != nil {
			return err
		}
		return tx.Bucket(bucket).Put(key, data)
	}
	if err := db.Update(func(tx *bolt.Tx) error {
		digest := sha256.Sum256(body)
		if err := put(tx, store.BucketPayloads, store.U64(7), ingest.Payload{ReceivedAt: at, Signature: ingest.Sign(secret, body), Source: "webhook", Body: body}); err != nil {
			return err
		}
		if err := tx.Bucket(store.BucketDigests).Put(digest[:], store.U64(7)); err != nil {
			return err
		}
		return put(tx, store.BucketMessages, []byte("wamid.OLD1"), m)
	}); err != nil {
		t.Fatal(err)
	}
	var got ingest.Message
	var p ingest.Payload
	if err := db.View(func(tx *bolt.Tx) (err error) {
		if got, _, err = ingest.LoadMessage(tx, "wamid.OLD1"); err != nil {
			return err
		}
		p, _, err = ingest.LoadPayload(tx, 7)
		return err
	}); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, m) {
		t.Errorf("old message loaded as %+v, want %+v", got, m)
	}
	if string(p.Body) != string(body) || !p.ReceivedAt.Equal(at) || p.Source != "webhook" {
		t.Errorf("old payload loaded as %+v", p)
	}
	before := snapshot(t, db)
	if res := accept(t, in, body); !res.Duplicate {
		t.Errorf("retry of a body stored before: %+v", res)
	}
	if d := diffKeys(before, snapshot(t, db)); len(d) > 0 {
		t.Errorf("retry changed %v", d)
	}
}

// A repost is dropped whichever way its items were stored first: in it,
// in an earlier body, or partly in each; a body with nothing new is stored
// (its digest tells its own repost), and so is one with something new.
func TestIngester_RepostsDropped(t *testing.T) {
	db := openStore(t)
	in := newIngester(t, db, ingest.Options{})
	text := `,"text":{"body":"كام سعر الكنبة"}`
	a, b := msg("wamid.RA", "text", text), msg("wamid.RB", "text", text)
	st := `{"id":"wamid.OUT7","status":"delivered","timestamp":"1764000100","recipient_id":"` + customer + `"}`
	bodies := []struct {
		name    string
		body    []byte
		new     int
		payload bool // a new payload stored
	}{
		{"first: A", []byte(envelope(contact(customer, "x"), a, "")), 1, true},
		{"rebatched: A and B", []byte(envelope(contact(customer, "x"), a+","+b, "")), 1, true},
		{"rebatched again: B and A", []byte(envelope(contact(customer, "x"), b+","+a, "")), 0, true},
		{"a status alone", []byte(envelope("", "", st)), 0, true},
		{"no items", []byte(`{"object":"whatsapp_business_account","entry":[{"id":"W","changes":[{"field":"account_update","value":{"event":"X"}}]}]}`), 0, true},
	}
	for _, c := range bodies {
		before := countBucket(t, db, store.BucketPayloads)
		res := accept(t, in, c.body)
		if res.Duplicate || len(res.NewMessages) != c.new || (countBucket(t, db, store.BucketPayloads) == before+1) != c.payload {
			t.Errorf("%s: %+v", c.name, res)
		}
	}
	for _, c := range bodies {
		before := snapshot(t, db)
		if res := accept(t, in, c.body); !res.Duplicate {
			t.Errorf("repost of %s: %+v", c.name, res)
		}
		if d := diffKeys(before, snapshot(t, db)); len(d) > 0 {
			t.Errorf("repost of %s changed %v", c.name, d)
		}
	}
}

// BenchmarkLoadMessage reads the ingest benchmarks' message as ingest
// stores it now (a record pointing into the payload) and as a whole
// message record (how it was stored before issue 16).
//
//	go test -run '^$' -bench BenchmarkLoadMessage -benchmem ./appliance/ingest/
func BenchmarkLoadMessage(b *testing.B) {
	db := openStore(b)
	in := newIngester(b, db, ingest.Options{})
	body := metaEscape(envelope(contact("20100001234", "عميل تجربة"),
		msg("wamid.vsmin.00000001", "text", `,"text":{"body":"عايز دولاب مطبخ خشب زان، مقاس 2 متر في 120 سم، لون رمادي فاتح، ومعاه شفاط بلت إن"}`), ""))
	if _, err := in.Accept(context.Background(), body, ingest.Sign(secret, body), "bench"); err != nil {
		b.Fatal(err)
	}
	if err := db.Update(func(tx *bolt.Tx) error {
		m, _, err := ingest.LoadMessage(tx, "wamid.vsmin.00000001")
		if err != nil {
			return err
		}
		whole, err := json.Marshal(m)
		if err != nil {
			return err
		}
		return tx.Bucket(store.BucketMessages).Put([]byte("wamid.whole"), whole)
	}); err != nil {
		b.Fatal(err)
	}
	for _, c := range []struct{ name, id string }{{"record", "wamid.vsmin.00000001"}, {"whole", "wamid.whole"}} {
		b.Run(c.name, func(b *testing.B) {
			if err := db.View(func(tx *bolt.Tx) error {
				for b.Loop() {
					if _, ok, err := ingest.LoadMessage(tx, c.id); err != nil || !ok {
						return fmt.Errorf("load %s: %v %v", c.id, ok, err)
					}
				}
				return nil
			}); err != nil {
				b.Fatal(err)
			}
		})
	}
}
