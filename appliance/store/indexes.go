package store

import (
	"bytes"
	"time"

	bolt "go.etcd.io/bbolt"
)

// The index keys of each indexed record. The owning package fills these
// from its record when it writes it; migration 2 decodes them from the
// stored JSON (the field tags are the records' own), so both make the same
// keys.

// OrderIndex is what an order's index keys are made of (orders/index).
type OrderIndex struct {
	ID         string    `json:"id"`
	Customer   string    `json:"customer"`
	CreatedAt  time.Time `json:"created_at"`
	State      string    `json:"state"`
	Decision   string    `json:"decision,omitempty"`
	NeedsStaff bool      `json:"needs_staff,omitempty"`
}

// SettledState is the state of an order with nothing left to do (the
// pipeline's "replied"). A settled order has no state key: the replied
// orders are read through their decision keys (orders/index), skipping the
// few of those whose order is still in flight. The state key of every
// other state — an order in flight: received, understood, decided with
// sends pending — is kept in orders/active (ActiveKey), a tree as small as
// the work in flight, so that moving an order through its states rewrites
// a short path there and no path of orders/index, which holds every
// order's keys (issue 16: depth 4 at a million orders).
const SettledState = "replied"

// DecidedState is the state of an order whose decision, documents and sends
// are committed (the pipeline's "decided"). An order stored in it with none
// of its sends left pending in outbox/whatsapp is settled all the same
// (SettledOrder): the commit that settles an order's last send moves its
// state key to SettledState and leaves the stored order as it was, which
// takes one more root-to-leaf path of orders/byid out of every order
// (issue 16). Readers of a stored order read its state through
// OrderStateOf.
const DecidedState = "decided"

// SettledOrder reports whether the order id, stored in DecidedState, is
// settled: no send of it ("<id>/…") waits in outbox/whatsapp. An order is
// decided and its sends enqueued in one transaction, and a decision with
// nothing to send is stored settled, so a decided order with none pending
// has had every send settled.
func SettledOrder(tx *bolt.Tx, id string) bool {
	prefix := []byte(id + "/")
	k, _ := Bucket(tx, BucketOutbox, BucketWhatsApp).Cursor().Seek(prefix)
	return !bytes.HasPrefix(k, prefix)
}

// OrderStateOf is the state of an order stored in state stored:
// SettledState for a settled order stored in DecidedState (SettledOrder),
// else stored.
func OrderStateOf(tx *bolt.Tx, id, stored string) string {
	if stored == DecidedState && SettledOrder(tx, id) {
		return SettledState
	}
	return stored
}

// ActiveKey reports whether k, one of OrderIndex.Keys, is kept in
// orders/active rather than orders/index: a state key (an order in flight),
// or the decision key of an order not decided yet (value "").
func ActiveKey(k []byte) bool {
	return bytes.HasPrefix(k, []byte(IndexState+"\x00")) || bytes.HasPrefix(k, IndexPrefix(IndexDecision, ""))
}

// SplitOrderKeys splits an order's keys into those of orders/index and
// those of orders/active (ActiveKey).
func SplitOrderKeys(keys [][]byte) (index, active [][]byte) {
	for _, k := range keys {
		if ActiveKey(k) {
			active = append(active, k)
		} else {
			index = append(index, k)
		}
	}
	return index, active
}

// Keys are the order's index keys, of orders/index and orders/active
// together (SplitOrderKeys parts them): its customer key, its decision key
// (value "" before its first decision), its state key while it is in
// flight (none once settled), its staff key. Every order has exactly one
// decision key, so the decision keys of both trees read whole are the
// orders by time (ScanValuesIn).
func (o OrderIndex) Keys() [][]byte {
	ks := [][]byte{
		IndexKey(IndexCustomer, o.Customer, o.CreatedAt, o.ID),
		IndexKey(IndexDecision, o.Decision, o.CreatedAt, o.ID),
	}
	if o.State != SettledState {
		ks = append(ks, IndexKey(IndexState, o.State, o.CreatedAt, o.ID))
	}
	if o.NeedsStaff {
		ks = append(ks, IndexKey(IndexStaff, "", o.CreatedAt, o.ID))
	}
	return ks
}

// DocumentIndex is what a document's index keys are made of
// (invoices/index). Status is derived from the document's events by its
// owner; it is not a stored field.
type DocumentIndex struct {
	Number   string    `json:"number"`
	Kind     string    `json:"kind"`
	IssuedAt time.Time `json:"issued_at"`
	Buyer    struct {
		WaID string `json:"wa_id"`
	} `json:"buyer"`
	Status string `json:"-"`
}

// Keys are the document's index keys. The documents by time, and of one
// kind, are its status keys "<kind>/<status>" read whole or by the kind's
// values (ScanValues): every document has exactly one.
func (d DocumentIndex) Keys() [][]byte {
	return [][]byte{
		IndexKey(IndexCustomer, d.Buyer.WaID, d.IssuedAt, d.Number),
		IndexKey(IndexStatus, d.Kind+"/"+d.Status, d.IssuedAt, d.Number),
	}
}

// CustomerRecordKey is a customer's record in message_index/ (migration
// 12; customers/<key> before): its messages' prefix without the last 0, so
// the record sorts just before the customer's message keys and shares their
// page. It is no index key (it holds one 0, an index key two) and no prefix
// scan of the customer's messages meets it.
func CustomerRecordKey(key string) []byte {
	k := IndexPrefix(IndexCustomer, key)
	return k[:len(k)-1]
}

// IsCustomerRecord says whether k, a key of message_index/, is a
// customer's record (CustomerRecordKey) rather than another key of the
// customer's run or a seen key.
func IsCustomerRecord(k []byte) bool {
	_, kind, ok := CustomerRunOf(k)
	return ok && kind == RunRecord
}

// A customer's run (migration 13). Beside each customer's record,
// message_index/ holds every key of the box that is found by that
// customer, so that the commit handling a customer's message writes one
// leaf of one tree for all of them instead of a root-to-leaf path in each
// of conversations/, orders/index and invoices/index (issue 16). Every key
// of the run starts with CustomerRecordKey(customer); the byte after it
// says whose it is:
//
//	(none)              the customer's record [ingest]
//	0x00 <t> <wamid>    an inbound message (MessageKey: the IndexCustomer key) [ingest]
//	0x01                the conversation [pipeline]
//	0x02 <t> <order id> an order, t = created_at [pipeline]
//	0x03 <t> <number>   a document, t = issued_at [invoice]
//	0x04 <t> <wamid>    the order an inbound message was attached to (order id,
//	                    or "-" for none): its message key's with the kind
//	                    replaced (MessageOrderKey; migration 14) [pipeline]
//
// A customer key holds no byte below 0x20 (ingest refuses such a sender),
// so the first byte of a key's rest below 0x05 ends the customer. The
// order's and the document's run keys are their IndexCustomer keys (of
// OrderIndex.Keys, DocumentIndex.Keys) with the 0 after the customer
// replaced by the run's byte (RunKeyOf): their tail is the index's time and
// id, and Scan reads them as it reads any index.
const (
	RunMessage      byte = 0x00
	RunConversation byte = 0x01
	RunOrder        byte = 0x02
	RunDocument     byte = 0x03
	RunMessageOrder byte = 0x04
	// RunRecord is CustomerRunOf's kind of the record itself.
	RunRecord byte = 0xff
)

// CustomerRunKey is the start of the keys of kind in customer's run: the
// conversation's key itself (RunConversation), or the prefix of the
// customer's orders or documents, newest last (RunOrder, RunDocument).
func CustomerRunKey(customer string, kind byte) []byte {
	return append(CustomerRecordKey(customer), kind)
}

// RunKeyOf is k's key in its customer's run: k, an IndexCustomer index key
// (IndexKey(IndexCustomer, customer, t, id)), with the 0 that ends the
// customer replaced by kind. It is nil for any other key.
func RunKeyOf(k []byte, kind byte) []byte {
	name := len(IndexCustomer) + 1
	if !bytes.HasPrefix(k, []byte(IndexCustomer+"\x00")) {
		return nil
	}
	end := bytes.IndexByte(k[name:], 0)
	if end < 0 {
		return nil
	}
	out := bytes.Clone(k)
	out[name+end] = kind
	return out
}

// CustomerRunOf reads a key of message_index/: the customer whose run it
// belongs to and its kind (RunRecord for the record), or ok false for a
// key of no run (a seen key).
func CustomerRunOf(k []byte) (customer string, kind byte, ok bool) {
	rest, found := bytes.CutPrefix(k, []byte(IndexCustomer+"\x00"))
	if !found {
		return "", 0, false
	}
	for i, c := range rest {
		if c <= RunMessageOrder {
			return string(rest[:i]), c, true
		}
	}
	return string(rest), RunRecord, true
}

// PutIndexBesideCustomer is PutIndex for the keys of an index whose
// IndexCustomer keys live in their customer's run in message_index/
// (RunKeyOf with kind: an order's or a document's) and the rest in own.
func PutIndexBesideCustomer(tx *bolt.Tx, own *bolt.Bucket, kind byte, old, new [][]byte, value []byte) error {
	oldOwn, oldRun := splitRun(old, kind)
	newOwn, newRun := splitRun(new, kind)
	if err := PutIndex(own, oldOwn, newOwn, value); err != nil {
		return err
	}
	if len(oldRun)+len(newRun) == 0 {
		return nil
	}
	return PutIndex(tx.Bucket(BucketMsgIndex), oldRun, newRun, value)
}

// splitRun parts keys into the others and the IndexCustomer ones, given as
// their keys in the customer's run.
func splitRun(keys [][]byte, kind byte) (own, run [][]byte) {
	for _, k := range keys {
		if r := RunKeyOf(k, kind); r != nil {
			run = append(run, r)
		} else {
			own = append(own, k)
		}
	}
	return own, run
}

// MessageKey is an inbound message's key in message_index/.
func MessageKey(customer string, receivedAt time.Time, wamid string) []byte {
	return IndexKey(IndexCustomer, customer, receivedAt, wamid)
}

// MessageOrderKey is where the order of an inbound message with a key in
// its customer's run (MessageKey) is kept: beside that key, in the same
// leaf the commit attaching the message writes its record and message key
// in (migration 14; orders/bymsg/<wamid> before, a root-to-leaf path at a
// random place). A message with no key in a run keeps its order in
// orders/bymsg.
func MessageOrderKey(customer string, receivedAt time.Time, wamid string) []byte {
	k := MessageKey(customer, receivedAt, wamid)
	k[len(IndexCustomer)+1+len(customer)] = RunMessageOrder // the 0 that ends the customer
	return k
}

// CustomerKey is a customer's seen key in message_index/ (customer_index/
// before migration 12).
func CustomerKey(lastSeen time.Time, key string) []byte {
	return IndexKey(IndexSeen, "", lastSeen, key)
}

// FlaggedKey is a flagged conversation's key in conversation_index/.
func FlaggedKey(flaggedAt time.Time, customer string) []byte {
	return IndexKey(IndexFlagged, "", flaggedAt, customer)
}

// SentKey is a settled send's key in outbox/sent/.
func SentKey(customer string, sentAt time.Time, key string) []byte {
	return IndexKey(IndexCustomer, customer, sentAt, key)
}
