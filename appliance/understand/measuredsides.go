package understand

// A size corrected where either size says its unit after a side: "بوابة
// ٣ متر في ٢.٥ لا خليها ٣ في ٢.٧", "٨٠ سم في ٢١٠.. لا خليه ٩٠ سم في
// ٢١٠", "3m x 2.5 no make it 3 x 2.7". A length unit after a side is a
// word of the size, so the new size takes the place of the old one as
// for bare sides (resize); never a third side, nor the two sizes
// multiplied. Sides said in different units (the old in metres, the new
// in cm) are left as they are: which one is meant, a person reads.

// measuredSidesAt reads a size of two sides at j, a length unit perhaps
// after each ("٣ متر في ٢.٥", "90 cm x 210 cm"): its two figures, the
// unit said after each ("" when none), and the index after it.
func measuredSidesAt(ts []token, j int) (sides [2]int, units [2]string, end int, ok bool) {
	k := j
	for s := range 2 {
		if k >= len(ts) || ts[k].sep || !isNumber(ts[k].text) {
			return sides, units, 0, false
		}
		sides[s] = k
		k++
		if k < len(ts) && !ts[k].sep {
			if u, isUnit := unitWord(ts[k].text); isUnit && lengthUnits[u] {
				units[s] = u
				k++
			}
		}
		if s == 0 {
			if k >= len(ts) || !(ts[k].text == "x" || !ts[k].sep && dimOps[ts[k].text]) {
				return sides, units, 0, false
			}
			k++
		}
	}
	return sides, units, k, true
}

// lengthUnits: the units a side of a size is said in.
var lengthUnits = set("m", "cm", "mm")

// unitsAgree: no side is said in one unit in one size and in another in
// the other.
func unitsAgree(a, b [2]string) bool {
	for s := range 2 {
		if a[s] != "" && b[s] != "" && a[s] != b[s] {
			return false
		}
	}
	return true
}
