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

// A noun the shop does not sell, written with و on it and opening in ك
// ("وكاوتش خلفي ٣٠٠-١٨" after brake pads): ك on a word is also "as, like"
// ("وكهدية"), so such a word is read as a noun only when a word the line's
// goods cannot take, or a figure, describes it right after — then it is
// goods of their own for a person, never words of the line before (the
// tyre's "خلفي" read as the pads lacking "rear", its size as 18 pads).

// describedNoun: the word at i is followed by a figure or by a catalog
// word (no colour) the current line's products cannot take.
func (r *Rules) describedNoun(ts []token, i int, cur *draft) bool {
	j := i + 1
	if cur == nil || j >= len(ts) || ts[j].sep || ts[j].conj {
		return false
	}
	return isNumber(ts[j].text) || ts[j].lex && ts[j].color == "" && !r.fits(cur, ts[j].text)
}
