package understand

import (
	"math"
	"slices"
	"strings"
)

// kindsApart: every word said that the best product's names hold, another
// product of its head noun, category and unit holds as well, and no more;
// each of the two carries in its own Arabic name a word not said that the
// other's names lack; and what put the best ahead chooses nothing the
// customer said: either the two are the same goods in two variants the
// catalog sells other goods in too ("غسيل كامل … ملاكي" beside "غسيل كامل
// … جيب", as "غسيل خارجي … ملاكي" beside "… جيب": variantAxis), a
// synonym of one ("غسيل شامل", "تلميع بوليش") saying the words said in
// fewer words; or only a measure word both are sold by set them apart
// ("كانفاس جاهز بالمتر" beside "كانفاس خام" for "٣ متر كانفاس بالمتر":
// goodsTie). A clerk asks which. A synonym of one of two kinds the
// catalog sells once each ("باب زجاج" beside "باب زجاج سحاب") stays the
// shop's default; the kind's plain one (its name's own "عادي":
// namesPlain) is left to plainOfKind; a figure, a weight or a measure is
// no word of a kind.
func (r *Rules) kindsApart(d *draft, best scored, cands []scored) []Candidate {
	info := r.lx.info
	b := &info[best.idx]
	if b.head == "" || len(d.words) == 0 || r.namesPlain(best.idx) || len(b.phrases) == 0 {
		return nil
	}
	explained := 0
	for _, w := range d.words {
		if b.all[w] && !isNumber(w) {
			explained++
		}
	}
	if explained == 0 {
		return nil
	}
	// the words of x's Arabic name, not said, that none of y's names hold
	apart := func(x, y int) []string {
		var out []string
		for _, u := range info[x].phrases[0] {
			if measureWord(u) || d.uniq[u] || info[y].all[u] || !goodsWord(u) || plainWords[u] {
				continue
			}
			out = append(out, u)
		}
		return out
	}
	bp := &r.lx.products[best.idx]
	var amb []Candidate
	for _, c := range cands[1:] {
		ci := &info[c.idx]
		cp := &r.lx.products[c.idx]
		if d.cnt[c.idx] != d.cnt[best.idx] || ci.head != b.head || cp.Category != bp.Category || cp.Unit != bp.Unit || len(ci.phrases) == 0 || len(amb) == 5 {
			continue
		}
		if r.namesPlain(c.idx) {
			return nil // the kind's ordinary one: plainOfKind's to pick
		}
		same := true
		for _, w := range d.words {
			if b.all[w] != ci.all[w] {
				same = false
				break
			}
		}
		if !same {
			continue
		}
		if bu, cu := apart(best.idx, c.idx), apart(c.idx, best.idx); len(bu) > 0 && len(cu) > 0 && (r.goodsTie(d, best.idx, c.idx) || r.variantAxis(best.idx, c.idx, bu, cu)) {
			amb = append(amb, Candidate{Product: cp, Score: math.Round(c.score*1000) / 1000})
		}
	}
	return amb
}

// measureWord: u is a measure, bare or with the article ("متر", "بالمتر").
func measureWord(u string) bool {
	if _, ok := unitWords[u]; ok {
		return true
	}
	for _, p := range []string{"بال", "لل", "ال"} {
		if w, ok := strings.CutPrefix(u, p); ok {
			if _, ok := unitWords[w]; ok {
				return true
			}
		}
	}
	return false
}

// goodsTie: the names of x and of y that say most of their words said
// say as many of them but for a measure word ("بالمتر" of "كانفاس جاهز
// بالمتر" beside "كانفاس خام" and "… (بالمتر)"): what put one ahead is
// how it is sold, which both are.
func (r *Rules) goodsTie(d *draft, x, y int) bool {
	rec := func(idx int, measures bool) float64 {
		best := 0.0
		for _, ph := range r.lx.info[idx].phrases {
			hit, of := 0, 0
			for j, u := range ph {
				if slices.Contains(ph[:j], u) || !measures && measureWord(u) {
					continue
				}
				of++
				if d.uniq[u] {
					hit++
				}
			}
			if of > 0 {
				best = max(best, float64(hit)/float64(of))
			}
		}
		return best
	}
	bx := rec(x, false)
	return bx > 0 && math.Abs(bx-rec(y, false)) < 1e-9 && math.Abs(rec(x, true)-rec(y, true)) > 1e-9
}

// variantAxis: x's Arabic name is y's but for the words that set each
// apart (xu, yu), and the same words set apart two more products whose
// names are alike but for them ("غسيل خارجي … ملاكي" beside "غسيل خارجي
// … جيب" for the full washes "… ملاكي" and "… جيب"): the catalog sells its
// kinds in those two variants, as in two colours, and which one a
// customer wants who said neither is asked, never the one a synonym
// favours.
func (r *Rules) variantAxis(x, y int, xu, yu []string) bool {
	info := r.lx.info
	holds := func(idx int, us []string) bool {
		return slices.ContainsFunc(info[idx].phrases[0], func(u string) bool { return slices.Contains(us, u) })
	}
	// the two names the same but for the words that set them apart
	alike := func(a, b int) bool {
		for _, u := range info[a].phrases[0] {
			if !slices.Contains(xu, u) && !slices.Contains(yu, u) && !slices.Contains(info[b].phrases[0], u) {
				return false
			}
		}
		for _, u := range info[b].phrases[0] {
			if !slices.Contains(xu, u) && !slices.Contains(yu, u) && !slices.Contains(info[a].phrases[0], u) {
				return false
			}
		}
		return true
	}
	if !alike(x, y) {
		return false
	}
	for _, u := range xu {
		for _, p := range r.lx.postings[u] {
			if int(p) == x || int(p) == y || len(info[p].phrases) == 0 || !holds(int(p), xu) || holds(int(p), yu) {
				continue
			}
			for _, v := range yu {
				for _, q := range r.lx.postings[v] {
					if q == p || int(q) == x || int(q) == y || len(info[q].phrases) == 0 || info[q].head != info[p].head ||
						r.lx.products[q].Category != r.lx.products[p].Category || !holds(int(q), yu) || holds(int(q), xu) || !alike(int(p), int(q)) {
						continue
					}
					return true
				}
			}
		}
	}
	return false
}
