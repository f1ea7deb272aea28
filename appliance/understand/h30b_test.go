package understand

import (
	"slices"
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
SRV-DELIV,توصيل لكل المناطق,Home delivery to all areas,توصيل|دليفري|شحن,خدمات,piece,40,,,
CRM-SCR,كريم تلميع شاشة,Screen polish cream,كريم,عناية,piece,50,30,,
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
// first line's count alone; "لكلهم" (for all of them) says it too, never
// the "لكل" of another product's name.
func TestRules_OneServiceForTwoLinesOfItsGoods(t *testing.T) {
	r := rulesFrom(t, h30bCSV, h30bVocab)
	checkCases(t, r, Order, []itemCase{
		{"اسكرينة زجاج واسكرينة نانو والتركيب للاتنين", []wantItem{{"SCR-GLASS", 1, "", nil}, {"SCR-NANO", 1, "", nil}, {"SRV-SCR", 2, "", nil}}},
		{"اسكرينة زجاج و2 اسكرينة نانو ومع التركيب للتلاتة", []wantItem{{"SCR-GLASS", 1, "", nil}, {"SCR-NANO", 2, "", nil}, {"SRV-SCR", 3, "", nil}}},
		{"اسكرينة زجاج واسكرينة نانو وتركيبهم", []wantItem{{"SCR-GLASS", 1, "", nil}, {"SCR-NANO", 1, "", nil}, {"SRV-SCR", 2, "", nil}}},
		// "لكلهم" (for all of them) is no "لكل" of the delivery's name
		{"اسكرينة زجاج واسكرينة نانو والتركيب لكلهم", []wantItem{{"SCR-GLASS", 1, "", nil}, {"SCR-NANO", 1, "", nil}, {"SRV-SCR", 2, "", nil}}},
		{"eskrina zogag w eskrina nano w el tarkib lel etnen", []wantItem{{"SCR-GLASS", 1, "", nil}, {"SCR-NANO", 1, "", nil}, {"SRV-SCR", 2, "", nil}}},
		{"a glass screen protector and a nano screen protector, with fitting for both", []wantItem{{"SCR-GLASS", 1, "", nil}, {"SCR-NANO", 1, "", nil}, {"SRV-SCR", 2, "", nil}}},
		// one line of the goods: its count, as before
		{"2 اسكرينة زجاج وتركيبهم", []wantItem{{"SCR-GLASS", 2, "", nil}, {"SRV-SCR", 2, "", nil}}},
	})
}

// orderCase is a message that must be read as an order of exactly these
// lines (linesAsked), with nothing left unexplained and no question.
type orderCase struct {
	text string
	want []string
}

func checkOrders(t *testing.T, r *Rules, cases []orderCase) {
	t.Helper()
	for _, c := range cases {
		res := understandText(t, r, c.text)
		if got := linesAsked(res); res.Intent != Order || !slices.Equal(got, c.want) || len(res.Service) != 0 || len(res.Unexplained) != 0 {
			t.Errorf("%q: %s %q, service %q, unexplained %q; want an order of %q, nothing asked", c.text, res.Intent, got, res.Service, res.Unexplained, c.want)
		}
	}
}

// TestRules_WorkSaidInTheImperative: the imperative of a work the shop
// sells, said to the shop with "for me" or the plural's object
// ("وركبهالي", "ركبوهالي", "وغيرهالي عندكم", "واطبعولي"; English "print"
// of "Name printing"), is that work ordered with the goods — the one
// done to them where several share the verb (the battery's fitting, not
// the car holder's) — and "عندكم" after it is where (at your place), no
// question of stock. "وغيرهم" (and others), a relative clause's past
// ("زي اللي ركبوهولي") and the verb said after its object inside a
// clause order nothing.
func TestRules_WorkSaidInTheImperative(t *testing.T) {
	r := rulesFrom(t, h30bCSV, h30bVocab)
	checkOrders(t, r, []orderCase{
		{"عايز بطارية موبايل وركبهالي وانا مستني", []string{"BAT-PH", "SRV-BATT"}},
		{"عايز بطارية موبايل، ركبوهالي النهارده", []string{"BAT-PH", "SRV-BATT"}},
		{"حامل موبايل للعربية وركبهولي", []string{"HOLD-CAR", "SRV-HOLD"}},
		{"بطارية موبايل وغيرهالي عندكم", []string{"BAT-PH", "SRV-BATT"}},
		{"جراب سيليكون اسود واطبعولي اسمي عليه", []string{"CASE-SIL", "SRV-PRINT"}},
		{"a black silicone case and print my name on it", []string{"CASE-SIL", "SRV-PRINT"}},
		{"جراب سيليكون اسود وشاحن 20 وات وغيرهم", []string{"CASE-SIL", "CHG-20W"}},
		{"عايز جراب سيليكون اسود زي اللي ركبوهولي قبل كده", []string{"CASE-SIL"}},
	})
}

// TestRules_NameToEngraveIsNoGoods: in a shop that prints or engraves
// names, the words right after a name word ("اسمه", "اسمها", "his name")
// are the text, no goods: "Karim" (Franco كريم) and "كريم" are no cream.
func TestRules_NameToEngraveIsNoGoods(t *testing.T) {
	r := rulesFrom(t, h30bCSV, h30bVocab)
	checkOrders(t, r, []orderCase{
		{"جراب سيليكون اسود واطبعولي اسمه Karim عليه", []string{"CASE-SIL", "SRV-PRINT"}},
		{"جراب سيليكون وردي واطبعولي اسمها كريم عليه", []string{"CASE-SIL", "SRV-PRINT"}},
		{"a pink silicone case, print her name Karim on it", []string{"CASE-SIL", "SRV-PRINT"}},
		// the cream said as goods is still the cream
		{"جراب سيليكون اسود وكريم تلميع شاشة", []string{"CASE-SIL", "CRM-SCR"}},
	})
}

// TestRules_PerNounCounted: a work priced per a noun of its name
// ("طباعة … (للعلبة)"), said with the number of that noun ("على المية
// علبة"), is that many, never one.
func TestRules_PerNounCounted(t *testing.T) {
	r := rulesFrom(t, `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
MUG-10,مج سيراميك باكو 10,Ceramic mugs pack of 10,مج|مجات,مجات,piece,500,20,,أبيض
SRV-MUGPRINT,طباعة صورة على المج (للمج),Photo printing on mugs (per mug),طباعة صورة|طباعة,خدمات,piece,15,,,
`, "")
	checkCases(t, r, Order, []itemCase{
		{"عايز ٢ باكو مج سيراميك ابيض واطبعولي الصورة على العشرين مج", []wantItem{{"MUG-10", 2, "أبيض", nil}, {"SRV-MUGPRINT", 20, "", nil}}},
		{"عايز ٢ باكو مج سيراميك ابيض واطبعولي الصورة على ٢٠ مج", []wantItem{{"MUG-10", 2, "أبيض", nil}, {"SRV-MUGPRINT", 20, "", nil}}},
	})
}

// TestRules_SentToAPlaceIsDelivery: "send them" with the goods as its
// object, right before where to ("وابعتهم البيت", "وابعتهملي على
// العنوان", Franco "w eb3athomly 3ala el beet", English "please ship
// them to Alexandria"), orders the shop's one delivery with the goods.
// "هعدي اخدهم" (I'll pick them up), "ابعتلي" + goods, a message sent
// ("على الواتس") and a question order none; a shop with delivery and
// shipping both is not guessed between.
func TestRules_SentToAPlaceIsDelivery(t *testing.T) {
	r := rulesFrom(t, h30bCSV, h30bVocab)
	checkOrders(t, r, []orderCase{
		{"جراب سيليكون اسود وشاحن 20 وات وابعتهم البيت", []string{"CASE-SIL", "CHG-20W", "SRV-DELIV"}},
		{"جراب سيليكون اسود وابعتهملي على العنوان", []string{"CASE-SIL", "SRV-DELIV"}},
		{"جراب سيليكون اسود وابعتهم البيت بكرة", []string{"CASE-SIL", "SRV-DELIV"}},
		{"garab silicone eswed w eb3athomly 3ala el beet", []string{"CASE-SIL", "SRV-DELIV"}},
		{"a black silicone case and a 20W charger, please ship them to Alexandria", []string{"CASE-SIL", "CHG-20W", "SRV-DELIV"}},
		{"جراب سيليكون اسود وهعدي اخدهم", []string{"CASE-SIL"}},
		{"ابعتلي جراب سيليكون اسود", []string{"CASE-SIL"}},
	})
	for _, text := range []string{"جراب سيليكون اسود وابعتهملي على الواتس", "جراب سيليكون اسود، بتوصلوا اسكندرية؟"} {
		res := understandText(t, r, text)
		if slices.Contains(linesAsked(res), "SRV-DELIV") && res.Intent == Order && len(res.Service) == 0 {
			t.Errorf("%q: delivery ordered %q; want none ordered", text, linesAsked(res))
		}
	}
	two := rulesFrom(t, h29bCSV, h29bVocab)
	res := understandText(t, two, "سخان حوض 100 وابعتهم البيت")
	if got := linesAsked(res); slices.Contains(got, "SRV-DELIV") != slices.Contains(got, "SRV-SHIP") || len(got) > 1 && !slices.Contains(got, "SRV-DELIV") {
		t.Errorf("delivery and shipping both sold: %q, want neither chosen alone", got)
	}
}
