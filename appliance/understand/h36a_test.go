package understand

import "testing"

// Branch h36a: corrections said after "لا معلش خليهم" / "no wait, make
// it", and the readings they depend on, on small catalogs of trades other
// than the sets that showed the misses.

// A sports shop: tennis balls sold in a box holding a pair, socks by the
// pair with no box, shirts in letter sizes.
const h36aSportsCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
BALLS,علبة كرات تنس (جوز),Tennis balls box (pair),كرات تنس,كور,piece,150,30,,
SOCKS,شراب رياضي (جوز),Sports socks (pair),شراب,ملابس,piece,60,50,,
RACKET,مضرب تنس,Tennis racket,مضرب,مضارب,piece,900,10,,
SHIRT-M,تيشيرت رياضي مقاس M,Sports t-shirt size M,تيشيرت M,ملابس,piece,250,20,,أبيض|أسود
SHIRT-L,تيشيرت رياضي مقاس L,Sports t-shirt size L,تيشيرت L,ملابس,piece,250,20,,أبيض|أسود
`

const h36aSportsVocab = `كرات, كرة, balls, ball, korat
تنس, tennis
علبة, علب, box, 3elba
شراب, شرابات, socks, shorrab
تيشيرت, تيشرت, تيشيرتات, t-shirt, tshirt, t-shirts, tshirts
مقاس, size, ma2as
ابيض, أبيض, بيضا, white, abyad => أبيض
اسود, أسود, سودا, black, eswed => أسود
`

// TestRules_BoxOfAPairCounted: goods whose name opens with the box they
// are sold in and says the box holds a pair ("علبة كرات تنس (جوز)") are
// counted in boxes when the customer counts the box ("٣ علب", "علبتين",
// "4 boxes"), never halved as pieces two to a pair — and so is the count
// a correction puts in place ("… لا معلش خليهم ٢").
func TestRules_BoxOfAPairCounted(t *testing.T) {
	r := rulesFrom(t, h36aSportsCSV, h36aSportsVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز ٤ علب كرات تنس", []wantItem{{"BALLS", 4, "", nil}}},
		{"عايز علبتين كرات تنس", []wantItem{{"BALLS", 2, "", nil}}},
		{"عايز ٣ علب كرات تنس.. لا معلش خليهم ٢، ومضرب", []wantItem{{"BALLS", 2, "", nil}, {"RACKET", 1, "", nil}}},
		{"3ayez 4 3elab korat tennis", []wantItem{{"BALLS", 4, "", nil}}},
		{"I want 4 boxes of tennis balls", []wantItem{{"BALLS", 4, "", nil}}},
	})
}

// TestRules_SizeLetterAfterCount: in a message that names a size ("مقاس
// M", "size M"), a size letter after a count ("٢ M وواحد L") is the
// goods' size that many are asked in, never two metres — so a correction
// that splits the count across sizes ("لا خليهم ٢ M وواحد L، كلهم ابيض")
// gives each size its line and colours them all.
func TestRules_SizeLetterAfterCount(t *testing.T) {
	r := rulesFrom(t, h36aSportsCSV, h36aSportsVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز ٣ تيشيرت مقاس M ابيض.. لا معلش خليهم ٢ M وواحد L، كلهم ابيض", []wantItem{{"SHIRT-M", 2, "أبيض", nil}, {"SHIRT-L", 1, "أبيض", nil}}},
		{"3ayez 3 tshirt ma2as M abyad, la khalihom 2 M w wa7ed L, kolohom abyad", []wantItem{{"SHIRT-M", 2, "أبيض", nil}, {"SHIRT-L", 1, "أبيض", nil}}},
	})
	// no size of 2 m on the line
	checkItems(t, r, "عايز ٣ تيشيرت مقاس M ابيض.. لا خليهم ٢ M وواحد L", Order, []wantItem{{"SHIRT-M", 2, "أبيض", []int{}}, {"SHIRT-L", 1, "", nil}})
}

// A spice shop whose vocabulary keeps "نص كيلو" as the "نص" of its
// half-kilo packs' names, and whose category joins the two goods with و.
const h36aSpiceCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
CUMIN-1K,كمون كيلو,Cumin one kilo,كمون كيلو,كمون وفلفل,piece,300,20,,
CUMIN-500,كمون نص كيلو,Cumin half kilo,كمون نص|كمون نص كيلو,كمون وفلفل,piece,160,20,,
PEPPER-1K,فلفل اسود كيلو,Black pepper one kilo,فلفل كيلو,كمون وفلفل,piece,400,20,,
PEPPER-500,فلفل اسود نص كيلو,Black pepper half kilo,فلفل نص|فلفل نص كيلو,كمون وفلفل,piece,210,20,,
`

const h36aSpiceVocab = `كمون, cumin, kamoon
فلفل, فلفل اسود, pepper, felfel
كيلو, كيلوهات, kilo, kg
نص كيلو, نص, half kilo, nos kilo
`

// TestRules_HalfKiloOpensNextGoods: "ونص كيلو" the vocabulary keeps as
// the packs' "نص", after goods or after a pause that ends a correction
// ("… لا معلش خليهم كيلو ونص، ونص كيلو فلفل"), opens the next goods'
// line with its weight — never "and a half" swallowed into the line
// before, nor the next goods lost.
func TestRules_HalfKiloOpensNextGoods(t *testing.T) {
	r := rulesFrom(t, h36aSpiceCSV, h36aSpiceVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز كيلو كمون ونص كيلو فلفل", []wantItem{{"CUMIN-1K", 1, "", nil}, {"PEPPER-500", 1, "", nil}}},
		{"عايز كيلو فلفل، ونص كيلو كمون", []wantItem{{"PEPPER-1K", 1, "", nil}, {"CUMIN-500", 1, "", nil}}},
		{"عايز كيلو كمون.. لا معلش خليهم كيلو ونص، ونص كيلو فلفل", []wantItem{{"CUMIN-1K", 1, "", nil}, {"CUMIN-500", 1, "", nil}, {"PEPPER-500", 1, "", nil}}},
	})
}

// A glazier's catalog: mirrors and glass cut by the square metre.
const h36aGlassCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
MIRROR,مراية مقصوصة بالمتر,Mirror cut to size,مراية|مرايه,مرايات,sqm,600,,,
GLASS,زجاج سيكوريت بالمتر,Tempered glass cut to size,زجاج|سيكوريت,زجاج,sqm,900,,,
`

const h36aGlassVocab = `مراية, مرايه, مرايا, mirror, mraya
زجاج, ازاز, قزاز, glass, ezaz
`

// TestRules_NthPieceResized: a correction that names one of several
// pieces by its place in the order said ("لا معلش التانية ١ في ١ ونص",
// "el tanya", "the second one", "الاولى") puts its new size in place of
// that piece's, each piece its own line and area — never a line with
// more sizes than one piece has.
func TestRules_NthPieceResized(t *testing.T) {
	r := rulesFrom(t, h36aGlassCSV, h36aGlassVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز مراية ٢ في ١ ومراية ١ في ١.. لا معلش التانية ١ في ١ ونص", []wantItem{{"MIRROR", 2, "", []int{200, 100}}, {"MIRROR", 1.5, "", []int{100, 150}}}},
		{"عايز مراية ٢ في ١ ومراية ١ في ١.. لا الاولى خليها ٢ في ١ ونص", []wantItem{{"MIRROR", 3, "", []int{200, 150}}, {"MIRROR", 1, "", []int{100, 100}}}},
		{"3ayez mraya 2 fi 1 w mraya 1 fi 1, la ma3lesh el tanya 1 fi 1.5", []wantItem{{"MIRROR", 2, "", []int{200, 100}}, {"MIRROR", 1.5, "", []int{100, 150}}}},
	})
	checkItems(t, r, "I want a mirror 2 by 1 and a mirror 1 by 1, no sorry, the second one 1 by 1.5", "", []wantItem{{"MIRROR", 2, "", []int{200, 100}}, {"MIRROR", 1.5, "", []int{100, 150}}})
}
