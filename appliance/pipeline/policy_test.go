package pipeline

import (
	"testing"

	"fatoora/appliance/understand"
	"fatoora/catalog"
)

// fakeProducts is a catalog held in memory: the policy reads nothing else.
type fakeProducts map[string]catalog.Product

func (f fakeProducts) Product(sku string) (catalog.Product, bool, error) {
	p, ok := f[sku]
	return p, ok, nil
}

func (f fakeProducts) ResolveColor(p *catalog.Product, w string) (string, bool) {
	for _, c := range p.Colors {
		if c == w {
			return c, true
		}
	}
	return "", false
}

func TestDecide(t *testing.T) {
	cat := fakeProducts{
		"CHAIR": {SKU: "CHAIR", NameAr: "كرسي", Unit: catalog.Piece, Stock: catalog.MilliFromFloat(10), Colors: []string{"بني", "أسود"}},
		"LAMP":  {SKU: "LAMP", NameAr: "أباجورة", Unit: catalog.Piece, Stock: catalog.MilliFromFloat(5), Colors: []string{"ذهبي"}},
		"GONE":  {SKU: "GONE", NameAr: "ترابيزة", Unit: catalog.Piece, Stock: 0},
		"WR":    {SKU: "WR", NameAr: "دولاب", Unit: catalog.SquareMeter, MadeToOrder: true, Colors: []string{"أبيض"}},
		"DOOR":  {SKU: "DOOR", NameAr: "باب حشو ٤ حشوات", Unit: catalog.Piece, Stock: catalog.MilliFromFloat(9), Colors: []string{"أبيض"}},
		"TILE":  {SKU: "TILE", NameAr: "سيراميك أرضيات 60×60", NameEn: "Floor tile 60x60", Unit: catalog.SquareMeter, Stock: catalog.MilliFromFloat(500)},
		"BOARD": {SKU: "BOARD", NameAr: "لوح جبس بورد أسقف 9.5 مم (120×240)", Unit: catalog.Piece, Stock: catalog.MilliFromFloat(90)},
		"UMB":   {SKU: "UMB", NameAr: "شمسية جانبية ٣×٣ م", Unit: catalog.Piece, Stock: catalog.MilliFromFloat(4)},
	}
	one := catalog.One
	line := func(sku string, q float64, color string) Line {
		return Line{SKU: sku, Quantity: catalog.MilliFromFloat(q), Color: color, Phrase: sku, Confidence: 1}
	}
	tests := []struct {
		name     string
		f        Facts
		decision Decision
		rule     string
	}{
		{"complaint", Facts{Intent: understand.Complaint, Lines: []Line{line("CHAIR", 2, "")}}, DecComplaint, RuleComplaint},
		{"greeting", Facts{Intent: understand.Other}, DecGreeting, RuleGreeting},
		{"service question", Facts{Intent: understand.Other, Service: []string{"التوصيل"}}, DecReview, RuleService},
		{"no product", Facts{Intent: understand.Order}, DecAsk, RuleNoProduct},
		{"installing what was named is asked of staff", Facts{Intent: understand.Inquiry, Lines: []Line{line("CHAIR", 1, "")}, Service: []string{"بتركبوا"}, Confidence: 1, FirstRound: true}, DecReview, RuleService},
		{"an order naming delivery is still an order", Facts{Intent: understand.Order, Lines: []Line{line("CHAIR", 1, "بني")}, Service: []string{"التوصيل"}, Confidence: 1, FirstRound: true}, DecInvoice, RuleIssue},
		{"invoice", Facts{Intent: understand.Order, Lines: []Line{line("CHAIR", 2, "بني")}, Confidence: 1, FirstRound: true}, DecInvoice, RuleIssue},
		{"quote", Facts{Intent: understand.Inquiry, Lines: []Line{line("CHAIR", 2, "")}, Confidence: 1, FirstRound: true}, DecQuote, RuleIssue},
		{"colour", Facts{Intent: understand.Order, Lines: []Line{line("CHAIR", 2, "")}, Confidence: 1}, DecAsk, RuleColor},
		{"one colour is no question", Facts{Intent: understand.Order, Lines: []Line{line("LAMP", 1, "")}, Confidence: 1}, DecInvoice, RuleIssue},
		{"colour not offered", Facts{Intent: understand.Order, Lines: []Line{line("CHAIR", 1, "أخضر")}, Confidence: 1}, DecAsk, RuleColorOffered},
		{"size", Facts{Intent: understand.Order, Lines: []Line{{SKU: "WR", Quantity: one, Missing: []string{"size"}}}, Confidence: 1}, DecAsk, RuleSize},
		{"two sizes in one line are a person's to split", Facts{Intent: understand.Order, Lines: []Line{{SKU: "WR", Quantity: catalog.MilliFromFloat(1.8), Color: "أبيض", DimsCM: []int{90, 120, 60, 120}, Confidence: 1}}, Confidence: 1, FirstRound: true}, DecReview, RuleSizes},
		{"the product's own size and the room's are one piece's", Facts{Intent: understand.Order, Lines: []Line{{SKU: "TILE", Quantity: catalog.MilliFromFloat(96), DimsCM: []int{60, 60, 800, 1200}, Confidence: 1}}, Confidence: 1, FirstRound: true}, DecInvoice, RuleIssue},
		{"a piece with three figures of its own is two pieces read as one", Facts{Intent: understand.Order, Lines: []Line{{SKU: "DOOR", Quantity: catalog.MilliFromFloat(2), Color: "أبيض", DimsCM: []int{90, 100, 70}, Confidence: 1}}, Confidence: 1, FirstRound: true}, DecReview, RuleSizes},
		{"a piece's width and height, its name's figure aside", Facts{Intent: understand.Order, Lines: []Line{{SKU: "DOOR", Quantity: catalog.MilliFromFloat(2), Color: "أبيض", DimsCM: []int{90, 210, 4}, Confidence: 1}}, Confidence: 1, FirstRound: true}, DecInvoice, RuleIssue},
		{"three sides are one piece", Facts{Intent: understand.Order, Lines: []Line{{SKU: "WR", Quantity: one, Color: "أبيض", DimsCM: []int{200, 60, 240}, Confidence: 1}}, Confidence: 1, FirstRound: true}, DecInvoice, RuleIssue},
		{"a piece of a named size asked in another is a person's, never a silent substitute", Facts{Intent: understand.Order, Lines: []Line{{SKU: "BOARD", Quantity: one, DimsCM: []int{500, 400}, Confidence: 1}}, Confidence: 1, FirstRound: true}, DecReview, RuleSizes},
		{"a piece asked in its own size", Facts{Intent: understand.Order, Lines: []Line{{SKU: "BOARD", Quantity: catalog.MilliFromFloat(3), DimsCM: []int{120, 240}, Confidence: 1}}, Confidence: 1, FirstRound: true}, DecInvoice, RuleIssue},
		{"a piece's size in metres in its name, asked in cm", Facts{Intent: understand.Order, Lines: []Line{{SKU: "UMB", Quantity: one, DimsCM: []int{300, 300}, Confidence: 1}}, Confidence: 1, FirstRound: true}, DecInvoice, RuleIssue},
		{"unavailable", Facts{Intent: understand.Order, Lines: []Line{line("GONE", 1, "")}, Confidence: 1}, DecAlternatives, RuleUnavailable},
		{"short stock", Facts{Intent: understand.Order, Lines: []Line{line("LAMP", 9, "")}, Confidence: 1}, DecReview, RuleShortStock},
		{"substitute", Facts{Intent: understand.Order, Lines: []Line{{SKU: "CHAIR", Quantity: one, Color: "بني", Lacks: []string{"رخام"}}}, Confidence: 1}, DecAlternatives, RuleSubstitute},
		{"a kind: which", Facts{Intent: understand.Order, Lines: []Line{{Quantity: one, Phrase: "دولاب", Choices: []string{"WR", "CHAIR"}}}}, DecAsk, RuleWhich},
		{"not carried", Facts{Intent: understand.Order, Lines: []Line{{Quantity: one, Phrase: "مرتبة"}}}, DecReview, RuleNotCarried},
		{"a line of the shop's own words it could not read is a person's", Facts{Intent: understand.Order, Lines: []Line{line("CHAIR", 2, "بني"), {Quantity: one, Phrase: "وحدة كرسي موديل ٣ رمادي", Unread: true}}, Confidence: 1, FirstRound: true}, DecReview, RuleUnread},
		{"a size with no product beside an order is a piece of it misread, not a thing not sold", Facts{Intent: understand.Order, Lines: []Line{line("CHAIR", 2, "بني"), {Quantity: one, Phrase: "وواحد خامس ١٠٠ في ١٩٠", DimsCM: []int{100, 190}}}, Confidence: 1, FirstRound: true}, DecReview, RuleUnread},
		{"an unread line alone is not 'we don't carry it'", Facts{Intent: understand.Order, Lines: []Line{{Quantity: one, Phrase: "بالكرسي الجديد", Unread: true}}}, DecReview, RuleUnread},
		{"a line doubted between one product of the shop and nothing is neither that product nor a thing not sold", Facts{Intent: understand.Order, Lines: []Line{line("CHAIR", 2, "بني"), {Quantity: one, Phrase: "واباجورة", Choices: []string{"LAMP"}}}, Confidence: 1, FirstRound: true}, DecReview, RuleUnread},
		{"one product, colour and size on two lines is a person's", Facts{Intent: understand.Order, Lines: []Line{line("CHAIR", 1, "بني"), line("CHAIR", 2, "بني")}, Confidence: 1, FirstRound: true}, DecReview, RuleTwice},
		{"one product in two colours is two lines", Facts{Intent: understand.Order, Lines: []Line{line("CHAIR", 1, "بني"), line("CHAIR", 2, "أسود")}, Confidence: 1, FirstRound: true}, DecInvoice, RuleIssue},
		{"low confidence", Facts{Intent: understand.Order, Lines: []Line{line("CHAIR", 1, "بني")}, Confidence: 0.4, FirstRound: true}, DecReview, RuleLowConf},
		{"unexplained words", Facts{Intent: understand.Order, Lines: []Line{line("CHAIR", 1, "بني")}, Confidence: 1, FirstRound: true, Unexplained: []string{"فورجيه"}}, DecReview, RuleUnexplained},
		{"a word of the line's own naming not understood is no colour question", Facts{Intent: understand.Order, Lines: []Line{{SKU: "CHAIR", Quantity: one, Phrase: "كرسي كوريان", Confidence: 0.7}}, Confidence: 0.7, FirstRound: true, Unexplained: []string{"كوريان"}}, DecReview, RuleUnexplained},
		{"a size question stays asked", Facts{Intent: understand.Order, Lines: []Line{{SKU: "WR", Quantity: one, Color: "أبيض", Phrase: "دولاب يكفي اوضتين", Missing: []string{"size"}}}, Confidence: 0.7, FirstRound: true, Unexplained: []string{"يكفي"}}, DecAsk, RuleSize},
		{"two amounts offered in the line is no colour question", Facts{Intent: understand.Order, Lines: []Line{{SKU: "CHAIR", Quantity: catalog.MilliFromFloat(5), Phrase: "كرسي ٢ ولا ٣ حتة", Confidence: 1}}, Confidence: 1, FirstRound: true, Unexplained: []string{"٢ ولا ٣"}}, DecReview, RuleUnexplained},
		{"a word beside the line is asked after", Facts{Intent: understand.Order, Lines: []Line{{SKU: "CHAIR", Quantity: one, Phrase: "كرسي", Confidence: 1}}, Confidence: 1, FirstRound: true, Unexplained: []string{"فورجيه"}}, DecAsk, RuleColor},
		{"a lacking thing's name is placed", Facts{Intent: understand.Order, Lines: []Line{line("CHAIR", 1, "بني"), {Quantity: one, Phrase: "مرتبة"}}, Confidence: 1, FirstRound: true, Unexplained: []string{"مرتبة"}}, DecInvoice, RuleIssue},
		// the colour answered settles the colour, not "فورجيه" beside the line: the chair
		// asked may not be this one
		{"an answer does not settle the words no line holds", Facts{Intent: understand.Order, Lines: []Line{line("CHAIR", 1, "بني")}, Confidence: 1, Unexplained: []string{"فورجيه"}}, DecReview, RuleUnexplained},
		{"an answer settles the words of its own line (a pick from a list)", Facts{Intent: understand.Order, Lines: []Line{{SKU: "CHAIR", Quantity: one, Color: "بني", Phrase: "كرسي فورجيه", Confidence: 1}}, Confidence: 1, Unexplained: []string{"فورجيه"}}, DecInvoice, RuleIssue},
		{"after a document, a change asked is about it", Facts{Intent: understand.Other, Unexplained: []string{"تغيروا"}, AfterDocument: true}, DecReview, RuleAboutDoc},
		{"after a document, thanks are thanks", Facts{Intent: understand.Other, Unexplained: []string{"جزيلا"}, AfterDocument: true}, DecGreeting, RuleGreeting},
		{"after a document, a swap is no new line", Facts{Intent: understand.Order, Lines: []Line{line("CHAIR", 1, "أسود")}, Confidence: 1, FirstRound: true, Unexplained: []string{"بدل"}, AfterDocument: true}, DecReview, RuleAboutDoc},
		{"after a document, words naming nothing sold are about it", Facts{Intent: understand.Order, Lines: []Line{{Quantity: one, Phrase: "تخليه اسود"}}, AfterDocument: true}, DecReview, RuleAboutDoc},
		{"after a document, no product named is about it", Facts{Intent: understand.Order, AfterDocument: true}, DecReview, RuleAboutDoc},
		{"after a document, a new order is an order", Facts{Intent: understand.Order, Lines: []Line{line("CHAIR", 2, "بني")}, Confidence: 1, FirstRound: true, AfterDocument: true}, DecInvoice, RuleIssue},
		{"a confirmed order is not held for them", Facts{Intent: understand.Order, Lines: []Line{line("CHAIR", 1, "بني")}, Confidence: 1, Confirmed: true, Unexplained: []string{"فورجيه"}}, DecInvoice, RuleIssue},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v, err := Decide(tt.f, Settings{AutoIssueThreshold: DefaultAutoIssueThreshold}, cat)
			if err != nil {
				t.Fatal(err)
			}
			if v.Decision != tt.decision || v.Rule != tt.rule || v.Reason == "" {
				t.Errorf("%s by %s (%s), want %s by %s", v.Decision, v.Rule, v.Reason, tt.decision, tt.rule)
			}
		})
	}
}

// A pick from a list keeps what is still to ask.
func TestPickedLine(t *testing.T) {
	wr := catalog.Product{SKU: "WR", NameAr: "دولاب", Unit: catalog.SquareMeter, Colors: []string{"أبيض", "رمادي"}}
	chair := catalog.Product{SKU: "CHAIR", NameAr: "كرسي", Unit: catalog.Piece, Colors: []string{"بني"}}
	tests := []struct {
		name string
		old  Line
		prod catalog.Product
		miss []string
		qty  string
		col  string
	}{
		{"a kind picked: m² without a size asks it", Line{Quantity: catalog.One, Phrase: "دولاب"}, wr, []string{"size"}, "1", ""},
		{"same unit, size still missing", Line{SKU: "WR2", Unit: catalog.SquareMeter, Quantity: catalog.One, Missing: []string{"size", "color"}}, wr, []string{"size"}, "1", ""},
		{"a sized line keeps its size", Line{SKU: "WR2", Unit: catalog.SquareMeter, Quantity: catalog.MilliFromFloat(6.24), DimsCM: []int{240, 260}}, wr, nil, "6.24", ""},
		{"pieces: the count stays, the one colour is taken", Line{Quantity: catalog.MilliFromFloat(4), Phrase: "كرسي"}, chair, nil, "4", "بني"},
		{"metres to pieces: count again", Line{SKU: "K", Unit: catalog.Meter, Quantity: catalog.MilliFromFloat(3), DimsCM: []int{300}}, chair, nil, "1", "بني"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := pickedLine(tt.old, tt.prod)
			if len(l.Missing) != len(tt.miss) || len(tt.miss) > 0 && l.Missing[0] != tt.miss[0] || l.Quantity.String() != tt.qty || l.Color != tt.col {
				t.Errorf("missing %v qty %s colour %q, want %v %s %q", l.Missing, l.Quantity, l.Color, tt.miss, tt.qty, tt.col)
			}
		})
	}
}

// A question about the second line's kind is about that line alone: the
// first line's product is no choice of it (the verdict's Product was the
// last product read, so the list for "مواسير" offered the air conditioner).
func TestDecide_WhichAfterAPricedLine(t *testing.T) {
	cat := fakeProducts{
		"CHAIR": {SKU: "CHAIR", NameAr: "كرسي", Unit: catalog.Piece, Stock: catalog.MilliFromFloat(5), Colors: []string{"بني"}},
		"WR":    {SKU: "WR", NameAr: "دولاب", Unit: catalog.Piece, Stock: catalog.MilliFromFloat(5)},
		"TBL":   {SKU: "TBL", NameAr: "ترابيزة", Unit: catalog.Piece, Stock: catalog.MilliFromFloat(5)},
	}
	one := catalog.One
	for _, lacks := range [][]string{nil, {"زان"}} {
		f := Facts{Intent: understand.Order, Confidence: 1, FirstRound: true, Lines: []Line{
			{SKU: "CHAIR", Quantity: one, Color: "بني", Phrase: "كرسي بني", Confidence: 1},
			{Quantity: one, Phrase: "حاجة", Choices: []string{"WR", "TBL"}, Lacks: lacks},
		}}
		v, err := Decide(f, Settings{AutoIssueThreshold: DefaultAutoIssueThreshold}, cat)
		if err != nil {
			t.Fatal(err)
		}
		if v.Line != 1 || v.Product.SKU != "" {
			t.Errorf("lacks %v: %s about line %d, product %q; want line 1 and no product (its choices are the products)", lacks, v.Rule, v.Line, v.Product.SKU)
		}
	}
}
