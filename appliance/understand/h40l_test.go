package understand

import "testing"

// Branch h40l, on catalogs of their own (none of round 40's names or
// sentences): a bicycle shop with a bike for two, and a boats shop whose
// two-seater is another kind of boat.
const h40lBikeCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
BIKE-1,عجلة أطفال مقاس 20,Kids bike size 20,عجلة اطفال|عجلة صغيرة|kids bike,عجل,piece,4000,10,,
BIKE-2,عجلة أطفال توين لاتنين,Kids twin tandem bike,عجلة دبل,عجل,piece,9000,4,,
HELMET,خوذة أطفال,Kids helmet,خوذة,اكسسوار,piece,500,20,,
`

const h40lBikeVocab = `عجلة, عجله, 3agala, bike, bicycle
خوذة, khoza, helmet
`

const h40lBoatCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
KAYAK-1,كاياك بلاستيك فردي,Plastic kayak single,كاياك,قوارب,piece,9000,5,,
CANOE-2,قارب كانو كرسيين,Canoe two seats,كانو,قوارب,piece,15000,3,,
PADDLE-1,قارب بدال صغير,Small pedal boat,قارب بدال,قوارب,piece,12000,2,,
`

const h40lBoatVocab = `كاياك, kayak
كانو, canoe
قارب, ارب, boat
بدال, pedal
`

// TestRules_TwoChildrenChooseTheOneForTwo: a thing asked for the
// customer's twins or two children ("لتوأمي", "لولادي الاتنين", "for my
// two kids") is the product whose name says it is made for two, when the
// customer's words of it are that product's; with no such product it is as
// read.
func TestRules_TwoChildrenChooseTheOneForTwo(t *testing.T) {
	r := rulesFrom(t, h40lBikeCSV, h40lBikeVocab)
	checkChosen(t, r, []itemCase{
		{"عايز عجلة اطفال لتوأمي", []wantItem{{"BIKE-2", 1, "", nil}}},
		{"محتاج عجلة اطفال لولادي الاتنين", []wantItem{{"BIKE-2", 1, "", nil}}},
		{"I need a kids bike for my two kids", []wantItem{{"BIKE-2", 1, "", nil}}},
		{"عايز خوذة لولادي الاتنين", []wantItem{{"HELMET", 1, "", nil}}},
		{"عايز عجلة اطفال لابني", []wantItem{{"BIKE-1", 1, "", nil}}},
	})
}

// TestRules_TwoChildrenAskWhenTheOneForTwoIsAnother: the product for two
// shares only some of the words the customer said ("قارب بدال" beside
// "قارب كانو كرسيين") is asked between; one sharing none ("كاياك") is
// another thing, left as read.
func TestRules_TwoChildrenAskWhenTheOneForTwoIsAnother(t *testing.T) {
	r := rulesFrom(t, h40lBoatCSV, h40lBoatVocab)
	checkAskedAmong(t, r, "عايز قارب بدال صغير لولادي الاتنين", "PADDLE-1", "CANOE-2")
	checkChosen(t, r, []itemCase{
		{"عايز كاياك لولادي الاتنين", []wantItem{{"KAYAK-1", 1, "", nil}}},
		{"I want a kayak for my two kids", []wantItem{{"KAYAK-1", 1, "", nil}}},
	})
}
