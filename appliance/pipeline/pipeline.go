package pipeline

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"slices"
	"strings"
	"syscall"
	"time"

	"fatoora/appliance/ingest"
	"fatoora/appliance/invoice"
	"fatoora/appliance/queue"
	"fatoora/appliance/store"
	"fatoora/appliance/understand"
	"fatoora/catalog"

	bolt "go.etcd.io/bbolt"
)

// Catalog is what the pipeline needs from the shop's catalog: current rows
// with stock as of a transaction, in-stock alternatives, colour words.
type Catalog interface {
	Product(tx *bolt.Tx, sku string) (catalog.Product, bool, error)
	Alternatives(tx *bolt.Tx, p catalog.Product, qty catalog.Milli, n int) ([]catalog.Product, error)
	ResolveColor(p *catalog.Product, word string) (string, bool)
}

// Options configure a Pipeline.
type Options struct {
	DB           *store.DB
	Understander understand.Understander
	Catalog      Catalog
	Book         *invoice.Book
	// Render makes a document's PDF, written into buf's storage (from its
	// start) when it is large enough; buf may be nil. The outbox renders
	// each document it sends into a buffer it reuses once the upload has
	// copied the document.
	Render func(doc *invoice.Document, buf []byte) ([]byte, error)
	Sender Sender
	// DocsDir caches rendered PDFs (<number>.pdf). Required.
	DocsDir string

	// AutoIssueThreshold: below this understanding confidence an order goes
	// to staff review instead of being invoiced (default 0.6).
	AutoIssueThreshold float64
	// QuoteFirst sends a quote with a confirm button instead of invoicing
	// at once.
	QuoteFirst bool
	// SilentGreetings: no reply to greetings, thanks and other chit-chat.
	SilentGreetings bool
	// StaffTakeover is how long the bot stays silent in a conversation after
	// staff write in it (default 30 min).
	StaffTakeover time.Duration
	// ReplyWindow: messages older than this are not answered automatically
	// (default 24 h, WhatsApp's customer-service window).
	ReplyWindow time.Duration
	// ShopName signs the replies.
	ShopName string
	// Shop are the facts the box tells a customer who asks the shop's
	// hours or where it is (RuleShopInfo); a question about one it lacks
	// goes to staff.
	Shop ShopFacts
	// PayHint is the line the invoice summary ends with to say how to pay
	// ("" when the invoice carries no payment QR).
	PayHint string
	// SendConcurrency is how many recipients the outbox serves at once (default 32).
	SendConcurrency int
	// MinBackoff and MaxBackoff bound retries of failed sends (1s, 10 min).
	MinBackoff, MaxBackoff time.Duration
	// ResendAfter bounds the wait before a send whose outcome is unknown (a
	// crash between the send and its record, a timeout, an unreadable
	// answer) goes out again: it is repeated only if no status webhook
	// carrying its key arrived in that time (default 1 min).
	ResendAfter time.Duration
	// StatusPoll is how often such a send looks for its status while it
	// waits (default 1 s, at most ResendAfter).
	StatusPoll time.Duration
	// AuthCheckEvery is how often the token is checked while sending is
	// paused by an authentication error (default 20 s).
	AuthCheckEvery time.Duration
	// OnSent is called after each send is committed (for metrics and logs).
	OnSent func(m OutMessage, wamid string)
	// Observer, when set, is told of decisions, send outcomes and the
	// understanding and rendering latencies (the box's metrics).
	Observer Observer
	Now      func() time.Time
	Logger   *slog.Logger
}

// Validate checks required options and fills defaults.
func (o *Options) Validate() error {
	var errs []error
	if o.DB == nil {
		errs = append(errs, errors.New("pipeline: DB is required"))
	}
	if o.Understander == nil {
		errs = append(errs, errors.New("pipeline: Understander is required"))
	}
	if o.Catalog == nil {
		errs = append(errs, errors.New("pipeline: Catalog is required"))
	}
	if o.Book == nil {
		errs = append(errs, errors.New("pipeline: Book is required"))
	}
	if o.Render == nil {
		errs = append(errs, errors.New("pipeline: Render is required"))
	}
	if o.Sender == nil {
		errs = append(errs, errors.New("pipeline: Sender is required"))
	}
	if o.DocsDir == "" {
		errs = append(errs, errors.New("pipeline: DocsDir is required"))
	}
	if o.AutoIssueThreshold == 0 {
		o.AutoIssueThreshold = DefaultAutoIssueThreshold
	}
	if o.AutoIssueThreshold < 0 || o.AutoIssueThreshold > 1 {
		errs = append(errs, fmt.Errorf("pipeline: AutoIssueThreshold %v is not within 0..1", o.AutoIssueThreshold))
	}
	if o.StaffTakeover == 0 {
		o.StaffTakeover = 30 * time.Minute
	}
	if o.ReplyWindow == 0 {
		o.ReplyWindow = 24 * time.Hour
	}
	if o.SendConcurrency <= 0 {
		o.SendConcurrency = 32
	}
	if o.MinBackoff <= 0 {
		o.MinBackoff = time.Second
	}
	if o.MaxBackoff < o.MinBackoff {
		o.MaxBackoff = max(10*time.Minute, o.MinBackoff)
	}
	if o.ResendAfter <= 0 {
		o.ResendAfter = time.Minute
		// The fault suite shortens the wait for a box it runs as a child.
		if d, err := time.ParseDuration(os.Getenv("FATOORA_RESEND_AFTER")); err == nil && d > 0 {
			o.ResendAfter = d
		}
	}
	if o.StatusPoll <= 0 {
		o.StatusPoll = time.Second
	}
	o.StatusPoll = min(o.StatusPoll, o.ResendAfter)
	if o.AuthCheckEvery <= 0 {
		o.AuthCheckEvery = 20 * time.Second
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.Observer == nil {
		o.Observer = nobody{}
	}
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
	return errors.Join(errs...)
}

// Pipeline answers customers.
type Pipeline struct {
	opts   Options
	db     *store.DB
	log    *slog.Logger
	outbox *Outbox
	crash  string // failpoint name, from FATOORA_FAILPOINT
}

// New builds a pipeline. Its Part (part.go) attaches it to the box:
// HandleMessage for queue.KindUnderstand and the outbox service.
func New(opts Options) (*Pipeline, error) {
	if err := opts.Validate(); err != nil {
		return nil, err
	}
	p := &Pipeline{opts: opts, db: opts.DB, log: opts.Logger.With("component", "pipeline"), crash: os.Getenv("FATOORA_FAILPOINT")}
	p.outbox = newOutbox(p)
	return p, nil
}

// Outbox is the WhatsApp send worker.
func (p *Pipeline) Outbox() *Outbox { return p.outbox }

func (p *Pipeline) now() time.Time { return p.opts.Now() }

// failpoint kills the process at a named point when FATOORA_FAILPOINT names
// it: the crash tests use it to stop the box between every pair of steps.
func (p *Pipeline) failpoint(name string) {
	if p.crash != "" && p.crash == name {
		p.log.Warn("failpoint reached: killing the process", "failpoint", name)
		_ = syscall.Kill(os.Getpid(), syscall.SIGKILL)
		select {} // never continue past a failpoint
	}
}

// HandleMessage is the queue handler for queue.KindUnderstand: it moves the
// message's order through the states until it is decided. Safe to run again
// for the same message at any point.
func (p *Pipeline) HandleMessage(ctx context.Context, it queue.Item) (err error) {
	if at := queue.CommittedAt(p.db.Bolt(), it.Seq); it.Attempts == 0 && it.NotBefore.IsZero() && !at.IsZero() {
		p.opts.Observer.Stage(StageQueue, time.Since(at))
	}
	// A fresh message is understood before the transaction that attaches
	// it (understanding has no side effects), so a new order commits
	// already understood: one commit less per order. Answers to the box's
	// questions take the longer road through attach.
	var msg ingest.Message
	var seen bool
	err = p.db.View(func(tx *bolt.Tx) error {
		m, ok, err := ingest.LoadMessage(tx, it.Ref)
		if err != nil {
			return err
		}
		if !ok {
			return queue.Permanent(fmt.Errorf("message %s is not stored", it.Ref))
		}
		msg, seen = m, orderOfMessage(tx, m) != ""
		return nil
	})
	if err != nil {
		return err
	}
	// The customer and the message's index entries (ingest.Heard) are
	// written in the commit that attaches the message. When that commit
	// does not happen — understanding or attaching fails, or panics — they
	// are written on their own, so staff see who wrote while the item
	// waits for its retry or is parked.
	heard := false
	defer func() {
		if heard || ctx.Err() != nil {
			return
		}
		// Recorded by an earlier attempt: no commit for nothing on each
		// retry. (A read that fails leaves heard false; the commit below
		// then reports the store's error.)
		_ = p.db.View(func(tx *bolt.Tx) error { heard = ingest.IsHeard(tx, msg); return nil })
		if heard {
			return
		}
		if herr := p.db.Batch(func(tx *bolt.Tx) error { return ingest.Heard(tx, msg) }); herr != nil {
			err = errors.Join(err, fmt.Errorf("record the sender of %s: %w", msg.ID, herr))
		}
	}()
	var pre *understand.Result
	if _, _, _, answer := parseReplyID(msg.ReplyID); !seen && !answer && msg.Type != "reaction" && strings.TrimSpace(msg.Text) != "" {
		res, err := p.understandText(ctx, msg.Text)
		if err != nil {
			return fmt.Errorf("understand %s: %w", msg.ID, err)
		}
		pre = &res
	}
	// An order that attach leaves understood is decided in the same
	// transaction, which also completes the queue item: one commit for
	// received, understood, decided and done, where there were three
	// (attach, decide, the queue's removal of the item; issue 16).
	// The decision, its document and its sends stay one commit, as they
	// were; a failure anywhere rolls back the attach too, and the item runs
	// again as it did after a failed decide.
	var ord *Order
	decided := false
	began := time.Now()
	err = p.db.Batch(func(tx *bolt.Tx) error {
		ord, decided = nil, false
		if id := orderOfMessage(tx, msg); id != "" {
			if id == noOrder {
				return nil
			}
			var err error
			ord, err = loadOrder(tx, id)
			return err
		}
		if err := ingest.Heard(tx, msg); err != nil {
			return err
		}
		att, conv, err := p.attach(tx, msg, pre)
		if err != nil || att == nil {
			return err
		}
		if att.State != StateUnderstood {
			ord = att
			return saveAttached(tx, att, conv)
		}
		// Decided here, the order and its conversation are written once,
		// as decided, instead of once as attached and again as decided.
		ord, err = p.decideWith(tx, att, conv, &it)
		decided = err == nil
		return err
	})
	heard = err == nil
	if err != nil || ord == nil {
		return err
	}
	p.failpoint("received")
	if decided || (ord.State == StateUnderstood && pre != nil) {
		p.failpoint("understood") // the same commit
	}
	if decided {
		p.opts.Observer.Stage(StageDecideCommit, time.Since(began))
		p.opts.Observer.Decided(string(ord.Decision))
		p.afterDecide(ord)
	}
	for ctx.Err() == nil {
		switch ord.State {
		case StateReceived:
			if ord, err = p.understand(ctx, ord); err != nil {
				return err
			}
			p.failpoint("understood")
		case StateUnderstood:
			if ord, err = p.decideAndCommit(ord.ID, &it); err != nil {
				return err
			}
			p.afterDecide(ord)
		default:
			return nil
		}
	}
	return ctx.Err()
}

// anArticle is "a" or "an" before a message type: "an image", "a video".
func anArticle(kind string) string {
	if kind != "" && strings.ContainsRune("aeiou", rune(kind[0])) {
		return "an " + kind
	}
	return "a " + kind
}

// noOrder marks a message that needs no order (a reaction, an empty message).
const noOrder = "-"

// saveAttached writes what attach changed.
func saveAttached(tx *bolt.Tx, ord *Order, conv *Conversation) error {
	if err := saveConv(tx, conv); err != nil {
		return err
	}
	return saveOrder(tx, ord)
}

// attach links a new message to an order: a tapped button or a typed answer
// continues the order that asked; anything else starts a new order. It
// returns the order and the customer's conversation as changed, for the
// caller to save (saveAttached) or to decide and save (decideWith); a nil
// order: the message needs none.
func (p *Pipeline) attach(tx *bolt.Tx, msg ingest.Message, pre *understand.Result) (*Order, *Conversation, error) {
	now := p.now()
	conv, err := loadConv(tx, msg.Customer)
	if err != nil {
		return nil, nil, err
	}
	index := func(o *Order) (*Order, *Conversation, error) {
		o.Messages = append(o.Messages, msg.ID)
		o.LastMessageAt = msg.Timestamp
		conv.LastOrder = o.ID
		if err := putOrderOfMessage(tx, msg, o.ID); err != nil {
			return nil, nil, err
		}
		return o, conv, nil
	}
	if msg.Type == "reaction" || (msg.Type == "text" && strings.TrimSpace(msg.Text) == "") {
		return nil, nil, putOrderOfMessage(tx, msg, noOrder)
	}
	if msg.Type == "text" {
		conv.noteLanguage(msg.Text)
	}
	if ord, ok, err := p.continuation(tx, msg, conv); err != nil || ok {
		if err != nil || ord == nil {
			return nil, nil, err
		}
		return index(ord)
	}
	id, err := newOrderID(tx)
	if err != nil {
		return nil, nil, err
	}
	to := msg.From
	if to == "" {
		to = msg.Customer
	}
	ord := &Order{ID: id, Customer: msg.Customer, To: to, CustomerName: msg.ProfileName, CreatedAt: msg.ReceivedAt, Text: msg.Text}
	if ord.CreatedAt.IsZero() {
		ord.CreatedAt = now
	}
	conv.advance(LifecycleLead)
	ord.event(now, StateReceived, "message "+msg.Type)
	switch msg.Type {
	case "text", "interactive", "button":
	case "image", "document", "video":
		if msg.Text == "" {
			ord.Decision, ord.Rule, ord.Reason = DecStaff, RuleNoText, anArticle(msg.Type)+" without text: staff should look at it"
		}
	default:
		ord.Decision, ord.Rule, ord.Reason = DecStaff, RuleNoText, anArticle(msg.Type)+" message: staff should look at it"
	}
	if pre != nil && ord.Decision == "" {
		p.applyUnderstanding(ord, *pre)
	}
	return index(ord)
}

// understand runs the understander outside any transaction, then commits
// the result if the order is still waiting for it.
func (p *Pipeline) understand(ctx context.Context, ord *Order) (*Order, error) {
	if q := ord.Question; q != nil && q.Kind == askSize && ord.Answer != "" {
		return p.understandSize(ctx, ord)
	}
	var res understand.Result
	if ord.Decision == "" && strings.TrimSpace(ord.Text) != "" {
		var err error
		res, err = p.understandText(ctx, ord.Text)
		if err != nil {
			return nil, fmt.Errorf("understand order %s: %w", ord.ID, err)
		}
	}
	var out *Order
	err := p.db.Batch(func(tx *bolt.Tx) error {
		cur, err := loadOrder(tx, ord.ID)
		if err != nil {
			return err
		}
		out = cur
		if cur.State != StateReceived {
			return nil // another worker got there first
		}
		p.applyUnderstanding(cur, res)
		return saveOrder(tx, cur)
	})
	return out, err
}

// understandSize reads a typed size answer together with the line's own
// words ("دولاب ضلف" + "2.4 في 2.6"), so the quantity rules of the
// understander apply unchanged.
func (p *Pipeline) understandSize(ctx context.Context, ord *Order) (*Order, error) {
	q := ord.Question
	line := ord.Lines[q.Line]
	var found *understand.Item
	// the customer's words first; the catalog name when those name a kind
	// the customer then picked from a list ("مطبخ" → مطبخ إم دي إف)
	for _, words := range []string{line.Phrase, line.Name} {
		if words == "" || found != nil {
			continue
		}
		res, err := p.understandText(ctx, words+" "+ord.Answer)
		if err != nil {
			return nil, fmt.Errorf("understand size answer of order %s: %w", ord.ID, err)
		}
		for i := range res.Items {
			if it := &res.Items[i]; it.SKU == line.SKU && !slices.Contains(it.Missing, "size") {
				found = it
				break
			}
		}
	}
	var out *Order
	err := p.db.Batch(func(tx *bolt.Tx) error {
		cur, err := loadOrder(tx, ord.ID)
		if err != nil {
			return err
		}
		out = cur
		if cur.State != StateReceived || cur.Question == nil || cur.Answer == "" {
			return nil
		}
		note := "size answer understood"
		if found != nil {
			cur.supersedeQuote()
			l := &cur.Lines[q.Line]
			l.Quantity, l.DimsCM = found.Quantity, found.DimsCM
			l.Missing = slices.DeleteFunc(l.Missing, func(s string) bool { return s == "size" })
		} else {
			note = "size answer not understood"
			cur.NeedsStaff, cur.StaffNote = true, "the customer's size answer was not understood: "+cur.Answer
		}
		cur.Question, cur.Answer = nil, ""
		cur.Round++
		cur.event(p.now(), StateUnderstood, note)
		return saveOrder(tx, cur)
	})
	return out, err
}

// understandText runs the understander and tells the observer how long
// it took.
func (p *Pipeline) understandText(ctx context.Context, text string) (understand.Result, error) {
	start := time.Now()
	res, err := p.opts.Understander.Understand(ctx, text)
	if err == nil {
		d := time.Since(start)
		p.opts.Observer.Understood(d)
		p.opts.Observer.Stage(StageUnderstand, d)
	}
	return res, err
}

// applyUnderstanding copies an understanding into the order's lines.
func (p *Pipeline) applyUnderstanding(o *Order, res understand.Result) {
	o.Intent, o.Confidence, o.Source = res.Intent, res.Confidence, res.Source
	o.Unexplained, o.Notes, o.Service, o.ShopAsked, o.ShopBeyond = res.Unexplained, res.Notes, res.Service, res.ShopAsked, res.ShopBeyond
	o.Lines = LinesOf(res, p.opts.AutoIssueThreshold)
	o.event(p.now(), StateUnderstood, fmt.Sprintf("%s, %d lines, confidence %.2f (%s)", res.Intent, len(o.Lines), res.Confidence, res.Source))
}

// afterDecide wakes the outbox for a decided order's sends.
func (p *Pipeline) afterDecide(ord *Order) {
	p.outbox.Notify()
	if ord.NeedsStaff {
		// Until the staff page exists the log is where a person sees it.
		p.log.Warn("order needs staff", "order", ord.ID, "customer", ord.Customer, "decision", ord.Decision, "why", ord.StaffNote)
	}
	p.failpoint("decided")
}

// decideAndCommit decides the order's next step and writes the decision,
// its document and its sends in one transaction, completing the queue item
// it (nil: none) there too.
func (p *Pipeline) decideAndCommit(id string, it *queue.Item) (*Order, error) {
	var out *Order
	decided := false
	began := time.Now()
	err := p.db.Batch(func(tx *bolt.Tx) error {
		var err error
		out, decided, err = p.decideTx(tx, id, it)
		return err
	})
	if err == nil && decided {
		p.opts.Observer.Stage(StageDecideCommit, time.Since(began))
		p.opts.Observer.Decided(string(out.Decision))
	}
	return out, err
}

// decideTx decides order id in tx if it is still waiting for a decision,
// writing the decision, its document and its sends, and completes the
// queue item it (nil: none), whose work ends there: the queue worker then
// has nothing to commit (one commit less per order). It returns the order
// as stored and whether it decided.
func (p *Pipeline) decideTx(tx *bolt.Tx, id string, it *queue.Item) (*Order, bool, error) {
	ord, err := loadOrder(tx, id)
	if err != nil {
		return nil, false, err
	}
	if ord.State != StateUnderstood {
		return ord, false, nil
	}
	conv, err := loadConv(tx, ord.Customer)
	if err != nil {
		return nil, false, err
	}
	ord, err = p.decideWith(tx, ord, conv, it)
	return ord, err == nil, err
}

// decideWith decides the understood order ord of conversation conv (both
// as read or changed in tx, not necessarily saved yet), saves both, and
// completes the queue item it (nil: none).
func (p *Pipeline) decideWith(tx *bolt.Tx, ord *Order, conv *Conversation, it *queue.Item) (*Order, error) {
	if err := p.decide(tx, ord, conv); err != nil {
		return nil, err
	}
	ord.event(p.now(), StateDecided, string(ord.Decision)+": "+ord.Reason)
	if err := saveConv(tx, conv); err != nil {
		return nil, err
	}
	if !hasPending(tx, ord.ID) {
		ord.event(p.now(), StateReplied, "nothing to send")
	} else {
		id := ord.ID
		tx.OnCommit(func() { p.outbox.decided(id) }) // before any reader sees the commit's sends
	}
	if err := saveOrder(tx, ord); err != nil {
		return nil, err
	}
	if it != nil {
		if err := queue.Complete(tx, *it); err != nil {
			return nil, err
		}
	}
	return ord, nil
}

func jsonUnmarshal(b []byte, v any) error { return json.Unmarshal(b, v) }
