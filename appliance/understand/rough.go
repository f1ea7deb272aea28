package understand

import (
	"strings"
	"unicode"
)

// roughCounts marks a count said as a rough one: two whole counts a unit
// apart, side by side or joined by a dash or "or" — "اتنين تلاتة",
// "٣ ٤ كده", "٢-٣", "اتنين او تلاتة", Franco "2 3 keda", "etnen walla
// talata", English "two or three", "2-3" — or a noun's dual then the next
// count ("مخدتين تلاتة كده": two pillows, three). The customer does not
// know yet how many: the line asks, never one of the two in silence. The
// first figure is set aside (no count and no word left unread), the
// second, or the dual noun, carries the mark. Figures of a size ("٢ ٣
// متر", "٢ في ٣") are none.
func roughCounts(ts []token) {
	for i := 0; i+1 < len(ts); i++ {
		if ts[i].sep || i > 0 && !ts[i-1].sep && dimOps[ts[i-1].text] {
			continue
		}
		a, ok := writtenCount(ts[i])
		dual := false
		if !ok {
			if !ts[i].dual || !ts[i].lex {
				continue
			}
			a, ok, dual = 2, true, true
		}
		if a < 1 || a != float64(int(a)) {
			continue
		}
		j := i + 1
		if !dual && (ts[j].sep && (ts[j].text == "-" || ts[j].text == "–") || !ts[j].sep && orWords[ts[j].lowSurface()]) {
			j++
		}
		if j >= len(ts) || ts[j].sep || ts[j].conj {
			continue
		}
		b, ok := writtenCount(ts[j])
		if !ok || b != a+1 {
			continue
		}
		if k := j + 1; k < len(ts) && !ts[k].sep {
			if _, unit := unitWord(ts[k].text); unit || dimOps[ts[k].text] || isUnitOrDozen(ts[k].text) {
				continue // "٢ ٣ متر", "٣ ٤ في ٢": a size
			}
			if dual && !roughWords[wordKey(ts[k].lowSurface())] && !orWords[ts[k].lowSurface()] {
				continue // "ضلفتين ٣ درج": the dual's goods, then a count of something else
			}
		}
		if dual {
			ts[i].rough = true
			ts[j].used, ts[j].aside = true, true
		} else {
			ts[j].rough = true
			ts[i].used, ts[i].aside = true, true
			if j > i+1 && !ts[i+1].sep {
				ts[i+1].used = true
			}
		}
		i = j
	}
}

// roughWords say a figure is a guess: "كده", "تقريبا", "or so".
var roughWords = set("كده", "كدا", "كدة", "تقريبا", "تقريباً", "keda", "kda", "ta2reeban", "ta2riban", "so", "ish")

// roughLine: a token of d's words or count carries a rough count's mark.
func roughLine(ts []token, d *draft) bool {
	lo, hi := d.start, min(d.end, len(ts))
	if d.pre != nil {
		lo, hi = min(lo, d.pre.start), max(hi, min(d.pre.end, len(ts)))
	}
	for k := max(lo, 0); k < hi; k++ {
		if ts[k].rough {
			return true
		}
	}
	return false
}

// writtenCount: the count a token says as the customer wrote it, a figure
// or a number word, not one an earlier pass put there ("كل واحد فينا"
// read as two).
func writtenCount(t token) (float64, bool) {
	if t.sep || t.used || t.aside {
		return 0, false
	}
	if !strings.ContainsFunc(t.surface, unicode.IsDigit) {
		if _, ok := numberWord(t.lowSurface()); !ok {
			return 0, false
		}
	}
	return amountValue(t.text)
}
