package understand

import "strings"

// longVowelClash: the Franco spelling writes a long vowel twice between
// two consonants ("oo", "ee") where the Arabic word its consonants spell
// writes another long vowel there and not that one — "book" writes the
// long o of و, so it never spells بيك (a pick), whose gap holds ي; "beek"
// would. A doubled vowel is the writer's own long vowel, not a short one
// Arabic leaves unwritten, so it cannot stand for a different letter.
func longVowelClash(arabic, franco string) bool {
	ag, fg := arabicGaps(arabic), francoGaps(franco)
	if ag == nil || fg == nil || len(ag) != len(fg) {
		return false
	}
	for k := 1; k < len(ag)-1; k++ {
		a, f := ag[k], fg[k]
		switch {
		case strings.Contains(f, "oo") && !strings.Contains(a, "و") && strings.ContainsAny(a, "ايى"):
			return true
		case strings.Contains(f, "ee") && !strings.ContainsAny(a, "يى") && strings.Contains(a, "و"):
			return true
		}
	}
	return false
}
