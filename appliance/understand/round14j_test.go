package understand

import (
	"slices"
	"testing"

	"fatoora/catalog"
)

// Round 14's third pass, on a small shop of its own: café chairs and tables
// by the piece (a bentwood chair with the shop's word "كافيه" in its
// synonyms), parasols, and wall paint in gallons and buckets.
const round14jCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
CH-BENT,كرسي خشب منحني,Bentwood chair,كرسي كافيه|كرسي منحني,كراسي,piece,1400,90,زان,بني|أسود
CH-IRON,كرسي حديد مدهون,Painted iron chair,كرسي حديد,كراسي,piece,950,120,,أحمر|أسود
TB-CAFE,ترابيزة كافيه مدورة 70 سم,Round café table 70 cm,ترابيزة مدورة,ترابيزات,piece,2100,30,,
PARASOL,شمسية حديقة 2.5 متر,Garden parasol 2.5 m,شمسية|مظلة,مظلات,piece,3200,15,,بيج|أخضر
PAINT-G,دهان مائي ناصع جالون,Bright emulsion gallon,ناصع جالون,دهانات,piece,380,50,,أبيض|بيج
PAINT-B,دهان مائي ناصع بستلة,Bright emulsion bucket,ناصع بستلة,دهانات,piece,1250,20,,أبيض|بيج
SATIN-G,ستان بلاستيك جالون,Satin plastic gallon,ستان جالون,دهانات,piece,300,40,,أبيض|بيج
OIL-G,زيت لامع جالون,Gloss oil paint gallon,زيت جالون,دهانات,piece,650,20,,أبيض|أسود
VARN-G,ورنيش لامع جالون,Gloss varnish gallon,ورنيش جالون,دهانات,piece,560,18,,
PUTTY-G,معجون جاهز جالون,Ready putty gallon,معجون جالون,دهانات,piece,520,16,,
TAPE,شريط ورق لاصق,Masking tape,شريط ماسكنج,أدوات,piece,28,300,,
FACADE,دهان واجهات خارجي,Exterior facade painting,دهان واجهة,خدمات,sqm,130,,,
TWINE,دوبارة بكرة 100 متر,Twine spool 100 m,بكرة دوبارة,أدوات,piece,60,80,,
`

const round14jVocab = `كرسي, كراسي, korsy, chair, chairs
ترابيزة, ترابيزه, tarabeza, table
شمسية, شمسيه, parasol
جالون, جلن, galon, gallon
بستلة, بستله, جردل, bucket
أبيض, ابيض, abyad, white => أبيض
بيج, beige => بيج
بني, bonny, brown => بني
أسود, اسود, eswed, black => أسود
أحمر, احمر, a7mar, red => أحمر
أخضر, اخضر, green => أخضر
`

func round14jRules(t testing.TB) *Rules {
	t.Helper()
	return rulesFrom(t, round14jCSV, round14jVocab)
}

// TestRules_DozenAfterAPause: a dozen (or half of one) that opens a clause
// after a pause, before a head noun, is how many of the goods named after
// it — never a count of a catalog word said in the story before the pause
// ("احنا كافيه، عايزين دستة كرسي …": the shop's word "كافيه" had taken the
// dozen, and the chairs went out as one). English puts "a" and a colour
// between the dozen and its noun ("half a dozen red iron chairs").
func TestRules_DozenAfterAPause(t *testing.T) {
	r := round14jRules(t)
	checkCases(t, r, Order, []itemCase{
		{"احنا كافيه، عايزين دستة كرسي حديد احمر", []wantItem{{"CH-IRON", 12, "أحمر", nil}}},
		{"احنا كافيه صغير، عايزين نص دستة كرسي حديد احمر وترابيزة مدورة", []wantItem{{"CH-IRON", 6, "أحمر", nil}, {"TB-CAFE", 1, "", nil}}},
		{"e7na cafe, 3ayzin nos dasta korsy 7adid a7mar", []wantItem{{"CH-IRON", 6, "أحمر", nil}}},
		{"We're a small cafe, we need a dozen red iron chairs", []wantItem{{"CH-IRON", 12, "أحمر", nil}}},
		{"We're a small cafe, we need half a dozen red iron chairs", []wantItem{{"CH-IRON", 6, "أحمر", nil}}},
		{"half a dozen iron chairs in red please", []wantItem{{"CH-IRON", 6, "أحمر", nil}}},
		// a dozen after the goods, past a pause, is still theirs
		{"كرسي حديد احمر، ٢ دستة", []wantItem{{"CH-IRON", 24, "أحمر", nil}}},
		{"iron chairs red, 2 dozen", []wantItem{{"CH-IRON", 24, "أحمر", nil}}},
	})
}

// TestRules_BusinessToldAsTheReason: how the customer's place or business
// changes, told as why the goods are wanted, is placed talk: widening a
// place and a place holding something or not (the root وسع as Egyptian
// says it: "بنوسع الصالة", "الروف مش هيساع"), growing ("الزباين زادت"),
// a place word with a letter doubled for stress ("الرووف"), and in English
// the plans told ("We're opening a rooftop café", "expanding"), how the
// customer feels ("very excited") and "Hope you're doing well". A
// comparative of the same letters ("اوسع": wider) is no such verb.
func TestRules_BusinessToldAsTheReason(t *testing.T) {
	r := round14jRules(t)
	for _, c := range []itemCase{
		{"احنا كافيه وبنوسع الصالة بعد ما الزباين زادت، عايزين ٦ كرسي حديد احمر", []wantItem{{"CH-IRON", 6, "أحمر", nil}}},
		{"عايز ٤ كرسي حديد احمر.. لا خليهم ٣ بس الرووف مش هيساع", []wantItem{{"CH-IRON", 3, "أحمر", nil}}},
		{"Hi! Hope you're doing well. We're opening a rooftop cafe next month, very excited 😊 Need 6 red iron chairs please", []wantItem{{"CH-IRON", 6, "أحمر", nil}}},
		{"We are expanding the terrace, need 2 beige parasols", []wantItem{{"PARASOL", 2, "بيج", nil}}},
	} {
		t.Run(c.text, func(t *testing.T) { checkPlaced(t, r, c.text, Order, c.want) })
	}
	res, err := r.Understand(t.Context(), "عايز كرسي حديد احمر اوسع شوية")
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Contains(res.Unexplained, "اوسع") {
		t.Errorf("unexplained %q: the comparative اوسع (wider) describes goods, never placed as a verb", res.Unexplained)
	}
}

// TestRules_PackCountOfTheLineBefore: a count of a pack said with no word
// of its own after a line of a product whose names give that pack, in any
// of its spellings ("عندكم ستان بلاستيك ابيض؟ عايز ٦ جالون", "6 gallons":
// the shop's vocabulary may make "gallon" the word for جالون), is that
// line's amount — no second line between all the shop's gallons.
func TestRules_PackCountOfTheLineBefore(t *testing.T) {
	r := round14jRules(t)
	checkCases(t, r, Inquiry, []itemCase{
		{"عندكم ستان بلاستيك ابيض؟ عايز ٦ جالون", []wantItem{{"SATIN-G", 6, "أبيض", nil}}},
		{"3andoko satan blastik abyad? 3ayez 6 galon", []wantItem{{"SATIN-G", 6, "أبيض", nil}}},
	})
	checkCases(t, r, Order, []itemCase{
		{"do you have the satin plastic in white? I need 6 gallons", []wantItem{{"SATIN-G", 6, "أبيض", nil}}},
		// the pack said with the goods still chooses among their packs
		{"عايز ناصع ابيض ٦ جالون", []wantItem{{"PAINT-G", 6, "أبيض", nil}}},
	})
}

// TestRules_WantedAtTheShop: "عندكم" after a want-verb in a clause that
// asks nothing ("عايز دهان واجهة بالمتر عندكم، …", Franco "3andoko") says
// where the customer wants the work or the goods — at the shop — and is an
// order; "عندكم X؟" and a want-clause closed by "?" still ask.
func TestRules_WantedAtTheShop(t *testing.T) {
	r := round14jRules(t)
	checkIntents(t, r, []intentCase{
		{"عايز دهان واجهة خارجي للفيلا بالمتر عندكم، الواجهة ١٠ متر في ٨ متر", Order},
		{"3ayez dehan wag-ha khargy 80 metr 3andoko", Order},
		{"عندكم دهان واجهة خارجي؟ عايز ٨٠ متر", Inquiry},
		{"عايز دهان واجهة خارجي بالمتر عندكم؟ الواجهة ١٠ متر في ٨ متر", Inquiry},
	})
}

// TestRules_LineNamedOnAnUnknownWord: a line matched on part of its words
// whose naming runs on into an Arabic word the rules cannot place ("وبستلة
// دهان ايبوكسي": a paint the shop does not carry) is left unread for a
// person beside the carried lines, never the product its other words fit;
// a place it is for ("لبيت النور") names no goods.
func TestRules_LineNamedOnAnUnknownWord(t *testing.T) {
	r := round14jRules(t)
	for _, text := range []string{
		"عايز ٢ جالون ناصع ابيض وبستلة دهان ايبوكسي للجراج",
	} {
		t.Run(text, func(t *testing.T) {
			res, err := r.Understand(t.Context(), text)
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Items) != 2 || res.Items[0].SKU != "PAINT-G" || res.Items[0].Quantity != 2*catalog.One || res.Items[1].SKU != "" || !res.Items[1].Unread {
				t.Errorf("items %+v: want the gallons and an unread line of the epoxy paint", res.Items)
			}
		})
	}
	checkCases(t, r, Order, []itemCase{
		{"عايز ٣ شريط لبيت النور", []wantItem{{"TAPE", 3, "", nil}}},
	})
}

// TestRules_FrancoVoicedSad: Egyptian says ص before ق as ز ("لزق" for
// لصق), so a Franco "lazeq" is the لاصق of the shop's name.
func TestRules_FrancoVoicedSad(t *testing.T) {
	r := round14jRules(t)
	for _, c := range []itemCase{
		{"3ayez 3 shrit lazeq", []wantItem{{"TAPE", 3, "", nil}}},
		{"3ayez 2 galon naso3 abyad w 3 shrit wara2 lazq", []wantItem{{"PAINT-G", 2, "أبيض", nil}, {"TAPE", 3, "", nil}}},
	} {
		t.Run(c.text, func(t *testing.T) { checkPlaced(t, r, c.text, Order, c.want) })
	}
}

// TestRules_StoryToldBeforeTheWant: sentences that tell the customer's
// own story (a teller — I, we, a family member — with no figure, colour,
// want or need of their own) before a sentence opening with the want-verb
// and naming goods with a figure are context: the story's nouns ("كافيه",
// a word of the shop's chairs) are the customer's place and plans, no
// lines. A sentence ends at ".", "!", a new line or an emoji. Without a
// teller, or with a want of its own, the first sentence still orders.
func TestRules_StoryToldBeforeTheWant(t *testing.T) {
	r := round14jRules(t)
	for _, c := range []itemCase{
		{"صباح الخير، انا فاتح كافيه صغير قدام المحطة فهعمل ركن على الشباك. عايز ٦ كرسي حديد احمر", []wantItem{{"CH-IRON", 6, "أحمر", nil}}},
		{"ابويا مصمم يدهن واجهة البيت قبل العيد 😂 عايز ٢ جالون ناصع ابيض", []wantItem{{"PAINT-G", 2, "أبيض", nil}}},
	} {
		t.Run(c.text, func(t *testing.T) { checkPlaced(t, r, c.text, Order, c.want) })
	}
	checkCases(t, r, Order, []itemCase{
		{"كرسي كافيه بني. عايز ٦ كرسي حديد احمر", []wantItem{{"CH-BENT", 1, "بني", nil}, {"CH-IRON", 6, "أحمر", nil}}},
		{"انا عايز ٤ كرسي كافيه بني. وعايز ٦ كرسي حديد احمر", []wantItem{{"CH-BENT", 4, "بني", nil}, {"CH-IRON", 6, "أحمر", nil}}},
	})
}

// TestRules_TomorrowIsNoSpool: "بكرة" is tomorrow as well as a spool a
// shop sells by; with a part of the day after it ("تبعتهم بكرة الصبح",
// "bokra el sob7") or a preposition of time before it ("من بكرة") it is
// when, never a line asking which spool. Said as goods ("عايز بكرة
// دوبارة") it is still the spool.
func TestRules_TomorrowIsNoSpool(t *testing.T) {
	r := round14jRules(t)
	for _, c := range []itemCase{
		{"عايز ٦ كرسي حديد احمر، ياريت تبعتهم بكرة الصبح", []wantItem{{"CH-IRON", 6, "أحمر", nil}}},
		{"عايز ٦ كرسي حديد احمر من بكرة", []wantItem{{"CH-IRON", 6, "أحمر", nil}}},
	} {
		t.Run(c.text, func(t *testing.T) { checkPlaced(t, r, c.text, Order, c.want) })
	}
	checkCases(t, r, Order, []itemCase{
		{"عايز ٢ بكرة دوبارة", []wantItem{{"TWINE", 2, "", nil}}},
	})
}
