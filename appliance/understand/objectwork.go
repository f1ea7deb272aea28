package understand

// objectThenWork: the words at k are a count's object said before the
// work done on it — a noun that heads no product (the customer's own
// garment, "قميص", "بنطلون"), then a work the shop sells headed by its
// verbal noun ("٢ قميص تضييق"): the count is the work's, never a size of
// the line before nor a line of the garment alone.
func (r *Rules) objectThenWork(ts []token, k int) bool {
	if k+1 >= len(ts) || ts[k].sep || ts[k+1].sep || ts[k+1].conj || ts[k].conj || isNumber(ts[k].text) || ts[k].color != "" || ts[k].prep {
		return false
	}
	if ts[k].lex && r.lx.heads[ts[k].text] || !ts[k].lex && !isArabicWord(ts[k].surface) {
		return false
	}
	return ts[k+1].lex && r.lx.serviceHead(ts[k+1].text)
}

// countedObjectWork joins a line of a counted object that heads no
// product to the work said right after it ("عايز ٢ قميص تضييق", "و٢
// قميص تضييق"): the count is how many pieces the work is done on, as
// "تضييق ٢ قميص" reads.
func (r *Rules) countedObjectWork(ts []token, ds []*draft) []*draft {
	for k := 0; k+1 < len(ds); k++ {
		d, w := ds[k], ds[k+1]
		if d.pre == nil || d.pre.unit != "" || d.pre.dozen || len(d.groups) > 0 || len(d.counts) > 0 || len(d.colors) > 0 || len(d.words) != 1 ||
			w.pre != nil || len(w.groups) > 0 || len(w.counts) > 0 || len(w.words) == 0 || w.start != d.end || d.pre.end >= len(ts) {
			continue
		}
		if !r.objectThenWork(ts, d.pre.end) || ts[d.pre.end+1].text != w.words[0] {
			continue
		}
		w.pre, w.start = d.pre, d.start
		r.release([]*draft{d})
		ds = append(ds[:k], ds[k+1:]...)
		for _, x := range ds {
			if x.setWith == k {
				x.setWith = -1
			} else if x.setWith > k {
				x.setWith-- // the index of a line said together with it, one lower
			}
		}
	}
	return ds
}
