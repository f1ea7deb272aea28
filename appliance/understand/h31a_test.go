package understand

import (
	"slices"
	"strings"
	"testing"
)

// h31aSweetsCSV: a sweets shop (حلواني) selling its trays by weight as
// packs, one piece SKU per pack weight — basbousa in quarter, half and one
// kilo, konafa in half and one kilo, two kinds of ghorayeba in the quarter
// pack only (plain and with pistachio) — and boxing priced per half kilo,
// whose name holds "نص كيلو".
const h31aSweetsCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
BAS-250,بسبوسة سادة (ربع كيلو),Plain basbousa 250 g,بسبوسة ربع كيلو,شرقي,piece,40,30,,
BAS-500,بسبوسة سادة (نص كيلو),Plain basbousa 500 g,بسبوسة نص كيلو,شرقي,piece,80,30,,
BAS-1K,بسبوسة سادة (كيلو),Plain basbousa 1 kg,بسبوسة كيلو,شرقي,piece,160,20,,
KON-500,كنافة بالقشطة (نص كيلو),Konafa with cream 500 g,كنافة نص كيلو,شرقي,piece,120,20,,
KON-1K,كنافة بالقشطة (كيلو),Konafa with cream 1 kg,كنافة كيلو,شرقي,piece,240,20,,
GHR-SADA-250,غريبة سادة (ربع كيلو),Plain ghorayeba 250 g,غريبة سادة ربع كيلو,كحك,piece,70,30,,
GHR-FST-250,غريبة بالفستق (ربع كيلو),Pistachio ghorayeba 250 g,غريبة فستق ربع كيلو,كحك,piece,95,30,,
SRV-BOX-500,تعليب في علب كرتون (لنص الكيلو),Boxing per half kilo,تعليب نص كيلو|علبة نص كيلو,خدمات,piece,5,,,
BOX-GIFT-2K,علبة حلويات مشكلة هدية (2 كيلو),Assorted sweets gift box 2 kg,علبة هدية,هدايا,piece,500,5,,
`

const h31aSweetsVocab = `بسبوسة, بسبوسه, basbousa, basbosa
كنافة, كنافه, konafa, kunafa
غريبة, غريبه, ghorayeba, ghoreiba
كيلو, kilo, kg
نص, نصف, half, nos
ربع, quarter, rob3
نص كيلو, 500 gm
ربع كيلو, 250 gm
سادة, ساده, plain, sada
فستق, بالفستق, fosto2, pistachio
جرام, جم, gram, gm
`

// h31aMotorsCSV: a pumps and electrical workshop: new pumps by horsepower
// (half, one, two and a half), tin solder wire in reels by weight — the
// 0.5 mm in a half-kilo and a one-kilo reel, the 1 mm in a kilo reel only.
const h31aMotorsCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
PMP-05,طلمبة مياه نص حصان,Water pump 0.5 hp,طلمبة نص حصان,طلمبات,piece,1800,5,,
PMP-1,طلمبة مياه 1 حصان,Water pump 1 hp,طلمبة حصان,طلمبات,piece,2600,5,,
PMP-25,طلمبة مياه 2.5 حصان,Water pump 2.5 hp,طلمبة 2.5 حصان,طلمبات,piece,5200,5,,
SOLD-05-500,سلك قصدير 0.5 مم (بكرة نص كيلو),Solder wire 0.5 mm 500 g reel,قصدير 0.5 نص كيلو,قصدير,piece,600,10,,
SOLD-05-1K,سلك قصدير 0.5 مم (بكرة كيلو),Solder wire 0.5 mm 1 kg reel,قصدير 0.5 كيلو,قصدير,piece,1150,10,,
SOLD-1-1K,سلك قصدير 1 مم (بكرة كيلو),Solder wire 1 mm 1 kg reel,قصدير 1 كيلو,قصدير,piece,1100,10,,
`

const h31aMotorsVocab = `طلمبة, طلمبه, موتور مية, tolomba, pump
حصان, hosan, hp
قصدير, qasdeer, solder
بكرة, بكره, bakara, reel
`

// TestRules_BareFractionIsThePack: in a shop selling goods in weighed
// packs, a quarter or a half said alone beside goods ("ربع بسبوسة ونص
// كنافة") is that goods' pack, never a product by itself — though a
// service's name holds "نص كيلو" — and a half said after goods with و on
// the next goods' word ("بسبوسة ربع وكنافة نص") is the next goods', not
// the quarter before it.
func TestRules_BareFractionIsThePack(t *testing.T) {
	r := rulesFrom(t, h31aSweetsCSV, h31aSweetsVocab)
	for _, tc := range []struct {
		text string
		want []h30aLine
	}{
		{"عايز ربع بسبوسة ونص كنافة", []h30aLine{{"BAS-250", 1}, {"KON-500", 1}}},
		{"ربع بسبوسة ونص كنافة وكيلو بسبوسة", []h30aLine{{"BAS-250", 1}, {"KON-500", 1}, {"BAS-1K", 1}}},
		{"3ayez rob3 basbousa w nos konafa", []h30aLine{{"BAS-250", 1}, {"KON-500", 1}}},
		{"بسبوسة ربع وكنافة نص", []h30aLine{{"BAS-250", 1}, {"KON-500", 1}}},
	} {
		checkWeighed(t, r, tc.text, tc.want...)
	}
}

// TestRules_FigureAndHalfWeight: a figure and "ونص" before a weight the
// vocabulary joined ("تلاتة ونص كيلو", Franco "2 w nos kilo") is the
// figure and a half in kilos, made of the goods' packs — never one half
// kilo pack, nor that many of them.
func TestRules_FigureAndHalfWeight(t *testing.T) {
	r := rulesFrom(t, h31aSweetsCSV, h31aSweetsVocab)
	for _, tc := range []struct {
		text string
		want []h30aLine
	}{
		{"عايز تلاتة ونص كيلو بسبوسة", []h30aLine{{"BAS-1K", 3}, {"BAS-500", 1}}},
		{"3ayez 2 w nos kilo konafa", []h30aLine{{"KON-1K", 2}, {"KON-500", 1}}},
		{"عايز نص كيلو بسبوسة", []h30aLine{{"BAS-500", 1}}},
	} {
		checkWeighed(t, r, tc.text, tc.want...)
	}
}

// TestRules_FractionBeforeLength: "نص" or "ربع" followed by a unit of
// length ("نص مم", "nos mm", "ربع بوصة") is that measure, never a pack's
// weight: of two reels of the 0.5 mm wire, which is asked; a weight said
// too picks the reel.
func TestRules_FractionBeforeLength(t *testing.T) {
	r := rulesFrom(t, h31aMotorsCSV, h31aMotorsVocab)
	for _, tc := range []struct {
		text string
		skus []string // one: chosen; two: asked
	}{
		{"عايز بكرة سلك قصدير نص مم", []string{"SOLD-05-1K", "SOLD-05-500"}},
		{"3ayez bakara qasdeer nos mm", []string{"SOLD-05-1K", "SOLD-05-500"}},
		{"عايز بكرة سلك قصدير نص مم كيلو", []string{"SOLD-05-1K"}},
	} {
		res := understandText(t, r, tc.text)
		if got := linesAsked(res); !slices.Equal(got, tc.skus) {
			t.Errorf("%q: lines %v, want %v", tc.text, got, tc.skus)
		}
		if len(tc.skus) > 1 && len(res.Items) != 1 {
			t.Errorf("%q: %d lines, want one question", tc.text, len(res.Items))
		}
	}
}

// TestRules_FigureAndHalfBeforeMeasure: a figure said with "ونص" before a
// word the products name figures with ("٢ ونص حصان", "الاتنين ونص حصان",
// Franco "2 w nos hosan") is the figure and a half — the 2.5 hp pump,
// never the half-horsepower one; a figure and a half no product is named
// with is no half horsepower chosen either.
func TestRules_FigureAndHalfBeforeMeasure(t *testing.T) {
	r := rulesFrom(t, h31aMotorsCSV, h31aMotorsVocab)
	for _, tc := range []struct {
		text string
		sku  string
	}{
		{"عايز طلمبة ٢ ونص حصان", "PMP-25"},
		{"الطلمبة الاتنين ونص حصان بكام؟", "PMP-25"},
		{"3ayez tolomba 2 w nos hosan", "PMP-25"},
		{"عايز طلمبة اتنين ونص حصان", "PMP-25"},
		{"عايز طلمبة نص حصان", "PMP-05"},
	} {
		res := understandText(t, r, tc.text)
		if len(res.Items) != 1 || res.Items[0].SKU != tc.sku {
			t.Errorf("%q: lines %v, want %s", tc.text, linesAsked(res), tc.sku)
		}
	}
	res := understandText(t, r, "عايز طلمبة تلاتة ونص حصان")
	for _, it := range res.Items {
		if it.SKU == "PMP-05" && len(it.Ambiguous) == 0 {
			t.Errorf("3.5 hp read as the half-horsepower pump: %v", linesAsked(res))
		}
	}
}

// TestRules_SharedNameAsksWhich: a generic name two goods share ("غريبة"
// of the plain and the pistachio ghorayeba, both in quarter packs) is a
// which-question even when the pack weight said picks the size; a name
// word the shop's vocabulary folds into "plain" ("سادة": without
// pistachio) makes no product the ordinary one of the kind.
func TestRules_SharedNameAsksWhich(t *testing.T) {
	r := rulesFrom(t, h31aSweetsCSV, h31aSweetsVocab)
	for _, tc := range []struct {
		text string
		skus []string // one: chosen; two: asked
	}{
		{"عايز ربع غريبة للضيوف", []string{"GHR-FST-250", "GHR-SADA-250"}},
		{"3ayez rob3 ghorayeba", []string{"GHR-FST-250", "GHR-SADA-250"}},
		{"عايز غريبة", []string{"GHR-FST-250", "GHR-SADA-250"}},
		{"عايز ربع غريبة بالفستق", []string{"GHR-FST-250"}},
		{"عايز ربع غريبة سادة", []string{"GHR-SADA-250"}},
	} {
		res := understandText(t, r, tc.text)
		if got := linesAsked(res); !slices.Equal(got, tc.skus) {
			t.Errorf("%q: lines %v, want %v", tc.text, got, tc.skus)
		}
	}
}

// TestRules_CorrectionReplacesPack: a correction naming goods again with
// the article and "make it" ("لا معلش البسبوسة خليها كيلو") replaces that
// goods' line — the old pack is no line beside the new one — and a
// weight corrected ("٢ كيلو بسبوسة.. لا خليهم كيلو ونص") is made of packs
// as said the second time.
func TestRules_CorrectionReplacesPack(t *testing.T) {
	r := rulesFrom(t, h31aSweetsCSV, h31aSweetsVocab)
	for _, tc := range []struct {
		text string
		want []h30aLine
	}{
		{"نص كيلو بسبوسة ونص كيلو كنافة، لا معلش البسبوسة خليها كيلو", []h30aLine{{"BAS-1K", 1}, {"KON-500", 1}}},
		{"٢ كيلو بسبوسة ونص كيلو كنافة، لا البسبوسة خليها كيلو ونص", []h30aLine{{"BAS-1K", 1}, {"BAS-500", 1}, {"KON-500", 1}}},
		{"عايز ٢ كيلو بسبوسة.. لا خليهم كيلو ونص", []h30aLine{{"BAS-1K", 1}, {"BAS-500", 1}}},
		{"nos kilo basbousa w nos kilo konafa, la el basbousa khaliha kilo", []h30aLine{{"BAS-1K", 1}, {"KON-500", 1}}},
	} {
		res := understandText(t, r, tc.text)
		var got []h30aLine
		for _, it := range res.Items {
			got = append(got, h30aLine{it.SKU, it.Quantity.Float()})
			if len(it.Ambiguous) > 0 || len(it.Missing) > 0 {
				t.Errorf("%q: %s asked, want it chosen", tc.text, it.SKU)
			}
		}
		slices.SortFunc(got, func(a, b h30aLine) int { return strings.Compare(a.sku, b.sku) })
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: lines %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestRules_GramsOfTheNextGoods: a figure and grams after goods with و
// ("٢ كيلو كنافة و٧٥٠ جرام بسبوسة", Franco "w 750 gram") are the next
// goods' weight, made of their packs — the kilos before stay the first
// goods', never a size of them nor a question.
func TestRules_GramsOfTheNextGoods(t *testing.T) {
	r := rulesFrom(t, h31aSweetsCSV, h31aSweetsVocab)
	for _, tc := range []struct {
		text string
		want []h30aLine
	}{
		{"٢ كيلو كنافة و٧٥٠ جرام بسبوسة", []h30aLine{{"KON-1K", 2}, {"BAS-500", 1}, {"BAS-250", 1}}},
		{"2 kilo konafa w 750 gram basbousa", []h30aLine{{"KON-1K", 2}, {"BAS-500", 1}, {"BAS-250", 1}}},
	} {
		checkWeighed(t, r, tc.text, tc.want...)
	}
}
