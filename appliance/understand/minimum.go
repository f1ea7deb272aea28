package understand

import (
	"slices"
	"strconv"

	"fatoora/catalog"
)

// Goods whose own name states a minimum quantity ("تيشيرت جملة … (حد أدنى
// 20 قطعة)", "صينية بيتي فور (أقل كمية ٥٠ قطعة)", "… (minimum 20
// pieces)"): the shop sells them only from that many up, so a line counting
// fewer — or none, one piece — is never them while goods of the line's
// kind sold singly fit it too; "٢٥ تيشيرت" over the minimum still is.

// nameMinimum is the minimum quantity product p's Arabic or English name
// states, 0 when it states none.
func nameMinimum(p *catalog.Product) float64 {
	m := 0.0
	for _, name := range []string{p.NameAr, p.NameEn} {
		ks := keysWithX(name)
		for i, k := range ks {
			said := k == "ادني" && i > 0 && ks[i-1] == "حد" || // حد أدنى
				(k == "اقل" || k == "الاقل") && i+1 < len(ks) && (ks[i+1] == "كميه" || ks[i+1] == "طلب") || // أقل كمية، أقل طلب
				k == "minimum" || k == "min"
			if !said {
				continue
			}
			for j := i + 1; j < len(ks) && j <= i+3; j++ {
				if !isNumber(ks[j]) {
					continue
				}
				if v, err := strconv.ParseFloat(ks[j], 64); err == nil && v > 1 {
					m = max(m, v)
				}
				break
			}
		}
	}
	return m
}

// lineCount is the count a draft says of its goods before or after their
// name; ok is false when it says none, or its count is shared out or
// read elsewhere (several said in the plural, "لكل", each of a list).
func lineCount(d *draft, eachN float64) (n float64, ok bool) {
	switch {
	case eachN > 0 || d.perN > 0 || d.perWord != "" || d.partOf != nil:
		return 0, false
	case d.pre != nil && d.pre.unit == "" && !d.pre.implied && !d.pre.per:
		return d.pre.val, true
	case d.pre != nil:
		return 0, false
	case len(d.counts) > 0:
		return d.counts[0], true
	case d.plural:
		return 0, false // "تيشيرتات": several, how many not said
	}
	return 1, true // one piece
}

// underMinimum drops from cands the goods whose name's minimum is over the
// count the line says, when goods it does not drop are left among the
// ones as close to the words said (its head noun's): "٣ تيشيرت اسود" of the plain
// t-shirts, never the bulk one of twenty and up.
func (r *Rules) underMinimum(d *draft, eachN float64, cands []scored) []scored {
	if len(cands) < 2 {
		return cands
	}
	under := func(c scored) bool {
		m := r.lx.info[c.idx].minimum
		return m > 0 && r.lx.products[c.idx].Unit == catalog.Piece
	}
	if !slices.ContainsFunc(cands, under) {
		return cands
	}
	n, ok := lineCount(d, eachN)
	if !ok {
		return cands
	}
	// dropped only where goods of its kind (its head noun) sold from one
	// piece are left among the candidates
	kin := func(c scored) bool {
		h := r.lx.info[c.idx].head
		return slices.ContainsFunc(cands, func(o scored) bool { return !under(o) && r.lx.info[o.idx].head == h })
	}
	out := slices.DeleteFunc(slices.Clone(cands), func(c scored) bool {
		return under(c) && n < r.lx.info[c.idx].minimum && kin(c)
	})
	return out
}
