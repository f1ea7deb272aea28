package understand

import (
	"context"
	"slices"
	"testing"
)

// The twelfth session's classes of branch h19b, on a small building
// materials shop of its own (none of the blind sets' catalogs or
// sentences): goods whose names open with the pack they come in (a sack of
// cement, a jerrycan of oil, a carton of screws), so that the goods' own
// word is the name's second; no synonym says the goods' word alone.
const h19bCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
CEM-GREY,شيكارة اسمنت رمادي 50 كجم,Grey cement bag 50 kg,,اسمنت,piece,120,800,,
CEM-WHITE,شيكارة اسمنت ابيض 25 كجم,White cement bag 25 kg,,اسمنت,piece,160,300,,
LIME,شيكارة جير 25 كجم,Lime sack 25 kg,,جير,piece,70,200,,
OIL-FORM,جركن زيت فرم 20 لتر,Formwork oil jerrycan 20 L,,زيوت,piece,650,40,,
SCREW-BOX,علبة مسامير صلب 5 سم,Steel nails box 5 cm,,عدد,piece,90,100,,
REBAR,سيخ حديد 12 مم,Rebar 12 mm,حديد تسليح,حديد,piece,310,1000,حديد,
PUMP-1,موتور مياه 1 حصان,Water pump 1 HP,,مواتير,piece,2600,20,,
PUMP-2,موتور مياه 2 حصان,Water pump 2 HP,,مواتير,piece,3900,12,,
PUMP-AUTO,موتور مياه اوتوماتيك 1.5 حصان بالضغاط,Automatic water pump 1.5 HP,موتور رفع مياه,مواتير,piece,5200,6,,
MEMBRANE,لفة عزل مائي 10 متر,Waterproofing membrane roll 10 m,عزل اسطح|عزل ارضية حمامات,عزل,piece,1400,60,,
`

const h19bVocab = `اسمنت, اسمنتو, asmant, cement
جير, geer, lime
زيت, zeit, oil
مسامير, مسمار, masamir, nails
موتور, ماتور, motor, pump
مياه, مية, maya, water
`

func h19bRules(t testing.TB) *Rules {
	t.Helper()
	return rulesFrom(t, h19bCSV, h19bVocab)
}

// h19bForStaff: each message is a question for staff (Result.Service), no
// order and no complaint.
func h19bForStaff(t *testing.T, r *Rules, texts ...string) {
	t.Helper()
	for _, text := range texts {
		t.Run(text, func(t *testing.T) {
			res, err := r.Understand(context.Background(), text)
			if err != nil {
				t.Fatal(err)
			}
			if res.Intent != Other || len(res.Items) > 0 || len(res.Service) == 0 {
				t.Errorf("%s %+v service %q, want a question for staff", res.Intent, res.Items, res.Service)
			}
		})
	}
}

// TestRules_GoodsNamedAfterTheirPack: a name that opens with the pack the
// goods come in ("شيكارة اسمنت …", "جركن زيت …", "علبة مسامير …", English
// "… cement bag", "… oil jerrycan") is said by the goods' word alone
// ("عايز ١٠ اسمنت", "I need 10 cement"): that word is the line's head
// noun. One product of it is that product; several are asked between —
// never a greeting, never one of them picked by its shorter name.
func TestRules_GoodsNamedAfterTheirPack(t *testing.T) {
	r := h19bRules(t)
	for _, tt := range []itemCase{
		{"عايز ٢٠ جير", []wantItem{{"LIME", 20, "", nil}}},
		{"محتاج ٣ زيت فرم", []wantItem{{"OIL-FORM", 3, "", nil}}},
		{"عايز ٥ مسامير وعشرة جير", []wantItem{{"SCREW-BOX", 5, "", nil}, {"LIME", 10, "", nil}}},
		{"3ayez 20 geer", []wantItem{{"LIME", 20, "", nil}}},
		{"I need 20 lime", []wantItem{{"LIME", 20, "", nil}}},
		{"عايز ١٠ اسمنت ابيض", []wantItem{{"CEM-WHITE", 10, "", nil}}},
	} {
		t.Run(tt.text, func(t *testing.T) { checkPlaced(t, r, tt.text, Order, tt.want) })
	}
	for _, text := range []string{
		"عايز ١٠ اسمنت",
		"محتاج ١٠ شكاير اسمنت لو سمحت",
		"3ayez 10 asmant",
		"I need 10 cement",
		"10 bags of cement please",
	} {
		t.Run(text, func(t *testing.T) {
			res, err := r.Understand(context.Background(), text)
			if err != nil {
				t.Fatal(err)
			}
			if res.Intent != Order || len(res.Items) != 1 {
				t.Fatalf("%s %+v, want one order line", res.Intent, res.Items)
			}
			it := res.Items[0]
			var skus []string
			for _, c := range it.Ambiguous {
				skus = append(skus, c.Product.SKU)
			}
			slices.Sort(skus)
			if it.SKU != "" || !slices.Equal(skus, []string{"CEM-GREY", "CEM-WHITE"}) || it.Quantity.Float() != 10 {
				t.Errorf("%s×%v among %v, want 10 asked between the two cements", it.SKU, it.Quantity, skus)
			}
		})
	}
}

// TestRules_WhereIsTheShop: "where are you?" said to the shop — "انتو
// فين", "فين انتو", "فينكم", Franco "entu fen", English "where are you" —
// asks for its branch: a question for staff, not a product the shop does
// not carry (the town after it is no goods) nor a greeting. Where an
// order is asked beside it, the order stays.
func TestRules_WhereIsTheShop(t *testing.T) {
	r := h19bRules(t)
	h19bForStaff(t, r,
		"انتو فين في طنطا؟",
		"السلام عليكم، فين انتو بالظبط؟",
		"فينكم؟",
		"entu fen fel mansoura?",
		"Hi, where are you located?",
	)
	res, err := r.Understand(context.Background(), "انتو فين؟ عايز ٢٠ جير")
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Items) != 1 || res.Items[0].SKU != "LIME" || len(res.Service) == 0 {
		t.Errorf("items %+v service %q, want the lime and the question beside it", res.Items, res.Service)
	}
	// "where is my order?" is not where the shop is
	res, err = r.Understand(context.Background(), "فين الاوردر بتاعي؟")
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Service) > 0 {
		t.Errorf("service %q, want none", res.Service)
	}
}

// TestRules_FloorAfterPieces: after goods counted in pieces, و and a
// floor or a wall word that only a synonym of another product holds
// ("٢٠ جير وارضية": the floor only in the membrane's "عزل ارضية
// حمامات") is another thing asked — a person reads it — never dropped
// with the lime invoiced alone. After goods that cover a surface, the wall
// word is one more of it (no line of its own).
func TestRules_FloorAfterPieces(t *testing.T) {
	r := h19bRules(t)
	for _, text := range []string{
		"عايز ٢٠ جير وارضية",
		"محتاج ٣ زيت فرم وارضية لو سمحت",
	} {
		t.Run(text, func(t *testing.T) {
			res, err := r.Understand(context.Background(), text)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.ContainsFunc(res.Items, func(it Item) bool { return it.SKU == "" && it.Unread }) {
				t.Errorf("items %+v, want a line for a person beside the goods", res.Items)
			}
		})
	}
}

// TestRules_KindSaidNotTheShortestSynonym: the head noun and words every
// name of a kind holds ("موتور مياه") fit each of them alike: a short
// synonym with one more word ("موتور رفع مياه") does not outrank the
// names, and the customer is asked which. An English name's last word
// after a figure is its unit ("Water pump 1 HP"), never its head noun.
func TestRules_KindSaidNotTheShortestSynonym(t *testing.T) {
	r := h19bRules(t)
	for _, text := range []string{
		"عايز ٢ موتور مياه",
		"3ayez 2 motor maya",
		"I need 2 water pumps",
	} {
		t.Run(text, func(t *testing.T) {
			res, err := r.Understand(context.Background(), text)
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Items) != 1 || res.Items[0].SKU != "" || len(res.Items[0].Ambiguous) != 3 {
				t.Errorf("items %+v, want the three pumps asked between", res.Items)
			}
		})
	}
	for _, tt := range []itemCase{
		{"عايز ٢ موتور مياه ٢ حصان", []wantItem{{"PUMP-2", 2, "", nil}}},
		{"عايز موتور رفع مياه", []wantItem{{"PUMP-AUTO", 1, "", nil}}},
	} {
		t.Run(tt.text, func(t *testing.T) { checkPlaced(t, r, tt.text, Order, tt.want) })
	}
}

// TestRules_OtherBrandUpkeep: goods the customer says were not bought at
// the shop ("ماركة تانية مش من عندكم", "mesh men 3andoko", "another brand,
// not from you") with its upkeep asked ("بتعملوا صيانة؟") are a question
// for staff, not a complaint about the shop's goods. The same defect of
// goods bought there stays a complaint.
func TestRules_OtherBrandUpkeep(t *testing.T) {
	r := h19bRules(t)
	h19bForStaff(t, r,
		"الموتور اللي عندي ماركة تانية مش من عندكم وبيفصل كل شوية، بتعملوا صيانة؟",
		"el motor bta3y mesh men 3andoko w bey2af lewa7do, bt3mlo siana?",
		"My pump is another brand, not from you, and it keeps stopping. Do you do maintenance?",
	)
	res, err := r.Understand(context.Background(), "الموتور اللي اشتريته منكم بيفصل كل شوية، محتاج صيانة")
	if err != nil {
		t.Fatal(err)
	}
	if res.Intent != Complaint {
		t.Errorf("intent %s, want a complaint", res.Intent)
	}
}

// TestRules_WhereIsMyOrder: "where" asked of the order already placed
// ("فين الاوردر بتاعي؟", "الطلب بتاعي فين؟", "fen el order bta3y?", "where
// is my order?") is an order that has not come — a complaint, staff
// flagged — never a greeting. "where are you?" beside a new order ("انتو
// فين؟ عايز اعمل طلب …") is not it.
func TestRules_WhereIsMyOrder(t *testing.T) {
	r := h19bRules(t)
	checkIntents(t, r, []intentCase{
		{"فين الاوردر بتاعي؟", Complaint},
		{"الطلب بتاعي فين؟ بقالي اسبوع مستني", Complaint},
		{"fen el order bta3y?", Complaint},
		{"Hi, where is my order?", Complaint},
		{"انتو فين؟ عايز اعمل طلب ٢٠ جير", Order},
	})
}
