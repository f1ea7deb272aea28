package understand

import (
	"slices"
	"strings"
)

// Goods said to be a gift ("… هدية لأبويا وعمي", "هدية لماما", Franco
// "hedeya le abuya", English "a gift for my dad"): what they are for and
// whom, told — no line of the shop's gift wrapping whose name holds the
// word (wrapping is asked by its own verb or noun: "وغلفيه هدية", "gift
// wrap", "بوكس هدية"), and no word left unread.

// giftTold sets aside the gift word and the people after it.
func (r *Rules) giftTold(ts []token) {
	for i := 1; i < len(ts); i++ {
		t := ts[i]
		if t.sep || t.used || !giftWords[t.surfKey()] || !r.goodsBefore(ts, i) {
			continue
		}
		if r.wrapBefore(ts, i) {
			continue // "وغلفيه هدية", "بوكس هدية", "wrap them as a gift": the wrapping asked
		}
		if p := ts[i-1]; !p.sep && p.lex && r.namedPair(p.text, t.text) {
			continue // "٢ علبة هدية" of "علبة هدية كرتون": the name's own words, no gift told
		}
		end := i + 1
		if end < len(ts) && !ts[end].sep {
			n := ts[end]
			if n.lex && r.lx.shared(n.text, t.text) {
				continue // "gift wrap", "هدية مغلفة"
			}
			w := n.lowSurface()
			if !(w == "for" || w == "le" || w == "l" || w == "lel" || strings.HasPrefix(n.surface, "ل") && !n.lex) {
				continue
			}
			// whom: up to the clause's end, no goods, figure nor colour
			for end < len(ts) && !ts[end].sep && !(ts[end].lex && r.lx.heads[ts[end].text]) && !isNumber(ts[end].text) && ts[end].color == "" && !orderCues[ts[end].text] {
				end++
			}
			if end < len(ts) && !ts[end].sep {
				continue // goods or a figure follow: not a gift told at the clause's end
			}
		}
		for k := i; k < end; k++ {
			ts[k].used, ts[k].aside, ts[k].lex, ts[k].color = true, true, false, ""
		}
	}
}

// wrapBefore: in the clause before the gift word at i, a word only names
// holding a gift word hold ("تغليف", "بوكس" of "تغليف هدية", "بوكس هدية",
// "tagleef lel hdeya", "wrap them as a gift"; never "ساعة" of "علبة هدية
// للساعة", a watch's word too), or the word just before it a verb read
// as a work ("وغلفيه هدية").
func (r *Rules) wrapBefore(ts []token, i int) bool {
	if p := ts[i-1]; !p.sep && (p.verb || p.work) {
		return true
	}
	for k := i - 1; k >= 0 && !ts[k].sep; k-- {
		ps := r.lx.postings[ts[k].text]
		if !ts[k].lex || len(ps) == 0 {
			continue
		}
		if !slices.ContainsFunc(ps, func(p int32) bool { return !r.giftNamed(p) }) {
			return true
		}
	}
	return false
}

// giftNamed: a name of product p holds a gift word.
func (r *Rules) giftNamed(p int32) bool {
	for w := range r.lx.info[p].all {
		if giftWords[w] {
			return true
		}
	}
	return false
}

// goodsBefore: a head noun of the catalog is said before i, the goods the
// gift is.
func (r *Rules) goodsBefore(ts []token, i int) bool {
	for k := i - 1; k >= 0; k-- {
		if !ts[k].sep && ts[k].lex && r.lx.heads[ts[k].text] {
			return true
		}
	}
	return false
}

// giftWords: a gift, Arabic, Franco and English.
var giftWords = set("هديه", "هدايا", "كهديه", "hedeya", "hedya", "hdeya", "hediya", "hedeyya", "gift")
