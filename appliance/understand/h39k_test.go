package understand

import "testing"

// Branch h39k, on catalogs of their own (none of round 39's names or
// sentences): a car accessories centre and a phone-covers shop.
const h39kCarCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
RIM,جنط سبور 15 بوصة,Sport rim 15 inch,جنط 15|جنط سبور,جنوط,piece,1500,20,,
SRV-PAINT,دهان عجلة,Rim painting per wheel,دهان جنط|دهان جنوط|دهان,خدمات,piece,200,,,
SRV-CHECK,فحص كمبيوتر,Computer check,فحص|فحص كمبيوتر,خدمات,piece,300,,,
`

const h39kCarVocab = `جنط, جنوط, gant, rim, rims
دهان, dahan, painting
فحص, fa7s, check
`

const h39kCoverCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
COVER,جراب موبايل جلد,Leather phone cover,جراب,جرابات,piece,120,40,,أسود|بني
PRINT-NAME,طباعة اسم (للقطعة),Name print (per piece),طباعة اسم,طباعة,piece,50,,,
PRINT-LOGO,طباعة لوجو (للقطعة),Logo print (per piece),طباعة لوجو|لوجو,طباعة,piece,70,,,
`

const h39kCoverVocab = `جراب, garab, cover, covers
طباعة, teba3a, print, printing
اسم, esm, name
لوجو, logo
`

// TestRules_PerOneWorkAfterCountedGoods: a work whose own name prices it
// per one of the goods its names name ("Rim painting per wheel", "دهان جنط" of a "دهان
// عجلة") said bare after counted goods ("٤ جنط سبور ١٥ ودهان") is done
// to each of them; a work priced per no one ("فحص كمبيوتر", per car)
// said between stays once and the work per one after it still counts
// the goods.
func TestRules_PerOneWorkAfterCountedGoods(t *testing.T) {
	r := rulesFrom(t, h39kCarCSV, h39kCarVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز ٤ جنط سبور ١٥ ودهان", []wantItem{{"RIM", 4, "", nil}, {"SRV-PAINT", 4, "", nil}}},
		{"عايز ٤ جنط سبور ١٥ وفحص كمبيوتر ودهان", []wantItem{{"RIM", 4, "", nil}, {"SRV-CHECK", 1, "", nil}, {"SRV-PAINT", 4, "", nil}}},
		{"3ayez 4 gant sport 15 w dahan", []wantItem{{"RIM", 4, "", nil}, {"SRV-PAINT", 4, "", nil}}},
		{"I want 4 sport rims 15 and painting", []wantItem{{"RIM", 4, "", nil}, {"SRV-PAINT", 4, "", nil}}},
	})
}

// TestRules_PerPieceWorksOnThemBeforeWork: works priced per piece said
// "on them" before the work ("٣ جراب عليهم طباعة اسم ولوجو", Franco
// "3alehom") are done to each of the goods just counted, the second
// joined by و too.
func TestRules_PerPieceWorksOnThemBeforeWork(t *testing.T) {
	r := rulesFrom(t, h39kCoverCSV, h39kCoverVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز ٣ جراب موبايل جلد اسود عليهم طباعة اسم ولوجو", []wantItem{{"COVER", 3, "أسود", nil}, {"PRINT-NAME", 3, "", nil}, {"PRINT-LOGO", 3, "", nil}}},
		{"3ayez 3 garab aswad 3alehom teba3a esm w logo", []wantItem{{"COVER", 3, "أسود", nil}, {"PRINT-NAME", 3, "", nil}, {"PRINT-LOGO", 3, "", nil}}},
	})
}
