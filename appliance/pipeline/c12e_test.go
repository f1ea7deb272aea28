package pipeline

import (
	"testing"

	"fatoora/appliance/understand"
	"fatoora/catalog"
)

// TestDecide_PricedPerMeasure: a piece product its name prices per a
// measure of something else ("لكل كيلو وات", "per point") is never invoiced
// as one when how many was not said ("… والتركيب"): a person counts it. A
// figure said on the line, or a product priced per the goods beside it
// ("per door"), is invoiced as read.
func TestDecide_PricedPerMeasure(t *testing.T) {
	cat := fakeProducts{
		"INST-KW": {SKU: "INST-KW", NameAr: "تركيب منظومة طاقة شمسية لكل كيلو وات", NameEn: "Installation per kW", Unit: catalog.Piece, MadeToOrder: true},
		"WIRING":  {SKU: "WIRING", NameAr: "تأسيس كهرباء", NameEn: "Electrical wiring per point", Unit: catalog.Piece, MadeToOrder: true},
		"FIT":     {SKU: "FIT", NameAr: "تركيب باب", NameEn: "Fitting per door", Unit: catalog.Piece, MadeToOrder: true},
		"PANEL":   {SKU: "PANEL", NameAr: "لوح طاقة شمسية 550 وات", Unit: catalog.Piece, Stock: catalog.MilliFromFloat(100)},
	}
	decide := func(lines ...Line) Verdict {
		t.Helper()
		v, err := Decide(Facts{Intent: understand.Order, Lines: lines, Confidence: 1, FirstRound: true}, Settings{AutoIssueThreshold: DefaultAutoIssueThreshold}, cat)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	l := func(sku string, q float64, phrase string) Line {
		return Line{SKU: sku, Quantity: catalog.MilliFromFloat(q), Phrase: phrase, Confidence: 1}
	}
	for _, v := range []Verdict{
		decide(l("PANEL", 10, "١٠ الواح ٥٥٠ وات"), l("INST-KW", 1, "والتركيب")),
		decide(l("WIRING", 1, "tasees kahraba")),
	} {
		if v.Decision != DecReview || v.Rule != RulePerUnit {
			t.Errorf("priced per a measure, none said: %s/%s (%s), want review/%s", v.Decision, v.Rule, v.Reason, RulePerUnit)
		}
	}
	for _, v := range []Verdict{
		decide(l("PANEL", 10, "١٠ الواح ٥٥٠ وات"), l("INST-KW", 5, "تركيب ٥ كيلو")),
		decide(l("INST-KW", 1, "تركيب ١ كيلو وات")),
		decide(l("FIT", 1, "وتركيبه")),
	} {
		if v.Decision != DecInvoice {
			t.Errorf("%s/%s (%s), want an invoice", v.Decision, v.Rule, v.Reason)
		}
	}
}
