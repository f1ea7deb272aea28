package understand

import (
	"context"
	"testing"

	"fatoora/catalog"
)

// The coordinator's classes of the twelfth session, on a small paint and
// curtain shop of its own (none of the blind sets' catalogs or sentences).
const c12aCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
PAINT-GAL,جالون دهان بلاستيك,Plastic paint gallon,,دهانات,piece,650,40,,أبيض|بيج|رمادي فاتح|رمادي غامق
CURTAIN,ستارة بلاك اوت,Blackout curtain,,ستائر,sqm,380,,قماش,رمادي|بيج|بني
ROD,مجرى ستارة ألومنيوم,Aluminium curtain track,,ستائر,m,120,200,ألومنيوم,
`

func c12aRules(t testing.TB) *Rules {
	t.Helper()
	return rulesFrom(t, c12aCSV, "ستارة, ستاره, ستائر, setara, curtain\n")
}

// TestRules_PersonAsked: a message that asks for a person of the shop — to
// call, to talk to, to send or to come — and names no goods is a question
// for staff (Result.Service), never read as a greeting or an order of
// nothing; beside goods it is a question too, the goods kept.
func TestRules_PersonAsked(t *testing.T) {
	r := c12aRules(t)
	for _, text := range []string{
		"ممكن حد يكلمني",
		"عايز اكلم حد من المبيعات لو سمحت",
		"ممكن تبعتولي نجار يظبطلي الشباك؟",
		"ممكن حد منكم ييجي يشوف الصالة ويقولي اعمل ايه؟",
		"ممكن مهندس يجي يعاين الشقة؟",
		"ياريت حد يتصل بيا على الرقم ده",
		"momken 7ad yekalemny",
		"Can someone call me please?",
		"I'd like to speak to someone about my flat",
	} {
		res, err := r.Understand(context.Background(), text)
		if err != nil {
			t.Fatal(err)
		}
		if res.Intent != Other || len(res.Items) != 0 || len(res.Service) == 0 {
			t.Errorf("%q: intent %s, %d items, service %q; want other, a question for staff", text, res.Intent, len(res.Items), res.Service)
		}
	}
	for _, text := range []string{"شكرا يا جماعة", "تمام هستنى المندوب", "thanks a lot", "السلام عليكم"} {
		res, err := r.Understand(context.Background(), text)
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Service) != 0 {
			t.Errorf("%q: service %q, want none (no person asked)", text, res.Service)
		}
	}
	res, err := r.Understand(context.Background(), "ممكن حد من المعرض يكلمني؟")
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Service) != 1 || res.Service[0] != "حد من المعرض يكلمني" {
		t.Errorf("who is asked to call: service %q, want the phrase from حد", res.Service)
	}
	res, err = r.Understand(context.Background(), "عايز ٢ جالون دهان بلاستيك ابيض وياريت حد يكلمني")
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Items) != 1 || res.Items[0].SKU != "PAINT-GAL" || res.Items[0].Quantity != 2*catalog.One || len(res.Service) == 0 {
		t.Errorf("goods and a call asked: items %+v, service %q", res.Items, res.Service)
	}
}

// TestRules_ShopOpenAsked: "open" said of the shop ("المعرض فاتح
// النهارده؟", "مفتوحين لحد امتى؟", "مواعيدكم") is a question of hours for
// staff; "فاتح" after a colour stays its light shade.
func TestRules_ShopOpenAsked(t *testing.T) {
	r := c12aRules(t)
	for _, text := range []string{
		"هو المعرض فاتح النهارده؟",
		"انتو فاتح يوم الجمعة؟",
		"مفتوحين النهاردة لحد امتى؟",
		"مواعيدكم ايه؟",
	} {
		res, err := r.Understand(context.Background(), text)
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Service) == 0 || len(res.Items) != 0 {
			t.Errorf("%q: service %q, %d items; want a question of hours", text, res.Service, len(res.Items))
		}
	}
	res, err := r.Understand(context.Background(), "عايز ٣ جالون دهان بلاستيك رمادي فاتح")
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Service) != 0 || len(res.Items) != 1 || res.Items[0].Quantity != 3*catalog.One || res.Items[0].Color != "رمادي فاتح" {
		t.Errorf("a light shade read as hours: items %+v, service %q", res.Items, res.Service)
	}
}
