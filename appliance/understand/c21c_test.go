package understand

import (
	"slices"
	"testing"
)

// Branch c21c's classes, on small catalogs of trades of their own (none
// of the sets' catalogs or sentences).

// c21cSewingCSV: a sewing supplies shop. Its thread comes on a spool the
// name says ("(بكرة 500 متر)") while the plastic bobbin is a product
// named by the same word; its needles come in a box of ten, its buttons
// in a bag.
const c21cSewingCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
TH-40,خيط تطريز 40 (بكرة 500 متر),Embroidery thread 40 500 m spool,خيط 40,خيوط,piece,35,100,بوليستر,أبيض|أسود
TH-60,خيط تطريز 60 (بكرة 500 متر),Embroidery thread 60 500 m spool,خيط 60,خيوط,piece,40,100,بوليستر,أبيض|أسود
BOB-P,بكرة ماكينة بلاستيك,Plastic machine bobbin,بوبينة,اكسسوار,piece,5,300,بلاستيك,
NDL-14,إبر ماكينة مقاس 14 (علبة 10),Machine needles size 14 box of 10,ابر 14,ابر,piece,45,50,صلب,
NDL-16,إبر ماكينة مقاس 16 (علبة 10),Machine needles size 16 box of 10,ابر 16,ابر,piece,45,50,صلب,
BTN-W,زراير بلاستيك (كيس 100),Plastic buttons bag of 100,زراير,زراير,piece,30,80,بلاستيك,أبيض
`

const c21cSewingVocab = `بكرة, بكره, بوبينة, bobbin, bakara
خيط, خيوط, khet, thread
إبر, ابر, ebar, needles
`

// TestRules_PackDualAfterSizedGoods: the dual of the pack goods come in,
// said after goods a size figure names ("خيط تطريز ٤٠ بكرتين", "ابر
// ماكينة مقاس ١٤ علبتين"), is how many of it — as it is after goods
// with no figure ("زراير بلاستيك كيسين") — though the pack word names
// another product too (the bobbin), never one spool nor a 2 m side.
func TestRules_PackDualAfterSizedGoods(t *testing.T) {
	r := rulesFrom(t, c21cSewingCSV, c21cSewingVocab)
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"عايز خيط تطريز ٤٠ بكرتين ابيض", []string{"TH-40×2"}},
		{"عايز خيط تطريز 60 بكرتين اسود", []string{"TH-60×2"}},
		{"عايز ابر ماكينة مقاس ١٤ علبتين", []string{"NDL-14×2"}},
		{"عايز إبر ماكينة مقاس 16 علبتين", []string{"NDL-16×2"}},
		{"عايز زراير بلاستيك كيسين", []string{"BTN-W×2"}},
		{"عايز بكرتين ماكينة بلاستيك", []string{"BOB-P×2"}},
		{"عايز بكرة ماكينة بلاستيك", []string{"BOB-P×1"}},
		{"عايز خيط تطريز ٤٠ ابيض ٢ بكرة", []string{"TH-40×2"}},
	} {
		res := understandText(t, r, tc.text)
		if got := itemsOf(res); !slices.Equal(got, tc.want) {
			t.Errorf("%s: %v, want %v", tc.text, got, tc.want)
		}
	}
}

// c21cCleaningCSV: a cleaning supplies shop: a floor cleaner in one 4 L
// can only; a dish soap in 4 L and 1 L cans (made of them, c21b).
const c21cCleaningCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
FLR-4,منظف أرضيات معطر 4 لتر,Scented floor cleaner 4 L,,منظفات,piece,160,40,,
DSH-4,سائل أطباق 4 لتر,Dish soap 4 L,,منظفات,piece,140,40,,
DSH-1,سائل أطباق 1 لتر,Dish soap 1 L,,منظفات,piece,40,80,,
CLT-4,سائل تبريد G12 أحمر 4 لتر,Coolant G12 red 4 L,مياه رادياتير G12,سوائل,piece,300,20,,
`

const c21cCleaningVocab = `منظف, munazef, monazef, cleaner
أرضيات, ardeyat, floor
معطر, mo3atar, scented
`

// TestRules_LitresOfOneCan: litres said of goods sold in one can of more
// than a litre, read as the line's count, are litres: that can's count
// when they make whole cans ("٨ لتر" of the 4 L can: two), asked when
// they do not ("٦ لتر") — never eight cans, 32 litres.
func TestRules_LitresOfOneCan(t *testing.T) {
	r := rulesFrom(t, c21cCleaningCSV, c21cCleaningVocab)
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"عايز ٨ لتر منظف ارضيات", []string{"FLR-4×2"}},
		{"I need 8 litres of scented floor cleaner", []string{"FLR-4×2"}},
		{"3ayez sa2el tabreed G12 8 litr", []string{"CLT-4×2"}},
		{"عايز ٢ منظف ارضيات ٤ لتر", []string{"FLR-4×2"}},
		{"عايز منظف ارضيات ٤ لتر", []string{"FLR-4×1"}},
		{"عايز سائل أطباق ٥ لتر", []string{"DSH-4×1", "DSH-1×1"}},
	} {
		res := understandText(t, r, tc.text)
		if got := itemsOf(res); !slices.Equal(got, tc.want) {
			t.Errorf("%s: %v, want %v", tc.text, got, tc.want)
		}
	}
	for _, text := range []string{"عايز ٦ لتر منظف ارضيات", "I need 6 litres of scented floor cleaner", "3ayez sa2el tabreed G12 6 litr"} {
		res := understandText(t, r, text)
		for _, it := range res.Items {
			if it.SKU != "" && !slices.Contains(it.Missing, "count") && len(it.Lacks) == 0 {
				t.Errorf("%s: %v, want the count asked", text, itemsOf(res))
			}
		}
	}
}

// c21cNutsCSV: a nuts roastery's packs (piece SKUs by weight).
const c21cNutsCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
ALM-1K,لوز محمص (كيلو),Roasted almonds 1 kg,لوز محمص كيلو,مكسرات,piece,700,30,,
ALM-500,لوز محمص (نص كيلو),Roasted almonds 500 g,لوز محمص نص كيلو,مكسرات,piece,360,30,,
CSH-500,كاجو ني (نص كيلو),Raw cashews 500 g,كاجو نص كيلو,مكسرات,piece,450,30,,
CSH-250,كاجو ني (ربع كيلو),Raw cashews 250 g,كاجو ربع كيلو,مكسرات,piece,230,30,,
`

const c21cNutsVocab = `لوز, loz, almonds
كاجو, kaju, cashews
محمص, me7ames, roasted
`

// TestRules_GramsAfterAndForTheNext: "و٥٠٠ جم" after goods and before the
// head noun of other goods weighs those ("كيلو لوز محمص و٥٠٠ جم كاجو":
// the half-kilo cashews), though a pack of the goods before is named by
// 500 g too — never a half-kilo of almonds, nor the almonds lost.
func TestRules_GramsAfterAndForTheNext(t *testing.T) {
	r := rulesFrom(t, c21cNutsCSV, c21cNutsVocab)
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"كيلو لوز محمص و٥٠٠ جم كاجو", []string{"ALM-1K×1", "CSH-500×1"}},
		{"عايز كيلو لوز و ٥٠٠ جرام كاجو ني", []string{"ALM-1K×1", "CSH-500×1"}},
		{"kilo loz me7ames w 500 gm kaju", []string{"ALM-1K×1", "CSH-500×1"}},
	} {
		res := understandText(t, r, tc.text)
		if got := itemsOf(res); !slices.Equal(got, tc.want) {
			t.Errorf("%s: %v, want %v", tc.text, got, tc.want)
		}
	}
}

// c21cMugsCSV: a printing shop's ready goods: mugs single and in a box of
// twelve, and coasters in a set of six (their material a word of both).
const c21cMugsCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
MUG-1,مج سيراميك مطبوع (قطعة),Printed ceramic mug (single),مج مطبوع,منتجات جاهزة,piece,60,200,سيراميك,
MUG-12,علبة 12 مج سيراميك مطبوع,Box of 12 printed ceramic mugs,علبة مجات 12,منتجات جاهزة,piece,650,20,سيراميك,
COAST-6,طقم قواعد أكواب سيراميك (6 قطع),Set of 6 ceramic coasters,قواعد أكواب,إكسسوارات,piece,150,40,سيراميك,فضي|ذهبي
`

const c21cMugsVocab = `مج, مجات, mug, mugs
سيراميك, ceramic
قواعد أكواب, coaster, coasters
فضي, silver => فضي
ذهبي, gold => ذهبي
`

// TestRules_AndCountOfOtherGoods: English "and 2 sets of the gold …" after
// a line says the count, the pack noun, "of the", then other goods: their
// line, though a word between ("ceramic") fits the line before — never
// the mugs' count.
func TestRules_AndCountOfOtherGoods(t *testing.T) {
	r := rulesFrom(t, c21cMugsCSV, c21cMugsVocab)
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"Hi, I need a box of 12 printed ceramic mugs for our office and 2 sets of the silver ceramic coasters.", []string{"MUG-12×1", "COAST-6×2"}},
		{"I need a box of 12 printed ceramic mugs and 2 sets of the gold coasters", []string{"MUG-12×1", "COAST-6×2"}},
		{"I need a box of 12 printed ceramic mugs and 2 more boxes", []string{"MUG-12×2"}},
	} {
		res := understandText(t, r, tc.text)
		if got := itemsOf(res); !slices.Equal(got, tc.want) {
			t.Errorf("%s: %v, want %v", tc.text, got, tc.want)
		}
	}
}

// c21cGlassCSV: a glass shop: smoked glass by the m² in 5 and 8 mm (the 8
// out of stock), the colour a word of its name with no colours listed; a
// polycarbonate sheet listing smoked among its colours.
const c21cGlassCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
GL-5,لوح زجاج فاميه 5 مم (بالمتر المربع),Smoked glass sheet 5 mm (per m²),زجاج فاميه 5 مم,زجاج,sqm,600,30,زجاج,
GL-8,لوح زجاج فاميه 8 مم (بالمتر المربع),Smoked glass sheet 8 mm (per m²),زجاج فاميه 8 مم,زجاج,sqm,900,0,زجاج,
PC-6,لوح بولي كاربونيت 6 مم (بالمتر المربع),Polycarbonate sheet 6 mm (per m²),بولي كاربونيت|لوح بولي,بولي,sqm,480,50,بولي,شفاف|فاميه|بني
`

const c21cGlassVocab = `لوح, لوحة, الواح, sheet, lo7
فاميه, فامية, smoked, fameh => فاميه
شفاف, clear => شفاف
مم, ملي, mm
في, x, f, fe
`

// TestRules_ColourItsNameSays: a colour said that the best product's own
// name carries (it lists no colours) is its colour: another product
// listing that colour, lacking the thickness said, is never closer ("لوح
// فاميه ٥ مم" is the 5 mm smoked glass, not the 6 mm polycarbonate; the 8
// mm out of stock has its alternatives offered).
func TestRules_ColourItsNameSays(t *testing.T) {
	r := rulesFrom(t, c21cGlassCSV, c21cGlassVocab)
	for _, tc := range []struct {
		text string
		want string
	}{
		{"عايز لوح فاميه ٥ مم ٦٠ في ٦٠", "GL-5"},
		{"عايز لوح فاميه ٨ مم ٦٠ في ٦٠", "GL-8"},
		{"3ayez lo7 fameh 5 mm 60 f 60", "GL-5"},
		{"I need a smoked sheet 5 mm 60 x 60", "GL-5"},
	} {
		res := understandText(t, r, tc.text)
		if len(res.Items) != 1 || res.Items[0].SKU != tc.want {
			t.Errorf("%s: %v, want %s", tc.text, itemsOf(res), tc.want)
		}
	}
}
