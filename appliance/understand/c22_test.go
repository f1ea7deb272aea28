package understand

import (
	"slices"
	"testing"
)

// Session 22's coordinator classes (branch c22), on a bookshop and
// stationery shop of its own (none of the development sets' trades):
// delivery priced by where it goes, and one of the goods for each person
// named in turn.
const c22Goods = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
PEN-BOX,علبة أقلام جاف 12 قلم,Ballpoint pens box of 12,علبة اقلام|اقلام جاف|pens,أقلام,piece,90,40,,أزرق|أسود
NOTEBOOK,كشكول 100 ورقة,Notebook 100 sheets,كشكول|كراسة|notebook|korasa,كشاكيل,piece,35,200,,
BAG,شنطة مدرسة,School bag,شنطة|شنطه|shanta|school bag|bag,شنط,piece,650,20,,أزرق|وردي
PENCILS,أقلام رصاص باكو 12,Pencils pack of 12,اقلام رصاص|قلم رصاص|pencils,أقلام,piece,40,100,,
TAPES,شرايط لاصق شفاف كرتونة 12,Clear tape rolls carton of 12,شرايط لزق,أدوات,piece,120,100,,
STICKERS,ستيكرات نجوم باكو 10 فرخ,Star stickers pack of 10 sheets,ستيكر نجوم|stickers,أدوات,piece,30,100,,
PEN-HOLDER,حامل أقلام مكتب,Desk pen holder,بيت اقلام|حامل اقلام,أدوات,piece,45,100,,
DIVIDER,فاصل ملفات ملون علبة 50,File dividers box of 50,فاصل ملفات|فواصل,ملفات,piece,60,100,,
PRINTER,طابعة ليزر اتش بي,HP laser printer,طابعة اتش بي|طابعه|printer|hp printer,طابعات,piece,7500,4,,
SRV-PRINTER,صيانة طابعة,Printer service,صيانة طابعة|صيانه|service,خدمات,piece,350,,,
`

const c22Vocab = `ازرق, ازرقا, zar2a, blue => أزرق
اسود, black => أسود
وردي, pink => وردي
`

// c22Shop is the goods with the shop's delivery services.
func c22Shop(t *testing.T, delivery string) *Rules {
	return rulesFrom(t, c22Goods+delivery, c22Vocab)
}

// TestRules_DeliveryByRegion: a shop pricing delivery by where it goes
// (Cairo and Giza, the governorates) is given the service reaching the
// place the customer names — "والتوصيل لطنطا" is the governorates'
// shipping though "توصيل" names the Cairo delivery; "ابعتهم على
// المهندسين" in a shop of two services is Cairo's; sent with no place
// named it is asked; a place no service reaches is a person's.
func TestRules_DeliveryByRegion(t *testing.T) {
	two := c22Shop(t, `DEL-CAI,توصيل داخل القاهرة والجيزة,Delivery within Cairo and Giza,توصيل|دليفري,خدمات,piece,60,,,
DEL-GOV,شحن للمحافظات,Shipping to governorates,شحن|شحن محافظات,خدمات,piece,120,,,
`)
	bag := wantItem{"BAG", 1, "أزرق", nil}
	cai := []wantItem{bag, {"DEL-CAI", 1, "", nil}}
	gov := []wantItem{bag, {"DEL-GOV", 1, "", nil}}
	checkCases(t, two, Order, []itemCase{
		{"عايز شنطة مدرسة زرقا وتوصيل لطنطا", gov},
		{"عايز شنطة مدرسة زرقا والتوصيل لاسكندرية", gov},
		{"عايز شنطة مدرسة زرقا والتوصيل لسموحة", gov},
		{"I want the blue school bag, delivery to Mansoura please", gov},
		{"3ayez shanta zar2a w tawsil le tanta", gov},
		{"عايز شنطة مدرسة زرقا وتوصيل للمعادي", cai},
		{"عايز شنطة مدرسة زرقا وشحن لمدينة نصر", cai},
		{"عايز شنطة مدرسة زرقا وابعتوها على المهندسين", cai},
		{"عايز شنطة مدرسة زرقا وابعتوهالي الهرم", cai},
		// no place: the service the customer's word names
		{"عايز شنطة مدرسة زرقا وتوصيل", cai},
		{"عايز شنطة مدرسة زرقا وشحن", gov},
		// a place said from abroad is no destination
		{"انا في دبي وعايز شنطة مدرسة زرقا لابني وتوصيل للتجمع", cai},
	})
	for _, text := range []string{"عايز شنطة مدرسة زرقا وابعتوهالي البيت", "عايز شنطة مدرسة زرقا وابعتوها على العنوان"} {
		res := understandText(t, two, text)
		if got := linesAsked(res, "BAG"); !slices.Equal(got, []string{"DEL-CAI", "DEL-GOV"}) {
			t.Errorf("%s: lines %v, want the two deliveries asked (%+v)", text, got, res.Items)
		}
	}
	// two regions named: the customer's word picks, as with none
	checkCases(t, two, Order, []itemCase{{"انا من طنطا بس ساكن في المعادي، عايز شنطة مدرسة زرقا وتوصيل", cai}})

	cairoOnly := c22Shop(t, `DEL,توصيل داخل القاهرة والجيزة,Delivery within Cairo and Giza,توصيل|دليفري,خدمات,piece,60,,,
`)
	checkCases(t, cairoOnly, Order, []itemCase{
		{"عايز شنطة مدرسة زرقا وتوصيل للدقي", []wantItem{bag, {"DEL", 1, "", nil}}},
		{"عايز شنطة مدرسة زرقا وابعتوها على المعادي", []wantItem{bag, {"DEL", 1, "", nil}}},
		// sent to a place with no word of direction
		{"عايز شنطة مدرسة زرقا وابعتوها مدينة نصر", []wantItem{bag, {"DEL", 1, "", nil}}},
		{"عايز شنطة مدرسة زرقا وابعتوهالي التجمع", []wantItem{bag, {"DEL", 1, "", nil}}},
	})
	for _, text := range []string{"عايز شنطة مدرسة زرقا وتوصيل لطنطا", "عايز شنطة مدرسة زرقا وتوصيل لاسكندرية", "عايز شنطة مدرسة زرقا وابعتوها اسكندرية"} {
		res := understandText(t, cairoOnly, text)
		delivered := slices.ContainsFunc(res.Items, func(it Item) bool { return it.SKU == "DEL" })
		unread := slices.ContainsFunc(res.Items, func(it Item) bool { return it.SKU == "" && it.Unread })
		if delivered || !unread {
			t.Errorf("%s: a place the shop's delivery does not reach must be left to a person, got %+v", text, res.Items)
		}
	}

	everywhere := c22Shop(t, `SHIP,شحن لكل المحافظات,Shipping to all governorates,شحن|توصيل,خدمات,piece,70,,,
`)
	checkCases(t, everywhere, Order, []itemCase{
		{"عايز شنطة مدرسة زرقا وتوصيل للمعادي", []wantItem{bag, {"SHIP", 1, "", nil}}},
		{"عايز شنطة مدرسة زرقا وتوصيل لاسوان", []wantItem{bag, {"SHIP", 1, "", nil}}},
	})

	alex := c22Shop(t, `DEL-CAI,توصيل القاهرة والجيزة,Delivery Cairo and Giza,توصيل,خدمات,piece,60,,,
DEL-ALX,توصيل إلى الإسكندرية,Delivery to Alexandria,توصيل اسكندرية,خدمات,piece,150,,,
`)
	checkCases(t, alex, Order, []itemCase{
		{"عايز شنطة مدرسة زرقا وتوصيل لسموحة", []wantItem{bag, {"DEL-ALX", 1, "", nil}}},
		{"عايز شنطة مدرسة زرقا وتوصيل لمدينة نصر", []wantItem{bag, {"DEL-CAI", 1, "", nil}}},
	})
	res := understandText(t, alex, "عايز شنطة مدرسة زرقا وتوصيل للمنصورة")
	if slices.ContainsFunc(res.Items, func(it Item) bool { return it.SKU == "DEL-CAI" || it.SKU == "DEL-ALX" }) {
		t.Errorf("Mansoura, which neither delivery reaches, invoiced one: %+v", res.Items)
	}
}

// TestRules_OneEachForPeopleNamed: "واحد ليا وواحد لاخويا" after goods of
// no count is one for each person named: two, three.
func TestRules_OneEachForPeopleNamed(t *testing.T) {
	r := c22Shop(t, "")
	checkCases(t, r, Order, []itemCase{
		{"عايز شنطة مدرسة زرقا، واحدة لابني وواحدة لبنتي", []wantItem{{"BAG", 2, "أزرق", nil}}},
		{"عايز كشكول ١٠٠ ورقة، واحد ليا وواحد لصاحبي", []wantItem{{"NOTEBOOK", 2, "", nil}}},
		{"عايز علبة اقلام جاف زرقا واحدة ليا وواحدة لماما وواحدة لاختي", []wantItem{{"PEN-BOX", 3, "أزرق", nil}}},
		{"I want a blue school bag, one for me and one for my brother", []wantItem{{"BAG", 2, "أزرق", nil}}},
		{"3ayez shanta zar2a, wa7da leya w wa7da le a5oya", []wantItem{{"BAG", 2, "أزرق", nil}}},
		// the goods said for one person, then one more for another
		{"عايز شنطة مدرسة زرقا لابني وواحدة لبنتي", []wantItem{{"BAG", 2, "أزرق", nil}}},
		{"I want a blue school bag for my son and one for my daughter", []wantItem{{"BAG", 2, "أزرق", nil}}},
		// "for his brother"
		{"عايز شنطة مدرسة زرقا لابني وواحدة لاخوه", []wantItem{{"BAG", 2, "أزرق", nil}}},
		// the count said agrees
		{"عايز ٢ شنطة مدرسة زرقا، واحدة لابني وواحدة لبنتي", []wantItem{{"BAG", 2, "أزرق", nil}}},
		// one for one person is one
		{"عايز شنطة مدرسة زرقا واحدة لابني", []wantItem{{"BAG", 1, "أزرق", nil}}},
		// each one's colour: each one's line
		{"عايز شنطة مدرسة، واحدة زرقا لابني وواحدة وردي لبنتي", []wantItem{{"BAG", 1, "أزرق", nil}, {"BAG", 1, "وردي", nil}}},
	})
}

// TestRules_OwnGoodsWantWork: the customer's own goods, said with
// "عندي"/"بتاعتي" after their words or among them, wanting a work the shop
// sells by its noun ("والطابعة الاتش بي عندي عايزة صيانة") are no line
// of the shop's goods: the work alone.
func TestRules_OwnGoodsWantWork(t *testing.T) {
	r := c22Shop(t, "")
	work := wantItem{"SRV-PRINTER", 1, "", nil}
	checkCases(t, r, Order, []itemCase{
		{"عايز ٢ كشكول ١٠٠ ورقة، والطابعة الاتش بي عندي عايزة صيانة", []wantItem{{"NOTEBOOK", 2, "", nil}, work}},
		{"عايز ٢ كشكول ١٠٠ ورقة، والطابعة بتاعتي اتش بي محتاجة صيانة", []wantItem{{"NOTEBOOK", 2, "", nil}, work}},
		{"عايز ٢ كشكول ١٠٠ ورقة، وعندي طابعة اتش بي عايزة صيانة", []wantItem{{"NOTEBOOK", 2, "", nil}, work}},
		// bought with its service: both
		{"عايز طابعة ليزر اتش بي وصيانة للطابعة القديمة", []wantItem{{"PRINTER", 1, "", nil}, work}},
	})
}

// TestRules_PeopleSplitByColour: goods for each of three children then
// split by colour ("لكل واحد من ولادي التلاتة، ٢ ازرق وواحدة وردي") are
// three in all, never two for each child; a split that does not make
// the number of people is asked.
func TestRules_PeopleSplitByColour(t *testing.T) {
	r := c22Shop(t, "")
	checkCases(t, r, Order, []itemCase{
		{"عايز شنطة مدرسة لكل واحد من ولادي التلاتة، ٢ زرقا وواحدة وردي", []wantItem{{"BAG", 2, "أزرق", nil}, {"BAG", 1, "وردي", nil}}},
		{"عايز شنطة مدرسة زرقا لكل واحد من ولادي التلاتة", []wantItem{{"BAG", 3, "أزرق", nil}}},
	})
	res := understandText(t, r, "عايز شنطة مدرسة لكل واحد من ولادي التلاتة، ٢ زرقا و٢ وردي")
	if !slices.ContainsFunc(res.Items, func(it Item) bool { return it.uncounted || slices.Contains(it.Missing, "count") }) {
		t.Errorf("four bags split for three children must be asked, got %+v", res.Items)
	}
}

// TestRules_PackStatedOutsideBrackets: a pack a name states with no
// brackets ("أقلام رصاص باكو 12", "bag of 100") is the goods' pack: a
// count of the goods in the pack's multiples is packs ("٢٤ قلم رصاص" = 2),
// fewer than a pack counted in the goods' word is asked ("٥ قلم رصاص"),
// a count of packs ("٢ باكو", Franco "2 bako") stays, and the name's own
// word counts the product ("٢ فاصل ملفات" = two boxes).
func TestRules_PackStatedOutsideBrackets(t *testing.T) {
	r := c22Shop(t, "")
	checkCases(t, r, Order, []itemCase{
		{"عايز ٢٤ قلم رصاص", []wantItem{{"PENCILS", 2, "", nil}}},
		{"عايز ٢ باكو اقلام رصاص", []wantItem{{"PENCILS", 2, "", nil}}},
		{"3ayez 2 bako a2lam rosas", []wantItem{{"PENCILS", 2, "", nil}}},
		{"عايز ٢ فاصل ملفات", []wantItem{{"DIVIDER", 2, "", nil}}},
		// a pack that ends its name with what it counts ("باكو 10 فرخ")
		{"عايز ٢٠ فرخ ستيكر نجوم", []wantItem{{"STICKERS", 2, "", nil}}},
		// the singular of a فعايل plural name counts what the pack holds
		{"عايز ٢٤ شريط لاصق", []wantItem{{"TAPES", 2, "", nil}}},
	})
	for _, text := range []string{"عايز ٥ قلم رصاص", "عايز ١٨ قلم رصاص", "عايز فرخ ستيكر نجوم"} {
		res := understandText(t, r, text)
		if len(res.Items) != 1 || !slices.Contains(res.Items[0].Missing, "count") {
			t.Errorf("%s: fewer than a pack or not its multiple must be asked, got %+v", text, res.Items)
		}
	}
}

// TestRules_GoodsForPeopleCounted: goods of no count said for a number of
// people ("لـ٢٠ طفل", "لعشرين فرد") — one each, or packs shared? — are
// asked how many, never one; a count said stays.
func TestRules_GoodsForPeopleCounted(t *testing.T) {
	r := c22Shop(t, "")
	for _, text := range []string{"عايز اقلام رصاص لـ٢٠ طفل", "عايز كشكول ل ٣٠ شخص", "عايز كشكول لعشرين فرد"} {
		res := understandText(t, r, text)
		if len(res.Items) != 1 || !res.Items[0].uncounted && !slices.Contains(res.Items[0].Missing, "count") {
			t.Errorf("%s: goods for twenty people must be asked how many, got %+v", text, res.Items)
		}
	}
	checkCases(t, r, Order, []itemCase{{"عايز ٢ باكو اقلام رصاص لـ٢٠ طفل", []wantItem{{"PENCILS", 2, "", nil}}}})
}

// TestRules_EightSaidTamn: "تمن" before goods is eight ("عايز تمن شنط
// مدرسة", "وتمن كشاكيل"), before a definite noun or in a price question
// the price ("تمن الشنطة كام؟", "عايز اعرف تمن شنطة مدرسة").
func TestRules_EightSaidTamn(t *testing.T) {
	r := c22Shop(t, "")
	checkCases(t, r, Order, []itemCase{
		{"عايز تمن شنط مدرسة زرقا", []wantItem{{"BAG", 8, "أزرق", nil}}},
		{"عايز كشكول ١٠٠ ورقة وتمن شنط مدرسة وردي", []wantItem{{"NOTEBOOK", 1, "", nil}, {"BAG", 8, "وردي", nil}}},
	})
	checkCases(t, r, Inquiry, []itemCase{
		{"تمن الشنطة المدرسة كام؟", []wantItem{{"BAG", 1, "", nil}}},
		{"عايز اعرف تمن شنطة مدرسة", []wantItem{{"BAG", 1, "", nil}}},
		{"تمن شنطة المدرسة كام؟", []wantItem{{"BAG", 1, "", nil}}},
	})
}

// TestRules_AddressFiguresNoCount: the figures of an address ("والتوصيل
// للدور ٧", "الدور التالت شقة ١٢", "عمارة ٢٠ شقة ٨", "floor 4, flat 8")
// are where the goods go, never their count; a flat's area ("لشقة ١٢٠
// متر") is not set aside.
func TestRules_AddressFiguresNoCount(t *testing.T) {
	r := c22Shop(t, `DEL,توصيل داخل القاهرة والجيزة,Delivery within Cairo and Giza,توصيل|دليفري,خدمات,piece,60,,,
`)
	checkCases(t, r, Order, []itemCase{
		{"عايز شنطة مدرسة زرقا والتوصيل للدور ٧", []wantItem{{"BAG", 1, "أزرق", nil}, {"DEL", 1, "", nil}}},
		{"عايز كشكول ١٠٠ ورقة، ساكن في الدور التالت شقة ١٢", []wantItem{{"NOTEBOOK", 1, "", nil}}},
		{"عايز ٣ كشكول ١٠٠ ورقة والعنوان عمارة ٢٠ شقة ٨", []wantItem{{"NOTEBOOK", 3, "", nil}}},
		{"I want a notebook 100 sheets, floor 4, flat 8", []wantItem{{"NOTEBOOK", 1, "", nil}}},
	})
}

// TestRules_CountTakenBackOnly: "لا ٣ بس", "لا ٣ كفاية", "no, 3 only" after
// a counted line is the count corrected, never a size.
func TestRules_CountTakenBackOnly(t *testing.T) {
	r := c22Shop(t, "")
	bags := []wantItem{{"BAG", 3, "أزرق", nil}}
	checkCases(t, r, Order, []itemCase{
		{"عايز ٤ شنط مدرسة زرقا لا ٣ بس", bags},
		{"عايز ٤ شنط مدرسة زرقا.. لا ٣ كفاية", bags},
		{"I want 4 blue school bags, no 3 only", bags},
	})
}

// TestRules_ForMeAndAnother: goods of no count "ليا ولمراتي", "ليا ولأختي"
// (for me and my wife) are for two people: how many is asked, never one.
func TestRules_ForMeAndAnother(t *testing.T) {
	r := c22Shop(t, "")
	for _, text := range []string{"عايز شنطة مدرسة زرقا ليا ولأختي", "عايز كشكول ١٠٠ ورقة ليا ولمراتي"} {
		res := understandText(t, r, text)
		if len(res.Items) != 1 || !res.Items[0].uncounted && !slices.Contains(res.Items[0].Missing, "count") {
			t.Errorf("%s: goods for two people must be asked how many, got %+v", text, res.Items)
		}
	}
}

// TestRules_HomeToldNoGoods: the customer's home told ("بيتي جديد",
// "البيت محتاج …") is no goods, though a product's synonym holds "بيت" in
// a compound ("بيت اقلام"); the compound said is that product.
func TestRules_HomeToldNoGoods(t *testing.T) {
	r := c22Shop(t, "")
	checkCases(t, r, Order, []itemCase{
		{"بيتي جديد وعايز ٣ كشكول ١٠٠ ورقة", []wantItem{{"NOTEBOOK", 3, "", nil}}},
		{"البيت محتاج شنطة مدرسة زرقا", []wantItem{{"BAG", 1, "أزرق", nil}}},
		{"عايز بيت اقلام", []wantItem{{"PEN-HOLDER", 1, "", nil}}},
	})
}
