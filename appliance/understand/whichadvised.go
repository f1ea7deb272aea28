package understand

// The shop's advice asked on the choice among the kinds of goods the
// message names: "which one do you recommend?", "انهي واحد تنصحني بيه؟",
// Franco "anhy wa7ed tensa7ny beeh?" beside "I need a crown" when the
// catalog sells several crowns. It is no advice on a trouble of the
// customer's own (adviceAsked): it is the question which one, and the
// clerk's answer is to ask it (the line's which choice). The words are
// placed and set aside, so that adviceAsked reads none of them.

// choiceWhich: "which" as Egyptians and English write it.
var choiceWhich = set("انهي", "انهو", "انهى", "anhy", "anhi", "anhe", "anhu", "which")

// whichOnes: after "which", the one or the kind ("which one", "انهي
// واحد", "انهي نوع", "فيهم").
var whichOnes = set("واحد", "واحده", "نوع", "فيهم", "منهم", "wa7ed", "wa7da", "no3", "fehom", "menhom", "one", "ones", "kind", "type", "of", "them")

// adviceTail: after the opinion verb, "with it" or "for me" ("تنصحني
// بيه", "you recommend for me").
var adviceTail = set("بيه", "بيها", "بيهم", "ليا", "ليه", "beeh", "beh", "biha", "leya", "for", "me")

// whichAdvised sets aside "which … do you recommend" when a line of
// items holds a choice among products (see above).
func whichAdvised(ts []token, items []Item) {
	if !whichChoice(items) {
		return
	}
	for i := range ts {
		if ts[i].sep || !inSet(choiceWhich, ts, i) {
			continue
		}
		k := i + 1
		for k < len(ts) && !ts[k].sep && inSet(whichOnes, ts, k) {
			k++
		}
		if keyAt(ts, k) == "do" && keyAt(ts, k+1) == "you" {
			k += 2
		}
		if k >= len(ts) || ts[k].sep || !opinionVerbs[keyAt(ts, k)] && !recommendVerbs[keyAt(ts, k)] {
			continue
		}
		k++
		for k < len(ts) && !ts[k].sep && inSet(adviceTail, ts, k) {
			k++
		}
		for j := i; j < k; j++ {
			ts[j].used, ts[j].neg = true, true
		}
	}
}

// recommendVerbs: English verbs of advising after "do you".
var recommendVerbs = set("recommend", "suggest", "advise", "prefer")

// whichChoice: a line of items is a choice among products.
func whichChoice(items []Item) bool {
	for _, it := range items {
		if it.Vague && len(it.Ambiguous) > 0 {
			return true
		}
	}
	return false
}

// inSet: the word at k, as written (lowered) or by its key, is in ws.
func inSet(ws map[string]bool, ts []token, k int) bool {
	return k >= 0 && k < len(ts) && !ts[k].sep && (ws[ts[k].lowSurface()] || ws[ts[k].surfKey()])
}
