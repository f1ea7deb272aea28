package understand

import (
	"context"
	"slices"
	"testing"
)

// Branch h37d, on catalogs of their own (none of round 37's names or
// sentences): a typing office priced per page, beside an official
// document of one page, and a bakery.
const h37dTypingCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
TYPE-AR,كتابة معتمدة عربي (للصفحة),Arabic typing (per page),كتابة عربي|تايب,كتابة,piece,20,,,
TYPE-EN,كتابة على الكمبيوتر انجليزي (للصفحة),English typing (per page),كتابة انجليزي|تايب انجليزي,كتابة,piece,30,,,
DOC-TYPE,كتابة وثيقة رسمية صفحة واحدة عربي,Official one-page document typing in Arabic,كتابة وثيقة عربي,كتابة وثائق,piece,150,,,
XCOPY,نسخة إضافية مطبوعة (للصفحة),Extra printed copy (per page),نسخة زيادة|نسخة اضافية,إضافات,piece,2,,,
`

// h37dPagesCSV: the typing office's works by the page and its copies,
// no one-page document beside them.
const h37dPagesCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
TYPE-AR,كتابة على الكمبيوتر عربي (للصفحة),Arabic typing (per page),كتابة|تايب|كتابة عربي,كتابة,piece,20,,,
TYPE-EN,كتابة على الكمبيوتر انجليزي (للصفحة),English typing (per page),كتابة انجليزي|تايب انجليزي,كتابة,piece,30,,,
XCOPY,نسخة إضافية مطبوعة (للصفحة),Extra printed copy (per page),نسخة زيادة|نسخة اضافية,إضافات,piece,2,,,
`

const h37dTypingVocab = `كتابة, كتابه, ketaba, typing, type
عربي, 3arabi, arabic
صفحة, صفحه, صفحات, page, pages, saf7a, saf7at
انجليزي, انجلش, english, engleezy
نسخة, نسخه, نسخ, copy, copies, noskha
`

const h37dBakeryCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
CRS-CHEESE,كرواسون جبنة,Cheese croissant,كرواسون جبنة,كرواسون,piece,15,,,
CRS-CHOC,كرواسون شوكولاتة,Chocolate croissant,كرواسون شوكولاتة,كرواسون,piece,18,,,
FINO,عيش فينو (بالواحدة),Fino roll (single),فينو|عيش فينو,عيش,piece,1,,,
BASBOUSA,علبة بسبوسة,Box of basbousa,بسبوسة,حلويات,piece,60,,,
PATE,باتيه سادة,Plain pate pastry,باتيه,مخبوزات,piece,8,,,
`

const h37dBakeryVocab = `كرواسون, كرواسان, croissant, crwasson
شوكولاتة, شوكولاته, شيكولاتة, chocolate, shokolata
فينو, fino
بسبوسة, بسبوسه, basbousa
باتيه, pate, pateh
`

// TestRules_CountInThePerNoun: a count said in the noun the line is
// priced per ("كتابة ٤ صفحات" of a "(للصفحة)" line, Franco "4 saf7at",
// English "4 pages") is how many of the line — never a count of a part
// another name gives ("وثيقة رسمية صفحة واحدة") that it lacks.
func TestRules_CountInThePerNoun(t *testing.T) {
	r := rulesFrom(t, h37dTypingCSV, h37dTypingVocab)
	for _, text := range []string{"عايز كتابة عربي ٤ صفحات", "عايز كتابة ٤ صفحات عربي", "3ayez ketaba 3arabi 4 saf7at"} {
		checkItems(t, r, text, Order, []wantItem{{"TYPE-AR", 4, "", nil}})
		res, err := r.Understand(context.Background(), text)
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Items) == 1 && len(res.Items[0].Lacks) > 0 {
			t.Errorf("%s: lacks %q", text, res.Items[0].Lacks)
		}
	}
}

// TestRules_TurnedOutCorrects: "لا معلش طلعوا ٦ صفحات" (no, sorry, they
// turned out to be 6 pages) corrects the count said before it.
func TestRules_TurnedOutCorrects(t *testing.T) {
	r := rulesFrom(t, h37dPagesCSV, h37dTypingVocab)
	checkPlaced(t, r, "عايز كتابة ٤ صفحات.. لا معلش طلعوا ٦ صفحات", Order, []wantItem{{"TYPE-AR", 6, "", nil}})
	checkPlaced(t, r, "عايز كتابة ٤ صفحات.. لا طلعوا ٦", Order, []wantItem{{"TYPE-AR", 6, "", nil}})
}

// TestRules_CopiesOfCountedPages: extra copies priced per page, said
// after a line counted in pages, are copies × pages; copies that count
// their own pages keep their count.
func TestRules_CopiesOfCountedPages(t *testing.T) {
	r := rulesFrom(t, h37dPagesCSV, h37dTypingVocab)
	checkItems(t, r, "عايز كتابة ٣ صفحات ونسختين زيادة", Order, []wantItem{{"TYPE-AR", 3, "", nil}, {"XCOPY", 6, "", nil}})
	checkItems(t, r, "3ayez ketaba 5 saf7at w noskha zyada ma3ahom", Order, []wantItem{{"TYPE-AR", 5, "", nil}, {"XCOPY", 5, "", nil}})
	checkItems(t, r, "typing 2 pages and 2 extra copies", Order, []wantItem{{"TYPE-AR", 2, "", nil}, {"XCOPY", 4, "", nil}})
	checkItems(t, r, "عايز كتابة ٣ صفحات ونسخة زيادة لصفحة واحدة", Order, []wantItem{{"TYPE-AR", 3, "", nil}, {"XCOPY", 1, "", nil}})
}

// TestRules_TakenOff: "لا خلاص شيل X" (no, take X off), "بلاش X",
// "remove the X" after a pause takes the earlier line naming X out of the
// order; when two earlier lines could be meant, a person reads it.
func TestRules_TakenOff(t *testing.T) {
	r := rulesFrom(t, h37dBakeryCSV, h37dBakeryVocab)
	for _, text := range []string{
		"عايز ٢ كرواسون جبنة و٣ باتيه وعلبة بسبوسة.. لا خلاص شيل البسبوسة",
		"عايز ٢ كرواسون جبنة و٣ باتيه وعلبة بسبوسة، لا بلاش البسبوسة",
		"2 cheese croissants, 3 pate and a box of basbousa. no, remove the basbousa",
	} {
		checkItems(t, r, text, Order, []wantItem{{"CRS-CHEESE", 2, "", nil}, {"PATE", 3, "", nil}})
	}
	res, err := r.Understand(context.Background(), "عايز ٢ كرواسون جبنة و٣ كرواسون شوكولاتة.. لا شيل الكرواسون")
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Items) != 2 || len(res.Unexplained) == 0 {
		t.Errorf("which croissants taken off read: %+v unexplained %q", res.Items, res.Unexplained)
	}
}

// TestRules_AssortedGoods: "مشكلة" right after goods, agreeing with them
// ("كرواسونات مشكلة"), is "assorted", no complaint: the clerk asks which;
// "الكرواسون مشكلة" (the croissant is a problem) is still one.
func TestRules_AssortedGoods(t *testing.T) {
	r := rulesFrom(t, h37dBakeryCSV, h37dBakeryVocab)
	for _, text := range []string{"عايزة ٦ كرواسون مشكلة للفطار", "3ayza 6 croissant meshakela"} {
		res, err := r.Understand(context.Background(), text)
		if err != nil {
			t.Fatal(err)
		}
		if res.Intent != Order || len(res.Items) == 0 {
			t.Errorf("%s: %s %+v, want an order of croissants", text, res.Intent, res.Items)
		}
	}
	checkIntents(t, r, []intentCase{{"الكرواسون مشكلة، جالي محروق", Complaint}})
}

// TestRules_MoneysWorth: goods asked by the money's worth ("فينو بعشرة
// جنيه", "fino b 10 geneh", "fino for 10 pounds", "with 10 pounds of
// fino") are that money over a piece's price when it divides exactly;
// when it does not, how many is asked; a sum beside a count that is
// neither the piece's price nor the count's is left for a person.
func TestRules_MoneysWorth(t *testing.T) {
	r := rulesFrom(t, h37dBakeryCSV, h37dBakeryVocab)
	for _, text := range []string{"عايز فينو بعشرة جنيه وعلبة بسبوسة", "3ayez fino b 10 geneh w basbousa", "fino for 10 pounds and a box of basbousa", "with 10 pounds of fino and a basbousa"} {
		checkPlaced(t, r, text, Order, []wantItem{{"FINO", 10, "", nil}, {"BASBOUSA", 1, "", nil}})
	}
	res, err := r.Understand(context.Background(), "عايز باتيه بعشرين جنيه")
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Items) != 1 || !slices.Contains(res.Items[0].Missing, "count") {
		t.Errorf("20 EGP of an 8 EGP pate read as a count: %+v", res.Items)
	}
	// said of definite goods, the sum is what they cost, a sentence: left
	// for a person, never read as their count
	res, err = r.Understand(context.Background(), "عايز ٢ باتيه والبسبوسة بستين جنيه")
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Unexplained) == 0 {
		t.Errorf("the price said of definite goods placed as their worth: %+v", res.Items)
	}
	res, err = r.Understand(context.Background(), "عايز ٣ باتيه بعشرين جنيه")
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Unexplained) == 0 {
		t.Errorf("a sum neither the price nor the count's placed: %+v", res.Items)
	}
}
