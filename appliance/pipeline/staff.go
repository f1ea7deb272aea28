package pipeline

import (
	"bytes"
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"

	"fatoora"
	"fatoora/appliance/ingest"
	"fatoora/appliance/invoice"
	"fatoora/appliance/store"

	bolt "go.etcd.io/bbolt"
)

// The staff API: everything the web UI needs to watch and steer the box.
// Every method opens its own transaction (the UI never holds one), takes
// the request's context first, and wraps fatoora.ErrNotFound for what does
// not exist. Lists are newest first, one page at a time, read through the
// indexes of package store (never a whole bucket): pass a page's Next as
// the following call's Page.After.

// Page selects one page of a list: a time range, a cursor and a size.
type Page = store.Page

// OrderFilter selects orders; zero fields match everything. The time range
// of Page bounds when the order was created.
type OrderFilter struct {
	// NeedsStaff keeps only orders waiting for a person (the review queue).
	NeedsStaff bool
	// Customer keeps one customer's orders.
	Customer string
	State    State
	Decision Decision
	Page
}

// OrderPage is one page of orders.
type OrderPage struct {
	Orders []Order
	Next   string // Page.After of the next page; "" after the last
}

// Orders lists orders, newest first. The most selective filter picks the
// index (customer, then needs-staff, decision, a state in flight, else
// every decision key merged: the orders by time, of which the replied ones
// when that is the state asked for); the others are checked on the orders
// that index yields.
func (p *Pipeline) Orders(ctx context.Context, f OrderFilter) (OrderPage, error) {
	var prefix []byte // nil: every order
	tree := ordersIndex
	switch {
	case f.Customer != "": // in the customer's run (migration 13)
		prefix = store.CustomerRunKey(f.Customer, store.RunOrder)
		tree = customerRuns
	case f.NeedsStaff:
		prefix = store.IndexPrefix(store.IndexStaff, "")
	case f.Decision != "":
		prefix = store.IndexPrefix(store.IndexDecision, string(f.Decision))
	case f.State != "" && f.State != StateReplied: // a settled order has no state key
		prefix = store.IndexPrefix(store.IndexState, string(f.State))
		tree = ordersActive
	}
	var out OrderPage
	err := p.db.View(func(tx *bolt.Tx) error {
		scan := func(fn func(_, v []byte) (bool, error)) (string, error) {
			if prefix == nil {
				return store.ScanValuesIn(ctx, ordersBoth(tx), store.IndexDecision, "", f.Page, fn)
			}
			return store.Scan(ctx, tree(tx), prefix, f.Page, fn)
		}
		var err error
		out.Next, err = scan(func(_, v []byte) (bool, error) {
			o, err := loadOrder(tx, string(v))
			if err != nil {
				return false, err
			}
			if (f.NeedsStaff && !o.NeedsStaff) || (f.Customer != "" && o.Customer != f.Customer) ||
				(f.State != "" && o.State != f.State) || (f.Decision != "" && o.Decision != f.Decision) {
				return false, nil
			}
			out.Orders = append(out.Orders, *o)
			return true, nil
		})
		return err
	})
	if err != nil {
		return OrderPage{}, fmt.Errorf("list orders: %w", err)
	}
	return out, nil
}

// Order returns one order.
func (p *Pipeline) Order(ctx context.Context, id string) (Order, error) {
	if err := ctx.Err(); err != nil {
		return Order{}, err
	}
	var o *Order
	err := p.db.View(func(tx *bolt.Tx) error {
		var err error
		o, err = loadOrder(tx, id)
		return err
	})
	if err != nil {
		return Order{}, err
	}
	return *o, nil
}

// ConversationFilter selects conversations. Without Flagged they come in
// the order the box last heard from the customer (Page bounds that time);
// with Flagged only those waiting for staff, newest flag first (Page bounds
// when they were flagged).
type ConversationFilter struct {
	Flagged bool
	Page
}

// ConversationPage is one page of conversations.
type ConversationPage struct {
	Conversations []Conversation
	Next          string
}

// Conversations lists customers' conversation states.
func (p *Pipeline) Conversations(ctx context.Context, f ConversationFilter) (ConversationPage, error) {
	var out ConversationPage
	err := p.db.View(func(tx *bolt.Tx) error {
		if f.Flagged {
			var err error
			out.Next, err = store.Scan(ctx, tx.Bucket(store.BucketConvIndex), store.IndexPrefix(store.IndexFlagged, ""), f.Page,
				func(_, v []byte) (bool, error) {
					c, err := loadConv(tx, string(v))
					if err != nil {
						return false, err
					}
					out.Conversations = append(out.Conversations, *c)
					return true, nil
				})
			return err
		}
		cs, next, err := ingest.Customers(ctx, tx, f.Page)
		if err != nil {
			return err
		}
		for _, cu := range cs {
			c, err := loadConv(tx, cu.Key)
			if err != nil {
				return err
			}
			out.Conversations = append(out.Conversations, *c)
		}
		out.Next = next
		return nil
	})
	if err != nil {
		return ConversationPage{}, fmt.Errorf("list conversations: %w", err)
	}
	return out, nil
}

// Conversation returns one customer's conversation state. A customer the
// box never heard from and staff never touched is not found.
func (p *Pipeline) Conversation(ctx context.Context, customer string) (Conversation, error) {
	if err := ctx.Err(); err != nil {
		return Conversation{}, err
	}
	var c *Conversation
	err := p.db.View(func(tx *bolt.Tx) error {
		_, heard, err := ingest.LoadCustomer(tx, customer)
		if err != nil {
			return err
		}
		if !heard && customerRuns(tx).Get(convKey(customer)) == nil {
			return fmt.Errorf("conversation %s: %w", customer, fatoora.ErrNotFound)
		}
		c, err = loadConv(tx, customer)
		return err
	})
	if err != nil {
		return Conversation{}, err
	}
	return *c, nil
}

// ConversationCounts are the numbers /healthz shows.
type ConversationCounts struct {
	Customers int // conversations the box keeps
	Flagged   int // waiting for staff
}

// CountConversations returns the conversations stored and those waiting for
// staff, from counters kept in the same transactions as the conversations
// (conversation_counts): two reads, whatever the history.
func (p *Pipeline) CountConversations(ctx context.Context) (ConversationCounts, error) {
	var n ConversationCounts
	err := p.db.View(func(tx *bolt.Tx) error {
		b := tx.Bucket(store.BucketConvCounts)
		n.Customers = int(store.ParseU64(b.Get(store.KeyCountCustomers)))
		n.Flagged = int(store.ParseU64(b.Get(store.KeyCountFlagged)))
		return ctx.Err()
	})
	return n, err
}

// CustomerView is a customer as the staff see them: who they are (package
// ingest) and the shop's conversation with them (tier, lifecycle, flag).
type CustomerView struct {
	Customer     ingest.Customer
	Conversation Conversation
}

// CustomerPage is one page of customers.
type CustomerPage struct {
	Customers []CustomerView
	Next      string
}

// Customers lists customers, the most recently heard from first (Page
// bounds when they were last heard from).
func (p *Pipeline) Customers(ctx context.Context, pg Page) (CustomerPage, error) {
	var out CustomerPage
	err := p.db.View(func(tx *bolt.Tx) error {
		cs, next, err := ingest.Customers(ctx, tx, pg)
		if err != nil {
			return err
		}
		for _, cu := range cs {
			c, err := loadConv(tx, cu.Key)
			if err != nil {
				return err
			}
			out.Customers = append(out.Customers, CustomerView{Customer: cu, Conversation: *c})
		}
		out.Next = next
		return nil
	})
	if err != nil {
		return CustomerPage{}, fmt.Errorf("list customers: %w", err)
	}
	return out, nil
}

// Customer returns one customer.
func (p *Pipeline) Customer(ctx context.Context, key string) (CustomerView, error) {
	if err := ctx.Err(); err != nil {
		return CustomerView{}, err
	}
	var v CustomerView
	err := p.db.View(func(tx *bolt.Tx) error {
		cu, ok, err := ingest.LoadCustomer(tx, key)
		if err != nil {
			return err
		}
		if !ok {
			return fmt.Errorf("customer %s: %w", key, fatoora.ErrNotFound)
		}
		if cu.Key == "" {
			cu.Key = key
		}
		c, err := loadConv(tx, key)
		if err != nil {
			return err
		}
		v = CustomerView{Customer: cu, Conversation: *c}
		return nil
	})
	return v, err
}

// Directions of a thread message.
const (
	Inbound  = "in"
	Outbound = "out"
)

// ThreadMessage is one message of a customer's conversation, either way.
type ThreadMessage struct {
	Direction string    // Inbound or Outbound
	At        time.Time // when the box received it, or when WhatsApp accepted the send
	// ID is the wamid of an inbound message, the outbox key of a send.
	ID    string
	WAMID string
	// Kind is the message type (text, image, interactive…) or the send kind
	// (text, document, buttons, list).
	Kind    string
	Text    string // the customer's text, or the body the box sent
	Doc     string // the document number a send carried
	OrderID string
	// Status is a send's delivery status as Meta reported it (sent,
	// delivered, read, failed; "" before the first report); Error says why
	// a send failed (refused by the Graph API or reported failed).
	Status string
	Error  string
	// In is the stored inbound message (nil for a send).
	In *ingest.Message
}

// MessagePage is one page of a thread.
type MessagePage struct {
	Messages []ThreadMessage
	Next     string
}

// Messages returns one page of a customer's thread, messages in and out
// merged, newest first, with each send's delivery status. Sends recorded
// before the sent log existed (stores migrated to schema 2) have no body.
func (p *Pipeline) Messages(ctx context.Context, customer string, pg Page) (MessagePage, error) {
	type item struct {
		tail []byte
		m    ThreadMessage
	}
	var items []item
	var more bool
	err := p.db.View(func(tx *bolt.Tx) error {
		in, nextIn, err := ingest.CustomerMessages(ctx, tx, customer, pg)
		if err != nil {
			return err
		}
		for i := range in {
			m := in[i]
			items = append(items, item{store.TimeID(m.ReceivedAt, m.ID), ThreadMessage{
				Direction: Inbound, At: m.ReceivedAt, ID: m.ID, WAMID: m.ID, Kind: m.Type, Text: m.Text,
				OrderID: orderOfMessage(tx, m), In: &m,
			}})
		}
		sentB := store.Bucket(tx, store.BucketOutbox, store.BucketSent)
		nextOut, err := store.Scan(ctx, sentB, store.IndexPrefix(store.IndexCustomer, customer), pg, func(_, v []byte) (bool, error) {
			r, err := sentRecord(tx, v)
			if err != nil {
				return false, err
			}
			m := ThreadMessage{Direction: Outbound, At: r.SentAt, ID: r.Key, WAMID: r.WAMID, Kind: r.Kind, Text: r.Body,
				Doc: r.Doc, OrderID: r.OrderID, Error: r.Failed}
			if r.WAMID != "" {
				st, ok, err := ingest.LoadStatus(tx, r.WAMID)
				if err != nil {
					return false, err
				}
				if ok {
					m.Status = st.Status
					if st.Status == "failed" && len(st.Errors) > 0 {
						m.Error = st.Errors[0].Title
					}
				}
			}
			items = append(items, item{store.TimeID(r.SentAt, r.Key), m})
			return true, nil
		})
		more = nextIn != "" || nextOut != ""
		return err
	})
	if err != nil {
		return MessagePage{}, fmt.Errorf("list messages of %s: %w", customer, err)
	}
	sort.SliceStable(items, func(i, j int) bool { return bytes.Compare(items[i].tail, items[j].tail) > 0 })
	var out MessagePage
	size := pg.Size()
	if len(items) > size {
		items, more = items[:size], true
	}
	for _, it := range items {
		out.Messages = append(out.Messages, it.m)
	}
	if more && len(items) > 0 {
		out.Next = hex.EncodeToString(items[len(items)-1].tail)
	}
	return out, nil
}

// DocumentFilter selects invoices, quotes and credit notes; zero fields
// match everything. Page's time range bounds the issue time.
type DocumentFilter struct {
	Kind     invoice.Kind
	Status   invoice.Status // issued, paid, voided, converted
	Customer string         // the buyer's WhatsApp id
	OrderID  string
	// Number searches by number: a number's beginning ("INV-CAI1-0001"), or
	// its sequence alone in any series ("123" finds INV-…-000123,
	// QUO-…-000123 and CN-…-000123). One page, no cursor.
	Number string
	Page
}

// DocumentPage is one page of documents.
type DocumentPage struct {
	Documents []invoice.Document
	Next      string
}

// Documents lists documents with their events, newest first.
func (p *Pipeline) Documents(ctx context.Context, f DocumentFilter) (DocumentPage, error) {
	lf := invoice.ListFilter{Kind: f.Kind, Status: f.Status, WaID: f.Customer, OrderID: f.OrderID,
		From: f.From, To: f.To, After: f.After, Limit: f.Limit, Number: strings.TrimSpace(f.Number)}
	var out DocumentPage
	err := p.db.View(func(tx *bolt.Tx) error {
		if lf.Number != "" {
			for _, n := range p.opts.Book.Numbers(lf.Number) {
				d, ok, err := invoice.Get(tx, n)
				if err != nil {
					return err
				}
				if ok && (f.Kind == "" || d.Kind == f.Kind) && (f.Customer == "" || d.Buyer.WaID == f.Customer) {
					out.Documents = append(out.Documents, *d)
				}
			}
			if len(out.Documents) > 0 {
				return nil
			}
		}
		var err error
		out.Documents, out.Next, err = invoice.Find(ctx, tx, lf)
		return err
	})
	if err != nil {
		return DocumentPage{}, fmt.Errorf("list documents: %w", err)
	}
	return out, nil
}

// Document returns one document with its events.
func (p *Pipeline) Document(ctx context.Context, number string) (invoice.Document, error) {
	if err := ctx.Err(); err != nil {
		return invoice.Document{}, err
	}
	var d *invoice.Document
	err := p.db.View(func(tx *bolt.Tx) error {
		var ok bool
		var err error
		d, ok, err = invoice.Get(tx, number)
		if err == nil && !ok {
			err = fmt.Errorf("document %s: %w", number, fatoora.ErrNotFound)
		}
		return err
	})
	if err != nil {
		return invoice.Document{}, err
	}
	return *d, nil
}

// DocumentPDF renders a document's PDF (from the cache when it is whole).
func (p *Pipeline) DocumentPDF(ctx context.Context, number string) ([]byte, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return p.documentPDF(number, true, nil)
}

// ErrNotReviewable is returned by Approve for an order not waiting for staff.
var ErrNotReviewable = errors.New("order is not waiting for review")

// Approve lets an order that went to review proceed: the decision runs again
// with the confidence check waived (stock, colour and pricing still apply).
func (p *Pipeline) Approve(ctx context.Context, id, staff string) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	err := p.staffUpdate(ctx, func(tx *bolt.Tx) error {
		o, err := loadOrder(tx, id)
		if err != nil {
			return err
		}
		if o.Decision != DecReview || o.Document != "" {
			return fmt.Errorf("approve %s: %w", id, ErrNotReviewable)
		}
		o.NeedsStaff, o.StaffNote = false, ""
		o.Round++
		o.Confidence = 1 // a person vouched for the lines
		for i := range o.Lines {
			o.Lines[i].Missing = slices.DeleteFunc(o.Lines[i].Missing, func(m string) bool { return m == "count" })
		}
		o.event(p.now(), StateUnderstood, "approved by "+staff)
		return saveOrder(tx, o)
	})
	if err != nil {
		return err
	}
	if _, err := p.decideAndCommit(id, nil); err != nil {
		return err
	}
	p.outbox.Notify()
	return nil
}

// SetLines replaces an order's lines (staff correcting the understanding);
// the order waits for Approve.
func (p *Pipeline) SetLines(ctx context.Context, id, staff string, lines []Line) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	return p.staffUpdate(ctx, func(tx *bolt.Tx) error {
		o, err := loadOrder(tx, id)
		if err != nil {
			return err
		}
		if o.Document != "" {
			return fmt.Errorf("order %s already has invoice %s: void it instead", id, o.Document)
		}
		o.Lines = lines
		o.Decision, o.Rule, o.Reason = DecReview, RuleEdited, "lines edited by "+staff
		o.NeedsStaff = true
		o.event(p.now(), o.State, "lines edited by "+staff)
		return saveOrder(tx, o)
	})
}

// Dismiss marks an order handled by staff without further automatic action.
func (p *Pipeline) Dismiss(ctx context.Context, id, staff, note string) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	return p.staffUpdate(ctx, func(tx *bolt.Tx) error {
		o, err := loadOrder(tx, id)
		if err != nil {
			return err
		}
		o.NeedsStaff, o.StaffNote = false, ""
		o.event(p.now(), o.State, strings.TrimSpace("handled by "+staff+": "+note))
		return saveOrder(tx, o)
	})
}

// TakeOver pauses the bot in a customer's conversation for the takeover
// period (Options.StaffTakeover).
func (p *Pipeline) TakeOver(ctx context.Context, customer, staff string) error {
	return p.updateConv(ctx, customer, func(c *Conversation) {
		c.PausedUntil = p.now().Add(p.opts.StaffTakeover)
		c.PausedBy = staff
	})
}

// Resume lets the bot answer the customer again and clears the flag.
func (p *Pipeline) Resume(ctx context.Context, customer string) error {
	return p.updateConv(ctx, customer, func(c *Conversation) {
		c.PausedUntil, c.PausedBy = time.Time{}, ""
		c.Flag, c.FlagReason = false, ""
	})
}

// StaffReply sends a text written by staff and pauses the bot in that
// conversation (a person is talking now).
func (p *Pipeline) StaffReply(ctx context.Context, customer, to, staff, text string) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	text = strings.TrimSpace(text)
	if text == "" {
		return errors.New("empty reply")
	}
	now := p.now()
	err := p.staffUpdate(ctx, func(tx *bolt.Tx) error {
		c, err := loadConv(tx, customer)
		if err != nil {
			return err
		}
		c.PausedUntil, c.PausedBy = now.Add(p.opts.StaffTakeover), staff
		if err := saveConv(tx, c); err != nil {
			return err
		}
		out := store.Bucket(tx, store.BucketOutbox, store.BucketWhatsApp)
		seq, err := out.NextSequence()
		if err != nil {
			return err
		}
		return enqueueSend(tx, OutMessage{
			Key: fmt.Sprintf("%s%s/%020d/text", store.StaffSendPrefix, customer, seq), To: to, Kind: SendText, Body: text, CreatedAt: now,
		})
	})
	if err == nil {
		p.outbox.Notify()
	}
	return err
}

func (p *Pipeline) updateConv(ctx context.Context, customer string, f func(*Conversation)) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	return p.staffUpdate(ctx, func(tx *bolt.Tx) error {
		c, err := loadConv(tx, customer)
		if err != nil {
			return err
		}
		f(c)
		return saveConv(tx, c)
	})
}

// A customer's tier (a discount of the invoice book's Config.Tiers) is
// owned here, on the conversation: staff set it, and the decision prices
// the customer's next invoices and quotes with it.

// Tier returns the customer's discount tier ("" for none).
func (p *Pipeline) Tier(ctx context.Context, customer string) (string, error) {
	c, err := p.Conversation(ctx, customer)
	return c.Tier, err
}

// SetTier puts a customer in a discount tier ("" for none); their next
// invoices are priced with it. A tier the shop has not configured is
// refused with invoice.ErrUnknownTier.
func (p *Pipeline) SetTier(ctx context.Context, customer, tier string) error {
	if _, ok := p.opts.Book.Config().Tiers[tier]; tier != "" && !ok {
		return fmt.Errorf("%w %q", invoice.ErrUnknownTier, tier)
	}
	return p.updateConv(ctx, customer, func(c *Conversation) { c.Tier = tier })
}

// MarkPaid records an invoice's payment (cash at the shop, an InstaPay
// transfer seen in the bank app…) and moves the customer to "paid".
func (p *Pipeline) MarkPaid(ctx context.Context, number, method, staff string) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	return p.staffUpdate(ctx, func(tx *bolt.Tx) error {
		d, ok, err := invoice.Get(tx, number)
		if err != nil {
			return err
		}
		if !ok {
			return fmt.Errorf("invoice %s: %w", number, fatoora.ErrNotFound)
		}
		if err := p.opts.Book.MarkPaid(tx, number, method, p.now()); err != nil {
			return err
		}
		c, err := loadConv(tx, d.Buyer.WaID)
		if err != nil {
			return err
		}
		c.advance(LifecyclePaid)
		return saveConv(tx, c)
	})
}

// Void cancels an issued invoice with a credit note that references it
// (the invoice itself is never edited): its stock is released and the
// credit note goes to head office like the invoice did. It returns the
// credit note's number.
func (p *Pipeline) Void(ctx context.Context, number, reason, staff string) (string, error) {
	if err := ctx.Err(); err != nil {
		return "", err
	}
	if strings.TrimSpace(reason) == "" {
		return "", invoice.ErrReasonRequired
	}
	var cn string
	err := p.staffUpdate(ctx, func(tx *bolt.Tx) error {
		d, err := p.opts.Book.Void(tx, number, strings.TrimSpace(reason)+" ("+staff+")", p.now())
		if err != nil {
			return err
		}
		cn = d.Number
		return nil
	})
	return cn, err
}
