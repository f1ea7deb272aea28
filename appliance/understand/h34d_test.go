package understand

import "testing"

// Round 34's first-contact classes (branch h34d), on small catalogs of
// trades of their own (none of the blind sets' catalogs or sentences): a
// sweets shop whose gateau box is named "مشكلة" (mixed) and sells a
// written greeting card; a curtain-fabric shop selling by the metre and
// upholstering sofas.
const h34dSweetsCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
GATEAU-MIX,علبة جاتوه مشكلة,Mixed gateau box,جاتوه|جاتو,جاتوه,piece,250,20,,
CAKE-CHOC-M,تورتة شوكولاتة وسط,Medium chocolate cake,تورتة شوكولاتة وسط,تورت,piece,400,10,,
CAKE-CHOC-L,تورتة شوكولاتة كبيرة,Large chocolate cake,تورتة شوكولاتة كبيرة,تورت,piece,600,10,,
CARD-GIFT,كارت تهنئة مكتوب,Greeting card,كارت|كارت تهنئة,إضافات,piece,15,100,,
BASB,صينية بسبوسة,Basbousa tray,بسبوسة,شرقي,piece,180,10,,
DELIV,توصيل,Delivery,توصيل|دليفري,خدمات,piece,30,,,
`

const h34dSweetsVocab = `جاتوه, جاتو, gato, gatoh, gateau
تورتة, تورته, torta, cake
كارت, card, kart
`

const h34dFabricCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
BLACKOUT,قماش بلاك اوت,Blackout fabric,بلاك اوت|blackout,أقمشة,meter,120,,,رمادي|بيج
LINEN,قماش كتان,Linen fabric,كتان,أقمشة,meter,90,,,بيج|أبيض
UPHOLSTER,تنجيد كنبة,Sofa upholstery,تنجيد,خدمات,piece,900,,,
`

const h34dFabricVocab = `رمادي, رصاصي, gray, grey, ramady => رمادي
بيج, beige, beej => بيج
كتان, katan, linen
`

// TestRules_NameAdjectiveNoComplaint: a word of the catalog's names that
// a complaint also uses ("مشكلة": mixed / a problem), said as the
// adjective of the catalog noun before it and agreeing with it, is the
// name's word — an order, never a complaint; said as a sentence's
// predicate ("الجاتوه مشكلة"), it keeps its cue.
func TestRules_NameAdjectiveNoComplaint(t *testing.T) {
	r := rulesFrom(t, h34dSweetsCSV, h34dSweetsVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز ٢ علبة جاتوه مشكلة وتورتة شوكولاتة وسط", []wantItem{{"GATEAU-MIX", 2, "", nil}, {"CAKE-CHOC-M", 1, "", nil}}},
		{"3ayez 2 3elbet gatoh meshakela w torta shokolata wasat", []wantItem{{"GATEAU-MIX", 2, "", nil}, {"CAKE-CHOC-M", 1, "", nil}}},
	})
	if res := understandText(t, r, "الجاتوه مشكلة جت بايظة"); res.Intent != Complaint {
		t.Errorf("a complaint's sentence: intent %v, want complaint", res.Intent)
	}
}

// TestRules_StoryBeforeOrderNoComplaint: the story told before an order
// — a friend's news, then the goods named down to a product with no
// count ("عايز تورتة شوكولاتة كبيرة"); a card "مكتوب عليه مبروك" (the
// wish to write, not what is written on a bill) — is no complaint; the
// wish is placed as the text to write.
func TestRules_StoryBeforeOrderNoComplaint(t *testing.T) {
	r := rulesFrom(t, h34dSweetsCSV, h34dSweetsVocab)
	res := understandText(t, r, "صاحبي نجح في الثانوية امبارح وعاملينله حفلة 🎉 عايز تورتة شوكولاتة كبيرة وكارت مكتوب عليه مبروك")
	if res.Intent != Order || len(res.Unexplained) > 0 {
		t.Fatalf("intent %v unexplained %v, want an order read whole", res.Intent, res.Unexplained)
	}
	if got := linesAsked(res); len(got) != 2 || got[0] != "CAKE-CHOC-L" || got[1] != "CARD-GIFT" {
		t.Errorf("lines %v, want CAKE-CHOC-L and CARD-GIFT", got)
	}
	// a card already written, told of, stays the complaint it is
	if res := understandText(t, r, "الكارت اللي جالي امبارح مكتوب عليه اسم غلط"); res.Intent != Complaint {
		t.Errorf("a card that came wrong: intent %v, want complaint", res.Intent)
	}
}

// TestRules_OwnGoodsFromOthersNoComplaint: a fault of goods the customer
// inherited or had from family ("اللي ورثتها من جدتي", "اللي جبتها من
// اخويا"), told before an order of the shop's work, is why the work is
// wanted — no complaint; goods had "منكم" (from you) stay one.
func TestRules_OwnGoodsFromOthersNoComplaint(t *testing.T) {
	r := rulesFrom(t, h34dFabricCSV, h34dFabricVocab)
	checkCases(t, r, Order, []itemCase{
		{"الكنبة اللي ورثتها من جدتي قماشها اتقطع 😢 عايزة تنجيد كنبة و٨ متر كتان بيج", []wantItem{{"UPHOLSTER", 1, "", nil}, {"LINEN", 8, "بيج", nil}}},
		{"الكنبة اللي جبتها من اخويا قماشها اتقطع، عايزة تنجيد كنبة", []wantItem{{"UPHOLSTER", 1, "", nil}}},
	})
	if res := understandText(t, r, "الكنبة اللي جبتها منكم قماشها اتقطع، عايزة تنجيد كنبة"); res.Intent != Complaint {
		t.Errorf("goods from the shop: intent %v, want complaint", res.Intent)
	}
}

// TestRules_CorrectionReasonNoComplaint: "طلع اصغر" (turned out smaller)
// said of the customer's own place right after a correction of the
// amount is why the amount changed — the corrected order, no complaint;
// said of goods that came, it is one.
func TestRules_CorrectionReasonNoComplaint(t *testing.T) {
	r := rulesFrom(t, h34dFabricCSV, h34dFabricVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز ٦ متر بلاك اوت رمادي.. لا معلش خليهم ٥ متر، الشباك طلع اصغر", []wantItem{{"BLACKOUT", 5, "رمادي", nil}}},
	})
	if res := understandText(t, r, "القماش اللي جالي طلع اقصر"); res.Intent != Complaint {
		t.Errorf("goods that came short: intent %v, want complaint", res.Intent)
	}
}
