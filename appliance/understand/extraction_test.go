package understand

import (
	"context"
	"slices"
	"testing"
)

// A finishing-materials shop written for the extraction classes of issue
// 14: tiles and a wood skirting sold by the metre in two named heights
// (7 and 10 cm), packs counted in bags, doors whose names carry their width
// (70 and 85 cm), taps and a bidet spray in two finishes, ready curtains of
// two kinds, an artificial turf named by its pile height, a kitchen sold by
// the running metre and a kids' wardrobe whose catalog lists a two-tone
// colour; a bathroom mirror makes حمام a word of the catalog, and a
// blackout fabric makes بلاك اوت a head noun too; a tulle ("tool") shares
// its Franco letters with طول; tailoring is a service sold by the metre;
// a German parquet's name starts with ال itself (ألماني); a roller blind
// is sold by the m²; a wood board's name says one of its colours (طبيعي).
const extractionCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
FLR,بلاط أرضيات,Floor tiles,بلاط ارضيه,بلاط,sqm,260,,سيراميك,بيج|رمادي|أبيض
WALLT,بلاط حوائط,Wall tiles,بلاط حيطان,بلاط,sqm,240,,سيراميك,أبيض|بيج
SPC,صليبات بلاط كيس,Tile spacers bag,صليبات,مستلزمات,piece,30,400,,
GLUE,غراء بلاط شيكارة,Tile adhesive sack,غراء,مستلزمات,piece,180,200,,
SK7,نعلة خشب 7 سم,Wood skirting 7 cm,نعلة 7,نعل,meter,60,900,خشب,أبيض|بني
SK10,نعلة خشب 10 سم,Wood skirting 10 cm,نعلة 10,نعل,meter,85,700,خشب,أبيض|بني
D70,باب خشب 70 سم,Wooden door 70 cm,باب 70,أبواب,piece,3900,10,خشب,جوزي|أبيض
D85,باب خشب 85 سم,Wooden door 85 cm,باب 85,أبواب,piece,4300,10,خشب,جوزي|أبيض
TAPB,خلاط حوض,Basin mixer,,خلاطات,piece,1600,30,,كروم|أسود
TAPK,خلاط مطبخ,Kitchen mixer,,خلاطات,piece,1900,30,,كروم|أسود
BIDET,شطاف,Bidet spray,شطافة,اكسسوار,piece,350,50,,كروم|أسود
CBO,ستارة جاهزة بلاك اوت,Ready blackout curtain,ستاره بلاك اوت,ستائر,piece,1200,20,,بيج|رمادي
CCH,ستارة جاهزة شيفون,Ready chiffon curtain,ستاره شيفون|شيفون جاهز,ستائر,piece,700,20,,أبيض|بيج
TURF,نجيلة صناعي 3 سم,Artificial turf 3 cm,نجيلة 3 سم,نجيلة,sqm,280,,,
KIT,مطبخ خشب,Wooden kitchen,مطبخ,مطابخ,meter,9000,,خشب,أبيض|بني
WRK,دولاب أطفال,Kids wardrobe,دولاب اطفال,دواليب,piece,8000,3,,أبيض|وردي|أبيض وردي
WRA,دولاب كبير,Large wardrobe,,دواليب,piece,12000,3,,أبيض|بني
MIR,مراية حمام,Bathroom mirror,,اكسسوار,piece,900,10,,
FBO,بلاك اوت قماش,Blackout fabric,,أقمشة,meter,150,,,بيج|رمادي
TUL,قماش تول,Tulle fabric,تول,أقمشة,meter,90,,,أبيض
TLR,تفصيل ستارة,Curtain tailoring,تفصيل,خدمات,meter,60,,,
RB,ستارة رول,Roller blind,رول,ستائر,sqm,400,,,أبيض|رمادي
BRD,خشب طبيعي لوح,Natural wood board,,أخشاب,piece,300,50,,طبيعي|مدخن
PQDE,باركيه ألماني,German parquet,,باركيه,sqm,700,,,أرو فاتح|رمادي
PQTR,باركيه تركي,Turkish parquet,,باركيه,sqm,450,,,أرو فاتح|رمادي
`

func extractionRules(t testing.TB) *Rules {
	t.Helper()
	return rulesFrom(t, extractionCSV, "ابيض, بيضا, وايت, white => أبيض\nاسود, سودا, بلاك, black => أسود\n"+
		"بيج, beige => بيج\nرمادي, رصاصي, grey => رمادي\nبني, brown => بني\nوردي, بينك, pink => وردي\n"+
		"بلاك اوت, بلاك أوت, blackout\nمدخن, smoked => مدخن\nطبيعي, natural => طبيعي\nنعلة, وزرة => نعلة\nكروم, chrome => كروم\nجوزي, walnut => جوزي\nشيكارة, شكارة, شكاير, كيس, اكياس, bag, bags => شيكارة\n")
}

// TestRules_MetresAndCentimetres: a figure after "متر و" is the metre's
// centimetres only when it is bare; one with its own unit, pack or product
// after it is the next line's count.
func TestRules_MetresAndCentimetres(t *testing.T) {
	r := extractionRules(t)
	checkCases(t, r, Order, []itemCase{
		{"عايز بلاط ارضيات رمادي ٣٠ متر و ١٢ شيكارة غراء", []wantItem{{"FLR", 30, "رمادي", nil}, {"GLUE", 12, "", nil}}},
		{"بلاط حوائط ابيض ٢٢ متر و ٤٠ كيس صليبات", []wantItem{{"WALLT", 22, "أبيض", nil}, {"SPC", 40, "", nil}}},
		{"3ayez balat ardeyat beige 50 metr w 20 shekayer ghera2", []wantItem{{"FLR", 50, "بيج", nil}, {"GLUE", 20, "", nil}}},
		{"wall tiles white 18 m and 25 bags of spacers", []wantItem{{"WALLT", 18, "أبيض", nil}, {"SPC", 25, "", nil}}},
		// English: the amount, the describing words, then the head noun
		{"I need 20 sqm of floor tiles in beige plus 15 m wood skirting 10 cm white", []wantItem{{"FLR", 20, "بيج", nil}, {"SK10", 15, "أبيض", []int{10}}}},
		// bare: the centimetres of the metre said
		{"نعلة خشب 7 سم بني متر و٢٠", []wantItem{{"SK7", 1.2, "بني", nil}}},
		{"matba5 khashab metr w 40 abyad", []wantItem{{"KIT", 1.4, "أبيض", nil}}},
		{"مطبخ خشب متر و٦٠ وخلاط مطبخ كروم", []wantItem{{"KIT", 1.6, "", nil}, {"TAPK", 1, "كروم", nil}}},
		// a product sold by the m² after it takes no count (the glue's name
		// says بلاط too, but it heads no glue)
		{"الحيطة ٢ متر في متر و٤٠ بلاط حوائط ابيض", []wantItem{{"WALLT", 2.8, "أبيض", []int{200, 140}}}},
	})
}

// TestRules_NamedSizeDims: dims_cm of a line sold by the metre or m² hold
// the product's own named size (said before or after its name) and any
// piece's sides, not the running length or area that is its quantity; with
// no named size the run stays a stated dimension.
func TestRules_NamedSizeDims(t *testing.T) {
	r := extractionRules(t)
	checkCases(t, r, Order, []itemCase{
		{"عايز نعلة خشب 10 سم بيضا 35 متر", []wantItem{{"SK10", 35, "أبيض", []int{10}}}},
		{"محتاج ٢٠ متر نعلة ٧ سم بني", []wantItem{{"SK7", 20, "بني", []int{7}}}},
		{"١٠ سم نعلة خشب بيضا ٢٠ متر", []wantItem{{"SK10", 20, "أبيض", []int{10}}}},
		{"I need 3cm artificial turf, 60 sqm", []wantItem{{"TURF", 60, "", []int{3}}}},
		{"3ayez nageela 3 cm 45 metr", []wantItem{{"TURF", 45, "", []int{3}}}},
		// a side named by its dimension word stays a dimension
		{"نعلة خشب 7 سم بني طول 4 متر", []wantItem{{"SK7", 4, "بني", []int{7, 400}}}},
		// an area's sides are the piece's size; the named figure said
		// before them chose the product and is no side of it (h27a)
		{"نجيلة صناعي ٣ سم ٥ في ٦ متر", []wantItem{{"TURF", 30, "", []int{500, 600}}}},
		// no named size: the run is the stated dimension
		{"عايز مطبخ خشب 3.5 متر ابيض", []wantItem{{"KIT", 3.5, "أبيض", []int{350}}}},
		{"مطبخ خشب 2 متر في 60 سم بني", []wantItem{{"KIT", 2, "بني", []int{200, 60}}}},
	})
}

// TestRules_ColourNotCarried: a line joined by و with its own amount is not
// "said together" with the one before; a product made in several colours
// gets the colour only its own words give (or "كله"/"all" for every line),
// else it is asked. Two colours of one piece ("ابيض في وردي") are the
// catalog's combined colour when it lists one, else asked.
func TestRules_ColourNotCarried(t *testing.T) {
	r := extractionRules(t)
	tests := []struct {
		text    string
		want    []wantItem
		missing []bool // the line misses its colour
	}{
		{"عايز ٢٥ متر بلاط حوائط ابيض و ١٨ متر نعلة ١٠ سم", []wantItem{{"WALLT", 25, "أبيض", nil}, {"SK10", 18, "", nil}}, []bool{false, true}},
		{"3ayez 25 metr balat 7eetan abyad w 18 metr na3la 10", []wantItem{{"WALLT", 25, "أبيض", nil}, {"SK10", 18, "", nil}}, []bool{false, true}},
		{"I need 30 m white floor tiles and 12 m skirting 7 cm", []wantItem{{"FLR", 30, "أبيض", nil}, {"SK7", 12, "", nil}}, []bool{false, true}},
		{"٢٠ متر بلاط حوائط و ١٠ متر نعلة ٧ سم، كله ابيض", []wantItem{{"WALLT", 20, "أبيض", nil}, {"SK7", 10, "أبيض", nil}}, []bool{false, false}},
		{"عايزة دولاب كبير ابيض في بني", []wantItem{{"WRA", 1, "", nil}}, []bool{true}},
		{"3ayza dolab kebir abyad fe bonni", []wantItem{{"WRA", 1, "", nil}}, []bool{true}},
		{"عايزة دولاب اطفال ابيض في وردي", []wantItem{{"WRK", 1, "أبيض وردي", nil}}, []bool{false}},
		{"عايزة دولاب اطفال وردي", []wantItem{{"WRK", 1, "وردي", nil}}, []bool{false}},
		{"دولاب اطفال ابيض × وردي", []wantItem{{"WRK", 1, "أبيض وردي", nil}}, []bool{false}},
		{"20 m wall tiles and 10 m skirting 7 cm, all in white", []wantItem{{"WALLT", 20, "أبيض", nil}, {"SK7", 10, "أبيض", nil}}, []bool{false, false}},
		// a line with its own amount, then the next with no و: not said together
		{"٢٠ متر بلاط حوائط ابيض نعلة ٧ سم ١٥ متر", []wantItem{{"WALLT", 20, "أبيض", nil}, {"SK7", 15, "", nil}}, []bool{false, true}},
		{"بلاط حوائط ابيض ٢٠ متر ونفس اللون نعلة ٧ سم ١٥ متر", []wantItem{{"WALLT", 20, "أبيض", nil}, {"SK7", 15, "أبيض", nil}}, []bool{false, false}},
		// English says the colour before the head noun of the line it opens
		{"I need a basin mixer and a black bidet spray", []wantItem{{"TAPB", 1, "", nil}, {"BIDET", 1, "أسود", nil}}, []bool{true, false}},
		{"a white wooden door 85 cm and a walnut wooden door 70 cm", []wantItem{{"D85", 1, "أبيض", []int{85}}, {"D70", 1, "جوزي", []int{70}}}, []bool{false, false}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			checkItems(t, r, tt.text, Order, tt.want)
			res, _ := r.Understand(context.Background(), tt.text)
			for i, m := range tt.missing {
				if i < len(res.Items) && slices.Contains(res.Items[i].Missing, "color") != m {
					t.Errorf("item %d missing %v, want colour missing %v", i, res.Items[i].Missing, m)
				}
			}
		})
	}
}

// TestRules_DistributiveCounts: a count of places (a noun that heads no
// product, even one some name uses) named again after "كل"/"each" makes
// every line asked for each place that many times; "N … وواحدة <kind>"
// shares nothing when the kinds differ.
func TestRules_DistributiveCounts(t *testing.T) {
	r := extractionRules(t)
	checkCases(t, r, Order, []itemCase{
		{"عندي ٣ حمامات، كل حمام عايز فيه خلاط حوض كروم وشطاف اسود", []wantItem{{"TAPB", 3, "كروم", nil}, {"BIDET", 3, "أسود", nil}}},
		{"عندنا حمامين، كل واحد محتاج خلاط حوض اسود", []wantItem{{"TAPB", 2, "أسود", nil}}},
		{"عندي ٣ حمامات، كل حمام عايز فيه ٢ شطاف كروم", []wantItem{{"BIDET", 6, "كروم", nil}}},
		{"3andy 4 7ammamat, kol 7ammam 3ayez shattaf kroom", []wantItem{{"BIDET", 4, "كروم", nil}}},
		{"I have 3 bathrooms, each one needs a basin mixer in chrome and a bidet spray in black", []wantItem{{"TAPB", 3, "كروم", nil}, {"BIDET", 3, "أسود", nil}}},
		{"for each of the 2 bathrooms I need a black basin mixer", []wantItem{{"TAPB", 2, "أسود", nil}}},
		{"3 bathrooms, each needs a chrome bidet spray", []wantItem{{"BIDET", 3, "كروم", nil}}},
		{"في ٣ حمامات، عايز لكل حمام شطاف كروم", []wantItem{{"BIDET", 3, "كروم", nil}}},
		{"3andena 2 7ammamat, kol wa7ed me7tag khalat 7od eswed", []wantItem{{"TAPB", 2, "أسود", nil}}},
		{"عندي ٢ حمام، عايز لكل واحد خلاط حوض كروم", []wantItem{{"TAPB", 2, "كروم", nil}}},
		// "كل واحد معاه …": one with each of the pieces said
		{"عايز ٣ خلاط حوض كروم، كل واحد معاه شطاف اسود", []wantItem{{"TAPB", 3, "كروم", nil}, {"BIDET", 3, "أسود", nil}}},
		// a new request after the lines the distributive covers is not for each place
		{"عندي ٣ حمامات، كل حمام فيه خلاط حوض كروم وشطاف كروم وعايز كمان مراية حمام واحدة بس", []wantItem{{"TAPB", 3, "كروم", nil}, {"BIDET", 3, "كروم", nil}, {"MIR", 1, "", nil}}},
		// a counted noun, its kind words after it, then one of another kind
		{"عايزة ستارتين جاهزين شيفون بيج وواحدة بلاك اوت جاهزة رمادي", []wantItem{{"CCH", 2, "بيج", nil}, {"CBO", 1, "رمادي", nil}}},
		// "جاهزين" agrees with the جاهزة of one name and the جاهز of another
		{"محتاجة ستارتين جاهزين بلاك اوت رمادي وواحدة شيفون جاهزة بيج", []wantItem{{"CBO", 2, "رمادي", nil}, {"CCH", 1, "بيج", nil}}},
		{"2 ready chiffon curtains beige and 1 ready blackout curtain grey", []wantItem{{"CCH", 2, "بيج", nil}, {"CBO", 1, "رمادي", nil}}},
		// English says its head noun last: a head the line has may only describe
		{"5 m blackout fabric in grey and 2 blackout curtains in beige", []wantItem{{"FBO", 5, "رمادي", nil}, {"CBO", 2, "بيج", nil}}},
		{"10 m wood skirting 7 cm white and two wood doors 70 cm white", []wantItem{{"SK7", 10, "أبيض", []int{7}}, {"D70", 2, "أبيض", []int{70}}}},
	})
}

// TestRules_TwoPiecesOfOneKind: after و, a count where the line already has
// one, followed by words of the same product's name, is another piece of
// that kind with its own count, size and colour; the size in the name
// chooses each variant.
func TestRules_TwoPiecesOfOneKind(t *testing.T) {
	r := extractionRules(t)
	checkCases(t, r, Order, []itemCase{
		{"عايز ٣ باب خشب ٨٥ جوزي و ٢ خشب ٧٠ ابيض", []wantItem{{"D85", 3, "جوزي", []int{85}}, {"D70", 2, "أبيض", []int{70}}}},
		{"2 باب 70 ابيض و 3 85 جوزي", []wantItem{{"D70", 2, "أبيض", []int{70}}, {"D85", 3, "جوزي", []int{85}}}},
		{"3ayez 3 bab khashab 85 abyad w 2 khashab 70 abyad", []wantItem{{"D85", 3, "أبيض", []int{85}}, {"D70", 2, "أبيض", []int{70}}}},
		{"3 wooden doors 85 cm walnut and 2 wooden 70 cm white", []wantItem{{"D85", 3, "جوزي", []int{85}}, {"D70", 2, "أبيض", []int{70}}}},
		// one piece said with its size: no second line
		{"عايز ٢ باب خشب ٨٥ ابيض", []wantItem{{"D85", 2, "أبيض", []int{85}}}},
	})
}

// TestRules_FrancoDims: Franco-Arabic dimension words (3ard, tool,
// ertefa3) name the sides of a size as the Arabic ones do, even where a
// product's name has the same letters; English says them after the
// figure ("3 m wide by 4 m long").
func TestRules_FrancoDims(t *testing.T) {
	r := extractionRules(t)
	checkCases(t, r, Order, []itemCase{
		{"3ayez balat ardeyat beige 3 metr 3ard fe 4 tool", []wantItem{{"FLR", 12, "بيج", []int{300, 400}}}},
		{"balat 7eetan abyad 3ard 2 metr tool 3 metr", []wantItem{{"WALLT", 6, "أبيض", []int{200, 300}}}},
		{"بلاط ارضيات بيج ٣ متر عرض في ٤ طول", []wantItem{{"FLR", 12, "بيج", []int{300, 400}}}},
		{"floor tiles beige width 3 m height 4 m", []wantItem{{"FLR", 12, "بيج", []int{300, 400}}}},
		{"floor tiles in beige, 3 m wide by 4 m long", []wantItem{{"FLR", 12, "بيج", []int{300, 400}}}},
		{"2 metr 3ard w 3 metr tool balat ardeyat beige", []wantItem{{"FLR", 6, "بيج", []int{200, 300}}}},
		{"بلاط ارضيات بيج ٢ متر عرض و ٣ متر طول", []wantItem{{"FLR", 6, "بيج", []int{200, 300}}}},
		{"wall tiles white, 250 wide x 300 high", []wantItem{{"WALLT", 7.5, "أبيض", []int{250, 300}}}},
		// no size said: the tulle
		{"3ayza 5 metr tool abyad", []wantItem{{"TUL", 5, "أبيض", nil}}},
		{"3ayza tool 4 metr abyad", []wantItem{{"TUL", 4, "أبيض", nil}}},
	})
}

// TestRules_ServiceOfGoods: a service sold by the goods' measure (its name
// heads with a verbal noun, تفعيل) said with no amount, or for "both", is
// done to the goods before it: their total.
func TestRules_ServiceOfGoods(t *testing.T) {
	r := extractionRules(t)
	checkCases(t, r, Order, []itemCase{
		{"عايز ٨ متر قماش تول ابيض و ٦ متر بلاك اوت قماش رمادي وتفصيل الاتنين", []wantItem{{"TUL", 8, "أبيض", nil}, {"FBO", 6, "رمادي", nil}, {"TLR", 14, "", nil}}},
		{"محتاج ١٠ متر تول ابيض ومعاه التفصيل", []wantItem{{"TUL", 10, "أبيض", nil}, {"TLR", 10, "", nil}}},
		{"10 m of white tulle fabric and the tailoring", []wantItem{{"TUL", 10, "أبيض", nil}, {"TLR", 10, "", nil}}},
		{"3ayez 7 metr tool abyad w tafseel", []wantItem{{"TUL", 7, "أبيض", nil}, {"TLR", 7, "", nil}}},
		// its own amount
		{"تول ابيض ١٠ متر وتفصيل ستارة ٤ متر", []wantItem{{"TUL", 10, "أبيض", nil}, {"TLR", 4, "", nil}}},
		// a head noun with an object pronoun: their tailoring
		{"تول ابيض ٨ متر وبلاك اوت قماش رمادي ٦ متر وتفصيلهم", []wantItem{{"TUL", 8, "أبيض", nil}, {"FBO", 6, "رمادي", nil}, {"TLR", 14, "", nil}}},
		{"تول ابيض ٨ متر وتفصيله ٨ متر", []wantItem{{"TUL", 8, "أبيض", nil}, {"TLR", 8, "", nil}}},
	})
}

// TestRules_ArticleOnAl: a word that starts with ال itself (ألماني) said
// with the article ("الالماني") is that word; a number word with the
// article after a product's word is the figure its name says ("الباب
// السبعين": the 70 cm door), elsewhere "both"/"all of them".
func TestRules_ArticleOnAl(t *testing.T) {
	r := extractionRules(t)
	checkItems(t, r, "بكام الباب السبعين؟", Inquiry, []wantItem{{"D70", 1, "", nil}})
	checkItems(t, r, "بكام متر الوزرة العشرة؟", Inquiry, []wantItem{{"SK10", 1, "", nil}}) // وزرة: a variant of نعلة
	checkItems(t, r, "عايز خلاط حوض وشطاف، الاتنين كروم", Order, []wantItem{{"TAPB", 1, "كروم", nil}, {"BIDET", 1, "كروم", nil}})
	checkItems(t, r, "عايز اعرف سعر الباركيه الالماني", Inquiry, []wantItem{{"PQDE", 1, "", nil}})
	checkItems(t, r, "الباركيه الالماني الرمادي ٣٠ متر", Order, []wantItem{{"PQDE", 30, "رمادي", nil}})
}

// TestRules_PiecesOfSizes: after و, when the line has its size, another
// size (or a count before one) is another piece of the same product, a line
// of its own; its colour is the first's unless it says one. A kitchen's
// walls, sold by the metre, still add up.
func TestRules_PiecesOfSizes(t *testing.T) {
	r := extractionRules(t)
	checkCases(t, r, Order, []itemCase{
		{"ستارة رول بيضا ١٠٠ في ١٥٠ وواحدة تانية رمادي ٨٠ في ١٥٠", []wantItem{{"RB", 1.5, "أبيض", []int{100, 150}}, {"RB", 1.2, "رمادي", []int{80, 150}}}},
		{"ستارة رول رمادي: ٣ قطع ١٢٠ في ١٦٠ و قطعة ٦٠ في ١٦٠", []wantItem{{"RB", 5.76, "رمادي", []int{120, 160}}, {"RB", 0.96, "رمادي", []int{60, 160}}}},
		{"3ayez setara rol abyad 100 fi 150 w wa7da tanya 80 fi 150", []wantItem{{"RB", 1.5, "أبيض", []int{100, 150}}, {"RB", 1.2, "أبيض", []int{80, 150}}}},
		{"white roller blind 100 x 150 and one 80 x 150", []wantItem{{"RB", 1.5, "أبيض", []int{100, 150}}, {"RB", 1.2, "أبيض", []int{80, 150}}}},
		{"مطبخ خشب ابيض 3 متر في 60 سم و 2 متر في 60 سم", []wantItem{{"KIT", 5, "أبيض", []int{300, 60, 200, 60}}}},
	})
}

// TestRules_PlacesBefore: sizes of several places said before the product
// are a line each, in the order said (walls of a product sold by the metre
// add up); the words naming whose size it is (a place, an ordinal, the
// room's kind) and "عايزهم" are placed; a distributive stops at another
// place named.
func TestRules_PlacesBefore(t *testing.T) {
	r := extractionRules(t)
	tests := []struct {
		text string
		want []wantItem
	}{
		{"صالة ٥ في ٤ واوضة ٣ في ٣ عايزهم بلاط ارضيات بيج", []wantItem{{"FLR", 20, "بيج", []int{500, 400}}, {"FLR", 9, "بيج", []int{300, 300}}}},
		{"عندي اوضتين نوم الاولى ٤ في ٣ والتانية ٣ في ٣ وعايز فيهم بلاط ارضيات رمادي", []wantItem{{"FLR", 12, "رمادي", []int{400, 300}}, {"FLR", 9, "رمادي", []int{300, 300}}}},
		{"حيطة ٣ متر في ٦٠ وحيطة ٢ متر في ٦٠ عايزهم مطبخ خشب ابيض", []wantItem{{"KIT", 5, "أبيض", nil}}},
		{"عندي ٣ شبابيك كل شباك عايز عليه ستارة رول بيضا ١٠٠ في ١٢٠، وشباك المطبخ ٦٠ في ٨٠ عايزه ستارة رول رمادي", []wantItem{{"RB", 3.6, "أبيض", []int{100, 120}}, {"RB", 0.48, "رمادي", []int{60, 80}}}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			checkItems(t, r, tt.text, Order, tt.want)
			if res, _ := r.Understand(context.Background(), tt.text); len(res.Unexplained) > 0 {
				t.Errorf("unexplained %q", res.Unexplained)
			}
		})
	}
}

// TestRules_ColourSaidForName: a colour word that is also a word of the
// product's name is the name's when another colour it is made in is said.
func TestRules_ColourSaidForName(t *testing.T) {
	r := extractionRules(t)
	checkItems(t, r, "عايز ٣ خشب طبيعي لوح لون مدخن", Order, []wantItem{{"BRD", 3, "مدخن", nil}})
	checkItems(t, r, "3 natural wood boards, smoked", Order, []wantItem{{"BRD", 3, "مدخن", nil}})
}

// TestRules_TrailingQualifier: one word after a separator that the line's
// product can also be is said of that line; a word it cannot be is a line
// of its own.
func TestRules_TrailingQualifier(t *testing.T) {
	r := extractionRules(t)
	checkItems(t, r, "عايزة ٢ ستارة جاهزة بيج، بلاك اوت", Order, []wantItem{{"CBO", 2, "بيج", nil}})
	checkItems(t, r, "2 ready curtains in beige, blackout", Order, []wantItem{{"CBO", 2, "بيج", nil}})
	checkItems(t, r, "عايز خلاط حوض كروم، شطاف", Order, []wantItem{{"TAPB", 1, "كروم", nil}, {"BIDET", 1, "", nil}})
}

// TestRules_SameSizeAndEach: "نفس المقاس" after a product named with its
// size chooses the same size of the next; "and one each of …" keeps the و
// that opens the next line.
func TestRules_SameSizeAndEach(t *testing.T) {
	r := extractionRules(t)
	checkItems(t, r, "باب خشب ٨٥ ابيض وباب خشب جوزي نفس المقاس", Order, []wantItem{{"D85", 1, "أبيض", nil}, {"D85", 1, "جوزي", nil}})
	checkItems(t, r, "one 85 cm wooden door and one each of the kitchen mixer and bidet spray, chrome", Order,
		[]wantItem{{"D85", 1, "", nil}, {"TAPK", 1, "", nil}, {"BIDET", 1, "كروم", nil}})
}
