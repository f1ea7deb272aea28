package understand

import (
	"maps"
	"math"
	"slices"
	"strings"
)

// forItWords say "for it" after a noun ("ومرتبة ليه", "وغطا ليها", "وكفر
// بتاعها", Franco "w cover leha", "beta3ha"): the thing is the goods said
// before it's own. (Franco "leh" is "why", never one.)
var forItWords = set("ليه", "ليها", "له", "لها", "ليهم", "لهم",
	"بتاعه", "بتاعها", "بتاعهم", "بتاعته", "بتاعتها", "بتاعتهم",
	"leha", "leeha", "liha", "lehom", "leehom", "lihom",
	"beta3o", "beta3ha", "beta3hom", "bta3o", "bta3ha", "bta3hom", "beta3to", "beta3etha", "beta3tha")

// ownOf: the draft's noun is said as the line before's own — a pronoun
// on it ("ومرتبته", "وغطاها"), "for it" right after it ("ومرتبة ليه"), or
// English "its"/"for it" ("and its mattress", "a mattress for it").
func ownOf(ts []token, d *draft, rewrite map[string]string) bool {
	if itsOwn(ts, d, rewrite) {
		return true
	}
	if d.start >= len(ts) {
		return false
	}
	for _, suf := range []string{"ته", "تها", "تهم"} {
		// "مرتبته", "مخدتها": a noun in ة takes the pronoun after ت
		if st, ok := strings.CutSuffix(strings.TrimPrefix(ts[d.start].surface, "و"), suf); ok {
			w := fold(st + "ه")
			if u, ok := rewrite[w]; ok {
				w = u
			}
			if w == ts[d.start].text {
				return true
			}
		}
	}
	if sf := ts[d.start].lowSurface(); isLatinWord(sf) && sf != ts[d.start].text && rewrite[sf] == "" && len(sf) > 4 && (strings.HasSuffix(sf, "o") || strings.HasSuffix(sf, "ha")) {
		return true // Franco "martabto", "ghataha": the pronoun written on the noun
	}
	k := d.start + 1
	if k < len(ts) && !ts[k].sep && (forItWords[ts[k].surface] || forItWords[ts[k].lowSurface()]) {
		return true
	}
	return fitsItAt(ts, k)
}

// fitsItAt: English says at k the thing is for the goods before: "for
// it", "for them", "that fits it", "which fit them", "to fit it".
func fitsItAt(ts []token, k int) bool {
	word := func(j int) string {
		if j < len(ts) && !ts[j].sep {
			return ts[j].lowSurface()
		}
		return ""
	}
	switch word(k) {
	case "that", "which", "to":
		k++
	}
	switch word(k) {
	case "for", "fits", "fit", "fitting":
		w := word(k + 1)
		return w == "it" || w == "them"
	}
	return false
}

// ownSizeBefore settles a line left between close products that differ
// by size ("مرتبة سرير 60x120" and "… 70x140") when it is said as the
// goods before it's own ("سرير ٧٠ في ١٤٠ ومرتبته"): the one candidate
// whose names give the sizes that line's product's names give (or the
// sizes that line stated). Nothing when no candidate, or more than one,
// is made in that size.
func (r *Rules) ownSizeBefore(ts []token, d *draft, items []Item, best scored, amb []Candidate) (scored, bool) {
	if len(items) == 0 || !ownOf(ts, d, r.lx.rewrite) {
		return scored{}, false
	}
	prev := items[len(items)-1]
	if prev.Product == nil {
		return scored{}, false
	}
	want := map[string]bool{}
	for s := range r.lx.info[r.indexOf(prev.Product)].sizes {
		want[s] = true
	}
	if len(want) == 0 {
		for _, c := range prev.DimsCM {
			want[numString(float64(c))] = true
		}
	}
	if len(want) == 0 {
		return scored{}, false
	}
	idxs := []int{best.idx}
	for _, c := range amb {
		idxs = append(idxs, r.indexOf(c.Product))
	}
	return onlyOf(idxs, best, func(i int) bool { return maps.Equal(r.lx.info[i].sizes, want) })
}

// onlyOf is the one product of idxs that fits, with best's score (the
// line's own reading stands for it); none when no product fits, or two.
func onlyOf(idxs []int, best scored, fits func(int) bool) (scored, bool) {
	found := -1
	for _, i := range idxs {
		if i == found || !fits(i) {
			continue
		}
		if found >= 0 {
			return scored{}, false
		}
		found = i
	}
	if found < 0 {
		return scored{}, false
	}
	return scored{idx: found, score: best.score}, true
}

// sizeCarried: the sizes said for the goods before (dims) when the product
// i is made in every one of them by its names — the size that chose i; nil
// otherwise.
func (r *Rules) sizeCarried(dims []int, i int) []int {
	if len(dims) == 0 {
		return nil
	}
	for _, c := range dims {
		if !r.lx.info[i].sizes[numString(float64(c))] {
			return nil
		}
	}
	return slices.Clone(dims)
}

// placeOnlyInSynonym: the line says with ل the place the goods are for
// ("خزنة ديجيتال للبيت"), and that place is what sets the best product
// apart only through a synonym of it ("خزنة بيت صغيرة"), its names not
// saying it: where the goods go chooses no size or model. The products
// that explain every other word said as well are asked between.
func (r *Rules) placeOnlyInSynonym(d *draft, best scored, cands []scored) []Candidate {
	f := d.forAt
	if f <= 0 || f >= len(d.words) {
		return nil
	}
	info := &r.lx.info[best.idx]
	places := 0
	for _, w := range d.words[f:] {
		if !placeWord(w) && !roomWords[w] {
			continue // (d.words are units: the ل is off them)
		}
		if !info.all[w] {
			return nil
		}
		if r.nameSays(best.idx, w) {
			return nil // the name itself says it: "كرسي مكتب" for "للمكتب"
		}
		places++
	}
	if places == 0 {
		return nil
	}
	var out []Candidate
	for _, c := range cands[1:] {
		if c.idx != best.idx && int(d.cnt[c.idx]) == int(d.cnt[best.idx])-places {
			out = append(out, Candidate{Product: &r.lx.products[c.idx], Score: math.Round(c.score*1000) / 1000})
		}
	}
	return out
}

// sizeWords say a size class, not a measure ("قلاية بطاطس صغيرة").
var sizeWords = set("صغير", "صغيره", "كبير", "كبيره", "وسط", "متوسط", "متوسطه", "small", "large", "big", "medium", "mini")

// sizeOnlyInSynonym: the words that set the best product apart ("بطاطس"
// of "قلاية بطاطس") are in none of its names, only in synonyms that also
// say a size class the customer did not ("قلاية بطاطس صغيرة"): the words
// say a use, which chooses no size. The products of its head noun that
// explain every other word said as well are asked between.
func (r *Rules) sizeOnlyInSynonym(d *draft, best scored, cands []scored) []Candidate {
	info := &r.lx.info[best.idx]
	var own []string
	for w := range d.uniq {
		if info.all[w] && !isNumber(w) && r.lx.colors[w] == "" && !r.nameSays(best.idx, w) {
			own = append(own, w)
		}
	}
	if len(own) == 0 {
		return nil
	}
	said := 0
	for k, ph := range info.phrases {
		if k == 0 || k == info.enPhrase-1 || !slices.ContainsFunc(ph, func(w string) bool { return slices.Contains(own, w) }) {
			continue
		}
		if !slices.ContainsFunc(ph, func(w string) bool { return sizeWords[w] && !d.uniq[w] }) {
			return nil // a synonym that says them with no size unsaid: the product's own
		}
		said++
	}
	if said == 0 {
		return nil // a material or a colour, no synonym's word
	}
	var out []Candidate
	for _, c := range cands[1:] {
		if c.idx != best.idx && int(d.cnt[c.idx]) == int(d.cnt[best.idx])-len(own) && r.lx.info[c.idx].head == info.head {
			out = append(out, Candidate{Product: &r.lx.products[c.idx], Score: math.Round(c.score*1000) / 1000})
		}
	}
	return out
}

// nameSays: product idx's Arabic or English name (not a synonym) holds
// unit w.
func (r *Rules) nameSays(idx int, w string) bool {
	info := &r.lx.info[idx]
	for _, ph := range []int{0, info.enPhrase - 1} {
		if ph >= 0 && ph < len(info.phrases) && slices.Contains(info.phrases[ph], w) {
			return true
		}
	}
	return false
}

// placeSaidFor: token t is a place said with ل ("للبيت", "للشقة"): what the
// goods are for.
func placeSaidFor(t token) bool {
	return t.prep && (placeWord(t.text) || roomWords[t.text])
}

// markOwners: the customer's own business or brand, whose mark goods are
// printed or made with ("بلوجو المحل", "باسم الشركة").
var markOwners = set("المحل", "محلي", "محلنا", "الشركه", "شركتي", "شركتنا", "المطعم", "مطعمي", "الكافيه", "العياده", "البراند", "بتاعنا", "بتاعي", "بتاعتنا", "بتاعتي")

// madeWithMark drops a line that is one word said with ب right after
// another line and before the customer's own business ("… شنطة ورق
// كرافت بلوجو المحل"): how those goods are made (printed with the shop's
// logo), never an order of the catalog's logo design.
func madeWithMark(ts []token, items []Item) []Item {
	return slices.DeleteFunc(items, func(it Item) bool {
		f := strings.Fields(it.Phrase)
		k := it.end - 1
		return it.end > 0 && len(f) == 1 && strings.HasPrefix(f[0], "ب") && it.Phrase != items[0].Phrase &&
			k < len(ts) && !ts[k].sep && markOwners[wordKey(ts[k].lowSurface())]
	})
}
