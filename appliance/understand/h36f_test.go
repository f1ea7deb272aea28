package understand

import (
	"context"
	"slices"
	"testing"
)

// Branch h36f, on a pest-control company's catalog of its own (none of the
// cleaning set's names or sentences): a regular and a gel treatment of a
// flat, each priced by area bands, and a warehouse treatment sold per m².
const h36fPestCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
SPRAY-100,رش مبيد عادي لشقة لحد 100 م²,Regular pest control for a flat up to 100 m²,رش شقة صغيرة,مكافحة,piece,500,,,
SPRAY-150,رش مبيد عادي لشقة من 101 لـ 150 م²,Regular pest control for a flat 101 to 150 m²,رش شقة وسط,مكافحة,piece,700,,,
SPRAY-200,رش مبيد عادي لشقة من 151 لـ 200 م²,Regular pest control for a flat 151 to 200 m²,رش شقة كبيرة,مكافحة,piece,900,,,
GEL-100,رش مبيد جل لشقة لحد 100 م²,Gel pest control for a flat up to 100 m²,جل صراصير 100,مكافحة,piece,650,,,
GEL-150,رش مبيد جل لشقة من 101 لـ 150 م²,Gel pest control for a flat 101 to 150 m²,جل صراصير 150,مكافحة,piece,850,,,
GEL-200,رش مبيد جل لشقة من 151 لـ 200 م²,Gel pest control for a flat 151 to 200 m²,جل صراصير 200,مكافحة,piece,1050,,,
STORE-SQM,رش مبيد مخازن (للمتر المربع),Warehouse pest control (per m²),رش مخزن|رش مخازن,مكافحة,sqm,6,,,
KITCHEN,رش مطبخ جل,Kitchen gel treatment,رش المطبخ,مطابخ,piece,250,,,
`

const h36fPestVocab = `رش, يرش, ترش, ترشوا, rash, spray, pest control
مبيد, مبيدات, mobeed, pesticide
شقة, شقه, الشقة, flat, apartment, sha2a
متر, م², م2, sqm, m2, metr, square metres
جل, gel, gell
مخزن, مخازن, warehouse, ma5zan
مطبخ, kitchen, matba5
`

// TestRules_PlainKindByBands: the kind said bare is the one the catalog's
// names call ordinary (عادي, regular), a family of area bands: the area
// said of the flat chooses the band — never the m² of a work sold by
// area, which needs its own words — and with no area the line asks
// between the ordinary bands only. "the same area" on a line after it is
// that line's area; the other kind said there is that line's, not the
// first's.
func TestRules_PlainKindByBands(t *testing.T) {
	r := rulesFrom(t, h36fPestCSV, h36fPestVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز رش مبيد لشقة ١٣٠ متر", []wantItem{{"SPRAY-150", 1, "", nil}}},
		{"3ayez rash mobeed le sha2a 130 metr", []wantItem{{"SPRAY-150", 1, "", nil}}},
		{"I need pest control for my 130 m2 flat", []wantItem{{"SPRAY-150", 1, "", nil}}},
		{"رش مبيد جل لشقة ١٣٠ متر", []wantItem{{"GEL-150", 1, "", nil}}},
		{"رش مبيد مخازن ٣٠٠ متر", []wantItem{{"STORE-SQM", 300, "", nil}}},
	})
	checkCases(t, r, Inquiry, []itemCase{
		{"رش مبيد لشقة ١٣٠ متر بكام؟ ورش الجل لنفس المساحة بكام؟", []wantItem{{"SPRAY-150", 1, "", nil}, {"GEL-150", 1, "", nil}}},
		{"rash mobeed le sha2a 130 metr b kam? w rash gel le nafs el mesa7a?", []wantItem{{"SPRAY-150", 1, "", nil}, {"GEL-150", 1, "", nil}}},
	})
	for _, text := range []string{"محتاج حد يرش مبيد في الشقة يوم السبت", "عايز رش مبيد للشقة"} {
		res, err := r.Understand(context.Background(), text)
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Items) != 1 {
			t.Fatalf("%s: %+v", text, res.Items)
		}
		var got []string
		if res.Items[0].Product != nil {
			got = append(got, res.Items[0].SKU)
		}
		for _, c := range res.Items[0].Ambiguous {
			got = append(got, c.Product.SKU)
		}
		slices.Sort(got)
		if !slices.Equal(got, []string{"SPRAY-100", "SPRAY-150", "SPRAY-200"}) {
			t.Errorf("%s: asks between %v, want the regular bands", text, got)
		}
	}
}
