package understand

import (
	"slices"
	"testing"
)

// A home-appliance shop that also services what it sells: its works are
// named by their verbal noun, one with "إعادة" (done again), one without.
const h27eCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
FR-2D,ثلاجة نوفروست 2 باب,Two-door no-frost fridge,,ثلاجات,piece,21000,5,معدن,فضي|أبيض
CK-5,بوتاجاز 5 شعلة,Five-burner cooker,,بوتاجازات,piece,12500,4,ستانلس,فضي|أسود
SV-PAINT,إعادة دهان ثلاجة,Fridge repainting,دهان ثلاجة,خدمات,piece,900,,,
SV-CLEAN,تنضيف بوتاجاز,Cooker cleaning,,خدمات,piece,250,,,
`

const h27eVocab = `ثلاجة, تلاجة, tallaga
اسود, سودا, black => أسود
`

func skusOf(res Result) []string {
	var out []string
	for _, it := range res.Items {
		out = append(out, it.SKU)
	}
	slices.Sort(out)
	return out
}

// TestRules_WishAsksTheGoods: "ياريت" (I wish: Egyptian's please) after
// goods named with no want verb asks them, delivered or made as wished:
// "… وياريت التوصيل لمدينة نصر" is the order and where it goes, never a
// question about delivery that drops the goods. A question about delivery
// beside the goods ("التوصيل بكام؟") is not made an order.
func TestRules_WishAsksTheGoods(t *testing.T) {
	r := rulesFrom(t, h27eCSV, h27eVocab)
	both := []string{"CK-5", "FR-2D"}
	for _, text := range []string{
		"ثلاجة نوفروست 2 باب فضي + بوتاجاز 5 شعلة اسود، وياريت التوصيل لمدينة نصر",
		"ثلاجة نوفروست 2 باب فضي و بوتاجاز 5 شعلة اسود، ويا ريت التوصيل بكره",
		"ثلاجة نوفروست 2 باب فضي + بوتاجاز 5 شعلة اسود، w yareet el tawseel bokra",
	} {
		res := understandText(t, r, text)
		if res.Intent != Order || !slices.Equal(skusOf(res), both) {
			t.Errorf("%s: %s %v, want the order of both", text, res.Intent, skusOf(res))
		}
	}
	res := understandText(t, r, "ثلاجة نوفروست 2 باب فضي، التوصيل بكام؟")
	if res.Intent == Order {
		t.Errorf("التوصيل بكام؟: %s, want no order", res.Intent)
	}
}

// TestRules_RedoneWork: "اعيد" (I do again) right before a work's verbal
// noun asks that work, whether the catalog names it "إعادة دهان" or only
// "تنضيف": the verb is placed, no word left unread. Before anything else
// ("عايز اعيد الطلب") it stays unread.
func TestRules_RedoneWork(t *testing.T) {
	r := rulesFrom(t, h27eCSV, h27eVocab)
	for _, c := range []struct{ text, sku string }{
		{"عايز اعيد دهان الثلاجة", "SV-PAINT"},
		{"محتاجين نعيد تنضيف البوتاجاز", "SV-CLEAN"},
		{"ممكن تعيدولي تنضيف البوتاجاز؟", "SV-CLEAN"},
		{"3ayez a3eed tandeef el botagaz", "SV-CLEAN"},
	} {
		res := understandText(t, r, c.text)
		if len(res.Items) != 1 || res.Items[0].SKU != c.sku || len(res.Unexplained) > 0 {
			t.Errorf("%s: %+v unexplained %v, want %s, all read", c.text, res.Items, res.Unexplained, c.sku)
		}
	}
	res := understandText(t, r, "عايز اعيد الطلب بتاع امبارح")
	if !slices.Contains(res.Unexplained, "اعيد") {
		t.Errorf("اعيد الطلب: unexplained %v, want اعيد unread", res.Unexplained)
	}
}

// An antiques shop, its English names French nouns English keeps.
const h27eAntiquesCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
ANT-BUR,مكتب انتيك,Antique bureau,,مكاتب,piece,18000,3,خشب,بني
ANT-TAB,تابلوه زيت,Oil tableau,,لوحات,piece,6000,7,قماش,
`

// TestRules_FrenchPluralEaux: English keeps the French plural of a noun in
// -eau ("bureaux", "tableaux"): the noun the catalog names, counted.
func TestRules_FrenchPluralEaux(t *testing.T) {
	r := rulesFrom(t, h27eAntiquesCSV, "")
	for _, c := range []struct {
		text string
		sku  string
		n    float64
	}{
		{"I want 2 antique bureaux", "ANT-BUR", 2},
		{"Please send 3 oil tableaux for the hall", "ANT-TAB", 3},
	} {
		res := understandText(t, r, c.text)
		if len(res.Items) != 1 || res.Items[0].SKU != c.sku || res.Items[0].Quantity.Float() != c.n || len(res.Unexplained) > 0 {
			t.Errorf("%s: %+v unexplained %v, want %v × %s", c.text, res.Items, res.Unexplained, c.n, c.sku)
		}
	}
}

// A bicycle shop: one bike named with what it comes with, ب written on the
// word ("بسبت": with a basket), beside the plain one.
const h27eBikesCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
BK-KID-B,عجلة اطفال 16 بسبت,Kids bike 16 with basket,,عجل,piece,4200,6,حديد,أحمر|أزرق
BK-KID,عجلة اطفال 16,Kids bike 16,,عجل,piece,3600,9,حديد,أحمر|أزرق
`

// TestRules_WithWrittenApart: a ب written apart from the word a name
// writes it on ("عجلة ب سبت", Franco "b sabat" of "بسبت") is that word:
// the bike with the basket, nothing unread.
func TestRules_WithWrittenApart(t *testing.T) {
	r := rulesFrom(t, h27eBikesCSV, "احمر, a7mar => أحمر\n")
	for _, text := range []string{"عايز عجلة اطفال 16 ب سبت احمر", "3ayez 3agala atfal 16 b sabat a7mar"} {
		res := understandText(t, r, text)
		if len(res.Items) != 1 || res.Items[0].SKU != "BK-KID-B" || len(res.Unexplained) > 0 {
			t.Errorf("%s: %+v unexplained %v, want the bike with the basket, all read", text, res.Items, res.Unexplained)
		}
	}
}

// A kitchen-cabinet shop whose English names never say "unit".
const h27eKitchenCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
KC-WALL,دولاب علوي 60 سم,Wall cabinet 60 cm,,دواليب,piece,2100,12,MDF,أبيض|رمادي
KC-DRW,وحدة أدراج 3 درج,Drawer cabinet 3 drawers,,دواليب,piece,3400,5,MDF,أبيض|رمادي
`

// TestRules_UnitsCountGoods: English "units" after goods ("3 wall cabinet
// units", "2 drawer units") counts them as "حتة" does: placed, the goods
// the line, none of the words unread.
func TestRules_UnitsCountGoods(t *testing.T) {
	r := rulesFrom(t, h27eKitchenCSV, "ابيض, abyad, white => أبيض\n")
	for _, c := range []struct {
		text, sku string
		n         float64
	}{
		{"I need 3 wall cabinet units, white", "KC-WALL", 3},
		{"3ayez 2 drawer units 3 adraj abyad", "KC-DRW", 2},
	} {
		res := understandText(t, r, c.text)
		if len(res.Items) != 1 || res.Items[0].SKU != c.sku || res.Items[0].Quantity.Float() != c.n || len(res.Unexplained) > 0 {
			t.Errorf("%s: %+v unexplained %v, want %v × %s, all read", c.text, res.Items, res.Unexplained, c.n, c.sku)
		}
	}
}

// TestRules_OccasionAndHurry: an occasion with its time after it
// ("الافتتاح اول الشهر", "الفرح يوم الخميس", "the opening is next week")
// and "تلحقونا" (make it in time for us) say when the goods are wanted,
// no word unread; the order is the goods.
func TestRules_OccasionAndHurry(t *testing.T) {
	r := rulesFrom(t, h27eCSV, h27eVocab)
	for _, text := range []string{
		"ثلاجة نوفروست 2 باب فضي، الافتتاح اول الشهر يا ريت تلحقونا",
		"عايز بوتاجاز 5 شعلة اسود، الفرح يوم الخميس الحقونا",
		"I need a five-burner cooker, black. The opening is next week",
	} {
		res := understandText(t, r, text)
		if res.Intent != Order || len(res.Items) != 1 || res.Items[0].SKU == "" || len(res.Unexplained) > 0 {
			t.Errorf("%s: %s %+v unexplained %v, want the one line, all read", text, res.Intent, res.Items, res.Unexplained)
		}
	}
}

// TestRules_ChildrenDo: a habitual verb right after children named ("عندي
// عيال وبيبهدلوا كل حاجة", "الولاد بيكسروا كل حاجة") tells why the goods
// are chosen: no word unread, the order the goods alone.
func TestRules_ChildrenDo(t *testing.T) {
	r := rulesFrom(t, h27eCSV, h27eVocab)
	for _, text := range []string{
		"بوتاجاز 5 شعلة اسود، عندي عيال وبيبهدلوا كل حاجة",
		"عايز بوتاجاز 5 شعلة اسود عشان الولاد بيكسروا كل حاجة",
	} {
		res := understandText(t, r, text)
		if res.Intent != Order || len(res.Items) != 1 || res.Items[0].SKU != "CK-5" || len(res.Unexplained) > 0 {
			t.Errorf("%s: %s %+v unexplained %v, want the cooker alone, all read", text, res.Intent, res.Items, res.Unexplained)
		}
	}
}
