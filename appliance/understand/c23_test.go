package understand

import (
	"slices"
	"testing"

	"fatoora/catalog"
)

// A toy shop selling batteries on cards beside single ones: the card's
// count stated after the goods ("كارت 4") or around them ("كارت … عشرة").
const c23PacksCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
CAR-RC,عربية ريموت,Remote control car,,ألعاب,piece,650,10,,أحمر|أزرق
DOLL,عروسة,Doll,,ألعاب,piece,300,15,,
BAT-AA-4,بطاريات قلم AA كارت 4,AA batteries card of 4,,بطاريات,piece,60,50,,
BAT-LR44-1,بطارية زرار LR44 فرط,LR44 button battery,,بطاريات,piece,10,200,,
BAT-LR44-10,كارت بطاريات زرار LR44 عشرة,LR44 button batteries card of ten,,بطاريات,piece,80,30,,
`

const c23PacksVocab = `بطارية, بطاريه, بطاريات, battery, batteries
`

// TestRules_CardOfFewCountedInPieces: goods sold on a card of a few
// (2–9), counted in the goods' own word, are asked how many — never that
// many cards in silence ("٨ بطاريات قلم" was eight cards of four, "٢
// بطارية" and "بطاريتين" two cards); a count of cards stays cards, and a
// count a card holds whole is that many cards.
func TestRules_CardOfFewCountedInPieces(t *testing.T) {
	r := rulesFrom(t, c23PacksCSV, c23PacksVocab)
	line := func(res Result, sku string) *Item {
		for k := range res.Items {
			if res.Items[k].SKU == sku {
				return &res.Items[k]
			}
		}
		return nil
	}
	for _, text := range []string{"عايز ٢ بطارية قلم", "عايز عربية ريموت حمرا وبطاريتين قلم", "عايز ٨ بطاريات قلم", "عايز ٣ بطاريات قلم"} {
		res := understandText(t, r, text)
		it := line(res, "BAT-AA-4")
		if it == nil || !slices.Contains(it.Missing, "count") {
			t.Errorf("%s: %+v, want the battery card's count asked", text, res.Items)
		}
	}
	for _, c := range []struct {
		text string
		q    catalog.Milli
	}{{"عايز كارتين بطاريات قلم", 2}, {"عايز كارت بطاريات قلم", 1}, {"I want 2 cards of AA batteries", 2}} {
		res := understandText(t, r, c.text)
		it := line(res, "BAT-AA-4")
		if it == nil || it.Quantity != c.q*catalog.One || slices.Contains(it.Missing, "count") {
			t.Errorf("%s: %+v, want %d cards", c.text, res.Items, c.q)
		}
	}
	// ten batteries of a card of ten: one card or ten singles, never ten cards
	for _, text := range []string{"عايز ١٠ بطاريات زرار LR44", "عايز 10 بطاريات زرار LR44"} {
		res := understandText(t, r, text)
		if it := line(res, "BAT-LR44-10"); it != nil && it.Quantity != catalog.One && !slices.Contains(it.Missing, "count") {
			t.Errorf("%s: %+v, want one card of ten (or ten singles)", text, res.Items)
		}
		if len(res.Items) == 0 {
			t.Errorf("%s: no line", text)
		}
	}
	// the pack read from the names: a card after the goods, a card around them
	for _, c := range []struct {
		sku  string
		n    int
		unit string
	}{{"BAT-AA-4", 4, ""}, {"BAT-LR44-10", 10, "بطاريات"}, {"BAT-LR44-1", 0, ""}, {"CAR-RC", 0, ""}} {
		idx, ok := r.lx.bySKU[c.sku]
		if !ok {
			t.Fatalf("%s: no product", c.sku)
		}
		if n, u := r.lx.info[idx].pack, r.lx.info[idx].packUnit; n != c.n || u != c.unit {
			t.Errorf("pack of %s = %d %q, want %d %q", c.sku, n, u, c.n, c.unit)
		}
	}
}

// A printer supplies shop: cartridges by model number, and a box of one
// model only.
const c23ModelsCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
INK-680,خرطوشة حبر HP 680,HP 680 ink cartridge,,أحبار,piece,450,20,,أسود
INK-682,خرطوشة حبر HP 682,HP 682 ink cartridge,,أحبار,piece,480,15,,أسود
INK-685,خرطوشة حبر HP 685,HP 685 ink cartridge,,أحبار,piece,520,0,,أسود
INK-680-5,علبة 5 خرطوشة حبر HP 680,Box of 5 HP 680 ink cartridges,,أحبار,piece,2100,6,,أسود
PAPER-A4,رزمة ورق A4,A4 paper ream,,ورق,piece,220,40,,
`

// TestRules_BoxOfAnotherModel: a model number said with the pack's word
// ("علبة خرطوشة HP 682", "وعلبة 682") where the shop boxes only another
// model is what the box lacks — never the 680 box invoiced with 682 read
// as its size; the box's own model, or the model alone, stays the order.
func TestRules_BoxOfAnotherModel(t *testing.T) {
	r := rulesFrom(t, c23ModelsCSV, "")
	for _, text := range []string{"عايز علبة خرطوشة حبر HP 682", "عايز ٢ خرطوشة HP 680 وعلبة 682", "I want a box of HP 682 ink cartridges"} {
		res := understandText(t, r, text)
		for _, it := range res.Items {
			if it.SKU == "INK-680-5" && len(it.Lacks) == 0 {
				t.Errorf("%s: %+v, want the 680 box lacking the 682 said", text, res.Items)
			}
		}
	}
	for _, c := range []struct{ text, sku string }{
		{"عايز علبة خرطوشة حبر HP 680", "INK-680-5"},
		{"عايز خرطوشة حبر HP 682", "INK-682"},
		{"عايز ٢ خرطوشة HP 680", "INK-680"},
	} {
		res := understandText(t, r, c.text)
		if len(res.Items) != 1 || res.Items[0].SKU != c.sku || len(res.Items[0].Lacks) > 0 {
			t.Errorf("%s: %+v, want %s", c.text, res.Items, c.sku)
		}
	}
}
