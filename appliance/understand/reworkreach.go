package understand

// A correction that names a variant reaches back over the line just said
// only: a "و" (glued or apart), Franco "w" or English "and" between the
// correction and the sibling word means another line was said in between
// ("2 chocolate croissants and 3 plain, sorry make it 5 plain", "٢ كرواسون
// شوكولاتة و٣ سادة، لا خليهم ٥ سادة"): the correction counts the line its
// word already names (the segmenter's), never turns the first line into
// the second's kind.

// otherLineBetween: t joins another line to the one before it — a glued
// "و", "و" apart, Franco "w", English "and".
func otherLineBetween(t token) bool {
	return !t.sep && (t.conj || andWord(t))
}

// variantRightBefore: the word right before "لا" at c names a variant and
// the word right after it a sibling of it ("٢ عصير مانجو وسط لا كبير"):
// the kind said again with no pause, as after one.
func (r *Rules) variantRightBefore(ts []token, c int) bool {
	if c == 0 || c+1 >= len(ts) || ts[c-1].sep || ts[c+1].sep || !ts[c-1].lex || !ts[c+1].lex || ts[c+1].conj {
		return false
	}
	return r.siblingBy(ts[c-1].text, ts[c+1].text)
}
