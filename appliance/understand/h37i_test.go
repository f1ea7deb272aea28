package understand

import (
	"context"
	"testing"
)

// Branch h37i, on catalogs of their own (none of round 37's names or
// sentences): a paint shop's cans by volume, a clothes shop by size, a
// bakery by weight.
const h37iPaintCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
PAINT-4L,بستلة دهان بلاستيك 4 لتر,Plastic paint can 4 litres,دهان بلاستيك 4 لتر|علبة بلاستيك 4 لتر,دهانات,piece,450,30,,أبيض|بيج|رمادي
PAINT-1L,علبة دهان بلاستيك 1 لتر,Plastic paint can 1 litre,دهان بلاستيك 1 لتر|علبة بلاستيك 1 لتر,دهانات,piece,130,50,,أبيض|بيج|رمادي
BRUSH,فرشة دهان,Paint brush,فرشة|فرشاة,ادوات,piece,40,50,,
`

const h37iPaintVocab = `دهان, دهانات, boya, paint
علبة, علب, علبه, 3elba, 3elab, can, cans
بلاستيك, blastic, plastic
`

const h37iClothesCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
TSH-M,تيشيرت قطن مقاس M,Cotton t-shirt size M,تيشيرت M|تيشرت ميديم,تيشيرتات,piece,200,30,قطن,أبيض|أسود|كحلي
TSH-L,تيشيرت قطن مقاس L,Cotton t-shirt size L,تيشيرت L|تيشرت لارج,تيشيرتات,piece,200,30,قطن,أبيض|أسود|كحلي
JEANS-32,بنطلون جينز مقاس 32,Jeans size 32,جينز 32|بنطلون جينز 32,بناطيل,piece,450,20,,أزرق|أسود
JEANS-34,بنطلون جينز مقاس 34,Jeans size 34,جينز 34|بنطلون جينز 34,بناطيل,piece,450,20,,أزرق|أسود
JEANS-36,بنطلون جينز مقاس 36,Jeans size 36,جينز 36|بنطلون جينز 36,بناطيل,piece,470,20,,أزرق|أسود
`

const h37iClothesVocab = `تيشيرت, تيشرت, tshirt, t-shirt, tishirt
بنطلون, بنطلونات, بناطيل, bantalon, pants, trousers
جينز, jeans, jeanz
`

const h37iBakeryCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
TORTE-CH-1K,تورتة شوكولاتة كيلو,Chocolate torte 1 kg,تورتة شوكولاتة كيلو,تورت,piece,300,10,,
TORTE-CH-500,تورتة شوكولاتة نص كيلو,Chocolate torte half kg,تورتة شوكولاتة نص كيلو|تورتة نص كيلو,تورت,piece,160,10,,
BAGUETTE-1,عيش باجيت (بالواحدة),Baguette single,باجيت|عيش باجيت,عيش,piece,8,100,,
BAGUETTE-6,كيس باجيت (6 عيشات),Baguette bag of 6,كيس باجيت|ستة باجيت,عيش,piece,45,30,,
`

const h37iBakeryVocab = `تورتة, تورته, تورتات, torta, torte
شوكولاتة, شوكولاته, شيكولاتة, chocolate, shokolata
باجيت, باجيته, baguette, bagette
كيس, اكياس, bag, kees
`

// TestRules_TotalSharedBySizeOrWeight: a total count, then its shares
// ("واحدة … وواحدة …", "واحدة … واتنين …") each with a size, a volume or
// a weight of its own, no comma before the first: the shares replace the
// total, each choosing its variant by its own words; shares that do not
// add up to the total are a person's to check, never an invoice.
func TestRules_TotalSharedBySizeOrWeight(t *testing.T) {
	paint := rulesFrom(t, h37iPaintCSV, h37iPaintVocab)
	checkItems(t, paint, "عايز ٣ علب بلاستيك بيج واحدة ٤ لتر واتنين ١ لتر", Order,
		[]wantItem{{"PAINT-4L", 1, "بيج", nil}, {"PAINT-1L", 2, "بيج", nil}})
	checkItems(t, paint, "٣ علب دهان بلاستيك ابيض، واحدة ٤ لتر واتنين ١ لتر", Order,
		[]wantItem{{"PAINT-4L", 1, "أبيض", nil}, {"PAINT-1L", 2, "أبيض", nil}})
	checkItems(t, paint, "3 3elab paint plastic white wa7da 4 litre w etnen 1 litre", Order,
		[]wantItem{{"PAINT-4L", 1, "أبيض", nil}, {"PAINT-1L", 2, "أبيض", nil}})
	clothes := rulesFrom(t, h37iClothesCSV, h37iClothesVocab)
	checkItems(t, clothes, "عايز ٣ تيشيرت قطن ابيض واحد M واتنين L", Order,
		[]wantItem{{"TSH-M", 1, "أبيض", nil}, {"TSH-L", 2, "أبيض", nil}})
	checkItems(t, clothes, "عايز ٢ بنطلون جينز واحد ٣٢ ازرق وواحد ٣٤ اسود", Order,
		[]wantItem{{"JEANS-32", 1, "أزرق", nil}, {"JEANS-34", 1, "أسود", nil}})
	checkItems(t, clothes, "3ayez 2 bantalon jeans wa7ed 32 azra2 w wa7ed 34 eswed", Order,
		[]wantItem{{"JEANS-32", 1, "أزرق", nil}, {"JEANS-34", 1, "أسود", nil}})
	bakery := rulesFrom(t, h37iBakeryCSV, h37iBakeryVocab)
	checkItems(t, bakery, "عايزة ٢ تورتة شوكولاتة واحدة نص كيلو وواحدة كيلو", Order,
		[]wantItem{{"TORTE-CH-500", 1, "", nil}, {"TORTE-CH-1K", 1, "", nil}})
	checkItems(t, bakery, "عايزة تورتتين شوكولاتة واحدة نص كيلو وواحدة كيلو", Order,
		[]wantItem{{"TORTE-CH-500", 1, "", nil}, {"TORTE-CH-1K", 1, "", nil}})
	// three said, two told: which is more than one, a person asks
	for _, tc := range []struct {
		r    *Rules
		text string
	}{
		{clothes, "عايز ٣ بنطلون جينز واحد ٣٢ ازرق وواحد ٣٤ اسود"},
		{paint, "٤ علب دهان بلاستيك بيج واحدة ٤ لتر واتنين ١ لتر"},
	} {
		res, err := tc.r.Understand(context.Background(), tc.text)
		if err != nil {
			t.Fatal(err)
		}
		if res.Confidence >= 0.6 {
			t.Errorf("%s: shares not adding up read sure (%.2f): %+v", tc.text, res.Confidence, res.Items)
		}
	}
	// a figure of the name said beside its word is no share: "٢ جانج" of a
	// two-gang switch, then three more of the kind named again
	switches := rulesFrom(t, `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
SW-2G,مفتاح ذكي 2 جانج,Smart switch 2 gang,مفتاح 2 جانج,مفاتيح,piece,300,20,,أبيض|أسود
SW-3G,مفتاح ذكي 3 جانج,Smart switch 3 gang,مفتاح 3 جانج,مفاتيح,piece,350,20,,أبيض|أسود
`, "مفتاح, مفاتيح, moftah, switch\nجانج, gang\n")
	checkItems(t, switches, "عايز ٥ مفاتيح ذكية ٢ جانج ابيض و٣ مفاتيح ٣ جانج ابيض", Order,
		[]wantItem{{"SW-2G", 5, "أبيض", nil}, {"SW-3G", 3, "أبيض", nil}})
}

// TestRules_PackOfTheSameAfterAnd: a count of goods sold loose, then after
// و a count and only a pack word ("و ٢ كيس"): that many packs of the
// same goods — the catalog's bag of them — a line of its own, never
// swallowed into the loose count.
func TestRules_PackOfTheSameAfterAnd(t *testing.T) {
	r := rulesFrom(t, h37iBakeryCSV, h37iBakeryVocab)
	checkItems(t, r, "عايزة ٢٠ باجيت و ٢ كيس", Order,
		[]wantItem{{"BAGUETTE-1", 20, "", nil}, {"BAGUETTE-6", 2, "", nil}})
	checkItems(t, r, "٣٠ باجيت فرط و ٣ كيس", Order,
		[]wantItem{{"BAGUETTE-1", 30, "", nil}, {"BAGUETTE-6", 3, "", nil}})
	checkItems(t, r, "20 baguette w 2 kees", Order,
		[]wantItem{{"BAGUETTE-1", 20, "", nil}, {"BAGUETTE-6", 2, "", nil}})
}

// TestRules_OrdinalOfAName: an ordinal a product's name or synonym
// carries after its noun ("فلتر اولى", the first-stage filter; "third
// filter") is a word of that name, never the talk of which one.
func TestRules_OrdinalOfAName(t *testing.T) {
	r := rulesFrom(t, `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
FLT-1,فلتر هواء مرحلة اولى,First stage air filter,فلتر اولى|فلتر المرحلة الاولى|first filter,فلاتر,piece,80,40,,
FLT-2,فلتر هواء مرحلة تانية,Second stage air filter,فلتر تانية|فلتر المرحلة التانية|second filter,فلاتر,piece,120,40,,
FLT-3,فلتر هواء كربون مرحلة تالتة,Third stage carbon filter,فلتر تالتة|فلتر المرحلة التالتة|third filter,فلاتر,piece,150,40,,
FAN,مروحة شفط,Extractor fan,مروحة|شفاط,مراوح,piece,600,10,,
`, "فلتر, فلاتر, filter, filters\nمروحة, مروحه, marwa7a, fan\n")
	checkItems(t, r, "عايز فلتر اولى و ٢ فلتر تالتة", Order,
		[]wantItem{{"FLT-1", 1, "", nil}, {"FLT-3", 2, "", nil}})
	checkItems(t, r, "عايز مروحة و ٢ فلتر تالتة", Order,
		[]wantItem{{"FAN", 1, "", nil}, {"FLT-3", 2, "", nil}})
	checkItems(t, r, "I want 2 third filter and a fan", Order,
		[]wantItem{{"FLT-3", 2, "", nil}, {"FAN", 1, "", nil}})
}
