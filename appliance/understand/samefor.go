package understand

// "The same for" a group after a line (h40j): "one large tea, and the
// same for my two brothers", "شاي كبير، ونفس الشيء لاخواتي الاتنين" — the
// line again for each of the people named, as many more as they are; a
// pause between the line and the cue keeps it.

// sameForWho reads, after the cue of "the same" ending at j, who it is
// for ("for my two brothers", "لاخواتي الاتنين"): how many people and
// where the phrase ends; 0 when no counted group follows.
func sameForWho(ts []token, j int) (float64, int) {
	if j >= len(ts) || ts[j].sep {
		return 0, j
	}
	v, end := forPeople(ts, j)
	if v < 1 {
		return 0, j
	}
	return v, end
}

// sameForCue reads, at i, "and the same" or "ونفس الشيء" / "و نفس
// الحاجة" followed by a counted group: where the cue ends, how many the
// group is and where it ends; ok false when there is none.
func sameForCue(ts []token, i int) (cueEnd int, n float64, end int, ok bool) {
	low := func(k int) string {
		if k >= len(ts) || ts[k].sep {
			return ""
		}
		return ts[k].lowSurface()
	}
	j := 0
	switch w := low(i); {
	case w == "and" && low(i+1) == "the" && low(i+2) == "same":
		j = i + 3
	case w == "ونفس" && sameThingWords[wordKey(low(i+1))]:
		j = i + 2
	case w == "و" && low(i+1) == "نفس" && sameThingWords[wordKey(low(i+2))]:
		j = i + 3
	default:
		return 0, 0, 0, false
	}
	n, end = sameForWho(ts, j)
	return j, n, end, n > 0
}

// sameThingWords: "the thing" after نفس ("نفس الشيء", "نفس الحاجة").
var sameThingWords = set("الشيء", "الشئ", "الشي", "الحاجة", "الحاجه", "الطلب")
