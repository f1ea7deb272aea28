package understand

import "testing"

// Branch h40b, on catalogs of their own (none of round 40's names or
// sentences): a tour company, a felucca hire on the Nile, an aqua park
// and a polo-shirt shop.
const h40bTourCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
LUXOR,رحلة الأقصر يوم واحد (للفرد),Luxor day trip,رحلة الاقصر|الاقصر,رحلات,piece,1500,,,
DINNER,عشا على المركب (للفرد),Dinner cruise,عشا|عشا مركب,رحلات,piece,700,,,
GUIDE,مرشد سياحي (لليوم),Tour guide (per day),مرشد|جايد,خدمات,piece,900,,,
`

const h40bTourVocab = `الاقصر, luxor, lo2sor
عشا, dinner, 3asha
مرشد, guide
`

const h40bBoatCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
FELUCCA,فلوكة في النيل (للساعة لحد 10 أفراد),Felucca on the Nile for up to 10 (per hour),فلوكة|فلوكه,مراكب,piece,500,,,
FELUCCA-BIG,فلوكة كبيرة في النيل (للساعة لحد 20 فرد),Big felucca for up to 20 (per hour),فلوكة كبيرة,مراكب,piece,900,,,
JUICE,عصير فريش,Fresh juice,عصير,مشروبات,piece,40,,,
`

const h40bBoatVocab = `فلوكة, felucca, falooka, feluka
عصير, juice, 3aseer
`

const h40bAquaCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
AQUA-ADULT,دخول أكوا بارك (للفرد الكبير),Aqua park entry (adult),اكوا بارك كبار,دخول,piece,600,,,
AQUA-KID,دخول أكوا بارك أطفال من 3 لـ 10 سنين (للطفل),Aqua park entry child 3-10 years,اكوا بارك اطفال,دخول,piece,300,,,
TUBE,عوامة تيوب (لليوم),Tube float (per day),تيوب,ادوات,piece,80,,,
`

const h40bAquaVocab = `اكوا, aqua, akwa
بارك, park
تيوب, tube
`

const h40bShirtCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
POLO-M,تيشيرت بولو مقاس M,Polo shirt size M,تيشيرت بولو|بولو,تيشيرتات,piece,350,20,,أبيض|كحلي
POLO-L,تيشيرت بولو مقاس L,Polo shirt size L,بولو لارج,تيشيرتات,piece,350,20,,أبيض|كحلي
CAP,كاب,Cap,كاب|طاقية,اكسسوار,piece,120,10,,أسود
`

const h40bShirtVocab = `بولو, polo
تيشيرت, tshirt, t-shirt, shirt
ابيض, بيضا, white, abyad => أبيض
كحلي, navy, ka7ly => كحلي
`

// TestRules_PersonDualCountsLineSoldPerPerson: a person noun in the dual
// ("لفردين", "لشخصين", Franco "le shakhseen") on a line whose Arabic name
// prices it per person ("(للفرد)") is two of it; a line priced per day
// beside it keeps its own count.
func TestRules_PersonDualCountsLineSoldPerPerson(t *testing.T) {
	r := rulesFrom(t, h40bTourCSV, h40bTourVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز رحلة الاقصر لفردين", []wantItem{{"LUXOR", 2, "", nil}}},
		{"عايزين عشا على المركب لشخصين ومرشد", []wantItem{{"DINNER", 2, "", nil}, {"GUIDE", 1, "", nil}}},
		{"3ayez re7lat el lo2sor le shakhseen", []wantItem{{"LUXOR", 2, "", nil}}},
	})
}

// TestRules_PeopleToldChooseByCapacity: how many the customers are ("احنا
// ١٢", "e7na 7", "we are 15") chooses, among places whose names state how
// many people they hold, the smallest that holds them — one of it, the
// hours said kept; two counts held by different places ("احنا ٨ وممكن
// نبقى ١٥") are asked between them.
func TestRules_PeopleToldChooseByCapacity(t *testing.T) {
	r := rulesFrom(t, h40bBoatCSV, h40bBoatVocab)
	checkChosen(t, r, []itemCase{
		{"عايزين فلوكة ساعتين، احنا ١٢", []wantItem{{"FELUCCA-BIG", 2, "", nil}}},
		{"e7na 7 3ayzeen falooka sa3a", []wantItem{{"FELUCCA", 1, "", nil}}},
		{"we are 15, we want a felucca for an hour", []wantItem{{"FELUCCA-BIG", 1, "", nil}}},
	})
	checkAskedAmong(t, r, "عايزين فلوكة ساعة، احنا ٨ وممكن نبقى ١٥", "FELUCCA", "FELUCCA-BIG")
}

// TestRules_PeopleOfNoAgeAreAdults: a line asked between an adults' and a
// children's product of one service takes the adults' when the people
// told are of no age ("احنا ٤ صحاب", "انا ومراتي", Franco "ana w merati",
// "لفردين"); a son named with no age asks between both, even where the
// bare noun names the grown-up line.
func TestRules_PeopleOfNoAgeAreAdults(t *testing.T) {
	r := rulesFrom(t, h40bAquaCSV, h40bAquaVocab)
	checkChosen(t, r, []itemCase{
		{"احنا ٤ صحاب عايزين دخول اكوا بارك", []wantItem{{"AQUA-ADULT", 4, "", nil}}},
		{"انا ومراتي عايزين دخول اكوا بارك", []wantItem{{"AQUA-ADULT", 2, "", nil}}},
		{"ana w merati 3ayzeen aqua park", []wantItem{{"AQUA-ADULT", 2, "", nil}}},
		{"عايز دخول اكوا بارك لفردين", []wantItem{{"AQUA-ADULT", 2, "", nil}}},
	})
	checkAskedAmong(t, r, "عايز دخول اكوا بارك لابني", "AQUA-ADULT", "AQUA-KID")
	r2 := rulesFrom(t, h40bTourCSV+"KIDS-TRIP,رحلة الأقصر أطفال (للطفل),Luxor day trip for kids,رحلة اطفال,رحلات,piece,800,,,\n", h40bTourVocab)
	for _, text := range []string{"عايز رحلة الاقصر لابني", "3ayez re7lat el lo2sor le ebni", "the Luxor day trip for my son please"} {
		t.Run(text, func(t *testing.T) { checkAskedAmong(t, r2, text, "LUXOR", "KIDS-TRIP") })
	}
}

// TestRules_LetterSizeUnsaidIsAsked: a product made in letter sizes, each
// its own line ("مقاس M", "size L"), named with no size — even by the bare
// noun one size's synonym holds — is asked between the sizes; a size
// said chooses; sizes said per person after a line counted for each
// share it out, the colour said once theirs.
func TestRules_LetterSizeUnsaidIsAsked(t *testing.T) {
	r := rulesFrom(t, h40bShirtCSV, h40bShirtVocab)
	for _, text := range []string{"عايز تيشيرت بولو ابيض", "3ayez polo abyad"} {
		t.Run(text, func(t *testing.T) { checkAskedAmong(t, r, text, "POLO-M", "POLO-L") })
	}
	checkChosen(t, r, []itemCase{
		{"عايز تيشيرت بولو لارج ابيض", []wantItem{{"POLO-L", 1, "أبيض", nil}}},
		{"عايز تيشيرت بولو مقاس M كحلي", []wantItem{{"POLO-M", 1, "كحلي", nil}}},
		{"انا واخويا عايزين تيشيرت بولو لكل واحد، انا مقاس L وهو M، كحلي الاتنين", []wantItem{{"POLO-L", 1, "كحلي", nil}, {"POLO-M", 1, "كحلي", nil}}},
	})
}
