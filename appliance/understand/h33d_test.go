package understand

import (
	"slices"
	"testing"
)

// Round 33's measures and services (branch h33d), on small catalogs of
// their own (none of the blind sets' catalogs or sentences): a cleaning
// company selling its work by the hour, book binding by the book, a
// wooden garden fence by the running metre; a print shop printing on
// mugs and T-shirts beside the blank goods it keeps in stock.
const h33dCleanCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
CLEAN-HOUR,تنظيف شقة (للساعة),Apartment cleaning (per hour),تنظيف|نضافة شقة,تنظيف,piece,120,,,
CLEAN-SOFA,تنظيف كنب بالبخار,Steam sofa cleaning,تنظيف كنب,تنظيف,piece,300,,,
DETERGENT,منظف أرضيات 3 لتر,Floor cleaner 3 l,منظف,منظفات,piece,90,40,,
BIND-BOOK,تجليد كتاب,Book binding,تجليد,تجليد,piece,40,,,
FENCE-WOOD,سور خشب للجنينة,Wooden garden fence,سور خشب|سور,أسوار,meter,450,,,بني|أخضر
`

const h33dCleanVocab = `تنظيف, نضافة, tanzeef, cleaning
ساعة, ساعه, hour, sa3a
كتاب, كتب, book, books, ketab, kotob
تجليد, tagleed, binding
سور, sour, fence
بني, brown, bony => بني
اخضر, أخضر, green => أخضر
`

// TestRules_HoursOfAServicePricedPerHour: a service whose name says it is
// priced by the hour ("(للساعة)", "(per hour)", "بالساعة") counted in
// hours ("٣ ساعات", "ساعتين", "for 4 hours", Franco "3 sa3at") is that
// many of it — never one session with the hours left unread — and a flat
// the work is done in ("تنظيف شقة ٣ ساعات") gives its figure to the
// hours after it, no flat number.
func TestRules_HoursOfAServicePricedPerHour(t *testing.T) {
	r := rulesFrom(t, h33dCleanCSV, h33dCleanVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز تنظيف شقة ٣ ساعات", []wantItem{{"CLEAN-HOUR", 3, "", nil}}},
		{"محتاج نضافة للشقة ساعتين يوم الخميس", []wantItem{{"CLEAN-HOUR", 2, "", nil}}},
		{"I need apartment cleaning for 4 hours", []wantItem{{"CLEAN-HOUR", 4, "", nil}}},
		{"3ayez tanzeef sha2a 3 sa3at", []wantItem{{"CLEAN-HOUR", 3, "", nil}}},
	})
	// the hour priced is no count said bare: one, as before
	checkCases(t, r, Order, []itemCase{
		{"عايز تنظيف شقة", []wantItem{{"CLEAN-HOUR", 1, "", nil}}},
	})
}

// TestRules_RunWithItsHeightAfterIt: goods sold by the running metre
// measured "طوله ٦ متر ونص وارتفاعه متر" (its length, and its height
// joined by و) are 6.5 m of the run: the height word after و opens the
// next side, never makes the length a height (the size asked).
func TestRules_RunWithItsHeightAfterIt(t *testing.T) {
	r := rulesFrom(t, h33dCleanCSV, h33dCleanVocab)
	for _, c := range []itemCase{
		{"عايز سور خشب بني طوله ٦ متر ونص وارتفاعه متر", []wantItem{{"FENCE-WOOD", 6.5, "بني", nil}}},
		{"عايز سور خشب بني ٦ متر ونص وارتفاعه ٨٠ سم", []wantItem{{"FENCE-WOOD", 6.5, "بني", nil}}},
		{"3ayez sour 5ashab bony tolo 6 metr w nos w ertefa3o metr", []wantItem{{"FENCE-WOOD", 6.5, "بني", nil}}},
		{"I need a brown wooden fence 6.5 m long and 1 m high", []wantItem{{"FENCE-WOOD", 6.5, "بني", nil}}},
	} {
		checkItems(t, r, c.text, Order, c.want)
		res := understandText(t, r, c.text)
		if len(res.Items) == 1 && slices.Contains(res.Items[0].Missing, "size") {
			t.Errorf("%q: the size asked, though its length was said", c.text)
		}
	}
}

const h33dPrintCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
PRINT-MUG,طباعة مج,Mug printing,طباعة على مج,طباعة,piece,60,,,
MUG-WHITE,مج سيراميك أبيض,White ceramic mug,مج,مجات,piece,35,100,,
PRINT-SHIRT,طباعة تيشيرت وش واحد,T-shirt print one side,طباعة تيشيرت,طباعة,piece,80,,,
ENGRAVE-PEN,حفر اسم على قلم,Name engraving on a pen,حفر قلم,حفر,piece,25,,,
PEN-METAL,قلم معدن,Metal pen,قلم,أقلام,piece,50,200,,
`

const h33dPrintVocab = `مج, مجات, ماج, mug, mugs
طباعة, طباعه, اطبع, print, printing, teba3a
تيشيرت, تيشرت, تيشيرتات, tshirt, t-shirt, tshirts
قلم, اقلام, pen, pens, alam
حفر, engraving, 7afr
`

// TestRules_WorkCountedByItsObject: a work the shop makes to order by the
// piece, said by its noun or its verb ("طباعة", "اطبع", "وتطبعولي منه"),
// then a count and the work's own object as its name says it ("٥
// تيشيرتات"), is that many of the work — never one with the count left
// unread; "on", "for", "منه" may stand between.
func TestRules_WorkCountedByItsObject(t *testing.T) {
	r := rulesFrom(t, h33dPrintCSV, h33dPrintVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز طباعة ٥ تيشيرتات", []wantItem{{"PRINT-SHIRT", 5, "", nil}}},
		{"عايز اطبع ٥ تيشيرت", []wantItem{{"PRINT-SHIRT", 5, "", nil}}},
		{"هبعتلك اللوجو وتطبعولي منه ٥ تيشيرتات", []wantItem{{"PRINT-SHIRT", 5, "", nil}}},
		{"3ayez teba3a 5 tshirts", []wantItem{{"PRINT-SHIRT", 5, "", nil}}},
		{"I want printing on 5 tshirts", []wantItem{{"PRINT-SHIRT", 5, "", nil}}},
		{"عايز حفر اسم على ٣ اقلام", []wantItem{{"ENGRAVE-PEN", 3, "", nil}}},
	})
}

const h33dGlassCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
GLASS-FROST,زجاج شباك فاميه,Frosted window glass,زجاج فاميه|ازاز فاميه,زجاج,sqm,400,,زجاج,
GLASS-CLEAR,زجاج شباك شفاف,Clear window glass,زجاج شفاف|ازاز شفاف,زجاج,sqm,300,,زجاج,
MIRROR-RND,مراية دايرة 60 سم,Round mirror 60 cm,مراية دايرة,مرايات,piece,500,8,,
`

const h33dGlassVocab = `زجاج, ازاز, قزاز, glass, ezaz
شباك, شبابيك, شباكين, window, windows, shebak, shebakeen
فاميه, فيميه, frosted, fameh
`

// TestRules_AnotherWindowInItsOwnSize: goods sold by the m² measured per
// window ("شباكين كل واحد ٨٠ في ١٢٠"), then after و the window word again
// or a room's window ("وشباك الحمام ٦٠ في ٦٠", Franco "w shebak el
// matba5") with another size: a line of its own, the pieces of one size
// summed (1.92 m²) and the other apart (0.36 m²) — never one line of four
// figures each counted twice.
func TestRules_AnotherWindowInItsOwnSize(t *testing.T) {
	r := rulesFrom(t, h33dGlassCSV, h33dGlassVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز زجاج فاميه، شباكين كل واحد ٨٠ في ١٢٠ وشباك الحمام ٦٠ في ٦٠",
			[]wantItem{{"GLASS-FROST", 1.92, "", []int{80, 120}}, {"GLASS-FROST", 0.36, "", []int{60, 60}}}},
		{"عايز ازاز فاميه ٣ شبابيك كل شباك ١٠٠ في ١٢٠ وشباك المطبخ ٨٠ في ٦٠",
			[]wantItem{{"GLASS-FROST", 3.6, "", []int{100, 120}}, {"GLASS-FROST", 0.48, "", []int{80, 60}}}},
		{"3ayez ezaz fameh, shebakeen kol wa7ed 80 f 120 w shebak el matba5 60 f 60",
			[]wantItem{{"GLASS-FROST", 1.92, "", []int{80, 120}}, {"GLASS-FROST", 0.36, "", []int{60, 60}}}},
	})
}

const h33dMattressCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
MAT-120,مرتبة سوست 120×190,Spring mattress 120×190,مرتبة 120 في 190,مراتب,piece,3500,10,,
MAT-160,مرتبة سوست 160×200,Spring mattress 160×200,مرتبة 160 في 200,مراتب,piece,5200,6,,
MAT-90,مرتبة سوست 90×190,Spring mattress 90×190,مرتبة 90 في 190,مراتب,piece,2800,12,,
PILLOW,مخدة فايبر,Fiber pillow,مخدة,مخدات,piece,150,50,,
`

const h33dMattressVocab = `مرتبة, مرتبه, مراتب, martaba, mattress, mattresses
في, ×, x, f, by
`

// TestRules_CountAfterEachNamedSize: goods named by their size, each size
// said with its count after it ("مراتب ١٢٠ في ١٩٠ اتنين و١٦٠ في ٢٠٠
// واحدة", Franco "… etnen w 160 f 200 wa7da"): after و, the other size a
// sibling's name gives is a line of that sibling, each with its own count
// — never one line of four sides (the second size's goods counted as the
// first's).
func TestRules_CountAfterEachNamedSize(t *testing.T) {
	r := rulesFrom(t, h33dMattressCSV, h33dMattressVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز مراتب ١٢٠ في ١٩٠ اتنين و١٦٠ في ٢٠٠ واحدة", []wantItem{{"MAT-120", 2, "", []int{120, 190}}, {"MAT-160", 1, "", []int{160, 200}}}},
		{"عايز مرتبة ٩٠ في ١٩٠ تلاتة و١٢٠ في ١٩٠ واحدة", []wantItem{{"MAT-90", 3, "", []int{90, 190}}, {"MAT-120", 1, "", []int{120, 190}}}},
		{"3ayez marateb 120 f 190 etnen w 160 f 200 wa7da", []wantItem{{"MAT-120", 2, "", []int{120, 190}}, {"MAT-160", 1, "", []int{160, 200}}}},
		{"عايز مرتبة ١٢٠ في ١٩٠ و١٦٠ في ٢٠٠", []wantItem{{"MAT-120", 1, "", []int{120, 190}}, {"MAT-160", 1, "", []int{160, 200}}}},
	})
}
