package understand

// itsSizeFirst: a clause telling the trouble of the customer's own thing
// may open with that thing's size, said of the goods named right before
// it ("غيرولي شاشة اللابتوب، هي ١٤ بوصة ومشروخة", "the laptop screen,
// it's 14 inch and cracked"): a pronoun and a figure (its unit after it)
// that some product named by a word of the clause before holds with that
// word. It chooses the goods' variant — no part of the story. The end of
// that size is returned; from when there is none.
func (r *Rules) itsSizeFirst(ts []token, from int) int {
	k := from
	if k >= len(ts) || ts[k].sep || !itPronouns[ts[k].surfKey()] {
		return from
	}
	k++
	if k < len(ts) && !ts[k].sep && englishIs[ts[k].lowSurface()] {
		k++ // "it is", "it's"
	}
	if k >= len(ts) || ts[k].sep || !isNumber(ts[k].text) || !r.lx.isWord(ts[k].text) {
		return from
	}
	fig, end := ts[k].text, k+1
	if end < len(ts) && !ts[end].sep && ts[end].lex && measureUnitWord(ts[end]) {
		end++
	}
	// the goods of the clause before: a word of theirs some product holds
	// with the figure
	for j := from - 1; j >= 0 && from-j <= 8; j-- {
		if ts[j].sep {
			if j == from-1 {
				continue
			}
			break
		}
		if !ts[j].lex || isNumber(ts[j].text) {
			continue
		}
		for _, info := range r.lx.info {
			if info.all[fig] && info.all[ts[j].text] && r.lx.heads[ts[j].text] {
				return end
			}
		}
	}
	return from
}

// itPronouns open a clause about a thing already named: "هي", "هو", "it".
var itPronouns = set("هي", "هو", "دي", "ده", "it", "its")

// englishIs: "is" after "it" ("it is", "it's" written apart).
var englishIs = set("is", "s")

// measureUnitWord: a word of a measure after a figure ("بوصة", "inch",
// "سم"), read through the vocabulary's term.
func measureUnitWord(t token) bool {
	return unitWords[t.text] != "" || measureUnit(t) != "" || inchWords[t.text] || inchWords[t.lowSurface()]
}
