package understand

// periodFirst: "٤ ساعات برايفت", "٣ ساعات تعديلات", "3 hours of
// alterations": a figure and the period a service is priced per (its
// name says "(الساعة، …)", "per hour"), said before the service's own
// word, count the service — no length of time beside the order. Only
// where a word right after the period (or "of") is a word of a product
// priced per that very period.
func (r *Rules) periodFirst(ts []token, i int) bool {
	if i+2 >= len(ts) || ts[i+1].sep {
		return false
	}
	per, two := periodWord(ts[i+1].lowSurface())
	if per == "" || two {
		return false
	}
	k := i + 2
	if ts[k].lowSurface() == "of" && k+1 < len(ts) {
		k++
	}
	if ts[k].sep {
		return false
	}
	w := ts[k].text
	if u, ok := r.lx.rewrite[w]; ok {
		w = u
	}
	for _, p := range r.lx.postings[w] {
		if r.lx.facts(int(p)).period == per {
			return true
		}
	}
	return false
}
