package pipeline_test

import (
	"bytes"
	"fmt"
	"maps"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"fatoora/appliance/ingest"
	"fatoora/appliance/pipeline"
	"fatoora/appliance/store"

	bolt "go.etcd.io/bbolt"
)

// TestMigration13_CustomerRuns: a version-12 store kept the conversations
// in conversations/ and the orders' and documents' customer keys in
// orders/index and invoices/index. Real traffic (orders of three
// customers, a review approved, a complaint flagged, an invoice paid and
// voided, a staff reply, a tier set for a customer never heard from) is
// written by the pipeline, the store copied and given the version-12
// layout — every conversation moved back to conversations/<customer> and
// every customer key of a run back to its index as IndexCustomer's key,
// the bytes the version-12 saveConv, indexOrder and the book wrote — and
// opened. After migration 13 it holds exactly what the live store holds,
// key for key, and a pipeline over it answers every staff reader (orders
// by every filter and page, conversations, customers, a customer's thread,
// value and tier, documents by customer and page, the /healthz counts,
// the summary) as the live one does; more messages, from a known customer
// and a new one, are then handled and listed, and the index keys written
// match a rebuild.
func TestMigration13_CustomerRuns(t *testing.T) {
	h, others := migrationTraffic(t)
	h.settle()
	live := answers(t, h.p, h.db)

	path := filepath.Join(t.TempDir(), "v12.db")
	if err := h.db.View(func(tx *bolt.Tx) error { return tx.CopyFile(path, 0o600) }); err != nil {
		t.Fatal(err)
	}
	moved := toV12(t, path)
	if moved[store.RunConversation] != 4 || moved[store.RunOrder] < 5 || moved[store.RunDocument] < 2 {
		t.Fatalf("the version-12 store: moved %v (conversations, orders, documents)", moved)
	}
	migrated, err := store.Open(path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	h2 := sameAsLive(t, h, migrated, 13, live)
	if !slices.ContainsFunc(live, func(s string) bool { return strings.HasPrefix(s, "orders of 201009990001: 2 ") }) ||
		!slices.ContainsFunc(live, func(s string) bool { return strings.HasPrefix(s, "conversations flagged: 1 ") }) {
		t.Errorf("the traffic did not make what the test reads:\n%s", strings.Join(live, "\n"))
	}

	// More messages after the migration: a known customer's and a new one's.
	moreMessages(t, h, h2, others[1])
	if _, err := h2.p.Conversation(bg, "201009990003"); err != nil {
		t.Errorf("the new customer's conversation: %v", err)
	}
	indexes := func(db *store.DB) map[string]string {
		out := map[string]string{}
		for k, v := range dumpStore(t, db) {
			if strings.HasPrefix(k, "orders/index|") || strings.HasPrefix(k, "orders/active|") || strings.HasPrefix(k, "invoices/index|") ||
				strings.HasPrefix(k, "message_index|") || strings.HasPrefix(k, "conversation_index|") {
				out[k] = v
			}
		}
		return out
	}
	written := indexes(h2.db)
	if err := h2.db.Update(store.RebuildIndexes); err != nil {
		t.Fatal(err)
	}
	if rebuilt := indexes(h2.db); !maps.Equal(rebuilt, written) {
		t.Errorf("the index keys written after the migration differ from a rebuild:\n%q\n%q", written, rebuilt)
	}
}

// waitFor waits until the stand-in holds n messages to c.
func (h *harness) waitFor(c string, n int) {
	h.t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for len(h.graph.MessagesTo(c)) < n {
		if time.Now().After(deadline) {
			h.t.Fatalf("%d messages to %s, want %d", len(h.graph.MessagesTo(c)), c, n)
		}
		select {
		case <-h.graph.Changed():
		case <-time.After(20 * time.Millisecond):
		}
	}
	h.settle()
}

// toV12 gives the store at path the layout a version-12 box wrote and sets
// its schema to 12: each conversation in conversations/<customer>, each
// order's and document's customer key in orders/index and invoices/index
// as store.IndexKey(IndexCustomer, …) (the run's key with the 0 that ended
// the customer back). It returns how many keys of each kind it moved.
func toV12(t *testing.T, path string) map[byte]int {
	t.Helper()
	db, err := bolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	moved := map[byte]int{}
	err = db.Update(func(tx *bolt.Tx) error {
		convs, err := tx.CreateBucket(store.BucketConvs)
		if err != nil {
			return err
		}
		runs := tx.Bucket(store.BucketMsgIndex)
		var keys, values [][]byte
		_ = runs.ForEach(func(k, v []byte) error {
			if _, kind, _ := store.CustomerRunOf(k); kind == store.RunConversation || kind == store.RunOrder || kind == store.RunDocument {
				keys, values = append(keys, bytes.Clone(k)), append(values, bytes.Clone(v))
			}
			return nil
		})
		for i, k := range keys {
			if err := runs.Delete(k); err != nil {
				return err
			}
			c, kind, _ := store.CustomerRunOf(k)
			to, key := convs, []byte(c)
			if kind != store.RunConversation {
				to = store.Bucket(tx, store.BucketOrders, store.BucketOrderIndex)
				if kind == store.RunDocument {
					to = store.Bucket(tx, store.BucketInvoices, store.BucketDocIndex)
				}
				key = bytes.Clone(k)
				key[len(store.CustomerRecordKey(c))] = 0
				if !bytes.HasPrefix(key, store.IndexPrefix(store.IndexCustomer, c)) {
					return fmt.Errorf("%q is not %s's index key", key, c)
				}
			}
			if err := to.Put(key, values[i]); err != nil {
				return err
			}
			moved[kind]++
		}
		return tx.Bucket(store.BucketMeta).Put(store.KeySchema, store.U64(12))
	})
	if err != nil {
		t.Fatal(err)
	}
	return moved
}

// dumpStore is every key of every bucket of db, as "path|key" → value.
func dumpStore(t *testing.T, db *store.DB) map[string]string {
	t.Helper()
	out := map[string]string{}
	var walk func(path string, b *bolt.Bucket)
	walk = func(path string, b *bolt.Bucket) {
		_ = b.ForEach(func(k, v []byte) error {
			if v == nil {
				walk(path+"/"+string(k), b.Bucket(k))
				return nil
			}
			out[path+"|"+string(k)] = string(v)
			return nil
		})
	}
	if err := db.View(func(tx *bolt.Tx) error {
		return tx.ForEach(func(name []byte, b *bolt.Bucket) error { walk(string(name), b); return nil })
	}); err != nil {
		t.Fatal(err)
	}
	return out
}

// answers is what every staff reader of p answers over its store, one line
// each.
func answers(t *testing.T, p *pipeline.Pipeline, db *store.DB) []string {
	t.Helper()
	var out []string
	add := func(format string, args ...any) { out = append(out, fmt.Sprintf(format, args...)) }
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	ids := func(os []pipeline.Order) string {
		var s []string
		for _, o := range os {
			s = append(s, fmt.Sprintf("%s %s %s %s %s", o.ID, o.Customer, o.State, o.Decision, o.Document))
		}
		return strings.Join(s, ", ")
	}
	var customers []string
	for pg, i := (store.Page{Limit: 2}), 1; ; i++ {
		cs, err := p.Customers(bg, pg)
		must(err)
		for _, c := range cs.Customers {
			customers = append(customers, c.Customer.Key)
			add("customers p%d: %+v", i, c)
		}
		if cs.Next == "" {
			break
		}
		pg.After = cs.Next
	}
	customers = append(customers, "201009990009")         // a tier, never heard from
	paged := func(label string, f pipeline.OrderFilter) { // every page of f
		for i := 1; ; i++ {
			os, err := p.Orders(bg, f)
			must(err)
			add("%s p%d: %s", label, i, ids(os.Orders))
			if os.Next == "" {
				break
			}
			f.After = os.Next
		}
	}
	for _, f := range []pipeline.OrderFilter{{}, {NeedsStaff: true}, {State: pipeline.StateReplied}, {Decision: pipeline.DecReview}} {
		f.Limit = 2
		paged(fmt.Sprintf("orders %+v", f), f)
	}
	for _, c := range customers {
		os, err := p.Orders(bg, pipeline.OrderFilter{Customer: c})
		must(err)
		add("orders of %s: %d %s", c, len(os.Orders), ids(os.Orders))
		paged("orders of "+c, pipeline.OrderFilter{Customer: c, Page: store.Page{Limit: 1}})
		conv, err := p.Conversation(bg, c)
		add("conversation %s: %+v %v", c, conv, err)
		view, err := p.Customer(bg, c)
		add("customer %s: %+v %v", c, view, err)
		msgs, err := p.Messages(bg, c, store.Page{})
		must(err)
		add("thread of %s: %d messages, next %q", c, len(msgs.Messages), msgs.Next)
		for _, m := range msgs.Messages {
			in := m.In
			m.In = nil
			if in != nil {
				add("  %+v, in: %+v", m, *in)
			} else {
				add("  %+v", m)
			}
		}
		val, err := p.CustomerValue(bg, c)
		add("value of %s: %+v %v", c, val, err)
		tier, err := p.Tier(bg, c)
		add("tier of %s: %q %v", c, tier, err)
		for pg, i := (pipeline.DocumentFilter{Customer: c, Page: store.Page{Limit: 1}}), 1; ; i++ {
			ds, err := p.Documents(bg, pg)
			must(err)
			var ns []string
			for _, d := range ds.Documents {
				ns = append(ns, d.Number+" "+string(d.Status()))
			}
			add("documents of %s p%d: %v", c, i, ns)
			if ds.Next == "" {
				break
			}
			pg.After = ds.Next
		}
	}
	for _, f := range []pipeline.ConversationFilter{{}, {Flagged: true}} {
		cs, err := p.Conversations(bg, f)
		must(err)
		flagged := ""
		if f.Flagged {
			flagged = " flagged"
		}
		add("conversations%s: %d %+v", flagged, len(cs.Conversations), cs)
	}
	n, err := p.CountConversations(bg)
	must(err)
	add("counts: %+v", n)
	ds, err := p.Documents(bg, pipeline.DocumentFilter{})
	must(err)
	add("documents: %d", len(ds.Documents))
	sum, err := p.Summary(bg, time.Time{}, time.Date(2100, 1, 1, 0, 0, 0, 0, time.UTC))
	must(err)
	add("summary: %+v", sum)
	must(db.View(func(tx *bolt.Tx) error {
		m, c, err := ingest.CountMessages(bg, tx, store.Page{})
		add("messages counted: %d from %d customers", m, c)
		return err
	}))
	return out
}
