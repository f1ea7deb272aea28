package pipeline

import (
	"math"
	"strconv"
	"strings"

	"fatoora/appliance/invoice"
	"fatoora/appliance/understand"
	"fatoora/catalog/arabic"
)

// Typed answers. Customers type as often as they tap: "تمام" under a
// quote's «تأكيد الطلب», "التاني" or "ال 4 طبقات" under a list of
// products. A typed answer is taken only when the whole message is the
// answer — words of agreement, an ordinal, or words that name one option
// and no other — with nothing else said beside them; anything more is read
// as a new message.

// answerFiller are words said around a typed answer that change nothing:
// address ("يا فندم"), politeness, "the one", "I want", "the order".
var answerFiller = wordSet("يا", "فندم", "حضرتك", "باشا", "ريس", "استاذ", "معلم", "لو", "سمحت", "من", "فضلك", "بعد", "اذنك",
	"عايز", "عاوز", "عايزه", "عاوزه", "محتاج", "هاخد", "ال", "اللي", "بتاع", "بتاعه", "بتاعت", "ابو", "ده", "دي", "دا", "واحد", "وحده",
	"الطلب", "الاوردر", "الفاتوره", "كده", "خلاص", "على", "طول", "بالله", "عليك",
	"the", "one", "i", "want", "ll", "take", "please", "pls", "plz", "order", "invoice", "it", "go", "ahead", "3ayez", "3awez", "el", "wa7ed",
	"ya", "fandem", "law", "sama7t", "fatora", "talab", "kda", "keda", "5alas", "khalas")

// agreeWords say yes to a quote: "تمام", "اوك", "أكد الطلب", "ابعت الفاتورة",
// "هاخده", "ok", "confirm".
var agreeWords = wordSet("تمام", "تمم", "اوك", "اوكي", "اوكيه", "موافق", "موافقه", "موافقين", "ماشي", "اكد", "اكده", "اكدها", "اكدلي",
	"اكدوا", "اكدو", "ايوه", "ايوا", "اه", "نعم", "اتفقنا", "ابعت", "ابعتلي", "ابعتها", "ابعتهالي", "ابعتوها", "ابعتوا", "هاخده",
	"هاخدها", "هاخدهم", "هناخده", "هناخدها", "هناخدهم", "توكلنا",
	"ok", "okay", "okey", "k", "yes", "yeah", "yep", "sure", "confirm", "confirmed", "send", "tamam", "tmam", "mashy", "mashi", "aywa", "ah",
	"akked", "ab3at", "ab3atli", "eb3at", "eb3atli", "hakhdo", "ha5do")

// agreeMarks are the emoji that say yes on their own.
var agreeMarks = []string{"👍", "👌", "✅", "🆗"}

// ordinalWords pick an option by its place: with the article ("التاني",
// "el tany"), or bare before "واحد" ("تاني واحد": the second one; "واحد
// تاني" is "another one" and picks nothing).
var ordinalWords = map[string]int{
	"الاول": 1, "التاني": 2, "الثاني": 2, "التالت": 3, "الثالث": 3, "الرابع": 4, "الخامس": 5, "السادس": 6,
	// said of a feminine noun ("التالتة" of ترابيزة), ة written ه
	"الاولي": 1, "التانيه": 2, "الثانيه": 2, "التالته": 3, "الثالثه": 3, "الرابعه": 4, "الخامسه": 5, "السادسه": 6,
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5,
}

var bareOrdinals = map[string]int{"اول": 1, "تاني": 2, "ثاني": 2, "تالت": 3, "ثالث": 3, "رابع": 4, "خامس": 5, "تانيه": 2, "تالته": 3,
	"awel": 1, "tany": 2, "tani": 2, "talet": 3, "tanya": 2, "talta": 3}

// oneWords are "one" after a bare ordinal ("تاني واحد"), articleWords the
// article written apart before it ("el tany", "ال تاني").
var oneWords, articleWords = wordSet("واحد", "وحده", "واحده", "one", "wa7ed", "wahed", "wa7da"), wordSet("ال", "el", "the")

// numberWord says the next figure is an option's number: "رقم ٢".
var numberWord = wordSet("رقم", "number", "no", "nb", "rakam")

var lastWords = wordSet("الاخير", "الاخيره", "اخر", "last")

func wordSet(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// answerTokens are the typed message's words, normalised.
func answerTokens(text string) []string { return arabic.Tokens(arabic.Normalize(text)) }

// typedAgreement: the message says yes and nothing else ("تمام", "اوك يا
// فندم", "أكد الطلب", "👍"). A question ("تمام كده؟") or any other word
// ("تمام بس …", "مش موافق") is no agreement.
func typedAgreement(text string) bool {
	if strings.ContainsAny(text, "?؟") {
		return false
	}
	ts := answerTokens(text)
	agree := false
	for _, t := range ts {
		switch {
		case agreeWords[t]:
			agree = true
		case answerFiller[t]:
		default:
			return false
		}
	}
	if len(ts) == 0 {
		rest := strings.TrimSpace(text)
		for _, m := range agreeMarks {
			rest = strings.ReplaceAll(rest, m, "")
		}
		return rest != strings.TrimSpace(text) && strings.TrimSpace(strings.Map(dropSkinTone, rest)) == ""
	}
	return agree
}

func dropSkinTone(r rune) rune {
	if (r >= 0x1F3FB && r <= 0x1F3FF) || r == 0xFE0F {
		return -1
	}
	return r
}

// typedPick is the option a typed message names, by its place ("التاني",
// "رقم ٣", "the last one") when byPlace, or by words of its title that no
// other option has ("ال 4 طبقات" when only one title says 4), with nothing
// else said.
func typedPick(text string, opts []Option, byPlace bool) (int, bool) {
	if len(opts) == 0 || strings.ContainsAny(text, "?؟") {
		return 0, false
	}
	ts := answerTokens(text)
	if k, ok := ordinalPick(ts, len(opts)); ok {
		return k, byPlace
	}
	return wordsPick(ts, opts)
}

// priceFiller are words around a price asked of an option that change
// nothing: "how much is the glass one", "والزان بقى بكام؟".
var priceFiller = wordSet("is", "are", "for", "of", "هو", "هي", "بقي", "طب", "طيب", "و")

// pricePick is the option a price question under a list names: by words
// only its title has ("بكام الزان؟", "الزجاج سعره كام", "how much is the
// glass one?") or, under the last question asked (byPlace), by its place
// ("التاني بكام؟"), with nothing else said.
func pricePick(text string, opts []Option, byPlace bool) (int, bool) {
	var rest []string
	asked := false
	for _, t := range answerTokens(text) {
		switch {
		case understand.PriceWord(t):
			asked = true
		case !priceFiller[t]:
			rest = append(rest, t)
		}
	}
	if !asked || len(rest) == 0 {
		return 0, false
	}
	if k, ok := ordinalPick(rest, len(opts)); ok {
		return k, byPlace
	}
	return wordsPick(rest, opts)
}

// ordinalPick reads "التاني", "تاني واحد", "رقم 2", "the last one".
func ordinalPick(ts []string, n int) (int, bool) {
	pick, picks := 0, 0
	for i, t := range ts {
		k := 0
		switch {
		case ordinalWords[t] > 0:
			k = ordinalWords[t]
		case bareOrdinals[t] > 0 && ((i+1 < len(ts) && oneWords[ts[i+1]]) || (i > 0 && articleWords[ts[i-1]])):
			k = bareOrdinals[t]
		case lastWords[t]:
			k = n
		case numberWord[t] && i+1 < len(ts):
			if v, err := strconv.Atoi(ts[i+1]); err == nil && v > 0 {
				k = v
			}
		}
		if k > 0 {
			pick, picks = k, picks+1
		}
	}
	if picks != 1 || pick > n {
		return 0, false
	}
	for i, t := range ts { // nothing said but the place and filler
		if ordinalWords[t] > 0 || bareOrdinals[t] > 0 || lastWords[t] || answerFiller[t] || numberWord[t] ||
			(i > 0 && numberWord[ts[i-1]] && isNumber(t)) {
			continue
		}
		return 0, false
	}
	return pick - 1, true
}

// wordsPick: every word said is in some option's title or is filler, and
// the words that tell the options apart are all in one title only.
func wordsPick(ts []string, opts []Option) (int, bool) {
	titles := make([]map[string]bool, len(opts))
	for i, o := range opts {
		titles[i] = map[string]bool{}
		for _, w := range answerTokens(o.Title) {
			titles[i][arabic.Stem(w)] = true
		}
	}
	var telling []string
	for _, t := range ts {
		s := arabic.Stem(t)
		in := 0
		for _, tw := range titles {
			if tw[s] {
				in++
			}
		}
		switch {
		case in == 0 && answerFiller[t]:
		case in == 0:
			return 0, false // a word no option has: not an answer to this list
		case in < len(opts):
			telling = append(telling, s)
		}
	}
	if len(telling) == 0 {
		return 0, false
	}
	pick := -1
	for i, tw := range titles {
		all := true
		for _, s := range telling {
			all = all && tw[s]
		}
		if all {
			if pick >= 0 {
				return 0, false // two options have every telling word
			}
			pick = i
		}
	}
	return pick, pick >= 0
}

func isNumber(t string) bool {
	_, err := strconv.ParseFloat(t, 64)
	return err == nil
}

// typedCount is the count a short answer to "how many?" says: "٦", "ستة",
// "6 كراسي", "هاخد ٤ لو سمحت" — one whole count from 1 to 999 in at most
// five words; none when it says two figures, a fraction or none.
func typedCount(text string) (float64, bool) {
	ts := answerTokens(text)
	if len(ts) == 0 || len(ts) > 5 {
		return 0, false
	}
	n, found := 0.0, 0
	for _, t := range ts {
		v, err := strconv.ParseFloat(t, 64)
		ok := err == nil
		if !ok {
			v, ok = understand.CountWord(t)
		}
		if ok {
			n, found = v, found+1
		}
	}
	if found != 1 || n < 1 || n > 999 || n != math.Trunc(n) {
		return 0, false
	}
	return n, true
}

// thanked: the message thanks the shop and says nothing else but filler,
// agreement or warm words ("شكرا جزيلا", "تمام متشكر يا فندم", "thanks a lot").
func thanked(text string) bool {
	thanks := false
	for _, t := range answerTokens(text) {
		switch {
		case understand.ThanksWord(t):
			thanks = true
		case agreeWords[t] || answerFiller[t] || warmWords[t] || receiptWords[t]:
		default:
			return false
		}
	}
	return thanks
}

// warmWords are said with thanks: "جزيلا", "ربنا", "you", "a lot", "ايدك".
var warmWords = wordSet("جزيلا", "جدا", "ربنا", "الله", "ايدك", "ايديك", "خالص", "you", "a", "lot", "so", "much", "very", "many", "kteer", "awi", "جزاك", "خيرا")

// followsUp: the message asks about or changes what came before — it asks
// (asksAbout), or it says a count with no product ("اوك هاخد ٢", "خليهم
// تلاتة").
func followsUp(text string) bool {
	for _, t := range answerTokens(text) {
		if v, ok := understand.CountWord(t); isNumber(t) || ok && v >= 2 {
			return true
		}
	}
	return asksAbout(text)
}

// backWords point at goods said before with a pronoun: "تركيب ليهم" (for
// them), "التوصيل بتاعهم" (theirs), "عايز ٢ منهم" (of them), "for them".
// "ليه" is left out: it is also "why".
var backWords = wordSet("ليهم", "لهم", "ليها", "بتاعهم", "بتاعتهم", "بتوعهم", "معاهم", "منهم", "عليهم", "عليها", "فيهم",
	"lehom", "lihom", "leha", "bta3hom", "m3ahom", "ma3ahom", "menhom", "3alehom", "them")

// refersBack: the message names goods for what was said before ("وعايز
// تركيب ليهم", "installation for them").
func refersBack(text string) bool {
	for _, t := range answerTokens(text) {
		if backWords[t] {
			return true
		}
	}
	return false
}

// asksAbout: a question mark, or an opening "طب و…", "طيب و…", "what
// about", "how about", "and the".
func asksAbout(text string) bool {
	if strings.ContainsAny(text, "?؟") {
		return true
	}
	ts := answerTokens(text)
	if len(ts) < 2 {
		return false
	}
	switch ts[0] + " " + ts[1] {
	case "what about", "how about", "and the", "and what":
		return true
	}
	return (ts[0] == "طب" || ts[0] == "طيب" || ts[0] == "tab" || ts[0] == "tayeb") && (strings.HasPrefix(ts[1], "و") || strings.HasPrefix(ts[1], "w"))
}

// A document asked for again: "ممكن تبعتلي الفاتورة تاني؟", "عرض السعر مش
// بيفتح عندي", "send me the invoice again", "el fatora mawsaletsh". The
// message names a document, says it again or says it did not arrive or
// open, and says nothing else (a request verb, politeness, address). A
// document named with no such word ("ابعتلي الفاتورة" under a quote) is
// the quote's confirmation, and "كمان" alone ("also") no "again"; a
// document's number, or any other word, is for a person.
var (
	// docWords name the document, by kind ("" for either).
	docWords = map[string]invoice.Kind{
		"الفاتوره": invoice.KindInvoice, "فاتوره": invoice.KindInvoice, "فاتورتي": invoice.KindInvoice, "الفتوره": invoice.KindInvoice,
		"invoice": invoice.KindInvoice, "fatora": invoice.KindInvoice, "fatoora": invoice.KindInvoice, "fatura": invoice.KindInvoice, "el-fatora": invoice.KindInvoice,
		"quote": invoice.KindQuote, "quotation": invoice.KindQuote,
		"pdf": "", "الملف": "", "ملف": "", "file": "", "document": "", "البي": "",
	}
	// docPhrases are two-word names: "عرض السعر", "عرض الاسعار", "بي دي اف".
	docPhrases = map[string]invoice.Kind{"عرض السعر": invoice.KindQuote, "عرض سعر": invoice.KindQuote, "عرض الاسعار": invoice.KindQuote,
		"3ard el": invoice.KindQuote, "دي اف": ""}
	// againWords ask for it again; missedWords say it did not come or open.
	againWords  = wordSet("تاني", "تانى", "تانيه", "مره", "again", "tany", "tani", "tanya", "marra", "resend", "re-send")
	missedWords = wordSet("مش", "مبيفتحش", "مابيفتحش", "مفتحتش", "مافتحتش", "موصلتش", "ماوصلتش", "موصلش", "ماوصلش", "موصلتنيش",
		"ماوصلتنيش", "مجاتش", "ماجاتش", "مجاش", "ضاعت", "ضاع", "اتمسحت", "اتمسح", "didn't", "didnt", "not", "never", "can't", "cant",
		"cannot", "mawsaletsh", "mawsaltsh", "msh", "mesh", "mish")
	// docAround are said around the request beside the words of a typed
	// answer (answerFiller, agreeWords: "لو سمحت", "ابعتلي") and of a
	// receipt (receiptWords): verbs of sending and opening, "عندي", "last".
	docAround = wordSet("ابعتيلي", "ابعتولي", "ابعتوهالي", "تبعت", "تبعتلي", "تبعتيلي", "تبعتها", "تبعتهالي", "تبعتوها", "تبعتولي",
		"تبعتوهالي", "ارسل", "ارسلي", "ارسلها", "ابعته", "ابعتهولي", "تبعتهولي", "بيفتح", "فاتح", "فاتحه", "بتفتح", "بيفتحش", "جه", "ظاهر",
		"ظاهره", "عندي", "معايا", "ممكن", "بتاعتي", "بتاعي", "تاعتي", "كمان", "اخر", "الاخيره", "الاخير", "عشان", "علشان", "يعني", "بس",
		"معلش", "شكرا", "هي", "هو", "me", "my", "could", "can", "you", "did", "get", "receive", "open", "opening", "doesn't", "doesnt",
		"does", "is", "was", "last", "a", "copy", "of", "sorry", "hi", "hello", "teb3atli", "momken", "3andy", "3andi", "bteftah",
		"betefta7", "beyefta7")
)

// docAgain reports whether the message asks for a document again, and of
// which kind ("" when it does not say).
func docAgain(text string) (invoice.Kind, bool) {
	ts := answerTokens(text)
	var kind invoice.Kind
	named, again := false, false
	for i := 0; i < len(ts); i++ {
		t := ts[i]
		if i+1 < len(ts) {
			if k, ok := docPhrases[t+" "+ts[i+1]]; ok {
				named, kind, i = true, k, i+1
				continue
			}
		}
		switch k, ok := docWords[t]; {
		case ok:
			named = true
			if k != "" {
				kind = k
			}
		case againWords[t] || missedWords[t]:
			again = true
		case aroundDoc(t):
		default:
			return "", false
		}
	}
	return kind, named && again
}

// receiptWords say a document came: "وصلت", "استلمتها", "got it".
var receiptWords = wordSet("وصلت", "وصلتني", "وصل", "وصلني", "جت", "استلمت", "استلمتها", "استلمناها", "اتستلمت", "تمام", "received", "got",
	"it", "thanks", "thank", "wslt", "weslet", "wesel", "estalamt")

// namesDoc: the message speaks of the document — names it — with words
// beyond its receipt, thanks or agreement ("عايز الفاتورة باسم الشركة",
// "الفاتورة مش مظبوطة"): after a document, a change to it or a question
// about it, for a person. "الفاتورة وصلت، شكرا" is none.
func namesDoc(text string) bool {
	ts := answerTokens(text)
	named, beyond := false, false
	for i, t := range ts {
		_, doc := docWords[t]
		if i+1 < len(ts) {
			if _, ok := docPhrases[t+" "+ts[i+1]]; ok {
				doc = true
			}
		}
		switch {
		case doc:
			named = true
		case aroundDoc(t) || warmWords[t] || understand.ThanksWord(t):
		default:
			beyond = true
		}
	}
	return named && beyond
}

// aroundDoc: t is said around a document asked for or spoken of.
func aroundDoc(t string) bool {
	return docAround[t] || answerFiller[t] || agreeWords[t] || receiptWords[t]
}

// DocFacts are the facts of a message about a document sent before
// (Facts.DocAgain, Facts.NamesDoc) and the kind asked again, for the
// pipeline and fatoora extract alike.
func DocFacts(text string) (kind invoice.Kind, again, names bool) {
	kind, again = docAgain(text)
	return kind, again, namesDoc(text)
}
