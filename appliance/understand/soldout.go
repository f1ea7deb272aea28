package understand

// A question of stock asked with its other half ("وعندكم منه ولا خلص؟",
// "موجود ولا خلصان؟", Franco "fi menno walla 5eles?", English "do you have
// it or is it sold out?"): "or gone" only says what the question asks,
// no word the box failed to read and no fallback.

// soldOutAsked sets aside "or" and the words of none left after it, at a
// question's end, where the clause before it asks whether the shop has
// the goods.
func soldOutAsked(ts []token) {
	for i := 1; i+1 < len(ts); i++ {
		if ts[i].sep || ts[i].used || !orWords[ts[i].lowKey()] {
			continue
		}
		k := i + 1
		if k+1 < len(ts) && !ts[k].sep && (ts[k].lowSurface() == "is" || ts[k].lowSurface() == "it's" || ts[k].lowSurface() == "are") {
			k++ // "or is it sold out"
			if k+1 < len(ts) && !ts[k].sep && (ts[k].lowSurface() == "it" || ts[k].lowSurface() == "they") {
				k++
			}
		}
		end := unavailableAt(ts, k)
		if end == 0 || end < len(ts) && !ts[end].sep || !stockAskedBefore(ts, i) {
			continue
		}
		for m := i; m < end; m++ {
			ts[m].used, ts[m].aside = true, true
		}
	}
}

// stockAskedBefore: the clause before i asks whether the shop has the
// goods: "عندكم", "موجود", "في منه", Franco "3andoko", English "have",
// "available", "in stock".
func stockAskedBefore(ts []token, i int) bool {
	for k := i - 1; k >= 0 && !(ts[k].sep && ts[k].text != ","); k-- {
		w := keyAt(ts, k)
		if availWords[w] || w == "have" || w == "stock" || w == "فيه" || w == "في" && k+1 < i && ts[k+1].text == "منه" {
			return true
		}
	}
	return false
}
