package understand

import "testing"

// Round 20 and 21's misses (branch h22a), on a small office-supplies shop
// of its own (none of the blind sets' catalogs or sentences): paper by
// the ream and by the metre, a paper tray, printers and their toner, desks and chairs in
// colours, a delivery.
const h22aCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
PAPER,ورق طباعة A4,A4 printing paper,رزمة ورق طباعة,ورق,piece,180,500,,
KRAFT,ورق كرافت لف,Kraft wrapping paper,ورق تغليف,ورق,meter,25,,,
TRAY,درج ورق طباعة,Paper tray,درج طابعة,اكسسوارات,piece,150,40,بلاستيك,أسود|رمادي
PRN,طابعة ليزر,Laser printer,برنتر ليزر,طابعات,piece,7500,10,,
TONER,حبر طابعة ليزر,Laser toner,تونر|حبر ليزر,طابعات,piece,1400,30,,
DESK,مكتب خشب 120 سم,Wooden desk 120 cm,ترابيزة مكتب,مكاتب,piece,4200,8,خشب,بني|أبيض
CHAIR,كرسي مكتب دوار,Swivel office chair,كرسي دوار,كراسي,piece,2300,15,جلد,أسود|رمادي
DELIV,توصيل,Delivery,شحن,خدمات,piece,100,,,
`

const h22aVocab = `ورق طباعة, ورق تصوير, ورق ايه فور, wara2 teba3a, printing paper
طابعة, برنتر, printer
حبر, تونر, toner
مكتب, maktab, desk
كرسي, كراسي, korsy, chair
توصيل, شحن, delivery
اسود, بلاك, سودا, black => أسود
رمادي, جراي, grey => رمادي
بني, brown => بني
ابيض, بيضا, white => أبيض
`

// TestRules_TermSaidShort: a product's name holding a term the vocabulary
// spells in several words ("درج ورق طباعة" of "ورق طباعة"), said with the
// term's first word only ("درج ورق"), is that product: the word, though it
// begins another product's name, opens no line of its own. Joined by و
// it is another product still.
func TestRules_TermSaidShort(t *testing.T) {
	r := rulesFrom(t, h22aCSV, h22aVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز درج ورق اسود", []wantItem{{"TRAY", 1, "أسود", nil}}},
		{"٢ رزمة ورق تصوير ودرج ورق رمادي", []wantItem{{"PAPER", 2, "", nil}, {"TRAY", 1, "رمادي", nil}}},
		{"3ayez dorg wara2 eswed", []wantItem{{"TRAY", 1, "أسود", nil}}},
		{"عايز درج اسود وورق طباعة", []wantItem{{"TRAY", 1, "أسود", nil}, {"PAPER", 1, "", nil}}},
		{"عايز درج رمادي و٣ متر ورق كرافت", []wantItem{{"TRAY", 1, "رمادي", nil}, {"KRAFT", 3, "", nil}}},
		{"عايز درج وورق كرافت ٥ متر", []wantItem{{"TRAY", 1, "", nil}, {"KRAFT", 5, "", nil}}},
	})
}
