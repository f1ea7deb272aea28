package understand

import (
	"context"
	"errors"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"fatoora/catalog"
)

// RulesOptions tune the rules understander.
type RulesOptions struct {
	// MaxCandidates bounds how many products are scored for one item
	// (default 400); the ones sharing most words with the item come first.
	MaxCandidates int
	// AmbiguityMargin: a runner-up scoring within this of the best makes
	// the item ambiguous (default 0.05).
	AmbiguityMargin float64
}

func (o *RulesOptions) defaults() {
	if o.MaxCandidates <= 0 {
		o.MaxCandidates = 400
	}
	if o.AmbiguityMargin <= 0 {
		o.AmbiguityMargin = 0.05
	}
}

// Rules understands messages with language rules and the catalog's own
// words; no model. It is safe for concurrent use.
type Rules struct {
	lx     *lexicon
	opts   RulesOptions
	counts sync.Pool // *[]uint16 of len(products), all zero
}

// release zeroes the drafts' per-product counts and returns them to the pool.
func (r *Rules) release(ds []*draft) {
	for _, d := range ds {
		if d.cnt == nil {
			continue
		}
		for _, p := range d.touched {
			d.cnt[p] = 0
		}
		c := d.cnt
		d.cnt, d.touched = nil, nil
		r.counts.Put(&c)
	}
}

var _ Understander = (*Rules)(nil)

// NewRules builds the rules understander for a catalog and its shop
// vocabulary (vocab may be nil).
func NewRules(products []catalog.Product, vocab *catalog.Vocabulary, opts RulesOptions) (*Rules, error) {
	if len(products) == 0 {
		return nil, errors.New("rules: empty catalog")
	}
	opts.defaults()
	ps := make([]catalog.Product, len(products))
	copy(ps, products)
	lx := newLexicon(ps, vocab)
	// Colours win a Latin skeleton they share with other words (eswed).
	for _, u := range sortedKeys(lx.colors) {
		if !strings.Contains(u, " ") && isArabicWord(u) {
			if ls := latinSkeleton(u); ls != "" {
				lx.latin[ls] = u
			}
		}
	}
	// Franco-Arabic spellings of the cue words too ("3ayez", "fe"); a short
	// skeleton is far more likely a function word than a catalog word.
	for _, m := range []map[string]bool{orderCues, priceCues, fillers, serviceTopics} {
		for _, w := range sortedKeys(m) {
			if isArabicWord(w) {
				if ls := latinSkeleton(w); ls != "" {
					if _, dup := lx.latin[ls]; !dup || len(ls) <= 2 && !m[lx.latin[ls]] && lx.colors[lx.latin[ls]] == "" {
						lx.latin[ls] = w
					}
				}
			}
		}
	}
	for _, w := range sortedKeys(complaintCues) {
		if ls := latinSkeleton(w); ls != "" && isArabicWord(w) {
			if _, dup := lx.latin[ls]; !dup {
				lx.latin[ls] = w
			}
		}
	}
	return &Rules{lx: lx, opts: opts}, nil
}

// Products returns the catalog the rules were built for.
func (r *Rules) Products() []catalog.Product { return r.lx.products }

// known reports whether a single word means something to the rules.
func (r *Rules) known(w string) bool {
	lx := r.lx
	if lx.isWord(w) || lx.known[w] || lx.colors[w] != "" {
		return true
	}
	if _, ok := numberWord(w); ok {
		return true
	}
	if _, ok := fractionWord(w); ok {
		return true
	}
	if _, ok := unitWord(w); ok {
		return true
	}
	if _, ok := unitDual(w); ok {
		return true
	}
	if _, ok := dozenWords[w]; ok {
		return true
	}
	return orderCues[w] || priceCues[w] || complaintCues[w] > 0 || fillers[w] || pieceWords[w] || dimWords[w] || dimOps[w] || isNumber(w)
}

type form struct {
	stem string
	dual bool
}

// forms lists what a word can be once a suffix is read: itself; the dual
// (-ين, -تين) of a catalog or unit word; the sound plural (-ات) of one.
func (r *Rules) forms(w string) []form {
	var out []form
	if r.known(w) {
		out = append(out, form{stem: w})
	}
	lexOK := func(s string) bool {
		if u, ok := r.lx.rewrite[s]; ok {
			s = u
		}
		return len([]rune(s)) >= 2 && r.lx.isWord(s) && !isNumber(s)
	}
	if st, ok := strings.CutSuffix(w, "تين"); ok && lexOK(st+"ه") {
		out = append(out, form{stem: st + "ه", dual: true})
	}
	if st, ok := strings.CutSuffix(w, "ين"); ok && lexOK(st) {
		out = append(out, form{stem: st, dual: true})
	} else if ok && lexOK(st+"ه") {
		// a plural adjective agreeing with a noun: صغيرين ← صغيرة (a
		// noun in ة makes its dual in تين, so this is no count)
		out = append(out, form{stem: st + "ه"})
	}
	if st, ok := strings.CutSuffix(w, "ات"); ok {
		if lexOK(st + "ه") {
			out = append(out, form{stem: st + "ه"})
		} else if lexOK(st) {
			out = append(out, form{stem: st})
		}
	}
	return out
}

var prefixes = []string{"وال", "بال", "فال", "كال", "لل", "و", "ب", "ل", "ف", "ك"}

// prepare turns raw tokens into units: Franco-Arabic read as Arabic,
// clitics (و، ب، ل، ال) taken off words the rules do not otherwise know,
// vocabulary n-grams rewritten, typos resolved against the catalog's words.
func (r *Rules) prepare(text string) []token {
	raw := tokenize(text)
	for i := range raw {
		t := &raw[i]
		t.surface = t.text
		if t.sep || t.text == "x" {
			continue
		}
		w := wordKey(t.text)
		if w == "w" || w == "wa" || w == "and" || w == "with" || w == "plus" {
			w = "و" // Franco and English "and"; "with the frame" adds an item
		}
		if !r.known(w) && isLatinWord(w) {
			if c, ok := englishColors[w]; ok && r.lx.colors[c] != "" {
				w = c
			} else if st := strings.TrimSuffix(w, "s"); st != w && r.known(st) {
				w = st // English plural: chairs
			}
		}
		if !r.known(w) && isLatinWord(w) {
			fs := francoSkeleton(w)
			if a, ok := r.lx.latin[fs]; ok {
				w = a
			} else if a, ok := r.lx.latin[strings.TrimSuffix(fs, "t")]; ok && strings.HasSuffix(fs, "t") {
				w = a // construct state: tarabeezet → ترابيزة
			}
		}
		if strings.HasPrefix(t.text, "ال") {
			if _, ok := numberWord(strings.TrimPrefix(t.text, "ال")); ok && utf8.RuneCountInString(t.text) > 4 && (i == 0 || !r.lx.isWord(raw[i-1].text) || r.lx.colors[raw[i-1].text] != "" || englishColors[raw[i-1].text] != "") {
				w = "كلهم" // "الاتنين", "التلاتة": both / all three, not an amount
			}
		}
		if !r.known(w) && isArabicWord(w) {
		strip:
			for _, p := range append([]string{""}, prefixes...) {
				rest := strings.TrimPrefix(t.text, p)
				if p != "" && rest == t.text || len([]rune(rest)) < 2 {
					continue
				}
				if p == "و" && isNumber(rest) {
					w, t.conj = rest, true
					break
				}
				for _, f := range r.forms(wordKey(rest)) {
					if p == "" && f.stem == w {
						continue
					}
					w = f.stem
					t.dual = f.dual
					t.conj = strings.HasPrefix(p, "و")
					t.prep = p == "ل" || p == "لل"
					break strip
				}
			}
		}
		if !t.dual && r.known(w) && isArabicWord(w) {
			// a dual the shop vocabulary lists as a name ("مرايتين" beside
			// "مراية") still counts two
			if st, ok := strings.CutSuffix(w, "تين"); ok && utf8.RuneCountInString(st) >= 2 {
				if u := st + "ه"; r.lx.isWord(u) || r.lx.rewrite[u] != "" && r.lx.rewrite[u] == r.lx.rewrite[w] {
					t.dual = true
				}
			}
			if st, ok := strings.CutSuffix(w, "ين"); ok && !t.dual && utf8.RuneCountInString(st) >= 3 && r.lx.heads[st] {
				t.dual = true // "كرسيين" listed beside "كرسي"
			}
		}
		t.text = w
	}
	// vocabulary rewrite of n-grams, keeping surfaces
	lx := r.lx
	out := make([]token, 0, len(raw))
	for i := 0; i < len(raw); {
		if raw[i].sep {
			out = append(out, raw[i])
			i++
			continue
		}
		done := false
		for n := min(lx.maxGram, len(raw)-i); n >= 1 && !done; n-- {
			ok := true
			ks := make([]string, n)
			for k := 0; k < n; k++ {
				if raw[i+k].sep {
					ok = false
					break
				}
				ks[k] = raw[i+k].text
			}
			if !ok {
				continue
			}
			if u, hit := lx.rewrite[strings.Join(ks, " ")]; hit {
				t := raw[i]
				t.text = u
				var sf []string
				for k := 0; k < n; k++ {
					sf = append(sf, raw[i+k].surface)
				}
				t.surface = strings.Join(sf, " ")
				out = append(out, t)
				i += n
				done = true
			}
		}
		if !done {
			out = append(out, raw[i])
			i++
		}
	}
	for i := range out {
		t := &out[i]
		if t.sep || t.text == "x" {
			continue
		}
		if !r.known(t.text) {
			if u, ok := lx.resolve(t.text); ok {
				t.text, t.fuzzy = u, true
			}
		} else if lx.isWord(t.text) && !lx.phrase[t.text] && lx.colors[t.text] == "" {
			// a word only a category uses ("كراسي") is the plural of a
			// product's own noun when their consonants agree
			for _, u := range lx.skel[skeleton(t.text)] {
				if lx.phrase[u] && lx.heads[u] {
					t.text = u
					break
				}
			}
		}
		t.lex = lx.isWord(t.text)
		if _, ok := lx.colors[t.text]; ok {
			t.color = t.text
		} else if lx.colorFirst(t.text) {
			t.color = t.text
		}
	}
	return out
}

// colorFirst reports whether w is the first word of a multi-word catalog
// colour ("رمادي" of "رمادي فاتح"): a colour said short.
func (lx *lexicon) colorFirst(w string) bool {
	if w == "" || isNumber(w) {
		return false
	}
	for c := range lx.colors {
		if strings.HasPrefix(c, w+" ") {
			return true
		}
	}
	return false
}

// draft is an item while the message is read.
type draft struct {
	words    []string // catalog units naming the product, in order
	start    int      // token range of the phrase
	end      int
	pre      *amount // quantity said before the product
	groups   [][]amount
	counts   []float64 // bare small numbers after the product
	sizes    []float64 // bare numbers read as sizes in cm
	colors   []string
	sameAs   bool // "نفس اللون"
	setWith  int  // index of the item this one was said together with, -1
	clause   int
	header   bool
	fuzzy    bool
	unknown  bool            // a noun the catalog does not have, named as its own item
	partOf   *draft          // the draft whose count this one shares out ("3 اوكر: واحدة دهبي واتنين اسود")
	perWord  string          // "لكل باب": one for each of the items named so; "*" for each item before
	eachN    float64         // "2 من كل واحد", "2 of each": the count of every item
	andOn    bool            // its first word carries the و ("ومرتبة")
	explains int             // most distinct words one product explains
	uniq     map[string]bool // distinct words
	cnt      []uint16        // product → how many distinct words it explains
	touched  []int32         // products with cnt > 0
}

type scored struct {
	idx   int
	score float64
}

// candidates scores the products that share words with the draft: an
// F-measure of how many of the draft's words the product explains
// (precision) and how much of its best name the draft says (recall), with
// a small bonus when the draft's head noun is the product's own.
func (r *Rules) candidates(d *draft) []scored {
	lx := r.lx
	if len(d.words) == 0 {
		return nil
	}
	best := d.explains
	var list []int32
	for _, p := range d.touched {
		if n := int(d.cnt[p]); n >= best-1 && n > 0 {
			list = append(list, p)
		}
	}
	sort.Slice(list, func(i, j int) bool {
		if d.cnt[list[i]] != d.cnt[list[j]] {
			return d.cnt[list[i]] > d.cnt[list[j]]
		}
		return list[i] < list[j]
	})
	if len(list) > r.opts.MaxCandidates {
		list = list[:r.opts.MaxCandidates]
	}
	out := make([]scored, 0, len(list))
	nw := float64(len(d.uniq))
	for _, p := range list {
		info := &lx.info[p]
		prec := float64(d.cnt[p]) / nw
		rec := 0.0
		for _, ph := range info.phrases {
			hit := 0
			for _, u := range ph {
				if d.uniq[u] {
					hit++
				}
			}
			rec = math.Max(rec, float64(hit)/float64(len(ph)))
		}
		s := 0.0
		if prec+rec > 0 {
			s = 2 * prec * rec / (prec + rec)
		}
		if info.head != "" && d.words[0] == info.head {
			s += 0.05 // the customer's head noun is the product's own name
		}
		if lx.heads[d.words[0]] && !info.all[d.words[0]] {
			s *= 0.6 // "كرسي سفرة رخام": a chair was asked, this is no chair
		}
		out = append(out, scored{int(p), s})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].score != out[j].score {
			return out[i].score > out[j].score
		}
		return out[i].idx < out[j].idx
	})
	return out
}

// fits reports whether word u can join the draft: some product uses u and
// still explains as many of the draft's words as the best product does.
func (r *Rules) fits(d *draft, u string) bool {
	if len(d.words) == 0 {
		return true
	}
	if d.uniq[u] {
		return true
	}
	for _, p := range r.lx.postings[u] {
		if n := int(d.cnt[p]); n >= d.explains && n > 0 {
			return true
		}
	}
	return false
}

// addWord appends a word to the draft and counts, for every product using
// it, one more word explained.
func (r *Rules) addWord(d *draft, u string) {
	d.words = append(d.words, u)
	if d.uniq == nil {
		d.uniq = map[string]bool{}
		if c, ok := r.counts.Get().(*[]uint16); ok {
			d.cnt = *c
		} else {
			d.cnt = make([]uint16, len(r.lx.products))
		}
	}
	if d.uniq[u] {
		return
	}
	d.uniq[u] = true
	for _, p := range r.lx.postings[u] {
		if d.cnt[p] == 0 {
			d.touched = append(d.touched, p)
		}
		d.cnt[p]++
		if n := int(d.cnt[p]); n > d.explains {
			d.explains = n
		}
	}
}

// hasNumber reports whether a product that fits the draft has the number
// in its names (the 180 of "ترابيزة سفرة 180", the 3 of "كنبة 3 مقاعد").
func (r *Rules) hasNumber(d *draft, num string) bool {
	return len(d.words) > 0 && r.lx.isWord(num) && r.fits(d, num)
}

func numString(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

// Understand reads one message.
func (r *Rules) Understand(ctx context.Context, text string) (Result, error) {
	if err := ctx.Err(); err != nil {
		return Result{}, err
	}
	ts := r.prepare(text)
	r.negate(ts)
	r.destinations(ts)
	eachN := r.eachCount(ts)
	drafts := r.segment(ts)
	res := Result{Source: "rules"}
	items := r.finish(ts, drafts, eachN)
	r.release(drafts)
	// a thing the catalog lacks is an item when the customer asks for it
	// ("عايز 2 مخدة"), not in "عندي 3 عيال"
	intent, iconf := intentOf(ts, r.anyKnown(items) || len(items) > 0 && hasCue(ts, orderCues))
	if intent != Order && intent != Inquiry {
		items = knownOnly(items) // a complaint's or a greeting's other nouns are no lines
	}
	if !r.anyKnown(items) && intent != Complaint {
		for i := range ts {
			if t := ts[i]; !t.sep && (serviceTopics[t.text] || serviceTopics[strings.ToLower(t.surface)]) {
				res.Service = append(res.Service, t.surface)
				ts[i].used = true
			}
		}
		if len(res.Service) > 0 {
			intent, iconf, items = Other, 0.8, nil // "التوصيل بكام؟": about the shop's service
		}
	}
	if intent == Order || intent == Inquiry {
		for k := range items {
			if it := &items[k]; it.Vague && it.Product != nil {
				// a kind, not a product: the candidates to ask between
				it.Ambiguous = append([]Candidate{{Product: it.Product, Score: 1}}, it.Ambiguous...)
				it.SKU, it.Product, it.Material, it.Color, it.Missing = "", nil, "", "", nil
			}
		}
	}
	for k := range items {
		items[k].Phrase = surfaceOf(text, items[k].Phrase)
	}
	res.Items = items
	res.Intent = intent
	conf := iconf
	if intent == Order || intent == Inquiry {
		// a complaint or a greeting does not hinge on which product it names
		for _, it := range items {
			conf = math.Min(conf, it.Confidence)
		}
	}
	for k, t := range ts {
		// a place or a use ("للصالة") is explained when it says what a named
		// product is for; with no product, or after "حاجة" (something), it
		// is what is asked ("وحاجة للقعدة")
		thing := k > 0 && !ts[k-1].sep && (strings.TrimPrefix(ts[k-1].text, "و") == "حاجه" || ts[k-1].text == "حاجات" || ts[k-1].text == "something")
		if t.sep || t.used || t.lex || t.color != "" || t.text == "x" || r.known(t.text) ||
			r.anyKnown(items) && !thing && (placeWord(t.text) || destination(t.surface)) {
			continue
		}
		if strings.TrimSpace(t.surface) == "" || isNumber(t.text) {
			continue
		}
		res.Unexplained = append(res.Unexplained, surfaceOf(text, t.surface))
	}
	if len(res.Unexplained) > 0 {
		conf *= 0.85
	}
	res.Confidence = math.Round(conf*1000) / 1000
	return res, nil
}

// destinations sets aside what a destination governs: "لتنجيد المراتب
// الخارجي" is what the fabric is for, not mattresses ordered. After a word
// carrying "for" that names nothing, the definite words that follow (not
// colours) belong to it.
func (r *Rules) destinations(ts []token) {
	for i := 0; i < len(ts); i++ {
		if ts[i].sep || ts[i].lex || ts[i].color != "" || !destination(ts[i].surface) || strings.HasPrefix(ts[i].surface, "و") {
			continue
		}
		j := i + 1
		for ; j < len(ts) && !ts[j].sep && ts[j].color == "" && !isNumber(ts[j].text) && strings.HasPrefix(ts[j].surface, "ال"); j++ {
			ts[j].aside, ts[j].used = true, true
		}
		i = j - 1
	}
}

// eachCount reads "2 من كل واحد", "2 of each", "اتنين من كل صنف": every
// item of the message in that count; and marks "لكل باب", "لكل واحدة",
// "for each", "one each" aside for the item they follow. It returns the
// count of each (0 when none was said).
func (r *Rules) eachCount(ts []token) float64 {
	each := 0.0
	word := func(i int) string {
		if i < 0 || i >= len(ts) || ts[i].sep {
			return ""
		}
		return strings.ToLower(ts[i].surface)
	}
	for i := range ts {
		if ts[i].sep {
			continue
		}
		w := word(i)
		// N من كل واحد/صنف/نوع، N of each, N each
		if v, ok := amountValue(ts[i].text); ok && v > 0 {
			n := 0
			switch {
			case (word(i+1) == "من" || word(i+1) == "of") && (word(i+2) == "كل" || word(i+2) == "each"):
				n = 3
				if eachWords[ts[min(i+3, len(ts)-1)].text] || word(i+3) == "صنف" || word(i+3) == "نوع" || word(i+3) == "one" {
					n = 4
				}
			case word(i+1) == "each":
				n = 2
			}
			if n > 0 {
				each = v
				for k := i; k < i+n && k < len(ts); k++ {
					ts[k].aside, ts[k].used = true, true
				}
				continue
			}
		}
		// لكل باب، لكل واحدة، for each door, per door
		if w == "لكل" || w == "per" || w == "each" && word(i-1) != "for" || w == "for" && word(i+1) == "each" {
			k := i + 1
			if w == "for" {
				k = i + 2
			}
			if k < len(ts) && !ts[k].sep {
				ts[i].aside, ts[i].used = true, true
				if w == "for" {
					ts[i+1].aside, ts[i+1].used = true, true
				}
				ts[k].aside, ts[k].used = true, true
			}
		}
	}
	return each
}

// perOf is the word "لكل" (for each) at or before token i governs: a
// catalog word, or "*" for "each one".
func perOf(ts []token, i int) string {
	for k := i; k >= 0 && k >= i-2; k-- {
		w := strings.ToLower(ts[k].surface)
		if w == "لكل" || w == "per" || w == "each" || w == "for" {
			if k == i {
				return "" // the cue itself; its object carries the word
			}
			if eachWords[ts[i].text] || ts[i].text == "one" || ts[i].text == "item" {
				return "*"
			}
			return ts[i].text
		}
	}
	return ""
}

// amountValue is the value of a figure or a number word.
func amountValue(w string) (float64, bool) {
	if isNumber(w) {
		v, err := strconv.ParseFloat(w, 64)
		return v, err == nil
	}
	return numberWord(w)
}

// negationCues open what the customer does NOT want: "باب بدون حلق",
// "من غير الأوكرة والكالون", "without the mirror", Franco "men gher".
// Two-word cues are keyed by their words joined with a space.
var negationCues = set("بدون", "بلاش", "من غير", "without", "w/o", "bdon", "bedoon", "bdoun", "bedun",
	"men gher", "men gheir", "min gheir", "men 8er", "mn 8er", "mn gher", "men ghir", "min ghair")

// negate marks the words a negation cue governs: the products, their
// describing words and colours joined by و up to a number, a separator or
// any other word; they name nothing to sell and are not unexplained.
func (r *Rules) negate(ts []token) {
	for i := 0; i < len(ts); i++ {
		if ts[i].sep {
			continue
		}
		n := 0
		switch {
		case negationCues[ts[i].text] || negationCues[strings.ToLower(ts[i].surface)] || negationCues[strings.TrimPrefix(ts[i].text, "و")]:
			n = 1
		case i+1 < len(ts) && !ts[i+1].sep && (negationCues[ts[i].text+" "+ts[i+1].text] ||
			negationCues[strings.ToLower(ts[i].surface+" "+ts[i+1].surface)]):
			n = 2
		default:
			continue
		}
		j := i + n
		if j < len(ts) && !ts[j].sep && ts[j].text == "ما" {
			for k := i; k <= j; k++ {
				ts[k].used = true // "من غير ما تيجي": without (doing), a clause, not goods
			}
			continue
		}
		for ; j < len(ts) && !ts[j].sep; j++ {
			t := ts[j]
			if isNumber(t.text) || !(t.lex || t.color != "" || t.text == "و" || t.text == "the" || t.text == "ال") {
				break
			}
		}
		if j == i+n {
			continue
		}
		for k := i; k < j; k++ {
			ts[k].neg, ts[k].used = true, true
		}
		i = j - 1
	}
}

// listSeps separate the entries of a list of items.
var listSeps = map[string]bool{",": true, "+": true, "\n": true, "-": true, "،": true}

// anyKnown reports whether some item names a catalog product.
func (r *Rules) anyKnown(items []Item) bool {
	for _, it := range items {
		if it.SKU != "" {
			return true
		}
	}
	return false
}

// hasCue reports whether a token is one of the cue words.
func hasCue(ts []token, cues map[string]bool) bool {
	for _, t := range ts {
		if !t.sep && cues[t.text] {
			return true
		}
	}
	return false
}

// knownOnly drops the items the catalog does not have.
func knownOnly(items []Item) []Item {
	out := items[:0]
	for _, it := range items {
		if it.SKU != "" {
			out = append(out, it)
		}
	}
	return out
}

// segment reads the units left to right and cuts them into item drafts.
func (r *Rules) segment(ts []token) []*draft {
	isLex := func(i int) bool { return ts[i].lex && !isNumber(ts[i].text) }
	var ds []*draft
	var cur *draft
	var pending *amount
	var pendingGroup []amount // a size said before its product
	clause := 0
	sizeMode := false
	var split float64   // "وللطرقة", "ولأوضتين": another place; its size opens a line of the same product (the places' count)
	afterSep := false   // a separator since the current draft's last word
	lastJoin := "start" // what came right before the current word: "conj", "sep", "none"
	for i := 0; i < len(ts); {
		t := ts[i]
		if t.sep {
			if t.text == ":" && i+1 < len(ts) {
				for _, d := range ds {
					if d.clause == clause {
						d.header = true
					}
				}
			}
			if t.text != "x" {
				clause++
				afterSep = true
				sizeMode = false
				lastJoin = "sep"
			}
			i++
			continue
		}
		w := t.text
		if t.neg || t.aside {
			if t.aside && t.text != "" && cur != nil && ts[i].surface != "" && perOf(ts, i) != "" {
				cur.perWord = perOf(ts, i) // "وحلق لكل باب": one for each door
			}
			lastJoin = "none"
			i++
			continue
		}
		if w == "و" {
			lastJoin = "conj"
			ts[i].used = true
			i++
			continue
		}
		if orderCues[w] && pending != nil {
			pending, pendingGroup = nil, nil // "عندي اوضة 4 في 4 عايز دولاب": a new request
		}
		if sizeCue[w] {
			sizeMode = true
			ts[i].used = true
			i++
			continue
		}
		// "كل واحدة 120 في 160": each one, not an amount of one
		if i > 0 && !ts[i-1].sep && (ts[i-1].text == "كل" || ts[i-1].surface == "كل") && eachWords[w] {
			ts[i].used = true
			i++
			continue
		}
		// money, dates, phone numbers are not amounts
		if isNumber(w) && (len(w) > 7 || i > 0 && !ts[i-1].sep && notAmountBefore[ts[i-1].text] ||
			i+1 < len(ts) && !ts[i+1].sep && notAmountAfter[ts[i+1].text]) {
			ts[i].used = true
			i++
			continue
		}
		// an amount, maybe a size "L في H"
		if a, ok := amountAt(ts, i, isLex); ok {
			group := []amount{a}
			j := a.end
			for {
				k := j
				for k < len(ts) && !ts[k].sep && dimWords[ts[k].text] {
					k++
				}
				if k < len(ts) && (dimOps[ts[k].text] && !ts[k].sep) {
					if b, ok := amountAt(ts, k+1, isLex); ok && !b.implied && !b.dozen {
						group = append(group, b)
						j = b.end
						continue
					}
				}
				// "15 متر طولي ارتفاع 3 متر", "عرض 2 متر ارتفاع 3": the next
				// side named by its dimension word, with no في between
				nameSized := cur != nil && len(group) == 1 && (a.unit == "cm" || a.unit == "m") && !afterSep &&
					r.hasNumber(cur, numString(math.Round(cm1(a)))) && r.isSize(cur, numString(math.Round(cm1(a))))
				if k > j && k < len(ts) && !ts[k].sep && dimWords[ts[k-1].text] && !nameSized {
					if b, ok := amountAt(ts, k, isLex); ok && !b.implied && !b.dozen {
						group = append(group, b)
						j = b.end
						continue
					}
				}
				j = k
				break
			}
			conj := lastJoin == "conj" || t.conj
			next := j
			for next < len(ts) && !ts[next].sep && (fillers[ts[next].text] && !ts[next].lex || pieceWords[ts[next].text]) && ts[next].text != "و" && !ts[next].conj {
				next++
			}
			// "3 متر ومعاه فرن": the و before the next product ends this one
			conjAhead := next < len(ts) && !ts[next].sep && (ts[next].text == "و" || ts[next].conj)
			// the amount opens the next item when that item's head follows
			// it directly; "4 متر وفرن" keeps the 4 metres for the kitchen.
			nextNew := !conjAhead && next < len(ts) && !ts[next].sep && ts[next].lex && !ts[next].conj &&
				(r.lx.heads[ts[next].text] || conj && r.lx.distinct[ts[next].text]) &&
				(cur == nil || !r.fits(cur, ts[next].text) || conj && len(group) == 1 && !sizeMode)
			single := len(group) == 1 && a.unit == "" && !a.dozen && a.end-a.start == 1
			// "140 سم" after a product named with 140 cm: the size that names it
			if cur != nil && len(group) == 1 && (a.unit == "cm" || a.unit == "m" || a.unit == "mm") && !afterSep {
				n := numString(math.Round(cm1(a)))
				if !(r.hasNumber(cur, n) && r.isSize(cur, n)) && r.hasNumber(cur, numString(a.val)) {
					n = numString(a.val) // "نجيلة 40 مم", "لامينيت 8 مم": the figure its name gives
				}
				if r.hasNumber(cur, n) && (r.isSize(cur, n) || a.unit == "mm" || n == numString(a.val)) {
					r.addWord(cur, n)
					if a.unit != "mm" {
						cur.sizes = append(cur.sizes, cm1(a)) // a thickness in mm names the product, no side of it
					}
					for k := i; k < j; k++ {
						ts[k].used = true
					}
					cur.end = j
					lastJoin = "none"
					i = j
					continue
				}
			}
			// "3 اوكر، واحدة دهبي واتنين اسود", "6 مصدات: 3 كروم و3 اسود":
			// a share of the count before, in a colour or a size of its own
			if head := shareHead(cur); head != nil && single && !sizeMode && a.val == math.Trunc(a.val) &&
				a.val <= headCount(head) && j < len(ts) && !ts[j].sep && (ts[j].color != "" || sizeCue[ts[j].text] ||
				isNumber(ts[j].text) && j+1 < len(ts) && dimOps[ts[j+1].text]) {
				d := &draft{start: i, end: j, setWith: -1, clause: clause, partOf: head}
				for _, w := range head.words {
					r.addWord(d, w)
				}
				aa := a
				d.pre = &aa
				ds = append(ds, d)
				cur = d
				for k := i; k < j; k++ {
					ts[k].used = true
				}
				afterSep, lastJoin = false, "none"
				i = j
				continue
			}
			// "3 حيطان", "4 مقاعد": a count of some other noun, not an amount
			if single && j < len(ts) && !ts[j].sep && ts[j].lex && ts[j].color == "" && cur != nil && !afterSep && !conj && !pieceWords[ts[j].text] &&
				!r.hasNumber(cur, numString(a.val)) && r.fits(cur, ts[j].text) && !r.lx.heads[ts[j].text] && !verbalNoun(cur.words[0]) {
				// "دولاب سحاب 3 ضلف": a count of one of its parts, not an amount
				r.addWord(cur, ts[j].text)
				ts[j].used = true
				cur.end = j + 1
				i = j + 1
				lastJoin = "none"
				continue
			}
			if single && j < len(ts) && !ts[j].sep && !ts[j].lex && ts[j].color == "" && cur != nil && (!conj || countedNouns[ts[j].text]) &&
				!strings.HasPrefix(ts[j].surface, "لل") && // "6 للقرية": six, for the village
				!r.hasNumber(cur, numString(a.val)) && // "مرتبة 160 لاوضتين": the 160 of its name

				(countedNouns[ts[j].text] || !r.known(ts[j].text) && isArabicWord(ts[j].text)) {
				ts[j].used = true
				i = j + 1
				lastJoin = "none"
				continue
			}
			// "و 2 مرتبة": a count joined by و belongs to what follows it,
			// even when that is no catalog product
			if conj && single && cur != nil && !sizeMode && !nextNew && j < len(ts) && !ts[j].sep &&
				!ts[j].lex && isArabicWord(ts[j].text) && !r.known(ts[j].text) {
				nextNew = true
			}
			for k := i; k < j; k++ {
				ts[k].used = true
			}
			// "جلد 15 متر اسود و 10 متر بني": another line of the same
			// product in another colour, not a second wall
			if conj && cur != nil && len(cur.colors) > 0 && !nextNew && j < len(ts) && !ts[j].sep &&
				ts[j].color != "" && ts[j].color != cur.colors[0] && (cur.pre != nil || len(cur.groups) > 0) {
				d := &draft{start: i, end: j, setWith: -1, clause: clause, partOf: cur.partOf}
				for _, w := range cur.words {
					r.addWord(d, w)
				}
				aa := a
				if len(group) > 1 || cur.pre == nil {
					d.groups = append(d.groups, group)
				} else {
					d.pre = &aa
				}
				ds = append(ds, d)
				cur = d
				for k := i; k < j; k++ {
					ts[k].used = true
				}
				lastJoin = "none"
				i = j
				continue
			}
			nameSize := cur != nil && len(group) > 1 && !afterSep
			for _, g := range group {
				nameSize = nameSize && r.hasNumber(cur, numString(g.val))
			}
			switch {
			case nameSize:
				// the size in the product's own name ("بورسلين 60×120"): it
				// names the product, it is not an amount
				for _, g := range group {
					r.addWord(cur, numString(g.val))
					if g.unit == "" && g.val < 10 {
						g.unit = "m" // "شمسية 3x3": metres
					}
					cur.sizes = append(cur.sizes, cm1(g))
				}
				cur.end = j
			case cur != nil && single && !conj && r.hasNumber(cur, numString(a.val)) && !afterSep:
				r.addWord(cur, numString(a.val))
				if r.isSize(cur, numString(a.val)) {
					cur.sizes = append(cur.sizes, a.val)
				}
				cur.end = j
			case single && cur != nil && !nextNew && !(j < len(ts) && !ts[j].sep && pieceWords[ts[j].text]) && r.giveSize(ds, cur, a.val):
				// a size naming an earlier item ("... مقاس 180")
			case cur == nil || nextNew:
				aa := a
				pending = &aa
				pendingGroup = nil
				if len(group) > 1 {
					pendingGroup = group
				}
			default:
				if split > 0 && len(group) > 1 && len(cur.groups) > 0 {
					// "للصالة 7 في 4.5 وللطرقة 1.2 في 6": each place its line
					d := &draft{start: i, end: j, setWith: slices.Index(ds, cur), clause: clause}
					for _, w := range cur.words {
						r.addWord(d, w)
					}
					d.colors = append(d.colors, cur.colors...)
					if split > 1 {
						d.pre = &amount{val: split, start: i, end: i}
					}
					ds = append(ds, d)
					cur = d
				}
				split = 0
				// "٣٥ حتة": a piece word after the figure makes it a count
				pieces := j < len(ts) && !ts[j].sep && pieceWords[ts[j].text]
				// "، اتنين": a number said in words is a count, whatever the unit
				word := !isNumber(ts[i].text) && a.end-a.start == 1 && a.val < 30
				if single && !sizeMode {
					if cur.pre == nil && len(cur.counts) == 0 && (a.val < 30 || pieces) && a.val == math.Trunc(a.val) && (r.unitOf(cur) == catalog.Piece || pieces || word) {
						cur.counts = append(cur.counts, a.val)
					} else {
						cur.groups = append(cur.groups, group)
					}
				} else {
					cur.groups = append(cur.groups, group)
				}
				cur.end = j
			}
			lastJoin = "none"
			i = j
			continue
		}
		if t.lex && !isNumber(w) && t.color == "" {
			split = 0
		}
		if !t.lex && cur != nil && len(cur.groups) > 0 && strings.HasPrefix(t.text, "و") && destination(t.surface) {
			split = 1
			if strings.HasSuffix(t.text, "تين") || strings.HasSuffix(t.text, "ين") && placeWords[strings.TrimSuffix(strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(t.text, "و"), "ل"), "ل"), "ين")] {
				split = 2 // "ولأوضتين": two rooms
			}
			ts[i].used = true
			i++
			continue
		}
		if t.lex && !isNumber(w) && !(t.color != "" && cur != nil && (!r.lx.heads[w] || r.offersColor(cur, w))) {
			// a model name only one product has ("الميلانو") names it after
			// و or a separator as a head noun does
			// (or after a count that و opened: "و ٦ دبل")
			head := r.lx.heads[w] || (t.conj || lastJoin == "conj" || afterSep || pending != nil) && r.lx.distinct[w]
			startNew := cur == nil || t.conj || lastJoin == "conj" || (afterSep && head) ||
				(!r.fits(cur, w) && r.lx.heads[w]) || (pending != nil && head)
			if startNew && cur != nil && !head {
				// only a head noun opens an item; "و حيطة تانية" after a
				// kitchen is one more wall of it, not a new product
				startNew = false
			}
			if startNew && cur != nil && !r.lx.heads[w] && !t.conj && lastJoin != "conj" && !afterSep && pending == nil {
				startNew = false
			}
			if startNew && (t.conj || lastJoin == "conj") && !head && cur != nil && r.fits(cur, w) {
				startNew = false // "زان وخشب": a second modifier, not a new item
			}
			if startNew && t.prep && cur != nil {
				startNew = false // "موكيت للمكتب": for the office, not an office desk
			}
			if startNew {
				d := &draft{start: i, end: i + 1, setWith: -1, clause: clause}
				if t.dual && pending == nil {
					pending = &amount{val: 2, start: i, end: i + 1}
				}
				if cur != nil && lastJoin == "none" && !afterSep && !t.conj {
					d.setWith = len(ds) - 1 // said together: "ترابيزة سفرة 6 كراسي"
				}
				if pending != nil {
					d.pre = pending
					d.start = pending.start
					if pendingGroup != nil {
						d.groups = append(d.groups, pendingGroup)
						d.pre = nil
					}
					pending, pendingGroup = nil, nil
				}
				ds = append(ds, d)
				cur = d
				afterSep = false
				sizeMode = false
			}
			r.addWord(cur, w)
			if t.fuzzy {
				cur.fuzzy = true
			}
			if t.color != "" && !r.lx.heads[w] {
				cur.colors = append(cur.colors, t.color)
			}
			ts[i].used = true
			cur.end = i + 1
			lastJoin = "none"
			i++
			continue
		}
		if t.color != "" {
			ts[i].used = true
			if cur != nil && r.lx.phrase[w] && r.fits(cur, w) {
				r.addWord(cur, w) // "حوض ستانلس": the colour also names the product
			}
			switch {
			case cur != nil && (i > 0 && allWords[prevWord(ts, i)] || i+1 < len(ts) && !ts[i+1].sep && allWords[ts[i+1].text]):
				for _, d := range ds {
					if len(d.colors) == 0 {
						d.colors = append(d.colors, t.color)
					}
				}
			case cur != nil:
				cur.colors = append(cur.colors, t.color)
				cur.end = i + 1
			}
			lastJoin = "none"
			i++
			continue
		}
		if sameWords[w] && cur != nil && i+1 < len(ts) && sameSizeWords[ts[i+1].text] && len(ds) > 1 {
			// "رخامة بنفس الطول": the size of the item before
			if prev := ds[len(ds)-2]; len(prev.groups) > 0 && len(cur.groups) == 0 {
				cur.groups = append(cur.groups, prev.groups...)
			}
			ts[i].used, ts[i+1].used = true, true
			i += 2
			continue
		}
		if sameWords[w] && cur != nil && i+1 < len(ts) && (ts[i+1].text == "لون" || ts[i+1].text == "اللون") {
			cur.sameAs = true
			ts[i].used, ts[i+1].used = true, true
			i += 2
			continue
		}
		// "سرير سنجل و مرتبة", "و 2 مرتبة": a noun the catalog lacks,
		// named after و or with its own count, is an item of its own
		counted := pending != nil && pending.end == i && !pending.implied
		// or first in a list's next entry: "سرير سنجل + مرتبة", "1- سرير\n2- مرتبة"
		afterAnd := t.conj || i > 0 && !ts[i-1].sep && ts[i-1].text == "و" ||
			i > 0 && ts[i-1].sep && listSeps[ts[i-1].text]
		attached := !afterAnd && strings.HasPrefix(t.text, "و") && utf8.RuneCountInString(t.text) >= 4
		end, ok := 0, false
		// or right after what asks for it: "عايز مرتبة سوست"
		asked := cur == nil && i > 0 && !ts[i-1].sep && orderCues[ts[i-1].text]
		if cur != nil && (afterAnd || attached) || counted || asked {
			end, ok = r.unknownNoun(ts, i, cur, attached && !counted)
		}
		if ok {
			d := &draft{start: i, end: end, setWith: -1, clause: clause, unknown: true, andOn: attached && !counted}
			if strings.HasSuffix(t.text, "تين") && utf8.RuneCountInString(t.text) >= 6 {
				d.pre = &amount{val: 2, start: i, end: i + 1} // the dual: "مرتبتين"
			}
			if counted {
				d.pre, d.start = pending, pending.start
				if pendingGroup != nil {
					d.groups, d.pre = append(d.groups, pendingGroup), nil
				}
				pending, pendingGroup = nil, nil
			}
			ds = append(ds, d)
			cur = d
			afterSep, sizeMode = false, false
			lastJoin = "none"
			i = end
			continue
		}
		if lastJoin != "conj" {
			lastJoin = "none"
		}
		i++
	}
	return ds
}

// shareOut gives the shares of a count what the whole was said with (its
// sizes and colour) and checks that they add up; when they do not the
// lines are left for a person to check.
func (r *Rules) shareOut(ds []*draft, heads map[*draft]bool) {
	for h := range heads {
		sum := 0.0
		var parts []*draft
		for _, d := range ds {
			if d.partOf == h {
				parts = append(parts, d)
				sum += headCount(d)
			}
		}
		var shared [][]amount // a size said for all of them ("كلهم 1 في 1.5")
		for _, d := range parts {
			if len(d.groups) > 0 && len(shared) == 0 {
				shared = d.groups
			}
		}
		for _, d := range parts {
			if len(d.groups) == 0 {
				d.groups = append(d.groups, h.groups...)
				if len(d.groups) == 0 && len(parts) > 1 && len(shared) > 0 && d != parts[len(parts)-1] {
					d.groups = shared
				}
			}
			d.sizes = append(d.sizes, h.sizes...)
			if sum != headCount(h) {
				d.fuzzy = true // the shares do not add up: not sure
			}
		}
	}
}

// shareHead is the draft whose count cur may share out: cur itself when it
// was said with a count and no colour yet, or the draft cur already shares.
func shareHead(cur *draft) *draft {
	switch {
	case cur == nil:
		return nil
	case cur.partOf != nil:
		return cur.partOf
	case len(cur.words) > 0 && len(cur.colors) == 0 && headCount(cur) > 1:
		return cur
	}
	return nil
}

// headCount is the count a draft was said with (0 when none).
func headCount(d *draft) float64 {
	switch {
	case d.pre != nil && d.pre.unit == "" && !d.pre.implied:
		return d.pre.val
	case d.pre != nil && d.pre.dozen:
		return d.pre.val
	case len(d.counts) > 0:
		return d.counts[0]
	}
	return 0
}

// unknownNoun reports whether token i can be the head noun of a product the
// catalog does not have: an Arabic word of three letters or more that means
// nothing to the rules, does not read as a verb or a pronoun-suffixed word,
// is no unit of time or money, and is indefinite as a thing newly ordered
// is ("و مرتبة"; "والتوصيل", "و الدفع" name the service, not goods) unless
// the item before it was said definite too ("السرير والمرتبة"). Its phrase
// (the noun and at most one describing word) must end there: at the end, a
// separator, و, a number, a colour, a catalog or known word; "و محمد اخويا
// هيستلم" goes on into a sentence and names no item.
func (r *Rules) unknownNoun(ts []token, i int, cur *draft, attached bool) (int, bool) {
	unknownWord := func(k int) bool {
		t := ts[k]
		return !t.sep && !t.lex && t.color == "" && !t.fuzzy && isArabicWord(t.text) && !r.known(t.text)
	}
	w, sf := ts[i].text, fold(ts[i].surface)
	if attached && cur != nil {
		// "ومرتبة": the و is written on the word, unless the rest reads as
		// a preposition's object ("وبسرعة", "ولحد") or a past verb ("وصلت")
		w, sf = strings.TrimPrefix(w, "و"), strings.TrimPrefix(sf, "و")
		if strings.HasPrefix(w, "ب") || strings.HasPrefix(w, "ل") || strings.HasPrefix(w, "ك") ||
			strings.HasSuffix(w, "ت") && !strings.HasSuffix(w, "ات") {
			return 0, false
		}
	}
	if !unknownWord(i) || utf8.RuneCountInString(w) < 3 || verbLike(w) || notAmountAfter[w] || fillers[w] || countedNouns[w] || serviceWords[w] || r.known(w) {
		return 0, false
	}
	if strings.HasPrefix(sf, "ال") {
		// a definite noun orders only after a definite item
		if cur == nil || cur.start >= len(ts) || !strings.HasPrefix(fold(ts[cur.start].surface), "ال") {
			return 0, false
		}
	}
	j := i + 1
	if j < len(ts) && unknownWord(j) {
		// a describing noun in ات or ة may start with ا ("اجتماعات"); an
		// imperative or a first person (ابعت، اشوف) may not
		if d := ts[j].text; verbLike(d) && !(strings.HasPrefix(d, "ا") && (strings.HasSuffix(d, "ات") || strings.HasSuffix(d, "ه")) && !verbLike(d[len("ا"):])) {
			return 0, false
		}
		j++ // one describing word: "مخدة فايبر"
	}
	return j, j >= len(ts) || ts[j].sep || !unknownWord(j)
}

func prevWord(ts []token, i int) string {
	for k := i - 1; k >= 0; k-- {
		if ts[k].sep {
			return ""
		}
		return ts[k].text
	}
	return ""
}

// isSize: the number is written as a size in cm in a fitting product's name.
func (r *Rules) isSize(d *draft, num string) bool {
	for _, p := range r.lx.postings[num] {
		if r.lx.info[p].sizes[num] {
			return true
		}
	}
	return false
}

// giveSize attaches a bare number to the most recent earlier item whose
// products name it as a size ("ترابيزة سفرة 6 كراسي ... مقاس 180").
func (r *Rules) giveSize(ds []*draft, cur *draft, v float64) bool {
	num := numString(v)
	if !r.lx.isWord(num) || r.hasNumber(cur, num) {
		return false
	}
	for k := len(ds) - 1; k >= 0; k-- {
		d := ds[k]
		if d == cur {
			continue
		}
		if r.hasNumber(d, num) {
			r.addWord(d, num)
			if r.isSize(d, num) {
				d.sizes = append(d.sizes, v)
			}
			return true
		}
	}
	return false
}

// unitOf is the unit of the draft's best product so far.
func (r *Rules) unitOf(d *draft) catalog.Unit {
	c := r.candidates(d)
	if len(c) == 0 {
		return catalog.Piece
	}
	return r.lx.products[c[0].idx].Unit
}

// finish turns drafts into items: the product, the quantity in its unit,
// the stated sizes, the colour.
func (r *Rules) finish(ts []token, ds []*draft, eachN float64) []Item {
	lx := r.lx
	keep := ds[:0:0]
	hasBody := false
	for _, d := range ds {
		if !d.header {
			hasBody = true
		}
	}
	shared := map[*draft]bool{}
	for _, d := range ds {
		if d.partOf != nil {
			shared[d.partOf] = true
		}
	}
	for _, d := range ds {
		if shared[d] {
			continue // its shares are the lines
		}
		if d.header && hasBody && d.partOf == nil {
			continue
		}
		keep = append(keep, d)
	}
	r.shareOut(ds, shared)
	var items []Item
	var prevColor string
	itemOf := map[*draft]int{}
	for _, d := range keep {
		if d.unknown {
			// not in the catalog: the line stays for the clerk or the model
			it := Item{Confidence: 0.3}
			var surf []string
			for k := d.start; k < d.end && k < len(ts); k++ {
				if !ts[k].sep {
					sf := ts[k].surface
					if d.andOn && k == d.start {
						sf = strings.TrimPrefix(sf, "و")
					}
					surf = append(surf, sf)
				}
			}
			it.Phrase = strings.Join(surf, " ")
			it.Quantity, it.DimsCM, _, _ = quantityOf(catalog.Piece, d)
			items = append(items, it)
			continue
		}
		r.nameSizes(d)
		cands := r.candidates(d)
		if len(cands) == 0 {
			continue
		}
		best := cands[0]
		// an item needs its head noun: a lone modifier (زان) names nothing
		hasHead := false
		for _, w := range d.words {
			// a colour word in a product's name ("بلاك" of "ستارة بلاك
			// اوت") is said for its colour far more often than to name it
			hasHead = hasHead || lx.colors[w] == "" && (lx.heads[w] || lx.distinct[w])
		}
		if !hasHead && best.score < 0.9 {
			continue // "عندي اوضة": a word of some name, but no product named
		}
		p := &lx.products[best.idx]
		it := Item{SKU: p.SKU, Product: p, Material: p.Material}
		var surf []string
		for k := d.start; k < d.end && k < len(ts); k++ {
			if !ts[k].sep {
				surf = append(surf, ts[k].surface)
			}
		}
		it.Phrase = strings.Join(surf, " ")
		conf := math.Min(1, best.score)
		if len(cands) == 1 || best.score-cands[1].score >= 0.2 {
			// no close rival: a short mention of a long name is still sure
			conf = math.Max(conf, 0.9)
		}
		for _, c := range cands[1:] {
			if best.score-c.score <= r.opts.AmbiguityMargin && len(it.Ambiguous) < 5 {
				it.Ambiguous = append(it.Ambiguous, Candidate{Product: &lx.products[c.idx], Score: math.Round(c.score*1000) / 1000})
			}
		}
		if len(it.Ambiguous) > 0 {
			conf *= 0.6
			// no word the customer said tells the close products apart
			it.Vague = true
			for _, c := range it.Ambiguous {
				if d.cnt[r.indexOf(c.Product)] != d.cnt[best.idx] {
					it.Vague = false
				}
			}
		}
		if d.fuzzy {
			conf *= 0.9
		}
		q, dims, qconf, missing := quantityOf(p.Unit, d)
		it.Quantity = q
		it.DimsCM = dims
		it.Missing = missing
		conf *= qconf
		// a stated colour the best product lacks but a close one offers
		// decides between them ("كرسي سفرة بيج": the one made in beige)
		if len(d.colors) > 0 && !r.offersAny(best.idx, d.colors) {
			for _, c := range cands[1:] {
				if best.score-c.score > 0.25 && d.cnt[c.idx] < d.cnt[best.idx] {
					// far behind and explaining fewer of the words said; one
					// explaining all of them only has a longer name
					continue
				}
				if r.offersAny(c.idx, d.colors) {
					// the close products are now the others, the first pick among them
					var amb []Candidate
					for _, o := range cands {
						if o.idx != c.idx && math.Abs(c.score-o.score) <= r.opts.AmbiguityMargin && r.offersAny(o.idx, d.colors) && len(amb) < 5 {
							amb = append(amb, Candidate{Product: &lx.products[o.idx], Score: math.Round(o.score*1000) / 1000})
						}
					}
					if len(it.Ambiguous) > 0 && len(amb) == 0 {
						conf /= 0.6 // the colour settled what the name left open
					}
					it.Ambiguous = amb
					best = c
					p = &lx.products[best.idx]
					it.SKU, it.Product, it.Material = p.SKU, p, p.Material
					q, dims, _, missing := quantityOf(p.Unit, d)
					it.Quantity, it.DimsCM, it.Missing = q, dims, missing
					conf *= 0.9
					break
				}
			}
		}
		if len(d.colors) > 0 && len(it.Ambiguous) > 0 && r.offersAny(best.idx, d.colors) {
			// "ديك رمادي": a close product not made in the stated colour is
			// no real alternative
			var amb []Candidate
			for _, c := range it.Ambiguous {
				if r.offersAny(r.indexOf(c.Product), d.colors) {
					amb = append(amb, c)
				}
			}
			if len(amb) == 0 {
				conf /= 0.6
			}
			it.Ambiguous = amb
		}
		if len(it.Ambiguous) == 0 {
			it.Vague = false
		}
		it.Lacks = r.lacks(ts, d, best.idx)
		it.Color = r.pickColor(best.idx, d.colors)
		if it.Color == "" && d.sameAs && prevColor != "" {
			if col, ok := r.colorFor(best.idx, wordsKey(prevColor)); ok {
				it.Color = col
			}
		}
		if it.Color == "" && d.setWith >= 0 && d.setWith < len(ds) {
			if k, ok := itemOf[ds[d.setWith]]; ok && items[k].Color != "" {
				if col, ok := r.colorFor(best.idx, wordsKey(items[k].Color)); ok && hasColor(p, col) {
					it.Color = col
				}
			}
		}
		if it.Color == "" && len(p.Colors) > 1 {
			it.Missing = append(it.Missing, "color")
		}
		if it.Color != "" {
			prevColor = it.Color
		}
		it.Confidence = math.Round(conf*1000) / 1000
		itemOf[d] = len(items)
		items = append(items, it)
	}
	// "لكل باب": as many as the doors before; "2 من كل واحد": two of each
	for _, d := range keep {
		k, ok := itemOf[d]
		if !ok || items[k].Product == nil || items[k].Product.Unit != catalog.Piece {
			continue
		}
		if d.perWord != "" {
			total := catalog.Milli(0)
			for _, e := range keep {
				if e == d {
					break
				}
				if j, ok := itemOf[e]; ok && items[j].Product.Unit == catalog.Piece && (d.perWord == "*" || e.uniq[d.perWord]) {
					total += items[j].Quantity
				}
			}
			if total > 0 {
				items[k].Quantity = catalog.Milli(int64(total) * int64(items[k].Quantity) / int64(catalog.One))
			}
		} else if eachN > 0 && headCount(d) == 0 && d.partOf == nil {
			items[k].Quantity = catalog.MilliFromFloat(eachN)
		}
	}
	// a set said together shares its colour both ways
	for _, d := range keep {
		k, ok := itemOf[d]
		if !ok || d.setWith < 0 {
			continue
		}
		if j, ok := itemOf[ds[d.setWith]]; ok && items[j].Color == "" && items[k].Color != "" {
			if col, ok := r.colorFor(r.indexOf(items[j].Product), wordsKey(items[k].Color)); ok && hasColor(items[j].Product, col) {
				items[j].Color = col
				items[j].Missing = without(items[j].Missing, "color")
			}
		}
	}
	return items
}

// nameSizes lets the sizes a customer gave choose among products whose
// names carry a size: "باب 90 في 210" or "a 90cm door" is the 90 cm door
// when the shop sells doors of 80 and 90 cm.
func (r *Rules) nameSizes(d *draft) {
	try := func(a amount) {
		if a.implied || a.dozen || a.unit == "sqm" || a.unit == "" && a.val < 10 {
			return
		}
		n := numString(math.Round(cm1(a)))
		if !d.uniq[n] && r.hasNumber(d, n) && r.isSize(d, n) {
			r.addWord(d, n)
		}
	}
	if d.pre != nil && d.pre.unit != "" {
		try(*d.pre)
	}
	if d.pre != nil && d.pre.unit == "" && !d.pre.dozen && !d.pre.implied && d.pre.val >= 30 {
		// "a 160 pocket mattress": a figure its name gives as a size in
		// cm, not 160 of them
		if n := numString(d.pre.val); r.hasNumber(d, n) && r.isSize(d, n) {
			r.addWord(d, n)
			d.sizes = append(d.sizes, d.pre.val)
			d.pre = nil
		}
	}
	for _, g := range d.groups {
		for _, a := range g {
			try(a)
		}
	}
}

// lacks lists the words the customer said of a draft (as written) that
// the chosen product does not have and that tell products apart: a
// material some product is made of, or a word naming another product of
// the same kind (the مكتب of "كرسي مكتب" when the chair found is a dining
// chair; "شمواه" when the closest sofa is leather). Colours, sizes,
// numbers and a destination ("للمكتب") are read elsewhere.
func (r *Rules) lacks(ts []token, d *draft, idx int) []string {
	info := &r.lx.info[idx]
	var out []string
	for _, u := range d.words {
		if info.all[u] || isNumber(u) || r.lx.colors[u] != "" || fillers[u] {
			continue
		}
		i := d.start
		for ; i < d.end && i < len(ts); i++ {
			if ts[i].text == u && !ts[i].sep {
				break
			}
		}
		if i >= d.end || i >= len(ts) || ts[i].prep || i > d.start && ts[i-1].prep {
			continue // not said as a word of its own, or "for the office"
		}
		if r.distinguishes(u, idx) && !slices.Contains(out, ts[i].surface) {
			out = append(out, ts[i].surface)
		}
	}
	return out
}

// distinguishes: u is the material of some product, or a word of another
// product with the same head noun as product idx.
func (r *Rules) distinguishes(u string, idx int) bool {
	head := r.lx.info[idx].head
	for _, q := range r.lx.postings[u] {
		if int(q) == idx {
			continue
		}
		if head != "" && r.lx.info[q].head == head {
			return true
		}
		if m := r.lx.products[q].Material; m != "" && slices.Contains(keysOf(m), u) {
			return true
		}
	}
	return false
}

func without(list []string, s string) []string {
	out := list[:0]
	for _, x := range list {
		if x != s {
			out = append(out, x)
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

func (r *Rules) indexOf(p *catalog.Product) int {
	if p == nil {
		return -1
	}
	if i, ok := r.lx.bySKU[p.SKU]; ok {
		return i
	}
	return -1
}

func wordsKey(s string) string { return strings.Join(keysOf(s), " ") }

// colorFor resolves a stated colour unit against a product: one of its own
// colours (exactly, or said short when only one of its colours starts so:
// "رمادي" → "رمادي فاتح"), else the catalog's name for that colour.
func (r *Rules) colorFor(idx int, u string) (string, bool) {
	if idx < 0 {
		return "", false
	}
	info := &r.lx.info[idx]
	if c, ok := info.colors[u]; ok {
		return c, true
	}
	var hit []string
	for k, c := range info.colors {
		if strings.HasPrefix(k, u+" ") {
			hit = append(hit, c)
		}
	}
	if len(hit) == 1 {
		return hit[0], true
	}
	if len(hit) > 1 {
		return "", false
	}
	if c, ok := r.lx.colors[u]; ok {
		return c, true
	}
	return "", false
}

// quantityOf reads the quantity in the product's unit and the stated sizes.
// piece: a count (before the noun, or a small number after it; دستة = 12).
// meter: the running length; "L في H" counts L; walls joined by و are
// summed. sqm: width × height. A metre or m² line with no length or area
// said misses its "size" and is less sure, whatever count it carries.
func quantityOf(unit catalog.Unit, d *draft) (catalog.Milli, []int, float64, []string) {
	conf := 1.0
	var missing []string
	var dims []int
	cm := func(a amount, other *amount) float64 {
		switch a.unit {
		case "m":
			return a.val * 100
		case "cm":
			return a.val
		case "mm":
			return a.val / 10
		case "sqm":
			return 0
		}
		// no unit: the other side's unit when it has one and this figure
		// is plausible in it, else small figures are metres
		if other != nil && other.unit == "cm" && a.val >= 10 {
			return a.val
		}
		if other != nil && other.unit == "m" && a.val < 10 {
			return a.val * 100
		}
		if a.val < 10 {
			return a.val * 100
		}
		return a.val
	}
	var runs, areas []float64
	for _, g := range d.groups {
		var sides []float64
		for k, a := range g {
			if a.implied || a.dozen {
				continue
			}
			if a.unit == "sqm" {
				areas = append(areas, a.val)
				continue
			}
			var other *amount
			for m := range g {
				if m != k && g[m].unit != "" {
					other = &g[m]
					break
				}
			}
			if other == nil && len(g) == 1 && a.unit == "" {
				// a bare figure after the product: ≥ 10 is a size in cm,
				// smaller is metres
			}
			c := cm(a, other)
			if c > 0 {
				sides = append(sides, c)
				dims = append(dims, int(math.Round(c)))
			}
		}
		if len(sides) > 0 {
			runs = append(runs, sides[0])
			if len(sides) >= 2 {
				areas = append(areas, sides[0]/100*sides[1]/100)
			}
		}
	}
	for _, s := range d.sizes {
		dims = append(dims, int(math.Round(s)))
	}
	if d.pre != nil && unit == catalog.Piece && !d.pre.implied && (d.pre.unit == "cm" || d.pre.unit == "m" || d.pre.unit == "mm") {
		dims = append(dims, int(math.Round(cm1(*d.pre)))) // "a 90 cm door": its size, not a count
	}
	count := 1.0
	switch {
	case d.pre != nil && (d.pre.unit == "" || d.pre.dozen):
		count = d.pre.val
	case len(d.counts) > 0:
		count = d.counts[0]
	}
	var q float64
	perOnly := d.pre != nil && d.pre.per // "بكام المتر": a price's unit, no length
	switch unit {
	case catalog.Meter:
		switch {
		case d.pre != nil && d.pre.unit != "" && d.pre.unit != "sqm" && !perOnly:
			q = d.pre.metres()
		case len(runs) > 0:
			for _, x := range runs {
				q += x / 100
			}
			q *= count
		default:
			// no length said ("عايز مطبخ اكريلك", "3 قماش"): the line
			// stays 1 (or the count) for the clerk to measure
			q = count
			missing = append(missing, "size")
			conf *= 0.7
		}
	case catalog.SquareMeter:
		switch {
		case d.pre != nil && d.pre.unit == "sqm" && !perOnly:
			q = d.pre.val
		case len(areas) > 0:
			for _, x := range areas {
				q += x
			}
			q *= count
		case d.pre != nil && d.pre.unit == "m" && !d.pre.implied:
			// "25 متر سيراميك": a metre of something sold by area is a
			// square metre in shop talk
			q = d.pre.val
			conf *= 0.85
		case len(runs) == 1 && len(d.groups) == 1 && len(d.groups[0]) == 1 && d.groups[0][0].unit == "m":
			q = runs[0] / 100
			conf *= 0.85
		default:
			q = count
			missing = append(missing, "size")
			conf *= 0.7
		}
	default:
		q = count
	}
	if q <= 0 || math.IsNaN(q) || math.IsInf(q, 0) || q > 1e6 {
		q, conf = 1, conf*0.5
	}
	m := catalog.MilliFromFloat(q)
	if m <= 0 {
		m = catalog.One
	}
	return m, dims, conf, missing
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// offersColor reports whether a product fitting the draft comes in colour u.
func (r *Rules) offersColor(d *draft, u string) bool {
	for _, p := range r.lx.postings[u] {
		if _, ok := r.lx.info[p].colors[u]; ok && int(d.cnt[p]) >= d.explains && d.cnt[p] > 0 {
			return true
		}
	}
	return false
}

// cm1 is a figure in cm: its unit, or cm for a bare figure.
func cm1(a amount) float64 {
	switch a.unit {
	case "m":
		return a.val * 100
	case "mm":
		return a.val / 10
	}
	return a.val
}

// pickColor chooses the line's colour among the stated ones: first one
// the product is made in ("جلد طبيعي هافان" → هافان), else the first the
// catalog knows, unless that word is part of the product's own name
// (the طبيعي of "جلد طبيعي" names the leather, it is no colour of it).
func (r *Rules) pickColor(idx int, stated []string) string {
	p := &r.lx.products[idx]
	for _, c := range stated {
		if col, ok := r.colorFor(idx, c); ok && hasColor(p, col) {
			return col
		}
	}
	for _, c := range stated {
		if r.inName(idx, c) {
			continue
		}
		if col, ok := r.colorFor(idx, c); ok {
			return col
		}
	}
	return ""
}

// inName reports whether unit u is a word of one of the product's names.
func (r *Rules) inName(idx int, u string) bool {
	for _, ph := range r.lx.info[idx].phrases {
		for _, w := range ph {
			if w == u {
				return true
			}
		}
	}
	return false
}

// offersAny reports whether product idx comes in one of the stated colours.
func (r *Rules) offersAny(idx int, colors []string) bool {
	for _, c := range colors {
		if col, ok := r.colorFor(idx, c); ok && hasColor(&r.lx.products[idx], col) {
			return true
		}
	}
	return false
}
