package understand

import (
	"math"
	"strings"
)

// A length said for the goods as a whole, then shared out by colour right
// after them ("٧ متر كشمير، ٣ متر ونص رمادي و٣ متر ونص بني", "منهم …",
// Franco "7 metr kashmir, 3.5 ramady w 3.5 bonny", English "7 metres of
// cashmere, 3.5 grey and 3.5 brown"): when the shares add up to it, the
// whole is only their sum, each share its own line — never the whole
// bought once more; when they do not, the whole's line asks how much.
// Counts of pieces shared so are the segmenter's
// (shareOut).

// totalShares sets aside such a whole.
func totalShares(ts []token, isLex func(int) bool) {
	for i := 0; i < len(ts); i++ {
		if ts[i].sep || ts[i].used || !isNumber(ts[i].text) || i > 0 && !ts[i-1].sep && isNumber(ts[i-1].text) {
			continue
		}
		total, ok := amountAt(ts, i, isLex)
		if !ok || total.unit != "m" || total.implied || total.per || total.side || total.dozen {
			continue
		}
		// the goods: words of some name, no colour, no figure
		k := total.end
		if k < len(ts) && !ts[k].sep && ts[k].lowSurface() == "of" {
			k++
		}
		goods := 0
		for ; k < len(ts) && !ts[k].sep && ts[k].lex && ts[k].color == "" && !isNumber(ts[k].text); k++ {
			goods++
		}
		afterGoods := k
		if goods == 0 || k >= len(ts) {
			continue
		}
		// what opens the shares: a comma, a colon, "منهم"/"منها"
		if ts[k].sep && (ts[k].text == "," || ts[k].text == "،" || ts[k].text == ":") {
			k++
		}
		if k < len(ts) && !ts[k].sep && (ts[k].text == "منهم" || ts[k].text == "منها") {
			k++
		}
		if k == afterGoods || k >= len(ts) {
			continue // no pause between the goods and the shares
		}
		sum, n := 0.0, 0
		for k < len(ts) {
			a, ok := amountAt(ts, k, isLex)
			if !ok || a.implied || a.per || a.side || a.dozen || a.unit != "m" && a.unit != "" || a.end >= len(ts) || ts[a.end].sep || ts[a.end].color == "" {
				break
			}
			if n > 0 && !(ts[k].conj || k > 0 && (ts[k-1].text == "و" || ts[k-1].lowSurface() == "and")) {
				break
			}
			sum += a.val
			n++
			k = a.end + 1
			if k < len(ts) && !ts[k].sep && (ts[k].text == "و" || ts[k].lowSurface() == "and") {
				k++
			}
		}
		if n < 2 {
			continue
		}
		if math.Abs(sum-total.val) > 1e-6 {
			// shares that do not add up to the whole ("٦ متر كتان، ٤ متر
			// ابيض و٣ متر بيج"): how much of each is the customer's to
			// say again; the line asks, as a rough count does
			ts[total.start].rough = true
			continue
		}
		for m := total.start; m < total.end; m++ {
			ts[m].used, ts[m].aside = true, true
		}
		if total.end < len(ts) && strings.EqualFold(ts[total.end].surface, "of") {
			ts[total.end].used, ts[total.end].aside = true, true
		}
	}
}
