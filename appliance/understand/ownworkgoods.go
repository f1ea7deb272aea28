package understand

import (
	"strings"
	"unicode/utf8"
)

// ownWorkOnGoods: a first-person verb of a work the shop sells ("اغير",
// "انجد", "اركب": I change, upholster, fit; "ننقل": we move), right
// after the want word
// ("عايز اغير اسفنج المقعدة"), followed by the goods it acts on, where a
// service's name holds the verb's noun and those goods ("تغيير إسفنج
// مقعدة"), asks for that service, never the goods alone: its noun. The
// goods must be named in two words the service's name holds (the thing
// and whose or which: "اسفنج المقعدة", "دراع النظارة"); a bare plural
// ("عايز اركب كاميرات، يعني ٢ كاميرا …") tells the customer's own
// project, its goods listed after it, and stays so.
func (r *Rules) ownWorkOnGoods(ts []token, i int) (string, bool) {
	w := wordKey(ts[i].surface) // "ننقل" is read "نقل" before: its person is in the surface
	if i == 0 || ts[i-1].sep || !orderCues[ts[i-1].text] || i+1 >= len(ts) || ts[i+1].sep {
		return "", false
	}
	st, ok := strings.CutPrefix(w, "ا")
	if !ok {
		st, ok = strings.CutPrefix(w, "ن") // "عايزين ننقل شقة ٣ اوض": we move
	}
	if !ok || utf8.RuneCountInString(st) != 3 {
		return "", false
	}
	h := r.lx.workHeads[st]
	if u := r.lx.rewrite[st]; h == "" && u != "" && !strings.Contains(u, " ") {
		h = u // a work whose noun is its root's own letters (نقل), as the vocabulary keys it
	} else if h == "" && r.lx.isWord(st) {
		h = st
	}
	if h == "" {
		return "", false
	}
	if i+2 < len(ts) && !ts[i+2].sep {
		for _, p := range r.lx.postings[h] {
			all := r.lx.info[p].all
			if r.isService(&r.lx.products[p]) && all[ts[i+1].text] && all[ts[i+2].text] {
				return h, true
			}
		}
	}
	return h, r.definiteObject(ts, i, h)
}
