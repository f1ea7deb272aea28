package understand

import (
	"slices"
	"testing"
)

// An events and camping shop whose catalog has two words of the same
// consonants told apart by a long vowel: "فرشة" (farsha, a floor
// mattress) and "فراشة" (farasha, an events marquee).
const c18bCampCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
FRSH-1,فرشة إسفنج أرضي,Foam floor mattress,فرشة ارضي,فرش,piece,450,30,إسفنج,أزرق|رمادي
FRSH-2,فرشة إسفنج مزدوجة,Double foam floor mattress,فرشة دبل,فرش,piece,750,12,إسفنج,أزرق|رمادي
FRA-6,فراشة مناسبات 6 متر,Event marquee 6 m,فراشة ٦ متر,فراشة,piece,5200,3,قماش,أبيض
FRA-10,فراشة مناسبات 10 متر,Event marquee 10 m,فراشة ١٠ متر,فراشة,piece,8400,2,قماش,أبيض
`

const c18bCampVocab = `فراشة, صوان, marquee
اسفنج, إسفنج, esfang, foam
ابيض, بيضا, white, abyad => أبيض
ازرق, زرقا, blue, azra2 => أزرق
`

// TestRules_FrancoLongVowelChooses: a Franco spelling's long vowels
// choose between the catalog's words of its consonants even when the one
// its consonants found first is a product's word, and in the construct
// state too ("farshet" is فرشة, "farashet" فراشة): a word's last ة (ه
// once folded) is no consonant to line up. "khazna" (خزنة, a safe) was
// read as the demo's خزانة (a wardrobe).
func TestRules_FrancoLongVowelChooses(t *testing.T) {
	r := rulesFrom(t, c18bCampCSV, c18bCampVocab)
	for _, c := range []struct {
		text string
		want []string
	}{
		{"3ayez farsha esfang", []string{"FRSH-1", "FRSH-2"}},
		{"3ayez farshet esfang ardy zar2a", []string{"FRSH-1"}},
		{"3ayez farasha 6 metr", []string{"FRA-6"}},
		{"3ayez farashet monasbat 10 metr", []string{"FRA-10"}},
	} {
		got := linesAsked(understandText(t, r, c.text))
		slices.Sort(got)
		if !slices.Equal(got, c.want) {
			t.Errorf("%q: lines %v, want %v", c.text, got, c.want)
		}
	}
}
