package understand

import (
	"context"
	"slices"
	"testing"
)

// The wrong documents of round 21 at first contact (branch h21), on a
// small metal and insulation workshop of its own (none of the blind sets'
// catalogs or sentences): sheets by thickness, foam boards, mesh by the
// m², gloves in colours, welding rods, machines and scaffolds for rent by
// the month and the week.
const h21CSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
SHT-1,لوح صاج 1 مم,Steel sheet 1 mm,لوح صاج 1,ألواح,piece,900,40,صاج,رمادي|أسود
SHT-2,لوح صاج 2 مم,Steel sheet 2 mm,لوح صاج 2,ألواح,piece,1600,40,صاج,رمادي|أسود
FOAM,لوح فوم عازل,Insulating foam board,لوح فوم,عزل,piece,220,60,فوم,
GLV,جوانتي شغل جلد,Leather work gloves,جوانتي,مستلزمات,piece,85,100,جلد,أسود|أصفر
ROD,سلك لحام 2.5 مم,Welding rod 2.5 mm,سلك لحام,لحام,piece,60,200,,
RENT-WLD,إيجار ماكينة لحام شهري,Welding machine rental per month,إيجار ماكينة لحام|تأجير ماكينة لحام,إيجار,piece,1200,,,
RENT-SCF,إيجار سقالة أسبوعي,Scaffold rental per week,إيجار سقالة,إيجار,piece,400,,,
MESH,شبك حديد مجلفن,Galvanised steel mesh,شبك مجلفن,شبك,sqm,140,,حديد,
`

const h21Vocab = `صاج, sag, steel
فوم, foam
عازل, عزل, insulating
جوانتي, جوانتيات, gwanty, gloves
شغل, work
سلك, سلوك, wire
لحام, la7am, welding
ماكينة, مكنة, makana, machine
سقالة, سقاله, scaffold
ايجار, إيجار, تأجير, rental, rent
شبك, shabak, mesh
مجلفن, galvanised
اسود, بلاك, black => أسود
اصفر, yellow => أصفر
`

// TestRules_CountOpensNextGoods: a count written after "+", a comma or a
// و glued to it, before a pack word that begins another product's name
// ("لوح" of "لوح فوم"), is the next goods' count, the pack word their
// noun — never the line before's count, nor a side of it.
func TestRules_CountOpensNextGoods(t *testing.T) {
	r := rulesFrom(t, h21CSV, h21Vocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز جوانتي شغل اسود + ٢ لوح فوم", []wantItem{{"GLV", 1, "أسود", nil}, {"FOAM", 2, "", nil}}},
		{"٣ لوح صاج ١ مم اسود و٢ لوح ٢ مم رمادي", []wantItem{{"SHT-1", 3, "أسود", nil}, {"SHT-2", 2, "رمادي", nil}}},
		{"٣ لوح صاج ١ مم اسود، ٢ لوح ٢ مم رمادي", []wantItem{{"SHT-1", 3, "أسود", nil}, {"SHT-2", 2, "رمادي", nil}}},
	})
}

// TestRules_CountAfterSize: goods sold by the m², a whole size said
// (after "مقاس"), then a number in words: how many pieces of that size,
// never a third side.
func TestRules_CountAfterSize(t *testing.T) {
	r := rulesFrom(t, h21CSV, h21Vocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز شبك مجلفن مقاس ٢٠٠×١٥٠ اتنين", []wantItem{{"MESH", 6, "", []int{200, 150}}}},
		{"شبك مجلفن مقاس ١٠٠ في ٥٠ تلاتة", []wantItem{{"MESH", 1.5, "", []int{100, 50}}}},
	})
}

// TestRules_OneSideOfAnArea: goods sold by the m² with one side named by a
// dimension word ("عرضه ٣ متر", "3 m wide") have no area said: the size
// is asked, never that many m² (one figure with no side named stays the
// area, as shop talk says it).
func TestRules_OneSideOfAnArea(t *testing.T) {
	r := rulesFrom(t, h21CSV, h21Vocab)
	for _, text := range []string{"عايز شبك مجلفن عرضه ٣ متر", "عايز شبك مجلفن طوله ٤ متر"} {
		res, err := r.Understand(context.Background(), text)
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Items) != 1 || res.Items[0].SKU != "MESH" || !slices.Contains(res.Items[0].Missing, "size") {
			t.Errorf("%s: %+v, want the mesh with its size asked", text, res.Items)
		}
	}
	checkCases(t, r, Order, []itemCase{
		{"عايز شبك مجلفن ٣ متر", []wantItem{{"MESH", 3, "", nil}}},
	})
}

// TestRules_PeriodsOfARent: a rent priced per a period, as its name says
// ("… شهري", "… per week"), with its periods said — the dual ("شهرين"),
// a figure and the period ("٣ اسابيع", "3 months") — is rented for that
// many periods, never one.
func TestRules_PeriodsOfARent(t *testing.T) {
	r := rulesFrom(t, h21CSV, h21Vocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز ايجار ماكينة لحام شهرين", []wantItem{{"RENT-WLD", 2, "", nil}}},
		{"ايجار سقالة اسبوعين وماكينة لحام شهر واحد", []wantItem{{"RENT-SCF", 2, "", nil}, {"RENT-WLD", 1, "", nil}}},
		{"welding machine rental 3 months", []wantItem{{"RENT-WLD", 3, "", nil}}},
	})
}
