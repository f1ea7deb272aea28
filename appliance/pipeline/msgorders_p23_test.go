package pipeline_test

import (
	"bytes"
	"maps"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fatoora/appliance/pipeline"
	"fatoora/appliance/queue"
	"fatoora/appliance/store"
	"fatoora/appliance/whatsapp/graphsim"

	bolt "go.etcd.io/bbolt"
)

// TestMigration14_MessageOrdersInRuns: a version-13 store kept the order
// of every inbound message in orders/bymsg/<wamid>. Real traffic (orders
// of three customers, a review approved, a complaint flagged, an invoice
// paid and voided, a staff reply, a tier for a customer never heard from)
// is written by the pipeline; the live store holds no message's order in
// orders/bymsg. The store is copied and given the version-13 layout —
// every message's order moved back to orders/bymsg/<wamid>, the bytes the
// version-13 attach wrote — and opened. After migration 14 it holds
// exactly what the live store holds, key for key; every staff reader
// answers as the live one does, and so does OrderOfMessage for every
// message; a message handled before the migration and delivered again by
// the queue makes no second order and no send; more messages, from a known
// customer and a new one, are handled and listed; the index keys written
// match a rebuild, which keeps the messages' orders.
func TestMigration14_MessageOrdersInRuns(t *testing.T) {
	h, others := migrationTraffic(t)
	h.post(graphsim.Inbound{From: others[1], Type: "text", Text: &graphsim.Text{Body: "  "}}) // needs no order: "-"
	h.settle()
	live := answers(t, h.p, h.db)
	liveOrders := ordersOfMessages(t, h.db)
	if n := len(liveOrders); n < 6 || !slices.Contains(slices.Collect(maps.Values(liveOrders)), "-") {
		t.Fatalf("the traffic made %d messages' orders, none \"-\": %v", n, liveOrders)
	}
	for k := range dumpStore(t, h.db) {
		if strings.HasPrefix(k, "orders/bymsg|") {
			t.Errorf("the live store keeps a message's order in orders/bymsg: %q", k)
		}
	}

	path := filepath.Join(t.TempDir(), "v13.db")
	if err := h.db.View(func(tx *bolt.Tx) error { return tx.CopyFile(path, 0o600) }); err != nil {
		t.Fatal(err)
	}
	if moved := toV13(t, path); moved != len(liveOrders) {
		t.Fatalf("the version-13 store: %d messages' orders moved to orders/bymsg, %d messages", moved, len(liveOrders))
	}
	migrated, err := store.Open(path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	h2 := sameAsLive(t, h, migrated, 14, live)
	if got := ordersOfMessages(t, h2.db); !maps.Equal(got, liveOrders) {
		t.Errorf("OrderOfMessage differs:\nlive %v\nmigrated %v", liveOrders, got)
	}
	if !slices.ContainsFunc(live, func(s string) bool { return strings.Contains(s, "OrderID:O0") }) {
		t.Errorf("no thread names a message's order:\n%s", strings.Join(live, "\n"))
	}

	// A message handled before the migration, delivered again: the same
	// order, no new one, nothing sent.
	sent := len(h2.graph.MessagesTo(others[0]))
	before, err := h2.p.Orders(bg, pipeline.OrderFilter{})
	if err != nil {
		t.Fatal(err)
	}
	for wamid := range liveOrders {
		if err := h2.p.HandleMessage(bg, queue.Item{Kind: "message", Ref: wamid}); err != nil {
			t.Errorf("handle %s again: %v", wamid, err)
		}
	}
	h2.settle()
	if after, err := h2.p.Orders(bg, pipeline.OrderFilter{}); err != nil || len(after.Orders) != len(before.Orders) {
		t.Errorf("orders after the messages came again: %d, %v; before %d", len(after.Orders), err, len(before.Orders))
	}
	if n := len(h2.graph.MessagesTo(others[0])); n != sent {
		t.Errorf("%d messages to %s after its messages came again, %d before", n, others[0], sent)
	}

	moreMessages(t, h, h2, others[1])
	after := ordersOfMessages(t, h2.db)
	if len(after) != len(liveOrders)+2 {
		t.Errorf("%d messages with an order after two more, %d before", len(after), len(liveOrders))
	}
	runs := func(db *store.DB) map[string]string {
		out := map[string]string{}
		for k, v := range dumpStore(t, db) {
			if strings.HasPrefix(k, "orders/") || strings.HasPrefix(k, "invoices/index|") ||
				strings.HasPrefix(k, "message_index|") || strings.HasPrefix(k, "conversation_index|") {
				out[k] = v
			}
		}
		return out
	}
	written := runs(h2.db)
	if err := h2.db.Update(store.RebuildIndexes); err != nil {
		t.Fatal(err)
	}
	if rebuilt := runs(h2.db); !maps.Equal(rebuilt, written) {
		t.Errorf("the keys written after the migration differ from a rebuild's:\n%q\n%q", written, rebuilt)
	}
}

// ordersOfMessages is OrderOfMessage of every inbound message of db, by
// wamid (those with none left out).
func ordersOfMessages(t *testing.T, db *store.DB) map[string]string {
	t.Helper()
	out := map[string]string{}
	if err := db.View(func(tx *bolt.Tx) error {
		return tx.Bucket(store.BucketMessages).ForEach(func(k, _ []byte) error {
			if id := pipeline.OrderOfMessage(tx, string(k)); id != "" {
				out[string(k)] = id
			}
			return nil
		})
	}); err != nil {
		t.Fatal(err)
	}
	return out
}

// toV13 gives the store at path the layout a version-13 box wrote and sets
// its schema to 13: each message's order in orders/bymsg/<wamid> (the
// wamid ends its key in the run). It returns how many it moved.
func toV13(t *testing.T, path string) int {
	t.Helper()
	db, err := bolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	moved := 0
	err = db.Update(func(tx *bolt.Tx) error {
		runs, bymsg := tx.Bucket(store.BucketMsgIndex), store.Bucket(tx, store.BucketOrders, store.BucketByMsg)
		var keys, values [][]byte
		_ = runs.ForEach(func(k, v []byte) error {
			if _, kind, _ := store.CustomerRunOf(k); kind == store.RunMessageOrder {
				keys, values = append(keys, bytes.Clone(k)), append(values, bytes.Clone(v))
			}
			return nil
		})
		for i, k := range keys {
			if err := runs.Delete(k); err != nil {
				return err
			}
			c, _, _ := store.CustomerRunOf(k)
			wamid := k[len(store.CustomerRecordKey(c))+1+8:]
			if err := bymsg.Put(wamid, values[i]); err != nil {
				return err
			}
			moved++
		}
		return tx.Bucket(store.BucketMeta).Put(store.KeySchema, store.U64(13))
	})
	if err != nil {
		t.Fatal(err)
	}
	return moved
}

// migrationTraffic is the traffic the migration tests write with the
// pipeline: orders of three customers, a review approved, a complaint
// flagged, an invoice paid and voided, a staff reply (staffDay), two more
// customers' orders (the first twice) and a tier for a customer never
// heard from. It returns the harness and the two more customers.
func migrationTraffic(t *testing.T) (*harness, []string) {
	h := reviewHarness(t)
	h.staffDay()
	others := []string{"201009990001", "201009990002"}
	for i, c := range append(others, others[0]) {
		h.post(graphsim.Inbound{From: c, Type: "text", Text: &graphsim.Text{Body: seed}})
		h.waitFor(c, i/2+1)
	}
	if err := h.p.SetTier(bg, "201009990009", "vip"); err != nil {
		t.Fatal(err)
	}
	return h, others
}

// sameAsLive checks that migrated, a copy of h's store given an older
// layout and opened, is at the schema's version (at least version), holds
// exactly what h's store holds, key for key, and, under a new harness over
// it (returned), answers every staff reader as live (answers) says.
func sameAsLive(t *testing.T, h *harness, migrated *store.DB, version uint64, live []string) *harness {
	t.Helper()
	if v, err := migrated.Schema(); err != nil || v != store.SchemaVersion() || v < version {
		t.Fatalf("schema after open: %d, %v", v, err)
	}
	if a, b := dumpStore(t, h.db), dumpStore(t, migrated); !maps.Equal(a, b) {
		for k := range a {
			if a[k] != b[k] {
				t.Errorf("live %q = %q, migrated %q", k, a[k], b[k])
			}
		}
		for k := range b {
			if _, ok := a[k]; !ok {
				t.Errorf("migrated holds %q, live does not", k)
			}
		}
	}
	path := migrated.Path()
	migrated.Close()
	h2 := newHarnessWith(t, harnessOptions{db: path}, func(o *pipeline.Options) { o.AutoIssueThreshold = 1 })
	if got := answers(t, h2.p, h2.db); !slices.Equal(got, live) {
		t.Errorf("readers differ:\nlive:\n%s\nmigrated:\n%s", strings.Join(live, "\n"), strings.Join(got, "\n"))
	}
	return h2
}

// moreMessages posts, after a migration, a message from known (a customer
// with one order) and one from a new customer to h2 (message ids continue
// h's: ingest deduplicates them) and checks each is answered and listed.
func moreMessages(t *testing.T, h, h2 *harness, known string) {
	t.Helper()
	h2.seq.Store(h.seq.Load())
	for _, c := range []string{known, "201009990003"} {
		n := len(h2.graph.MessagesTo(c))
		h2.post(graphsim.Inbound{From: c, Type: "text", Text: &graphsim.Text{Body: seed}})
		h2.waitFor(c, n+1)
	}
	h2.settle()
	for c, want := range map[string]int{known: 2, "201009990003": 1} {
		pg, err := h2.p.Orders(bg, pipeline.OrderFilter{Customer: c})
		if err != nil || len(pg.Orders) != want {
			t.Errorf("orders of %s after the migration: %d, %v; want %d", c, len(pg.Orders), err, want)
		}
	}
}
