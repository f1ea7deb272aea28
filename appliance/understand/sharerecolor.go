package understand

// countOnce reports whether a line's count was said once, as a plain
// figure: before the goods or in their dual ("جالونين ابيض", "٣ جالون
// ابيض"), or after them ("بامبر ازرق اتنين"), never both, never a
// measure or a count only implied.
func countOnce(d *draft) bool {
	if d.pre == nil {
		return len(d.counts) == 1
	}
	return len(d.counts) == 0 && d.pre.unit == "" && !d.pre.implied
}

// recolorShares reports whether the share at i (a count, its colour at
// j) of line d re-says d's colour as the first of shares in colours of
// their own: a count after the goods ("بامبر ازرق اتنين: واحد ازرق
// وواحد ابيض") may be so read alone; a count before them or in their
// dual ("جالونين ابيض، واحد ابيض وواحد رمادي") only where another share
// after "و" names another colour — "جالونين ابيض واحد ابيض" is no split.
func recolorShares(ts []token, d *draft, j int) bool {
	if d.pre == nil {
		return true
	}
	for k := j + 1; k < len(ts) && k <= j+3; k++ {
		if ts[k].sep && ts[k].text != "،" && ts[k].text != "," {
			return false
		}
		if !ts[k].conj && !andWords[ts[k-1].lowSurface()] {
			continue
		}
		if a, ok := amountAt(ts, k, nil); ok && a.unit == "" && !a.implied && a.end < len(ts) &&
			ts[a.end].color != "" && ts[a.end].color != ts[j].color {
			return true
		}
	}
	return false
}
