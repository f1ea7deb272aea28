package understand

import "unicode/utf8"

// An order's second wish said on a supposition of the shop's stock: "ولو
// بتبيعوا X عايز …", "ولو عندكم X عايز …", "ولو بتعملوا X …", Franco "w
// law 3andoko X", English "and if you sell X I want …". When the
// catalog has X the supposition is the question of stock, answered by
// the line itself: X is a line like any other. When X holds a word no
// product of the catalog has ("واي بروتين", "كورس برمجة", "دراي فود"),
// the shop may not carry it: the clause is no line of the shop's (not
// one of the products whose names share its generic word, "كورس"), the
// rest of the order stays, and a person reads the message.

// ifOpens: "if" opening the supposition.
var ifOpens = set("لو", "law", "lw", "if")

// ifSoldCues: after "لو", the shop selling, making or having the goods.
var ifSoldCues = set("بتبيعوا", "بتبيعو", "بتبيع", "بيبيعوا", "بتعملوا", "بتعملو", "بتجيبوا", "بتجيبو", "عندكم", "عندكو",
	"betbe3o", "bitbe3o", "btbe3o", "bt3mlo", "bete3melo", "bt3melo", "3andoko", "3ndko", "3andko", "3andkom")

// englishSoldVerbs: "if you sell / have / carry / make / do X".
var englishSoldVerbs = set("sell", "have", "carry", "make", "do", "stock")

// ifSold reads every such supposition in ts (see above).
func (r *Rules) ifSold(ts []token) {
	for i := 0; i < len(ts); i++ {
		from := ifSoldAt(ts, i)
		if from < 0 {
			continue
		}
		x := from
		for x < len(ts) && !ts[x].sep && !orderCues[ts[x].text] && !orderCues[ts[x].surfKey()] {
			x++
		}
		if x == from || x < len(ts) && ts[x].sep && ts[x].text == "?" {
			continue // "ولو عندكم شيكر؟": a question of stock, as the rules read it
		}
		unknown := -1
		for k := from; k < x; k++ {
			if r.unsoldWord(ts[k]) {
				unknown = k
				break
			}
		}
		if unknown < 0 {
			// carried: the supposition is placed, asks nothing, and the
			// goods are a line
			for k := i; k < from; k++ {
				ts[k].used, ts[k].aside, ts[k].why = true, true, true
			}
			continue
		}
		end := clauseEnd(ts, x)
		for k := i; k < end; k++ {
			t := &ts[k]
			t.neg, t.used, t.aside, t.why, t.lex, t.color = true, true, true, true, false, ""
		}
		ts[unknown].otherAsked = true // the goods the shop may not carry: a person reads them
		i = end
	}
}

// ifSoldAt: at i, "لو" (or "law", "if") and the shop's selling, making or
// having said after it; the index of the goods' first word, -1 when not.
func ifSoldAt(ts []token, i int) int {
	if ts[i].sep || !ifOpens[ts[i].surfKey()] && !ifOpens[ts[i].lowSurface()] || i+1 >= len(ts) || ts[i+1].sep {
		return -1
	}
	n := ts[i+1]
	if ifSoldCues[n.surfKey()] || ifSoldCues[n.lowSurface()] || repairedCues[n.surfKey()] || repairedCues[n.lowSurface()] {
		return i + 2
	}
	if n.lowSurface() == "you" && i+2 < len(ts) && !ts[i+2].sep && (englishSoldVerbs[ts[i+2].lowSurface()] || englishRepairVerbs[ts[i+2].lowSurface()]) {
		return i + 3
	}
	return -1
}

// unsoldWord: t is a noun no product of the catalog has — not a catalog
// word, a colour, a figure, a unit or a word the rules know, nor a filler
// (a word of the shop's trade the catalog lacks reads as one: a person
// reads it).
func (r *Rules) unsoldWord(t token) bool {
	w := t.lowSurface()
	if t.sep || t.lex || t.color != "" || isNumber(t.text) || utf8.RuneCountInString(w) < 3 || !(isArabicWord(w) || isLatinWord(w)) {
		return false
	}
	return !fillers[t.text] && !ofIt[t.text] && !orderCues[t.text] && !r.known(t.text) && !isNumberWord(t.text)
}
