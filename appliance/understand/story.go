package understand

import "strings"

// storyClause: token k lies in a clause of the story told before or
// beside an order, opened by who it is about — the speaker ("انا ام
// كريم من العمارة اللي قصادكم", "احنا اصحاب من اولى ابتدائي"), someone
// of the speaker's life ("ابني راجع من الكويت بكرة بعد سنتين غربة",
// "صاحبتي …"), the day it happens ("بكرة عيد ميلاد صاحبتي الانتيم") or
// the speaker's trip ("مسافرة لجوزي الرياض …") — and running to the
// clause's pause or to the want that opens the order ("… هتتلم عندنا
// وعايزة …"). The whole run names nothing of the goods (no catalog word
// as written or near it, no figure, colour, negation, wish, work, defect
// or liking said of a thing: "بنتي بتحب الشماعات" keeps the thing
// unexplained), and it is no question: those words are the story,
// placed. A clause opened by anything else, or holding any such word,
// stays as it was, and so does every story of a message that asks
// something: what it asks may be of the story.
func storyClause(ts []token, k int) bool {
	if ts[k].sep || storyStops(ts[k]) {
		return false
	}
	for _, t := range ts {
		if t.sep && questionMark(t.surface) {
			return false // a message that asks anything keeps its story for a person
		}
	}
	s, opened := k, false
	for {
		if storyOpener(ts, s) && (s == 0 || ts[s-1].sep || smallTalk[ts[s-1].text] || meWords[ts[s].text]) {
			// at the clause's start, after a greeting ("مساء الخير 🌸 بكرة
			// عيد ميلاد …"), or the speaker's own pronoun, which opens a
			// clause of its own ("يا عم رضا انا ام كريم …")
			opened = true
			break
		}
		if s == 0 || ts[s-1].sep {
			break
		}
		s--
		if storyStops(ts[s]) {
			return false
		}
	}
	if !opened {
		return false
	}
	e := k
	for e+1 < len(ts) && !ts[e+1].sep {
		e++
		t := ts[e]
		if orderCues[t.text] || orderCues[strings.TrimPrefix(t.text, "و")] {
			return true // the want that opens the order ends the story
		}
		if storyStops(t) {
			return false
		}
	}
	if e+1 < len(ts) && questionMark(ts[e+1].surface) {
		return false
	}
	return true
}

// storyStops: a word no story run holds — a word of the goods or of
// the order (storyClause).
func storyStops(t token) bool {
	w := strings.TrimPrefix(t.text, "و")
	return t.lex || t.fuzzy || t.work || t.counted || t.neg || t.color != "" || isNumber(t.text) || orderCues[t.text] || orderCues[w] ||
		defectVerb(t.text) || defectVerb(w) || likingWords[t.text] || likingWords[w]
}

// storyOpener: the clause's first word tells whom the story is about or
// when: the speaker (انا، احنا), a person of the speaker's life (ابني،
// صاحبتي، جوزي، لابني), tomorrow or yesterday, or the speaker's trip
// (مسافرة).
func storyOpener(ts []token, s int) bool {
	w := ts[s].text
	ws := []string{w}
	if st, ok := strings.CutPrefix(w, "و"); ok && len(st) >= 4 {
		ws = append(ws, wordKey(st))
	}
	for _, x := range ws {
		if meWords[x] || personaWords[x] && !isLatinWord(ts[s].surface) || tomorrowWords[x] || storyWhen[x] || tripWords[x] {
			return true
		}
	}
	return false
}

// storyWhen: days a story happens on, as it opens ("امبارح", "النهارده").
var storyWhen = set("امبارح", "امبارحه", "النهارده", "النهارضه")

// tripWords: the speaker travelling ("مسافرة لجوزي", "راجع من السفر").
var tripWords = set("مسافر", "مسافره", "مسافرين", "راجع", "راجعه", "راجعين")

// likingWords say a person likes or wishes for something: what follows
// could be the goods, never the story.
var likingWords = set("بتحب", "بيحب", "بنحب", "بحب", "بتحبها", "بيحبها", "بتحبه", "بيحبه", "بتحبهم", "بيحبهم", "نفسي", "نفسها", "نفسه", "نفسنا",
	"عاجبها", "عاجبه", "عاجبني", "عجبها", "عجبه", "عجبني", "عجبتني", "حابب", "حابه", "حابين")

// questionMark: a pause that asks.
func questionMark(s string) bool {
	return strings.ContainsAny(s, "?؟")
}

// spatialOn: a word of where with a pronoun on it — "قدامهم" (before
// them), "جنبنا" (beside us), "قصادكم" (across from you), "فوقينا" —
// where someone is, never goods. "وسط" is left out: it is also a size
// ("الوسط"), and its pronoun form "its middle".
func spatialOn(w string) bool {
	for _, s := range []string{"ينا", "هم", "ها", "كم", "كو", "نا", "ه", "ك", "ي"} {
		st, ok := strings.CutSuffix(w, s)
		if !ok || st == "وسط" {
			continue
		}
		if spatialWords[st] || acrossWords[st] {
			return true
		}
	}
	return false
}

// acrossWords: across from, facing ("قصادنا", "قصاد البيت").
var acrossWords = set("قصاد", "مقابل")

// faceWhitened sets aside the idiom "ابيض وشي" (make my face white:
// do me proud before guests, "عايزة ابيض وشي قدامهم"): a verb of
// whitening in the first person, or "يبيض"/"تبيض" (may it), right before
// "وش" with a pronoun on it. The colour word there is no colour of any
// goods; "ابيض" before anything else stays the colour it is.
func faceWhitened(ts []token) {
	for k := 0; k+1 < len(ts); k++ {
		if ts[k].sep || ts[k+1].sep || !whitenWords[ts[k].surface] || !faceWords[ts[k+1].surface] {
			continue
		}
		for _, j := range []int{k, k + 1} {
			ts[j].aside, ts[j].used, ts[j].lex, ts[j].color = true, true, false, ""
		}
	}
}

// whitenWords: "whiten" as the idiom says it, "ابيض" (I whiten), "يبيض",
// "تبيض", "نبيض" and the colour's spellings a message may give it.
var whitenWords = set("ابيض", "أبيض", "ابيّض", "يبيض", "تبيض", "نبيض", "هبيض", "هيبيض", "هتبيض")

// faceWords: the face with its owner's pronoun: "وشي", "وشنا", "وشك".
var faceWords = set("وشي", "وشى", "وشنا", "وشك", "وشكم", "وشها", "وشه", "وشهم")

// afterCity: token k is one of at most two words right after a city or
// district the rules know, said after "على"/"لحد"/"ع" ("شحن على
// اسكندرية سيدي بشر", "والتوصيل على طنطا شارع البحر"), the clause ending
// with them: the place's district, never goods. A catalog word, a figure or a
// colour anywhere in it keeps it as it was.
func afterCity(ts []token, k int) bool {
	plain := func(t token) bool {
		return !t.lex && !t.fuzzy && t.color == "" && !isNumber(t.text) && !orderCues[t.text]
	}
	for j := k - 1; j >= 1 && j >= k-2; j-- {
		if ts[j].sep {
			return false
		}
		if !areaWords[ts[j].text] || ts[j-1].sep || !towardWords[ts[j-1].text] {
			continue
		}
		e := j + 1 // the words after the city, to the clause's end: at most two, all plain
		for ; e < len(ts) && !ts[e].sep; e++ {
			if e > j+2 || !plain(ts[e]) {
				return false
			}
		}
		return true
	}
	return false
}
