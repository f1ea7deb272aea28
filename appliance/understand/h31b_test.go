package understand

import (
	"slices"
	"testing"
)

// Round 31's first-contact classes (branch h31b), on a glass and mirror
// shop of its own (none of the blind sets' catalogs or sentences): glass
// cut to size by the square metre in two thicknesses, a ready frame whose
// name says its size "في", per-piece work, and a vocabulary that lists
// the size joiner with its Franco letters.
const h31bGlassCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
GL-SEC-6,زجاج سيكوريت 6 مم (بالمتر المربع),Tempered glass 6 mm (per m²),سيكوريت 6 مم,زجاج,sqm,900,20,زجاج,
GL-SEC-10,زجاج سيكوريت 10 مم (بالمتر المربع),Tempered glass 10 mm (per m²),سيكوريت 10 مم,زجاج,sqm,1400,20,زجاج,
MIRROR-4,مراية فضي 4 مم (بالمتر المربع),Silver mirror 4 mm (per m²),مراية 4 مم,مرايات,sqm,700,15,زجاج,
FRAME-4050,برواز صورة 40 في 50 سم,Photo frame 40×50 cm,برواز 40 في 50,براويز,piece,150,10,,
SRV-BEVEL,شطف حواف (للقطعة),Edge bevelling (per piece),شطف|شطف حواف,خدمات,piece,50,,,
SRV-DRILL,تخريم (للقطعة),Hole drilling (per piece),تخريم|خرم,خدمات,piece,30,,,
SRV-FIT,تركيب في الموقع,On-site fitting,تركيب,خدمات,piece,250,,,
`

const h31bGlassVocab = `سيكوريت, securit, sekurit, tempered
مراية, مرايه, mirror, meraya
زجاج, ازاز, glass, ezaz
في, ×, x, f, fe
شطف, bevel, bevelling, shatf
`

// TestRules_SizeJoinerInShopVocabulary: a shop vocabulary listing the
// size joiner with its Franco letters ("في, ×, x, f, fe"), where a name
// says a size with it ("برواز 40 في 50"), still joins two sides: "١٢٠ في
// ٨٠" of glass sold by the m² is 0.96 m², never a size asked; "متر في متر
// ونص" 1.5; Franco "120 f 80" too.
func TestRules_SizeJoinerInShopVocabulary(t *testing.T) {
	r := rulesFrom(t, h31bGlassCSV, h31bGlassVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز زجاج سيكوريت ٦ مم مقاس ١٢٠ في ٨٠ لباب الدش", []wantItem{{"GL-SEC-6", 0.96, "", []int{120, 80}}}},
		{"مراية ٤ مم متر في متر ونص للحمام", []wantItem{{"MIRROR-4", 1.5, "", []int{100, 150}}}},
		{"3ayez ezaz sekurit 10 mm 120 f 80", []wantItem{{"GL-SEC-10", 0.96, "", []int{120, 80}}}},
		{"I need tempered glass 10 mm 120 x 80 cm", []wantItem{{"GL-SEC-10", 0.96, "", []int{120, 80}}}},
		{"٣ قطع سيكوريت ٦ مم كل قطعة ٥٠ في ٤٠", []wantItem{{"GL-SEC-6", 0.6, "", []int{50, 40}}}},
	})
}

// TestRules_PerPieceWorkOnCutPieces: a work priced per piece ("(للقطعة)")
// said "on them" right after glass sold by the m² cut into pieces counted
// ("قطعتين … ٣٠ في ٢٠، وشطف عليهم", "وخرملي عليهم") is done to
// each piece: 2, never 1; the glass stays its area.
func TestRules_PerPieceWorkOnCutPieces(t *testing.T) {
	r := rulesFrom(t, h31bGlassCSV, h31bGlassVocab)
	checkCases(t, r, Order, []itemCase{
		{"قطعتين سيكوريت ٦ مم مقاس ٣٠ في ٢٠، وشطف حواف عليهم", []wantItem{{"GL-SEC-6", 0.12, "", []int{30, 20}}, {"SRV-BEVEL", 2, "", nil}}},
		{"٣ قطع مراية ٤ مم كل قطعة ٥٠ في ٦٠ وخرملي عليهم", []wantItem{{"MIRROR-4", 0.9, "", []int{50, 60}}, {"SRV-DRILL", 3, "", nil}}},
	})
}

// h31bUpholsteryCSV: an upholsterer whose plain sofa work is named
// "عادي" and whose chair work shares its category's words.
const h31bUpholsteryCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
UPH-SOFA,تنجيد كنبة عادي (للمقعد),Sofa reupholstery (per seat),تنجيد كنبة|تنجيد كنب,كنب وكراسي,piece,400,,,
UPH-SOFA-LUX,تنجيد كنبة كابتونيه (للمقعد),Tufted sofa reupholstery (per seat),كابتونيه,كنب وكراسي,piece,650,,,
UPH-CHAIR,تنجيد كرسي سفرة,Dining chair reupholstery,تنجيد كرسي|كرسي سفرة,كنب وكراسي,piece,250,,,
`

// TestRules_PlainOnlyOfTheKindItsNamesSay: the plain one of a kind
// ("تنجيد كنبة عادي") is the bare kind's default only when its own names
// hold the words said: "تنجيد ٦ كراسي" names the chair work, whose names
// say the chair, never the plain sofa whose category alone holds it.
func TestRules_PlainOnlyOfTheKindItsNamesSay(t *testing.T) {
	r := rulesFrom(t, h31bUpholsteryCSV, "كرسي, كراسي, chair, chairs, korsy\nكنبة, كنب, sofa\nتنجيد, tangeed, reupholster\n")
	checkCases(t, r, Order, []itemCase{
		{"عايز تنجيد ٦ كراسي", []wantItem{{"UPH-CHAIR", 6, "", nil}}},
		{"3ayez tangeed 6 korsy", []wantItem{{"UPH-CHAIR", 6, "", nil}}},
		{"عايز تنجيد ٣ كنب", []wantItem{{"UPH-SOFA", 3, "", nil}}},
	})
}

// h31bCleanCSV: a home-cleaning company: floors washed by the m², a
// plain kind and a special one, and chandeliers by size word per piece.
const h31bCleanCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
CL-MARBLE,جلي رخام (بالمتر المربع),Marble polishing (per m²),جلي رخام|تلميع رخام,أرضيات,sqm,35,,,
CL-MOQ,غسيل موكيت عادي (بالمتر المربع),Wall-to-wall carpet wash (per m²),غسيل موكيت|موكيت عادي,موكيت وكليم,sqm,20,,,
CL-MOQ-WOOL,غسيل موكيت صوف (بالمتر المربع),Wool carpet wash (per m²),موكيت صوف|صوف,موكيت وكليم,sqm,30,,,
CL-KILIM,غسيل كليم يدوي (بالمتر المربع),Hand-woven kilim wash (per m²),غسيل كليم|كليم,موكيت وكليم,sqm,45,,,
CL-CHAND-L,غسيل نجفة كبيرة,Large chandelier cleaning,نجفة كبيرة|نجفة ضخمة,نجف,piece,400,,,
CL-CHAND-S,غسيل نجفة صغيرة,Small chandelier cleaning,نجفة صغيرة|ابليك,نجف,piece,150,,,
MENU-HOLD,حامل منيو رخام,Marble menu holder,حامل منيو|منيو,منتجات,piece,120,10,,
`

const h31bCleanVocab = `غسيل, غسل, اغسل, wash, ghasil
موكيت, موكت, moquette, carpet
كليم, كليمه, kilim
نجفة, نجفه, نجف, chandelier, nagafa
منيو, منيوه, menu
`

// TestRules_SizeWordOfGoodsByArea: "الكبير" said of goods sold by the m²
// with no size ("عايز اغسل الموكيت الكبير بتاع الصالة") is how big the
// thing is: its area asked, never alternatives for a variant it lacks.
// "…، مش صوف" (a clause of not and one word of a name) sets that kind
// aside: the plain wash, never the wool one.
func TestRules_SizeWordOfGoodsByArea(t *testing.T) {
	r := rulesFrom(t, h31bCleanCSV, h31bCleanVocab)
	for _, text := range []string{
		"عايز اغسل الموكيت الكبير بتاع الصالة",
		"عايز اغسل الموكيت الكبير بتاع الصالة، مش صوف",
	} {
		res := understandText(t, r, text)
		if got := linesAsked(res); len(got) != 1 || got[0] != "CL-MOQ" {
			t.Errorf("%q: lines %v, want [CL-MOQ]", text, got)
			continue
		}
		if it := res.Items[0]; len(it.Lacks) > 0 || !slices.Contains(it.Missing, "size") {
			t.Errorf("%q: lacks %v, missing %v; want no lacks and the size asked", text, it.Lacks, it.Missing)
		}
	}
}

// TestRules_OfItNoTypo: "منه" (of it) in "وعندكم منه؟" is the goods just
// asked about, never a typo of a name's "منيو".
func TestRules_OfItNoTypo(t *testing.T) {
	r := rulesFrom(t, h31bCleanCSV, h31bCleanVocab)
	res := understandText(t, r, "بكام متر جلي الرخام؟ وعندكم منه؟")
	if got := linesAsked(res); !slices.Equal(got, []string{"CL-MARBLE"}) {
		t.Errorf("lines %v, want [CL-MARBLE]", got)
	}
}
