package pipeline

import (
	"testing"

	"fatoora/appliance/understand"
	"fatoora/catalog"
)

// A count in a line's own words that the line does not hold ("سفرة ٦
// كراسي" read as one dining chair, beside tables named "6 كراسي") goes to a
// person: its colour answered, one chair was invoiced. A count the line
// holds, or a figure with its measure, still invoices.
func TestDecide_StrayCountToStaff(t *testing.T) {
	chair := catalog.Product{SKU: "CH-W", NameAr: "كرسي سفرة خشب", NameEn: "Wooden dining chair", Unit: catalog.Piece,
		Stock: catalog.MilliFromFloat(40), Colors: []string{"بيج", "رمادي"}}
	cat := fakeProducts{"CH-W": chair}
	decide := func(l Line) Verdict {
		t.Helper()
		v, err := Decide(Facts{Intent: understand.Order, FirstRound: true, Confidence: 1, Lines: []Line{l}},
			Settings{AutoIssueThreshold: DefaultAutoIssueThreshold}, cat)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	for _, phrase := range []string{"سفرة ٦ كراسي", "sofra 6 karasi"} {
		if v := decide(Line{SKU: "CH-W", Quantity: catalog.One, Phrase: phrase, Confidence: 1, Color: "بيج"}); v.Decision != DecReview || v.Rule != RuleUnread {
			t.Errorf("one chair read from %q: want review (%s), have %s %s", phrase, RuleUnread, v.Decision, v.Rule)
		}
	}
	for _, l := range []Line{
		{SKU: "CH-W", Quantity: catalog.MilliFromFloat(6), Phrase: "٦ كراسي سفرة بيج", Confidence: 1, Color: "بيج"},
		{SKU: "CH-W", Quantity: catalog.One, Phrase: "كرسي سفرة ارتفاع ٤٥ سم", Confidence: 1, Color: "بيج"},
		{SKU: "CH-W", Quantity: catalog.One, Phrase: "كرسي سفرة 45 x 45", Confidence: 1, Color: "بيج", DimsCM: []int{45, 45}},
	} {
		if v := decide(l); v.Decision != DecInvoice {
			t.Errorf("%q: want an invoice, have %s %s (%s)", l.Phrase, v.Decision, v.Rule, v.Reason)
		}
	}
}
