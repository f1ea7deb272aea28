package understand

import "strings"

// namedWorkHeads marks the first word of a catalog name that heads with a
// تفعيل verbal noun ("تغيير" of "تغيير شاشة لابتوب 15.6", goods fitted
// with the work and kept in stock) when it is said as that name's word:
// the shop's work asked for by its name ("تغيير شاشة لابتوب بكام؟"),
// no exchange of what came (token.soldWork, as worksSold marks the heads
// of works kept in no stock). When the message tells goods bought from
// the shop or work it did ("اللي اشتريتها منكم", "ركبتوه") the word
// keeps its cue: the exchange may be of them.
func (r *Rules) namedWorkHeads(ts []token) {
	if shopsDoing(ts) {
		return
	}
	for i := range ts {
		t := ts[i]
		if t.sep || !t.lex || t.neg || t.soldWork || !r.lx.verbalNoun(t.text) || complaintWeight(t.text) == 0 {
			continue
		}
		for k := range r.lx.info {
			if r.lx.info[k].head == t.text {
				ts[i].soldWork = true
				break
			}
		}
	}
}

// unwantedChange: the verb of an exchange at i ("اغيرها", "ابدله",
// "replace") said right after a want denied ("مش عايز اغيرها", "مش
// محتاج ابدلها", Franco "mesh 3ayez", English "don't want to replace
// it"): the customer keeps what they have, no exchange asked — no
// complaint cue.
func unwantedChange(ts []token, i int) bool {
	if ts[i].sep || i < 2 || ts[i-1].sep || ts[i-2].sep || !exchangeSaid(ts[i].surfKey()) {
		return false
	}
	w := wordKey(strings.TrimPrefix(ts[i-1].lowSurface(), "و"))
	if w == "to" && i >= 3 && !ts[i-3].sep {
		w, i = wordKey(ts[i-2].lowSurface()), i-1 // "don't want to replace"
	}
	if !wantWords[w] && !francoWant[w] {
		return false
	}
	n := strings.TrimPrefix(ts[i-2].lowSurface(), "و")
	switch n {
	case "مش", "msh", "mesh", "don't", "dont", "not":
		return true
	}
	return false
}

// exchangeSaid: w is an exchange verb, with an object on it or not
// ("اغير", "اغيرها", "ابدلهم", "replace").
func exchangeSaid(w string) bool {
	if exchangeVerbs[w] {
		return true
	}
	for _, o := range []string{"ها", "هم", "ه"} {
		if st, ok := strings.CutSuffix(w, o); ok && exchangeVerbs[st] {
			return true
		}
	}
	return false
}
