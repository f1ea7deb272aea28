package understand

// A group's size corrected right after its "each" (h40c): "احنا ٣ …
// قص شعر لكل واحد.. لا معلش خليهم ٢ بس اخويا مش جاي", Franco "kol
// wa7ed, la2 khalihom 2 bas", English "one each, no wait, make it 2": the
// figure after the correction is the new number of people, the lines
// before the cue counted for it — never that figure times the group.

// groupCorrected: a correction right after the per-person cue ending at
// end (wait words, an apology, a cue), then a whole figure (2 to 60)
// closing its clause or followed by "بس"/"only"; the figure and the index
// after it.
func groupCorrected(ts []token, end int) (float64, int, bool) {
	j, ok := spanCorrection(ts, end)
	if !ok || j >= len(ts) {
		return 0, 0, false
	}
	v, m, ok := numberAt(ts, j, nil)
	if !ok || m != 1 || v < 2 || v > 60 || v != float64(int(v)) {
		return 0, 0, false
	}
	if k := j + 1; k < len(ts) && !ts[k].sep && !onlyWords[ts[k].lowSurface()] {
		return 0, 0, false
	}
	return v, j + 1, true
}
