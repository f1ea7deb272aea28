package understand

import (
	"regexp"
	"strings"

	"fatoora/catalog"
)

// A person's age said in Franco or English (h39c), read on the words as
// written since the vocabulary may rewrite them ("3ando" is عند, "years"
// a Franco word): "ebny 3ando 12 sana", "3andaha 4 sneen", "my son is 9
// years old". Who the goods are for, never their count. ("a 9-year-old"
// with no owner is left: read alone it lets a line of the message be
// merged into another unseen, see BENCHMARKS.) A catalog whose names hold an age
// ("طفل أقل من 12 سنة", "Child under 12 years") prices by it: there the
// age is left to the lines.

// agedName: a name holding a person's age in years.
var agedName = regexp.MustCompile(`(?i)سنة|سنه|سنين|سنوات|\byears?\b|\byrs\b`)

// agesInNames: some product's name holds an age.
func agesInNames(ps []catalog.Product) bool {
	for k := range ps {
		if agedName.MatchString(ps[k].NameAr) || agedName.MatchString(ps[k].NameEn) {
			return true
		}
	}
	return false
}

// agesWritten sets aside the ages personTalk does not read: their words
// as written.
func (r *Rules) agesWritten(ts []token) {
	if r.agesInNames {
		return
	}
	for i := 0; i+1 < len(ts); i++ {
		if ts[i].sep || ts[i].aside || !isNumber(ts[i].text) || !ageSaid(ts, i) {
			continue
		}
		end := i + 1
		if end+1 < len(ts) && !ts[end+1].sep && ts[end+1].lowSurface() == "old" {
			end++
		}
		for m := ageFrom(ts, i); m <= end; m++ {
			ts[m].used, ts[m].aside = true, true
		}
	}
}

// ageSaid: the figure at i and the word after it are a person's age.
func ageSaid(ts []token, i int) bool {
	if i+1 >= len(ts) || ts[i+1].sep {
		return false
	}
	next := ts[i+1]
	if !ageWords[next.text] && !ageWords[next.surfKey()] {
		return false
	}
	if i == 0 || ts[i-1].sep {
		return false
	}
	return ageOwners[strings.TrimPrefix(ts[i-1].text, "و")] || ageOwners[ts[i-1].surfKey()]
}

// ageFrom: where the age said at figure i starts — its owner ("3ando",
// "is") before it, else the figure.
func ageFrom(ts []token, i int) int {
	if i == 0 || ts[i-1].sep {
		return i
	}
	p := ts[i-1]
	if ageOwners[strings.TrimPrefix(p.text, "و")] || ageOwners[p.surfKey()] {
		return i - 1
	}
	return i
}
