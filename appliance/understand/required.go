package understand

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// A requirement said of the goods in the negative — "بس مش عايزها تكون
// لامعة", "مش عايز الرخام يكون لامع", "ميكونش شفاف", Franco "msh 3ayezha
// tkon lam3a", "but I don't want it shiny", "but not sheer" — is a
// property the customer rules out, not goods declined and not a word
// naming a product. The product chosen for the line either settles it
// from its own data (its names say the opposite: "مطفي" when "لامع" is
// ruled out; or they say the very word, and it is the wrong one) or it
// does not, and then the line is no silent invoice: a word the box knows
// is what the product lacks (alternatives), a word it does not know stays
// unexplained (review).

// wantStems are the want-verbs a negated requirement opens with, as
// written before any pronoun ("عايزها", "عايزهم", "3ayzaha").
var wantStems = []string{"عايز", "عاوز", "عايزين", "عاوزين", "عايزا", "عاوزا", "3ayez", "3ayz", "3awez", "3awz"}

// wantPronouns end a want-verb with its object, the goods said before:
// "عايزها" (it, f.), "عايزهم" (them), "عايزه" (it, m. — or a woman's "I
// want"), Franco "3ayezha", "3ayzo", "3ayzahom".
var wantPronouns = []string{"ها", "هم", "ه", "هما", "اها", "اهم", "ينها", "ينه", "ينهم",
	"ha", "aha", "hom", "ahom", "o", "ah", "oh"}

// negCopulas are the negative copula, م…ش around "be": "ميكونش",
// "متكونش", "ميكونوش", "متبقاش", Franco "mayekonsh", "matkonsh".
var negCopulas = set("ميكونش", "متكونش", "مايكونش", "ماتكونش", "ميكونوش", "متكونوش", "مايكونوش", "ماتكونوش",
	"ميبقاش", "متبقاش", "مايبقاش", "ماتبقاش", "ميبقوش", "متبقوش", "ميبقيش", "متبقيش",
	"mayekonsh", "mayekonash", "maykonsh", "matkonsh", "matkunsh", "matekonsh", "mayeb2ash", "mateb2ash")

// reqCopulas say "be" in a requirement ("يكون", Franco "tkon", English
// "be" after "to").
var reqCopulas = set("be", "يكون", "تكون", "يكونوا", "تكونوا", "يبقي", "تبقي", "يبقوا", "تبقوا", "يبقا", "تبقا",
	"yekon", "yekoon", "ykon", "tkon", "tekon", "tkoon", "tekoon", "yb2a", "teb2a", "tb2a", "yeb2a")

// opposites pair a property word with the words of its other pole: a
// product whose own names say the other pole settles the property ruled
// out ("مش عايزه لامع" of "… مطفي"). Written as said; read through the
// catalog's vocabulary.
var opposites = [][2][]string{
	{{"لامع", "جلوسي", "جلوس", "glossy", "gloss", "shiny", "lam3", "lame3"}, {"مطفي", "مط", "مات", "matte", "matt", "mat", "satin", "ساتان"}},
	{{"شفاف", "sheer", "transparent", "shafaf"}, {"معتم", "بلاك اوت", "blackout", "opaque", "dimout"}},
	{{"خشن", "rough"}, {"ناعم", "smooth"}},
	{{"صلب", "ناشف", "hard", "firm"}, {"طري", "soft"}},
}

// required is one requirement read: the word at said, ruled out (neg)
// after the cue that starts at cue.
type required struct {
	cue, said int
	neg       bool
}

// negatedRequirements finds the requirements ruled out and sets their
// words aside before segmenting: no item starts at them, and none takes
// them as a word of its product.
func (r *Rules) negatedRequirements(ts []token) []required {
	var out []required
	for i := 0; i < len(ts); i++ {
		if ts[i].sep {
			continue
		}
		j, but := r.negatedAt(ts, i)
		if j <= i || j >= len(ts) || !r.propertyWord(ts, j, but) || but && !ts[j].lex {
			// a bare "but not" before a word of no goods is no property
			// ("بس مش النهارده", "but not today")
			continue
		}
		for k := i; k <= j; k++ {
			ts[k].neg, ts[k].used = true, true
		}
		out = append(out, required{cue: i, said: j, neg: true})
		i = j
	}
	// said in the positive after "بس" and a copula ("بس يكون لامع",
	// "bas ykon lame3"): left to choose the product, then read against it
	for i := 1; i+1 < len(ts); i++ {
		if !ts[i-1].sep && butWords[ts[i-1].lowSurface()] && ts[i-1].color == "" && reqCopulas[ts[i].lowSurface()] &&
			!ts[i+1].neg && ts[i+1].lex && r.propertyWord(ts, i+1, false) && (i+2 >= len(ts) || ts[i+2].sep || !isNumber(ts[i+2].text)) {
			out = append(out, required{cue: i, said: i + 1})
		}
	}
	return out
}

// negatedAt: the index of the property word after a negated requirement's
// cue at i, or -1; but when the cue is a bare "but not" ("بس مش"), where
// a word naming goods may be said as what the line is not.
func (r *Rules) negatedAt(ts []token, i int) (int, bool) {
	w := func(k int) string {
		if k >= len(ts) || ts[k].sep {
			return ""
		}
		return strings.TrimPrefix(ts[k].lowSurface(), "و")
	}
	if reqCopulas[w(i)] && (w(i+1) == "مش" || w(i+1) == "msh" || w(i+1) == "mesh" || w(i+1) == "not") {
		return i + 2, false // "يكون مش لامع", "to be not shiny"
	}
	if negCopulas[wordKey(w(i))] {
		return i + 1, false // "ميكونش لامع"
	}
	if w(i) == "not" && i > 0 && w(i-1) == "but" && !wantWord(w(i+1)) && w(i+1) != "the" && w(i+1) != "a" {
		return i + 1, true // "but not sheer"
	}
	j := i
	switch {
	case w(i) == "مش" || w(i) == "msh" || w(i) == "mesh" || w(i) == "mosh":
		j = i + 1
	case w(i) == "don" && w(i+1) == "t" || w(i) == "dont":
		j = i + 1
		if w(j) == "t" {
			j++
		}
	case w(i) == "do" && w(i+1) == "not":
		j = i + 2
	default:
		return -1, false
	}
	if j == i+1 && (w(i) == "مش" || w(i) == "msh" || w(i) == "mesh" || w(i) == "mosh") && i > 0 && (w(i-1) == "بس" || w(i-1) == "bas") {
		if !wantWord(w(j)) && !reqCopulas[w(j)] {
			return j, true // "بس مش لامعة": but not shiny
		}
	}
	if w(i) == "not" || w(j) == "" {
		return -1, false
	}
	// the want-verb, with its object as a pronoun or followed by the
	// goods' noun and a copula
	v := w(j)
	english := v == "want" || v == "need"
	if !english && !wantWord(v) {
		return -1, false
	}
	pronoun := english && (w(j+1) == "it" || w(j+1) == "them") || !english && wantPronounOf(v)
	j++
	if english {
		if !pronoun {
			return -1, false
		}
		j++
		if w(j) == "to" && w(j+1) == "be" {
			j += 2
		}
		return j, false // "I don't want it shiny", "don't want them to be glossy"
	}
	subject := false
	if !pronoun && j < len(ts) && !ts[j].sep && ts[j].lex && strings.HasPrefix(ts[j].surface, "ال") {
		j++ // "مش عايز الرخام يكون لامع": the goods' word, then what it must not be
		subject = true
	}
	if reqCopulas[w(j)] {
		return j + 1, false
	}
	if subject || !pronoun || j >= len(ts) || !ts[j].lex {
		return -1, false // "مش عايز الكراسي": the chairs declined; "ومش عايزة افرط فيه": a woman's "I want", a verb
	}
	return j, false // "بس مش عايزها شفافة": a word of the catalog's right after the pronoun
}

// wantWord: a want-verb as written, bare or with its object pronoun.
func wantWord(v string) bool {
	for _, s := range wantStems {
		if rest, ok := strings.CutPrefix(v, s); ok && (rest == "" || isPronounEnd(rest)) {
			return true
		}
	}
	return false
}

func wantPronounOf(v string) bool {
	for _, s := range wantStems {
		if rest, ok := strings.CutPrefix(v, s); ok && rest != "" && isPronounEnd(rest) {
			return true
		}
	}
	return false
}

func isPronounEnd(rest string) bool {
	for _, p := range wantPronouns {
		if rest == p || rest == strings.ReplaceAll(p, "ه", "ة") {
			return true
		}
	}
	return false
}

// propertyWord: the word at j can be a property of goods — no figure,
// colour, head noun of a product or want-verb.
func (r *Rules) propertyWord(ts []token, j int, but bool) bool {
	t := ts[j]
	if but && j+1 < len(ts) && !ts[j+1].sep && (isNumber(ts[j+1].text) || isNumberWord(ts[j+1].text)) {
		return false // "بس مش لامعة ٢": a line of its own
	}
	if t.sep || !t.lex && isArabicWord(t.text) && verbLike(t.text) || isNumber(t.text) || t.color != "" || r.lx.heads[t.text] && !but || utf8.RuneCountInString(t.surface) < 2 || fillers[t.text] || orderCues[t.text] || negationCue(ts, j) > 0 {
		return false
	}
	return !stopUnits[t.lowSurface()]
}

// settleRequirements reads each requirement ruled out against the line
// it is said of: the line before it, or the one holding it.
func (r *Rules) settleRequirements(text string, ts []token, reqs []required, items []Item) {
	for _, q := range reqs {
		t := &ts[q.said]
		it := lineOf(items, q.cue)
		known := t.lex || r.known(t.text)
		if it == nil || it.Product == nil {
			if !known {
				t.used, t.req = false, true
			}
			continue
		}
		idx := r.indexOf(it.Product)
		if !q.neg {
			// a property wanted that the product's names do not say,
			// a word of other goods: what the line lacks
			if !r.productSays(idx, t) && !slices.Contains(it.Lacks, surfaceOf(text, t.surface)) {
				it.Lacks = append(it.Lacks, surfaceOf(text, t.surface))
			}
			continue
		}
		switch {
		case r.productSays(idx, t):
			// the product is what the customer rules out
		case r.oppositeSaid(idx, t) || r.otherMaterial(idx, t):
			continue // its names say the other pole, or it is made of another material: settled
		case !known:
			t.used, t.req = false, true // a word the box does not know: a person reads it
			continue
		}
		not := "مش "
		if isLatinWord(t.surface) {
			not = "not "
		}
		it.Lacks = append(it.Lacks, not+surfaceOf(text, t.surface))
	}
}

// lineOf: the item holding token k, else the last one ended before it.
func lineOf(items []Item, k int) *Item {
	var before *Item
	for n := range items {
		it := &items[n]
		if it.end <= 0 {
			continue
		}
		if it.start <= k && k < it.end-1 {
			return it
		}
		if it.end-1 <= k && (before == nil || it.end > before.end) {
			before = it
		}
	}
	return before
}

// propertyForms are the word's own and its plain forms: the feminine
// or plural ending taken off ("لامعة", "لامعين" → لامع).
func propertyForms(w string) []string {
	out := []string{w}
	for _, suf := range []string{"ه", "ين", "ات", "s"} {
		if st, ok := strings.CutSuffix(w, suf); ok && utf8.RuneCountInString(st) >= 3 {
			out = append(out, st)
		}
	}
	return out
}

func (r *Rules) productSays(idx int, t *token) bool {
	all := r.lx.info[idx].all
	for _, f := range append(propertyForms(t.text), propertyForms(wordKey(t.lowSurface()))...) {
		if all[f] {
			return true
		}
	}
	return false
}

// oppositeSaid: the product's names say the other pole of the property
// word t.
func (r *Rules) oppositeSaid(idx int, t *token) bool {
	all := r.lx.info[idx].all
	forms := append(propertyForms(t.text), propertyForms(wordKey(t.lowSurface()))...)
	for _, pair := range opposites {
		for side := 0; side < 2; side++ {
			if !r.anyForm(pair[side], forms) {
				continue
			}
			for _, o := range pair[1-side] {
				us, _ := r.lx.units(o)
				if len(us) > 0 && allIn(all, us) {
					return true
				}
			}
		}
	}
	return false
}

// otherMaterial: the property word t is a material some product is made
// of, and product idx is made of another ("بس مش رخام" of a wooden table).
func (r *Rules) otherMaterial(idx int, t *token) bool {
	own := r.lx.products[idx].Material
	if own == "" {
		return false
	}
	forms := append(propertyForms(t.text), propertyForms(wordKey(t.lowSurface()))...)
	for _, f := range forms {
		if slices.Contains(keysOf(own), f) {
			return false
		}
	}
	for _, q := range r.lx.postings[t.text] {
		if m := r.lx.products[q].Material; m != "" && slices.Contains(keysOf(m), t.text) {
			return true
		}
	}
	return false
}

func (r *Rules) anyForm(words []string, forms []string) bool {
	for _, w := range words {
		us, _ := r.lx.units(w)
		for _, u := range append(us, wordKey(w)) {
			for _, f := range forms {
				if u == f {
					return true
				}
			}
		}
	}
	return false
}

func allIn(all map[string]bool, us []string) bool {
	for _, u := range us {
		if !all[u] {
			return false
		}
	}
	return true
}
