package understand

import "testing"

// Branch h37j, on catalogs of its own (none of round 37's names or
// sentences): a mobile-phone shop and an air-conditioner workshop.
const h37jPhoneCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
SRV-SOFT,سوفت وير موبايل,Phone software flash,سوفت وير|سوفتوير|تفليش,خدمات,piece,150,,,
SRV-GLASS,تركيب اسكرينة زجاج,Screen protector fitting,اسكرينة|لزق اسكرينة,خدمات,piece,60,,,
CASE,جراب موبايل سيليكون,Silicone phone case,جراب,اكسسوار,piece,80,30,,
CHARGER,شاحن موبايل سريع,Fast phone charger,شاحن,اكسسوار,piece,250,20,,
CASE-11,جراب ايفون 11,iPhone 11 case,جراب 11|جراب ايفون 11,اكسسوار,piece,120,20,,
`

const h37jPhoneVocab = `موبايل, موبايلات, mobile, phone
جراب, جرابات, cover, case
شاحن, شواحن, charger
`

const h37jACCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
SRV-GAS,شحن فريون تكييف,AC freon refill,شحن فريون|فريون,خدمات,piece,400,,,
SRV-WASH,غسيل تكييف,AC cleaning,غسيل تكييف|غسيل,خدمات,piece,250,,,
REMOTE,ريموت تكييف,AC remote control,ريموت,قطع غيار,piece,150,15,,
BRACKET,حامل تكييف حديد,AC wall bracket,حامل,قطع غيار,piece,300,10,,
COVER-12,غطا تكييف 12 الف وحدة,AC cover 12000 BTU,غطا 12|غطا تكييف 12,قطع غيار,piece,200,10,,
`

const h37jACVocab = `تكييف, تكييفات, مكيف, ac
ريموت, remote
`

// TestRules_ForAllThenAnd: "للاتنين", "للتلاتة", "للاربعة" (for the
// two, three, four) after a work, then "و" joined to the next word: that
// word opens a line of its own — never the pieces the work is for, its
// figure never the work's count.
func TestRules_ForAllThenAnd(t *testing.T) {
	phone := rulesFrom(t, h37jPhoneCSV, h37jPhoneVocab)
	checkCases(t, phone, Order, []itemCase{
		{"عندي موبايلين عايز سوفت وير للاتنين وجراب",
			[]wantItem{{"SRV-SOFT", 2, "", nil}, {"CASE", 1, "", nil}}},
		{"عايز اسكرينة للتلاتة و٢ شاحن",
			[]wantItem{{"SRV-GLASS", 3, "", nil}, {"CHARGER", 2, "", nil}}},
		{"عايز اسكرينة للتلاتة وشاحن",
			[]wantItem{{"SRV-GLASS", 3, "", nil}, {"CHARGER", 1, "", nil}}},
	})
	ac := rulesFrom(t, h37jACCSV, h37jACVocab)
	checkCases(t, ac, Order, []itemCase{
		{"عندي ٤ تكييفات عايز غسيل للاربعة وريموت",
			[]wantItem{{"SRV-WASH", 4, "", nil}, {"REMOTE", 1, "", nil}}},
		{"عايز فريون للاتنين وحامل",
			[]wantItem{{"SRV-GAS", 2, "", nil}, {"BRACKET", 1, "", nil}}},
	})
}

// TestRules_OwnDualFigure: a figure right after the customer's own things
// told in the dual after "عندي" ("عندي تكييفين ١٢ الفلتر بتاعهم مليان تراب")
// is theirs — a size or a model — when the clause ends there or a
// definite noun or a want-verb follows: the dual counts them, the figure
// never counts the work asked for them.
func TestRules_OwnDualFigure(t *testing.T) {
	ac := rulesFrom(t, h37jACCSV, h37jACVocab)
	checkCases(t, ac, Order, []itemCase{
		{"عندي تكييفين ١٢ الفلتر بتاعهم مليان تراب عايز غسيل للاتنين وريموت",
			[]wantItem{{"SRV-WASH", 2, "", nil}, {"REMOTE", 1, "", nil}}},
		{"عندي تكييفين ١٢ الغسيل بتاعهم بقاله سنة عايز غسيل للاتنين",
			[]wantItem{{"SRV-WASH", 2, "", nil}}},
		{"عندي تكييفين ١٢ عايز غسيل للاتنين",
			[]wantItem{{"SRV-WASH", 2, "", nil}}},
	})
	phone := rulesFrom(t, h37jPhoneCSV, h37jPhoneVocab)
	checkCases(t, phone, Order, []itemCase{
		{"عندي موبايلين ١١، عايز اسكرينة للاتنين",
			[]wantItem{{"SRV-GLASS", 2, "", nil}}},
		{"عندي موبايلين ١١ السوفت وير بتاعهم واقع عايز تفليش للاتنين",
			[]wantItem{{"SRV-SOFT", 2, "", nil}}},
	})
}
