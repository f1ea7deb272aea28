package understand

import "testing"

// Round 32's first-contact classes of packs and their pieces (branch
// h32b), on small shops of their own (none of the blind sets' catalogs or
// sentences): a stationery shop selling a pen single and in a box of 12,
// and a seat cushion single and in a set of 4; a dairy selling a yoghurt
// cup single and in a pack of 6, and its other goods by the piece in the
// container they come in (a tub of cheese, a bag of sugar, a bottle of
// oil, a packet of biscuits).
const h32bStationeryCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
PEN-1,قلم جاف,Ballpoint pen,قلم|قلم جاف,أقلام,piece,5,500,,أزرق|أحمر
PEN-12,علبة 12 قلم جاف,Box of 12 ballpoint pens,علبة اقلام|12 قلم,أقلام,piece,50,40,,أزرق|أحمر
CUSH-1,مخدة كرسي مكتب,Office chair cushion,مخدة كرسي,مفروشات مكتب,piece,60,40,,
CUSH-4,طقم 4 مخدات كراسي مكتب,Set of 4 office chair cushions,طقم مخدات كراسي,مفروشات مكتب,piece,220,10,,
NOTE-A5,كشكول A5,A5 notebook,كشكول,كراسات,piece,20,100,,
`

const h32bStationeryVocab = `قلم, اقلام, pen, pens, alam
علبة, علبه, box, 3elba
ازرق, azra2, blue => أزرق
`

const h32bDairyCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
YOG-1,زبادي (كوباية),Yoghurt cup,زبادي|كوباية زبادي,ألبان,piece,8,200,,
YOG-6,علبة زبادي 6 كوبايات,Pack of 6 yoghurt cups,علبة زبادي|باكو زبادي,ألبان,piece,45,30,,
CHEESE-500,جبنة بيضا 500 جرام,White cheese 500 g,جبنة,ألبان,piece,60,50,,
SUGAR-1K,سكر 1 كيلو,Sugar 1 kg,سكر,بقالة,piece,30,80,,
OIL-1L,زيت عباد 1 لتر,Sunflower oil 1 l,زيت,بقالة,piece,70,60,,
BISC-1,بسكويت سادة,Plain biscuits,بسكويت,بقالة,piece,10,90,,
`

const h32bDairyVocab = `كوباية, كوبايه, كوب, cup, koubaya
زبادي, zabadi, yoghurt, yogurt
علبة, علبه, box, pack, 3elba
جبنة, gebna, cheese
`

// TestRules_CorrectedToThePack: a correction ("لا خليها", "لا معلش", Franco
// "la khaliha", "no, make it", "actually") naming the pack the goods just
// asked are sold in takes their place: the pack alone, never the pieces
// beside it; the colour said of the pieces is the pack's. Goods and their
// pack said with no correction stay two lines.
func TestRules_CorrectedToThePack(t *testing.T) {
	r := rulesFrom(t, h32bStationeryCSV, h32bStationeryVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز ٥ اقلام جاف ازرق.. لا خليها علبة ال١٢ احسن", []wantItem{{"PEN-12", 1, "أزرق", nil}}},
		{"عايز ٥ اقلام جاف ازرق.. لا معلش هات العلبة احسن", []wantItem{{"PEN-12", 1, "أزرق", nil}}},
		{"عايز ٥ اقلام جاف ازرق.. لا خليهم ١٢، يبقى هات العلبة احسن", []wantItem{{"PEN-12", 1, "أزرق", nil}}},
		{"I need 5 blue ballpoint pens, no make it a box of 12", []wantItem{{"PEN-12", 1, "أزرق", nil}}},
		{"I need 5 blue ballpoint pens. Actually a box of 12", []wantItem{{"PEN-12", 1, "أزرق", nil}}},
		{"عايز ٥ اقلام جاف ازرق وعلبة اقلام جاف ازرق", []wantItem{{"PEN-1", 5, "أزرق", nil}, {"PEN-12", 1, "أزرق", nil}}},
	})
	d := rulesFrom(t, h32bDairyCSV, h32bDairyVocab)
	checkCases(t, d, Order, []itemCase{
		{"عايز ٣ زبادي.. لا معلش علبة الزبادي احسن", []wantItem{{"YOG-6", 1, "", nil}}},
		{"عايز ٣ زبادي وعلبة زبادي", []wantItem{{"YOG-1", 3, "", nil}, {"YOG-6", 1, "", nil}}},
	})
}

// TestRules_ContainerDualCounts: a container said in the dual before goods
// sold by the piece in it ("علبتين جبنة", "كيسين سكر", "ازازتين زيت",
// "باكوين بسكويت") is two of the goods, as "٢ علبة" is — never one.
func TestRules_ContainerDualCounts(t *testing.T) {
	r := rulesFrom(t, h32bDairyCSV, h32bDairyVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز كيلو سكر وعلبتين جبنة", []wantItem{{"SUGAR-1K", 1, "", nil}, {"CHEESE-500", 2, "", nil}}},
		{"عايز علبتين جبنة", []wantItem{{"CHEESE-500", 2, "", nil}}},
		{"عايز ٢ زيت وباكوين بسكويت", []wantItem{{"OIL-1L", 2, "", nil}, {"BISC-1", 2, "", nil}}},
		{"عايز ٣ علب جبنة", []wantItem{{"CHEESE-500", 3, "", nil}}},
		{"عايز علبة جبنة", []wantItem{{"CHEESE-500", 1, "", nil}}},
		{"عايز علبتين زبادي", []wantItem{{"YOG-6", 2, "", nil}}},
	})
}

// TestRules_PiecesCountedInThePacksWord: goods counted in the plural the
// pack's name says what it holds in ("٤ كوبايات زبادي" of "علبة زبادي 6
// كوبايات" beside "زبادي (كوباية)", Franco "4 koubayat zabadi"; "٣ مخدات
// كراسي مكتب" of "طقم 4 مخدات كراسي مكتب" beside "مخدة كرسي مكتب") are
// that many pieces, the single product — never that many packs. A count
// the pack's figure divides may be the packs: asked, never invoiced.
func TestRules_PiecesCountedInThePacksWord(t *testing.T) {
	r := rulesFrom(t, h32bDairyCSV, h32bDairyVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز ٤ كوبايات زبادي", []wantItem{{"YOG-1", 4, "", nil}}},
		{"3ayez 4 koubayat zabadi", []wantItem{{"YOG-1", 4, "", nil}}},
		{"I want 4 cups of yoghurt", []wantItem{{"YOG-1", 4, "", nil}}},
		{"عايز ٣ علب زبادي", []wantItem{{"YOG-6", 3, "", nil}}},
	})
	s := rulesFrom(t, h32bStationeryCSV, h32bStationeryVocab)
	checkCases(t, s, Order, []itemCase{
		{"عايز ٣ مخدات كراسي مكتب", []wantItem{{"CUSH-1", 3, "", nil}}},
	})
	for _, x := range []struct {
		r    *Rules
		text string
	}{{r, "عايز ١٢ كوبايات زبادي"}, {s, "عايز ٨ مخدات كراسي مكتب"}, {s, "عايز ٤ مخدات كراسي مكتب"}} {
		res := understandText(t, x.r, x.text)
		if len(res.Items) != 1 || !h32bAsked(res.Items[0]) {
			t.Errorf("%s: want one line asked (the pieces or the packs), got %+v", x.text, res.Items)
		}
	}
}

// h32bAsked: the line is not invoiced as it stands — a product to pick, a
// count or a colour to ask, or a low confidence.
func h32bAsked(it Item) bool {
	return len(it.Ambiguous) > 0 || len(it.Missing) > 0 || it.Confidence < 0.7
}

// TestRules_SingleOfItsPacks: the pieces' word said alone in the singular
// ("والكوباية لوحدها بكام؟", "بكام الكوباية؟") of goods sold single and
// in a pack named by that word ("Pack of 6 yoghurt cups") is the single
// one, quoted — no question which; the pieces' plural alone with a count
// ("٣ كوبايات") is that many singles.
func TestRules_SingleOfItsPacks(t *testing.T) {
	r := rulesFrom(t, h32bDairyCSV, h32bDairyVocab)
	checkCases(t, r, Inquiry, []itemCase{
		{"بكام علبة الزبادي؟ والكوباية لوحدها بكام؟", []wantItem{{"YOG-6", 1, "", nil}, {"YOG-1", 1, "", nil}}},
		{"بكام الكوباية؟", []wantItem{{"YOG-1", 1, "", nil}}},
	})
	checkCases(t, r, Order, []itemCase{
		{"عايز ٣ كوبايات", []wantItem{{"YOG-1", 3, "", nil}}},
	})
}

// TestRules_PackOfUnknownGoods: a pack and the measure it holds said
// right after goods the shop does not know ("ولو عندكم ايس كريم مانجا
// علبة ٢ لتر ضيفوها") is those goods' pack: a line the shop may not carry,
// for a person — never one of the shop's own packs asked about.
func TestRules_PackOfUnknownGoods(t *testing.T) {
	r := rulesFrom(t, h32bDairyCSV, h32bDairyVocab)
	res := understandText(t, r, "عايز كيلو سكر وعلبتين جبنة، ولو عندكم ايس كريم مانجا علبة ٢ لتر ضيفوها")
	var skus []string
	unread := false
	for _, it := range res.Items {
		if it.SKU != "" {
			skus = append(skus, it.SKU)
		}
		for _, c := range it.Ambiguous {
			skus = append(skus, c.Product.SKU)
		}
		unread = unread || it.Unread
	}
	// the unknown goods left for a person: an unread line, or (h38g's
	// ifSold: a supposition of goods not carried) their words unexplained
	unread = unread || len(res.Unexplained) > 0
	if len(skus) != 2 || skus[0] != "SUGAR-1K" || skus[1] != "CHEESE-500" || !unread {
		t.Errorf("want the sugar and the cheese and the unknown goods' box unread, got %+v", res.Items)
	}
}
