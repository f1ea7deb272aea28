package pipeline

import (
	"testing"

	"fatoora/appliance/understand"
	"fatoora/catalog"
)

// TestDecide_ColourSaidBeside: a quote asked of goods joined by و with one
// colour said after the last ("عرض سعر لكرسي وكنبة بني"): the colour may be
// both's, so a quote of the first in no colour, though it comes in that
// colour, may leave out what was asked — the box asks its colour. A quote
// of one product in no colour, beside a colour the first is not made in,
// or after a colour said before the next goods ("كرسي بني وكنبة": the
// first's own), still goes out.
func TestDecide_ColourSaidBeside(t *testing.T) {
	cat := fakeProducts{
		"CHAIR": {SKU: "CHAIR", NameAr: "كرسي", Unit: catalog.Piece, Stock: catalog.MilliFromFloat(10), Colors: []string{"بني", "أسود"}},
		"SOFA":  {SKU: "SOFA", NameAr: "كنبة", Unit: catalog.Piece, Stock: catalog.MilliFromFloat(10), Colors: []string{"بني", "رمادي"}},
	}
	line := func(sku, color string) Line {
		return Line{SKU: sku, Quantity: catalog.One, Color: color, Phrase: sku, Confidence: 1}
	}
	tests := []struct {
		name     string
		lines    []Line
		decision Decision
		rule     string
	}{
		{"a colour the first comes in, said after the second", []Line{line("CHAIR", ""), line("SOFA", "بني")}, DecAsk, RuleColor},
		{"a colour said with the first, before the second: the first's own", []Line{line("CHAIR", "بني"), line("SOFA", "")}, DecQuote, RuleIssue},
		{"a colour the first is not made in", []Line{line("CHAIR", ""), line("SOFA", "رمادي")}, DecQuote, RuleIssue},
		{"one product, no colour said", []Line{line("CHAIR", "")}, DecQuote, RuleIssue},
		{"each its own colour", []Line{line("CHAIR", "أسود"), line("SOFA", "بني")}, DecQuote, RuleIssue},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v, err := Decide(Facts{Intent: understand.Inquiry, Lines: tt.lines, Confidence: 1, FirstRound: true}, Settings{AutoIssueThreshold: DefaultAutoIssueThreshold}, cat)
			if err != nil {
				t.Fatal(err)
			}
			if v.Decision != tt.decision || v.Rule != tt.rule {
				t.Errorf("got %s/%s (%s), want %s/%s", v.Decision, v.Rule, v.Reason, tt.decision, tt.rule)
			}
		})
	}
}
