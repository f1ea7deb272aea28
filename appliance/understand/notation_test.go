package understand

import (
	"context"
	"slices"
	"testing"
)

// A café-and-curtains supplier written for the notation classes of round
// 7: a pipe sold by the metre beside its hooks by the piece, pieces whose
// names carry a size (a door's width, a table's side, an umbrella's
// metres) or a unit of their own (a 25 kg bag, 10 cm foam, 40 mm grass).
const notationCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
PIPE,ماسورة ستارة معدن,Metal curtain pipe,ماسوره,مواسير,meter,150,100,معدن,دهبي|فضي
HOOK,كابولي ماسورة,Pipe hook,كابولي,اكسسوارات,piece,40,200,معدن,دهبي|فضي
STOOL,كرسي بلاستيك,Plastic chair,كرسي بلاستك,كراسي,piece,300,500,بلاستيك,أبيض|أخضر
TBL70,ترابيزة مربعة ٧٠ سم,Square table 70 cm,,ترابيزات,piece,1500,50,حديد,أبيض|أسود
TBL60,ترابيزة مدورة ٦٠ سم,Round table 60 cm,,ترابيزات,piece,1400,50,حديد,أبيض|أسود
DOOR80,باب خشب ٨٠ سم,Wooden door 80 cm,,أبواب,piece,3000,40,خشب,
DOOR90,باب خشب ٩٠ سم,Wooden door 90 cm,,أبواب,piece,3200,40,خشب,
GLUE25,لاصق بلاط كيس ٢٥ كيلو,Tile adhesive 25 kg,,مواد,piece,200,100,,
GLUE20,لاصق سيراميك كيس ٢٠ كيلو,Ceramic adhesive 20 kg,,مواد,piece,150,100,,
GROUT,ترويبة ايبوكسي,Epoxy grout,,مواد,piece,90,100,,أبيض|أسود
GRASS40,نجيلة صناعي ٤٠ مم,Artificial grass 40 mm,,نجيلة,sqm,250,,,
GRASS20,نجيلة صناعي ٢٠ مم,Artificial grass 20 mm,,نجيلة,sqm,180,,,
UMB3,شمسية ٣ متر,Umbrella 3 m,,شماسي,piece,5000,10,,بيج|أبيض
UMB25,شمسية مربعة ٢.٥ متر,Square umbrella 2.5 m,,شماسي,piece,2500,10,,بيج|أبيض
SET4,طقم كافيه (ترابيزة + ٤ كرسي بلاستيك),"Café set, table + 4 plastic chairs",,أطقم,piece,2500,10,بلاستيك,أبيض|أخضر
TBL120,ترابيزة مستطيلة ١٢٠×٨٠ سم,Rectangular table 120x80 cm,,ترابيزات,piece,2500,20,حديد,أبيض|أسود
TILE60,بورسلين لامع ٦٠×٦٠ (الكرتونة ١.٤٤ م²),Glossy porcelain 60x60,,بورسلين,sqm,400,500,بورسلين,أبيض|بيج
TILE30,سيراميك حوائط ٣٠×٦٠,Wall ceramic 30x60,,سيراميك,sqm,250,500,سيراميك,أبيض|بيج
FABCH,قماش شيفون,Chiffon fabric,,أقمشة,meter,100,300,بوليستر,أبيض|بيج
CRTCH,ستارة شيفون جاهزة,Ready chiffon curtain,,ستاير,piece,400,20,بوليستر,أبيض|بيج
INSDOOR,تركيب باب,Door installation,,خدمات,piece,300,,,
RATCH,كرسي راتان بمساند,Rattan armchair,,كراسي,piece,1200,50,راتان,بني|رمادي
RATSET,طقم راتان (ترابيزة + ٤ كرسي),"Rattan set, table + 4 chairs",,أطقم,piece,6000,10,راتان,بني|رمادي
BASE,قاعدة شمسية رخام,Marble umbrella base,,شماسي,piece,600,40,رخام,
TRIM,زاوية ألومنيوم,Aluminium trim,,تكميليات,piece,60,300,ألومنيوم,فضي|دهبي
FOAM5,لوح فوم ٥ سم,Foam board 5 cm,,فوم,sqm,300,,فوم,
FOAM3,لوح فوم ٣ سم,Foam board 3 cm,,فوم,sqm,200,,فوم,
INSUMB,تركيب شمسية,Umbrella installation,,خدمات,piece,200,,,
`

const notationVocab = `ابيض, أبيض, white, abyad => أبيض
اخضر, أخضر, green, akhdar => أخضر
اسود, أسود, black, eswed => أسود
دهبي, ذهبي, gold, dahaby => دهبي
فضي, silver => فضي
ترابيزة, ترابيزه, ترابيزات, tarabeza, table, tables
شمسية, شمسيه, shamseya, umbrella
بيج, beige, bej => بيج
بني, brown => بني
رمادي, grey, gray => رمادي
سيراميك, seramik, ceramic
حوائط, حيطان, wall
شيفون, shifon, chiffon
راتان, rattan
كرسي, korsy, chair
باب, bab, door
خشب, khashab, wooden
تركيب, tarkib, installation
`

// A line break is a hard boundary: a figure that starts the next line is
// that line's, never more of the line before (a second wall of a pipe
// sold by the metre).
func TestRules_LineBreakBoundary(t *testing.T) {
	r := rulesFrom(t, notationCSV, notationVocab)
	checkCases(t, r, Order, []itemCase{
		{"ماسورة ستارة دهبي ٣ متر\n٢ كابولي دهبي", []wantItem{{"PIPE", 3, "دهبي", []int{300}}, {"HOOK", 2, "دهبي", nil}}},
		{"ماسوره فضي ٢.٥ متر\n٤ كابولي ماسورة فضي\n", []wantItem{{"PIPE", 2.5, "فضي", []int{250}}, {"HOOK", 4, "فضي", nil}}},
		{"masoura dahaby 2 metr\n3 kaboly dahaby", []wantItem{{"PIPE", 2, "دهبي", []int{200}}, {"HOOK", 3, "دهبي", nil}}},
		{"metal curtain pipe silver 4 m\n6 pipe hooks silver", []wantItem{{"PIPE", 4, "فضي", []int{400}}, {"HOOK", 6, "فضي", nil}}},
	})
}

// A shop list writes the count at an entry's end after a dash, a "×" or in
// brackets, however large; beside a piece's named size it is how many,
// never a 2 cm side, and the named size stays the size.
func TestRules_ListCountNotation(t *testing.T) {
	r := rulesFrom(t, notationCSV, notationVocab)
	checkCases(t, r, Order, []itemCase{
		{"كرسي بلاستيك أبيض - ٤٨", []wantItem{{"STOOL", 48, "أبيض", nil}}},
		{"كرسي بلاستيك أخضر (٣٦)", []wantItem{{"STOOL", 36, "أخضر", nil}}},
		{"كرسي بلاستيك أبيض - ٤٨\nترابيزة مربعة ٧٠ أسود - ١٢", []wantItem{{"STOOL", 48, "أبيض", nil}, {"TBL70", 12, "أسود", []int{70}}}},
		{"باب خشب ٩٠ ×٢\nباب خشب ٨٠ ×١", []wantItem{{"DOOR90", 2, "", []int{90}}, {"DOOR80", 1, "", []int{80}}}},
		{"ترابيزة مدورة ٦٠ أبيض عدد ٨", []wantItem{{"TBL60", 8, "أبيض", []int{60}}}},
		{"korsy plastic akhdar - 40", []wantItem{{"STOOL", 40, "أخضر", nil}}},
		{"tarabeza 60 eswed (6)", []wantItem{{"TBL60", 6, "أسود", []int{60}}}},
		{"wooden door 80 x3, plastic chair white qty 50", []wantItem{{"DOOR80", 3, "", []int{80}}, {"STOOL", 50, "أبيض", nil}}},
		// the product's own size after the dash is its size, not a count
		{"ترابيزة أسود - ٧٠", []wantItem{{"TBL70", 1, "أسود", []int{70}}}},
	})
}

// A figure said with a measure the product's name carries beside it (a
// weight, a thickness in mm) is that name's, never how many; a size the
// name gives in metres, said bare or with its unit, is the named size in
// cm.
func TestRules_MeasureInName(t *testing.T) {
	r := rulesFrom(t, notationCSV, notationVocab)
	checkCases(t, r, Inquiry, []itemCase{
		{"How much is the 25 kg tile adhesive?", []wantItem{{"GLUE25", 1, "", nil}}},
		{"how much are the black epoxy grout and the 20 kg ceramic adhesive?", []wantItem{{"GROUT", 1, "أسود", nil}, {"GLUE20", 1, "", nil}}},
	})
	checkCases(t, r, Order, []itemCase{
		{"عايز ٤ شكاير لاصق بلاط ٢٥ كيلو", []wantItem{{"GLUE25", 4, "", nil}}},
		{"عايز لاصق ٢٠ كيلو", []wantItem{{"GLUE20", 1, "", nil}}},
		{"I need 50 sqm of the 40 mm artificial grass", []wantItem{{"GRASS40", 50, "", []int{4}}}},
		{"عايز ٥٠ متر نجيلة صناعي ٤٠ مم", []wantItem{{"GRASS40", 50, "", []int{4}}}},
		{"نجيلة ٢٠ مم ٣٠ متر و٤٠ مم ١٠ متر", []wantItem{{"GRASS20", 30, "", []int{2}}, {"GRASS40", 10, "", []int{4}}}},
		{"2 shamseya 2.5 abyad", []wantItem{{"UMB25", 2, "أبيض", []int{250}}}},
		{"I want 3 square 2.5 m umbrellas in beige", []wantItem{{"UMB25", 3, "بيج", []int{250}}}},
		{"عايز شمسية ٣ بيج", []wantItem{{"UMB3", 1, "بيج", []int{300}}}},
	})
}

// A question mark ends a line: what follows it ("And the …?") is another
// line, even when a set of both would fit the words together.
func TestRules_QuestionEndsLine(t *testing.T) {
	r := rulesFrom(t, notationCSV, notationVocab)
	checkCases(t, r, Inquiry, []itemCase{
		{"How much for 6 white plastic chairs? And the black 120x80 tables?", []wantItem{{"STOOL", 6, "أبيض", nil}, {"TBL120", 1, "أسود", []int{120, 80}}}},
		{"بكام ٦ كرسي بلاستيك أبيض؟ و الترابيزة الأسود ١٢٠×٨٠؟", []wantItem{{"STOOL", 6, "أبيض", nil}, {"TBL120", 1, "أسود", []int{120, 80}}}},
		{"be kam 6 korsy plastic abyad? w el tarabeza 120x80 eswed?", []wantItem{{"STOOL", 6, "أبيض", nil}, {"TBL120", 1, "أسود", []int{120, 80}}}},
	})
}

// A header naming the kind, then entries each with its amount: every entry
// is a line of that kind, chosen by its own size or shape word, the
// header's colour passed on unless the entry says its own.
func TestRules_HeaderEntries(t *testing.T) {
	r := rulesFrom(t, notationCSV, notationVocab)
	checkCases(t, r, Order, []itemCase{
		{"ترابيزة أسود: ٤ مدورة ٦٠ و٢ مربعة ٧٠", []wantItem{{"TBL60", 4, "أسود", []int{60}}, {"TBL70", 2, "أسود", []int{70}}}},
		{"عايز ترابيزات: ١٠ مدورة ٦٠ أبيض و٦ مربعة ٧٠ أسود", []wantItem{{"TBL60", 10, "أبيض", []int{60}}, {"TBL70", 6, "أسود", []int{70}}}},
		{"نجيلة صناعي: ٣٠ متر ٢٠ مم و١٥ متر ٤٠ مم", []wantItem{{"GRASS20", 30, "", []int{2}}, {"GRASS40", 15, "", []int{4}}}},
		{"tarabeza eswed: 3 60 w 2 70", []wantItem{{"TBL60", 3, "أسود", []int{60}}, {"TBL70", 2, "أسود", []int{70}}}},
		{"black tables: 4 round 60 cm and 2 square 70 cm", []wantItem{{"TBL60", 4, "أسود", []int{60}}, {"TBL70", 2, "أسود", []int{70}}}},
	})
}

// Packs of a product sold by area: a count of cartons is that many times
// what one holds, as the customer says it or as the catalog's name gives
// it; when neither says, the size is asked, never that many m² invoiced.
func TestRules_PackContent(t *testing.T) {
	r := rulesFrom(t, notationCSV, notationVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز ١٠ كراتين بورسلين ٦٠×٦٠ بيج", []wantItem{{"TILE60", 14.4, "بيج", []int{60, 60}}}},
		{"عايز ٦ كراتين سيراميك حوائط ٣٠×٦٠ أبيض، الكرتونة فيها ١.٥ متر", []wantItem{{"TILE30", 9, "أبيض", []int{30, 60}}}},
		{"سيراميك حوائط ٣٠×٦٠ بيج ٤ كراتين والكرتونة ١.٢ متر", []wantItem{{"TILE30", 4.8, "بيج", []int{30, 60}}}},
		{"I need 5 boxes of wall ceramic 30x60 white, each box is 1.08 sqm", []wantItem{{"TILE30", 5.4, "أبيض", []int{30, 60}}}},
		{"3ayez 4 karateen seramik 30x60 abyad, el kartona 1.5 metr", []wantItem{{"TILE30", 6, "أبيض", []int{30, 60}}}},
	})
	for _, text := range []string{"عايز ٨ كراتين سيراميك حوائط ٣٠×٦٠ أبيض", "8 boxes of wall ceramic 30x60 white"} {
		res, err := r.Understand(context.Background(), text)
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Items) != 1 || res.Items[0].SKU != "TILE30" || !slices.Contains(res.Items[0].Missing, "size") {
			t.Errorf("%s: %+v, want TILE30 with its size asked", text, res.Items)
		}
	}
}

// A kind several products share, said with no head noun but with a length
// ("٦ متر شيفون") or the price of a metre of it, names the one of them
// sold by the metre; with a size one name gives ("الفوم ٣ سم"), that one;
// after و and a line with its own length, it opens a line of its own.
func TestRules_KindWithLength(t *testing.T) {
	r := rulesFrom(t, notationCSV, notationVocab)
	checkCases(t, r, Inquiry, []itemCase{
		{"بكام متر الشيفون الأبيض؟", []wantItem{{"FABCH", 1, "أبيض", nil}}},
		{"بكام الفوم ٣ سم؟", []wantItem{{"FOAM3", 1, "", []int{3}}}},
		{"how much is the 5 cm foam?", []wantItem{{"FOAM5", 1, "", []int{5}}}},
	})
	checkCases(t, r, Order, []itemCase{
		{"عايز ٦ متر شيفون أبيض", []wantItem{{"FABCH", 6, "أبيض", nil}}},
		{"6 metr shifon beige", []wantItem{{"FABCH", 6, "بيج", nil}}},
		{"I need 6 m of chiffon in white", []wantItem{{"FABCH", 6, "أبيض", nil}}},
		// after و, once the line before has its length, such a kind is a
		// line of its own
		{"ماسورة ستارة دهبي ٣ متر وشيفون أبيض ٦ متر ونص", []wantItem{{"PIPE", 3, "دهبي", []int{300}}, {"FABCH", 6.5, "أبيض", []int{650}}}},
	})
}

// A service named by its verbal noun alone ("وتركيبه", "and the
// installation") beside goods is the one for those goods, when only one of
// the close services names them.
func TestRules_ServiceForGoods(t *testing.T) {
	r := rulesFrom(t, notationCSV, notationVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز باب خشب ٩٠ سم وتركيبه", []wantItem{{"DOOR90", 1, "", []int{90}}, {"INSDOOR", 1, "", nil}}},
		{"عايز ٢ شمسية ٣ متر بيج والتركيب", []wantItem{{"UMB3", 2, "بيج", []int{300}}, {"INSUMB", 1, "", nil}}},
		{"3ayez bab khashab 80 w tarkibo", []wantItem{{"DOOR80", 1, "", []int{80}}, {"INSDOOR", 1, "", nil}}},
		{"I need a wooden door 90 cm and the installation", []wantItem{{"DOOR90", 1, "", []int{90}}, {"INSDOOR", 1, "", nil}}},
	})
}

// The plural of a noun of the pattern فاعلة, which its consonants alone do
// not find when a root letter is weak (قواعد، زوايا), is that noun; an
// Arabic class, with no Franco or English form.
func TestRules_FawaailPlurals(t *testing.T) {
	r := rulesFrom(t, notationCSV, notationVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز ٢ شمسية ٣ متر بيج و٢ قواعد", []wantItem{{"UMB3", 2, "بيج", []int{300}}, {"BASE", 2, "", nil}}},
		{"عايز ١٠ زوايا ألومنيوم فضي", []wantItem{{"TRIM", 10, "فضي", nil}}},
		{"والزوايا الدهبي ٦", []wantItem{{"TRIM", 6, "دهبي", nil}}},
	})
}

// An English name's head noun ends its first part: what follows a comma
// ("Rattan set, table + 4 chairs") describes it, so "rattan chairs" are
// the chairs, not the set that counts four of them.
func TestRules_EnglishHeadBeforeComma(t *testing.T) {
	r := rulesFrom(t, notationCSV, notationVocab)
	checkCases(t, r, Inquiry, []itemCase{
		{"How much for 12 rattan chairs in brown?", []wantItem{{"RATCH", 12, "بني", nil}}},
		{"how much is the rattan set in grey?", []wantItem{{"RATSET", 1, "رمادي", nil}}},
	})
}
