package appliance_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"fatoora/appliance"
	"fatoora/appliance/config"
	"fatoora/appliance/ingest"
	"fatoora/appliance/invoice"
	"fatoora/appliance/pipeline"
	"fatoora/appliance/store"
	"fatoora/catalog"
	"fatoora/catalog/money"
)

// The history generator for `make bench-history`: a data directory whose
// store already holds N orders, as a box that served them would, written
// straight into bbolt (batches of 5,000 orders per commit, the last 20,000
// ten to a commit: histTail) instead of through the pipeline, so that a
// million orders take minutes, not hours.
//
// Per order: the customer's text message (messages/, message_index/), the
// order replied with an invoice (orders/byid, the message's order in the
// customer's run, orders/index), its invoice issued by the real invoice.Book
// in the same transaction (docs, counters, index, by_order, the stock
// reservation in the catalog's ledger; the head-office outbox entry is
// removed again, as a drained outbox), the two sends settled
// (outbox/whatsapp_done, outbox/sent), and per customer (five orders each)
// the customer (customers/, customer_index/) and the conversation
// (conversations/, counted in conversation_counts/). Raw webhook payloads
// and delivery statuses are not written (append-only logs nothing on the
// order path reads). The catalog is scripts/loadorders' (made-to-order
// furniture), so that a load run on the directory invoices the same SKUs.
// Every tree is opened as its owner opens it (store.Bucket, the invoice
// book, the catalog's ledger), so the trees whose keys grow are filled to
// store.AppendFill as a box fills them, and the rest to bbolt's default.
// A box's trees keyed by customer or message id (messages/, message_index/,
// outbox/sent) take their keys at random places, so their pages split
// where keys land and stay about 69% full; so the generated customers'
// numbers and message ids are scattered (histPhone, histMessage: a
// bijection of the order's number, not its order), not written in order,
// which would leave those trees at bbolt's default half-full pages —
// nearly twice an append tree's pages and, for outbox/sent, a level
// deeper than a box's.
//
// TestHistory_Generate writes one when FATOORA_HISTORY_DIR is set:
//
//	FATOORA_HISTORY_DIR=/tmp/h FATOORA_HISTORY_ORDERS=100000 go test -run TestHistory_Generate -timeout 1h ./appliance/

const (
	histPhones   = "2012%08d"       // customers of the history: never a loadorders number (2011…); see histPhone
	histWAMID    = "wamid.hist%09d" // messages of the history; see histMessage
	histPerCust  = 5                // orders per customer
	histInterval = 30 * time.Second // between orders: a million span a year
	histBatch    = 5000
	// The last histTail orders are written histTailBatch to a commit, as a
	// box's small commits write them. A commit of histBatch orders rewrites
	// thousands of pages of the trees keyed at random places and frees
	// their old copies; bbolt writes its whole list of free pages with
	// every commit, so a store ended on such a batch would make each of a
	// box's commits write a freelist of ~9,000 pages (72 KB) that a box
	// never has. The tail's small commits free little, and its growth
	// takes up the pages the big ones left.
	histTail      = 20000
	histTailBatch = 10
)

// histPhone is the phone number of the history's customer c: histPhones
// with c scattered over its 10^8 numbers, so that consecutive customers'
// keys land at random places in the trees keyed by customer, as a box's
// do. It is a bijection (distinct customers, distinct numbers).
func histPhone(c int) string { return fmt.Sprintf(histPhones, scatter(uint32(c), 1e8)) }

// histMessage is the wamid of the history's message i: histWAMID with i
// scattered over its 10^9 numbers, as a box's wamids (random text) are.
func histMessage(i int) string { return fmt.Sprintf(histWAMID, scatter(uint32(i), 1e9)) }

// scatter maps x < n ≤ 2^30 to a number below n, a different one for each
// x: a permutation of the 30-bit numbers (xor-shifts and odd multipliers
// modulo 2^30, each invertible) walked until it falls below n.
func scatter(x, n uint32) uint32 {
	const mask = 1<<30 - 1
	for {
		x ^= x >> 15
		x = (x * 0x2c1b3c6d) & mask
		x ^= x >> 12
		x = (x * 0x297a2d39) & mask
		x ^= x >> 15
		if x < n {
			return x
		}
	}
}

func histCatalog() []catalog.Product {
	items := []string{"كرسي سفرة", "ترابيزة وسط", "كومودينو", "تسريحة", "مكتبة كتب", "جزامة", "بوفيه", "فوتيه", "سرير اطفال", "دولاب احذية"}
	materials := []string{"زان", "ارو", "جوز", "MDF", "HPL"}
	var ps []catalog.Product
	for i, it := range items {
		for j, m := range materials {
			ps = append(ps, catalog.Product{
				SKU: fmt.Sprintf("L-%02d-%d", i, j), NameAr: it + " " + m, Category: it,
				Unit: catalog.Piece, Price: money.Piasters((1500 + 250*i + 100*j) * 100),
				MadeToOrder: true, Material: m, Colors: []string{"طبيعي"},
			})
		}
	}
	return ps
}

// generateHistory writes n orders into the data directory data (created,
// with the catalog and its index) ending at end.
func generateHistory(t testing.TB, data string, n int, end time.Time) {
	t.Helper()
	if err := os.MkdirAll(data, 0o700); err != nil {
		t.Fatal(err)
	}
	db, err := store.Open(filepath.Join(data, appliance.DBFile), store.Options{NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	cs, err := catalog.OpenStore(db, filepath.Join(data, appliance.IndexDir))
	if err != nil {
		t.Fatal(err)
	}
	defer cs.Close()
	ps := histCatalog()
	if _, err := cs.Import(context.Background(), ps, nil, "history"); err != nil {
		t.Fatal(err)
	}
	book, err := invoice.NewBook(appliance.InvoiceConfig(config.Default()))
	if err != nil {
		t.Fatal(err)
	}
	start := end.Add(-time.Duration(n) * histInterval)
	for lo, hi := 0, 0; lo < n; lo = hi {
		hi = min(lo+histBatch, n)
		if n-lo <= histTail {
			hi = min(lo+histTailBatch, n)
		}
		err := db.Update(func(tx *bolt.Tx) error {
			for i := lo; i < hi; i++ {
				if err := writeHistoryOrder(tx, book, ps, n, i, start.Add(time.Duration(i)*histInterval)); err != nil {
					return fmt.Errorf("order %d: %w", i, err)
				}
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	err = db.Update(func(tx *bolt.Tx) error {
		// The pipeline numbers orders from this bucket's sequence.
		if err := store.Bucket(tx, store.BucketOrders, store.BucketByID).SetSequence(uint64(n)); err != nil {
			return err
		}
		customers := (n + histPerCust - 1) / histPerCust
		return tx.Bucket(store.BucketConvCounts).Put(store.KeyCountCustomers, store.U64(uint64(customers)))
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Bolt().Sync(); err != nil {
		t.Fatal(err)
	}
}

func putJSON(b *bolt.Bucket, k []byte, v any) error {
	data, err := json.Marshal(v)
	if err != nil {
		return err
	}
	return b.Put(k, data)
}

func writeHistoryOrder(tx *bolt.Tx, book *invoice.Book, ps []catalog.Product, n, i int, at time.Time) error {
	cust := histPhone(i / histPerCust)
	wamid := histMessage(i)
	id := fmt.Sprintf("O%06d", i+1)
	p := ps[i%len(ps)]
	qty := catalog.Milli(1+i%4) * catalog.One
	text := fmt.Sprintf("عايز %d %s", 1+i%4, p.NameAr)
	received := at.Add(time.Second)

	// ingest: the message and its index key.
	msg := ingest.Message{ID: wamid, From: cust, Customer: cust, ProfileName: "عميل " + strconv.Itoa(i/histPerCust),
		PhoneNumberID: "106540352242922", Type: "text", Timestamp: at, Text: text,
		Raw: json.RawMessage(`{"from":"` + cust + `","id":"` + wamid + `","type":"text"}`), ReceivedAt: received, Source: "webhook"}
	if err := putJSON(tx.Bucket(store.BucketMessages), []byte(wamid), msg); err != nil {
		return err
	}
	if err := tx.Bucket(store.BucketMsgIndex).Put(store.MessageKey(cust, received, wamid), []byte(wamid)); err != nil {
		return err
	}

	// invoice: issued by the book, as the decide step does.
	priced, err := book.Price(invoice.Request{OrderID: id, Buyer: invoice.Buyer{Name: msg.ProfileName, WaID: cust},
		Lines: []invoice.RequestLine{{Product: p, Quantity: qty, Color: "طبيعي"}}})
	if err != nil {
		return err
	}
	decided := received.Add(3 * time.Millisecond)
	doc, err := book.IssueInvoice(tx, priced, decided)
	if err != nil {
		return err
	}
	hq := store.Bucket(tx, store.BucketOutbox, store.BucketHQ)
	if k, _ := hq.Cursor().Last(); k != nil {
		if err := hq.Delete(k); err != nil { // delivered to head office
			return err
		}
	}

	// pipeline: the sends, settled.
	replied := decided.Add(20 * time.Millisecond)
	sends := []pipeline.Send{
		{Key: id + "/1/summary", Kind: "text", WAMID: fmt.Sprintf("wamid.histout%09da", i), At: replied},
		{Key: id + "/1/document", Kind: "document", WAMID: fmt.Sprintf("wamid.histout%09db", i), At: replied},
	}
	// As recordSent writes them: the done record holds the send, the
	// customer's sent log points at it, and the order keeps no copy.
	for _, s := range sends {
		rec := map[string]any{"kind": s.Kind, "order_id": id, "wamid": s.WAMID, "sent_at": s.At}
		if s.Kind == "document" {
			rec["doc"] = doc.Number
		} else {
			rec["body"] = "فاتورتك " + doc.Number
		}
		if err := putJSON(store.Bucket(tx, store.BucketOutbox, store.BucketWADone), []byte(s.Key), rec); err != nil {
			return err
		}
		if err := store.Bucket(tx, store.BucketOutbox, store.BucketSent).Put(store.SentKey(cust, s.At, s.Key), []byte(s.Key)); err != nil {
			return err
		}
	}

	// pipeline: the order, its message and its index keys. The order is
	// stored as decided: the record of its last send made it replied
	// without rewriting it (no send of it pending: store.SettledOrder).
	ord := pipeline.Order{ID: id, Customer: cust, To: cust, CustomerName: msg.ProfileName, CreatedAt: received,
		UpdatedAt: decided, State: pipeline.StateDecided, Round: 1, Messages: []string{wamid}, Text: text,
		LastMessageAt: at, Intent: "order", Confidence: 1, Source: "rules",
		Lines:    []pipeline.Line{{SKU: p.SKU, Name: p.NameAr, Unit: p.Unit, Quantity: qty, Color: "طبيعي", Phrase: p.NameAr, Confidence: 1}},
		Decision: pipeline.DecInvoice, Document: doc.Number, Total: doc.Totals.Total,
		History: []pipeline.Event{{At: received, State: pipeline.StateReceived}, {At: received, State: pipeline.StateUnderstood},
			{At: decided, State: pipeline.StateDecided}}}
	if err := putJSON(store.Bucket(tx, store.BucketOrders, store.BucketByID), []byte(id), ord); err != nil {
		return err
	}
	// The message's order beside its key in the customer's run (migration 14).
	if err := tx.Bucket(store.BucketMsgIndex).Put(store.MessageOrderKey(cust, received, wamid), []byte(id)); err != nil {
		return err
	}
	// A served order is settled: every key in orders/index (its customer
	// key in the customer's run in message_index), none in orders/active
	// (the state keys of orders in flight).
	oi := store.OrderIndex{ID: id, Customer: cust, CreatedAt: received, State: string(pipeline.StateReplied), Decision: string(pipeline.DecInvoice)}
	index, active := store.SplitOrderKeys(oi.Keys())
	if err := store.PutIndexBesideCustomer(tx, store.Bucket(tx, store.BucketOrders, store.BucketOrderIndex), store.RunOrder, nil, index, []byte(id)); err != nil {
		return err
	}
	for _, k := range active {
		if err := store.Bucket(tx, store.BucketOrders, store.BucketOrderActive).Put(k, []byte(id)); err != nil {
			return err
		}
	}

	// Per customer, at its last order: the customer and the conversation.
	if i%histPerCust == histPerCust-1 || i == n-1 {
		first := at.Add(-time.Duration(i%histPerCust) * histInterval)
		c := ingest.Customer{Key: cust, WaID: cust, Name: msg.ProfileName, FirstSeen: first.Add(time.Second), LastSeen: received, LastInbound: at}
		if err := putJSON(tx.Bucket(store.BucketMsgIndex), store.CustomerRecordKey(cust), c); err != nil {
			return err
		}
		if err := tx.Bucket(store.BucketMsgIndex).Put(store.CustomerKey(received, cust), []byte(cust)); err != nil {
			return err
		}
		conv := pipeline.Conversation{Customer: cust, Lifecycle: pipeline.LifecycleInvoiced, LastOrder: id}
		if err := putJSON(tx.Bucket(store.BucketMsgIndex), store.CustomerRunKey(cust, store.RunConversation), conv); err != nil {
			return err
		}
	}
	return nil
}

// TestHistory_Generate writes a history for `make bench-history` (see
// above); skipped unless FATOORA_HISTORY_DIR is set.
func TestHistory_Generate(t *testing.T) {
	dir := os.Getenv("FATOORA_HISTORY_DIR")
	if dir == "" {
		t.Skip("FATOORA_HISTORY_DIR not set")
	}
	n, err := strconv.Atoi(os.Getenv("FATOORA_HISTORY_ORDERS"))
	if err != nil || n < 0 {
		t.Fatalf("FATOORA_HISTORY_ORDERS: %q", os.Getenv("FATOORA_HISTORY_ORDERS"))
	}
	start := time.Now()
	generateHistory(t, dir, n, time.Now())
	t.Logf("%d orders in %v", n, time.Since(start).Round(time.Millisecond))
}

// TestHistory_OwnersReadTheGeneratedRecords: what the generator writes is
// what the owners write: every index equals the one migration 2 rebuilds
// from the records (so the records decode with the owners' field tags and
// the keys are theirs), the invoice book and the customer list read it
// through their indexes, and the conversation counters match a count.
func TestHistory_OwnersReadTheGeneratedRecords(t *testing.T) {
	data := t.TempDir()
	const n = 23
	generateHistory(t, data, n, time.Date(2026, 12, 4, 6, 0, 0, 0, time.UTC))
	db, err := store.Open(filepath.Join(data, appliance.DBFile), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	indexes := [][][]byte{
		{store.BucketOrders, store.BucketOrderIndex}, {store.BucketOrders, store.BucketOrderActive}, {store.BucketInvoices, store.BucketDocIndex},
		{store.BucketOutbox, store.BucketSent}, {store.BucketMsgIndex}, {store.BucketConvIndex},
	}
	dump := func(tx *bolt.Tx) map[string]string {
		out := map[string]string{}
		for _, path := range indexes {
			_ = store.Bucket(tx, path...).ForEach(func(k, v []byte) error {
				out[string(bytes.Join(path, []byte("/")))+"|"+string(k)] = string(v)
				return nil
			})
		}
		return out
	}
	var written map[string]string
	_ = db.View(func(tx *bolt.Tx) error { written = dump(tx); return nil })
	// Rebuild in a transaction that is rolled back.
	err = db.Bolt().Update(func(tx *bolt.Tx) error {
		if err := store.RebuildIndexes(tx); err != nil {
			return err
		}
		rebuilt := dump(tx)
		if len(rebuilt) != len(written) {
			t.Errorf("rebuilt indexes hold %d keys, the generator wrote %d", len(rebuilt), len(written))
		}
		for k, v := range rebuilt {
			if w, ok := written[k]; ok && bytes.HasPrefix([]byte(k), []byte("outbox/sent|")) {
				// The sent log is its own record; a rebuild keeps
				// only what the key is made of.
				v = w
			}
			if written[k] != v {
				t.Errorf("index key %q: generator %q, rebuild %q", k, written[k], v)
			}
		}
		return errRollback
	})
	if err != errRollback {
		t.Fatal(err)
	}
	_ = db.View(func(tx *bolt.Tx) error {
		docs, _, err := invoice.Find(context.Background(), tx, invoice.ListFilter{Kind: invoice.KindInvoice})
		if err != nil || len(docs) == 0 {
			t.Errorf("invoice.Find: %d documents, %v", len(docs), err)
		}
		if d, ok, err := invoice.ByOrder(tx, fmt.Sprintf("O%06d", n)); err != nil || !ok || d.Buyer.WaID != histPhone((n-1)/histPerCust) {
			t.Errorf("invoice.ByOrder: %+v %v %v", d, ok, err)
		}
		cs, _, err := ingest.Customers(context.Background(), tx, store.Page{Limit: 100})
		if err != nil || len(cs) != (n+histPerCust-1)/histPerCust {
			t.Errorf("ingest.Customers: %d, %v", len(cs), err)
		}
		if id := pipeline.OrderOfMessage(tx, histMessage(7)); id != "O000008" {
			t.Errorf("order of message 7: %q", id)
		}
		convs := 0
		_ = tx.Bucket(store.BucketMsgIndex).ForEach(func(k, _ []byte) error {
			if _, kind, _ := store.CustomerRunOf(k); kind == store.RunConversation {
				convs++
			}
			return nil
		})
		if got := store.ParseU64(tx.Bucket(store.BucketConvCounts).Get(store.KeyCountCustomers)); got != uint64(convs) {
			t.Errorf("customers counter %d, conversations %d", got, convs)
		}
		var ord pipeline.Order
		if err := json.Unmarshal(store.Bucket(tx, store.BucketOrders, store.BucketByID).Get([]byte("O000001")), &ord); err != nil ||
			store.OrderStateOf(tx, ord.ID, string(ord.State)) != string(pipeline.StateReplied) || len(ord.Lines) != 1 {
			t.Errorf("order O000001: %+v %v", ord, err)
		}
		return nil
	})
}

var errRollback = fmt.Errorf("rollback")
