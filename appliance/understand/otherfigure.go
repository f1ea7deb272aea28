package understand

// otherFigure: the figure t, said after و and a count, is another value of
// the figure that chose the line's variant — a rating, a gauge, a model
// number its kind's names give ("٢ قاطع ١٦ فاز واحد وواحد ٣٢ فاز واحد":
// 16 and 32 ampere breakers; "٢ جالون ابيض ٤ لتر وواحد ١ لتر"): a product
// of the line's head noun names t, the line said another figure a
// product of that head names, and no product names both (the two are
// values of one axis, never two specs of one product, as 16 and "3 فاز").
// The count before t is then a line of its own, never this line's size.
func (r *Rules) otherFigure(d *draft, t token) bool {
	if !isNumber(t.text) || d.uniq[t.text] {
		return false
	}
	head := headOf(r, d)
	if head == "" {
		return false
	}
	named := func(w string) []int32 {
		var out []int32
		for _, p := range r.lx.postings[w] {
			if r.lx.info[p].head == head {
				out = append(out, p)
			}
		}
		return out
	}
	theirs := named(t.text)
	if len(theirs) == 0 {
		return false
	}
	for _, w := range d.words {
		if !isNumber(w) || w == t.text {
			continue
		}
		ours := named(w)
		if len(ours) == 0 {
			continue
		}
		for _, p := range ours {
			for _, q := range theirs {
				if p == q {
					return false // one product names both: two specs, not two values
				}
			}
		}
		return true
	}
	return false
}
