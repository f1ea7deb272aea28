package understand

import (
	"context"
	"testing"
)

// The tenth session's classes (branch h17a), on a small glass, shower and
// pergola-covering shop of its own (none of the blind sets' catalogs or
// sentences): glass cut to size by the m², acrylic and polycarbonate
// sheets, two shower hinges named alike in Arabic, a pergola covering
// named by its verbal noun ("تغطية") beside the shop's installation of
// coverings, and a door closer arm named only in Arabic as an arm.
const h17aCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
SEC-10-SQM,زجاج سيكوريت 10 مم مقصوص بالمتر المربع,Tempered glass 10 mm cut to size per m²,سيكوريت 10|سيكوريت مقصوص,زجاج,sqm,1400,,زجاج,شفاف|فيميه
ACR-SHEET,لوح أكريليك 3 مم 122×244,Acrylic sheet 3 mm,أكريليك|لوح اكريليك,ألواح,piece,2300,40,أكريليك,شفاف|أبيض لبني
POLY-6,لوح بولي كربونات 6 مم 210×600,Polycarbonate 6 mm 210x600,بولي كربونات|بولي,ألواح,piece,3100,25,بولي كربونات,شفاف|بني فاتح|بني غامق
HNG-180,مفصلة شاور 180 درجة,Standard 180 degree shower hinge,,اكسسوارات,piece,450,200,ستانلس,فضي|أسود
HNG-90,مفصلة شاور 90 درجة,Wall-mount 90 degree shower hinge,,اكسسوارات,piece,480,150,ستانلس,فضي|أسود
DOOR-ARM,ذراع غلق باب زجاج,Glass door closer,,اكسسوارات,piece,900,30,ستانلس,
COVER-SQM,تغطية برجولة بولي كربونات بالمتر المربع,Pergola polycarbonate covering per m²,تغطية برجولة|سقف برجولة,تغطيات,sqm,950,,بولي كربونات,شفاف|بني غامق
FRAME-SQM,هيكل ألومنيوم للتغطية بالمتر المربع,Aluminium frame for coverings per m²,هيكل|شاسيه,تغطيات,sqm,600,,ألومنيوم,
INST-COVER,تركيب تغطيات بالمتر المربع,Covering installation per m²,تركيب تغطية,خدمات,sqm,150,,,
`

const h17aVocab = `لوح, لوحة, الواح, ألواح, lo7
مفصلة, مفصله, مفصلات, mafsala
بولي كربونات, بولي كاربونيت, polycarbonate
سيكوريت, سكوريت, securit
ابيض, أبيض, white => أبيض
اسود, أسود, black => أسود
شفاف, clear, transparent => شفاف
`

func h17aRules(t testing.TB) *Rules {
	t.Helper()
	return rulesFrom(t, h17aCSV, h17aVocab)
}

// TestRules_AsideOfAnOrder: what a customer says beside the goods and
// changes nothing in them is placed: the client they buy for named ("والزبونة
// عايزة …", "الزبون"), where they speak from ("من الورشة"), a clause of time
// ("قبل ما نشتري": before we buy) and the rest left for later with words
// between ("والباقي هقولك عليه بعدين").
func TestRules_AsideOfAnOrder(t *testing.T) {
	r := h17aRules(t)
	for _, tt := range []itemCase{
		{"انا بكلمك من الورشة والزبونة عايزة ٤ مفصلة شاور 180 فضي", []wantItem{{"HNG-180", 4, "فضي", nil}}},
		{"الزبون عايز ٤ مفصلة شاور 90 اسود", []wantItem{{"HNG-90", 4, "أسود", nil}}},
		{"عايز سعر ٣ الواح اكريليك شفاف قبل ما نشتري", []wantItem{{"ACR-SHEET", 3, "شفاف", nil}}},
		{"عايز ٢ لوح بولي كربونات شفاف والباقي هقولك عليه بعدين", []wantItem{{"POLY-6", 2, "شفاف", nil}}},
	} {
		t.Run(tt.text, func(t *testing.T) { checkPlaced(t, r, tt.text, "", tt.want) })
	}
	// "والباقي" of a count stays what it was: unexplained, a person reads it
	res, err := r.Understand(context.Background(), "عايز ٢ لوح بولي كربونات شفاف والباقي بني")
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Unexplained) == 0 {
		t.Errorf("the rest of a count placed: %+v", res.Items)
	}
}

// TestRules_GoodsDeductedIsForStaff: the customer's own goods taken back
// and deducted from the bill ("تاخدوها وتخصموها من الحساب") is a question for
// staff, no order of the goods named.
func TestRules_GoodsDeductedIsForStaff(t *testing.T) {
	r := h17aRules(t)
	for _, text := range []string{
		"عندي ٣ الواح اكريليك زيادة ممكن تاخدوها مني وتخصموها من الفاتورة؟",
		"ممكن تفكوا الشاور القديم وتخصموه من الجديد؟",
	} {
		res, err := r.Understand(context.Background(), text)
		if err != nil {
			t.Fatal(err)
		}
		if res.Intent != Other || len(res.Service) == 0 || len(res.Items) > 0 {
			t.Errorf("%s: intent %s service %q items %+v", text, res.Intent, res.Service, res.Items)
		}
	}
	// "خصم" asked of a price is no goods taken back
	res, err := r.Understand(context.Background(), "عايز ٣ الواح اكريليك شفاف، فيه خصم؟")
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Items) != 1 || res.Items[0].SKU != "ACR-SHEET" {
		t.Errorf("a discount asked lost the order: %+v", res)
	}
}

// TestRules_InstalledGoodsNamedByVerbalNoun: a product whose name heads
// with a verbal noun ("تغطية برجولة") is goods, not a service, when the
// shop's installation names that noun as what it installs ("تركيب
// تغطيات"): the installation said with no amount is done to its area.
func TestRules_InstalledGoodsNamedByVerbalNoun(t *testing.T) {
	r := h17aRules(t)
	checkCases(t, r, Order, []itemCase{
		{"عايز تغطية برجولة بولي كربونات بني غامق ٥ في ٤ بالتركيب", []wantItem{
			{"COVER-SQM", 20, "بني غامق", []int{500, 400}}, {"INST-COVER", 20, "", []int{500, 400}}}},
		{"تغطية برجولة شفاف ٣ في ٢ والتركيب", []wantItem{
			{"COVER-SQM", 6, "شفاف", []int{300, 200}}, {"INST-COVER", 6, "", []int{300, 200}}}},
	})
}

// TestRules_WallGenitive: a wall, ceiling or floor named by its genitive
// ("سقف السلم", "حيطة الشاشة") says which one, no goods.
func TestRules_WallGenitive(t *testing.T) {
	r := h17aRules(t)
	checkPlaced(t, r, "سقف السلم عرضه ٥ وطوله ٤ عايزه تغطية برجولة شفاف", Order, []wantItem{{"COVER-SQM", 20, "شفاف", []int{500, 400}}})
	checkPlaced(t, r, "حيطة الشاشة عرضها ٢ وارتفاعها ١.٥ عايزها سيكوريت ١٠ مم فيميه", Order, []wantItem{{"SEC-10-SQM", 3, "فيميه", []int{200, 150}}})
}

// TestRules_EnglishCountedInMeasureOf: English "N sheets of X", "N lengths
// of X": the noun before "of" is what X is counted in, never a product of
// its own (an "Acrylic sheet" beside the polycarbonate).
func TestRules_EnglishCountedInMeasureOf(t *testing.T) {
	r := h17aRules(t)
	checkCases(t, r, Order, []itemCase{
		{"I need 5 sheets of polycarbonate in clear", []wantItem{{"POLY-6", 5, "شفاف", nil}}},
		{"5 sheets of the clear polycarbonate please", []wantItem{{"POLY-6", 5, "شفاف", nil}}},
		{"3 acrylic sheets in white", []wantItem{{"ACR-SHEET", 3, "أبيض لبني", nil}}},
	})
}

// TestRules_PlainByTheCatalogsName: "normal", "عادي", "3adi" ask the plain
// one, which the catalog's own names may call "standard" in English only,
// where the Arabic names of both say as much.
func TestRules_PlainByTheCatalogsName(t *testing.T) {
	r := h17aRules(t)
	checkCases(t, r, Order, []itemCase{
		{"I need 4 normal shower hinges in black", []wantItem{{"HNG-180", 4, "أسود", nil}}},
		{"عايز ٤ مفصلة شاور عادي اسود", []wantItem{{"HNG-180", 4, "أسود", nil}}},
		{"3ayez 4 mafsala shower 3adi eswed", []wantItem{{"HNG-180", 4, "أسود", nil}}},
	})
}

// TestRules_OnePieceOfASize: a singular piece word after و or a comma,
// right before a size ("وقطعة ٦٠ في ١٩٠", "، وحتة …"), is one piece of that
// size: a line of its own beside the pieces counted before it.
func TestRules_OnePieceOfASize(t *testing.T) {
	r := h17aRules(t)
	checkCases(t, r, Order, []itemCase{
		{"عايز سيكوريت ١٠ مم شفاف: ٢ قطعة ٩٠ في ١٩٠ وقطعة ٦٠ في ١٩٠", []wantItem{
			{"SEC-10-SQM", 3.42, "شفاف", []int{90, 190}}, {"SEC-10-SQM", 1.14, "شفاف", []int{60, 190}}}},
		{"عايز سيكوريت ١٠ مم فيميه ٢ حتة ١٠٠ في ٢٠٠، وحتة ٥٠ في ٢٠٠", []wantItem{
			{"SEC-10-SQM", 4, "فيميه", []int{100, 200}}, {"SEC-10-SQM", 1, "فيميه", []int{50, 200}}}},
	})
}

// TestRules_RoomBeforeAHeader: the room's size said before a list's header
// ("عندي روف ٤ في ٣ عايز له تغطية: الهيكل و …") is the area of its entries
// sold by the m² that say no amount.
func TestRules_RoomBeforeAHeader(t *testing.T) {
	r := h17aRules(t)
	checkCases(t, r, Order, []itemCase{
		{"عندي روف مساحته ٤ في ٣ متر عايز له تغطية: الهيكل و ٢ لوح بولي كربونات شفاف", []wantItem{
			{"FRAME-SQM", 12, "", []int{400, 300}}, {"POLY-6", 2, "شفاف", nil}}},
	})
}

// TestRules_ShadeAlone: a shade said bare ("غامق", "dark") where exactly
// one of the product's colours has it is that colour; two such colours
// leave it asked.
func TestRules_ShadeAlone(t *testing.T) {
	r := h17aRules(t)
	checkCases(t, r, Order, []itemCase{
		{"عايز ٢ لوح بولي كربونات غامق", []wantItem{{"POLY-6", 2, "بني غامق", nil}}},
		{"I want 2 dark polycarbonate", []wantItem{{"POLY-6", 2, "بني غامق", nil}}},
	})
	res, err := r.Understand(context.Background(), "عايز ٢ مفصلة شاور 180 فاتح")
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Items) != 1 || res.Items[0].Color != "" {
		t.Errorf("a shade no colour has chose one: %+v", res.Items)
	}
}

// TestRules_AlsoJoinsTheNextLine: "وكمان" (and also) joins the next line
// as و does: its amount is no size of the line before, and a thing the
// catalog lacks named after it ("مواسير ألومنيوم") is a line for a person.
func TestRules_AlsoJoinsTheNextLine(t *testing.T) {
	r := h17aRules(t)
	for _, text := range []string{
		"عايز ٢ لوح بولي كربونات شفاف و ٣ متر مواسير ألومنيوم",
		"عايز ٢ لوح بولي كربونات شفاف وكمان ٣ متر مواسير ألومنيوم",
		"عايز ٢ لوح بولي كربونات شفاف و ١٠ متر ورق تغطية",
	} {
		res, err := r.Understand(context.Background(), text)
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Items) != 2 || res.Items[0].SKU != "POLY-6" || len(res.Items[0].DimsCM) > 0 || res.Items[1].SKU != "" || !res.Items[1].Unread {
			t.Errorf("%s: items %+v", text, res.Items)
		}
	}
}

// TestRules_EnglishArm: "arm" is the ذراع a catalog names only in Arabic
// ("ذراع غلق باب", a lift-up arm).
func TestRules_EnglishArm(t *testing.T) {
	r := h17aRules(t)
	checkPlaced(t, r, "I need 2 glass door closer arms please", Order, []wantItem{{"DOOR-ARM", 2, "", nil}})
}
