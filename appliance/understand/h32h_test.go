package understand

import (
	"slices"
	"strings"
	"testing"
)

// A curtain and tarpaulin shop: a tulle and a tarpaulin sold by the metre
// off rolls whose names give their width in metres.
const h32hRollCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
TULLE-3,تل ستائر عرض 3 متر,Curtain tulle 3 m wide,,أقمشة,meter,60,,بوليستر,
TARP-2,مشمع عرض 2 متر,Tarpaulin 2 m wide,,مشمعات,meter,45,,بي في سي,
`

const h32hRollVocab = `تل, تول, tulle, tul
ستائر, ستاير, ستارة, curtain, sata2er
مشمع, tarpaulin, tarp, meshamma3
`

// TestRules_RollWidthNeitherFigure: goods sold by the metre whose name
// gives their width, said as a width by a length of which neither figure
// is that width ("تل ستائر ٢ في ٥" of "… عرض 3 متر"): another width, or a
// piece cut to size — the size is asked, never 2 m; one figure the width
// is still the length of the other.
func TestRules_RollWidthNeitherFigure(t *testing.T) {
	r := rulesFrom(t, h32hRollCSV, h32hRollVocab)
	for _, tc := range []struct {
		text  string
		sku   string
		asked bool
		want  string // the line when not asked
	}{
		{"عايز تل ستائر ٢ في ٥", "TULLE-3", true, ""},
		{"عايز مشمع ٤ في ٦", "TARP-2", true, ""},
		{"I need curtain tulle 2 by 5", "TULLE-3", true, ""},
		{"3ayez meshamma3 4 fi 6", "TARP-2", true, ""},
		{"عايز تل ستائر ٣ في ٥", "TULLE-3", false, "TULLE-3×5"},
		{"عايز مشمع ٦ في ٢", "TARP-2", false, "TARP-2×6"},
	} {
		res := understandText(t, r, tc.text)
		if len(res.Items) != 1 || res.Items[0].SKU != tc.sku {
			t.Errorf("%s: %v, want one %s", tc.text, itemsOf(res), tc.sku)
			continue
		}
		asked := slices.Contains(res.Items[0].Missing, "size")
		if asked != tc.asked {
			t.Errorf("%s: %v missing %v, want the size asked %v", tc.text, itemsOf(res), res.Items[0].Missing, tc.asked)
		}
		if got := itemsOf(res); !tc.asked && got[0] != tc.want && !strings.HasPrefix(got[0], tc.want+"[") {
			t.Errorf("%s: %v, want %s", tc.text, got, tc.want)
		}
	}
}

// A grocery wholesaler: flour in a 1 kg bag and a 50 kg sack, cat food in
// a can and a bag, the pack each in its Arabic name; the shop wrote the
// goods' plain name as a synonym of the small pack only.
const h32hPackCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
FLOUR-1,دقيق فاخر كيس 1 كيلو,Fine flour 1 kg,دقيق فاخر,دقيق,piece,30,200,,
FLOUR-50,دقيق فاخر شيكارة 50 كيلو,Fine flour 50 kg bag,,دقيق,piece,1300,40,,
CAT-CAN,أكل قطط علبة 400 جرام,Cat food can 400 g,أكل قطط,أكل حيوانات,piece,45,100,,
CAT-BAG,أكل قطط كيس 2 كيلو,Cat food bag 2 kg,,أكل حيوانات,piece,210,50,,
`

const h32hPackVocab = `دقيق, de2i2, flour
فاخر, fakher, fine
أكل, akl, food
قطط, otat, 2otat, cat
شيكارة, شيكاره, شكاير, جوال, bag, shekara
علبة, علب, can
`

// TestRules_PackSaidWithCount: a pack word said with the count ("٢ شيكارة
// دقيق", "٣ كيس …", "2 shekara …", "2 kees …") names which of the goods'
// packs, when the goods come in several packs their names say — never the
// other pack counted so many times, though the shop's vocabulary gives
// the sack's word an English word of another pack ("bag"); no pack said,
// which one is asked.
func TestRules_PackSaidWithCount(t *testing.T) {
	r := rulesFrom(t, h32hPackCSV, h32hPackVocab)
	for _, tc := range []struct {
		text string
		want string
	}{
		{"عايز ٢ شيكارة دقيق فاخر", "FLOUR-50×2"},
		{"عايز ٣ شكاير دقيق فاخر", "FLOUR-50×3"},
		{"عايز ٣ كيس دقيق فاخر", "FLOUR-1×3"},
		{"3ayez 2 shekara de2i2 fakher", "FLOUR-50×2"},
		{"عايز ٢ علبة أكل قطط", "CAT-CAN×2"},
		{"عايز ٢ كيس أكل قطط", "CAT-BAG×2"},
		{"3ayez 2 kees akl 2otat", "CAT-BAG×2"},
	} {
		res := understandText(t, r, tc.text)
		if got := itemsOf(res); len(got) != 1 || got[0] != tc.want && !strings.HasPrefix(got[0], tc.want+"[") || len(linesAsked(res)) != 1 {
			t.Errorf("%s: %v, want %s", tc.text, got, tc.want)
		}
	}
	res := understandText(t, r, "عايز ٢ دقيق فاخر")
	if got := linesAsked(res); !slices.Equal(got, []string{"FLOUR-1", "FLOUR-50"}) {
		t.Errorf("عايز ٢ دقيق فاخر: %v, want which pack asked", itemsOf(res))
	}
}

// A pharmacy's toiletries: a cream in a box and in a tube, wipes in a
// bag, a shampoo in a bottle.
const h32hToiletCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
CREAM,كريم مرطب علبة 50 مل,Moisturising cream 50 ml,,عناية,piece,85,60,,
CREAM-T,كريم مرطب 30 مل,Moisturising cream tube 30 ml,,عناية,piece,55,60,,
WIPES,مناديل مبللة كيس 80 منديل,Wet wipes 80 pcs,,مناديل,piece,35,200,,
SHAMPOO,شامبو أطفال ازازة 200 مل,Baby shampoo 200 ml,,عناية,piece,70,80,,
`

const h32hToiletVocab = `كريم, kreem, cream
مرطب, moratteb, moisturising
مناديل, manadil, manadeel, wipes
مبللة, mballa, wet
شامبو, shampoo, shambo
أطفال, atfal, baby
`

// TestRules_FrancoPackDuals: Franco-Arabic pack words are packs as their
// Arabic is: a dual ("3elbeteen", "keseen", "ezazteen") is two of the
// goods after it, and "3elab" after a count names the goods sold in the
// box, as "علب" does — never one, nor the pack word left unread.
func TestRules_FrancoPackDuals(t *testing.T) {
	r := rulesFrom(t, h32hToiletCSV, h32hToiletVocab)
	for _, tc := range []struct {
		text string
		want string
	}{
		{"3ayez keseen manadil mballa", "WIPES×2"},
		{"3ayez 3elbeteen kreem moratteb", "?×2"}, // two, which cream asked
		{"3ayez ezazteen shampoo atfal", "SHAMPOO×2"},
		{"3ayez 3 3elab kreem moratteb", "CREAM×3"},
		{"عايز علبتين كريم مرطب", "CREAM×2"},
		{"عايز كيسين مناديل مبللة", "WIPES×2"},
	} {
		res := understandText(t, r, tc.text)
		if got := itemsOf(res); len(got) != 1 || got[0] != tc.want && !strings.HasPrefix(got[0], tc.want+"[") || len(res.Unexplained) > 0 {
			t.Errorf("%s: %v (unexplained %v), want %s", tc.text, got, res.Unexplained, tc.want)
		}
	}
}
