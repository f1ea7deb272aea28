package store

import (
	"bytes"
	"path/filepath"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"
)

// The check of migration 14 (messageOrdersInRuns), in migrationChecks with
// the others; pipeline's TestMigration14_MessageOrdersInRuns checks every
// reader of a store written in the version-13 layout.
func init() {
	migrationChecks[14] = func(t *testing.T, tx *bolt.Tx) {
		idx, bymsg := tx.Bucket(BucketMsgIndex), Bucket(tx, BucketOrders, BucketByMsg)
		_ = idx.ForEach(func(k, _ []byte) error {
			if _, kind, _ := CustomerRunOf(k); kind == RunMessage {
				wamid := k[len(k)-len(messageTail(k)):]
				if v := bymsg.Get(wamid); v != nil {
					t.Errorf("orders/bymsg still holds %q, whose message has a key in its run", wamid)
				}
			}
			return nil
		})
	}
}

// messageTail is the wamid at the end of a message key.
func messageTail(k []byte) []byte {
	_, tail, _ := bytes.Cut(k[len(IndexCustomer)+1:], []byte{0})
	return tail[8:]
}

// TestMigration14_MovesEachMessageOrderBesideItsMessage: a version-13
// store's orders/bymsg entries of messages with a key in their customer's
// run are beside that key after Open, with the same value ("-" too); the
// entries of a message with no key in a run (a flagged one, a reply the
// box indexed before issue 16) stay in orders/bymsg; a key of another
// kind of the run is not taken for a message's.
func TestMigration14_MovesEachMessageOrderBesideItsMessage(t *testing.T) {
	path := filepath.Join(t.TempDir(), "fatoora.db")
	db, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	o := OrderIndex{ID: "O000001", Customer: "c1", CreatedAt: t0, State: "replied", Decision: "invoice"}
	db = reopenAs(t, db, 13, func(tx *bolt.Tx) error {
		idx, bymsg := tx.Bucket(BucketMsgIndex), Bucket(tx, BucketOrders, BucketByMsg)
		for _, kv := range [][2][]byte{
			{CustomerRecordKey("c1"), []byte(`{"key":"c1"}`)},
			{MessageKey("c1", t0, "wamid.1"), []byte("wamid.1")},
			{MessageKey("c1", t0.Add(1), "wamid.2"), []byte("wamid.2")},
			{MessageKey("c2", t0, "wamid.3"), []byte("wamid.3")},
			{RunKeyOf(o.Keys()[0], RunOrder), []byte(o.ID)},
			{CustomerRunKey("c1", RunConversation), []byte(`{"tier":"gold"}`)},
		} {
			if err := idx.Put(kv[0], kv[1]); err != nil {
				return err
			}
		}
		for _, kv := range [][2]string{
			{"wamid.1", "O000001"}, {"wamid.2", "-"}, {"wamid.3", "O000002"},
			{"wamid.flagged", "O000003"}, {"wamid.reply", "O000001"}, {"O000001", "stray"},
		} {
			if err := bymsg.Put([]byte(kv[0]), []byte(kv[1])); err != nil {
				return err
			}
		}
		return nil
	})
	defer db.Close()
	_ = db.View(func(tx *bolt.Tx) error {
		idx, bymsg := tx.Bucket(BucketMsgIndex), Bucket(tx, BucketOrders, BucketByMsg)
		for k, want := range map[string]string{
			string(MessageOrderKey("c1", t0, "wamid.1")): "O000001", string(MessageOrderKey("c1", t0.Add(1), "wamid.2")): "-",
			string(MessageOrderKey("c2", t0, "wamid.3")): "O000002",
		} {
			if got := string(idx.Get([]byte(k))); got != want {
				t.Errorf("%q = %q, want %q", k, got, want)
			}
		}
		for k, want := range map[string]string{"wamid.flagged": "O000003", "wamid.reply": "O000001", "O000001": "stray",
			"wamid.1": "", "wamid.2": "", "wamid.3": ""} {
			if got := string(bymsg.Get([]byte(k))); got != want {
				t.Errorf("orders/bymsg/%s = %q, want %q", k, got, want)
			}
		}
		if got := string(idx.Get(RunKeyOf(o.Keys()[0], RunOrder))); got != o.ID {
			t.Errorf("the order's run key: %q", got)
		}
		n := 0
		_ = idx.ForEach(func(k, _ []byte) error {
			if c, kind, _ := CustomerRunOf(k); kind == RunMessageOrder {
				n++
				if !bytes.HasPrefix(k, CustomerRunKey(c, RunMessageOrder)) {
					t.Errorf("%q is not in %s's run", k, c)
				}
			}
			return nil
		})
		if n != 3 {
			t.Errorf("%d messages' orders in the runs, want 3", n)
		}
		migrationChecks[14](t, tx)
		return nil
	})
}

// TestRebuildIndexes_KeepsTheMessagesOrders: a rebuild of the index keys
// keeps the messages' orders in the runs (records, not index keys), as it
// keeps the conversations.
func TestRebuildIndexes_KeepsTheMessagesOrders(t *testing.T) {
	db, err := Open(filepath.Join(t.TempDir(), "fatoora.db"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	k := MessageOrderKey("c1", t0, "wamid.1")
	if err := db.Update(func(tx *bolt.Tx) error { return tx.Bucket(BucketMsgIndex).Put(k, []byte("O000001")) }); err != nil {
		t.Fatal(err)
	}
	if err := db.Update(RebuildIndexes); err != nil {
		t.Fatal(err)
	}
	_ = db.View(func(tx *bolt.Tx) error {
		if got := string(tx.Bucket(BucketMsgIndex).Get(k)); got != "O000001" {
			t.Errorf("after a rebuild, the message's order = %q", got)
		}
		return nil
	})
}

// TestIndexKey_OneAllocation: IndexKey is IndexPrefix then TimeID, made in
// one allocation, and MessageOrderKey is the message key with the run's
// kind in place of the 0 that ends the customer (RunKeyOf).
func TestIndexKey_OneAllocation(t *testing.T) {
	for _, c := range []struct{ name, value, id string }{
		{IndexCustomer, "201001234567", "wamid.HBgL"}, {IndexSeen, "", "2010"}, {IndexStatus, "invoice/paid", ""},
		{IndexCustomer, "EG.1502576394655843", "O000001"},
	} {
		for _, at := range []time.Time{t0, {}, time.Unix(0, 0).Add(-time.Second)} {
			want := append(IndexPrefix(c.name, c.value), TimeID(at, c.id)...)
			if got := IndexKey(c.name, c.value, at, c.id); !bytes.Equal(got, want) {
				t.Errorf("IndexKey(%q, %q, %v, %q) = %q, want %q", c.name, c.value, at, c.id, got, want)
			}
			if c.name == IndexCustomer {
				want := RunKeyOf(MessageKey(c.value, at, c.id), RunMessageOrder)
				if got := MessageOrderKey(c.value, at, c.id); !bytes.Equal(got, want) {
					t.Errorf("MessageOrderKey(%q, %v, %q) = %q, want %q", c.value, at, c.id, got, want)
				}
			}
		}
	}
	if n := testing.AllocsPerRun(100, func() { _ = IndexKey(IndexCustomer, "201001234567", t0, "wamid.HBgL") }); n != 1 {
		t.Errorf("IndexKey: %v allocations, want 1", n)
	}
}
