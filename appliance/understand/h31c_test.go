package understand

import (
	"slices"
	"testing"
)

// Round 31's first-contact classes of goods by size, pack and garment
// (branch h31c), on a small perfume shop of its own (none of the blind
// sets' catalogs or sentences): oud perfume in two ml sizes, musk oil
// single and in a pack of 6, scented soap single and a 3-pack offer,
// wipes, a samples box, gift wrapping and delivery.
const h31cPerfCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
OUD-50,برفان عود 50 مل,Oud perfume 50 ml,عود 50|برفان عود صغير,برفانات,piece,600,20,,
OUD-100,برفان عود 100 مل,Oud perfume 100 ml,عود 100|برفان عود كبير,برفانات,piece,950,10,,
MUSK-OIL,زيت مسك 12 مل,Musk oil 12 ml,مسك|زيت مسك,زيوت,piece,150,40,,
MUSK-6,باكو 6 زيت مسك,Musk oil pack of 6,باكو مسك,زيوت,piece,800,10,,
SOAP-1,صابونة معطرة,Scented soap,صابونة|صابون معطر,صابون,piece,60,50,,
SOAP-3,عرض 3 صابونة معطرة,Scented soap 3-pack offer,عرض صابون|عرض التلاتة,صابون,piece,150,20,,
WIPES,مناديل معطرة (20 منديل),Scented wipes (20),مناديل|مناديل معطرة,عناية,piece,35,60,,
SAMPLES,علبة عينات برفان,Perfume samples box,عينات,برفانات,piece,200,10,,
NAIL,طلاء أظافر,Nail polish,مانيكير|طلاء,مكياج,piece,90,40,,أحمر|وردي|نود
GIFT,تغليف هدية,Gift wrapping,تغليف|بوكس هدية,خدمات,piece,30,,,
DELIV,توصيل,Delivery,توصيل|دليفري,خدمات,piece,40,,,
`

const h31cPerfVocab = `برفان, بيرفيوم, perfume, parfum, barfan
عود, oud, 3od
مسك, musk, mesk
صابونة, صابونه, صابون, soap, sabona
مناديل, wipes, manadeel
عرض, اوفر, offer, 3ard
تغليف, غلف, gift wrap, taghleef
توصيل, دليفري, delivery, tawseel
مل, ملي, ml
احمر, red => أحمر
وردي, بينك, pink => وردي
نود, nude => نود
`

// TestRules_ContainerOfGoods: a container said with no count before goods
// ("a pack of scented wipes", "a box of wipes", "وباكو مناديل", "w elbet
// manadeel") is the goods' unit, one of them, never the pack product
// whose name holds the word ("Musk oil pack of 6", "Perfume samples
// box"); the pack product itself when its names hold the goods too ("a
// pack of musk oil", "باكو مسك", "a pack of scented soap").
func TestRules_ContainerOfGoods(t *testing.T) {
	r := rulesFrom(t, h31cPerfCSV, h31cPerfVocab)
	checkCases(t, r, Order, []itemCase{
		{"I'd like the oud perfume 100 ml and a pack of scented wipes", []wantItem{{"OUD-100", 1, "", nil}, {"WIPES", 1, "", nil}}},
		{"I'd like a pack of wipes", []wantItem{{"WIPES", 1, "", nil}}},
		{"I'd like a box of wipes", []wantItem{{"WIPES", 1, "", nil}}},
		{"عايزة برفان عود 100 وباكو مناديل", []wantItem{{"OUD-100", 1, "", nil}, {"WIPES", 1, "", nil}}},
		{"3ayza barfan 3od 100 w elbet manadeel", []wantItem{{"OUD-100", 1, "", nil}, {"WIPES", 1, "", nil}}},
		{"عايزة باكو مناديل", []wantItem{{"WIPES", 1, "", nil}}},
		{"3ayza elbet manadeel", []wantItem{{"WIPES", 1, "", nil}}},
		// the pack product, named with its goods
		{"I'd like a pack of musk oil", []wantItem{{"MUSK-6", 1, "", nil}}},
		{"I'd like a pack of scented soap", []wantItem{{"SOAP-3", 1, "", nil}}},
		{"عايزة باكو مسك", []wantItem{{"MUSK-6", 1, "", nil}}},
		{"عايزة علبة عينات", []wantItem{{"SAMPLES", 1, "", nil}}},
		// counted packs, as before
		{"musk oil and 2 packs of wipes", []wantItem{{"MUSK-OIL", 1, "", nil}, {"WIPES", 2, "", nil}}},
	})
}

// TestRules_DeliveredToPlace: English delivery said as the past
// participle the order asks for ("…, delivered to Nasr City please",
// "delivered home", "shipped to Alexandria") is the shop's delivery, the
// place no goods; what was delivered ("was delivered to me broken") is
// none.
func TestRules_DeliveredToPlace(t *testing.T) {
	r := rulesFrom(t, h31cPerfCSV, h31cPerfVocab)
	checkCases(t, r, Order, []itemCase{
		{"Hi, I'd like the musk oil and a pack of scented wipes, delivered to Nasr City please", []wantItem{{"MUSK-OIL", 1, "", nil}, {"WIPES", 1, "", nil}, {"DELIV", 1, "", nil}}},
		{"I'd like musk oil delivered home please", []wantItem{{"MUSK-OIL", 1, "", nil}, {"DELIV", 1, "", nil}}},
		{"2 musk oil shipped to Alexandria please", []wantItem{{"MUSK-OIL", 2, "", nil}, {"DELIV", 1, "", nil}}},
	})
	res := understandText(t, r, "the musk oil I ordered was delivered to me broken")
	for _, it := range res.Items {
		if it.SKU == "DELIV" {
			t.Errorf("was delivered: %+v, want no delivery ordered", res.Items)
		}
	}
}

// h31cCurtCSV: a curtain shop of its own: velvet, linen and sheer by the
// metre, sewing per panel, tiebacks, delivery.
const h31cCurtCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
VELVET,قطيفة ستائر (بالمتر),Curtain velvet (per m),قطيفة|قماش قطيفة,أقمشة,meter,220,200,بوليستر,نبيتي|رمادي|بيج
LINEN-C,كتان ستائر (بالمتر),Curtain linen (per m),كتان|قماش كتان,أقمشة,meter,180,150,كتان,أبيض|بيج
SHEER,شيفون ستائر (بالمتر),Sheer chiffon (per m),شيفون,أقمشة,meter,90,300,بوليستر,أبيض
SRV-SEW,خياطة ستارة (للضلفة),Curtain panel sewing (per panel),خياطة ستارة|تفصيل ستارة,خدمات,piece,150,,,
TIEBACK,ربطة ستارة,Curtain tieback,ربطة|رباط ستارة|robta,اكسسوارات,piece,40,80,,ذهبي|فضي
SRV-DELIV,توصيل (للطلب),Delivery (per order),توصيل|دليفري,خدمات,piece,50,,,
`

const h31cCurtVocab = `قطيفة, قطيفه, velvet, 2atifa
كتان, linen, kettan
شيفون, sheer, chiffon
متر, امتار, meter, metre, metres, metr
نبيتي, عنابي, burgundy, nebity => نبيتي
رمادي, رصاصي, grey, gray, ramady => رمادي
ذهبي, دهبي, gold, dahaby => ذهبي
بيج, beige, bej => بيج
ابيض, white, abyad => أبيض
`

// TestRules_WholeLengthSharedByColour: a length said for the cloth as a
// whole, then shared by colour after a pause ("٨ متر قطيفة، ٤ متر نبيتي
// و٤ متر رمادي", "منهم", Franco, English "8 metres of velvet, 4 burgundy
// and 4 grey") is the shares' sum, a line each, never the whole bought
// once more; shares that do not add up to it ask how much.
func TestRules_WholeLengthSharedByColour(t *testing.T) {
	r := rulesFrom(t, h31cCurtCSV, h31cCurtVocab)
	two := []wantItem{{"VELVET", 4, "نبيتي", nil}, {"VELVET", 4, "رمادي", nil}}
	checkCases(t, r, Order, []itemCase{
		{"عايزة ٨ متر قطيفة، ٤ متر نبيتي و٤ متر رمادي", two},
		{"عايزة ٨ متر قطيفة منهم ٤ متر نبيتي و٤ متر رمادي", two},
		{"3ayza 8 metr 2atifa, 4 nebity w 4 ramady", two},
		{"I want 8 metres of velvet, 4 burgundy and 4 grey", two},
		{"عايزة ٧ متر كتان، ٣ متر ونص ابيض و٣ متر ونص بيج", []wantItem{{"LINEN-C", 3.5, "أبيض", nil}, {"LINEN-C", 3.5, "بيج", nil}}},
	})
	for _, text := range []string{"عايزة ٨ متر قطيفة، ٥ متر نبيتي و٤ متر رمادي", "I want 8 metres of velvet, 5 burgundy and 4 grey"} {
		res := understandText(t, r, text)
		if len(res.Items) == 0 || !slices.Contains(res.Items[0].Missing, "size") {
			t.Errorf("%s: %+v, want the whole's line asking how much", text, res.Items)
		}
	}
}

// TestRules_OrSoldOutAsked: a stock question asked with its other half
// ("وعندكم منه ولا خلص؟", "موجود ولا خلصان؟", "do you have it or is it
// sold out?") is read whole: the goods quoted, no word left unread.
func TestRules_OrSoldOutAsked(t *testing.T) {
	r := rulesFrom(t, h31cCurtCSV, h31cCurtVocab)
	for _, text := range []string{
		"الكتان البيج المتر بكام؟ وعندكم منه ولا خلص؟",
		"القطيفة النبيتي موجودة ولا خلصانة؟",
		"how much is the beige linen per metre? do you have it or is it sold out?",
	} {
		res := understandText(t, r, text)
		if len(res.Items) != 1 || res.Items[0].SKU != "LINEN-C" && res.Items[0].SKU != "VELVET" || len(res.Unexplained) > 0 {
			t.Errorf("%s: items %+v, unexplained %q; want the cloth and every word read", text, res.Items, res.Unexplained)
		}
	}
}

// TestRules_WishForSomeoneTold: a sentence telling what the teller wants
// to do for someone ("واحنا عايزين نفرحها بستارة جديدة.": we want to make
// her happy with a new curtain) is the story before the request, its
// goods no lines and its words read.
func TestRules_WishForSomeoneTold(t *testing.T) {
	r := rulesFrom(t, h31cCurtCSV, h31cCurtVocab)
	text := "امي راجعة من السفر الشهر الجاي واحنا عايزين نفرحها بستارة جديدة للصالون. عايزة ٦ متر قطيفة نبيتي"
	checkCases(t, r, Order, []itemCase{{text, []wantItem{{"VELVET", 6, "نبيتي", nil}}}})
	if res := understandText(t, r, text); len(res.Unexplained) > 0 {
		t.Errorf("%s: unexplained %q, want the story read", text, res.Unexplained)
	}
}

// TestRules_GiftTold: goods said to be a gift ("هدية لماما", "hedeya le
// mama", "a gift for my mum") are told what they are for: no line of the
// shop's gift wrapping whose name holds the word, no word unread; the
// wrapping asked by its verb or noun ("وغلفيه هدية", "gift wrapped") is
// still ordered.
func TestRules_GiftTold(t *testing.T) {
	r := rulesFrom(t, h31cPerfCSV, h31cPerfVocab)
	oud := []wantItem{{"OUD-100", 1, "", nil}}
	cases := []itemCase{
		{"عايزة برفان عود 100 هدية لماما", oud},
		{"عايزة برفان عود 100 هدية", oud},
		{"3ayza barfan 3od 100 hedeya le mama", oud},
		{"I'd like the oud perfume 100 ml, a gift for my mum", oud},
		{"عايزة برفان عود 100 وتغليف هدية", []wantItem{{"OUD-100", 1, "", nil}, {"GIFT", 1, "", nil}}},
	}
	checkCases(t, r, Order, cases)
	for _, c := range cases {
		if res := understandText(t, r, c.text); len(res.Unexplained) > 0 {
			t.Errorf("%s: unexplained %q", c.text, res.Unexplained)
		}
	}
	// a shop with no gift word in its names: the word is read all the same
	c := rulesFrom(t, h31cCurtCSV, h31cCurtVocab)
	for _, text := range []string{"عايزة ٢ ربطة ستارة دهبي، هدية لماما وخالتي", "3ayza robtet setara dahaby hedeya le mama"} {
		res := understandText(t, c, text)
		if len(res.Items) != 1 || res.Items[0].SKU != "TIEBACK" || len(res.Unexplained) > 0 {
			t.Errorf("%s: items %+v, unexplained %q; want the tiebacks, every word read", text, res.Items, res.Unexplained)
		}
	}
}

// TestRules_HowMuchClothAsked: how many metres a thing to be made takes
// ("محتاجة كام متر لستارة؟", "الستارة تاخد كام متر؟", Franco "kam metr
// le setara?", English "how many metres do I need for a curtain?") is a
// reckoning a person makes, a question for staff — never a line of the
// cloth; instalments asked by the shop's verb ("وبتقسطوا؟") and a reaction
// of the skin asked ("ولا هيعملي حساسية؟") are for staff too.
func TestRules_HowMuchClothAsked(t *testing.T) {
	r := rulesFrom(t, h31cCurtCSV, h31cCurtVocab)
	checkForStaff(t, r,
		"محتاجة كام متر لستارة؟",
		"الستارة تاخد كام متر؟",
		"kam metr le setara?",
		"how many metres do I need for a curtain?",
		"وبتقسطوا على الفيزا ولا لازم كاش؟",
	)
	p := rulesFrom(t, h31cPerfCSV, h31cPerfVocab)
	checkForStaff(t, p, "بشرتي حساسة، ينفع احط زيت مسك ولا هيعملي حساسية؟")
	// the goods' own price per metre stays a quote of them
	checkCases(t, r, Inquiry, []itemCase{{"القطيفة النبيتي المتر بكام؟", []wantItem{{"VELVET", 1, "نبيتي", nil}}}})
}
