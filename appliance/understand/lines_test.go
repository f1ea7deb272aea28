package understand

import "testing"

// A kitchen-fittings, paving and bedding shop written for issue 14's
// line-level classes (rounds 5 and 6): pieces that go on other pieces
// (handles and hinges on cabinets), products named by a thickness in mm and
// sold by area, a bed with pillows and quilts, blinds sold by area and a
// remote that runs several.
const linesCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
CAB,دولاب حيطة,Wall cabinet,دولاب معلق,دواليب,piece,3500,10,خشب,أبيض|جوز
HND,مقبض دولاب,Cabinet handle,مقبض|يد دولاب,اكسسوارات,piece,60,500,ألومنيوم,فضي|أسود
HNG,مفصلة هيدروليك,Soft-close hinge,مفصلات,اكسسوارات,piece,45,900,ستانلس,
SHELF,رف زجاج,Glass shelf,رفوف,اكسسوارات,piece,150,100,زجاج,
BED,سرير معدن,Metal bed,سراير,سراير,piece,4000,10,حديد,أسود|أبيض
PIL,مخدة قطن,Cotton pillow,مخدات,مفروشات,piece,200,100,قطن,
QLT,لحاف شتوي,Winter quilt,لحف,مفروشات,piece,900,40,,أبيض|رمادي
PAV60,انترلوك 60 مم,Interlock pavers 60 mm,انترلوك ٦٠,رصف,sqm,180,,خرسانة,رمادي|أحمر
PAV80,انترلوك 80 مم,Interlock pavers 80 mm,انترلوك ٨٠,رصف,sqm,230,,خرسانة,رمادي|أحمر
ROLL,ستارة رول,Roller blind,رول,ستاير,sqm,650,,بوليستر,أبيض|رمادي
RMT,ريموت ستارة,Blind remote,ريموت|remote,ستاير,piece,450,30,,أبيض|أسود
`

func linesRules(t testing.TB) *Rules {
	t.Helper()
	return rulesFrom(t, linesCSV, "ابيض, وايت => أبيض\nاسود, بلاك => أسود\nفضي, سيلفر => فضي\nاحمر, red => أحمر\nجوز, walnut => جوز\n")
}

// TestRules_ThicknessInName: a thickness in mm a name gives chooses the
// product and, when no side is said, is the line's one dimension; the
// metres said beside it are how much, no side of it.
func TestRules_ThicknessInName(t *testing.T) {
	r := linesRules(t)
	checkCases(t, r, Order, []itemCase{
		{"عايز انترلوك ٨٠ مم احمر ٤٥ متر للجراج", []wantItem{{"PAV80", 45, "أحمر", []int{8}}}},
		{"انترلوك 60 مم رمادي 120 متر مربع", []wantItem{{"PAV60", 120, "رمادي", []int{6}}}},
		{"3ayez antarlok 60 mm ramadi 30 metr", []wantItem{{"PAV60", 30, "رمادي", []int{6}}}},
		{"I need 70 sqm of the 80 mm interlock pavers in red", []wantItem{{"PAV80", 70, "أحمر", []int{8}}}},
		// a place's sides said: they are the dimensions
		{"انترلوك ٦٠ مم رمادي لجنينة ٥ في ٤", []wantItem{{"PAV60", 20, "رمادي", []int{500, 400}}}},
	})
}
