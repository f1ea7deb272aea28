package understand

import (
	"slices"
	"testing"
)

// Session 22's class h32f: a second size of the same goods said with its
// own count ("عايز ٣ علب سنار مقاس ٦ و٢ مقاس ١٠"), on small shops of other
// trades built here: a shoe shop by size, a tyre shop by rim size, a
// hardware shop's nails by the box, a pipe-fittings shop by diameter.

// A shoe shop: one trainer in sizes 40, 42 and 44 (44 sold out is no
// matter here), each size its own product.
const h32fShoeCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
SHOE-40,كوتشي جري مقاس 40,Running shoe size 40,,أحذية,piece,900,10,شبك,
SHOE-42,كوتشي جري مقاس 42,Running shoe size 42,,أحذية,piece,900,10,شبك,
SHOE-44,كوتشي جري مقاس 44,Running shoe size 44,,أحذية,piece,900,10,شبك,
SOCK,شراب قطن,Cotton socks,,اكسسوارات,piece,40,50,قطن,
`

const h32fShoeVocab = `كوتشي, كوتش, كوتشيات, kotshy, shoe, shoes, trainer, trainers
جري, gary, running
شراب, sharab, socks
`

// A tyre shop: one tyre by its rim size.
const h32fTyreCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
TYRE-13,كاوتش ملاكي مقاس 13,Car tyre size 13,,كاوتش,piece,1800,20,,
TYRE-14,كاوتش ملاكي مقاس 14,Car tyre size 14,,كاوتش,piece,2100,20,,
TYRE-15,كاوتش ملاكي مقاس 15,Car tyre size 15,,كاوتش,piece,2500,20,,
VALVE,بلف كاوتش,Tyre valve,,اكسسوارات,piece,15,100,,
`

const h32fTyreVocab = `كاوتش, كاوتشات, فردة, kawetsh, tyre, tyres, tire, tires
ملاكي, malaky, car
`

// A pipe-fittings shop: one PPR elbow by its diameter in mm.
const h32fPipeCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
ELB-20,كوع بي بي ار قطر 20 مم,PPR elbow 20 mm,,وصلات,piece,6,500,,
ELB-25,كوع بي بي ار قطر 25 مم,PPR elbow 25 mm,,وصلات,piece,9,500,,
ELB-32,كوع بي بي ار قطر 32 مم,PPR elbow 32 mm,,وصلات,piece,14,500,,
`

const h32fPipeVocab = `كوع, اكواع, كيعان, koo3, elbow, elbows
بي بي ار, ppr
`

// A hardware shop: one nail in four sizes, each sold by the box (size 2
// among them: "علبتين", two boxes, is no size).
const h32fNailCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
NAIL-3,مسمار مقاس 3 (علبة 100),Nails size 3 box of 100,,مسامير,piece,40,100,صلب,
NAIL-5,مسمار مقاس 5 (علبة 100),Nails size 5 box of 100,,مسامير,piece,55,100,صلب,
NAIL-8,مسمار مقاس 8 (علبة 50),Nails size 8 box of 50,,مسامير,piece,70,100,صلب,
NAIL-2,مسمار مقاس 2 (علبة 200),Nails size 2 box of 200,,مسامير,piece,35,100,صلب,
`

const h32fNailVocab = `مسمار, مسامير, mosmar, masamir, nail, nails
`

// TestRules_CountOfAnotherSize: after goods named by a figure said after
// a size word ("كوتشي مقاس ٤٠"), "و + a count + the size word + another
// figure" is that many of the same goods in that size, a line of its own:
// never a second side of the first size (40 × 2 m × 42), nor the first
// line's count. A pack word may come between ("و٢ علبة مقاس ٥", "2 boxes
// of size 5"); the count may be a word ("وواحد", "و اتنين", "وواحدة").
func TestRules_CountOfAnotherSize(t *testing.T) {
	for _, shop := range []struct {
		csv, vocab string
		cases      []struct {
			text string
			want []string
		}
	}{
		{h32fShoeCSV, h32fShoeVocab, []struct {
			text string
			want []string
		}{
			{"عايز ٣ كوتشي جري مقاس ٤٠ و٢ مقاس ٤٢", []string{"SHOE-40×3", "SHOE-42×2"}},
			{"عايز ٣ كوتشي جري مقاس ٤٠ و ٢ مقاس ٤٢", []string{"SHOE-40×3", "SHOE-42×2"}},
			{"عايز ٣ كوتشي جري مقاس ٤٠، و٢ مقاس ٤٢", []string{"SHOE-40×3", "SHOE-42×2"}},
			{"عايز كوتشي جري مقاس ٤٠ و٢ مقاس ٤٢", []string{"SHOE-40×1", "SHOE-42×2"}},
			{"عايز ٢ كوتشي مقاس ٤٠ وواحد مقاس ٤٤", []string{"SHOE-40×2", "SHOE-44×1"}},
			{"عايز كوتشي مقاس ٤٠ و اتنين مقاس ٤٤", []string{"SHOE-40×1", "SHOE-44×2"}},
			{"عايز كوتشي جري مقاس ٤٠ وواحد مقاس ٤٢ وواحد مقاس ٤٤", []string{"SHOE-40×1", "SHOE-42×1", "SHOE-44×1"}},
			{"3ayez 3 kotshy ma2as 40 we 2 ma2as 42", []string{"SHOE-40×3", "SHOE-42×2"}},
			{"I want 3 running shoes size 40 and 2 of size 42", []string{"SHOE-40×3", "SHOE-42×2"}},
			{"3 running shoes size 40 and 2 size 44", []string{"SHOE-40×3", "SHOE-44×2"}},
			// what stays: a count after و before other goods is theirs
			{"عايز ٣ كوتشي مقاس ٤٠ و ٢ شراب", []string{"SHOE-40×3", "SOCK×2"}},
			{"عايز ٣ كوتشي مقاس ٤٠ و٢ مقاس ٤٢ و٢ شراب", []string{"SHOE-40×3", "SHOE-42×2", "SOCK×2"}},
		}},
		{h32fTyreCSV, h32fTyreVocab, []struct {
			text string
			want []string
		}{
			{"عايز ٤ كاوتش مقاس ١٤ و٢ مقاس ١٥", []string{"TYRE-14×4", "TYRE-15×2"}},
			{"عايز كاوتش ملاكي مقاس ١٣ و٢ مقاس ١٤", []string{"TYRE-13×1", "TYRE-14×2"}},
			{"عايز ٢ كاوتش مقاس ١٣ وواحدة مقاس ١٥", []string{"TYRE-13×2", "TYRE-15×1"}},
			{"3ayez 4 kawetsh ma2as 14 w 2 ma2as 15", []string{"TYRE-14×4", "TYRE-15×2"}},
			{"4 tyres size 14 and 2 of size 15", []string{"TYRE-14×4", "TYRE-15×2"}},
		}},
		{h32fNailCSV, h32fNailVocab, []struct {
			text string
			want []string
		}{
			{"عايز ٣ علب مسمار مقاس ٣ و٢ مقاس ٥", []string{"NAIL-3×3", "NAIL-5×2"}},
			{"عايز ٣ علب مسمار مقاس ٣ و٢ علبة مقاس ٥", []string{"NAIL-3×3", "NAIL-5×2"}},
			{"عايز مسمار مقاس ٣ و٢ مقاس ٥", []string{"NAIL-3×1", "NAIL-5×2"}},
			{"3 boxes of nails size 3 and 2 boxes of size 5", []string{"NAIL-3×3", "NAIL-5×2"}},
		}},
		{h32fPipeCSV, h32fPipeVocab, []struct {
			text string
			want []string
		}{
			{"عايز ١٠ كوع مقاس ٢٠ و٥ مقاس ٢٥", []string{"ELB-20×10", "ELB-25×5"}},
			{"عايز ١٠ كوع قطر ٢٠ و٥ قطر ٢٥", []string{"ELB-20×10", "ELB-25×5"}},
		}},
	} {
		r := rulesFrom(t, shop.csv, shop.vocab)
		for _, tc := range shop.cases {
			if got := itemsOf(understandText(t, r, tc.text)); !slices.Equal(got, tc.want) {
				t.Errorf("%s: %v, want %v", tc.text, got, tc.want)
			}
		}
	}
}

// TestRules_CountOfASizeNoneHas: "و٢ مقاس ٤٦" where no goods of the line's
// kind are size 46 is a line of its own that lacks the size said (asked),
// never a second side of the first line nor its count.
func TestRules_CountOfASizeNoneHas(t *testing.T) {
	r := rulesFrom(t, h32fShoeCSV, h32fShoeVocab)
	for _, text := range []string{
		"عايز كوتشي مقاس ٤٠ و٢ مقاس ٤٦",
		"عايز ٣ كوتشي مقاس ٤٠ و٢ مقاس ٤٦",
		"3ayez kotshy ma2as 40 we 2 ma2as 46",
	} {
		res := understandText(t, r, text)
		if len(res.Items) != 2 {
			t.Errorf("%s: %v, want two lines", text, itemsOf(res))
			continue
		}
		first, second := res.Items[0], res.Items[1]
		if first.SKU != "SHOE-40" || len(first.DimsCM) > 1 || len(first.Lacks) > 0 {
			t.Errorf("%s: first line %s %v lacks %q, want SHOE-40 as said", text, first.SKU, first.DimsCM, first.Lacks)
		}
		if second.Quantity.Float() != 2 || second.SKU != "" && len(second.Lacks) == 0 {
			t.Errorf("%s: second line %s×%g lacks %q, want two that lack size 46", text, second.SKU, second.Quantity.Float(), second.Lacks)
		}
	}
}

// TestRules_PacksCountedAfterTheOtherSize: "مسمار مقاس ٥ ٤ علب و مقاس ٨
// علبتين": the count of packs said after the other size's figure is that
// line's ("علبتين", "٢ علبة"), never a figure naming goods of size 2
// (sibling) nor a side; the other size's line is then no "two of each?".
func TestRules_PacksCountedAfterTheOtherSize(t *testing.T) {
	r := rulesFrom(t, h32fNailCSV, h32fNailVocab)
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"عايز مسمار مقاس ٥ ٤ علب و مقاس ٨ علبتين", []string{"NAIL-5×4", "NAIL-8×2"}},
		{"عايز مسمار مقاس ٥ ٤ علب و مقاس ٨ ٢ علبة", []string{"NAIL-5×4", "NAIL-8×2"}},
	} {
		res := understandText(t, r, tc.text)
		if got := itemsOf(res); !slices.Equal(got, tc.want) {
			t.Errorf("%s: %v, want %v", tc.text, got, tc.want)
			continue
		}
		if c := res.Items[1].Confidence; c < 0.9 {
			t.Errorf("%s: the size-8 line at %.2f, its own count said", tc.text, c)
		}
	}
}

// TestRules_SizeWordAfterFrancoWe: Franco "we" written apart before a size
// word ("kotshy ma2as 40 we ma2as 42") opens the other size's line as "و"
// does ("ومقاس ٤٢"), never a second side of the first (40 × 42).
func TestRules_SizeWordAfterFrancoWe(t *testing.T) {
	for _, tc := range []struct {
		csv, vocab, text string
		want             []string
	}{
		{h32fShoeCSV, h32fShoeVocab, "3ayez kotshy ma2as 40 we ma2as 42", []string{"SHOE-40×1", "SHOE-42×1"}},
		{h32fShoeCSV, h32fShoeVocab, "3ayez kotshy gary ma2as 40 w ma2as 44", []string{"SHOE-40×1", "SHOE-44×1"}},
		{h32fTyreCSV, h32fTyreVocab, "3ayez kawetsh ma2as 13 we ma2as 15", []string{"TYRE-13×1", "TYRE-15×1"}},
		{h32fShoeCSV, h32fShoeVocab, "عايز كوتشي مقاس ٤٠ ومقاس ٤٢", []string{"SHOE-40×1", "SHOE-42×1"}},
	} {
		r := rulesFrom(t, tc.csv, tc.vocab)
		if got := itemsOf(understandText(t, r, tc.text)); !slices.Equal(got, tc.want) {
			t.Errorf("%s: %v, want %v", tc.text, got, tc.want)
		}
	}
}
