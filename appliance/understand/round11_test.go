package understand

import (
	"testing"
)

// Round 11's first-contact classes, on a small hardware and garden shop:
// nails named by their length, a bolt by its thickness, pieces whose
// names carry no figure, and a carpet sold by the metre.
const round11CSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
NAIL5,مسمار صلب ٥ سم,Steel nail 5 cm,مسمار ٥|masmar 5,مسامير,piece,2,9000,صلب,
NAIL8,مسمار صلب ٨ سم,Steel nail 8 cm,مسمار ٨|masmar 8,مسامير,piece,3,9000,صلب,
BOLT10,صامولة ١٠ مم,Nut 10 mm,صامولة,مسامير,piece,1,9000,حديد,
LOCK,قفل باب,Door lock,قفل|2efl,أقفال,piece,150,300,نحاس,فضي|ذهبي
MAT,حصيرة فوم,Foam mat,حصيرة|7aseera,أرضيات,piece,40,500,فوم,أزرق|أخضر
PIPE,ماسورة حديد,Iron pipe,ماسورة|masoora,مواسير,piece,220,200,حديد,
CHAIR,كرسي بلاستيك,Plastic chair,كرسي|korsy,كراسي,piece,180,300,بلاستيك,أبيض|أخضر
CARPET,موكيت رول عرض ٤ متر,Carpet roll 4 m wide,موكيت|mokeet,أرضيات,meter,300,800,بوليستر,رمادي|بيج
`

func round11Rules(t testing.TB) *Rules {
	t.Helper()
	return rulesFrom(t, round11CSV, "ابيض, abyad, white => أبيض\nاخضر, akhdar, green => أخضر\nازرق, azra2, blue => أزرق\nرمادي, rsasy, grey => رمادي\nبيج, beige => بيج\nدهبي, dahabi, gold => ذهبي\nفضي, fedy, silver => فضي\n")
}

// TestRules_DozensAfterTheProduct: dozens said after the product, after a
// size its name carries too ("مسمار … ٥ سم ٣ دستة"), are how many; never a
// side of the size, whatever the product's unit.
func TestRules_DozensAfterTheProduct(t *testing.T) {
	r := round11Rules(t)
	checkCases(t, r, Order, []itemCase{
		{"مسمار صلب ٥ سم ٣ دستة", []wantItem{{"NAIL5", 36, "", nil}}},
		{"عايز قفل باب دهبي ٢ دستة", []wantItem{{"LOCK", 24, "ذهبي", nil}}},
		{"قفل باب فضي دستة ونص", []wantItem{{"LOCK", 18, "فضي", nil}}},
		{"3ayez 2efl fedy 2 dasta", []wantItem{{"LOCK", 24, "فضي", nil}}},
		{"door lock in silver, 2 dozen please", []wantItem{{"LOCK", 24, "فضي", nil}}},
	})
}
