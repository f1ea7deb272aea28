package understand

import (
	"testing"
)

// Round 9's message-level classes, on round 8's test shop (doors by
// model and width, floors by thickness, linen) and a small shop of water
// heaters and camping goods named by litres and persons.
const round9CSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
HT40,سخان كهربا 40 لتر,Electric heater 40 L,سخان 40|heater 40,سخانات,piece,4200,20,صاج,أبيض|فضي
HT60,سخان كهربا 60 لتر,Electric heater 60 L,سخان 60|heater 60,سخانات,piece,5100,20,صاج,أبيض|فضي
TENT3,خيمة 3 افراد,Tent 3 persons,خيمة 3|tent 3,خيام,piece,1900,20,نايلون,أخضر|أزرق
TENT5,خيمة 5 افراد,Tent 5 persons,خيمة 5|tent 5,خيام,piece,2700,20,نايلون,أخضر|أزرق
VALVE,محبس زاوية,Angle valve,محبس|valve,سباكة,piece,85,500,نحاس,
PIPE,ماسورة بي بي ار,PPR pipe,ماسورة|pipe,سباكة,meter,45,900,PPR,أبيض|أخضر
FIX,تركيب سخان,Heater installation,تركيب|installation,خدمات,piece,300,,,
`

func round9Rules(t testing.TB) *Rules {
	t.Helper()
	return rulesFrom(t, round9CSV, "ابيض, abyad, white => أبيض\nفضي, fadi, silver => فضي\nاخضر, akhdar, green => أخضر\nازرق, azra2, blue => أزرق\nكهرباء, كهربا, electric => كهربا\nمحبس, ma7bas\n")
}

// TestRules_LastTimeAgain: "زي المرة اللي فاتت: …" (as last time) names
// what is ordered again; the time said ("اللي فاتت", "المرة دي") tells
// of no earlier purchase to set aside and is no goods.
func TestRules_LastTimeAgain(t *testing.T) {
	r := round8Rules(t)
	checkCases(t, r, Order, []itemCase{
		{"زي المرة اللي فاتت: ٣ باب نوفا ٩٠ ابيض، والمرة دي عايز كمان ٣ كالون", []wantItem{{"NOVA90", 3, "أبيض", []int{90}}, {"LOCK", 3, "", nil}}},
		{"زي الطلبية اللي فاتت بالظبط ٤٠ متر باركيه ١٢ رمادي، وعايز المرة دي وزرة جوزي ٢٠ متر", []wantItem{{"PRQ12", 40, "رمادي", nil}, {"SKRT8", 20, "جوز", nil}}},
		{"zay el marra elly fatet: 3 bab nova 90 abyad, we el marra di 3ayez kaman 3 kalon", []wantItem{{"NOVA90", 3, "أبيض", []int{90}}, {"LOCK", 3, "", nil}}},
		{"same as last time: 40 m of parquet 12 grey, and this time 20 m of walnut skirting too", []wantItem{{"PRQ12", 40, "رمادي", nil}, {"SKRT8", 20, "جوز", nil}}},
	})
}

// TestRules_CorrectedSizeOrVariant: a correction that names a size, a
// side or a variant by its measure ("لا استنى خليه ٩٠ في ٢١٠", "لا لا خليه
// ٦٠ لتر", "لا غلطت الطول ١٣٠ مش ١٢٠") puts the new figures where the old
// ones were said: one line, never the new figure read as how many.
func TestRules_CorrectedSizeOrVariant(t *testing.T) {
	r8, r9 := round8Rules(t), round9Rules(t)
	checkCases(t, r8, Order, []itemCase{
		{"عايز ستارة رول ابيض ١٢٠ في ١٥٠.. لا استنى خليها ١٤٠ في ١٥٠ احسن", []wantItem{{"ROLLB", 2.1, "أبيض", []int{140, 150}}}},
		{"ستارة رول رمادي ١٠٠ في ٢٠٠، لا غلطت العرض ١٢٠ مش ١٠٠", []wantItem{{"ROLLB", 2.4, "رمادي", []int{120, 200}}}},
		{"roller blind white 120 x 150, no wait make it 140 x 150", []wantItem{{"ROLLB", 2.1, "أبيض", []int{140, 150}}}},
		{"3ayez roller blind abyad 120 fe 150.. la esta khaliha 140 fe 150", []wantItem{{"ROLLB", 2.1, "أبيض", []int{140, 150}}}},
	})
	checkCases(t, r9, Order, []itemCase{
		{"عايز سخان كهربا ٤٠ لتر فضي، لا لا خليه ٦٠ لتر، نفس اللون", []wantItem{{"HT60", 1, "فضي", nil}}},
		{"محتاج خيمة ٣ افراد زرقا.. لا استنى احنا ٥ خليها ٥ افراد، و٢ محبس زاوية", []wantItem{{"TENT5", 1, "أزرق", nil}, {"VALVE", 2, "", nil}}},
		{"an electric heater 40 L in white, no wait, make it 60 L", []wantItem{{"HT60", 1, "أبيض", nil}}},
		{"3ayez sa5an kahraba 40 litre abyad, la la khalih 60 litre", []wantItem{{"HT60", 1, "أبيض", nil}}},
	})
}

// TestRules_ApprovedQuoteAndMore: an approval opening the message names
// the quote it approves ("موافق على عرض السعر بتاع …", "we approve your
// quote for …"): an order of what it names, no price asked, and "بس زود
// …" / "and add …" another line, never more words of the one before.
func TestRules_ApprovedQuoteAndMore(t *testing.T) {
	r := round9Rules(t)
	checkCases(t, r, Order, []itemCase{
		{"موافق على عرض السعر بتاع السخان الكهربا ٦٠ لتر الابيض بس زود ٢ محبس زاوية", []wantItem{{"HT60", 1, "أبيض", nil}, {"VALVE", 2, "", nil}}},
		{"موافقين على العرض بتاع خيمة ٥ افراد الخضرا بس زود خيمة ٣ افراد زرقا", []wantItem{{"TENT5", 1, "أخضر", nil}, {"TENT3", 1, "أزرق", nil}}},
		{"we approve your quote for the 60 L electric heater in silver, and add 2 angle valves", []wantItem{{"HT60", 1, "فضي", nil}, {"VALVE", 2, "", nil}}},
		{"ana mwafe2 3ala 3ard el se3r bta3 el sa5an 40 litre abyad bas zawed ma7bas", []wantItem{{"HT40", 1, "أبيض", nil}, {"VALVE", 1, "", nil}}},
	})
}

// TestRules_ListFrame: a bill of quantities or a formal request sent as a
// list — its title line, the basmala, a salutation, the formula naming
// what follows, who asks and a closing line with no goods — is the list's
// frame: every entry a line, every word placed, so the box answers it.
func TestRules_ListFrame(t *testing.T) {
	r := round9Rules(t)
	for _, c := range []itemCase{
		{"مقايسة شقة المعادي الدور الرابع:\n- سخان كهربا ٦٠ لتر ابيض عدد ٢\n- محبس زاوية ١٢\n- ماسورة ابيض ٤٠ م.ط\nالمهندس كريم",
			[]wantItem{{"HT60", 2, "أبيض", nil}, {"VALVE", 12, "", nil}, {"PIPE", 40, "أبيض", nil}}},
		{"بسم الله الرحمن الرحيم\nالسيد/ مدير المحل الأستاذ سامي\nنرجو تجهيز ما يلي لنادي الشباب بالقرية:\nعدد ٤ خيمة ٥ افراد خضرا\nعدد ١٠ محبس زاوية\nمع خالص الشكر، إدارة النادي",
			[]wantItem{{"TENT5", 4, "أخضر", nil}, {"VALVE", 10, "", nil}}},
		{"تطلب إدارة نادي الصيد توريد عدد ٣ سخان كهربا ٤٠ لتر فضي، وتفضلوا بقبول فائق الاحترام",
			[]wantItem{{"HT40", 3, "فضي", nil}}},
		{"Bill of quantities, villa 7:\n- 2 electric heaters 60 L white\n- 10 angle valve\nEng. Karim",
			[]wantItem{{"HT60", 2, "أبيض", nil}, {"VALVE", 10, "", nil}}},
		{"mo2aysa sha2et el ma3adi:\n- 2 sa5an kahraba 60 litre abyad\n- 12 ma7bas\nel mohandes karim",
			[]wantItem{{"HT60", 2, "أبيض", nil}, {"VALVE", 12, "", nil}}},
	} {
		checkPlaced(t, r, c.text, Order, c.want)
	}
}

// TestRules_AbroadWrapper: an Egyptian abroad ordering for a home here
// wraps the order in where they write from and whose flat it is for ("Hello
// from Dubai. For our apartment in New Cairo: …. Thanks", "I'm in Jeddah"):
// an order, however politely closed, the towns no goods.
func TestRules_AbroadWrapper(t *testing.T) {
	r := round9Rules(t)
	for _, c := range []itemCase{
		{"Hello from Dubai. For our apartment in New Cairo: 2 electric heaters 60 L in white and 4 angle valve. Thanks",
			[]wantItem{{"HT60", 2, "أبيض", nil}, {"VALVE", 4, "", nil}}},
		{"Salam, I'm in Jeddah. For my mum's flat in Mansoura: 1 tent 5 persons in green. Thank you",
			[]wantItem{{"TENT5", 1, "أخضر", nil}}},
		{"Hi! Flying in from London next week for a Sahel trip. Could you prepare 2 tents 3 persons in blue? I'll pick them up.",
			[]wantItem{{"TENT3", 2, "أزرق", nil}}},
		{"سلام من دبي، لشقة الوالدة في المنصورة: ٢ سخان كهربا ٦٠ لتر ابيض و٤ محبس زاوية. شكرا",
			[]wantItem{{"HT60", 2, "أبيض", nil}, {"VALVE", 4, "", nil}}},
		{"salam men dubai, le sha2et mama fel mansoura: 2 sa5an kahraba 60 litre abyad. shokran",
			[]wantItem{{"HT60", 2, "أبيض", nil}}},
	} {
		checkPlaced(t, r, c.text, Order, c.want)
	}
}

// TestRules_TwoPeopleOrdering: two people ordering in one message, each
// said at the start of their clause ("انا: …، هو: …", "انا …، وهي …",
// "me: …, him: …"), have their own lines, and "كل واحد فينا X" (each of
// us) is X for each of them.
func TestRules_TwoPeopleOrdering(t *testing.T) {
	r := round9Rules(t)
	checkCases(t, r, Order, []itemCase{
		{"انا واخويا هنطلب مع بعض. انا: سخان كهربا ٤٠ لتر ابيض. هو: ٢ محبس زاوية. وكل واحد فينا خيمة ٣ افراد زرقا",
			[]wantItem{{"HT40", 1, "أبيض", nil}, {"VALVE", 2, "", nil}, {"TENT3", 2, "أزرق", nil}}},
		{"طلب ليا ولجارتي: انا ٣٠ متر ماسورة ابيض، وهي ٢٠ متر ماسورة اخضر", []wantItem{{"PIPE", 30, "أبيض", nil}, {"PIPE", 20, "أخضر", nil}}},
		{"me and my brother: me: 1 electric heater 60 L white. him: 3 angle valve. and each of us 1 tent 5 persons in green",
			[]wantItem{{"HT60", 1, "أبيض", nil}, {"VALVE", 3, "", nil}, {"TENT5", 2, "أخضر", nil}}},
		{"ana w a5oya: ana: sa5an kahraba 40 litre abyad. howa: 2 ma7bas. w kol wa7ed fina 1 5eima 3 afrad",
			[]wantItem{{"HT40", 1, "أبيض", nil}, {"VALVE", 2, "", nil}, {"TENT3", 2, "", nil}}},
	})
}

// TestRules_PriceQuestions: a price asked, then another variant asked by
// its figure alone ("والـ ٦٠ لتر بكام؟", "And the 60 L?"), is a line of
// that variant; whether the shop has many of it ("وعندكم منه كتير؟") and
// the part of a home the work is for ("عندي ارضية قديمة") are talk.
func TestRules_PriceQuestions(t *testing.T) {
	r := round9Rules(t)
	for _, c := range []itemCase{
		{"السخان الكهربا ٤٠ لتر بكام؟ والـ ٦٠ لتر بكام؟", []wantItem{{"HT40", 1, "", nil}, {"HT60", 1, "", nil}}},
		{"How much is the electric heater 40 L? And the 60 L?", []wantItem{{"HT40", 1, "", nil}, {"HT60", 1, "", nil}}},
		{"sa5an kahraba 40 litre bkam? w el 60 litre bkam?", []wantItem{{"HT40", 1, "", nil}, {"HT60", 1, "", nil}}},
		{"محبس الزاوية بكام؟ وعندكم منه كتير؟", []wantItem{{"VALVE", 1, "", nil}}},
	} {
		checkPlaced(t, r, c.text, Inquiry, c.want)
	}
}

// TestRules_VoiceNoteTalk: a voice note typed out wraps the order in
// prayers ("ربنا يستر من الزحمة", "ربنا يباركلك ويبارك في عيالك", "God
// bless you and your kids"), a call's opening and who is who: all placed,
// none goods though a word of a prayer may spell a product's.
func TestRules_VoiceNoteTalk(t *testing.T) {
	r := round9Rules(t)
	for _, c := range []itemCase{
		{"الو يا حبيبي، احنا مسافرين الاسبوع الجاي، ربنا يستر من الزحمة، عايزة سخان كهربا ٦٠ لتر ابيض و٢ محبس زاوية، وربنا يباركلك ويبارك في عيالك",
			[]wantItem{{"HT60", 1, "أبيض", nil}, {"VALVE", 2, "", nil}}},
		{"alo ya 7abibi, rabena yestor, 3ayza sa5an kahraba 60 litre abyad, rabena ybarek feek",
			[]wantItem{{"HT60", 1, "أبيض", nil}}},
		{"عايزة سخان كهربا ٤٠ لتر فضي، وابعتلي حد يركب السخان الله يخليك ويخلي ولادك",
			[]wantItem{{"HT40", 1, "فضي", nil}, {"FIX", 1, "", nil}}},
		{"Hello my friend, God bless you and your kids. I need an electric heater 60 L in white",
			[]wantItem{{"HT60", 1, "أبيض", nil}}},
		// a past job told ("انت اللي عملتلي …"): context, not ordered again
		{"فاكرني؟ انت اللي ركبتلي خيمة ٥ افراد من زمان، وعايزة سخان كهربا ٤٠ لتر فضي",
			[]wantItem{{"HT40", 1, "فضي", nil}}},
	} {
		checkPlaced(t, r, c.text, Order, c.want)
	}
}

// TestRules_ServiceToTwo: a service done to a dual of its object ("تركيب
// سخانين", "ندف للمرتبتين") is done twice.
func TestRules_ServiceToTwo(t *testing.T) {
	r := round9Rules(t)
	checkCases(t, r, Order, []itemCase{
		{"عايز تركيب سخانين", []wantItem{{"FIX", 2, "", nil}}},
		{"زي المرة اللي فاتت: تركيب للسخانين، وعايز المرة دي ٢ محبس زاوية", []wantItem{{"FIX", 2, "", nil}, {"VALVE", 2, "", nil}}},
		{"عايز تركيب سخان", []wantItem{{"FIX", 1, "", nil}}},
	})
}

// TestRules_SameAgainInColour: "وطلب صاحبي: نفس الحاجتين بس اخضر" (my
// friend's: the same two things but green) orders the lines before again
// in that colour; a product not made in it asks its colour.
func TestRules_SameAgainInColour(t *testing.T) {
	r := round9Rules(t)
	checkCases(t, r, Order, []itemCase{
		{"طلبي: خيمة ٣ افراد زرقا وخيمة ٥ افراد زرقا. وطلب صاحبي: نفس الحاجتين بس خضرا",
			[]wantItem{{"TENT3", 1, "أزرق", nil}, {"TENT5", 1, "أزرق", nil}, {"TENT3", 1, "أخضر", nil}, {"TENT5", 1, "أخضر", nil}}},
		{"my order: 1 tent 3 persons in blue and 1 tent 5 persons in blue. my friend: the same again in green",
			[]wantItem{{"TENT3", 1, "أزرق", nil}, {"TENT5", 1, "أزرق", nil}, {"TENT3", 1, "أخضر", nil}, {"TENT5", 1, "أخضر", nil}}},
		{"talabi: 5eima 3 afrad azra2, w sa7bi nafs el 7agat bas akhdar",
			[]wantItem{{"TENT3", 1, "أزرق", nil}, {"TENT3", 1, "أخضر", nil}}},
	})
}

// TestRules_NewOneForOld: the old one described ("السخان اللي بقاله عشرين
// سنة خلاص مات") then "عايزة واحد جديد …" is a new one of that kind, the
// old one's words no line of their own.
func TestRules_NewOneForOld(t *testing.T) {
	r := round9Rules(t)
	checkCases(t, r, Order, []itemCase{
		{"السخان الكهربا اللي بقاله عشرين سنة خلاص مات الله يرحمه، عايزة واحد جديد ٦٠ لتر ابيض", []wantItem{{"HT60", 1, "أبيض", nil}}},
		{"الخيمة اللي بقالها عشر سنين خلاص، عايزين واحدة جديدة ٥ افراد خضرا", []wantItem{{"TENT5", 1, "أخضر", nil}}},
	})
}
