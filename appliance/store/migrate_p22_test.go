package store

import (
	"bytes"
	"path/filepath"
	"slices"
	"testing"

	bolt "go.etcd.io/bbolt"
)

// The check of migration 13 (customerRuns), in migrationChecks with the
// others; pipeline's TestMigration13_CustomerRuns checks every reader of a
// store written in the version-12 layout.
func init() {
	migrationChecks[13] = func(t *testing.T, tx *bolt.Tx) {
		if tx.Bucket(BucketConvs) != nil {
			t.Error("conversations/ left behind")
		}
		for _, p := range [][][]byte{{BucketOrders, BucketOrderIndex}, {BucketInvoices, BucketDocIndex}} {
			if k, _ := Bucket(tx, p...).Cursor().Seek([]byte(IndexCustomer + "\x00")); bytes.HasPrefix(k, []byte(IndexCustomer+"\x00")) {
				t.Errorf("%s still holds a customer key: %q", bytes.Join(p, []byte("/")), k)
			}
		}
	}
}

// TestCustomerRunOf_EveryKindBesideItsRecord: every key of a customer's run
// (its record, messages, conversation, orders, documents) sorts after the
// record and before the next customer's, is read back as its customer and
// kind, and no prefix of one kind (the messages' IndexPrefix, the orders'
// and documents' CustomerRunKey) meets a key of another kind or customer.
func TestCustomerRunOf_EveryKindBesideItsRecord(t *testing.T) {
	customers := []string{"2010", "20100", "201001234567", "2011", "EG.1502576394655843"}
	type key struct {
		k        []byte
		customer string
		kind     byte
	}
	var keys []key
	for _, c := range customers {
		order := IndexKey(IndexCustomer, c, t0, "O000001")
		doc := IndexKey(IndexCustomer, c, t0.Add(1), "INV-000001")
		keys = append(keys,
			key{CustomerRecordKey(c), c, RunRecord},
			key{MessageKey(c, t0, "wamid.1"), c, RunMessage}, key{MessageKey(c, t0.Add(1), "wamid.2"), c, RunMessage},
			key{CustomerRunKey(c, RunConversation), c, RunConversation},
			key{RunKeyOf(order, RunOrder), c, RunOrder}, key{RunKeyOf(doc, RunDocument), c, RunDocument})
		if got := RunKeyOf(order, RunOrder); !bytes.HasPrefix(got, CustomerRunKey(c, RunOrder)) || !bytes.Equal(got[len(got)-len(TimeID(t0, "O000001")):], TimeID(t0, "O000001")) {
			t.Errorf("RunKeyOf(%q) = %q: not the run's prefix and the index key's time and id", order, got)
		}
	}
	seen := CustomerKey(t0, "2010")
	if RunKeyOf(seen, RunOrder) != nil {
		t.Errorf("RunKeyOf of a seen key: %q", RunKeyOf(seen, RunOrder))
	}
	if _, _, ok := CustomerRunOf(seen); ok {
		t.Errorf("a seen key read as a run's")
	}
	for _, k := range keys {
		c, kind, ok := CustomerRunOf(k.k)
		if !ok || c != k.customer || kind != k.kind {
			t.Errorf("CustomerRunOf(%q) = %q, %#x, %v; want %q, %#x", k.k, c, kind, ok, k.customer, k.kind)
		}
		if IsCustomerRecord(k.k) != (k.kind == RunRecord) {
			t.Errorf("IsCustomerRecord(%q) = %v", k.k, !(k.kind == RunRecord))
		}
		for _, c := range customers {
			prefixes := map[byte][]byte{RunMessage: IndexPrefix(IndexCustomer, c), RunOrder: CustomerRunKey(c, RunOrder), RunDocument: CustomerRunKey(c, RunDocument)}
			for kind, p := range prefixes {
				if under := bytes.HasPrefix(k.k, p); under != (k.customer == c && k.kind == kind) {
					t.Errorf("%q under %q: %v", k.k, p, under)
				}
			}
		}
	}
	// In key order, each customer's keys are one run starting at its record.
	sorted := slices.Clone(keys)
	slices.SortFunc(sorted, func(a, b key) int { return bytes.Compare(a.k, b.k) })
	for i, k := range sorted {
		if i == 0 || sorted[i-1].customer != k.customer {
			if k.kind != RunRecord {
				t.Errorf("%s's run starts with %q, not its record", k.customer, k.k)
			}
			for _, j := range sorted[:i] {
				if j.customer == k.customer {
					t.Errorf("%s's keys are not one run: %q before another customer's", k.customer, j.k)
				}
			}
		}
	}
}

// reopenAs writes into db what an older box wrote (write), sets its schema
// to version, and opens it again: every migration after version runs.
func reopenAs(t *testing.T, db *DB, version uint64, write func(tx *bolt.Tx) error) *DB {
	t.Helper()
	err := db.Update(func(tx *bolt.Tx) error {
		if err := write(tx); err != nil {
			return err
		}
		return tx.Bucket(BucketMeta).Put(KeySchema, U64(version))
	})
	if err != nil {
		t.Fatal(err)
	}
	path := db.Bolt().Path()
	db.Close()
	if db, err = Open(path, Options{}); err != nil {
		t.Fatal(err)
	}
	return db
}

// TestMigration13_MovesEachCustomerKeyToItsRun: a version-12 store's
// conversations and its orders' and documents' customer keys are in the
// customers' runs after Open, with the same values, and every other key of
// both indexes is where it was.
func TestMigration13_MovesEachCustomerKeyToItsRun(t *testing.T) {
	path := filepath.Join(t.TempDir(), "fatoora.db")
	db, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	o := OrderIndex{ID: "O000001", Customer: "c1", CreatedAt: t0, State: "replied", Decision: "invoice"}
	d := DocumentIndex{Number: "INV-1", Kind: "invoice", IssuedAt: t0, Status: "issued"}
	d.Buyer.WaID = "c1"
	db = reopenAs(t, db, 12, func(tx *bolt.Tx) error {
		convs, err := tx.CreateBucket(BucketConvs)
		if err != nil {
			return err
		}
		if err := convs.Put([]byte("c1"), []byte(`{"customer":"c1","tier":"gold"}`)); err != nil {
			return err
		}
		if err := putAll(Bucket(tx, BucketOrders, BucketOrderIndex), o.Keys(), []byte(o.ID)); err != nil {
			return err
		}
		return putAll(Bucket(tx, BucketInvoices, BucketDocIndex), d.Keys(), []byte(d.Number))
	})
	defer db.Close()
	_ = db.View(func(tx *bolt.Tx) error {
		runs := tx.Bucket(BucketMsgIndex)
		if got := string(runs.Get(CustomerRunKey("c1", RunConversation))); got != `{"customer":"c1","tier":"gold"}` {
			t.Errorf("c1's conversation: %q", got)
		}
		if got := string(runs.Get(RunKeyOf(o.Keys()[0], RunOrder))); got != "O000001" {
			t.Errorf("c1's order key: %q", got)
		}
		if got := string(runs.Get(RunKeyOf(d.Keys()[0], RunDocument))); got != "INV-1" {
			t.Errorf("c1's document key: %q", got)
		}
		if got := Bucket(tx, BucketOrders, BucketOrderIndex).Get(o.Keys()[1]); string(got) != "O000001" {
			t.Errorf("the order's decision key: %q", got)
		}
		if got := Bucket(tx, BucketInvoices, BucketDocIndex).Get(d.Keys()[1]); string(got) != "INV-1" {
			t.Errorf("the document's status key: %q", got)
		}
		migrationChecks[13](t, tx)
		return nil
	})
}
