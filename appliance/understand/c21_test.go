package understand

import "testing"

// Session 21's coordinator classes (branch c21), on a home appliances
// shop of its own (none of the development sets' trades): goods put off
// to later, and an order placed before cancelled.
const c21CSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
FRIDGE,تلاجة نوفروست,No-frost fridge,تلاجه|ثلاجة|tallaga|fridge,تلاجات,piece,21000,5,,فضي|أبيض
WASHER,غسالة فول اوتوماتيك,Automatic washing machine,غساله|ghassala|washing machine|washer,غسالات,piece,17000,5,,أبيض|فضي
MICRO,ميكروويف,Microwave,microwave,أجهزة صغيرة,piece,4500,5,,أسود|وردي
MAT-PLAIN,مرتبة عادية,Plain mattress,مرتبة|مرتبه,مراتب,piece,3000,5,,
MAT-MED,مرتبة طبية,Medical mattress,مرتبة طبي,مراتب,piece,5000,5,,
`

const c21Vocab = `فضي, فضى, fedy, silver => فضي
ابيض, بيضا, بيضاء, white => أبيض
اسود, black => أسود
وردي, pink => وردي
`

// TestRules_GoodsPutOff: goods the customer puts off to later ("والغسالة
// بعدين", "بس الغسالة مش دلوقتي", "هاخدها الشهر الجاي", "ولو عجبني هاخد",
// "هبقى اشوف", "maybe … next month") are not invoiced with the rest;
// goods to be SENT later, a delivery day, "وبعدين" of a list and a polite
// "ممكن اخد" are ordered.
func TestRules_GoodsPutOff(t *testing.T) {
	r := rulesFrom(t, c21CSV, c21Vocab)
	fridge := []wantItem{{"FRIDGE", 1, "فضي", nil}}
	checkCases(t, r, Order, []itemCase{
		{"عايز تلاجة فضي، والغسالة بعدين", fridge},
		{"عايز تلاجة فضي بس الغسالة مش دلوقتي", fridge},
		{"عايز تلاجة فضي والغسالة هاخدها الشهر الجاي", fridge},
		{"عايز تلاجة فضي، والغسالة هاخدها لما اقبض", fridge},
		{"عايز تلاجة فضي، ولو عجبني هاخد الميكروويف", fridge},
		{"عايز تلاجة فضي، وممكن اخد غسالة كمان بعدين", fridge},
		{"عايز تلاجة فضي وبعدين هبقى اشوف الغسالة", fridge},
		{"عايز تلاجة فضي، الغسالة مش محتاجاها دلوقتي", fridge},
		{"عايز تلاجة فضي، والغسالة هفكر فيها", fridge},
		{"I want the fridge in silver, the washing machine later", fridge},
		{"3ayez tallaga fedy, wel ghassala ba3dein", fridge},
		// a colour beginning with و is no clause of its own
		{"عايز تلاجة فضي، والميكروويف وردي بعدين", fridge},
		{"3ayez tallaga fedy w el ghassala msh delwa2ty", fridge},
		{"I'll take the fridge in silver; maybe the microwave next month", fridge},
		// ordered
		{"عايز تلاجة فضي وغسالة بيضا، والغسالة ابعتوها بعدين", []wantItem{{"FRIDGE", 1, "فضي", nil}, {"WASHER", 1, "أبيض", nil}}},
		{"عايز تلاجة فضي بس توصل الاسبوع الجاي", fridge},
		{"عايز تلاجة فضي وبعدين غسالة بيضا", []wantItem{{"FRIDGE", 1, "فضي", nil}, {"WASHER", 1, "أبيض", nil}}},
		{"عايز تلاجة فضي، والغسالة البيضا هاخدها", []wantItem{{"FRIDGE", 1, "فضي", nil}, {"WASHER", 1, "أبيض", nil}}},
		{"ممكن اخد تلاجة فضي؟", fridge},
	})
}

// TestRules_PutOffAfterNamedAsked: goods named, then put off in the same
// message ("ومعاها غسالة، بس الغسالة مش دلوقتي") leave the line to a
// person — never invoiced as asked first; all the goods put off is a
// person's to answer, not a hello.
func TestRules_PutOffAfterNamedAsked(t *testing.T) {
	r := rulesFrom(t, c21CSV, c21Vocab)
	for _, text := range []string{
		"عايز تلاجة فضي ومعاها غسالة بيضا، بس الغسالة مش دلوقتي",
		"I want a silver fridge and a white washing machine, the washing machine later",
		"عايز تلاجة فضي وغسالة بيضا، وهبقى اشوف الغسالة الشهر الجاي",
	} {
		if res := understandText(t, r, text); len(res.Unexplained) == 0 {
			t.Errorf("%s: %+v, nothing left to a person", text, res.Items)
		}
	}
	for _, text := range []string{
		"هاخد التلاجة الفضي الشهر الجاي لما اقبض",
		"هبقى اشوف الغسالة بعدين",
	} {
		res := understandText(t, r, text)
		if len(res.Items) != 0 || len(res.Service) == 0 {
			t.Errorf("%s: items %+v service %v, want none and a person's answer", text, res.Items, res.Service)
		}
	}
}

// TestRules_OrderCancelled: an order placed before, cancelled with its
// goods named ("الغي الاوردر بتاع التلاجة", "please cancel my order of the
// fridge", Franco "2elghy el order", "كنسلوا الغسالة اللي طلبتها", "مش
// عايز الغسالة اللي طلبتها خلاص"), is a person's to do: no line, never
// the goods' colour asked or a hello. Goods taken off the message's own
// list stay that list's.
func TestRules_OrderCancelled(t *testing.T) {
	r := rulesFrom(t, c21CSV, c21Vocab)
	for _, text := range []string{
		"الغي الاوردر بتاع التلاجة لو سمحت",
		"please cancel my order of the fridge",
		"2elghy el order bta3 el tallaga law sama7t",
		"كنسلوا الغسالة اللي طلبتها",
		"مش عايز الغسالة اللي طلبتها خلاص",
	} {
		res := understandText(t, r, text)
		if len(res.Items) != 0 || len(res.Service) == 0 {
			t.Errorf("%s: items %+v service %v, want no line and a person's answer", text, res.Items, res.Service)
		}
	}
	checkCases(t, r, Order, []itemCase{
		{"عايز تلاجة فضي ومش عايز الغسالة", []wantItem{{"FRIDGE", 1, "فضي", nil}}},
	})
}

// TestRules_ForTwoThings: goods of no count said for two things the shop
// sells nothing by, in the dual ("لشقتين", "للعربيتين": two flats, two
// cars) — one shared or one each? — are asked how many, as for two people;
// "كل واحدة" says one each; two of a time ("لمدة سنتين") is no count.
func TestRules_ForTwoThings(t *testing.T) {
	r := rulesFrom(t, c21CSV, c21Vocab)
	countAsked(t, r, "عايز تلاجة فضي لشقتين", "FRIDGE", true)
	countAsked(t, r, "عايز ميكروويف للشقتين", "MICRO", true)
	for _, w := range []string{"سنتين", "ساعتين", "مرتين"} {
		if thingDual(token{prep: true}, w) {
			t.Errorf("%s: read as two things", w)
		}
	}
	countAsked(t, r, "عايز تلاجة فضي لشقتي", "FRIDGE", false)
	checkCases(t, r, Order, []itemCase{
		{"عايز تلاجة فضي لشقتين، كل واحدة", []wantItem{{"FRIDGE", 2, "فضي", nil}}},
	})
}

// A stationery shop of its own: pens in boxes of 12, notebooks in three
// colours.
const c21PensCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
PEN-BOX,أقلام جاف (علبة 12),Ballpoint pens (box of 12),اقلام|قلم جاف|pens,أقلام,piece,60,200,,أزرق|أسود|أحمر
NOTE-SPR,كشكول سلك,Spiral notebook,كشكول|notebook,كشاكيل,piece,35,300,,أزرق|أحمر|أخضر
STICKY,ورق لاصق باكو 100 ورقة,Sticky notes pack of 100,ورق لاصق|sticky notes,أوراق,piece,20,300,,
`

const c21PensVocab = `ازرق, blue => أزرق
اسود, black => أسود
احمر, red => أحمر
اخضر, green => أخضر
`

// TestRules_ColourRuledOut: a colour the customer rules out ("بس مش
// احمر", "اي لون غير الاحمر", "any colour but red") is no colour of the
// line — asked, never the one ruled out invoiced; a colour said with it
// ("ازرق مش احمر") is the line's.
func TestRules_ColourRuledOut(t *testing.T) {
	r := rulesFrom(t, c21PensCSV, c21PensVocab)
	for _, text := range []string{
		"عايز كشكول سلك بس مش احمر",
		"عايز كشكول اي لون غير الاحمر",
		"عايز كشكول اي لون الا الاحمر والاخضر",
		"I want a spiral notebook, any colour but red",
		"I want a spiral notebook, anything except red",
	} {
		res := understandText(t, r, text)
		if len(res.Items) != 1 || res.Items[0].SKU != "NOTE-SPR" || res.Items[0].Color != "" {
			t.Errorf("%s: %+v, want the notebook with no colour (asked)", text, res.Items)
		}
	}
	checkCases(t, r, Order, []itemCase{
		{"عايز كشكول ازرق مش احمر", []wantItem{{"NOTE-SPR", 1, "أزرق", nil}}},
		{"عايز كشكول اخضر بس مش الغامق", []wantItem{{"NOTE-SPR", 1, "أخضر", nil}}},
	})
}

// TestRules_DozenOfBoxedGoods: a count in dozens of goods sold in a box of
// 12 ("دستة اقلام", "٢ دستة", "a dozen pens") counts the goods: that many
// boxes when whole, asked when not ("نص دستة", "دستة ونص"), never twelve
// boxes.
func TestRules_DozenOfBoxedGoods(t *testing.T) {
	r := rulesFrom(t, c21PensCSV, c21PensVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز دستة اقلام جاف ازرق", []wantItem{{"PEN-BOX", 1, "أزرق", nil}}},
		{"عايز ٢ دستة اقلام جاف ازرق", []wantItem{{"PEN-BOX", 2, "أزرق", nil}}},
		{"I need a dozen blue pens", []wantItem{{"PEN-BOX", 1, "أزرق", nil}}},
		{"عايز علبتين اقلام جاف ازرق", []wantItem{{"PEN-BOX", 2, "أزرق", nil}}},
		// a pack no dozen divides: the dozens count packs
		{"عايز دستة ونص ورق لاصق", []wantItem{{"STICKY", 18, "", nil}}},
	})
	for _, text := range []string{"عايز نص دستة اقلام جاف ازرق", "عايز دستة ونص اقلام جاف ازرق"} {
		countAsked(t, r, text, "PEN-BOX", true)
	}
}

// TestRules_UnsoldWorkAsked: work made to order asked of the shop ("وتفصلولي
// ستارة", "وتنجدولي الكنبة") where the shop sells that work under no name
// of its own is on no line: the message is left to a person, never the
// cloth alone invoiced; where the shop sells it, it is a line.
func TestRules_UnsoldWorkAsked(t *testing.T) {
	const cloth = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
FAB-VEL,قماش قطيفة,Velvet fabric,قطيفة|velvet,أقمشة,meter,150,,,نبيتي|كحلي
`
	const tailor = cloth + `SRV-SEW,تفصيل ستارة,Curtain sewing,تفصيل,خدمات,piece,200,,,
`
	r := rulesFrom(t, cloth, "")
	for _, text := range []string{
		"عايزة ٦ متر قماش قطيفة نبيتي وتفصلولي ستارة",
		"عايزة ٦ متر قماش قطيفة نبيتي وتنجدولي بيه الكنبة",
	} {
		if res := understandText(t, r, text); len(res.Unexplained) == 0 {
			t.Errorf("%s: %+v, nothing left to a person", text, res.Items)
		}
	}
	checkCases(t, rulesFrom(t, tailor, ""), Order, []itemCase{
		{"عايزة ٦ متر قماش قطيفة نبيتي وتفصلولي ستارة", []wantItem{{"FAB-VEL", 6, "نبيتي", nil}, {"SRV-SEW", 1, "", nil}}},
	})
}

// TestRules_PlainNamedFeminine: a product whose own name says it is the
// ordinary one in the feminine ("مرتبة عادية") is the one a bare "مرتبة"
// asks for, as "عادي" is: the name read normalised.
func TestRules_PlainNamedFeminine(t *testing.T) {
	r := rulesFrom(t, c21CSV, c21Vocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز مرتبة", []wantItem{{"MAT-PLAIN", 1, "", nil}}},
	})
	if !r.namesPlain(r.lx.bySKU["MAT-PLAIN"]) {
		t.Error(`"مرتبة عادية" does not name the plain one`)
	}
}

// TestRules_ContainerWordCountsGoods: goods whose own name is a container
// word ("أكياس تجميد (باكو 100)"), counted in it ("٢٠٠ كيس تجميد"), are
// that many bags: whole packs, asked when not whole — never 200 packs of
// 100. Where the container is the name's pack ("مسامير (كيس 100)"), a
// count of it is of packs.
func TestRules_ContainerWordCountsGoods(t *testing.T) {
	const bags = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
BAG-FRZ,أكياس تجميد (باكو 100),Freezer bags (pack of 100),اكياس تجميد,أكياس,piece,40,500,,
NAIL-100,مسامير (كيس 100),Nails (bag of 100),مسامير,عدد,piece,25,500,,
`
	r := rulesFrom(t, bags, "")
	checkCases(t, r, Order, []itemCase{
		{"عايز ٢٠٠ كيس تجميد", []wantItem{{"BAG-FRZ", 2, "", nil}}},
		{"عايز ٣ كيس مسامير", []wantItem{{"NAIL-100", 3, "", nil}}},
	})
	countAsked(t, r, "عايز ١٥٠ كيس تجميد", "BAG-FRZ", true)
}

// TestRules_SmallPackCountedInGoods: goods in a small pack ("شمع معطر علبة
// 6 قطع") counted in the goods' own word ("١٢ شمعة معطرة") may be candles or
// boxes: how many is asked, never 12 boxes in silence; a count of the pack
// ("٢ علبة") stays.
func TestRules_SmallPackCountedInGoods(t *testing.T) {
	const candles = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
SOAP-6,صابون معطر علبة 6 قطع,Scented soap box of 6,صابون,صابون,piece,120,100,,أبيض|وردي
`
	r := rulesFrom(t, candles, "")
	countAsked(t, r, "عايزة ١٢ صابونة معطرة", "SOAP-6", true)
	checkCases(t, r, Order, []itemCase{
		{"عايزة ٢ علبة صابون معطر وردي", []wantItem{{"SOAP-6", 2, "وردي", nil}}},
	})
}

// TestRules_EachOfThePeopleSeated: "وكرسي لكل واحد" after goods whose name
// counts the people they seat ("ترابيزة 6 أشخاص") is one for each person or
// for each table? How many is asked, never one chair; after goods that
// seat no counted people it is one for each piece.
func TestRules_EachOfThePeopleSeated(t *testing.T) {
	const cafe = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
TBL-6,ترابيزة كافيه 6 أشخاص,Cafe table for 6 persons,ترابيزة,ترابيزات,piece,3000,20,,
TBL-SQ,ترابيزة مربعة,Square table,ترابيزة مربعة,ترابيزات,piece,1500,20,,
CHR,كرسي كافيه,Cafe chair,كرسي,كراسي,piece,600,200,,
`
	r := rulesFrom(t, cafe, "")
	countAsked(t, r, "عايز ترابيزة كافيه ٦ اشخاص وكرسي لكل واحد", "CHR", true)
	checkCases(t, r, Order, []itemCase{
		{"عايز ٣ ترابيزة مربعة وكرسي لكل واحدة", []wantItem{{"TBL-SQ", 3, "", nil}, {"CHR", 3, "", nil}}},
	})
}
