package understand

import (
	"testing"
)

// Round 30's classes of services said by a verb, their counts and delivery
// said as a place (branch h30b), on a small phone accessories shop of its
// own (none of the blind sets' catalogs or sentences): two screen
// protectors fitted by one service, a battery replaced by another, a car
// holder installed by a third (so a bare "التركيب" is asked between
// them until the goods say which), a name printed on a case, home
// delivery.
const h30bCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
SCR-GLASS,اسكرينة زجاج,Glass screen protector,سكرينة زجاج|لزقة شاشة,حماية,piece,80,100,,
SCR-NANO,اسكرينة نانو,Nano screen protector,سكرينة نانو,حماية,piece,60,100,,
CASE-SIL,جراب سيليكون,Silicone case,جراب|كفر,جرابات,piece,120,50,,أسود|أزرق|وردي
CHG-20W,شاحن 20 وات,20W charger,شاحن|شاحن سريع,شواحن,piece,350,30,,أبيض
BAT-PH,بطارية موبايل,Phone battery,بطارية,قطع غيار,piece,450,20,,
HOLD-CAR,حامل موبايل للعربية,Car phone holder,حامل موبايل|حامل عربية,اكسسوارات,piece,150,20,,
SRV-SCR,تركيب اسكرينة وتنضيف الشاشة,Screen protector fitting and screen cleaning,تركيب اسكرينة|لزق اسكرينة,خدمات,piece,20,,,
SRV-BATT,تغيير بطارية موبايل (مصنعية),Phone battery replacement (labour),تغيير بطارية|تركيب بطارية,خدمات,piece,100,,,
SRV-HOLD,تركيب حامل موبايل للعربية,Car phone holder installation,تركيب حامل,خدمات,piece,50,,,
SRV-PRINT,طباعة اسم على الجراب,Name printing on the case,طباعة اسم|طباعة,خدمات,piece,60,,,
SRV-DELIV,توصيل للمنازل,Home delivery,توصيل|دليفري|شحن,خدمات,piece,40,,,
`

const h30bVocab = `اسكرينة, سكرينة, اسكرينه, screen protector, skrina, eskrina
جراب, جرابات, case, grab, garab
شاحن, شواحن, charger, sha7en
بطارية, بطاريه, battery, bataria
اسود, سودا, black, eswed => أسود
ازرق, زرقا, blue, azra2 => أزرق
وردي, بينك, pink => وردي
ابيض, بيضا, white => أبيض
`

// TestRules_OneServiceForTwoLinesOfItsGoods: a service said once for
// several goods ("والتركيب للاتنين", "وتركيبهم"), where two lines of goods
// are of the one kind it is done to (two screen protectors, one
// fitting), is that service once for each of their pieces — never the
// first line's count alone.
func TestRules_OneServiceForTwoLinesOfItsGoods(t *testing.T) {
	r := rulesFrom(t, h30bCSV, h30bVocab)
	checkCases(t, r, Order, []itemCase{
		{"اسكرينة زجاج واسكرينة نانو والتركيب للاتنين", []wantItem{{"SCR-GLASS", 1, "", nil}, {"SCR-NANO", 1, "", nil}, {"SRV-SCR", 2, "", nil}}},
		{"اسكرينة زجاج و2 اسكرينة نانو ومع التركيب للتلاتة", []wantItem{{"SCR-GLASS", 1, "", nil}, {"SCR-NANO", 2, "", nil}, {"SRV-SCR", 3, "", nil}}},
		{"اسكرينة زجاج واسكرينة نانو وتركيبهم", []wantItem{{"SCR-GLASS", 1, "", nil}, {"SCR-NANO", 1, "", nil}, {"SRV-SCR", 2, "", nil}}},
		{"eskrina zogag w eskrina nano w el tarkib lel etnen", []wantItem{{"SCR-GLASS", 1, "", nil}, {"SCR-NANO", 1, "", nil}, {"SRV-SCR", 2, "", nil}}},
		{"a glass screen protector and a nano screen protector, with fitting for both", []wantItem{{"SCR-GLASS", 1, "", nil}, {"SCR-NANO", 1, "", nil}, {"SRV-SCR", 2, "", nil}}},
		// one line of the goods: its count, as before
		{"2 اسكرينة زجاج وتركيبهم", []wantItem{{"SCR-GLASS", 2, "", nil}, {"SRV-SCR", 2, "", nil}}},
	})
}
