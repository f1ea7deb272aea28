package understand

// loneColourPart: the Franco word w (raw[i]) is known only as a word of a
// longer vocabulary phrase ("azra2" of "azra2 8ame2", dark blue), said
// here without the rest of that phrase, while its consonants spell a
// catalog colour ("azra2" is ازرق): that colour. A word the vocabulary
// lists only inside a phrase is otherwise left unread, and the colour of
// a split's tail ("2 kashaf abyad w wa7ed azra2") lost with it.
func (r *Rules) loneColourPart(raw []token, i int, w string) (string, bool) {
	if !isLatinWord(w) || !r.phrasePartOnly(w) {
		return "", false
	}
	a, ok := r.lx.latin[francoSkeleton(w)]
	if !ok || r.lx.colors[a] == "" || r.phraseGoesOn(raw, i, w) {
		return "", false
	}
	return a, true
}

// phraseGoesOn: the words after raw[i] complete a vocabulary phrase that
// opens with w ("azra2 8ame2", "azra2 el 8ame2").
func (r *Rules) phraseGoesOn(raw []token, i int, w string) bool {
	key := w
	for k := i + 1; k < len(raw) && k-i < r.lx.maxGram && !raw[k].sep; k++ {
		key += " " + wordKey(raw[k].text)
		if r.lx.rewrite[key] != "" || r.lx.colors[key] != "" {
			return true
		}
	}
	return false
}
