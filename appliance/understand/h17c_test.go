package understand

import "testing"

// The tenth session's classes (branch h17c), on a small café and
// restaurant supplies shop of its own (none of the blind sets' catalogs or
// sentences): rattan armchairs beside an off-white colour whose
// consonants are theirs, spoon sets and table bases with an ع between
// vowels, table-top glass by the m² beside acrylic sheets named "لوح",
// oilcloth and edge tape by the metre, hoods and their installation.
const h17cCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
ARM-RTN,فوتيه خيزران,Rattan armchair,فوتيه,جلوس,piece,3200,20,خيزران,بني|أوف وايت
STOOL-BAR,كرسي بار معدن,Metal bar stool,كرسي بار,جلوس,piece,1400,40,معدن,أسود|أوف وايت
SPOON-SET,طقم ملاعق ستانلس 12 قطعة,Stainless spoon set 12 pieces,طقم ملاعق|ملاعق,أدوات مائدة,piece,450,60,ستانلس,
BASE-TBL,قاعدة ترابيزة حديد,Iron table base,قواعد ترابيزات|رجل ترابيزة,ترابيزات,piece,900,30,حديد,أسود
GLASS-TOP,زجاج ترابيزات 10 مم,Table-top glass 10 mm,ازاز ترابيزات|زجاج سطح,زجاج,sqm,1300,,زجاج,
ACRYL,لوح اكريليك شفاف,Clear acrylic sheet,لوح شفاف|اكريليك,زجاج,sqm,900,,اكريليك,
OILCLOTH,مشمع ترابيزات بالمتر,Table oilcloth per metre,مشمع,مفارش,meter,85,200,PVC,
EDGE-TAPE,شريط حرف ترابيزة بالمتر,Table edge tape per metre,شريط حرف,مفارش,meter,25,300,PVC,
HOOD-90,شفاط مطبخ تجاري 90 سم,Commercial kitchen hood 90 cm,شفاط,أجهزة,piece,9800,6,ستانلس,
FIX-HOOD,تركيب شفاط,Hood installation,تركيب,خدمات,piece,700,,,
SHELF,رف خشب حائط,Wooden wall shelf,رف,ديكور,piece,350,50,خشب,بني
CLOTH,مفرش ترابيزة قماش مقاس خاص,Custom fabric tablecloth,مفرش قماش,مفارش,sqm,400,,قطن,بيج|أحمر|أخضر
TBL-MARBLE,ترابيزة رخام مدورة 60 سم,Round marble table 60 cm,,ترابيزات,piece,2500,15,رخام,
POLISH-TBL,تلميع ترابيزة رخام,Marble table polishing,,خدمات,piece,300,,,
POLISH-CTR,تلميع كاونتر رخام,Marble counter polishing,,خدمات,piece,900,,,
`

const h17cVocab = `فوتيه, فوتيل, armchair
ترابيزة, ترابيزه, طاولة, tarabeeza
اوف وايت, أوف وايت, اوفوايت, off white => أوف وايت
بني, بنى, brown => بني
اسود, بلاك, black => أسود
شفاط, شفاطات, shafat, hood
`

func h17cRules(t testing.TB) *Rules {
	t.Helper()
	return rulesFrom(t, h17cCSV, h17cVocab)
}

// TestRules_FrancoVowelsChooseOverAColour: a Franco word read through the
// catalog's folded spelling (its silent final h off: "foteh") whose
// consonants both a colour ("اوفوايت") and a product's word ("فوتيه")
// spell is the one whose long vowels it writes — the armchair, never the
// off-white colour.
func TestRules_FrancoVowelsChooseOverAColour(t *testing.T) {
	r := h17cRules(t)
	checkCases(t, r, Order, []itemCase{
		{"3ayez 2 foteh 5ayazran bonny", []wantItem{{"ARM-RTN", 2, "بني", nil}}},
		{"3ayez 2 foteh bonny", []wantItem{{"ARM-RTN", 2, "بني", nil}}},
	})
}

// TestRules_FrancoHiatusHidesAin: two different vowels meeting in a
// Franco word hide the ع Arabic writes between them ("malae2" is ملاعق,
// "2awaed" قواعد): Arabic opens no syllable on a vowel.
func TestRules_FrancoHiatusHidesAin(t *testing.T) {
	r := h17cRules(t)
	for _, tt := range []itemCase{
		{"3ayez 3 ta2m malae2 stainless", []wantItem{{"SPOON-SET", 3, "", nil}}},
		{"3ayez 4 2awaed tarabeezat eswed", []wantItem{{"BASE-TBL", 4, "أسود", nil}}},
	} {
		t.Run(tt.text, func(t *testing.T) { checkPlaced(t, r, tt.text, Order, tt.want) })
	}
	if got := hiatusAin("baab"); got != "baab" {
		t.Errorf("hiatusAin(baab) = %q: a long vowel written twice is no meeting", got)
	}
}

// TestRules_PaymentToldWithTheOrder: how the customer will pay ("وهحول
// العربون انستاباي", "هحولك فودافون كاش") is the order's payment, placed:
// no word of it left for a person.
func TestRules_PaymentToldWithTheOrder(t *testing.T) {
	r := h17cRules(t)
	for _, tt := range []itemCase{
		{"عايز ٤ فوتيه خيزران بني وهحول العربون انستاباي", []wantItem{{"ARM-RTN", 4, "بني", nil}}},
		{"عايز ٦ كرسي بار اسود، هحولك فودافون كاش", []wantItem{{"STOOL-BAR", 6, "أسود", nil}}},
	} {
		t.Run(tt.text, func(t *testing.T) { checkPlaced(t, r, tt.text, Order, tt.want) })
	}
}

// TestRules_AgreedWithOthersOpensTheRequest: "فاتفقنا" (so we agreed),
// like "فقررنا", ends the story told before it, and whom the customer
// agreed with ("مع الشركا") is the story's too.
func TestRules_AgreedWithOthersOpensTheRequest(t *testing.T) {
	r := h17cRules(t)
	text := "صباح الخير، الكافيه بتاعنا في المنشية الزباين بتشتكي من الحر كل يوم العصر، فاتفقنا مع الشركا نجيب شفاط مطبخ تجاري ٩٠ وتركيبه"
	checkPlaced(t, r, text, Order, []wantItem{{"HOOD-90", 1, "", nil}, {"FIX-HOOD", 1, "", nil}})
}

// TestRules_PieceWordCountsTheGoodsBefore: a count and a piece word right
// after goods sold by area ("٣ لوح", Franco "3 lo7") with only a size
// after it are that many pieces of those goods, though another product
// sold by area is named with the piece word ("لوح اكريليك"); said with
// that product's other words it is still that product.
func TestRules_PieceWordCountsTheGoodsBefore(t *testing.T) {
	r := h17cRules(t)
	checkCases(t, r, Order, []itemCase{
		{"عايز زجاج ترابيزات ١٠ مم ٣ لوح ٨٠×٨٠ للكافيه", []wantItem{{"GLASS-TOP", 1.92, "", []int{80, 80}}}},
		{"3ayez ezaz tarabeezat 10 mm 3 lo7 80×80", []wantItem{{"GLASS-TOP", 1.92, "", []int{80, 80}}}},
		{"عايز ٢ لوح اكريليك شفاف ١٠٠×٥٠", []wantItem{{"ACRYL", 1, "", []int{100, 50}}}},
	})
}

// TestRules_AmountTakenBackOfTheLineNamed: "وخلي المشمع ٤ متر مش ٣" puts
// right the length of the line it names, not the latest "٣ متر" of
// another line; a correction with no unit never takes a thickness in mm
// or cm for the amount.
func TestRules_AmountTakenBackOfTheLineNamed(t *testing.T) {
	r := h17cRules(t)
	checkCases(t, r, Order, []itemCase{
		{"عايز ٣ متر مشمع ترابيزات وشريط حرف ٣ متر.. وخلي المشمع ٤ متر مش ٣",
			[]wantItem{{"OILCLOTH", 4, "", nil}, {"EDGE-TAPE", 3, "", nil}}},
		{"عايز ٢ متر مشمع ترابيزات ٢ مم وشريط حرف على الواجهة ٢ متر.. لا خلي المشمع ٢.٥ مش ٢",
			[]wantItem{{"OILCLOTH", 2.5, "", nil}, {"EDGE-TAPE", 2, "", nil}}},
	})
}

// TestRules_FrontIsWhereTheGoodsGo: "على الواجهة" (on the front) says
// where an edge goes, as "على الحيطة" does; "حيطة الكاشير" names which
// wall.
func TestRules_FrontIsWhereTheGoodsGo(t *testing.T) {
	r := h17cRules(t)
	for _, tt := range []itemCase{
		{"عايز شريط حرف على الواجهة ٥ متر", []wantItem{{"EDGE-TAPE", 5, "", nil}}},
		{"عايز ٣ رف خشب بني على حيطة الكاشير", []wantItem{{"SHELF", 3, "بني", nil}}},
	} {
		t.Run(tt.text, func(t *testing.T) { checkPlaced(t, r, tt.text, Order, tt.want) })
	}
}

// TestRules_EmojiEndsAnEnglishStory: an emoji ends an English sentence as
// a full stop does, so "We just opened … 😅 I need …" tells the story
// before the request.
func TestRules_EmojiEndsAnEnglishStory(t *testing.T) {
	r := h17cRules(t)
	text := "Hi! We just opened a small cafe in Maadi and the previous tenant left us only a counter 😅 I need 6 black bar stools please"
	checkPlaced(t, r, text, Order, []wantItem{{"STOOL-BAR", 6, "أسود", nil}})
}

// TestRules_ServiceSaidAgainForAll: after a correction of the goods' count,
// the service said again "for both" ("وتركيب للاتنين") is the earlier
// service line said anew, one line for both — not a second one.
func TestRules_ServiceSaidAgainForAll(t *testing.T) {
	r := h17cRules(t)
	checkCases(t, r, Order, []itemCase{
		{"عايز شفاط مطبخ تجاري ٩٠ وتركيبه\nلا استنى خليهم اتنين شفاط مش واحد عشان المطبخين، وتركيب للاتنين",
			[]wantItem{{"HOOD-90", 2, "", nil}, {"FIX-HOOD", 2, "", nil}}},
	})
}

// TestRules_LikenessAsksNothing: "زي اللي في الصور عندكم" (like the ones in
// your pictures) says what the goods look like; with no question mark it
// asks no stock or pictures: the order stays an order. Asked ("؟") it is
// a question still.
func TestRules_LikenessAsksNothing(t *testing.T) {
	r := h17cRules(t)
	checkCases(t, r, Order, []itemCase{
		{"هاخد ٤ فوتيه خيزران بني زي اللي في الصور عندكم على الصفحة", []wantItem{{"ARM-RTN", 4, "بني", nil}}},
	})
	checkIntents(t, r, []intentCase{{"فوتيه خيزران زي اللي في الصور عندكم؟", Inquiry}})
}

// TestRules_NamedThenOrdered: goods wished for in one sentence with
// nothing of their own, then ordered with their amount in the next, are
// one line; "كمان" (more) after the second keeps both.
func TestRules_NamedThenOrdered(t *testing.T) {
	r := h17cRules(t)
	checkCases(t, r, Order, []itemCase{
		{"عايزين التراس يبقى فوتيه خيزران زي اللي في الصور. هناخد ٦ فوتيه خيزران بني", []wantItem{{"ARM-RTN", 6, "بني", nil}}},
		{"عايز فوتيه خيزران بني. وهاخد ٢ فوتيه خيزران بني كمان", []wantItem{{"ARM-RTN", 1, "بني", nil}, {"ARM-RTN", 2, "بني", nil}}},
	})
}

// TestRules_ColourOfTheKindGoesOn: a colour said ahead of a list's lines
// ("مفرش قماش لون بيج، مفرشين … ومفرش تالت …") that the first line took goes on
// to the next line of the same kind noun that says none.
func TestRules_ColourOfTheKindGoesOn(t *testing.T) {
	r := h17cRules(t)
	checkCases(t, r, Order, []itemCase{
		{"عايز مفرش قماش لون بيج، مفرشين ١.٢ في ٢ ومفرش تالت ١ في ١",
			[]wantItem{{"CLOTH", 4.8, "بيج", []int{120, 200}}, {"CLOTH", 1, "بيج", []int{100, 100}}}},
	})
}

// TestRules_OthersMakeTheirPart: what the customer agreed with someone
// else that that one will make ("اتفقنا مع النجار على الرفوف وهو
// هيعملها") is told, no line; what is asked of the shop after it is the
// order.
func TestRules_OthersMakeTheirPart(t *testing.T) {
	r := h17cRules(t)
	text := "اتفقنا مع النجار على الرفوف وهو هيعملها، احنا محتاجين منكم ٦ قواعد ترابيزة حديد اسود"
	checkPlaced(t, r, text, Order, []wantItem{{"BASE-TBL", 6, "أسود", nil}})
}

// TestRules_WorkGovernsTheNextGoods: a work's verbal noun opening a line
// ("تلميع كاونتر رخام") governs the goods joined to it by و ("و ٤
// ترابيزة"): that work on them, when the shop sells it for them — not a
// product whose name holds the object ("قاعدة ترابيزة").
func TestRules_WorkGovernsTheNextGoods(t *testing.T) {
	r := h17cRules(t)
	checkCases(t, r, Order, []itemCase{
		{"عايز تلميع كاونتر رخام و ٤ ترابيزة", []wantItem{{"POLISH-CTR", 1, "", nil}, {"POLISH-TBL", 4, "", nil}}},
		{"3ayez talmee3 kawnter rokham w 4 tarabeeza", []wantItem{{"POLISH-CTR", 1, "", nil}, {"POLISH-TBL", 4, "", nil}}},
		{"عايز ٤ ترابيزة رخام", []wantItem{{"TBL-MARBLE", 4, "", nil}}},
	})
}

// TestRules_FrancoStoryOfWhatIHave: a Franco story told with "3andy" (what
// the customer has), ending at an emoji, before the want-verb's request,
// is the story: its words no lines and nothing left for a person.
func TestRules_FrancoStoryOfWhatIHave(t *testing.T) {
	r := h17cRules(t)
	checkPlaced(t, r, "el ma7al 3andy soghayar awy we el zaba2en kter 😂 3ayez 6 korsy bar eswed", Order,
		[]wantItem{{"STOOL-BAR", 6, "أسود", nil}})
}

// TestRules_PriceOfAMetreForHowMany: "بكام متر المشمع لو هاخد ١٥ متر؟":
// the metre a price is asked for, then how many metres would be taken —
// the quote is for those, not for one metre.
func TestRules_PriceOfAMetreForHowMany(t *testing.T) {
	r := h17cRules(t)
	checkCases(t, r, Inquiry, []itemCase{
		{"بكام متر المشمع لو هاخد ١٥ متر؟", []wantItem{{"OILCLOTH", 15, "", nil}}},
		{"سعر متر شريط الحرف كام لو اخدنا ٤٠ متر؟", []wantItem{{"EDGE-TAPE", 40, "", nil}}},
	})
}

// TestRules_FromYouIsNoGoods: "منك", "منكم" (from you) after the verb of
// taking is the shop spoken to, never a noun opening a line of goods the
// catalog lacks ("هاخد منك حوالي ٦ كرسي بار").
func TestRules_FromYouIsNoGoods(t *testing.T) {
	r := h17cRules(t)
	checkPlaced(t, r, "هاخد منك حوالي ٦ كرسي بار اسود", Order, []wantItem{{"STOOL-BAR", 6, "أسود", nil}})
}
