package understand

// A size letter after a count, in a message that says sizes: "٣ خوذ
// مقاس M.. لا خليهم ٢ M وواحدة L", "2 M and one L", Franco "etnein M w
// wa7da L". Written after a figure, "M" is metres and "L" litres in most
// messages ("5 M"), so the letter alone is read as a size only where the
// message names a size elsewhere (after "مقاس", "size", or as "لارج") and
// the catalog's own names give that size: there the figure counts the
// goods in that size, never a length of 2 m. Goods named after the letter
// ("5 m سلك") leave it a measure.

// sizeLettersCounted rewrites, in place, each size letter after a count
// as its size's word.
func (r *Rules) sizeLettersCounted(ts []token) {
	said := false
	for _, t := range ts {
		if sizeSpoken[t.text] {
			said = true
			break
		}
	}
	if !said {
		return
	}
	for i := 1; i < len(ts); i++ {
		t := &ts[i]
		n, ok := sizeNames[lower(t.text)]
		if t.sep || !ok || !isLatinWord(lower(t.text)) || !isNumber(ts[i-1].text) || !r.known(n) {
			continue
		}
		if k := i + 1; k < len(ts) && !ts[k].sep && !lettersEnd(ts[k]) {
			continue // "5 m سلك": metres of the goods named after it
		}
		t.text, t.lex = n, r.lx.isWord(n)
	}
}

// lettersEnd: w after a size letter leaves it the goods' size: "and"
// (Arabic "و" on the word, Franco "w", English "and"), a colour, another
// size.
func lettersEnd(t token) bool {
	return t.conj || andWords[t.text] || andWords[t.lowSurface()] || sizeSpoken[t.text] || t.color != ""
}

// sizeSpoken are the sizes' own words (sizeNames' values).
var sizeSpoken = func() map[string]bool {
	m := map[string]bool{}
	for _, n := range sizeNames {
		m[n] = true
	}
	return m
}()
