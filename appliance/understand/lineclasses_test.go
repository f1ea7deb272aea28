package understand

import "testing"

// A fabric shop whose vocabulary groups a service's Arabic name with Latin
// spellings (the group's unit is then a Latin word), and a tile shop that
// sells the laying labour of each kind of tile.
const tailorCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
SAT,قماش ساتان,Satin fabric,,أقمشة,meter,180,,,أبيض|ذهبي
LNN,قماش كتان,Linen fabric,,أقمشة,meter,240,,,بيج|رمادي
KHT,تفصيل ستارة كسرات,Pleated curtain tailoring,,خدمات,meter,70,,,
RAIL,مجرى ستارة ألومنيوم,Aluminium curtain rail,,مجاري,meter,110,,,أبيض|فضي
`

const tailorVocab = "تفصيل, تفصيله, خياطة, tafseel, tailoring\nكتان, لينن, linen\nساتان, satan, satin\nابيض, abyad, white => أبيض\nبيج, beige => بيج\nرمادي, grey => رمادي\nفضي, silver => فضي\n"

// TestRules_ServiceOfGoodsSpelt: a service whose name heads with a تفعيل
// verbal noun is one however the vocabulary spells its unit ("tafseel"):
// said with no amount after the goods, it is done to them in their unit.
func TestRules_ServiceOfGoodsSpelt(t *testing.T) {
	r := rulesFrom(t, tailorCSV, tailorVocab)
	checkCases(t, r, Order, []itemCase{
		{"محتاجة ١٥ متر ساتان أبيض ومعاه الخياطة", []wantItem{{"SAT", 15, "أبيض", nil}, {"KHT", 15, "", nil}}},
		{"عايز ٩ متر كتان رمادي بالتفصيل", []wantItem{{"LNN", 9, "رمادي", nil}, {"KHT", 9, "", nil}}},
		{"3ayza 6 metr satan abyad w tafseel", []wantItem{{"SAT", 6, "أبيض", nil}, {"KHT", 6, "", nil}}},
		{"7 m of beige linen fabric with the tailoring", []wantItem{{"LNN", 7, "بيج", nil}, {"KHT", 7, "", nil}}},
	})
}
