package understand

import "testing"

// A curtains and blinds shop that installs what it sells.
const h32eCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
CR-BLK,ستارة بلاك اوت,Blackout curtain,,ستائر,sqm,450,,قماش,بيج|رمادي
RL-SUN,رول سن سكرين,Sunscreen roller blind,,رول,sqm,600,,بوليستر,أبيض|رمادي
RL-WOOD,ستارة خشب,Wooden blind,,رول,sqm,900,,خشب,بني
SRV-FIT,تركيب ستارة,Curtain fitting,,خدمات,piece,150,,,
ROD-2,مجرى ستارة 2 متر,Curtain track 2 m,,اكسسوارات,piece,220,40,ألومنيوم,فضي
`

const h32eVocab = `ستارة, ستاره, ستاير, ستائر, setara, curtain, curtains
رول, رولر, roll, blind, blinds
تركيب, تركب, ركب, installation, fitting
مجرى, track
`

// TestRules_WorkAgoLookedAt: the shop's own work told with how long ago
// it was done ("اللي ركبتوها من شهر", "اللي اتركب عندي من عشر ايام",
// "that you installed two weeks ago"), then someone asked to come and
// look at it or the customer's due claimed ("عايز حقي"), is after-sales —
// a complaint, whatever words the fault is told in. One like it, the
// work praised with a new piece asked, or a visit to measure for new
// goods is no complaint.
func TestRules_WorkAgoLookedAt(t *testing.T) {
	r := rulesFrom(t, h32eCSV, h32eVocab)
	for _, text := range []string{
		"الستارة اللي ركبتوها من شهر النور بيدخل من جنبها، ابعتوا حد يشوفها",
		"الرول اللي اتركب عندي من عشر ايام بقى ينزل لوحده نص نص، عايزة حد يجي يشوفه",
		"السلام عليكم، الستاير الخشب اللي ركبتوهالي من اسبوعين الشرايح بقت مايلة، والفني بتاعكم قال مضمونة سنة، عايز حقي",
		"el setara elly rakabtoha men shahr el nour bydkhol, 3ayez 7ad yegy yeshofha",
		"The blinds that you installed two weeks ago let the light in at the sides, can someone come and check them?",
	} {
		if res := understandText(t, r, text); res.Intent != Complaint {
			t.Errorf("%s: %s %+v, want a complaint", text, res.Intent, res.Items)
		}
	}
	for _, text := range []string{
		"عايز ستارة بلاك اوت زي اللي ركبتوها عندي من شهر، وابعتوا حد يقيس الشباك",
		"الستارة اللي ركبتوها من شهر حلوة جدا، عايز رول سن سكرين للمطبخ",
		"عايز ستارة بلاك اوت للأوضة، ممكن حد يجي يقيس الشباك؟",
	} {
		if res := understandText(t, r, text); res.Intent == Complaint {
			t.Errorf("%s: a complaint %+v, want no complaint", text, res.Items)
		}
	}
}

// A shop printing mugs and T-shirts.
const h32ePrintCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
MUG-W,مج سيراميك مطبوع,Printed ceramic mug,,مجات,piece,120,50,سيراميك,أبيض
TSH-P,تيشيرت قطن مطبوع,Printed cotton T-shirt,,تيشيرتات,piece,250,40,قطن,أبيض|أسود
CAP-P,كاب مطبوع,Printed cap,,كابات,piece,150,30,قطن,أسود
`

const h32ePrintVocab = `مج, مجات, كوباية, mug, mugs
تيشيرت, تيشرت, تي شيرت, t-shirt, tshirt, tshirts, t-shirts
كاب, كابات, cap, caps
ابيض, white => أبيض
اسود, سودا, black => أسود
`

// TestRules_TextWrittenOnGoods: Latin words quoted after "مكتوب عليه"
// (written on it), "اكتبولي عليها", English "saying", are the text to print
// on the goods — no product's words and none unexplained — up to a pause,
// a catalog word or "و"; "Dr." inside the text is no pause. Arabic words
// after it say what to write and stay for a person to read.
func TestRules_TextWrittenOnGoods(t *testing.T) {
	r := rulesFrom(t, h32ePrintCSV, h32ePrintVocab)
	for _, c := range []struct {
		text string
		want []string
	}{
		{"عايز ٢ مج مكتوب عليهم Best Dad Ever", []string{"MUG-W"}},
		{"عايز تيشيرت اسود مكتوب عليه Team Leader Dr. Ahmed و ٢ كاب", []string{"CAP-P", "TSH-P"}},
		{"محتاجة مج واكتبولي عليه Good Morning Sunshine", []string{"MUG-W"}},
		{"I want 3 black t-shirts saying Coffee First Always", []string{"TSH-P"}},
	} {
		res := understandText(t, r, c.text)
		got := linesAsked(res)
		if len(res.Unexplained) > 0 || len(got) != len(c.want) {
			t.Errorf("%s: %v unexplained %v, want %v and nothing unexplained", c.text, got, res.Unexplained, c.want)
			continue
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("%s: %v, want %v", c.text, got, c.want)
			}
		}
	}
	res := understandText(t, r, "عايز تيشيرت اسود مكتوب عليه جملة حلوة لابويا")
	if len(res.Unexplained) == 0 {
		t.Errorf("Arabic words after مكتوب عليه: %+v, want them left for a person", res)
	}
}

// A flower shop.
const h32eFlowerCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
BQ-ROSE,بوكيه ورد بلدي,Rose bouquet,,بوكيهات,piece,450,20,,أحمر|أبيض
BOX-ROSE,بوكس ورد,Flower box,,بوكسات,piece,650,15,,أحمر|وردي
CARD,كارت إهداء,Gift card,,إضافات,piece,25,200,,
`

const h32eFlowerVocab = `بوكيه, بوكية, bouquet, boukeh
بوكس, box
ورد, وردة, roses, rose
كارت, card
احمر, حمرا, red => أحمر
`

// TestRules_BirthdayWhen: a birthday said with whose it is ("عيد
// ميلادها", "عيد ميلاد بنتي") or a newborn's ("العقيقة") with its time
// after it is when the goods are wanted — no word left unexplained — as
// "الفرح يوم الخميس" is.
func TestRules_BirthdayWhen(t *testing.T) {
	r := rulesFrom(t, h32eFlowerCSV, h32eFlowerVocab)
	for _, text := range []string{
		"عايز بوكيه ورد بلدي احمر لمراتي عيد ميلادها بكرة",
		"عايزة بوكس ورد وردي عيد ميلاد اختي الخميس وكارت",
		"محتاجين ٢ بوكس ورد احمر للعقيقة يوم الجمعة",
	} {
		res := understandText(t, r, text)
		if len(res.Unexplained) > 0 || len(res.Items) == 0 || res.Intent != Order {
			t.Errorf("%s: %s %v unexplained %v, want the goods and nothing unexplained", text, res.Intent, linesAsked(res), res.Unexplained)
		}
	}
}

// TestRules_WhoForAndWhoFetches: English's "ourselves" (بنفسنا: who
// fetches the goods) and Franco's "lel wlad" (للولاد: whom they are for)
// are talk around the order, as their Arabic is — nothing unexplained.
func TestRules_WhoForAndWhoFetches(t *testing.T) {
	r := rulesFrom(t, h32eFlowerCSV, h32eFlowerVocab)
	for _, text := range []string{
		"We need 2 red rose bouquets for Friday. We'll pick them up ourselves",
		"I want a flower box, I will collect it myself",
		"3ayez 2 boukeh ward a7mar lel wlad",
	} {
		res := understandText(t, r, text)
		if len(res.Unexplained) > 0 || len(res.Items) == 0 {
			t.Errorf("%s: %v unexplained %v, want the goods and nothing unexplained", text, linesAsked(res), res.Unexplained)
		}
	}
}
