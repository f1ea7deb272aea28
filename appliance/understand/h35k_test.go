package understand

import (
	"context"
	"slices"
	"testing"
)

// Branch h35k, on a cobbler's and leather repairer's catalog of its own
// (none of the tailoring set's names or sentences): shoes stretched,
// belts shortened or lengthened, soles replaced — works kept in no stock
// — beside belts, laces and polish sold from stock.
const h35kCobblerCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
STRETCH,توسيع جزمة (للفردة),Shoe stretching (per shoe),توسيع|توسيع جزمة,تصليح,piece,60,,,
BELT-CUT,تقصير حزام,Belt shortening,تقصير|تقصير حزام,تصليح,piece,25,,,
BELT-LONG,تطويل حزام بخرم زيادة,Belt lengthening with an extra hole,تطويل|تطويل حزام,تصليح,piece,20,,,
SOLE,تغيير نعل جزمة,Shoe sole replacement,تغيير نعل|نعل,تصليح,piece,120,,,
BELT,حزام جلد طبيعي,Genuine leather belt,حزام|حزام جلد,جلود,piece,250,10,,أسود|بني
LACES,رباط جزمة,Shoe laces,رباط|رباط جزمة,مستلزمات,piece,15,100,,أسود|بني
HEEL,تغيير كعب,Heel replacement,تغيير كعب|كعب,تصليح,piece,80,,,
BOOT-LACE,رباط بوت طويل,Boot laces,رباط بوت,مستلزمات,piece,25,50,,أسود
`

const h35kCobblerVocab = `جزمة, جزمه, جزم, shoe, shoes, gazma
حزام, احزمة, belt, belts, 7ezam
تقصير, قصر, shorten, shortening
توسيع, وسع, stretch, stretching
تطويل, طول, lengthen, lengthening
اسود, أسود, black => أسود
بني, brown => بني
`

// TestRules_AlterationSaidAsProblem: a customer who tells what is wrong
// with the goods ("الحزام طويل", "الجزمة ضيقة", English "the belt is too
// long", "the shoes are too tight") asks for the work that undoes it —
// long is shortened, short lengthened, tight let out (stretched), loose
// taken in — when the shop sells that work (its تفعيل noun of the root):
// never the state read as the opposite work whose letters it shares
// ("ضيق" read as تضييق, "وسع" of a واسع as توسيع), nor as goods said
// long ("حزام جلد طويل" is a long belt). A second clause after "and"
// is its own line.
func TestRules_AlterationSaidAsProblem(t *testing.T) {
	r := rulesFrom(t, h35kCobblerCSV, h35kCobblerVocab)
	checkCases(t, r, Order, []itemCase{
		{"الحزام طويل عليا", []wantItem{{"BELT-CUT", 1, "", nil}}},
		{"الجزمة ضيقة", []wantItem{{"STRETCH", 1, "", nil}}},
		{"الحزام قصير محتاج خرم زيادة", []wantItem{{"BELT-LONG", 1, "", nil}}},
		{"el 7ezam taweel", []wantItem{{"BELT-CUT", 1, "", nil}}},
		{"my belt is too long", []wantItem{{"BELT-CUT", 1, "", nil}}},
		{"the shoes are too tight", []wantItem{{"STRETCH", 1, "", nil}}},
		{"my belt is too short", []wantItem{{"BELT-LONG", 1, "", nil}}},
		{"my belt is too long and the shoes need stretching", []wantItem{{"BELT-CUT", 1, "", nil}, {"STRETCH", 1, "", nil}}},
		{"the shoes are too tight and my belt is too long", []wantItem{{"STRETCH", 1, "", nil}, {"BELT-CUT", 1, "", nil}}},
		{"الحزام طويل والجزمة محتاجة تغيير نعل", []wantItem{{"BELT-CUT", 1, "", nil}, {"SOLE", 1, "", nil}}},
	})
	// goods said with their size, or asked how long, are no problem
	for _, text := range []string{"عايز حزام جلد طويل", "هو الحزام طويل؟"} {
		res, err := r.Understand(context.Background(), text)
		if err != nil {
			t.Fatal(err)
		}
		for _, it := range res.Items {
			if it.SKU == "BELT-CUT" {
				t.Errorf("%s: read as the shortening: %+v", text, res.Items)
			}
		}
	}
}

// TestRules_WorkOnGoodsNamedBefore: English names the thing a work is done
// to before the part it is done on ("my boot heels", "jacket sleeves"):
// when no work of the same head the shop sells names that thing (it sells
// boot laces, but one heel replacement), it is the customer's own goods,
// nothing the work lacks — the work invoiced, never offered instead.
func TestRules_WorkOnGoodsNamedBefore(t *testing.T) {
	r := rulesFrom(t, h35kCobblerCSV, h35kCobblerVocab)
	checkLacks(t, r, []lacksCase{
		{"boot heel replacement", "HEEL", nil},
		{"I need heel replacement for my boot", "HEEL", nil},
	})
}

// h35kPhoneCSV: a phone accessories shop filing its power banks under
// their two-word family name, which the vocabulary reads as one word and
// gives one of them as a synonym.
const h35kPhoneCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
PB-CABLE,باور بانك بكابل مدمج,Power bank with built-in cable,باور بانك|باوربانك,باور بانك,piece,450,10,,
PB-WIRELESS,باور بانك وايرلس مغناطيسي,Magnetic wireless power bank,باور بانك وايرلس,باور بانك,piece,900,10,,
PB-SOLAR,باور بانك بلوح شمسي,Solar power bank,باور بانك شمسي,باور بانك,piece,700,10,,
CABLE-C,كابل تايب سي,Type-C cable,كابل|كابل سي,كابلات,piece,80,50,,
`

const h35kPhoneVocab = `باور بانك, باوربانك, power bank, powerbank
كابل, كابلات, cable
`

// TestRules_FamilyNameOneUnit: the category's own name, two words the
// vocabulary reads as one ("باور بانك"), given as a synonym of one of the
// goods filed under it that every other one's name holds too, is the
// shop's label for the family: "٢ باور بانك" asks which, never the one
// whose synonym it is invoiced; a word of one kind said still chooses it.
func TestRules_FamilyNameOneUnit(t *testing.T) {
	r := rulesFrom(t, h35kPhoneCSV, h35kPhoneVocab)
	for _, tc := range []struct {
		text string
		skus []string
	}{
		{"عايز ٢ باور بانك", []string{"PB-CABLE", "PB-SOLAR", "PB-WIRELESS"}},
		{"3ayez 2 power bank", []string{"PB-CABLE", "PB-SOLAR", "PB-WIRELESS"}},
		{"عايز ٢ باور بانك وايرلس", []string{"PB-WIRELESS"}},
	} {
		res, err := r.Understand(context.Background(), tc.text)
		if err != nil {
			t.Fatal(err)
		}
		if got := linesAsked(res); !slices.Equal(got, tc.skus) {
			t.Errorf("%q: lines %v, want %v", tc.text, got, tc.skus)
		}
	}
}
