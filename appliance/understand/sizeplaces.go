package understand

import (
	"slices"

	"fatoora/catalog"
)

// sizeForPlaces reads "for N places" said right after the size of goods
// sold by area ("سلك ناموس ١ في ١.٢ لأربع شبابيك", Franco "le 4
// shbabeek", English "1 x 1.2 for 4 windows"): N pieces of that size, the
// line that many times (4 × 1.2 m²), never one window's worth. Said before
// the size ("لأربع شبابيك ١ في ١.٢") forPieces reads it.
func (r *Rules) sizeForPlaces(ts []token) {
	for i := 3; i < len(ts); i++ {
		num, noun := -1, -1
		switch w := surfaceAt(ts, i); {
		case w == "ل" || w == "le" || w == "for" || w == "lel":
			num, noun = i+1, i+2
		case ts[i].prep && isNumberWord(ts[i].text):
			num, noun = i, i+1
		default:
			continue
		}
		if noun >= len(ts) || ts[num].sep || ts[noun].sep || !(isNumber(ts[num].text) || isNumberWord(ts[num].text)) ||
			!placeWords[placeKey(ts[noun].surface)] && !placeWords[ts[noun].lowSurface()] && !windowsFranco[ts[noun].lowSurface()] && !r.placeUnit(ts[noun]) {
			continue
		}
		v, ok := amountValue(ts[num].text)
		if !ok || v < 2 || v != float64(int(v)) {
			continue
		}
		// right before: two sides ("١ في ١.٢", "100x120"), right after the
		// goods' words
		b := i - 1
		if ts[b].sep || !isNumber(ts[b].text) || ts[b-1].sep || !dimOps[ts[b-1].text] && ts[b-1].text != "x" || ts[b-2].sep || !isNumber(ts[b-2].text) {
			continue
		}
		g := b - 3
		if g < 0 || ts[g].sep || !ts[g].lex || isNumber(ts[g].text) || ts[g].color != "" && (g == 0 || ts[g-1].sep || !ts[g-1].lex) {
			continue
		}
		if ts[g].color != "" {
			g-- // "سلك ناموس رمادي ١ في ١.٢": its colour said before the size
		}
		var ws []string
		for k := g; k >= 0 && k > g-4 && !ts[k].sep && ts[k].lex && !isNumber(ts[k].text) && ts[k].color == ""; k-- {
			ws = append(ws, ts[k].text)
		}
		if !r.areaWords(ws) {
			continue
		}
		ts[num].perN = v
		for k := i; k <= noun; k++ {
			ts[k].aside, ts[k].used = true, true
		}
		i = noun
	}
}

// placeUnit: t is a place word the shop's vocabulary wrote in its own
// unit (Franco "shbabeek" read as the unit "شبابيك" is rewritten to).
func (r *Rules) placeUnit(t token) bool {
	if !t.lex {
		return false
	}
	for w := range placeWords {
		if r.lx.rewrite[w] == t.text {
			return true
		}
	}
	return false
}

// wallsBefore: the length a, said after و before any goods, follows
// another length said so ("على حيطتين ٢.٤ متر و ١.٨ متر سفلي …"): the
// lengths so far, each a wall of the run the goods after them are sold
// by (openLine adds them up for goods sold by the metre); nil otherwise.
func (sg *segmenter) wallsBefore(conj, one bool, a amount) []amount {
	p := sg.pending
	if !conj || !one || a.unit != "m" || a.per || a.implied || p == nil || p.unit != "m" || p.per || p.implied || p.dozen ||
		len(sg.pendingGroup) > 0 || p.end > a.start {
		return nil
	}
	return append(sg.pendingWalls, *p)
}

// metreWord: every product whose names hold w is sold by the metre.
func (r *Rules) metreWord(w string) bool {
	ps := r.lx.postings[w]
	for _, p := range ps {
		if r.lx.products[p].Unit != catalog.Meter {
			return false
		}
	}
	return len(ps) > 0
}

// areaWords: some product's names hold every word of ws, and every such
// product is sold by area ("ستارة رول", though a curtain rail's name
// holds "ستارة" too).
func (r *Rules) areaWords(ws []string) bool {
	if len(ws) == 0 {
		return false
	}
	found := false
	for _, p := range r.lx.postings[ws[0]] {
		info := &r.lx.info[p]
		if !slices.ContainsFunc(ws[1:], func(w string) bool { return !info.all[w] }) {
			if r.lx.products[p].Unit != catalog.SquareMeter {
				return false
			}
			found = true
		}
	}
	return found
}

// windowsFranco: windows and rooms in Franco-Arabic ("shbabeek", "owad").
var windowsFranco = set("shebak", "shbak", "shebbak", "shbabek", "shbabeek", "shababeek", "shbabik", "oda", "owad", "ewad")
