package understand

import (
	"slices"
	"strings"
	"unicode/utf8"

	"fatoora/catalog"
)

// A work on goods whose name also names goods the shop sells ("تركيب
// كالون باب خشب" beside the lock "كالون باب خشب (بدن)") fits those goods:
// said bare ("تركيب كالون بكام؟") it is the fitting alone, the customer's
// own goods or goods not yet chosen. Said with words that the goods come
// from the shop — "مع الكالون نفسه" (with the lock itself), "كالون جديد"
// (a new one), or the worker's verb said to the shop with its object
// without the article ("عايزك تركبلي كالون": fit me a lock) — it is the
// goods and their fitting, one of each per piece. Goods said as the
// customer's own ("الكالون بتاعي", "اللي اشتريته", "عندي", "my", "I
// bought") stay the fitting alone (ownwork.go reads the work counted on
// them).

// newWords: the goods said new, bought with the work ("كالون جديد", "a new
// lock", Franco "gedid").
var newWords = set("جديد", "جديده", "جداد", "الجديد", "الجديده", "gedid", "gded", "gdeed", "gedida", "new")

// itselfWords: the goods themselves beside the work ("مع الكالون نفسه",
// "with the lock itself", Franco "nafso").
var itselfWords = set("نفسه", "نفسها", "نفسهم", "بنفسه", "nafso", "nafsaha", "nafsoh", "itself")

// ownGoodsWords: the goods said as the customer's own, bought before or
// brought: no goods of the shop to add.
var ownGoodsWords = set("بتاعي", "بتاعتي", "بتوعي", "بتاعنا", "بتاعتنا", "beta3y", "beta3i", "my", "mine", "our",
	"اشتريته", "اشتريتها", "اشتريتهم", "اشتريناه", "جبته", "جبتها", "جبتهم", "جايبه", "جايبها", "جايبهم", "bought", "brought",
	"عندي", "عندنا", "معايا", "معانا", "3andy", "3andi", "ma3aya")

// goodsFitted adds the goods a fitting work names beside its line when the
// message says the shop supplies them (see above).
func (r *Rules) goodsFitted(ts []token, keep []*draft, items []Item, itemOf map[*draft]int) []Item {
	var add []Item
	var before []int
	drop := map[int]bool{}
	for _, d := range keep {
		k, ok := itemOf[d]
		if !ok || items[k].Product == nil || !items[k].Product.MadeToOrder || d.start >= len(ts) {
			continue
		}
		pi := r.indexOf(items[k].Product)
		if pi < 0 || !fitWork(r.lx.info[pi].head) {
			continue
		}
		cands, obj := r.goodsOfWork(pi)

		if len(cands) == 0 || slices.ContainsFunc(items, func(it Item) bool { return it.SKU != "" && !it.Vague && slices.Contains(cands, it.Product) }) {
			continue
		}
		from, to := d.start, d.end
		for from > 0 && !ts[from-1].sep {
			from--
		}
		for to < len(ts) && !ts[to].sep {
			to++
		}
		h := goodsSupplied(ts, d, from, to, obj)
		wanted := false
		if h < 0 {
			h = wantedThenFitted(ts, from, to, obj)
			wanted = h >= 0
		}
		if h < 0 || ownNoun(ts, h, from, to) {
			continue // "ركبلي الكالون بتاعي": the customer's own
		}
		g := r.modelOf(ts, cands)
		if g == nil && (!wanted || len(cands) < 2) {
			continue
		}
		if g == nil {
			// "عايز صندوق طرد … وحد يركبه" of two tanks: which one is
			// asked, on a line of its own beside the fitting (unless a
			// line of its own reads the goods' noun already)
			if slices.ContainsFunc(items, func(o Item) bool { return o.start <= h && h < o.end && o.Product != items[k].Product }) {
				continue
			}
			it := Item{SKU: cands[0].SKU, Product: cands[0], Quantity: items[k].Quantity, Phrase: ts[h].surface, Vague: true,
				Confidence: min(items[k].Confidence, 0.51), start: h, end: h + 2}
			if it.Quantity == 0 {
				it.Quantity = catalog.One
			}
			for _, c := range cands[1:] {
				it.Ambiguous = append(it.Ambiguous, Candidate{Product: c, Score: 1})
			}
			add = append(add, it)
			before = append(before, k)
			continue
		}
		it := Item{SKU: g.SKU, Product: g, Quantity: items[k].Quantity, Phrase: ts[h].surface,
			Confidence: items[k].Confidence, Missing: slices.Clone(items[k].Missing), start: h, end: h + 2}
		if it.Quantity == 0 {
			it.Quantity = catalog.One
		}
		if len(g.Colors) > 1 {
			it.Missing = append(it.Missing, "color")
		}
		add = append(add, it)
		before = append(before, k)
		for v := range items {
			if (items[v].SKU == "" || items[v].Vague) && items[v].start <= h && h < items[v].end {
				drop[v] = true // "with the mixer itself": the goods said again, which of them now read
			}
		}
	}
	if len(add) == 0 {
		return items
	}
	// each goods line goes right before its work's line
	var out []Item
	moved := map[int]int{}
	for k, it := range items {
		for a, b := range before {
			if b == k {
				out = append(out, add[a])
			}
		}
		if drop[k] {
			continue
		}
		moved[k] = len(out)
		out = append(out, it)
	}
	movedItems(itemOf, moved)
	return out
}

// ownNoun: the goods noun at h is said as the customer's own — a word of
// owning, buying or bringing in the three words after it ("الكالون
// بتاعي", "الكالون اللي اشتريته"), or one of having or "my" before it and
// the words describing it ("عندي كالون", "my new lock").
func ownNoun(ts []token, h, from, to int) bool {
	for k := h + 1; k < to && k <= h+3; k++ {
		if ownGoodsWords[wordKey(lower(strings.TrimPrefix(ts[k].surface, "و")))] {
			return true
		}
	}
	for k := h - 1; k >= from && k >= h-5; k-- {
		w := wordKey(lower(strings.TrimPrefix(ts[k].surface, "و")))
		if ownGoodsWords[w] {
			return true
		}
		if !ts[k].lex && !newWords[w] {
			break // the noun's words end: "my new kitchen sink mixer" is read back to "my"
		}
	}
	return false
}

// goodsOfWork: the goods (kept in stock) work pi fits, by its name's
// words after its work nouns (obj): the one product whose name or synonym
// opens them, the longest such ("كالون باب خشب" of "تركيب كالون باب خشب
// في الموقع"); when none does, the products named with their first word
// ("بطارية ايفون 11", "بطارية سامسونج A12" of "تغيير بطارية (مصنعية)"),
// the goods' model to be read from the message. nil when several open
// them equally.
func (r *Rules) goodsOfWork(pi int) (cands []*catalog.Product, obj []string) {
	in := &r.lx.info[pi]
	if len(in.phrases) == 0 {
		return nil, nil
	}
	obj = in.phrases[0][1:]
	for len(obj) > 0 && (fitWork(obj[0]) || labourWords[obj[0]]) {
		obj = obj[1:]
	}
	if len(obj) == 0 {
		return nil, nil
	}
	best := 0
	var heads []*catalog.Product
	for j := range r.lx.products {
		q := &r.lx.products[j]
		if j == pi || q.MadeToOrder || fitWork(r.lx.info[j].head) {
			continue
		}
		l := 0
		for _, ph := range r.lx.info[j].phrases {
			if len(ph) > l && len(ph) <= len(obj) && slices.Equal(ph, obj[:len(ph)]) {
				l = len(ph)
			}
		}
		switch {
		case l == 0:
			if r.lx.info[j].head == obj[0] {
				heads = append(heads, q)
			}
		case l > best:
			best, cands = l, []*catalog.Product{q}
		case l == best:
			cands = append(cands, q)
		}
	}
	if best == 0 {
		return heads, obj
	}
	if whole := r.goodsNamedWhole(pi, obj); best < len(obj) && len(whole) > 0 {
		return whole, obj // "تركيب فلتر مدخل": the whole-house filters, not "خرطوم فلتر"
	}
	if len(cands) != 1 {
		return nil, nil
	}
	return cands, obj
}

// fitWork: w names a work on goods (workWord) or their replacing
// ("تغيير", the vocabulary's "change"/"replace").
func fitWork(w string) bool { return workWord(w) || replaceWords[w] }

// replaceWords: the replacing of goods, as a unit.
var replaceWords = set("تغيير", "تغير", "change", "replace", "replacement")

// modelOf: the one of the goods cands the message names by its name's
// words after the head noun ("الايفون ١١ بتاعي" picks "بطارية ايفون 11"),
// or the only one; nil when none or several.
func (r *Rules) modelOf(ts []token, cands []*catalog.Product) *catalog.Product {
	if len(cands) == 1 {
		return cands[0]
	}
	said := map[string]bool{}
	for _, t := range ts {
		if !t.sep {
			said[t.text] = true
		}
	}
	var got *catalog.Product
	var model []string
	for _, q := range cands {
		in := &r.lx.info[r.indexOf(q)]
		for _, ph := range in.phrases {
			// the names said head first ("بطارية ايفون 11"), not the
			// English name's head last
			if len(ph) >= 2 && ph[0] == in.head && !slices.ContainsFunc(ph[1:], func(u string) bool { return !said[u] }) {
				if got != nil && got != q {
					return nil
				}
				got, model = q, ph[1:]
				break
			}
		}
	}
	for k := range ts {
		if got != nil && !ts[k].sep && slices.Contains(model, ts[k].text) {
			ts[k].used, ts[k].aside = true, true // "الايفون ١١ بتاعي": the goods' model, read
		}
	}
	return got
}

// goodsSupplied: where in the clause [from, to) of work draft d the goods'
// head noun obj[0] is said as supplied by the shop — "new" beside it,
// "itself" after it, right after the worker's verb said to the shop with
// no article, or after a replacing verb said "for it" ("تغيروله") or in
// English ("replace the battery"); -1 when it is not.
func goodsSupplied(ts []token, d *draft, from, to int, obj []string) int {
	for h := from; h < to; h++ {
		if ts[h].sep || ts[h].text != obj[0] {
			continue
		}
		if h+1 < to && !ts[h+1].sep && (newWords[wordKey(ts[h+1].lowSurface())] || itselfWords[wordKey(ts[h+1].lowSurface())]) {
			return h // "كالون جديد", "الكالون نفسه"
		}
		for k := h - 1; k >= from && k >= h-4; k-- {
			w := ts[k].lowSurface()
			if w == "new" {
				return h // "a new lock", "a new kitchen sink mixer": English says its words before the head
			}
			if (w == "replace" || w == "change") && k == d.start {
				return h // "replace the battery": the part replaced by a new one
			}
			if !ts[k].lex && w != "the" && w != "a" {
				break
			}
		}
		if h == d.start+1 && h-1 >= from && (ts[h-1].verb || fitWork(ts[h-1].text)) {
			v := ts[h-1].lowSurface()
			if orderedToMe(v) && !definite(ts[h].surface) && !strings.HasPrefix(ts[h].lowSurface(), "el") {
				return h // "تركبلي كالون"
			}
			if replaceWords[ts[h-1].text] && forIt(v) {
				return h // "تغيروله البطارية": its part replaced, a new one
			}
		}
	}
	return -1
}

// wantedThenFitted: where in the clause [from, to) the goods' head noun
// obj[0] is said bare right after a want-verb and the fitting after it
// by a verb whose object points back at them ("عايز صندوق طرد للحمام وحد
// يركبه", "محتاج كالون وحد يركبهولي"): goods wanted from the shop and
// their fitting; -1 when it is not.
func wantedThenFitted(ts []token, from, to int, obj []string) int {
	for h := from + 1; h < to; h++ {
		if ts[h].sep || ts[h].text != obj[0] || definite(ts[h].surface) || ts[h-1].sep ||
			!wantWords[wordKey(strings.TrimPrefix(ts[h-1].lowSurface(), "و"))] {
			continue
		}
		for k := h + 1; k < to && !ts[k].sep; k++ {
			if fitWork(ts[k].text) && objectOn(strings.TrimPrefix(ts[k].lowSurface(), "و")) && !isLatinWord(ts[k].surface) {
				return h
			}
		}
	}
	return -1
}

// forIt: a verb said to the shop with "for it" ("تغيروله", "تغيرولها",
// Franco "ghayarolo").
func forIt(w string) bool {
	for _, e := range []string{"وله", "ولها", "يله", "يلها", "olo", "olha"} {
		if strings.HasSuffix(w, e) && len(w) > len(e)+2 {
			return true
		}
	}
	return false
}

// orderedToMe: a verb said to the shop with "for me" ("تركبلي",
// "ركبولي", Franco "rakebly").
func orderedToMe(w string) bool {
	w = lower(w)
	return strings.HasSuffix(w, "لي") || strings.HasSuffix(w, "ly") || strings.HasSuffix(w, "li")
}

// repairWanted is where the request starts when a story of what is wrong
// with the customer's own goods ("الايفون ١١ بتاعي بقى بيفصل لوحده …",
// "my phone keeps dying …") ends in a sentence asking the shop to do a work
// it sells on them: a want-verb opening the sentence, the work's verb said
// to the shop right after it ("عايز تغيروله البطارية", "عايزك تركبلي …",
// "I want you to replace the battery"). The defect is why the work is
// ordered, no complaint about the shop's goods: nothing told was bought
// from the shop or done by it ("منكم", "اللي اشتريته", "غيرتلكم"). -1
// when the message is no such.
func (r *Rules) repairWanted(ts []token) int {
	own := false
	for i, t := range ts {
		if t.sep {
			continue
		}
		w := lower(strings.TrimPrefix(t.surface, "و"))
		if mineWords[w] || latinMine[w] || haveWords[w] {
			own = true
		}
		if doneHere(w) || (w == "اللي" || w == "الي" || w == "elly") && i+1 < len(ts) && !ts[i+1].sep && pastVerb(ts[i+1].text) {
			return -1 // "اللي اشتريته", "غيرتلكم": bought or done here
		}
		if !own || i == 0 || !ts[i-1].sep || !wantWords[wordKey(w)] {
			continue
		}
		j := i + 1
		if j < len(ts) && !ts[j].sep && (ts[j].lowSurface() == "you" || ts[j].lowSurface() == "to") {
			j++ // "I want you to replace"
		}
		if j >= len(ts) || ts[j].sep || !ts[j].lex || !(ts[j].verb || fitWork(ts[j].text)) || !toTheShop(ts[j].surface) {
			continue
		}
		if fromTheShop(ts) {
			return -1
		}
		return i
	}
	return -1
}

// wantWords open a request in repairWanted: "عايز", "محتاج", "want", "need".
var wantWords = set("عايز", "عاوز", "عايزه", "عاوزه", "عايزين", "عاوزين", "محتاج", "محتاجه", "محتاجين", "عايزك", "عايزكم", "عاوزك",
	"3ayez", "3ayza", "3awez", "want", "need")

// toTheShop: a verb said to the shop — the present with ت ("تغيروله",
// "تركبلي"), the imperative's order endings ("غيرولي", "ركبلي"), an
// English verb of replacing or fitting.
func toTheShop(w string) bool {
	w = lower(w)
	if strings.HasPrefix(w, "ت") || orderedToMe(w) || forIt(w) {
		return true
	}
	switch w {
	case "replace", "change", "fix", "fit", "install":
		return true
	}
	return false
}

// doneHere: a word telling the goods were bought from the shop or worked
// on by it before (boughtHere: "اشتريته", "ركبتوه"; "غيرتلكم",
// "نسختوهولي").
func doneHere(w string) bool {
	if boughtHere(w) {
		return true
	}
	for _, e := range []string{"تلكم", "تلكو", "توهولي", "توه", "توها", "تهولي"} {
		if strings.HasSuffix(w, e) && utf8.RuneCountInString(w) > utf8.RuneCountInString(e)+2 {
			return true
		}
	}
	return false
}

// afterWorkTime: "الشغل" (work, the job) at k said right after "بعد" or
// "قبل" ("هعدي عليكم بعد الشغل", Franco "ba3d el shoghl", "after work"):
// when the customer comes, after or before their working day — no labour
// asked of the shop.
func afterWorkTime(ts []token, k int) bool {
	if k == 0 || ts[k-1].sep || ts[k].sep {
		return false
	}
	w, p := ts[k].lowSurface(), ts[k-1].lowSurface()
	if k >= 2 && !ts[k-2].sep && articleWords[p] {
		w, p = p+" "+w, ts[k-2].lowSurface() // "ba3d el shoghl", "after the work"
	}
	switch w {
	case "الشغل", "الشغلانه", "الدوام", "el shoghl", "el sho8l", "work", "the work":
	default:
		return false
	}
	switch p {
	case "بعد", "قبل", "ba3d", "abl", "after", "before":
		return true
	}
	return false
}
