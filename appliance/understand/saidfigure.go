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

// figureAndHalfBefore reads a figure and its half said before a word the
// products name a figure with ("الخمسة ونص حصان", "5 ونص حصان", Franco
// "5 w nos hosan") as that figure and a half, one token ("5.5"), as "5.5
// حصان" is read — never a half of the word after ("نص حصان" is another
// motor). Only where some product named with that word gives a figure in
// its names; a weight or a length after is an amount read elsewhere.
func (r *Rules) figureAndHalfBefore(ts []token) []token {
	for i := 0; i+2 < len(ts); i++ {
		n := ts[i]
		if n.sep || n.compound {
			continue
		}
		v, ok := parseDigits(n.text)
		if !ok {
			v, ok = numberWord(n.text)
		}
		if !ok {
			v, ok = numberWord(strings.TrimPrefix(wordKey(n.surface), "ال")) // "الخمسة": the figure with the article
		}
		if !ok || v < 1 || v != float64(int(v)) {
			continue
		}
		j := i + 1 // the half
		if ts[j].sep {
			continue
		}
		if s := ts[j].lowSurface(); (s == "و" || s == "w") && j+2 < len(ts) && !ts[j+1].sep {
			if f, ok := fractionWord(ts[j+1].text); ok && f == 0.5 {
				j++ // "5 w nos": the و apart
			} else {
				continue
			}
		} else if !halfAfter(wordKey(ts[j].surface)) && !(ts[j].conj && ts[j].text == "half") {
			continue
		}
		w := ts[j+1]
		if w.sep || !w.lex || weightMeasure(w) || tokenKg(w) > 0 || measureKinds[w.text] != "" || lengthAfter(ts, j) {
			continue
		}
		if _, ok := unitWord(w.text); ok {
			continue
		}
		if !r.namesFigureWith(w.text) {
			continue
		}
		ts[i].text, ts[i].lex = numString(v+0.5), true
		for k := i + 1; k <= j; k++ {
			ts[i].surface += " " + ts[k].surface
		}
		ts = append(ts[:i+1], ts[j+1:]...)
	}
	return ts
}

// namesFigureWith: some product whose names use word w also gives a
// figure in them ("لف موتور 2 حصان"): w is a measure its figures go with.
func (r *Rules) namesFigureWith(w string) bool {
	if u, ok := r.lx.rewrite[w]; ok {
		w = u
	}
	for _, p := range r.lx.postings[w] {
		for u := range r.lx.info[p].all {
			if isNumber(u) {
				return true
			}
		}
	}
	return false
}
