package store

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"
)

// RebuildIndexes creates the index buckets and fills them from the records
// stored. It empties them first (message_index/ of its index keys only: it
// holds the customers' records and conversations too), so running it again
// rebuilds the same keys. Tests run it to prove the owners' index writes
// match a rebuild.
func RebuildIndexes(tx *bolt.Tx) error { return rebuildIndexes(tx, false) }

// indexesV2 is migration 2: RebuildIndexes for the layout of its time,
// customers in customers/ and their seen keys in customer_index/, which
// migration 12 folds into message_index/, conversations in conversations/
// and the orders' and documents' customer keys in their own indexes, which
// migration 13 moves into the customers' runs.
func indexesV2(tx *bolt.Tx) error { return rebuildIndexes(tx, true) }

type indexTree struct {
	parent, name []byte // parent nil: a top-level bucket
	build        func(tx *bolt.Tx, out *bolt.Bucket) error
}

func rebuildIndexes(tx *bolt.Tx, v2 bool) error {
	// put writes an order's or a document's keys: in the layout of
	// migration 2's time all in its own index, now its customer key in the
	// customer's run (PutIndexBesideCustomer).
	put := func(kind byte) func(tx *bolt.Tx, out *bolt.Bucket, keys [][]byte, value []byte) error {
		return func(tx *bolt.Tx, out *bolt.Bucket, keys [][]byte, value []byte) error {
			if v2 {
				return putAll(out, keys, value)
			}
			return PutIndexBesideCustomer(tx, out, kind, nil, keys, value)
		}
	}
	trees := []indexTree{
		{BucketOrders, BucketOrderActive, func(*bolt.Tx, *bolt.Bucket) error { return nil }}, // filled by indexOrders
		{BucketOrders, BucketOrderIndex, func(tx *bolt.Tx, out *bolt.Bucket) error { return indexOrders(tx, out, put(RunOrder)) }},
		{BucketInvoices, BucketDocIndex, func(tx *bolt.Tx, out *bolt.Bucket) error { return indexDocuments(tx, out, put(RunDocument)) }},
		{BucketOutbox, BucketSent, indexSent},
		{nil, BucketConvIndex, func(tx *bolt.Tx, out *bolt.Bucket) error { return indexConversations(tx, out, v2) }},
	}
	if v2 {
		trees = append(trees, indexTree{nil, BucketMsgIndex, indexMessages},
			indexTree{nil, BucketCustIndex, func(tx *bolt.Tx, out *bolt.Bucket) error {
				return indexCustomers(tx.Bucket(BucketCustomer), out)
			}})
	} else if err := rebuildMessageIndex(tx); err != nil {
		return fmt.Errorf("index %s: %w", BucketMsgIndex, err)
	}
	for _, ix := range trees {
		out, err := emptyBucket(tx, ix.parent, ix.name)
		if err != nil {
			return fmt.Errorf("index %s: %w", ix.name, err)
		}
		if err := ix.build(tx, out); err != nil {
			return fmt.Errorf("index %s/%s: %w", ix.parent, ix.name, err)
		}
	}
	return nil
}

// emptyBucket deletes parent/name if it exists and creates it empty.
func emptyBucket(tx *bolt.Tx, parent, name []byte) (*bolt.Bucket, error) {
	type creator interface {
		Bucket(name []byte) *bolt.Bucket
		CreateBucket(name []byte) (*bolt.Bucket, error)
		DeleteBucket(name []byte) error
	}
	var c creator = tx
	if parent != nil {
		p := tx.Bucket(parent)
		if p == nil {
			return nil, fmt.Errorf("bucket %s missing", parent)
		}
		c = p
	}
	if c.Bucket(name) != nil {
		if err := c.DeleteBucket(name); err != nil {
			return nil, err
		}
	}
	return c.CreateBucket(name)
}

func eachJSON[T any](b *bolt.Bucket, fn func(k []byte, v *T) error) error {
	if b == nil {
		return nil
	}
	return b.ForEach(func(k, raw []byte) error {
		if raw == nil {
			return nil // a nested bucket
		}
		var v T
		if err := json.Unmarshal(raw, &v); err != nil {
			return fmt.Errorf("decode %s: %w", k, err)
		}
		return fn(k, &v)
	})
}

func putAll(b *bolt.Bucket, keys [][]byte, value []byte) error {
	for _, k := range keys {
		if err := b.Put(k, value); err != nil {
			return err
		}
	}
	return nil
}

// indexOrders puts each order's keys in orders/index, and those of an
// order in flight that belong in orders/active there (SplitOrderKeys); a
// settled order stored decided is indexed as settled (OrderStateOf).
func indexOrders(tx *bolt.Tx, out *bolt.Bucket, put func(*bolt.Tx, *bolt.Bucket, [][]byte, []byte) error) error {
	active := Bucket(tx, BucketOrders, BucketOrderActive)
	return eachJSON(Bucket(tx, BucketOrders, BucketByID), func(k []byte, o *OrderIndex) error {
		o.State = OrderStateOf(tx, o.ID, o.State)
		index, live := SplitOrderKeys(o.Keys())
		if err := put(tx, out, index, []byte(o.ID)); err != nil {
			return err
		}
		return putAll(active, live, []byte(o.ID))
	})
}

func indexDocuments(tx *bolt.Tx, out *bolt.Bucket, put func(*bolt.Tx, *bolt.Bucket, [][]byte, []byte) error) error {
	events := Bucket(tx, BucketInvoices, BucketEvents)
	return eachJSON(Bucket(tx, BucketInvoices, BucketDocs), func(k []byte, d *DocumentIndex) error {
		st, err := documentStatus(events, d.Number)
		if err != nil {
			return err
		}
		d.Status = st
		return put(tx, out, d.Keys(), []byte(d.Number))
	})
}

// documentStatus reads a document's status from its events as
// invoice.Document.Status does: voided wins, else the latest of paid and
// converted, else issued.
func documentStatus(events *bolt.Bucket, number string) (string, error) {
	st := "issued"
	prefix := []byte(number + "/")
	c := events.Cursor()
	for k, v := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, v = c.Next() {
		var e struct {
			Type string `json:"type"`
		}
		if err := json.Unmarshal(v, &e); err != nil {
			return "", fmt.Errorf("decode event %s: %w", k, err)
		}
		switch e.Type {
		case "voided":
			return "voided", nil
		case "converted", "paid":
			st = e.Type
		}
	}
	return st, nil
}

func indexMessages(tx *bolt.Tx, out *bolt.Bucket) error {
	type msg struct {
		ID         string    `json:"id"`
		Customer   string    `json:"customer"`
		ReceivedAt time.Time `json:"received_at"`
	}
	b := tx.Bucket(BucketMessages)
	if b == nil {
		return nil
	}
	payloads := tx.Bucket(BucketPayloads)
	return b.ForEach(func(k, raw []byte) error {
		var m msg
		if len(raw) > 0 && raw[0] == '{' {
			if err := json.Unmarshal(raw, &m); err != nil {
				return fmt.Errorf("decode %s: %w", k, err)
			}
		} else {
			var seq uint64
			var err error
			if m.Customer, seq, err = compactMessage(raw); err != nil {
				return fmt.Errorf("decode %s: %w", k, err)
			}
			if m.ReceivedAt, err = payloadReceived(payloads, seq); err != nil {
				return fmt.Errorf("message %s: %w", k, err)
			}
		}
		if m.Customer == "" {
			return nil
		}
		return out.Put(MessageKey(m.Customer, m.ReceivedAt, string(k)), k)
	})
}

// compactMessage reads the customer and the payload key of a message
// record in ingest's compact form (drawn in doc.go: 0x01, flags, raw
// offset and length, customer, profile name, phone number id, [flag],
// payload key).
func compactMessage(v []byte) (customer string, payload uint64, err error) {
	bad := errors.New("bad compact message record")
	if len(v) < 2 || v[0] != 0x01 {
		return "", 0, bad
	}
	flags, b := v[1], NewBinReader(v[2:])
	b.Uvarint() // the message's place in its body: offset, length
	b.Uvarint()
	customer = b.Text()
	for range 2 + int(flags&1) { // profile name, phone number id, [flag]
		b.Text()
	}
	payload = b.Uvarint()
	if !b.Done() {
		return "", 0, bad
	}
	return customer, payload, nil
}

// payloadReceived is when the payload at seq was received, from its
// header (ingest's binary form) or its JSON (the form before issue 16).
func payloadReceived(payloads *bolt.Bucket, seq uint64) (time.Time, error) {
	var v []byte
	if payloads != nil {
		v = payloads.Get(U64(seq))
	}
	switch {
	case v == nil:
		return time.Time{}, fmt.Errorf("payload %d missing", seq)
	case len(v) > 0 && v[0] == '{':
		var p struct {
			ReceivedAt time.Time `json:"received_at"`
		}
		err := json.Unmarshal(v, &p)
		return p.ReceivedAt, err
	case v[0] == 0x01 && len(v) >= 9:
		return time.Unix(0, int64(binary.BigEndian.Uint64(v[1:9]))).UTC(), nil
	}
	return time.Time{}, fmt.Errorf("payload %d: bad header", seq)
}

// rebuildMessageIndex deletes message_index/'s index keys and writes the
// messages' from messages/ and the customers' seen keys from the customers'
// records there, which it keeps with the conversations and the messages'
// orders (RunMessageOrder); the orders' and documents' keys in the
// customers' runs are written again by indexOrders and indexDocuments.
func rebuildMessageIndex(tx *bolt.Tx) error {
	idx, err := tx.CreateBucketIfNotExists(BucketMsgIndex)
	if err != nil {
		return err
	}
	var stale [][]byte
	var seen [][2][]byte // seen key, customer key
	err = idx.ForEach(func(k, v []byte) error {
		if _, kind, _ := CustomerRunOf(k); kind == RunConversation || kind == RunMessageOrder {
			return nil // records, not index keys
		}
		if !IsCustomerRecord(k) {
			stale = append(stale, bytes.Clone(k))
			return nil
		}
		var c struct {
			LastSeen time.Time `json:"last_seen"`
		}
		if err := json.Unmarshal(v, &c); err != nil {
			return fmt.Errorf("decode %s: %w", k, err)
		}
		_, key, _ := bytes.Cut(k, []byte{0})
		seen = append(seen, [2][]byte{CustomerKey(c.LastSeen, string(key)), bytes.Clone(key)})
		return nil
	})
	if err != nil {
		return err
	}
	for _, k := range stale {
		if err := idx.Delete(k); err != nil {
			return err
		}
	}
	for _, s := range seen {
		if err := idx.Put(s[0], s[1]); err != nil {
			return err
		}
	}
	return indexMessages(tx, idx)
}

// indexCustomers writes into out the seen key of every customer record in
// from (customers/ before migration 12).
func indexCustomers(from, out *bolt.Bucket) error {
	type cust struct {
		LastSeen time.Time `json:"last_seen"`
	}
	return eachJSON(from, func(k []byte, c *cust) error {
		return out.Put(CustomerKey(c.LastSeen, string(k)), k)
	})
}

// indexConversations writes the flagged keys of the conversations: those of
// conversations/ in the layout of migration 2's time (v2), else those in
// the customers' runs.
func indexConversations(tx *bolt.Tx, out *bolt.Bucket, v2 bool) error {
	type conv struct {
		Flag      bool      `json:"flag"`
		FlaggedAt time.Time `json:"flagged_at"`
	}
	from, customer := tx.Bucket(BucketConvs), func(k []byte) (string, bool) { return string(k), true }
	if !v2 {
		from = tx.Bucket(BucketMsgIndex)
		customer = func(k []byte) (string, bool) {
			c, kind, ok := CustomerRunOf(k)
			return c, ok && kind == RunConversation
		}
	}
	if from == nil {
		return nil
	}
	return from.ForEach(func(k, raw []byte) error {
		key, ok := customer(k)
		if !ok || raw == nil {
			return nil
		}
		var c conv
		if err := json.Unmarshal(raw, &c); err != nil {
			return fmt.Errorf("decode %s: %w", k, err)
		}
		if !c.Flag {
			return nil
		}
		return out.Put(FlaggedKey(c.FlaggedAt, key), []byte(key))
	})
}

// SentRecord is a settled send as outbox/sent held it before its entries
// pointed at outbox/whatsapp_done (package appliance/pipeline reads both);
// migration 2 rebuilds it from outbox/whatsapp_done and the orders, without
// the bodies, which were not kept before.
type SentRecord struct {
	Key      string    `json:"key"`
	OrderID  string    `json:"order_id,omitempty"`
	Customer string    `json:"customer"`
	To       string    `json:"to"`
	Kind     string    `json:"kind"`
	Body     string    `json:"body,omitempty"`
	Doc      string    `json:"doc,omitempty"`
	WAMID    string    `json:"wamid,omitempty"`
	SentAt   time.Time `json:"sent_at"`
	Failed   string    `json:"failed,omitempty"`
}

// StaffSendPrefix starts the outbox key of a message staff wrote outside
// any order: "staff-<customer>/<seq>/text".
const StaffSendPrefix = "staff-"

func indexSent(tx *bolt.Tx, out *bolt.Bucket) error {
	type done struct {
		Kind   string    `json:"kind"` // absent before the order's sends moved here
		WAMID  string    `json:"wamid"`
		SentAt time.Time `json:"sent_at"`
		Failed string    `json:"failed"`
	}
	type order struct {
		Customer string `json:"customer"`
		To       string `json:"to"`
		Sends    []struct {
			Key  string `json:"key"`
			Kind string `json:"kind"`
		} `json:"sends"`
	}
	orders := Bucket(tx, BucketOrders, BucketByID)
	return eachJSON(Bucket(tx, BucketOutbox, BucketWADone), func(k []byte, d *done) error {
		r := SentRecord{Key: string(k), Kind: d.Kind, WAMID: d.WAMID, SentAt: d.SentAt, Failed: d.Failed}
		id, _, _ := strings.Cut(r.Key, "/")
		if c, ok := strings.CutPrefix(id, StaffSendPrefix); ok {
			r.Customer, r.To, r.Kind = c, c, "text"
		} else {
			var o order
			found, err := GetJSON(orders, []byte(id), &o)
			if err != nil {
				return err
			}
			if !found {
				return nil // nothing says whose it was
			}
			r.OrderID, r.Customer, r.To = id, o.Customer, o.To
			for _, s := range o.Sends {
				if s.Key == r.Key && r.Kind == "" {
					r.Kind = s.Kind
				}
			}
		}
		return PutJSON(out, SentKey(r.Customer, r.SentAt, r.Key), r)
	})
}
