package understand

import (
	"slices"
	"testing"

	"fatoora/catalog"
)

// A hardware shop: ladders and copper wire made in sizes their names give
// as decimals ("1.80 متر", "2.50 مم"), a hose of one length, a drill.
const h28aToolsCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
LAD-180,سلم ألومنيوم 1.80 متر,Aluminium ladder 1.80 m,,سلالم,piece,1400,10,ألومنيوم,
LAD-240,سلم ألومنيوم 2.40 متر,Aluminium ladder 2.40 m,,سلالم,piece,1900,8,ألومنيوم,
WIRE-15,سلك نحاس 1.50 مم (لفة 100 متر),Copper wire 1.50 mm 100 m coil,,أسلاك,piece,900,30,نحاس,أحمر|أسود
WIRE-25,سلك نحاس 2.50 مم (لفة 100 متر),Copper wire 2.50 mm 100 m coil,,أسلاك,piece,1400,30,نحاس,أحمر|أسود
HOSE,خرطوم مياه 15 متر,Garden hose 15 m,,خراطيم,piece,250,20,بلاستيك,
DRILL,شنيور كهربا,Electric drill,,عدد,piece,1200,10,,
`

const h28aToolsVocab = `سلم, سلالم, sellem, ladder
سلك, اسلاك, selk, wire
خرطوم, خراطيم, khartoom, hose
شنيور, shanioor, drill
احمر, a7mar, red => أحمر
اسود, eswed, black => أسود
`

// TestRules_H28a_DecimalSizeInName: a decimal its names give as a size
// ("سلم ألومنيوم 2.40 متر", "سلك نحاس 2.50 مم") said after the goods, with
// its zeros or without ("٢.٤٠", "2.4", "٢.٥"), chooses that variant: one
// figure, one word, never a count of 2.4 ladders nor a length of 2.4 m
// left open between the two ladders. Franco "w" after it is "and", no watt.
func TestRules_H28a_DecimalSizeInName(t *testing.T) {
	r := rulesFrom(t, h28aToolsCSV, h28aToolsVocab)
	for _, c := range []struct {
		text string
		want []string
	}{
		{"عايز سلم ألومنيوم ٢.٤٠", []string{"LAD-240×1"}},
		{"عايز سلم ألومنيوم 1.8 وشنيور", []string{"LAD-180×1", "DRILL×1"}},
		{"3ayez sellem 2.40 w shanioor", []string{"LAD-240×1", "DRILL×1"}},
		{"I need an aluminium ladder 2.4 and a drill", []string{"LAD-240×1", "DRILL×1"}},
		{"عايز ٣ سلك نحاس ٢.٥ احمر", []string{"WIRE-25×3"}},
		{"محتاج سلك نحاس ١.٥٠ اسود", []string{"WIRE-15×1"}},
	} {
		res := understandText(t, r, c.text)
		if got := linesCounted(res); !slices.Equal(got, c.want) {
			t.Errorf("%q: lines %v, want %v", c.text, got, c.want)
		}
		for _, it := range res.Items {
			if len(it.Ambiguous) > 0 || len(it.Missing) > 0 && !slices.Equal(it.Missing, []string{"color"}) {
				t.Errorf("%q: %s ambiguous %d, missing %v; want it chosen", c.text, it.SKU, len(it.Ambiguous), it.Missing)
			}
		}
	}
}

// TestRules_H28a_LengthTheNameLacks: goods sold by the piece in the one
// length their name gives ("خرطوم مياه 15 متر") asked in another ("٢٥
// متر", Franco "2.5") miss their size: which, asked, never the 15 m hose
// invoiced. Its own length, said in metres or cm, and its price are no
// other size.
func TestRules_H28a_LengthTheNameLacks(t *testing.T) {
	r := rulesFrom(t, h28aToolsCSV, h28aToolsVocab)
	for _, c := range []struct {
		text  string
		other bool
	}{
		{"عايز خرطوم مياه ٢٥ متر", true},
		{"3ayez khartoom 2.5 w shanioor", true},
		{"I want a garden hose 10 m", true},
		{"عايز خرطوم مياه ١٥ متر", false},
		{"عايز خرطوم مياه 1500", false},
		{"خرطوم مياه (250)", false},
	} {
		res := understandText(t, r, c.text)
		if len(res.Items) == 0 || res.Items[0].SKU != "HOSE" {
			t.Errorf("%q: %+v, want the hose first", c.text, res.Items)
			continue
		}
		if got := slices.Contains(res.Items[0].Missing, "size"); got != c.other {
			t.Errorf("%q: missing %v, want size missing %v", c.text, res.Items[0].Missing, c.other)
		}
	}
}

// TestRules_H28a_NoPieceInPart: a decimal count before goods sold by the
// piece ("2.5 شنيور") is no quantity — how many, asked; a weight said with
// it ("2.5 كيلو") keeps its count path.
func TestRules_H28a_NoPieceInPart(t *testing.T) {
	r := rulesFrom(t, h28aToolsCSV, h28aToolsVocab)
	for _, text := range []string{"عايز 2.5 شنيور", "عايز ١.٥ سلم ألومنيوم ٢.٤٠", "I need 1.5 drill"} {
		res := understandText(t, r, text)
		if len(res.Items) != 1 || res.Items[0].Quantity.Float() != 1 || !slices.Contains(res.Items[0].Missing, "count") {
			t.Errorf("%q: %+v, want one line, its count asked", text, res.Items)
		}
	}
	res := understandText(t, r, "عايز 3 شنيور")
	if len(res.Items) != 1 || res.Items[0].Quantity.Float() != 3 || len(res.Items[0].Missing) > 0 {
		t.Errorf("3 شنيور: %+v, want three", res.Items)
	}
}

// A fabric shop: linen by the metre in two widths (the narrow one's
// synonym the bare kind), satin plain and glossy in other widths.
const h28aFabricCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
LIN-150,قماش كتان عرض 150 سم,Linen fabric 150 cm wide,قماش كتان|كتان,أقمشة,meter,120,,كتان,
LIN-280,قماش كتان عرض 2.80 متر,Linen fabric 2.80 m wide,كتان عريض,أقمشة,meter,210,,كتان,
SAT-150,قماش ستان عرض 150 سم,Satin fabric 150 cm wide,ستان,أقمشة,meter,90,,ستان,
SAT-GL,قماش ستان لامع عرض 90 سم,Glossy satin 90 cm wide,ستان لامع,أقمشة,meter,110,,ستان,
`

const h28aFabricVocab = `قماش, اقمشة, 2omash, fabric
كتان, kettan, linen
ستان, satan, satin
`

// TestRules_H28a_LengthSaidWidthNot: goods sold by the metre made in
// widths their names give, a length said and no width ("٥ متر قماش كتان",
// "kettan 5 metr", "linen fabric 5 m"): which width, asked — even where a
// synonym of one is all that was said. A width said chooses, in cm too
// where the name gives it in metres ("٢٨٠ سم" of "عرض 2.80 متر": no 2.8 m
// more of length); a name apart by a word too ("ستان لامع") is another
// kind, the plain one the default.
func TestRules_H28a_LengthSaidWidthNot(t *testing.T) {
	r := rulesFrom(t, h28aFabricCSV, h28aFabricVocab)
	both := []string{"LIN-150", "LIN-280"}
	for _, c := range []struct {
		text string
		want []string
	}{
		{"عايز ٥ متر قماش كتان", both},
		{"محتاج كتان ٥ متر", both},
		{"3ayez kettan 5 metr", both},
		{"I need linen fabric 5 m", both},
		{"عايز قماش كتان عرض ٢.٨٠ ٥ متر", []string{"LIN-280"}},
		{"عايز قماش كتان ٢٨٠ سم ٥ متر", []string{"LIN-280"}},
		{"عايز ٥ متر قماش كتان ٢٨٠ سم", []string{"LIN-280"}},
		{"عايز ٥ متر ستان", []string{"SAT-150"}},
	} {
		res := understandText(t, r, c.text)
		if got := linesAsked(res); !slices.Equal(got, c.want) {
			t.Errorf("%q: lines %v, want %v", c.text, got, c.want)
		}
		for _, it := range res.Items {
			if it.Quantity.Float() != 5 {
				t.Errorf("%q: %s ×%s, want 5 m", c.text, it.SKU, it.Quantity)
			}
		}
	}
}

// A T-shirt shop: printing done on the shirts (its name says them), and a
// delivery whose name ties it to no goods.
const h28aShirtsCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
TSH,تيشيرت قطن,Cotton t-shirt,تيشرت|tshirt,ملابس,piece,150,500,قطن,أبيض|أسود
PRINT,طباعة على التيشيرت,Printing on the t-shirt,طباعة|teba3a,خدمات,piece,40,,,
DELIV,توصيل للمنازل,Home delivery,توصيل,خدمات,piece,60,,,
`

const h28aShirtsVocab = `تيشيرت, تيشيرتات, تيشرت, tshirt, t-shirt, t-shirts
طباعة, طباعه, teba3a, printing
ابيض, abyad, white => أبيض
`

// TestRules_H28a_ServiceWithThem: a service said "with them" ("ومعاهم
// طباعة", Franco "w ma3ahom teba3a") or "on them" ("وطباعة عليهم",
// "printing on them") right after counted goods is done to each of them:
// their count, as "وتركيبهم" is. A service whose names tie it to no goods
// said so ("ومعاهم توصيل") is asked how many, never one in silence.
func TestRules_H28a_ServiceWithThem(t *testing.T) {
	r := rulesFrom(t, h28aShirtsCSV, h28aShirtsVocab)
	for _, text := range []string{
		"عايز ٣٠ تيشيرت قطن ابيض ومعاهم طباعة",
		"عايز ٣٠ تيشيرت قطن ابيض، ومعاهم الطباعة",
		"عايز ٣٠ تيشيرت قطن ابيض وطباعة عليهم",
		"3ayez 30 tshirt abyad w ma3ahom teba3a",
		"I need 30 white cotton t-shirts and printing on them",
	} {
		res := understandText(t, r, text)
		if got, want := linesCounted(res), []string{"TSH×30", "PRINT×30"}; !slices.Equal(got, want) {
			t.Errorf("%q: lines %v, want %v", text, got, want)
		}
	}
	res := understandText(t, r, "عايز ٣٠ تيشيرت قطن ابيض ومعاهم توصيل")
	if len(res.Items) != 2 || res.Items[1].SKU != "DELIV" || !slices.Contains(res.Items[1].Missing, "count") {
		t.Errorf("ومعاهم توصيل: %+v, want the delivery's count asked", res.Items)
	}
	res = understandText(t, r, "عايز تيشيرت قطن ابيض ومعاه طباعة")
	if got, want := linesCounted(res), []string{"TSH×1", "PRINT×1"}; !slices.Equal(got, want) || len(res.Items[1].Missing) > 0 {
		t.Errorf("one shirt: %v %+v, want %v", got, res.Items, want)
	}
}

// A plant nursery: pots and bags of soil.
const h28aNurseryCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
POT-CL,أصيص فخار,Clay pot,اصيص|qasreya,أصص,piece,80,200,فخار,
SOIL,شيكارة تربة زراعية,Potting soil bag,تربة|torba,تربة,piece,120,100,,
`

const h28aNurseryVocab = `اصيص, اصص, aseess, pot, pots
شيكارة, شكاير, shekara, bag
`

// TestRules_H28a_WriteThemN: "لا اكتبهم ٥" (no, write them down as five),
// "اعملهم ٥", "لا اكتبها ٢", Franco "la ektebhom 5" correct the count just
// said, as "لا خليهم ٥" does: a verb of making or writing with the goods
// as its object, never a word left unread.
func TestRules_H28a_WriteThemN(t *testing.T) {
	r := rulesFrom(t, h28aNurseryCSV, h28aNurseryVocab)
	for _, c := range []struct {
		text string
		want []string
	}{
		{"عايز ٣ اصيص فخار.. لا اكتبهم ٥، وشيكارة تربة", []string{"POT-CL×5", "SOIL×1"}},
		{"عايز ٣ اصيص فخار، اعملهم ٥", []string{"POT-CL×5"}},
		{"عايز شيكارة تربة.. لا اكتبها ٢", []string{"SOIL×2"}},
		{"3ayez 3 aseess fa5ar.. la ektebhom 5", []string{"POT-CL×5"}},
		{"عايز ٣ اصيص فخار.. لا خليهم ٥", []string{"POT-CL×5"}},
	} {
		res := understandText(t, r, c.text)
		if got := linesCounted(res); !slices.Equal(got, c.want) || len(res.Unexplained) > 0 {
			t.Errorf("%q: lines %v, unexplained %q; want %v", c.text, got, res.Unexplained, c.want)
		}
	}
}

// A home-textiles shop: bath towels in four colours.
const h28aTowelsCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
TWL-BATH,فوطة حمام قطن,Cotton bath towel,فوطة حمام,فوط,piece,180,300,قطن,أبيض|بيج|كحلي|وردي
`

const h28aTowelsVocab = `فوطة, فوط, فوطه, fota, fowat, towel, towels
حمام, 7amam, bath
ابيض, abyad, white => أبيض
بيج, beige => بيج
كحلي, ka7ly, navy => كحلي
`

// TestRules_H28a_CountOverColours: a count spread over as many colours
// listed after the goods — after a colon or "الوان"/"لون"/"colours", or
// three and more of them — is one piece of each ("٣ فوط حمام: ابيض وبيج
// وكحلي", "3 bath towels: white, beige and navy"). Two colours said bare
// may be one two-tone piece, and a count that is not the number of
// colours shares nothing: asked.
func TestRules_H28a_CountOverColours(t *testing.T) {
	r := rulesFrom(t, h28aTowelsCSV, h28aTowelsVocab)
	for _, c := range []struct {
		text string
		want []string
	}{
		{"عايز ٣ فوط حمام: ابيض وبيج وكحلي", []string{"أبيض", "بيج", "كحلي"}},
		{"عايز ٣ فوط حمام ابيض وبيج وكحلي", []string{"أبيض", "بيج", "كحلي"}},
		{"محتاج ٢ فوطة حمام الوان ابيض وكحلي", []string{"أبيض", "كحلي"}},
		{"I need 3 bath towels: white, beige and navy", []string{"أبيض", "بيج", "كحلي"}},
		{"3ayez 3 fowat 7amam: abyad w beige w ka7ly", []string{"أبيض", "بيج", "كحلي"}},
		{"عايز ٢ فوطة حمام ابيض وكحلي", nil},
		{"عايز ٤ فوط حمام: ابيض وبيج وكحلي", nil},
	} {
		res := understandText(t, r, c.text)
		var got []string
		for _, it := range res.Items {
			if it.SKU != "TWL-BATH" || c.want != nil && it.Quantity != catalog.One {
				t.Errorf("%q: %s ×%s, want one towel a line", c.text, it.SKU, it.Quantity)
			}
			if it.Color != "" {
				got = append(got, it.Color)
			}
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%q: colours %v, want %v", c.text, got, c.want)
		}
	}
}

// A home-goods shop: pyjamas of two and three pieces, cookware sets of
// five and seven.
const h28aPiecesCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
PJ-2,بيجامة قطن قطعتين,Two-piece cotton pyjama,,بيجامات,piece,350,50,قطن,كحلي|وردي
PJ-3,بيجامة قطن 3 قطع,Three-piece cotton pyjama,,بيجامات,piece,480,40,قطن,كحلي|وردي
POT-5,طقم حلل 5 قطع,Cookware set 5 pcs,,حلل,piece,1500,10,ستانلس,
POT-7,طقم حلل 7 قطع,Cookware set 7 pcs,,حلل,piece,2100,10,ستانلس,
`

const h28aPiecesVocab = `بيجامة, بيجامات, bijama, pyjama
حلل, 7alal, cookware
كحلي, ka7ly, navy => كحلي
`

// TestRules_H28a_PiecesOfTheName: how many pieces goods are made of, said
// right after them ("بيجامة قطن ٢ قطعة", "بيجامة قطعتين", Franco "bijama 3
// at3", "طقم حلل ٧ قطع") as a name of their kind gives it, is a word of
// that name choosing it — never how many of it; a count before the goods
// stays theirs.
func TestRules_H28a_PiecesOfTheName(t *testing.T) {
	r := rulesFrom(t, h28aPiecesCSV, h28aPiecesVocab)
	for _, c := range []struct {
		text string
		want []string
	}{
		{"عايزة بيجامة قطن ٢ قطعة كحلي", []string{"PJ-2×1"}},
		{"عايزة بيجامة قطعتين كحلي", []string{"PJ-2×1"}},
		{"3ayza bijama 3 at3 ka7ly", []string{"PJ-3×1"}},
		{"عايزة ٢ بيجامة ٣ قطع كحلي", []string{"PJ-3×2"}},
		{"عايز طقم حلل ٧ قطع", []string{"POT-7×1"}},
	} {
		res := understandText(t, r, c.text)
		if got := linesCounted(res); !slices.Equal(got, c.want) || len(res.Unexplained) > 0 {
			t.Errorf("%q: lines %v, unexplained %q; want %v", c.text, got, res.Unexplained, c.want)
		}
	}
}

// A watch shop: watches, and two works on the customer's own watches.
const h28aWatchCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
WT-MEN,ساعة يد رجالي,Men's wrist watch,ساعة رجالي,ساعات,piece,1200,20,ستانلس,فضي|ذهبي
WT-BATT,تغيير بطارية ساعة,Watch battery change,تغيير بطارية,خدمات,piece,80,,,
WT-GLASS,تغيير زجاج ساعة,Watch glass change,تغيير زجاج,خدمات,piece,150,,,
`

const h28aWatchVocab = `ساعة, ساعات, sa3a, watch
بطارية, بطاريه, battery
`

// TestRules_H28a_MyWorkOnGoods: a present verb of I or we right after a
// want ("عايز اغير بطارية ساعتين", "محتاجين نغير زجاج ٣ ساعات"), whose
// verbal noun is a work on the customer's own goods heading a service the
// shop sells, is that service, counted by the goods said; the verb said
// on the goods themselves ("عايز اغير ساعة") is no such service.
func TestRules_H28a_MyWorkOnGoods(t *testing.T) {
	r := rulesFrom(t, h28aWatchCSV, h28aWatchVocab)
	for _, c := range []struct {
		text string
		want []string
	}{
		{"عايز اغير بطارية ساعتين", []string{"WT-BATT×2"}},
		{"عايز اغير بطارية ساعة", []string{"WT-BATT×1"}},
		{"محتاجين نغير زجاج ٣ ساعات", []string{"WT-GLASS×3"}},
	} {
		res := understandText(t, r, c.text)
		if got := linesCounted(res); !slices.Equal(got, c.want) || len(res.Unexplained) > 0 {
			t.Errorf("%q: lines %v, unexplained %q; want %v", c.text, got, res.Unexplained, c.want)
		}
	}
	res := understandText(t, r, "عايز اغير ساعة")
	if slices.ContainsFunc(res.Items, func(it Item) bool { return it.SKU == "WT-BATT" || it.SKU == "WT-GLASS" }) {
		t.Errorf("اغير ساعة: %v, want no service", linesCounted(res))
	}
}

// A grocery: rice in 5 kg bags, tea in 250 g tins, sugar by the kilo.
const h28aGroceryCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
RICE-5,أرز مصري شيكارة 5 كيلو,Egyptian rice 5 kg bag,رز مصري,بقالة,piece,150,100,,
TEA-250,شاي ناعم علبة 250 جرام,Fine black tea 250 g tin,,بقالة,piece,60,100,,
SUGAR,سكر أبيض (بالكيلو),White sugar per kg,,بقالة,piece,30,500,,
COFFEE,بن محوج (كيس ربع كيلو),Spiced coffee quarter-kilo bag,,بقالة,piece,90,100,,
`

const h28aGroceryVocab = `ارز, رز, roz, rice
شاي, shay, tea
`

// TestRules_H28a_WeightOfPieces: a weight said of goods sold by the piece
// whose name gives what one piece holds ("٢٠ كيلو أرز" of "شيكارة 5
// كيلو", "كيلو شاي" of "علبة 250 جرام", "10 kg of rice") is that many
// pieces, never that many bags, the kilo said with no figure too ("كيلو بن"
// of "(كيس ربع كيلو)", its name's own word); a weight no whole number of
// them is asked; goods sold by the kilo keep the kilos.
func TestRules_H28a_WeightOfPieces(t *testing.T) {
	r := rulesFrom(t, h28aGroceryCSV, h28aGroceryVocab)
	for _, c := range []struct {
		text string
		want []string
	}{
		{"عايز ٢٠ كيلو أرز مصري", []string{"RICE-5×4"}},
		{"عايز ١ كيلو شاي ناعم", []string{"TEA-250×4"}},
		{"I need 10 kg of Egyptian rice", []string{"RICE-5×2"}},
		{"3ayez 10 kilo roz masry", []string{"RICE-5×2"}},
		{"عايز ٣ كيلو سكر أبيض", []string{"SUGAR×3"}},
		{"عايز ٢ شيكارة أرز مصري", []string{"RICE-5×2"}},
		{"عايز كيلو شاي ناعم", []string{"TEA-250×4"}},
		{"عايز نص كيلو شاي ناعم", []string{"TEA-250×2"}},
		{"عايز كيلو بن محوج", []string{"COFFEE×4"}},
		{"عايز ٢ كيلو بن محوج", []string{"COFFEE×8"}},
	} {
		res := understandText(t, r, c.text)
		if got := linesCounted(res); !slices.Equal(got, c.want) {
			t.Errorf("%q: lines %v, want %v", c.text, got, c.want)
		}
	}
	res := understandText(t, r, "محتاج ٧ كيلو أرز مصري")
	if len(res.Items) != 1 || !slices.Contains(res.Items[0].Missing, "count") {
		t.Errorf("٧ كيلو أرز: %+v, want how many asked", res.Items)
	}
}
