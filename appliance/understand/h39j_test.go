package understand

import (
	"context"
	"slices"
	"testing"
)

// Branch h39j, on catalogs of their own (none of round 38's names or
// sentences): a cinema, a tour operator and a language centre.
const h39jCinemaCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
IMAX,تذكرة فيلم ايماكس (للفرد),IMAX movie ticket (per person),تذكرة ايماكس|ايماكس|imax,تذاكر,piece,250,,,
POPCORN,فشار كبير,Large popcorn,فشار,مأكولات,piece,90,40,,
`

const h39jCinemaVocab = `ايماكس, imax, imax ticket
فشار, popcorn, fshar
`

const h39jTourCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
SIWA,رحلة واحة سيوة (للفرد),Siwa oasis trip (per person),رحلة سيوة|سيوة,رحلات,piece,3500,,,
DAHAB,رحلة دهب ٣ ليالي (للفرد),Dahab trip 3 nights (per person),رحلة دهب|دهب,رحلات,piece,4200,,,
`

const h39jTourVocab = `رحلة سيوة, سيوة, siwa, siwa trip
رحلة دهب, دهب, dahab, dahab trip
`

const h39jLangCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
GER,كورس الماني (اشتراك شهر),German course (monthly),الماني|كورس الماني,لغات,piece,1500,,,
ITA,كورس ايطالي (اشتراك شهر),Italian course (monthly),ايطالي|كورس ايطالي,لغات,piece,1400,,,
`

const h39jLangVocab = `الماني, كورس الماني, german, almani
ايطالي, كورس ايطالي, italian, italy
`

// TestRules_EnglishPeopleListedWithCommas: people listed after "for"
// with commas and a final "and" are counted, one each, on a line priced
// per person; a plural of no figure among them asks how many.
func TestRules_EnglishPeopleListedWithCommas(t *testing.T) {
	cinema := rulesFrom(t, h39jCinemaCSV, h39jCinemaVocab)
	checkPlaced(t, cinema, "book me an imax ticket for my father, my mother and my aunt", Order,
		[]wantItem{{"IMAX", 3, "", nil}})
	checkPlaced(t, cinema, "IMAX tickets for me, my wife, and my son please", Order,
		[]wantItem{{"IMAX", 3, "", nil}})
	tour := rulesFrom(t, h39jTourCSV, h39jTourVocab)
	checkPlaced(t, tour, "a Siwa trip for me, my husband and my 2 sisters", Order,
		[]wantItem{{"SIWA", 4, "", nil}})
	checkPlaced(t, tour, "Dahab trip for my father, mother and uncle", Order,
		[]wantItem{{"DAHAB", 3, "", nil}})
	// "my kids": how many is asked, never a partial count
	res, err := tour.Understand(context.Background(), "a Siwa trip for me, my wife and my kids")
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Items) != 1 || res.Items[0].SKU != "SIWA" || !slices.Contains(res.Items[0].Missing, "count") {
		t.Errorf("kids of no figure: %+v, want SIWA asked how many", res.Items)
	}
}

// TestRules_EnglishKinAfterMe: a relative after "for me and my …" is
// whom the order is for, a word understood.
func TestRules_EnglishKinAfterMe(t *testing.T) {
	cinema := rulesFrom(t, h39jCinemaCSV, h39jCinemaVocab)
	checkPlaced(t, cinema, "2 imax tickets for me and my wife", Order,
		[]wantItem{{"IMAX", 2, "", nil}})
	checkPlaced(t, cinema, "2 large popcorn for me and my fiancee", Order,
		[]wantItem{{"POPCORN", 2, "", nil}})
}

// TestRules_CorrectionKeepsThePeriod: a correction of goods priced by
// the month takes the months said of the line it replaces.
func TestRules_CorrectionKeepsThePeriod(t *testing.T) {
	lang := rulesFrom(t, h39jLangCSV, h39jLangVocab)
	checkItems(t, lang, "الماني شهر، قصدي ايطالي", Order, []wantItem{{"ITA", 1, "", nil}})
	checkItems(t, lang, "almani shahr, a2sod italy", Order, []wantItem{{"ITA", 1, "", nil}})
	checkItems(t, lang, "german course a month, I mean italian", Order, []wantItem{{"ITA", 1, "", nil}})
	for _, text := range []string{"الماني شهر، قصدي ايطالي", "almani shahr, a2sod italy", "german course a month, I mean italian"} {
		res, err := lang.Understand(context.Background(), text)
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Items) == 1 && slices.Contains(res.Items[0].Missing, "count") {
			t.Errorf("%s: asked how many, want the month kept", text)
		}
	}
}
