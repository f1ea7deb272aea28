package understand

import (
	"slices"
	"testing"
)

// A stationery shop: notebooks, coloured pencils, a school bag, delivery.
const h31gStationeryCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
NB-SPIRAL,كشكول سلك,Spiral notebook,كراسة سلك,كشاكيل,piece,35,200,,
PEN-COL-12,علبة الوان خشب ١٢ لون,Coloured pencils 12,الوان خشب,الوان,piece,60,80,,
BAG-SCH,شنطة مدرسة,School bag,شنطة ظهر,شنط,piece,450,20,,أزرق|وردي|أبيض
SRV-DELIV,توصيل,Delivery,دليفري,خدمات,piece,25,,,
PEN-SET-3,طقم اقلام جاف ٣ اقلام,Ballpoint pens set of 3,طقم اقلام,اقلام,piece,30,100,,
`

const h31gStationeryVocab = `احمر, حمرا => أحمر
ازرق, زرقا => أزرق
ابيض, بيضا => أبيض
`

// TestRules_StoryClauseBeforeTheOrder: the story told before an order,
// opened by who it is about or when — the speaker ("انا ام مريم من
// العمارة اللي قصادكم"), someone of the speaker's life ("ابني راجع من
// السفر بعد سنتين غربة"), the day ("بكرة عيد ميلاد صاحبتي الانتيم") —
// and running to its pause or to the want, naming nothing of the goods,
// is placed, and the order is read alone. A figure in the story or a
// message that asks keeps the story's words for a person. On a stationery shop's catalog.
func TestRules_StoryClauseBeforeTheOrder(t *testing.T) {
	r := rulesFrom(t, h31gStationeryCSV, h31gStationeryVocab)
	for _, text := range []string{
		"صباح الخير يا عم حسن، انا ام مريم من العمارة اللي قصادكم، ابعتلي ٢ كشكول سلك",
		"مساء الخير، بكرة عيد ميلاد صاحبتي الانتيم، عايزة علبة الوان خشب",
		"ابني راجع من السفر بعد سنتين غربة والعيلة هتتلم عندنا وعايزة علبة الوان خشب",
	} {
		res := understandText(t, r, text)
		if len(res.Items) != 1 || res.Items[0].SKU == "" || len(res.Unexplained) != 0 {
			t.Errorf("%q: %v, unexplained %q; want the one line, nothing unexplained", text, linesAsked(res), res.Unexplained)
		}
	}
	for _, c := range []struct{ text, kept string }{
		{"بكرة عيد ميلاد صاحبتي الانتيم، عندكم علبة الوان خشب؟", "الانتيم"},
		{"ابني راجع بعد ٣ سنين غربة، عايزة علبة الوان خشب", "غربة"},
	} {
		res := understandText(t, r, c.text)
		if !slices.Contains(res.Unexplained, c.kept) {
			t.Errorf("%q: unexplained %q; want %q kept for a person", c.text, res.Unexplained, c.kept)
		}
	}
}

// TestRules_SentWithTheShopsRunner: "send them with the boy" ("وابعتهم
// مع الواد", "ابعتهولي مع الدليفري") in a shop that sells one delivery
// service orders that delivery with the goods; with anyone else ("مع
// جوزي") or asked, no delivery. On a stationery shop's catalog.
func TestRules_SentWithTheShopsRunner(t *testing.T) {
	r := rulesFrom(t, h31gStationeryCSV, h31gStationeryVocab)
	for _, text := range []string{
		"عايزة ٢ كشكول سلك وشنطة مدرسة زرقا، وابعتهم مع الواد قبل العصر",
		"ابعتلي ٣ كشكول سلك وابعتهملي مع الواد",
	} {
		res := understandText(t, r, text)
		if got := linesAsked(res); !slices.Contains(got, "SRV-DELIV") || len(res.Unexplained) != 0 {
			t.Errorf("%q: %v, unexplained %q; want the delivery among the lines", text, got, res.Unexplained)
		}
	}
	for _, text := range []string{
		"عايزة ٢ كشكول سلك، وابعتهم مع جوزي لما يعدي عليكم",
		"عايزة ٢ كشكول سلك، وابعتهم مع الواد؟",
	} {
		if got := linesAsked(understandText(t, r, text)); slices.Contains(got, "SRV-DELIV") {
			t.Errorf("%q: %v; want no delivery", text, got)
		}
	}
}

// TestRules_TheOneWithAFigureInAWord: "ام" (the one with) before a figure
// said in a word and a word of the product ("طقم اقلام ام تلات اقلام")
// tells which product, as with digits ("ام ٣ اقلام"): placed, the order
// invoiced. Before a word the catalog does not hold ("شنطة ام تلات
// جيوب": pockets no product names) it stays for a person. On a
// stationery shop's catalog.
func TestRules_TheOneWithAFigureInAWord(t *testing.T) {
	r := rulesFrom(t, h31gStationeryCSV, h31gStationeryVocab)
	res := understandText(t, r, "عايز ٢ طقم اقلام ام تلات اقلام")
	if got := linesAsked(res); !slices.Equal(got, []string{"PEN-SET-3"}) || len(res.Unexplained) != 0 {
		t.Errorf("%v, unexplained %q; want PEN-SET-3, nothing unexplained", got, res.Unexplained)
	}
	res = understandText(t, r, "عايزة شنطة مدرسة زرقا ام تلات جيوب")
	if !slices.Contains(res.Unexplained, "ام") {
		t.Errorf("unexplained %q; want ام kept for a person", res.Unexplained)
	}
}

// TestRules_WhereSaidWithAPronounAndTheWhitenedFace: a word of where with
// a pronoun on it ("قدامهم", "جنبنا", "قصادكم") is where someone is, and
// "ابيض وشي" (make my face white: do me proud) is an idiom — neither is
// goods, and the idiom's "ابيض" is no colour of the goods ordered; "شنطة
// مدرسة بيضا"/"ابيض" after goods stays their colour. On a stationery
// shop's catalog that sells a white bag.
func TestRules_WhereSaidWithAPronounAndTheWhitenedFace(t *testing.T) {
	r := rulesFrom(t, h31gStationeryCSV, h31gStationeryVocab)
	res := understandText(t, r, "عندنا ضيوف بكرة وعايزة ابيض وشي قدامهم، ابعتلي ٢ كشكول سلك")
	if got := linesAsked(res); !slices.Equal(got, []string{"NB-SPIRAL"}) || len(res.Unexplained) != 0 {
		t.Errorf("%v, unexplained %q; want NB-SPIRAL, nothing unexplained", got, res.Unexplained)
	}
	res = understandText(t, r, "عايزة ابيض وشي قدامهم، ابعتلي شنطة مدرسة")
	for _, it := range res.Items {
		if it.Color == "أبيض" {
			t.Errorf("%+v: the idiom's white taken for the bag's colour", it)
		}
	}
	res = understandText(t, r, "احنا ساكنين جنبكم، عايزة شنطة مدرسة ابيض")
	if len(res.Items) != 1 || res.Items[0].Color != "أبيض" || len(res.Unexplained) != 0 {
		t.Errorf("%v, unexplained %q; want the white bag, nothing unexplained", linesAsked(res), res.Unexplained)
	}
}

// TestRules_DistrictAfterTheCitySentTo: up to two words closing the
// clause right after a city the rules know, said after "على" ("والتوصيل
// على طنطا شارع البحر", "شحن على اسكندرية سيدي بشر"), are the place's
// district, placed; words after a city not sent to, or more of them,
// stay for a person. On a stationery shop's catalog.
func TestRules_DistrictAfterTheCitySentTo(t *testing.T) {
	r := rulesFrom(t, h31gStationeryCSV, h31gStationeryVocab)
	for _, text := range []string{
		"عايزة ٢ كشكول سلك والتوصيل على طنطا شارع البحر",
		"٣ كشكول سلك، وابعتهم شحن على اسكندرية سيدي بشر",
	} {
		res := understandText(t, r, text)
		if got := linesAsked(res, "SRV-DELIV"); !slices.Equal(got, []string{"NB-SPIRAL"}) || len(res.Unexplained) != 0 {
			t.Errorf("%q: %v, unexplained %q; want NB-SPIRAL, nothing unexplained", text, got, res.Unexplained)
		}
	}
	for _, c := range []struct{ text, kept string }{
		{"عايزة ٢ كشكول سلك، طنطا استيكرز", "استيكرز"},
		{"عايزة ٢ كشكول سلك والتوصيل على طنطا شارع البحر استيكرز", "استيكرز"},
	} {
		if res := understandText(t, r, c.text); !slices.Contains(res.Unexplained, c.kept) {
			t.Errorf("%q: unexplained %q; want %q kept", c.text, res.Unexplained, c.kept)
		}
	}
}
