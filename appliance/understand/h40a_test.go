package understand

import (
	"context"
	"testing"
)

// Branch h40a, on catalogs of their own (none of round 40's names or
// sentences): a juice bar, a bowling hall, a honey shop, a gaming
// lounge, a grill caterer, a kids' swimming school and a bridal salon.
const h40aJuiceCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
MANGO,عصير مانجو,Mango juice,مانجو|عصير مانجا,عصاير,piece,45,,,
CROISSANT,كرواسون,Croissant,كرواسون شوكولاتة,مخبوزات,piece,35,,,
COFFEE,قهوة تركي,Turkish coffee,قهوة|تركي,مشروبات,piece,30,,,
`

const h40aJuiceVocab = `عصير, juice, 3aseer
مانجو, مانجا, mango, manga
كرواسون, croissant, krwason, crwasson
قهوة, قهوه, coffee, ahwa, 2ahwa
`

const h40aBowlingCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
BOWL,دور بولينج (للفرد),Bowling game (per person),بولينج,العاب,piece,120,,,
POPCORN,فشار,Popcorn,فشار كبير,اكل,piece,40,,,
`

const h40aBowlingVocab = `بولينج, bowling, bowlling
فشار, popcorn, fshar, feshar
`

const h40aHoneyCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
HONEY,عسل نحل برسيم (برطمان),Clover honey (jar),عسل|عسل برسيم,عسل,piece,180,30,,
WAX,شمع عسل,Honeycomb,شمع,عسل,piece,250,10,,
`

const h40aHoneyVocab = `عسل, honey, 3asal, asal
شمع, honeycomb, sham3
`

const h40aGamingCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
PS,بلايستيشن (بالساعة),PlayStation (per hour),بلايستيشن|بلاي ستيشن,العاب,piece,60,,,
SODA,حاجة ساقعة,Soft drink,ساقع|كانز,مشروبات,piece,20,,,
`

const h40aGamingVocab = `بلايستيشن, بلاي, playstation, ps, bleystation
ساقعة, ساقعه, soda, sa23a
`

const h40aGrillCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
GRILL,بوفيه مشويات (للفرد),Grill buffet (per guest),مشويات|بوفيه مشويات,بوفيهات,piece,400,,,
DESSERT,ترابيزة حلويات,Dessert table,حلويات,بوفيهات,piece,3000,,,
`

const h40aGrillVocab = `مشويات, grill, grills, mashwyat
بوفيه, buffet, bofeh
حلويات, dessert, desserts, 7alawyat
`

const h40aSwimCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
SWIM-KID,تمرين سباحة أطفال من 5 لـ 12 سنة (للطفل),Kids swimming lesson 5-12 years,سباحة اطفال|تمرين اطفال,تمارين,piece,300,,,
SWIM-ADULT,تمرين سباحة كبار (للفرد),Adult swimming lesson,سباحة كبار,تمارين,piece,400,,,
CAP,بونيه سباحة,Swimming cap,بونيه,منتجات,piece,90,20,,
`

const h40aSwimVocab = `سباحة, swimming, swim, seba7a
تمرين, lesson, lessons, tamreen
اطفال, أطفال, kids, kid, child, children, atfal
كبار, adult, adults, kbar
بونيه, cap, boneh
`

const h40aBridalCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
HAIR-BRIDE,تسريحة شعر عروسة,Bridal hairstyle,تسريحة عروسة,شعر,piece,2500,,,
BLOWDRY,سشوار شعر,Hair blow-dry,سشوار,شعر,piece,300,,,
`

const h40aBridalVocab = `تسريحة, hairstyle, tasri7a
عروسة, عروسه, bridal, bride, 3arousa
سشوار, blow-dry, blowdry, seshwar
`

// TestRules_FriendsEachAfterComma: the customer and friends counted
// ("ana w 2 men so7aby", "انا و٢ من صحابي", "me and 2 of my friends" — a
// Franco "men" is "of", never places counted), then goods and "each" as a
// clause of its own after a comma: every line of the list is one for
// each of the three.
func TestRules_FriendsEachAfterComma(t *testing.T) {
	juice := rulesFrom(t, h40aJuiceCSV, h40aJuiceVocab)
	three := []wantItem{{"MANGO", 3, "", nil}, {"CROISSANT", 3, "", nil}}
	checkItems(t, juice, "ana w 2 men so7aby 3ayzeen 3aseer mango w croissant, kol wa7ed", Order, three)
	checkItems(t, juice, "انا و٢ من صحابي عايزين عصير مانجو وكرواسون، لكل واحد", Order, three)
	checkItems(t, juice, "me and 2 of my friends want a mango juice and a croissant, each", Order, three)
}

// TestRules_WeAreThenWant: "احنا ٣ وعايزين", Franco "e7na 3 w 3ayzeen",
// "we are 3 and want": how many we are, the verb of wanting joined by و;
// a line priced per person is one each, and a later "كل واحد X" gives X
// to each.
func TestRules_WeAreThenWant(t *testing.T) {
	bowl := rulesFrom(t, h40aBowlingCSV, h40aBowlingVocab)
	want := []wantItem{{"BOWL", 3, "", nil}, {"POPCORN", 3, "", nil}}
	checkItems(t, bowl, "e7na 3 w 3ayzeen bowling bokra, w kol wa7ed fshar", Order, want)
	checkItems(t, bowl, "احنا ٣ وعايزين بولينج بكرة، وكل واحد فشار", Order, want)
	checkItems(t, bowl, "we are 3 and want bowling tomorrow, and popcorn each", Order, want)
}

// TestRules_FrancoLetterFigureApart: a Franco word spelt with a figure
// for its first letter ("2ahwa", "3asal") said apart from it, where the
// shop knows the word alone ("2 ahwa", "3 asal"): a count of the goods,
// never the glued word; written glued it stays one.
func TestRules_FrancoLetterFigureApart(t *testing.T) {
	juice := rulesFrom(t, h40aJuiceCSV, h40aJuiceVocab)
	checkItems(t, juice, "3ayez 2 ahwa", Order, []wantItem{{"COFFEE", 2, "", nil}})
	checkItems(t, juice, "3ayez 2ahwa", Order, []wantItem{{"COFFEE", 1, "", nil}})
	honey := rulesFrom(t, h40aHoneyCSV, h40aHoneyVocab)
	checkItems(t, honey, "3ayez 3 asal w sham3", Order, []wantItem{{"HONEY", 3, "", nil}, {"WAX", 1, "", nil}})
	checkItems(t, honey, "3ayez 3asal", Order, []wantItem{{"HONEY", 1, "", nil}})
}

// checkReadAll: the message's items as checkItems wants them, and every
// word understood.
func checkReadAll(t *testing.T, r *Rules, text string, want []wantItem) {
	t.Helper()
	checkItems(t, r, text, Order, want)
	res, err := r.Understand(context.Background(), text)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Unexplained) > 0 {
		t.Errorf("%s: unexplained %q", text, res.Unexplained)
	}
}

// TestRules_HoursBeforeHourlyLine: a figure and the hours ("٣ ساعات",
// Franco "3 sa3at", "3 hours") said before a service priced by the hour
// count it, the hours word read — no word left unexplained.
func TestRules_HoursBeforeHourlyLine(t *testing.T) {
	games := rulesFrom(t, h40aGamingCSV, h40aGamingVocab)
	checkReadAll(t, games, "عايز ٣ ساعات بلايستيشن النهارده", []wantItem{{"PS", 3, "", nil}})
	checkReadAll(t, games, "3ayez 3 sa3at playstation el naharda", []wantItem{{"PS", 3, "", nil}})
	checkReadAll(t, games, "I want 3 hours playstation today", []wantItem{{"PS", 3, "", nil}})
}

// TestRules_ForGuestsCounts: "for N guests", "for N persons", "for N
// people" after a line priced per guest or per person counts it (the
// plural's key read as the singular the lists hold); the Arabic "لـ N
// فرد" already did.
func TestRules_ForGuestsCounts(t *testing.T) {
	grill := rulesFrom(t, h40aGrillCSV, h40aGrillVocab)
	checkItems(t, grill, "I want the grill buffet for 40 guests and the dessert table", Order,
		[]wantItem{{"GRILL", 40, "", nil}, {"DESSERT", 1, "", nil}})
	checkItems(t, grill, "the grill buffet for 150 guests please", Order, []wantItem{{"GRILL", 150, "", nil}})
	checkItems(t, grill, "the grill buffet for 12 persons", Order, []wantItem{{"GRILL", 12, "", nil}})
	checkItems(t, grill, "عايز بوفيه المشويات ل ٤٠ فرد", Order, []wantItem{{"GRILL", 40, "", nil}})
}

// TestRules_EnglishAgeNoCount: "aged 9", "aged 6 and 9", "9 years old"
// are ages, never a count of the lines beside them, even where the
// catalog names an age range.
func TestRules_EnglishAgeNoCount(t *testing.T) {
	swim := rulesFrom(t, h40aSwimCSV, h40aSwimVocab)
	checkItems(t, swim, "How much is the kids swimming lesson for a boy aged 9, and the cap?", Inquiry,
		[]wantItem{{"SWIM-KID", 1, "", nil}, {"CAP", 1, "", nil}})
	checkItems(t, swim, "kids swimming lesson for my daughter aged 6 and a cap", Order,
		[]wantItem{{"SWIM-KID", 1, "", nil}, {"CAP", 1, "", nil}})
}

// TestRules_ForPeopleAfterPause: "for my two sisters" said right after a
// line covers that line; a line closed by a pause before it ("the
// bridal hairstyle, and a blow-dry for my two sisters") stays one.
func TestRules_ForPeopleAfterPause(t *testing.T) {
	bridal := rulesFrom(t, h40aBridalCSV, h40aBridalVocab)
	checkItems(t, bridal, "I want the bridal hairstyle, and a blow-dry for my two sisters", Order,
		[]wantItem{{"HAIR-BRIDE", 1, "", nil}, {"BLOWDRY", 2, "", nil}})
}

const h40aPhotoCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
STUDIO,ستوديو تصوير (بالساعة),Photo studio (per hour),ستوديو تصوير|ستوديو,ستوديو,piece,500,,,
SESSION,جلسة تصوير خارجية مع الستوديو (للجلسة),Outdoor photo session with the studio (per session),جلسة تصوير|سيشن,جلسات,piece,2500,,,
SODA,كانز,Soft drink can,كانز|حاجة ساقعة,مشروبات,piece,20,,,
`

const h40aPhotoVocab = `ستوديو, الستوديو, استوديو, studio, stodio
تصوير, photo, taswir
كانز, soda, kanz
`

// TestRules_HourlyHeadOverService: the hours said after a noun that heads
// a product priced by the hour ("el studio 3 sa3at", "الستوديو ٣
// ساعات") count it, though a service priced by no period holds the noun
// further in its name; a group told with Franco "fel" and a place ("e7na
// 4 fel office") is how many we are.
func TestRules_HourlyHeadOverService(t *testing.T) {
	photo := rulesFrom(t, h40aPhotoCSV, h40aPhotoVocab)
	checkItems(t, photo, "3ayzeen el studio 3 sa3at", Order, []wantItem{{"STUDIO", 3, "", nil}})
	checkItems(t, photo, "عايزين الستوديو ٣ ساعات", Order, []wantItem{{"STUDIO", 3, "", nil}})
	checkItems(t, photo, "e7na 4 fel office, 3ayzeen el studio 2 sa3at, w kol wa7ed soda", Order,
		[]wantItem{{"STUDIO", 2, "", nil}, {"SODA", 4, "", nil}})
}
