package pipeline

import (
	"bytes"
	"maps"
	"path/filepath"
	"testing"
	"time"

	"fatoora/appliance/store"

	bolt "go.etcd.io/bbolt"
)

// sendsPipeline is a pipeline with only what recordSent needs: the store
// and a clock the test moves.
func sendsPipeline(t *testing.T) (*Pipeline, *time.Time) {
	t.Helper()
	db, err := store.Open(filepath.Join(t.TempDir(), "fatoora.db"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	clock := time.Date(2026, 12, 4, 10, 0, 0, 0, time.UTC)
	return &Pipeline{opts: Options{Now: func() time.Time { return clock }}, db: db}, &clock
}

func storedOrder(t *testing.T, db *store.DB, id string) []byte {
	t.Helper()
	var raw []byte
	if err := db.View(func(tx *bolt.Tx) error { raw = bytes.Clone(ordersByID(tx).Get([]byte(id))); return nil }); err != nil {
		t.Fatal(err)
	}
	return raw
}

func readOrder(t *testing.T, db *store.DB, id string) *Order {
	t.Helper()
	var o *Order
	if err := db.View(func(tx *bolt.Tx) (err error) { o, err = loadOrder(tx, id); return err }); err != nil {
		t.Fatal(err)
	}
	return o
}

func TestRecordSent_SendsKeptOutOfTheOrder(t *testing.T) {
	p, clock := sendsPipeline(t)
	t0 := *clock
	// doc carries its customer (as sends do now); sum does not (as sends
	// written before): both are logged under the order's customer.
	doc := OutMessage{Key: "O000001/00/invoice-pdf", OrderID: "O000001", Customer: "c1", To: "wa1", Kind: SendDocument, Doc: "INV-1"}
	sum := OutMessage{Key: "O000001/00/invoice-summary", OrderID: "O000001", To: "wa1", Kind: SendText, Body: "total"}
	err := p.db.Update(func(tx *bolt.Tx) error {
		o := &Order{ID: "O000001", Customer: "c1", To: "wa1", CreatedAt: t0, UpdatedAt: t0, State: StateDecided}
		if err := saveOrder(tx, o); err != nil {
			return err
		}
		if err := enqueueSend(tx, doc); err != nil {
			return err
		}
		return enqueueSend(tx, sum)
	})
	if err != nil {
		t.Fatal(err)
	}
	before := storedOrder(t, p.db, "O000001")

	*clock = t0.Add(time.Second)
	if err := p.db.Batch(func(tx *bolt.Tx) error { return p.recordSent(tx, doc, "wamid.doc", "") }); err != nil {
		t.Fatal(err)
	}
	if after := storedOrder(t, p.db, "O000001"); !bytes.Equal(after, before) {
		t.Errorf("a send that changes nothing of the order rewrote it:\n%s\n%s", before, after)
	}
	o := readOrder(t, p.db, "O000001")
	want := []Send{{Key: doc.Key, Kind: SendDocument, WAMID: "wamid.doc", At: t0.Add(time.Second)}}
	if !sameSends(o.Sends, want) || o.State != StateDecided || !o.UpdatedAt.Equal(t0.Add(time.Second)) {
		t.Errorf("after the first send: state %s updated %v sends %+v", o.State, o.UpdatedAt, o.Sends)
	}

	*clock = t0.Add(2 * time.Second)
	if err := p.db.Batch(func(tx *bolt.Tx) error { return p.recordSent(tx, sum, "wamid.sum", "") }); err != nil {
		t.Fatal(err)
	}
	o = readOrder(t, p.db, "O000001")
	want = append(want, Send{Key: sum.Key, Kind: SendText, WAMID: "wamid.sum", At: t0.Add(2 * time.Second)})
	if !sameSends(o.Sends, want) || o.State != StateReplied || !o.UpdatedAt.Equal(t0.Add(2*time.Second)) {
		t.Errorf("after the last send: state %s updated %v sends %+v", o.State, o.UpdatedAt, o.Sends)
	}
	if raw := storedOrder(t, p.db, "O000001"); bytes.Contains(raw, []byte(`"sends"`)) {
		t.Errorf("the stored order holds its sends: %s", raw)
	}
	if n := len(o.History); n == 0 || o.History[n-1].State != StateReplied {
		t.Errorf("history %+v", o.History)
	}
	for _, m := range []OutMessage{doc, sum} {
		var logged bool
		_ = p.db.View(func(tx *bolt.Tx) error {
			logged = store.Bucket(tx, store.BucketOutbox, store.BucketSent).Get(store.SentKey("c1", o.Sends[0].At, m.Key)) != nil ||
				store.Bucket(tx, store.BucketOutbox, store.BucketSent).Get(store.SentKey("c1", o.Sends[1].At, m.Key)) != nil
			return nil
		})
		if !logged {
			t.Errorf("%s is not in customer c1's sent log", m.Key)
		}
	}
	// A decision saved from a loaded order keeps the sends where they are.
	if err := p.db.Update(func(tx *bolt.Tx) error {
		o, err := loadOrder(tx, "O000001")
		if err != nil {
			return err
		}
		o.Notes = append(o.Notes, "seen")
		return saveOrder(tx, o)
	}); err != nil {
		t.Fatal(err)
	}
	if o := readOrder(t, p.db, "O000001"); !sameSends(o.Sends, want) {
		t.Errorf("after a save: sends %+v", o.Sends)
	}
}

// An order stored with its sends inside (before they had records of their
// own) reads the same, and keeps them through later sends and saves.
func TestRecordSent_OrderWithStoredSends(t *testing.T) {
	p, clock := sendsPipeline(t)
	t0 := *clock
	old := Send{Key: "O000007/00/a-question", Kind: SendButtons, WAMID: "wamid.old", At: t0}
	next := OutMessage{Key: "O000007/01/invoice-pdf", OrderID: "O000007", To: "c7", Kind: SendDocument, Doc: "INV-2"}
	err := p.db.Update(func(tx *bolt.Tx) error {
		o := &Order{ID: "O000007", Customer: "c7", To: "c7", CreatedAt: t0, UpdatedAt: t0, State: StateDecided, Round: 1,
			Sends: []Send{old}, storedSends: 1}
		if err := saveOrder(tx, o); err != nil {
			return err
		}
		// the old send's done record, as it was written then (no kind)
		done := store.Bucket(tx, store.BucketOutbox, store.BucketWADone)
		if err := store.PutJSON(done, []byte(old.Key), map[string]any{"wamid": old.WAMID, "sent_at": old.At}); err != nil {
			return err
		}
		return enqueueSend(tx, next)
	})
	if err != nil {
		t.Fatal(err)
	}
	if o := readOrder(t, p.db, "O000007"); !sameSends(o.Sends, []Send{old}) {
		t.Fatalf("stored sends read back as %+v", o.Sends)
	}
	*clock = t0.Add(time.Minute)
	if err := p.db.Batch(func(tx *bolt.Tx) error { return p.recordSent(tx, next, "", "refused") }); err != nil {
		t.Fatal(err)
	}
	o := readOrder(t, p.db, "O000007")
	want := []Send{old, {Key: next.Key, Kind: SendDocument, At: t0.Add(time.Minute), Error: "refused"}}
	if !sameSends(o.Sends, want) || !o.NeedsStaff || o.StaffNote != "WhatsApp refused a reply: refused" || o.State != StateReplied {
		t.Errorf("order %s staff %v %q sends %+v", o.State, o.NeedsStaff, o.StaffNote, o.Sends)
	}
	var stored Order
	if err := jsonUnmarshal(storedOrder(t, p.db, "O000007"), &stored); err != nil {
		t.Fatal(err)
	}
	if !sameSends(stored.Sends, []Send{old}) {
		t.Errorf("the stored order holds sends %+v, want only the one stored before", stored.Sends)
	}
}

func sameSends(got, want []Send) bool {
	if len(got) != len(want) {
		return false
	}
	for i := range got {
		g, w := got[i], want[i]
		if g.Key != w.Key || g.Kind != w.Kind || g.WAMID != w.WAMID || !g.At.Equal(w.At) || g.Error != w.Error {
			return false
		}
	}
	return true
}

// The sent log points at the done records now; entries written before
// hold the whole record. A thread reads both the same way.
func TestMessages_SentLogOldAndNewEntries(t *testing.T) {
	p, clock := sendsPipeline(t)
	t0 := *clock
	old := store.SentRecord{Key: "O000001/00/invoice-pdf", OrderID: "O000001", Customer: "c1", To: "c1", Kind: SendDocument,
		Body: "old caption", Doc: "INV-1", WAMID: "wamid.old", SentAt: t0}
	now := OutMessage{Key: "staff-c1/00000000000000000002/text", Customer: "c1", To: "c1", Kind: SendText, Body: "new text"}
	if err := p.db.Update(func(tx *bolt.Tx) error {
		sent := store.Bucket(tx, store.BucketOutbox, store.BucketSent)
		if err := store.PutJSON(sent, store.SentKey("c1", t0, old.Key), old); err != nil {
			return err
		}
		return enqueueSend(tx, now)
	}); err != nil {
		t.Fatal(err)
	}
	*clock = t0.Add(time.Minute)
	if err := p.db.Batch(func(tx *bolt.Tx) error { return p.recordSent(tx, now, "wamid.new", "") }); err != nil {
		t.Fatal(err)
	}
	page, err := p.Messages(t.Context(), "c1", Page{})
	if err != nil {
		t.Fatal(err)
	}
	if len(page.Messages) != 2 {
		t.Fatalf("thread %+v", page.Messages)
	}
	n, o := page.Messages[0], page.Messages[1]
	if n.ID != now.Key || n.Kind != SendText || n.Text != "new text" || n.WAMID != "wamid.new" || !n.At.Equal(t0.Add(time.Minute)) || n.Direction != Outbound {
		t.Errorf("new entry read as %+v", n)
	}
	if o.ID != old.Key || o.Kind != SendDocument || o.Text != "old caption" || o.Doc != "INV-1" || o.OrderID != "O000001" || o.WAMID != "wamid.old" || !o.At.Equal(t0) {
		t.Errorf("old entry read as %+v", o)
	}
}

// TestSaveOrder_StateKeysInFlightKeptApart: an order's state key is in
// orders/active while the order is in flight (with its decision key ""
// until it is decided) and gone once it is replied, and back when an
// answer opens a new round; its other keys stay in orders/index
// throughout. Listed by state, by time and counted, the order is found
// in every state.
func TestSaveOrder_StateKeysInFlightKeptApart(t *testing.T) {
	p, clock := sendsPipeline(t)
	t0 := *clock
	o := &Order{ID: "O000001", Customer: "c1", To: "wa1", CreatedAt: t0, UpdatedAt: t0}
	ctx := t.Context()
	for _, step := range []struct {
		state    State
		decision Decision
	}{{StateReceived, ""}, {StateUnderstood, ""}, {StateDecided, DecInvoice}, {StateReplied, DecInvoice}, {StateReceived, DecInvoice}, {StateDecided, DecAsk}, {StateReplied, DecAsk}} {
		o.State, o.Decision = step.state, step.decision
		err := p.db.Update(func(tx *bolt.Tx) error {
			// A decided order has a send pending (they are committed
			// together); a replied one none.
			pending := OutMessage{Key: o.ID + "/00/text", OrderID: o.ID, Customer: o.Customer, To: o.To, Kind: SendText, Body: "?"}
			if step.state == StateDecided {
				if err := enqueueSend(tx, pending); err != nil {
					return err
				}
			} else if err := store.Bucket(tx, store.BucketOutbox, store.BucketWhatsApp).Delete([]byte(pending.Key)); err != nil {
				return err
			}
			return saveOrder(tx, o)
		})
		if err != nil {
			t.Fatal(err)
		}
		stateKey := store.IndexKey(store.IndexState, string(step.state), t0, o.ID)
		_ = p.db.View(func(tx *bolt.Tx) error {
			inIndex, inActive := ordersIndex(tx).Get(stateKey) != nil, ordersActive(tx).Get(stateKey) != nil
			if settled := step.state == StateReplied; inIndex || inActive == settled {
				t.Errorf("%s: state key in orders/index %v, in orders/active %v", step.state, inIndex, inActive)
			}
			want := 1 // the state key
			if step.decision == "" {
				want = 2 // and the decision key "" of an order not decided yet
			}
			if step.state == StateReplied {
				want = 0
			}
			if n := ordersActive(tx).Stats().KeyN; n != want {
				t.Errorf("%s: %d keys in orders/active, want %d", step.state, n, want)
			}
			if dk := store.IndexKey(store.IndexDecision, string(step.decision), t0, o.ID); step.decision != "" && ordersIndex(tx).Get(dk) == nil {
				t.Errorf("%s: the decision key is not in orders/index", step.state)
			}
			if customerRuns(tx).Get(store.RunKeyOf(store.IndexKey(store.IndexCustomer, "c1", t0, o.ID), store.RunOrder)) == nil {
				t.Errorf("%s: the customer key is not in the customer's run (message_index)", step.state)
			}
			return nil
		})
		for _, f := range []OrderFilter{{}, {State: step.state}, {Customer: "c1"}} {
			pg, err := p.Orders(ctx, f)
			if err != nil || len(pg.Orders) != 1 || pg.Orders[0].State != step.state {
				t.Errorf("%s: Orders(%+v) = %+v, %v", step.state, f, pg.Orders, err)
			}
		}
		for _, other := range []State{StateReceived, StateUnderstood, StateDecided, StateReplied} {
			if pg, err := p.Orders(ctx, OrderFilter{State: other}); other != step.state && (err != nil || len(pg.Orders) != 0) {
				t.Errorf("%s: listed as %s: %+v, %v", step.state, other, pg.Orders, err)
			}
		}
		if s, err := p.Summary(ctx, t0.Add(-time.Hour), t0.Add(time.Hour)); err != nil || s.Orders != 1 {
			t.Errorf("%s: summary counts %d orders, %v", step.state, s.Orders, err)
		}
	}
}

// TestRecordSent_LastSendMovesOnlyTheStateKey: the last pending send of a
// decided order makes it replied without rewriting it: the stored order is
// byte for byte as decided, its state key leaves orders/active and
// orders/index is not touched, it reads replied (history, time) as when it
// was rewritten, is listed as replied, and a rebuild of the indexes makes
// the same keys.
func TestRecordSent_LastSendMovesOnlyTheStateKey(t *testing.T) {
	p, clock := sendsPipeline(t)
	t0 := *clock
	doc := OutMessage{Key: "O000001/00/invoice-pdf", OrderID: "O000001", Customer: "c1", To: "wa1", Kind: SendDocument, Doc: "INV-1"}
	sum := OutMessage{Key: "O000001/00/invoice-summary", OrderID: "O000001", Customer: "c1", To: "wa1", Kind: SendText, Body: "total"}
	err := p.db.Update(func(tx *bolt.Tx) error {
		o := &Order{ID: "O000001", Customer: "c1", To: "wa1", CreatedAt: t0, UpdatedAt: t0, Decision: DecInvoice}
		o.event(t0, StateDecided, "invoice")
		if err := saveOrder(tx, o); err != nil {
			return err
		}
		if err := enqueueSend(tx, doc); err != nil {
			return err
		}
		return enqueueSend(tx, sum)
	})
	if err != nil {
		t.Fatal(err)
	}
	stored := storedOrder(t, p.db, "O000001")
	for i, m := range []OutMessage{doc, sum} {
		*clock = t0.Add(time.Duration(i+1) * time.Second)
		if err := p.db.Batch(func(tx *bolt.Tx) error { return p.recordSent(tx, m, "wamid."+m.Kind, "") }); err != nil {
			t.Fatal(err)
		}
	}
	if after := storedOrder(t, p.db, "O000001"); !bytes.Equal(after, stored) {
		t.Errorf("the last send rewrote the order:\n%s\n%s", stored, after)
	}
	o := readOrder(t, p.db, "O000001")
	last := t0.Add(2 * time.Second)
	if n := len(o.History); o.State != StateReplied || !o.UpdatedAt.Equal(last) || n != 2 || o.History[1] != (Event{At: last, State: StateReplied}) {
		t.Errorf("read back: state %s updated %v history %+v", o.State, o.UpdatedAt, o.History)
	}
	keys := func() map[string]string {
		out := map[string]string{}
		_ = p.db.View(func(tx *bolt.Tx) error {
			for name, b := range map[string]*bolt.Bucket{"index": ordersIndex(tx), "active": ordersActive(tx), "runs": customerRuns(tx)} {
				_ = b.ForEach(func(k, v []byte) error { out[name+"|"+string(k)] = string(v); return nil })
			}
			return nil
		})
		return out
	}
	live := keys()
	if live["index|"+string(store.IndexKey(store.IndexDecision, "invoice", t0, "O000001"))] != "O000001" ||
		live["runs|"+string(store.RunKeyOf(store.IndexKey(store.IndexCustomer, "c1", t0, "O000001"), store.RunOrder))] != "O000001" || len(live) != 2 {
		t.Errorf("index keys after the last send: %q", live)
	}
	if pg, err := p.Orders(t.Context(), OrderFilter{State: StateReplied}); err != nil || len(pg.Orders) != 1 {
		t.Errorf("replied orders: %+v, %v", pg.Orders, err)
	}
	if err := p.db.Update(store.RebuildIndexes); err != nil {
		t.Fatal(err)
	}
	if rebuilt := keys(); !maps.Equal(rebuilt, live) {
		t.Errorf("rebuilt %q, written %q", rebuilt, live)
	}
	// A later save (a staff note) writes the order as it reads: replied.
	if err := p.db.Update(func(tx *bolt.Tx) error {
		o, err := loadOrder(tx, "O000001")
		if err != nil {
			return err
		}
		o.Notes = append(o.Notes, "seen")
		return saveOrder(tx, o)
	}); err != nil {
		t.Fatal(err)
	}
	if o2 := readOrder(t, p.db, "O000001"); o2.State != StateReplied || len(o2.History) != 2 || !maps.Equal(keys(), live) {
		t.Errorf("after a save: state %s history %+v keys %q", o2.State, o2.History, keys())
	}
}
