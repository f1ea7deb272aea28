package understand

import (
	"context"
	"slices"
	"testing"
)

// Round 26's first-contact classes (branch h26b), on a small window
// furnishing shop of its own (none of the blind sets' catalogs or
// sentences): window film and a fixed roller blind by the square metre,
// linen by the metre, a corner shelf by the piece, a carpet whose name
// holds its one colour ("فيلم شباك" makes the window a word of the film's
// names, as a net's "سلك شباك" does).
const h26bCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
FILM-HEAT,فيلم حراري,Heat film,فيلم|استيكر حراري|فيلم شباك,أفلام,sqm,300,,,
BLIND-FIX,ستارة رول ثابتة,Fixed roller blind,رول ثابت|رول شباك,ستائر,sqm,450,,,
SHELF-TRI,رف مثلث,Triangle corner shelf,رف ركنة,رفوف,piece,120,10,,
SHELF-RECT,رف مستطيل,Rectangular shelf,,رفوف,piece,100,10,,
FAB-LIN,قماش كتان,Linen fabric,كتان,أقمشة,meter,90,,,أبيض|بيج
CARP-RED,سجاد أحمر ملكي,Royal red carpet,احمر ملكي,سجاد,sqm,250,,,أحمر
`

const h26bVocab = `فيلم, film
كتان, katan, linen
احمر, red => أحمر
`

// TestRules_FrancoWeBeforeHalf: Franco "we" (و) before a fraction after a
// figure or a measure is "and a half" ("5 metr we nos"), as "و نص" and
// "w nos" are, never a lost half.
func TestRules_FrancoWeBeforeHalf(t *testing.T) {
	r := rulesFrom(t, h26bCSV, h26bVocab)
	checkCases(t, r, Order, []itemCase{
		{"3ayez katan 3 metr we nos", []wantItem{{"FAB-LIN", 3.5, "", nil}}},
		{"3ayez katan 3 metr w nos", []wantItem{{"FAB-LIN", 3.5, "", nil}}},
		{"عايز قماش كتان 3 متر ونص", []wantItem{{"FAB-LIN", 3.5, "", nil}}},
	})
}

// TestRules_PlacesCountedAfterProduct: a figure before a place said after
// a product sold by area ("فيلم حراري ٢ شباك كل واحد ١٠٠ في ١٥٠", Franco
// "kol wa7ed", English "for 2 windows each") counts the places, each of
// the size said after it: 2 × 1.0 × 1.5, never a 2 m side.
func TestRules_PlacesCountedAfterProduct(t *testing.T) {
	r := rulesFrom(t, h26bCSV, h26bVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز فيلم حراري 2 شباك كل واحد 100 في 150", []wantItem{{"FILM-HEAT", 3, "", []int{100, 150}}}},
		{"عايز فيلم حراري 2 شباك 100 في 150", []wantItem{{"FILM-HEAT", 3, "", []int{100, 150}}}},
		{"3ayez film 7arari 2 shebak kol wa7ed 100 f 150", []wantItem{{"FILM-HEAT", 3, "", []int{100, 150}}}},
		{"need heat film for 2 windows each 100 x 150", []wantItem{{"FILM-HEAT", 3, "", []int{100, 150}}}},
	})
}

// TestRules_FrancoThaSaidS: a name's ث is said س in Egyptian ("ثابت"
// sabet, "مثلث" mosalas): Franco spelling it with s names the word, never
// a number's construct state ("sab3a" + et) nor nothing.
func TestRules_FrancoThaSaidS(t *testing.T) {
	r := rulesFrom(t, h26bCSV, h26bVocab)
	checkCases(t, r, Order, []itemCase{
		{"3ayez raf mosalas 2", []wantItem{{"SHELF-TRI", 2, "", nil}}},
		{"3ayez setara rol sabet 2 shebak kol wa7ed 100 f 150", []wantItem{{"BLIND-FIX", 3, "", []int{100, 150}}}},
	})
}

// TestRules_ColourTheNameTook: a colour word the customer said that the
// product's name took as its own word ("عايز احمر ملكي" of "سجاد أحمر
// ملكي"), one of the product's colours, is the line's colour: an invoice
// line never goes out without it.
func TestRules_ColourTheNameTook(t *testing.T) {
	r := rulesFrom(t, h26bCSV, h26bVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز احمر ملكي 12 متر", []wantItem{{"CARP-RED", 12, "أحمر", nil}}},
		{"عايز سجاد احمر ملكي 12 متر", []wantItem{{"CARP-RED", 12, "أحمر", nil}}},
	})
}

// h26bPacksCSV: a builder's merchant selling one adhesive in a sack and
// in a small bag, and one grout only in a bag.
const h26bPacksCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
ADH-SACK,لاصق سيراميك شيكارة 20 كيلو,Tile adhesive sack 20kg,لاصق|لاصق سيراميك,لواصق,piece,180,50,,
ADH-BAG,لاصق سيراميك كيس 5 كيلو,Tile adhesive bag 5kg,لاصق كيس,لواصق,piece,60,50,,
GROUT-BAG,ترويبة كيس,Grout bag,ترويبة,لواصق,piece,40,50,,
`

// TestRules_PackNotSaid: a kind the catalog sells in two packs whose
// names differ only by the pack word ("لاصق سيراميك شيكارة ٢٠ كيلو"
// beside "… كيس ٥ كيلو"), asked with no pack said ("لاصق سيراميك ٤"),
// is a question which pack, never the one a synonym happens to name; a
// pack said chooses it, and a kind in one pack only is no question.
func TestRules_PackNotSaid(t *testing.T) {
	r := rulesFrom(t, h26bPacksCSV, "")
	for _, tc := range []struct {
		text  string
		sku   string
		other string // "" when no question
	}{
		{"عايز لاصق سيراميك 4", "ADH-SACK", "ADH-BAG"},
		{"3ayez laz2 seramik 4", "ADH-SACK", "ADH-BAG"},
		{"عايز 4 شيكارة لاصق سيراميك", "ADH-SACK", ""},
		{"عايز لاصق سيراميك 4 كيس", "ADH-BAG", ""},
		{"عايز ترويبة 3", "GROUT-BAG", ""},
	} {
		res, err := r.Understand(context.Background(), tc.text)
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Items) != 1 {
			t.Errorf("%q: items %+v, want one", tc.text, res.Items)
			continue
		}
		it := res.Items[0]
		var amb []string
		for _, c := range it.Ambiguous {
			if c.Product.SKU != it.SKU {
				amb = append(amb, c.Product.SKU)
			}
		}
		switch {
		case tc.other == "" && (it.SKU != tc.sku || len(amb) > 0):
			t.Errorf("%q: %s asked among %v, want %s and no question", tc.text, it.SKU, amb, tc.sku)
		case tc.other != "" && !(it.SKU == tc.sku && slices.Equal(amb, []string{tc.other}) || it.SKU == "" && slices.Equal(amb, []string{tc.sku, tc.other})):
			t.Errorf("%q: %q asked among %v, want %s or %s asked", tc.text, it.SKU, amb, tc.sku, tc.other)
		}
	}
}

// h26bWorkCSV: a cleaning company's two labours of one category and unit,
// a rug washed and an office's carpet, the washing with its materials, and
// the washing powder.
const h26bWorkCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
SRV-CLEAN-HOME,تنظيف سجاد مصنعية,Rug cleaning labour,مصنعية تنظيف|تنظيف البيت,خدمات,sqm,30,,,
SRV-CLEAN-OFF,تنظيف موكيت مكاتب مصنعية,Office carpet cleaning labour,مصنعية مكاتب,خدمات,sqm,25,,,
SRV-CLEAN-FULL,تنظيف سجاد شامل المواد,Rug cleaning with materials,تنظيف شامل,خدمات,sqm,45,,,
POWDER,بودرة تنظيف سجاد,Carpet cleaning powder,بودرة,منظفات,piece,90,20,,
`

// TestRules_WorkNotChosen: the labour asked alone ("بكام المصنعية؟", "…
// والمصنعية لوحدها؟" after the washing with materials) where
// the shop sells two labours of one category and unit, each named with
// what the other lacks (a rug; an office's carpet, a longer name), is a question
// which, never the one with the shorter name; a word said chooses it.
func TestRules_WorkNotChosen(t *testing.T) {
	r := rulesFrom(t, h26bWorkCSV, "")
	for _, tc := range []struct {
		text string
		skus []string // one: chosen; two: asked
	}{
		{"بكام المصنعية؟", []string{"SRV-CLEAN-HOME", "SRV-CLEAN-OFF"}},
		{"بكام متر التنظيف شامل المواد؟ والمصنعية لوحدها؟", []string{"SRV-CLEAN-HOME", "SRV-CLEAN-OFF"}},
		{"بكام مصنعية تنظيف موكيت المكاتب؟", []string{"SRV-CLEAN-OFF"}},
	} {
		res, err := r.Understand(context.Background(), tc.text)
		if err != nil {
			t.Fatal(err)
		}
		if got := linesAsked(res, "POWDER", "SRV-CLEAN-FULL"); !slices.Equal(got, tc.skus) {
			t.Errorf("%q: labour lines %v, want %v", tc.text, got, tc.skus)
		}
	}
}

// TestRules_JamsAfterWorkDone: a slider or a lock that jams ("السحاب
// بيعلق", "بيزرجن") told of what the shop installed ("اللي ركبتوه"), or
// with "ياريت حد يتصرف", is a complaint, never an order of the goods
// named; a product that hangs ("بتتعلق") is no defect.
func TestRules_JamsAfterWorkDone(t *testing.T) {
	r := rulesFrom(t, h26bCSV, h26bVocab)
	for _, text := range []string{
		"الستارة الرول اللي ركبتوها بتعلق",
		"الستارة اللي ركبتوها بتعلق، ياريت حد يتصرف",
		"الرف اللي ركبتوه بيعلق في الباب",
	} {
		res, err := r.Understand(context.Background(), text)
		if err != nil {
			t.Fatal(err)
		}
		if res.Intent != Complaint {
			t.Errorf("%q: intent %s, want complaint", text, res.Intent)
		}
	}
	checkCases(t, r, Order, []itemCase{
		{"عايز 2 رف مثلث بيتعلق على الحيطة", []wantItem{{"SHELF-TRI", 2, "", nil}}},
	})
}

// h26bGradesCSV: a shop selling one blackout blind in two grades, the
// economy one with the kind's bare words as a synonym, and a plain and a
// motorised one of another kind.
const h26bGradesCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
BO-ECO,ستارة بلاك اوت خامة اقتصادي,Blackout blind economy,ستارة بلاك اوت|بلاك اوت,ستائر,sqm,300,,,
BO-PRM,ستارة بلاك اوت خامة فاخر,Blackout blind deluxe,بلاك اوت فاخر,ستائر,sqm,520,,,
ZEB,ستارة زيبرا,Zebra blind,زيبرا,ستائر,sqm,400,,,
ZEB-MOT,ستارة زيبرا موتور,Motorised zebra blind,زيبرا موتور,ستائر,sqm,900,,,
`

// TestRules_GradeNotSaid: a kind sold in two grades ("اقتصادي" beside
// "فاخر"), neither said ("ستارة بلاك اوت ١٢٠ في ١٦٠"), is asked between,
// a synonym of one no choice; a grade said chooses it, and a plain kind
// beside a variant with a word of its own ("زيبرا" beside "زيبرا
// موتور") stays the plain one.
func TestRules_GradeNotSaid(t *testing.T) {
	r := rulesFrom(t, h26bGradesCSV, "")
	for _, tc := range []struct {
		text string
		skus []string // one: chosen; two: asked
	}{
		{"عايز ستارة بلاك اوت 120 في 160", []string{"BO-ECO", "BO-PRM"}},
		{"عايز ستارة بلاك اوت فاخر 120 في 160", []string{"BO-PRM"}},
		{"عايز ستارة زيبرا 120 في 160", []string{"ZEB"}},
	} {
		res, err := r.Understand(context.Background(), tc.text)
		if err != nil {
			t.Fatal(err)
		}
		if got := linesAsked(res); !slices.Equal(got, tc.skus) {
			t.Errorf("%q: lines %v, want %v", tc.text, got, tc.skus)
		}
	}
}

// linesAsked is the SKUs res's items name or ask between, sorted, but the
// ones skipped: one SKU for a line chosen, two or more for a question.
func linesAsked(res Result, skip ...string) []string {
	var got []string
	for _, it := range res.Items {
		if slices.Contains(skip, it.SKU) {
			continue
		}
		if it.SKU != "" {
			got = append(got, it.SKU)
		}
		for _, c := range it.Ambiguous {
			if c.Product.SKU != it.SKU {
				got = append(got, c.Product.SKU)
			}
		}
	}
	slices.Sort(got)
	return got
}
