package understand

import (
	"slices"
	"strconv"

	"fatoora/catalog"
)

// namedWidth: product idx is sold by the metre and its names give one
// size in cm, its width ("رانر ممر 80 سم", "Hall runner 80 cm"): a length
// of it is said beside that width.
func (r *Rules) namedWidth(p *catalog.Product, idx int) (int, bool) {
	info := &r.lx.info[idx]
	if p.Unit != catalog.Meter || info.twoSided || len(info.sizes) != 1 || len(info.metres) > 0 {
		return 0, false
	}
	for n := range info.sizes {
		if v, err := strconv.Atoi(n); err == nil && v >= 10 {
			return v, true
		}
	}
	return 0, false
}

// lengthBesideWidth: a size of two sides said of goods sold by the metre
// whose name gives their width W ("٢ رانر ٨٠×٣٠٠", "runner 300 x 80"):
// the side that is W is the width, the other the length of each piece —
// so many pieces, so many lengths. Neither side W: the goods are not made
// that wide and the length is not known — asked, never W or the first
// side as metres.
func lengthBesideWidth(d *draft, dims []int, w int, q catalog.Milli, conf float64, missing []string) (catalog.Milli, float64, []string) {
	if len(d.groups) != 1 || len(d.groups[0]) != 2 || len(dims) != 2 || len(d.sizes) > 0 || len(d.thick) > 0 ||
		d.pre != nil && d.pre.unit != "" || slices.Contains(missing, "size") {
		return q, conf, missing
	}
	count := 1.0
	switch {
	case d.pre != nil:
		count = d.pre.val
	case len(d.counts) > 0:
		count = d.counts[0]
	}
	var length int
	switch {
	case dims[1] == w:
		length = dims[0]
	case dims[0] == w:
		length = dims[1]
	default:
		return catalog.MilliFromFloat(count), conf * 0.7, append(missing, "size")
	}
	if m := catalog.MilliFromFloat(count * float64(length) / 100); m > 0 {
		return m, conf, missing
	}
	return q, conf, missing
}
