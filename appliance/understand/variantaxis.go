package understand

import "slices"

// axisLacked: of the words the customer said on line d that product idx
// lacks, those that are one side of a class axis of the catalog (the
// "مانيوال"/"أوتوماتيك" of a driving school's lessons and packages, the
// "ملاكي"/"جيب" of a car wash's services: classSibs), as their keys.
func (r *Rules) axisLacked(ts []token, d *draft, idx int) []string {
	var out []string
	for _, s := range r.lacks(ts, d, idx) {
		for i := d.start; i < d.end && i < len(ts); i++ {
			if ts[i].sep || ts[i].surface != s {
				continue
			}
			if r.axisWord(ts[i].text) && !slices.Contains(out, ts[i].text) {
				out = append(out, ts[i].text)
			}
		}
	}
	return out
}

// axisWord: u is the own word of some line's class sibling pair.
func (r *Rules) axisWord(u string) bool {
	for _, ss := range r.lx.classSibs() {
		if slices.ContainsFunc(ss, func(s classSib) bool { return s.own == u }) {
			return true
		}
	}
	return false
}

// axisChooses: the best-scoring line lacks a class word the customer said
// ("two lessons in an automatic car" closest to the lesson in the
// customer's own car): the close line of the same head noun whose name
// states every such word, and that lacks none of the catalog's class
// words itself, is the one asked — a variant word chooses among the lines
// whose names state it, never a line that lacks it. Its other lacks (the
// "car" only another line's English name spells) weigh less than the
// class said.
func (r *Rules) axisChooses(ts []token, d *draft, best scored, cands []scored) (scored, bool) {
	lacked := r.axisLacked(ts, d, best.idx)
	if len(lacked) == 0 {
		return scored{}, false
	}
	head := r.lx.info[best.idx].head
	var found []scored
	for _, c := range cands {
		if c.idx == best.idx || r.lx.info[c.idx].head != head || best.score-c.score > 0.3 {
			continue
		}
		if !slices.ContainsFunc(lacked, func(u string) bool { return !r.lx.info[c.idx].all[u] }) && len(r.axisLacked(ts, d, c.idx)) == 0 {
			found = append(found, c)
		}
	}
	if len(found) != 1 {
		return scored{}, false
	}
	return found[0], true
}

// classedThing: the word s, said on line d, stands right beside a class
// word of the catalog's axes ("automatic car", "عربية اوتوماتيك"): the
// customer's own thing the class describes, nothing a line chosen by that
// class lacks.
func (r *Rules) classedThing(ts []token, d *draft, s string) bool {
	for i := d.start; i < d.end && i < len(ts); i++ {
		if ts[i].sep || ts[i].surface != s {
			continue
		}
		if i > d.start && !ts[i-1].sep && r.axisWord(ts[i-1].text) || i+1 < d.end && i+1 < len(ts) && !ts[i+1].sep && r.axisWord(ts[i+1].text) {
			return true
		}
	}
	return false
}
