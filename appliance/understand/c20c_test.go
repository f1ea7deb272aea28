package understand

import (
	"slices"
	"testing"
)

// Session 20's c20c classes, on an electrician's supply shop of its own
// (none of the development sets' trades): sockets and switches by the
// piece, named also in the plural ("برايز", "مفاتيح") as a shop writes its
// synonyms, bulbs by the piece, wire by the metre.
const c20cCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
SOCK,بريزة,Socket,برايز|بريزه,مفاتيح وبرايز,piece,45,500,,أبيض|أسود
SW-1,مفتاح إضاءة,Light switch,مفاتيح|مفتاح,مفاتيح وبرايز,piece,40,500,,أبيض|أسود
LED-9,لمبة ليد 9 وات,LED bulb 9W,لمبات|لمبة|لمبه,لمبات,piece,35,1000,,
WIRE,سلك كهربا 2 مم,Electric wire 2mm,سلك,أسلاك,meter,12,,,أحمر|أسود
`

const c20cVocab = `ابيض, white => أبيض
اسود, black => أسود
لمبة, لمبه, lamba, bulb
ليد, led
بريزة, socket
`

// countAsked: the message's one line of sku asks how many (Missing
// "count"), or not.
func countAsked(t *testing.T, r *Rules, text, sku string, want bool) {
	t.Helper()
	res := understandText(t, r, text)
	if res.Intent != Order {
		t.Errorf("%s: intent %s, want an order", text, res.Intent)
		return
	}
	for _, it := range res.Items {
		if it.SKU == sku {
			if got := slices.Contains(it.Missing, "count"); got != want {
				t.Errorf("%s: %s ×%v missing %v, want how many asked: %v", text, sku, it.Quantity.Float(), it.Missing, want)
			}
			return
		}
	}
	t.Errorf("%s: %+v, want a line of %s", text, res.Items, sku)
}

// TestRules_AllOfThemUncounted: goods said in the plural with "all" and
// no count ("البرايز كلها ابيض", "كل اللمبات", Franco "el lambat kolohom",
// English "all the sockets") are every one the customer has, how many
// not said — asked, never one invoiced; also when the noun is a plural the
// shop wrote among the product's names. A count said keeps its line, and
// a singular's "كلها" ("للشقة كلها") is the whole of one thing.
func TestRules_AllOfThemUncounted(t *testing.T) {
	r := rulesFrom(t, c20cCSV, c20cVocab)
	for _, tc := range []struct {
		text, sku string
		asked     bool
	}{
		{"عايز البرايز كلها ابيض", "SOCK", true},
		{"عايز ٢٠ لمبة ليد والبرايز كلهم اسود", "SOCK", true},
		{"عايز كل اللمبات ليد", "LED-9", true},
		{"3ayez el lambat kolohom led", "LED-9", true},
		{"I want all the sockets in white", "SOCK", true},
		{"عايز ١٢ بريزة ابيض", "SOCK", false},
		{"عايز ٢٠ لمبة ليد والبرايز كلهم اسود", "LED-9", false},
		{"عايز لمبة ليد للشقة كلها", "LED-9", false},
	} {
		countAsked(t, r, tc.text, tc.sku, tc.asked)
	}
	// a wire by the metre for the whole flat is no count of pieces
	checkCases(t, r, Order, []itemCase{
		{"عايز سلك كهربا احمر للشقة كلها ٥٠ متر", []wantItem{{"WIRE", 50, "أحمر", nil}}},
	})
}

// TestRules_RoughCountAsked: two counts a unit apart said as one
// ("اتنين تلاتة", "٢-٣", "٣ ٤ كده", "بريزتين تلاتة كده", Franco "2 3
// keda", "etnen walla talata", English "two or three") are a count not
// decided yet: asked, never one of them invoiced. Two counts of two goods
// ("بريزتين و٣ مفاتيح"), and a size, are none.
func TestRules_RoughCountAsked(t *testing.T) {
	r := rulesFrom(t, c20cCSV, c20cVocab)
	for _, tc := range []struct {
		text, sku string
		asked     bool
	}{
		{"عايز بريزتين تلاتة كده ابيض", "SOCK", true},
		{"عايز ٢-٣ لمبة ليد", "LED-9", true},
		{"عايز لمبة ليد اتنين تلاتة", "LED-9", true},
		{"محتاج ٣ ٤ لمبات ليد كده", "LED-9", true},
		{"عايز اتنين او تلاتة لمبة ليد", "LED-9", true},
		{"3ayez 2 3 lambat led keda", "LED-9", true},
		{"3ayez etnen walla talata lambat led", "LED-9", true},
		{"I need two or three LED bulbs", "LED-9", true},
		{"I need 4-5 LED bulbs", "LED-9", true},
		{"عايز ٣ لمبة ليد", "LED-9", false},
		{"عايز بريزتين ابيض و٣ مفاتيح ابيض", "SOCK", false},
		{"عايز بريزتين ابيض و٣ مفاتيح ابيض", "SW-1", false},
	} {
		countAsked(t, r, tc.text, tc.sku, tc.asked)
	}
}

// A luggage shop: backpacks and suitcases in stock in several colours, a
// leather wallet out of stock.
const c20cBagsCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
BAG-BP,شنطة ظهر,Backpack,شنطة ضهر,شنط,piece,650,40,,أسود|كحلي|رمادي
BAG-TR,شنطة سفر,Travel suitcase,ترولي,شنط,piece,2200,10,,أسود|أحمر|كحلي
WAL-1,محفظة جلد,Leather wallet,محفظة,محافظ,piece,300,0,جلد,بني|أسود
`

const c20cBagsVocab = `اسود, black, eswed => أسود
كحلي, navy, kohly => كحلي
رمادي, grey, gray, rmady, rosasy => رمادي
بني, brown, bonny => بني
شنطة, شنطه, shanta, bag
`

// TestRules_FallbackChoice: a fallback said after the choice wanted ("ولو
// مش موجودة خليها كحلي", "ولو خلصت هات اسود", Franco "law mesh mawgooda
// 5aleha kohly", English "if not available make it navy") orders the
// first choice, in its colour — never a price question, never the line
// with its colour lost between two. The fallback goods are no line of
// their own: the first choice is invoiced when in stock, offered
// alternatives when not (the pipeline's stock check).
func TestRules_FallbackChoice(t *testing.T) {
	r := rulesFrom(t, c20cBagsCSV, c20cBagsVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز شنطة ظهر رمادي، ولو مش موجودة خليها كحلي", []wantItem{{"BAG-BP", 1, "رمادي", nil}}},
		{"عايز شنطة ظهر رمادي ولو خلصت هات اسود", []wantItem{{"BAG-BP", 1, "رمادي", nil}}},
		{"عايز ٢ شنطة سفر احمر ولو مفيش يبقى كحلي", []wantItem{{"BAG-TR", 2, "أحمر", nil}}},
		{"3ayez shanta dahr rmady, law mesh mawgooda 5aleha kohly", []wantItem{{"BAG-BP", 1, "رمادي", nil}}},
		{"I want a grey backpack, if not available make it navy", []wantItem{{"BAG-BP", 1, "رمادي", nil}}},
		{"I want a grey backpack, if you don't have it send black", []wantItem{{"BAG-BP", 1, "رمادي", nil}}},
		{"عايز محفظة جلد بني ولو مش موجودة هات شنطة ظهر اسود", []wantItem{{"WAL-1", 1, "بني", nil}}},
		{"عايز شنطة ظهر رمادي، ولو مش موجودة عايز كمان شنطة سفر احمر", []wantItem{{"BAG-BP", 1, "رمادي", nil}, {"BAG-TR", 1, "أحمر", nil}}},
	})
	checkIntents(t, r, []intentCase{
		{"عندكم شنطة ظهر رمادي؟", Inquiry},
		{"لو شنطة الظهر الرمادي مش موجودة عندكم كحلي؟", Inquiry},
	})
}

// TestRules_PayingAskedForStaff: paying asked — the rest of a bill, how
// ("عايز ادفع باقي الفاتورة ازاي؟", Franco "3ayez adfa3 el ba2y", English
// "I want to pay the rest of my invoice") — is a question for staff
// (Result.Service), never a greeting; said beside goods ordered ("…
// والدفع كاش") the order stays.
func TestRules_PayingAskedForStaff(t *testing.T) {
	r := rulesFrom(t, c20cBagsCSV, c20cBagsVocab)
	for _, text := range []string{"عايز ادفع باقي الفاتورة ازاي؟", "I want to pay the rest of my invoice", "3ayez adfa3 el ba2y ezay?"} {
		res := understandText(t, r, text)
		if res.Intent != Other || len(res.Service) == 0 || len(res.Items) > 0 {
			t.Errorf("%s: %s service %v items %+v, want a question for staff", text, res.Intent, res.Service, res.Items)
		}
	}
	checkCases(t, r, Order, []itemCase{
		{"عايز شنطة ظهر اسود والدفع كاش", []wantItem{{"BAG-BP", 1, "أسود", nil}}},
	})
}

// TestRules_EarlierOrderAgain: an earlier order asked again ("نفس الطلب
// بتاع المرة اللي فاتت", "زي ما خدت الشهر اللي فات بس الضعف", Franco
// "nafs el order bta3 el marra elly fatet", English "same order as last
// time") is a question for staff — the box cannot see that order — never
// a greeting nor a complaint. Goods named with it ("زي اللي خدتها") are
// the order, and a defect or "not as I ordered" stays a complaint.
func TestRules_EarlierOrderAgain(t *testing.T) {
	r := rulesFrom(t, c20cBagsCSV, c20cBagsVocab)
	for _, text := range []string{"نفس الطلب بتاع المرة اللي فاتت بالظبط", "زي ما خدت الشهر اللي فات بس الضعف",
		"nafs el order bta3 el marra elly fatet", "same order as last time please"} {
		res := understandText(t, r, text)
		if res.Intent != Other || len(res.Service) == 0 || len(res.Items) > 0 {
			t.Errorf("%s: %s service %v items %+v, want a question for staff", text, res.Intent, res.Service, res.Items)
		}
	}
	checkCases(t, r, Order, []itemCase{
		{"عايز شنطة ظهر اسود زي اللي خدتها المرة اللي فاتت", []wantItem{{"BAG-BP", 1, "أسود", nil}}},
	})
	checkIntents(t, r, []intentCase{
		{"الشنطة جت مش زي ما طلبت", Complaint},
		{"نفس الطلب اللي جالي الشهر اللي فات كان ناقص", Complaint},
	})
}
