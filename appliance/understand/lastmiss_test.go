package understand

import (
	"context"
	"testing"
)

// A tile shop written for the last exact-line misses of rounds 7 and 8:
// porcelain sold by area, its grout in a bag and in a tub, adhesive in
// sacks, a stair tread in porcelain only.
const lastMissCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
PRC60,بورسلين لوتس ٦٠×٦٠,Lotus porcelain 60x60,لوتس|lotus,بورسلين,sqm,420,900,بورسلين,أبيض|رمادي|بيج
WAL25,سيراميك حوائط نيل ٢٥×٤٠,Nile wall ceramic 25x40,نيل|nile,سيراميك,sqm,230,900,سيراميك,أبيض|أزرق
GRB,ترويبة أسمنتية كيس ٥ كيلو,Cement grout 5 kg bag,,ترويبة,piece,90,300,,أبيض|رمادي|بيج
GRP,ترويبة إيبوكسي علبة ٣ كيلو,Epoxy grout 3 kg tub,,ترويبة,piece,480,60,إيبوكسي,أبيض|رمادي
ADH,لاصق بلاط شيكارة ٢٥ كيلو,Tile adhesive 25 kg sack,,لواصق,piece,210,500,,
`

func lastMissRules(t testing.TB) *Rules {
	t.Helper()
	return rulesFrom(t, lastMissCSV, "ترويبة, ترويبه, grout\nلاصق, غراء, adhesive\nكيس, شيكارة, شكارة, اكياس, kis, bag\n"+
		"بورسلين, بورسلان, porcelain, porselen\nسيراميك, سراميك, ceramic\n"+
		"ابيض, abyad, white => أبيض\nرمادي, ramadi, grey => رمادي\nبيج, beige => بيج\n")
}

// TestRules_PackWithNoCount: a pack said with no count after و or a comma,
// right before the head noun of other goods ("وكيس ترويبة", "، علبة
// ترويبة"), is one pack of those goods, a line of its own; the pack still
// tells a bag from a tub, and it is no word of the line before.
func TestRules_PackWithNoCount(t *testing.T) {
	r := lastMissRules(t)
	checkCases(t, r, Order, []itemCase{
		{"محتاج ٢٠ متر بورسلين لوتس رمادي وكيس ترويبة رمادي", []wantItem{{"PRC60", 20, "رمادي", nil}, {"GRB", 1, "رمادي", nil}}},
		{"١٥ متر سيراميك نيل أزرق، علبة ترويبة أبيض", []wantItem{{"WAL25", 15, "أزرق", nil}, {"GRP", 1, "أبيض", nil}}},
		{"عايز ٣٠ متر لوتس بيج وشيكارة من اللاصق", []wantItem{{"PRC60", 30, "بيج", nil}, {"ADH", 1, "", nil}}},
		{"3ayez 20 metr porselen lotus abyad w kis grout abyad", []wantItem{{"PRC60", 20, "أبيض", nil}, {"GRB", 1, "أبيض", nil}}},
		{"20 m2 of the lotus porcelain in grey and a bag of grey grout", []wantItem{{"PRC60", 20, "رمادي", nil}, {"GRB", 1, "رمادي", nil}}},
		// a count before the pack is still the count
		{"٢٥ متر لوتس أبيض و٣ أكياس ترويبة أبيض", []wantItem{{"PRC60", 25, "أبيض", nil}, {"GRB", 3, "أبيض", nil}}},
	})
}

// A curtain shop: fabric by the metre, two tailorings of which the
// catalog calls one "عادي", and a fitting its name says is for the window.
const lastMissCurtainCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
LIN,قماش كتان,Linen fabric,كتان|linen,أقمشة,meter,180,500,كتان,بيج|أبيض
VEL,قماش قطيفة,Velvet fabric,قطيفة|velvet,أقمشة,meter,260,500,قطيفة,نبيتي|كحلي
SEWN,تفصيل ستارة عادي,"Curtain tailoring, standard",,خدمات,meter,60,,,
SEWP,تفصيل بليسيه,Pleated tailoring,,خدمات,meter,95,,,
FIT,تركيب مجرى (للشباك),Track fitting per window,,خدمات,piece,150,,,
`

// TestRules_DestinationPlaceIsNoWord: "لشباك", "للصالة" say where the goods
// go; a place the line's product is not is no word of it, even when
// another product's name holds it ("تركيب مجرى (للشباك)"), so the bare
// kind still means the catalog's ordinary one.
func TestRules_DestinationPlaceIsNoWord(t *testing.T) {
	r := rulesFrom(t, lastMissCurtainCSV, "تفصيل, تفصيلة, خياطة, tafseel, tailoring\nكتان, لينين, kattan\nقطيفة, velvet\nنبيتي, burgundy => نبيتي\n"+
		"بيج, beige => بيج\nكحلي, navy => كحلي\n")
	checkCases(t, r, Order, []itemCase{
		{"محتاج ١٢ متر قماش كتان بيج وتفصيل لشباك الصالة", []wantItem{{"LIN", 12, "بيج", nil}, {"SEWN", 12, "", nil}}},
		{"قطيفة نبيتي ١٠ متر وتفصيل للشباك", []wantItem{{"VEL", 10, "نبيتي", nil}, {"SEWN", 10, "", nil}}},
		{"عايزة ٨ متر قطيفة كحلي وتفصيل للأوضة", []wantItem{{"VEL", 8, "كحلي", nil}, {"SEWN", 8, "", nil}}},
		{"3ayza 8 metr kattan beige w tafseel lel shebbak", []wantItem{{"LIN", 8, "بيج", nil}, {"SEWN", 8, "", nil}}},
		{"10 metres of beige linen and tailoring for the bedroom window", []wantItem{{"LIN", 10, "بيج", nil}, {"SEWN", 10, "", nil}}},
		// the fitting whose own name is for the window keeps the word
		{"عايز ٢ تركيب مجرى للشباك", []wantItem{{"FIT", 2, "", nil}}},
	})
}

// A blinds shop whose fitting is named in English "per window", its
// rollers by their own noun with no "blind".
const lastMissBlindsCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
SUN5,رول صن سكرين ٥٪,Roller sunscreen 5%,صن سكرين|sunscreen,roller,sqm,600,,بوليستر,أبيض|رمادي
BOUT,رول بلاك أوت,Blackout roller,بلاك أوت|blackout,roller,sqm,550,,بوليستر,أبيض|بيج
FITW,تركيب للشباك,Installation per window,تركيب|installation,service,piece,150,,,
`

// TestRules_EnglishNamePerIsNoHead: an English name's "per window" or
// "for …" says what the product is counted by or for; its head noun ends
// before it. The window is then a place the customer counts ("٦ شبابيك
// كل شباك ١٠٠×١٥٠"), not the fitting.
func TestRules_EnglishNamePerIsNoHead(t *testing.T) {
	r := rulesFrom(t, lastMissBlindsCSV, "شباك, شبابيك, نافذة, نوافذ, window, windows\nتركيب, tarkib\nرول, roll, roller\n"+
		"ابيض, abyad, white => أبيض\nرمادي, ramadi, grey => رمادي\nبيج, beige => بيج\n")
	checkCases(t, r, Order, []itemCase{
		{"عايز رول صن سكرين رمادي ٦ شبابيك كل شباك ١٠٠×١٥٠", []wantItem{{"SUN5", 9, "رمادي", []int{100, 150}}}},
		{"رول بلاك أوت بيج لعدد ٤ نوافذ، مقاس كل نافذة ١٢٠×٢٠٠ سم", []wantItem{{"BOUT", 9.6, "بيج", []int{120, 200}}}},
		{"3ayez roll blackout abyad 2 shebabik kol shebak 100x100", []wantItem{{"BOUT", 2, "أبيض", []int{100, 100}}}},
		{"grey sunscreen roller for 3 windows, each window 100x200 cm", []wantItem{{"SUN5", 6, "رمادي", []int{100, 200}}}},
		// the fitting said by its head noun is still the fitting
		{"عايز تركيب ٥ شبابيك", []wantItem{{"FITW", 5, "", nil}}},
	})
}

// A bath and bedroom shop whose names say what a piece comes with
// ("بالعمود", "بالكومودينو"), beside those things sold on their own.
const lastMissWithCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
BSN50,حوض ٥٠ سم بالعمود,Basin 50 cm with pedestal,مغسلة,أحواض,piece,1100,30,صيني,أبيض|بيج
COLM,عمود دش ستانلس,Stainless shower column,عمود شاور,خلاطات,piece,2200,10,ستانلس,فضي
BED160,سرير كلاسيك ١٦٠ بالكومودينو,Classic bed 160 with nightstands,,سراير,piece,9000,10,زان,جوز
BED120,سرير كلاسيك ١٢٠,Classic bed 120,,سراير,piece,6000,10,زان,جوز
NST,كومودينو كلاسيك,Classic nightstand,,كومودينو,piece,1500,40,زان,جوز
`

// TestRules_WithWhatTheNameComesWith: "مع X" (with the X) after a line
// whose product's name says "بالX" (comes with X) is that product's, no
// line of X sold on its own; a product whose name does not say it gets X
// as a line of its own.
func TestRules_WithWhatTheNameComesWith(t *testing.T) {
	r := rulesFrom(t, lastMissWithCSV, "ابيض, abyad, white => أبيض\nبيج, beige => بيج\nجوزي, walnut => جوز\n")
	checkCases(t, r, Order, []itemCase{
		{"عايز مغسلة ٥٠ مع العمود بيج", []wantItem{{"BSN50", 1, "بيج", []int{50}}}},
		{"محتاج ٢ سرير كلاسيك ١٦٠ جوزي مع الكومودينو", []wantItem{{"BED160", 2, "جوز", nil}}},
		{"I need a classic bed 160 with nightstands", []wantItem{{"BED160", 1, "", nil}}},
		{"3ayez mighsala 50 ma3aha el 3amood", []wantItem{{"BSN50", 1, "", []int{50}}}},
		// the 120 bed's name says no nightstand: one of its own
		{"عايز سرير كلاسيك ١٢٠ مع كومودينو", []wantItem{{"BED120", 1, "", nil}, {"NST", 1, "", nil}}},
	})
}

// TestRules_SupplyLetter: a purchasing department's letter asking to
// "supply and install" ("نرجو توريد وتركيب …، مع التركيب لعدد ٦") orders
// the goods and the installation named again with its count, once; it is
// no question about installing; its "مع الشكر" is thanks, no near
// spelling of a sack (شكارة).
func TestRules_SupplyLetter(t *testing.T) {
	blinds := rulesFrom(t, lastMissBlindsCSV, "شباك, شبابيك, نافذة, نوافذ, window, windows\nتركيب, tarkib\nرول, roll, roller\n"+
		"ابيض, abyad, white => أبيض\nرمادي, ramadi, grey => رمادي\nبيج, beige => بيج\n")
	checkCases(t, blinds, Order, []itemCase{
		{"السادة/ الشركة، نرجو توريد وتركيب رول بلاك أوت باللون البيج لعدد ٦ نوافذ، مقاس كل نافذة ١٠٠×١٥٠ سم، مع التركيب لعدد ٦ نوافذ. إدارة المشتريات",
			[]wantItem{{"BOUT", 9, "بيج", []int{100, 150}}, {"FITW", 6, "", nil}}},
		{"يرجى التكرم بتوريد وتركيب رول صن سكرين رمادي لعدد ٣ نوافذ، مقاس كل نافذة ٢٠٠×١٠٠ سم، مع التركيب لعدد ٣ نوافذ، وتفضلوا بقبول فائق الاحترام",
			[]wantItem{{"SUN5", 6, "رمادي", []int{200, 100}}, {"FITW", 3, "", nil}}},
	})
	tiles := lastMissRules(t)
	checkCases(t, tiles, Order, []itemCase{
		{"السادة/ المعرض، نرجو توريد ٤٠ متر بورسلين لوتس أبيض و٥ شكاير لاصق. مع الشكر، مدير المشتريات",
			[]wantItem{{"PRC60", 40, "أبيض", nil}, {"ADH", 5, "", nil}}},
		{"Dear Sirs, kindly supply 30 m2 of lotus porcelain in beige and 4 bags of adhesive. Many thanks, Procurement",
			[]wantItem{{"PRC60", 30, "بيج", nil}, {"ADH", 4, "", nil}}},
	})
}

// A garden shop whose set's English name lists its parts.
const lastMissGardenCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
CHRZ,كرسي ريزن,Resin chair,ريزن|resin,كراسي,piece,450,200,ريزن,أبيض|أخضر
TBL12,ترابيزة ريزن ١٢٠×٨٠,Resin table 120x80,,ترابيزات,piece,1900,30,ريزن,أبيض|أخضر
SETR,طقم ريزن (ترابيزة + ٤ كراسي),"Resin set, table + 4 chairs",,أطقم,piece,3400,20,ريزن,أبيض|أخضر
`

// TestRules_EnglishSizeBeforeOtherHead: after "and", a size English says
// before another head noun than the line's ("and a 120x80 table") opens
// that line; the chairs and the table are never one set because the set's
// name lists both.
func TestRules_EnglishSizeBeforeOtherHead(t *testing.T) {
	r := rulesFrom(t, lastMissGardenCSV, "كرسي, كراسي, korsy, karasi, chair, chairs\nترابيزة, ترابيزه, tarabeiza, table, tables\n"+
		"ابيض, abyad, white => أبيض\nاخضر, green => أخضر\n")
	checkCases(t, r, Order, []itemCase{
		{"I need 8 resin chairs in white and a 120x80 table", []wantItem{{"CHRZ", 8, "أبيض", nil}, {"TBL12", 1, "", []int{120, 80}}}},
		{"6 green resin chairs and one 120x80 table please", []wantItem{{"CHRZ", 6, "أخضر", nil}, {"TBL12", 1, "", []int{120, 80}}}},
		{"عايز ٨ كراسي ريزن أبيض وترابيزة ١٢٠×٨٠", []wantItem{{"CHRZ", 8, "أبيض", nil}, {"TBL12", 1, "", []int{120, 80}}}},
		{"3ayez 8 karasi resin abyad w tarabeiza 120x80", []wantItem{{"CHRZ", 8, "أبيض", nil}, {"TBL12", 1, "", []int{120, 80}}}},
		// the set said by its own head noun is still the set
		{"I need 2 resin sets in green", []wantItem{{"SETR", 2, "أخضر", nil}}},
	})
}

// A door shop whose heavy handle is the only product called heavy.
const lastMissDoorCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
DW80,باب خشب ٨٠,Wooden door 80,باب خشب|wood door,أبواب,piece,4200,20,خشب,بني|أبيض
HNDL,أكرة ستانلس تقيلة,Heavy stainless handle,أكرة|handle,أكر,piece,320,40,ستانلس,فضي
`

// TestRules_CopulaDescribes: after a pause, "يكون"/"تبقى"/"be" and a
// describing word say what the line before should be ("، يكون تقيل"); the
// word names no product of its own, though only one product's name has it.
func TestRules_CopulaDescribes(t *testing.T) {
	r := rulesFrom(t, lastMissDoorCSV, "بني, bonni, brown => بني\nابيض, white => أبيض\nتقيل, تقيلة, te2eel, heavy\n")
	checkCases(t, r, Order, []itemCase{
		{"عايز ٢ باب خشب ٨٠ بني، يكون تقيل", []wantItem{{"DW80", 2, "بني", nil}}},
		{"محتاج باب خشب ٨٠ أبيض، ويبقى تقيل لو سمحت", []wantItem{{"DW80", 1, "أبيض", nil}}},
		{"3ayez 2 bab khashab 80 bonni, yekoon te2eel", []wantItem{{"DW80", 2, "بني", nil}}},
		{"I need 2 wooden doors 80 in brown, they must be heavy", []wantItem{{"DW80", 2, "بني", nil}}},
		// the handle asked by its own words is still the handle
		{"عايز باب خشب ٨٠ بني، وأكرة تقيلة", []wantItem{{"DW80", 1, "بني", nil}, {"HNDL", 1, "", nil}}},
	})
}

// TestRules_UseOfUnknownGoods: "عايز X للY" where X is no word the rules
// can place and Y a catalog word: the goods asked are X, Y only their use
// ("رخام كرارة للسلم" beside a porcelain stair tread), a line for a person,
// never the stair tread; goods the catalog has keep their use as before.
func TestRules_UseOfUnknownGoods(t *testing.T) {
	r := rulesFrom(t, `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
STEP,درجة سلم بورسلين,Porcelain stair tread,درجة سلم,تكميليات,piece,340,60,بورسلين,بيج|رمادي
PRC,بورسلين لوتس ٦٠×٦٠,Lotus porcelain 60x60,لوتس,بورسلين,sqm,420,900,بورسلين,بيج|رمادي
`, "سلم, السلم, sellem, stairs\nبيج, beige => بيج\nرمادي, grey => رمادي\n")
	for _, text := range []string{"عايز رخام كرارة للسلم", "محتاج جرانيت طبيعي للسلم لو سمحت", "عايزين ترافرتين للسلم", "عايز حجر هاشمي طبيعي للسلم", "محتاجين رخام سيلفيا طبيعي للسلم"} {
		res, err := r.Understand(context.Background(), text)
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Items) != 1 || res.Items[0].SKU != "" || !res.Items[0].Unread {
			t.Errorf("%s: %+v, want one unread line with no product", text, res.Items)
		}
	}
	checkCases(t, r, Order, []itemCase{
		{"عايز ١٤ درجة سلم بورسلين بيج", []wantItem{{"STEP", 14, "بيج", nil}}},
		{"عايز بورسلين لوتس رمادي للصالة ٢٠ متر", []wantItem{{"PRC", 20, "رمادي", nil}}},
	})
}

// TestRules_ItsColourIsNoModel: "لونه"/"لونها" (its colour) before a colour
// is the line's colour, never a near spelling of a model named "لونا".
func TestRules_ItsColourIsNoModel(t *testing.T) {
	r := rulesFrom(t, `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
LUNA,باب لونا,Luna door,لونا|luna,أبواب,piece,5200,20,WPC,أبيض|رمادي
NORA,باب نورا,Nora door,نورا|nora,أبواب,piece,4800,20,WPC,أبيض|رمادي|جوزي
`, "ابيض, abyad, white => أبيض\nرمادي, ramadi, grey => رمادي\nجوزي, walnut => جوزي\n")
	checkCases(t, r, Order, []itemCase{
		{"عايز باب نورا لونه رمادي", []wantItem{{"NORA", 1, "رمادي", nil}}},
		{"محتاجين ٢ باب نورا للحمامات لونهم ابيض", []wantItem{{"NORA", 2, "أبيض", nil}}},
		{"3ayez bab nora ramadi", []wantItem{{"NORA", 1, "رمادي", nil}}},
		{"two Nora doors in walnut please", []wantItem{{"NORA", 2, "جوزي", nil}}},
		{"عايز ٢ باب نورا اللي مش بيشرب مية لونه ابيض", []wantItem{{"NORA", 2, "أبيض", nil}}},
		// the model said is still the model, and so is "لونه" after a
		// word of its own name or a count
		{"عايز باب لونا ابيض", []wantItem{{"LUNA", 1, "أبيض", nil}}},
		{"عايز ٣ باب لونه رمادي", []wantItem{{"LUNA", 3, "رمادي", nil}}},
	})
}

// TestRules_WaterIsNoHundred: "مية" after a present verb or "ضد"/"مقاوم"
// ("مش بيشرب مية", "مقاوم مية") is water, what the goods do with it, never
// 100 read as a size or a count; "مية متر" is still a hundred metres.
func TestRules_WaterIsNoHundred(t *testing.T) {
	r := rulesFrom(t, `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
WPCB,باب حمام WPC,WPC bathroom door,باب حمام|bathroom door,أبواب,piece,3900,30,WPC,أبيض|رمادي
LAMW,لامينيت ٨ مم,Laminate 8mm,لامينيت|laminate,أرضيات,sqm,330,900,HDF,بيج|رمادي
`, "ابيض, abyad, white => أبيض\nرمادي, ramadi, grey => رمادي\nبيج, beige => بيج\n")
	checkCases(t, r, Order, []itemCase{
		{"عايز ٢ باب حمام ابيض اللي مش بيشرب مية", []wantItem{{"WPCB", 2, "أبيض", []int{}}}},
		{"محتاج باب حمام رمادي بيقاوم المية وما بيتسرب مية", []wantItem{{"WPCB", 1, "رمادي", []int{}}}},
		{"3ayez bab hammam abyad", []wantItem{{"WPCB", 1, "أبيض", nil}}},
		{"2 white WPC bathroom doors please", []wantItem{{"WPCB", 2, "أبيض", []int{}}}},
		// a hundred metres is still a hundred
		{"عايز مية متر لامينيت بيج", []wantItem{{"LAMW", 100, "بيج", nil}}},
	})
}

// An office-blinds shop whose names hold places in other roles: a
// roller "for offices", one printed with "the company's" logo.
const lastMissOfficeCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
ROFF,رول بلاك أوت للمكاتب,Office blackout roller,بلاك اوت|blackout,roller,sqm,720,,بوليستر,أبيض|رمادي
RLOGO,رول مطبوع بلوجو الشركة,Logo-printed roller,رول مطبوع|printed roller,roller,sqm,1250,,بوليستر,
VENS,فينيسيان ألومنيوم ٢٥ مم,Aluminium venetian 25mm,فينيسيان|venetian,venetian,sqm,560,,ألومنيوم,فضي|أبيض
`

// TestRules_CustomersPlaceIsNoName: the customer's own place ("في
// الشركة", "والمكاتب") is where the goods go, never the product whose
// name holds it in another role ("للمكاتب": for offices; "بلوجو الشركة":
// the company's logo).
func TestRules_CustomersPlaceIsNoName(t *testing.T) {
	r := rulesFrom(t, lastMissOfficeCSV, "شباك, شبابيك, window, windows\nفضي, silver, fedy => فضي\nابيض, white => أبيض\nرمادي, grey => رمادي\n")
	checkCases(t, r, Order, []itemCase{
		{"معاك أستاذ سامح من المشتريات في الشركة، عايزين ٣ فينيسيان فضي كل واحد ١٠٠×١٢٠", []wantItem{{"VENS", 3.6, "فضي", []int{100, 120}}}},
		{"عندنا الاستقبال والمكاتب، عايزين فينيسيان فضي لشباكين كل شباك ١٠٠×١٠٠", []wantItem{{"VENS", 2, "فضي", []int{100, 100}}}},
		{"we need 2 silver venetian blinds 100x100 for the office", []wantItem{{"VENS", 2, "فضي", []int{100, 100}}}},
		// the products said by their own words are still them
		{"عايز رول بلاك أوت للمكاتب رمادي ٢٠٠×١٥٠", []wantItem{{"ROFF", 3, "رمادي", []int{200, 150}}}},
		{"عايز رول مطبوع بلوجو الشركة ١٥٠×١٥٠", []wantItem{{"RLOGO", 2.25, "", []int{150, 150}}}},
	})
}

// A blinds and floors shop whose family words open some names only
// ("ستارة بانل", "أرضية SPC"), the other members named without them.
const lastMissFamilyCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
SUNR,رول صن سكرين,Sunscreen roller,صن سكرين|sunscreen,roller,sqm,600,,بوليستر,رمادي|بيج
PANL,ستارة بانل,Panel blind,بانل|panel,panel,sqm,690,,بوليستر,بيج|أبيض
HONY,ستارة هاني كومب,Honeycomb blind,هاني كومب|honeycomb,pleated,sqm,1100,,بوليستر,أبيض
SPC4,أرضية SPC ٤ مم,SPC flooring 4mm,spc,spc,sqm,380,800,SPC,رمادي|بيج
VNLP,فينيل بلاطات لزق,Glue-down vinyl planks,فينيل|vinyl,vinyl,sqm,310,500,PVC,رمادي|بيج
COVC,كفر كرسي,Chair cover,,covers,piece,120,100,قماش,بيج
CHRD,كرسي سفرة,Dining chair,,chairs,piece,900,50,زان,بيج
SOFA,كنبة ٣ مقاعد,3-seat sofa,,sofas,piece,9000,10,قماش,بيج
`

// TestRules_FamilyWordBeforeKind: the trade's family word said before the
// member ("ستائر رول صن سكرين", "أرضية الفينيل") names no line of its own
// when the catalog names that member without it; a word that opens names
// of its own object ("كفر كرسي": كرسي opens the chairs') is no family word.
func TestRules_FamilyWordBeforeKind(t *testing.T) {
	r := rulesFrom(t, lastMissFamilyCSV, "ستارة, ستاره, ستائر, ستاير, setara, blind, blinds\nرول, roll, roller\nأرضية, ارضيه, ardeya, flooring\n"+
		"رمادي, ramadi, grey => رمادي\nبيج, beige => بيج\nابيض, white => أبيض\n")
	checkCases(t, r, Order, []itemCase{
		{"عايزين ستائر رول صن سكرين رمادي ٢٠٠×١٥٠", []wantItem{{"SUNR", 3, "رمادي", []int{200, 150}}}},
		{"محتاج ٤٠ متر أرضية الفينيل البلاطات بيج", []wantItem{{"VNLP", 40, "بيج", nil}}},
		{"3ayez setara roll sunscreen ramadi 200x150", []wantItem{{"SUNR", 3, "رمادي", []int{200, 150}}}},
		{"I need blinds: sunscreen roller in grey, 200x150", []wantItem{{"SUNR", 3, "رمادي", []int{200, 150}}}},
		// a member the catalog names with the family word keeps it
		{"محتاج ستارة بانل بيج ٣٠٠×٢٠٠", []wantItem{{"PANL", 6, "بيج", []int{300, 200}}}},
		{"عايز ٢٠ متر أرضية SPC رمادي", []wantItem{{"SPC4", 20, "رمادي", nil}}},
		// standard Arabic hundreds
		{"نرجو توريد ثلاثمائة متر مربع من أرضية الفينيل البلاطات رمادي", []wantItem{{"VNLP", 300, "رمادي", nil}}},
	})
	// "كفر كنبة": the cover is no family word, never the sofa alone
	res, err := r.Understand(context.Background(), "عايز كفر كنبة بيج")
	if err != nil {
		t.Fatal(err)
	}
	for _, it := range res.Items {
		if it.SKU == "SOFA" && len(res.Items) == 1 {
			t.Errorf("كفر كنبة read as the sofa alone: %+v", res.Items)
		}
	}
}

// TestRules_OwnerIsNoLine: "X بتاع/بتاعة Y" says whose X is: Y (and the
// words of its name after it) is no line of its own, and the amount and
// colour after it are X's.
func TestRules_OwnerIsNoLine(t *testing.T) {
	r := rulesFrom(t, `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
NOVA,باب نوفا,Nova door,نوفا|nova,أبواب,piece,5200,20,WPC,أبيض|رمادي
ARCW,كرانيش WPC,WPC architrave,كرنيش,كرانيش,meter,210,500,WPC,أبيض|رمادي
LOCK,كالون مغناطيس,Magnetic lock,كالون|lock,اكسسوارات,piece,350,200,,فضي|أسود
`, "ابيض, abyad, white => أبيض\nرمادي, ramadi, grey => رمادي\nاسود, black => أسود\n")
	checkCases(t, r, Order, []itemCase{
		{"عايز الكرانيش بتاعة النوفا رمادي ١٢ متر", []wantItem{{"ARCW", 12, "رمادي", nil}}},
		{"محتاج ٣ كالون اسود بتوع باب نوفا", []wantItem{{"LOCK", 3, "أسود", nil}}},
		{"3ayez el karanish beta3et el nova ramadi 12 metr", []wantItem{{"ARCW", 12, "رمادي", nil}}},
		{"I need 3 black locks for the Nova doors", []wantItem{{"LOCK", 3, "أسود", nil}}},
		// the door ordered with its own words is still a line
		{"عايز باب نوفا رمادي وكرانيش رمادي ١٠ متر", []wantItem{{"NOVA", 1, "رمادي", nil}, {"ARCW", 10, "رمادي", nil}}},
	})
}

// TestRules_PlacesCountedThenGoods: the rooms counted, their width said,
// then the doors counted ("عندنا تلات اوض … كلهم عرض ٩٠، عايزين تلاتة
// نوفا ٩٠"): the second count is the line's, no side of 3 m, and the one
// width said twice is one side.
func TestRules_PlacesCountedThenGoods(t *testing.T) {
	r := round8Rules(t)
	checkCases(t, r, Order, []itemCase{
		{"عندنا ٤ اوض وكلهم عرض ٩٠ فعايزين ٤ نوفا ٩٠ رمادي", []wantItem{{"NOVA90", 4, "رمادي", []int{90}}}},
		{"في الشقة تلات اوض كلهم عرض سبعين فعايز تلاتة نوفا سبعين ابيض", []wantItem{{"NOVA70", 3, "أبيض", []int{70}}}},
		{"we have 3 rooms, need 3 Nova 90 doors in grey", []wantItem{{"NOVA90", 3, "رمادي", []int{90}}}},
	})
}
