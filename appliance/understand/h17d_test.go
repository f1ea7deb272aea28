package understand

import (
	"context"
	"testing"
)

// Round 17's first-contact classes (branch h17d), on a small lighting and
// fan shop of its own (none of the blind sets' catalogs or sentences):
// fans and their installations (one named generically "تركيب مروحة"), a
// strip sold by the metre, a centre chandelier whose vocabulary says "نص"
// for its "وسط", a display (عرض) spotlight; and a board whose
// name holds a price word (h17dBoard).
const h17dCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
FAN-C56,مروحة سقف 56,Ceiling fan 56,مروحة سقف,مراوح,piece,2400,10,,أبيض|بني
FAN-STAND,مروحة عمود,Stand fan,,مراوح,piece,1500,10,,أبيض|أسود
CHAND-C,نجفة وسط 5 لمبات,Centre chandelier 5 lamps,,نجف,piece,3200,5,,ذهبي|فضي
LED-STRIP,شريط ليد (بالمتر),LED strip (per metre),شريط ليد,إضاءة,meter,45,500,,أبيض|أصفر
FAN-WALL,مروحة حائط,Wall fan,,مراوح,piece,1100,10,,أبيض|أسود
FIX-FAN,تركيب مروحة سقف,Ceiling fan installation,تركيب مروحة,خدمات,piece,250,,,
FIX-FAN-W,تركيب مروحة حائط,Wall fan installation,,خدمات,piece,150,,,
SPOT,كشاف عرض 10 وات,Display spotlight 10 W,,كشافات,piece,180,50,,أبيض|أسود
`

const h17dVocab = `مروحة, مراوح, مروحه, marwa7a, marawe7, fan
وسط, نص, center, centre
تركيب, التركيب, tarkib, installation
`

// h17dBoard is a price board the same shop sells.
const h17dBoard = `PRICE-BOARD,لوحة اسعار مضيئة,Illuminated price board,,لوحات,piece,900,20,,أحمر|أزرق
`

func h17dRules(t testing.TB) *Rules {
	t.Helper()
	return rulesFrom(t, h17dCSV, h17dVocab)
}

// TestRules_EachWithIsOneForEachPiece: English "N units …, each with X"
// gives X once for each unit counted, as "كل واحد معاه X" does.
func TestRules_EachWithIsOneForEachPiece(t *testing.T) {
	checkCases(t, h17dRules(t), Order, []itemCase{
		{"please send an invoice for 3 ceiling fans 56 white, each with ceiling fan installation", []wantItem{{"FAN-C56", 3, "أبيض", nil}, {"FIX-FAN", 3, "", nil}}},
		{"عايز ٣ مروحة سقف ٥٦ ابيض، كل واحدة معاها تركيب مروحة سقف", []wantItem{{"FAN-C56", 3, "أبيض", nil}, {"FIX-FAN", 3, "", nil}}},
		{"3 marawe7 sa2f 56 abyad, kol wa7da ma3aha tarkib marwa7a sa2f", []wantItem{{"FAN-C56", 3, "أبيض", nil}, {"FIX-FAN", 3, "", nil}}},
	})
}

// TestRules_IncludedAskedIsNoLine: "هل السعر شامل X؟" asks what the
// price covers: X is no line of the quote. Said in an order with no
// question ("… شامل التركيب"), X is ordered.
func TestRules_IncludedAskedIsNoLine(t *testing.T) {
	r := h17dRules(t)
	checkCases(t, r, Inquiry, []itemCase{
		{"عايز اعرف سعر مروحة السقف ٥٦ وهل السعر شامل التركيب ولا لأ؟", []wantItem{{"FAN-C56", 1, "", nil}}},
		{"مروحة سقف ٥٦ بكام؟ السعر شامل التركيب؟", []wantItem{{"FAN-C56", 1, "", nil}}},
		{"bkam marwa7et el sa2f 56? el se3r shamel el tarkib?", []wantItem{{"FAN-C56", 1, "", nil}}},
	})
	checkItems(t, r, "عايز مروحة سقف ٥٦ ابيض شامل تركيب مروحة السقف", Order, []wantItem{{"FAN-C56", 1, "أبيض", nil}, {"FIX-FAN", 1, "", nil}})
	res, err := r.Understand(context.Background(), "how much is the ceiling fan 56, does the price include installation?")
	if err != nil {
		t.Fatal(err)
	}
	for _, it := range res.Items {
		if it.SKU == "FIX-FAN" {
			t.Errorf("English: the installation asked about read as a line: %+v", res.Items)
		}
	}
}

// TestRules_HalfAfterAmountWhateverTheVocabulary: "٨ متر ونص" is 8.5 m
// even where the catalog's vocabulary rewrites نص to a word of its own
// ("وسط, نص"), the amount said before the product or after it.
func TestRules_HalfAfterAmountWhateverTheVocabulary(t *testing.T) {
	checkCases(t, h17dRules(t), Order, []itemCase{
		{"عايز ٨ متر ونص شريط ليد ابيض", []wantItem{{"LED-STRIP", 8.5, "أبيض", nil}}},
		{"عايز شريط ليد اصفر ٨ متر ونص", []wantItem{{"LED-STRIP", 8.5, "أصفر", nil}}},
		{"عايز ٢ نجفة نص فضي", []wantItem{{"CHAND-C", 2, "فضي", nil}}},
	})
}

// TestRules_PriceWordInAName: a price word that is a word of the
// product's name after its noun ("لوحة اسعار") asks no price; a price
// asked of it still does.
func TestRules_PriceWordInAName(t *testing.T) {
	r := rulesFrom(t, h17dCSV+h17dBoard, h17dVocab)
	checkItems(t, r, "عايز ٢ لوحة اسعار مضيئة احمر", Order, []wantItem{{"PRICE-BOARD", 2, "أحمر", nil}})
	checkItems(t, r, "لوحة اسعار مضيئة احمر بكام؟", Inquiry, []wantItem{{"PRICE-BOARD", 1, "أحمر", nil}})
}

// TestRules_PleaseInOneWord: "لوسمحت" is "لو سمحت" written as one word:
// courtesy, so the count said before it stays the line's.
func TestRules_PleaseInOneWord(t *testing.T) {
	checkCases(t, h17dRules(t), Order, []itemCase{
		{"مروحة عمود اسود اتنين لوسمحت", []wantItem{{"FAN-STAND", 2, "أسود", nil}}},
		{"لوسمحت عايز مروحة عمود ابيض تلاتة", []wantItem{{"FAN-STAND", 3, "أبيض", nil}}},
	})
}

// TestRules_ServiceOfTheGoodsWhole: an installation said of the goods
// before it ("وتركيبها", "and its installation") where two installations
// name the goods' head noun is the one whose object is the goods' name the
// most: the ceiling fan's, not the one named "تركيب مروحة" alone.
func TestRules_ServiceOfTheGoodsWhole(t *testing.T) {
	checkCases(t, h17dRules(t), Order, []itemCase{
		{"عايز مروحة حائط ابيض وتركيبها", []wantItem{{"FAN-WALL", 1, "أبيض", nil}, {"FIX-FAN-W", 1, "", nil}}},
		{"I need a wall fan in white and its installation", []wantItem{{"FAN-WALL", 1, "أبيض", nil}, {"FIX-FAN-W", 1, "", nil}}},
		{"عايز مروحة سقف ٥٦ ابيض وتركيبها", []wantItem{{"FAN-C56", 1, "أبيض", nil}, {"FIX-FAN", 1, "", nil}}},
	})
	// the bare noun ("والتركيب نتكلم فيه بعدين") may be no line at all:
	// no installation is chosen for it
	res, err := h17dRules(t).Understand(context.Background(), "عايز مروحة حائط ابيض والتركيب نتكلم فيه بعدين")
	if err != nil {
		t.Fatal(err)
	}
	for _, it := range res.Items {
		if it.SKU == "FIX-FAN-W" || it.SKU == "FIX-FAN" {
			t.Errorf("bare والتركيب given an installation: %+v", res.Items)
		}
	}
}

// TestRules_PriceOfferAsksAQuote: "عرض سعر" (a price offer) asks a quote;
// its عرض is no word of a product the catalog names with عرض (a display
// spotlight).
func TestRules_PriceOfferAsksAQuote(t *testing.T) {
	checkCases(t, h17dRules(t), Inquiry, []itemCase{
		{"ممكن عرض سعر ل ٣ مروحة عمود اسود", []wantItem{{"FAN-STAND", 3, "أسود", nil}}},
		{"ممكن عرض سعر ل ٤ كشاف عرض ١٠ وات ابيض", []wantItem{{"SPOT", 4, "أبيض", nil}}},
	})
}

// TestRules_PlaceAfterTheGoodsIsNoLine: a preposition of place no name
// holds ("ورا", "قدام", "فوق") and the definite noun it governs say where
// the goods go, even when the noun is a product of the shop.
func TestRules_PlaceAfterTheGoodsIsNoLine(t *testing.T) {
	checkCases(t, h17dRules(t), Order, []itemCase{
		{"عايز ٥ متر شريط ليد ابيض ورا النجفة", []wantItem{{"LED-STRIP", 5, "أبيض", nil}}},
		{"عايز شريط ليد اصفر للسقف قدام المروحة ٤ متر", []wantItem{{"LED-STRIP", 4, "أصفر", nil}}},
	})
}
