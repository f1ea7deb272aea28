package pipeline

import (
	"fmt"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"fatoora/appliance/invoice"
	"fatoora/appliance/understand"
	"fatoora/catalog"
	"fatoora/catalog/money"
)

// DefaultAutoIssueThreshold is the understanding confidence below which an
// order goes to staff when the options do not say otherwise.
const DefaultAutoIssueThreshold = 0.6

// Settings are the parts of the shop's configuration the decision policy
// reads.
type Settings struct {
	// AutoIssueThreshold: below this understanding confidence a first
	// message goes to staff review (0..1).
	AutoIssueThreshold float64
	// QuoteFirst: a quote with a confirm button instead of an invoice.
	QuoteFirst bool
	// ShopKnows: the questions about the shop itself its settings answer
	// (ShopFacts.Knows): its opening hours, where it is.
	ShopKnows understand.ShopTopic
}

// Products is what the policy needs of the catalog: a product with its
// current free stock, and a customer's colour word resolved to one of a
// product's colours.
type Products interface {
	Product(sku string) (catalog.Product, bool, error)
	ResolveColor(p *catalog.Product, word string) (string, bool)
}

// Facts are what the policy decides on: the understood order as it stands.
type Facts struct {
	Intent understand.Intent
	// Lines are read and annotated in place (Name, Unit, Problem, Color).
	Lines []Line
	// Unexplained are the words the understanding could not place.
	Unexplained []string
	// Service: the message asks about delivery, installation, branches,
	// hours or payment terms, not a product.
	Service []string
	// ShopAsked: every question of Service asks the shop's hours or where
	// it is (understand.Result.ShopAsked).
	ShopAsked understand.ShopTopic
	// Confidence is the understanding's confidence in the known lines.
	Confidence float64
	// Confirmed: the customer confirmed a quote; an invoice follows.
	Confirmed bool
	// FirstRound: the message starts the order (no answer read yet).
	FirstRound bool
	// AfterDocument: the customer already has an invoice or a quote in this
	// conversation. Words the box cannot place are then as likely a change
	// to that document ("ممكن تخليه اسود بدل البني؟") as anything new.
	AfterDocument bool
	// FollowUp: the message asks about or changes what came before — a
	// question mark, "طب و…", "what about …", or a count with no product
	// ("اوك هاخد ٢") — however little of it the box could read
	// ("طب والبلاستيك؟" after a quote).
	FollowUp bool
	// RefersBack: the message asks goods for what was said before, by a
	// pronoun ("وعايز تركيب ليهم", "التوصيل بتاعهم", "for them"): after a
	// document, how many and of what are the document's, for a person.
	RefersBack bool
	// DocAgain: the message asks for a document sent before, again, and
	// nothing else ("ممكن تبعتلي الفاتورة تاني؟", "the invoice didn't
	// open"): the pipeline sends the customer's last one again.
	DocAgain bool
	// NamesDoc: the message speaks of a document with words beyond its
	// receipt or thanks ("عايز الفاتورة باسم الشركة"): after one, a change
	// to it or a question about it.
	NamesDoc bool
}

// Policy rules: the stable name of the rule that took a decision, for
// tallies (fatoora extract --decide writes it as "rule").
const (
	RuleComplaint    = "complaint"
	RuleGreeting     = "greeting"
	RuleService      = "service-question"
	RuleShopInfo     = "shop-info"
	RuleNoProduct    = "no-product"
	RuleNotCarried   = "not-carried"
	RuleLeftCatalog  = "left-catalog"
	RuleWhich        = "which-product"
	RuleUnavailable  = "unavailable"
	RuleShortStock   = "short-stock"
	RuleSubstitute   = "substitute"
	RuleColorOffered = "colour-not-offered"
	RuleSize         = "size"
	RuleColor        = "colour"
	RuleLowConf      = "low-confidence"
	RuleUnexplained  = "unexplained-words"
	RuleSizes        = "two-sizes"
	RuleUnread       = "unread-product"
	RuleTwice        = "same-line-twice"
	RulePerUnit      = "per-unit-count"
	RuleUncounted    = "uncounted"
	RuleIssue        = "issue"
	RuleAboutDoc     = "about-document"
	RuleDocAgain     = "document-again"
)

// Steps outside the policy that set an order's decision (Order.Rule).
const (
	RuleTakenOver     = "taken-over"      // staff wrote in the conversation: the bot is quiet
	RuleAskedStaff    = "asked-for-staff" // the customer asked for a person
	RuleBacklog       = "backlog"         // older than the reply window
	RuleNoText        = "no-text"         // a voice note, a photo, a location…
	RulePricing       = "pricing-failed"
	RuleNationalID    = "national-id" // EGP 150,000 or more: the buyer's national ID first
	RuleRefused       = "document-refused"
	RuleNoAlternative = "no-alternative" // out of stock and nothing in stock like it
	RuleEdited        = "edited-by-staff"
)

// Verdict is what the policy decided.
type Verdict struct {
	Decision Decision
	Rule     string // one of the Rule constants
	Reason   string // for the order's history and staff
	// Line is the line a question or an offer is about (-1: none).
	Line int
	// Product is that line's product.
	Product catalog.Product
	// Asked is the colour the customer asked that the product lacks
	// (RuleColorOffered), or the customer's words the product lacks
	// (RuleSubstitute).
	Asked string
	// Unknown are the customer's phrases naming nothing in the catalog.
	Unknown []string
	// Request holds the lines to price when the decision is a document.
	Request []invoice.RequestLine
	// Quote: the document is a quote, not an invoice.
	Quote bool
}

// Decide is the box's decision policy: what to do with an understood order.
// It is pure (no storage, no sends): the pipeline carries the verdict out,
// and fatoora extract --decide reports it, so both answer with one policy.
// Pricing rules that need the invoice book (national ID above a total, a
// refused document) come after it.
func Decide(f Facts, s Settings, cat Products) (Verdict, error) {
	v := Verdict{Line: -1}
	set := func(d Decision, rule, reason string) (Verdict, error) {
		v.Decision, v.Rule, v.Reason = d, rule, reason
		return v, nil
	}
	if f.DocAgain && len(f.Lines) == 0 {
		// before the complaint: "الفاتورة مش بتفتح" says only that
		if f.AfterDocument {
			// the PDF did not open, or the phone lost it: the customer's
			// own document again, as a clerk forwards it
			return set(DecGreeting, RuleDocAgain, "the customer's document asked for again: sent again")
		}
		// none in this conversation: one from before the box, or another
		// number's — a person finds it
		return set(DecReview, RuleDocAgain, "a document asked for again, none sent in this conversation")
	}
	switch f.Intent {
	case understand.Complaint:
		return set(DecComplaint, RuleComplaint, "complaint")
	case understand.Order, understand.Inquiry:
	default:
		if len(f.Service) > 0 && f.ShopAsked != 0 && f.ShopAsked&^s.ShopKnows == 0 && len(f.Lines) == 0 && len(f.Unexplained) == 0 {
			// "مواعيدكم ايه؟", "انتو فين؟" and nothing else: the shop's
			// settings answer it, as a clerk would on the spot
			return set(DecGreeting, RuleShopInfo, "the shop's "+f.ShopAsked.String()+" asked: answered from the shop's settings")
		}
		if len(f.Service) > 0 {
			return set(DecReview, RuleService, "a question about "+strings.Join(f.Service, "، "))
		}
		if f.AfterDocument && slices.ContainsFunc(f.Unexplained, understand.ChangeVerb) {
			// "ممكن تغيروا اللون لابيض": a change to the document, not a hello
			return set(DecReview, RuleAboutDoc, "after a document, a change asked: "+strings.Join(f.Unexplained, "، "))
		}
		if f.AfterDocument && f.NamesDoc {
			// "عايز الفاتورة باسم الشركة", "الفاتورة مش مظبوطة": about the
			// document the customer has, not a hello
			return set(DecReview, RuleAboutDoc, "after a document, words about it")
		}
		if f.AfterDocument && (f.FollowUp || f.RefersBack) {
			// "طب والبلاستيك؟", "what about the 1500 one?" after a quote:
			// a question about the document the box could not read
			return set(DecReview, RuleAboutDoc, "after a document, a question the box could not read")
		}
		return set(DecGreeting, RuleGreeting, "greeting or other message")
	}
	if f.AfterDocument && f.FirstRound && slices.ContainsFunc(f.Unexplained, understand.ChangeVerb) {
		// "عايز الكرسي اسود بدل البني": a swap on the document, not a new line
		return set(DecReview, RuleAboutDoc, "after a document, a change asked: "+strings.Join(f.Unexplained, "، "))
	}
	if f.AfterDocument && f.FirstRound && f.RefersBack {
		// "وعايز تركيب ليهم" after an invoice of four rolls: the
		// installation of what the document holds, not one of its own
		return set(DecReview, RuleAboutDoc, "after a document, goods asked for what it holds")
	}
	if f.AfterDocument && len(f.Lines) == 0 {
		return set(DecReview, RuleAboutDoc, "after a document, no product named")
	}
	if len(f.Lines) == 0 {
		return set(DecAsk, RuleNoProduct, "no product recognised")
	}
	if len(f.Service) > 0 && f.Intent == understand.Inquiry && f.FirstRound {
		// a question about delivering or installing what was named: the
		// answer is a person's, not a price list
		return set(DecReview, RuleService, "a question about "+strings.Join(f.Service, "، "))
	}
	buying := f.Intent == understand.Order || f.Confirmed // a quote needs neither size nor colour; an invoice does
	var unread []string
	for i := range f.Lines {
		l := &f.Lines[i]
		l.Problem = ""
		if l.SKU == "" && len(l.Choices) > 1 {
			// the question is this line's: its choices are the products,
			// not the product of a line read before it
			v.Line, v.Product = i, catalog.Product{}
			if len(l.Lacks) > 0 && !f.Confirmed {
				// a kind asked in a material or use none of them has
				l.Problem = "substitute"
				v.Asked = strings.Join(l.Lacks, " ")
				return set(DecAlternatives, RuleSubstitute, "no "+l.Phrase+": the closest lack "+v.Asked)
			}
			// a kind several products share ("عايز مرتبة"): which one?
			l.Problem = "which"
			return set(DecAsk, RuleWhich, "which product for "+fmt.Sprintf("%q", l.Phrase))
		}
		if l.SKU == "" {
			l.Problem = "unknown"
			v.Unknown = append(v.Unknown, l.Phrase)
			if l.Unread || len(l.DimsCM) > 0 || len(l.Choices) == 1 {
				// a size with no product ("… وواحد خامس ١٠٠ في ١٩٠") is as
				// likely a piece of the order misread as a thing not sold;
				// and a phrase the understanding doubted between one
				// product of the shop and nothing ("ونص كيلو بسبوسة") is
				// neither that product nor a thing not sold
				unread = append(unread, l.Phrase)
			}
			continue
		}
		prod, ok, err := cat.Product(l.SKU)
		if err != nil {
			return v, err
		}
		v.Line, v.Product = i, prod
		if !ok {
			l.Problem = "unknown"
			v.Asked = l.Name
			return set(DecReview, RuleLeftCatalog, l.SKU+" left the catalog")
		}
		l.Name, l.Unit = prod.NameAr, prod.Unit
		if buying && len(l.Choices) > 0 {
			l.Problem = "which"
			return set(DecAsk, RuleWhich, "which product for "+fmt.Sprintf("%q", l.Phrase))
		}
		if len(l.Lacks) > 0 && !f.Confirmed {
			// the customer said something this product is not (suede,
			// beech, an office chair): never a silent substitute
			l.Problem = "substitute"
			v.Asked = strings.Join(l.Lacks, " ")
			return set(DecAlternatives, RuleSubstitute, prod.SKU+" lacks "+v.Asked)
		}
		if !prod.Available(l.Quantity) && !f.Confirmed {
			l.Problem = "unavailable"
			if prod.Stock > 0 {
				l.Problem = "short"
				// some in stock, not enough: a person knows when more
				// comes, and a large order is theirs to take
				return set(DecReview, RuleShortStock, fmt.Sprintf("%s: %s asked, %s in stock", prod.SKU, l.Quantity, prod.Stock))
			}
			return set(DecAlternatives, RuleUnavailable, prod.SKU+" is unavailable")
		}
		if l.Color != "" && !slices.Contains(prod.Colors, l.Color) {
			// A colour this product does not come in: map it through the
			// vocabulary, else ask (orders) or leave it off (quotes).
			c, ok := cat.ResolveColor(&prod, l.Color)
			if !ok && buying && len(prod.Colors) > 0 {
				v.Asked = l.Color
				l.Color, l.Problem = "", "color"
				return set(DecAsk, RuleColorOffered, "which colour for "+prod.SKU)
			}
			l.Color = c
		}
		if buying && f.FirstRound && !f.Confirmed && !slices.Contains(l.Missing, "size") && l.Color == "" && len(prod.Colors) > 1 && inPhrase(f.Unexplained, l.Phrase) {
			// words of the line's own naming not understood ("ضلفة رخام
			// صناعي كوريان" read as the acrylic front): asking its colour
			// would offer the colours of a product the customer may not
			// have meant. (A size asked stays asked: "قماش تيل يكفي
			// مرتبتين", the answer says how much.)
			return set(DecReview, RuleUnexplained, "words not understood: "+strings.Join(unplaced(f.Unexplained, f.Lines), " "))
		}
		if buying && slices.Contains(l.Missing, "size") {
			l.Problem = "size"
			return set(DecAsk, RuleSize, "which size for "+prod.SKU)
		}
		if f.FirstRound && !f.Confirmed && (len(l.DimsCM) > 3 && len(pieceSizes(prod, l.DimsCM)) > 3 ||
			prod.Unit == catalog.Piece && len(pieceSizes(prod, l.DimsCM)) > 2) {
			// more figures than one piece has (beyond the product's own
			// named size): two pieces of different sizes read as one line
			// ("٩٠×١٢٠ وواحدة تانية ٦٠×١٢٠"), or a count read as a size —
			// a person splits it
			l.Problem = "size"
			return set(DecReview, RuleSizes, fmt.Sprintf("%s: more sizes than one piece has %v", prod.SKU, l.DimsCM))
		}
		if f.FirstRound && !f.Confirmed && prod.Unit == catalog.Piece && len(l.DimsCM) >= 2 && otherSize(prod, l.DimsCM) {
			// a piece made in the size its name gives ("لوح جبس بورد
			// (120×240)") asked in another ("سقف ٥ في ٤"): what was asked
			// is not this product — a person reads it, never a silent
			// substitute
			l.Problem = "size"
			return set(DecReview, RuleSizes, fmt.Sprintf("%s is %s, asked %v", prod.SKU, namedSize.FindString(prod.NameAr+" "+prod.NameEn), l.DimsCM))
		}
		if buying && f.FirstRound && !f.Confirmed && prod.Unit == catalog.Piece && l.Quantity == catalog.One && !strings.ContainsFunc(l.Phrase, unicode.IsDigit) {
			if u := understand.PricedPer(prod); u != "" {
				// "… والتركيب" of "تركيب منظومة لكل كيلو وات": priced per
				// a measure of something else, how many not said — one is
				// a guess, a person counts it
				l.Problem = "quantity"
				return set(DecReview, RulePerUnit, fmt.Sprintf("%s is priced per %s; how many was not said", prod.SKU, u))
			}
		}
		if f.FirstRound && !f.Confirmed && prod.Unit == catalog.Piece && l.Quantity == catalog.One {
			if n := strayCount(l, prod); n != "" {
				// "عايز سفرة ٦ كراسي" read as one dining chair: a count
				// in the line's own words that is neither its quantity,
				// nor a figure of its product's name, nor its size —
				// whose count it is, a person reads
				l.Problem = "quantity"
				v.Unknown = append(v.Unknown, l.Phrase)
				return set(DecReview, RuleUnread, fmt.Sprintf("%s: the count %s said in %q not read", prod.SKU, n, l.Phrase))
			}
		}
		if buying && l.Color == "" && len(prod.Colors) > 1 {
			l.Problem = "color"
			return set(DecAsk, RuleColor, "which colour for "+prod.SKU)
		}
		if !buying && f.FirstRound && l.Color == "" && len(prod.Colors) > 1 && colourSaidBeside(f.Lines, i, prod, cat) {
			// "عرض سعر لدولاب ٤ ضلف وشوفونيرة وردي": one colour said
			// after goods joined by و is the last one's as readily as
			// both's; a quote of this one in no colour, though it comes
			// in the one said, may leave out what was asked — the box
			// asks its colour
			l.Problem = "color"
			return set(DecAsk, RuleColor, "which colour for "+prod.SKU+": a colour it comes in said after it")
		}
		if buying && !f.Confirmed && slices.Contains(l.Missing, "count") {
			// "عايز ترابيزات سفرة" then a table picked, "كراسي زان" then
			// its colour answered: how many is still unsaid — one would be
			// a guess; the box asks
			l.Problem = "quantity"
			return set(DecAsk, RuleUncounted, prod.SKU+": several asked, how many not said")
		}
		if l.Color == "" && len(prod.Colors) == 1 {
			l.Color = prod.Colors[0]
		}
		v.Request = append(v.Request, invoice.RequestLine{Product: prod, Quantity: l.Quantity, Color: l.Color, DimsCM: l.DimsCM})
	}
	v.Line, v.Product = -1, catalog.Product{}
	if f.FirstRound && !f.Confirmed && sameLineTwice(v.Request) {
		// "شفنا الكالون، عايز ٢ كالون": the product seen and the one
		// ordered read as two lines of the same thing — one may only
		// name the other
		return set(DecReview, RuleTwice, "the same product, colour and size on two lines")
	}
	if len(unread) > 0 && !f.Confirmed {
		// a line names words of the shop's own products yet matched none
		// ("وحدة حوض Nova 60" unread): neither "we don't carry it" nor a
		// document without it — a person reads it
		return set(DecReview, RuleUnread, "product words not read: "+strings.Join(unread, "، "))
	}
	if len(v.Unknown) > 0 && len(v.Request) == 0 {
		if f.AfterDocument {
			return set(DecReview, RuleAboutDoc, "after a document, nothing named is in the catalog: "+strings.Join(v.Unknown, "، "))
		}
		return set(DecReview, RuleNotCarried, "nothing the customer named is in the catalog")
	}
	if f.FirstRound && f.Confidence < s.AutoIssueThreshold {
		return set(DecReview, RuleLowConf, fmt.Sprintf("understanding confidence %.2f is below %.2f", f.Confidence, s.AutoIssueThreshold))
	}
	if f.FirstRound && len(unplaced(f.Unexplained, f.Lines)) > 0 {
		// a document goes out on its own only when every word of the
		// message is placed: the rest may change what was asked
		return set(DecReview, RuleUnexplained, "words not understood: "+strings.Join(unplaced(f.Unexplained, f.Lines), " "))
	}
	if !f.FirstRound && !f.Confirmed {
		if ws := outsideLines(unplaced(f.Unexplained, f.Lines), f.Lines); len(ws) > 0 {
			// an answer settles what was asked — a colour, a size, which
			// product — not the words of the message no line holds
			// ("kanaba 3 ma2a3ed": three seats, not three sofas, asked
			// its colour first): a person reads them before a document
			return set(DecReview, RuleUnexplained, "words not understood: "+strings.Join(ws, " "))
		}
	}
	v.Quote = !f.Confirmed && (f.Intent == understand.Inquiry || s.QuoteFirst)
	if v.Quote {
		return set(DecQuote, RuleIssue, "quote")
	}
	return set(DecInvoice, RuleIssue, "invoice")
}

// colourSaidBeside: a line said after line i was said in a colour prod is
// made in too. (A colour after goods may be theirs and those before; one
// said before the next goods is the first's own: "كرسي بني وكنبة".)
func colourSaidBeside(lines []Line, i int, prod catalog.Product, cat Products) bool {
	for _, o := range lines[i+1:] {
		if o.Color == "" {
			continue
		}
		if slices.Contains(prod.Colors, o.Color) {
			return true
		}
		if c, ok := cat.ResolveColor(&prod, o.Color); ok && c != "" {
			return true
		}
	}
	return false
}

// sameLineTwice: two request lines of one product in one colour and size.
func sameLineTwice(req []invoice.RequestLine) bool {
	for i := range req {
		for j := i + 1; j < len(req); j++ {
			a, b := req[i], req[j]
			if a.Product.SKU == b.Product.SKU && a.Color == b.Color && slices.Equal(a.DimsCM, b.DimsCM) {
				return true
			}
		}
	}
	return false
}

// LinesOf turns an understanding into an order's working lines; a line the
// understanding is unsure of (below threshold) keeps the close products it
// hesitated between as Choices.
// AsksWhich: line l is one Decide asks "which one?" about when it comes to
// it — a kind several products share with none chosen, or, when buying, a
// product read with close others beside it — and that no problem checked
// before the question (a lack, a product gone from the catalog) stops.
// Decide asks one line at a time; the lines after the one asked wait
// their turn.
func AsksWhich(l Line, buying, confirmed bool, inCatalog bool) bool {
	if l.SKU == "" {
		return len(l.Choices) > 1 && (len(l.Lacks) == 0 || confirmed)
	}
	return inCatalog && buying && len(l.Choices) > 0
}

// WhichSKUs are the products a "which one?" question about line l offers
// (RuleWhich): the line's own product, when it has one, then its choices.
func WhichSKUs(l Line) []string {
	if l.SKU == "" {
		return l.Choices
	}
	return append([]string{l.SKU}, l.Choices...)
}

func LinesOf(res understand.Result, threshold float64) []Line {
	var out []Line
	for _, it := range res.Items {
		l := Line{SKU: it.SKU, Quantity: it.Quantity, Color: it.Color, DimsCM: it.DimsCM, Phrase: it.Phrase,
			Missing: it.Missing, Confidence: it.Confidence, Lacks: it.Lacks, Unread: it.Unread}
		if it.Product != nil {
			l.Name, l.Unit = it.Product.NameAr, it.Product.Unit
		}
		if l.SKU == "" && l.Color == "" {
			l.Color = it.SaidColor // kept for the product picked next (pickedLine)
		}
		if l.Quantity <= 0 {
			l.Quantity = catalog.One
		}
		if it.Confidence < threshold || it.Vague {
			for _, c := range it.Ambiguous {
				if c.Product != nil && c.Product.SKU != l.SKU && len(l.Choices) < 9 {
					l.Choices = append(l.Choices, c.Product.SKU)
					if c.Count > 0 {
						if l.PickCounts == nil {
							l.PickCounts = map[string]catalog.Milli{}
						}
						l.PickCounts[c.Product.SKU] = catalog.MilliFromFloat(c.Count)
					}
				}
			}
		}
		out = append(out, l)
	}
	return out
}

// unplaced are the unexplained words that are not the name of a thing the
// catalog lacks (those lines are answered on their own).
func unplaced(words []string, lines []Line) []string {
	var out []string
	for _, w := range words {
		named := false
		for _, l := range lines {
			if l.SKU == "" && slices.Contains(strings.Fields(l.Phrase), w) {
				named = true
			}
		}
		if !named {
			out = append(out, w)
		}
	}
	return out
}

// outsideLines are the words that no line's phrase holds.
func outsideLines(words []string, lines []Line) []string {
	var out []string
	for _, w := range words {
		if !slices.ContainsFunc(lines, func(l Line) bool { return inPhrase([]string{w}, l.Phrase) }) {
			out = append(out, w)
		}
	}
	return out
}

// inPhrase: some unexplained word (or every word of an unexplained
// stretch: "٢٠ م٢ ولا ٣٠ م٢") is one of the phrase's words.
func inPhrase(words []string, phrase string) bool {
	fs := strings.Fields(phrase)
	for _, w := range words {
		ws := strings.Fields(w)
		if len(ws) > 0 && !slices.ContainsFunc(ws, func(x string) bool { return !slices.Contains(fs, x) }) {
			return true
		}
	}
	return false
}

// pieceSizes are the figures of dims that are not the product's own named
// size ("بورسلين 60×60 … لأوضة ٨ في ١٢" keeps 800 and 1200): each figure
// written in the product's names is taken out once.
// namedSize is a size in a product's name: two figures joined by × or x
// ("120×240", "60x80", "٦٠×٦٠").
var namedSize = regexp.MustCompile(`[0-9٠-٩]+(?:[.,][0-9٠-٩]+)?\s*[×xX*]\s*[0-9٠-٩]+`)

// otherSize: the product's name gives its size ("(120×240)", "٣×٣ م") and
// no side the customer said is one of its sides, in cm or as metres.
func otherSize(p catalog.Product, dims []int) bool {
	m := namedSize.FindString(p.NameAr + " " + p.NameEn)
	if m == "" {
		return false
	}
	sides := map[int]bool{}
	for _, f := range strings.FieldsFunc(money.FoldDigits(m), func(r rune) bool { return !(r >= '0' && r <= '9' || r == '.') }) {
		if v, err := strconv.ParseFloat(f, 64); err == nil {
			sides[int(math.Round(v))] = true
			sides[int(math.Round(v*100))] = true // "٣×٣" in metres
		}
	}
	for _, d := range dims {
		if sides[d] {
			return false
		}
	}
	return true
}

func pieceSizes(p catalog.Product, dims []int) []int {
	named := map[int]int{}
	for _, f := range strings.FieldsFunc(money.FoldDigits(p.NameAr+" "+p.NameEn), func(r rune) bool { return r < '0' || r > '9' }) {
		if n, err := strconv.Atoi(f); err == nil {
			named[n]++
		}
	}
	var out []int
	for _, d := range dims {
		if named[d] > 0 {
			named[d]--
			continue
		}
		out = append(out, d)
	}
	return out
}

// strayCount is a whole number from 2 to 99 said before more words of line
// l that its quantity (one), its size and every figure of its product's
// names and synonyms leave unexplained: "٦" of "سفرة ٦ كراسي" read as one
// chair. A figure with its measure beside it ("٥ سم", "٣ في ٣") is no
// count, nor one a name writes glued to letters ("4K" of "٤ كي").
func strayCount(l *Line, prod catalog.Product) string {
	own := map[string]bool{}
	for _, w := range answerTokens(strings.Join(append([]string{prod.SKU, prod.NameAr, prod.NameEn}, prod.Synonyms...), " ")) {
		own[w] = true
		if k := strings.IndexFunc(w, func(r rune) bool { return !unicode.IsDigit(r) }); k > 0 {
			own[w[:k]] = true // "4k": 4
		}
	}
	for _, d := range l.DimsCM {
		own[strconv.Itoa(d)], own[strconv.Itoa(d/100)], own[strconv.Itoa(d/10)] = true, true, true
	}
	ts := answerTokens(l.Phrase)
	for i, t := range ts {
		n, err := strconv.Atoi(t)
		if err != nil || n < 2 || n > 99 || own[t] || i+1 == len(ts) || hyphenedFigure(l.Phrase, t) ||
			understand.MeasureWord(ts[i+1]) || i > 0 && understand.MeasureWord(ts[i-1]) || understand.OwnRoomsFigure(ts, i) ||
			understand.EnglishAgeFigure(ts, i) {
			continue
		}
		return t
	}
	return ""
}

// hyphenedFigure: the figure t is written hyphenated to "a-" or "seater"
// in phrase ("5-a-side", "3-seater"): an English compound naming the
// goods' kind, no count of them ("2-page" may count a line priced per
// page: still read).
func hyphenedFigure(phrase, t string) bool {
	for rest := phrase; ; {
		k := strings.Index(rest, t+"-")
		if k < 0 {
			return false
		}
		before, after := rest[:k], rest[k+len(t)+1:]
		r, _ := utf8.DecodeRuneInString(after)
		b, _ := utf8.DecodeLastRuneInString(before)
		kind := strings.HasPrefix(strings.ToLower(after), "a-") || strings.HasPrefix(strings.ToLower(after), "seater")
		if unicode.IsLetter(r) && kind && (before == "" || !unicode.IsDigit(b)) {
			return true
		}
		rest = after
	}
}
