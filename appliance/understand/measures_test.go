package understand

import (
	"context"
	"testing"
)

// A shop whose variants differ by a measure in the name: litres, persons,
// a stone's thickness in cm.
const measuredCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
BOIL-40,بوتاجاز سخان مياه ٤٠ لتر,Water boiler 40L,,سخانات,piece,4200,,,
BOIL-60,بوتاجاز سخان مياه ٦٠ لتر,Water boiler 60L,,سخانات,piece,5100,,,
BOIL-90,بوتاجاز سخان مياه ٩٠ لتر,Water boiler 90L,,سخانات,piece,6300,,,
FRIG-30,ثلاجة شاطئ ٣٠ لتر,Beach fridge 30L,,تبريد,piece,900,,,أحمر|أزرق
FRIG-70,ثلاجة شاطئ ٧٠ لتر,Beach fridge 70L,,تبريد,piece,1600,,,أحمر|أزرق
CAMP-3,خيمة ٣ أفراد,3-person tent,,خيام,piece,1500,,,
CAMP-5,خيمة ٥ أفراد,5-person tent,,خيام,piece,2300,,,
CHAIR,كرسي بحر,Beach chair,,كراسي,piece,350,,,أبيض|أزرق
TRAV-2,ترافرتين ٢ سم,Travertine 2cm,,رخام,sqm,700,,,
TRAV-4,ترافرتين ٤ سم,Travertine 4cm,,رخام,sqm,1000,,,
`

const measuredVocab = "بوتاجاز, boiler, botagaz\nثلاجه, fridge, talaga\nخيمه, tent, kheima\nكرسي, chair, korsy\nترافرتين, travertine\nاحمر, red, a7mar => أحمر\nازرق, blue, azra2 => أزرق\nابيض, white => أبيض\n"

// TestRules_MeasureNamesTheVariant: a litre or a person count the names
// give chooses the variant, said in digits, in words or with a Latin unit
// letter ("70 L"), and is never how many nor a side; a thickness in cm
// chooses it too, and said before the place's sides it is the grade that
// chose the product, no side: dims_cm are the sides (the adjudicated
// labels of rounds 9 and 15; h27a brought the older ones in line).
func TestRules_MeasureNamesTheVariant(t *testing.T) {
	r := rulesFrom(t, measuredCSV, measuredVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز بوتاجاز ستين لتر", []wantItem{{"BOIL-60", 1, "", []int{}}}},
		{"عايزة بوتاجاز للشقة الجديدة، واحد تسعين لتر", []wantItem{{"BOIL-90", 1, "", []int{}}}},
		{"3ayez 2 botagaz 40 l", []wantItem{{"BOIL-40", 2, "", []int{}}}},
		{"please send 3 chairs in white, one 70 L fridge in red and a 5-person tent", []wantItem{
			{"CHAIR", 3, "أبيض", []int{}}, {"FRIG-70", 1, "أحمر", []int{}}, {"CAMP-5", 1, "", []int{}}}},
		{"عايز خيمة ٣ افراد وكرسي بحر ازرق", []wantItem{{"CAMP-3", 1, "", nil}, {"CHAIR", 1, "أزرق", nil}}},
		{"عايز ترافرتين ٤ سم للاوضة ٤ في ٣", []wantItem{{"TRAV-4", 12, "", []int{400, 300}}}},
		{"I need travertine 2 cm for a room 5 x 4 m", []wantItem{{"TRAV-2", 20, "", []int{500, 400}}}},
	})
}

const stoneCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
BAZ,بازلت مصري,Egyptian basalt,,حجر,sqm,800,,,رمادي|أسود
BAZ-SK,وزرة بازلت,Basalt skirting,,وزرات,meter,120,,,رمادي|أسود
`

// TestRules_WithItJoinsAsAnd: "ومعاه" (and with it) before another
// line's amount joins as و does: the colour said for that line is its
// own, never the line before's.
func TestRules_WithItJoinsAsAnd(t *testing.T) {
	r := rulesFrom(t, stoneCSV, "بازلت, basalt\nوزره, وزرة, skirting, wazra\nاسود, سودا, black, eswed => أسود\nرمادي, grey, ramadi => رمادي\nمعاه, ma3ah\n")
	checkCases(t, r, Order, []itemCase{
		{"محتاج ٣٠ متر بازلت مصري ومعاه ٢٥ متر وزرة بازلت سودا", []wantItem{{"BAZ", 30, "", nil}, {"BAZ-SK", 25, "أسود", nil}}},
		{"محتاج ٣٠ متر بازلت مصري رمادي ومعاه ٢٥ متر وزرة بازلت سودا", []wantItem{{"BAZ", 30, "رمادي", nil}, {"BAZ-SK", 25, "أسود", nil}}},
		{"3ayez 30 metr bazalt w ma3ah 25 metr wazra bazalt eswed", []wantItem{{"BAZ", 30, "", nil}, {"BAZ-SK", 25, "أسود", nil}}},
		{"30 sqm of basalt and with it 25 m of black basalt skirting", []wantItem{{"BAZ", 30, "", nil}, {"BAZ-SK", 25, "أسود", nil}}},
	})
}

const sofaCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
KS-140,كنبة سرير ١٤٠ سم,Sofa bed 140,,كنب,piece,9000,,قماش,رمادي|بيج|أخضر
KS-180,كنبة سرير ١٨٠ سم,Sofa bed 180,,كنب,piece,11000,,قماش,رمادي|بيج|أخضر
PUF,بوف قطيفة,Velvet pouf,,بوفات,piece,900,,قطيفة,رمادي|بيج
VEL,قماش قطيفة,Velvet fabric,قطيفة,أقمشة,meter,220,,,رمادي|بيج|أخضر
LIN,قماش كتان,Linen fabric,كتان,أقمشة,meter,180,,,بيج|أبيض
`

const sofaVocab = "كنبه, كنبة, كنب, kanaba, sofa\nسرير, sereer, bed\nقطيفه, قطيفة, 2ateefa, velvet\nكتان, linen, ketan\nقماش, 2omash, fabric\nبوف, pouf\nرمادي, ramadi, grey => رمادي\nبيج, beige => بيج\nاخضر, green, a5dar => أخضر\nابيض, white => أبيض\n"

// TestRules_CoverFabricDescribesThePiece: a fabric the shop sells by the
// metre, said after a piece with no و and no amount of its own, is what
// the piece is covered in (its colour the piece's, for every line after
// "كلهم"), never a line of fabric; with its own amount, or after و, it is
// fabric bought.
func TestRules_CoverFabricDescribesThePiece(t *testing.T) {
	r := rulesFrom(t, sofaCSV, sofaVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز كنبة سرير ١٤٠ قطيفة رمادي", []wantItem{{"KS-140", 1, "رمادي", nil}}},
		{"محتاجين ٤ كنب سرير ١٨٠ سم قماش أخضر وبوف قطيفة بيج", []wantItem{{"KS-180", 4, "أخضر", nil}, {"PUF", 1, "بيج", nil}}},
		{"٣ كنب سرير: اتنين ١٤٠ وواحدة ١٨٠، كلهم قطيفة بيج", []wantItem{{"KS-140", 2, "بيج", nil}, {"KS-180", 1, "بيج", nil}}},
		{"3ayez kanaba sereer 180 2ateefa ramadi", []wantItem{{"KS-180", 1, "رمادي", nil}}},
		{"عايز كنبة سرير ١٤٠ رمادي و٥ متر قطيفة رمادي", []wantItem{{"KS-140", 1, "رمادي", nil}, {"VEL", 5, "رمادي", nil}}},
		{"عايز كنبة سرير ١٤٠ بيج وكتان بيج ٣ متر", []wantItem{{"KS-140", 1, "بيج", nil}, {"LIN", 3, "بيج", nil}}},
	})
}

const netCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
NET-HINGE,شباك ناموسية مفصلي,Hinged window screen,,ناموسيات,sqm,600,,,أبيض|بني
NET-ROLL,ناموسية رول,Roller screen,,ناموسيات,sqm,750,,,أبيض|بني
NET-PLEAT,ناموسية بليسيه,Pleated screen,بليسيه,ناموسيات,sqm,900,,,أبيض|بني
`

// TestRules_PlaceSizeThenProduct: a window and its size said first, then
// the product for it whose words a size split ("شباك ٩٠ في ١١٠ ناموسية
// رول"), is that product for the window's size, though another product's
// name heads with the window.
func TestRules_PlaceSizeThenProduct(t *testing.T) {
	r := rulesFrom(t, netCSV, "ناموسيه, ناموسية, namosya\nرول, roll\nبليسيه, plisse\nشباك, shebak\nابيض, white, abyad => أبيض\nبني, brown, bonni => بني\n")
	checkCases(t, r, "", []itemCase{
		{"شباك ٩٠ في ١١٠ ناموسية رول بكام؟", []wantItem{{"NET-ROLL", 0.99, "", []int{90, 110}}}},
		{"عايز شباك ١٠٠ في ١٢٠ ناموسية بليسيه بني", []wantItem{{"NET-PLEAT", 1.2, "بني", []int{100, 120}}}},
		{"3ayez shebak 100 fe 120 namosya roll abyad", []wantItem{{"NET-ROLL", 1.2, "أبيض", []int{100, 120}}}},
		{"عايز شباك ناموسية مفصلي ١٠٠ في ١٢٠ ابيض", []wantItem{{"NET-HINGE", 1.2, "أبيض", []int{100, 120}}}},
	})
}

const workshopCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
RUG-WASH,غسيل سجادة,Rug washing,,خدمات,piece,250,,,
SOFA-UPH,تنجيد كنبة,Sofa upholstery,,خدمات,piece,1800,,,
LEAF-BEECH,ضلفة دولاب زان,Beech wardrobe leaf,,ضلف,sqm,3900,,,بني|أبيض
PAINT,دهان ضلفة,Leaf painting,,خدمات,sqm,500,,,
CORN,كرنيشة جبس ١٢ سم,Gypsum cornice 12 cm,,جبس,meter,95,,,
`

// TestRules_CountCarriedByTheObject: a work's object said in the dual or
// for "both" counts the work ("غسيل للسجادتين" = 2); a work on "the
// three" said after pieces with their size is done on their area with
// their size ("للتلاتة"); a plural said as the head noun without its ة
// ("ضلف") names it; a metre product's cm figure said in metres is how
// many metres.
func TestRules_CountCarriedByTheObject(t *testing.T) {
	r := rulesFrom(t, workshopCSV, "سجاده, سجادة, rug, siggada\nكنبه, كنبة, sofa\nغسيل, washing, ghaseel\nتنجيد, upholstery\nزان, beech\nجبس, gypsum\nبني, brown => بني\nابيض, white => أبيض\n")
	checkCases(t, r, Order, []itemCase{
		{"عايز غسيل للسجادتين", []wantItem{{"RUG-WASH", 2, "", nil}}},
		{"محتاجة تنجيد الكنبتين اللي في الصالة", []wantItem{{"SOFA-UPH", 2, "", nil}}},
		{"I need washing for both rugs", []wantItem{{"RUG-WASH", 2, "", nil}}},
		{"عايز ٣ ضلف زان بني ٦٠ في ٢٢٠ ودهان للتلاتة", []wantItem{{"LEAF-BEECH", 3.96, "بني", []int{60, 220}}, {"PAINT", 3.96, "", []int{60, 220}}}},
		{"عايز كرنيشة جبس ١٢ متر", []wantItem{{"CORN", 12, "", nil}}},
	})
}

const glassCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
GLS-SEC,زجاج سيكوريت,Tempered glass,,زجاج,sqm,1200,,,شفاف|فيميه
MIR,مراية حمام,Bathroom mirror,,مرايات,sqm,900,,,
ALU,قطاع ألوميتال,Aluminium profile,,قطاعات,meter,150,,,فضي|أسود
`

// TestRules_SidesInWords: "متر" alone beside a dimension operator is one
// metre, a side ("متر في ٢ متر وربع", "متر في ٨٠ سم", "مترين في متر"),
// and "متر وعشرين" with its centimetres in words is 1.20 m.
func TestRules_SidesInWords(t *testing.T) {
	r := rulesFrom(t, glassCSV, "زجاج, قزاز, ezaz, glass\nسيكوريت, securit\nمرايه, مراية, mirror\nقطاع, profile\nشفاف, clear => شفاف\nفيميه, fume => فيميه\nفضي, silver => فضي\nاسود, black => أسود\n")
	checkCases(t, r, Order, []itemCase{
		{"عايز زجاج سيكوريت شفاف متر في ٢ متر وربع", []wantItem{{"GLS-SEC", 2.25, "شفاف", []int{100, 225}}}},
		{"محتاج مراية حمام متر في ٨٠ سم", []wantItem{{"MIR", 0.8, "", []int{100, 80}}}},
		{"عايز زجاج سيكوريت فيميه مترين في متر", []wantItem{{"GLS-SEC", 2, "فيميه", []int{200, 100}}}},
		{"عايز مراية حمام متر وعشرين في متر", []wantItem{{"MIR", 1.2, "", []int{120, 100}}}},
		{"عايز قطاع ألوميتال فضي ٤ متر وعشرين", []wantItem{{"ALU", 4.2, "فضي", nil}}},
	})
}

const screensCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
ROLL,ستارة رول,Roller blind,,ستائر,sqm,650,,,أبيض|رمادي
NET,ناموسية ثابتة,Fixed insect screen,,ناموسيات,sqm,400,,,أبيض|رمادي
`

// TestRules_SamePlacesAgain: a line "for the same" places as the line
// before ("لنفس الشباكين", "for the same 3 windows") covers them: their
// count and size.
func TestRules_SamePlacesAgain(t *testing.T) {
	r := rulesFrom(t, screensCSV, "ستاره, ستارة, blind, setara\nرول, roller, roll\nناموسيه, ناموسية, screen, screens, namosya\nابيض, white, abyad => أبيض\nرمادي, grey, ramadi => رمادي\n")
	checkCases(t, r, Order, []itemCase{
		{"عايز ستارة رول ابيض لشباكين ١٠٠ في ١٥٠ وناموسية ثابتة رمادي لنفس الشباكين", []wantItem{
			{"ROLL", 3, "أبيض", []int{100, 150}}, {"NET", 3, "رمادي", []int{100, 150}}}},
		{"3 white roller blinds, each 100 x 120 cm, and grey fixed screens for the same 3 windows", []wantItem{
			{"ROLL", 3.6, "أبيض", []int{100, 120}}, {"NET", 3.6, "رمادي", []int{100, 120}}}},
	})
}

const stuffingCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
FIB,فايبر (الكيلو),Fibre filling (kg),فايبر,خامات,piece,90,,فايبر,
LIN,قماش كتان,Linen fabric,كتان,أقمشة,meter,180,,,بيج|أبيض
PIL,مخدة فايبر,Fibre pillow,,مخدات,piece,150,,فايبر,
`

// TestRules_WeightsAndTheCustomersSums: a fraction after a pack or weight
// word is part of the count ("٣ كيلو ونص" = 3.5); a count times a unit
// price equal to a total, and the totals after it, are money, never a
// size nor a line.
func TestRules_WeightsAndTheCustomersSums(t *testing.T) {
	r := rulesFrom(t, stuffingCSV, "فايبر, فيبر, fiber, fibre\nكتان, linen, ketan\nمخده, مخدة, مخدات, pillow, pillows\nبيج, beige => بيج\nابيض, white => أبيض\n")
	checkCases(t, r, Order, []itemCase{
		{"عايز ٣ كيلو ونص فايبر", []wantItem{{"FIB", 3.5, "", nil}}},
		{"عايز ٤ متر ونص كتان بيج و٣ كيلو ونص فايبر", []wantItem{{"LIN", 4.5, "بيج", nil}, {"FIB", 3.5, "", nil}}},
		{"عايز ٤ كيلو فايبر × ٩٠ = ٣٦٠ جنيه، و٣ مخدات فايبر يبقى ٨١٠، الاجمالي ٨١٠ صح؟", []wantItem{{"FIB", 4, "", []int{}}, {"PIL", 3, "", []int{}}}},
		{"I want 6 kg fibre x 90 = 540 EGP and 2 pillows, total 840", []wantItem{{"FIB", 6, "", []int{}}, {"PIL", 2, "", []int{}}}},
	})
}

const arabicOnlyCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
LHF-D,لحاف صوف دبل,,,لحافات,piece,1900,,صوف,
LHF-S,لحاف صوف سنجل,,,لحافات,piece,1300,,صوف,
HTR,سخان غاز ١٠ لتر,Gas heater 10L,,سخانات,piece,5200,,,
TBL,ترابيزة رحلات مطبقة,Folding table,,ترابيزات,piece,800,,,
CHR,كرسي رحلات,Camping chair,,كراسي,piece,350,,,
`

// TestRules_TradeWordsInEnglish: the trades' English words name goods a
// catalog names in Arabic ("duvet" لحاف, "wool" صوف, "water heater" سخان,
// "camping" رحلات), as a rewrite where the catalog has no such word and
// as a word of those goods where another product has it in English.
func TestRules_TradeWordsInEnglish(t *testing.T) {
	r := rulesFrom(t, arabicOnlyCSV, "دبل, double\nسنجل, single\n")
	checkCases(t, r, "", []itemCase{
		{"how much is a double wool duvet?", []wantItem{{"LHF-D", 1, "", nil}}},
		{"please send two 10 litre gas water heaters", []wantItem{{"HTR", 2, "", nil}}},
		{"I need 2 folding camping tables and 4 camping chairs", []wantItem{{"TBL", 2, "", nil}, {"CHR", 4, "", nil}}},
	})
	res, err := r.Understand(context.Background(), "I need 2 folding camping tables")
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Items) != 1 || len(res.Items[0].Lacks) > 0 {
		t.Errorf("the camping table lacks nothing said: %+v", res.Items)
	}
}

// TestRules_CorrectedMeasure: a correction whose figure is a measure the
// names give ("لا خليه تسعين لتر", "خليها ٥ افراد", "no, make it 90 L")
// chooses the other variant, its amount and colour kept, never how many.
func TestRules_CorrectedMeasure(t *testing.T) {
	r := rulesFrom(t, measuredCSV, measuredVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز بوتاجاز ٤٠ لتر، لا لا خليه ٩٠ لتر", []wantItem{{"BOIL-90", 1, "", nil}}},
		{"عايز ثلاجة شاطئ ٣٠ لتر ازرق.. لا استنى خليها ٧٠ لتر، نفس اللون", []wantItem{{"FRIG-70", 1, "أزرق", nil}}},
		{"عايز ٢ خيمة ٣ افراد، لا خليهم ٥ افراد", []wantItem{{"CAMP-5", 2, "", nil}}},
		{"عايز خيمة ٣ افراد.. لا احنا ٥ خليها ٥ افراد", []wantItem{{"CAMP-5", 1, "", nil}}},
	})
}

// TestRules_UnknownKindOfAPiece: a head noun followed right away by two
// words the shop does not know ("خيمة فايبر جلاس", a kind it may not make)
// is a line for a person (no product, unread), never the nearest tent.
func TestRules_UnknownKindOfAPiece(t *testing.T) {
	r := rulesFrom(t, measuredCSV, measuredVocab)
	res, err := r.Understand(context.Background(), "عايز خيمة فايبر جلاس ٥ افراد")
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Items) != 1 || res.Items[0].SKU != "" || !res.Items[0].Unread {
		t.Errorf("want one unread line of no product, got %+v", res.Items)
	}
	checkCases(t, r, Order, []itemCase{
		{"عايز خيمة ٥ افراد", []wantItem{{"CAMP-5", 1, "", nil}}},
	})
}

// TestRules_TradeWordsTwoWords: an English trade phrase for goods a
// catalog names in two Arabic words its vocabulary reads as one ("ice
// box" of "ايس بوكس"), and a trade word the vocabulary already spells
// nowhere, read the same on every build (the lexicon's order is fixed).
func TestRules_TradeWordsTwoWords(t *testing.T) {
	csv := "sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors\nIB-30,ايس بوكس ٣٠ لتر,,,تبريد,piece,700,,,أحمر|أزرق\nHT,سخان كهرباء ٥٠ لتر,,,سخانات,piece,4000,,,\n"
	for range 5 {
		r := rulesFrom(t, csv, "ايس بوكس, كولمان\nازرق, blue => أزرق\nاحمر, red => أحمر\n")
		checkCases(t, r, "", []itemCase{
			{"price of the 30 litre ice box in red?", []wantItem{{"IB-30", 1, "أحمر", nil}}},
			{"I need 2 heaters of 50 litres", []wantItem{{"HT", 2, "", nil}}},
		})
	}
}

// TestRules_PurposeNamesNoLine: another head noun in a purpose clause
// after a line with its amount ("٤ كيلو فايبر عشان اعمل مخدات", "for I
// want to make pillows") is what the goods are for, never a line nor a
// word choosing the line's product.
func TestRules_PurposeNamesNoLine(t *testing.T) {
	r := rulesFrom(t, stuffingCSV, "فايبر, فيبر, fiber, fibre\nكتان, linen, ketan\nمخده, مخدة, مخدات, pillow, pillows\nبيج, beige => بيج\n")
	checkCases(t, r, Order, []itemCase{
		{"عايزة ٤ كيلو فايبر عشان اعمل مخدات", []wantItem{{"FIB", 4, "", nil}}},
		{"عايزة ٤ كيلو فايبر علشان المخدات", []wantItem{{"FIB", 4, "", nil}}},
		{"عايزة ٤ كيلو فايبر عشان المخدات و٢ مخدة فايبر", []wantItem{{"FIB", 4, "", nil}, {"PIL", 2, "", nil}}},
	})
}

// TestRules_PersonCountEitherNumber: a person count said in the singular
// or the plural ("٦ فرد", "٦ أفراد", "٣ اشخاص") chooses the variant
// whose name says that count in either number — before, "خيمة ٤ فرد"
// invoiced the name holding "فرد" (the 2-person one).
func TestRules_PersonCountEitherNumber(t *testing.T) {
	r := rulesFrom(t, `sku,name_ar,name_en,synonyms,category,unit,price,stock,colors,material
SOFA-2,كنبة سرير ٢ فرد,2-seat sofa bed,,كنب,piece,9000,5,,
SOFA-3,كنبة سرير ٣ أفراد,3-seat sofa bed,,كنب,piece,11000,5,,
JAC-4,جاكوزي ٤ اشخاص,4-person jacuzzi,,حمامات,piece,60000,2,,
JAC-6,جاكوزي ٦ شخص,6-person jacuzzi,,حمامات,piece,80000,2,,
`, "")
	checkCases(t, r, Order, []itemCase{
		{"عايز كنبة سرير ٣ فرد", []wantItem{{"SOFA-3", 1, "", nil}}},
		{"عايز ٢ كنبة سرير ٢ افراد", []wantItem{{"SOFA-2", 2, "", nil}}},
		{"محتاج جاكوزي ٦ اشخاص", []wantItem{{"JAC-6", 1, "", nil}}},
		{"محتاج جاكوزي ٤ شخص", []wantItem{{"JAC-4", 1, "", nil}}},
		{"3ayez kanaba sereer 3 afrad", []wantItem{{"SOFA-3", 1, "", nil}}},
	})
}

// TestRules_WantedCountAfterVariantQuestion: "عايز اتنين" after a
// question about a variant named by its figure is how many are wanted,
// never the sibling variant whose name says that figure (the 2-person
// sofa bed next to the 3-person one asked about).
func TestRules_WantedCountAfterVariantQuestion(t *testing.T) {
	r := rulesFrom(t, `sku,name_ar,name_en,synonyms,category,unit,price,stock,colors,material
SOFA-2,كنبة سرير ٢ فرد,2-seat sofa bed,,كنب,piece,9000,5,,
SOFA-3,كنبة سرير ٣ أفراد,3-seat sofa bed,,كنب,piece,11000,5,,
`, "")
	checkCases(t, r, Inquiry, []itemCase{
		{"عندكم كنبة سرير ٣ افراد؟ عايز اتنين", []wantItem{{"SOFA-3", 2, "", nil}}},
		{"عندكم كنبة سرير ٣ فرد؟ محتاج ٢", []wantItem{{"SOFA-3", 2, "", nil}}},
	})
}
