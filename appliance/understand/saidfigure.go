package understand

import "strings"

// halfAfter: w is "ونص" ("and a half") as a word of its own after a number
// word.
func halfAfter(w string) bool {
	f, ok := fractionWord(strings.TrimPrefix(w, "و"))
	return ok && f == 0.5 && strings.HasPrefix(w, "و")
}

// figureInWords reads a figure said in words with its half ("سلك واحد
// ونص", "لفة اتنين ونص") right after a head noun as the figure the names
// of that noun's products give ("سلك 1.5 مم"), as "سلك ١.٥" is read: a
// word of the product's name, never a count or a size. Only where some
// product of that head noun is named with that figure. The two words are
// one token then.
func (r *Rules) figureInWords(ts []token) []token {
	for i := 1; i+1 < len(ts); i++ {
		h, t, half := ts[i-1], ts[i], ts[i+1]
		if h.sep || t.sep || half.sep || !h.lex || !r.isHead(h.text) || !halfAfter(wordKey(half.surface)) {
			continue
		}
		v, ok := numberWord(t.text)
		if !ok || v != float64(int(v)) {
			continue
		}
		fig := numString(v + 0.5)
		if !r.headNamesFigure(h.text, fig) {
			continue
		}
		ts[i].text, ts[i].lex, ts[i].surface = fig, true, t.surface+" "+half.surface
		ts = append(ts[:i+1], ts[i+2:]...)
	}
	return ts
}

// headNamesFigure: some product whose names use head noun h also gives
// figure fig in them.
func (r *Rules) headNamesFigure(h, fig string) bool {
	if u, ok := r.lx.rewrite[h]; ok {
		h = u
	}
	for _, p := range r.lx.postings[fig] {
		if r.lx.info[p].all[h] {
			return true
		}
	}
	return false
}
