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
