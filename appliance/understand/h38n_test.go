package understand

import (
	"context"
	"testing"
)

// Branch h38n, on catalogs of their own (none of round 38's names or
// sentences): a cinema and h38a's Nile boat-trip agent and theme park.
const h38nCinemaCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
SEAT,كرسي سينما عادي (للفرد),Cinema seat standard (per person),كرسي سينما|فيلم,تذاكر,piece,150,,,
POP,فشار كبير,Large popcorn,فشار|بوب كورن,مأكولات,piece,60,,,
`

const h38nCinemaVocab = `كرسي سينما, فيلم, cinema seat, movie, film
فشار, popcorn, feshar
`

// TestRules_GroupPartsSummed: a group named part by part after "ليا" or
// "for me" sums its parts — a numbered plural ("والولاد التلاتة", "و٣
// عيال", "and my 2 brothers") adds its number; a plural of no number
// ("والعيال", "and my kids") leaves the count asked, never a partial sum;
// "لعيلة من ٥ افراد" is five.
func TestRules_GroupPartsSummed(t *testing.T) {
	boat := rulesFrom(t, h38aBoatCSV, h38aBoatVocab)
	checkPlaced(t, boat, "عايز رحلة مركب ليا ولمراتي والولاد التلاتة", Order, []wantItem{{"BOAT", 5, "", nil}})
	checkPlaced(t, boat, "رحلة مركب ليا ولمراتي و٣ عيال", Order, []wantItem{{"BOAT", 5, "", nil}})
	checkPlaced(t, boat, "boat trip for me and my 2 brothers", Order, []wantItem{{"BOAT", 3, "", nil}})
	checkPlaced(t, boat, "رحلة مركب لعيلة من ٥ افراد", Order, []wantItem{{"BOAT", 5, "", nil}})
	cinema := rulesFrom(t, h38nCinemaCSV, h38nCinemaVocab)
	checkPlaced(t, cinema, "كرسي سينما ليا ولجوزي والعيال الاربعة", Order, []wantItem{{"SEAT", 6, "", nil}})
	checkPlaced(t, cinema, "كرسي سينما لأسرة من ٤ افراد", Order, []wantItem{{"SEAT", 4, "", nil}})
	for _, text := range []string{"رحلة مركب ليا ولمراتي والعيال", "boat trip for me and my brothers"} {
		res, err := boat.Understand(context.Background(), text)
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Items) != 1 || res.Items[0].SKU != "BOAT" || !res.Items[0].uncounted {
			t.Errorf("%s: %+v, want BOAT asked how many", text, res.Items)
		}
	}
}

// TestRules_PlaceGoneToNoTrip: a place the group or the customer is going
// to ("رايحين الفيلم", "مسافرين … في النيل", "going to the boat trip") is
// talk beside other goods: the per-person line is not ordered; wanted
// ("عايزين رحلة مركب") it is.
func TestRules_PlaceGoneToNoTrip(t *testing.T) {
	boat := rulesFrom(t, h38aBoatCSV, h38aBoatVocab)
	checkPlaced(t, boat, "احنا ٤ صحاب رايحين رحلة مركب، عايز كاب واحد", Order, []wantItem{{"CAP", 1, "", nil}})
	checkPlaced(t, boat, "احنا ٣ صحاب رايحين فرح صاحبنا في مركب، عايز كاب", Order, []wantItem{{"CAP", 1, "", nil}})
	checkPlaced(t, boat, "we are 4 friends going to the boat trip, need a cap", Order, []wantItem{{"CAP", 1, "", nil}})
	checkPlaced(t, boat, "احنا ٤ صحاب، عايزين رحلة مركب", Order, []wantItem{{"BOAT", 4, "", nil}})
	cinema := rulesFrom(t, h38nCinemaCSV, h38nCinemaVocab)
	checkPlaced(t, cinema, "احنا ٣ صحاب رايحين الفيلم، عايزين فشار", Order, []wantItem{{"POP", 1, "", nil}})
}
