package understand

import "strings"

// talkToWhom: whom to talk to asked with the verb first — "اكلم مين؟",
// "نكلم مين؟", "اتكلم مع مين؟", Franco "akalem meen?", English "talk to
// whom?": a verb of talking, "with" or "to" or nothing, then "who". The
// words are placed and the phrase, as written, returned ("" when none).
// whoToTalk reads it with "who" first ("مين اكلمه؟").
func talkToWhom(ts []token) string {
	for i := range ts {
		if ts[i].sep || ts[i].neg || !talkVerbs[keyAt(ts, i)] {
			continue
		}
		k := i + 1
		if talkWith[keyAt(ts, k)] {
			k++
		}
		if !whoWords[keyAt(ts, k)] {
			continue
		}
		var out []string
		for m := i; m <= k; m++ {
			ts[m].used = true
			out = append(out, ts[m].surface)
		}
		return strings.Join(out, " ")
	}
	return ""
}

// talkWith: with, to — between a verb of talking and whom.
var talkWith = set("مع", "وياه", "ma3", "m3", "with", "to")
