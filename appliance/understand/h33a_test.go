package understand

import "testing"

// Round 33's first contact (branch h33a): the customer's own thing's
// trouble told beside an order, on small repair shops of other trades
// (none of the blind sets' catalogs or sentences): a bicycle repair shop,
// a car electrician, a phone repair shop.
const h33aBikeCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
CHAIN,جنزير عجلة,Bicycle chain,جنزير,قطع غيار,piece,150,20,,
PADS,تيل فرامل عجلة,Bicycle brake pads,تيل فرامل,قطع غيار,piece,60,30,,
TUBE-26,جوان داخلي 26,Inner tube 26,جوان 26,قطع غيار,piece,70,40,,
TUBE-28,جوان داخلي 28,Inner tube 28,جوان 28,قطع غيار,piece,75,40,,
SRV-TUNE,صيانة كاملة للعجلة,Full bicycle tune-up,صيانة كاملة,خدمات,piece,250,,,
SRV-BRAKE,ضبط فرامل,Brake adjustment,ظبط فرامل,خدمات,piece,50,,,
`

const h33aBikeVocab = `عجلة, عجله, bike, bicycle, 3agala
جنزير, جنزيرة, chain, genzeer
فرامل, frames, brakes, brake, faramel
جوان, جوانات, tube, gowan
`

const h33aCarCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
BAT-70,بطارية عربية 70 امبير,Car battery 70 Ah,بطارية 70,بطاريات,piece,3200,10,,
STARTER,تغيير مارش عربية (مارش وتركيب),Starter motor replacement (part and fitting),تغيير المارش|مارش,صيانة كهربا,piece,2500,,,
SRV-CHECK,زيارة فني وكشف كهربا العربية,Technician visit and electrical check,زيارة فني|كشف كهربا|كشف,خدمات,piece,200,,,
BAT-FIT,تغيير بطارية في المكان,Battery change on site,تغيير بطارية|تغيير البطارية,خدمات,piece,100,,,
BULB-H4,لمبة فانوس H4,Headlight bulb H4,لمبة H4,لمبات,piece,90,25,,
AC-GAS,شحن غاز تكييف العربية (شامل الزيارة),Car AC gas recharge (visit included),شحن تكييف|غاز تكييف,خدمات,piece,450,,,
`

const h33aCarVocab = `بطارية, بطاريه, battery, battareya, batareya
عربية, عربيه, car, 3arabeya
مارش, starter, marsh
فني, technician, fanny
كشف, check, inspection
تغيير, غيرولي, change, replace
تكييف, تكيف, ac, air conditioning
غاز, فريون, gas, freon
شحن, recharge, يشحن
`

const h33aPhoneCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
SCR-A50,تغيير شاشة سامسونج A50,Samsung A50 screen replacement,شاشة A50,صيانة,piece,1400,,,
SRV-BAT11,تغيير بطارية ايفون 11,iPhone 11 battery replacement,بطارية ايفون 11,صيانة,piece,900,,,
PORT,تغيير سوكيت شحن,Charging port replacement,سوكيت شحن,صيانة,piece,300,,,
CASE-A50,جراب سامسونج A50,Samsung A50 case,جراب A50,اكسسوارات,piece,120,30,,
CHG,شاحن سريع,Fast charger,شاحن,اكسسوارات,piece,250,20,,
`

const h33aPhoneVocab = `شاشة, شاشه, screen
بطارية, بطاريه, battery
موبايل, تليفون, phone, mobile
`

// TestRules_OwnTroubleThenOrder: what is wrong with a thing of the
// customer's own — a symptom, a part burnt or broken, what another found —
// told before or after an order of the shop's goods or work, nothing said
// of the shop having sold or worked on it, is why the order is made: the
// order, never a complaint, and the broken thing told is no line.
func TestRules_OwnTroubleThenOrder(t *testing.T) {
	bike := rulesFrom(t, h33aBikeCSV, h33aBikeVocab)
	checkCases(t, bike, Order, []itemCase{
		{"العجلة بتاعتي الفرامل مش بتمسك خالص والجنزير مقطوع 😩 عايز جنزير وتيل فرامل", []wantItem{{"CHAIN", 1, "", nil}, {"PADS", 1, "", nil}}},
		{"عايز جوان داخلي ٢٦، القديم وقع واتقطع", []wantItem{{"TUBE-26", 1, "", nil}}},
		{"الجنزير اتكسر امبارح والواد زعلان عشان التمرين بكرة. عايز جنزير جديد", []wantItem{{"CHAIN", 1, "", nil}}},
		{"my bike's chain snapped yesterday, I need a new chain and brake pads please", []wantItem{{"CHAIN", 1, "", nil}, {"PADS", 1, "", nil}}},
	})
	car := rulesFrom(t, h33aCarCSV, h33aCarVocab)
	checkCases(t, car, Order, []itemCase{
		{"el 3arabeya batareyetha kharbana, 3ayez battareya 70 gdida", []wantItem{{"BAT-70", 1, "", nil}}},
		{"غيرولي المارش، الميكانيكي اللي كشف عليها امبارح قال المارش محروق ومفيش فايدة فيه", []wantItem{{"STARTER", 1, "", nil}}},
		{"ابعتولي فني يكشف على العربية، بتعمل صوت عالي اوي وهي بتدور", []wantItem{{"SRV-CHECK", 1, "", nil}}},
		{"محتاج بطارية ٧٠ امبير، العربية مش بتدور خالص من امبارح", []wantItem{{"BAT-70", 1, "", nil}}},
	})
	phone := rulesFrom(t, h33aPhoneCSV, h33aPhoneVocab)
	checkCases(t, phone, Inquiry, []itemCase{
		{"تغيير بطارية ايفون ١١ بكام؟ عندي موبايل قديم بطاريته بتفصل لوحدها", []wantItem{{"SRV-BAT11", 1, "", nil}}},
	})
}

// TestRules_ShopsOwnFaultStaysComplaint: the same trouble told of goods
// the shop sold or work it did — "اللي اشتريتها منكم", "اللي ركبتوه", a
// second-person past of its work with how long ago ("اللي غيرتوله …
// من اسبوعين"), "I bought from you" — stays a complaint, an order beside
// it or not.
func TestRules_ShopsOwnFaultStaysComplaint(t *testing.T) {
	bike := rulesFrom(t, h33aBikeCSV, h33aBikeVocab)
	car := rulesFrom(t, h33aCarCSV, h33aCarVocab)
	phone := rulesFrom(t, h33aPhoneCSV, h33aPhoneVocab)
	checkIntents(t, bike, []intentCase{
		{"الجنزير اللي ركبتوه مقطوع، عايز جنزير جديد", Complaint},
		{"الفرامل اللي ظبطتوها من اسبوع رجعت مش بتمسك تاني، عايز حد يشوفها ببلاش", Complaint},
	})
	checkIntents(t, car, []intentCase{
		{"البطارية اللي اشتريتها منكم امبارح خربانة، عايز بطارية ٧٠ تانية", Complaint},
		{"el batareya elly 5adtaha menko bayza, 3ayez wa7da tanya", Complaint},
		{"the battery I bought from you last week is faulty, I want a new battery", Complaint},
		{"العربية اللي غيرتولها المارش من اسبوعين رجعت مش بتدور تاني، عايز حد يشوفها", Complaint},
		{"التكييف اللي شحنتوله غاز من اسبوعين رجع يطلع هوا سخن، عايز حد يرجع يشوفه ببلاش", Complaint},
	})
	checkIntents(t, phone, []intentCase{
		{"الشاشة اللي غيرتوهالي من اسبوع بتفصل تاني، عايز حد يشوفها", Complaint},
	})
}

// TestRules_WorkerSentToDoWork: a worker asked for and, after when he
// should come or "to", the verb of a work the shop sells whose names do
// not hold the worker ("send a technician tomorrow morning to recharge
// the AC gas", "ابعتولي فني بكرة الصبح يشحن غاز التكييف") is that work's doer,
// no visit line of his own; a work whose name holds him ("فني يكشف" of
// "زيارة فني وكشف") stays that line.
func TestRules_WorkerSentToDoWork(t *testing.T) {
	car := rulesFrom(t, h33aCarCSV, h33aCarVocab)
	checkCases(t, car, Order, []itemCase{
		{"please send a technician tomorrow morning to recharge the AC gas", []wantItem{{"AC-GAS", 1, "", nil}}},
		{"ابعتولي فني بكرة الصبح يشحن غاز التكييف", []wantItem{{"AC-GAS", 1, "", nil}}},
		{"ابعتولي فني بكرة يكشف على العربية", []wantItem{{"SRV-CHECK", 1, "", nil}}},
	})
}

// TestRules_AskedNotComplained: a foreign word with p or v ("اشتراك
// IPTV") spells no Franco defect, and a deposit asked about in a question
// ("بالاسعار والعربون؟") is none paid — no complaint.
func TestRules_AskedNotComplained(t *testing.T) {
	phone := rulesFrom(t, h33aPhoneCSV, h33aPhoneVocab)
	for _, text := range []string{
		"عايز جراب سامسونج A50 ومعاه اشتراك IPTV سنة",
		"عندنا محل جديد وعايزين ١٠ شاحن سريع، ممكن حد يكلمني بالاسعار والعربون؟",
	} {
		if res := understandText(t, phone, text); res.Intent == Complaint {
			t.Errorf("%s: a complaint (%+v)", text, res.Items)
		}
	}
}

// TestRules_OwnTroubleWeakCues: weaker cues adding up to a trouble ("وقف
// من امبارح") told before the shop asked in the plural with no "for me"
// ("ابعتوا حد …، وحطوا …") is why, no complaint.
func TestRules_OwnTroubleWeakCues(t *testing.T) {
	car := rulesFrom(t, h33aCarCSV, h33aCarVocab)
	text := "المارش وقف من امبارح والعربية مركونة تحت البيت. ابعتوا حد، وحطوا بطارية ٧٠ امبير جديدة"
	if res := understandText(t, car, text); res.Intent == Complaint {
		t.Errorf("%s: a complaint", text)
	}
}
