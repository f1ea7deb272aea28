package understand

import "strings"

// storyEmoji is where the request starts when the message opens with a
// story that an emoji closes and the want-verb follows right after it
// ("الحمد لله خلصنا تشطيب الشقة بعد ٨ شهور … 😮‍💨 والتراب في كل حتة،
// عايزين …", "النهارده اول يوم مدارس … ومفيش عيش في البيت 😅 عايزة ٢
// كيس فينو …"), or -1. The emoji ends the telling as a full stop would,
// with no teller needed (a clause after it up to a comma is the story's
// still): the story asks nothing (no want, need, order
// cue, price or colour), holds no figure but of time or land ("بعد ٨
// شهور"), points at nothing ("ده", "da", "this": goods shown are the
// order's), is talk (at least three words no catalog knows), and the
// request after it names goods with a figure (requestAt) and opens with
// no "one" of what was told ("3ayzeen wa7ed").
func (r *Rules) storyEmoji(ts []token) int {
	talk, closed := 0, false
	for i, t := range ts {
		if t.sep {
			if closed && t.text == "," && talk >= 3 {
				if j := i + 1; j < len(ts) && !ts[j].sep && orderCues[strings.TrimPrefix(ts[j].text, "و")] && !oneTakenUp(ts, j) {
					return r.requestAt(ts, j, false) // "… 😮‍💨 والتراب في كل حتة، عايزين …": the story goes on after its emoji up to the want
				}
			}
			continue
		}
		if askWord(t) || needWords[t.text] || t.color != "" || t.neg || t.used {
			return -1
		}
		if isNumber(t.text) {
			if (i+1 >= len(ts) || ts[i+1].sep || !storyMeasures[ts[i+1].text]) && !weightGoal(ts, i) {
				return -1 // (a weight to lose is the story's: "لازم اخس ١٥ كيلو 😅", weightgoal.go)
			}
			continue
		}
		if !t.lex {
			talk++
		}
		if thisSaid[t.lowSurface()] {
			return -1 // "el sa5an el instant da gamed 😍 3ayzeen wa7ed": goods pointed at are the order's
		}
		if !t.pause {
			continue
		}
		closed = true
		if j := i + 1; j < len(ts) && !ts[j].sep && orderCues[strings.TrimPrefix(ts[j].text, "و")] && talk >= 3 && !oneTakenUp(ts, j) {
			return r.requestAt(ts, j, false)
		}
	}
	return -1
}

// thisSaid: a demonstrative after a noun, "this one" pointed at.
var thisSaid = set("ده", "دي", "دا", "دى", "da", "dah", "di", "dih", "this", "that", "these", "those")

// oneTakenUp: the word after the want-verb at j is "one" or "of it"
// standing for goods told before ("عايزين واحد", "3ayzeen wa7ed").
func oneTakenUp(ts []token, j int) bool {
	if j+1 >= len(ts) || ts[j+1].sep {
		return false
	}
	w := ts[j+1].lowSurface()
	return oneOfSaid[w] || oneOfSaid[strings.TrimPrefix(w, "و")]
}
