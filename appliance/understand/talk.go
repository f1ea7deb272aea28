package understand

import (
	"slices"
	"strings"
	"unicode/utf8"

	"fatoora/catalog"
)

// Talk around a request that names nothing to sell, placed by what it is:
// a blessing ("الله يعافيك", "ربنا يخليكم"), who is speaking ("معاك أحمد",
// "يا أستاذ محمد"), a visit told ("كنت عندكم امبارح"), a comparison or a
// discount asked beside a price ("الفرق بين X و Y", "compared to", "وفيه
// خصم؟"), "the one with" before a figure or a name's word ("ام ٣ أدوار").

// blessing: a wish for the person addressed after God's name: "الله
// يعافيك", "ربنا يخليكم", "الله يسلمك" (ي + verb + you), and "كتر خيرك".
func blessing(ts []token, k int) bool {
	if blessedYou(ts, k) {
		return true
	}
	if ts[k].text == "كتر" && k+1 < len(ts) && !ts[k+1].sep && strings.HasPrefix(ts[k+1].text, "خير") ||
		prev(ts, k).text == "كتر" && strings.HasPrefix(ts[k].text, "خير") {
		return true // "كتر خيركم": thanks, God increase your good
	}
	if k >= 2 && godWords[prev(ts, k).text] && blessedYou(ts, k-2) && (ts[k].text == "خيرا" || ts[k].text == "خير" || youWords[ts[k].text]) {
		return true // the "خيرا" of "جزاكم الله خيرا", the "فيكم" of "بارك الله فيكم"
	}
	if godWords[strings.TrimPrefix(ts[k].text, "و")] && k+1 < len(ts) && !ts[k+1].sep && blessing(ts, k+1) {
		return true // "ربنا" before the wish
	}
	p := prev(ts, k)
	if !godWords[strings.TrimPrefix(p.text, "و")] && p.text != "لله" && p.surface != "الله" {
		return false
	}
	w := ts[k].text
	if !strings.HasPrefix(w, "ي") || utf8.RuneCountInString(w) < 4 {
		return false
	}
	for _, s := range []string{"ك", "كم", "كو", "كي"} {
		if strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}

// blessedYou: a wish for the person addressed said before God's name, a
// verb with its "you" ("جزاكم الله خيرا", "وفقكم الله", "حفظك الله") or
// "بارك" ("بارك الله فيكم").
func blessedYou(ts []token, k int) bool {
	if k < 0 || k+1 >= len(ts) || ts[k].sep || ts[k+1].sep || !godWords[ts[k+1].text] && ts[k+1].surface != "الله" {
		return false
	}
	w := strings.TrimPrefix(ts[k].surface, "و")
	if !isArabicWord(w) {
		return false
	}
	if w == "بارك" {
		return true
	}
	if utf8.RuneCountInString(w) < 4 {
		return false
	}
	for _, s := range []string{"ك", "كم", "كو", "كي"} {
		if strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}

// youWords: "in you" after "بارك الله".
var youWords = set("فيك", "فيكم", "فيكو", "فيكي")

// prayerGods: God's name opening a prayer, in Arabic, Franco or English.
var prayerGods = set("الله", "ربنا", "rabena", "rabbena", "rabbina", "allah", "god")

// godWords: God's name before a wish.
var godWords = set("الله", "ربنا")

// speakerName: the words of a name after "معاك" (this is … speaking) or
// after an address term ("يا أستاذ محمد"): one word the shop's words do
// not know, two after "ام"/"ابو" ("معاك أم يوسف").
func (r *Rules) speakerName(ts []token, k int) bool {
	t := ts[k]
	if speakerCues[t.text] && k+1 < len(ts) && !ts[k+1].sep && r.speakerName(ts, k+1) {
		return true // "معاك" before the name
	}
	if t.text == "عم" && k > 0 && ts[k-1].text == "يا" && !t.lex {
		return true // "يا عم رضا": the shopkeeper called uncle, before his name
	}
	if t.lex || isNumber(t.text) || t.color != "" || r.known(t.text) && !kinship[t.text] {
		return false
	}
	for back := 1; back <= 2 && k-back >= 0 && !ts[k-back].sep; back++ {
		p := ts[k-back]
		if back == 2 && !kinship[ts[k-1].text] {
			break
		}
		if speakerCues[p.text] || addressTerms[p.text] && k-back > 0 && ts[k-back-1].text == "يا" {
			return true
		}
		if p.text == "انا" && (back == 2 || kinship[t.text]) {
			// "انا ام كريم", "انا ابو علي": who is writing, by her son's
			// or his son's name (never "انا" before any word: "انا
			// مستعجل" tells no name)
			return true
		}
	}
	return false
}

// speakerCues: "معاك أحمد" (you have Ahmed = Ahmed speaking).
var speakerCues = set("معاك", "معاكي", "معاكم", "معاكو")

// addressTerms before a name: "يا أستاذ محمد", "يا مدام سلوى".
var addressTerms = set("استاذ", "استاذه", "مدام", "حاج", "حج", "حاجه", "باشمهندس", "بشمهندس", "مهندس", "دكتور", "دكتوره", "كابتن", "معلم", "اسطي",
	// "يا عم سيد": uncle, as a shopkeeper is called
	"عم")

// kinship before a name: "أم يوسف", "أبو علي".
var kinship = set("ام", "ابو")

// visited: "كنت عندكم", "جينا عندكو": the customer came to the shop.
func visited(ts []token, k int) bool {
	return (ts[k].text == "عندكم" || ts[k].text == "عندكو" || ts[k].text == "عندك") && (visitVerbs[prev(ts, k).text] || seenVerbs[prev(ts, k).text])
}

// toldBefore marks what a customer tells before ordering that is no
// complaint to the shop: the time of a visit ("كنت عندكم في المعرض
// امبارح"), a home just handed over ("لسه مستلمين الفيلا") and, beside an
// order, the customer's own old goods worn out ("عشان اللي عندي بقت
// وحشة"), unless the message says they came from the shop ("اللي عندي من
// عندكم").
func toldBefore(ts []token) []bool {
	told := make([]bool, len(ts))
	ordering, fromShop := false, false
	for k, t := range ts {
		ordering = ordering || !t.sep && orderCues[t.text]
		fromShop = fromShop || !t.sep && (shopWords[t.text] || t.text == "عندكم" || t.text == "عندكو") && !visited(ts, k)
	}
	for k, t := range ts {
		if t.sep {
			continue
		}
		switch {
		case visited(ts, k):
			for j := k + 1; j < len(ts) && j <= k+4 && !ts[j].sep; j++ {
				if visitTimes[wordKey(ts[j].text)] {
					told[j] = true // "كنت عندكم في المعرض امبارح"
				}
			}
		case t.text == "لسه" && k+2 < len(ts) && handedOver[ts[k+1].text] && placeWord(wordKey(ts[k+2].text)):
			told[k], told[k+1] = true, true // "لسه مستلمين الفيلا": just moved in
		case ordering && !fromShop && (t.surface == "اللي" || t.surface == "الي") && k+1 < len(ts) && ownWords[ts[k+1].text]:
			for j := k + 1; j < len(ts) && j <= k+5 && !ts[j].sep; j++ {
				told[j] = true // "اللي عندي بقت وحشة": why new ones are wanted
			}
		case ordering && !fromShop && oldOnes[t.lowKey()] && k > 0 && !ts[k-1].sep && purposeWords[ts[k-1].text]:
			for j := k; j < len(ts) && j <= k+4 && !ts[j].sep; j++ {
				told[j] = true // "عشان القديمة اتكسرت", "because the old one broke": why a new one is wanted
			}
		case ordering && !fromShop && oldOnes[t.lowKey()] && k > 0 && !ts[k-1].sep &&
			(definite(ts[k-1].surface) && isArabicWord(ts[k-1].surface) || oldBefore[ts[k-1].lowSurface()]):
			// "والسخان القديم باظ خالص", "the old heater broke": the
			// customer's own old one, worn out — why a new one is wanted
			for j := k - 1; j < len(ts) && j <= k+4 && !ts[j].sep; j++ {
				told[j] = true
			}
		}
	}
	return told
}

// oldBefore: the article or possessive before "old" ("the old heater",
// Franco "el sa5an el 2adim").
var oldBefore = set("the", "my", "el")

// oldOnes: the customer's old one, said after "عشان"/"because" or after
// its definite noun ("والسخان القديم باظ") as the reason a new one is
// ordered.
var oldOnes = set("القديم", "القديمه", "القدام", "القديمين", "old", "el2adim", "el2adima", "el2dima", "2adim", "2adima", "2dim", "2dima")

// countTold: a count the customer made told ("جوزي عدها طلعت ١٢ عود",
// "عديتهم طلعوا ٨"): the verb of counting and its "came to"; or the shop's
// sample a colour was seen in ("اللون اللي كان في العينة").
func countTold(ts []token, k int) bool {
	w := ts[k].text
	if countVerbs[w] {
		return true
	}
	p := prev(ts, k)
	if cameTo[w] && countVerbs[p.text] {
		return true
	}
	return sampleWords[wordKey(w)] && p.text == "في" && k >= 2 && (beingVerbs[ts[k-2].text] || ts[k-2].surface == "اللي" || ts[k-2].surface == "الي")
}

// asideTalk is said beside an order and changes nothing in it: what is
// left for later ("وخلاص كده حاليا والباقي بعدين"), a hedge ("على ما
// أظن"), a wait before a correction ("لا استنى"), how a product comes
// ("مش بتيجي بيج"), "see me a good price" ("شوفلي سعر حلو"), the
// ordered things taken up again ("عايزاهم مقلم").
func asideTalk(ts []token, k int) bool {
	w := ts[k].text
	if waitWords[w] && w != "لا" || comesIn[w] || comesIn[wordKey(ts[k].surface)] || laterWords[w] || laterWords[wordKey(strings.TrimPrefix(ts[k].surface, "و"))] {
		return true
	}
	if rest := wordKey(strings.TrimPrefix(ts[k].surface, "و")); rest == "باقي" || w == "الباقي" {
		// "والباقي بعدين", "والباقي هكلمك عليه بعدين": the rest left for
		// later, in its own clause (not "والباقي ابيض": the rest of a count)
		for j := k + 1; j < len(ts) && j <= k+4 && !ts[j].sep && !ts[j].lex && !isNumber(ts[j].text) && ts[j].color == ""; j++ {
			if laterWords[ts[j].text] {
				return true
			}
		}
	}
	if (sayVerbs[w] || seenVerbs[w]) && (prev(ts, k).surface == "اللي" || prev(ts, k).surface == "الي") {
		return true // "الزحليقة اللي قالت عليها بنتي", "اللي شفناها": the one talked of or seen
	}
	return handedOver[w] && prev(ts, k).text == "لسه" // "لسه مستلمين الشقة"
}

// laterWords: for now, later, I think; wanting them (taken up
// again), seeing to a price.
var laterWords = set("حاليا", "دلوقتي", "بعدين", "اظن", "اعتقد", "عايزاهم", "عايزينهم", "عاوزاهم", "عاوزينهم", "شوفلي", "شوفولي")

// countVerbs: counting, done: "عدها", "عديتهم", "عدناها".
var countVerbs = set("عدها", "عدهم", "عده", "عدتها", "عدتهم", "عديتها", "عديتهم", "عديته", "عدناها", "عدناهم", "عديناها", "عديناهم")

// cameTo: a count's result: "طلعت ١٢".
var cameTo = set("طلعت", "طلع", "طلعوا", "طلعو")

// sampleWords: the shop's sample a product was seen in.
var sampleWords = set("عينه", "عينات")

// visitTimes: when a visit was: "امبارح", "الاسبوع اللي فات".
var visitTimes = set("امبارح", "فات", "الاسبوع", "النهارده", "yesterday", "last")

// handedOver: a home received from its builder: "لسه مستلمين الشقة".
var handedOver = set("مستلمين", "مستلم", "مستلمه", "استلمنا", "استلمت", "مستلمينها")

// ownWords: what the customer already has: "اللي عندي", "اللي عندنا".
var ownWords = set("عندي", "عندنا", "عندهم", "عنده", "عندها")

// shopWords say goods came from the shop: "منكم", "من عندكم".
var shopWords = set("منكم", "منكو", "منك")

// visitVerbs: being or coming somewhere, in the past.
var visitVerbs = set("كنت", "كنا", "جيت", "جينا", "عديت", "عدينا", "روحت", "روحنا", "وكنت", "وجيت")

// gulfTalk: the Gulf's words of returnees beside an order: "fine?",
// "very", "mine", "may God give you health", a spare. Not fillers: a
// Franco word must never read as one of them ("zan" is زان, not زين).
var gulfTalk = set("زين", "وايد", "حقي", "حقتي", "حقنا", "حقه", "حقها", "يعطيك", "العافيه", "عافيه", "احتياط", "احتياطي")

// comparisonWords ask how two prices differ or for a discount.
var comparisonWords = set("فرق", "الفرق", "بين", "مقارنه", "بالمقارنه", "خصم", "الخصم", "خصومات", "تخفيض", "اغلي", "ارخص",
	"compared", "compare", "difference", "vs", "versus", "discount", "cheaper", "than", "كبير")

// theOneWith: "ام ٣ أدوار", "ابو درج", "ام ست شمعات": the one with (a
// figure, in digits or in a word before a word of the product, or a word
// of the product follows), not after a contrast ("مش ام ٢ متر" is the one not
// meant).
func theOneWith(ts []token, k int) bool {
	if !kinship[ts[k].text] || k+1 >= len(ts) || ts[k+1].sep || contrastCues[prev(ts, k).text] {
		return false
	}
	if isNumberWord(ts[k+1].text) && !ts[k+1].lex {
		// "ام ست شمعات", "ابو تلات ادراج": a figure said in a word, the
		// one with that many of what follows, a word of the product
		return k+2 < len(ts) && !ts[k+2].sep && ts[k+2].lex
	}
	return isNumber(ts[k+1].text) || ts[k+1].lex
}

// undoubled: w with a letter written twice for stress kept once
// ("ضرووري"), when that is a word the rules know.
func (r *Rules) undoubled(w string) (string, bool) {
	if !isArabicWord(w) {
		return "", false // English doubles its letters ("too", "good")
	}
	rs := []rune(w)
	for i := 1; i < len(rs); i++ {
		if rs[i] == rs[i-1] {
			u := string(append(append([]rune{}, rs[:i]...), rs[i+1:]...))
			if r.known(u) || urgencyWords[u] || orderCues[u] || placeWords[u] || roomWords[u] { // "الرووف": the roof
				return u, true
			}
		}
	}
	return "", false
}

// comparedSize: in a comparison of prices ("الفرق بين X و Y … مقاس
// ١٦٠×٢٠٠", "how much is X compared to Y, 160x200"), one size said once is
// both pieces': a piece of the same category with no size of its own takes
// it.
func comparedSize(ts []token, items []Item) {
	compared := false
	for _, t := range ts {
		if !t.sep && (t.text == "فرق" || t.text == "بين" || compareWords[t.lowSurface()]) {
			compared = true
		}
	}
	if !compared {
		return
	}
	var size []int
	for _, it := range items {
		if it.Product == nil || len(it.DimsCM) == 0 || it.Product.Unit != catalog.Piece {
			continue
		}
		if size != nil && !slices.Equal(size, it.DimsCM) {
			return // two sizes said: each is its own
		}
		size = it.DimsCM
	}
	for k := range items {
		it := &items[k]
		if it.Product == nil || len(it.DimsCM) > 0 || it.Product.Unit != catalog.Piece {
			continue
		}
		for _, o := range items {
			if o.Product != nil && len(o.DimsCM) > 0 && o.Product.Category == it.Product.Category {
				it.DimsCM = slices.Clone(size)
				break
			}
		}
	}
}

// compareWords ask how prices differ, in English.
var compareWords = set("compared", "compare", "difference", "vs", "versus", "مقارنه", "بالمقارنه")

// countedUnread: a count before words the rules do not know ("2 Turkish
// veneer doors") in a message that asks for something: a line no product
// was read for, in the customer's words.
func (r *Rules) countedUnread(text string, ts []token) (Item, bool) {
	for k := 0; k+1 < len(ts); k++ {
		if ts[k].sep || !isNumber(ts[k].text) || ts[k+1].sep || r.known(ts[k+1].text) || ts[k+1].lex || notAmountAfter[ts[k+1].text] {
			continue
		}
		var surf []string
		for j := k; j < len(ts) && !ts[j].sep; j++ {
			surf = append(surf, ts[j].surface)
		}
		return Item{Quantity: catalog.One, Confidence: 0.3, Unread: true, Phrase: surfaceOf(text, strings.Join(surf, " "))}, true
	}
	return Item{}, false
}

// wantedUnread: a want-verb followed by words the catalog's names do not
// hold ("عايز حوض رخام وقاعدة حمام معلقة", "need a marble basin"): an order
// of something the shop may not carry, a line of no product for a person
// to read — never a greeting. Its words run to the end of that sentence.
func (r *Rules) wantedUnread(text string, ts []token) (Item, bool) {
	for k := 0; k+1 < len(ts); k++ {
		if ts[k].sep || ts[k].neg || ts[k].aside || !wantVerbs[ts[k].text] {
			continue
		}
		j := k + 1
		for j < len(ts) && !ts[j].sep && wantedArticles[ts[j].lowSurface()] {
			j++ // "need a …", "want some …"
		}
		if j >= len(ts) || ts[j].sep || isNumber(ts[j].text) || r.known(ts[j].text) || ts[j].lex ||
			thanksWords[ts[j].text] || thanksWords[wordKey(ts[j].lowSurface())] || firstPerson(ts[j].text) || talkVerb(ts[j].text) {
			return Item{}, false
		}
		var surf []string
		for ; j < len(ts) && !ts[j].sep; j++ {
			surf = append(surf, ts[j].surface)
		}
		return Item{Quantity: catalog.One, Confidence: 0.3, Unread: true, Phrase: surfaceOf(text, strings.Join(surf, " "))}, true
	}
	return Item{}, false
}

// wantedArticles are the English words between a want-verb and what is
// wanted ("need a …", "want some …").
var wantedArticles = set("a", "an", "some", "the")

// firstPerson: an Egyptian verb of the speaker ("اعرف", "اسأل", "اكلم",
// "نستفسر"): after "عايز" it says what the customer wants to do, no thing
// wanted. Nouns written with the article (ال…), rooms and places
// ("اوضة") are no verbs.
func firstPerson(w string) bool {
	if strings.HasPrefix(w, "ال") || placeWords[w] || roomWords[w] {
		return false // "عايز اوضة نوم كاملة": a room wanted, furnished
	}
	return strings.HasPrefix(w, "ا") || strings.HasPrefix(w, "أ") || strings.HasPrefix(w, "ن") && !strings.HasPrefix(w, "نجيل")
}

// unsold: the service words no line prices as the shop's own product (a
// line whose words hold the service word, the catalog selling it by that
// name: "متر التركيب بكام" with "تركيب SPC" in the catalog). questioned:
// the message holds a question mark; plus: the words that open a list's
// entry after "+" (plusEntries); read: the unit a Franco word was read as
// ("tarkeeb" → تركيب; latinRead).
func (r *Rules) unsold(service []string, items []Item, intent Intent, questioned bool, plus map[string]bool, read map[string]string) []string {
	var out []string
	for _, s := range service {
		key := wordKey(strings.TrimPrefix(s, "و"))
		if u := read[s]; u != "" {
			key = u // "w tarkeeb el 7assas b kam?": the installation, read
		}
		if st, ok := strings.CutPrefix(key, "بال"); ok && r.isHead(st) {
			key = st // "بالتركيب": with the installation
		} else if st, ok := strings.CutPrefix(key, "لل"); ok && r.lx.isWord(st) {
			key = st // "زيارة فني للمعاينة": a visit for the survey
		}
		sold := false
		for _, it := range items {
			// priced (an inquiry), counted, or with its object ("تركيب
			// موتور"): not "التركيب عليكم ولا علينا؟" (who does it)
			// (a service done to the goods beside it and said in no
			// question, "ومعاه التركيب", is ordered with them)
			if it.Product != nil && (r.isHead(key) || r.serviceWord(it.Product, key) || r.ownWord(it.Product, s) || r.ownWord(it.Product, key)) && slices.Contains(strings.Fields(it.Phrase), s) &&
				(intent == Inquiry || it.Quantity > catalog.One && !it.ofGoods || len(strings.Fields(it.Phrase)) > 1 || it.ofGoods && !it.asked) {
				sold = true
			}
			if !questioned && it.Product != nil && r.isService(it.Product) && it.Phrase == s && (strings.HasPrefix(s, "و") || plus[s]) && len(items) > 1 {
				// "جسم دولاب HPL … والتركيب", "كاونتر … + توصيل": the
				// shop's service added to the goods as the list's next
				// entry, in a message that asks nothing, is ordered with
				// them
				sold = true
			}
		}
		if !sold && intent == Inquiry && hourOfPriced(s, items) {
			// "جلسة التصوير بكام الساعة؟": the hour the service is priced by
			sold = true
		}
		if !sold && hourInPricedLine(s, items) {
			// "ونش ساعة" of a crane priced by the hour: one hour of it
			sold = true
		}
		if !sold && intent == Inquiry && questioned && r.serviceNounPriced(key, items) {
			// "بتوصلوا مدينة نصر؟ التوصيل بكام؟": whether the shop
			// delivers, asked beside the price of its delivery — the
			// service the catalog sells, quoted
			sold = true
		}
		if !sold {
			out = append(out, s)
		}
	}
	return out
}

// serviceNounPriced: w is a verb of a service root ("بتوصلوا", "هتركبوا")
// and a line of the message is a service product named by that root's
// noun ("التوصيل", "تركيب"): the verb asks of the service the line
// prices.
func (r *Rules) serviceNounPriced(w string, items []Item) bool {
	root := serviceRoot(w)
	if root == "" {
		return false
	}
	noun := serviceNouns[root]
	if noun == "" {
		noun = root
	}
	for _, it := range items {
		if it.Product == nil || !r.isService(it.Product) {
			continue
		}
		for _, f := range strings.Fields(it.Phrase) {
			if k := strings.TrimPrefix(wordKey(strings.TrimPrefix(f, "و")), "ال"); k == noun {
				return true
			}
		}
	}
	return false
}

// serviceNouns: the verbal noun of each service root ("قيس" is measured,
// "قياس", not the تفعيل form); a root not here is its own noun ("شحن").
var serviceNouns = map[string]string{"وصل": "توصيل", "ركب": "تركيب", "قسط": "تقسيط", "قيس": "قياس", "شحن": "شحن"}

// serviceRoot: the service root of a verb serviceVerb reads ("بتوصلوا"
// → "وصل"), "" when none.
func serviceRoot(w string) string {
	for _, o := range []string{"ها", "هم", "ه"} {
		if st, ok := strings.CutSuffix(w, o); ok && utf8.RuneCountInString(st) >= 4 {
			if r := serviceRoot(st); r != "" {
				return r
			}
		}
	}
	for _, s := range []string{"وا", "و", "ون"} {
		st, ok := strings.CutSuffix(w, s)
		if !ok {
			continue
		}
		for _, p := range []string{"بت", "هت", "ت"} {
			if rest, ok := strings.CutPrefix(st, p); ok && serviceStems[rest] {
				return rest
			}
		}
	}
	return ""
}

// latinRead: the unit each Franco or English word was read as
// ("tarkeeb" → تركيب), where it differs from the word as written.
func latinRead(ts []token) map[string]string {
	var out map[string]string
	for _, t := range ts {
		if !t.sep && isLatinWord(t.surface) && t.text != t.lowSurface() {
			if out == nil {
				out = map[string]string{}
			}
			out[t.surface] = t.text
		}
	}
	return out
}

// plusEntries: the words written right after a "+" between two entries
// of a list ("كاونتر … + توصيل + تركيب"): "+" joins them as و does; so
// does "مع" after the goods ("كابينة شاور ٩٠ في ٩٠ مع التركيب", Franco
// "ma3 el tarkib": the goods with their fitting, ordered with them), and
// so does the customer's "send them" right before the way they are sent
// ("وابعتهم توصيل على مدينة نصر", "ابعتهملي شحن", Franco "w eb3athom
// tawsil": sendWord) — the goods sent by the shop's delivery, ordered.
func plusEntries(ts []token) map[string]bool {
	var out map[string]bool
	for i := range ts {
		if !ts[i].sep && ts[i].verb {
			// "وابعتهم البيت", "eb3athomly 3ala el beet", "ship to …":
			// the send verb read as the delivery itself (sendToPlace);
			// "، ركبوهالي": a work's verb said to the shop, never asked
			// (workVerbNoun), orders it as its noun after و does
			if out == nil {
				out = map[string]bool{}
			}
			out[ts[i].surface] = true
		}
	}
	for i := 0; i+1 < len(ts); i++ {
		if !ts[i].sep && !ts[i+1].sep && sendWord(ts[i].surface) {
			if out == nil {
				out = map[string]bool{}
			}
			out[ts[i+1].surface] = true
		}
	}
	for i := 1; i+1 < len(ts); i++ {
		if (ts[i].sep && ts[i].text == "+" || !ts[i].sep && withEntryWords[ts[i].lowSurface()]) && !ts[i-1].sep && !ts[i+1].sep {
			if out == nil {
				out = map[string]bool{}
			}
			out[ts[i+1].surface] = true
			if a := ts[i+1].lowSurface(); (a == "el" || a == "al") && i+2 < len(ts) && !ts[i+2].sep {
				out[ts[i+2].surface] = true // "ma3 el tarkib"
			}
		}
	}
	return out
}

// sendWord: w is "send" said to the shop, with the goods as its object or
// "to me" on it ("ابعتهم", "وابعتهملي", "ابعتوهولي", Franco "eb3athom",
// "ab3atholy").
func sendWord(w string) bool {
	w = strings.TrimPrefix(lower(w), "و")
	for _, p := range []string{"ابعت", "eb3at", "ab3at", "ib3at"} {
		if rest, ok := strings.CutPrefix(w, p); ok && utf8.RuneCountInString(rest) <= 5 {
			return true
		}
	}
	return false
}

// withEntryWords: "with" said between goods and what comes with them.
var withEntryWords = set("مع", "ma3", "m3", "with")

// ownWord: w, as said, is a word of p's own name ("معاينة ومقاسات" with
// "ومقاسات"): the line that holds it names that product by it.
func (r *Rules) ownWord(p *catalog.Product, w string) bool {
	idx := r.indexOf(p)
	return idx >= 0 && r.lx.info[idx].all[wordKey(w)]
}

// sells: some service word names a product of the shop ("تركيب" when it
// sells "تركيب باب"), or asks whether the shop does the service at all
// ("بتركبوا؟"): either way a person answers before any document.
func (r *Rules) sells(service []string) bool {
	for _, s := range service {
		if k := wordKey(strings.TrimPrefix(s, "و")); r.isHead(k) || serviceVerb(k) || serviceVerb(wordKey(s)) {
			// "بتركبوا …؟" asks whether the shop does it: a question, no order
			return true
		}
	}
	return false
}

// listed: every line names a product with more than one piece: a list of
// what to take, counted.
func listed(items []Item) bool {
	n := 0
	for _, it := range items {
		if it.Product == nil {
			continue
		}
		if it.Quantity <= catalog.One || it.Vague {
			return false
		}
		n++
	}
	return n > 0
}

// compareJoins reads "X compared to Y", "X vs Y", "X versus Y" as two
// things asked ("and"): a quote of both.
func compareJoins(ts []token) {
	for k := 1; k+1 < len(ts); k++ {
		low := ts[k].lowSurface()
		if ts[k].sep || ts[k-1].sep || !(low == "compared" || low == "vs" || low == "versus" || low == "vs.") {
			continue
		}
		ts[k].text, ts[k].used = "و", true
		if n := ts[k+1].lowSurface(); n == "to" || n == "with" {
			ts[k+1].used = true
		}
	}
}

// whenAsked sets aside a question of when or how long ("وامتى توصلوها؟",
// "وكم يوم ياخذ التفصيل؟", "ووش أسرع وقت توصلون؟", "how long does delivery
// take?"): the words from the separator before its cue to the question
// mark are no line (the goods it names are those ordered beside it) and
// no cue of the intent; they are kept as the question for staff
// (token.when → Result.Service).
// Only a question that ends in "?" with a word after the cue: "كام يوم"
// said of a rental or "when" in a sentence that asks nothing stays.
func whenAsked(ts []token) {
	for i := 0; i < len(ts); i++ {
		t := ts[i]
		if t.sep || !whenCue(ts, i) {
			continue
		}
		end := i + 1
		for end < len(ts) && !ts[end].sep {
			end++
		}
		if end == len(ts) || ts[end].text != "?" || end == i+1 {
			continue
		}
		start := i
		for start > 0 && !ts[start-1].sep && !ts[start-1].conj && !isNumber(ts[start-1].text) && !ts[start-1].lex {
			start--
		}
		for k := start; k < end; k++ {
			ts[k].neg, ts[k].used, ts[k].when = true, true, true
		}
		i = end
	}
}

// presentWords say someone or something is there: "موجود", "بيبقى
// موجود", "متواجد", Franco "mawgood", "available" of a person.
var presentWords = set("موجود", "موجوده", "موجودين", "متواجد", "متواجده", "متواجدين", "mawgood", "mawgoud", "mawgooda")

// presentWhen reads a question of when someone of the shop is there, the
// cue closing it ("هو الدكتور بيبقى موجود امتى؟", "المهندس موجود امتى؟",
// "mawgood emta?"): the clause is a question of hours (token.when) for
// staff, never a question of stock ("موجود" alone asks whether goods are
// there).
func presentWhen(ts []token) {
	for i := 1; i+1 < len(ts); i++ {
		if ts[i].sep || !ts[i+1].sep || ts[i+1].text != "?" || !whenCue(ts, i) || ts[i-1].sep || !presentWords[wordKey(ts[i-1].lowSurface())] {
			continue
		}
		for k := i; k >= 0 && !ts[k].sep; k-- {
			ts[k].neg, ts[k].used, ts[k].when = true, true, true
		}
	}
}

// toldWhen reads a question of when asked through a verb of telling, the
// cue closing it ("وتقولولنا التركيب امتى", "وقولي التوصيل امتى؟", Franco
// "w 2oly el tawsil emta"): the words between, up to three, are the
// question (token.when), never goods ordered, though a service the shop
// sells is named by them. English asks it in order ("tell me when the
// installation is").
func toldWhen(ts []token) {
	for i := 1; i < len(ts); i++ {
		if i >= 2 && !ts[i].sep && ts[i].lowSurface() == "when" && toldWhom[ts[i-1].lowSurface()] && ts[i-2].lowSurface() == "tell" {
			// English asks it in order: "and tell me when the installation is"
			ts[i-2].used = true
			for ; i < len(ts) && !ts[i].sep; i++ {
				ts[i].neg, ts[i].used, ts[i].when = true, true, true
			}
			continue
		}
		if ts[i].sep || !whenCue(ts, i) || i+1 < len(ts) && !ts[i+1].sep {
			continue
		}
		for j := i - 1; j >= 0 && j >= i-4 && !ts[j].sep; j-- {
			w := strings.TrimPrefix(ts[j].text, "و")
			if !tellVerb(w) && !tellVerb(ts[j].lowSurface()) {
				continue
			}
			if j == i-1 || figureOrColour(ts[j+1:i]) {
				break // "وقولي ال ٣ كراسي هيوصلوا امتى" may order them: left as said
			}
			for k := j + 1; k <= i; k++ {
				ts[k].neg, ts[k].used, ts[k].when = true, true, true
			}
			break
		}
	}
}

// figureOrColour: a figure or a colour among ts.
func figureOrColour(ts []token) bool {
	for _, t := range ts {
		if isNumber(t.text) || t.color != "" {
			return true
		}
	}
	return false
}

// tellVerb: a verb asking to be told, with its object ("قولي",
// "وتقولولنا", "عرفني", "بلغونا"; Franco "2oly", "2olouly").
func tellVerb(w string) bool {
	return stemVerb(w, tellStems) || tellWords[w]
}

var (
	tellStems = set("قول", "عرف", "بلغ")
	tellWords = set("قولي", "قولنا", "قلي", "قلنا", "قولولي", "قولولنا", "2oly", "2olly", "2oli", "2olouly", "2oloulna", "2olna", "tell")
)

// whenCue: ts[i] asks when or how long: "امتى", "متى" (also with و), "كم
// يوم"/"كام يوم", "قد ايه", "وش/ايش أسرع وقت", English "when", "how long".
func whenCue(ts []token, i int) bool {
	w := ts[i].bareKey()
	next := ""
	if i+1 < len(ts) && !ts[i+1].sep {
		next = ts[i+1].text
	}
	switch {
	case w == "امتي" || w == "متي" || w == "when" || w == "emta" || w == "imta" || w == "emte":
		return true
	case (w == "كم" || w == "كام" || w == "kam") && (next == "يوم" || next == "ايام" || next == "اسبوع" || next == "yom" || next == "youm" || next == "ayam"):
		// (not "الساعة كام يوم الجمعة؟": what time, on Friday)
		return i == 0 || ts[i-1].sep || !clockWord(ts[i-1])
	case (w == "وش" || w == "ايش" || w == "ايه") && (next == "اسرع" || next == "اقرب"):
		return true
	case w == "how" && next == "long":
		return true
	}
	return false
}

// someoneTo reads "حد يركب الطقم" (someone to fit the set), "فني يفصل
// الستارة": a person sent to do the work is the service the shop sells as
// a product, named by the verb's verbal noun (تفعيل of a three-letter
// root: يركب → تركيب) when that noun heads a name; the person word is
// placed. The customer doing it ("هركبه بنفسي") is no service.
func (r *Rules) someoneTo(ts []token) {
	for i := 1; i < len(ts); i++ {
		if ts[i].sep || ts[i-1].sep || !workers[ts[i-1].text] && !workers[strings.TrimPrefix(ts[i-1].surface, "و")] { // "وحد ييجي يركبها"; "فني" a synonym of the shop's
			continue
		}
		if comeVerbs[ts[i].text] && i+1 < len(ts) && !ts[i+1].sep {
			ts[i].used = true
			i++ // "حد ييجي يصلح الشيش": someone to come and do it
		}
		w := ts[i].text
		for _, o := range []string{"لنا", "لي", "ها", "هم", "ه", ""} {
			st, ok := strings.CutSuffix(w, o)
			if !ok {
				continue
			}
			root, ok := strings.CutPrefix(st, "ي")
			if rs := []rune(root); ok && len(rs) == 3 {
				if noun := "ت" + string(rs[:2]) + "ي" + string(rs[2]); r.isHead(noun) {
					if u, ok := r.lx.rewrite[noun]; ok {
						noun = u // the word as the vocabulary writes it ("تركيب, تثبيت, installation")
					}
					ts[i].text, ts[i].lex, ts[i].work = noun, true, true
					ts[i-1].used = true
					if k := i - 1; comeVerbs[ts[k].text] {
						k-- // "حد ييجي يركب"
						ts[k].used = true
					}
					if k := i - 1; r.lx.isWord(ts[k].text) && !comeVerbs[ts[k].text] {
						// "فني يركب" where the shop sells "زيارة فني تركيب": the
						// worker a word of the service's own name, its line's
						ts[k].used, ts[k].lex, ts[k].work = false, true, true
					}
					break
				}
			}
		}
	}
}

// othersMake: "اتفقنا مع النجار على الجسم وهو هيعمله" — what the customer
// agreed with someone else (not the shop) that that one will make or
// bring (a future verb of his, or "هو") is that person's work, told: no
// line, up to the clause's end.
func othersMake(ts []token) {
	for i := range ts {
		if ts[i].sep || strings.TrimPrefix(ts[i].surface, "و") != "اتفقنا" || !agreedElsewhere(ts, i) {
			continue
		}
		end, theirs := i, false
		for ; end < len(ts) && !ts[end].sep; end++ {
			w := strings.TrimPrefix(ts[end].surface, "و")
			theirs = theirs || w == "هو" || w == "هما" || (strings.HasPrefix(w, "هي") || strings.HasPrefix(w, "حي")) && utf8.RuneCountInString(w) >= 5
		}
		if !theirs {
			continue
		}
		for k := i; k < end; k++ {
			ts[k].neg, ts[k].used, ts[k].aside = true, true, true
		}
	}
}

// oldOneTold: beside an order, the customer's own old one named by its
// definite noun and "old" and the defect that became of it ("والسخان القديم باظ
// خالص", "the old heater broke", "el sa5an el 2adim bawaz") is why a new
// one is wanted: no line, no complaint (toldBefore), up to the clause's
// next و or pause. Never when the goods came from the shop ("اللي خدته
// منكم").
func oldOneTold(ts []token) {
	ordering, fromShop := false, false
	for _, t := range ts {
		ordering = ordering || !t.sep && orderCues[t.text]
		fromShop = fromShop || !t.sep && (shopWords[t.text] || t.text == "عندكم" || t.text == "عندكو")
	}
	if !ordering || fromShop {
		return
	}
	for k := 1; k < len(ts); k++ {
		o := ts[k].lowKey()
		if ts[k].sep || ts[k-1].sep || !oldOnes[o] || o == "old" && k+1 < len(ts) && ts[k+1].sep {
			continue
		}
		from := k - 1
		switch p := ts[k-1].lowSurface(); {
		case p == "the" || p == "my":
			from = k // "the old heater": the noun after
		case p == "el" && k >= 2 && !ts[k-2].sep:
			from = k - 2 // "el sa5an el 2adim"
		case !definite(ts[k-1].surface) && !strings.HasPrefix(p, "el") || ts[k-1].color != "" || isNumber(ts[k-1].text):
			continue
		}
		if from > 0 && !ts[from-1].sep && ts[from-1].lowSurface() == "el" {
			from-- // "el sa5an el 2adim"
		}
		end, defect := from, false
		for ; end < len(ts) && !ts[end].sep && (end <= k+1 || !ts[end].conj && ts[end].text != "و"); end++ {
			defect = defect || end > k && (complaintWeight(ts[end].text) > 0 || complaintWeight(ts[end].lowSurface()) > 0)
		}
		if !defect {
			continue // "removal of the old film", "المقاول القديم": the old one, nothing wrong with it told
		}
		for j := from; j < end; j++ {
			ts[j].neg, ts[j].used = true, true
		}
	}
}

// ownOldTold: the customer's own old goods told with "عندي" and "قديم" in
// one clause ("عندي طقم سفرة ٦ كراسي قديم …، عايزة تنجيد الـ٦ كراسي", "3andy
// kanaba 2adima … 3ayez tangeed el kanaba"), and named again after it: the
// telling is why, the naming after it the request — no line of its own.
// Named nowhere else, the old goods may be what the work is for ("عندي
// كنبة قديمة عايز اجددها"): they stay.
func ownOldTold(ts []token) {
	for i := range ts {
		if ts[i].sep || ts[i].used || !haveWords[ts[i].lowKey()] {
			continue
		}
		old := -1
		for k := i + 1; k < len(ts) && k <= i+8 && !ts[k].sep && !orderCues[ts[k].text]; k++ {
			if indefOld[ts[k].lowKey()] {
				old = k
				break
			}
		}
		if old < 0 {
			continue
		}
		again := false
		for k := i + 1; k < old && !again; k++ {
			for j := old + 1; j < len(ts); j++ {
				if ts[k].lex && !isNumber(ts[k].text) && !ts[j].sep && ts[j].text == ts[k].text {
					again = true
					break
				}
			}
		}
		if !again {
			continue
		}
		for k := i; k <= old; k++ {
			ts[k].neg, ts[k].used = true, true
		}
	}
}

// sendingOwn: beside an order, the customer telling how the goods the
// work is done on will reach the shop ("هبعتلكم الكراسي مع السواق يوم
// السبت", "هجيبلك الكنبة بكرة", Franco "hab3atlkom el karasy"): the first
// person's sending or bringing to the shop — its object is the customer's
// own, no line — to the sentence's end.
func sendingOwn(ts []token) {
	ordering := false
	for _, t := range ts {
		ordering = ordering || !t.sep && orderCues[t.text]
	}
	if !ordering {
		return
	}
	for i := range ts {
		if ts[i].sep || !sendToYou[ts[i].lowKey()] {
			continue
		}
		for k := i; k < len(ts) && !(ts[k].sep && sentenceEnds[ts[k].text]); k++ {
			if !ts[k].sep {
				ts[k].neg, ts[k].used, ts[k].aside = true, true, true
			}
		}
	}
}

// sendToYou: I (or we) will send or bring to you — the customer's future
// or present of بعت، جاب، نزل with "to you".
var sendToYou = func() map[string]bool {
	m := map[string]bool{}
	for _, p := range []string{"ه", "ح", "هن", "حن", "ب", "بن"} {
		for _, st := range []string{"بعت", "جيب", "نزل"} {
			for _, sf := range []string{"لكم", "لك", "لكو"} {
				m[p+st+sf] = true
			}
		}
	}
	for _, w := range []string{"hab3atlkom", "hab3atlakom", "hab3tlkom", "hageblkom", "hagebelkom", "hagiblkom", "hab3atlak", "hageblak"} {
		m[w] = true
	}
	return m
}()

// indefOld: "old" said of goods with no article ("كراسي قديم", "كنبة
// قديمة", Franco "2adima").
var indefOld = set("قديم", "قديمه", "قدام", "2adim", "2adima", "2dim", "2dima", "adim", "adima")

// visitAsked: the customer asks for someone to come and see the place
// or the piece before any price ("ممكن حد ييجي يعاين …؟", "محتاجين حد
// ييجي يعاين ويعمل مقايسة", "حد ييجي يشوفها ويقولي التكلفة", Franco "7ad
// yegy ye3ayen", "can someone come and measure", "a site visit"): an
// inspection a person arranges, beside goods a question for staff. The inspecting verb is placed as the visit asked; its phrase,
// as written, is returned ("" when none).
func visitAsked(ts []token) string {
	for i := 1; i+1 < len(ts); i++ {
		w := ts[i].lowSurface()
		if ts[i].sep || ts[i-1].sep || !(comeVerbs[ts[i].text] || comeVerbs[w] || w == "come") {
			continue
		}
		p := ts[i-1].lowSurface()
		if p == "to" && i > 1 {
			p = ts[i-2].lowSurface() // "someone to come"
		}
		if !workers[ts[i-1].text] && !workers[p] {
			continue
		}
		for k := i + 1; k < len(ts) && k <= i+3 && !ts[k].sep; k++ {
			v := ts[k].lowSurface()
			if inspectVerbs[ts[k].text] || inspectVerbs[v] || inspectVerbs[strings.TrimPrefix(v, "و")] {
				for m := i - 1; m <= k; m++ {
					ts[m].used = true
				}
				return ts[k].surface
			}
		}
	}
	for i := 0; i+1 < len(ts); i++ {
		if w := ts[i].lowSurface(); (w == "site" || w == "home") && ts[i+1].lowSurface() == "visit" {
			ts[i].used, ts[i+1].used = true, true
			return ts[i].surface + " " + ts[i+1].surface
		}
	}
	return ""
}

// inspectVerbs: what the one sent comes to do before a price — inspect,
// see, measure ("يعاين", "يشوفها", "يقيس", "ye3ayen", "measure").
var inspectVerbs = set("يعاين", "يعاينها", "يعاينه", "يعاينهم", "يعاينلي", "يعاينلنا", "يشوف", "يشوفها", "يشوفه", "يشوفهم",
	"يشوفلي", "يقيس", "يقيسها", "يقيسه", "يقيسلي", "يقيسلنا", "يبص", "ye3ayen", "ye3ayn", "yeshoof", "yeshof", "yshof", "ye2es", "ye2is",
	"see", "measure", "inspect", "check", "look")

// comeVerbs: "حد ييجي يركب": someone to come and do the work.
var comeVerbs = set("ييجي", "يجي", "ييجوا", "يجيلي", "ييجيلي", "ييجولي", "يعدي", "يطلع", "يفوت", "تيجي", "تيجيلي", "تيجوا", "تيجولي", "yegy", "yeegy", "yigi", "yeegi", "yegi")

// workers are who is sent to do the work: "حد", "فني", "نجار".
var workers = set("حد", "فني", "الفني", "نجار", "سباك", "عامل", "عامله", "عمال", "شغاله", "صنايعي", "مركب", "نقاش", "مبلط", "كهربائي", "حداد",
	"7ad", "someone", "somebody", "technician")

// englishPlaceName: the name of a town or district after a place and "in"
// or "at" ("our boutique hotel in Dahab", "a villa in Sahel"): where the
// customer's place is, one or two words the shop's words do not know.
func englishPlaceName(ts []token, k int) bool {
	for back := 1; back <= 2; back++ {
		i := k - back // "in" or "at"
		if i < 1 || ts[i].sep || ts[i-1].sep {
			return false
		}
		w := ts[i].lowSurface()
		if w == "in" || w == "at" {
			p := ts[i-1].lowSurface()
			return placeWords[p] || roomWords[p] || placeWords[strings.TrimSuffix(p, "s")]
		}
		if back == 1 && (ts[i].lex || !isLatinWord(ts[i].surface)) {
			return false // "in Sharm Sheikh": the name's first word not known either
		}
	}
	return false
}

// serviceWord: w (with or without its article) is a word of the name of
// p, a service the shop sells ("التركيب" of "مصنعية تركيب بورسلين").
func (r *Rules) serviceWord(p *catalog.Product, w string) bool {
	idx := r.indexOf(p)
	return idx >= 0 && r.isService(p) && (r.lx.info[idx].all[w] || r.lx.info[idx].all[strings.TrimPrefix(w, "ال")])
}

// whoMeasured sets aside who took a size and the verb of it, said beside
// the size ("المقاس الواد قاسه متر وعشرين في متر ونص", "ابني قاسها ٩٠ في
// ٢١٠", "النجار قاسهم"): a person, then a form of قاس with its object; the
// size stays the line's.
func whoMeasured(ts []token) {
	for i := 1; i < len(ts); i++ {
		if ts[i].sep || !measuredVerbs[ts[i].text] || ts[i-1].sep {
			continue
		}
		p := strings.TrimPrefix(ts[i-1].surface, "و")
		if w := strings.TrimPrefix(p, "ال"); voiceWords[p] || voiceWords[w] || personaWords[p] || workers[w] || workers[p] {
			for _, k := range []int{i - 1, i} {
				ts[k].aside, ts[k].used, ts[k].lex, ts[k].color = true, true, false, ""
			}
		}
	}
}

// serviceTimed sets aside a service said as the time of another ("الجلي
// بعد التركيب", "الدهان قبل التركيب", "polishing after installation"):
// "after" or "before" between two services the shop sells tells when the
// first is done, and orders no second.
func (r *Rules) serviceTimed(ts []token) {
	for i := 1; i+1 < len(ts); i++ {
		w := ts[i].lowSurface()
		if ts[i].sep || ts[i-1].sep || ts[i+1].sep || !(ts[i].text == "بعد" || ts[i].text == "قبل" || w == "after" || w == "before") {
			continue
		}
		a, b := strings.TrimPrefix(ts[i-1].text, "و"), ts[i+1].text
		if a != b && r.serviceHead(a) && r.serviceHead(b) {
			for _, k := range []int{i, i + 1} {
				ts[k].aside, ts[k].used, ts[k].lex, ts[k].color = true, true, false, ""
			}
		}
	}
}

// serviceHead: w heads the name of a service the shop sells (in English,
// the last word of its name).
func (r *Rules) serviceHead(w string) bool {
	for _, p := range r.lx.postings[w] {
		if in := &r.lx.info[p]; in.service && (in.head == w || in.headEn == w) {
			return true
		}
	}
	return false
}

// roomsJoined sets aside two rooms or more joined by و and followed by
// what is done in them or the goods for them ("والحمام والمطبخ هنعملهم
// سني ١٢ متر", "الصالة والسفرة بورسلين ٦٠ متر"): where the goods go, though
// a word of a product's name ("سطح مطبخ") is the room's; no room that
// heads a product's name, none followed by a colour or a size.
func (r *Rules) roomsJoined(ts []token) {
	room := func(k int) bool {
		w := placeKey(strings.TrimPrefix(ts[k].surface, "و"))
		return !ts[k].sep && !ts[k].aside && (roomWords[w] || placeWords[w]) && !r.isHead(ts[k].text) && !r.isHead(strings.TrimPrefix(ts[k].text, "و"))
	}
	for i := 0; i < len(ts); i++ {
		if !room(i) {
			continue
		}
		j := i + 1
		for j < len(ts) && room(j) && (ts[j].conj || strings.HasPrefix(ts[j].surface, "و")) {
			j++
		}
		if j-i < 2 || j >= len(ts) || ts[j].sep || !(verbLike(ts[j].text) && !ts[j].lex || ts[j].lex && r.isHead(ts[j].text)) {
			i = j - 1
			continue
		}
		for k := i; k < j; k++ {
			ts[k].aside, ts[k].used, ts[k].lex, ts[k].color = true, true, false, ""
		}
		if verbLike(ts[j].text) && !ts[j].lex {
			ts[j].used = true // "هنعملهم": what is done in them
		}
		i = j
	}
}

// sizeEach sets aside "each" after a size of two sides ("90 x 210 cm
// each", "٩٠ في ٢١٠ سم لكل واحد" is another pass's): every piece of the
// line has that size, which is how a size is read; after one length with
// its unit ("2 track rails 2 m each") it is each piece's length, placed.
func sizeEach(ts []token) {
	for i := 3; i < len(ts); i++ {
		if ts[i].sep || ts[i].aside || ts[i].lowSurface() != "each" {
			continue
		}
		k := i - 1
		if u := unitWords[ts[k].lowSurface()]; u == "cm" || u == "m" || u == "mm" {
			k--
		}
		if k >= 2 && isNumber(ts[k].text) && isNumber(ts[k-2].text) && (dimOps[ts[k-1].text] || ts[k-1].text == "x") {
			ts[i].aside, ts[i].used = true, true
		} else if k < i-1 && k >= 0 && isNumber(ts[k].text) {
			ts[i].used = true // "2 track rails 2 m each": each piece's length, read as pieces of one length are
		}
	}
}

// amountOfSame sets aside the noun an amount restates ("with beech frames,
// 25 m of frame in total"): "of" and a word just said before the amount,
// so the amount is that line's, no second line of it.
func amountOfSame(ts []token) {
	for i := 2; i+1 < len(ts); i++ {
		if ts[i].sep || ts[i+1].sep || ts[i].lowSurface() != "of" || !ts[i+1].lex {
			continue
		}
		k := i - 1
		if _, ok := unitWords[ts[k].lowSurface()]; ok {
			k--
		}
		if k < 1 || !isNumber(ts[k].text) {
			continue
		}
		for j := k - 1; j >= 0 && j >= k-3; j-- {
			if !ts[j].sep && ts[j].text == ts[i+1].text {
				ts[i].aside, ts[i].used, ts[i+1].aside, ts[i+1].used, ts[i+1].lex = true, true, true, true, false
				break
			}
		}
	}
}

// measuredVerbs are قاس (he measured) with what was measured: it, her,
// them, for me; and قست (I measured) so.
var measuredVerbs = set("قاسه", "قاسها", "قاسهم", "قاسهالي", "قاسهولي", "قاسلي", "قستها", "قسته", "قستهم", "قاسو", "قاسوه", "قاسوها", "قاسوا")

// thatIs sets aside one word (a kind, or a word the catalog lacks) that
// "يعني" (that is) restates right after it with the catalog's words ("عايز
// اعمله قعده يعني ركنه راتان …"): what follows is what is asked.
func thatIs(ts []token) {
	for i := 1; i+1 < len(ts); i++ {
		w := ts[i].lowSurface()
		if ts[i].sep || !thatIsWords[w] || ts[i-1].sep || isNumber(ts[i-1].text) || ts[i-1].color != "" ||
			i >= 2 && !ts[i-2].sep && (ts[i-2].lex || isNumber(ts[i-2].text)) {
			continue // one word restated, no phrase of the catalog's own
		}
		if next := ts[i+1]; next.sep || !next.lex {
			continue
		}
		ts[i-1].aside, ts[i-1].used, ts[i].used = true, true, true
	}
}

// prayers sets aside a prayer said beside an order, God's name then a
// verb, to the end of its clause: "ربنا يباركلك ويبارك في عيالك", "ربنا
// يستر من الزحمة اللي على الطريق", "الله يرحمه هههه", "ربنا يكملها على
// خير" — never goods, though a word of it may spell a product's (يبارك).
// A clause naming a figure or a product's head noun is left as said.
func (r *Rules) prayers(ts []token) {
	for k := 0; k+1 < len(ts); k++ {
		if ts[k].sep || !prayerGods[keyAt(ts, k)] || ts[k+1].sep || isNumber(ts[k+1].text) ||
			ts[k+1].lex && !ts[k+1].fuzzy { // "ربنا يستر" is no near spelling of ساتر
			continue
		}
		if v := ts[k+1].lowSurface(); !strings.HasPrefix(v, "ي") && utf8.RuneCountInString(v) != 3 && !strings.HasPrefix(v, "y") && v != "bless" {
			continue // "ربنا يستر", "الله يرحمه", "ربنا ستر", "rabena ystor", "God bless"
		}
		end := k + 2
		for end < len(ts) && !ts[end].sep {
			end++
		}
		if figureIn(ts[k:end]) || r.headIn(ts[k+2:end]) {
			// "ربنا يشفيها ومعاه ترابيزة …": the goods joined by و after
			// the prayer are asked; the prayer ends before them
			c := k + 2
			for c < end && !ts[c].conj {
				c++
			}
			if c == end || figureIn(ts[k:c]) || r.headIn(ts[k+2:c]) {
				continue
			}
			end = c
		}
		for j := k; j < end; j++ {
			ts[j].aside, ts[j].used, ts[j].lex, ts[j].color = true, true, false, ""
		}
		k = end
	}
}

// storyTold: a story told beside an order that names nothing of the
// goods: what someone was told ("البواب قالي ان الحرامية طلعوا العمارة
// اللي جنبنا", "el bawab 2aly en …"), where the speaker lives ("انا ساكنة في الدور التالت"), the lone
// "ف" (so) that leads from the story to the order. A clause holding a
// catalog word, a figure, a colour, a negation or a wish is never story.
func storyTold(ts []token, k int) bool {
	t := ts[k]
	if t.surface == "ف" {
		return true
	}
	if livesWords[t.text] && (speakerWords[prev(ts, k).text] || k+1 < len(ts) && !ts[k+1].sep && livesIn[ts[k+1].text]) {
		return true
	}
	if k+2 < len(ts) && !ts[k+1].sep && toldOpens(ts, k+1) {
		return plainClause(ts, k+1) // the teller: "والبواب" before "قالي ان"
	}
	for j := k; j >= 0 && !ts[j].sep; j-- {
		if toldOpens(ts, j) {
			return plainClause(ts, j)
		}
	}
	return false
}

// toldOpens: a verb of saying followed by "that" ("قالي ان", "2alet en"),
// one saying what someone keeps saying ("امه بتقول هاتي حاجة بسيطة"), or
// a reason given ("اصل الصالون جديد", "اصله جاي يقعد معايا"): what
// follows is told, not asked, when it names nothing of the goods.
func toldOpens(ts []token, j int) bool {
	that := func(i int) bool {
		return i < len(ts) && !ts[i].sep && (thatWords[ts[i].text] || thatWords[ts[i].lowSurface()])
	}
	if reasonWords[ts[j].text] || reasonWords[ts[j].lowSurface()] || sayingVerbs[ts[j].text] {
		return true
	}
	if sayVerbs[ts[j].text] || francoSay[ts[j].text] {
		return that(j + 1)
	}
	if englishSay[ts[j].text] {
		return that(j+1) || j+1 < len(ts) && !ts[j+1].sep && toldWhom[ts[j+1].text] && that(j+2) // "told me that"
	}
	return false
}

// plainClause: from j to the clause's end, no word of the goods: no
// catalog word (as written or near it), figure, colour, negation, wish
// or work asked. A place ("العمارة") or "اللي" the rules placed is no
// word of the goods.
func plainClause(ts []token, j int) bool {
	for i := j; i < len(ts) && !ts[i].sep; i++ {
		t := ts[i]
		if t.lex || t.fuzzy || t.work || t.counted || t.neg || t.color != "" || isNumber(t.text) || orderCues[t.text] || orderCues[strings.TrimPrefix(t.text, "و")] {
			return false
		}
	}
	return true
}

// reasonWords open a reason in Egyptian ("اصل", "because", with its
// subject on it: "اصله", "اصلها"): what follows says why.
var reasonWords = set("اصل", "اصله", "اصلها", "اصلهم", "اصلنا", "اصلك", "asl", "aslo", "asloh", "aslaha", "aslha")

// sayingVerbs say what someone keeps saying, the words quoted with no
// "that": "امه بتقول هاتي حاجة بسيطة", "بيقولوا".
var sayingVerbs = set("بيقول", "بتقول", "بيقولوا", "بيقولو", "بتقولوا", "bet2ol", "bi2ol", "bey2ol")

// wantedWork sets aside what the customer wants to do with the goods, said
// as a verb after a want ("وعايزين نقسم الصالة لمكتبين وغرفة اجتماعات،
// فعايزين بارتيشن …"): a present verb of I or we (ا، ن, no known word)
// right after the want with its definite object or a place after it, its
// clause up to the pause naming no goods (workClause), no question and no
// service, while goods are named elsewhere in the message. The rooms and
// places in it are the work's, never lines; a noun after a want ("وعايز
// ارابيسك") is never taken for the verb.
func (r *Rules) wantedWork(ts []token) {
	goods := false
	for _, t := range ts {
		goods = goods || !t.sep && !t.aside && t.lex && !isNumber(t.text)
	}
	if !goods {
		return
	}
	for k := 0; k+1 < len(ts); k++ {
		if ts[k].sep || !orderCues[strings.TrimPrefix(ts[k].text, "و")] || ts[k+1].sep {
			continue
		}
		v := ts[k+1].surface
		if !isArabicWord(v) || strings.HasPrefix(v, "ال") || utf8.RuneCountInString(v) < 4 || !strings.HasPrefix(v, "ن") && !strings.HasPrefix(v, "ا") ||
			askVerbs[ts[k+1].text] || ts[k+1].lex || ts[k+1].fuzzy || r.known(ts[k+1].text) || isNumberWord(ts[k+1].text) || !r.workClause(ts, k+1) {
			continue
		}
		if k+2 >= len(ts) || ts[k+2].sep || !strings.HasPrefix(ts[k+2].surface, "ال") && !r.placeToken(ts[k+2]) && !headingAfter(ts, k) || utf8.RuneCountInString(v) > 5 {
			continue // a verb and its definite object, a place: "نقسم الصالة" ("وعايز ارابيسك" is goods)
		}
		if r.madeGoods(ts, k+2) {
			continue // "عايز اعمل مطبخ" in a shop of kitchens: the kitchen made is the goods
		}
		end := k + 1
		for ; end < len(ts) && !ts[end].sep; end++ {
			t := ts[end]
			if t.when || serviceTopics[t.text] || priceCues[t.text] || serviceVerb(t.text) {
				break
			}
		}
		if end < len(ts) && !ts[end].sep || end < len(ts) && ts[end].text == "?" {
			continue // a service or a question in it: for staff
		}
		for j := k + 1; j < end; j++ {
			ts[j].used, ts[j].aside = true, true
		}
		k = end
	}
}

// madeGoods: the place word after a verb of making or doing ("عايز اعمل
// مطبخ", "3ayez a3mel matba5") heads the shop's own products and is said
// bare — no article, no "for", nothing after it naming a place, no list
// heading after it: the thing made is the goods the shop sells, as
// "عايز مطبخ" is ("which kitchen?"), never a room worked on.
func (r *Rules) madeGoods(ts []token, j int) bool {
	t := ts[j]
	if strings.HasPrefix(t.surface, "ال") || t.prep || !t.lex || !r.isHead(t.text) || headingAfter(ts, j-2) {
		return false
	}
	for i := j + 1; i < len(ts) && !ts[i].sep; i++ {
		if r.placeToken(ts[i]) {
			return false
		}
	}
	return true
}

// headingAfter: a list's heading ("المطلوب:", "الطلب:", "الطلبات:")
// comes after k: what the customer wants to do said before it ("عايزين
// نعمل جلسة حلوة نقعد فيها بالليل. المطلوب: …"), its object indefinite,
// is the story; the goods are the list's.
func headingAfter(ts []token, k int) bool {
	for j := k + 1; j+1 < len(ts); j++ {
		if !ts[j].sep && headingWords[ts[j].text] && ts[j+1].text == ":" {
			return true
		}
	}
	return false
}

var headingWords = set("المطلوب", "الطلب", "الطلبات", "الطلبيه")

// workClause: plainClause, a place or a room the work is for ("لمكتبين")
// allowed whatever else its word names in the catalog.
func (r *Rules) workClause(ts []token, j int) bool {
	for i := j; i < len(ts) && !ts[i].sep; i++ {
		t := ts[i]
		if (t.lex || t.fuzzy) && !r.placeToken(t) && !placeWord(wordKey(strings.TrimSuffix(strings.TrimPrefix(t.surface, "ل"), "ين"))) {
			return false
		}
		if t.work || t.counted || t.neg || t.color != "" || isNumber(t.text) || orderCues[strings.TrimPrefix(t.text, "و")] {
			return false
		}
	}
	return true
}

// askVerbs ask rather than do: "عايز اعرف", "عايز اسال".
var askVerbs = set("اعرف", "نعرف", "اسال", "نسال", "استفسر", "نستفسر", "افهم", "نفهم", "اشوف", "نشوف")

// livesWords: "ساكن", "sakna", "live": where the speaker lives.
var livesWords = set("ساكن", "ساكنه", "ساكنين", "saken", "sakna", "sakneen", "live", "lives")

// speakerWords: I, we.
var speakerWords = set("انا", "احنا", "ana", "e7na", "ehna", "i", "we")

// livesIn: in (after "ساكن").
var livesIn = set("في", "فى", "f", "fe", "fi", "fel", "fil")

// thatWords: "that" after a verb of saying.
var thatWords = set("ان", "إن", "en", "enn", "inn", "that")

// englishSay: English verbs of saying, "told me that", "said that".
var englishSay = set("told", "said", "says", "tells", "tell")

// toldWhom: who was told: "told me that", "told us that".
var toldWhom = set("me", "us")

// francoSay: Franco's verbs of saying.
var francoSay = set("2al", "2alet", "2aly", "2ali", "2alli", "2alitli", "2aletly", "2alouli", "2aloly")

// likened: a noun said after "زي"/"مثل"/"like" (with "the" between in
// English or Franco) that the shop's words do not know is what the goods
// are likened to ("اضاءة صفرا زي الفنادق", "lighting like the hotels",
// "zay el fanade2"): a look described, never a line. "نفس" (the same) is
// no likening: what follows it is a product or a measure said again.
func likened(ts []token, k int) bool {
	j := k - 1
	if j >= 0 && !ts[j].sep && articleWords[ts[j].lowSurface()] {
		j--
	}
	if j < 0 || ts[j].sep || !likeningWords[ts[j].lowSurface()] && !likeningWords[ts[j].text] {
		return false
	}
	t := ts[k]
	if t.lex || t.fuzzy || t.color != "" || isNumber(t.text) {
		return false
	}
	// an Arabic noun takes its article ("الفنادق"); a Latin one may not
	return strings.HasPrefix(t.surface, "ال") || !isArabicWord(t.surface)
}

// likeningWords: like, as (not "the same").
var likeningWords = set("زي", "زى", "مثل", "زيي", "like", "zay", "zai", "zayy", "zay")

// articleWords: "the" between a likening word and its noun.
var articleWords = set("the", "el", "al")

// comingToCollect: the customer's own coming to take the goods, a future
// verb of passing or coming ("هاعدي اخدها بكرة", "هنيجي نستلمها", "ha3ady
// a5odha"): when they are collected, not what is asked.
func comingToCollect(ts []token, k int) bool {
	if collectVerbs[ts[k].text] || collectVerbs[ts[k].lowSurface()] {
		return true
	}
	// the taking said right after it: "ha3ady a5odhom" (I take them)
	return k > 0 && !ts[k-1].sep && collectVerbs[ts[k-1].lowSurface()] && collectTakes[ts[k].lowSurface()] || sentToCollect(ts, k)
}

// sentToCollect: the word at k is of the customer sending someone to
// collect the goods — a verb of sending in the first person's future, a
// person, a verb of taking or receiving them ("هبعت حد يستلمهم بكرة",
// Franco "hab3at 7ad yestalemhom", "هنبعت السواق ياخدهم").
func sentToCollect(ts []token, k int) bool {
	for a := k - 2; a <= k; a++ {
		if a < 0 || a+2 >= len(ts) || ts[a].sep || ts[a+1].sep || ts[a+2].sep {
			continue
		}
		if sendWords[keyAt(ts, a)] && senders[wordKey(ts[a+1].lowSurface())] &&
			collectedBy[wordKey(ts[a+2].lowSurface())] {
			return true
		}
	}
	return false
}

var (
	// sendWords: I or we will send (ه/ح + بعت).
	sendWords = set("هبعت", "هابعت", "حبعت", "حابعت", "هنبعت", "حنبعت", "hab3at", "haba3at", "hb3at", "7ab3at", "hanb3at", "hanab3at")
	// senders: whom the customer sends.
	senders = set("حد", "السواق", "ابني", "اخويا", "7ad", "el sawa2", "sawa2", "ebni", "akhoya")
	// collectedBy: he takes or receives it or them.
	collectedBy = set("يستلمهم", "يستلمها", "يستلمه", "ياخدهم", "ياخدها", "ياخده", "يجيبهم", "يجيبها", "yestalemhom", "yestelemhom",
		"yestalemha", "yestelemha", "yestalemo", "ya5odhom", "ya5odha", "ya5odo", "yegibhom", "yegebhom")
)

// collectTakes: Franco's I or we take or receive it or them.
var collectTakes = set("a5odha", "a5odho", "a5odhom", "ana5odha", "na5odha", "na5odhom", "na5odho", "astelemha", "astelemhom", "nestelemha", "nestelemhom")

// collectVerbs: I or we will pass by or come (ه/ها + عدي، جي، فوت).
var collectVerbs = set("هاعدي", "هعدي", "هنعدي", "هاجي", "هجي", "هنيجي", "هنجي", "هفوت", "هافوت", "هنفوت",
	"ha3ady", "ha3addy", "ha3adi", "hagy", "hagi", "hanegy", "hafoot", "hanfoot")

// thanked: thanks said beside an order, from the thanks word to the end of
// its clause ("تسلم يا حاج", "شكرا مقدما", "وبجد شكرا على صبركم", "thanks a
// lot for your patience", "shokran 3ala ta3abko"), with "really" right
// before it: politeness, never goods. A clause naming a figure, a catalog
// word, a colour or a want is left as said.
func thanked(ts []token, k int) bool {
	if sincerely[keyAt(ts, k)] && k+1 < len(ts) && !ts[k+1].sep && thanksAt(ts, k+1) {
		return thankClause(ts, k+1)
	}
	for j := k; j >= 0 && !ts[j].sep; j-- {
		if thanksAt(ts, j) {
			return thankClause(ts, j)
		}
	}
	return false
}

// thanksAt: a thanks word at j, with "و" on it or not.
func thanksAt(ts []token, j int) bool {
	w := ts[j].lowSurface()
	return thanksWords[wordKey(w)] || thanksWords[wordKey(strings.TrimPrefix(w, "و"))]
}

// thankClause: from the thanks word at j to its clause's end, no word of
// the goods (plainClause).
func thankClause(ts []token, j int) bool {
	for i := j + 1; i < len(ts) && !ts[i].sep; i++ {
		if t := ts[i]; t.lex && !t.fuzzy || t.color != "" || isNumber(t.text) || orderCues[t.text] || orderCues[strings.TrimPrefix(t.text, "و")] {
			return false
		}
	}
	return true
}

// sincerely: "really", said before thanks: "وبجد شكرا".
var sincerely = set("بجد", "really", "bgad", "begad", "bjad")

// selfDone sets aside a clause telling what the customer will do with
// their own hands ("هلف الخيط بنفسي", "هركبها بنفسنا", "هدهنها بايدي"):
// a verb of the first person (ه، ح، ب، ن or ا before it) opening the
// clause and "بنفسي" (myself) in it, no figure: what the shop need not
// do, no goods even where a word of it is the catalog's.
func selfDone(ts []token) {
	for a := 0; a < len(ts); a++ {
		if ts[a].sep || a > 0 && !ts[a-1].sep {
			continue
		}
		b := a
		self := false
		for b < len(ts) && !ts[b].sep {
			if self && selfBut[ts[b].lowSurface()] && b+1 < len(ts) && !ts[b+1].sep {
				break // "احنا هنفرش بنفسنا بس ابعتوهم على القاعة": what the shop is asked after "but" is no work of the customer's
			}
			self = self || selfWords[ts[b].text] || selfWords[wordKey(strings.TrimPrefix(ts[b].surface, "و"))] || handsWords[ts[b].text]
			if isNumber(ts[b].text) {
				self = false
				break
			}
			b++
		}
		if !self || !myVerb(ts[a]) {
			a = b
			continue
		}
		for k := a; k < b; k++ {
			ts[k].aside, ts[k].used, ts[k].lex, ts[k].color = true, true, false, ""
		}
		a = b
	}
}

// selfBut: "but" in a clause of the customer's own work opens what the
// shop is asked after all ("هنفرش بنفسنا بس ابعتوهم", "we'll set up
// ourselves but deliver them") (selfDone).
var selfBut = set("بس", "لكن", "bas", "but")

// handsWords: with my own hands ("بايدي", "بإيدي").
var handsWords = set("بايدي", "بايدينا", "بيدي")

// myVerb: t reads as a verb of the customer's, in the future or the
// present (هلف، حركب، بلف، نركب، اركب), no word of the catalog nor a
// want-verb.
func myVerb(t token) bool {
	w := strings.TrimPrefix(t.surface, "و")
	if t.lex || orderCues[t.text] || orderCues[w] || utf8.RuneCountInString(w) < 3 {
		return false
	}
	for _, p := range []string{"ه", "ح", "هن", "حن", "ب", "بن", "ن", "ا"} {
		if strings.HasPrefix(w, p) && !strings.HasPrefix(w, "ال") {
			return true
		}
	}
	return false
}

// addressed: the word at k right after the vocative "يا" (Franco "ya")
// closes its clause or the message ("بكام يا كبير؟", "el makana b kam ya
// kbeer?", "السلام عليكم يا قمرات 💕"): whom the customer speaks to,
// however they call the shop (كبير، ريس، قمرات), no goods. "يا ريت" is
// a wish (wishAsked) and "يا ترى" I wonder: never a person.
func addressed(ts []token, k int) bool {
	if k == 0 || ts[k].sep || ts[k-1].sep || isNumber(ts[k].text) {
		return false
	}
	if v := ts[k-1].lowSurface(); v != "يا" && v != "ya" {
		return false
	}
	if w := ts[k].lowSurface(); w == "ريت" || w == "reet" || w == "rit" || w == "ترى" || w == "تري" {
		return false
	}
	return k+1 >= len(ts) || ts[k+1].sep
}

// plainMade: "plain" of goods, with no print or pattern ("كرتونة سادة",
// "قماش ساده"): the catalog's goods as made when no name of it says so.
var plainMade = set("ساده", "سادة")
