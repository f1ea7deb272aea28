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
