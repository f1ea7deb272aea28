package understand

import (
	"math"
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"fatoora/catalog"
)

// perUnitNounRe: the noun a product's name prices it per, Arabic or
// English, in brackets or not ("(للصفحة)", "للصفحة", "(per page)",
// "(per document)").
var perUnitNounRe = regexp.MustCompile(`(?:^|[ (/])لل([^ )/]+)|\bper ([a-z]+)`)

// perUnitNouns: the keys of the nouns product p's names price it per.
func perUnitNouns(p *catalog.Product) []string {
	var out []string
	for _, name := range []string{p.NameAr, lower(p.NameEn)} {
		for _, m := range perUnitNounRe.FindAllStringSubmatch(name, -1) {
			n := m[1] + m[2]
			if ks := keysOf(n); len(ks) == 1 {
				out = append(out, wordKey(ks[0]))
			}
		}
	}
	return out
}

// pricedPerWord: the goods line d names best are sold by the piece,
// priced per the noun token t says, in the singular or its plural ("ترجمة
// ٤ صفحات" of a "ترجمة … (للصفحة)", "5 saf7at", "4 pages" of one "per
// page"): a figure said with t is how many of the line, never a count of
// a part some other name gives ("وثيقة صفحة واحدة") that it lacks.
func (r *Rules) pricedPerWord(d *draft, t token) bool {
	c := r.candidates(d)
	if len(c) == 0 {
		return false
	}
	p := &r.lx.products[c[0].idx]
	if p.Unit != catalog.Piece {
		return false
	}
	said := map[string]bool{}
	for _, w := range []string{t.text, t.surface, t.lowSurface()} {
		if ks := keysOf(w); len(ks) == 1 {
			said[wordKey(ks[0])] = true
		}
	}
	for _, n := range perUnitNouns(p) {
		if said[n] {
			return true
		}
		for s := range said {
			if pluralOfWord(s, n) {
				return true
			}
		}
	}
	return false
}

// copyWords: a copy or copies of a document, in Arabic, Franco and
// English ("نسخة زيادة", "نسختين", "noskha zyada", "2 extra copies").
var copyWords = set("نسخة", "نسخه", "نسختين", "نسخ", "نسخات", "noskha", "nos5a", "nosakh", "nosa5", "nos5", "noskhetein", "nos5eten", "copy", "copies")

// saysWord: some token of line d is a word of ws, as read or written.
func saysWord(ts []token, d *draft, ws map[string]bool) bool {
	for k := d.start; k < d.end && k < len(ts); k++ {
		if !ts[k].sep && (ws[ts[k].text] || ws[ts[k].lowSurface()] || ws[ts[k].surface]) {
			return true
		}
	}
	return false
}

// saysPerNoun: token t is one of nouns ns (keys of perUnitNouns), in the
// singular or its plural, a preposition or و written onto it allowed
// ("لصفحة واحدة", "وصفحتين").
func saysPerNoun(t token, ns []string) bool {
	for _, w := range []string{t.text, t.surface, t.lowSurface()} {
		ks := keysOf(w)
		if len(ks) != 1 {
			continue
		}
		s := wordKey(ks[0])
		forms := []string{s}
		for _, p := range []string{"و", "ل", "ب", "لل", "ولل", "ول", "وب"} {
			if rest, ok := strings.CutPrefix(s, p); ok && utf8.RuneCountInString(rest) >= 3 {
				forms = append(forms, rest)
			}
		}
		for _, f := range forms {
			for _, n := range ns {
				if f == n || pluralOfWord(f, n) {
					return true
				}
			}
		}
	}
	return false
}

// countedPerNoun: line d's count q is the figure written right before one
// of nouns ns ("ترجمة ٥ صفحات", "5 saf7at", "3 pages"), the noun in the
// line or right after it ("typing 2 | pages").
func countedPerNoun(ts []token, d *draft, q float64, ns []string) bool {
	for k := d.start + 1; k <= d.end && k < len(ts); k++ {
		if ts[k].sep || ts[k-1].sep || !saysPerNoun(ts[k], ns) {
			continue
		}
		if f, ok := parseDigits(ts[k-1].text); ok && f == q {
			return true
		}
	}
	return false
}

// copiesOfCountedPages: extra copies priced per page ("نسخة إضافية
// مختومة (للصفحة)", "(per page)") said after another line priced per
// that noun and counted in it ("ترجمة ٥ صفحات … ونسخة زيادة معاهم",
// "translate 2 pages … and make 2 extra copies") are the copies of those
// pages: copies × pages, never the copies alone. A copies line that
// counts its own pages, or names no copy word, keeps its count.
func copiesOfCountedPages(ts []token, keep []*draft, items []Item, itemOf map[*draft]int) {
	for n, d := range keep {
		k, ok := itemOf[d]
		if !ok || k >= len(items) || items[k].Product == nil || items[k].Product.Unit != catalog.Piece || len(items[k].Ambiguous) > 0 || !saysWord(ts, d, copyWords) {
			continue
		}
		copies := items[k].Quantity.Float()
		if copies < 1 || copies != math.Trunc(copies) {
			continue
		}
		nouns := perUnitNouns(items[k].Product)
		if len(nouns) == 0 || slices.ContainsFunc(ts[d.start:min(d.end, len(ts))], func(t token) bool { return !t.sep && saysPerNoun(t, nouns) }) {
			continue
		}
		if pages := pagesBefore(ts, keep[:n], items, itemOf, items[k].Product, nouns); pages > 1 {
			items[k].Quantity = catalog.MilliFromFloat(copies * pages)
		}
	}
}

// pagesBefore: the count of the nearest line before, of another product
// priced per one of nouns ns, when that count was said in it ("٥ صفحات"); 0 when
// that line's count was said otherwise.
func pagesBefore(ts []token, before []*draft, items []Item, itemOf map[*draft]int, p *catalog.Product, ns []string) float64 {
	for m := len(before) - 1; m >= 0; m-- {
		e := before[m]
		k, ok := itemOf[e]
		if !ok || k >= len(items) || items[k].Product == nil || items[k].Product == p || len(items[k].Ambiguous) > 0 {
			continue
		}
		if !slices.ContainsFunc(perUnitNouns(items[k].Product), func(m string) bool { return slices.Contains(ns, m) }) {
			continue
		}
		if q := items[k].Quantity.Float(); countedPerNoun(ts, e, q, ns) {
			return q
		}
		return 0
	}
	return 0
}
