package understand

import (
	"maps"
	"strings"
)

// forItWords say "for it" after a noun ("ومرتبة ليه", "وغطا ليها"): the
// thing is the goods said before it's own.
var forItWords = set("ليه", "ليها", "له", "لها", "ليهم", "لهم")

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
	if sf := lower(ts[d.start].surface); isLatinWord(sf) && sf != ts[d.start].text && rewrite[sf] == "" && len(sf) > 4 && (strings.HasSuffix(sf, "o") || strings.HasSuffix(sf, "ha")) {
		return true // Franco "martabto", "ghataha": the pronoun written on the noun
	}
	k := d.start + 1
	if k < len(ts) && !ts[k].sep && forItWords[ts[k].surface] {
		return true
	}
	return k+1 < len(ts) && !ts[k].sep && !ts[k+1].sep && lower(ts[k].surface) == "for" && lower(ts[k+1].surface) == "it"
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
	found := -1
	for _, i := range idxs {
		if i == found || !maps.Equal(r.lx.info[i].sizes, want) {
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
