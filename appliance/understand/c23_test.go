package understand

import (
	"slices"
	"testing"

	"fatoora/catalog"
)

// A toy shop selling batteries on cards beside single ones: the card's
// count stated after the goods ("كارت 4") or around them ("كارت … عشرة").
const c23PacksCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
CAR-RC,عربية ريموت,Remote control car,,ألعاب,piece,650,10,,أحمر|أزرق
DOLL,عروسة,Doll,,ألعاب,piece,300,15,,
BAT-AA-4,بطاريات قلم AA كارت 4,AA batteries card of 4,,بطاريات,piece,60,50,,
BAT-LR44-1,بطارية زرار LR44 فرط,LR44 button battery,,بطاريات,piece,10,200,,
BAT-LR44-10,كارت بطاريات زرار LR44 عشرة,LR44 button batteries card of ten,,بطاريات,piece,80,30,,
`

const c23PacksVocab = `بطارية, بطاريه, بطاريات, battery, batteries
`

// TestRules_CardOfFewCountedInPieces: goods sold on a card of a few
// (2–9), counted in the goods' own word, are asked how many — never that
// many cards in silence ("٨ بطاريات قلم" was eight cards of four, "٢
// بطارية" and "بطاريتين" two cards); a count of cards stays cards, and a
// count a card holds whole is that many cards.
func TestRules_CardOfFewCountedInPieces(t *testing.T) {
	r := rulesFrom(t, c23PacksCSV, c23PacksVocab)
	line := func(res Result, sku string) *Item {
		for k := range res.Items {
			if res.Items[k].SKU == sku {
				return &res.Items[k]
			}
		}
		return nil
	}
	for _, text := range []string{"عايز ٢ بطارية قلم", "عايز عربية ريموت حمرا وبطاريتين قلم", "عايز ٨ بطاريات قلم", "عايز ٣ بطاريات قلم"} {
		res := understandText(t, r, text)
		it := line(res, "BAT-AA-4")
		if it == nil || !slices.Contains(it.Missing, "count") {
			t.Errorf("%s: %+v, want the battery card's count asked", text, res.Items)
		}
	}
	for _, c := range []struct {
		text string
		q    catalog.Milli
	}{{"عايز كارتين بطاريات قلم", 2}, {"عايز كارت بطاريات قلم", 1}, {"I want 2 cards of AA batteries", 2}} {
		res := understandText(t, r, c.text)
		it := line(res, "BAT-AA-4")
		if it == nil || it.Quantity != c.q*catalog.One || slices.Contains(it.Missing, "count") {
			t.Errorf("%s: %+v, want %d cards", c.text, res.Items, c.q)
		}
	}
	// ten batteries of a card of ten: one card or ten singles, never ten cards
	for _, text := range []string{"عايز ١٠ بطاريات زرار LR44", "عايز 10 بطاريات زرار LR44"} {
		res := understandText(t, r, text)
		if it := line(res, "BAT-LR44-10"); it != nil && it.Quantity != catalog.One && !slices.Contains(it.Missing, "count") {
			t.Errorf("%s: %+v, want one card of ten (or ten singles)", text, res.Items)
		}
		if len(res.Items) == 0 {
			t.Errorf("%s: no line", text)
		}
	}
	// the pack read from the names: a card after the goods, a card around them
	for _, c := range []struct {
		sku  string
		n    int
		unit string
	}{{"BAT-AA-4", 4, ""}, {"BAT-LR44-10", 10, "بطاريات"}, {"BAT-LR44-1", 0, ""}, {"CAR-RC", 0, ""}} {
		idx, ok := r.lx.bySKU[c.sku]
		if !ok {
			t.Fatalf("%s: no product", c.sku)
		}
		if n, u := r.lx.info[idx].pack, r.lx.info[idx].packUnit; n != c.n || u != c.unit {
			t.Errorf("pack of %s = %d %q, want %d %q", c.sku, n, u, c.n, c.unit)
		}
	}
}

// A printer supplies shop: cartridges by model number, and a box of one
// model only.
const c23ModelsCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
INK-680,خرطوشة حبر HP 680,HP 680 ink cartridge,,أحبار,piece,450,20,,أسود
INK-682,خرطوشة حبر HP 682,HP 682 ink cartridge,,أحبار,piece,480,15,,أسود
INK-685,خرطوشة حبر HP 685,HP 685 ink cartridge,,أحبار,piece,520,0,,أسود
INK-680-5,علبة 5 خرطوشة حبر HP 680,Box of 5 HP 680 ink cartridges,,أحبار,piece,2100,6,,أسود
PAPER-A4,رزمة ورق A4,A4 paper ream,,ورق,piece,220,40,,
`

// TestRules_BoxOfAnotherModel: a model number said with the pack's word
// ("علبة خرطوشة HP 682", "وعلبة 682") where the shop boxes only another
// model is what the box lacks — never the 680 box invoiced with 682 read
// as its size; the box's own model, or the model alone, stays the order.
func TestRules_BoxOfAnotherModel(t *testing.T) {
	r := rulesFrom(t, c23ModelsCSV, "")
	for _, text := range []string{"عايز علبة خرطوشة حبر HP 682", "عايز ٢ خرطوشة HP 680 وعلبة 682", "I want a box of HP 682 ink cartridges"} {
		res := understandText(t, r, text)
		for _, it := range res.Items {
			if it.SKU == "INK-680-5" && len(it.Lacks) == 0 {
				t.Errorf("%s: %+v, want the 680 box lacking the 682 said", text, res.Items)
			}
		}
	}
	for _, c := range []struct{ text, sku string }{
		{"عايز علبة خرطوشة حبر HP 680", "INK-680-5"},
		{"عايز خرطوشة حبر HP 682", "INK-682"},
		{"عايز ٢ خرطوشة HP 680", "INK-680"},
	} {
		res := understandText(t, r, c.text)
		if len(res.Items) != 1 || res.Items[0].SKU != c.sku || len(res.Items[0].Lacks) > 0 {
			t.Errorf("%s: %+v, want %s", c.text, res.Items, c.sku)
		}
	}
}

// A gift-wrapping shop whose products are headed by pack words.
const c23OwnBoxCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
GIFT-BOX,علبة هدية كرتون مقوى,Gift box,,تغليف,piece,45,50,,أحمر|ذهبي|أبيض
GIFT-BAG,كيس هدية ورق,Gift bag,,تغليف,piece,20,80,,أحمر|ذهبي|أبيض
CARD,كارت معايدة,Greeting card,,كروت,piece,15,100,,
RIBBON-M,شريط ستان بالمتر,Satin ribbon,,تغليف,meter,5,500,,أحمر|ذهبي|أبيض
FAVOR-10,علب توزيعات باكو 10 علبة,Favour boxes pack of 10,,تغليف,piece,90,30,,أبيض
TRAY,صينية هدية مزينة,Gift tray,,تغليف,piece,120,10,,ذهبي
`

const c23OwnBoxVocab = `علبة, علبه, علب, box, 3elba
كيس, اكياس, bag, kees
هدية, هديه, gift, hedeya
حمرا, احمر, red => أحمر
دهبي, ذهبي, gold => ذهبي
`

// TestRules_DualOfABoxThatIsTheGoods: a pack word's dual heading a product
// of its own with the word after it ("علبتين هدية" of "علبة هدية كرتون")
// is two of that product, as "٢ علبة هدية" is — never nothing (it was
// read as two boxes of goods no line held, and the message a greeting);
// a gift word a name writes right after the word before it is that
// name's, no gift told ("٢ علبة هدية" lost its هدية and asked which box).
func TestRules_DualOfABoxThatIsTheGoods(t *testing.T) {
	r := rulesFrom(t, c23OwnBoxCSV, c23OwnBoxVocab)
	for _, c := range []struct {
		text string
		sku  string
		want int
	}{
		{"عايز علبتين هدية", "GIFT-BOX", 2},
		{"عايزة علبتين هدية واحدة حمرا وواحدة دهبي", "GIFT-BOX", 2},
		{"عايز كيسين هدية ورق", "GIFT-BAG", 2},
		{"عايز كارت معايدة وعلبتين هدية حمرا", "GIFT-BOX", 2},
		{"عايز ٢ علبة هدية دهبي", "GIFT-BOX", 2},
	} {
		res := understandText(t, r, c.text)
		n := 0
		for _, it := range res.Items {
			if it.SKU == c.sku {
				n += int(it.Quantity / catalog.One)
			}
		}
		if res.Intent != Order || n != c.want {
			t.Errorf("%s: %s %+v, want %d of %s", c.text, res.Intent, res.Items, c.want, c.sku)
		}
	}
}

// A jeweller's packaging shelf: a ring box named with the engagement it
// is for, beside packs of boxes.
const c23JewelCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
RING-SILVER,دبلة فضة,Silver band,,فضة,piece,900,20,,فضي
SHABKA-BOX,علبة شبكة قطيفة,Velvet ring box,,علب,piece,150,40,,أحمر|كحلي
SHABKA-TRAY,صينية شبكة مرايات,Mirrored engagement tray,,علب,piece,700,8,,ذهبي
BOXES-12,علب هدايا باكو 12 علبة,Gift boxes pack of 12,,علب,piece,240,15,,أبيض
`

const c23JewelVocab = `علبة, علبه, علب, box, 3elba
شبكة, شبكه, engagement, shabka
حمرا, احمر, red => أحمر
كحلي, navy => كحلي
`

// TestRules_DualOfABoxNamedForAnOccasion: "علبتين شبكة" of "علبة شبكة
// قطيفة" beside packs of boxes is two ring boxes, as "٢ علبة شبكة" is —
// it was read as two packs of nothing, and the message a greeting.
func TestRules_DualOfABoxNamedForAnOccasion(t *testing.T) {
	r := rulesFrom(t, c23JewelCSV, c23JewelVocab)
	for _, text := range []string{"عايزة علبتين شبكة", "عايزة علبتين شبكة واحدة حمرا وواحدة كحلي", "عايزة دبلة فضة وعلبتين شبكة حمرا"} {
		res := understandText(t, r, text)
		n := 0
		for _, it := range res.Items {
			if it.SKU == "SHABKA-BOX" {
				n += int(it.Quantity / catalog.One)
			}
		}
		if res.Intent != Order || n != 2 {
			t.Errorf("%s: %s %+v, want two ring boxes", text, res.Intent, res.Items)
		}
	}
}

// An upholsterer's cloth sold by the metre, its name saying what it is
// for, beside ready-made chairs (the chair a head noun of its own).
const c23ClothCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
VELVET,قطيفة تنجيد للكراسي والكنب (بالمتر),Upholstery velvet for chairs and sofas (per m),قطيفة|قماش قطيفة,قماش تنجيد,meter,220,150,,رمادي|بيج
SRV-SEAT,تنجيد قاعدة الكرسي (للقطعة),Chair seat upholstery (per piece),تنجيد|تنجيد قاعدة,خدمات,piece,150,,,
CHAIR-DINING,كرسي سفرة زان جاهز,Ready beech dining chair,,كراسي,piece,1800,12,زان,بني
`

const c23ClothVocab = `كرسي, كراسي, chair, chairs
رمادي, grey => رمادي
`

// TestRules_ClothForThingsCounted: a figure between the cloth and a word
// its name says it is for ("قماش ٦ كراسي قطيفة" of "… للكراسي والكنب
// (بالمتر)") counts the things the cloth is for — how many metres is
// asked, never six metres invoiced; metres said stay metres.
func TestRules_ClothForThingsCounted(t *testing.T) {
	r := rulesFrom(t, c23ClothCSV, c23ClothVocab)
	for _, text := range []string{"عايز قماش ٦ كراسي قطيفة رمادي", "محتاج قماش ٤ كراسي قطيفة بيج"} {
		res := understandText(t, r, text)
		var it *Item
		for k := range res.Items {
			if res.Items[k].SKU == "VELVET" {
				it = &res.Items[k]
			}
		}
		if it == nil || !slices.Contains(it.Missing, "size") || len(it.DimsCM) > 0 {
			t.Errorf("%s: %+v, want the velvet's length asked", text, res.Items)
		}
	}
	res := understandText(t, r, "عايز ٦ متر قطيفة رمادي")
	if len(res.Items) != 1 || res.Items[0].Quantity != 6*catalog.One || len(res.Items[0].Missing) > 0 {
		t.Errorf("٦ متر: %+v, want six metres", res.Items)
	}
}

// An events rental shop's tables, named with their sizes.
const c23TablesCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
TBL-RECT,ترابيزة مستطيلة 80×180,Rectangular table 80x180,,ترابيزات,piece,150,200,,
TBL-ROUND-120,ترابيزة مدورة 120 سم,Round table 120 cm,,ترابيزات,piece,180,120,,
TBL-ROUND-150,ترابيزة مدورة 150 سم,Round table 150 cm,,ترابيزات,piece,220,60,,
CHAIR,كرسي بلاستيك,Plastic chair,,كراسي,piece,15,2000,,أبيض
`

// TestRules_ArabicFigureBeforeGoodsCounts: in Arabic a figure before the
// goods counts them ("٨٠ ترابيزة مستطيلة" of "ترابيزة مستطيلة 80×180" is
// eighty tables, not the 80 cm one); English puts a size there ("a 120
// round table").
func TestRules_ArabicFigureBeforeGoodsCounts(t *testing.T) {
	r := rulesFrom(t, c23TablesCSV, "")
	for _, c := range []struct {
		text string
		sku  string
		q    catalog.Milli
	}{
		{"عايز ٨٠ ترابيزة مستطيلة و٨٠٠ كرسي", "TBL-RECT", 80},
		{"محتاجين ١٥٠ ترابيزة مدورة ١٢٠ سم", "TBL-ROUND-120", 150},
		{"I need a 150 round table", "TBL-ROUND-150", 1},
	} {
		res := understandText(t, r, c.text)
		found := false
		for _, it := range res.Items {
			if it.SKU == c.sku && it.Quantity == c.q*catalog.One {
				found = true
			}
		}
		if !found {
			t.Errorf("%s: %+v, want %d of %s", c.text, res.Items, c.q, c.sku)
		}
	}
}
