package understand

import "testing"

// Branch h36h, on catalogs of other trades than the sets that showed the
// misses (car tinting, tailoring, ironwork): a car-accessories shop, a
// cobbler, a car wash and a framer.

// h36hAccessoriesCSV: covers priced for one seat each beside goods sold
// as a set.
const h36hAccessoriesCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
SEAT-COVER,كفر كرسي عربية (للواحد),Car seat cover (each),كفر كرسي|كفر كراسي,اكسسوارات,piece,350,30,,
WHEEL-COVER,كفر دركسيون,Steering wheel cover,كفر دركسيون|كفر طارة,اكسسوارات,piece,150,20,,
MATS,دواسات عربية (طقم),Car floor mats (set),دواسات|طقم دواسات,اكسسوارات,piece,400,15,,
`

const h36hAccessoriesVocab = `كفر, كفرات, cover, covers, kavar
كرسي, كراسي, seat, seats, korsy
دركسيون, طارة, steering wheel, dereksyon
دواسات, دواسه, mats, floor mats, dawasat
`

// TestRules_DualObjectPerOne: goods whose name says they are priced for
// one of what they are fitted to ("(للواحد)", "(each)") said with that
// object in the dual, without the article ("كفر كرسيين"), are two of
// them, as "الكرسيين" and "لكرسيين" are.
func TestRules_DualObjectPerOne(t *testing.T) {
	r := rulesFrom(t, h36hAccessoriesCSV, h36hAccessoriesVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز كفر كرسيين ودواسات", []wantItem{{"SEAT-COVER", 2, "", nil}, {"MATS", 1, "", nil}}},
		{"عايز كفر كرسيين", []wantItem{{"SEAT-COVER", 2, "", nil}}},
	})
}

// h36hCobblerCSV: works done on the customer's shoes and bags, and laces
// sold for sneakers (so "كوتشي" is a word of the catalog, heading none).
const h36hCobblerCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
POLISH,تلميع جزمة (للفردة),Shoe polishing (per shoe),تلميع|تلميع جزمة,تصليح,piece,20,,,
BAG-CLEAN,تنظيف شنطة جلد,Leather bag cleaning,تنظيف|تنظيف شنطة,تصليح,piece,80,,,
SOLE,تغيير نعل جزمة,Shoe sole replacement,تغيير نعل|نعل,تصليح,piece,120,,,
KLACES,رباط كوتشي,Sneaker laces,رباط كوتشي,مستلزمات,piece,20,80,,
`

const h36hCobblerVocab = `جزمة, جزمه, جزم, shoe, shoes, gazma
شنطة, شنطه, شنط, bag, bags, shanta
كوتشي, كوتشيات, sneakers, kotshy
تلميع, polish, polishing, talmee3
تنظيف, cleaning, clean, tanzeef
`

// TestRules_CountedObjectThenWork: a count, the customer's own piece
// (a noun that heads no product) and then the work done on it ("٢ كوتشي
// تلميع") is that many of the work — never the laces whose name holds
// the noun, nor a size of the line before when it follows "و".
func TestRules_CountedObjectThenWork(t *testing.T) {
	r := rulesFrom(t, h36hCobblerCSV, h36hCobblerVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز ٢ كوتشي تلميع", []wantItem{{"POLISH", 2, "", nil}}},
		{"عايز ٣ شنط تنظيف و٢ كوتشي تلميع", []wantItem{{"BAG-CLEAN", 3, "", nil}, {"POLISH", 2, "", nil}}},
		{"3ayez 2 kotshy talmee3", []wantItem{{"POLISH", 2, "", nil}}},
		{"عايز ٢ رباط كوتشي", []wantItem{{"KLACES", 2, "", nil}}},
	})
}

// h36hWashCSV: a car wash whose works come in two classes of car.
const h36hWashCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
WASH-EXT-S,غسيل خارجي ملاكي,Exterior wash - sedan,غسيل خارجي ملاكي,غسيل,piece,100,,,
WASH-EXT-J,غسيل خارجي جيب,Exterior wash - SUV,غسيل خارجي جيب,غسيل,piece,150,,,
WASH-FULL-S,غسيل كامل ملاكي,Full wash - sedan,غسيل كامل ملاكي,غسيل,piece,250,,,
WASH-FULL-J,غسيل كامل جيب,Full wash - SUV,غسيل كامل جيب,غسيل,piece,350,,,
WAX,تلميع شمع,Wax polish,تلميع|شمع|واكس,تلميع,piece,300,,,
`

const h36hWashVocab = `غسيل, غسل, wash, ghaseel
خارجي, بره, exterior, outside, kharegy
كامل, كاملة, full, kamel
ملاكي, سيدان, sedan, malaky
جيب, اس يو في, suv, jeep, geeb
عربية, عربيه, car, 3arabeya
`

// TestRules_WorkForTwoClasses: one work said for a car of each class
// joined by "و"/"and" ("غسيل كامل لعربية ملاكي وعربية جيب", "full wash
// for a sedan and an SUV") is that work in each class; a class said
// after a pause ("…، هي جيب") still only tells the line's class.
func TestRules_WorkForTwoClasses(t *testing.T) {
	r := rulesFrom(t, h36hWashCSV, h36hWashVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز غسيل كامل لعربية ملاكي وعربية جيب", []wantItem{{"WASH-FULL-S", 1, "", nil}, {"WASH-FULL-J", 1, "", nil}}},
		{"full wash for a sedan and an SUV", []wantItem{{"WASH-FULL-S", 1, "", nil}, {"WASH-FULL-J", 1, "", nil}}},
		{"3ayez ghaseel kamel malaky w geeb", []wantItem{{"WASH-FULL-S", 1, "", nil}, {"WASH-FULL-J", 1, "", nil}}},
		{"عايز غسيل كامل ملاكي، هي جيب", []wantItem{{"WASH-FULL-S", 1, "", nil}}},
	})
}

// h36hFramesCSV: a framer's frames sold by the square metre in a plain
// and a carved kind, the plain one the noun alone.
const h36hFramesCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
FRAME-PLAIN,برواز سادة (بالمتر المربع),Plain frame (per m²),برواز|برواز سادة,براويز,sqm,300,50,خشب,أسود|ذهبي
FRAME-CARVED,برواز محفور (بالمتر المربع),Carved frame (per m²),برواز محفور|برواز نقش,براويز,sqm,650,30,خشب,أسود|ذهبي
`

const h36hFramesVocab = `برواز, براويز, frame, frames, berwaz
محفور, نقش, carved, ma7foor
سادة, ساده, plain, sada
اسود, أسود, black, eswed => أسود
دهبي, ذهبي, gold, dahaby => ذهبي
`

// TestRules_SameNounAnother: "<the line's noun> تانية" after و ("وبرواز
// تاني ٣٠ في ٤٠", Franco "w berwaz tany", English "and another frame")
// is another piece of the line before's kind in its own size — never the
// plain kind the noun alone names; its colour is the first's unless it
// says one.
func TestRules_SameNounAnother(t *testing.T) {
	r := rulesFrom(t, h36hFramesCSV, h36hFramesVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز برواز محفور دهبي ٥٠ في ٧٠ وبرواز تاني ٣٠ في ٤٠", []wantItem{{"FRAME-CARVED", 0.35, "ذهبي", []int{50, 70}}, {"FRAME-CARVED", 0.12, "ذهبي", []int{30, 40}}}},
		{"عايز برواز محفور دهبي ٥٠ في ٧٠ وبرواز تاني ٣٠ في ٤٠ اسود", []wantItem{{"FRAME-CARVED", 0.35, "ذهبي", []int{50, 70}}, {"FRAME-CARVED", 0.12, "أسود", []int{30, 40}}}},
		{"3ayez berwaz ma7foor dahaby 50 fi 70 w berwaz tany 30 fi 40", []wantItem{{"FRAME-CARVED", 0.35, "ذهبي", []int{50, 70}}, {"FRAME-CARVED", 0.12, "ذهبي", []int{30, 40}}}},
		{"I want a carved gold frame 50 by 70 and another frame 30 by 40", []wantItem{{"FRAME-CARVED", 0.35, "ذهبي", []int{50, 70}}, {"FRAME-CARVED", 0.12, "ذهبي", []int{30, 40}}}},
		{"عايز برواز محفور دهبي ٥٠ في ٧٠ وبرواز سادة ٣٠ في ٤٠", []wantItem{{"FRAME-CARVED", 0.35, "ذهبي", []int{50, 70}}, {"FRAME-PLAIN", 0.12, "ذهبي", []int{30, 40}}}},
	})
}
