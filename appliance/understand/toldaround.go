package understand

import (
	"strings"
	"unicode/utf8"
)

// Words a customer tells around an order (h40f): read by Egyptian Arabic's
// morphology — و and ل before, the verb's prefixes and the pronouns after
// — and placed only beside a line read (Rules.unexplained), never a word
// of the catalog's (those are read as goods first).

// toldAround: token k is talk around the order — a verb of the story
// (storyVerb), "before it"/"after it" (relativeWhen), "for my company"
// (forMyPlace), "how much do you charge" (chargeAsked).
func toldAround(ts []token, k int) bool {
	t := ts[k]
	if t.sep || t.lex || t.color != "" || isNumber(t.text) {
		return false
	}
	w := wordKey(t.lowSurface())
	return storyVerb(w) || relativeWhen(w) || forMyPlace(w) || chargeAsked(ts, k)
}

// storyStems are the roots of what people around the order do, told as
// why or when, never what is sold: receive (استلم: "نستلمها يوم
// الخميس", "هستلمهم"), sing (غني: "وبتغني طول اليوم"), dance (رقص),
// play an instrument (عزف: "بيعزف من صغره"). Read with the verb's
// prefixes and object endings (stemVerb): a stem alone is no verb.
var storyStems = set("ستلم", "غني", "رقص", "عزف")

// storyVerb: w (و or ف before it taken off) is a verb of the storyStems
// ("وبتغني", "نستلمها", "هيستلموا"), or Franco's receiving ("nestelemha",
// "hastelemhom", "yestelemha").
func storyVerb(w string) bool {
	for _, c := range []string{"", "و", "ف"} {
		st, ok := strings.CutPrefix(w, c)
		if !ok || utf8.RuneCountInString(st) < 3 {
			continue
		}
		if stemVerb(st, storyStems) || francoReceive(st) {
			return true
		}
	}
	return false
}

// francoReceive: Franco's present or future of استلم with its person and
// object ("nestelemha", "hastelemhom", "yestalemha", "astelem").
func francoReceive(w string) bool {
	if !isLatinWord(w) {
		return false
	}
	for _, stem := range []string{"stelem", "stalem", "stlem", "stlm"} {
		i := strings.Index(w, stem)
		if i < 1 || i > 3 {
			continue
		}
		pre, obj := w[:i], w[i+len(stem):]
		if francoPersons[pre] && francoObjects[obj] {
			return true
		}
	}
	return false
}

var (
	// francoPersons: the present's persons with the future ه ("a", "ne",
	// "hane", "ha"), written before a Franco verb stem.
	francoPersons = set("a", "e", "ne", "n", "ye", "y", "te", "t", "ha", "hane", "han", "hay", "haye", "hat", "hate", "hn")
	// francoObjects: it, her, them, him after a Franco verb ("-ha",
	// "-hom", "-o") or none.
	francoObjects = set("", "ha", "hom", "hum", "o", "oh", "u", "aha", "ohom")
)

// relativeWhen: w is "before it" or "after it" with its pronoun ("وقبلها",
// "بعدهم", Franco "abliha", "ba3daha"): a line's time told by another
// line, no goods.
func relativeWhen(w string) bool {
	for _, c := range []string{"", "و", "ف"} {
		if st, ok := strings.CutPrefix(w, c); ok && (beforeAfterIt[st] || utf8.RuneCountInString(st) >= 4 && francoBeforeAfterIt(st)) {
			return true
		}
	}
	return false
}

// beforeAfterIt: قبل and بعد with it, her, them, him.
var beforeAfterIt = set("قبلها", "قبله", "قبلهم", "قبلهن", "بعدها", "بعده", "بعدهم", "بعدهن")

// francoBeforeAfterIt: Franco "abliha", "2ablaha", "ablo", "ba3daha",
// "ba3dohom": abl or ba3d and a pronoun ending.
func francoBeforeAfterIt(w string) bool {
	for _, p := range []string{"2abl", "abl", "ba3d"} {
		if rest, ok := strings.CutPrefix(w, p); ok && francoItEnds[rest] {
			return true
		}
	}
	return false
}

// francoItEnds: the pronoun endings of a Franco preposition.
var francoItEnds = set("iha", "aha", "ha", "eha", "o", "oh", "aho", "ohom", "ahom", "hom", "ehom", "ihom")

// forMyPlace: w is ل (for, to) before a place with its possessive ("لشركتي",
// "لبيتنا", "وللمحلي" is no word): whom or where the goods are for, said as
// the customer's own place.
func forMyPlace(w string) bool {
	for _, p := range []string{"ول", "ل"} {
		st, ok := strings.CutPrefix(w, p)
		if !ok || utf8.RuneCountInString(st) < 3 || strings.HasPrefix(st, "ل") {
			continue
		}
		for _, ps := range possessed(st) {
			if placeWords[ps.noun] && !strings.HasPrefix(ps.noun, "ال") {
				return true
			}
		}
	}
	return false
}

// chargeAsked: "charge" asked of the shop ("how much do you charge",
// "what would you charge for"): a price asked, its verb said by whom. A
// charge "extra" or "more" is a surcharge asked, for a work the words
// after it may name — left for a person.
func chargeAsked(ts []token, k int) bool {
	w := ts[k].lowSurface()
	if w != "charge" && w != "charges" || k == 0 || ts[k-1].sep {
		return false
	}
	if k+1 < len(ts) && !ts[k+1].sep && surcharged[ts[k+1].lowSurface()] {
		return false
	}
	return chargedBy[ts[k-1].lowSurface()]
}

var (
	// chargedBy: who charges, right before the verb.
	chargedBy = set("you", "u", "ya", "they", "y'all")
	// surcharged: a charge on top ("charge extra", "charge more").
	surcharged = set("extra", "more", "additional", "anything", "something")
)
