package understand

import (
	"slices"
	"strings"
	"testing"
)

// A product dropped into another's line (branch c19e), on a small power
// tools shop of its own: a Bosch drill in blue or green, a Makita drill,
// and drill bits whose name holds the drill's words ("بنط شنيور بوش حديد
// (علبة 10)") and no colour, wood bits in a bag, screws in a box (the
// box no word of one product only), and work gloves.
const c19eCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
DRL-BOSCH,شنيور بوش 13 مم 650 وات,Bosch drill 13 mm 650 W,شنيور بوش|دريل بوش,شنيور,piece,2400,6,,أزرق|أخضر
DRL-MAK,شنيور ماكيتا 10 مم,Makita drill 10 mm,شنيور ماكيتا,شنيور,piece,2100,4,,أزرق
BIT-SET,بنط شنيور بوش حديد (علبة 10),Bosch metal drill bits box of 10,بنط حديد|بنط بوش,بنط,piece,180,40,صلب,
BIT-WOOD,بنط خشب (كيس 5),Wood bits bag of 5,بنط خشب,بنط,piece,90,40,صلب,
SCREW-BOX,مسامير قلاووظ (علبة 100),Screws box of 100,مسامير|قلاووظ,مسامير,piece,45,100,,
GLOVES,جوانتي شغل,Work gloves,جوانتي,حماية,piece,40,50,,أسود|أصفر
`

const c19eVocab = `شنيور, شنيوره, دريل, drill, shanyour, shenyor
بنط, بنطة, bits, bonta, bont
بوش, bosch, boush
ماكيتا, makita
ازرق, زرقا, blue => أزرق
اخضر, خضرا, green => أخضر
اسود, black => أسود
`

// TestRules_PackAfterGoodsComplete: "و" and a pack word with no count
// ("وعلبة", "وكيس"), or a count and its pack ("و٢ علبة"), after goods
// named already (their head noun, a colour said) opens the line of the
// goods after it, even when those goods' name holds the words before it
// too ("بنط شنيور بوش … (علبة 10)" beside "شنيور بوش أزرق"): never one
// line of the bits that swallowed the drill. So after a comma, so Franco
// "we 3elbet", and a pack right after the colour that closes the goods.
func TestRules_PackAfterGoodsComplete(t *testing.T) {
	r := rulesFrom(t, c19eCSV, c19eVocab)
	drill, bits := wantItem{"DRL-BOSCH", 1, "أزرق", nil}, wantItem{"BIT-SET", 1, "", nil}
	checkCases(t, r, Order, []itemCase{
		{"عايز شنيور بوش أزرق وعلبة بنط شنيور", []wantItem{drill, bits}},
		{"عايز شنيور بوش ازرق وعلبة بنط", []wantItem{drill, bits}},
		{"عايز شنيور بوش ازرق و علبة بنط", []wantItem{drill, bits}},
		{"عايز شنيور بوش وعلبة بنط شنيور", []wantItem{{"DRL-BOSCH", 1, "", nil}, bits}},
		{"عايز شنيور بوش أزرق علبة بنط شنيور", []wantItem{drill, bits}},
		{"عايز شنيور بوش ازرق وكيس بنط خشب", []wantItem{drill, {"BIT-WOOD", 1, "", nil}}},
		{"3ayez shanyour bosch azra2 we 3elbet bont shanyour", []wantItem{drill, bits}},
		// "3ayez shanyour bosch azra2 3elbet bont" (no "we") splits on the
		// c19e branch alone; with round 29's Franco packs merged, "3elbet"
		// is read as the catalog's "box" and the bits' line lacks the
		// colour instead (a question, no document): left for a later pass
		{"bosch drill blue and a box of bits", []wantItem{drill, bits}},
	})
	// the count and its pack open the bits' line: no word of the drill's
	for _, text := range []string{"عايز شنيور بوش ازرق و٢ علبة بنط", "عايز شنيور بوش و 2 علبة بنط"} {
		res := understandText(t, r, text)
		if got := linesAsked(res); !slices.Equal(got, []string{"BIT-SET", "DRL-BOSCH"}) {
			t.Fatalf("%q: lines %v, want the drill and the bits", text, got)
		}
		for _, it := range res.Items {
			if it.SKU == "DRL-BOSCH" && (strings.Contains(it.Phrase, "علب") || it.Confidence < 1) {
				t.Errorf("%q: the drill's line took the bits' pack: %q at %.2f", text, it.Phrase, it.Confidence)
			}
			if it.SKU == "BIT-SET" && it.Quantity != 2000 {
				t.Errorf("%q: %d milli of the bits, want 2", text, it.Quantity)
			}
		}
	}
}

// c19eKitchenCSV: a kitchen appliances shop whose hood filter's name holds
// the hood's words ("فلتر شفاط مطبخ كربون") and no colour, and no name
// says a pack.
const c19eKitchenCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
HOOD-60,شفاط مطبخ 60 سم ستانلس,Kitchen hood 60 cm,شفاط 60|شفاط مطبخ,شفاطات,piece,5200,5,ستانلس,فضي|أسود
FLT-HOOD,فلتر شفاط مطبخ كربون,Hood carbon filter,فلتر شفاط|فلتر كربون,اكسسوارات,piece,150,40,,
`

const c19eKitchenVocab = `شفاط, شفاطات, hood, shaffat
فلتر, فلاتر, filter
اسود, سودا, black => أسود
`

// TestRules_ColourOfOtherGoodsLacked: a line read as goods made in no
// colour (or not in the one said), whose words run from a whole name of
// other goods made in that colour, through the colour, to the line's own
// head noun ("شنيور بوش ازرق بنط", "شفاط مطبخ اسود فلتر شفاط"), lacks the
// colour: the colour closed the other goods' name, a line the words did
// not cut off — asked, never an invoice of the bits with the blue drill
// silently explained. Said after the goods' own head noun ("بنط شنيور بوش
// ازرق"), the colour is theirs and lacks nothing.
func TestRules_ColourOfOtherGoodsLacked(t *testing.T) {
	r := rulesFrom(t, c19eCSV, c19eVocab)
	checkLacks(t, r, []lacksCase{
		{"عايز شنيور بوش ازرق بنط", "BIT-SET", []string{"ازرق"}},
		{"عايز 2 شنيور بوش ازرق بنط حديد", "BIT-SET", []string{"ازرق"}},
		{"3ayez shanyour bosch azra2 bont", "BIT-SET", []string{"azra2"}},
		{"bosch drill blue bits", "BIT-SET", []string{"blue"}},
		{"عايز بنط شنيور بوش ازرق", "BIT-SET", nil},
		{"عايز شنيور بوش ازرق", "DRL-BOSCH", nil},
	})
	k := rulesFrom(t, c19eKitchenCSV, c19eKitchenVocab)
	checkLacks(t, k, []lacksCase{
		{"عايز شفاط مطبخ اسود فلتر شفاط", "FLT-HOOD", []string{"اسود"}},
		{"عايز فلتر شفاط مطبخ اسود", "FLT-HOOD", nil},
	})
}

// TestRules_PackAfterGoodsCompleteUnwritten: the same where no name of the
// shop's says the pack ("وكيس فلتر شفاط" of a hood filter sold by the
// piece), Franco "we kis", "we 3elbet" and a pack right after the colour:
// the pack is one of the goods after it, a line of their own.
func TestRules_PackAfterGoodsCompleteUnwritten(t *testing.T) {
	k := rulesFrom(t, c19eKitchenCSV, c19eKitchenVocab)
	hood, filter := wantItem{"HOOD-60", 1, "أسود", nil}, wantItem{"FLT-HOOD", 1, "", nil}
	checkCases(t, k, Order, []itemCase{
		{"عايز شفاط مطبخ اسود وكيس فلتر شفاط", []wantItem{hood, filter}},
		{"عايز شفاط مطبخ اسود وكيس فلتر", []wantItem{hood, filter}},
		{"3ayez shaffat matbakh black we kis filter shaffat", []wantItem{hood, filter}},
		{"3ayez shaffat matbakh black we 3elbet filter", []wantItem{hood, filter}},
		{"3ayez shaffat matbakh black kis filter", []wantItem{hood, filter}},
	})
}

// TestRules_EnglishColourOpensNextGoods: English says the colour before
// its goods: after goods complete, "and a blue …" is the colour of the
// goods named next, their line of their own, though the line before's
// name holds their words ("box of bits" of "Bosch metal drill bits").
func TestRules_EnglishColourOpensNextGoods(t *testing.T) {
	r := rulesFrom(t, c19eCSV, c19eVocab)
	checkCases(t, r, Order, []itemCase{
		{"box of bits and a blue bosch drill", []wantItem{{"BIT-SET", 1, "", nil}, {"DRL-BOSCH", 1, "أزرق", nil}}},
	})
}
