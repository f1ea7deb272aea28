package understand

import (
	"regexp"
	"slices"
	"strings"

	"fatoora/catalog"
)

// perUnitName finds the measure a piece product is priced per, as its name
// says: "تركيب منظومة طاقة شمسية لكل كيلو وات", "Installation per kW",
// "تأسيس كهرباء لكل نقطة".
var perUnitName = regexp.MustCompile(`(?:^|\s)(?:لكل|per)\s+(\S+(?:\s+وات)?)`)

// PricedPer is the measure prod is priced per when its name says one (a
// kilowatt, a metre, a point, an hour, a millilitre …; "per ml", "لكل
// نقطة", or in Arabic a measure with بال: "مسك أبيض بالمللي"), "" otherwise — "per door", "per
// wardrobe" are the goods beside it, counted with them. A figure said with
// that measure on the product's line is how many of it ("تركيب منظومة ١٠
// كيلو": ten); none said, the pipeline leaves the count to a person.
func PricedPer(prod catalog.Product) string {
	for _, name := range []string{prod.NameAr, prod.NameEn} {
		if m := perUnitName.FindStringSubmatch(name); m != nil && (measureUnits[lower(m[1])] || sameMeasures[lower(m[1])] == "person") {
			return m[1]
		}
	}
	return pricedBy(prod.NameAr)
}

var measureUnits = map[string]bool{"كيلو وات": true, "كيلووات": true, "kw": true, "kilowatt": true, "وات": true, "watt": true, "w": true,
	"متر": true, "m": true, "meter": true, "metre": true, "م": true, "نقطة": true, "نقطه": true, "point": true, "ساعة": true,
	"ساعه": true, "hour": true, "كيلو": true, "kg": true, "طن": true, "ton": true, "لتر": true, "litre": true, "liter": true,
	"تيرا": true, "tb": true, "جيجا": true, "gb": true,
	// the tola, oud oil's and saffron's measure (about 12 g)
	"تولة": true, "توله": true, "tola": true,
	// the millilitre, oils' and perfumes' measure ("مسك بالمللي", "per ml")
	"ml": true, "مللي": true, "ملي": true, "مل": true}

// sameMeasures: the words of one measure, said in Arabic, Franco or
// English, under one key ("كيلو" of "per kg", "مللي" of "per ml", "60
// فرد" or "٦٠ شخص" of "per person": a head count, as of a buffet, a
// ticket or a meal priced per person).
var sameMeasures = map[string]string{"كيلو": "kg", "kg": "kg", "kilo": "kg", "كجم": "kg", "كغ": "kg", "kgs": "kg", "kilos": "kg",
	"طن": "ton", "ton": "ton", "tons": "ton",
	"فرد": "person", "افراد": "person", "شخص": "person", "اشخاص": "person", "نفر": "person", "انفار": "person",
	"person": "person", "persons": "person", "people": "person", "pax": "person", "guest": "person", "guests": "person", "ضيف": "person",
	"مللي": "ml", "ملي": "ml", "مل": "ml", "ml": "ml",
	"تولة": "tola", "توله": "tola", "tola": "tola",
	"لتر": "l", "litre": "l", "liter": "l",
	"متر": "m", "m": "m", "meter": "m", "metre": "m", "م": "m"}

// measureKey: the key of measure word w, w itself when it has none.
func measureKey(w string) string {
	if k := sameMeasures[lower(w)]; k != "" {
		return k
	}
	return w
}

// pricedBy: the measure a piece product's Arabic name says it is sold by
// with بال ("مسك أبيض بالمللي", "بن بالكيلو"), "" when none.
func pricedBy(name string) string {
	for _, f := range strings.Fields(name) {
		if m, ok := strings.CutPrefix(f, "بال"); ok && (sameMeasures[m] != "" || measureUnits[m]) && measureKey(m) != "m" {
			return m
		}
	}
	return ""
}

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
		if measureKey(r.lx.info[p].per) != measureKey(u) {
			return false
		}
		found = true
	}
	return found
}

// perFigure reads, at i on line d, a figure said with the measure d's
// product is priced per ("١٠ كيلو", "10 kilo", "for 10kw"), or the
// periods of a rent priced per a period ("شهرين", "٣ شهور"): its value and
// the token after it.
func (r *Rules) perFigure(ts []token, d *draft, i int) (float64, int, bool) {
	if d == nil || d.pre != nil || len(d.counts) > 0 || len(d.groups) > 0 {
		return 0, 0, false
	}
	if v, end, ok := r.personDual(ts, d, i); ok {
		return v, end, true // "بنانا بوت لفردين": two persons (perpersondual.go)
	}
	if w := ts[i].lowSurface(); (w == "for" || w == "ل" || w == "لـ") && i+1 < len(ts) && !ts[i+1].sep {
		i++ // "installation for 10 kW", "بوفيه ل 60 فرد"
	}
	if v, n, ok := numberAt(ts, i, nil); ok && i+n < len(ts) && !ts[i+n].sep && !ts[i+n].conj && r.pricedPerSaid(d, ts[i+n].text) {
		// (a measure written with و, "حديد ١٢ وطن ونص", opens the next amount)
		f, m := fractionTail(ts, i+n+1) // "حديد ١٢ ٢ طن ونص": two and a half
		return v + f, i + n + 1 + m, true
	}
	// "ايجار سرير شهرين", "3 شهور", "for 3 months": the periods of a rent
	// or a service the line's product is priced per ("… شهري", "… per month")
	if k, n := i, 1.0; r.periodPriced(d) != "" {
		if v, m, ok := numberAt(ts, i, nil); ok && i+m < len(ts) && !ts[i+m].sep {
			k, n = i+m, v
		}
		if per, two := periodWord(ts[k].lowSurface()); per != "" && per == r.periodPriced(d) && (two || k > i) {
			if two {
				n = 2
			}
			return n, k + 1, true
		}
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

// periodWords: the periods a rent or a service is priced per, and their
// duals ("شهرين": two months).
var periodWords = map[string]string{"شهر": "month", "شهور": "month", "اشهر": "month", "أشهر": "month", "month": "month", "months": "month",
	"اسبوع": "week", "اسابيع": "week", "أسابيع": "week", "week": "week", "weeks": "week",
	"يوم": "day", "ايام": "day", "أيام": "day", "day": "day", "days": "day",
	// a session or a service priced by the hour ("جلسة تصوير … (للساعة)",
	// "cleaning per hour"): "٣ ساعات", "3 hours", "3 sa3at"
	"ساعة": "hour", "ساعه": "hour", "ساعات": "hour", "hour": "hour", "hours": "hour", "hrs": "hour", "sa3a": "hour", "sa3at": "hour"}

var periodDuals = map[string]string{"شهرين": "month", "اسبوعين": "week", "يومين": "day", "ساعتين": "hour", "sa3teen": "hour", "sa3ten": "hour"}

// periodWord: the period w names, and whether w is its dual.
func periodWord(w string) (string, bool) {
	if p := periodDuals[w]; p != "" {
		return p, true
	}
	return periodWords[w], false
}

// periodPriced: the period every product line d's words name best is
// priced per, as its name says ("إيجار … شهري", "… rental per month"),
// "" when none or not all.
func (r *Rules) periodPriced(d *draft) string {
	if d == nil || d.explains == 0 {
		return ""
	}
	found := ""
	for _, p := range d.touched {
		if int(d.cnt[p]) < d.explains {
			continue
		}
		per := r.lx.facts(int(p)).period
		if per == "" || found != "" && per != found {
			return ""
		}
		found = per
	}
	return found
}

var periodPerName = regexp.MustCompile(`(?i)(?:^|[\s(])(?:per|a|an|each|by\s+the)\s+(month|week|day|hour)\b|(?:^|\s)(شهري|اسبوعي|أسبوعي|يومي)(?:\s|$)|(?:^|[\s(])(?:لل|بال|لكل\s+|في\s+ال)(ساع[ةه])(?:[\s)]|$)`)

// halfA: "half an", "half a" — the length said of a half period.
var halfA = regexp.MustCompile(`(?i)\bhalf\s+an?\b`)

// periodPer: the period prod is priced per, as its name says ("إيجار
// كرسي متحرك شهري", "Wheelchair rental per month"), "" when none.
func periodPer(prod catalog.Product) string {
	if prod.Unit != catalog.Piece {
		return ""
	}
	for _, name := range []string{prod.NameEn, prod.NameAr} {
		// "half an hour", "half a day": a length, no price per
		m := periodPerName.FindStringSubmatch(halfA.ReplaceAllString(name, "half"))
		switch {
		case m == nil:
		case m[1] != "":
			return lower(m[1])
		case m[2] == "شهري":
			return "month"
		case m[2] == "يومي":
			return "day"
		case m[3] != "":
			return "hour" // "(للساعة)", "بالساعة", "لكل ساعة"
		default:
			return "week"
		}
	}
	return ""
}

// cubicName: a name saying its goods are priced per cubic metre ("رمل
// مونة - متر مكعب", "Gravel per m³").
var cubicName = regexp.MustCompile(`(?i)متر\s+مكعب|م³|(?:per|/)\s*(?:m³|m3\b|cubic\s+met)`)

// cubicMetres: of a piece prod priced per cubic metre, the metres said
// on line d are how many ("3 متر رمل", "٢ متر زلط": in shop talk a metre
// of sand or gravel is a cubic metre), no length; false when the name
// says no cubic metre or the line says no metres.
func cubicMetres(prod *catalog.Product, d *draft) (float64, bool) {
	if prod.Unit != catalog.Piece || !cubicName.MatchString(prod.NameAr) && !cubicName.MatchString(prod.NameEn) {
		return 0, false
	}
	a := d.pre
	if a == nil && len(d.counts) == 0 && len(d.groups) == 1 && len(d.groups[0]) == 1 {
		a = &d.groups[0][0] // "رمل ٣ متر"
	}
	if a == nil || a.unit != "m" || a.per || a.side {
		return 0, false
	}
	return a.val, true
}

// measureOfNext: amount a, read up to j on a line of other goods, is said
// in the measure the goods named right after it are priced per ("…
// ودهن عود و ٣٠ مللي مسك" of "مسك أبيض بالمللي", "and 30 ml musk"): how
// much of those goods, never a size of the line before (in Arabic "مللي"
// is a millilitre as well as a millimetre). It returns the token the next
// line opens at: the measure when it is a word of the names, else the
// head noun, whose every product priced per a measure is priced per this
// one.
func (r *Rules) measureOfNext(ts []token, cur *draft, a amount, j int) (int, bool) {
	m, inside := j, false
	if a.unit != "" && a.end-a.start == 2 {
		m, inside = a.end-1, true
	}
	if m >= len(ts) || ts[m].sep || sameMeasures[measureUnit(ts[m])] == "" || inside == ts[m].lex {
		return 0, false
	}
	key, h := measureKey(measureUnit(ts[m])), m+1
	if h >= len(ts) || ts[h].sep || !ts[h].lex || ts[h].color != "" || !r.lx.heads[ts[h].text] ||
		cur != nil && (cur.uniq[ts[h].text] || r.pricedPerSaid(cur, ts[m].text) && cur.pre == nil && len(cur.counts) == 0) {
		return 0, false
	}
	some := false
	for _, p := range r.lx.postings[ts[h].text] {
		per := r.lx.info[p].per
		if per == "" {
			continue
		}
		if measureKey(per) == key {
			some = true
		} else if inside {
			return 0, false
		}
	}
	if !some {
		return 0, false
	}
	if inside {
		return h, true
	}
	return m, true
}

// perBefore reads, at i, a figure said with a measure before the goods
// priced per it ("50 kg of tie wire", "٥٠ كيلو سلك رباط", "60 person
// open buffet"): how many of them — only when every product the words
// after it name together is priced per that measure and none carries the
// figure in its name (a "شيكارة 50 كجم" is one bag of that weight). It
// returns the figure and the token of the goods.
func (r *Rules) perBefore(ts []token, i int) (float64, int, bool) {
	v, n, ok := numberAt(ts, i, nil)
	u, j := "", i+n
	switch {
	case ok && j < len(ts) && !ts[j].sep && !ts[j].conj:
		u, j = ts[j].text, j+1
	case ok:
		return 0, 0, false
	default: // "50kg": the figure and its measure written as one word
		w := ts[i].text
		k := strings.IndexFunc(w, func(c rune) bool { return (c < '0' || c > '9') && c != '.' })
		if k <= 0 {
			return 0, 0, false
		}
		if v, ok = parseDigits(w[:k]); !ok {
			return 0, 0, false
		}
		us, _ := r.lx.units(w[k:])
		if len(us) != 1 {
			return 0, 0, false
		}
		u, j = us[0], i+1
	}
	if sameMeasures[lower(u)] == "" && !measureUnits[u] {
		return 0, 0, false
	}
	if j < len(ts) && !ts[j].sep && (ts[j].text == "of" || ts[j].text == "من") {
		j++ // "50 kg of tie wire"
	}
	if j >= len(ts) || ts[j].sep || !ts[j].lex {
		return 0, 0, false
	}
	cand := r.lx.postings[ts[j].text]
	for k := j + 1; k < len(ts) && !ts[k].sep && !ts[k].conj && ts[k].lex; k++ {
		w := ts[k].text
		both := slices.DeleteFunc(slices.Clone(cand), func(p int32) bool { return !r.lx.info[p].all[w] })
		if len(both) == 0 {
			break
		}
		cand = both
	}
	fig := numString(v)
	for _, p := range cand {
		if measureKey(r.lx.info[p].per) != measureKey(u) || r.lx.info[p].all[fig] || r.lx.info[p].all[ts[i].text] {
			return 0, 0, false
		}
	}
	return v, j, len(cand) > 0
}
