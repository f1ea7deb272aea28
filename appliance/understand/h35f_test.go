package understand

import "testing"

// h35fPicklesCSV: a pickles and olives shop of its own (none of the sets'
// catalogs or sentences): olives in half-kilo and kilo tubs, large and
// small, a quarter-kilo tub of one, the tubs' weights in the names and in
// names that say the weight first ("كيلو زيتون كبير").
const h35fPicklesCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
OLV-L-500,زيتون أخضر كبير (نص كيلو),Large green olives 500 g,زيتون كبير نص كيلو|نص كيلو زيتون كبير,زيتون,piece,60,30,,
OLV-L-1K,زيتون أخضر كبير (كيلو),Large green olives 1 kg,زيتون كبير كيلو|كيلو زيتون كبير,زيتون,piece,115,30,,
OLV-S-500,زيتون أخضر صغير (نص كيلو),Small green olives 500 g,زيتون صغير نص كيلو|نص كيلو زيتون صغير,زيتون,piece,45,30,,
OLV-S-1K,زيتون أخضر صغير (كيلو),Small green olives 1 kg,زيتون صغير كيلو|كيلو زيتون صغير,زيتون,piece,85,30,,
LEMON-250,ليمون مخلل (ربع كيلو),Pickled lemon 250 g,ليمون مخلل ربع كيلو|ربع كيلو ليمون,مخللات,piece,20,40,,
LEMON-500,ليمون مخلل (نص كيلو),Pickled lemon 500 g,ليمون مخلل نص كيلو|نص كيلو ليمون,مخللات,piece,38,40,,
LEMON-1K,ليمون مخلل (كيلو),Pickled lemon 1 kg,ليمون مخلل كيلو|كيلو ليمون,مخللات,piece,70,40,,
`

// h35fPicklesVocab: the shop's vocabulary keeps "نص" as its half-kilo
// word, as a shop that says "نص زيتون" does.
const h35fPicklesVocab = `نص كيلو, نص, half kilo, nos kilo
كيلو, kilo, kg
كبير, big, large, kbir
صغير, small, soghayar
زيتون, zeitoun, zaitoun, olives
ليمون, lamoun, lemon
`

// TestRules_CountBeforePackWeight: a whole count said right before a
// fraction of a kilo and its weight word ("اتنين نص كيلو ليمون", "٣ ربع
// كيلو", Franco "etnen nos kilo", English "2 half kilo") is that many
// packs of that weight — never one pack with the count lost, nor the
// halves made into the kilo pack.
func TestRules_CountBeforePackWeight(t *testing.T) {
	r := rulesFrom(t, h35fPicklesCSV, h35fPicklesVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز اتنين نص كيلو ليمون مخلل", []wantItem{{"LEMON-500", 2, "", nil}}},
		{"٣ ربع كيلو ليمون مخلل", []wantItem{{"LEMON-250", 3, "", nil}}},
		{"٢ نص كيلو زيتون كبير", []wantItem{{"OLV-L-500", 2, "", nil}}},
		{"3ayez etnen nos kilo zeitoun kbir", []wantItem{{"OLV-L-500", 2, "", nil}}},
		{"2 half kilo large olives please", []wantItem{{"OLV-L-500", 2, "", nil}}},
	})
	// the count and a half with و is still one weight made of packs
	checkCases(t, r, Order, []itemCase{
		{"عايز ٢ كيلو ونص ليمون مخلل", []wantItem{{"LEMON-1K", 2, "", nil}, {"LEMON-500", 1, "", nil}}},
	})
}

// TestRules_KiloAndHalfBeforeSizedGoods: "كيلو ونص" said before goods
// whose names also begin with the weight ("كيلو زيتون كبير") is a kilo
// and a half of them, made of their packs — never the weight word read
// as a container of the goods and the half left as the half-kilo pack.
func TestRules_KiloAndHalfBeforeSizedGoods(t *testing.T) {
	r := rulesFrom(t, h35fPicklesCSV, h35fPicklesVocab)
	checkCases(t, r, Order, []itemCase{
		{"كيلو ونص زيتون كبير", []wantItem{{"OLV-L-1K", 1, "", nil}, {"OLV-L-500", 1, "", nil}}},
		{"عايز كيلو ونص زيتون صغير", []wantItem{{"OLV-S-1K", 1, "", nil}, {"OLV-S-500", 1, "", nil}}},
		{"kilo w nos zeitoun kbir", []wantItem{{"OLV-L-1K", 1, "", nil}, {"OLV-L-500", 1, "", nil}}},
	})
}

// h35fGiftsCSV: a gift shop of its own that wraps gifts and boxes (works
// named "لف …") and sells mugs.
const h35fGiftsCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
WRAP-GIFT,لف هدية بورق سلوفان,Gift wrapping,لف هدية|تغليف هدية,خدمات,piece,25,,,
WRAP-BOX,لف بوكس كبير,Large box wrapping,لف بوكس|لف كرتونة,خدمات,piece,40,,,
MUG,مج مطبوع,Printed mug,مج|كوباية مطبوعة,هدايا,piece,80,5000,,
`

const h35fGiftsVocab = `لف, لفه, laf, wrap
هدية, هديه, hedeya, gift
`

// TestRules_WrapVerbNoThousand: "الف" right after a want verb and before
// goods with no count ("عايز الف هدية", "حابب الف بوكس كبير") is the
// first person of لفّ — the shop's "لف" work asked — never a thousand of
// them; a shop selling no such work, or a measure after it ("الف متر"),
// keeps the thousand.
func TestRules_WrapVerbNoThousand(t *testing.T) {
	r := rulesFrom(t, h35fGiftsCSV, h35fGiftsVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز الف هدية", []wantItem{{"WRAP-GIFT", 1, "", nil}}},
		{"حابب الف بوكس كبير", []wantItem{{"WRAP-BOX", 1, "", nil}}},
		{"محتاج الف هدية و بوكس كبير", []wantItem{{"WRAP-GIFT", 1, "", nil}, {"WRAP-BOX", 1, "", nil}}},
	})
	// a thousand mugs of a shop wrapping nothing stays a thousand
	r2 := rulesFrom(t, `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
MUG,مج مطبوع,Printed mug,مج|كوباية مطبوعة,هدايا,piece,80,5000,,
`, "")
	checkCases(t, r2, Order, []itemCase{
		{"عايز الف مج مطبوع", []wantItem{{"MUG", 1000, "", nil}}},
	})
}

// h35fCleanCSV: an upholstery and curtain cleaner of its own, cleaning by
// the square metre, and ready curtains sold by the piece, their sizes in
// their names.
const h35fCleanCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
CLEAN-CURT,تنظيف ستارة بالبخار (بالمتر المربع),Steam curtain cleaning (per m²),تنظيف ستارة|تنظيف ستاير|غسيل ستارة,تنظيف,sqm,40,,,
CURT-230,ستارة جاهزة 160×230 سم,Ready curtain 160×230 cm,ستارة 160 في 230|ستارة 2 في 3,ستائر,piece,900,10,,
`

const h35fCleanVocab = `ستارة, ستاره, ستاير, ستائر, setara, curtain, curtains
تنظيف, نضف, انضف, tanzeef, cleaning, clean
`

// TestRules_PiecesOfOneSizeByArea: a count said between a work and the
// pieces' noun, then one size ("تنظيف ٣ ستاير كل واحدة ٢ في ٣", "عايز
// انضف ٢ ستارة ١٦٠ في ٢٣٠") is that many pieces of that size, one line
// whose quantity is the whole area — never the count read as a third side.
func TestRules_PiecesOfOneSizeByArea(t *testing.T) {
	r := rulesFrom(t, h35fCleanCSV, h35fCleanVocab)
	checkCases(t, r, Order, []itemCase{
		{"تنظيف ٣ ستاير كل واحدة ٢ في ٣", []wantItem{{"CLEAN-CURT", 18, "", []int{200, 300}}}},
		{"تنظيف ٢ ستارة ١٦٠ في ٢٣٠", []wantItem{{"CLEAN-CURT", 7.36, "", []int{160, 230}}}},
	})
}
