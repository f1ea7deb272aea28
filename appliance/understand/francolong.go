package understand

import "strings"

// longVowelHeard: a Franco spelling that writes two vowel letters between
// two consonants ("3ein", "beet", "foul") says a long vowel or a
// diphthong there, which Arabic writes (ي، و، ا). Of the catalog words its
// consonants spell, the one that writes that long vowel in that gap is the
// word, never one that writes none ("3ein" is عين, never عن; "beet" بيت,
// never بت), when the spelling writes each of its long vowels.
func (lx *lexicon) longVowelHeard(franco, fs, won string) (string, bool) {
	if len(lx.sameSkel[fs]) == 0 {
		return "", false
	}
	fg := francoGaps(franco)
	if fg == nil || !twoVowelGap(fg) || longGapWritten(arabicGaps(won), fg) {
		return "", false
	}
	for _, w := range lx.sameSkel[fs] {
		if w != won && lx.colors[w] == "" && longGapWritten(arabicGaps(w), fg) && longVowelsWritten(w, franco) {
			return w, true
		}
	}
	return "", false
}

// twoVowelGap: a gap between two consonants holds two vowel letters.
func twoVowelGap(fg []string) bool {
	for k := 1; k < len(fg)-1; k++ {
		if len(fg[k]) >= 2 {
			return true
		}
	}
	return false
}

// longGapWritten: the Arabic word writes a long vowel in every gap between
// consonants where the Franco spelling writes two vowel letters.
func longGapWritten(ag, fg []string) bool {
	if ag == nil || len(ag) != len(fg) {
		return false
	}
	for k := 1; k < len(fg)-1; k++ {
		if len(fg[k]) >= 2 && !strings.ContainsAny(ag[k], "اويى") {
			return false
		}
	}
	return true
}
