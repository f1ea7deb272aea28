package understand

import (
	"slices"
	"testing"
)

// Round 34's first-contact class of ranges in the names (branch h34c), on
// small catalogs of their own (none of the blind sets' catalogs or
// sentences): a home-cleaning company pricing a deep cleaning by the
// apartment's area, a generator rental by kVA, a courier by distance.
const h34cCleanCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
CLEAN-S,تنظيف عميق لشقة حتى 90 متر,Deep cleaning - flat up to 90 m²,,تنظيف,piece,900,,,
CLEAN-M,تنظيف عميق لشقة من 90 الى 160 متر,Deep cleaning - flat 90 to 160 m²,,تنظيف,piece,1300,,,
CLEAN-L,تنظيف عميق لشقة اكثر من 160 متر,Deep cleaning - flat over 160 m²,,تنظيف,piece,1800,,,
SOFA,تنظيف كنبة,Sofa cleaning,,تنظيف,piece,250,,,
`

const h34cCleanVocab = `تنظيف, نضافة, cleaning, tanzeef
شقة, شقه, flat, apartment, sha2a
متر, م, meter, metre, sqm, m2, metr
`

const h34cGenCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
GEN-A,تأجير مولد لحد 20 kVA,Generator rental up to 20 kVA,,مولدات,piece,1500,,,
GEN-B,تأجير مولد من 20 لـ 60 kVA,Generator rental 20 to 60 kVA,,مولدات,piece,2600,,,
GEN-C,تأجير مولد فوق 60 kVA,Generator rental over 60 kVA,,مولدات,piece,4200,,,
CABLE,كابل توصيل 10 متر,Extension cable 10 m,,اكسسوار,piece,150,20,,
`

const h34cGenVocab = `مولد, مولدات, generator, mawled
تأجير, ايجار, rental, rent, 2egar
`

// TestRules_RangeInNames: a figure in the unit of a range the variants'
// names give chooses the variant whose range holds it (Arabic, Franco,
// English; "حتى", "من … الى", "اكثر من", "لحد", "من … لـ", "فوق", "up
// to", "to", "over"); a figure on a boundary two ranges share, or the kind
// said with no figure, asks between them; a word of one variant's names
// still chooses it.
func TestRules_RangeInNames(t *testing.T) {
	clean := rulesFrom(t, h34cCleanCSV, h34cCleanVocab)
	gen := rulesFrom(t, h34cGenCSV, h34cGenVocab)
	for _, tc := range []struct {
		r    *Rules
		text string
		skus []string // one: chosen; more: asked
	}{
		{clean, "عايز تنظيف عميق لشقة ٢٠٠ متر", []string{"CLEAN-L"}},
		{clean, "محتاجين نضافة للشقة مساحتها ٧٠ متر", []string{"CLEAN-S"}},
		{clean, "عايز تنظيف شقة ١٢٠ متر وتنظيف كنبة", []string{"CLEAN-M", "SOFA"}},
		{clean, "3ayez tanzeef sha2a 130 metr", []string{"CLEAN-M"}},
		{clean, "I need a deep cleaning for a 75 square metre flat", []string{"CLEAN-S"}},
		{clean, "عايز تنظيف شقة ٩٠ متر", []string{"CLEAN-M", "CLEAN-S"}},
		{clean, "عايز تنظيف شقة", []string{"CLEAN-L", "CLEAN-M", "CLEAN-S"}},
		{gen, "عايز ايجار مولد ٥٠ kVA يومين", []string{"GEN-B"}},
		{gen, "need a generator rental, 80 kva", []string{"GEN-C"}},
		{gen, "عايز مولد 15 kva", []string{"GEN-A"}},
		{gen, "عايز ايجار مولد", []string{"GEN-A", "GEN-B", "GEN-C"}},
	} {
		res := understandText(t, tc.r, tc.text)
		if got := linesAsked(res); !slices.Equal(got, tc.skus) {
			t.Errorf("%q: lines %v, want %v", tc.text, got, tc.skus)
		}
	}
}

// A shoe repairer's pickup and return, its vocabulary listing the verbs
// with one object pronoun ("تاخدوها", "ترجعوها").
const h34cShoeCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
SOLE,تغيير نعل جزمة,Shoe sole replacement,,تصليح,piece,150,,,
SRV-PICK,استلام وتوصيل للبيت,Pickup and home delivery,استلام وتوصيل,خدمات,piece,40,,,
`

const h34cShoeVocab = `جزمة, جزمه, جزم, shoe, shoes, gazma
استلام, تاخدوها, pickup
توصيل, ترجعوها, delivery
`

// TestRules_VerbObjectOfVocabulary: a verb the shop's vocabulary lists with
// one object pronoun ("ترجعوها") said with another ("وترجعوهم", "ترجعوه")
// is that word, never a word not understood.
func TestRules_VerbObjectOfVocabulary(t *testing.T) {
	r := rulesFrom(t, h34cShoeCSV, h34cShoeVocab)
	checkPlaced(t, r, "عايز تغيير نعل ٣ جزم وتاخدوهم وترجعوهم", Order, []wantItem{{"SOLE", 3, "", nil}, {"SRV-PICK", 1, "", nil}})
	checkPlaced(t, r, "عايز تغيير نعل جزمة وتاخدوها وترجعوه", Order, []wantItem{{"SOLE", 1, "", nil}, {"SRV-PICK", 1, "", nil}})
}
