package hq

import (
	"encoding/json"
	"errors"
	"testing"
)

// FuzzParseItem: whatever a box sends, parseItem either refuses it with
// ErrInvalid or returns a record whose key belongs to the box and whose
// hash is that of the canonical item.
func FuzzParseItem(f *testing.F) {
	f.Add([]byte(`{"key":"b1/INV-1/0","kind":"invoice","number":"INV-1","document":{"number":"INV-1","kind":"invoice","issued_at":"2026-12-01T09:00:00Z","totals":{"net":100,"vat":14,"total":114}}}`))
	f.Add([]byte(`{"key":"b1/INV-1/7","kind":"payment","number":"INV-1","document":{"number":"INV-1","kind":"invoice"},"event":{"at":"2026-12-01T10:00:00Z","type":"paid"}}`))
	f.Add([]byte(`{"key":"b1/CN-1/0","kind":"credit_note","number":"CN-1","document":{"number":"CN-1","kind":"credit_note","refers_to":"INV-1","issued_at":"2026-12-01T09:00:00Z"}}`))
	f.Add([]byte(`{"key":"b1/../0"}`))
	f.Add([]byte(`[]`))
	f.Fuzz(func(t *testing.T, raw []byte) {
		rec, err := parseItem("b1", json.RawMessage(raw))
		if err != nil {
			if !errors.Is(err, ErrInvalid) {
				t.Fatalf("error %v is not ErrInvalid", err)
			}
			return
		}
		if rec.BoxID != "b1" || len(rec.Key) < 4 || rec.Key[:3] != "b1/" || rec.Hash != HashItem(rec.Item) {
			t.Fatalf("record %+v", rec)
		}
		again, err := parseItem("b1", rec.Item)
		if err != nil || again.Hash != rec.Hash {
			t.Fatalf("canonical item does not parse to itself: %v", err)
		}
	})
}
