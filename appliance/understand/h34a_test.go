package understand

import "testing"

// Round 34's first-contact class (branch h34a): a work kept in no stock
// said as the state of counted goods, its passive participle read from the
// work's own name's root ("كي" → مكوي, "غسيل" → مغسول, "فرم" → مفروم,
// "شوي" → مشوي; Franco "makwy", "maghsool", "mafroma", "mashweya";
// English "ironed", "minced", "grilled" from the -ing of the English
// name), is done to each of them: their count, never one. On a laundry
// and a butcher of their own (none of the blind sets' catalogs), with no
// participle in their vocabularies.
const h34aLaundryCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
SHIRT,قميص رجالي قطن,Men's cotton shirt,قميص,قمصان,piece,450,30,,
TROUSER,بنطلون قماش,Cloth trousers,بنطلون,بناطيل,piece,500,20,,
SRV-IRON,كي بالبخار (للقطعة),Steam ironing (per piece),,خدمات,piece,15,,,
SRV-WASH,غسيل جاف (للقطعة),Dry cleaning (per piece),,خدمات,piece,40,,,
SRV-DELIV,توصيل,Delivery,,خدمات,piece,30,,,
`

const h34aLaundryVocab = `قميص, قمصان, shirt, shirts, 2amees
بنطلون, بناطيل, trousers, bantalon
`

const h34aButcherCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
BEEF-1K,لحمة بتلو (كيس 1 كيلو),Veal 1 kg pack,لحمة,لحوم,piece,450,30,,
LAMB-1K,لحمة ضاني (كيس 1 كيلو),Lamb 1 kg pack,ضاني,لحوم,piece,500,20,,
CHICKEN,فرخة بلدي,Country chicken,فرخة,دواجن,piece,200,20,,
SRV-MINCE,فرم (للكيس),Mincing (per pack),,خدمات,piece,10,,,
SRV-GRILL,شوي (للكيس),Grilling (per pack),,خدمات,piece,50,,,
SRV-DELIV,توصيل,Delivery,,خدمات,piece,30,,,
`

// TestRules_WorkSaidAsStateOfGoods: the participle after counted goods
// takes their count; a work said by its noun beside them ("والتوصيل") is
// once, as before.
func TestRules_WorkSaidAsStateOfGoods(t *testing.T) {
	laundry := rulesFrom(t, h34aLaundryCSV, h34aLaundryVocab)
	checkCases(t, laundry, Order, []itemCase{
		{"عايز ٣ قمصان مكويين", []wantItem{{"SHIRT", 3, "", nil}, {"SRV-IRON", 3, "", nil}}},
		{"عايز ٣ قمصان مكويين وبنطلونين مغسولين", []wantItem{{"SHIRT", 3, "", nil}, {"SRV-IRON", 3, "", nil}, {"TROUSER", 2, "", nil}, {"SRV-WASH", 2, "", nil}}},
		{"3ayez 3 2omsan makwyeen w 2 bantalon maghsoolin", []wantItem{{"SHIRT", 3, "", nil}, {"SRV-IRON", 3, "", nil}, {"TROUSER", 2, "", nil}, {"SRV-WASH", 2, "", nil}}},
		{"I need 3 shirts ironed", []wantItem{{"SHIRT", 3, "", nil}, {"SRV-IRON", 3, "", nil}}},
		// the delivery said beside them stays one
		{"عايز ٣ قمصان مكويين والتوصيل", []wantItem{{"SHIRT", 3, "", nil}, {"SRV-IRON", 3, "", nil}, {"SRV-DELIV", 1, "", nil}}},
	})
	butcher := rulesFrom(t, h34aButcherCSV, "")
	checkCases(t, butcher, Order, []itemCase{
		{"عايز ٢ كيلو لحمة بتلو مفرومة", []wantItem{{"BEEF-1K", 2, "", nil}, {"SRV-MINCE", 2, "", nil}}},
		{"عايز ٢ كيلو لحمة بتلو مفرومة وفرختين مشويين", []wantItem{{"BEEF-1K", 2, "", nil}, {"SRV-MINCE", 2, "", nil}, {"CHICKEN", 2, "", nil}, {"SRV-GRILL", 2, "", nil}}},
		{"3ayez 2 kilo la7ma mafroma w 2 fer5a mashweya", []wantItem{{"BEEF-1K", 2, "", nil}, {"SRV-MINCE", 2, "", nil}, {"CHICKEN", 2, "", nil}, {"SRV-GRILL", 2, "", nil}}},
		{"I want 2 chickens grilled", []wantItem{{"CHICKEN", 2, "", nil}, {"SRV-GRILL", 2, "", nil}}},
		{"عايز ٢ كيلو ضاني مشوي", []wantItem{{"LAMB-1K", 2, "", nil}, {"SRV-GRILL", 2, "", nil}}},
	})
}

// TestRules_NoStateOfOtherWords: words of the same consonants that are no
// participle stay what they were: Franco "mashy" (ماشي, fine) is no
// grilling, "moftah" (مفتاح) no مفتوح.
func TestRules_NoStateOfOtherWords(t *testing.T) {
	butcher := rulesFrom(t, h34aButcherCSV, "")
	checkCases(t, butcher, Order, []itemCase{
		{"3ayez 2 fer5a, mashy", []wantItem{{"CHICKEN", 2, "", nil}}},
	})
}
