package understand

// A person's age said in English by its own marker (h40a): "a child aged
// 8", "two kids aged 5 and 8", "8 years old", "an 8-year-old", "8 year
// old". The marker says the figure is an age whatever the catalog names
// (a day use "for children 4-12 years" too): never a count of the goods
// nor a size of them. Only the figures and "aged" are set aside: the
// words "years old" stay for the rules that read who the goods are for
// ("a haircut for my 7-year-old son" is the kids' haircut; read alone
// they would let an unread line merge into another, see agesaid.go). A
// figure and "years" with no "old" or "aged" ("3 years warranty", "4-12
// years") is left to the other rules.

// englishAges sets aside the ages their English markers say.
func englishAges(ts []token) {
	for i := range ts {
		if ts[i].sep || !isNumber(ts[i].text) || ts[i].aside {
			continue
		}
		if i > 0 && !ts[i-1].sep && ts[i-1].lowSurface() == "aged" {
			ts[i-1].used, ts[i-1].aside = true, true
			agesAside(ts, i, agedList(ts, i))
			continue
		}
		if yearsOld(ts, i) {
			agesAside(ts, i, i)
		}
	}
}

// agedList: after "aged" and the figure at i, more ages joined by "and"
// or a comma ("aged 5 and 8", "aged 4, 6 and 9"): the last figure.
func agedList(ts []token, i int) int {
	end := i
	for k := i + 1; k+1 < len(ts); k += 2 {
		j := ts[k]
		if !(j.sep && j.text == "," || !j.sep && (j.lowSurface() == "and" || j.text == "و")) || ts[k+1].sep || !isNumber(ts[k+1].text) {
			break
		}
		end = k + 1
	}
	return end
}

// yearsOld: the figure at i then "years old", "year old", "-year-old".
func yearsOld(ts []token, i int) bool {
	k := i + 1
	return k+1 < len(ts) && !ts[k].sep && yearWords[ts[k].lowSurface()] && !ts[k+1].sep && ts[k+1].lowSurface() == "old"
}

// agesAside sets aside the figures among tokens from..to, and the "and"
// or comma between them: ages, no count.
func agesAside(ts []token, from, to int) {
	for m := from; m <= to && m < len(ts); m++ {
		ts[m].used, ts[m].aside = true, true
	}
}

// yearWords: a year, in English, as an age is said.
var yearWords = set("year", "years", "yr", "yrs")

// EnglishAgeFigure: the figure ws[i] is a person's age by its English
// marker ("aged 8", "8 years old", "8-year-old"): who the goods are for,
// no count of them. For the pipeline's check of a count no line holds.
func EnglishAgeFigure(ws []string, i int) bool {
	at := func(k string, m int) bool { return m >= 0 && m < len(ws) && lower(ws[m]) == k }
	if i > 0 && at("aged", i-1) {
		return true
	}
	return i+2 < len(ws) && yearWords[lower(ws[i+1])] && at("old", i+2)
}
