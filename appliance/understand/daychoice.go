package understand

import (
	"slices"
	"strings"

	"fatoora/catalog"
)

// Days that choose a product (h40e). A shop may price the same thing by
// the days its names state: "القاعة الكبرى ليلة خميس أو جمعة" beside
// "القاعة الكبرى باقي أيام الأسبوع" (the grand hall on a Thursday or
// Friday night, on the other weekdays). A weekday the customer names
// ("يوم الخميس", "yom el gom3a", "on Monday") picks the product whose
// name states that day, or the one of the other days when none states
// it; with no day said and no word of one alone, which is the
// customer's to say (asked between them).

// weekBits: the days of the week as bits, Saturday first.
const allWeek = 1<<7 - 1

// dayOfName: the weekdays as a name's keys write them (keysOf: no
// article, ة as ه), Arabic and English.
var dayOfName = map[string]int{
	"سبت": 0, "حد": 1, "احد": 1, "اتنين": 2, "اثنين": 2, "تلات": 3, "ثلاثاء": 3, "تلاتاء": 3, "اربع": 4, "اربعاء": 4,
	"خميس": 5, "جمعه": 6,
	"saturday": 0, "sunday": 1, "monday": 2, "tuesday": 3, "wednesday": 4, "thursday": 5, "friday": 6,
}

// dayAlsoWord: weekdays whose word is also a number or "someone" (حد،
// اتنين، تلات، اربع; "الاتنين": both): a day only after "يوم", "ليلة".
var dayAlsoWord = set("حد", "احد", "اتنين", "اثنين", "تلات", "اربع")

// francoDays: the weekdays in Franco-Arabic; those also a number or
// "someone" only after "el", "yom" (francoDayAlsoWord).
var francoDays = map[string]int{
	"sabt": 0, "7ad": 1, "had": 1, "etnen": 2, "etneen": 2, "itnen": 2, "el-etnen": 2, "talat": 3, "tala7": 3, "arba3": 4, "arba3a": 4,
	"khamis": 5, "khamees": 5, "5amis": 5, "5ames": 5, "gom3a": 6, "gom3aa": 6, "gum3a": 6, "goma3": 6,
}

var francoDayAlsoWord = set("7ad", "had", "etnen", "etneen", "itnen", "talat", "arba3", "arba3a")

// dayBefore: the words a weekday is said after ("يوم الخميس", "ليلة
// جمعة", "yom el khamis", "on Friday").
var dayBefore = set("يوم", "ليوم", "ليله", "ليلة", "ليلت", "yom", "youm", "yoom", "el", "lelet", "leilet", "on", "every")

// restOfWeek: a name's words for the days no other product's name states
// ("باقي أيام الأسبوع", "وسط الاسبوع", "other weekdays").
var restOfWeek = set("باقي", "بقيه", "وسط", "other", "rest", "weekday")

// dayNameWords: the words of a name that say its days and nothing of
// what it is; two names equal once they are taken off are one thing
// priced by the day.
var dayNameWords = set("ليله", "ليالي", "يوم", "ايام", "اسبوع", "باقي", "بقيه", "وسط", "او", "و", "night", "nights", "day", "days",
	"other", "weekday", "weekend", "or", "and", "rest", "of", "the", "week")

// weekdaySaid: the weekday the token at k names in a message, -1 none.
func weekdaySaid(ts []token, k int) int {
	t := ts[k]
	if t.sep {
		return -1
	}
	s := t.lowSurface()
	if r, ok := strings.CutPrefix(s, "و"); ok && strings.HasPrefix(r, "ال") {
		s = r // "والجمعة"
	}
	after := k > 0 && !ts[k-1].sep && dayBefore[ts[k-1].lowSurface()]
	if d, ok := francoDays[s]; ok {
		if francoDayAlsoWord[s] && !after {
			return -1
		}
		return d
	}
	ks := keysOf(s)
	if len(ks) != 1 {
		return -1
	}
	d, ok := dayOfName[ks[0]]
	if !ok {
		return -1
	}
	if dayAlsoWord[ks[0]] && !after {
		// "الاتنين" alone is both of them, "حد" someone: a day after "يوم"
		// only
		return -1
	}
	return d
}

// daysSaid: the weekdays the message names, as bits.
func daysSaid(ts []token) int {
	m := 0
	for k := range ts {
		if d := weekdaySaid(ts, k); d >= 0 {
			m |= 1 << d
		}
	}
	return m
}

// namedDays: the days p's names state, as bits, and whether they state
// the rest of the week (the days no other such name states).
func namedDaysOf(p *catalog.Product) (days int, rest bool) {
	const restBit = 1 << 7 // past the seven days' bits
	m := namesMark(p, func(w string) int {
		k, b := wordKey(w), 0
		if d, ok := dayOfName[k]; ok {
			b |= 1 << d
		}
		if restOfWeek[k] {
			b |= restBit
		}
		return b
	})
	days = m &^ restBit
	return days, m&restBit != 0 && days == 0
}

// undatedName: p's Arabic name with its day words taken off.
func undatedName(p *catalog.Product) string {
	var out []string
	for _, k := range keysOf(p.NameAr) {
		if _, day := dayOfName[k]; !day && !dayNameWords[k] {
			out = append(out, k)
		}
	}
	return strings.Join(out, " ")
}

// dayMembers: p and the catalog's products of p's name priced by other
// days (indexes), p first; nil when p states no day or has no such other.
func (r *Rules) dayMembers(p *catalog.Product) []int {
	if d, rest := namedDaysOf(p); d == 0 && !rest {
		return nil
	}
	base := undatedName(p)
	if base == "" {
		return nil
	}
	own := r.indexOf(p)
	out := []int{own}
	for i := range r.lx.products {
		q := &r.lx.products[i]
		if i == own || q.SKU == p.SKU {
			continue
		}
		if d, rest := namedDaysOf(q); (d != 0 || rest) && undatedName(q) == base {
			out = append(out, i)
		}
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// dayChooses picks, of a line's product priced by the days its name
// states, the one of the weekday said; no day said, the line is open
// between them unless the rest of the week was said ("وسط الاسبوع"): a
// word of one's other names ("قاعة الفرح") tells no day.
func (r *Rules) dayChooses(ts []token, items []Item) {
	said := -1
	for k := range items {
		it := &items[k]
		if it.end == 0 || it.Product == nil {
			continue
		}
		members := r.dayMembers(it.Product)
		if members == nil {
			continue
		}
		if said < 0 {
			said = daysSaid(ts)
		}
		fit := -1
		switch {
		case said != 0:
			fit = r.dayFit(members, said)
		case restSaid(ts):
			fit = r.restMember(members) // "وسط الاسبوع", "on a weekday"
		}
		if fit < 0 {
			r.openAmong(it, members)
			continue
		}
		p := &r.lx.products[fit]
		it.SKU, it.Product, it.Material = p.SKU, p, p.Material
		it.Ambiguous, it.Vague = nil, false
		it.Lacks = slices.DeleteFunc(it.Lacks, func(w string) bool { return dayWordSaid(w) })
		it.Confidence = max(it.Confidence, 0.9)
	}
}

// dayFit: the one member (index) whose name states every day said, the
// rest-of-week one standing for the days no other states; -1 when none
// or several.
func (r *Rules) dayFit(members []int, said int) int {
	stated := 0
	for _, m := range members {
		d, _ := namedDaysOf(&r.lx.products[m])
		stated |= d
	}
	fit := -1
	for _, m := range members {
		d, rest := namedDaysOf(&r.lx.products[m])
		if rest {
			d = allWeek &^ stated
		}
		if d&said == said {
			if fit >= 0 {
				return -1
			}
			fit = m
		}
	}
	return fit
}

// dayWordSaid: w is a word of a day said ("yom", "Thursday", "ليلة"),
// no lack of the product picked by it.
func dayWordSaid(w string) bool {
	l := lower(w)
	if _, ok := francoDays[l]; ok || dayBefore[l] {
		return true
	}
	for _, k := range keysOf(l) {
		if _, ok := dayOfName[k]; ok || dayNameWords[k] {
			return true
		}
	}
	return false
}

// restSaid: the message says the days no name states ("وسط الاسبوع",
// "باقي الايام", "on a weekday").
func restSaid(ts []token) bool {
	key := func(k int) string {
		if k >= len(ts) || ts[k].sep {
			return ""
		}
		ks := keysOf(ts[k].lowSurface())
		if len(ks) != 1 {
			return ""
		}
		return wordKey(ks[0])
	}
	for k := range ts {
		switch key(k) {
		case "weekday":
			return true
		case "باقي", "بقيه", "وسط":
			if n := key(k + 1); n == "اسبوع" || n == "ايام" {
				return true // "وسط" alone is a size (medium)
			}
		}
	}
	return false
}

// restMember: the member whose name states the rest of the week, -1 none.
func (r *Rules) restMember(members []int) int {
	for _, m := range members {
		if _, rest := namedDaysOf(&r.lx.products[m]); rest {
			return m
		}
	}
	return -1
}
