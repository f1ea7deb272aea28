package understand

import (
	"context"
	"testing"
)

// A door, floor and hotel-linen shop written for round 8's first-contact
// classes: doors by model name in two widths ("عرض 70"), floors named by a
// thickness in mm beside a skirting named by its height in cm, linen by
// tog and weight, blinds by area.
const round8CSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
NOVA70,باب نوفا عرض 70,Nova door width 70,نوفا 70|nova 70,أبواب,piece,5200,20,WPC,أبيض|رمادي|جوز
NOVA90,باب نوفا عرض 90,Nova door width 90,نوفا 90|nova 90,أبواب,piece,5900,20,WPC,أبيض|رمادي|جوز
LOCK,كالون نوفا,Nova lock,كالون|lock,اكسسوارات,piece,350,200,نحاس,
PRQ12,باركيه 12 مم,Parquet 12mm,باركيه 12|parquet 12mm,باركيه,sqm,520,900,HDF,رمادي|بيج|جوز
PRQ8,باركيه 8 مم,Parquet 8mm,باركيه 8|parquet 8mm,باركيه,sqm,390,900,HDF,رمادي|بيج|جوز
SKRT8,وزرة خشب 8 سم,Wood skirting 8cm,وزرة,وزر,meter,70,900,MDF,أبيض|جوز
QLT9,لحاف 9 توج,Quilt 9 tog,لحاف 9|quilt 9 tog,لحف,piece,1100,90,فايبر,
QLT13,لحاف 13 توج,Quilt 13 tog,لحاف 13|quilt 13 tog,لحف,piece,1400,90,فايبر,
PILF,مخدة ريش 900 جرام,Feather pillow 900g,مخدة ريش|feather pillow,مخدات,piece,450,500,ريش,
TWL,فوطة وش,Face towel,فوطة|towel,فوط,piece,90,900,قطن,أبيض|بيج
ROLLB,ستارة رول,Roller blind,رول|roller blind,ستاير,sqm,600,,بوليستر,أبيض|رمادي
`

func round8Rules(t testing.TB) *Rules {
	t.Helper()
	return rulesFrom(t, round8CSV, "ابيض, abyad, white => أبيض\nرمادي, ramadi, grey => رمادي\nبيج, beige => بيج\nجوز, جوزي, walnut => جوز\nملي, mm => مم\n")
}

// TestRules_WidthAfterModelName: a door's nominal width said after its
// model's name is a side the customer stated, as "باب 80 سم" would be; a
// thickness or a tog the name gives only names the product.
func TestRules_WidthAfterModelName(t *testing.T) {
	r := round8Rules(t)
	checkCases(t, r, Order, []itemCase{
		{"عايز ٣ باب نوفا ٩٠ رمادي", []wantItem{{"NOVA90", 3, "رمادي", []int{90}}}},
		{"محتاج نوفا ٧٠ ابيض اتنين", []wantItem{{"NOVA70", 2, "أبيض", []int{70}}}},
		{"3ayez 2 bab nova 70 ramadi", []wantItem{{"NOVA70", 2, "رمادي", []int{70}}}},
		{"I need 4 Nova 90 doors in walnut", []wantItem{{"NOVA90", 4, "جوز", []int{90}}}},
		// the figure of a thickness in mm: the product's name, no side
		{"باركيه ١٢ جوزي ٤٠ متر", []wantItem{{"PRQ12", 40, "جوز", nil}}},
		{"عايز باركيه ٨ بيج لاوضة ٤ في ٣", []wantItem{{"PRQ8", 12, "بيج", []int{400, 300}}}},
		{"parquet 8 grey 25 metres", []wantItem{{"PRQ8", 25, "رمادي", nil}}},
		{"لحاف ٩ توج ١٠", []wantItem{{"QLT9", 10, "", nil}}},
	})
}

// TestRules_ListLineCounts: in a list written one entry a line, each
// ending in a bare figure, the last figure is the entry's count, even a
// large one, when the line's product is made in no such size.
func TestRules_ListLineCounts(t *testing.T) {
	r := round8Rules(t)
	checkCases(t, r, Order, []itemCase{
		{"لحاف ٩ توج ٣٠\nلحاف ١٣ توج ٢٠\nمخدة ريش ٦٠", []wantItem{{"QLT9", 30, "", nil}, {"QLT13", 20, "", nil}, {"PILF", 60, "", nil}}},
		{"مخدة ريش ٥٠\nفوطة وش بيج ١٢٠", []wantItem{{"PILF", 50, "", nil}, {"TWL", 120, "بيج", nil}}},
		{"quilt 9 tog 40\nfeather pillow 80", []wantItem{{"QLT9", 40, "", nil}, {"PILF", 80, "", nil}}},
		{"la7af 13 tog 25\nmakhada rish 50", []wantItem{{"QLT13", 25, "", nil}, {"PILF", 50, "", nil}}},
	})
}

// TestRules_CorrectedAmount: a customer correcting an amount in the same
// message; the figure said after the correction replaces the one before on
// the line it names, and when a plural correction could be any of several
// lines, the line is left for a person, never the first figure invoiced.
func TestRules_CorrectedAmount(t *testing.T) {
	r := round8Rules(t)
	checkCases(t, r, Order, []itemCase{
		{"باركيه ١٢ رمادي ٦٠ متر.. لا خليهم ٦٥", []wantItem{{"PRQ12", 65, "رمادي", nil}}},
		{"عايز ٣٠ متر باركيه ٨ بيج، لا خليه ٣٤ عشان الهالك", []wantItem{{"PRQ8", 34, "بيج", nil}}},
		{"٣ باب نوفا ٩٠ ابيض و ٣ كالون، لا خليهم ٤ ابواب مش ٣، والكالون ٤ برضو", []wantItem{{"NOVA90", 4, "أبيض", []int{90}}, {"LOCK", 4, "", nil}}},
		{"فوطة وش بيج ٤٠، لا خليهم ٣٦، و ١٢ ابيض", []wantItem{{"TWL", 36, "بيج", nil}, {"TWL", 12, "أبيض", nil}}},
		{"parquet 12 grey 40 metres, no make it 48", []wantItem{{"PRQ12", 48, "رمادي", nil}}},
		{"3ayez 3 bab nova 70 abyad, la khalihom 4", []wantItem{{"NOVA70", 4, "أبيض", []int{70}}}},
	})
	// "لا خليهم ٥" after two lines each with its count: which one? a person
	// confirms
	res, err := r.Understand(context.Background(), "٤ باب نوفا ٩٠ ابيض و ٤ كالون.. لا خليهم ٥")
	if err != nil {
		t.Fatal(err)
	}
	if res.Confidence >= 0.6 {
		t.Errorf("an unclear correction read with confidence %v: %+v", res.Confidence, res.Items)
	}
}

// TestRules_PriceForAmount: "بكام لو اخدنا ٥٠؟" asks the price of fifty:
// the figure a condition takes is how many, never another side of the size
// said before it.
func TestRules_PriceForAmount(t *testing.T) {
	r := round8Rules(t)
	checkCases(t, r, Inquiry, []itemCase{
		{"الستارة الرول ١٢٠ في ١٦٠ بكام لو اخدنا ١٠؟", []wantItem{{"ROLLB", 19.2, "", []int{120, 160}}}},
		{"اللحاف ٩ توج بكام لو خدت ٣٠", []wantItem{{"QLT9", 30, "", nil}}},
		{"how much is the roller blind 100 x 150 if we take 8?", []wantItem{{"ROLLB", 12, "", []int{100, 150}}}},
		{"bkam el la7af 13 tog law a5adna 40", []wantItem{{"QLT13", 40, "", nil}}},
	})
}

// TestRules_HeaderSplitByColour: one product named before ":", its figure
// a word of its name ("باركيه ١٢ مم:"), then amounts each with its colour
// and room: a line for each.
func TestRules_HeaderSplitByColour(t *testing.T) {
	r := round8Rules(t)
	checkCases(t, r, Order, []itemCase{
		{"باركيه ١٢ مم: ٣٠ متر جوزي للريسيبشن و ١٨ متر رمادي للاوضة", []wantItem{{"PRQ12", 30, "جوز", nil}, {"PRQ12", 18, "رمادي", nil}}},
		{"parquet 8 mm: 40 m grey for the living room and 15 m beige for the kitchen", []wantItem{{"PRQ8", 40, "رمادي", nil}, {"PRQ8", 15, "بيج", nil}}},
		// a count after the product, its colour, then another count and colour
		{"فوطة وش ٢٠ بيج و ١٢ ابيض", []wantItem{{"TWL", 20, "بيج", nil}, {"TWL", 12, "أبيض", nil}}},
		{"باب نوفا ٧٠ رمادي ٣ وواحد جوزي", []wantItem{{"NOVA70", 3, "رمادي", []int{70}}, {"NOVA70", 1, "جوز", []int{70}}}},
		{"face towel 20 beige and 10 white", []wantItem{{"TWL", 20, "بيج", nil}, {"TWL", 10, "أبيض", nil}}},
	})
}

// TestRules_DualPlacesSize: a dual or a count of places said inside the
// line before its size ("لشباكين ١٤٠ في ٢٢٠") is one piece for each place,
// each of that size.
func TestRules_DualPlacesSize(t *testing.T) {
	r := round8Rules(t)
	checkCases(t, r, Order, []itemCase{
		{"ستارة رول رمادي لشباكين ١٠٠ في ١٥٠", []wantItem{{"ROLLB", 3, "رمادي", []int{100, 150}}}},
		{"عايز رول ابيض للشباكين اللي في الاوضة كل واحد ١٢٠ في ٢٠٠", []wantItem{{"ROLLB", 4.8, "أبيض", []int{120, 200}}}},
		{"roller blind white for 2 windows 100 x 200", []wantItem{{"ROLLB", 4, "أبيض", []int{100, 200}}}},
		{"3ayez roller blind ramadi le shebakein 100 fe 150", []wantItem{{"ROLLB", 3, "رمادي", []int{100, 150}}}},
	})
}

// TestRules_FormalLetter: a purchasing department's letter: its
// salutation, formulae and sign-off are placed, the counts after "وعدد"
// are the goods' after them, and a figure in brackets repeating the number
// in words is said once.
func TestRules_FormalLetter(t *testing.T) {
	r := round8Rules(t)
	for _, tt := range []itemCase{
		{"السادة/ معرض الابواب، تحية طيبة وبعد، نرجو توريد عدد عشرة (١٠) باب نوفا عرض ٩٠ باللون الأبيض، وعدد ١٠ كالون نوفا. وتفضلوا بقبول فائق الاحترام، إدارة المشتريات",
			[]wantItem{{"NOVA90", 10, "أبيض", []int{90}}, {"LOCK", 10, "", nil}}},
		{"السادة الكرام، يرجى التكرم بإصدار فاتورة بالآتي: عدد ٢٠ لحاف ٩ توج، وعدد ٤٠ مخدة ريش. مع الشكر، مدير المشتريات",
			[]wantItem{{"QLT9", 20, "", nil}, {"PILF", 40, "", nil}}},
		{"Dear Sirs, kindly supply 12 Nova 70 doors in walnut and 12 Nova locks. Best regards, Procurement Department",
			[]wantItem{{"NOVA70", 12, "جوز", []int{70}}, {"LOCK", 12, "", nil}}},
	} {
		t.Run(tt.text, func(t *testing.T) { checkPlaced(t, r, tt.text, Order, tt.want) })
	}
}

// TestRules_QuoteReply: a reply to the shop's quote: the reference to it
// is placed (its "سعر" asks no price, its "امبارح" tells no purchase),
// approving orders, and what is taken off the quote is not ordered.
func TestRules_QuoteReply(t *testing.T) {
	r := round8Rules(t)
	for _, tt := range []itemCase{
		{"بخصوص عرض السعر اللي بعتوه الاسبوع اللي فات: موافقين على ٥ باب نوفا ٩٠ جوزي و ٥ كالون، بس شيلوا الفوط",
			[]wantItem{{"NOVA90", 5, "جوز", []int{90}}, {"LOCK", 5, "", nil}}},
		{"بالإشارة لعرض السعر رقم ٢٠٧، نعتمد ٣٠ لحاف ٩ توج و٦٠ مخدة ريش، ويُلغى بند الفوط.",
			[]wantItem{{"QLT9", 30, "", nil}, {"PILF", 60, "", nil}}},
		{"Regarding your quote: we approve 8 Nova 70 doors in white, drop the locks",
			[]wantItem{{"NOVA70", 8, "أبيض", []int{70}}}},
	} {
		t.Run(tt.text, func(t *testing.T) { checkPlaced(t, r, tt.text, Order, tt.want) })
	}
}

// TestRules_WaitCorrection: "لا استنى خلي الـX …" names an earlier line
// again, in other words: the new words are that line, with its amount.
func TestRules_WaitCorrection(t *testing.T) {
	r := round8Rules(t)
	checkCases(t, r, Order, []itemCase{
		{"عايز ٣ لحاف ٩ توج ومخدة ريش، لا لا استنى خلي اللحاف ١٣ توج احسن", []wantItem{{"PILF", 1, "", nil}, {"QLT13", 3, "", nil}}},
		{"٤ باب نوفا ٧٠ ابيض و ٤ كالون، لا استنى خلي الابواب نوفا ٩٠ جوزي", []wantItem{{"LOCK", 4, "", nil}, {"NOVA90", 4, "جوز", []int{90}}}},
		{"3 quilts 9 tog and a feather pillow, no wait, make the quilts 13 tog", []wantItem{{"PILF", 1, "", nil}, {"QLT13", 3, "", nil}}},
		{"3ayez 3 la7af 9 tog w makhada rish, la esta khali el la7af 13 tog", []wantItem{{"PILF", 1, "", nil}, {"QLT13", 3, "", nil}}},
	})
}

// TestRules_EnglishCompoundNames: English names of a figure hyphenated to
// a word ("15-channel remote") and of hyphenated words ("Wi-Fi hub"): the
// figure opening a phrase after "and the" is the next line's name, and the
// words said joined ("wifi") are the name's.
func TestRules_EnglishCompoundNames(t *testing.T) {
	r := rulesFrom(t, `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
RM1,ريموت قناة واحدة,1-channel remote,ريموت 1,motors,piece,600,10,,
RM6,ريموت 6 قنوات,6-channel remote,ريموت 6,motors,piece,900,10,,
HUB,هاب واي فاي,Wi-Fi hub,هاب|hub,motors,piece,2000,10,,
MTRW,موتور واي فاي,Wi-Fi motor,موتور واي فاي,motors,piece,3000,10,,
`, "")
	checkCases(t, r, Inquiry, []itemCase{
		{"How much are the wifi hub and the 6-channel remote?", []wantItem{{"HUB", 1, "", nil}, {"RM6", 1, "", nil}}},
		{"the wifi motor and the 1-channel remote, how much?", []wantItem{{"MTRW", 1, "", nil}, {"RM1", 1, "", nil}}},
	})
	res, err := r.Understand(context.Background(), "how much is the wifi hub?")
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Items) != 1 || len(res.Items[0].Lacks) > 0 {
		t.Errorf("wifi hub: %+v", res.Items)
	}
}

// TestRules_CountedHeader: a header said with a count ("٣ … انثراسايت:")
// is shared by its entries, each its own line in the header's colour; when
// the entries do not add up to it, a person confirms.
func TestRules_CountedHeader(t *testing.T) {
	r := round8Rules(t)
	checkCases(t, r, Order, []itemCase{
		{"٥ باب نوفا رمادي: ٣ عرض ٧٠ و ٢ عرض ٩٠", []wantItem{{"NOVA70", 3, "رمادي", []int{70}}, {"NOVA90", 2, "رمادي", []int{90}}}},
		{"5 Nova doors in grey: 3 of 70 and 2 of 90", []wantItem{{"NOVA70", 3, "رمادي", []int{70}}, {"NOVA90", 2, "رمادي", []int{90}}}},
	})
	res, err := r.Understand(context.Background(), "٦ باب نوفا رمادي: ٣ عرض ٧٠ و ٢ عرض ٩٠")
	if err != nil {
		t.Fatal(err)
	}
	if res.Confidence >= 0.6 {
		t.Errorf("entries adding up to 5 of 6 read with confidence %v", res.Confidence)
	}
}

// TestRules_WindowOfAreaLine: a window named before its size, after a
// blind sold by area, is the place the blind covers (with its count, and
// a correction of that count), not a fitting whose name has the window.
func TestRules_WindowOfAreaLine(t *testing.T) {
	r := rulesFrom(t, round8CSV+"FIT,تركيب للشباك,Fitting per window,تركيب,خدمات,piece,150,,,\n",
		"ابيض, white => أبيض\nرمادي, grey => رمادي\nشباك, شبابيك, window, windows\n")
	checkCases(t, r, Order, []itemCase{
		{"عايز ستارة رول ابيض شباك ١٢٠ في ١٥٠", []wantItem{{"ROLLB", 1.8, "أبيض", []int{120, 150}}}},
		{"ستارة رول رمادي ٣ شبابيك ١٠٠×١٥٠، لا خليهم ٤ شبابيك", []wantItem{{"ROLLB", 6, "رمادي", []int{100, 150}}}},
		{"roller blind white 2 windows 100 x 200", []wantItem{{"ROLLB", 4, "أبيض", []int{100, 200}}}},
	})
}

// TestRules_WhoIsBuying: who the customer is and whom the goods are for (a
// trade, a client), and an English order's wrapper ("the following",
// "for the new wing", "Cheers"), are placed: every word of the order is
// explained.
func TestRules_WhoIsBuying(t *testing.T) {
	r := round8Rules(t)
	for _, tt := range []struct {
		text string
		want []wantItem
	}{
		{"انا مصممة وبشطب فيلا لعميل في اكتوبر، عايزة ٢ باب نوفا ٩٠ جوز", []wantItem{{"NOVA90", 2, "جوز", []int{90}}}},
		{"مساء الخير انا مقاول وبجهز شقة لزبون عندي: ٣ باب نوفا ٧٠ ابيض", []wantItem{{"NOVA70", 3, "أبيض", []int{70}}}},
		{"ana designer, 3ayza 4 bab nova 90 ramadi", []wantItem{{"NOVA90", 4, "رمادي", []int{90}}}},
		{"I'm an interior designer, for a client: 5 feather pillows", []wantItem{{"PILF", 5, "", nil}}},
		{"Dear team, kindly invoice the following: 12 face towels beige", []wantItem{{"TWL", 12, "بيج", nil}}},
		{"For the second floor: 6 Nova 70 doors in white. Cheers", []wantItem{{"NOVA70", 6, "أبيض", []int{70}}}},
		{"for the renovation of the new wing we need 20 feather pillows", []wantItem{{"PILF", 20, "", nil}}},
	} {
		t.Run(tt.text, func(t *testing.T) { checkPlaced(t, r, tt.text, Order, tt.want) })
	}
}

// TestRules_ToldBeforeOrder: what a customer tells before ordering — when
// they visited, a home just handed over, their own old goods worn out, a
// product described by what it does not do or is not made in — is no
// complaint to the shop; a defect in what the shop sold still is.
func TestRules_ToldBeforeOrder(t *testing.T) {
	r := round8Rules(t)
	for _, tt := range []struct {
		text string
		want Intent
	}{
		{"كنا عندكم في المعرض امبارح وعجبنا باب نوفا، عايزين ٢ نوفا ٩٠ جوز", Order},
		{"جيت عندكو الاسبوع اللي فات، عايز ٣ باب نوفا ٧٠ ابيض", Order},
		{"احنا لسه مستلمين الشقة، عايزين ٤ باب نوفا ٩٠ ابيض", Order},
		{"عايزة ١٢ فوطة وش بيج عشان اللي عندي بقت وحشة خالص", Order},
		{"عايز ستارة رول اللي مش بتشف، رمادي ٢ متر", Order},
		{"عايز ٣ باب نوفا ٧٠، هو مش بييجي جوز؟ خليه رمادي", Order},
		// the shop's own goods, or a defect of what came: a complaint
		{"الفوط اللي عندي من عندكم بقت وحشة خالص", Complaint},
		{"باب نوفا اللي ركبتوه امبارح مش بيقفل", Complaint},
		{"الباب وصل امبارح مكسور", Complaint},
	} {
		t.Run(tt.text, func(t *testing.T) {
			res, err := r.Understand(context.Background(), tt.text)
			if err != nil {
				t.Fatal(err)
			}
			if res.Intent != tt.want {
				t.Errorf("intent %s, want %s", res.Intent, tt.want)
			}
		})
	}
}

// TestRules_CountTimesFirst: a count written with "×" before its entry's
// words ("10x Levante", "3 × towel", "٤× مخدة") is the count, no side; a
// figure after "×" stays a size or a count after the goods.
func TestRules_CountTimesFirst(t *testing.T) {
	r := round8Rules(t)
	checkCases(t, r, Order, []itemCase{
		{"pls invoice: 10x feather pillow, 6x face towel beige", []wantItem{{"PILF", 10, "", nil}, {"TWL", 6, "بيج", nil}}},
		{"4 x Nova 90 door grey\n2 x feather pillow", []wantItem{{"NOVA90", 4, "رمادي", []int{90}}, {"PILF", 2, "", nil}}},
		{"3ayez 5 x makhada rish", []wantItem{{"PILF", 5, "", nil}}},
		{"عايز:\n٣× مخدة ريش\n٢× فوطة وش ابيض", []wantItem{{"PILF", 3, "", nil}, {"TWL", 2, "أبيض", nil}}},
		{"feather pillow x10, face towel white x4", []wantItem{{"PILF", 10, "", nil}, {"TWL", 4, "أبيض", nil}}},
		{"ستارة رول رمادي ١٢٠x٢٠٠", []wantItem{{"ROLLB", 2.4, "رمادي", []int{120, 200}}}},
	})
}

// TestRules_MadeWithLine: "motorised" said of a product is explained when
// the motor is a line of the message; alone it is left for staff (which
// motor is not said).
func TestRules_MadeWithLine(t *testing.T) {
	r := rulesFrom(t, `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
RB,ستارة رول,Roller blind,رول|roller,ستاير,sqm,600,,بوليستر,أبيض|رمادي
MOT,موتور ستارة,Blind motor,موتور|motor,اكسسوارات,piece,2500,,,
`, "رمادي, grey => رمادي\n")
	checkPlaced(t, r, "one roller blind in grey, motorised with 1 blind motor", Order,
		[]wantItem{{"RB", 1, "رمادي", nil}, {"MOT", 1, "", nil}})
	res, err := r.Understand(context.Background(), "2 motorised roller blinds in grey")
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Unexplained) == 0 {
		t.Errorf("motorised with no motor line: explained")
	}
}

// TestRules_CountTold: a count the customer made ("عدها طلعت ١٢"), the
// sample a colour was seen in, "of course" and "come early" are told
// beside an order, and placed.
func TestRules_CountTold(t *testing.T) {
	r := round8Rules(t)
	for _, tt := range []struct {
		text string
		want []wantItem
	}{
		{"عايز وزرة جوز، جوزي عدها طلعت ١٥ متر", []wantItem{{"SKRT8", 15, "جوز", nil}}},
		{"باركيه ٨ اللون اللي كان في العينة بيج، ٣٠ متر، وياريت تيجوا بدري", []wantItem{{"PRQ8", 30, "بيج", nil}}},
		{"عديتهم طلعوا ٦ شبابيك، عايز ٦ ستارة رول ابيض ١٠٠ في ١٥٠ طبعا", []wantItem{{"ROLLB", 9, "أبيض", []int{100, 150}}}},
	} {
		t.Run(tt.text, func(t *testing.T) { checkPlaced(t, r, tt.text, Order, tt.want) })
	}
}

// TestRules_AsideTalk: what is left for later, a hedge, a wait before a
// correction, how a product comes, a blessing with و, a town of Sinai are
// placed beside an order; "the rest" with a colour is no such talk.
func TestRules_AsideTalk(t *testing.T) {
	r := round8Rules(t)
	for _, tt := range []struct {
		text string
		want []wantItem
	}{
		{"عايز ٢ باب نوفا ٧٠ ابيض حاليا", []wantItem{{"NOVA70", 2, "أبيض", []int{70}}}},
		{"١٠ مخدة ريش على ما اظن، وربنا يخليك", []wantItem{{"PILF", 10, "", nil}}},
		{"عايزة ٦ فوطة وش بيج للشقة في دهب", []wantItem{{"TWL", 6, "بيج", nil}}},
	} {
		t.Run(tt.text, func(t *testing.T) { checkPlaced(t, r, tt.text, Order, tt.want) })
	}
	ts := tokenize("٦ فوط وش، ٢ بيج والباقي ابيض")
	for k := range ts {
		if ts[k].text == "والباقي" && asideTalk(ts, k) {
			t.Errorf("the rest of a count read as talk")
		}
	}
}

// TestRules_ContextAroundLines: words around a line that describe it or
// say where it goes or who fits it are no unread request: how many people
// a piece is for, a part of a place after "على"/"في", the customer's own
// worker with the article.
func TestRules_ContextAroundLines(t *testing.T) {
	r := round8Rules(t)
	for _, tt := range []struct {
		text string
		sku  string
	}{
		{"عايز لحاف ١٣ توج بتاع شخصين", "QLT13"},
		{"عايز ٢ لحاف ٩ توج لشخصين", "QLT9"},
		{"I need 2 quilts 13 tog for 2 persons", "QLT13"},
		{"عايز ستارة رول ٢ في ٢ ابيض على حيطة الصالة", "ROLLB"},
		{"٣ باب نوفا ٩٠ ابيض، النجار بتاعنا هيركب", "NOVA90"},
		{"باركيه ٨ بيج ٣٠ متر والفني بتاعنا هيركبه", "PRQ8"},
	} {
		res, err := r.Understand(context.Background(), tt.text)
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Items) != 1 || res.Items[0].SKU != tt.sku || len(res.Unexplained) > 0 {
			t.Errorf("%q: items %+v unexplained %q", tt.text, res.Items, res.Unexplained)
		}
	}
	// an unknown thing with no preposition before it stays unread: "كنبة
	// الصالة" may be a product the shop does not sell
	res, err := r.Understand(context.Background(), "عايز ستارة رول ٢ في ٢ ابيض وكنبة الصالة")
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Unexplained) == 0 {
		t.Errorf("كنبة الصالة explained: %+v", res.Items)
	}
}

// TestRules_PriceInBrackets: a price the customer remembers or was told,
// in brackets, is no amount, size or count of the line it follows.
func TestRules_PriceInBrackets(t *testing.T) {
	r := round8Rules(t)
	checkCases(t, r, Order, []itemCase{
		{"باركيه ١٢ جوزي ٤٠ متر (كان ٥٠٠ للمتر)", []wantItem{{"PRQ12", 40, "جوز", nil}}},
		{"عايز ٣ لحاف ٩ توج (كان ١١٠٠ الواحد)\nو ٦ مخدة ريش", []wantItem{{"QLT9", 3, "", nil}, {"PILF", 6, "", nil}}},
		{"parquet 8 beige 30 m2 (390/m2)", []wantItem{{"PRQ8", 30, "بيج", nil}}},
		{"3ayez 20 fouta wesh abyad (90 le)", []wantItem{{"TWL", 20, "أبيض", nil}}},
		// after a dash, a price alone
		{"باركيه ٨ بيج ٢٥ متر - ٣٩٠ جنيه للمتر\nمخدة ريش ٤", []wantItem{{"PRQ8", 25, "بيج", nil}, {"PILF", 4, "", nil}}},
		{"parquet 12 walnut 30 m2 - 520 egp", []wantItem{{"PRQ12", 30, "جوز", nil}}},
		// a dash before a count is still a count
		{"Feather pillow - 6\nFace towel white - 20", []wantItem{{"PILF", 6, "", nil}, {"TWL", 20, "أبيض", nil}}},
		// a figure alone in brackets is still read as before
		{"باب نوفا ٩٠ ابيض (٢)", []wantItem{{"NOVA90", 2, "أبيض", []int{90}}}},
	})
}

// TestRules_NameAbbreviation: a word of the product's English name cut
// short after its figure ("6 str" for "6-strand") is the name, not an
// unread word; a short word no name has after that figure stays unread.
func TestRules_NameAbbreviation(t *testing.T) {
	r := rulesFrom(t, `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
HUB8,موزع 8 منافذ,8-port switch,سويتش 8|switch 8,network,piece,900,50,,
SOFA3,كنبة 3 مقاعد,Sofa 3 seater,كنبة 3|sofa 3,sofas,piece,9000,10,,رمادي
RMT4,ريموت 4 قنوات,4-channel remote,ريموت 4|remote 4,remotes,piece,600,30,,
ROPE6,حبل 6 جدايل,6-strand rope,حبل 6|rope 6,ropes,meter,40,900,,
`, "رمادي, grey => رمادي\n")
	for _, tt := range []struct {
		text  string
		sku   string
		clean bool
	}{
		{"remote 4 ch - 3", "RMT4", true},
		{"عايز ٢ ريموت ٤ ch", "RMT4", true},
		{"rope 6 str 25 m", "ROPE6", true},
		{"2 sofa 3 seat grey", "SOFA3", true},
		{"switch 8 qq - 2", "HUB8", false}, {"switch 8 kbl - 2", "HUB8", false},
	} {
		res, err := r.Understand(context.Background(), tt.text)
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Items) != 1 || res.Items[0].SKU != tt.sku || (len(res.Unexplained) == 0) != tt.clean {
			t.Errorf("%q: items %+v unexplained %q", tt.text, res.Items, res.Unexplained)
		}
	}
}

// TestRules_AndInName: two words a product's own name joins with و or
// "and" ("غسيل وكي", "washing and ironing"), each also a synonym of it,
// are one line, not two.
func TestRules_AndInName(t *testing.T) {
	r := rulesFrom(t, `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
WASH,غسيل وكي ستائر,Curtain washing and ironing,غسيل|كي,service,sqm,60,,,
DOORFIX,فك وتركيب باب,Door removal and fitting,فك|تركيب باب,service,piece,300,,,
ROLL,ستارة رول,Roller blind,رول,ستاير,sqm,600,,بوليستر,أبيض
`, "ابيض, white => أبيض\n")
	checkCases(t, r, Order, []itemCase{
		{"غسيل وكي ٢٠ متر", []wantItem{{"WASH", 20, "", nil}}},
		{"عايز غسيل و كي ١٥ متر", []wantItem{{"WASH", 15, "", nil}}},
		{"washing and ironing 12 m2", []wantItem{{"WASH", 12, "", nil}}},
		{"عايز فك وتركيب باب ٣", []wantItem{{"DOORFIX", 3, "", nil}}},
		// two products each with its amount stay two lines
		{"ستارة رول ابيض ١٠ متر وغسيل وكي ٢٠ متر", []wantItem{{"ROLL", 10, "أبيض", nil}, {"WASH", 20, "", nil}}},
	})
}

// TestRules_ServiceFigureIsGoodsMeasure: a service sold by area said with
// a bare figure that is the area of the goods before it ("٤٠ متر باركيه …
// وتركيب ٤٠") is that area, not a side; another figure is left as said.
func TestRules_ServiceFigureIsGoodsMeasure(t *testing.T) {
	r := rulesFrom(t, round8CSV+"FITP,تركيب باركيه,Parquet fitting,تركيب|tarkib|fitting,service,sqm,80,,,\n",
		"بيج, beige => بيج\nجوز, جوزي, walnut => جوز\n")
	checkCases(t, r, Order, []itemCase{
		{"٤٠ متر باركيه ١٢ جوز وتركيب ٤٠", []wantItem{{"PRQ12", 40, "جوز", nil}, {"FITP", 40, "", nil}}},
		{"باركيه ٨ بيج ٢٥ متر و تركيب ٢٥", []wantItem{{"PRQ8", 25, "بيج", nil}, {"FITP", 25, "", nil}}},
		{"40 m2 parquet 12 walnut and fitting 40", []wantItem{{"PRQ12", 40, "جوز", nil}, {"FITP", 40, "", nil}}},
	})
	res, err := r.Understand(context.Background(), "٤٠ متر باركيه ١٢ جوز وتركيب ٣٠")
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Items) != 2 || len(res.Items[1].Missing) == 0 {
		t.Errorf("another figure read as the goods' area: %+v", res.Items)
	}
}

// TestRules_HeaderPlacesWithSizes: after a header naming the product,
// windows or rooms each with its size and colour are that product's
// lines, though a service of the catalog is named by the window.
func TestRules_HeaderPlacesWithSizes(t *testing.T) {
	r := rulesFrom(t, round8CSV+"FITW,تركيب للشباك,Fitting per window,تركيب|fitting,service,piece,100,,,\n",
		"ابيض, abyad, white => أبيض\nرمادي, ramadi, grey => رمادي\nبيج, beige => بيج\nجوز, جوزي, walnut => جوز\nملي, mm => مم\nشباك, شبابيك, window\n")
	checkCases(t, r, Order, []itemCase{
		{"ستارة رول: شباك ١٠٠×١٥٠ ابيض وشباك ٢٠٠×١٥٠ رمادي", []wantItem{{"ROLLB", 1.5, "أبيض", []int{100, 150}}, {"ROLLB", 3, "رمادي", []int{200, 150}}}},
		{"ستارة رول ابيض:\nشباك ١٢٠ في ٢٠٠\nشباك ٨٠ في ١٥٠", []wantItem{{"ROLLB", 2.4, "أبيض", []int{120, 200}}, {"ROLLB", 1.2, "أبيض", []int{80, 150}}}},
		{"اوضتين، باركيه ١٢ مم جوزي:\nالاولى ٤ في ٣\nالتانية ٣ في ٣", []wantItem{{"PRQ12", 12, "جوز", []int{400, 300}}, {"PRQ12", 9, "جوز", []int{300, 300}}}},
		{"باركيه ٨ بيج:\nاوضة ٤ في ٣٫٥\nاوضة ٣ في ٣", []wantItem{{"PRQ8", 14, "بيج", []int{400, 350}}, {"PRQ8", 9, "بيج", []int{300, 300}}}},
		{"parquet 8 mm grey:\nfirst 4 x 3\nsecond 3 x 2", []wantItem{{"PRQ8", 12, "رمادي", []int{400, 300}}, {"PRQ8", 6, "رمادي", []int{300, 200}}}},
		{"roller blind: window 1 x 1.5 white and window 2 x 1.5 grey", []wantItem{{"ROLLB", 1.5, "أبيض", []int{100, 150}}, {"ROLLB", 3, "رمادي", []int{200, 150}}}},
	})
}

// TestRules_FinalAlefAsTaMarbuta: a model name ending in ا written with
// the feminine ending it sounds like ("لونه" for لونا) is that name, read
// as surely as the name itself.
func TestRules_FinalAlefAsTaMarbuta(t *testing.T) {
	r := rulesFrom(t, `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
LUNA,باب شقة لونا WPC مصمت,Luna solid flat door,لونا|luna|باب شقة,wpc,piece,4000,20,WPC,أبيض|بيج
SOLO,باب شقة سولو WPC مصمت,Solo solid flat door,سولو|solo|باب شقة,wpc,piece,4200,20,WPC,أبيض|بيج
CORSA,كالون كورسا,Corsa lock,كورسا|corsa,اكسسوارات,piece,300,90,نحاس,
LINO,مقبض لينو,Lino handle,لينو|lino,اكسسوارات,piece,250,100,,أبيض|بيج
`, "ابيض, white => أبيض\nبيج, beige => بيج\n")
	for _, text := range []string{"عايز باب لونه بيج ٣ وواحد ابيض", "٤ باب لونة ابيض", "عايز ٤ لونه ابيض", "عايز ٥ كالون كورسه"} {
		res, err := r.Understand(context.Background(), text)
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Items) == 0 || res.Items[0].SKU == "LINO" || res.Items[0].SKU == "" || res.Items[0].Confidence < 0.9 {
			t.Errorf("%q: confidence %.2f, items %+v", text, res.Confidence, res.Items)
		}
	}
	// the word is the name itself, no near spelling of it
	for _, tk := range r.prepare("باب لونه ابيض") {
		if tk.surface == "لونه" && (tk.text != "لونا" || tk.fuzzy) {
			t.Errorf("لونه read as %q (fuzzy %v)", tk.text, tk.fuzzy)
		}
	}
}

// TestRules_TimesSignCount: "10x towel", "3 x pillow": a figure times
// the goods named after it is their count, never a side of a size of the
// line before.
func TestRules_TimesSignCount(t *testing.T) {
	r := round8Rules(t)
	checkCases(t, r, Order, []itemCase{
		{"pls invoice: 3 x feather pillow, 2 x face towel white", []wantItem{{"PILF", 3, "", nil}, {"TWL", 2, "أبيض", nil}}},
		{"12x feather pillow, 6x quilt 9 tog", []wantItem{{"PILF", 12, "", nil}, {"QLT9", 6, "", nil}}},
		{"5x la7af 13 tog w 10x makhada rish", []wantItem{{"QLT13", 5, "", nil}, {"PILF", 10, "", nil}}},
		// a size keeps its sign
		{"roller blind white 120 x 160", []wantItem{{"ROLLB", 1.92, "أبيض", []int{120, 160}}}},
	})
}

// TestRules_CountAfterPauseSameKind: after a comma or a full stop, a bare
// figure followed by the line's own kind again is the count of another line
// of that kind, never a second side of the line before (a 2 m door height).
func TestRules_CountAfterPauseSameKind(t *testing.T) {
	r := round8Rules(t)
	checkCases(t, r, Order, []itemCase{
		{"عايز ٤ باب نوفا ٩٠ رمادي، ٢ باب نوفا ٧٠ ابيض", []wantItem{{"NOVA90", 4, "رمادي", []int{90}}, {"NOVA70", 2, "أبيض", []int{70}}}},
		{"4 Nova 90 door grey, 2 Nova 70 door white", []wantItem{{"NOVA90", 4, "رمادي", []int{90}}, {"NOVA70", 2, "أبيض", []int{70}}}},
		{"4 Nova 90 door grey. 12 Nova 70 door white", []wantItem{{"NOVA90", 4, "رمادي", []int{90}}, {"NOVA70", 12, "أبيض", []int{70}}}},
		{"3ayez 4 bab nova 90 ramadi, 2 bab nova 70 abyad", []wantItem{{"NOVA90", 4, "رمادي", []int{90}}, {"NOVA70", 2, "أبيض", []int{70}}}},
	})
}

// TestRules_TownAfterPreposition: a town in Latin letters after an English
// preposition is where the customer is, never a colour ("in Dahab" is no
// ذهبي) nor a complaint word ("to Siwa"); "in gold" stays a colour.
func TestRules_TownAfterPreposition(t *testing.T) {
	r := rulesFrom(t, `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
CUSH,خدادية قطيفة,Velvet cushion,خدادية|cushion,اكسسوارات,piece,250,100,قطيفة,ذهبي|فضي|كحلي
LAMP,أباجورة,Table lamp,اباجورة|lamp,اضاءة,piece,900,40,,ذهبي|أسود
`, "ذهبي, dahabi, gold, golden => ذهبي\nكحلي, navy, k7ly => كحلي\n")
	for _, tt := range []struct {
		text   string
		intent Intent
		color  string
	}{
		{"Hi, I need 10 velvet cushions for our guesthouse in Dahab", Order, ""},
		{"4 lamps to Siwa please", Order, ""},
		{"4 lamps in gold please", Order, "ذهبي"},
		{"3ayez 4 abajora dahabi", Order, "ذهبي"},
	} {
		res, err := r.Understand(context.Background(), tt.text)
		if err != nil {
			t.Fatal(err)
		}
		if res.Intent != tt.intent || len(res.Items) != 1 || res.Items[0].Color != tt.color {
			t.Errorf("%q: intent %v, items %+v; want %v, one line coloured %q", tt.text, res.Intent, res.Items, tt.intent, tt.color)
		}
	}
}
