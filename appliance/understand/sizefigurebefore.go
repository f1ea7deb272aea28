package understand

// sizeFigureBefore reads a size word and its figure said before the goods
// ("a size 5 ball", "مقاس ٥ كورة", Franco "ma2as 5 kora") as the figure
// the goods' names give ("Football size 5", "كورة قدم مقاس 5"), as "a ball
// size 5" is read: a word of the product's name, never a count. Only where
// some product named with the head noun that follows gives that figure in
// its names. The goods' word is put before the size word then, the order
// the names and the rules read.
func (r *Rules) sizeFigureBefore(ts []token) {
	for i := 0; i+2 < len(ts); i++ {
		if !sizeWordAt(ts, i) {
			continue
		}
		n := ts[i+1]
		if n.sep || n.used {
			continue
		}
		v, ok := parseDigits(n.text)
		if !ok || v < 1 || v != float64(int(v)) {
			continue
		}
		h := ts[i+2]
		if h.sep || !h.lex || !r.isHead(h.text) || !r.headNamesFigure(h.text, numString(v)) {
			continue
		}
		w := ts[i]
		h.conj, w.conj = w.conj, false    // "ومقاس ٥ كورة": the و stays in front
		ts[i], ts[i+1], ts[i+2] = h, w, n // "ball size 5": the goods, then their size
	}
}

// sizeWordAt: ts[i] is a size word ("size", "مقاس", "سايز", "ma2as").
func sizeWordAt(ts []token, i int) bool {
	t := ts[i]
	return !t.sep && (sizeSaid[t.text] || sizeSaid[t.lowSurface()])
}
