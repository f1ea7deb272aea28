package understand

import "strings"

// peopleEach reads the people the customer names right before "كل واحد"
// or "لكل واحد" (each one) with no "من" after it — the customer and
// others joined by و ("انا واخويا كل واحد عايز فوتيه", Franco "ana w
// a5oya kol wa7ed"), children counted in the dual and the singular ("عندي
// ولدين وبنت، عايز لكل واحد كرسي"), or by a figure ("عندي ٣ عيال، لكل
// واحد …"): the goods that follow are one for each of them, as many as
// the people (the cue's perN), never one. People named with no "each"
// ("عندي ٣ عيال عايز دولاب") count nothing.
func peopleEach(ts []token) {
	for i := 0; i+1 < len(ts); i++ {
		w := surfaceAt(ts, i)
		if !(strings.TrimPrefix(w, "و") == "كل" || strings.TrimPrefix(w, "و") == "لكل" || w == "kol" || w == "lekol" || w == "lkol") ||
			ts[i].perN > 0 || ts[i+1].sep || !eachOne[ts[i+1].text] && !eachOne[surfaceAt(ts, i+1)] || surfaceAt(ts, i+1) == "of" {
			continue
		}
		if n := surfaceAt(ts, i+2); n == "من" || n == "men" || ofUs[n] || i+2 < len(ts) && isNumber(ts[i+2].text) {
			continue // "لكل واحد من …", "كل واحد فينا", "كل واحد ٢": read elsewhere
		}
		if n := peopleBefore(ts, i); n >= 2 {
			ts[i].perN = n
			for k := i; k <= i+1; k++ {
				ts[k].aside, ts[k].used = true, true
			}
		}
	}
}

// peopleBefore counts the people named in a list that ends right before
// token i, a verb of wanting and one comma allowed between: 0 when none.
func peopleBefore(ts []token, i int) float64 {
	k := i - 1
	for seps := 0; k >= 0; k-- {
		if ts[k].sep && (ts[k].text == "," || ts[k].text == "،") && seps == 0 {
			seps++
			continue
		}
		if ts[k].sep || !wantVerbs[ts[k].text] && !wantVerbs[surfaceAt(ts, k)] {
			break
		}
	}
	total, named := 0.0, 0
	for k >= 0 && !ts[k].sep {
		v, first := personsAt(ts, k)
		if v == 0 {
			break
		}
		total, named = total+v, named+1
		joined := strings.HasPrefix(ts[first].surface, "و") && !personOnes[wordKey(ts[first].surface)] || ts[first].conj
		k = first - 1
		if !joined && k >= 0 && !ts[k].sep && (ts[k].text == "و" || surfaceAt(ts, k) == "w" || surfaceAt(ts, k) == "we") {
			joined, k = true, k-1 // "ana w a5oya"
		}
		if !joined {
			break
		}
	}
	if named < 2 && total < 2 {
		return 0
	}
	return total
}

// personSingles: one person, no possessive ("وبنت", "وولد").
var personSingles = set("ولد", "بنت", "ابن", "واد", "بت", "طفل", "طفله", "عيل", "عيله")

// personsAt: how many people token k (with the one before it) names, and
// where that mention starts: a person's dual ("ولدين"), one person
// ("اخويا", "بنت", "انا"), a group counted ("٣ عيال", "ولادي التلاتة").
func personsAt(ts []token, k int) (float64, int) {
	w := wordKey(ts[k].surface)
	st := strings.TrimPrefix(w, "و")
	if v, ok := articledCount(ts[k].surface); ok && k > 0 && !ts[k-1].sep && personGroups[wordKey(ts[k-1].surface)] {
		return v, k - 1 // "ولادي التلاتة"
	}
	if (personCounted[w] || personGroups[w]) && k > 0 && !ts[k-1].sep {
		if v, ok := amountValue(ts[k-1].text); ok && v >= 2 && v == float64(int(v)) {
			return v, k - 1 // "٣ عيال", "تلات عيال"
		}
	}
	switch {
	case personDuals[w] || personDuals[st]:
		return 2, k
	case personOnes[w] || personOnes[st] || personSingles[w] || personSingles[st] || kinOf(st) ||
		w == "انا" || w == "ana" || st == "انا":
		return 1, k
	}
	return 0, k
}
