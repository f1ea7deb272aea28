package pipeline

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"
	"time"

	"fatoora"
	"fatoora/appliance/ingest"
	"fatoora/appliance/store"
	"fatoora/appliance/understand"
	"fatoora/catalog"
	"fatoora/catalog/money"

	bolt "go.etcd.io/bbolt"
)

// State is where an order is in the pipeline.
type State string

// The states of an order, in order.
const (
	StateReceived   State = "received"         // a message is attached, not yet understood
	StateUnderstood State = "understood"       // lines known, no decision yet
	StateDecided    State = store.DecidedState // "decided": decision, documents and sends committed
	StateReplied    State = store.SettledState // "replied": every send of the current round accepted by WhatsApp
)

// Decision is what the box does with an understood order.
type Decision string

// Decisions.
const (
	DecInvoice      Decision = "invoice"      // issue an invoice and send it
	DecQuote        Decision = "quote"        // issue a quote (inquiry, or quote-first shops)
	DecAsk          Decision = "ask"          // one precise question (colour, product)
	DecAlternatives Decision = "alternatives" // offer in-stock alternatives
	DecReview       Decision = "review"       // staff must look (low confidence, unknown product, large invoice)
	DecComplaint    Decision = "complaint"    // acknowledge and alert staff
	DecGreeting     Decision = "greeting"     // short answer (or none)
	DecStaff        Decision = "staff"        // the bot stays silent: paused by staff, or backlog
	DecIgnore       Decision = "ignore"       // reactions and the like
)

// Line is one working line of an order.
type Line struct {
	SKU      string        `json:"sku,omitempty"`
	Name     string        `json:"name,omitempty"` // Arabic name from the catalog
	Unit     catalog.Unit  `json:"unit,omitempty"`
	Quantity catalog.Milli `json:"quantity"`
	Color    string        `json:"color,omitempty"`
	DimsCM   []int         `json:"dims_cm,omitempty"`
	Phrase   string        `json:"phrase,omitempty"`
	// Confidence is the understander's confidence in this line, 0..1.
	Confidence float64  `json:"confidence,omitempty"`
	Missing    []string `json:"missing,omitempty"`
	// Choices are other close products when the understander was unsure
	// which one the customer meant; the box asks before invoicing.
	Choices []string `json:"choices,omitempty"`
	// PickCounts are the counts the customer's words mean for a product
	// of the question about this line when it is the one picked, where
	// that is not Quantity: "6 كراسي سفرة" asked between the chairs and a
	// set of six is one set, "6 porcelain cups" read as the set is six
	// cups (understand.Candidate.Count).
	PickCounts map[string]catalog.Milli `json:"pick_counts,omitempty"`
	// Lacks are the customer's words the chosen product is not (a
	// material, a kind): the product is a substitute to offer, not invoice.
	Lacks []string `json:"lacks,omitempty"`
	// Unread: no product, yet the phrase holds words of the catalog's
	// products — something the shop may sell that the box failed to read.
	Unread bool `json:"unread,omitempty"`
	// Problem is set by the last decision: "unknown", "unavailable",
	// "short" (fewer in stock than asked), "color", "size", "which",
	// "substitute".
	Problem string `json:"problem,omitempty"`
}

// PickCount is how many of sku the line means once sku is the product
// picked (PickCounts, else the line's Quantity).
func (l Line) PickCount(sku string) catalog.Milli {
	if n, ok := l.PickCounts[sku]; ok {
		return n
	}
	return l.Quantity
}

// Option is one answer offered to the customer.
type Option struct {
	ID    string `json:"id"` // the reply id WhatsApp will echo back
	Title string `json:"title"`
	Value string `json:"value"` // a colour, an SKU, "confirm"
}

// Question is what the box asked and is waiting for.
type Question struct {
	Kind    string   `json:"kind"` // "color", "alternative", "confirm"
	Line    int      `json:"line"` // index into Lines
	Options []Option `json:"options,omitempty"`
}

// Send records one outbound message of the order. Sends are kept out of
// the order's own record: each is its outbox/whatsapp_done record (keyed
// by the order id), written by the commit that settles the send, so that
// settling a send does not rewrite the order; loadOrder puts them back in
// Order.Sends, in the order they were recorded.
type Send struct {
	Key   string    `json:"key"`
	Kind  string    `json:"kind"`
	WAMID string    `json:"wamid,omitempty"`
	At    time.Time `json:"at"`
	Error string    `json:"error,omitempty"`
}

// Event is one line of an order's history.
type Event struct {
	At    time.Time `json:"at"`
	State State     `json:"state"`
	Note  string    `json:"note,omitempty"`
}

// Order is the persisted state machine of one customer request.
type Order struct {
	ID           string    `json:"id"`
	Customer     string    `json:"customer"`
	To           string    `json:"to"` // the WhatsApp id replies go to
	CustomerName string    `json:"customer_name,omitempty"`
	CreatedAt    time.Time `json:"created_at"`
	UpdatedAt    time.Time `json:"updated_at"`
	State        State     `json:"state"`
	// Round counts decisions: an answer to a question starts a new round.
	Round    int      `json:"round"`
	Messages []string `json:"messages"`
	Text     string   `json:"text"`
	// LastMessageAt is when the customer sent the latest message (Meta's clock).
	LastMessageAt time.Time `json:"last_message_at"`

	Intent      understand.Intent `json:"intent,omitempty"`
	Confidence  float64           `json:"confidence"`
	Source      string            `json:"source,omitempty"`
	Unexplained []string          `json:"unexplained,omitempty"`
	Service     []string          `json:"service,omitempty"`
	// ShopAsked: the service questions ask only the shop's hours or place
	ShopAsked understand.ShopTopic `json:"shop_asked,omitempty"`
	// ShopBeyond: what the question about the shop asked of that the
	// settings may not cover — a place named, a season
	// (understand.Result.ShopBeyond): answered, and a person confirms.
	ShopBeyond []string `json:"shop_beyond,omitempty"`
	Notes      []string `json:"notes,omitempty"`
	Lines      []Line   `json:"lines,omitempty"`

	Decision Decision `json:"decision,omitempty"`
	// Rule names why the order stands where it does: the policy's rule
	// (the Rule constants) or the step's that set Decision; Reason says
	// it in English, with its particulars, for logs and the order's
	// history. The staff page words the rule in the reader's language.
	Rule     string    `json:"rule,omitempty"`
	Reason   string    `json:"reason,omitempty"`
	Question *Question `json:"question,omitempty"`
	// Answer is a typed answer to Question waiting to be understood.
	Answer string `json:"answer,omitempty"`
	// Confirmed: the customer confirmed the quote; the order is invoiced.
	Confirmed bool `json:"confirmed,omitempty"`
	// Document is the invoice number; Quote the quote number.
	Document string         `json:"document,omitempty"`
	Quote    string         `json:"quote,omitempty"`
	Total    money.Piasters `json:"total,omitempty"`
	// Resent is the number of an earlier document the customer asked for
	// again and this order sent again (RuleDocAgain).
	Resent string `json:"resent,omitempty"`

	NeedsStaff bool   `json:"needs_staff,omitempty"`
	StaffNote  string `json:"staff_note,omitempty"`
	// Sends are the order's settled sends, oldest first. Only those settled
	// before sends had records of their own are stored in the order
	// (storedSends of them); the rest come from outbox/whatsapp_done.
	Sends   []Send  `json:"sends,omitempty"`
	History []Event `json:"history,omitempty"`

	readMarked  bool     // a send of this decision already carries the read mark
	greet       bool     // this decision's reply opens the conversation: say hello
	english     bool     // this decision's replies are in English (Conversation.Lang)
	indexed     [][]byte // the index keys stored for this order (see saveOrder)
	stored      State    // the state of the stored record (loadOrder): decided for one replied since (store.SettledOrder)
	storedSends int      // how many of Sends the stored order holds itself
}

func (o *Order) indexFields() store.OrderIndex {
	return store.OrderIndex{ID: o.ID, Customer: o.Customer, CreatedAt: o.CreatedAt, State: string(o.State),
		Decision: string(o.Decision), NeedsStaff: o.NeedsStaff}
}

func (o *Order) event(now time.Time, s State, note string) {
	o.State = s
	o.UpdatedAt = now
	o.History = append(o.History, Event{At: now, State: s, Note: note})
}

func ordersByID(tx *bolt.Tx) *bolt.Bucket {
	return store.Bucket(tx, store.BucketOrders, store.BucketByID)
}
func ordersByMsg(tx *bolt.Tx) *bolt.Bucket {
	return store.Bucket(tx, store.BucketOrders, store.BucketByMsg)
}
func ordersIndex(tx *bolt.Tx) *bolt.Bucket {
	return store.Bucket(tx, store.BucketOrders, store.BucketOrderIndex)
}

// customerRuns is message_index/, where each customer's run holds its
// conversation and its orders' customer keys beside ingest's record of the
// customer (store.CustomerRunKey, migration 13).
func customerRuns(tx *bolt.Tx) *bolt.Bucket { return tx.Bucket(store.BucketMsgIndex) }

// ordersActive holds the state keys of the orders in flight (every state
// but replied: store.SettledState) and the decision key "" of those not
// decided yet; the rest of the orders' keys are in ordersIndex.
func ordersActive(tx *bolt.Tx) *bolt.Bucket {
	return store.Bucket(tx, store.BucketOrders, store.BucketOrderActive)
}

// ordersBoth are the trees of the orders' keys: their decision keys read
// together (store.ScanValuesIn, one per order) are the orders by time.
func ordersBoth(tx *bolt.Tx) []*bolt.Bucket {
	return []*bolt.Bucket{ordersIndex(tx), ordersActive(tx)}
}

func loadOrder(tx *bolt.Tx, id string) (*Order, error) {
	var o Order
	ok, err := store.GetJSON(ordersByID(tx), []byte(id), &o)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, fmt.Errorf("order %s: %w", id, fatoora.ErrNotFound)
	}
	if err := o.loadSends(tx); err != nil {
		return nil, err
	}
	o.stored = o.State
	if o.State == StateDecided && store.SettledOrder(tx, o.ID) {
		// Its last send was settled without rewriting it (recordSent):
		// replied then, at that send's time, as if rewritten.
		o.event(o.UpdatedAt, StateReplied, "")
	}
	o.indexed = o.indexFields().Keys()
	return &o, nil
}

// loadSends appends to o.Sends the order's settled sends recorded in
// outbox/whatsapp_done, after those the stored order holds itself, in the
// order they were settled (their time, then their key), and moves
// UpdatedAt to the latest of them, as when each send rewrote the order.
func (o *Order) loadSends(tx *bolt.Tx) error {
	o.storedSends = len(o.Sends)
	prefix := []byte(o.ID + "/")
	c := store.Bucket(tx, store.BucketOutbox, store.BucketWADone).Cursor()
	start := len(o.Sends)
	for k, v := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, v = c.Next() {
		if o.storedSends > 0 && slices.ContainsFunc(o.Sends[:o.storedSends], func(s Send) bool { return s.Key == string(k) }) {
			continue
		}
		var d doneRecord
		if err := json.Unmarshal(v, &d); err != nil {
			return fmt.Errorf("decode send %s: %w", k, err)
		}
		o.Sends = append(o.Sends, Send{Key: string(k), Kind: d.Kind, WAMID: d.WAMID, At: d.SentAt, Error: d.Failed})
	}
	added := o.Sends[start:]
	slices.SortStableFunc(added, func(a, b Send) int { return a.At.Compare(b.At) })
	if n := len(added); n > 0 && added[n-1].At.After(o.UpdatedAt) {
		o.UpdatedAt = added[n-1].At
	}
	return nil
}

// saveOrder writes the order and, in the same transaction, moves its index
// keys (orders/index, and orders/active for the state key of an order in
// flight) to match it.
func saveOrder(tx *bolt.Tx, o *Order) error {
	if o.indexed == nil { // not loaded by loadOrder: what is stored decides
		var old store.OrderIndex
		if found, err := store.GetJSON(ordersByID(tx), []byte(o.ID), &old); err != nil {
			return err
		} else if found {
			old.State = store.OrderStateOf(tx, o.ID, old.State)
			o.indexed = old.Keys()
		}
	}
	if err := indexOrder(tx, o); err != nil {
		return err
	}
	// The sends recorded in outbox/whatsapp_done stay there (loadSends).
	sends := o.Sends
	o.Sends = sends[:min(o.storedSends, len(sends))]
	err := store.PutJSON(ordersByID(tx), []byte(o.ID), o)
	o.Sends = sends
	o.stored = o.State
	return err
}

// indexOrder moves the order's index keys from o.indexed (what the trees
// hold) to what the order is now, touching only the difference.
func indexOrder(tx *bolt.Tx, o *Order) error {
	keys := o.indexFields().Keys()
	oldIndex, oldActive := store.SplitOrderKeys(o.indexed)
	newIndex, newActive := store.SplitOrderKeys(keys)
	// Its customer key is in the customer's run in message_index (migration 13).
	if err := store.PutIndexBesideCustomer(tx, ordersIndex(tx), store.RunOrder, oldIndex, newIndex, []byte(o.ID)); err != nil {
		return fmt.Errorf("index order %s: %w", o.ID, err)
	}
	if len(oldActive)+len(newActive) > 0 {
		if err := store.PutIndex(ordersActive(tx), oldActive, newActive, []byte(o.ID)); err != nil {
			return fmt.Errorf("index order %s in flight: %w", o.ID, err)
		}
	}
	o.indexed = keys
	return nil
}

// OrderOfMessage returns the id of the order an inbound message was attached
// to ("" if none; "-" for a message that needs no order, such as a
// reaction). The box's own replies are no longer indexed here (stores
// written before still hold some): nothing looked them up, and each cost
// its send's commit a page at a random place (issue 16); a reply's order is
// in its outbox key and its whatsapp_done record.
// It reads the message's record for where its customer's run keeps it;
// a message not stored, or one that cannot be read, is looked up in
// orders/bymsg alone.
func OrderOfMessage(tx *bolt.Tx, wamid string) string {
	m, ok, err := ingest.LoadMessage(tx, wamid)
	if err != nil || !ok {
		return string(ordersByMsg(tx).Get([]byte(wamid)))
	}
	return orderOfMessage(tx, m)
}

// orderOfMessage is OrderOfMessage for a message read: beside its key in
// its customer's run (store.MessageOrderKey, migration 14), else, for a
// message with no key in a run, in orders/bymsg.
func orderOfMessage(tx *bolt.Tx, m ingest.Message) string {
	if m.Customer != "" {
		if v := tx.Bucket(store.BucketMsgIndex).Get(store.MessageOrderKey(m.Customer, m.ReceivedAt, m.ID)); v != nil {
			return string(v)
		}
	}
	return string(ordersByMsg(tx).Get([]byte(m.ID)))
}

// putOrderOfMessage records the order m was attached to (noOrder for none)
// where orderOfMessage reads it: beside m's key in its customer's run when
// m has one (ingest.Heard wrote it, in this transaction or before), else in
// orders/bymsg.
func putOrderOfMessage(tx *bolt.Tx, m ingest.Message, order string) error {
	if m.Customer != "" {
		idx := tx.Bucket(store.BucketMsgIndex)
		if idx.Get(store.MessageKey(m.Customer, m.ReceivedAt, m.ID)) != nil {
			return idx.Put(store.MessageOrderKey(m.Customer, m.ReceivedAt, m.ID), []byte(order))
		}
	}
	return ordersByMsg(tx).Put([]byte(m.ID), []byte(order))
}

func newOrderID(tx *bolt.Tx) (string, error) {
	n, err := ordersByID(tx).NextSequence()
	if err != nil {
		return "", err
	}
	return fmt.Sprintf("O%06d", n), nil
}

// Conversation is the pipeline's view of one customer.
type Conversation struct {
	Customer string `json:"customer"`
	// PausedUntil: the bot stays silent until then (staff took over).
	PausedUntil time.Time `json:"paused_until,omitempty"`
	PausedBy    string    `json:"paused_by,omitempty"`
	// Flag asks staff to look; FlagReason says why.
	Flag       bool      `json:"flag,omitempty"`
	FlagReason string    `json:"flag_reason,omitempty"`
	FlaggedAt  time.Time `json:"flagged_at,omitempty"`
	// Tier is the customer's discount tier (set by staff), "" for none.
	Tier string `json:"tier,omitempty"`
	// Lifecycle: lead → quoted → invoiced → paid.
	Lifecycle string `json:"lifecycle,omitempty"`
	LastOrder string `json:"last_order,omitempty"`
	// Asking is the order whose question (a colour, a size, which product)
	// was still open when the customer wrote something that named no goods
	// ("عندكم توصيل؟", "تمام"): a later answer still reaches it, and a bare
	// "تمام" is answered with the question again (decide.go).
	Asking string `json:"asking,omitempty"`
	// Lang is the language the box answers in: "en" once the customer
	// writes English, "ar" once Arabic or Franco-Arabic (lang.go); ""
	// (Arabic) before either.
	Lang string `json:"lang,omitempty"`
	// GreetedAt is when the box last said hello: it greets once per
	// conversation (again only after a reply window of silence).
	GreetedAt time.Time `json:"greeted_at,omitempty"`
	// Notes are what staff wrote about the customer, oldest first (AddNote).
	Notes []Note `json:"notes,omitempty"`

	indexed [][]byte // the conversation_index keys stored (see saveConv)
	stored  bool     // read from conversations/ (not new): see saveConv
}

// hasDocument: the customer was sent an invoice or a quote.
func (c *Conversation) hasDocument() bool {
	switch c.Lifecycle {
	case LifecycleQuoted, LifecycleInvoiced, LifecyclePaid:
		return true
	}
	return false
}

func (c *Conversation) indexKeys() [][]byte {
	if !c.Flag {
		return nil
	}
	return [][]byte{store.FlaggedKey(c.FlaggedAt, c.Customer)}
}

// Lifecycle stages of a customer.
const (
	LifecycleLead     = "lead"
	LifecycleQuoted   = "quoted"
	LifecycleInvoiced = "invoiced"
	LifecyclePaid     = "paid"
)

var lifecycleRank = map[string]int{"": 0, LifecycleLead: 1, LifecycleQuoted: 2, LifecycleInvoiced: 3, LifecyclePaid: 4}

func (c *Conversation) advance(stage string) {
	if lifecycleRank[stage] > lifecycleRank[c.Lifecycle] {
		c.Lifecycle = stage
	}
}

func (c *Conversation) flag(now time.Time, reason string) {
	c.Flag = true
	c.FlagReason = reason
	c.FlaggedAt = now
}

func loadConv(tx *bolt.Tx, customer string) (*Conversation, error) {
	c := &Conversation{Customer: customer}
	found, err := store.GetJSON(customerRuns(tx), convKey(customer), c)
	if err != nil {
		return nil, err
	}
	c.indexed, c.stored = c.indexKeys(), found
	return c, nil
}

// saveConv writes the conversation, its conversation_index keys and the
// counters /healthz reads (conversations stored, waiting for staff).
func saveConv(tx *bolt.Tx, c *Conversation) error {
	keys := c.indexKeys()
	if err := store.PutIndex(tx.Bucket(store.BucketConvIndex), c.indexed, keys, []byte(c.Customer)); err != nil {
		return fmt.Errorf("index conversation %s: %w", c.Customer, err)
	}
	var added int64
	if !c.stored && customerRuns(tx).Get(convKey(c.Customer)) == nil {
		added = 1
	}
	if err := addConvCounts(tx, added, int64(len(keys)-len(c.indexed))); err != nil {
		return fmt.Errorf("count conversation %s: %w", c.Customer, err)
	}
	c.indexed, c.stored = keys, true
	return store.PutJSON(customerRuns(tx), convKey(c.Customer), c)
}

// convKey is a customer's conversation in message_index/, in the
// customer's run beside the record ingest keeps there (migration 13;
// conversations/<customer> before): the commit that hears a customer's
// message and answers it writes both in one leaf.
func convKey(customer string) []byte { return store.CustomerRunKey(customer, store.RunConversation) }

// addConvCounts moves the conversation counters by the deltas.
func addConvCounts(tx *bolt.Tx, customers, flagged int64) error {
	if customers == 0 && flagged == 0 {
		return nil
	}
	b := tx.Bucket(store.BucketConvCounts)
	for _, d := range []struct {
		key   []byte
		delta int64
	}{{store.KeyCountCustomers, customers}, {store.KeyCountFlagged, flagged}} {
		if d.delta == 0 {
			continue
		}
		n := int64(store.ParseU64(b.Get(d.key))) + d.delta
		if err := b.Put(d.key, store.U64(uint64(max(n, 0)))); err != nil {
			return err
		}
	}
	return nil
}

// supersedeQuote: once the customer changed a line after confirming, the
// invoice is issued afresh rather than converted from the older quote.
func (o *Order) supersedeQuote() {
	if o.Confirmed && o.Quote != "" {
		o.Notes = append(o.Notes, "quote "+o.Quote+" superseded by the customer's answers")
		o.Quote = ""
	}
}

// unknownPhrases are the lines that name nothing in the catalog.
func (o *Order) unknownPhrases() []string {
	var out []string
	for _, l := range o.Lines {
		if l.SKU == "" && l.Phrase != "" {
			out = append(out, l.Phrase)
		}
	}
	return out
}

// knownConfidence is how sure the understanding is of what will be
// invoiced: the overall confidence, except that lines naming nothing in the
// catalog (answered separately) do not drag the known lines down.
func (o *Order) knownConfidence() float64 { return KnownConfidence(o.Confidence, o.Lines) }

// KnownConfidence is an understanding's confidence in its known lines:
// overall, except that lines naming nothing in the catalog (answered
// separately) do not drag the known lines down.
func KnownConfidence(overall float64, lines []Line) float64 {
	unknown := false
	for _, l := range lines {
		if l.SKU == "" && l.Phrase != "" {
			unknown = true
		}
	}
	if !unknown {
		return overall
	}
	c := 1.0
	for _, l := range lines {
		if l.SKU != "" {
			c = min(c, l.Confidence)
		}
	}
	return c
}
