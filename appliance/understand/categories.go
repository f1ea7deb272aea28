package understand

import (
	"slices"

	"fatoora/catalog"
)

// categoryBefore: the word right before i, the line's last, is a category
// word — the first word of the Arabic names of several goods, some of
// which w names and some not ("سماد" of "سماد يوريا …", "سماد مركب NPK
// …", "سماد عضوي …") — and w names goods it heads: w says which of them,
// so the category word is that name's, never a line of its own ("٥٠ كيلو
// سماد NPK", "تربة زراعية بيتموس").
func (r *Rules) categoryBefore(sg *segmenter, i int, w string) bool {
	d := sg.cur
	if i == 0 || d == nil || d.end != i || len(d.words) == 0 {
		return false
	}
	prev := sg.ts[i-1]
	if prev.sep || !prev.lex || prev.color != "" || prev.text == w || prev.text != d.words[len(d.words)-1] {
		return false
	}
	with, without := false, false
	for _, p := range r.lx.postings[prev.text] {
		in := &r.lx.info[p]
		if in.head != prev.text {
			continue
		}
		if in.all[w] {
			with = true
		} else {
			without = true
		}
		if with && without {
			return true
		}
	}
	return false
}

// figureSiblings: names a and b are the same but for their figures, the
// measures after them and their packs ("فلتر رملي ٥٠٠ مم" and "… ٦٥٠
// مم", "كلة علبة 1 لتر" and "كلة جالون 3 لتر"), where "سماد
// يوريا … 50 كيلو" and "سماد مركب NPK …" are other goods.
func figureSiblings(a, b string) bool {
	bare := func(n string) []string {
		return slices.DeleteFunc(keysWithX(n), func(k string) bool {
			_, unit := unitWord(k)
			return isNumber(k) || unit || weightKg(k) > 0 || litres(k) > 0 || gallonScale(k) > 0 || packWord(wordKey(k))
		})
	}
	return slices.Equal(bare(a), bare(b))
}

// widthNamed: goods sold by the metre whose name gives their width in
// metres ("شبك تظليل 70% عرض 4 متر") said as a width by a length in either
// order ("٤ في ١٠", "١٠ في ٤", "٤ متر في ٢٥ متر"): the length, in metres —
// the figure that is not the width. When neither is, nothing (the size
// stays as said, and widthAmiss asks it).
func (r *Rules) widthNamed(d *draft, g []amount) ([]amount, bool) {
	if len(g) != 2 {
		return g, false
	}
	for _, a := range g {
		if a.implied || a.dozen || a.per || a.unit != "" && a.unit != "m" || a.val <= 0 {
			return g, false
		}
	}
	if r.unitOf(d) != catalog.Meter { // after the amounts: it scores the candidates (speed)
		return g, false
	}
	for k := range g {
		w, o := g[k], g[1-k]
		m := numString(w.val)
		if o.val == w.val || !r.lx.isWord(m) || !r.inMetres(d, m) {
			continue
		}
		o.unit, o.side, o.rise = "m", false, false
		if !d.uniq[m] {
			r.addWord(d, m)
		}
		return []amount{o}, true
	}
	return g, false
}

// widthAmiss: product idx, sold by the metre, has a name giving its width
// in metres ("شبك تظليل 70% عرض 4 متر"), and the line says a width by a
// length of which neither figure is that width ("٣ في ١٠"): another width,
// or a piece cut to size? how much is asked, never 3 m.
func (r *Rules) widthAmiss(d *draft, idx int) bool {
	info := &r.lx.info[idx]
	if len(info.metres) == 0 || r.lx.products[idx].Unit != catalog.Meter {
		return false
	}
	for _, g := range d.groups {
		if len(g) != 2 {
			continue
		}
		plain := true
		for _, a := range g {
			if a.implied || a.dozen || a.per || a.unit != "" && a.unit != "m" || a.val <= 0 || info.metres[numString(a.val)] {
				plain = false
			}
		}
		if plain {
			return true
		}
	}
	return false
}
