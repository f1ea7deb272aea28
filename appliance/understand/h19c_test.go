package understand

import (
	"context"
	"testing"
)

// The classes of round 18 fixed by branch h19c, on two small shops of
// their own (none of the blind sets' catalogs or sentences): water tanks,
// filters and heaters with their services, and carpets and floors sold
// ready or by the m².
const h19cWaterCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
TANK-1000,خزان مياه 1000 لتر,Water tank 1000 L,تانك 1000,خزانات,piece,4200,10,بلاستيك,أبيض|أزرق
FLT-1,فلتر مياه شمعة واحدة,Single-cartridge water filter,فلتر صغير,فلاتر,piece,450,30,,
FLT-2,فلتر مياه شمعتين,Twin-cartridge water filter,فلتر كبير,فلاتر,piece,750,20,,
FLT-MULTI,فلتر مياه متعدد المراحل لتنقية المياه,Multi-stage water purifier,فلتر تحلية,فلاتر,piece,3900,8,,
CART,شمعة فلتر,Filter cartridge,شمعة غيار,قطع غيار,piece,90,200,,
CART-BOX,علبة شمعات غيار,Spare cartridge box,,قطع غيار,piece,240,50,,
COOLER-1,كولدير مياه باب واحد,Water cooler 1 door,,كولديرات,piece,6500,6,,أبيض
COOLER-2,كولدير مياه بابين,Double-door water cooler,كولدير دبل,كولديرات,piece,9800,4,,أبيض
PUMP-2,طلمبة رفع مياه راسين,Twin-head booster pump,موتور رفع,طلمبات,piece,5200,7,,
HTR-SOLAR,سخان شمسي لتسخين المياه,Solar water heater,سخان شمسي,سخانات,piece,14500,3,,
SRV-TANK,صيانة وتنظيف خزان,Tank maintenance and cleaning,تنظيف خزان|غسيل خزان,خدمات,piece,600,,,
BRUSH,فرشة تنظيف خزانات,Tank cleaning brush,فرشة خزان,أدوات,piece,120,40,,
SRV-HTR,تنظيف سخان,Heater descaling,,خدمات,piece,350,,,
`

const h19cWaterVocab = `خزان, خزانات, تانك, tank, khazan
فلتر, فلاتر, فيلتر, filter
شمعة, شمعات, شمع, cartridge
علبة شمعات, كرتونة شمعات, cartridge box
كولدير, كولديرات, cooler
سخان, سخانات, heater
طلمبة, طلمبه, موتور, pump
ابيض, وايت, white => أبيض
ازرق, أزرق, blue => أزرق
`

const h19cFloorCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
RUG-23,سجادة شاجي جاهزة 2×3 متر,Ready shaggy rug 2x3 m,سجادة جاهزة 2 في 3,سجاد,piece,3800,5,بوليستر,بيج
RUG-M,سجادة شاجي بالمتر,Shaggy rug by the m²,سجاد شاجي,سجاد,sqm,650,400,بوليستر,بيج|رمادي|بني
RUG-NYL,سجادة نايلون بالمتر,Nylon rug by the m²,سجاد نايلون,سجاد,sqm,420,300,نايلون,رمادي|أحمر
MOK,موكيت بالمتر,Wall-to-wall carpet by the m²,موكيت,موكيت,sqm,300,900,,رمادي|بيج
LAM-8,باركيه كبس 8 مم,Interlocking laminate 8 mm,باركيه 8,باركيه,sqm,380,600,HDF,
LAM-12,باركيه لصق 12 مم,Glue-down laminate 12 mm,باركيه 12,باركيه,sqm,520,300,HDF,
SRV-MOK,تركيب موكيت بالمتر,Carpet fitting per m²,تركيب موكيت,خدمات,sqm,40,,,
`

const h19cFloorVocab = `سجادة, سجاد, سجاجيد, rug, rugs, carpet
موكيت, موكت, moket
باركيه, باركية, laminate, parquet
رمادي, رصاصي, grey, gray => رمادي
بيج, beige => بيج
بني, brown => بني
احمر, أحمر, red => أحمر
`

func h19cWater(t testing.TB) *Rules {
	t.Helper()
	return rulesFrom(t, h19cWaterCSV, h19cWaterVocab)
}

func h19cFloor(t testing.TB) *Rules {
	t.Helper()
	return rulesFrom(t, h19cFloorCSV, h19cFloorVocab)
}

// TestRules_AndInNameFolded: a service whose name joins two works with و
// is one line when said so, though the second is written with a letter
// the rules fold (ظ of "وتنظيف" read as ض).
func TestRules_AndInNameFolded(t *testing.T) {
	r := h19cWater(t)
	checkPlaced(t, r, "عايز صيانة وتنظيف خزان", Order, []wantItem{{"SRV-TANK", 1, "", nil}})
	checkPlaced(t, r, "عايز صيانة وتنظيف الاسبوع ده", Order, []wantItem{{"SRV-TANK", 1, "", nil}})
	checkPlaced(t, r, "عايز خزان مياه 1000 لتر ازرق وصيانة وتنظيف خزان", Order, []wantItem{{"TANK-1000", 1, "أزرق", nil}, {"SRV-TANK", 1, "", nil}})
}

// TestRules_VerbOfNameNoun: "اللي بيسخن المية" of a heater named "…
// لتسخين المياه", "اللي بينقي المية" of a filter "لتنقية المياه": what the
// product does said as the verb of the verbal noun its name holds.
func TestRules_VerbOfNameNoun(t *testing.T) {
	r := h19cWater(t)
	checkPlaced(t, r, "بكام السخان الشمسي اللي بيسخن المية؟", Inquiry, []wantItem{{"HTR-SOLAR", 1, "", nil}})
	checkPlaced(t, r, "بكام الفلتر المتعدد اللي بينقي المية؟", Inquiry, []wantItem{{"FLT-MULTI", 1, "", nil}})
}

// TestRules_DoubleOfDual: "double", "twin", "دبل" said of a product whose
// name says two of its part (an Arabic dual, "Twin-…") is no word it lacks.
func TestRules_DoubleOfDual(t *testing.T) {
	r := h19cWater(t)
	for _, c := range []itemCase{
		{"I need a double booster pump", []wantItem{{"PUMP-2", 1, "", nil}}},
		{"عايز طلمبة رفع دبل", []wantItem{{"PUMP-2", 1, "", nil}}},
		{"عايز فلتر كبير دبل", []wantItem{{"FLT-2", 1, "", nil}}},
	} {
		checkItems(t, r, c.text, Order, c.want)
		res, err := r.Understand(context.Background(), c.text)
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Items) != 1 || len(res.Items[0].Lacks) > 0 {
			t.Errorf("%s: the product of two is the double one, lacking nothing: %+v", c.text, res.Items)
		}
	}
}

// TestRules_PhrasePluralOfFirst: a phrase read as one unit ("علبة
// شمعات": a box of cartridges) is plural only when its first word is: one
// box, counted once.
func TestRules_PhrasePluralOfFirst(t *testing.T) {
	r := h19cWater(t)
	res, err := r.Understand(context.Background(), "عايز علبة شمعات غيار")
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Items) != 1 || res.Items[0].SKU != "CART-BOX" || res.Items[0].Quantity.Float() != 1 || res.Confidence < 0.9 {
		t.Errorf("one box of cartridges: %+v confidence %.2f", res.Items, res.Confidence)
	}
}

// TestRules_LongVowelAin: Franco writes an ع as the long vowel it is heard
// as ("motaaded" for متعدد).
func TestRules_LongVowelAin(t *testing.T) {
	r := h19cWater(t)
	checkCases(t, r, Order, []itemCase{
		{"3ayez filter motaaded", []wantItem{{"FLT-MULTI", 1, "", nil}}},
		{"3ayez filter mota3aded", []wantItem{{"FLT-MULTI", 1, "", nil}}},
	})
}

// TestRules_ColourChoosesMeasured: the figures said name a ready piece made
// only in one colour; the same goods sold by the m² come in the colour
// said — the figures are its area.
func TestRules_ColourChoosesMeasured(t *testing.T) {
	r := h19cFloor(t)
	checkCases(t, r, Order, []itemCase{
		{"عايز سجادة شاجي رمادي ٣ متر في ٢ متر", []wantItem{{"RUG-M", 6, "رمادي", []int{300, 200}}}},
		{"I need a grey shaggy rug 3 m x 2 m", []wantItem{{"RUG-M", 6, "رمادي", []int{300, 200}}}},
		// the colour the ready one is made in keeps it
		{"عايز سجادة شاجي بيج ٣ متر في ٢ متر", []wantItem{{"RUG-23", 1, "بيج", []int{300, 200}}}},
	})
}

// TestRules_ClickFloor: "click", "click-on" of floors is the catalog's
// interlocking ("كبس") kind.
func TestRules_ClickFloor(t *testing.T) {
	r := h19cFloor(t)
	checkPlaced(t, r, "I need 20 sqm of the click-on laminate 8 mm", Order, []wantItem{{"LAM-8", 20, "", nil}})
	checkPlaced(t, r, "I need 20 sqm click laminate", Order, []wantItem{{"LAM-8", 20, "", nil}})
}

// TestRules_FadedComplaint: a colour that faded, said in the plain verb
// ("بدأ يبهت", "بتبهت"), of goods the shop installed ("اللي ركبتوهولي":
// you installed it for me) is a complaint.
func TestRules_FadedComplaint(t *testing.T) {
	r := h19cFloor(t)
	for _, text := range []string{
		"الموكيت اللي ركبتوهولي من شهرين بدأ يبهت ومحتاج حد يجي يشوفه",
		"السجادة اللي جبتوهالي لونها بتبهت",
		"el moket elly rakabtoholi men shahrein bada2 yebhat",
		"The carpet you installed two months ago is fading",
	} {
		res, err := r.Understand(context.Background(), text)
		if err != nil {
			t.Fatal(err)
		}
		if res.Intent != Complaint {
			t.Errorf("%s: intent %s, want complaint", text, res.Intent)
		}
	}
}

// TestRules_MadeToOrder: asking the shop to make a thing ("ممكن
// تعملولي …") in a design of its own leaves a product that shares only a
// word of it unread, for a person — never a question of its size.
func TestRules_MadeToOrder(t *testing.T) {
	r := h19cFloor(t)
	res, err := r.Understand(context.Background(), "ممكن تعملولي سجادة شاجي على شكل نجمة وفيها اضاءة مخفية؟")
	if err != nil {
		t.Fatal(err)
	}
	for _, it := range res.Items {
		if it.SKU != "" {
			t.Errorf("a rug to design is no catalog product: %+v", res.Items)
		}
	}
}

// TestRules_UnderOverAndCorner: "وفوقها", "وتحتها" (over it, under it)
// say where the next goods go, and "قعدة" (a sitting corner) is a place of
// the home the goods are for: placed beside an order.
func TestRules_UnderOverAndCorner(t *testing.T) {
	r := h19cFloor(t)
	checkPlaced(t, r, "عايز اعمل قعدة في الروف، عايز موكيت رمادي ٢٠ متر وفوقه سجادة نايلون احمر ٦ متر", Order,
		[]wantItem{{"MOK", 20, "رمادي", nil}, {"RUG-NYL", 6, "أحمر", nil}})
	checkPlaced(t, r, "عايز سجادة نايلون احمر ٦ متر وتحتها موكيت رمادي ٦ متر", Order,
		[]wantItem{{"RUG-NYL", 6, "أحمر", nil}, {"MOK", 6, "رمادي", nil}})
}
