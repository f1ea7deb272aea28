package understand

// ordinalOfName: token i is an ordinal ("اولى", "تالتة", "third", Franco
// "talta") that a product's name or synonym carries right after the word
// said before it ("شمعة تالتة", the third-stage cartridge): a word of
// that name, never the talk of which one nor "another".
func (r *Rules) ordinalOfName(ts []token, i int) bool {
	t := ts[i]
	if i == 0 || ts[i-1].sep || !ts[i-1].lex || ordinalPlaces[t.text] == 0 && ordinalPlaces[t.lowSurface()] == 0 {
		return false
	}
	prev := ts[i-1].text
	for _, p := range r.lx.postings[t.text] {
		for _, ph := range r.lx.info[p].phrases {
			for k := 1; k < len(ph); k++ {
				if ph[k] == t.text && ph[k-1] == prev {
					return true
				}
			}
		}
	}
	return false
}
