package store

import (
	"bytes"
	"testing"

	bolt "go.etcd.io/bbolt"
)

// The check of migration 12 (customersBesideMessages), in migrationChecks
// with the others; ingest's TestMigration12_CustomersBesideTheirMessages
// checks every reader of a store written in the version-11 layout.
func init() {
	migrationChecks[12] = func(t *testing.T, tx *bolt.Tx) {
		if tx.Bucket(BucketCustomer) != nil || tx.Bucket(BucketCustIndex) != nil {
			t.Error("customers/ or customer_index/ left behind")
		}
		if tx.Bucket(BucketMsgIndex) == nil {
			t.Error("message_index/ missing")
		}
	}
}

// TestCustomerRecordKey_BesideItsMessagesOnly: a customer's record sorts
// just before its messages' keys and after every key of a customer whose
// key sorts before it, no prefix scan of any customer's messages meets it,
// and IsCustomerRecord tells it from every index key.
func TestCustomerRecordKey_BesideItsMessagesOnly(t *testing.T) {
	customers := []string{"2010", "20100", "201001234567", "2011", "EG.1502576394655843"}
	var keys [][]byte
	records := map[string]bool{}
	for _, c := range customers {
		records[string(CustomerRecordKey(c))] = true
		keys = append(keys, CustomerRecordKey(c), MessageKey(c, t0, "wamid.1"), MessageKey(c, t0.Add(1), "wamid.2"))
	}
	keys = append(keys, CustomerKey(t0, "2010"), CustomerKey(t0.Add(1), "2011"))
	for _, k := range keys {
		isRecord := records[string(k)]
		if IsCustomerRecord(k) != isRecord {
			t.Errorf("IsCustomerRecord(%q) = %v", k, !isRecord)
		}
		for _, c := range customers {
			if p := IndexPrefix(IndexCustomer, c); isRecord && bytes.HasPrefix(k, p) {
				t.Errorf("record %q is under the messages' prefix %q", k, p)
			}
		}
	}
	for _, c := range customers {
		rec, first := CustomerRecordKey(c), MessageKey(c, t0, "wamid.1")
		for _, k := range keys {
			if bytes.Compare(k, rec) > 0 && bytes.Compare(k, first) < 0 {
				t.Errorf("%q sorts between %s's record and its first message", k, c)
			}
		}
	}
}
