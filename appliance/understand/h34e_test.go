package understand

import (
	"testing"
)

// An irrigation and farm supply shop: motors rated in horse power, one
// said "حصان ونص", beside fertiliser sold in weighed sacks (so a bare half
// beside a word of such goods may be a half sack).
const h34eFarmCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
MTR-1,موتور ري 1 حصان,Irrigation motor 1 HP,موتور حصان|ماتور ري حصان,مواتير,piece,6500,5,,
MTR-15,موتور ري 1.5 حصان,Irrigation motor 1.5 HP,موتور حصان ونص|ماتور ري حصان ونص,مواتير,piece,8200,4,,
MTR-2,موتور ري 2 حصان,Irrigation motor 2 HP,موتور حصانين,مواتير,piece,9900,3,,
FRT-UR,سماد يوريا شيكارة 50 كيلو,Urea fertiliser sack 50 kg,يوريا,أسمدة,piece,900,40,,
FRT-NPK,سماد مركب شيكارة 25 كيلو,NPK fertiliser sack 25 kg,سماد مركب,أسمدة,piece,700,30,,
HOSE,خرطوم ري,Irrigation hose,خرطوم,خراطيم,meter,25,500,,
`

const h34eFarmVocab = `موتور, ماتور, مواتير, motor
حصان, حصانه, hp, 7osan
سماد, اسمدة, smad
شيكارة, شكارة, شيكاره, كيس
`

// TestRules_HalfThenNextGoodsWithTheirAnd: "حصان ونص" right before the next
// goods written with their own و ("… ونص وسماد يوريا") keeps its half —
// the 1.5 HP motor, as with a space ("ونص و سماد") — never a half sack of
// the goods after it.
func TestRules_HalfThenNextGoodsWithTheirAnd(t *testing.T) {
	r := rulesFrom(t, h34eFarmCSV, h34eFarmVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز موتور حصان ونص وسماد يوريا", []wantItem{{"MTR-15", 1, "", nil}, {"FRT-UR", 1, "", nil}}},
		{"عايز 2 موتور حصان ونص وشيكارة سماد مركب", []wantItem{{"MTR-15", 2, "", nil}, {"FRT-NPK", 1, "", nil}}},
		{"عايز موتور حصان ونص و سماد يوريا", []wantItem{{"MTR-15", 1, "", nil}, {"FRT-UR", 1, "", nil}}},
		{"عايز موتور حصان وسماد يوريا", []wantItem{{"MTR-1", 1, "", nil}, {"FRT-UR", 1, "", nil}}},
	})
}

// A mirror and glass shop whose names give a width in metres, one
// written "متر وعشرين" (a metre and twenty centimetres).
const h34eMirrorCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
MR-80,مراية حائط 80 سم,Wall mirror 80 cm,مراية 80,مرايات,piece,900,6,زجاج,
MR-100,مراية حائط 100 سم,Wall mirror 100 cm,مراية 100|مراية متر,مرايات,piece,1200,5,زجاج,
MR-120,مراية حائط 120 سم,Wall mirror 120 cm,مراية 120|مراية متر وعشرين,مرايات,piece,1500,3,زجاج,
HNG,شماعة تعليق مراية,Mirror hanger,,اكسسوار,piece,60,50,,
`

const h34eMirrorVocab = `مراية, مرايه, مرايات, mirror, meraya
`

// TestRules_MetreAndTwentyNamed: "مراية متر وعشرين", which a name writes
// so, is the 120 cm mirror, never the shorter name "مراية متر" (100 cm)
// with a stray word; the same said apart ("متر و عشرين") or in digits.
func TestRules_MetreAndTwentyNamed(t *testing.T) {
	r := rulesFrom(t, h34eMirrorCSV, h34eMirrorVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز مراية متر وعشرين", []wantItem{{"MR-120", 1, "", nil}}},
		{"عايز مراية متر وعشرين وشماعة تعليق", []wantItem{{"MR-120", 1, "", nil}, {"HNG", 1, "", nil}}},
		{"عايز مراية متر و عشرين", []wantItem{{"MR-120", 1, "", nil}}},
		{"عايز مراية متر", []wantItem{{"MR-100", 1, "", nil}}},
		{"عايز مراية 120", []wantItem{{"MR-120", 1, "", nil}}},
	})
}

// A kids' sportswear shop selling tracksuits by size 2 to 5.
const h34eKidsCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
TRK-2,ترينج اطفال مقاس 2,Kids tracksuit size 2,ترينج 2,ترينجات,piece,350,20,قطن,
TRK-3,ترينج اطفال مقاس 3,Kids tracksuit size 3,ترينج 3,ترينجات,piece,370,20,قطن,
TRK-4,ترينج اطفال مقاس 4,Kids tracksuit size 4,ترينج 4,ترينجات,piece,390,20,قطن,
TRK-5,ترينج اطفال مقاس 5,Kids tracksuit size 5,ترينج 5,ترينجات,piece,410,20,قطن,
CAP,كاب اطفال,Kids cap,,اكسسوار,piece,80,40,قطن,
`

const h34eKidsVocab = `ترينج, ترنج, ترينجات, treneng, tracksuit
مقاس, مقاص, size, ma2as
`

// TestRules_CountWordAfterTheSize: the size said in digits as the names
// give it, then how many in words ("ترينج مقاس ٤ اتنين") — a count of
// that size, never a second size (the size-2 tracksuit) nor a word of
// the name; the same number said again in words ("مقاس ٣ تلاتة") is
// either the size restated or three of it, for a person.
func TestRules_CountWordAfterTheSize(t *testing.T) {
	r := rulesFrom(t, h34eKidsCSV, h34eKidsVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز ترينج مقاس 4 اتنين", []wantItem{{"TRK-4", 2, "", nil}}},
		{"عايز ترينج مقاس ٥ تلاتة وكاب", []wantItem{{"TRK-5", 3, "", nil}, {"CAP", 1, "", nil}}},
		{"ترينج مقاس ٤ اتنين وترينج مقاس ٢ واحد", []wantItem{{"TRK-4", 2, "", nil}, {"TRK-2", 1, "", nil}}},
		{"ترينج 4 اتنين", []wantItem{{"TRK-4", 2, "", nil}}},
		{"عايز ترينج مقاس ٢ واحد", []wantItem{{"TRK-2", 1, "", nil}}},
		{"3ayez treneng ma2as 4 etnen", []wantItem{{"TRK-4", 2, "", nil}}},
		{"عايز ٢ ترينج مقاس 4", []wantItem{{"TRK-4", 2, "", nil}}},
	})
	res := understandText(t, r, "عايز ترينج مقاس 3 تلاتة")
	if len(res.Items) != 1 || res.Items[0].SKU != "TRK-3" || res.Items[0].Confidence >= 0.6 {
		t.Errorf("مقاس 3 تلاتة: %+v, want the size-3 tracksuit left for a person (size said twice, or three?)", res.Items)
	}
}

// A coffee-cup and tableware shop: cups by the piece, and a set that is
// itself a dozen.
const h34eCupsCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
CUP-CF,فنجان قهوة بورسلين,Porcelain coffee cup,فنجان,فناجين,piece,45,200,بورسلين,
SET-CF,طقم فناجين قهوة 12 قطعة,Coffee cup set of 12,طقم فناجين,اطقم,piece,480,20,بورسلين,
TRAY,صينية تقديم,Serving tray,صينية,صواني,piece,150,30,ستانلس,
`

const h34eCupsVocab = `فنجان, فناجين, فنجال, fengan, cup
`

// TestRules_CorrectedToADozen: a count corrected to a dozen ("لا خليهم
// دستة", "… دستة ونص", Franco "la khalihom dasta") is 12 (18) of the
// line's pieces, as "خليهم ١٢" is; of goods that are themselves a dozen
// (a set of 12) which count is meant, a person reads.
func TestRules_CorrectedToADozen(t *testing.T) {
	r := rulesFrom(t, h34eCupsCSV, h34eCupsVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز 4 فنجان قهوة لا خليهم دستة", []wantItem{{"CUP-CF", 12, "", nil}}},
		{"عايز 6 فنجان قهوة لا خليهم دستة ونص", []wantItem{{"CUP-CF", 18, "", nil}}},
		{"3ayez 4 fengan ahwa la khalihom dasta", []wantItem{{"CUP-CF", 12, "", nil}}},
		{"عايز 4 فنجان قهوة لا خليهم ٦", []wantItem{{"CUP-CF", 6, "", nil}}},
	})
	res := understandText(t, r, "عايز 2 طقم فناجين لا خليهم دستة")
	if len(res.Items) != 1 || res.Items[0].SKU != "SET-CF" || res.Items[0].Confidence >= 0.6 {
		t.Errorf("طقم … لا خليهم دستة: %+v, want the set left for a person", res.Items)
	}
}

// A lighting, sound and building-supply shop.
const h34eLampCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
SPK-40,سماعة مسجد 40 وات,Mosque speaker 40 W,سماعة 40,سماعات,piece,900,10,,
SPK-60,سماعة مسجد 60 وات,Mosque speaker 60 W,سماعة 60,سماعات,piece,1300,10,,
NJF-6,نجفة كريستال 6 لمبة,Crystal chandelier 6 lights,نجفة 6,نجف,piece,3200,6,كريستال,
NJF-8,نجفة كريستال 8 لمبة,Crystal chandelier 8 lights,نجفة 8,نجف,piece,4100,4,كريستال,
CEM,اسمنت شيكارة 50 كيلو,Cement sack 50 kg,اسمنت,مواد بناء,piece,180,300,,
`

const h34eLampVocab = `نجفة, نجفه, نجف, nagafa, chandelier
سماعة, سماعه, سماعات, speaker
اسمنت, أسمنت, cement, asmant
شيكارة, شكارة, شيكاره
`

// TestRules_OneMoreLikeIt: "وكمان واحدة زيها", "واتنين كمان زيها",
// Franco "w kaman wa7da zayaha" — that many more of the line just said,
// added to its count (after its measure word too: "شيكارة اسمنت ٥٠ كيلو
// وكمان واحدة زيها"); "زيها بس ٥٥" (like it but another variant) is a line
// of its own.
func TestRules_OneMoreLikeIt(t *testing.T) {
	r := rulesFrom(t, h34eLampCSV, h34eLampVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز نجفة كريستال 6 لمبة وكمان واحدة زيها", []wantItem{{"NJF-6", 2, "", nil}}},
		{"عايز نجفة 6 وكمان واحدة زيها للصالة", []wantItem{{"NJF-6", 2, "", nil}}},
		{"عايز نجفة 6 واتنين كمان زيها", []wantItem{{"NJF-6", 3, "", nil}}},
		{"عايز نجفة 6 وواحدة كمان زيها", []wantItem{{"NJF-6", 2, "", nil}}},
		{"3ayez nagafa 6 w kaman wa7da zayaha", []wantItem{{"NJF-6", 2, "", nil}}},
		{"عايز شيكارة اسمنت 50 كيلو وكمان واحدة زيها", []wantItem{{"CEM", 2, "", nil}}},
		{"عايز نجفة 6 وواحدة زيها", []wantItem{{"NJF-6", 2, "", nil}}},
		{"عايز سماعة 40 وكمان واحدة زيها بس 60", []wantItem{{"SPK-40", 1, "", nil}, {"SPK-60", 1, "", nil}}},
		{"عايز سماعة 40 وواحدة زيها بس 60", []wantItem{{"SPK-40", 1, "", nil}, {"SPK-60", 1, "", nil}}},
	})
}
