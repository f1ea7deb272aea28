package understand

// notAtAll: the words that stress a "not" closing its clause ("مش مستعجل
// خالص", "مش لازم ابدا", "msh mesta3gel khales", "not at all").
var notAtAll = set("خالص", "خااالص", "ابدا", "أبدا", "بالمره", "بالمرة", "khales", "5ales", "abadan", "at all")

// clauseClosesAt: the clause ends at k — the message ends, a separator
// comes, or only a word stressing the "not" before it (notAtAll).
func clauseClosesAt(ts []token, k int) bool {
	for ; k < len(ts) && !ts[k].sep; k++ {
		w := ts[k].lowSurface()
		if k+1 < len(ts) && !ts[k+1].sep && notAtAll[w+" "+ts[k+1].lowSurface()] {
			k++
			continue
		}
		if !notAtAll[w] && !notAtAll[wordKey(w)] {
			return false
		}
	}
	return true
}
