package understand

import (
	"context"
	"testing"
)

// Round 11's first-contact classes, on a small hardware and garden shop:
// nails named by their length, a bolt by its thickness, pieces whose
// names carry no figure, and a carpet sold by the metre.
const round11CSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
NAIL5,مسمار صلب ٥ سم,Steel nail 5 cm,مسمار ٥|masmar 5,مسامير,piece,2,9000,صلب,
NAIL8,مسمار صلب ٨ سم,Steel nail 8 cm,مسمار ٨|masmar 8,مسامير,piece,3,9000,صلب,
BOLT10,صامولة ١٠ مم,Nut 10 mm,صامولة,مسامير,piece,1,9000,حديد,
LOCK,قفل باب,Door lock,قفل|2efl,أقفال,piece,150,300,نحاس,فضي|ذهبي
MAT,حصيرة فوم,Foam mat,حصيرة|7aseera,أرضيات,piece,40,500,فوم,أزرق|أخضر
PIPE,ماسورة حديد,Iron pipe,ماسورة|masoora,مواسير,piece,220,200,حديد,
CHAIR,كرسي بلاستيك,Plastic chair,كرسي|korsy,كراسي,piece,180,300,بلاستيك,أبيض|أخضر
CARPET,موكيت رول عرض ٤ متر,Carpet roll 4 m wide,موكيت|mokeet,أرضيات,meter,300,800,بوليستر,رمادي|بيج
`

func round11Rules(t testing.TB) *Rules {
	t.Helper()
	return rulesFrom(t, round11CSV, "ابيض, abyad, white => أبيض\nاخضر, akhdar, green => أخضر\nازرق, azra2, blue => أزرق\nرمادي, rsasy, grey => رمادي\nبيج, beige => بيج\nدهبي, dahabi, gold => ذهبي\nفضي, fedy, silver => فضي\n")
}

// TestRules_DozensAfterTheProduct: dozens said after the product, after a
// size its name carries too ("مسمار … ٥ سم ٣ دستة"), are how many; never a
// side of the size, whatever the product's unit.
func TestRules_DozensAfterTheProduct(t *testing.T) {
	r := round11Rules(t)
	checkCases(t, r, Order, []itemCase{
		{"مسمار صلب ٥ سم ٣ دستة", []wantItem{{"NAIL5", 36, "", nil}}},
		{"عايز قفل باب دهبي ٢ دستة", []wantItem{{"LOCK", 24, "ذهبي", nil}}},
		{"قفل باب فضي دستة ونص", []wantItem{{"LOCK", 18, "فضي", nil}}},
		{"3ayez 2efl fedy 2 dasta", []wantItem{{"LOCK", 24, "فضي", nil}}},
		{"door lock in silver, 2 dozen please", []wantItem{{"LOCK", 24, "فضي", nil}}},
	})
}

// TestRules_ListLineEndsInItsCount: in a list written a line an entry, the
// figure closing a line is how many when it is no size of the products
// the line names — they give their own other size ("حصيرة" beside a 5 cm
// nail is no 5 cm), or every one of them carries it, so it chooses none;
// a figure that chooses among variants stays their size.
func TestRules_ListLineEndsInItsCount(t *testing.T) {
	r := rulesFrom(t, round11CSV+"TILE,بلاطة فوم ٦٠×٦٠,Foam tile 60x60,بلاطة فوم|balata foam,أرضيات,piece,30,900,فوم,أزرق|أخضر\nSTAKE,وتد حديد ٢ متر,Iron stake 2 m,وتد|watad,مواسير,piece,40,500,حديد,\nRUG50,سجادة حمام ٥٠×٨٠,Bath rug 50x80,سجادة,أرضيات,piece,90,100,قطن,\n",
		"ازرق, azra2, blue => أزرق\nاخضر, akhdar, green => أخضر\n")
	checkCases(t, r, Order, []itemCase{
		{"بلاطة فوم ازرق ٥٠\nبلاطة فوم اخضر ٢٠\nوتد حديد ١٠", []wantItem{{"TILE", 50, "أزرق", nil}, {"TILE", 20, "أخضر", nil}, {"STAKE", 10, "", nil}}},
		{"balata foam azra2 50\nwatad 2\nmasmar 5 12", []wantItem{{"TILE", 50, "أزرق", nil}, {"STAKE", 2, "", nil}, {"NAIL5", 12, "", nil}}},
		{"foam tile blue 40\niron stake 2\nsteel nail 8 cm 20", []wantItem{{"TILE", 40, "أزرق", nil}, {"STAKE", 2, "", nil}, {"NAIL8", 20, "", nil}}},
		{"وتد حديد ٢\nمسمار صلب ٨\nصامولة ٣٠", []wantItem{{"STAKE", 2, "", nil}, {"NAIL8", 1, "", []int{8}}, {"BOLT10", 30, "", nil}}},
	})
}

// TestRules_CustomersOwnSum: an amount after "=" or a total word that the
// amounts joined before it add up to is the same length said again, no
// more of it; the width said before them is no part of the sum.
func TestRules_CustomersOwnSum(t *testing.T) {
	r := round11Rules(t)
	checkCases(t, r, Order, []itemCase{
		{"عايز موكيت رمادي ٥ متر للصالة + ٢ متر ونص للمدخل = ٧ ونص متر", []wantItem{{"CARPET", 7.5, "رمادي", nil}}},
		{"موكيت بيج ٣ متر للاوضة + ٤ متر للصالة يعني ٧ متر", []wantItem{{"CARPET", 7, "بيج", nil}}},
		{"3ayez mokeet rsasy 2 metr + 3 metr ya3ni 5 metr", []wantItem{{"CARPET", 5, "رمادي", nil}}},
		{"I need the carpet roll in grey, 6 m + 2 m = 8 m", []wantItem{{"CARPET", 8, "رمادي", nil}}},
		{"موكيت عرض ٤ متر رمادي، ٣ متر + ٤ متر = ٧ متر", []wantItem{{"CARPET", 7, "رمادي", nil}}},
	})
}

// TestRules_CountAfterTheNoun: a number after the noun and before its
// colour is how many when the product's names give that figure only as a
// count of a part ("+ ٤ كراسي") and no part noun follows it; with the
// part noun it is the name's.
func TestRules_CountAfterTheNoun(t *testing.T) {
	r := rulesFrom(t, round11CSV+"SET,طقم جنينة ترابيزة + ٤ كراسي,Garden set table and 4 chairs,طقم جنينة|ta2m genena,اطقم,piece,2400,40,بلاستيك,أبيض|أخضر\n",
		"ابيض, abyad, white => أبيض\nاخضر, akhdar, green => أخضر\n")
	checkCases(t, r, Order, []itemCase{
		{"عايز طقم جنينة اربعة ابيض", []wantItem{{"SET", 4, "أبيض", nil}}},
		{"عايز طقم جنينة ٤ كراسي ابيض", []wantItem{{"SET", 1, "أبيض", nil}}},
		{"3ayez ta2m genena 4 akhdar w korsy abyad", []wantItem{{"SET", 4, "أخضر", nil}, {"CHAIR", 1, "أبيض", nil}}},
		{"garden set 4 white please", []wantItem{{"SET", 4, "أبيض", nil}}},
	})
}

// TestRules_QuoteAcceptedWithAdditions: accepting the quote the shop sent
// ("اللي بعتوه امبارح": when it was sent, nothing bought) and adding lines
// with "بس زود" ("but add", no "only" of a discrepancy) orders the added
// lines; it is no complaint.
func TestRules_QuoteAcceptedWithAdditions(t *testing.T) {
	r := round11Rules(t)
	checkCases(t, r, Order, []itemCase{
		{"موافق على عرض السعر اللي بعتوهولي امبارح بس زود عليه ٢ قفل باب فضي", []wantItem{{"LOCK", 2, "فضي", nil}}},
		{"موافقين على العرض اللي بعتوه، بس زودوا ٣ كراسي بلاستيك ابيض", []wantItem{{"CHAIR", 3, "أبيض", nil}}},
		{"mwafe2 3ala el 3ard elly ba3atoh embare7 bas zawed 2 2efl fedy", []wantItem{{"LOCK", 2, "فضي", nil}}},
		{"I accept the quote you sent yesterday, but add 2 silver door locks", []wantItem{{"LOCK", 2, "فضي", nil}}},
	})
}

// TestRules_CorrectedPartCount: a correction that counts a part of the
// product's name again ("٣ خطافات.. لا خليها الـ ٥ خطافات") chooses the
// variant with that many, the count of pieces untouched.
func TestRules_CorrectedPartCount(t *testing.T) {
	r := rulesFrom(t, round11CSV+"HOOK3,شماعة حيطة ٣ خطافات,Wall hanger 3 hooks,شماعة ٣ خطافات|shama3a 3 khotafat,شماعات,piece,90,100,خشب,أبيض|بني\nHOOK5,شماعة حيطة ٥ خطافات,Wall hanger 5 hooks,شماعة ٥ خطافات|shama3a 5 khotafat,شماعات,piece,130,100,خشب,أبيض|بني\n",
		"ابيض, abyad, white => أبيض\nبني, bonni, brown => بني\n")
	checkCases(t, r, Order, []itemCase{
		{"شماعة حيطة ٣ خطافات بني.. لا خليها الـ ٥ خطافات احسن", []wantItem{{"HOOK5", 1, "بني", nil}}},
		{"عايز ٢ شماعة ٣ خطافات ابيض لا خليهم ٥ خطافات", []wantItem{{"HOOK5", 2, "أبيض", nil}}},
		{"3ayez shama3a 5 khotafat bonni la khaleeha 3 khotafat", []wantItem{{"HOOK3", 1, "بني", nil}}},
		{"a wall hanger 3 hooks in white, no wait, make it the 5 hooks", []wantItem{{"HOOK5", 1, "أبيض", nil}}},
	})
}

// TestRules_SeenIsNoPurchase: the one the customer saw at the shop ("اللي
// شفته عندكم") was bought by no one: with "بس ابعتوهم بدري" (but send
// them early) it is an order, no complaint, and no question of stock.
func TestRules_SeenIsNoPurchase(t *testing.T) {
	r := round11Rules(t)
	checkCases(t, r, Order, []itemCase{
		{"عايز ٤ كراسي بلاستيك ابيض زي اللي شفتها عندكم بس ابعتوهم بكرة", []wantItem{{"CHAIR", 4, "أبيض", nil}}},
		{"3ayez 4 korsy abyad zay elly shoftaha 3andoko bas ab3atohom bokra", []wantItem{{"CHAIR", 4, "أبيض", nil}}},
	})
	// the one bought is still a purchase: what is wrong with it a complaint
	res, err := r.Understand(context.Background(), "القفل اللي خدته منكم امبارح بس مش بيقفل")
	if err != nil || res.Intent != Complaint {
		t.Errorf("a bought lock that does not lock: intent %v (%v), want complaint", res.Intent, err)
	}
}

// TestRules_RoomBeingFurnished: a room the customer makes or furnishes for
// someone ("اعمل اوضة للواد", "furnish a room for my son"), goods named
// after it, is where they go: no line of a bedroom set.
func TestRules_RoomBeingFurnished(t *testing.T) {
	r := rulesFrom(t, round11CSV+"SET,غرفة نوم كاملة,Bedroom set,اوضة نوم|bedroom set,غرف,piece,40000,3,MDF,أبيض\nKBED,سرير أطفال,Kids bed,سرير اطفال|kids bed|sereer atfal,سراير,piece,5000,10,MDF,أزرق|وردي\n",
		"ازرق, azra2, blue => أزرق\nاوضة نوم, اوضه, bedroom set, bedroom => اوضة نوم\n")
	checkCases(t, r, Order, []itemCase{
		{"عايزة اعمل اوضة للبنت، فعايزة سرير اطفال وردي", []wantItem{{"KBED", 1, "وردي", nil}}},
		{"a3mel oda lel walad: sereer atfal azra2", []wantItem{{"KBED", 1, "أزرق", nil}}},
		{"I want to furnish a room for my son: the kids bed in blue", []wantItem{{"KBED", 1, "أزرق", nil}}},
		{"عايز اعمل اوضة نوم كاملة", []wantItem{{"SET", 1, "", nil}}},
	})
}

// TestRules_JerrycansCount: a jerrycan ("جركن", plural "جراكن", the dual
// "جركنين") is a pack a shop counts goods in, like a bucket: its count
// is how many, the litres in the name the product's own.
func TestRules_JerrycansCount(t *testing.T) {
	r := rulesFrom(t, round11CSV+"PAINT4,دهان زيت ٤ لتر,Oil paint 4 L,دهان زيت|dahan zeit,دهانات,piece,400,100,زيت,\nPAINT18,دهان زيت ١٨ لتر,Oil paint 18 L,,دهانات,piece,1500,100,زيت,\n", "")
	checkCases(t, r, Order, []itemCase{
		{"محتاج ٣ جراكن دهان زيت ١٨ لتر", []wantItem{{"PAINT18", 3, "", nil}}},
		{"عايز جركنين دهان زيت ٤ لتر", []wantItem{{"PAINT4", 2, "", nil}}},
		{"3ayez 2 gerken dahan zeit", []wantItem{{"PAINT4", 2, "", nil}}},
		{"2 jerrycans of the 4 L oil paint", []wantItem{{"PAINT4", 2, "", nil}}},
	})
}

// TestRules_PairsInTheDual: a product sold as a pair ("(جوز)") said with
// the dual of its pair word after it ("… دهبي جوزين") is two of it, as
// before it; one pair named ("… جوز") is one.
func TestRules_PairsInTheDual(t *testing.T) {
	r := rulesFrom(t, round11CSV+"GLOVE,جوانتي شغل (جوز),Work gloves (pair),جوانتي|gwanty,عدد,piece,60,300,قطن,أزرق|أخضر\n",
		"ازرق, azra2, blue => أزرق\nاخضر, akhdar, green => أخضر\n")
	checkCases(t, r, Order, []itemCase{
		{"عايز جوانتي شغل ازرق جوزين", []wantItem{{"GLOVE", 2, "أزرق", nil}}},
		{"الجوانتي الاخضر هاتلي منه جوزين", []wantItem{{"GLOVE", 2, "أخضر", nil}}},
		{"جوانتي شغل ازرق جوز", []wantItem{{"GLOVE", 1, "أزرق", nil}}},
		{"work gloves in green, two pairs", []wantItem{{"GLOVE", 2, "أخضر", nil}}},
	})
}

// TestRules_FrancoGhain: Franco "gh" is غ, one letter: "sakhan ghaz" is
// the gas heater, never a word with ج then ه ("حامل أجهزة").
func TestRules_FrancoGhain(t *testing.T) {
	r := rulesFrom(t, round11CSV+"HTR-G,سخان غاز ١٠ لتر,Gas water heater 10 L,,سخانات,piece,3500,20,,\nHTR-E,سخان كهربا ٥٠ لتر,Electric water heater 50 L,,سخانات,piece,4200,20,,\nSTAND,حامل أجهزة,Appliance stand,,حوامل,piece,300,20,,\n", "")
	checkCases(t, r, Order, []itemCase{
		{"3ayez sakhan ghaz", []wantItem{{"HTR-G", 1, "", nil}}},
		{"3ayez 2 sakhan ghaz 10 litre", []wantItem{{"HTR-G", 2, "", nil}}},
		{"3ayez 7amel agheza", []wantItem{{"STAND", 1, "", nil}}},
	})
}

// TestRules_NumberWordCompounds: an English number word hyphenated to a
// word ("two-car", "five-hook") is a word of the product, as "2-car" is:
// never how many.
func TestRules_NumberWordCompounds(t *testing.T) {
	r := rulesFrom(t, round11CSV+"SHADE1,مظلة عربية واحدة,Car shade for 1 car,,مظلات,piece,9000,5,,\nSHADE2,مظلة عربيتين,Car shade for 2 cars,,مظلات,piece,16000,5,,\nHOOK3,شماعة ٣ خطافات,Hanger 3 hooks,,شماعات,piece,90,100,,\nHOOK5,شماعة ٥ خطافات,Hanger 5 hooks,,شماعات,piece,130,100,,\n", "")
	checkCases(t, r, Order, []itemCase{
		{"we need a two-car shade", []wantItem{{"SHADE2", 1, "", nil}}},
		{"one Two-car shade please", []wantItem{{"SHADE2", 1, "", nil}}},
		{"3 five-hook hangers", []wantItem{{"HOOK5", 3, "", nil}}},
	})
}

// TestRules_EnglishSizeBeforeDescribedHead: "and a 200x300 wool rug" —
// English says the size, describing words, then the head noun: another
// head than the line's, even past those words, opens the next line, its
// size its own.
func TestRules_EnglishSizeBeforeDescribedHead(t *testing.T) {
	r := rulesFrom(t, round11CSV+"RUG,سجادة صوف ٢٠٠×٣٠٠,Wool rug 200x300,,سجاد,piece,5000,10,صوف,\n", "ابيض, abyad, white => أبيض\n")
	checkCases(t, r, Order, []itemCase{
		{"two white plastic chairs and a 200x300 wool rug", []wantItem{{"CHAIR", 2, "أبيض", nil}, {"RUG", 1, "", []int{200, 300}}}},
		{"a door lock and a 200x300 wool rug", []wantItem{{"LOCK", 1, "", nil}, {"RUG", 1, "", []int{200, 300}}}},
	})
}

// TestRules_SameKindAnotherColour: "و٧ متر من نفس النوع بس رمادي" — an
// amount of "the same kind" is another line of the line before's product,
// in the colour said after it, the first line keeping its own.
func TestRules_SameKindAnotherColour(t *testing.T) {
	r := round11Rules(t)
	checkCases(t, r, Order, []itemCase{
		{"عايز ١٠ متر موكيت بيج، و٦ متر من نفس النوع بس رمادي", []wantItem{{"CARPET", 10, "بيج", nil}, {"CARPET", 6, "رمادي", nil}}},
		{"انا عايز ٥ متر موكيت رمادي، واخويا عايز ٣ متر من نفس الصنف بس بيج", []wantItem{{"CARPET", 5, "رمادي", nil}, {"CARPET", 3, "بيج", nil}}},
		{"3ayez 10 metr mokeet beige w 6 metr men nafs el no3 bas rsasy", []wantItem{{"CARPET", 10, "بيج", nil}, {"CARPET", 6, "رمادي", nil}}},
		{"10 m of the carpet roll in beige and 6 m of the same kind in grey", []wantItem{{"CARPET", 10, "بيج", nil}, {"CARPET", 6, "رمادي", nil}}},
	})
}

// TestRules_BareCorrection: "لا" right after a pause, with no "خليه",
// then a colour said better or another size of two sides, corrects the
// line: the new colour or size in place of the old.
func TestRules_BareCorrection(t *testing.T) {
	r := rulesFrom(t, round11CSV+"AWN,تندة قماش,Fabric awning,تندة|tenda,تندات,sqm,500,100,قماش,أزرق|أخضر\n",
		"ازرق, azra2, blue => أزرق\nاخضر, akhdar, green => أخضر\nابيض, abyad, white => أبيض\nدهبي, dahabi, gold => ذهبي\nفضي, fedy, silver => فضي\n")
	checkCases(t, r, Order, []itemCase{
		{"قفل باب فضي.. لا دهبي احسن، وكرسي بلاستيك ابيض", []wantItem{{"LOCK", 1, "ذهبي", nil}, {"CHAIR", 1, "أبيض", nil}}},
		{"تندة قماش اخضر ٤ في ٢.. لا ٤ في ٢ ونص", []wantItem{{"AWN", 10, "أخضر", []int{400, 250}}}},
		{"tenda azra2 3 x 2, la 3 x 3", []wantItem{{"AWN", 9, "أزرق", []int{300, 300}}}},
		{"a door lock in silver.. no, gold better", []wantItem{{"LOCK", 1, "ذهبي", nil}}},
	})
}

// TestRules_WorkOfTheGoods: English "installation of the hob" names the
// work, the goods after "of" its object: the service sold, never the
// goods lacking "installation".
func TestRules_WorkOfTheGoods(t *testing.T) {
	r := rulesFrom(t, round11CSV+"FIT,تركيب أقفال,Lock fitting,تركيب,خدمات,piece,100,,,\n", "فضي, fedy, silver => فضي\n")
	checkCases(t, r, Order, []itemCase{
		{"a silver door lock and fitting of the lock", []wantItem{{"LOCK", 1, "فضي", nil}, {"FIT", 1, "", nil}}},
		{"fitting of the lock please", []wantItem{{"FIT", 1, "", nil}}},
	})
}

// TestRules_EnglishArticleOpensEntry: in an English list, ", the Nova
// 5-hook hanger" — after a pause, an article and words (a hyphenated
// figure among them) leading to another head noun open that line, though
// a word of it (a series name) could name the line before.
func TestRules_EnglishArticleOpensEntry(t *testing.T) {
	r := rulesFrom(t, round11CSV+"NBED,سرير Nova ١٢٠,Nova bed 120,,سراير,piece,9000,5,MDF,أبيض\nNHOOK,شماعة Nova ٥ خطافات,Nova hanger 5 hooks,,شماعات,piece,200,20,MDF,أبيض\nNHOOK3,شماعة Nova ٣ خطافات,Nova hanger 3 hooks,,شماعات,piece,150,20,MDF,أبيض\n",
		"ابيض, abyad, white => أبيض\n")
	checkCases(t, r, Order, []itemCase{
		{"Nova bed 120 in white, the Nova 5-hook hanger in white", []wantItem{{"NBED", 1, "أبيض", nil}, {"NHOOK", 1, "أبيض", nil}}},
		{"a Nova bed 120 in white, a Nova 3-hook hanger in white", []wantItem{{"NBED", 1, "أبيض", nil}, {"NHOOK3", 1, "أبيض", nil}}},
	})
}

// TestRules_ArrangeIsAnOrder: English "please arrange: …" asks for the
// goods listed, as "I need" does: no word left unexplained.
func TestRules_ArrangeIsAnOrder(t *testing.T) {
	r := round11Rules(t)
	res, err := r.Understand(context.Background(), "Please arrange: two silver door locks and a white plastic chair")
	if err != nil || res.Intent != Order || len(res.Unexplained) > 0 || len(res.Items) != 2 {
		t.Errorf("please arrange: intent %v, items %d, unexplained %v (%v)", res.Intent, len(res.Items), res.Unexplained, err)
	}
}

// TestRules_CountedPairsOpenTheirLine: "و ٤ جوز جوانتي" — a count and the
// pair word after و open the line of what follows, never a side of the
// line before, whose name holds the same noun.
func TestRules_CountedPairsOpenTheirLine(t *testing.T) {
	r := rulesFrom(t, round11CSV+"GLOVE,جوانتي شغل (جوز),Work gloves (pair),جوانتي|gwanty,عدد,piece,60,300,قطن,أزرق|أخضر\nHOLDER,علاقة جوانتي,Glove holder,علاقة,عدد,piece,40,100,,\n",
		"ازرق, azra2, blue => أزرق\n")
	checkCases(t, r, Order, []itemCase{
		{"محتاج ٢ علاقة جوانتي و ٤ جوز جوانتي شغل ازرق", []wantItem{{"HOLDER", 2, "", nil}, {"GLOVE", 4, "أزرق", nil}}},
		{"2 3ela2a gwanty w 4 goz gwanty azra2", []wantItem{{"HOLDER", 2, "", nil}, {"GLOVE", 4, "أزرق", nil}}},
	})
}

// TestRules_HowManyLeft: "وفاضل منها كام؟" (and how many are left of it)
// asks about stock: an inquiry word, no goods of a line of its own.
func TestRules_HowManyLeft(t *testing.T) {
	r := round11Rules(t)
	checkCases(t, r, Inquiry, []itemCase{
		{"بكام القفل الدهبي؟ وفاضل منه كام عندكم؟", []wantItem{{"LOCK", 1, "ذهبي", nil}}},
		{"el 2efl el dahabi be kam? w fadel meno kam?", []wantItem{{"LOCK", 1, "ذهبي", nil}}},
	})
}

// TestRules_SpokenCar: "عربية" is the Egyptian "سيارة" the catalog writes
// (its dual and plural too): "مظلة عربيتين" is the shade for two cars.
func TestRules_SpokenCar(t *testing.T) {
	r := rulesFrom(t, round11CSV+"CV1,غطاء سيارة صالون,Saloon car cover,,اغطية,piece,700,10,,\nSH2,مظلة سيارتين,Two-car shade,,مظلات,piece,20000,3,,\n", "")
	checkCases(t, r, Order, []itemCase{
		{"عايز غطا عربية صالون", []wantItem{{"CV1", 1, "", nil}}},
		{"محتاج مظلة عربيتين", []wantItem{{"SH2", 1, "", nil}}},
	})
}
