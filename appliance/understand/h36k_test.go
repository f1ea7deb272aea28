package understand

import (
	"context"
	"testing"
)

// Branch h36k, on catalogs of their own (none of round 36's names or
// sentences): a car-tyre and brake workshop, and a grocery.
const h36kTyreCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
SRV-PATCH,ترقيع كاوتش عربية,Car tyre puncture repair,ترقيع|ترقيع كاوتش,خدمات,piece,50,,,
SRV-BRAKES,ظبط فرامل عربية,Car brake adjustment,ظبط فرامل|فرامل,خدمات,piece,150,,,
SRV-BALANCE,ترصيص وضبط زوايا,Wheel balancing and alignment,ترصيص|ضبط زوايا,خدمات,piece,200,,,
TYRE-15,كاوتش عربية مقاس 15,Car tyre size 15,كاوتش 15,كاوتش,piece,2500,8,,
`

const h36kTyreVocab = `كاوتش, كوتش, kawetsh, kawtsh, tyre, tire
ترقيع, رقع, ترقيع, tar2ee3, patch
فرامل, farامل, faramel, brakes
ظبط, ضبط, zabt
`

const h36kGroceryCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
RICE-1K,رز مصري كيلو,Egyptian rice 1 kg,رز|أرز,بقالة,piece,40,50,,
SUGAR-1K,سكر كيلو,Sugar 1 kg,سكر,بقالة,piece,35,50,,
MILK-1L,لبن كامل الدسم لتر,Full cream milk 1 litre,لبن,ألبان,piece,45,30,,
EGGS-30,كرتونة بيض,Egg tray of 30,بيض|كرتونة بيض,ألبان,piece,180,20,,
DELIV,توصيل للمنزل,Home delivery,توصيل|ابعتوهم,خدمات,piece,20,,,
`

const h36kGroceryVocab = `رز, رز, roz, rice
سكر, sokkar, sugar
لبن, laban, milk
بيض, beid, bed, eggs
كرتونة, كرتونه, kartona
`

// TestRules_StoryClosedByEmoji: a message that opens with a story — no
// teller word needed — closed by an emoji ("… 😅 عايزة …"), or going on
// after its emoji up to a comma and the want-verb, is talk: its words
// are placed, none a line, when the request after it names goods with a
// figure. The story may name the shop's goods ("ومفيش بيض في البيت").
func TestRules_StoryClosedByEmoji(t *testing.T) {
	r := rulesFrom(t, h36kGroceryCSV, h36kGroceryVocab)
	checkPlaced(t, r, "النهارده العزومة الكبيرة والضيوف جايين بدري ومفيش بيض في البيت 😅 عايزة ٢ كيلو رز و٣ لبن", Order,
		[]wantItem{{"RICE-1K", 2, "", nil}, {"MILK-1L", 3, "", nil}})
	checkPlaced(t, r, "الحمد لله رجعنا من السفر بعد ٣ شهور غربة 😮‍💨 والتلاجة فاضية خالص، عايزين ٢ سكر وكرتونة بيض", Order,
		[]wantItem{{"SUGAR-1K", 2, "", nil}, {"EGGS-30", 1, "", nil}})
	checkPlaced(t, r, "el naharda el 3ezooma w el dyoof gayeen badry 😅 3ayza 2 roz w 3 laban", Order,
		[]wantItem{{"RICE-1K", 2, "", nil}, {"MILK-1L", 3, "", nil}})
	// goods pointed at before the emoji ("الرز ده تحفة 😍") and "one" of
	// them asked after it are the order's, no story set aside
	for _, text := range []string{"يا عم الرز ده تحفة بجد 😍 عايزين ٢ كيلو وكرتونة بيض", "يا جماعة اللبن بتاعكم جامد 😍 عايزين واحد و٢ سكر"} {
		res, err := r.Understand(context.Background(), text)
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Items) < 2 {
			t.Errorf("%s: the goods praised set aside: %+v", text, res.Items)
		}
	}
}

// TestRules_PartGoneSlackOrFlat: a tyre "lying down" (نايم: flat) or a
// brake "let go" (سايبة: slack), told of a thing the catalog names
// before the want, is the customer's own trouble: its clause is why the
// work is asked, no line and no word left unread.
func TestRules_PartGoneSlackOrFlat(t *testing.T) {
	r := rulesFrom(t, h36kTyreCSV, h36kTyreVocab)
	checkPlaced(t, r, "الكاوتش الامامي نايم خالص والفرامل سايبة، عايز ترقيع وظبط فرامل", Order,
		[]wantItem{{"SRV-PATCH", 1, "", nil}, {"SRV-BRAKES", 1, "", nil}})
	checkPlaced(t, r, "el faramel sayba, 3ayez zabt faramel", Order,
		[]wantItem{{"SRV-BRAKES", 1, "", nil}})
	// a person asleep is no trouble of goods
	if slackSaid([]token{{text: "ابني", surface: "ابني"}, {text: "نايم", surface: "نايم"}}, 0, 1) {
		t.Error("ابني نايم read as a part gone flat")
	}
}

// A medical-supplies shop of its own for the need described, then named.
const h36kMedicalCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
CHAIR-FOLD,كرسي متحرك قابل للطي,Folding wheelchair,كرسي بيتطبق|كرسي قابل للطي|كرسي متحرك,كراسي,piece,4500,6,,
CANE,عكاز طبي المونيوم,Aluminium walking cane,عكاز,مساعدات,piece,350,20,,
WALKER,مشاية طبي بعجل,Wheeled walker,مشاية|مشاية بعجل,مساعدات,piece,1200,5,,
`

const h36kMedicalVocab = `كرسي, كراسي, chair, korsy
عكاز, عكازات, cane, 3okaz
مشاية, مشايه, walker
`

// TestRules_NeedThenNamed: goods described as a need in a clause of
// "محتاج/محتاجة" ("ابويا محتاج كرسي بيتطبق في العربية"), then named by the
// want-verb's clause after a comma with no figure ("، عايزين كرسي متحرك
// قابل للطي"), are one line; "كمان" (more) after the want keeps two.
func TestRules_NeedThenNamed(t *testing.T) {
	r := rulesFrom(t, h36kMedicalCSV, h36kMedicalVocab)
	checkCases(t, r, Order, []itemCase{
		{"ابويا محتاج كرسي بيتطبق في العربية، عايزين كرسي متحرك قابل للطي ومعاه عكاز",
			[]wantItem{{"CHAIR-FOLD", 1, "", nil}, {"CANE", 1, "", nil}}},
		{"جدتي محتاجة مشاية بعجل، عايزين مشاية طبي بعجل",
			[]wantItem{{"WALKER", 1, "", nil}}},
	})
	res, err := r.Understand(context.Background(), "جدتي محتاجة مشاية بعجل، وعايزين كمان مشاية طبي بعجل لخالتي")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, it := range res.Items {
		if it.SKU == "WALKER" {
			n++
		}
	}
	if n < 2 && !(n == 1 && res.Items[0].Quantity == 2) {
		t.Errorf("more of them read as one line: %+v", res.Items)
	}
}
