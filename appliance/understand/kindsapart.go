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
	// the goods words of x's Arabic name, not said, that none of y's names
	// hold (no measure, no plain word)
	goods := func(u string) bool { return !measureWord(u) && goodsWord(u) && !plainWords[u] }
	apart := func(x, y int) []string { return unsaidApart(d, info[x].phrases[0], &info[y], goods, false) }
	bp := &r.lx.products[best.idx]
	var amb []Candidate
	for _, c := range cands[1:] {
		if len(amb) == 5 {
			break
		}
		ci := &info[c.idx]
		cp := &r.lx.products[c.idx]
		if d.cnt[c.idx] != d.cnt[best.idx] || ci.head != b.head || cp.Category != bp.Category || cp.Unit != bp.Unit || len(ci.phrases) == 0 {
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
		if bu, cu := apart(best.idx, c.idx), apart(c.idx, best.idx); len(bu) > 0 && len(cu) > 0 && (r.goodsTie(d, best.idx, c.idx) || r.variantAxis(best.idx, c.idx, bu, cu) || r.categorySynonym(d, best.idx, c.idx)) {
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

// categorySynonym: one of x's synonyms is the words of its category's own
// name ("غسيل سجاد" of "غسيل سجاد ميكانيكي" filed under "غسيل سجاد"),
// which y, of that category, holds every word of too: the shop's label
// for the whole family, said of every kind under it, is no default of
// one (where "باب زجاج" of "باب زجاج سيكوريت", filed under doors, names
// the one kind the shop means by it).
func (r *Rules) categorySynonym(d *draft, x, y int) bool {
	xp := &r.lx.products[x]
	if xp.Category == "" || xp.Category != r.lx.products[y].Category {
		return false
	}
	cat, _ := r.lx.units(xp.Category)
	cat = slices.DeleteFunc(cat, func(u string) bool { return stopUnits[u] })
	if len(cat) < 2 && (len(cat) == 0 || len(slices.DeleteFunc(keysOf(xp.Category), func(u string) bool { return stopUnits[u] })) < 2 || slices.ContainsFunc(d.words, isNumber)) {
		// a one-word category ("أبواب") is the head noun's plural; two
		// words the vocabulary reads as one ("بيتي فور") are the family's
		// own name, still no default of one kind — but a figure said
		// with it ("شريط حرف 22") is the one the synonym's figure names
		return false
	}
	info := &r.lx.info[x]
	for k, ph := range info.phrases {
		if k == 0 || k == info.enPhrase-1 || len(ph) != len(cat) {
			continue
		}
		if !slices.ContainsFunc(ph, func(u string) bool { return !slices.Contains(cat, u) }) &&
			!slices.ContainsFunc(cat, func(u string) bool { return !r.lx.info[y].all[u] }) {
			return true
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

// figureVariants: a which-question among goods of one head noun, the best
// one among several whose Arabic names are the same but for their figures
// ("سفنج كثافة 20 سمك 5 سم" beside "… كثافة 25 …", "… كثافة 30 …"), and
// the others each naming a kind of its own in a word the customer did not
// say and those names lack ("سفنج مضغوط ريبوند", "سفنج عازل صوت"): the
// kind said with a figure of the plain names ("سفنج ٥ سم"), a measure
// of the goods a customer orders by, is asked among the plain ones, the
// named kinds being what a customer would have said. Said with no figure
// ("موتور مياه"), every kind is asked. The candidates kept; nil when
// nothing is dropped.
func (r *Rules) figureVariants(d *draft, best int, amb []Candidate) []Candidate {
	info := r.lx.info
	if len(amb) < 2 || len(info[best].phrases) == 0 {
		return nil
	}
	if !slices.ContainsFunc(d.words, func(w string) bool { return isNumber(w) && info[best].all[w] }) {
		return nil // the kind said bare ("موتور مياه"): every kind of it is the customer's to choose
	}
	words := func(x int) []string {
		var out []string
		for _, u := range info[x].phrases[0] {
			if !isNumber(u) {
				out = append(out, u)
			}
		}
		return out
	}
	bw := words(best)
	var kept []Candidate
	dropped := false
	for _, c := range amb {
		x := r.indexOf(c.Product)
		if x < 0 || len(info[x].phrases) == 0 {
			return nil
		}
		if slices.Equal(words(x), bw) {
			kept = append(kept, c)
			continue
		}
		// it explains no word said that the best does not ("مرايا شطف"
		// beside the LED mirrors "حمام 80 …"), and has a word of its own,
		// not said, that the plain names lack — no figure in a dual's
		// letters ("عينين" beside "عين واحدة", "3 عيون")
		if slices.ContainsFunc(d.words, func(w string) bool { return info[x].all[w] && !info[best].all[w] }) ||
			!slices.ContainsFunc(info[x].phrases[0], func(u string) bool {
				return !isNumber(u) && !measureWord(u) && !d.uniq[u] && !info[best].all[u] && goodsWord(u) && !r.dualOfWord(u, info[best].all)
			}) {
			return nil
		}
		dropped = true
	}
	if !dropped || len(kept) == 0 {
		return nil
	}
	return kept
}

// dualOfWord: u is the dual of a word of all ("عينين" of "عين", which
// the shop's vocabulary may fold into another unit): a figure said in the
// word's letters.
func (r *Rules) dualOfWord(u string, all map[string]bool) bool {
	one, ok := dualOf(u)
	if !ok {
		return false
	}
	if all[one] {
		return true
	}
	us, _ := r.lx.units(one)
	return len(us) == 1 && all[us[0]]
}

// unsaidApart: the words of a name (words) that d did not say, none of
// y's names hold and keep takes; only the first when first.
func unsaidApart(d *draft, words []string, y *prodInfo, keep func(string) bool, first bool) []string {
	var out []string
	for _, u := range words {
		if d.uniq[u] || y.all[u] || !keep(u) {
			continue
		}
		if out = append(out, u); first {
			break
		}
	}
	return out
}
