package understand

import "math"

// piecesOfOneSize: a whole count said between a work's word and the
// pieces' noun, then one size ("غسيل ٣ سجاجيد ميكانيكي كل واحدة ٢ في ٣",
// "عايز اغسل ٢ سجادة ميكانيكي ١٦٠ في ٢٣٠"), counts the pieces, each of
// that size — the count before the goods, as "سجادتين … ١٦٠ في ٢٣٠" is —
// never a third side of the size (a 200 cm one). A figure the products'
// names hold with the noun after it ("٢ ضلفة") is the name's, left.
func (r *Rules) piecesOfOneSize(ts []token, ds []*draft) {
	for _, d := range ds {
		if d.pre != nil || len(d.groups) != 2 || len(d.groups[0]) != 1 || len(d.groups[1]) != 2 || len(d.counts) > 0 {
			continue
		}
		a := d.groups[0][0]
		if a.unit != "" || a.per || a.dozen || a.implied || a.side || a.val < 2 || a.val > 50 || a.val != math.Trunc(a.val) {
			continue
		}
		if a.start <= d.start || a.end != a.start+1 || a.end >= d.end {
			continue
		}
		n := ts[a.end]
		if n.sep || !n.lex || isNumber(n.text) || n.color != "" || ts[a.start-1].sep || !ts[a.start-1].lex {
			continue
		}
		if r.figureNamesWord(ts[a.start].text, n.text) {
			continue
		}
		if s := d.groups[1]; s[0].unit != s[1].unit || s[0].start <= a.end {
			continue
		}
		pre := a
		d.pre = &pre
		d.groups = d.groups[1:]
	}
}

// figureNamesWord: some product's name says figure fig right before word
// w ("باب 2 ضلفة"), read as namedPair reads a name's pair.
func (r *Rules) figureNamesWord(fig, w string) bool {
	return r.namedPair(fig, w)
}
