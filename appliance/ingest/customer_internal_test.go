package ingest

import (
	"encoding/json"
	"testing"
	"time"
)

// TestCustomerFields_MatchTheStruct: the fast path of upsertCustomer writes
// a record from the struct alone only when every stored key is one of
// Customer's; a field added to Customer must join customerFields.
func TestCustomerFields_MatchTheStruct(t *testing.T) {
	now := time.Now()
	enc, err := json.Marshal(Customer{Key: "k", WaID: "w", UserID: "u", Name: "n", FirstSeen: now, LastSeen: now, LastInbound: now})
	if err != nil {
		t.Fatal(err)
	}
	var keys map[string]json.RawMessage
	if err := json.Unmarshal(enc, &keys); err != nil {
		t.Fatal(err)
	}
	if len(keys) != len(customerFields) {
		t.Errorf("Customer has %d JSON fields, customerFields lists %d", len(keys), len(customerFields))
	}
	for k := range keys {
		if !customerFields[k] {
			t.Errorf("customerFields lacks %q", k)
		}
	}
}
