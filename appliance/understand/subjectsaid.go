package understand

import (
	"maps"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"
)

// The variant chosen by what the message says of its subject elsewhere.
// A shop sells one service or goods in variants whose names differ by the
// thing they are for — the animal (a vet's "جرومينج قطة" and "جرومينج
// كلب", a pet shop's cat and dog food), the school stage (a tutoring
// centre's "رياضيات تالتة ثانوي" and "رياضيات إعدادي", a uniform shop's
// primary and preparatory shirts). The customer says that subject once,
// often away from the service word ("ابني في تالتة ثانوي … عايز اشتركله
// شهر رياضة", "two nights in the pet hotel for my dog Max, and a
// grooming"): it is the subject of every line that comes in those
// variants. Read from the catalog alone: a subject word is one whose
// presence splits the lines of two head nouns or more (readSubjects).

// subjectNames: per product, the keys of its Arabic and English names
// (no synonym: what the shop calls the line, not how customers ask) and
// the subject words among them, read once per catalog.
type subjectNames struct {
	once  sync.Once
	names []map[string]bool
	words map[string]bool
	// byHead: head noun → subject word → the lines of that head whose
	// names hold the word (ascending), so a line's siblings are found
	// without walking every product that says the word.
	byHead map[string]map[string][]int
}

func (lx *lexicon) subjectsRead() *subjectNames {
	lx.subjects.once.Do(lx.readSubjects)
	return &lx.subjects
}

// readSubjects reads the names' keys and the subject words: a word that
// tells variants apart by what they are for — under two head nouns or
// more, some lines of that head hold it in their names and others do not
// ("قطة"/"cat" of a vet's grooming, hotel and vaccine; "إعدادي" of a
// tutoring centre's maths, English and booklets). No head noun, figure,
// colour, measure or size word is one.
func (lx *lexicon) readSubjects() {
	s := &lx.subjects
	s.names = make([]map[string]bool, len(lx.info))
	holding := map[string]map[string]int{} // word → head → lines holding it
	perHead := map[string]int{}
	for i := range lx.info {
		ks := map[string]bool{}
		for j, ph := range lx.info[i].phrases {
			if j != 0 && j != lx.info[i].enPhrase-1 {
				continue
			}
			for _, u := range ph {
				for _, k := range lx.subjectKeys(u) {
					ks[k] = true
				}
			}
		}
		s.names[i] = ks
		h := lx.info[i].head
		perHead[h]++
		for k := range ks {
			if holding[k] == nil {
				holding[k] = map[string]int{}
			}
			holding[k][h]++
		}
	}
	s.words = map[string]bool{}
	defer s.indexByHead(lx)
	for u, hs := range holding {
		if lx.heads[u] || !lx.classWord(u) || lx.sizeUnits[u] || stopUnits[u] {
			continue
		}
		split := 0
		for h, n := range hs {
			if n < perHead[h] {
				split++
			}
		}
		if split >= 2 {
			s.words[u] = true
		}
	}
}

// indexByHead fills byHead for the subject words read.
func (s *subjectNames) indexByHead(lx *lexicon) {
	s.byHead = map[string]map[string][]int{}
	for i := range lx.info {
		h := lx.info[i].head
		for k := range s.names[i] {
			if !s.words[k] {
				continue
			}
			if s.byHead[h] == nil {
				s.byHead[h] = map[string][]int{}
			}
			s.byHead[h][k] = append(s.byHead[h][k], i)
		}
	}
}

// subjectKeys: the keys a word may stand for — its own and, written with
// the preposition ل on it ("للكلب", "للقطط"), the key of the rest as the
// shop's vocabulary reads it.
func (lx *lexicon) subjectKeys(u string) []string {
	out := []string{u}
	for _, p := range []string{"لل", "ل"} {
		if rest, ok := strings.CutPrefix(u, p); ok && utf8.RuneCountInString(rest) >= 2 {
			if ks := lx.applyRewrite(keysWithX(rest)); len(ks) == 1 && ks[0] != u {
				out = append(out, ks[0])
			}
			break
		}
	}
	return out
}

// negatedSaid: a negation cue stands before i in its clause ("مش للقطة",
// "not for the cat"): the word is set aside, no subject of the order.
func negatedSaid(ts []token, i int) bool {
	for k := i - 1; k >= 0 && !ts[k].sep; k-- {
		if negationCue(ts, k) > 0 {
			return true
		}
	}
	return false
}

// lineOptions: the products line it may be — its product and those it is
// asked between; a line with none asked also its siblings whose names
// hold a subject word said (subj) its product's lacks: the lines of the
// same head noun and unit that explain every catalog word the line said
// as its product does (lineWordsOf).
func (r *Rules) lineOptions(ts []token, it *Item, subj map[int][]string) []int {
	var out []int
	if p := r.indexOf(it.Product); p >= 0 {
		out = append(out, p)
	}
	for _, c := range it.Ambiguous {
		if q := r.indexOf(c.Product); q >= 0 && !slices.Contains(out, q) {
			out = append(out, q)
		}
	}
	if len(out) != 1 {
		return out
	}
	p := out[0]
	sn, head := r.lx.subjectsRead(), r.lx.info[p].head
	var own []string // the line's catalog words its product explains, read once
	ownRead := false
	for _, i := range slices.Sorted(maps.Keys(subj)) { // in the message's order: the same options every run
		for _, u := range subj[i] {
			if sn.names[p][u] {
				continue
			}
			for _, q := range sn.byHead[head][u] {
				if q == p || r.lx.products[q].Unit != r.lx.products[p].Unit || slices.Contains(out, q) {
					continue
				}
				if !ownRead {
					own, ownRead = r.lineWordsOf(ts, it, p), true
				}
				if !slices.ContainsFunc(own, func(w string) bool { return !r.lx.info[q].all[w] }) {
					out = append(out, q)
				}
			}
		}
	}
	return out
}

// subjectTokens: the subject words the message says, by the token that
// says them — none after a negation in its clause ("مش للقطة", "not for
// the cat").
func (r *Rules) subjectTokens(ts []token) map[int][]string {
	sn := r.lx.subjectsRead()
	var out map[int][]string
	for i, t := range ts {
		if t.sep || !t.lex && !strings.HasPrefix(t.text, "ل") {
			continue
		}
		for _, u := range r.lx.subjectKeys(t.text) {
			if sn.words[u] && !negatedSaid(ts, i) {
				if out == nil {
					out = map[int][]string{}
				}
				out[i] = append(out[i], u)
			}
		}
	}
	return out
}

// subjectsSaid: for each subject word said (subj) outside every other
// line that splits the options opts (some hold it in their names, some
// do not), the options holding it. A word right after another goods'
// head noun whose name holds it ("كوالين مغناطيسي" beside a magnetic
// stopper) names those goods, no subject.
func (r *Rules) subjectsSaid(ts []token, items []Item, k int, opts []int, subj map[int][]string) [][]int {
	sn := r.lx.subjectsRead()
	var out [][]int
	for i, us := range subj {
		for _, u := range us {
			var in []int
			for _, o := range opts {
				if sn.names[o][u] {
					in = append(in, o)
				}
			}
			if len(in) > 0 && len(in) < len(opts) {
				if !r.insideOtherLine(items, k, i) && !r.modifiesOtherGoods(ts, i, opts) {
					out = append(out, in)
				}
				break
			}
		}
	}
	return out
}

// modifiesOtherGoods: the word at i follows a head noun of goods outside
// opts whose name holds it too — a word of those goods' name.
func (r *Rules) modifiesOtherGoods(ts []token, i int, opts []int) bool {
	if i == 0 || ts[i-1].sep || !r.lx.heads[ts[i-1].text] {
		return false
	}
	sn := r.lx.subjectsRead()
	for _, p := range r.lx.postings[ts[i-1].text] {
		if !slices.Contains(opts, int(p)) && r.lx.info[p].head == ts[i-1].text && sn.names[p][ts[i].text] {
			return true
		}
	}
	return false
}

// insideOtherLine: token i is one of another line's own words.
func (r *Rules) insideOtherLine(items []Item, k, i int) bool {
	for j, o := range items {
		if j != k && o.end > 0 && i >= o.start && i < o.end-1 {
			return true
		}
	}
	return false
}

// subjectChooses gives each line that comes in variants by what they are
// for the variant whose name holds every subject the message says
// (subjectsSaid); two subjects no variant holds together ("a cat and a
// dog") choose nothing. One variant left is the line; several narrow the
// question to them.
func (r *Rules) subjectChooses(ts []token, items []Item) []Item {
	subj := r.subjectTokens(ts)
	if len(subj) == 0 {
		return items
	}
	for k := range items {
		it := &items[k]
		if it.end == 0 || len(it.Lacks) > 0 {
			continue // (a line the shop lacks a word of is offered alternatives)
		}
		opts := r.lineOptions(ts, it, subj)
		if len(opts) < 2 {
			continue
		}
		said := r.subjectsSaid(ts, items, k, opts, subj)
		if len(said) == 0 {
			continue
		}
		var fit []int
		for _, o := range opts {
			if !slices.ContainsFunc(said, func(in []int) bool { return !slices.Contains(in, o) }) && r.keepsKindSaid(ts, it, o, opts) {
				fit = append(fit, o)
			}
		}
		if len(fit) == 0 || len(fit) == len(opts) {
			continue
		}
		asked := len(it.Ambiguous) > 0
		if p := r.indexOf(it.Product); p >= 0 && !slices.Contains(fit, p) && r.ownWordChose(ts, it, p, fit[0]) {
			continue // "مصد ارضي": the line's own word chose its product
		} else if p < 0 || !slices.Contains(fit, p) {
			np := &r.lx.products[fit[0]]
			it.SKU, it.Product, it.Material = np.SKU, np, np.Material
		}
		it.Ambiguous = slices.DeleteFunc(it.Ambiguous, func(c Candidate) bool {
			q := r.indexOf(c.Product)
			return q < 0 || q == r.indexOf(it.Product) || !slices.Contains(fit, q)
		})
		if len(it.Ambiguous) == 0 {
			it.Vague = false
			if asked {
				it.Confidence = max(it.Confidence, 0.9)
			}
		}
	}
	return items
}

// ownWordChose: a word of line it's own that its product p holds and q
// lacks ("ارضي" of a floor stopper beside a magnetic one): the customer
// chose p by it, whatever subject the message says elsewhere.
func (r *Rules) ownWordChose(ts []token, it *Item, p, q int) bool {
	for i := it.start; i < it.end-1 && i < len(ts); i++ {
		if !ts[i].sep && ts[i].lex && r.lx.info[p].all[ts[i].text] && !r.lx.info[q].all[ts[i].text] {
			return true
		}
	}
	return false
}

// lineWordsOf: the catalog words of line it product p explains, its own
// words a sibling must explain too to be one of its options.
func (r *Rules) lineWordsOf(ts []token, it *Item, p int) []string {
	var out []string
	for i := it.start; i < it.end-1 && i < len(ts); i++ {
		if !ts[i].sep && ts[i].lex && r.lx.info[p].all[ts[i].text] {
			out = append(out, ts[i].text)
		}
	}
	return out
}

// keepsKindSaid: option o explains every catalog word of line it's own
// that another option explains — the kind the customer named ("مذكرة
// انجليزي": a booklet) holds, and a subject said elsewhere ("ابني في
// تالتة ثانوي") chooses only among the lines keeping it, never the stage's
// class in place of the booklet asked.
func (r *Rules) keepsKindSaid(ts []token, it *Item, o int, opts []int) bool {
	for i := it.start; i < it.end-1 && i < len(ts); i++ {
		if ts[i].sep || !ts[i].lex || r.lx.info[o].all[ts[i].text] {
			continue
		}
		if slices.ContainsFunc(opts, func(q int) bool { return r.lx.info[q].all[ts[i].text] }) {
			return false
		}
	}
	return true
}
