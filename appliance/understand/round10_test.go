package understand

import (
	"context"
	"slices"
	"testing"

	"fatoora/catalog"
)

// Round 10's first-contact classes, on a small shop of baby cots (a
// synonym naming only the smaller one), pillows, and floor work sold by
// the square metre.
const round10CSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
COT-S,سرير بيبي خشب ٦٠×١٢٠,Wooden baby cot 60x120,سرير كريب|crib cot,غرف اطفال,piece,3100,10,زان,أبيض|بني
COT-L,سرير بيبي خشب ٧٠×١٤٠,Wooden baby cot 70x140,,غرف اطفال,piece,3600,10,زان,أبيض|بني
PIL-S,مخدة فايبر ٥٠×٧٠,Fibre pillow 50x70,,مخدات,piece,180,50,فايبر,
PIL-L,مخدة فايبر ٥٠×٩٠,Fibre pillow 50x90,,مخدات,piece,220,50,فايبر,
VINYL,أرضية فينيل رول,Vinyl roll flooring,فينيل,أرضيات,sqm,260,500,فينيل,رمادي|بيج
FELT,لباد تحت الأرضية ٣ مم,Underfelt 3mm,لباد,أرضيات,sqm,40,500,لباد,
LAY,تركيب أرضيات,Floor laying,تركيب,خدمات,sqm,30,,,
CLEAN,تنظيف موكيت,Moquette cleaning,تنظيف,خدمات,sqm,35,,,
BRICK,طوب أحمر مفرغ ٢٠×١٠,Hollow red brick 20x10,طوب|brick,بناء,piece,4,90000,طين,
QUILT,لحاف أطفال,Kids quilt,لحاف|quilt,مفروشات,piece,450,30,قطن,أبيض|وردي|أزرق
GATE80,بوابة حديد مشغول ٨٠,Wrought iron gate 80,,بوابات,piece,6000,5,حديد,أسود|بني
GATE120,بوابة حديد مشغول ١٢٠,Wrought iron gate 120,,بوابات,piece,8000,5,حديد,أسود|بني
`

func round10Rules(t testing.TB) *Rules {
	t.Helper()
	return rulesFrom(t, round10CSV, "ابيض, abyad, white => أبيض\nبني, bonni, brown => بني\nوردي, bamby, pink => وردي\nازرق, azra2, blue => أزرق\nاسود, eswed, black => أسود\nبوابة, bawaba => بوابة\nكريب, krib => كريب\nسرير, sereer => سرير\n")
}

// TestRules_SizeChoosesAmongKind: a width by a length said after the shop's
// short name of one variant ("سرير كريب" is its 60×120 cot) chooses the
// variant of that kind whose name carries both figures; the figures of the
// named variant keep it.
func TestRules_SizeChoosesAmongKind(t *testing.T) {
	r := round10Rules(t)
	checkCases(t, r, Order, []itemCase{
		{"محتاج ٢ سرير كريب ٧٠ في ١٤٠ ابيض", []wantItem{{"COT-L", 2, "أبيض", []int{70, 140}}}},
		{"3ayez 2 sereer krib 70x140 bonni", []wantItem{{"COT-L", 2, "بني", []int{70, 140}}}},
		{"I need 2 crib cot 70 x 140 white", []wantItem{{"COT-L", 2, "أبيض", []int{70, 140}}}},
		{"محتاج سرير كريب ٦٠ في ١٢٠ بني", []wantItem{{"COT-S", 1, "بني", []int{60, 120}}}},
	})
}

// TestRules_ServiceOverOnePlace: a service said after lines sold by area
// ("والتركيب") is laid over the place once: a line that takes the size of
// the line before ("لباد لنفس المساحة") covers the same floor, and is not
// added to it; two places each said are added.
func TestRules_ServiceOverOnePlace(t *testing.T) {
	r := round10Rules(t)
	checkCases(t, r, Order, []itemCase{
		{"محتاج فينيل رمادي للصالة ٥ في ٤ ومعاه لباد لنفس المساحة والتركيب", []wantItem{{"VINYL", 20, "رمادي", []int{500, 400}}, {"FELT", 20, "", nil}, {"LAY", 20, "", nil}}},
		{"عايز فينيل بيج ٣ في ٣ ولباد بنفس المساحة وعايز التركيب", []wantItem{{"VINYL", 9, "بيج", []int{300, 300}}, {"FELT", 9, "", nil}, {"LAY", 9, "", nil}}},
		{"عايز فينيل بيج ٣ في ٣ وفينيل رمادي ٢ في ٢ والتركيب", []wantItem{{"VINYL", 9, "بيج", []int{300, 300}}, {"VINYL", 4, "رمادي", []int{200, 200}}, {"LAY", 13, "", nil}}},
	})
}

// TestRules_ServiceOnEachPiece: a service sold by area done on pieces
// counted after its word, each of a size said with "كل واحدة"/"كل
// واحد", is that size that many times; the goods its own name gives
// ("موكيت") counted so too.
func TestRules_ServiceOnEachPiece(t *testing.T) {
	r := round10Rules(t)
	checkCases(t, r, Order, []itemCase{
		{"محتاج تنظيف ٤ دواسات كل واحدة ٢ في ١.٥", []wantItem{{"CLEAN", 12, "", []int{200, 150}}}},
		{"عايز تنظيف ٢ موكيت كل واحد ٣ في ٤", []wantItem{{"CLEAN", 24, "", []int{300, 400}}}},
		{"عايز تنظيف موكيت ٣ في ٤", []wantItem{{"CLEAN", 12, "", []int{300, 400}}}},
	})
}

// TestRules_CountWithItsPieceNoun: a figure after the line's collective
// noun followed by that noun in its singular ("طوب … ٥٠٠ طوبة") counts
// pieces; it is no size of the figure in cm.
func TestRules_CountWithItsPieceNoun(t *testing.T) {
	r := round10Rules(t)
	checkCases(t, r, Order, []itemCase{
		{"محتاج طوب أحمر مفرغ ٥٠٠ طوبة", []wantItem{{"BRICK", 500, "", nil}}},
		{"عايز طوب ٢٠ طوبة بس", []wantItem{{"BRICK", 20, "", nil}}},
		{"عايز ٣٠٠ طوبة مفرغ", []wantItem{{"BRICK", 300, "", nil}}},
		{"hollow red brick 500 bricks", []wantItem{{"BRICK", 500, "", nil}}},
	})
}

// TestRules_SharesAfterColourAndCount: a count said after the line's
// colour (or corrected after it: "لا خليهم اتنين"), then shares of it
// each in a colour of its own, the first in that colour again, are those
// shares: one blue and one pink, not two blue and a pink. A share in
// another colour alone leaves the rest unsaid, for the customer.
func TestRules_SharesAfterColourAndCount(t *testing.T) {
	r := round10Rules(t)
	checkCases(t, r, Order, []itemCase{
		{"لحاف أطفال ازرق واحد لا خليهم اتنين واحد ازرق وواحد وردي", []wantItem{{"QUILT", 1, "أزرق", nil}, {"QUILT", 1, "وردي", nil}}},
		{"لحاف ازرق تلاتة اتنين ازرق وواحد وردي", []wantItem{{"QUILT", 2, "أزرق", nil}, {"QUILT", 1, "وردي", nil}}},
		{"la7af azra2 etnen wa7ed azra2 we wa7ed bamby", []wantItem{{"QUILT", 1, "أزرق", nil}, {"QUILT", 1, "وردي", nil}}},
		{"blue quilt, 2 of them: 1 blue and 1 pink", []wantItem{{"QUILT", 1, "أزرق", nil}, {"QUILT", 1, "وردي", nil}}},
	})
	res, err := r.Understand(context.Background(), "لحاف ازرق تلاتة واحد وردي")
	if err != nil {
		t.Fatal(err)
	}
	for _, it := range res.Items {
		if it.Quantity == catalog.One && it.Color == "وردي" && len(res.Items) == 1 {
			t.Errorf("three quilts, one of them pink: the other two dropped: %+v", res.Items)
		}
	}
}

// TestRules_NominalSizeOfName: a figure said after a product whose
// Arabic name ends with it ("بوابة حديد مشغول ١٢٠") is its nominal size in
// cm, listed in the dimensions as written.
func TestRules_NominalSizeOfName(t *testing.T) {
	r := round10Rules(t)
	checkCases(t, r, Order, []itemCase{
		{"عايز بوابة حديد مشغول ١٢٠ اسود", []wantItem{{"GATE120", 1, "أسود", []int{120}}}},
		{"3ayez 2 bawaba 80 eswed", []wantItem{{"GATE80", 2, "أسود", []int{80}}}},
		{"one wrought iron gate 120 in black", []wantItem{{"GATE120", 1, "أسود", []int{120}}}},
	})
}

// TestRules_ServiceOnCountedPieces: with no "each", pieces counted after
// a service sold by area and one size after them are that many of that
// size, as "٣ ستارة ١٢٠ في ١٦٠" are (before, the count was lost and one
// piece's area invoiced).
func TestRules_ServiceOnCountedPieces(t *testing.T) {
	r := round10Rules(t)
	checkCases(t, r, Order, []itemCase{
		{"محتاج تنظيف ٤ دواسات ٢ في ١.٥", []wantItem{{"CLEAN", 12, "", []int{200, 150}}}},
		{"عايز تنظيف ٢ موكيت ٣ في ٤", []wantItem{{"CLEAN", 24, "", []int{300, 400}}}},
		{"3ayez tanzeef 4 dawasat 2 fe 1.5", []wantItem{{"CLEAN", 12, "", []int{200, 150}}}},
		// after "for"/"ل" the pieces may be a word some product has, and
		// "each" may come between them and the size
		{"moquette cleaning for 3 vinyl mats, each one 2 x 3", []wantItem{{"CLEAN", 18, "", []int{200, 300}}}},
		{"cleaning for 4 mats 2 by 1.5 please", []wantItem{{"CLEAN", 12, "", []int{200, 150}}}},
		{"I need cleaning for 2 rugs, each 3 x 4", []wantItem{{"CLEAN", 24, "", []int{300, 400}}}},
		{"عايز تنظيف لـ ٣ دواسات، كل واحدة ٢ في ١.٥", []wantItem{{"CLEAN", 9, "", []int{200, 150}}}},
	})
	// with no size after them the pieces say nothing of the area: ask
	res, err := r.Understand(context.Background(), "cleaning for 3 rugs")
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Items) != 1 || res.Items[0].SKU != "CLEAN" || !slices.Contains(res.Items[0].Missing, "size") {
		t.Errorf("cleaning for 3 rugs: %+v, want CLEAN missing its size", res.Items)
	}
}
