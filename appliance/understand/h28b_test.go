package understand

import (
	"slices"
	"testing"
)

// Round 28's first-contact classes of what kind of message it is (branch
// h28b), on a small bakery-equipment shop of its own (none of the blind
// sets' catalogs or sentences): an oven whose head noun "فرن" is also what
// a baker opens, trays, paper bags, an apron made in two colours.
const h28bCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
OVEN-GAS,فرن غاز,Gas oven,فرن|فرن بلدي,أفران,piece,18000,3,ستانلس,
TRAY-BAKE,صينية خبز,Baking tray,صينية|صواني,أدوات,piece,150,40,ألومنيوم,
BAG-PAPER,كيس ورق,Paper bag,شنطة ورق|اكياس ورق,تغليف,piece,2,5000,ورق,
APRON,مريلة شيف,Chef apron,مريلة|مريله,ملابس,piece,120,30,قطن,أبيض|أسود
`

const h28bVocab = `صينية, senia, sanya
فرن, forn
مريلة, maryala
`

// TestRules_SupposedDefectAsked: a breakage, a misfit or a return said in
// a clause that "لو" (if) governs is supposed — a question about warranty
// or returns before buying, for a person — never a complaint; a polite
// "لو سمحت" governs nothing, and a defect told outside the clause is
// still one.
func TestRules_SupposedDefectAsked(t *testing.T) {
	r := rulesFrom(t, h28bCSV, h28bVocab)
	for _, text := range []string{
		"ينفع اقسط الفرن الغاز على ٣ شهور؟ ولو باظ الضمان قد ايه؟",
		"بتقبلوا ترجيع لو الصينية طلعت مش مظبوطة؟",
		"وبتقبلوا استرجاع لو المريلة طلعت مش مقاسي؟",
	} {
		if res := understandText(t, r, text); res.Intent == Complaint {
			t.Errorf("%s: read as a complaint, want a question (%+v)", text, res)
		}
	}
	for _, text := range []string{
		"الفرن باظ بعد اسبوع، لو سمحت حد يكلمني",
		"الفرن اللي خدته باظ، ولو مش هتصلحوه عايز فلوسي",
	} {
		if res := understandText(t, r, text); res.Intent != Complaint {
			t.Errorf("%s: intent %v, want a complaint", text, res.Intent)
		}
	}
}

// TestRules_CameWithAFault: goods named by a relative clause on a verb of
// coming ("اللي جت امبارح", "اللي وصلوا") are goods delivered; a part of
// them said in a passive participle ("نصها مبلول") or them said in a
// negated participle ("مش لازقة") is a defect of what came — a complaint
// with no known defect word, never an order of them. The speaker's own
// mind ("مش عارف") and a supposition are none.
func TestRules_CameWithAFault(t *testing.T) {
	r := rulesFrom(t, h28bCSV, h28bVocab)
	for _, text := range []string{
		"الاكياس الورق اللي جت امبارح نصها مبلول",
		"الصواني اللي وصلت النهارده بعضها معووج والاكياس مش لازقة",
		"الاكياس اللي جم مش قافلة خالص",
	} {
		if res := understandText(t, r, text); res.Intent != Complaint {
			t.Errorf("%s: intent %v, want a complaint", text, res.Intent)
		}
	}
	for _, text := range []string{
		"الاكياس اللي جت امبارح حلوة جدا، عايز ٥٠٠ كمان",
		"لو الاكياس اللي جت نصها مبلول بترجعوها؟",
	} {
		if res := understandText(t, r, text); res.Intent == Complaint {
			t.Errorf("%s: read as a complaint", text)
		}
	}
}

// TestRules_LifeToldBeforeOrder: what the customer has just opened or
// started ("انا لسه فاتح فرن صغير", "انا لسه بادئ مشروع"), or what one of
// the family will do ("ابني هيفتح فرن"), told before the order, is the
// story's — its noun no goods even where the catalog sells one (a baker
// opens a "فرن"); the order after it is read alone.
func TestRules_LifeToldBeforeOrder(t *testing.T) {
	r := rulesFrom(t, h28bCSV, h28bVocab)
	for _, text := range []string{
		"صباح الخير، انا لسه فاتح فرن صغير في المنصورة، عايز ١٠ صينية خبز و٥٠٠ كيس ورق",
		"انا لسه بادئ مشروع فرن بلدي فوق السطح، محتاج ١٠ صينية خبز و٥٠٠ كيس ورق",
		"ابني هيفتح فرن ان شاء الله وعايز افرحه، عايز ١٠ صينية خبز و٥٠٠ كيس ورق",
		"ana lessa fate7 forn soghayar, 3ayez 10 senia w 500 kis wara2",
	} {
		res := understandText(t, r, text)
		if got := skusOf(res); !slices.Equal(got, []string{"BAG-PAPER", "TRAY-BAKE"}) {
			t.Errorf("%s: lines %v, want [BAG-PAPER TRAY-BAKE] (%+v)", text, got, res.Items)
		}
	}
	// the request after the family's story named with a colour, no figure
	res := understandText(t, r, "بنتي هتفتح فرن ان شاء الله وعايزة افرحها، عايزة مريلة بيضا وصينية خبز")
	if got := skusOf(res); !slices.Equal(got, []string{"APRON", "TRAY-BAKE"}) {
		t.Errorf("lines %v, want [APRON TRAY-BAKE] (%+v)", got, res.Items)
	}
	// an oven ordered after the teller's pronoun is still an order
	res = understandText(t, r, "انا عايز فرن غاز و١٠ صينية خبز")
	if got := skusOf(res); !slices.Equal(got, []string{"OVEN-GAS", "TRAY-BAKE"}) {
		t.Errorf("lines %v, want [OVEN-GAS TRAY-BAKE]", got)
	}
}

// TestRules_WordsAClerkPlaces: words around an order a clerk understands
// and the rules left unexplained — a form of address after the vocative
// closing its clause ("بكام يا كبير؟", Franco "ya kbeer"), "سادة" (plain,
// no print) of goods no name calls so, what is not to be done ("من غير ما
// تطبعوا عليها اي حاجة"), and what the customer will do by hand ("هلف
// الخيط بنفسي", no line of the catalog's word in it).
func TestRules_WordsAClerkPlaces(t *testing.T) {
	r := rulesFrom(t, h28bCSV, h28bVocab)
	for _, c := range []struct {
		text string
		skus []string
	}{
		{"الصينية الخبز بكام يا كبير؟", []string{"TRAY-BAKE"}},
		{"el senia b kam ya kbeer?", []string{"TRAY-BAKE"}},
		{"السلام عليكم يا قمرات، عايزة ١٠ صينية خبز", []string{"TRAY-BAKE"}},
		{"عايز ٥٠٠ كيس ورق سادة", []string{"BAG-PAPER"}},
		{"عايز ٥٠٠ كيس ورق، من غير ما تطبعوا عليهم اي حاجة", []string{"BAG-PAPER"}},
		{"عايز فرن غاز بس من غير صواني، هجيب الصواني بنفسي", []string{"OVEN-GAS"}},
	} {
		res := understandText(t, r, c.text)
		if got := skusOf(res); !slices.Equal(got, c.skus) || len(res.Unexplained) > 0 {
			t.Errorf("%s: lines %v unexplained %q, want %v and every word placed", c.text, got, res.Unexplained, c.skus)
		}
	}
	// "يا" before goods still names them: "يا ريت" is a wish
	res := understandText(t, r, "ياريت ١٠ صينية خبز يا كبير")
	if got := skusOf(res); !slices.Equal(got, []string{"TRAY-BAKE"}) {
		t.Errorf("lines %v, want [TRAY-BAKE]", got)
	}
}

// An oven maker's shop: home and industrial ovens and the racks for each,
// dried egg white (بياض) beside an apron made in white (أبيض).
const h28bOvenCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
OVEN-GAS,فرن غاز منزلي,Home gas oven,فرن غاز,أفران,piece,9000,3,ستانلس,
OVEN-ELEC,فرن كهربا منزلي,Home electric oven,فرن كهربا,أفران,piece,7000,3,ستانلس,
OVEN-IND,فرن صناعي دوار,Industrial rotary oven,فرن دوار,أفران,piece,95000,1,ستانلس,
RACK-HOME,رف فرن منزلي,Home oven rack,,إكسسوارات,piece,150,50,ستانلس,
RACK-IND,رف فرن صناعي,Industrial oven rack,,إكسسوارات,piece,400,50,ستانلس,
EGG-WHITE,بياض بيض مجفف,Dried egg white,بياض,خامات,piece,300,20,,
APRON,مريلة شيف,Chef apron,مريلة,ملابس,piece,120,30,قطن,أبيض|أسود
SIEVE,منخل ستانلس,Stainless sieve,منخل دقيق,أدوات,piece,90,30,ستانلس,
`

const h28bOvenVocab = `فرن, forn
رف, raf
مريلة, maryala
`

// TestRules_UseAndFrancoChoose: words of use choose as a clerk reads them
// — "للبيت" (for the home) is the catalog's "منزلي", so the which-question
// leaves the industrial oven out; an accessory said "for" the goods of the
// line before ("و٢ رف للفرن", Franco "lel forn") is the one of their kind
// (منزلي); Franco "bayad"/"beyad" with no first alif and the long a of
// "بياض" written is that word, never the colour أبيض ("abyad" still is).
func TestRules_UseAndFrancoChoose(t *testing.T) {
	r := rulesFrom(t, h28bOvenCSV, h28bOvenVocab)
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"عايز فرن للبيت", []string{"OVEN-ELEC", "OVEN-GAS"}},
		{"عايز فرن", []string{"OVEN-ELEC", "OVEN-GAS", "OVEN-IND"}},
		{"3ayez forn ghaz w 2 raf lel forn", []string{"OVEN-GAS", "RACK-HOME"}},
		{"3ayez forn dawar w 2 raf lel forn", []string{"OVEN-IND", "RACK-IND"}},
		{"عايز فرن غاز و٢ رف للفرن", []string{"OVEN-GAS", "RACK-HOME"}},
		{"3ayez 2 raf", []string{"RACK-HOME", "RACK-IND"}},
		{"el bayad b kam?", []string{"EGG-WHITE"}},
		{"3ayez maryala abyad", []string{"APRON"}},
	} {
		res := understandText(t, r, tc.text)
		if got := linesAsked(res); !slices.Equal(got, tc.want) {
			t.Errorf("%s: %v, want %v", tc.text, got, tc.want)
		}
	}
	if res := understandText(t, r, "3ayez maryala abyad"); len(res.Items) != 1 || res.Items[0].Color != "أبيض" {
		t.Errorf("abyad: %+v, want the white apron", res.Items)
	}
}

// TestRules_ShopWordDescribesUnknownGoods: a word of the shop's names said
// right after goods the shop does not name (after their amount or pack)
// describes them — Arabic puts the head noun first: "شيكارتين دقيق رف" is
// flour (a word of a sieve's "منخل دقيق" here) — and is no line of the
// product it names; the goods are a line for a person. Said after "و"
// with its own amount, it is still its own line.
func TestRules_ShopWordDescribesUnknownGoods(t *testing.T) {
	r := rulesFrom(t, h28bOvenCSV, h28bOvenVocab)
	for _, text := range []string{
		"عايز مريلة سودا وشيكارتين دقيق رف",
		"عايز فرن دوار وشيكارتين دقيق رف",
	} {
		res := understandText(t, r, text)
		if got := skusOf(res); len(got) != 2 || got[0] != "" || got[1] == "EGG-WHITE" || got[1] == "RACK-HOME" {
			t.Errorf("%s: lines %v, want the goods ordered first and a line of no product", text, got)
		}
		for _, it := range res.Items {
			if it.SKU == "" && !it.Unread {
				t.Errorf("%s: %q not for a person", text, it.Phrase)
			}
		}
	}
	res := understandText(t, r, "عايز مريلة سودا و٢ رف فرن صناعي")
	if got := skusOf(res); !slices.Equal(got, []string{"APRON", "RACK-IND"}) {
		t.Errorf("lines %v, want [APRON RACK-IND]", got)
	}
}
