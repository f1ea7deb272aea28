package understand

import "testing"

// Round 32's first-contact classes (branch h32d) on shops of their own
// (none of the blind sets' catalogs or sentences): a plumbing shop that
// sells kitchen mixers and fits them, and a laptop repair shop selling
// batteries by model and their fitting.

// h32dPlumbCSV: the fitting's name names the mixer the shop sells.
const h32dPlumbCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
MIX-SINK,خلاط حوض مطبخ,Kitchen sink mixer,خلاط مطبخ,خلاطات,piece,850,15,نحاس,
MIX-BATH,خلاط بانيو,Bath mixer,,خلاطات,piece,1200,10,نحاس,
VALVE,محبس زاوية,Angle valve,محبس,محابس,piece,90,50,نحاس,
SRV-MIX-FIT,تركيب خلاط حوض مطبخ,Kitchen sink mixer fitting,تركيب خلاط,خدمات,piece,150,,,
`

const h32dPlumbVocab = `تركيب, ركب, تركبلي, ركبلي, تركبولي, يركب, install, fit, fitting, terakebly, rakebly
خلاط, خلاطات, mixer, khalat
مطبخ, kitchen, matba5
حوض, sink, 7od
`

// TestRules_FittingWithItsGoods: a fitting named with the goods the shop
// sells is the goods and the fitting when the message says the shop
// supplies them — "مع الخلاط نفسه" (with the mixer itself), "جديد"
// (new), the fitter's verb said to the shop with goods without the
// article ("تركبلي خلاط") — and the fitting alone when they are the
// customer's own ("الخلاط بتاعي", "اللي اشتريته", "my mixer") or nothing
// says who supplies them.
func TestRules_FittingWithItsGoods(t *testing.T) {
	r := rulesFrom(t, h32dPlumbCSV, h32dPlumbVocab)
	both := []wantItem{{"MIX-SINK", 1, "", nil}, {"SRV-MIX-FIT", 1, "", nil}}
	fit := []wantItem{{"SRV-MIX-FIT", 1, "", nil}}
	checkCases(t, r, Inquiry, []itemCase{
		{"تركيب خلاط حوض مطبخ بكام مع الخلاط نفسه؟", both},
		{"how much is fitting a kitchen sink mixer with the mixer itself?", both},
		{"تركيب خلاط حوض مطبخ بكام؟", fit},
	})
	checkCases(t, r, Order, []itemCase{
		{"عايزك تركبلي خلاط جديد للمطبخ ومحبس", append(both[:2:2], wantItem{"VALVE", 1, "", nil})},
		{"عايزك تركبلي خلاط للمطبخ", both},
		{"3ayzak terakebly khalat gedid lel matba5", both},
		{"I want you to fit a new kitchen sink mixer", both},
		{"عايزك تركبلي الخلاط بتاعي", fit},
		{"عايزك تركبلي الخلاط الجديد اللي اشتريته", fit},
		{"I want you to fit my new kitchen sink mixer", fit},
	})
}

// h32dLaptopCSV: batteries by laptop make and their replacing as labour.
const h32dLaptopCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
BATT-DELL,بطارية لابتوب ديل,Dell laptop battery,بطارية ديل,بطاريات,piece,1500,5,,
BATT-HP,بطارية لابتوب اتش بي,HP laptop battery,بطارية اتش بي,بطاريات,piece,1400,5,,
CHARGER-DELL,شاحن لابتوب ديل,Dell laptop charger,شاحن ديل,شواحن,piece,700,8,,
SRV-BATT,تغيير بطارية (مصنعية),Battery replacement labour,تركيب بطارية|تغيير بطارية,صيانة,piece,150,,,
`

const h32dLaptopVocab = `تغيير, غير, تغيروله, تغيرولها, غيروله, change, replace, ghayarolo, teghayarolo
بطارية, بطاريه, battery, batarya
لابتوب, لاب توب, laptop, labtop
ديل, dell
اتش بي, hp
شاحن, charger, sha7en
`

// TestRules_StoryEndsInWork: a story of what is wrong with the customer's
// own goods that ends in a sentence asking the shop to do a work it sells
// on them ("… عايز تغيروله البطارية") is an order of the work, and of the
// part it replaces, the model picked by the goods named in the story; a
// story of goods bought from the shop stays after-sales.
func TestRules_StoryEndsInWork(t *testing.T) {
	r := rulesFrom(t, h32dLaptopCSV, h32dLaptopVocab)
	checkCases(t, r, Order, []itemCase{
		{"اللابتوب الديل بتاعي بقى بيفصل لوحده بعد نص ساعة ومبقاش بيشيل شحن خالص 😩 جربت كل حاجة. عايز تغيروله البطارية، هعدي عليكم بعد الشغل",
			[]wantItem{{"BATT-DELL", 1, "", nil}, {"SRV-BATT", 1, "", nil}}},
		{"اللاب توب اتش بي بتاعي بيفصل لوحده كل شوية. عايز تغيروله البطارية",
			[]wantItem{{"BATT-HP", 1, "", nil}, {"SRV-BATT", 1, "", nil}}},
		{"My HP laptop keeps shutting down by itself after ten minutes. I want you to replace the battery",
			[]wantItem{{"BATT-HP", 1, "", nil}, {"SRV-BATT", 1, "", nil}}},
	})
	res := understandText(t, r, "اللابتوب الديل اللي اشتريته منكم الشهر اللي فات بقى بيفصل لوحده. عايز تغيروله البطارية")
	if res.Intent == Order {
		t.Errorf("a laptop bought from the shop read as an order: %+v", res.Items)
	}
}

// h32dTailorCSV: an alterations tailor selling satin by the metre, zips
// and thread, and hemming a dress per piece (its name's "فستان" is a word
// of the shop's, as the customer's own dresses are said).
const h32dTailorCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
FAB-SATIN,قماش ستان (بالمتر),Satin fabric (per metre),ستان,أقمشة,meter,120,100,,أسود|أبيض
ZIP-20,سوستة 20 سم,Zip 20 cm,سوستة,خردوات,piece,10,200,,أسود|أبيض
THREAD,بكرة خيط,Thread spool,خيط,خردوات,piece,15,300,,
SRV-HEM,تقصير فستان (للقطعة),Dress hemming (per piece),تقصير|تقصيرة,خدمات,piece,80,,,
`

const h32dTailorVocab = `ستان, satin, saten
تقصير, تقصيرة, اقصرهم, تقصروهم, قصروهم, hemming, hem, a2asarhom
سوستة, سوسته, سوست, zip, zipper, sosta
فستان, فساتين, dress, dresses, fostan
اسود, أسود, سودا, black, eswed => أسود
ابيض, أبيض, بيضا, white, abyad => أبيض
`

// TestRules_OwnThingsMadeWith: the customer's own things said with what
// they were made with ("عندي ٣ فساتين خيطتهم بالستان", "made with satin")
// are no order of that material; each one's rough size ("كل واحد حوالي
// ١٢٠ في ٨٠") counts the work done on them ("اقصرهم": three hems) and no
// other line after it.
func TestRules_OwnThingsMadeWith(t *testing.T) {
	r := rulesFrom(t, h32dTailorCSV, h32dTailorVocab)
	want := []wantItem{{"SRV-HEM", 3, "", nil}, {"ZIP-20", 1, "أسود", nil}}
	checkCases(t, r, Order, []itemCase{
		{"عندي ٣ فساتين خيطتهم بالستان الأسود، كل واحد حوالي ١٢٠ في ٨٠، عايزة اقصرهم عندكم، وكمان سوستة اسود", want},
		{"عندي ٣ فساتين، كل واحد حوالي ١٢٠ في ٨٠، عايزة اقصرهم عندكم، وكمان سوستة اسود", want},
		{"I have 3 dresses made with black satin, each about 120 x 80, please hem them, and a black zip", want},
	})
	checkCases(t, r, Order, []itemCase{
		{"عايزة ٢ متر ستان اسود وسوستة اسود", []wantItem{{"FAB-SATIN", 2, "أسود", nil}, {"ZIP-20", 1, "أسود", nil}}},
	})
}

// h32dGlassCSV: a glass shop cutting shapes, selling a wall clock too.
const h32dGlassCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
GLASS-4,زجاج سادة 4 مم,Clear glass 4 mm,زجاج 4|ازاز 4,زجاج,sqm,300,,,
MIRROR-R,مراية دائرية 60 سم,Round mirror 60 cm,مراية مدورة,مرايات,piece,450,10,,
CLOCK,ساعة حائط,Wall clock,ساعة,ساعات,piece,250,10,,
SRV-SHAPE,قص زجاج على شكل (للقطعة),Shaped glass cutting (per piece),قص شكل|قص على شكل,خدمات,piece,100,,,
`

const h32dGlassVocab = `زجاج, ازاز, glass, ezaz
قص, اقصهولي, قصهولي, cut, cutting, o2s, a2osholy
ساعة, ساعه, clock, sa3a
مم, ملي, mm
`

// TestRules_ShapedLikeGoods: "على شكل X" (in the shape of X), Franco
// "3ala shakl", English "in the shape of", says how a piece is cut — no
// line of X, though the shop sells it; the shaped cutting stays read.
func TestRules_ShapedLikeGoods(t *testing.T) {
	r := rulesFrom(t, h32dGlassCSV, h32dGlassVocab)
	want := []wantItem{{"GLASS-4", 0.36, "", nil}, {"SRV-SHAPE", 1, "", nil}}
	checkCases(t, r, Order, []itemCase{
		{"عايز زجاج ٤ مم مقاس ٦٠ في ٦٠ واقصهولي على شكل الساعة اللي في الصورة", want},
		{"3ayez ezaz 4 mm 60 f 60 w a2osholy 3ala shakl el sa3a", want},
		{"I need 4 mm glass 60 x 60, cut in the shape of a clock", want},
		{"عايز ساعة حائط وزجاج ٤ مم ٦٠ في ٦٠", []wantItem{{"CLOCK", 1, "", nil}, {"GLASS-4", 0.36, "", nil}}},
	})
}
