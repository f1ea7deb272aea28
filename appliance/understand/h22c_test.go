package understand

import (
	"context"
	"slices"
	"strings"
	"testing"

	"fatoora/catalog"
)

// Round 22's first-contact classes (branch h22c), on a small stationery
// and office-supplies shop of its own (none of the blind sets' catalogs or
// sentences): envelopes and labels sold by the box or per hundred, pins
// by the box of pieces, a set of pens whose pieces are no pack.
const h22cCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
ENV-DL,ظرف مراسلات DL (علبة 500 ظرف),DL envelopes (box of 500),ظرف|ظروف|envelope,ظروف,piece,300,,ورق,أبيض|بني
LBL-A4,ليبل لاصق A4 (100 شيت),Adhesive labels A4 (per 100),ليبل|ليبلز|labels,ليبلات,piece,240,,ورق لاصق,
PIN-BOX,علبة دبابيس مكتب (50 حبة),Box of 50 push pins,دبابيس|دبوس,مستلزمات,piece,35,,,
PEN-SET,طقم أقلام جاف (5 قطع),Ballpoint pen set (5 pcs),اقلام|قلم جاف,أقلام,piece,60,,,أزرق|أسود
STAPLER,دباسة مكتب,Office stapler,دباسة,مستلزمات,piece,90,,,
KRAFT-W,ورق تغليف كرافت عريض (رول 20 م²),Wide kraft wrapping paper roll,ورق كرافت عريض|كرافت 1.2,تغليف,piece,300,,,بني|أبيض
CONTACT,ورق كونتاكت شفاف (للمتر المربع),Clear contact paper per m²,كونتاكت|ورق لاصق شفاف,تغليف,sqm,45,,,
PUNCH-10,خرامة 10 ورقة,Hole punch 10 sheets,خرامة ملفات صغيرة,خرامات,piece,70,,,
PUNCH-40,خرامة 40 ورقة,Hole punch 40 sheets,خرامة تقيلة,خرامات,piece,220,,,
STAMP-LOGO,تصميم لوجو للختم,Logo design for a stamp,لوجو|تصميم لوجو,تصميم,piece,500,,,
GLUE,غرا أبيض (جالون),White glue per gallon,غرا|صمغ,لواصق,piece,150,,,
VARNISH,ورنيش شفاف (جالون),Clear varnish per gallon,ورنيش,لواصق,piece,260,,,
INK-G,حبر ختامة جالون,Stamp ink gallon,حبر جالون,أحبار,piece,400,,,أزرق|أسود
INK-Q,حبر ختامة ربع جالون,Stamp ink quarter gallon,حبر ربع,أحبار,piece,120,,,أزرق|أسود
`

const h22cVocab = `ظرف, ظروف, zarf, zoroof, envelope, envelopes
ليبل, ليبلز, لابل, label, labels
شيت, شيتات, sheet, sheets
دبوس, دبابيس, pin, pins
دباسة, دباسه, stapler
قلم, اقلام, pen, pens
ازرق, blue => أزرق
اسود, black => أسود
ابيض, white => أبيض
بني, brown => بني
جالون, جلن, جالونات, gallon
غرا, غراء, glue
رول, رولات, لفة, roll, rolls
كونتاكت, contact
حبر, ink
`

// TestRules_CountOfGoodsSoldByPack: goods priced per a pack the name
// states ("(علبة 500 ظرف)", "(100 شيت)", "(50 حبة)"): a count said in
// the pack's own word, or one of the pack's size or more said with the
// goods' word, is that many packs when a whole multiple of the pack; a
// count of the packs themselves stays, and a set's pieces are no pack.
func TestRules_CountOfGoodsSoldByPack(t *testing.T) {
	r := rulesFrom(t, h22cCSV, h22cVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز ١٠٠٠ ظرف DL ابيض", []wantItem{{"ENV-DL", 2, "أبيض", nil}}},
		{"3ayez 1500 zarf DL beny", []wantItem{{"ENV-DL", 3, "بني", nil}}},
		{"I need 300 sheets of A4 labels", []wantItem{{"LBL-A4", 3, "", nil}}},
		{"عايز ٢٠٠ شيت ليبل A4 ودباسة", []wantItem{{"LBL-A4", 2, "", nil}, {"STAPLER", 1, "", nil}}},
		{"محتاج ١٥٠ دبوس", []wantItem{{"PIN-BOX", 3, "", nil}}},
		// the packs themselves counted
		{"عايز ٣ علب ظروف DL ابيض", []wantItem{{"ENV-DL", 3, "أبيض", nil}}},
		{"عايز ٤ علب دبابيس", []wantItem{{"PIN-BOX", 4, "", nil}}},
		// a set of five pens is no pack of pens
		{"عايز ١٠ طقم اقلام جاف ازرق", []wantItem{{"PEN-SET", 10, "أزرق", nil}}},
	})
}

// TestRules_CountOfGoodsNotWholePacks: a count of the goods that is no
// whole number of packs ("٧٥٠ ظرف" of a box of 500) is asked about, never
// invoiced as that many boxes.
func TestRules_CountOfGoodsNotWholePacks(t *testing.T) {
	r := rulesFrom(t, h22cCSV, h22cVocab)
	for _, text := range []string{"عايز ٧٥٠ ظرف DL ابيض", "I need 250 sheets of A4 labels", "محتاج ٧٠ دبوس"} {
		t.Run(text, func(t *testing.T) {
			res, err := r.Understand(context.Background(), text)
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Items) != 1 || !slices.Contains(res.Items[0].Missing, "count") || res.Items[0].Confidence >= 0.7 {
				t.Fatalf("want one line asking how many, got %+v", res.Items)
			}
		})
	}
}

// TestPackOf: the pack a name states, and what is no pack.
func TestPackOf(t *testing.T) {
	for _, tt := range []struct {
		ar, en string
		n      int
		unit   string
	}{
		{"ظرف مراسلات DL (علبة 500 ظرف)", "DL envelopes (box of 500)", 500, "ضرف"}, // the key folds ظ
		{"ليبل لاصق A4 (100 شيت)", "Labels (per 100)", 100, "شيت"},
		{"ليبل لاصق A4", "Labels (per 100)", 100, ""},
		{"علبة دبابيس مكتب (50 حبة)", "", 50, "حبه"},
		{"مشابك (كيس 4 قطع)", "", 4, "قطع"},
		{"طقم أقلام جاف (5 قطع)", "Pen set (5 pcs)", 0, ""},
		{"ترابيزة مستطيلة 120×70 (4 أفراد)", "", 0, ""},
		{"زلط حوض (كيس 5 كيلو)", "Gravel 5 kg bag", 0, ""},
		{"أكل ويت (كيس 85 جم)", "", 0, ""},
		{"طقم ملاية (ملاية استك + 2 كيس مخدة)", "", 0, ""},
		{"علبة كيك (كرتونة 12 علبة)", "", 12, "علبه"},
		{"شنطة ورق وسط 30×35", "Paper bag 30x35", 0, ""},
		{"مسامير خشب", "Box of 1000 wood screws", 1000, ""},
	} {
		n, u := packOf(&catalog.Product{NameAr: tt.ar, NameEn: tt.en, Synonyms: []string{"شيت"}})
		if n != tt.n || u != tt.unit {
			t.Errorf("packOf(%q, %q) = %d %q, want %d %q", tt.ar, tt.en, n, u, tt.n, tt.unit)
		}
	}
}

// TestRules_CountBeforePackOfNextGoods: after a line, "و" and a count
// before a pack word the vocabulary rewrote ("gallon" for جالون) that the
// goods after it come in: the next goods' count and pack, never a size of
// the line before; a pack word a name says outside brackets ("حبر ختامة
// جالون" beside "ربع جالون") still tells products apart.
func TestRules_CountBeforePackOfNextGoods(t *testing.T) {
	// every product sold by the gallon says so in brackets only
	noInk := strings.Join(slices.DeleteFunc(strings.Split(h22cCSV, "\n"), func(l string) bool { return strings.HasPrefix(l, "INK") }), "\n")
	checkCases(t, rulesFrom(t, noInk, "جالون, جلن, جالونات, gallon\n"), Order, []itemCase{
		{"عايز ٢ كونتاكت و ٣ جالون ورنيش", []wantItem{{"CONTACT", 2, "", nil}, {"VARNISH", 3, "", nil}}},
		{"عايز ٢ رول ورق تغليف كرافت عريض بني و٣ جالون غرا", []wantItem{{"KRAFT-W", 2, "بني", nil}, {"GLUE", 3, "", nil}}},
	})
	r := rulesFrom(t, h22cCSV, h22cVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز ٣ علب ظروف DL ابيض و ٢ جالون غرا", []wantItem{{"ENV-DL", 3, "أبيض", nil}, {"GLUE", 2, "", nil}}},
		{"عايز ٢ رول كرافت عريض بني و ٣ جالون غرا", []wantItem{{"KRAFT-W", 2, "بني", nil}, {"GLUE", 3, "", nil}}},
		{"عايز دباسة و٤ جالون غرا", []wantItem{{"STAPLER", 1, "", nil}, {"GLUE", 4, "", nil}}},
		{"I need a stapler and 2 gallons of glue", []wantItem{{"STAPLER", 1, "", nil}, {"GLUE", 2, "", nil}}},
		{"عايز ٢ جالون حبر ختامة ازرق", []wantItem{{"INK-G", 2, "أزرق", nil}}},
	})
}

// TestRules_UseOnlyInSizedSynonym: the word that sets one product of a
// kind apart ("ملفات" of "خرامة ملفات") is in none of its names, only in a
// synonym that also says a size the customer did not ("خرامة ملفات
// صغيرة"): a use chooses no size — the line asks which, never invoices the
// small one; said with its size, it is that one.
func TestRules_UseOnlyInSizedSynonym(t *testing.T) {
	r := rulesFrom(t, h22cCSV, h22cVocab)
	res, err := r.Understand(context.Background(), "عايز خرامة ملفات")
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Items) != 1 || len(res.Items[0].Ambiguous) == 0 || res.Items[0].Confidence >= 0.7 {
		t.Fatalf("want one line asking which punch, got %+v", res.Items)
	}
	checkCases(t, r, Order, []itemCase{
		{"عايز خرامة ملفات صغيرة", []wantItem{{"PUNCH-10", 1, "", nil}}},
		{"عايز خرامة تقيلة", []wantItem{{"PUNCH-40", 1, "", nil}}},
	})
}

// TestRules_GoodsMadeWithOwnMark: a word said with ب after a line and
// before the customer's own business ("بلوجو المحل", "بلوجو الشركة") says
// how those goods are made — printed with their logo — never an order of
// the catalog's logo design; a logo asked on its own stays a line.
func TestRules_GoodsMadeWithOwnMark(t *testing.T) {
	r := rulesFrom(t, h22cCSV, h22cVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز ١٠٠٠ ظرف DL ابيض بلوجو الشركة", []wantItem{{"ENV-DL", 2, "أبيض", nil}}},
		{"عايز ٣ علب ظروف DL بني بلوجو المحل", []wantItem{{"ENV-DL", 3, "بني", nil}}},
		{"عايز ٣ علب ظروف DL بني و لوجو", []wantItem{{"ENV-DL", 3, "بني", nil}, {"STAMP-LOGO", 1, "", nil}}},
	})
}
