package understand

import (
	"regexp"
	"strings"

	"fatoora/catalog"
)

// perUnitName finds the measure a piece product is priced per, as its name
// says: "تركيب منظومة طاقة شمسية لكل كيلو وات", "Installation per kW",
// "تأسيس كهرباء لكل نقطة".
var perUnitName = regexp.MustCompile(`(?:^|\s)(?:لكل|per)\s+(\S+(?:\s+وات)?)`)

// PricedPer is the measure prod is priced per when its name says one (a
// kilowatt, a metre, a point, an hour …), "" otherwise — "per door", "per
// wardrobe" are the goods beside it, counted with them. A figure said with
// that measure on the product's line is how many of it ("تركيب منظومة ١٠
// كيلو": ten); none said, the pipeline leaves the count to a person.
func PricedPer(prod catalog.Product) string {
	for _, name := range []string{prod.NameAr, prod.NameEn} {
		if m := perUnitName.FindStringSubmatch(name); m != nil && measureUnits[lower(m[1])] {
			return m[1]
		}
	}
	return ""
}

var measureUnits = map[string]bool{"كيلو وات": true, "كيلووات": true, "kw": true, "kilowatt": true, "وات": true, "watt": true, "w": true,
	"متر": true, "m": true, "meter": true, "metre": true, "م": true, "نقطة": true, "نقطه": true, "point": true, "ساعة": true,
	"ساعه": true, "hour": true, "كيلو": true, "kg": true, "طن": true, "ton": true, "لتر": true, "litre": true, "liter": true,
	"تيرا": true, "tb": true, "جيجا": true, "gb": true}

// pricedPerSaid: u, the word after a figure on line d, is the measure
// every product d's words name best is priced per ("تركيب منظومة ١٠ كيلو"
// of "… لكل كيلو وات"): the figure counts the line.
func (r *Rules) pricedPerSaid(d *draft, u string) bool {
	if d == nil || d.explains == 0 {
		return false
	}
	found := false
	for _, p := range d.touched {
		if int(d.cnt[p]) < d.explains {
			continue
		}
		if r.lx.info[p].per != u {
			return false
		}
		found = true
	}
	return found
}

// perFigure reads, at i on line d, a figure said with the measure d's
// product is priced per ("١٠ كيلو", "10 kilo", "for 10kw"): its value and
// the token after it.
func (r *Rules) perFigure(ts []token, d *draft, i int) (float64, int, bool) {
	if d == nil || d.pre != nil || len(d.counts) > 0 || len(d.groups) > 0 {
		return 0, 0, false
	}
	if lower(ts[i].surface) == "for" && i+1 < len(ts) && !ts[i+1].sep {
		i++ // "installation for 10 kW"
	}
	if v, n, ok := numberAt(ts, i, nil); ok && i+n < len(ts) && !ts[i+n].sep && r.pricedPerSaid(d, ts[i+n].text) {
		return v, i + n + 1, true
	}
	// "10kw": the figure and its measure written as one word
	w := ts[i].text
	if k := strings.IndexFunc(w, func(c rune) bool { return (c < '0' || c > '9') && c != '.' }); k > 0 {
		if v, ok := parseDigits(w[:k]); ok {
			if us, _ := r.lx.units(w[k:]); len(us) == 1 && r.pricedPerSaid(d, us[0]) {
				return v, i + 1, true
			}
		}
	}
	return 0, 0, false
}
