package understand

// A rental's days corrected (h40c): "المكتب المقفول يومين.. لا معلش خليهم
// ٣ ايام", "عربية سيدان يومين لا ٣", Franco "yomeen la2 khalihom 3 ayam",
// English "for 2 days, no wait, make it 3 days". The later length takes
// the place of the one it corrects — never both multiplied, never the
// corrected figure read as a count of the goods. The correction is the
// wait words ("لا", "no", "la2"), an apology ("معلش", "sorry"), a cue
// ("خليهم", "make it") and separators between the two lengths; a bare
// figure right after such a correction (the message or its sentence
// ending there) is the new length in the same days.

// spansCorrected drops each length a correction right after it replaces,
// and reads a bare figure correcting a length as the new length.
func spansCorrected(ts []token, spans []rentSpan) []rentSpan {
	var out []rentSpan
	for k := 0; k < len(spans); k++ {
		s := spans[k]
		if s.n <= 0 {
			out = append(out, s)
			continue
		}
		end, ok := spanCorrection(ts, s.end)
		if !ok {
			out = append(out, s)
			continue
		}
		if k+1 < len(spans) && spans[k+1].at == end && spans[k+1].n > 0 {
			setAside(ts, s.end, end) // "يومين.. لا معلش خليهم ٣ ايام": the three days
			continue
		}
		if n, ok := bareLength(ts, end); ok {
			setAside(ts, s.end, end+1)
			out = append(out, rentSpan{at: end, end: end + 1, n: n})
			continue
		}
		out = append(out, s)
	}
	return out
}

// spanCorrection: from `from` (right after a length) come only the words
// of a correction — wait words, an apology, a cue, separators — with a
// wait word or an apology among them; the index after them.
func spanCorrection(ts []token, from int) (int, bool) {
	held := false
	j := from
	for ; j < len(ts); j++ {
		t := ts[j]
		switch {
		case t.sep && t.text != "\n" && t.text != "?" && t.text != "؟":
		case !t.sep && (waitWord(t) || apologyWord(t)):
			held = true
		case !t.sep && correctionAt(ts, j) > j:
			j = correctionAt(ts, j) - 1
		default:
			return j, held && j > from
		}
	}
	return j, false
}

// bareLength: a whole figure at j (1 to 60) with nothing after it in its
// sentence — the new length of a corrected one.
func bareLength(ts []token, j int) (int, bool) {
	v, m, ok := numberAt(ts, j, nil)
	if !ok || m != 1 || v < 1 || v > 60 || v != float64(int(v)) {
		return 0, false
	}
	if j+1 < len(ts) && !ts[j+1].sep {
		return 0, false
	}
	return int(v), true
}
