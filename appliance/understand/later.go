package understand

import "strings"

// talkLaterVerbs put off what was just named to a later talk: "والتركيب
// هنتكلم فيه لما تيجي", "النقل نتفق عليه بعدين", Franco "el tarkib
// hanetkalem feeh ba3dein" — the work or goods are not asked now.
var talkLaterVerbs = set("هنتكلم", "هنتكلموا", "نتكلم", "نتكلمو", "هنتفق", "نتفق", "هنتفاهم", "نتفاهم", "هنشوفه", "هنشوفها", "نشوفه", "نشوفها",
	"hanetkalem", "hnetkalem", "netkalem", "hanetfe2", "netfe2")

// putOff marks aside the definite words a clause opens with when its verb
// puts them off to a later talk ("، والتركيب هنتكلم فيه لما تيجي"): the
// words from the clause's start (a separator, or و on the first word) up
// to the verb must all be the definite noun and its describing words,
// so "عايز التركيب ونتكلم في السعر" stays an order of the work.
func (r *Rules) putOff(ts []token) {
	for i := 1; i < len(ts); i++ {
		if ts[i].sep || !(talkLaterVerbs[ts[i].text] || talkLaterVerbs[ts[i].lowSurface()]) {
			continue
		}
		start := i
		for start > 0 && !ts[start-1].sep && !ts[start].conj && ts[start-1].text != "و" {
			start--
		}
		if start == i {
			continue
		}
		first := strings.TrimPrefix(ts[start].lowSurface(), "و")
		if !strings.HasPrefix(first, "ال") && first != "el" && !strings.HasPrefix(first, "el") {
			continue // "عايز تركيب نتكلم فيه": no definite one opens the clause
		}
		ok := true
		for k := start; k < i; k++ {
			if isNumber(ts[k].text) || !(ts[k].lex || ts[k].color != "" || ts[k].text == "el" || ts[k].text == "ال") {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		end := i + 1
		for end < len(ts) && !ts[end].sep && !ts[end].conj && !ts[end].lex && !isNumber(ts[end].text) {
			end++ // "فيه لما تيجي", "feeh ba3dein"
		}
		for k := start; k < end; k++ {
			ts[k].neg, ts[k].used = true, true
		}
		i = end - 1
	}
}
