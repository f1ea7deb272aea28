package understand

import (
	"context"
	"testing"
)

// Rounds 14–15's second classes (branch h15c), on a small hardware and
// home-electrics shop: drill bits by the inch, gloves sold by the pair,
// wall fans named by their size, a chandelier and the shop's two
// installations (one a piece, one by the metre), a folding ladder, copper
// wire by the metre.
const round15cCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
BIT-12,بنطة حديد 1/2 بوصة,Steel drill bit 1/2 inch,بنطة نص,بنط,piece,45,100,,
BIT-34,بنطة حديد 3/4 بوصة,Steel drill bit 3/4 inch,بنطة تلت تربع,بنط,piece,70,100,,
GLOVE,جوانتي شغل جلد (الجوز),Leather work gloves (pair),قفاز شغل|قفازات جلد,جوانتيات,piece,120,50,جلد,
HAMMER,شاكوش حديد,Steel hammer,مطرقة,عدد,piece,150,30,,
FAN-16,مروحة حائط 16,Wall fan 16,مروحة حيطة 16,مراوح,piece,900,20,,
FAN-18,مروحة حائط 18,Wall fan 18,مروحة حيطة 18,مراوح,piece,1100,20,,
LADDER,سلم مطبق ألومنيوم,Folding aluminium ladder,سلم مطبق,سلالم,piece,1600,10,ألومنيوم,
LAMP,نجفة كريستال 8 شمعة,Crystal chandelier 8 arms,ثريا,نجف,piece,5200,5,,
INST-LAMP,تركيب نجفة (للنجفة الواحدة),Chandelier installation (each),تركيب النجف,خدمات,piece,350,,,
INST-WIRE,تركيب تمديدات كهربا بالمتر,Wiring installation per metre,تمديدات,خدمات,meter,60,,,
VALVE,بلف عجلة نحاس,Brass tyre valve,بلف كاوتش,قطع غيار,piece,25,200,نحاس,
GOAL,جون كورة صغير,Mini football goal,جون,ألعاب,piece,900,5,,
CABLE-2,سلك نحاس 2 مم بالمتر,Copper wire 2 mm per metre,سلك 2 مم,أسلاك,meter,18,900,نحاس,
CABLE-3,سلك نحاس 3 مم بالمتر,Copper wire 3 mm per metre,سلك 3 مم,أسلاك,meter,26,900,نحاس,
`
const round15cVocab = `بنطة, بنطه, بنط, banta, bit
جوانتي, جوانتيات, gwanty, glove
مروحة, مراوح, marwa7a, fan
سلم, سلالم, sellem, ladder
نجفة, نجف, nagafa, chandelier
تركيب, tarkeeb, installation
جون, goal
سلك, اسلاك, selk, wire
`

func round15cRules(t testing.TB) *Rules {
	t.Helper()
	return rulesFrom(t, round15cCSV, round15cVocab)
}

// TestRules_FractionInAName: a name's fraction ("3/4 بوصة") is read as a
// message's is (0.75), so the fraction said chooses that variant — said
// as digits, with or without the inch, and in English as "half inch"
// before its unit.
func TestRules_FractionInAName(t *testing.T) {
	r := round15cRules(t)
	checkCases(t, r, Order, []itemCase{
		{"عايز ٢ بنطة ٣/٤", []wantItem{{"BIT-34", 2, "", nil}}},
		{"عايز ٢ بنطة ٣/٤ بوصة", []wantItem{{"BIT-34", 2, "", nil}}},
		{"3ayez 2 banta 3/4", []wantItem{{"BIT-34", 2, "", nil}}},
		{"I need 2 drill bits 3/4 inch", []wantItem{{"BIT-34", 2, "", nil}}},
		{"I need 2 half inch drill bits", []wantItem{{"BIT-12", 2, "", nil}}},
	})
}

// TestRules_WouldLikeIsAnOrder: English "we'd like", "I would like" asks
// for goods as "want" does, so thanks closing the message leave it an
// order; and an English adjective of the name's verb in another form
// ("foldable" of "Folding") is that word.
func TestRules_WouldLikeIsAnOrder(t *testing.T) {
	r := round15cRules(t)
	checkPlaced(t, r, "Hi, we'd like one hammer and two foldable ladders. Thanks!", Order,
		[]wantItem{{"HAMMER", 1, "", nil}, {"LADDER", 2, "", nil}})
	checkPlaced(t, r, "Hello, I would like a folded aluminium ladder, thanks", Order, []wantItem{{"LADDER", 1, "", nil}})
}

// TestRules_ServiceOfTheGoodsNamed: a service said bare after goods, where
// the shop sells several, is the one whose name's object the goods' own
// names hold (the chandelier said "ثريا", its installation "تركيب نجفة"),
// counted like them when said of them all ("وتركيبهم").
func TestRules_ServiceOfTheGoodsNamed(t *testing.T) {
	r := round15cRules(t)
	checkCases(t, r, Order, []itemCase{
		{"٢ ثريا وتركيبهم", []wantItem{{"LAMP", 2, "", nil}, {"INST-LAMP", 2, "", nil}}},
		{"عايز ٢ ثريا وتركيبهم", []wantItem{{"LAMP", 2, "", nil}, {"INST-LAMP", 2, "", nil}}},
	})
}

// TestRules_PiecesOfAPair: goods sold by the pair ("(الجوز)") counted as
// "جوزين" before their noun are two pairs, a line of their own after
// another; counted in pieces (the plural), an even count is half as many
// pairs; an odd count, or a count of the singular ("٤ جوانتي": four of
// what is sold, or four gloves?), is left for a person.
func TestRules_PiecesOfAPair(t *testing.T) {
	r := round15cRules(t)
	checkCases(t, r, Order, []itemCase{
		{"عايز شاكوش، وجوزين جوانتي", []wantItem{{"HAMMER", 1, "", nil}, {"GLOVE", 2, "", nil}}},
		{"عايز مروحة حيطة ١٦، وجوزين قفازات جلد", []wantItem{{"FAN-16", 1, "", nil}, {"GLOVE", 2, "", nil}}},
		{"عايز ٤ جوانتيات", []wantItem{{"GLOVE", 2, "", nil}}},
		{"I need 4 work gloves", []wantItem{{"GLOVE", 2, "", nil}}},
	})
	for _, text := range []string{"عايز ٣ جوانتيات", "عايز ٤ جوانتي"} {
		res, err := r.Understand(context.Background(), text)
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Items) != 1 || res.Items[0].Confidence >= 0.6 {
			t.Errorf("%s: %+v, want one line for a person (confidence < 0.6)", text, res.Items)
		}
	}
}

// TestRules_ArticleBeforeANamesFigure: in English a figure between "a" or
// "the" and the noun, that a product of that noun is named by ("a 16
// wall fan"), is the name's figure, no count; after a separator it opens
// its own line.
func TestRules_ArticleBeforeANamesFigure(t *testing.T) {
	r := round15cRules(t)
	checkCases(t, r, Order, []itemCase{
		{"I'd like a 16 wall fan", []wantItem{{"FAN-16", 1, "", nil}}},
		{"I'd like the 18 wall fan, a 16 wall fan and a hammer", []wantItem{{"FAN-18", 1, "", nil}, {"FAN-16", 1, "", nil}, {"HAMMER", 1, "", nil}}},
	})
}

// TestRules_StoryWithOthersWish: a story told before the request keeps
// its words out of the order — someone else's wish in it ("والولاد
// عايزين يذاكروا") is no want of goods, and a town's figure ("في ٦
// اكتوبر") no amount.
func TestRules_StoryWithOthersWish(t *testing.T) {
	r := round15cRules(t)
	checkPlaced(t, r, "احنا ساكنين في شقة جديدة والولاد عايزين يذاكروا براحتهم 😄 عايز ٢ مروحة حيطة ١٨", Order,
		[]wantItem{{"FAN-18", 2, "", nil}})
	checkPlaced(t, r, "احنا مدرسة في ٦ اكتوبر وبنجدد الفصول. عايزين ٤ مراوح حيطة ١٦", Order,
		[]wantItem{{"FAN-16", 4, "", nil}})
}

// TestRules_FrancoPlaceIsNoProduct: a Franco place word ("lel ganeena")
// is where the goods go, never the product its consonants spell (جون).
func TestRules_FrancoPlaceIsNoProduct(t *testing.T) {
	r := round15cRules(t)
	checkPlaced(t, r, "3ayez sellem matba2 lel ganeena", Order, []wantItem{{"LADDER", 1, "", nil}})
}

// TestRules_VesPlural: an English plural in -ves whose singular keeps its
// v ("valves") is that noun.
func TestRules_VesPlural(t *testing.T) {
	r := round15cRules(t)
	checkPlaced(t, r, "I need 4 brass tyre valves", Order, []wantItem{{"VALVE", 4, "", nil}})
}

// TestRules_LengthForTheNextLine: after a line with its own length, "و"
// and another length right before the next variant said without its head
// noun ("و ٢٠ متر ٣ مم") is that variant's length, no side of the first.
func TestRules_LengthForTheNextLine(t *testing.T) {
	r := round15cRules(t)
	checkCases(t, r, Order, []itemCase{
		{"محتاج ١٠ متر سلك ٢ مم و ٢٠ متر ٣ مم", []wantItem{{"CABLE-2", 10, "", nil}, {"CABLE-3", 20, "", nil}}},
		{"محتاج ١٠ متر سلك ٢ مم و ٢٠ متر سلك ٣ مم", []wantItem{{"CABLE-2", 10, "", nil}, {"CABLE-3", 20, "", nil}}},
	})
}
