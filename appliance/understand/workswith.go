package understand

import "strings"

// worksWith sets aside what a question asks the product to work with, fit
// or go on: "وبيشتغل مع باب العمارة؟", "ينفع مع السخان بتاعي؟", "بيركب على
// الشباك؟", "does it work with the building door?". A present-tense verb
// right before "with" or "on", in a clause a question mark closes, after
// goods were named: the nouns after it are the customer's own things the
// answer is about, never lines of the order (a door sensor is no answer
// to whether the intercom opens the building's door).
func worksWith(ts []token) {
	named := false
	for i := 0; i+1 < len(ts); i++ {
		t := ts[i]
		if t.sep {
			continue
		}
		if t.lex {
			named = true
			continue
		}
		if !named || !presentVerb(t.surface) || !withPreps[ts[i+1].lowSurface()] {
			continue
		}
		end := i + 2
		for end < len(ts) && !ts[end].sep {
			end++
		}
		if end == len(ts) || ts[end].text != "?" || end == i+2 {
			continue
		}
		for k := i; k < end; k++ {
			ts[k].neg, ts[k].used = true, true
		}
		i = end
	}
}

// withPreps: "with" and "on" after a verb of working or fitting.
var withPreps = set("مع", "علي", "على", "with", "on")

// presentVerb: w, as written (و taken off), is a verb in the present
// tense, Egyptian "بي…/بت…" or bare "ي…" ("بيشتغل", "يركب", "ينفع"), or
// an English verb of working or fitting.
func presentVerb(w string) bool {
	w = strings.TrimPrefix(w, "و")
	if englishFits[lower(w)] {
		return true
	}
	n := len([]rune(w))
	return n >= 4 && (strings.HasPrefix(w, "بي") || strings.HasPrefix(w, "بت")) || n >= 4 && strings.HasPrefix(w, "ي")
}

// englishFits are English verbs asking whether goods work with or fit on
// something.
var englishFits = set("work", "works", "fit", "fits", "go", "goes", "mount", "mounts")
