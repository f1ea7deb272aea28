package pipeline

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"fatoora"
	"fatoora/appliance/ingest"
	"fatoora/appliance/invoice"
	"fatoora/appliance/understand"
	"fatoora/appliance/whatsapp"
	"fatoora/catalog"
	"fatoora/catalog/arabic"
	"fatoora/catalog/money"

	bolt "go.etcd.io/bbolt"
)

// Question kinds.
const (
	askColor       = "color"
	askAlternative = "alternative"
	askConfirm     = "confirm"
	askSize        = "size"
	askCount       = "count"
)

// replyIDPrefix marks reply ids the box made: fa1|<order>|<round>|<option>.
const replyIDPrefix = "fa1|"

func replyID(ord *Order, i int) string {
	return fmt.Sprintf("%s%s|%d|%d", replyIDPrefix, ord.ID, ord.Round, i)
}

func parseReplyID(s string) (order string, round, option int, ok bool) {
	rest, found := strings.CutPrefix(s, replyIDPrefix)
	if !found {
		return "", 0, 0, false
	}
	parts := strings.Split(rest, "|")
	if len(parts) != 3 {
		return "", 0, 0, false
	}
	r, err1 := strconv.Atoi(parts[1])
	o, err2 := strconv.Atoi(parts[2])
	if err1 != nil || err2 != nil || r < 0 || o < 0 {
		return "", 0, 0, false
	}
	return parts[0], r, o, true
}

// continuation finds the order a message answers: a tapped button of ours,
// or a typed answer to the last order's question — a colour, a size, a yes
// to a quote, a product of the list (typed.go).
func (p *Pipeline) continuation(tx *bolt.Tx, msg ingest.Message, conv *Conversation) (*Order, bool, error) {
	if id, round, opt, ok := parseReplyID(msg.ReplyID); ok {
		ord, err := loadOrder(tx, id)
		if errors.Is(err, fatoora.ErrNotFound) || (err == nil && ord.Customer != msg.Customer) {
			return nil, false, nil // not this customer's order: read it as a new message
		}
		if err != nil {
			return nil, false, err
		}
		if ord.Question == nil || ord.Round != round || opt >= len(ord.Question.Options) {
			// A stale button (the order moved on): note it, answer nothing.
			ord.History = append(ord.History, Event{At: p.now(), State: ord.State, Note: "stale button: " + msg.Text})
			return ord, true, nil
		}
		return ord, true, p.answer(tx, ord, conv, ord.Question.Options[opt])
	}
	if conv.LastOrder == "" {
		return nil, false, nil
	}
	ord, err := loadOrder(tx, conv.LastOrder)
	if errors.Is(err, fatoora.ErrNotFound) {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, err
	}
	if msg.Type == "text" {
		if ok, err := p.typedAnswer(tx, msg, ord, conv, true); err != nil || ok {
			return ord, ok, err
		}
	}
	if ord.Question != nil {
		// "عندكم توصيل؟", "تمام", a photo of the room while a colour is
		// asked: the question stays open, and an answer after this
		// message still reaches it
		conv.Asking = ord.ID
		return nil, false, nil
	}
	if msg.Type != "text" {
		return nil, false, nil
	}
	old, err := p.askingOrder(tx, conv)
	if err != nil || old == nil {
		return nil, false, err
	}
	if ok, err := p.typedAnswer(tx, msg, old, conv, false); err != nil || ok {
		conv.Asking = ""
		return old, ok, err
	}
	return nil, false, nil
}

// askingOrder is the order whose question the customer left open to write
// something that named no goods (a question for staff, "تمام", a hello):
// nil when there is none, it was answered since, or it is older than the
// reply window.
func (p *Pipeline) askingOrder(tx *bolt.Tx, conv *Conversation) (*Order, error) {
	if conv.Asking == "" {
		return nil, nil
	}
	ord, err := loadOrder(tx, conv.Asking)
	if errors.Is(err, fatoora.ErrNotFound) {
		conv.Asking = ""
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	if ord.Question == nil || ord.Decision == DecStaff || p.now().Sub(ord.LastMessageAt) > p.opts.ReplyWindow {
		conv.Asking = ""
		return nil, nil
	}
	return ord, nil
}

// typedAnswer applies msg to ord's open question when the text answers it:
// a size, a yes under a quote, a product of the list, a colour of the line's
// product. latest: the question is the last thing the box asked; an older
// one (a message came between) takes only answers that name what they
// choose — a colour, a size, a product's own words —, never a bare yes or a
// place in the list, which may answer the message between.
func (p *Pipeline) typedAnswer(tx *bolt.Tx, msg ingest.Message, ord *Order, conv *Conversation, latest bool) (bool, error) {
	q := ord.Question
	if q == nil {
		return false, nil
	}
	if q.Kind == askSize && !strings.ContainsFunc(msg.Text, unicode.IsDigit) {
		// "اسود" while the length is asked: the line's colour, said
		// ahead; kept, and the size asked again
		c, ok, err := p.colorSaid(tx, ord.Lines[q.Line], msg.Text)
		if err != nil || ok {
			if ok {
				ord.Question = &Question{Kind: askColor, Line: q.Line}
				err = p.answer(tx, ord, conv, Option{Title: c, Value: c})
			}
			return ok, err
		}
	}
	switch {
	case q.Kind == askCount:
		if n, ok := typedCount(msg.Text); ok {
			return true, p.answer(tx, ord, conv, Option{Title: msg.Text, Value: strconv.FormatFloat(n, 'f', -1, 64)})
		}
		return false, nil
	case q.Kind == askSize && looksLikeSize(msg.Text):
		// The answer is read with the line's own words by the understand
		// step, outside this transaction.
		ord.Answer = msg.Text
		ord.event(p.now(), StateReceived, "size answer: "+msg.Text)
		return true, nil
	case q.Kind == askConfirm && latest && typedAgreement(msg.Text):
		for _, o := range q.Options {
			if o.Value == "confirm" {
				return true, p.answer(tx, ord, conv, o)
			}
		}
	case q.Kind == askAlternative:
		k, ok := typedPick(msg.Text, q.Options, latest)
		if !ok {
			if k, ok = pricePick(msg.Text, q.Options, latest); ok {
				ord.Intent = understand.Inquiry // its price asked: a quote, not an invoice
			}
		}
		if ok {
			return true, p.answer(tx, ord, conv, q.Options[k])
		}
	}
	if q.Kind != askColor {
		return false, nil
	}
	c, ok, err := p.colorSaid(tx, ord.Lines[q.Line], msg.Text)
	if err != nil || !ok {
		return false, err
	}
	return true, p.answer(tx, ord, conv, Option{Title: c, Value: c})
}

// colorSaid is the colour of l's product a short typed answer names
// ("رمادي", "الاسود لو سمحت").
func (p *Pipeline) colorSaid(tx *bolt.Tx, l Line, text string) (string, bool, error) {
	if l.SKU == "" || len(strings.Fields(text)) > 4 {
		return "", false, nil
	}
	prod, ok, err := p.opts.Catalog.Product(tx, l.SKU)
	if err != nil || !ok || len(prod.Colors) < 2 {
		return "", false, err
	}
	for _, w := range candidatesOf(text) {
		if c, ok := p.opts.Catalog.ResolveColor(&prod, w); ok {
			return c, true, nil
		}
	}
	return "", false, nil
}

// candidatesOf lists the message and its word n-grams, longest first, for
// resolving a typed answer.
func candidatesOf(text string) []string {
	ws := strings.Fields(text)
	var out []string
	for n := len(ws); n >= 1; n-- {
		for i := 0; i+n <= len(ws); i++ {
			out = append(out, strings.Join(ws[i:i+n], " "))
		}
	}
	return out
}

// answer applies the customer's choice and starts a new round.
func (p *Pipeline) answer(tx *bolt.Tx, ord *Order, conv *Conversation, opt Option) error {
	q := ord.Question
	switch q.Kind {
	case askColor:
		l := &ord.Lines[q.Line]
		l.Color = opt.Value
		l.Missing = slices.DeleteFunc(l.Missing, func(s string) bool { return s == "color" })
	case askCount:
		n, err := strconv.ParseFloat(opt.Value, 64)
		if err != nil {
			return fmt.Errorf("count answer %q: %w", opt.Value, err)
		}
		l := &ord.Lines[q.Line]
		l.Quantity = catalog.MilliFromFloat(n)
		l.Missing = slices.DeleteFunc(l.Missing, func(s string) bool { return s == "count" })
	case askAlternative:
		prod, ok, err := p.opts.Catalog.Product(tx, opt.Value)
		if err != nil {
			return err
		}
		if !ok {
			return fmt.Errorf("alternative %s left the catalog", opt.Value)
		}
		ord.Lines[q.Line] = pickedLine(ord.Lines[q.Line], prod)
	case askConfirm:
		if opt.Value == "confirm" {
			ord.Confirmed = true // the next decision invoices (converting the quote if nothing changed)
			ord.Decision = DecInvoice
			break
		}
		ord.Decision = DecStaff
		ord.NeedsStaff, ord.StaffNote = true, "the customer asked to talk to someone"
		conv.flag(p.now(), "customer asked for staff on order "+ord.ID)
	}
	if q.Kind != askConfirm {
		ord.supersedeQuote()
	}
	ord.Question = nil
	ord.Round++
	ord.event(p.now(), StateUnderstood, "answer: "+opt.Title)
	return nil
}

// settings are the policy's view of the options.
func (p *Pipeline) settings() Settings {
	return Settings{AutoIssueThreshold: p.opts.AutoIssueThreshold, QuoteFirst: p.opts.QuoteFirst, ShopKnows: p.opts.Shop.Knows()}
}

// txProducts reads the catalog inside one transaction for the policy.
type txProducts struct {
	tx  *bolt.Tx
	cat Catalog
}

func (c txProducts) Product(sku string) (catalog.Product, bool, error) {
	return c.cat.Product(c.tx, sku)
}
func (c txProducts) ResolveColor(p *catalog.Product, w string) (string, bool) {
	return c.cat.ResolveColor(p, w)
}

// pickedLine is the line once the customer picked prod from a list or a
// button. It keeps what the customer said (count, size, colour) where it
// fits prod and keeps what is still missing, so the picked product goes
// through the same checks as a typed one: a metre or m² product without
// its size is asked its size, a product in several colours its colour.
func pickedLine(old Line, prod catalog.Product) Line {
	// (the set of six picked for "6 كراسي" is one set: PickCount)
	l := Line{SKU: prod.SKU, Name: prod.NameAr, Unit: prod.Unit, Quantity: old.PickCount(prod.SKU), Phrase: old.Phrase,
		DimsCM: old.DimsCM, Confidence: 1}
	l.Missing = slices.DeleteFunc(slices.Clone(old.Missing), func(s string) bool { return s == "color" })
	if old.SKU != "" && prod.Unit != old.Unit {
		// a count of pieces is no length, a length no area: ask again
		l.Quantity, l.DimsCM = catalog.One, nil
	}
	if prod.Unit != catalog.Piece && len(l.DimsCM) == 0 && !slices.Contains(l.Missing, "size") &&
		(old.Unit != prod.Unit || old.SKU == "") {
		l.Missing = append(l.Missing, "size")
	}
	if prod.Unit == catalog.Piece {
		l.Missing = slices.DeleteFunc(l.Missing, func(s string) bool { return s == "size" })
	}
	if slices.Contains(prod.Colors, old.Color) {
		l.Color = old.Color
	} else if len(prod.Colors) == 1 {
		l.Color = prod.Colors[0]
	}
	return l
}

// decide chooses what to do with an understood order and writes the
// document and the sends in tx. The first reply of a conversation says
// hello; the later ones go straight to the point.
func (p *Pipeline) decide(tx *bolt.Tx, ord *Order, conv *Conversation) error {
	now := p.now()
	ord.greet = conv.GreetedAt.IsZero() || now.Sub(conv.GreetedAt) > p.opts.ReplyWindow
	ord.english = conv.Lang == langEnglish
	if err := p.decideOrder(tx, ord, conv); err != nil {
		return err
	}
	if conv.Asking != "" && conv.Asking != ord.ID && (ord.Question != nil || len(ord.Lines) > 0) {
		conv.Asking = "" // the customer moved on to other goods
	}
	if hasPending(tx, ord.ID) {
		conv.GreetedAt = now
	}
	return nil
}

func (p *Pipeline) decideOrder(tx *bolt.Tx, ord *Order, conv *Conversation) error {
	now := p.now()
	confirmed := ord.Confirmed
	if conv.PausedUntil.After(now) {
		ord.Decision, ord.Rule, ord.Reason = DecStaff, RuleTakenOver, "staff took over this conversation ("+conv.PausedBy+")"
		return nil
	}
	if ord.Decision == DecStaff {
		if ord.Round == 0 { // a message the bot cannot read (voice note, photo…)
			conv.flag(now, ord.Reason)
			ord.NeedsStaff, ord.StaffNote = true, ord.Reason
			return p.sendText(tx, ord, "staff", p.replies(ord).forStaff())
		}
		ord.Rule, ord.Reason = RuleAskedStaff, "the customer asked for staff"
		return p.sendText(tx, ord, "staff", p.replies(ord).staffComing())
	}
	if !ord.LastMessageAt.IsZero() && now.Sub(ord.LastMessageAt) > p.opts.ReplyWindow {
		ord.Decision, ord.Rule, ord.Reason = DecStaff, RuleBacklog, "backlog: the message is older than the reply window"
		ord.NeedsStaff, ord.StaffNote = true, "not answered automatically: older than 24 hours"
		conv.flag(now, "old message(s) waiting: "+ord.ID)
		return nil
	}
	r := p.replies(ord)
	kind, again, names := DocFacts(ord.Text)
	v, err := Decide(Facts{Intent: ord.Intent, Lines: ord.Lines, Unexplained: ord.Unexplained, Service: ord.Service, ShopAsked: ord.ShopAsked,
		Confidence: ord.knownConfidence(), Confirmed: confirmed, FirstRound: ord.Round == 0,
		AfterDocument: conv.hasDocument(), FollowUp: followsUp(ord.Text), RefersBack: refersBack(ord.Text), DocAgain: again,
		NamesDoc: names},
		p.settings(), txProducts{tx, p.opts.Catalog})
	if err != nil {
		return err
	}
	ord.Decision, ord.Rule, ord.Reason = v.Decision, v.Rule, v.Reason
	i, prod := v.Line, v.Product
	switch v.Rule {
	case RuleDocAgain:
		return p.sendAgain(tx, ord, conv, kind)
	case RuleComplaint:
		ord.NeedsStaff, ord.StaffNote = true, "complaint: call the customer"
		conv.flag(now, "complaint on order "+ord.ID)
		return p.sendText(tx, ord, "ack", r.complaint())
	case RuleGreeting:
		if p.opts.SilentGreetings {
			return nil
		}
		switch {
		case thanked(ord.Text):
			r.greet = false // "شكرا": thanks are answered, not greeted
			return p.sendText(tx, ord, "greeting", r.welcome())
		case !ord.greet:
			// "تمام", "اوك" after an invoice, a hello again the same day:
			// the how-to-order greeting was said once already; with a
			// question of ours still open, it is asked again
			if asked, err := p.askAgain(tx, ord, conv); err != nil || asked {
				return err
			}
			return p.sendText(tx, ord, "greeting", r.atService())
		}
		return p.sendText(tx, ord, "greeting", r.greeting())
	case RuleShopInfo:
		// not chit-chat: answered even when greetings are not
		if !slices.ContainsFunc(ord.ShopBeyond, func(w string) bool { return !p.opts.Shop.names(w) }) {
			ord.ShopBeyond = nil // the place asked of is the shop's own: its address answers
		}
		if len(ord.ShopBeyond) > 0 {
			// "انتو فين في المهندسين؟", "مواعيدكم في رمضان؟": the settings'
			// one address and hours answer now; a person confirms the
			// branch, the area or the season asked of
			what := strings.Join(ord.ShopBeyond, " ")
			ord.NeedsStaff, ord.StaffNote = true, "asked of «"+what+"»: answered with the shop's "+ord.ShopAsked.String()+"; confirm"
			conv.flag(now, "shop question on order "+ord.ID+" asked of «"+what+"»")
		}
		return p.sendText(tx, ord, "shop-info", r.shopInfo(ord.ShopAsked, p.opts.Shop, ord.ShopBeyond))
	case RuleService:
		ord.NeedsStaff, ord.StaffNote = true, ord.Reason
		conv.flag(now, "question for staff on order "+ord.ID+": "+ord.Reason)
		return p.sendText(tx, ord, "service", r.serviceQuestion())
	case RuleNoProduct:
		ord.NeedsStaff, ord.StaffNote = true, "no catalog product recognised in the message"
		return p.sendText(tx, ord, "ask-product", r.askProduct())
	case RuleShortStock:
		ord.NeedsStaff, ord.StaffNote = true, ord.Reason
		return p.sendText(tx, ord, "review", r.shortStock(prod))
	case RuleAboutDoc:
		ord.NeedsStaff, ord.StaffNote = true, "a message after the customer's document: a change to it, or something new?"
		conv.flag(now, "message after a document on order "+ord.ID)
		if len(ord.Lines) == 0 && asksAbout(ord.Text) {
			return p.sendText(tx, ord, "review", r.serviceQuestion()) // a question, not an order held
		}
		return p.sendText(tx, ord, "review", r.holding())
	case RuleLeftCatalog:
		ord.NeedsStaff, ord.StaffNote = true, ord.Reason
		return p.sendText(tx, ord, "review", r.unknownProduct(v.Asked))
	case RuleWhich:
		return p.askWhich(tx, ord, i, prod, r.askWhich(ord.Lines[i].Phrase))
	case RuleSubstitute:
		if prod.SKU == "" { // a kind: its products are the choices
			return p.askWhich(tx, ord, i, prod, r.notExactlyKind(ord.Lines[i].Phrase))
		}
		if sec := p.sectionAsked(v.Asked, prod); sec != "" {
			// "غرفة نوم" read as the dressing room "غرفة ملابس": the
			// word the product lacks names another section of the shop,
			// whose products are the choices
			probe := catalog.Product{NameAr: prod.NameAr, NameEn: prod.NameEn, Category: sec, Unit: prod.Unit}
			return p.offerAlternatives(tx, ord, i, probe, r.notExactlySection(ord.Lines[i].Phrase, sec))
		}
		// the closest is offered first when it is in stock; when it is not,
		// the reply says so rather than naming a product it does not offer
		return p.offerAlternatives(tx, ord, i, prod, r.notExactly(withLacks(ord.Lines[i].Phrase, v.Asked), prod, prod.Available(ord.Lines[i].Quantity)))
	case RuleUnavailable:
		return p.offerAlternatives(tx, ord, i, prod, "")
	case RuleColorOffered:
		return p.askColor(tx, ord, i, prod, r.colorNotOffered(prod, v.Asked))
	case RuleSize:
		return p.askSize(tx, ord, i, prod)
	case RuleUncounted:
		return p.askCount(tx, ord, i, prod)
	case RuleColor:
		return p.askColor(tx, ord, i, prod, r.askColor(prod))
	}
	if v.Rule == RuleUnread {
		ord.NeedsStaff, ord.StaffNote = true, "read the lines the box could not place: "+strings.Join(v.Unknown, "، ")
		return p.sendText(tx, ord, "review", r.holding())
	}
	if len(v.Unknown) > 0 {
		ord.NeedsStaff, ord.StaffNote = true, "not in the catalog: "+strings.Join(v.Unknown, "، ")
		if v.Rule == RuleNotCarried {
			var cats []string
			if c, ok := p.opts.Catalog.(interface{ Categories() []string }); ok && !r.en {
				cats = c.Categories()
			}
			if c, ok := p.opts.Catalog.(interface{ CategoryExamples() []string }); ok && r.en {
				cats = c.CategoryExamples()
			}
			return p.sendText(tx, ord, "review", r.notCarried(v.Unknown, cats))
		}
		ord.Notes = append(ord.Notes, ord.StaffNote)
	}
	switch v.Rule {
	case RuleTwice:
		ord.NeedsStaff, ord.StaffNote = true, "the same product on two lines: keep one or both, then approve"
		return p.sendText(tx, ord, "review", r.holding())
	case RuleLowConf, RuleUnexplained:
		ord.NeedsStaff, ord.StaffNote = true, "check the lines, then approve"
		return p.sendText(tx, ord, "review", r.holding())
	case RuleSizes:
		ord.NeedsStaff, ord.StaffNote = true, "split the sizes into their lines, then approve"
		return p.sendText(tx, ord, "review", r.holding())
	case RulePerUnit:
		ord.NeedsStaff, ord.StaffNote = true, "set how many the line is priced per (the customer did not say), then approve"
		return p.sendText(tx, ord, "review", r.holding())
	}
	if len(ord.Service) > 0 && ord.Round == 0 && (v.Decision == DecInvoice || v.Decision == DecQuote) {
		// a question beside a complete order ("وابقى قولي هتوصلوا امتى",
		// "التركيب عليكم ولا علينا؟"): its answer changes no line, so the
		// document goes out and a person answers the question
		note := "answer the customer's question about " + strings.Join(ord.Service, "، ")
		ord.NeedsStaff, ord.StaffNote = true, note
		ord.Notes = append(ord.Notes, note)
		conv.flag(now, "question for staff on order "+ord.ID+": "+note)
	}
	if v.Decision != DecInvoice && v.Decision != DecQuote {
		// a rule this switch does not know yet never issues a document
		ord.NeedsStaff, ord.StaffNote = true, ord.Reason
		return p.sendText(tx, ord, "review", r.holding())
	}
	req := invoice.Request{OrderID: ord.ID, Buyer: invoice.Buyer{Name: ord.CustomerName, WaID: ord.To}, Tier: conv.Tier, PaymentMethod: "InstaPay", Lines: v.Request}
	priced, err := p.opts.Book.Price(req)
	if err != nil {
		ord.Decision, ord.Rule, ord.Reason = DecReview, RulePricing, "pricing failed: "+err.Error()
		ord.NeedsStaff, ord.StaffNote = true, ord.Reason
		return p.sendText(tx, ord, "review", r.holding())
	}
	ord.Total = priced.Totals.Total
	quote := v.Quote
	if !quote && p.opts.Book.NeedsNationalID(priced) {
		ord.Decision, ord.Rule, ord.Reason = DecReview, RuleNationalID, "above EGP 150,000: the buyer's national ID is required"
		ord.NeedsStaff, ord.StaffNote = true, "collect the customer's national ID, then approve"
		return p.sendText(tx, ord, "review", r.nationalID())
	}
	return p.issue(tx, ord, conv, priced, quote, confirmed)
}

// issue writes the invoice or quote and its sends.
func (p *Pipeline) issue(tx *bolt.Tx, ord *Order, conv *Conversation, priced invoice.Priced, quote, confirmed bool) error {
	now := p.now()
	r := p.replies(ord)
	if quote {
		doc, err := p.opts.Book.IssueQuote(tx, priced, now)
		if isBookRefusal(err) {
			ord.Decision, ord.Rule, ord.Reason = DecReview, RuleRefused, "the quote was refused: "+err.Error()
			ord.NeedsStaff, ord.StaffNote = true, ord.Reason
			return p.sendText(tx, ord, "review", r.holding())
		}
		if err != nil {
			return fmt.Errorf("issue quote: %w", err)
		}
		ord.Decision, ord.Reason, ord.Quote = DecQuote, "quote "+doc.Number, doc.Number
		conv.advance(LifecycleQuoted)
		if err := p.sendDocument(tx, ord, "quote-pdf", doc, r.quoteCaption(doc)); err != nil {
			return err
		}
		ord.Question = &Question{Kind: askConfirm, Options: []Option{
			{ID: replyID(ord, 0), Title: r.say("تأكيد الطلب", confirmTitleEn), Value: "confirm"},
			{ID: replyID(ord, 1), Title: r.say(r.you("كلم حد من المعرض", "كلمي حد من المعرض"), "Talk to the shop"), Value: "staff"},
		}}
		return p.sendButtons(tx, ord, "quote-summary", r.quoteSummary(doc, ord.unknownPhrases()))
	}
	var doc *invoice.Document
	var err error
	if confirmed && ord.Quote != "" {
		doc, err = p.opts.Book.ConvertQuote(tx, ord.Quote, now)
		if errors.Is(err, invoice.ErrQuoteExpired) {
			// Prices may have moved: a fresh quote at today's prices.
			ord.Notes = append(ord.Notes, "quote "+ord.Quote+" had expired; quoted again")
			ord.Quote, ord.Confirmed = "", false
			return p.issue(tx, ord, conv, priced, true, false)
		}
	} else {
		doc, err = p.opts.Book.IssueInvoice(tx, priced, now)
	}
	if errors.Is(err, catalog.ErrOutOfStock) || isBookRefusal(err) {
		// The book said no (stock moved, a voided quote…): a person decides;
		// retrying would only fail the same way.
		ord.Decision, ord.Rule, ord.Reason = DecReview, RuleRefused, "the invoice was refused: "+err.Error()
		ord.NeedsStaff, ord.StaffNote = true, ord.Reason
		return p.sendText(tx, ord, "review", r.holding())
	}
	if err != nil {
		return fmt.Errorf("issue invoice: %w", err)
	}
	ord.Decision, ord.Reason, ord.Document, ord.Total = DecInvoice, "invoice "+doc.Number, doc.Number, doc.Totals.Total
	conv.advance(LifecycleInvoiced)
	if err := p.sendDocument(tx, ord, "invoice-pdf", doc, r.invoiceCaption(doc)); err != nil {
		return err
	}
	return p.sendText(tx, ord, "invoice-summary", r.invoiceSummary(doc, ord.unknownPhrases()))
}

// sendAgain sends the customer's last document of the kind asked (of any
// kind when none of it, or none asked) again, with its caption; a voided
// invoice, a converted quote or a credit note is never sent again. With
// none to send, a person looks.
func (p *Pipeline) sendAgain(tx *bolt.Tx, ord *Order, conv *Conversation, kind invoice.Kind) error {
	r := p.replies(ord)
	var doc *invoice.Document
	if ord.Decision != DecReview {
		docs, err := invoice.List(tx, invoice.ListFilter{WaID: conv.Customer, Limit: 20})
		if err != nil {
			return err
		}
		for i := range docs {
			d := &docs[i]
			if d.Kind == invoice.KindCredit || d.Status() == invoice.StatusVoided || d.Status() == invoice.StatusConverted {
				continue
			}
			if doc == nil || kind != "" && d.Kind == kind && doc.Kind != kind {
				doc = d
			}
		}
	}
	if doc == nil {
		// "ابعتلي الفاتورة تاني" while the box still waits for a colour:
		// the invoice is not out yet, the question says why
		if asked, err := p.askAgainWith(tx, ord, conv, r.notYet); err != nil || asked {
			ord.Decision, ord.Reason = DecAsk, "a document asked for again before it was issued: the open question asked again"
			return err
		}
		ord.Decision, ord.Reason = DecReview, "a document asked for again, none to send in this conversation"
		ord.NeedsStaff, ord.StaffNote = true, ord.Reason
		conv.flag(p.now(), "a document asked for again on order "+ord.ID)
		return p.sendText(tx, ord, "review", r.serviceQuestion())
	}
	ord.Reason, ord.Resent = doc.Number+" sent again", doc.Number
	caption := r.invoiceCaption(doc)
	if doc.Kind == invoice.KindQuote {
		caption = r.quoteCaption(doc)
	}
	return p.sendDocument(tx, ord, "document-again", doc, caption)
}

func (p *Pipeline) askColor(tx *bolt.Tx, ord *Order, i int, prod catalog.Product, body string) error {
	q := &Question{Kind: askColor, Line: i}
	r := p.replies(ord)
	for k, c := range prod.Colors {
		if k == 10 {
			break
		}
		q.Options = append(q.Options, Option{ID: replyID(ord, k), Title: r.color(c), Value: c})
	}
	ord.Question = q
	return p.sendChoices(tx, ord, "ask-color", body, q.Options, nil)
}

// askWhich offers the product the understander chose and the close ones
// it hesitated between.
func (p *Pipeline) askWhich(tx *bolt.Tx, ord *Order, i int, prod catalog.Product, body string) error {
	q := &Question{Kind: askAlternative, Line: i}
	r := p.replies(ord)
	var descs []string
	for _, sku := range WhichSKUs(ord.Lines[i]) {
		c, ok, err := p.opts.Catalog.Product(tx, sku)
		if err != nil {
			return err
		}
		if !ok {
			continue
		}
		q.Options = append(q.Options, Option{ID: replyID(ord, len(q.Options)), Title: r.product(c), Value: c.SKU})
		tag := r.priceTag(c)
		if !c.Available(ord.Lines[i].PickCount(c.SKU)) {
			tag += r.say(" · مش متاح دلوقتي", " · not available now") // picked, it is answered with what is in stock
		}
		descs = append(descs, tag)
	}
	ord.Question = q
	return p.sendChoices(tx, ord, "ask-which", body, q.Options, descs)
}

// askAgain answers "تمام", "اوك" said while a question of ours is open
// (Conversation.Asking) with that question again, its buttons or list
// those of the order that asked: a tap answers that order.
func (p *Pipeline) askAgain(tx *bolt.Tx, ord *Order, conv *Conversation) (bool, error) {
	return p.askAgainWith(tx, ord, conv, p.replies(ord).stillAsking)
}

// askAgainWith asks the open question again, led by lead (stillAsking, or
// notYet when the customer asked for a document the question holds up).
func (p *Pipeline) askAgainWith(tx *bolt.Tx, ord *Order, conv *Conversation, lead func(string) string) (bool, error) {
	old, err := p.askingOrder(tx, conv)
	if err != nil || old == nil {
		return false, err
	}
	q := old.Question
	if q.Line >= len(old.Lines) || q.Kind == askConfirm {
		return false, nil
	}
	prod, ok, err := p.opts.Catalog.Product(tx, old.Lines[q.Line].SKU)
	if err != nil {
		return false, err
	}
	r := p.replies(ord)
	conv.LastOrder = old.ID // the next message answers it as the last question asked
	switch {
	case q.Kind == askAlternative && len(q.Options) > 0:
		return true, p.sendChoices(tx, ord, "ask-which", lead(r.askWhich(old.Lines[q.Line].Phrase)), q.Options, nil)
	case !ok:
	case q.Kind == askColor && len(q.Options) > 0:
		return true, p.sendChoices(tx, ord, "ask-color", lead(r.askColor(prod)), q.Options, nil)
	case q.Kind == askSize:
		return true, p.sendText(tx, ord, "ask-size", lead(r.askSize(prod)))
	case q.Kind == askCount:
		return true, p.sendText(tx, ord, "ask-count", lead(r.askCount(prod)))
	}
	return false, nil
}

// askCount asks how many of a line asked in the plural with no count
// ("عايز كراسي سفرة", its colour answered): the typed answer is its count.
func (p *Pipeline) askCount(tx *bolt.Tx, ord *Order, i int, prod catalog.Product) error {
	ord.Question = &Question{Kind: askCount, Line: i}
	return p.sendText(tx, ord, "ask-count", p.replies(ord).askCount(prod))
}

func (p *Pipeline) askSize(tx *bolt.Tx, ord *Order, i int, prod catalog.Product) error {
	ord.Question = &Question{Kind: askSize, Line: i}
	return p.sendText(tx, ord, "ask-size", p.replies(ord).askSize(prod))
}

// offerAlternatives offers in-stock products close to prod. With a body
// (a substitute: the product is not exactly what was asked) prod itself is
// the first choice; without, prod is unavailable and the body says so.
func (p *Pipeline) offerAlternatives(tx *bolt.Tx, ord *Order, i int, prod catalog.Product, body string) error {
	l := ord.Lines[i]
	alts, err := p.opts.Catalog.Alternatives(tx, prod, l.Quantity, 10)
	if err != nil {
		return err
	}
	if kind := headWord(prod.NameAr); kind != "" && slices.ContainsFunc(alts, func(a catalog.Product) bool { return headWord(a.NameAr) == kind }) {
		// a hood for a hood: with one of the same kind in stock, the
		// rest of its section (cookers, kitchens by the metre) is no offer
		alts = slices.DeleteFunc(alts, func(a catalog.Product) bool { return headWord(a.NameAr) != kind })
	}
	r := p.replies(ord)
	if body != "" && prod.SKU != "" && prod.Available(l.Quantity) {
		alts = append([]catalog.Product{prod}, slices.DeleteFunc(alts, func(a catalog.Product) bool { return a.SKU == prod.SKU })...)
		alts = alts[:min(len(alts), 10)]
	}
	if len(alts) == 0 {
		ord.Decision, ord.Rule, ord.Reason = DecReview, RuleNoAlternative, prod.SKU+" is unavailable and has no in-stock alternative"
		ord.NeedsStaff, ord.StaffNote = true, ord.Reason
		return p.sendText(tx, ord, "unavailable", r.unavailableNoAlt(prod))
	}
	if body == "" {
		body = r.alternatives(prod)
	}
	q := &Question{Kind: askAlternative, Line: i}
	descs := make([]string, 0, len(alts))
	for k, a := range alts {
		q.Options = append(q.Options, Option{ID: replyID(ord, k), Title: r.product(a), Value: a.SKU})
		descs = append(descs, r.priceTag(a))
	}
	ord.Question = q
	return p.sendChoices(tx, ord, "alternatives", body, q.Options, descs)
}

// headWord is the kind a product's name opens with, as the catalog's
// alternatives rank it ("شفاط" of "شفاط جزيرة"): its first word, normalised
// and stemmed.
func headWord(name string) string {
	ts := arabic.Tokens(arabic.Normalize(name))
	if len(ts) == 0 {
		return ""
	}
	return arabic.Stem(ts[0])
}

// sectionAsked is the shop's section (category) that a word the customer
// said and prod lacks names, when prod is not in it ("نوم" of "غرفة نوم"
// beside the dressing room): "" when none does.
func (p *Pipeline) sectionAsked(asked string, prod catalog.Product) string {
	c, ok := p.opts.Catalog.(interface{ Categories() []string })
	if !ok || asked == "" {
		return ""
	}
	words := strings.Fields(arabic.Normalize(asked))
	for _, sec := range c.Categories() {
		if sec == prod.Category {
			continue
		}
		for _, w := range strings.Fields(arabic.Normalize(sec)) {
			if slices.Contains(words, w) {
				return sec
			}
		}
	}
	return ""
}

// confirmTitleEn is the quote's «تأكيد الطلب» button in English.
const confirmTitleEn = "Confirm order"

// sendChoices uses reply buttons when the options fit (at most 3, short
// titles), a list otherwise.
func (p *Pipeline) sendChoices(tx *bolt.Tx, ord *Order, step, body string, opts []Option, descs []string) error {
	fits := len(opts) <= whatsapp.MaxButtons
	for _, o := range opts {
		if len([]rune(o.Title)) > whatsapp.MaxButtonTitleRunes {
			fits = false
		}
	}
	m := p.out(ord, step)
	m.Body = body
	if fits {
		m.Kind = SendButtons
		for _, o := range opts {
			m.Buttons = append(m.Buttons, whatsapp.Button{ID: o.ID, Title: o.Title})
		}
		return enqueueSend(tx, m)
	}
	r := p.replies(ord)
	m.Kind, m.ListBtn = SendList, r.say("اختار", "Choose")
	sec := whatsapp.Section{Title: r.say("الاختيارات", "Options")}
	for k, o := range opts {
		row := whatsapp.Row{ID: o.ID, Title: whatsapp.TruncateRowTitle(o.Title)}
		var desc []string
		if head, cut := strings.CutSuffix(row.Title, "…"); cut {
			// the name's end is what tells "خزان مياه بلاستيك 1000…" from
			// the next row: the description carries it
			desc = append(desc, "…"+strings.TrimSpace(strings.TrimPrefix(o.Title, head)))
		}
		if k < len(descs) {
			desc = append(desc, descs[k])
		}
		row.Description = whatsapp.TruncateRowDescription(strings.Join(desc, " — "))
		sec.Rows = append(sec.Rows, row)
	}
	m.Sections = []whatsapp.Section{sec}
	return enqueueSend(tx, m)
}

// out starts a send of the order's current round; the first one of a round
// carries the read mark for the customer's latest message.
func (p *Pipeline) out(ord *Order, step string) OutMessage {
	m := OutMessage{Key: outKey(ord.ID, ord.Round, step), OrderID: ord.ID, Customer: ord.Customer, To: ord.To, CreatedAt: p.now()}
	if !ord.readMarked && len(ord.Messages) > 0 {
		m.ReadMark = ord.Messages[len(ord.Messages)-1]
		ord.readMarked = true
	}
	return m
}

func (p *Pipeline) sendText(tx *bolt.Tx, ord *Order, step, body string) error {
	m := p.out(ord, step)
	m.Kind, m.Body = SendText, body
	return enqueueSend(tx, m)
}

func (p *Pipeline) sendButtons(tx *bolt.Tx, ord *Order, step, body string) error {
	m := p.out(ord, step)
	m.Kind, m.Body = SendButtons, body
	for _, o := range ord.Question.Options {
		m.Buttons = append(m.Buttons, whatsapp.Button{ID: o.ID, Title: o.Title})
	}
	return enqueueSend(tx, m)
}

func (p *Pipeline) sendDocument(tx *bolt.Tx, ord *Order, step string, doc *invoice.Document, caption string) error {
	m := p.out(ord, step)
	m.Kind, m.Body, m.Doc, m.Filename = SendDocument, caption, doc.Number, doc.Number+".pdf"
	return enqueueSend(tx, m)
}

// isBookRefusal tells the invoice book's refusals (a rule said no) from
// failures worth retrying (the disk).
func isBookRefusal(err error) bool {
	for _, e := range []error{invoice.ErrNationalIDRequired, fatoora.ErrNotFound, invoice.ErrWrongKind,
		invoice.ErrVoided, invoice.ErrQuoteExpired, invoice.ErrTampered, money.ErrOverflow,
		invoice.ErrNoLines, invoice.ErrUnknownTier, invoice.ErrBadQuantity, invoice.ErrBadPrice} {
		if errors.Is(err, e) {
			return true
		}
	}
	return false
}

// looksLikeSize: a typed answer to "which size?" holds a figure or is short
// ("مترين ونص"); anything longer is read as a new message.
func looksLikeSize(text string) bool {
	for _, r := range text {
		if unicode.IsDigit(r) {
			return true
		}
	}
	return len(strings.Fields(text)) <= 4
}

// withLacks is the customer's phrase with the words the product lacks that
// were said outside it ("١٥ كرسي سفرة معدن اسود … مش لامعين": the "not
// shiny" said after the goods), so the reply names what is not had rather
// than goods the shop does have.
func withLacks(phrase, lacks string) string {
	if lacks == "" || strings.Contains(phrase, lacks) {
		return phrase
	}
	return phrase + " " + lacks
}
