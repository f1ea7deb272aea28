package understand

import (
	"context"
	"slices"
	"testing"
)

// A fabric shop whose vocabulary groups a service's Arabic name with Latin
// spellings (the group's unit is then a Latin word), and a tile shop that
// sells the laying labour of each kind of tile.
const tailorCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
SAT,قماش ساتان,Satin fabric,,أقمشة,meter,180,,,أبيض|ذهبي
LNN,قماش كتان,Linen fabric,,أقمشة,meter,240,,,بيج|رمادي
KHT,تفصيل ستارة كسرات,Pleated curtain tailoring,,خدمات,meter,70,,,
RAIL,مجرى ستارة ألومنيوم,Aluminium curtain rail,,مجاري,meter,110,,,أبيض|فضي
`

const tailorVocab = "تفصيل, تفصيله, خياطة, tafseel, tailoring\nكتان, لينن, linen\nساتان, satan, satin\nابيض, abyad, white => أبيض\nبيج, beige => بيج\nرمادي, grey => رمادي\nفضي, silver => فضي\n"

// TestRules_ServiceOfGoodsSpelt: a service whose name heads with a تفعيل
// verbal noun is one however the vocabulary spells its unit ("tafseel"):
// said with no amount after the goods, it is done to them in their unit.
func TestRules_ServiceOfGoodsSpelt(t *testing.T) {
	r := rulesFrom(t, tailorCSV, tailorVocab)
	checkCases(t, r, Order, []itemCase{
		{"محتاجة ١٥ متر ساتان أبيض ومعاه الخياطة", []wantItem{{"SAT", 15, "أبيض", nil}, {"KHT", 15, "", nil}}},
		{"عايز ٩ متر كتان رمادي بالتفصيل", []wantItem{{"LNN", 9, "رمادي", nil}, {"KHT", 9, "", nil}}},
		{"3ayza 6 metr satan abyad w tafseel", []wantItem{{"SAT", 6, "أبيض", nil}, {"KHT", 6, "", nil}}},
		{"7 m of beige linen fabric with the tailoring", []wantItem{{"LNN", 7, "بيج", nil}, {"KHT", 7, "", nil}}},
	})
}

const tilerCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
GRN,جرانيت أسواني مصقول,Polished Aswan granite,,رخام وجرانيت,sqm,900,,,رمادي|أحمر
CER,سيراميك حوائط ٣٠×٩٠,Wall ceramic 30x90,,سيراميك,sqm,260,,,أبيض|بيج
LGR,مصنعية تركيب جرانيت,Granite laying labour,,خدمات,sqm,180,,,
LCE,مصنعية تركيب سيراميك,Ceramic laying labour,,خدمات,sqm,90,,,
`

// TestRules_LabourOfGoods: the shop's labour of a work ("مصنعية تركيب
// جرانيت") is a service like the work itself; said with no word telling
// its kinds apart, it is the one of the goods named with it, for their
// measure.
func TestRules_LabourOfGoodsByTheirAmount(t *testing.T) {
	r := rulesFrom(t, tilerCSV, "جرانيت, granite, granit\nسيراميك, ceramic, seramik\nمصنعيه, مصنعية, labour, masna3eya\nتركيب, installation, tarkeeb\nرمادي, grey, ramadi => رمادي\nبيج, beige => بيج\n")
	checkCases(t, r, Order, []itemCase{
		{"عايز ٢٢ متر جرانيت أسواني رمادي ومصنعية التركيب كمان", []wantItem{{"GRN", 22, "رمادي", nil}, {"LGR", 22, "", nil}}},
		{"محتاج سيراميك حوائط بيج ١٤ متر ومعاه المصنعية والتركيب", []wantItem{{"CER", 14, "بيج", nil}, {"LCE", 14, "", nil}}},
		{"3ayez 30 metr seramik beige w masna3eya el tarkeeb", []wantItem{{"CER", 30, "بيج", nil}, {"LCE", 30, "", nil}}},
		{"40 sqm of grey polished aswan granite and the installation labour", []wantItem{{"GRN", 40, "رمادي", nil}, {"LGR", 40, "", nil}}},
	})
}

// A shop whose variants differ by a figure in the name.
const sizedCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
SH100,شباك ألوميتال ١٠٠×١٢٠,Aluminium window 100x120,,شبابيك,piece,3200,20,,
SH120,شباك ألوميتال ١٢٠×١٢٠,Aluminium window 120x120,,شبابيك,piece,3700,20,,
SH60,شباك حمام ألوميتال ٦٠×٦٠,Aluminium bathroom window 60x60,,شبابيك,piece,1500,20,,
SH60K,شباك ألوميتال ٦٠×١٢٠,Aluminium window 60x120,,شبابيك,piece,2100,20,,
`

// TestRules_CountBeforeAnotherSize: after a line whose size figure chose
// its variant, "و" and a count before another such figure is that many of
// the other variant of the same kind ("واتنين ٦٠"), not the first line's
// count; "للحمام" after it says where they go.
func TestRules_CountBeforeAnotherSize(t *testing.T) {
	r := rulesFrom(t, sizedCSV, "الوميتال, ألوميتال, alumetal, aluminium\nشباك, شبابيك, shebbak, window\n")
	checkCases(t, r, Order, []itemCase{
		{"محتاج شباك ألوميتال ١٢٠ وتلاتة ١٠٠", []wantItem{{"SH120", 1, "", nil}, {"SH100", 3, "", nil}}},
		{"عايز شباك ألوميتال ١٠٠ واتنين ١٢٠ للمطبخ", []wantItem{{"SH100", 1, "", nil}, {"SH120", 2, "", nil}}},
		{"3ayez shebbak alumetal 120 w etnen 100", []wantItem{{"SH120", 1, "", nil}, {"SH100", 2, "", nil}}},
		{"one aluminium window 120 and two 100", []wantItem{{"SH120", 1, "", nil}, {"SH100", 2, "", nil}}},
	})
}

const handlesCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
DWD,باب خشب موسكي,Pine door,,أبواب,piece,2500,20,,
HBR,أكرة نحاس,Brass handle,,أكر,piece,200,50,,ذهبي|فضي
HNG,مفصلة ٣ بوصة,Hinge 3 inch,,خردوات,piece,15,500,,فضي
`

// TestRules_CollectivePluralLatinUnit: a head noun's plural said as its
// collective ("أكر" of أكرة), which the shop's vocabulary lists as a word
// of its own, is that noun even when the vocabulary rewrites the noun to a
// Latin spelling ("okra"): a line of its own with its count.
func TestRules_CollectivePluralLatinUnit(t *testing.T) {
	r := rulesFrom(t, handlesCSV, "أكرة, اوكرة, okra\nأكر, اوكر\nذهبي, دهبي, gold => ذهبي\nفضي, silver => فضي\n")
	checkCases(t, r, Order, []itemCase{
		{"عايز ٢ باب خشب موسكي. و ٢ أكر نحاس دهبي", []wantItem{{"DWD", 2, "", nil}, {"HBR", 2, "ذهبي", nil}}},
		{"محتاج ٥ أكر نحاس فضي و١٠ مفصلة ٣ بوصة", []wantItem{{"HBR", 5, "فضي", nil}, {"HNG", 10, "", nil}}},
	})
}

// TestRules_AddingVerb: "زود" / "ضيفلي" / "add" ask for more, as "عايز"
// does: no product word, and the count after it is the next line's.
func TestRules_AddingVerb(t *testing.T) {
	r := rulesFrom(t, handlesCSV, "أكرة, اوكرة, okra\nذهبي, دهبي, gold => ذهبي\nفضي, silver => فضي\nباب, bab, door\nمفصلة, mafsala, hinge\nنحاس, nehas, brass\n")
	checkPlaced(t, r, "عايز باب خشب موسكي، وزود ٦ مفصلة ٣ بوصة", Order, []wantItem{{"DWD", 1, "", nil}, {"HNG", 6, "", nil}})
	checkPlaced(t, r, "3ayez bab khashab moski w zawed 2 okra nehas dahabi", Order, []wantItem{{"DWD", 1, "", nil}, {"HBR", 2, "ذهبي", nil}})
	checkPlaced(t, r, "a pine door, and add 3 brass handles in gold", Order, []wantItem{{"DWD", 1, "", nil}, {"HBR", 3, "ذهبي", nil}})
}

const zebraCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
ZEB,ستارة زيبرا,Zebra blind,,رول وزيبرا,sqm,500,,,بيج|رمادي|أبيض
MKT,موكيت مكتب,Office carpet,,موكيت,sqm,300,,,رمادي|كحلي
`

// TestRules_ShareBySize: a count said once in one colour, then shared out
// by size ("واحدة … والتانية …", "one … and the other …"), is a line per
// share, each its size and the colour said once.
func TestRules_ShareBySize(t *testing.T) {
	r := rulesFrom(t, zebraCSV, "زيبرا, زبرا, zebra\nستارة, ستاره, ستارتين, blind, blinds\nبيج, beige, bej => بيج\nرمادي, grey, ramadi => رمادي\n")
	checkCases(t, r, Order, []itemCase{
		{"محتاجة ٢ زيبرا بيج، واحدة ٨٠×١٦٠ والتانية ١٢٠×١٦٠", []wantItem{{"ZEB", 1.28, "بيج", nil}, {"ZEB", 1.92, "بيج", nil}}},
		{"عايز ٣ زيبرا رمادي، واحدة مقاس ١٠٠×٢٠٠ واتنين مقاس ٥٠×٢٠٠", []wantItem{{"ZEB", 2, "رمادي", nil}, {"ZEB", 2, "رمادي", nil}}},
		{"3ayez 2 zebra bej, wa7da 100x100 w wa7da 50x100", []wantItem{{"ZEB", 1, "بيج", nil}, {"ZEB", 0.5, "بيج", nil}}},
		{"two beige zebra blinds, one 80x160 and the other 120x160", []wantItem{{"ZEB", 1.28, "بيج", nil}, {"ZEB", 1.92, "بيج", nil}}},
	})
}

const railsCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
RL1,مجرى ستارة خط واحد,Single curtain rail,,مجاري,meter,100,,,أبيض|فضي
RL2,مجرى ستارة خطين,Double curtain rail,,مجاري,meter,160,,,أبيض
ROD,ماسورة ستارة معدن,Metal curtain rod,,مواسير,meter,150,,,ذهبي|أسود
`

// TestRules_EachPieceLength: a count of pieces sold by the metre, then
// "كل <the same noun>" and a length ("طول كل مجرى ٢ متر", "each rod 1.6
// m"), is that many pieces of that length; a figure of the name said in it
// ("خط واحد") is no share of the count.
func TestRules_EachPieceLength(t *testing.T) {
	r := rulesFrom(t, railsCSV, "مجرى, مجري, مجاري, magra, rail, rails\nماسورة, ماسوره, مواسير, masoura, rod, rods\nخط, khat, line\nابيض, abyad, white => أبيض\nفضي, silver => فضي\nأسود, اسود, black => أسود\n")
	checkCases(t, r, Order, []itemCase{
		{"محتاج ٣ مجاري خط واحد فضي طول كل مجرى ٢ متر", []wantItem{{"RL1", 6, "فضي", nil}}},
		{"عايز ٥ مواسير معدن أسود، كل ماسورة ١.٦ متر", []wantItem{{"ROD", 8, "أسود", nil}}},
		{"3ayez 4 masoura ma3dan aswad kol masoura 1.5 metr", []wantItem{{"ROD", 6, "أسود", nil}}},
		{"4 black metal rods, each rod 1.5 m", []wantItem{{"ROD", 6, "أسود", nil}}},
	})
}

// TestRules_PrepareRequest: "برجاء تجهيز" / "جهزولي" (get it ready) ask
// for the goods as "عايز" does: no word left unread.
func TestRules_PrepareRequest(t *testing.T) {
	r := rulesFrom(t, railsCSV, "مجرى, مجري, مجاري, magra, rail, rails\nماسورة, ماسوره, مواسير, masoura, rod, rods\nأسود, اسود, black => أسود\n")
	checkPlaced(t, r, "برجاء تجهيز ٦ متر ماسورة معدن أسود", Order, []wantItem{{"ROD", 6, "أسود", nil}})
	checkPlaced(t, r, "جهزولي ٤ متر مجرى ستارة خطين", Order, []wantItem{{"RL2", 4, "", nil}})
}

const voileCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
FVL,قماش فوال فرنساوي عرض ٣ متر,French voile fabric 3 m wide,,أقمشة,meter,150,,,أبيض|بيج
FDM,قماش دمسك,Damask fabric,,أقمشة,meter,280,,,ذهبي|بيج
FTF,قماش تفتا,Taffeta fabric,,أقمشة,meter,120,,,بيج|رمادي
RVL,ستارة رول فوال,Voile roller blind,,رول,sqm,420,,,أبيض|بيج
PVL,ستارة جاهزة فوال ١٤٠×٢٦٠,Ready voile panel 140x260,,جاهز,piece,390,20,,أبيض
`

const marbleCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
TGL,بلاط رخام جلالة مصقول,Polished Galala marble tiles,,رخام,sqm,650,,,بيج
TCR,بلاط رخام كرارة,Carrara marble tiles,,رخام,sqm,900,,,أبيض
TGR,بلاط جرانيت رمادي,Grey granite tiles,,جرانيت,sqm,700,,,رمادي
TTR,بلاط رخام تريستا,Trista marble tiles,,رخام,sqm,750,,,بيج
WZG,وزرة رخام جلالة,Galala marble skirting,,وزر,meter,120,,,بيج
`

// TestRules_MetreInTheShopsTalk: a kind said with "N متر" and no head
// noun, which a product sold by the metre and one sold by area both
// carry, is read as the shop's trade says "متر": a length where it sells
// mostly by length (the fabric, not the roller blind), an area where it
// sells mostly by area (the tiles, not the skirting).
func TestRules_MetreInTheShopsTalk(t *testing.T) {
	fabric := rulesFrom(t, voileCSV, "فوال, فوالة, voile, fwal\nابيض, abyad, white => أبيض\nبيج, beige, bej => بيج\n")
	checkCases(t, fabric, Order, []itemCase{
		{"عايزة ١٢ متر فوال أبيض", []wantItem{{"FVL", 12, "أبيض", nil}}},
		{"3ayza 7 metr fwal bej", []wantItem{{"FVL", 7, "بيج", nil}}},
		{"9 m of white voile please", []wantItem{{"FVL", 9, "أبيض", nil}}},
	})
	tiles := rulesFrom(t, marbleCSV, "جلالة, جلاله, galala\nبيج, beige, bej => بيج\n")
	checkCases(t, tiles, Order, []itemCase{
		{"عايز ٣٠ متر جلالة بيج", []wantItem{{"TGL", 30, "بيج", nil}}},
		{"3ayez 45 metr galala bej", []wantItem{{"TGL", 45, "بيج", nil}}},
	})
}

// TestRules_AskedAboutAgain: a line's head noun said again with the
// article in a question after it ("والتفصيل بياخد كام يوم؟") points back to
// that line, no second line; another product asked that way is its own
// line ("… والمجرى؟").
func TestRules_AskedAboutAgain(t *testing.T) {
	r := rulesFrom(t, tailorCSV, tailorVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايزة ١٠ متر ساتان أبيض ومعاه تفصيل ستارة كسرات، والتفصيل بياخد كام يوم؟", []wantItem{{"SAT", 10, "أبيض", nil}, {"KHT", 10, "", nil}}},
		{"محتاج ٦ متر كتان بيج بالتفصيل، هو التفصيل بيخلص امتى؟", []wantItem{{"LNN", 6, "بيج", nil}, {"KHT", 6, "", nil}}},
	})
	checkItems(t, r, "بكام متر الساتان؟ والمجرى؟", Inquiry, []wantItem{{"SAT", 1, "", nil}, {"RAIL", 1, "", nil}})
}

const cafeCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
CKH,كرسي خيزران بمساند,Cane armchair,,كراسي,piece,1800,50,,بني|أسود
PAD,مخدة كرسي مقاومة للمية,Waterproof seat pad,,اكسسوارات,piece,250,100,,بيج|رمادي
STN,قاعدة حديد للترابيزة,Iron table base,,ترابيزات,piece,900,40,,أسود
TOP,سطح ترابيزة رخام ٦٠ سم,Marble table top 60 cm,,ترابيزات,piece,1500,40,,أبيض
`

// TestRules_CompanionEach: a piece said with "بال" right after a line of
// counted pieces, with no count of its own, comes one with each of them
// ("٨ كراسي … بالمخدة", "بالقواعد"); a count of its own stands.
func TestRules_CompanionEach(t *testing.T) {
	r := rulesFrom(t, cafeCSV, "بني, brown => بني\nأسود, اسود, black => أسود\nأبيض, ابيض, white => أبيض\nبيج, beige => بيج\n")
	checkCases(t, r, Order, []itemCase{
		{"عايز ٨ كراسي خيزران بني بالمخدة البيج", []wantItem{{"CKH", 8, "بني", nil}, {"PAD", 8, "بيج", nil}}},
		{"محتاج ٥ سطح ترابيزة رخام ٦٠ أبيض بالقواعد", []wantItem{{"TOP", 5, "أبيض", nil}, {"STN", 5, "", nil}}},
		{"عايز ٨ كراسي خيزران بني و٤ مخدة كرسي بيج", []wantItem{{"CKH", 8, "بني", nil}, {"PAD", 4, "بيج", nil}}},
	})
}

// TestRules_KindAskedBare: a kind said with no head noun and no amount
// right after a request ("عايزة فوال أبيض") is a line to ask about (its
// size, or which of the products of that kind), never a greeting; a place
// word is no kind ("بجهز حمام").
func TestRules_KindAskedBare(t *testing.T) {
	r := rulesFrom(t, voileCSV, "فوال, فوالة, voile, fwal\nدمسك, damask, demsk\nابيض, abyad, white => أبيض\nبيج, beige, bej => بيج\nذهبي, dahabi, gold => ذهبي\n")
	for _, text := range []string{"عايزة فوال أبيض", "محتاجة دمسك ذهبي", "3ayza fwal abyad", "I want white voile"} {
		res, err := r.Understand(context.Background(), text)
		if err != nil {
			t.Fatal(err)
		}
		if res.Intent != Order || len(res.Items) != 1 {
			t.Fatalf("%s: %s %+v, want one order line to ask about", text, res.Intent, res.Items)
		}
		if it := res.Items[0]; !it.Vague && !slices.Contains(it.Missing, "size") {
			t.Errorf("%s: %s×%s invoiceable, want its size or which product asked", text, it.SKU, it.Quantity)
		}
	}
}

const turfCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
TRF,نجيلة صناعي ٣٠ مم,Artificial turf 30 mm,,نجيلة,sqm,220,,,
TRI,تركيب نجيلة,Turf laying,,خدمات,sqm,40,,,
`

// TestRules_GoodsNotTheirService: the goods' head noun said alone is the
// goods, never the shorter-named work done to them ("تركيب نجيلة"); the
// work is chosen when its own noun is said.
func TestRules_GoodsNotTheirService(t *testing.T) {
	r := rulesFrom(t, turfCSV, "نجيلة, نجيله, nagila, turf, grass\nتركيب, tarkeeb, laying, installation\n")
	checkCases(t, r, Order, []itemCase{
		{"عايز نجيلة ٢٨ متر للسطح", []wantItem{{"TRF", 28, "", nil}}},
		{"3ayez nagila 45 metr", []wantItem{{"TRF", 45, "", nil}}},
		{"60 sqm of turf please", []wantItem{{"TRF", 60, "", nil}}},
		{"عايز تركيب نجيلة ٤٠ متر", []wantItem{{"TRI", 40, "", nil}}},
	})
}

// TestRules_ForPieces: "لـ ٤ أبواب" / "لأربع أبواب" / "for 4 doors" after
// a line says what the goods go with: no line of doors.
func TestRules_ForPieces(t *testing.T) {
	r := rulesFrom(t, handlesCSV, "أكرة, اوكرة, okra\nذهبي, دهبي, gold => ذهبي\nفضي, silver => فضي\nباب, ابواب, bab, door, doors\nمفصلة, mafsala, hinge, hinges\nنحاس, nehas, brass\nبوصة, inch\n")
	checkCases(t, r, Order, []itemCase{
		{"محتاج أكرة نحاس دهبي لـ ٣ أبواب", []wantItem{{"HBR", 1, "ذهبي", nil}}},
		{"عايز ١٢ مفصلة ٣ بوصة لأربع أبواب", []wantItem{{"HNG", 12, "", nil}}},
		{"I need 8 hinges 3 inch for 4 doors", []wantItem{{"HNG", 8, "", nil}}},
	})
}

// TestRules_PlacesDescribed: places counted with words of the catalog
// describing them ("عندي ٤ ترابيزات رخام، لكل ترابيزة …") are where the
// lines go, each line that many times; the describing words are no line.
func TestRules_PlacesDescribed(t *testing.T) {
	r := rulesFrom(t, cafeCSV, "بني, brown => بني\nبيج, beige => بيج\nترابيزة, ترابيزات, tarabeza, tables, table\nرخام, marble, rokham\n")
	checkPlaced(t, r, "عندي ٤ ترابيزات رخام، لكل ترابيزة كرسيين خيزران بني", Order, []wantItem{{"CKH", 8, "بني", nil}})
	checkPlaced(t, r, "عندي ٣ ترابيزات رخام، لكل ترابيزة مخدة كرسي بيج", Order, []wantItem{{"PAD", 3, "بيج", nil}})
}

// TestRules_EnglishCountBeforeSize: English says the count, describing
// words, a size with its unit, then the head noun ("4 Lecico 60 cm
// basins"): the size's unit does not stop the look for that head noun,
// so the count opens its own line.
func TestRules_EnglishCountBeforeSize(t *testing.T) {
	r := rulesFrom(t, cafeCSV, "بني, brown => بني\nأبيض, ابيض, white => أبيض\nكرسي, chair, chairs, armchair, armchairs\nخيزران, cane\nسطح, top, tops\nرخام, marble\n")
	checkCases(t, r, Order, []itemCase{
		{"6 cane armchairs in brown, 3 marble 60 cm table tops in white", []wantItem{{"CKH", 6, "بني", nil}, {"TOP", 3, "أبيض", nil}}},
	})
}

const glueCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
PT60,بورسلين سادة ٦٠×٦٠,Plain porcelain 60x60,,بورسلين,sqm,300,,,بيج|رمادي
PSK,وزرة بورسلين,Porcelain skirting,,تكميليات,meter,45,,,بيج|رمادي
PGL,لاصق بورسلين كيس ٢٠ كيلو,Porcelain adhesive 20 kg,,لواصق,piece,180,100,,
`

// TestRules_EnglishMeasureOfNextLine: "and 5 bags of the 20 kg … adhesive"
// after a line whose head noun some name shares with that figure is the
// adhesive's line, not another piece of the line before.
func TestRules_EnglishMeasureOfNextLine(t *testing.T) {
	r := rulesFrom(t, glueCSV, "بورسلين, porcelain, borselin\nوزرة, skirting, wezra\nلاصق, adhesive, glue\nبيج, beige => بيج\nرمادي, grey => رمادي\n")
	checkCases(t, r, Order, []itemCase{
		{"30 m of porcelain skirting in grey and 5 bags of the 20 kg porcelain adhesive", []wantItem{{"PSK", 30, "رمادي", nil}, {"PGL", 5, "", nil}}},
		{"30 m of porcelain skirting in grey and 5 bags of the 20 kg adhesive", []wantItem{{"PSK", 30, "رمادي", nil}, {"PGL", 5, "", nil}}},
	})
}
