package understand

import (
	"slices"
	"strings"
)

// Two people ordering in one message: "انا واخويا هنطلب مع بعض. انا: باب
// … هو: ٢ باب …", "انا وجارتي هنطلب سوا: انا سخان فوري، وهي سخان …",
// "طلب ليا ولجاري: انا ٢٢ متر …، وهو ٢٢ متر …". Each person said at the
// start of a clause ("انا:", "هو:", "وهي") opens that person's lines, a
// separator between them; "كل واحد فينا X" (each of us) is X for each
// person.

// together reads the people ordering together: their markers become
// separators and "كل واحد فينا" counts them.
func together(ts []token) {
	var marks []int
	for k := range ts {
		if personMark(ts, k) {
			marks = append(marks, k)
		}
	}
	persons := len(marks)
	if persons < 2 {
		return
	}
	for _, k := range marks {
		// the person opens their own lines: a separator, no word of an item
		ts[k].text, ts[k].sep, ts[k].lex, ts[k].used = "\n", true, false, true
		if k+1 < len(ts) && ts[k+1].sep && ts[k+1].text == ":" {
			ts[k+1].used = true
		}
	}
	for k := 0; k+2 < len(ts); k++ {
		// "وكل واحد فينا كالون": one for each of them
		if !eachWord(ts[k]) || ts[k+1].sep || !(eachOne[ts[k+1].text] || eachOne[ts[k+1].lowSurface()]) ||
			ts[k+2].sep || !(ofUs[ts[k+2].text] || ofUs[ts[k+2].lowSurface()]) {
			continue
		}
		ts[k].used, ts[k].aside = true, true
		ts[k+1].used, ts[k+1].aside = true, true
		n := k + 3
		if n < len(ts) && !ts[n].sep && isNumber(ts[n].text) {
			// "وكل واحد فينا ٢ كالون": two each
			if v, ok := parseDigits(ts[n].text); ok {
				ts[n].text = numString(v * float64(persons))
				ts[k+2].used, ts[k+2].aside = true, true
			}
			continue
		}
		ts[k+2].text, ts[k+2].used = numString(float64(persons)), true
	}
}

// personMark: token k names who orders what follows: a person pronoun
// opening a clause ("انا:", "هو:", "، وهي سخان …") before ":" or goods,
// or before a verb of wanting and then goods ("انا عايز …، وهو عايز …").
func personMark(ts []token, k int) bool {
	t := ts[k]
	if t.sep || !personPronouns[strings.TrimPrefix(t.lowSurface(), "و")] || k+1 >= len(ts) {
		return false
	}
	n := ts[k+1]
	wants := !n.sep && k+2 < len(ts) && (wantVerbs[n.text] || wantVerbs[n.lowSurface()] || wantsEn[n.lowSurface()])
	and := t.conj || strings.HasPrefix(t.surface, "و") || k > 0 && (ts[k-1].text == "و" || ts[k-1].lowSurface() == "and")
	if k > 0 && !ts[k-1].sep && !(wants && and) {
		return false // "وهو عايز …" opens a clause of its own, comma or not
	}
	if isLatinWord(t.surface) && !wants {
		return n.sep && n.text == ":" // "me: …, him: …"
	}
	if wants {
		// "انا عايز ٤ …، وهو عايز جردلين": the person, then what they want
		n = ts[k+2]
	}
	return n.sep && n.text == ":" || !n.sep && (isNumber(n.text) || n.lex || n.dual)
}

// personSep: token k is a person's mark made a separator (together).
func personSep(t token) bool {
	return t.sep && t.text == "\n" && personPronouns[strings.TrimPrefix(t.lowSurface(), "و")]
}

// eachWord: "كل" as written, with و or not ("each", Franco "kol").
func eachWord(t token) bool {
	w := t.lowSurface()
	return !t.sep && (strings.TrimPrefix(w, "و") == "كل" || w == "each" || w == "kol" || w == "koll")
}

// personPronouns say who orders: I, he, she.
var personPronouns = set("انا", "هو", "هي", "ana", "howa", "heya", "me", "him", "her", "i", "he", "she")

// wantsEn: English's verbs of wanting after a person ("and he wants 1
// bag"); Arabic and Franco ones are wantVerbs.
var wantsEn = set("want", "wants", "need", "needs")

// eachOne and ofUs make "كل واحد فينا" (each one of us, "each of us",
// "kol wa7ed fina").
var (
	eachOne = set("واحد", "واحده", "of", "wa7ed", "wa7da")
	ofUs    = set("فينا", "منا", "مننا", "us", "fina")
)

// sameAgain reads "نفس الحاجتين بس اخضر" (the same two things, but green),
// "same again in green": the words are set aside and the colour returned,
// with how many lines before it says again (2 for a dual, every line for
// a plural); ok false when the message says no such thing.
func sameAgain(ts []token) (color string, n int, ok bool) {
	for k := 0; k+1 < len(ts); k++ {
		sw := ts[k].lowSurface()
		if ts[k].sep || !sameWords[ts[k].text] && sw != "same" && sw != "nafs" || ts[k+1].sep {
			continue
		}
		t := k + 1
		if t+1 < len(ts) && !ts[t+1].sep && articles[ts[t].lowSurface()] {
			t++ // "nafs el 7agteen"
		}
		thing := wordKey(ts[t].lowSurface())
		from := k
		switch {
		case thingsTwo[thing]:
			n = 2
		case thingsAll[thing]:
			n = -1
		case thingsOne[thing]:
			n = 1 // "ونفس الحاجة بس بيج": the line before, again
		case sw == "same" && k > 0 && !ts[k-1].sep && ts[k-1].lowSurface() == "the" && butWords[ts[k+1].lowSurface()]:
			// "… and the same in beige": the line before, again in
			// another colour — a line of its own, never its colour
			n, t, from = 1, k, k-1
		default:
			continue
		}
		end := t + 1
		for end < len(ts) && !ts[end].sep && ts[end].color == "" && (butWords[ts[end].text] || butWords[ts[end].lowSurface()]) {
			end++
		}
		if end >= len(ts) || ts[end].sep || ts[end].color == "" {
			continue
		}
		color = ts[end].color
		for j := from; j <= end; j++ {
			ts[j].aside, ts[j].used, ts[j].lex, ts[j].color = true, true, false, ""
		}
		return color, n, true
	}
	return "", 0, false
}

// again appends the last n lines (every line for n < 0) again in colour c:
// the same things for another person, in another colour. A product not
// made in c asks its colour.
func again(items []Item, c string, n int) []Item {
	if n < 0 || n > len(items) {
		n = len(items)
	}
	for _, it := range items[len(items)-n:] {
		cp := it
		cp.Missing = slices.Clone(it.Missing)
		cp.Color = ""
		if it.Product != nil && slices.Contains(it.Product.Colors, c) {
			cp.Color = c
		} else if !slices.Contains(cp.Missing, "color") {
			cp.Missing = append(cp.Missing, "color")
		}
		items = append(items, cp)
	}
	return items
}

// thingsTwo and thingsAll say what is the same: "الحاجتين" (both
// things), "الحاجات", "الطلب" (all of it).
var (
	thingsOne = set("الحاجه", "el7aga")
	thingsTwo = set("حاجتين", "الحاجتين", "اتنين", "الاتنين", "7agteen", "7agtein", "both")
	thingsAll = set("حاجات", "الحاجات", "طلب", "الطلب", "طلبيه", "الطلبيه", "كل", "7agat", "again", "things", "order")
	butWords  = set("بس", "لكن", "but", "in", "bas", "بلون", "لون", "اللون", "color", "colour")
)
