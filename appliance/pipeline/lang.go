package pipeline

import (
	"strings"
	"unicode"
)

// The conversation's language. Customers write Egyptian Arabic in Arabic
// script, Franco-Arabic (Arabic in Latin letters and digits: "3ayez
// kanaba") or English; the box answers the first two in Arabic, as today,
// and English in English. Conversation.Lang keeps the language of the
// customer's latest message that showed one, so a tap, a bare "yes" or a
// "2" is answered in the language the customer was using, and a customer
// who switches is answered in the new one.
const (
	langArabic  = "ar"
	langEnglish = "en"
)

// messageLanguage is the language text is written in, read from its words
// alone:
//
//   - Arabic when words in Arabic script are at least as many as the words
//     in Latin letters ("عايز sofa رمادي");
//   - Arabic (Franco) when the Latin words hold Franco-Arabic — a word
//     spelt with the digits Franco writes letters with ("3ayez", "ma2a3ed",
//     "la2") or one of francoWords ("ana", "kanaba", "momken") — at least
//     as often as English grammar words: a Franco writer uses English nouns
//     ("3ayez 2 sofa grey please") but not English grammar;
//   - English when English grammar words (englishWords: "I", "need", "the",
//     "how", "much") outnumber the Franco ones;
//   - "" (no sign) otherwise: a figure, an emoji, or words every Egyptian
//     writes in Latin letters (weakEnglish: "ok", "yes", "thanks", "hi").
//     weak then tells whether such words were said: they decide English
//     only for a conversation that has no language yet.
func messageLanguage(text string) (lang string, weak bool) {
	arabicWords, latinWords, english, franco := 0, 0, 0, 0
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’'
	}) {
		w = strings.Trim(strings.ReplaceAll(w, "’", "'"), "'")
		switch {
		case strings.ContainsFunc(w, func(r rune) bool { return unicode.Is(unicode.Arabic, r) && unicode.IsLetter(r) }):
			arabicWords++
			continue
		case !strings.ContainsFunc(w, func(r rune) bool { return r >= 'a' && r <= 'z' }):
			continue // a figure
		}
		latinWords++
		switch {
		case francoSpelt(w) || francoWords[w]:
			franco++
		case englishWords[w]:
			english++
		case weakEnglish[w]:
			weak = true
		}
	}
	switch {
	case arabicWords > 0 && arabicWords >= latinWords:
		return langArabic, false
	case franco > 0 && franco >= english:
		return langArabic, false
	case english > 0:
		return langEnglish, false
	}
	return "", weak
}

// francoSpelt: w writes an Arabic letter with a digit (2 ء/ق, 3 ع, 5 خ,
// 6 ط, 7 ح, 8 غ, 9 ص) — between letters ("ma2a3ed", "m3ak"), after a
// vowel at its end ("la2"), or opening it before a vowel ("3ayez",
// "7aga"). A figure with its unit or ordinal ("180cm", "3rd", "2x3", "8am")
// is no Franco word.
func francoSpelt(w string) bool {
	rs := []rune(w)
	for i, r := range rs {
		if !strings.ContainsRune("2356789", r) {
			continue
		}
		before, after := i > 0 && isLatinLetter(rs[i-1]), i+1 < len(rs) && isLatinLetter(rs[i+1])
		switch {
		case before && after && strings.ContainsFunc(w, isVowel):
			return true
		case before && !after && i == len(rs)-1 && isVowel(rs[i-1]):
			return true
		case i == 0 && after && isVowel(rs[1]) && !figureSuffix[string(rs[1:])]:
			return true
		}
	}
	return false
}

func isLatinLetter(r rune) bool { return r >= 'a' && r <= 'z' }
func isVowel(r rune) bool       { return strings.ContainsRune("aeiou", r) }

// figureSuffix are the letters written on to a figure that are English:
// a time ("8am") or an ordinal's end.
var figureSuffix = wordSet("am", "a", "e", "o")

// francoWords are Franco-Arabic words written without digits that English
// does not have: pronouns, particles (the article "el", "w" for و), the
// want-verb, asking words and the furniture nouns customers spell in
// Latin letters.
var francoWords = wordSet(
	"ana", "enta", "enty", "inta", "ehna", "e7na", "howa", "heya", "ento",
	"el", "il", "w", "fe", "fi", "fel", "men", "mn", "mesh", "msh", "mish", "mosh", "ya", "law", "lw", "lau",
	"momken", "mmkn", "mumkin", "momkn", "keda", "kda", "kaman", "kman", "bardo", "brdo", "lessa", "lsa",
	"ayez", "awez", "ayza", "awza", "ayzin", "ayzeen", "mehtag", "me7tag", "ma7tag",
	"kam", "bkam", "bekam", "eh", "eih", "leh", "feen", "fen", "fein", "emta", "ezay", "izay", "ezzay",
	"tab", "tayeb", "bas", "walla", "wala", "ahlan", "shokran", "shukran", "mashy", "mashi", "tamam", "tmam",
	"aywa", "la", "laa", "yalla", "da", "di", "dol", "deh", "dah", "ashan",
	"wahed", "wahda", "etnen", "itnen", "talata", "arba", "khamsa", "setta", "sab", "tamanya", "ashra",
	"kanaba", "kanabat", "korsy", "korsi", "karasy", "karasi", "sofra", "dolab", "dawalib", "tarabeza", "tarabeiza",
	"sereer", "sarir", "matbakh", "matba5", "shafat", "mokhadda", "sagada", "setara", "lon", "loon", "alwan",
	"fandem", "basha", "hadretak", "hadritak", "ostaz", "abyad", "eswed", "iswed", "ramady", "ramadi", "bony",
)

// englishWords are English grammar and ordering words: pronouns,
// articles, auxiliaries, prepositions, question words and the verbs of
// asking for goods. No Franco writer uses them; nouns ("sofa", "grey")
// they share, so those tell nothing.
var englishWords = wordSet(
	"i", "i'm", "i'd", "i'll", "i've", "im", "me", "my", "mine", "you", "your", "you're", "we", "we're", "our", "us",
	"it", "it's", "its", "this", "that", "these", "those", "they", "them", "their", "he", "she", "his", "her",
	"the", "a", "an", "is", "are", "am", "was", "were", "be", "been", "do", "does", "did", "don't", "doesn't", "didn't",
	"have", "has", "had", "can", "could", "would", "will", "should", "may", "might", "can't", "won't",
	"need", "needs", "want", "wants", "wanted", "like", "looking", "look", "buy", "get", "getting", "order", "ordered",
	"for", "with", "without", "of", "to", "in", "on", "at", "from", "and", "or", "but", "also", "too", "just",
	"how", "much", "many", "what", "what's", "which", "when", "where", "who", "why", "there", "here", "there's",
	"some", "any", "another", "other", "more", "less", "than", "if", "so", "not", "about", "available", "still",
	"please", "kindly", "each", "both", "all", "same", "one", "two", "three", "four", "five",
	"deliver", "delivery", "send", "quote", "quotation", "price", "prices", "cost", "costs", "invoice", "pls", "plz",
)

// weakEnglish are words every Egyptian writes in Latin letters, whatever
// language they write otherwise.
var weakEnglish = wordSet("ok", "okay", "okey", "k", "yes", "yeah", "yep", "no", "thanks", "thank", "thx", "hi", "hello",
	"hey", "sorry", "sure", "bye", "good", "morning", "evening", "great", "perfect", "confirm", "confirmed", "done", "welcome")

// noteLanguage keeps on the conversation the language of the customer's
// typed message (a tap's text is the box's own title: it tells nothing).
func (c *Conversation) noteLanguage(text string) {
	lang, weak := messageLanguage(text)
	switch {
	case lang != "":
		c.Lang = lang
	case weak && c.Lang == "" && c.LastOrder == "":
		c.Lang = langEnglish // "Hello" opening a conversation
	}
}
