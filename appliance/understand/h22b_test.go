package understand

import (
	"context"
	"slices"
	"testing"
)

// The known misses of the fourteenth session (branch h22b), on a small
// garden shop of its own (none of the blind sets' catalogs or
// sentences): irrigation pumps by horsepower, a hose by the metre, stone
// fountains by diameter and the paving around them by the m², garden
// floods by watts, a planter,
// garden chairs and a table set that counts its chairs.
const h22bCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
PMP-05,طلمبة ري نص حصان,Irrigation pump 0.5 HP,طلمبة مية نص حصان|طلمبة نص حصان,طلمبات,piece,2200,10,,
PMP-1,طلمبة ري 1 حصان,Irrigation pump 1 HP,طلمبة مية حصان|طلمبة حصان,طلمبات,piece,3500,10,,
PMP-15,طلمبة ري 1.5 حصان,Irrigation pump 1.5 HP,طلمبة حصان ونص,طلمبات,piece,5100,5,,
HOSE,خرطوم مية نص بوصة,Garden hose 1/2 inch,خرطوم جنينة,خراطيم,meter,25,500,,
FTN-60,نافورة حجر 60 سم,Stone fountain 60 cm,نافورة 60,نوافير,piece,4800,4,حجر,
FTN-90,نافورة حجر 90 سم,Stone fountain 90 cm,نافورة 90,نوافير,piece,7600,3,حجر,
LMP-20,كشاف حديقة ليد 20 وات,LED garden flood 20W,,كشافات,piece,300,50,,
LMP-50,كشاف حديقة ليد 50 وات,LED garden flood 50W,,كشافات,piece,520,50,,
PLNT,حوض زرع فايبر,Fibreglass planter,حوض زرع,أحواض,piece,650,20,فايبر,
PAVE,تبليط حول النافورة,Paving around the fountain per m2,تبليط نافورة,خدمات,sqm,350,,,
CHR,كرسي جنينة خشب,Wooden garden chair,كرسي خشب,أثاث,piece,900,30,خشب,بني|أخضر
SET4,طقم جلسة ترابيزة و4 كراسي,Garden table with 4 chairs,طقم جلسة,أثاث,piece,4200,6,خشب,بني
`

const h22bVocab = `طلمبة, طلمبه, مضخة, pump, tolomba
حصان, حصانه, HP, hp, 7osan
خرطوم, خراطيم, hose
نافورة, نافوره, نوافير, fountain, nafora
تبليط, paving
كرسي, كراسي, chair, korsy
ترابيزة, ترابيزه, table
جنينة, جنينه, حديقة, garden
بني, brown => بني
اخضر, green => أخضر
`

// TestRules_WaterWhereNoNumberStands: "مية" is a hundred and water alike; it is
// a number only where a number can stand (before a unit or a measure,
// after a figure, joined by و to a number). After a word of goods or with
// the article ("طلمبة مية", "للمية") it is what the goods are for: no
// count, no size — and a pump asked by its use, its rating unsaid, is
// asked which, never the one whose synonym is shortest.
func TestRules_WaterWhereNoNumberStands(t *testing.T) {
	r := rulesFrom(t, h22bCSV, h22bVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز خرطوم للمية ٢٠ متر", []wantItem{{"HOSE", 20, "", nil}}},
		{"عايز خرطوم مية", []wantItem{{"HOSE", 1, "", []int{}}}},
		{"عايز خرطوم للمية", []wantItem{{"HOSE", 1, "", []int{}}}},
		{"عايز مية متر خرطوم", []wantItem{{"HOSE", 100, "", nil}}},
		{"عايز طلمبة مية حصان", []wantItem{{"PMP-1", 1, "", nil}}},
		{"عايز طلمبة مية نص حصان", []wantItem{{"PMP-05", 1, "", nil}}},
		// Franco spells the hundred as water is spelt too
		{"3ayez meya metr khartoum", []wantItem{{"HOSE", 100, "", nil}}},
		{"3ayez khartoum meya", []wantItem{{"HOSE", 1, "", []int{}}}},
	})
	for _, text := range []string{"محتاج طلمبة مية للحوض", "محتاج طلمبة مية للجنينة", "عايز طلمبة للمية"} {
		res, err := r.Understand(context.Background(), text)
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Items) != 1 || res.Items[0].SKU != "" && len(res.Items[0].Ambiguous) == 0 || len(res.Items[0].DimsCM) > 0 {
			t.Errorf("%s: %+v, want the pumps asked between, no size", text, res.Items)
		}
	}
}

// TestRules_SameNounAgainAfterAFigure: a figure that names the goods
// ("نافورة 60"), then و glued to the same head noun and another figure,
// is two lines — never the first figure a count of the second, though a
// service sold by the m² holds that noun ("تبليط حول النافورة").
func TestRules_SameNounAgainAfterAFigure(t *testing.T) {
	r := rulesFrom(t, h22bCSV, h22bVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز نافورة 60 ونافورة 90", []wantItem{{"FTN-60", 1, "", nil}, {"FTN-90", 1, "", nil}}},
		{"عايز نافورة ٩٠ ونافورة ٦٠ لو سمحت", []wantItem{{"FTN-90", 1, "", nil}, {"FTN-60", 1, "", nil}}},
		{"عايز تبليط حول النافورة ٣ في ٣", []wantItem{{"PAVE", 9, "", nil}}},
	})
}

// TestRules_PluralTheVocabularyGroups: a broken plural the shop's
// vocabulary groups with its singular ("كرسي, كراسي"), said with no count,
// is several of it, how many not said — though another product's name
// counts that plural ("طقم جلسة ترابيزة و4 كراسي"); with a count it is
// that many.
func TestRules_PluralTheVocabularyGroups(t *testing.T) {
	r := rulesFrom(t, h22bCSV, h22bVocab)
	for _, text := range []string{"عايز كراسي خشب بني", "عايز كراسي جنينة"} {
		res, err := r.Understand(context.Background(), text)
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Items) != 1 || res.Items[0].SKU != "CHR" || !slices.Contains(res.Items[0].Missing, "count") {
			t.Errorf("%s: %+v, want the chair with its count asked", text, res.Items)
		}
	}
	checkCases(t, r, Order, []itemCase{
		{"عايز ٤ كراسي خشب بني", []wantItem{{"CHR", 4, "بني", nil}}},
		{"عايز كرسي خشب بني", []wantItem{{"CHR", 1, "بني", nil}}},
		{"I want 4 wooden chairs brown", []wantItem{{"CHR", 4, "بني", nil}}},
	})
}

// TestRules_MoveToldBeforeTheOrder: a move told before the order ("احنا
// لسه نقلين الشقة الجديدة", "اتنقلنا") is who the customer is, as a
// wedding or a new flat is: placed, no word left for a person.
func TestRules_MoveToldBeforeTheOrder(t *testing.T) {
	r := rulesFrom(t, h22bCSV, h22bVocab)
	checkPlaced(t, r, "احنا لسه نقلين الشقة الجديدة فعايز نافورة 60", Order, []wantItem{{"FTN-60", 1, "", nil}})
	checkPlaced(t, r, "اتنقلنا بيت جديد وعايز طلمبة حصان", Order, []wantItem{{"PMP-1", 1, "", nil}})
}

// TestRules_WattsNameTheGoods: a bare figure after goods the names rate
// by it ("كشاف … 20 وات" said "كشاف 20"), then the next goods, is that
// rating — never a shop list's count, as a weight's figure would be.
func TestRules_WattsNameTheGoods(t *testing.T) {
	r := rulesFrom(t, h22bCSV, h22bVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز كشاف 20 وكشاف 50", []wantItem{{"LMP-20", 1, "", nil}, {"LMP-50", 1, "", nil}}},
		{"عايز كشاف ٢٠ و ٢ كشاف ٥٠", []wantItem{{"LMP-20", 1, "", nil}, {"LMP-50", 2, "", nil}}},
		{"عايز ٣ كشاف ٢٠", []wantItem{{"LMP-20", 3, "", nil}}},
	})
}
