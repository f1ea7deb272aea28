package understand

import (
	"context"
	"testing"
)

// Round 25's wrong documents left by h25 (branch h26a), each a class
// tested on a shop of its own (none of the blind sets' catalogs or
// sentences).

// h26aCraftCSV: a craft supplies shop selling resin and pigment by the
// millilitre beside acrylic sheets named by their thickness in mm.
const h26aCraftCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
RESIN-ML,ريزن ايبوكسي شفاف بالمللي,Clear epoxy resin per ml,ريزن|ايبوكسي,ريزن,piece,2,5000,,
PIG-ML,صبغة ريزن بالمللي,Resin pigment per ml,صبغة|بيجمنت,ريزن,piece,5,2000,,
ACR-3,لوح اكريليك 3 مم,Acrylic sheet 3 mm,اكريليك 3,الواح,piece,300,20,اكريليك,
ACR-5,لوح اكريليك 5 مم,Acrylic sheet 5 mm,اكريليك 5,الواح,piece,450,20,اكريليك,
MOLD-COAST,قالب سيليكون كوستر,Silicone coaster mould,قالب كوستر,قوالب,piece,120,30,سيليكون,
HARD-ML,مصلب ريزن بالمللي,Resin hardener per ml,مصلب|هاردنر,ريزن,piece,3,3000,,
`

// TestRules_MeasureOfTheNextGoods: an amount in the measure the goods
// named right after it are priced per ("… و ٥٠ مللي ريزن" of "ريزن …
// بالمللي") is how much of those goods, never a size of the line before
// ("مللي" is a millilitre as well as a millimetre), also after goods
// priced per it with their own amount; a thickness said of a sheet named
// by its mm stays its thickness.
func TestRules_MeasureOfTheNextGoods(t *testing.T) {
	r := rulesFrom(t, h26aCraftCSV, "")
	checkCases(t, r, Order, []itemCase{
		{"عايز قالب سيليكون كوستر و ٥٠ مللي ريزن", []wantItem{{"MOLD-COAST", 1, "", nil}, {"RESIN-ML", 50, "", nil}}},
		{"محتاج ٢ قالب كوستر و 200 مل ريزن شفاف", []wantItem{{"MOLD-COAST", 2, "", nil}, {"RESIN-ML", 200, "", nil}}},
		{"عايز لوح اكريليك 3 مم، و 30 مللي صبغة", []wantItem{{"ACR-3", 1, "", nil}, {"PIG-ML", 30, "", nil}}},
		{"I need a coaster mould and 100 ml resin", []wantItem{{"MOLD-COAST", 1, "", nil}, {"RESIN-ML", 100, "", nil}}},
		{"عايز لوح اكريليك 5 مللي", []wantItem{{"ACR-5", 1, "", nil}}},
		// the line before priced per the same measure, its amount said
		{"عايز 200 مللي ريزن و 100 مللي مصلب", []wantItem{{"RESIN-ML", 200, "", nil}, {"HARD-ML", 100, "", nil}}},
	})
}

// h26aTilesCSV: a tile shop's skirting and tiles counted by the piece.
const h26aTilesCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
BRD-60,وزرة سيراميك 60 سم,Ceramic skirting 60 cm,وزر|نعلة,وزر,piece,45,500,سيراميك,أبيض|بيج|رمادي
BRD-30,وزرة سيراميك 30 سم,Ceramic skirting 30 cm,,وزر,piece,25,500,سيراميك,أبيض|بيج|رمادي
STEP-120,درجة سلم رخام 120 سم,Marble stair step 120 cm,درج سلم|درجة رخام,سلالم,piece,650,40,رخام,أبيض|أسود
`

// TestRules_CountSaidApart: the count said apart from its goods, the head
// noun said again bare ("وزرة سيراميك 60 سم بيج، الصالة محتاجة 12
// وزرة"): one line of that count, never a second line of the same
// product; the line counted already and another count said is for a
// person, still one line; the noun with words of its own after it is
// another line.
func TestRules_CountSaidApart(t *testing.T) {
	r := rulesFrom(t, h26aTilesCSV, "")
	checkCases(t, r, Order, []itemCase{
		{"عايز وزرة سيراميك 60 سم بيج، الصالة محتاجة 12 وزرة", []wantItem{{"BRD-60", 12, "بيج", nil}}},
		{"درجة سلم رخام 120 سم اسود، السلم 14 درجة", []wantItem{{"STEP-120", 14, "أسود", nil}}},
		{"عايز ٤ وزرة سيراميك 60 سم بيج، و ٦ وزرة 30 سم رمادي", []wantItem{{"BRD-60", 4, "بيج", nil}, {"BRD-30", 6, "رمادي", nil}}},
	})
	res, err := r.Understand(context.Background(), "عايز ٣ درجة سلم رخام 120 سم اسود، السلم 14 درجة")
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Items) != 1 || res.Confidence >= 0.6 {
		t.Errorf("two counts of one line: %d items at confidence %.2f, want one line for a person", len(res.Items), res.Confidence)
	}
}

// h26aHardwareCSV: a hardware shop's boxes of bolts and of washers (the
// shop files both under one category).
const h26aHardwareCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
BOLT-10,علبة مسامير قلاووظ 10 مم,Bolts 10 mm box 50,صواميل 10,عدد,piece,90,100,صلب,
WASH-10,علبة وردة 10 مم,Washers 10 mm box 100,وردة 10|وردات,عدد,piece,30,100,صلب,
HINGE,مفصلة باب نحاس,Brass door hinge,مفصلة,عدد,piece,35,200,نحاس,
`

// TestRules_CorrectionTakesBackCount: an amount said after و before any
// goods and taken back at once ("… و 2 ونص.. لا خليهم 3 علب وردة") was
// the next goods' start: the corrected count is theirs, the line before
// keeps its own; a correction whose pack the line's name opens with but
// whose goods its names lack (the category is no name) is a person's.
func TestRules_CorrectionTakesBackCount(t *testing.T) {
	r := rulesFrom(t, h26aHardwareCSV, "")
	checkCases(t, r, Order, []itemCase{
		{"عايز 4 مفصلة باب نحاس و 2 ونص.. لا خليهم 3 علب وردة 10 مم", []wantItem{{"HINGE", 4, "", nil}, {"WASH-10", 3, "", nil}}},
		{"عايز علبة مسامير قلاووظ 10 مم و ٢... لا خليهم ٥ مفصلة", []wantItem{{"BOLT-10", 1, "", nil}, {"HINGE", 5, "", nil}}},
	})
	res, err := r.Understand(context.Background(), "عايز دستة علب مسامير قلاووظ 10 مم.. لا خليهم 3 علب وردة")
	if err != nil {
		t.Fatal(err)
	}
	if res.Confidence >= 0.6 {
		t.Errorf("a correction of unclear goods: %+v at confidence %.2f, want it for a person", res.Items, res.Confidence)
	}
}

// h26aACCSV: an air-conditioning shop's units, their installation and
// accessories.
const h26aACCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
AC-15,تكييف سبليت 1.5 حصان,Split AC 1.5 HP,تكييف 1.5|سبليت 1.5,تكييفات,piece,21000,10,,
AC-3,تكييف سبليت 3 حصان,Split AC 3 HP,تكييف 3|سبليت 3,تكييفات,piece,38000,5,,
INST-AC,تركيب تكييف,AC installation,تركيب التكييف,خدمات,piece,900,,,
BRKT,قاعدة حديد تكييف خارجي,Outdoor unit steel bracket,قاعدة,اكسسوارات,piece,350,40,حديد,
`

// TestRules_ForCountOfWork: "ل" written apart before a figure and the
// goods a service's name holds ("تركيب ل 3 تكييفات", "لـ 3") counts the
// service as "للـ 3" does — the pieces the work is done on; before goods
// that are no work ("قاعدة حديد ل 3 تكييفات") the pieces stay what the
// goods are for, no line of their own.
func TestRules_ForCountOfWork(t *testing.T) {
	r := rulesFrom(t, h26aACCSV, "")
	checkCases(t, r, Order, []itemCase{
		{"عايز تركيب ل 3 تكييفات", []wantItem{{"INST-AC", 3, "", nil}}},
		{"محتاج تركيب لـ ٢ تكييف بكرة", []wantItem{{"INST-AC", 2, "", nil}}},
		{"عايز تركيب للـ 3 تكييفات", []wantItem{{"INST-AC", 3, "", nil}}},
		{"installation for 3 ACs", []wantItem{{"INST-AC", 3, "", nil}}},
		{"عايز قاعدة حديد ل 3 تكييفات", []wantItem{{"BRKT", 1, "", nil}}},
	})
}

// h26aSewingCSV: a sewing-machine shop's machines, parts and servicing.
const h26aSewingCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
SEW-J,ماكينة خياطة جانومي منزلي,Janome home sewing machine,ماكينة جانومي,ماكينات,piece,9500,6,,أبيض
SEW-OVL,ماكينة اوفرلوك 4 فتلة,4-thread overlock machine,اوفرلوك,ماكينات,piece,14500,3,,أبيض
SCIS,مقص خياطة 10 بوصة,Tailoring scissors 10 inch,مقص,ادوات,piece,350,10,,
`

// TestRules_OwnGoodsRepairAsked: the customer's own goods ("عندي ماكينة
// … قديمة", "ماكينتي", "my old …") gone wrong and the shop asked to repair
// or look at them, nothing said of buying them there, is a question for
// staff (Other, no line), no complaint; the same words about goods bought
// from the shop ("اللي اشتريتها منكم") stay a complaint.
func TestRules_OwnGoodsRepairAsked(t *testing.T) {
	r := rulesFrom(t, h26aSewingCSV, "")
	for _, tt := range []struct {
		text string
		want Intent
	}{
		{"عندي ماكينة خياطة قديمة الموتور بتاعها بيقف، ممكن تصلحوها عندكم؟", Other},
		{"ماكينتي وقعت والابرة اتكسرت، ممكن تشوفوها؟", Other},
		{"my old sewing machine is broken, can you repair it?", Other},
		{"ماكينة الخياطة اللي اشتريتها منكم الموتور بتاعها بيفصل، ممكن تصلحوها؟", Complaint},
		{"الماكينة اللي خدتها منكم امبارح مكسورة", Complaint},
	} {
		res, err := r.Understand(context.Background(), tt.text)
		if err != nil {
			t.Fatal(err)
		}
		if res.Intent != tt.want || tt.want == Other && len(res.Items) > 0 {
			t.Errorf("%q: %s %+v, want %s and no line", tt.text, res.Intent, res.Items, tt.want)
		}
	}
}
