package understand

import (
	"strings"

	"fatoora/catalog"
)

// A line sold per person counted by a person noun in the dual (h40b):
// "داي يوز لفردين كبار", "بنانا بوت لفردين", "رحلة سنوركل لشخصين", Franco
// "le shakhseen": for two persons — two of the line, as "ل ٢ فرد" is, when
// every product the line names best is priced per person. A product's
// Arabic name says so with "للفرد", "للشخص", "للطفل" or "للضيف" at the
// start of a bracket or a name's last words ("(للفرد الكبير)", "(للطفل)",
// "بوفيه حلويات للفرد") though its English name says no "per".

// personPricedName: the measure the Arabic name of a piece product prices
// it per when it is a person ("غدا بوفيه (للفرد)", "داي يوز (للطفل)"),
// "" otherwise.
func personPricedName(p *catalog.Product) string {
	if p.Unit != catalog.Piece {
		return ""
	}
	fs := strings.Fields(strings.NewReplacer("(", " ( ", ")", " ) ", "،", " ", ",", " ").Replace(p.NameAr))
	for k, f := range fs {
		if !personPerWords[f] {
			continue
		}
		if k > 0 && fs[k-1] == "(" || k == len(fs)-1 || k+1 < len(fs) && fs[k+1] == ")" {
			return "فرد"
		}
	}
	return ""
}

// personPerWords: "for the person / the child / the guest" in a name:
// the price is each one's.
var personPerWords = set("للفرد", "للشخص", "للطفل", "للضيف", "للنفر")

// personDual reads, at i on line d, a person noun in the dual with or
// without "ل" ("لفردين", "لشخصين", "نفرين", Franco "le shakhseen"): 2
// and the token after it, when d's products are priced per person.
func (r *Rules) personDual(ts []token, d *draft, i int) (float64, int, bool) {
	w := ts[i].lowSurface()
	if (w == "ل" || w == "لـ" || w == "le" || w == "l") && i+1 < len(ts) && !ts[i+1].sep {
		i++
		w = ts[i].lowSurface()
	}
	w = strings.TrimPrefix(w, "و")
	if st, ok := strings.CutPrefix(w, "ل"); ok && personMeasureDuals[st] {
		w = st
	}
	if !personMeasureDuals[w] || !r.pricedPerSaid(d, "فرد") {
		return 0, 0, false
	}
	return 2, i + 1, true
}

// personMeasureDuals: two persons in one word, the measure a line is
// priced per.
var personMeasureDuals = set("فردين", "شخصين", "نفرين", "fardeen", "fardein", "shakhseen", "shakhsein", "shakhsen", "nafareen")
