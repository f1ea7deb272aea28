package understand

import (
	"context"
	"testing"
)

// Branch h38j, on catalogs of their own (none of round 38's names or
// sentences): a phone-accessories shop, a paint shop, an air-conditioner
// shop, a toy shop, a mirror and glass shop and a lighting shop.
const h38jPhoneCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
COVER,جراب موبايل سيليكون,Silicone phone cover,جراب,اكسسوار,piece,150,30,,أسود|أحمر|أزرق|كحلي
`

// the Franco "azra2" is listed only inside "azra2 8ame2" (navy)
const h38jPhoneVocab = `جراب, garab, cover
ازرق غامق, azra2 8ame2 => كحلي
`

// TestRules_FrancoColourOnlyInAPhrase: a Franco colour word the
// vocabulary lists only inside a longer colour ("azra2 8ame2"), said
// alone, is the colour its consonants spell, so the tail of a split
// ("w wa7ed azra2") is one more piece in blue, never dropped.
func TestRules_FrancoColourOnlyInAPhrase(t *testing.T) {
	r := rulesFrom(t, h38jPhoneCSV, h38jPhoneVocab)
	checkCases(t, r, Order, []itemCase{
		{"3ayez 2 garab eswed w wa7ed azra2", []wantItem{{"COVER", 2, "أسود", nil}, {"COVER", 1, "أزرق", nil}}},
		{"3ayez garab azra2", []wantItem{{"COVER", 1, "أزرق", nil}}},
		{"3ayez garab azra2 8ame2", []wantItem{{"COVER", 1, "كحلي", nil}}},
	})
}

const h38jPaintCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
GAL,جالون بلاستيك مطفي,Matt emulsion gallon,جالون,دهانات,piece,450,40,,أبيض|رمادي|بيج
`

const h38jPaintVocab = `جالون, galon, gallon
`

// TestRules_SplitTailUnreadIsNoInvoice: "٢ جالون ابيض وواحد <a colour the
// shop does not read>": the tail of the split is one more piece the rules
// could not place — an unread line a person reads, never an invoice of
// the first part alone. A count before other goods ("و ٢ تلاجة") is no
// such tail.
func TestRules_SplitTailUnreadIsNoInvoice(t *testing.T) {
	r := rulesFrom(t, h38jPaintCSV, h38jPaintVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز ٢ جالون ابيض وواحد رمادي", []wantItem{{"GAL", 2, "أبيض", nil}, {"GAL", 1, "رمادي", nil}}},
	})
	for _, text := range []string{"عايز ٢ جالون ابيض وواحد موف", "عايز ٢ جالون ابيض و واحد موف"} {
		res, err := r.Understand(context.Background(), text)
		if err != nil {
			t.Fatal(err)
		}
		unread := false
		for _, it := range res.Items {
			unread = unread || it.Product == nil && it.Unread
		}
		if !unread {
			t.Errorf("%q: the split's tail dropped silently: %+v", text, res.Items)
		}
	}
	res, err := r.Understand(context.Background(), "عايز ٢ جالون ابيض و ٢ تلاجة")
	if err != nil {
		t.Fatal(err)
	}
	for _, it := range res.Items {
		if it.Product == nil && it.Unread {
			t.Errorf("another thing counted after و read as a split's tail: %+v", it)
		}
	}
}

const h38jFuseCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
FUSE-10,فيوز 10 أمبير زجاج,Glass fuse 10 A,فيوز 10 زجاج,فيوزات,piece,5,100,,
FUSE-20,فيوز 20 أمبير زجاج,Glass fuse 20 A,فيوز 20 زجاج,فيوزات,piece,6,100,,
FUSE-10C,فيوز 10 أمبير سيراميك,Ceramic fuse 10 A,فيوز 10 سيراميك,فيوزات,piece,9,100,,
`

const h38jFuseVocab = `فيوز, فيوزات, fuse
زجاج, ازاز, glass
`

// TestRules_OtherValueOfTheLinesFigure: after a line whose figure chose
// its variant (a 10 A fuse), "وواحد" and another figure its kind's names
// give as that value (20), then the words they share, is one more piece
// of the other variant — never this line's size with the tail's words
// read into it.
func TestRules_OtherValueOfTheLinesFigure(t *testing.T) {
	r := rulesFrom(t, h38jFuseCSV, h38jFuseVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز ٢ فيوز ١٠ زجاج وواحد ٢٠ زجاج", []wantItem{{"FUSE-10", 2, "", nil}, {"FUSE-20", 1, "", nil}}},
		{"عايز ٢ فيوز ١٠ زجاج و٣ ٢٠ زجاج", []wantItem{{"FUSE-10", 2, "", nil}, {"FUSE-20", 3, "", nil}}},
	})
}

const h38jToyCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
BIKE,عجلة اطفال من سنة إلى 3 سنين,Kids bike 1-3 years,عجلة اطفال|عجلة سنة,عجل,piece,1800,10,,أحمر|أزرق
`

const h38jToyVocab = `عجلة, عجله, bike
`

// TestRules_AgeDualIsNoCount: "عنده/عندها/عمره" and the dual of a noun of
// time ("سنتين", "شهرين") is the child's age, never two of the goods —
// even where the catalog's names hold the noun (a bike "من سنة").
func TestRules_AgeDualIsNoCount(t *testing.T) {
	r := rulesFrom(t, h38jToyCSV, h38jToyVocab)
	checkCases(t, r, Order, []itemCase{
		{"ابني عنده سنتين عايز عجلة اطفال حمرا", []wantItem{{"BIKE", 1, "أحمر", nil}}},
		{"بنتي عمرها سنتين عايزة عجلة اطفال زرقا", []wantItem{{"BIKE", 1, "أزرق", nil}}},
		{"لابني عنده ٣ سنين عايز عجلة اطفال حمرا", []wantItem{{"BIKE", 1, "أحمر", nil}}},
	})
}

const h38jGlassCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
MIR-100,مراية 100 سم ارتفاع,Mirror 100cm high,مراية 100,مرايات,piece,900,10,,
INST,تركيب لوحة,Wall piece installation,تركيب,خدمات,piece,150,,,
INST-SCAF,تركيب لوحة على ارتفاع بسقالة,High installation with scaffolding,تركيب على ارتفاع|سقالة,خدمات,piece,900,,,
`

const h38jGlassVocab = `مراية, مرايه, mirror
تركيب, tarkeeb, installation
`

// TestRules_BareServiceIsThePlainOne: a bare "وتركيب" / "installation"
// after goods whose name says how high they are ("100 سم ارتفاع") is the
// plain installation: the dimension word ties no service to the goods, so
// never the one done high up on a scaffold.
func TestRules_BareServiceIsThePlainOne(t *testing.T) {
	r := rulesFrom(t, h38jGlassCSV, h38jGlassVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز ٢ مراية ١٠٠ سم وتركيب", []wantItem{{"MIR-100", 2, "", nil}, {"INST", 1, "", nil}}},
		{"I need 2 mirrors 100cm and installation", []wantItem{{"MIR-100", 2, "", nil}, {"INST", 1, "", nil}}},
	})
}

const h38jLightCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
LED-9,لمبة ليد 9 وات,LED bulb 9W,لمبة ليد,لمبات,piece,45,100,,
TRANS,محول كهرباء 220 فولت,Power transformer 220V,ترانس|محول,محولات,piece,650,10,,
`

const h38jLightVocab = `لمبة, لمبه, لمبات, bulb
`

// TestRules_OwnPremisesNoTypo: the customer's own premises said with the
// article or "my" ("المحل", "محلي") is a common noun of the customer's
// context, never a typo of a catalog word one letter away (محول).
func TestRules_OwnPremisesNoTypo(t *testing.T) {
	r := rulesFrom(t, h38jLightCSV, h38jLightVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز انور المحل ٦ لمبة ليد", []wantItem{{"LED-9", 6, "", nil}}},
		{"عايز انور محلي ٦ لمبة ليد", []wantItem{{"LED-9", 6, "", nil}}},
	})
}
