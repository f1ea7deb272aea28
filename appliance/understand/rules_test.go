package understand

import (
	"context"
	"slices"
	"strings"
	"sync"
	"testing"

	"fatoora/catalog"
)

// A small home-goods showroom written for these tests: a product sold by
// the running metre, one by area, pieces with sizes and counts in their
// names, colours with variants.
const testCatalogCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
CNT-GRANITE,رخامة جرانيت,Granite worktop,سطح جرانيت|رخامة,أسطح,meter,2400,,جرانيت,أسود|رمادي فاتح|بيج
CRT-LINEN,ستارة كتان,Linen curtain,ستاير كتان,ستائر,meter,300,,كتان,أبيض|بيج|رمادي
WR-ALU,دولاب ألوميتال,Aluminium wardrobe,دولاب الوميتال,دواليب,sqm,2100,,ألوميتال,أبيض|فضي
SOFA-2,كنبة 2 مقعد,Two-seat sofa,كنبة صغيرة|كنبة اتنين,انتريهات,piece,9000,4,زان,رمادي فاتح|رمادي غامق|بيج
TBL-90,ترابيزة 90 سم,Table 90 cm,ترابيزة صغيرة,ترابيزات,piece,2500,5,زان,أبيض|بني
TBL-150,ترابيزة 150 سم,Table 150 cm,ترابيزة كبيرة,ترابيزات,piece,4200,5,زان,أبيض|بني
CHR-PLS,كرسي بلاستيك,Plastic chair,كرسي بلاستك,كراسي,piece,350,100,بلاستيك,أبيض|أخضر|أحمر
LAMP,أباجورة,Lamp,لمبة,إضاءة,piece,500,8,,ذهبي
`

const testVocab = `ترابيزة, ترابيزه, طاولة
بلاستيك, بلاستك
ابيض, وايت => أبيض
احمر, ريد => أحمر
رصاصي فاتح, جراي فاتح => رمادي فاتح
`

func testRules(t testing.TB) *Rules {
	t.Helper()
	return rulesFrom(t, testCatalogCSV, testVocab)
}

// rulesFrom builds the rules of a catalog and a vocabulary given as text.
func rulesFrom(t testing.TB, csv, vocab string) *Rules {
	t.Helper()
	ps, err := catalog.ParseCSV(strings.NewReader(csv), "test.csv")
	if err != nil {
		t.Fatal(err)
	}
	v, err := catalog.ParseVocabulary(strings.NewReader(vocab), "test.txt")
	if err != nil {
		t.Fatal(err)
	}
	r, err := NewRules(ps, v, RulesOptions{})
	if err != nil {
		t.Fatal(err)
	}
	return r
}

type wantItem struct {
	sku   string
	qty   float64
	color string
	dims  []int
}

// itemCase is one message and the lines it must give.
type itemCase struct {
	text string
	want []wantItem
}

// checkCases runs checkItems on each case as a subtest named by its text.
func checkCases(t *testing.T, r *Rules, intent Intent, cases []itemCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.text, func(t *testing.T) {
			checkItems(t, r, tt.text, intent, tt.want)
		})
	}
}

// checkPlaced is checkItems, and every word of the text placed (nothing
// left in Result.Unexplained).
func checkPlaced(t *testing.T, r *Rules, text string, intent Intent, want []wantItem) {
	t.Helper()
	checkItems(t, r, text, intent, want)
	res, err := r.Understand(context.Background(), text)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Unexplained) > 0 {
		t.Errorf("%s: unexplained %q", text, res.Unexplained)
	}
}

// intentCase is one message and the intent it must be read as.
type intentCase struct {
	text   string
	intent Intent
}

// checkIntents runs each case as a subtest named by its text.
func checkIntents(t *testing.T, r *Rules, cases []intentCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.text, func(t *testing.T) {
			res, err := r.Understand(context.Background(), tt.text)
			if err != nil {
				t.Fatal(err)
			}
			if res.Intent != tt.intent {
				t.Errorf("intent %s, want %s (%+v)", res.Intent, tt.intent, res.Items)
			}
		})
	}
}

func checkItems(t *testing.T, r *Rules, text string, intent Intent, want []wantItem) {
	t.Helper()
	res, err := r.Understand(context.Background(), text)
	if err != nil {
		t.Fatal(err)
	}
	if intent != "" && res.Intent != intent {
		t.Errorf("%s: intent %s, want %s", text, res.Intent, intent)
	}
	if len(res.Items) != len(want) {
		t.Fatalf("%s: %d items %+v, want %d", text, len(res.Items), res.Items, len(want))
	}
	for i, w := range want {
		it := res.Items[i]
		if it.SKU != w.sku || it.Quantity != catalog.MilliFromFloat(w.qty) || it.Color != w.color {
			t.Errorf("%s: item %d = %s×%s %q, want %s×%v %q", text, i, it.SKU, it.Quantity, it.Color, w.sku, w.qty, w.color)
		}
		if w.dims != nil && !equalInts(it.DimsCM, w.dims) {
			t.Errorf("%s: item %d dims %v, want %v", text, i, it.DimsCM, w.dims)
		}
	}
}

func equalInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestRules_UnitAwareQuantity(t *testing.T) {
	r := testRules(t)
	tests := []struct {
		text string
		want []wantItem
	}{
		// meter: the running length
		{"عايز رخامة جرانيت 3 متر و 20 سم", []wantItem{{"CNT-GRANITE", 3.2, "", []int{320}}}},
		{"رخامة جرانيت 2 متر في 60 سم", []wantItem{{"CNT-GRANITE", 2, "", []int{200, 60}}}},
		{"رخامة جرانيت 3 متر و 2 متر", []wantItem{{"CNT-GRANITE", 5, "", []int{300, 200}}}}, // two walls
		{"رخامة جرانيت مترين ونص", []wantItem{{"CNT-GRANITE", 2.5, "", []int{250}}}},
		{"عايز مترين ستارة كتان", []wantItem{{"CRT-LINEN", 2, "", nil}}},
		{"ستارة كتان 4 متر إلا ربع", []wantItem{{"CRT-LINEN", 3.75, "", []int{375}}}},
		// sqm: width × height
		{"دولاب الوميتال 2.4 متر في 2.6", []wantItem{{"WR-ALU", 6.24, "", []int{240, 260}}}},
		{"دولاب الوميتال ٢ متر عرض في ٢٥٠ سم ارتفاع", []wantItem{{"WR-ALU", 5, "", []int{200, 250}}}},
		{"دولاب الوميتال 180×240", []wantItem{{"WR-ALU", 4.32, "", []int{180, 240}}}},
		// piece: a count
		{"عايز 4 كراسي بلاستيك", []wantItem{{"CHR-PLS", 4, "", nil}}},
		{"دستة كراسي بلاستك", []wantItem{{"CHR-PLS", 12, "", nil}}},
		{"نص دستة كراسي بلاستيك", []wantItem{{"CHR-PLS", 6, "", nil}}},
		{"خمستاشر كرسي بلاستيك", []wantItem{{"CHR-PLS", 15, "", nil}}},
		{"كرسيين بلاستيك", []wantItem{{"CHR-PLS", 2, "", nil}}},                 // dual of a catalog word
		{"ترابيزتين صغيرة", []wantItem{{"TBL-90", 2, "", nil}}},                 // dual with ة → ت
		{"عايز اباجورة", []wantItem{{"LAMP", 1, "ذهبي", nil}}},                  // a lone colour is not said: Missing, but one colour only
		{"كنبة اتنين رمادي فاتح", []wantItem{{"SOFA-2", 1, "رمادي فاتح", nil}}}, // the 2 of the name is no count
		{"2 كنبة 2 مقعد", []wantItem{{"SOFA-2", 2, "", nil}}},
		{"ترابيزة 150", []wantItem{{"TBL-150", 1, "", []int{150}}}}, // a size from the name
		{"ترابيزة مقاس 90", []wantItem{{"TBL-90", 1, "", []int{90}}}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			want := tt.want
			if tt.text == "عايز اباجورة" {
				want[0].color = "" // the customer named no colour
			}
			checkItems(t, r, tt.text, "", want)
		})
	}
}

func TestRules_DualOnlyForCatalogAndUnitWords(t *testing.T) {
	r := testRules(t)
	// سنتين is "two years", not a dual of a catalog word: no item, no 2.
	res, err := r.Understand(context.Background(), "عندي الكرسي ده من سنتين")
	if err != nil {
		t.Fatal(err)
	}
	for _, it := range res.Items {
		if it.Quantity != catalog.One {
			t.Errorf("سنتين read as a quantity: %+v", it)
		}
	}
}

func TestRules_SplittingAndColours(t *testing.T) {
	r := testRules(t)
	checkItems(t, r, "عايز ٣ كراسي بلاستيك حمرا وترابيزة كبيرة بيضا", Order, []wantItem{
		{"CHR-PLS", 3, "أحمر", nil}, {"TBL-150", 1, "أبيض", nil},
	})
	checkItems(t, r, "كنبة صغيرة جراي فاتح + ٢ كرسي بلاستيك وايت", Order, []wantItem{
		{"SOFA-2", 1, "رمادي فاتح", nil}, {"CHR-PLS", 2, "أبيض", nil},
	})
	checkItems(t, r, "ترابيزة صغيرة بني و4 كراسي بلاستيك نفس اللون", Order, []wantItem{
		// "same colour" is said outright: the chairs are asked in brown even
		// though they do not come in it (the pipeline will say so)
		{"TBL-90", 1, "بني", nil}, {"CHR-PLS", 4, "بني", nil},
	})
	checkItems(t, r, "عايز:\n- ترابيزة كبيرة\n- 6 كراسي بلاستيك\nكله ابيض", Order, []wantItem{
		{"TBL-150", 1, "أبيض", nil}, {"CHR-PLS", 6, "أبيض", nil},
	})
	// a colour said short when the product has one colour starting so
	checkItems(t, r, "كنبة صغيرة رمادي غامق", Order, []wantItem{{"SOFA-2", 1, "رمادي غامق", nil}})
}

func TestRules_Intent(t *testing.T) {
	r := testRules(t)
	tests := []struct {
		text string
		want Intent
	}{
		{"بكام الكرسي البلاستيك؟", Inquiry},
		{"عندكم ستارة كتان؟", Inquiry},
		{"ابعتلي عرض سعر لرخامة جرانيت 3 متر", Inquiry},
		{"ممكن ٢ كرسي بلاستيك؟", Order},
		{"ينفع ترابيزة كبيرة بيضا؟", Order},
		{"الترابيزة وصلت مكسورة", Complaint},
		{"لسه مستني الطلب من امبارح", Complaint},
		{"الفاتورة فيها غلط", Complaint},
		{"السلام عليكم", Other},
		{"انتو فاتحين لحد امتى؟", Other},
		{"شكرا", Other},
		{"3ayez korsy blastek", Order},
	}
	for _, tt := range tests {
		res, err := r.Understand(context.Background(), tt.text)
		if err != nil {
			t.Fatal(err)
		}
		if res.Intent != tt.want {
			t.Errorf("%s: intent %s, want %s (items %+v)", tt.text, res.Intent, tt.want, res.Items)
		}
	}
}

func TestRules_UnexplainedAndConfidence(t *testing.T) {
	r := testRules(t)
	res, _ := r.Understand(context.Background(), "عايز كرسي بلاستيك ابيض")
	if len(res.Unexplained) != 0 || res.Confidence < 0.8 {
		t.Errorf("clear order: unexplained %v confidence %v", res.Unexplained, res.Confidence)
	}
	res, _ = r.Understand(context.Background(), "عايز كرسي بلاستيك ابيض ومرتبة سوست")
	if len(res.Unexplained) == 0 || res.Confidence >= 0.9 {
		t.Errorf("unknown product words: unexplained %v confidence %v", res.Unexplained, res.Confidence)
	}
	res, _ = r.Understand(context.Background(), "عايز ترابيزة")
	if len(res.Items) != 1 || len(res.Items[0].Ambiguous) == 0 || res.Confidence >= 0.8 {
		t.Errorf("which table? %+v confidence %v", res.Items, res.Confidence)
	}
	res, _ = r.Understand(context.Background(), "عايز دولاب الوميتال")
	if len(res.Items) != 1 || !contains(res.Items[0].Missing, "size") {
		t.Errorf("wardrobe by area without a size should miss the size: %+v", res.Items)
	}
}

func TestNewRules_EmptyCatalog(t *testing.T) {
	if _, err := NewRules(nil, nil, RulesOptions{}); err == nil {
		t.Fatal("want an error for an empty catalog")
	}
}

func TestRules_MoneyTimePhoneAreNotAmounts(t *testing.T) {
	r := testRules(t)
	checkItems(t, r, "عايز كنبة صغيرة بـ 9000 جنيه", Order, []wantItem{{"SOFA-2", 1, "", []int{}}})
	checkItems(t, r, "كرسي بلاستيك ابيض وده رقمي 01012345678", Order, []wantItem{{"CHR-PLS", 1, "أبيض", []int{}}})
	checkItems(t, r, "عايز 2 كرسي بلاستيك والتوصيل يوم 5", Order, []wantItem{{"CHR-PLS", 2, "", []int{}}})
	checkItems(t, r, "كرسي بلاستيك عدد 4", Order, []wantItem{{"CHR-PLS", 4, "", nil}})
}

func TestRules_Concurrent(t *testing.T) {
	r := testRules(t)
	want, _ := r.Understand(context.Background(), "عايز ٣ كراسي بلاستيك حمرا وترابيزة كبيرة بيضا")
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < 50; k++ {
				got, err := r.Understand(context.Background(), "عايز ٣ كراسي بلاستيك حمرا وترابيزة كبيرة بيضا")
				if err != nil || len(got.Items) != len(want.Items) || got.Items[0].Quantity != want.Items[0].Quantity {
					t.Errorf("concurrent result differs: %+v", got)
					return
				}
			}
		}()
	}
	wg.Wait()
}

func TestRules_CancelledContext(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := testRules(t).Understand(ctx, "كرسي"); err == nil {
		t.Fatal("want the context's error")
	}
}

func TestRules_CountsAndSizesAfterTheProduct(t *testing.T) {
	r := testRules(t)
	checkItems(t, r, "كرسي بلاستيك ×3", Order, []wantItem{{"CHR-PLS", 3, "", nil}})
	checkItems(t, r, "كرسي بلاستيك x 3", Order, []wantItem{{"CHR-PLS", 3, "", nil}})
	checkItems(t, r, "ترابيزة 150 سم", Order, []wantItem{{"TBL-150", 1, "", []int{150}}})
	checkItems(t, r, "ترابيزة 1.5 متر", Order, []wantItem{{"TBL-150", 1, "", []int{150}}})
	// "و 2 مرتبة": the 2 is the unknown product's, not the chairs'; the
	// mattress is a line with no sku
	checkItems(t, r, "3 كرسي بلاستيك و 2 مرتبة", Order, []wantItem{{"CHR-PLS", 3, "", []int{}}, {"", 2, "", nil}})
}

func TestRules_ColourChoosesBetweenCloseProducts(t *testing.T) {
	ps, err := catalog.ParseCSV(strings.NewReader(`sku,name_ar,unit,price,colors
C1,كرسي سفرة خشب,piece,100,جوز|بني
C2,كرسي سفرة منجد قطيفة,piece,100,بيج|كحلي
`), "c.csv")
	if err != nil {
		t.Fatal(err)
	}
	r, err := NewRules(ps, nil, RulesOptions{})
	if err != nil {
		t.Fatal(err)
	}
	// "كرسي سفرة" fits both; the colour only one is made in decides
	checkItems(t, r, "2 كرسي سفرة كحلي", Order, []wantItem{{"C2", 2, "كحلي", nil}})
	checkItems(t, r, "2 كرسي سفرة جوز", Order, []wantItem{{"C1", 2, "جوز", nil}})
	checkItems(t, testRules(t), "رخامة جرانيت 3 حيطان: 2 و 1.5 و 2 متر", Order, []wantItem{{"CNT-GRANITE", 5.5, "", []int{200, 150, 200}}})
}

func TestRules_SameProductInTwoColours(t *testing.T) {
	r := testRules(t)
	checkItems(t, r, "ستارة كتان 4 متر بيج و 3 متر رمادي", Order, []wantItem{
		{"CRT-LINEN", 4, "بيج", []int{400}}, {"CRT-LINEN", 3, "رمادي", []int{300}},
	})
	// a room's size said before "عايز" is not the wardrobe's
	checkItems(t, r, "عندي اوضة 4 في 4 عايز دولاب الوميتال 2 متر في 2.5", Order, []wantItem{{"WR-ALU", 5, "", []int{200, 250}}})
	checkItems(t, r, "i need 2 plastic chairs white", Order, []wantItem{{"CHR-PLS", 2, "أبيض", nil}})
}

func TestRules_ListsAndParts(t *testing.T) {
	r := testRules(t)
	checkItems(t, r, "الطلب:\n1- رخامة جرانيت 3 متر\n2- كرسي بلاستيك\n3) ترابيزة كبيرة", Order, []wantItem{
		{"CNT-GRANITE", 3, "", []int{300}}, {"CHR-PLS", 1, "", nil}, {"TBL-150", 1, "", nil},
	})
	// "2 مقعد" counts seats of the sofa, it is not a quantity or a size
	checkItems(t, r, "عايز كنبة 2 مقعد", Order, []wantItem{{"SOFA-2", 1, "", []int{}}})
	checkItems(t, r, "korsy blastek w tarabeeza kebeera", Order, []wantItem{{"CHR-PLS", 1, "", nil}, {"TBL-150", 1, "", nil}})
}

func TestRules_PieceWordsAndElongation(t *testing.T) {
	r := testRules(t)
	checkItems(t, r, "عاااايز كرسي بلاستيك ابيض ٢٠ حتة 😍", Order, []wantItem{{"CHR-PLS", 20, "أبيض", nil}})
	checkItems(t, r, "كرسي بلاستيك احمر!!!!! عدد ٥", Order, []wantItem{{"CHR-PLS", 5, "أحمر", nil}})
	checkItems(t, r, "رخامة جرانيت 3.5m", Order, []wantItem{{"CNT-GRANITE", 3.5, "", []int{350}}})
}

func TestRules_BothAndFrancoColours(t *testing.T) {
	r := testRules(t)
	// "الاتنين" after a colour: both items, not a quantity of two
	checkItems(t, r, "ترابيزة كبيرة وكرسي بلاستيك ابيض الاتنين", Order, []wantItem{
		{"TBL-150", 1, "أبيض", nil}, {"CHR-PLS", 1, "أبيض", nil},
	})
	checkItems(t, r, "2 korsy blastek a7mar", Order, []wantItem{{"CHR-PLS", 2, "أحمر", nil}})
}

func TestRules_LengthOrAreaNotSaid(t *testing.T) {
	r := testRules(t)
	for _, tt := range []struct {
		text    string
		sku     string
		missing bool
	}{
		{"عايز رخامة جرانيت", "CNT-GRANITE", true},          // metre product, no length
		{"محتاج ستارة كتان بيج", "CRT-LINEN", true},         // metre product, colour but no length
		{"عايز دولاب الوميتال", "WR-ALU", true},             // m² product, no size
		{"بكام المتر في الستارة الكتان", "CRT-LINEN", true}, // the price of a metre orders no length
		{"ستارة كتان بالمتر بكام", "CRT-LINEN", true},
		{"بكام المتر المربع من الدولاب الالوميتال", "WR-ALU", true},
		{"دولاب الوميتال 6 متر مربع", "WR-ALU", false},
		{"عايز متر ستارة كتان", "CRT-LINEN", false}, // one metre, said
		{"ستارة كتان 4 متر", "CRT-LINEN", false},
		{"رخامة جرانيت مترين ونص", "CNT-GRANITE", false},
		{"دولاب الوميتال 2 في 2.5", "WR-ALU", false},
		{"عايز كرسي بلاستيك ابيض", "CHR-PLS", false}, // a piece has no size to miss
	} {
		res, err := r.Understand(context.Background(), tt.text)
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Items) != 1 || res.Items[0].SKU != tt.sku {
			t.Errorf("%s: items %+v, want one %s", tt.text, res.Items, tt.sku)
			continue
		}
		it := res.Items[0]
		if contains(it.Missing, "size") != tt.missing {
			t.Errorf("%s: missing %v, want size missing %v", tt.text, it.Missing, tt.missing)
		}
		// an order with no length is less sure; a price per metre or m²
		// is answered as it is (no length is needed to quote one)
		if tt.missing && (it.Quantity != catalog.One || res.Intent == Order && it.Confidence > 0.75) {
			t.Errorf("%s: quantity %s confidence %v, want 1 and a lower confidence", tt.text, it.Quantity, it.Confidence)
		}
	}
}

func TestRules_ColourWordInTheProductsName(t *testing.T) {
	// "طبيعي" is a colour of the veneer and part of the leather's name;
	// "أبيض" is in the name of a marble, which is not made in white.
	ps, err := catalog.ParseCSV(strings.NewReader(`sku,name_ar,unit,price,colors
LTH,جلد طبيعي,meter,900,بني غامق|أسود|هافان
VNR,قشرة أرو,sqm,400,طبيعي|بني فاتح
MRB,رخام أبيض كرارة,sqm,1500,رمادي فاتح|بيج
`), "c.csv")
	if err != nil {
		t.Fatal(err)
	}
	r, err := NewRules(ps, nil, RulesOptions{})
	if err != nil {
		t.Fatal(err)
	}
	checkItems(t, r, "عايز متر ونص جلد طبيعي هافان", Order, []wantItem{{"LTH", 1.5, "هافان", nil}})
	checkItems(t, r, "جلد طبيعي اسود 3 متر", Order, []wantItem{{"LTH", 3, "أسود", nil}})
	// only the name's word: no colour said, the clerk asks
	res, _ := r.Understand(context.Background(), "عايز 2 متر جلد طبيعي")
	if len(res.Items) != 1 || res.Items[0].Color != "" || !contains(res.Items[0].Missing, "color") {
		t.Errorf("leather with no colour said: %+v", res.Items)
	}
	checkItems(t, r, "قشرة ارو طبيعي 10 متر مربع", Order, []wantItem{{"VNR", 10, "طبيعي", nil}})
	checkItems(t, r, "رخام ابيض كرارة بيج 20 م2", Order, []wantItem{{"MRB", 20, "بيج", nil}})
}

func TestRules_ThingsTheCatalogLacks(t *testing.T) {
	r := testRules(t) // no mattress, pillow or rug in it
	for _, tt := range []struct {
		text   string
		intent Intent
		known  []string
		phrase []string // the sku-less lines' phrases, in the customer's own words
		qty    []float64
	}{
		{"عايز كرسي بلاستيك و مرتبة", Order, []string{"CHR-PLS"}, []string{"مرتبة"}, []float64{1}},
		{"عايز كرسي بلاستيك ومخدتين", Order, []string{"CHR-PLS"}, []string{"مخدتين"}, []float64{2}},
		{"عايز 4 كرسي بلاستيك وشنطة اجتماعات", Order, []string{"CHR-PLS"}, []string{"شنطه اجتماعات"}, []float64{1}},
		{"عايز كرسي بلاستيك و حسام هيعدي ياخده", Order, []string{"CHR-PLS"}, nil, nil},
		{"ترابيزة كبيرة و 4 مخدات و سجادة", Order, []string{"TBL-150"}, []string{"4 مخدات", "سجادة"}, []float64{4, 1}},
		{"عايز 2 مخدة", Order, nil, []string{"2 مخدة"}, []float64{2}},
		// service words, names, verbs, time: not things ordered
		{"عايز كرسي بلاستيك و التوصيل لحد البيت", Order, []string{"CHR-PLS"}, nil, nil},
		{"عايز كرسي بلاستيك والعنوان مدينة نصر", Order, []string{"CHR-PLS"}, nil, nil},
		{"عايز كرسي بلاستيك و محمد اخويا هيستلم", Order, []string{"CHR-PLS"}, nil, nil},
		{"عايز كرسي بلاستيك و 3 سنين ضمان", Order, []string{"CHR-PLS"}, nil, nil},
		{"عايز كرسي بلاستيك وبسرعة", Order, []string{"CHR-PLS"}, nil, nil},
		{"عايز كرسي بلاستيك ومستني ردك", Order, []string{"CHR-PLS"}, nil, nil},
		{"عندي 3 عيال", "", nil, nil, nil},
		// a list's next entry names an item as و does
		{"عايز كرسي بلاستيك + مرتبة", Order, []string{"CHR-PLS"}, []string{"مرتبة"}, []float64{1}},
		{"1- كرسي بلاستيك\n2- مرتبة\n3- ترابيزة كبيرة", Order, []string{"CHR-PLS", "TBL-150"}, []string{"مرتبة"}, []float64{1}},
		// how it is paid or delivered is no item
		{"عايز كرسي بلاستيك و كاش", Order, []string{"CHR-PLS"}, nil, nil},
		{"عايز كرسي بلاستيك، عاجل", Order, []string{"CHR-PLS"}, nil, nil},
		{"عايز كرسي بلاستيك + توصيل", Order, []string{"CHR-PLS"}, nil, nil},
		{"الترابيزة وصلت مكسورة وكرسي بلاستيك وشنطة", Complaint, []string{"TBL-90", "CHR-PLS"}, nil, nil},
	} {
		res, err := r.Understand(context.Background(), tt.text)
		if err != nil {
			t.Fatal(err)
		}
		if tt.intent != "" && res.Intent != tt.intent {
			t.Errorf("%s: intent %s, want %s", tt.text, res.Intent, tt.intent)
		}
		var phrases, known []string
		var qty []float64
		for _, it := range res.Items {
			if it.SKU != "" {
				known = append(known, it.SKU)
			} else {
				phrases = append(phrases, it.Phrase)
				qty = append(qty, it.Quantity.Float())
				if it.Product != nil || it.Confidence > 0.5 {
					t.Errorf("%s: sku-less line %+v should have no product and a low confidence", tt.text, it)
				}
			}
		}
		if strings.Join(known, "|") != strings.Join(tt.known, "|") {
			t.Errorf("%s: catalog lines %q, want %q", tt.text, known, tt.known)
		}
		if strings.Join(phrases, "|") != strings.Join(tt.phrase, "|") || len(qty) != len(tt.qty) {
			t.Errorf("%s: unknown lines %q %v, want %q %v", tt.text, phrases, qty, tt.phrase, tt.qty)
			continue
		}
		for k := range qty {
			if qty[k] != tt.qty[k] {
				t.Errorf("%s: unknown line %d quantity %v, want %v", tt.text, k, qty[k], tt.qty[k])
			}
		}
	}
}

func TestRules_ColourSettlesAndPluralAdjectives(t *testing.T) {
	ps, err := catalog.ParseCSV(strings.NewReader(`sku,name_ar,unit,price,colors
U3,شمسية 3 متر بعمود جانبي,piece,100,بيج|رمادي
U2,شمسية صغيرة,piece,100,بيج|أخضر
`), "c.csv")
	if err != nil {
		t.Fatal(err)
	}
	r, err := NewRules(ps, nil, RulesOptions{})
	if err != nil {
		t.Fatal(err)
	}
	// only U2 is made in green: it is chosen and is no alternative of itself
	res, _ := r.Understand(context.Background(), "عايز شمسية اخضر")
	if len(res.Items) != 1 || res.Items[0].SKU != "U2" || len(res.Items[0].Ambiguous) != 0 {
		t.Fatalf("green umbrella: %+v", res.Items)
	}
	res, _ = r.Understand(context.Background(), "عايز شمسية رمادي")
	if len(res.Items) != 1 || res.Items[0].SKU != "U3" || len(res.Items[0].Ambiguous) != 0 {
		t.Fatalf("grey umbrella: %+v", res.Items)
	}
	// صغيرين agrees with صغيرة; شمسيتين is the count
	checkItems(t, r, "عايز شمسيتين صغيرين بيج", Order, []wantItem{{"U2", 2, "بيج", nil}})
	res, _ = r.Understand(context.Background(), "عايز شمسيتين صغيرين بيج")
	if len(res.Unexplained) != 0 {
		t.Errorf("plural adjective unexplained: %v", res.Unexplained)
	}
}

func TestRules_SidesNamedByTheirDimension(t *testing.T) {
	r := testRules(t)
	// no في between the sides: each is named by its dimension word
	checkItems(t, r, "دولاب الوميتال عرض 2 متر ارتفاع 2.5", Order, []wantItem{{"WR-ALU", 5, "", []int{200, 250}}})
	checkItems(t, r, "دولاب الوميتال 3 متر طولي ارتفاع 2 متر", Order, []wantItem{{"WR-ALU", 6, "", []int{300, 200}}})
	// "متر طولي" is a running metre
	checkItems(t, r, "رخامة جرانيت 3 متر طولي", Order, []wantItem{{"CNT-GRANITE", 3, "", []int{300}}})
}

func TestRules_ServicesEachOneAndColourNames(t *testing.T) {
	ps, err := catalog.ParseCSV(strings.NewReader(`sku,name_ar,name_en,unit,price,colors
SRV-CH,تلبيس كرسي سفرة,Dining chair cover,piece,300,
SRV-SF,تلبيس كنبة,Sofa cover,piece,900,
BLD,ستارة بلاك اوت,Blackout curtain,meter,200,بيج|كحلي
ROL,ستارة رول,Roller blind,sqm,400,أبيض|رمادي
VEL,قماش قطيفة,Velvet fabric,meter,250,كحلي|بيج|أسود
WRD,دولاب سحاب,Sliding wardrobe,piece,9000,أبيض
`), "c.csv")
	if err != nil {
		t.Fatal(err)
	}
	v, err := catalog.ParseVocabulary(strings.NewReader("اسود, بلاك => أسود\nكحلي, navy => كحلي\n"), "v.txt")
	if err != nil {
		t.Fatal(err)
	}
	r, err := NewRules(ps, v, RulesOptions{})
	if err != nil {
		t.Fatal(err)
	}
	// a verbal noun (تفعيل) counts its object; a wardrobe's doors are parts
	checkItems(t, r, "عايز تلبيس 6 كراسي سفرة", Order, []wantItem{{"SRV-CH", 6, "", nil}})
	checkItems(t, r, "تلبيس كنبة وتلبيس 4 كراسي", Order, []wantItem{{"SRV-SF", 1, "", nil}, {"SRV-CH", 4, "", nil}})
	checkItems(t, r, "دولاب سحاب 3 ضلف", Order, []wantItem{{"WRD", 1, "", nil}})
	// "كل واحدة": each one, not a size of one metre
	checkItems(t, r, "3 ستاير رول كل واحدة 120 في 160 رمادي", Order, []wantItem{{"ROL", 5.76, "رمادي", []int{120, 160}}})
	// a colour word in a name does not name the product alone
	res, _ := r.Understand(context.Background(), "عايز حاجة اسود 4 متر")
	for _, it := range res.Items {
		if it.SKU == "BLD" {
			t.Errorf("a lone black named the blackout curtain: %+v", res.Items)
		}
	}
	checkItems(t, r, "ستارة بلاك اوت كحلي 3 متر", Order, []wantItem{{"BLD", 3, "كحلي", nil}})
	// an English name's distinguishing word, said alone
	checkItems(t, r, "3 metres velvet navy", Order, []wantItem{{"VEL", 3, "كحلي", nil}})
	if res, _ := r.Understand(context.Background(), "الستارة اللي ركبتوها المجرى بتاعها وقع"); res.Intent != Complaint {
		t.Errorf("a fallen track: intent %s", res.Intent)
	}
}

func TestRules_PieceCountsAndModelWordsAfterACount(t *testing.T) {
	r := testRules(t)
	// a piece word makes a large figure a count, not a size
	checkItems(t, r, "كراسي بلاستيك حمرا ٤٥ حتة", Order, []wantItem{{"CHR-PLS", 45, "أحمر", nil}})
	ps, err := catalog.ParseCSV(strings.NewReader(`sku,name_ar,synonyms,unit,price,colors
S1,مفتاح فردي,مفتاح سنجل,piece,60,أبيض|أسود
S2,مفتاح دبل,مفتاح مزدوج,piece,80,أبيض|أسود
`), "c.csv")
	if err != nil {
		t.Fatal(err)
	}
	r2, err := NewRules(ps, nil, RulesOptions{})
	if err != nil {
		t.Fatal(err)
	}
	// "و ٦ دبل": a word only one product's name has, after a count that و
	// opened, names that product
	checkItems(t, r2, "١٠ مفتاح سنجل و ٦ دبل كله ابيض", Order, []wantItem{{"S1", 10, "أبيض", nil}, {"S2", 6, "أبيض", nil}})
	if res, _ := r.Understand(context.Background(), "الاباجورة اللي اخدتها بتفصل كل شوية"); res.Intent != Complaint {
		t.Errorf("a lamp that cuts out: intent %s", res.Intent)
	}
}

func TestRules_NameSizeThenLengthAndDeliveredGoods(t *testing.T) {
	ps, err := catalog.ParseCSV(strings.NewReader(`sku,name_ar,unit,price,colors
RUN,رانر ممر 80 سم,meter,300,رمادي|بيج
MAT,مرتبة سوست 120 سم,piece,4000,أبيض
`), "c.csv")
	if err != nil {
		t.Fatal(err)
	}
	r, err := NewRules(ps, nil, RulesOptions{})
	if err != nil {
		t.Fatal(err)
	}
	// the 80 cm names the runner; "طول 6 متر" is the length bought
	checkItems(t, r, "عايز رانر 80 سم طول 6 متر رمادي", Order, []wantItem{{"RUN", 6, "رمادي", nil}})
	if res, _ := r.Understand(context.Background(), "عايز رانر 80 سم طول 6 متر رمادي"); len(res.Items) != 1 ||
		!slices.Contains(res.Items[0].DimsCM, 80) || !slices.Contains(res.Items[0].DimsCM, 600) || len(res.Items[0].DimsCM) != 2 {
		t.Errorf("runner dims: %+v", res.Items)
	}
	for _, tt := range []struct {
		text string
		want Intent
	}{
		{"شكرا وصلت المرتبة", Other},                              // delivered, nothing wrong, nothing asked
		{"المرتبة وصلت وعايز كمان رانر 3 متر", Order},             // delivered, and a new order
		{"عايز اغير المرتبة اللي اشتريتها عشان صغيرة", Complaint}, // an exchange of a purchase
		{"اشتريت منكم قبل كده وعايز مرتبة تانية", Order},
	} {
		if res, _ := r.Understand(context.Background(), tt.text); res.Intent != tt.want {
			t.Errorf("%s: intent %s, want %s", tt.text, res.Intent, tt.want)
		}
	}
}

func TestRules_NoiseAndTimeQuestions(t *testing.T) {
	r := testRules(t)
	for _, tt := range []struct {
		text string
		want Intent
	}{
		{"الاباجورة صوتها عالي جدا", Complaint}, // its noise: a defect
		{"عايز كرسي بلاستيك عالي", Order},       // a tall chair is no noise
		{"مواعيدكم لحد الساعة كام؟", Other},     // what time, not what price
		{"التوصيل بياخد كام يوم؟", Other},
		{"الكرسي البلاستيك بكام؟", Inquiry},
	} {
		if res, _ := r.Understand(context.Background(), tt.text); res.Intent != tt.want {
			t.Errorf("%s: intent %s, want %s", tt.text, res.Intent, tt.want)
		}
	}
}
