package understand

import (
	"context"
	"testing"
)

// Round 16's mirror, décor and shutter classes (branch h17b), on a small
// lighting and ceilings shop of its own (none of the blind sets' catalogs
// or sentences): chandeliers and floodlights by the piece, ceiling fans
// that come with a remote and remotes sold alone, LED panels ready-made in
// one size or cut to any size by the m², and two installations priced per
// piece. The vocabulary writes the installation "tarkeeb", as a shop's
// own file may.
const h17bCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
CH-CRYSTAL,نجفة كريستال 8 لمبة,Crystal chandelier 8 lights,نجفة,نجف,piece,4500,10,كريستال,ذهبي|فضي
SPOT-50,كشاف ليد 50 وات,LED floodlight 50 W,كشاف 50,كشافات,piece,350,100,,أبيض|أسود
SPOT-100,كشاف ليد 100 وات,LED floodlight 100 W,كشاف 100,كشافات,piece,600,60,,أبيض|أسود
FAN-RMT,مروحة سقف بريموت,Ceiling fan with remote,مروحة سقف,مراوح,piece,2900,12,,أبيض|بني
FAN-PLAIN,مروحة سقف عادية,Ceiling fan,,مراوح,piece,1900,15,,أبيض|بني
RMT-FAN,ريموت مروحة,Fan remote,ريموت,اكسسوارات,piece,250,40,,
PANEL-6060,بانل ليد 60×60 سم,Ready LED panel 60x60 cm,بانل 60 في 60,بانلات,piece,700,0,,أبيض
PANEL-SQM,بانل ليد تفصيل بالمتر المربع,LED panel cut to size per m²,بانل تفصيل,بانلات,sqm,1800,,,أبيض
PRINT-CEIL,طباعة سقف استرتش بالصورة بالمتر المربع,Printed stretch ceiling per m²,سقف مطبوع|سقف بصورة,أسقف,sqm,900,,,
FIX-CH,تركيب نجفة (للقطعة),Chandelier installation (per piece),,خدمات,piece,300,,,
FIX-PANEL,تركيب بانل (للقطعة),Panel installation (per piece),,خدمات,piece,150,,,
`

const h17bVocab = `نجفة, نجفه, نجف, nagafa, chandelier
كشاف, kashaf, floodlight
بانل, بانلات, panel
ريموت, remote
تركيب, tarkeeb
دهبي, ذهبي, دهب, gold, dahaby => ذهبي
ابيض, أبيض, white, abyad => أبيض
`

func h17bRules(t testing.TB) *Rules {
	t.Helper()
	return rulesFrom(t, h17bCSV, h17bVocab)
}

// TestRules_SoundPluralOfAMasculineNoun: Egyptian plurals many a
// masculine noun with ات kept after its last letter ("كشاف" → "كشافات",
// as "نبات" → "نباتات"), often the very word the shop's section is named
// by: a count and that plural after another line open a line of their
// own, never a word the line before lacks.
func TestRules_SoundPluralOfAMasculineNoun(t *testing.T) {
	r := h17bRules(t)
	checkCases(t, r, Order, []itemCase{
		{"عايز نجفة كريستال دهبي و٣ كشافات ٥٠ وات ابيض", []wantItem{{"CH-CRYSTAL", 1, "ذهبي", nil}, {"SPOT-50", 3, "أبيض", nil}}},
	})
}

// TestRules_WouldLikeAndPaymentTerms: "I'd like", "حابب", "7abeb" ask for
// goods as "want" does, so the way the customer will pay told beside the
// order ("cash on delivery", "والدفع كاش عند الاستلام") is a note for staff
// on the order, never a question that drops it.
func TestRules_WouldLikeAndPaymentTerms(t *testing.T) {
	r := h17bRules(t)
	for _, tt := range []itemCase{
		{"Hi! I'd like the crystal chandelier in gold. Cash on delivery pls", []wantItem{{"CH-CRYSTAL", 1, "ذهبي", nil}}},
		{"حابب اخد نجفة كريستال دهبي والدفع كاش عند الاستلام", []wantItem{{"CH-CRYSTAL", 1, "ذهبي", nil}}},
		{"7abeb nagafa crystal dahaby, cash", []wantItem{{"CH-CRYSTAL", 1, "ذهبي", nil}}},
	} {
		t.Run(tt.text, func(t *testing.T) {
			checkItems(t, r, tt.text, Order, tt.want)
			res, err := r.Understand(context.Background(), tt.text)
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Service) == 0 {
				t.Errorf("%s: no payment term kept for staff", tt.text)
			}
		})
	}
	// the payment asked with no order is still a question for staff
	checkIntents(t, r, []intentCase{{"الدفع كاش ولا فيزا؟", Other}})
}

// TestRules_ExtraCountsMore: English "extra" / "additional", Franco
// "edafy" before or after the goods say more of them, no word of a name.
func TestRules_ExtraCountsMore(t *testing.T) {
	r := h17bRules(t)
	for _, tt := range []itemCase{
		{"Need 3 extra floodlights 50 W in black please", []wantItem{{"SPOT-50", 3, "أسود", nil}}},
		{"I need 2 additional floodlights 100 W white", []wantItem{{"SPOT-100", 2, "أبيض", nil}}},
		{"3ayez 2 kashaf 100 abyad edafy", []wantItem{{"SPOT-100", 2, "أبيض", nil}}},
	} {
		t.Run(tt.text, func(t *testing.T) { checkPlaced(t, r, tt.text, Order, tt.want) })
	}
}

// TestRules_ServicePerPieceOfTheGoods: a service priced per piece ("(لل…)",
// "(per …)") said bare beside goods is one for each piece of the goods its
// name says — counted, or a line by the m² over one piece's size — and the
// size said before "مع التركيب" is the goods' even where the shop's
// vocabulary writes the service another way ("tarkeeb").
func TestRules_ServicePerPieceOfTheGoods(t *testing.T) {
	r := h17bRules(t)
	checkCases(t, r, Order, []itemCase{
		{"عايز ٢ نجفة كريستال دهبي والتركيب", []wantItem{{"CH-CRYSTAL", 2, "ذهبي", nil}, {"FIX-CH", 2, "", nil}}},
		{"عايز بانل ليد تفصيل ابيض ٦٠ في ١٢٠ مع التركيب", []wantItem{{"PANEL-SQM", 0.72, "أبيض", []int{60, 120}}, {"FIX-PANEL", 1, "", nil}}},
		{"عايز ٣ بانل ليد تفصيل ابيض كل واحد ٦٠ في ١٢٠ مع التركيب", []wantItem{{"PANEL-SQM", 2.16, "أبيض", []int{60, 120}}, {"FIX-PANEL", 3, "", nil}}},
		{"2 crystal chandeliers in gold and installation", []wantItem{{"CH-CRYSTAL", 2, "ذهبي", nil}, {"FIX-CH", 2, "", nil}}},
		// a floodlight is no chandelier: its count is not the installation's
		{"عايز نجفة كريستال دهبي و٣ كشاف ٥٠ وات ابيض والتركيب", []wantItem{{"CH-CRYSTAL", 1, "ذهبي", nil}, {"SPOT-50", 3, "أبيض", nil}, {"FIX-CH", 1, "", nil}}},
	})
}

// TestRules_SizeOtherThanTheReadyPiece: a width by a height of which a
// ready-made piece's name gives one figure and another instead of the
// second is not that piece: the product made to any size is read, by its
// area. Both figures, or the piece's own size, still choose the piece.
func TestRules_SizeOtherThanTheReadyPiece(t *testing.T) {
	r := h17bRules(t)
	checkCases(t, r, Order, []itemCase{
		{"عايز بانل ليد تفصيل ابيض ٦٠ في ١٢٠", []wantItem{{"PANEL-SQM", 0.72, "أبيض", []int{60, 120}}}},
		{"عايز بانل ليد ابيض ٦٠ في ٦٠", []wantItem{{"PANEL-6060", 1, "أبيض", []int{60, 60}}}},
	})
	// no word tells them apart: asked, never the ready 60×60 for a 60×120
	res, err := r.Understand(context.Background(), "عايز بانل ليد ابيض ٦٠ في ١٢٠")
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Items) != 1 || res.Items[0].SKU == "PANEL-6060" {
		t.Errorf("items %+v: the ready 60×60 panel read for a 60×120", res.Items)
	}
}

// TestRules_WithAProductOfItsOwn: "ب" on the head noun of goods the shop
// sells alone ("بريموت": with a remote) said of a line whose product has
// none is that product, a line of its own; said of goods whose name has it
// ("مروحة سقف بريموت") it stays their word.
func TestRules_WithAProductOfItsOwn(t *testing.T) {
	r := h17bRules(t)
	checkCases(t, r, Order, []itemCase{
		{"عايز نجفة كريستال دهبي بريموت", []wantItem{{"CH-CRYSTAL", 1, "ذهبي", nil}, {"RMT-FAN", 1, "", nil}}},
		{"عايز مروحة سقف بريموت بني", []wantItem{{"FAN-RMT", 1, "بني", nil}}},
	})
}

// TestRules_WorkVerbFamilyAndReady: a verb of the work a product's head
// names, said after the want ("عايز أطبع" of a "طباعة …"), the family a
// photo shows ("صورة عيلتي") and "جاهز" (made already) said of goods the
// catalog sells ready are placed, no words left for staff.
func TestRules_WorkVerbFamilyAndReady(t *testing.T) {
	r := h17bRules(t)
	checkPlaced(t, r, "عايز أطبع صورة عيلتي سقف استرتش ٣ في ٤ ونجفة كريستال جاهزة دهبي", Order,
		[]wantItem{{"PRINT-CEIL", 12, "", []int{300, 400}}, {"CH-CRYSTAL", 1, "ذهبي", nil}})
}

// TestRules_CustomJobAskedOfTheShop: the shop asked to make something for
// the customer ("ممكن تعملولي …", "تطبعولي …": you, make me) with a verb
// no product's work explains, naming a kind several products share, is a
// job for a person, no question of which standard product; "عايز نجفة"
// alone is still asked.
func TestRules_CustomJobAskedOfTheShop(t *testing.T) {
	r := h17bRules(t)
	for _, text := range []string{
		"ممكن تعملولي مروحة بتتكلم مع أليكسا؟",
		"ممكن ترسمولي على المروحة اسم ابني؟",
	} {
		res, err := r.Understand(context.Background(), text)
		if err != nil {
			t.Fatal(err)
		}
		for _, it := range res.Items {
			if it.SKU == "" && len(it.Ambiguous) > 0 {
				t.Errorf("%s: asked which of %d products, want a line for a person", text, len(it.Ambiguous))
			}
		}
	}
	res, err := r.Understand(context.Background(), "عايز مروحة")
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Items) != 1 || res.Items[0].SKU != "" || len(res.Items[0].Ambiguous) == 0 {
		t.Errorf("عايز مروحة: %+v, want the fans asked", res.Items)
	}
}
