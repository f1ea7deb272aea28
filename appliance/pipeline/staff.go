package pipeline

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"

	"fatoora"
	"fatoora/appliance/invoice"
	"fatoora/appliance/store"

	bolt "go.etcd.io/bbolt"
)

// The staff API: everything the web UI needs to watch and steer the box.

// OrderFilter selects orders for listing.
type OrderFilter struct {
	// NeedsStaff keeps only orders waiting for a person.
	NeedsStaff bool
	// Customer keeps one customer's orders.
	Customer string
	// Limit caps the result (default 100), newest first.
	Limit int
}

// Orders lists orders, newest first.
func (p *Pipeline) Orders(f OrderFilter) ([]Order, error) {
	if f.Limit <= 0 {
		f.Limit = 100
	}
	var out []Order
	err := p.db.View(func(tx *bolt.Tx) error {
		c := ordersByID(tx).Cursor()
		for k, v := c.Last(); k != nil && len(out) < f.Limit; k, v = c.Prev() {
			var o Order
			if err := jsonUnmarshal(v, &o); err != nil {
				return fmt.Errorf("order %s: %w", k, err)
			}
			if f.NeedsStaff && !o.NeedsStaff {
				continue
			}
			if f.Customer != "" && o.Customer != f.Customer {
				continue
			}
			out = append(out, o)
		}
		return nil
	})
	return out, err
}

// Order returns one order.
func (p *Pipeline) Order(id string) (Order, error) {
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

// Conversations lists customers' conversation states, flagged first.
func (p *Pipeline) Conversations() ([]Conversation, error) {
	var out []Conversation
	err := p.db.View(func(tx *bolt.Tx) error {
		return tx.Bucket(store.BucketConvs).ForEach(func(k, v []byte) error {
			var c Conversation
			if err := jsonUnmarshal(v, &c); err != nil {
				return fmt.Errorf("conversation %s: %w", k, err)
			}
			out = append(out, c)
			return nil
		})
	})
	sort.SliceStable(out, func(i, j int) bool { return out[i].Flag && !out[j].Flag })
	return out, err
}

// ErrNotReviewable is returned by Approve for an order not waiting for staff.
var ErrNotReviewable = errors.New("order is not waiting for review")

// Approve lets an order that went to review proceed: the decision runs again
// with the confidence check waived (stock, colour and pricing still apply).
func (p *Pipeline) Approve(id, staff string) error {
	err := p.db.Update(func(tx *bolt.Tx) error {
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
		o.event(p.now(), StateUnderstood, "approved by "+staff)
		return saveOrder(tx, o)
	})
	if err != nil {
		return err
	}
	if _, err := p.decideAndCommit(id); err != nil {
		return err
	}
	p.outbox.Notify()
	return nil
}

// SetLines replaces an order's lines (staff correcting the understanding);
// the order waits for Approve.
func (p *Pipeline) SetLines(id, staff string, lines []Line) error {
	return p.db.Update(func(tx *bolt.Tx) error {
		o, err := loadOrder(tx, id)
		if err != nil {
			return err
		}
		if o.Document != "" {
			return fmt.Errorf("order %s already has invoice %s: void it instead", id, o.Document)
		}
		o.Lines = lines
		o.Decision, o.Reason = DecReview, "lines edited by "+staff
		o.NeedsStaff = true
		o.event(p.now(), o.State, "lines edited by "+staff)
		return saveOrder(tx, o)
	})
}

// Dismiss marks an order handled by staff without further automatic action.
func (p *Pipeline) Dismiss(id, staff, note string) error {
	return p.db.Update(func(tx *bolt.Tx) error {
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
func (p *Pipeline) TakeOver(customer, staff string) error {
	return p.updateConv(customer, func(c *Conversation) {
		c.PausedUntil = p.now().Add(p.opts.StaffTakeover)
		c.PausedBy = staff
	})
}

// Resume lets the bot answer the customer again and clears the flag.
func (p *Pipeline) Resume(customer string) error {
	return p.updateConv(customer, func(c *Conversation) {
		c.PausedUntil, c.PausedBy = time.Time{}, ""
		c.Flag, c.FlagReason = false, ""
	})
}

// StaffReply sends a text written by staff and pauses the bot in that
// conversation (a person is talking now).
func (p *Pipeline) StaffReply(customer, to, staff, text string) error {
	text = strings.TrimSpace(text)
	if text == "" {
		return errors.New("empty reply")
	}
	now := p.now()
	err := p.db.Update(func(tx *bolt.Tx) error {
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
			Key: fmt.Sprintf("staff-%s/%020d/text", customer, seq), To: to, Kind: SendText, Body: text, CreatedAt: now,
		})
	})
	if err == nil {
		p.outbox.Notify()
	}
	return err
}

func (p *Pipeline) updateConv(customer string, f func(*Conversation)) error {
	return p.db.Update(func(tx *bolt.Tx) error {
		c, err := loadConv(tx, customer)
		if err != nil {
			return err
		}
		f(c)
		return saveConv(tx, c)
	})
}

// ErrUnknownTier is returned by SetTier for a tier the shop has not configured.
var ErrUnknownTier = errors.New("unknown customer tier")

// SetTier puts a customer in a discount tier ("" for none); their next
// invoices are priced with it.
func (p *Pipeline) SetTier(customer, tier string) error {
	if _, ok := p.opts.Book.Config().Tiers[tier]; tier != "" && !ok {
		return fmt.Errorf("%w %q", ErrUnknownTier, tier)
	}
	return p.updateConv(customer, func(c *Conversation) { c.Tier = tier })
}

// MarkPaid records an invoice's payment (cash at the shop, an InstaPay
// transfer seen in the bank app…) and moves the customer to "paid".
func (p *Pipeline) MarkPaid(number, method, staff string) error {
	return p.db.Update(func(tx *bolt.Tx) error {
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
func (p *Pipeline) Void(number, reason, staff string) (string, error) {
	if strings.TrimSpace(reason) == "" {
		return "", invoice.ErrReasonRequired
	}
	var cn string
	err := p.db.Update(func(tx *bolt.Tx) error {
		d, err := p.opts.Book.Void(tx, number, strings.TrimSpace(reason)+" ("+staff+")", p.now())
		if err != nil {
			return err
		}
		cn = d.Number
		return nil
	})
	return cn, err
}
