package understand

import "strings"

// rentAsked: the word (as written) where the customer asks the shop to rent the goods out rather than
// sell them — "ممكن تأجروا سرير طبي لمدة شهرين؟", "بتأجروا الكراسي؟",
// "momken te2agaro …?", "do you rent …?", "can I hire …?" — a question
// for a person whatever goods are named: no invoice or quote prices a
// rent. "شقة ايجار" (a rented flat) names the customer's home, no verb of
// the shop's, and asks nothing.
func rentAsked(ts []token) string {
	for i, t := range ts {
		if t.sep || t.neg {
			continue
		}
		if rentVerb(strings.TrimPrefix(t.text, "و")) {
			ts[i].used = true
			return t.surface // "تأجروا", "بتأجروا", "هتأجروها"
		}
		s := t.lowSurface()
		for _, p := range []string{"te2agaro", "bet2agaro", "bt2agaro", "t2agaro", "bite2agaro", "hat2agaro"} {
			if strings.HasPrefix(s, p) {
				ts[i].used = true
				return t.surface
			}
		}
		if englishRent(ts, i) {
			ts[i].used = true
			return t.surface // "do you rent", "can I hire", "is it possible to rent"
		}
	}
	return ""
}

// rentVerb: w is "you (plural) rent out", with its object or not: the
// root اجر after the present's ت (بت، هت) and before وا/و/ون
// ("تأجروا", "بتأجروها", "هتأجرون").
func rentVerb(w string) bool {
	for _, o := range []string{"ها", "هم", "ه", ""} {
		st, ok := strings.CutSuffix(w, o)
		if !ok {
			continue
		}
		for _, s := range []string{"وا", "و", "ون"} {
			if st2, ok := strings.CutSuffix(st, s); ok {
				for _, p := range []string{"بت", "هت", "ت"} {
					if rest, ok := strings.CutPrefix(st2, p); ok && rest == "اجر" {
						return true
					}
				}
			}
		}
	}
	return false
}
