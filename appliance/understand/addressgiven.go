package understand

// addressGiven sets aside the customer's own address written after "the
// address" and a colon — "ابعتوهم على العنوان ده: ٢٢ شارع عباس العقاد
// الدور التاني", "عنواني: عمارة ٥ شقة ٣ مدينة نصر", Franco "el 3enwan:
// 22 share3 el tayaran", English "address: 14 Degla St, floor 3": where
// the goods go, never goods, counts, sizes or a question. The colon then
// opens no list (a header's entries): it is read as a comma. The address
// runs from the colon over its clause, and over each clause after it that
// tells more of it (a part told by number, "الدور التاني", "شقة ٥", with
// no catalog word of its own); it must hold a part told by number or an
// area the region lists know — "عنوان الكتاب: …" (a title to print) and a
// list after "العنوان:" of goods are none.
func addressGiven(ts []token) {
	for i := 0; i+1 < len(ts); i++ {
		if ts[i].sep || !addressIntro[shopKey(ts[i])] {
			continue
		}
		c := i + 1
		if c < len(ts) && !ts[c].sep && addressThis[shopKey(ts[c])] {
			c++ // "العنوان ده:", "عنواني هو:", "my address is:"
		}
		if c >= len(ts) || !ts[c].sep || ts[c].text != ":" || c+1 >= len(ts) {
			continue
		}
		end := clauseEnd(ts, c+1)
		if end == c+1 || !addressLike(ts[c+1:end], true) {
			continue
		}
		for end < len(ts) && ts[end].sep && (ts[end].text == "," || ts[end].text == "،") {
			next := clauseEnd(ts, end+1)
			if next == end+1 || !addressLike(ts[end+1:next], false) {
				break
			}
			end = next
		}
		ts[c].text = ","
		for k := i; k < c; k++ {
			ts[k].used, ts[k].aside, ts[k].lex = true, true, false // "العنوان ده"
		}
		for k := c + 1; k < end; k++ {
			t := &ts[k]
			if t.sep {
				continue
			}
			if isNumber(t.text) {
				t.text = "#" + t.text
			}
			t.used, t.aside, t.lex, t.color = true, true, false, ""
		}
		i = end
	}
}

// addressLike: ts, one clause, tell an address — a part of it told by
// number ("٢٢ شارع …", "عمارة ١٢", "الدور التاني"; the first clause, a
// figure and such a part anywhere) or an area the region lists know
// ("مدينة نصر"). A later clause (first false) must hold such
// a part and no word of the catalog's besides the address's own nouns.
func addressLike(ts []token, first bool) bool {
	told, figure, noun := false, false, false
	for k, t := range ts {
		figure = figure || isNumber(t.text)
		noun = noun || addressNoun(t.surface)
		w := t.lowSurface()
		numbered := addressNoun(t.surface) && k+1 < len(ts) && (isNumber(ts[k+1].text) || ordinalWords[wordKey(ts[k+1].lowSurface())]) ||
			isNumber(t.text) && k+1 < len(ts) && addressNoun(ts[k+1].surface)
		switch {
		case numbered:
			told = true
		case first && regionOf(w) != noRegion:
			told = true
		case !first && t.lex && !addressNoun(t.surface) && !isNumber(t.text) && !(k > 0 && addressNoun(ts[k-1].surface)):
			return false
		}
	}
	// ("14 Degla St": the building's number before the street's name)
	return told || first && figure && noun
}

var (
	// addressIntro: the address named before the customer writes it.
	addressIntro = set("العنوان", "عنوان", "عنواني", "عنوانى", "3enwan", "el3enwan", "3enwany", "3enwani", "3nwan", "address")
	// addressThis: "this", "is", "mine" between the address noun and
	// the colon.
	addressThis = set("ده", "دا", "هو", "بتاعي", "بالتفصيل", "da", "dah", "howa", "is")
)
