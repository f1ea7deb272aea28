package understand

import (
	"context"
	"testing"
)

// Branch h40d, on catalogs of its own (none of the barbershop's, the
// physiotherapy centre's, the wedding hall's, the day use's, the music
// school's or the coworking space's names or sentences): a car wash, a
// restaurant and a print shop (h37g's).
const h40dWashCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
WASH-OUT,غسيل خارجي,Exterior wash,غسيل|غسيل خارجي,غسيل,piece,150,,,
WASH-FULL,غسيل شامل,Full wash,غسيل شامل|غسيل داخلي وخارجي,غسيل,piece,300,,,
POLISH,تلميع,Polish,تلميع|بوليش,تلميع,piece,600,,,
SHAMPOO,شامبو عربيات,Car shampoo,شامبو,منتجات,piece,90,30,,
`

const h40dWashVocab = `غسيل, غسيل العربية, ghasil, wash, car wash
تلميع, بوليش, talmee3, polish, polishing
شامبو, shampoo
`

const h40dFoodCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
MIX-GRILL,مشويات مشكلة للفرد,Mixed grill per person,مشويات|مشاوي|مشويات مشكلة,مشويات,piece,350,,,
KOFTA,كفتة (ربع كيلو),Kofta (quarter kilo),كفتة|كفته,مشويات,piece,150,,,
RICE,أرز بسمتي,Basmati rice,رز|أرز,أطباق جانبية,piece,40,,,
TABLE-VIP,ترابيزة VIP للعائلات,VIP family table,ترابيزة VIP,حجز,piece,500,,,
`

const h40dFoodVocab = `مشويات, مشاوي, grill, grills, mashwyat
كفتة, كفته, kofta
رز, أرز, ارز, rice, roz
`

// TestRules_VisitGoneWrong_H40D: a visit of the customer's at the shop
// told with a past of theirs before "عندكم" ("غسلت عندكم", "اتعشينا
// عندكم", Franco "kona 3andoko", English "we were at your place") and,
// after it, what went wrong there — a hurt, dirt, something cold, a
// negated past, no gain, a figure instead of another, money paid for
// nothing — is a complaint, whatever the catalog's services named in it.
// A visit told before an order or a price asked, or with thanks, is no
// complaint: the order, the quote or the thanks stays as read.
func TestRules_VisitGoneWrong_H40D(t *testing.T) {
	w := rulesFrom(t, h40dWashCSV, h40dWashVocab)
	f := rulesFrom(t, h40dFoodCSV, h40dFoodVocab)
	for _, c := range []struct {
		r    *Rules
		text string
		want bool
	}{
		{w, "غسلت عندكم العربية امبارح والعامل خدشلي الباب وكمان التلميع طلع مش متساوي، ودفعت ٦٠٠ جنيه", true},
		{w, "عملت عندكم غسيل شامل ٣ مرات ومفيش اي فرق، والغسلة بتخلص في ١٠ دقايق بدل ٣٠", true},
		{f, "اتعشينا عندكم الخميس والمشويات كانت باردة و٤ ماكلوش، ودفعنا ٢٠٠٠ على الفاضي", true},
		{f, "kona 3andoko el khamis w el mashwyat kanet barda w el tarabeeza wes5a, w dafe3na 2000 3al fady", true},
		{w, "We were at your car wash yesterday and the full wash was dirty, the polish is uneven and we paid 900 for nothing", true},
		{w, "غسلت عندكم امبارح والتلميع طلع مش متساوي، الغسيل الشامل بكام؟", false},
		{w, "غسلت عندكم امبارح والعربية طلعت تحفة، عايز تلميع للعربية التانية بكرة", false},
		{w, "غسلت عندكم امبارح ومش هتكون اخر مرة، شكرا", false},
		{w, "kont 3andoko embare7 w el ghasil kan mesh tamam, 3ayez talmee3 bokra", false},
	} {
		res, err := c.r.Understand(context.Background(), c.text)
		if err != nil {
			t.Fatal(err)
		}
		if (res.Intent == Complaint) != c.want {
			t.Errorf("%q: intent %s, items %+v, unexplained %q; want complaint %v", c.text, res.Intent, res.Items, res.Unexplained, c.want)
		}
	}
}

// TestRules_TalkToWhom_H40D: whom to talk to asked with the verb first
// ("اكلم مين؟", "نتكلم مع مين؟", Franco "akalem meen?") by a body asking
// a contract or a special price: a person of the shop's answers, no
// goods ordered or chosen between.
func TestRules_TalkToWhom_H40D(t *testing.T) {
	p := rulesFrom(t, h37gPrintCSV, h37gPrintVocab)
	w := rulesFrom(t, h40dWashCSV, h40dWashVocab)
	for _, c := range []struct {
		r    *Rules
		text string
		who  string
	}{
		{p, "احنا شركة سياحة وعايزين فلايرات وكروت لـ ٤٠ موظف كل شهر طول السنة بسعر خاص وعقد، اكلم مين؟", "اكلم مين"},
		{w, "احنا شركة ليموزين وعندنا ٣٠ عربية، عايزين نتعاقد على غسيل شامل كل اسبوع بسعر خاص، نتكلم مع مين؟", "نتكلم مع مين"},
		{w, "e7na sherka w 3andena 30 3arabeya, 3ayzeen ghasil kol esbo3 b se3r khas w 3a2d, akalem meen?", "akalem meen"},
	} {
		wantPersonAsked(t, c.r, c.text, c.who)
	}
}

// TestShopAsked_WhenToCome_H40D: when the customer may come asked ("ينفع
// نيجي نشوفه يوم الجمعة الساعة كام؟", "ممكن اعدي امتى النهارده؟",
// Franco "momken agy emta?", English "what time can we come on
// Saturday?") is the shop's hours, which its settings answer; a visit
// asked bare, or with goods or a work in it, is not.
func TestShopAsked_WhenToCome_H40D(t *testing.T) {
	f := rulesFrom(t, h40dFoodCSV, h40dFoodVocab)
	for _, c := range []struct {
		text string
		want ShopTopic
	}{
		{"السلام عليكم، ينفع نيجي نشوف المكان يوم الجمعة الساعة كام؟", ShopHours},
		{"ممكن اعدي امتى النهارده؟", ShopHours},
		{"momken ngy emta bokra?", ShopHours},
		{"what time can we come on Saturday?", ShopHours},
		{"ينفع نيجي ناكل مشويات يوم الجمعة الساعة كام؟", 0},
	} {
		res, err := f.Understand(context.Background(), c.text)
		if err != nil {
			t.Fatal(err)
		}
		if res.ShopAsked != c.want {
			t.Errorf("%q: shop asked %q, unexplained %q, service %q; want %q", c.text, res.ShopAsked, res.Unexplained, res.Service, c.want)
		}
		if c.want != 0 && (res.Intent != Other || len(res.Items) != 0 || len(res.Unexplained) != 0) {
			t.Errorf("%q: intent %s, items %d, unexplained %q; want other, none, none", c.text, res.Intent, len(res.Items), res.Unexplained)
		}
	}
}
