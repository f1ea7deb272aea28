package understand

// anotherOfSame reads "<the line's head noun> تانية" after و ("حماية شباك
// فورفورجيه … وحماية تانية ١٠٠ في ١٢٠", "w 7emaya tanya"): another piece of
// the line before's product, its own size and colour choosing only what
// they say — the words that named the first (its kind) are this one's too,
// as "وواحدة تانية ١٠٠ في ١٢٠" reads, never the plain variant of the noun.
func (r *Rules) anotherOfSame(ts []token, ds []*draft) {
	for k := 1; k < len(ds); k++ {
		d, e := ds[k-1], ds[k]
		head := headOf(r, d)
		if head == "" || len(e.words) != 1 || e.words[0] != head || e.start >= len(ts)-1 || ts[e.start].text != head {
			continue
		}
		if e.start >= 2 && ts[e.start-1].lowSurface() == "another" && !ts[e.start-2].sep && ts[e.start-2].text == "و" {
			// "and another frame 30 by 40": English says it first
			r.sameKindAgain(ts, d, e, e.start-1, head)
			continue
		}
		if !ts[e.start].conj && (e.start == 0 || ts[e.start-1].sep || ts[e.start-1].text != "و") {
			continue // "وحماية تانية", "w berwaz tany": said after and
		}
		if n := ts[e.start+1]; n.sep || !anotherWords[n.text] && !anotherWords[n.lowSurface()] {
			continue
		}
		r.sameKindAgain(ts, d, e, e.start+1, head)
	}
}

// sameKindAgain gives line e the words that named line d's kind, beside
// the head noun both say, the "another" word at at placed.
func (r *Rules) sameKindAgain(ts []token, d, e *draft, at int, head string) {
	for _, w := range d.words {
		if w != head && !isNumber(w) {
			r.addWord(e, w)
		}
	}
	ts[at].used = true
	if len(e.colors) == 0 {
		e.pieceOf = d
	}
}

// anotherWords: "تانية" (another) said after a noun.
var anotherWords = set("تاني", "تانيه", "tany", "tanya", "tani", "tania")
