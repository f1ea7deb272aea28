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
		if k+1 < len(spans) && lengthCorrectedAfterGoods(ts, s, spans[k+1]) {
			continue // "ليلتين فندق مكة.. لا خليهم ٣ ليالي": the three nights
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

// lengthCorrectedAfterGoods: the goods said between a length and a
// correction that ends the sentence with a new length ("ليلتين فندق مكة..
// لا خليهم ٣ ليالي", "2 nights at the hotel, no wait, make it 3 nights"):
// the later length replaces the earlier one. No figure stands between the
// two but the goods' words; the correction's words (setAside) are no
// count of them.
func lengthCorrectedAfterGoods(ts []token, s, next rentSpan) bool {
	if s.n <= 0 || next.n <= 0 || !lengthEndsSentence(ts, next.end) {
		return false
	}
	from := -1
	for c := next.at - 1; c > s.end; c-- {
		if e, ok := spanCorrection(ts, c); ok && e == next.at {
			from = c
		}
	}
	if from < 0 {
		return false
	}
	goods := false
	for k := s.end; k < from; k++ {
		if ts[k].sep {
			continue
		}
		if _, _, ok := numberAt(ts, k, nil); ok {
			return false
		}
		goods = true
	}
	if goods {
		setAside(ts, from, next.at)
	}
	return goods
}

// lengthEndsSentence: nothing but "بس"/"only" follows a length ending at
// j in its sentence.
func lengthEndsSentence(ts []token, j int) bool {
	for ; j < len(ts); j++ {
		t := ts[j]
		if t.sep {
			if t.text == "\n" || t.text == "." || t.text == "?" || t.text == "؟" {
				return true
			}
			continue
		}
		if w := dayKey(t); w != wordKey("بس") && w != "only" && w != "bas" {
			return false
		}
	}
	return true
}
