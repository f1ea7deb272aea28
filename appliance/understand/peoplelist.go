package understand

// People listed after English "for" with commas and a final "and" ("for
// my father, my mother and my aunt", "for me, my wife and my son"): one
// for each person named; a part of several not counted ("my kids", "my
// brothers") leaves how many asked, never a partial count.

// englishPeopleList reads, from k (the word after "for"), a list of
// people joined by commas whose last part follows "and": how many (-1
// several, how many not said; 0 no such list) and where it ends. A list
// with no comma is read elsewhere (forPeople, englishGroupFor).
func englishPeopleList(ts []token, k int) (float64, int) {
	n, several, commas := 0.0, false, 0
	add := func(v float64) {
		if v < 0 {
			several = true
		} else {
			n += v
		}
	}
	for {
		v, end := englishPersonPart(ts, k, k == 0 || surfaceAt(ts, k-1) == "for")
		if v == 0 {
			return 0, k // a part that names no person: no list read
		}
		add(v)
		k = end
		comma := listComma(ts, k)
		if comma {
			commas++
			k++
		}
		if surfaceAt(ts, k) == "and" {
			v, end := englishPersonPart(ts, k+1, false)
			if v == 0 {
				return 0, k
			}
			add(v)
			k = end
			break // the final "and": the list ends with its part
		}
		if !comma {
			return 0, k // no final "and"
		}
	}
	if commas == 0 {
		return 0, k
	}
	if several {
		return -1, k
	}
	return n, k
}

// englishPersonPart reads one person or group of a list at k: "me" (the
// first part only), "my wife", "my 2 brothers", "my parents" (two), or a
// plural of no figure ("my kids": -1). It returns how many (0 none) and
// where the part ends.
func englishPersonPart(ts []token, k int, first bool) (float64, int) {
	w := surfaceAt(ts, k)
	if first && (w == "me" || w == "myself") {
		return 1, k + 1
	}
	if w == "my" || w == "our" || w == "the" || w == "his" || w == "her" {
		k++
		w = surfaceAt(ts, k)
	}
	if v, ok := peopleFigureAt(w); ok {
		if p := wordKey(surfaceAt(ts, k+1)); groupNouns[p] || latinPersons[p] || englishPersons[p] {
			return v, k + 2 // "my 2 brothers"
		}
		return 0, k
	}
	key := wordKey(w)
	plural := key != w // the sets hold the singular: "brothers" is read "brother"
	switch {
	case w == "parents" || w == "twins":
		return 2, k + 1
	case w == "":
		return 0, k
	case !plural && (englishPersons[key] || englishKinOne[key]):
		return 1, k + 1
	case englishPersons[key] || personGroups[key] || englishKin[key] || groupNouns[key] || w == "children":
		return -1, k + 1 // "my kids", "my brothers": how many?
	}
	return 0, k
}

// listComma: the token at k is a comma that joins a list.
func listComma(ts []token, k int) bool {
	return k >= 0 && k < len(ts) && ts[k].sep && (ts[k].text == "," || ts[k].text == "،")
}

// englishKinOne: the relatives of englishKin that are one person.
var englishKinOne = set("granny", "nephew", "niece", "fiance", "fiancee", "grandson", "granddaughter", "parent")
