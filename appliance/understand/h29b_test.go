package understand

import (
	"slices"
	"testing"
)

// Round 29's classes of talk (branch h29b), on a small aquarium shop of
// its own (none of the blind sets' catalogs or sentences): tanks, filters
// and heaters made for a tank size, fish food loose and in a box of its
// own, vitamins, gravel in two colours, and services — a tank's setup, a
// cleaning, shipping, delivery, an oxygen fill of a fish bag.
const h29bCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
TANK-60,حوض سمك 60 سم,Fish tank 60 cm,حوض 60,أحواض,piece,1800,10,زجاج,
TANK-100,حوض سمك 100 سم,Fish tank 100 cm,حوض 100,أحواض,piece,3200,5,زجاج,
FLT-60,فلتر داخلي حوض 60,Internal filter for 60 tank,فلتر 60,فلاتر,piece,350,20,بلاستيك,
FLT-100,فلتر داخلي حوض 100,Internal filter for 100 tank,فلتر 100,فلاتر,piece,550,20,بلاستيك,
HEAT-60,سخان حوض 60,Heater for 60 tank,سخان 60,سخانات,piece,300,15,زجاج,
HEAT-100,سخان حوض 100,Heater for 100 tank,سخان 100,سخانات,piece,420,15,زجاج,
FOOD-GOLD,أكل سمك جولد فيش,Goldfish food,أكل جولد فيش,أكل,piece,60,100,,
BOX-FOOD,علبة أكل سمك كبيرة 12 قطعة,Box of fish food 12 pieces,علبة أكل,أكل,piece,650,10,,
VIT-FISH,فيتامين أسماك,Fish vitamins,فيتامين,أكل,piece,90,40,,
GRAVEL,زلط حوض ملون,Coloured tank gravel,زلط,ديكور,piece,45,50,,أبيض|أسود
SRV-SETUP,تركيب حوض,Tank setup,تركيب حوض,خدمات,piece,250,,,
SRV-SHIP,شحن للمحافظات,Shipping to governorates,شحن,خدمات,piece,100,,,
SRV-DELIV,توصيل داخل القاهرة,Delivery in Cairo,توصيل|دليفري,خدمات,piece,50,,,
SRV-FILL,نفخ كيس سمك أكسجين,Oxygen fill of a fish bag,نفخ أكسجين,خدمات,piece,10,,,
`

const h29bVocab = `فلتر, filter, flter
سخان, heater, sa5an
حوض, tank, 7od
اسود, black => أسود
ابيض, white => أبيض
`

// TestRules_SentByTheShopsDelivery: the shop's delivery or shipping said
// after the goods as the way they are sent — "وابعتهولي شحن على
// اسكندرية" (send them to me by shipping), Franco "w eb3atholy tawsil",
// or "وشحن" as the list's next entry, shipping being a service of
// another shape than تفعيل (شحن, as نقل and نفخ are) — is ordered with
// them, the place after it where to; never a question about shipping
// that drops the order. Asked ("ابعتوهولي توصيل؟") it stays a question.
func TestRules_SentByTheShopsDelivery(t *testing.T) {
	r := rulesFrom(t, h29bCSV, h29bVocab)
	for _, c := range []struct {
		text string
		want []string
	}{
		{"حوض سمك 60 وابعتهولي شحن على اسكندرية", []string{"SRV-SHIP", "TANK-60"}},
		{"سخان حوض 100 وفلتر داخلي حوض 100، وابعتهم توصيل على المعادي", []string{"FLT-100", "HEAT-100", "SRV-DELIV"}},
		{"حوض سمك 60 وشحن على طنطا", []string{"SRV-SHIP", "TANK-60"}},
		{"7od samak 60 w eb3atholy tawsil", []string{"SRV-DELIV", "TANK-60"}},
	} {
		res := understandText(t, r, c.text)
		if got := linesAsked(res); res.Intent != Order || !slices.Equal(got, c.want) || len(res.Service) != 0 || len(res.Unexplained) != 0 {
			t.Errorf("%q: %s %q, service %q, unexplained %q; want an order of %q, nothing asked", c.text, res.Intent, got, res.Service, res.Unexplained, c.want)
		}
	}
	res := understandText(t, r, "حوض سمك 60، ابعتوهولي توصيل؟")
	if len(res.Service) == 0 {
		t.Errorf("delivery asked: service %q, want it kept for staff", res.Service)
	}
}

// TestRules_TubOfOtherGoods: a pack word that heads a product's name of
// its own ("علبة أكل سمك …", the box the shop sells), said right before
// goods none of that product's names hold ("وعلبة فيتامين"), is the
// goods' tub — one of them — never the box of other goods and the goods
// as two lines; before its own goods' word ("وعلبة أكل") it is that box.
func TestRules_TubOfOtherGoods(t *testing.T) {
	r := rulesFrom(t, h29bCSV, h29bVocab)
	checkCases(t, r, Order, []itemCase{
		{"سخان حوض 60 وعلبة فيتامين", []wantItem{{"HEAT-60", 1, "", nil}, {"VIT-FISH", 1, "", nil}}},
		{"سخان حوض 60، علبة فيتامين", []wantItem{{"HEAT-60", 1, "", nil}, {"VIT-FISH", 1, "", nil}}},
		{"سخان حوض 60 وعلبة أكل", []wantItem{{"HEAT-60", 1, "", nil}, {"BOX-FOOD", 1, "", nil}}},
	})
}

// TestRules_WorkSoldNoDefect: the head noun of a work the shop sells,
// said as its name writes it ("نفخ الكيس أكسجين بكام؟" of "نفخ كيس سمك
// أكسجين"), is that work asked — never the defect its letters also say
// (نفخ: swelled). Its defect forms ("منفوخ", "اتنفخ") stay a complaint.
func TestRules_WorkSoldNoDefect(t *testing.T) {
	r := rulesFrom(t, h29bCSV, h29bVocab)
	checkCases(t, r, Inquiry, []itemCase{
		{"نفخ الكيس أكسجين بكام؟", []wantItem{{"SRV-FILL", 1, "", nil}}},
		{"بكام نفخ الكيس اكسجين؟", []wantItem{{"SRV-FILL", 1, "", nil}}},
	})
	checkIntents(t, r, []intentCase{
		{"الفلتر اللي اشتريته منكم منفوخ", Complaint},
		{"السخان اللي خدته منكم اتنفخ من تحت", Complaint},
	})
}

// TestShopAsked_WhichOfTwoPlaces: the shop's place asked as a choice —
// the shop named at its clause's start before a place ("والمحل في
// المعادي ولا في حلوان؟", "محلكم في شبرا؟") or "you" before a place
// word of nearness ("انتو قصاد المترو ولا جنب الجامع؟") — is a question
// the shop's settings answer (ShopWhere), the places kept for a person
// to confirm, as "المحل في بنها فين؟" is; the shop told of ("المحل في
// المعادي قفل بدري امبارح") asks nothing.
func TestShopAsked_WhichOfTwoPlaces(t *testing.T) {
	r := rulesFrom(t, h29bCSV, h29bVocab)
	for _, c := range []struct {
		text   string
		want   ShopTopic
		beyond []string
	}{
		{"مساء الخير، والمحل في المعادي ولا في حلوان؟", ShopWhere, []string{"المعادي", "حلوان"}},
		{"انتو فاتحين الجمعة؟ والمحل في المعادي ولا في حلوان؟", ShopHours | ShopWhere, []string{"المعادي", "حلوان"}},
		{"وانتو قصاد المترو ولا جنب الجامع؟ وبتقفلوا الساعة كام؟", ShopHours | ShopWhere, []string{"المترو", "الجامع"}},
		{"محلكم في شبرا؟", ShopWhere, []string{"شبرا"}},
		// the shop's own branch or workplace, named definite
		{"والفرع في شبرا ولا في المطرية؟", ShopWhere, []string{"شبرا", "المطرية"}},
		{"مساء النور، الورشة في المعادي ولا في حلوان؟ وشغالين لحد امتى؟", ShopHours | ShopWhere, []string{"المعادي", "حلوان"}},
		// its address ("وعنوانه فين …؟"), and Franco's "w" between
		{"هو المحل بتاعكم فاتح يوم السبت؟ وعنوانه فين في المعادي؟", ShopHours | ShopWhere, []string{"المعادي"}},
		{"ahlan, el ma7al fein bezabt fel Zamalek? w mawa3id el shoghl emta?", ShopHours | ShopWhere, []string{"Zamalek"}},
		// early or late, before or after a meal of Ramadan
		{"هو انتو بتفتحوا بدري ايام رمضان ولا بعد الفطار بس؟", ShopHours, []string{"رمضان"}},
	} {
		res := understandText(t, r, c.text)
		if res.ShopAsked != c.want || !slices.Equal(res.ShopBeyond, c.beyond) || len(res.Items) != 0 || len(res.Unexplained) != 0 {
			t.Errorf("%q: shop asked %q of %q, items %d, unexplained %q; want %q of %q", c.text, res.ShopAsked, res.ShopBeyond, len(res.Items), res.Unexplained, c.want, c.beyond)
		}
	}
	for _, text := range []string{
		"المحل في المعادي قفل بدري امبارح", // the shop told of
		"فرع في شبرا؟", // whether there is a branch: a person's to say
	} {
		if res := understandText(t, r, text); res.ShopAsked != 0 {
			t.Errorf("%q: shop asked %q, want none", text, res.ShopAsked)
		}
	}
}

// TestRules_BoughtFromTheShopTold: goods bought from the shop ("اللي
// اشتريته منكم", "اللي خدته منكم", Franco "elly khadto menko") told of
// with nothing wanted, asked, praised or thanked for are after-sales — a
// complaint, whatever words the fault is told in ("بيصفر جامد", "رفض
// ياكله وريحته غريبة", "lono ra7"); never a question about which of the
// goods is meant. A new one wanted "like it" stays an order, and thanks
// for what came stay thanks.
func TestRules_BoughtFromTheShopTold(t *testing.T) {
	r := rulesFrom(t, h29bCSV, h29bVocab)
	checkIntents(t, r, []intentCase{
		{"الفلتر اللي اشتريته منكم من اسبوعين بيصفر جامد كل ما اشغله", Complaint},
		{"الأكل اللي خدته منكم السمك رفض ياكله خالص وريحته غريبة", Complaint},
		{"el zalat elly khadto menko lono ra7 fel maya", Complaint},
		{"السخان اللي اشتريته منكم الشهر اللي فات حلو جدا، عايز واحد كمان زيه", Order},
		{"الزلط اللي خدته منكم وصل، شكرا", Other},
	})
}

// TestRules_AdviceAsked: the shop's advice asked on the customer's own
// trouble — "اعمل ايه؟", "تفتكروا ايه السبب؟", Franco "teftekro eh el
// sabab?", English "what should I do?", "do you think it needs …?" — is
// a question for a person (Result.Service), never a question about which
// of the goods named beside it.
func TestRules_AdviceAsked(t *testing.T) {
	r := rulesFrom(t, h29bCSV, h29bVocab)
	for _, text := range []string{
		"الحوض المية بتاعته بقت خضرا، اعمل ايه؟",
		"الفلتر بتاعي بقاله يومين هادي، تفتكروا ايه السبب؟ وعايز سخان حوض",
		"el 7od mayto 3akra, teftekro eh el sabab?",
		"the tank water is cloudy, what should I do?",
		"my fish stopped eating, do you think it needs a heater?",
	} {
		res := understandText(t, r, text)
		if res.Intent != Other || len(res.Items) != 0 || len(res.Service) == 0 {
			t.Errorf("%q: %s %q, service %q; want a question for staff, no lines", text, res.Intent, linesAsked(res), res.Service)
		}
	}
}

// TestRules_TermsAsked: paying in instalments asked beside the goods
// ("ينفع اشتري السخان بالتقسيط؟", "عايز حوض سمك 100 بالتقسيط على ٦
// شهور"), or the warranty asked of them in a question ("… عليه ضمان كام
// شهر؟ وعايز اتنين"), is for a person to set: no question about which
// goods, no invoice as if paid outright.
func TestRules_TermsAsked(t *testing.T) {
	r := rulesFrom(t, h29bCSV, h29bVocab)
	for _, text := range []string{
		"ينفع اشتري السخان بالتقسيط؟",
		"عايز حوض سمك 100 بالتقسيط على ٦ شهور",
		"ينفع اقسط الحوض الـ100 على ٦ شهور؟",
		"فلتر داخلي حوض 100 عليه ضمان كام شهر؟ وعايز اتنين",
	} {
		res := understandText(t, r, text)
		if res.Intent != Other || len(res.Items) != 0 || len(res.Service) == 0 {
			t.Errorf("%q: %s %q, service %q; want a question for staff, no lines", text, res.Intent, linesAsked(res), res.Service)
		}
	}
}

// TestRules_StoryWithFiguresTold: a story told before the request holds
// figures that count no goods — what the teller has just started ("انا
// لسه بادئ محل سمك صغير ٢ حوض بس"), a plan in the future of I or we
// ("هحط ٣ احواض في العيادة", "وهنقعد هناك ١٠ ايام"), how long the teller
// has been at something ("انا بقالي ٣ شهور بربي سمك"), and who advised
// the request ("الدكتور … قالي اجيب …") — all the story's, its catalog
// words no lines, nothing left unread; the request after it is the order.
func TestRules_StoryWithFiguresTold(t *testing.T) {
	r := rulesFrom(t, h29bCSV, h29bVocab)
	for _, c := range []struct {
		text string
		want []wantItem
	}{
		{"انا لسه بادئ محل سمك صغير ٢ حوض بس والحمد لله، عايز فلتر داخلي حوض 60 و٢ سخان حوض 60", []wantItem{{"FLT-60", 1, "", nil}, {"HEAT-60", 2, "", nil}}},
		{"ana lessa bade2 ma7al samak 2 7od bas, 3ayez flter dakhly 7od 60 w 2 sa5an 7od 60", []wantItem{{"FLT-60", 1, "", nil}, {"HEAT-60", 2, "", nil}}},
		{"ان شاء الله هحط ٣ احواض في العيادة الشهر الجاي، عايز ٣ فلتر داخلي حوض 60 و٣ سخان حوض 60", []wantItem{{"FLT-60", 3, "", nil}, {"HEAT-60", 3, "", nil}}},
		{"احنا مسافرين الساحل وهنقعد هناك ١٠ ايام، عايزين ٢ أكل سمك جولد فيش وفيتامين أسماك", []wantItem{{"FOOD-GOLD", 2, "", nil}, {"VIT-FISH", 1, "", nil}}},
		{"انا بقالي ٣ شهور بربي سمك وناوي اكبر الحوض، الدكتور في المحل قالي اجيب فيتامين أسماك و٢ أكل سمك جولد فيش", []wantItem{{"VIT-FISH", 1, "", nil}, {"FOOD-GOLD", 2, "", nil}}},
	} {
		t.Run(c.text, func(t *testing.T) { checkPlaced(t, r, c.text, Order, c.want) })
	}
}

// h29bPhonesCSV: a phone accessory stand, cases and screen protectors
// made for one model each.
const h29bPhonesCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
CASE-IP15,جراب ايفون 15,iPhone 15 case,جراب ايفون,جرابات,piece,150,30,سيليكون,
CASE-A54,جراب سامسونج A54,Samsung A54 case,جراب سامسونج,جرابات,piece,120,30,سيليكون,
SCR-IP15,اسكرينة ايفون 15,iPhone 15 screen protector,اسكرينة ايفون|سكرينة ايفون,اسكرينات,piece,100,40,زجاج,
SCR-A54,اسكرينة سامسونج A54,Samsung A54 screen protector,اسكرينة سامسونج|سكرينة سامسونج,اسكرينات,piece,90,40,زجاج,
CHG-FAST,شاحن سريع 25 وات,Fast charger 25 W,شاحن,شواحن,piece,350,20,,
`

// TestRules_FitSaidOnceForSeveral: what the goods are for, said once
// after the last of several entries joined by و ("عايز جراب واسكرينة
// للسامسونج", Franco "garab w skrina lel samsung"), is every entry's —
// the case is the Samsung's too, never "which case?". A pause before the
// last entry ("جراب، واسكرينة للسامسونج") leaves the first one asked.
func TestRules_FitSaidOnceForSeveral(t *testing.T) {
	r := rulesFrom(t, h29bPhonesCSV, "جراب, garab, case\nاسكرينه, سكرينه, screen, skrina\nسامسونج, samsung\nايفون, iphone, ayfon\n")
	checkCases(t, r, Order, []itemCase{
		{"عايز جراب واسكرينة للسامسونج", []wantItem{{"CASE-A54", 1, "", nil}, {"SCR-A54", 1, "", nil}}},
		{"عايز شاحن سريع وجراب واسكرينة للايفون", []wantItem{{"CHG-FAST", 1, "", nil}, {"CASE-IP15", 1, "", nil}, {"SCR-IP15", 1, "", nil}}},
		{"3ayez garab w skrina lel samsung", []wantItem{{"CASE-A54", 1, "", nil}, {"SCR-A54", 1, "", nil}}},
	})
	res := understandText(t, r, "عايز جراب، واسكرينة للسامسونج")
	if got := linesAsked(res); !slices.Equal(got, []string{"CASE-A54", "CASE-IP15", "SCR-A54"}) {
		t.Errorf("a pause before the fit: lines %q, want the case asked between both", got)
	}
}

// TestRules_FrancoWorkPriced: a work the shop sells asked its price in
// Franco ("tarkeeb el 7od b kam?", "… w tarkeeb el 7od b kam?") is that
// work priced, as "تركيب الحوض بكام؟" is — the Franco word read as the
// work's name, no question about the installation left for staff; who
// does it asked ("el tarkeeb 3aleko walla 3alena?") stays one.
func TestRules_FrancoWorkPriced(t *testing.T) {
	r := rulesFrom(t, h29bCSV, h29bVocab)
	for _, c := range []struct {
		text string
		want []string
	}{
		{"tarkeeb el 7od b kam?", []string{"SRV-SETUP"}},
		{"el sa5an el 60 b kam? w tarkeeb el 7od b kam?", []string{"HEAT-60", "SRV-SETUP"}},
	} {
		res := understandText(t, r, c.text)
		if got := linesAsked(res); res.Intent != Inquiry || !slices.Equal(got, c.want) || len(res.Service) != 0 {
			t.Errorf("%q: %s %q, service %q; want a price asked of %q", c.text, res.Intent, got, res.Service, c.want)
		}
	}
	if res := understandText(t, r, "el tarkeeb 3aleko walla 3alena?"); len(res.Service) == 0 {
		t.Errorf("who installs asked: service %q, want it kept", res.Service)
	}
}
