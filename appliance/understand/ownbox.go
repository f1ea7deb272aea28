package understand

// A container word after a count that heads a product of its own named
// with the word after it: "توكة ابيض و٢ علبة شبكة قطيفة حمرا" — "علبة
// شبكة" is the ring box's name, so "٢ علبة" counts ring boxes, never two
// boxes of the hairpins before with the ring box's words run into their
// line (which read as a hairpin lacking velvet, or as an invoice of two
// hairpins). A container followed by goods no product names with it
// ("٢ علبة" of the line's own goods, "٨ كراتين بورسلين") stays a container.

// boxNamed: the container word at i heads a product whose names hold the
// word after it, which the current line's products cannot take.
func (sg *segmenter) boxNamed(i int) bool {
	ts := sg.ts
	if sg.cur == nil || !sg.r.packNames(ts, i) || ts[i+1].color != "" || isNumber(ts[i+1].text) {
		return false
	}
	return !sg.r.fits(sg.cur, ts[i+1].text) && !sg.r.fits(sg.cur, ts[i].text)
}
