package understand

import "strings"

// A correction of the size of one of several pieces, named by its
// place in the order said: "سجادة ٢ في ٣ وسجادة ٣ في ٤.. لا معلش
// التانية ٣ في ٣ ونص", Franco "la ma3lesh el tanya 3 fi 3.5", "no sorry,
// the second one 3 by 3.5", with a cue or none ("لا الاولى خليها ٢ في
// ٢"). The nth size of two sides said before the correction on its line
// takes the new figures (a half after the new size folded into its
// figure), and the correction is set aside, so each piece reads as if
// said right the first time. When fewer sizes than the ordinal were said,
// nothing is read so.

// nthResized reads, at c, "لا" or "no" after a pause, sorry and wait
// words, an ordinal and a size: the size it names takes the new one.
func nthResized(ts []token, c int) bool {
	if c == 0 || !ts[c-1].sep || ts[c-1].text == "\n" || !(ts[c].text == "لا" || noWords[ts[c].lowSurface()]) {
		return false
	}
	j := c + 1
	for j < len(ts) && (ts[j].sep && (ts[j].text == "," || ts[j].text == "،") || !ts[j].sep && (sorryWords[ts[j].lowSurface()] || sorryWords[ts[j].text] || waitWord(ts[j]))) {
		j++ // "لا معلش", "no sorry,"
	}
	if j < len(ts) && !ts[j].sep && articleAt(ts[j]) {
		j++ // "el tanya", "the second"
	}
	if j >= len(ts) || ts[j].sep {
		return false
	}
	n := ordinalAt(ts[j])
	if n == 0 {
		return false
	}
	j++
	if j < len(ts) && !ts[j].sep && (englishOne[ts[j].lowSurface()] || ts[j].text == "واحده") {
		j++ // "the second one"
	}
	if at := correctionAt(ts, j); at > j {
		j = at // "الاولى خليها ٢ في ٢"
	}
	ns, nu, end, ok := measuredSidesAt(ts, j)
	if !ok {
		return false
	}
	os, ou, oend := nthSize(ts, c, n)
	if oend < 0 || !unitsAgree(ou, nu) {
		return false
	}
	a, b := ns[0], ns[1]
	nb := ts[b]
	if f, k := fractionTail(ts, end); k > 0 && end == b+1 {
		if v, ok := amountValue(ts[b].text); ok {
			nb.text, nb.surface, nb.kc = numString(v+f), numString(v+f), nil // "٣ في ٣ ونص": 3.5
			end += k
		}
	}
	if f, k := fractionTail(ts, oend); k > 0 && f > 0 && oend == os[1]+1 {
		setAside(ts, oend, oend+k) // the old size's half, taken back with it
	}
	copyFigure(&ts[os[0]], ts[a])
	copyFigure(&ts[os[1]], nb)
	setAside(ts, c, end)
	return true
}

// nthSize: the nth size of two sides said before c on its line, a length
// unit perhaps after a side (a figure of a size of three sides is none):
// its figures, the units said after them and its end; end -1 when fewer.
func nthSize(ts []token, c, n int) ([2]int, [2]string, int) {
	from := c
	for from > 0 && ts[from-1].text != "\n" {
		from--
	}
	seen := 0
	for k := from; k+2 < c; k++ {
		sides, units, end, ok := measuredSidesAt(ts, k)
		if !ok || end > c || k > 0 && (ts[k-1].text == "x" || dimOps[ts[k-1].text]) || ts[k].aside {
			continue
		}
		if seen++; seen == n {
			return sides, units, end
		}
		k = end - 1
	}
	return [2]int{}, [2]string{}, -1
}

// ordinalAt: the place in the order an ordinal says ("التانية", "tanya",
// "second"), 0 when t is none.
func ordinalAt(t token) int {
	for _, w := range []string{t.text, t.lowSurface(), wordKey(strings.TrimPrefix(t.surface, "ال"))} {
		if n := ordinalPlaces[w]; n > 0 {
			return n
		}
	}
	return 0
}

// ordinalPlaces: Arabic, Franco and English ordinals of the first pieces.
var ordinalPlaces = map[string]int{
	"اول": 1, "اولي": 1, "الاول": 1, "الاولي": 1, "الاولى": 1, "first": 1, "awel": 1, "awela": 1, "awala": 1, "el awel": 1,
	"تاني": 2, "تانيه": 2, "ثاني": 2, "ثانيه": 2, "التاني": 2, "التانيه": 2, "second": 2, "tany": 2, "tanya": 2, "tanyeh": 2, "tania": 2,
	"تالت": 3, "تالته": 3, "ثالث": 3, "ثالثه": 3, "third": 3, "talet": 3, "talta": 3, "tal2": 3,
	"رابع": 4, "رابعه": 4, "fourth": 4, "rabe3": 4, "rab3a": 4,
}
