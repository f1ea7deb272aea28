package understand

import "strings"

// A colour the customer rules out is no colour of the line: "خمار بس مش
// اسود", "اي لون غير الاسود", "اي لون الا الاسود", "any colour but black",
// "anything except white" — the colour is asked, never the one ruled out
// invoiced.

// exceptWords: "but", "except" after "any colour".
var exceptWords = set("غير", "الا", "ماعدا", "عدا", "but", "except", "besides", "ghir", "gheir", "8er", "ela", "2ela")

// contrastOpens open a contrast after the goods: "بس مش اسود", "but not black".
var contrastOpens = set("بس", "لكن", "but", "bas")

// anyWords: "any", "anything".
var anyWords = set("اي", "أي", "any", "anything", "ay", "ayy")

// colourWords: "colour" said as a word.
var colourWords = set("لون", "الوان", "colour", "color", "colours", "colors", "lon", "loon")

// keyAt is the word at k as set() keys its lists — its و taken off —
// "" past either end or at a separator.
func keyAt(ts []token, k int) string {
	if k < 0 || k >= len(ts) || ts[k].sep {
		return ""
	}
	return ts[k].surfKey()
}

// colourExcepted marks a colour the customer rules out as set aside (see
// above); the words of the phrase are placed.
func colourExcepted(ts []token) {
	word := func(k int) string { return keyAt(ts, k) }
	for i := 0; i < len(ts); i++ {
		start, at := -1, -1
		switch {
		case anyWords[word(i)] && colourWords[word(i+1)] && exceptWords[word(i+2)]:
			// "اي لون غير الاسود", "any colour but black"
			start, at = i, i+3
			if word(at) == "the" || word(at) == "ال" {
				at++
			}
		case anyWords[word(i)] && exceptWords[word(i+1)] && (word(i) == "anything" || word(i+1) == "except"):
			// "anything but black"
			start, at = i, i+2
		case contrastOpens[word(i)] && (word(i+1) == "مش" || word(i+1) == "not" || word(i+1) == "msh" || word(i+1) == "mesh") && i > 0 && !ts[i-1].sep &&
			(ts[i-1].lex || ts[i-1].color != ""):
			// "خمار طبقة واحدة بس مش اسود": after the goods
			start, at = i, i+2
		case contrastOpens[word(i)] && (word(i+1) == "مش" || word(i+1) == "not") && i > 1 && !ts[i-2].sep && ts[i-1].text == "واحده" && ts[i-2].lex:
			// "خمار طبقة واحدة بس مش اسود": the name's "واحدة"
			start, at = i, i+2
		default:
			continue
		}
		if at >= len(ts) || ts[at].sep || ts[at].color == "" {
			continue
		}
		end := at + 1
		for joined := true; joined && end < len(ts) && !ts[end].sep; {
			switch {
			case ts[end].color != "" && (ts[end].conj || strings.HasPrefix(ts[end].surface, "و")):
				end++ // "غير الاسود والكحلي"
			case end+1 < len(ts) && (ts[end].text == "و" || word(end) == "ولا" || word(end) == "or" || word(end) == "and") && ts[end+1].color != "":
				end += 2 // "except black or navy"
			default:
				joined = false
			}
		}
		for k := start; k < end; k++ {
			ts[k].neg, ts[k].used = true, true
		}
		i = end - 1
	}
}

// madeToOrder: roots of work made to the customer's order — tailor (فصل),
// upholster (نجد), sew (خيط), embroider (طرز), design (صمم).
var madeToOrder = set("فصل", "نجد", "خيط", "طرز", "صمم")

// unsoldWork: w asks the shop to make something to order ("وتفصلولي
// عباية", "فصلوهالي", "تطرزولي") and the shop sells that work under no
// name of its own: what is asked is on no line — a person reads it, never
// an invoice of the cloth alone.
func (r *Rules) unsoldWork(w string) bool {
	w = strings.TrimPrefix(w, "و")
	if !stemVerb(w, madeToOrder) || r.lx.workVerbOf(w) {
		return false
	}
	return strings.HasPrefix(w, "ت") || strings.HasPrefix(w, "هت") || strings.HasSuffix(w, "لي") || strings.HasSuffix(w, "لنا")
}
