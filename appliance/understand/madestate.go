package understand

import (
	"slices"
	"strings"
	"unicode/utf8"

	"fatoora/catalog"
)

// A service said as the state of counted goods (branch h34a): the passive
// participle of the work's own root after the goods ("٢ كيلو بوري مشوي",
// "٣ قمصان مكويين", "٢ كيس لحمة مفرومة", Franco "mashwy", "mafroma",
// English "grilled", "minced") tells what each of them is to be: the work
// done to every piece or pack, their count. The participles are read from
// the catalog's own names — the first word of a work kept in no stock,
// its root and the participle's shapes — never from a list of a shop's
// words.

// participleRoots: the three root letters of a work's head noun said as
// its verbal noun: تفعيل and فعالة (workRoot: تنضيف → نضف, طباعة → طبع),
// فعيل and فعال (غسيل → غسل, دهان → دهن), a bare three-letter فعل (فرم,
// شوي, قلي), and a two-letter one as its root is said: a weak second
// letter's (كي → كوي) or a doubled one's (رش → رشش, قص → قصص).
func participleRoots(h string) []string {
	if root := workRoot(h); root != "" {
		return []string{root}
	}
	rs := []rune(h)
	if !isArabicWord(h) {
		return nil
	}
	switch len(rs) {
	case 4:
		if rs[2] == 'ي' || rs[2] == 'ا' {
			return []string{string([]rune{rs[0], rs[1], rs[3]})}
		}
	case 3:
		if !strings.ContainsRune("اىءه", rs[0]) && rs[1] != 'ا' {
			return []string{h}
		}
	case 2:
		if rs[1] == 'ي' {
			return []string{string([]rune{rs[0], 'و', 'ي'})}
		}
		return []string{string([]rune{rs[0], rs[1], rs[1]})}
	}
	return nil
}

// participleStems: the shapes of the passive participle of root abc as
// Egyptian says it, without its endings: مفعول (مطبوع، مفروم، مغسول), the
// weak last letter's مفعي (مشوي، مقلي، مكوي), and the مت of the passive's
// participle (متنضف، متشرح، متشوي), and a strong root's فعيل, the
// adjective of the state the work leaves ("بلطي نضيف": cleaned, h35g).
// A فعيل that is the work's own noun or another catalog word ("غسيل")
// is never read so (madeStates, madeWork).
func participleStems(root string) []string {
	rs := []rune(root)
	if len(rs) != 3 {
		return nil
	}
	a, b, c := string(rs[0]), string(rs[1]), string(rs[2])
	if c == "ي" || c == "و" || c == "ى" {
		return []string{"م" + a + b + "ي", "مت" + a + b + "ي"}
	}
	return []string{"م" + a + b + "و" + c, "مت" + a + b + c, a + b + "ي" + c}
}

// participleEnds: the participle's endings: none, the feminine, the
// plural (مشويين، مطبوعين، مفرومة).
var participleEnds = []string{"", "ه", "ة", "ين", "ات"}

// madeStates: the participles of the works the shop sells (madeOf, made
// latin), from the first word of each name of a product kept in no stock.
func (lx *lexicon) madeStates() {
	lx.madeOf = map[string]string{}
	lx.madeLatin = map[string]string{}
	lx.madeMt = map[string]bool{}
	lx.madeWithout = map[int]map[string]bool{}
	for i := range lx.products {
		// "تيشيرت قطن سادة (من غير طباعة)": the work the name says the
		// goods come without
		ks := keysOf(lx.products[i].NameAr)
		for k := 0; k+1 < len(ks); k++ {
			if !withoutWords[ks[k]] && !(ks[k] == "من" && ks[k+1] == "غير") {
				continue
			}
			if ks[k] == "من" {
				k++
			}
			u := ks[k+1]
			if v, ok := lx.rewrite[u]; ok && !strings.Contains(v, " ") {
				u = v
			}
			if lx.madeWithout[i] == nil {
				lx.madeWithout[i] = map[string]bool{}
			}
			lx.madeWithout[i][u] = true
		}
	}
	lx.nameHeads(func(p *catalog.Product, k string) {
		if !p.MadeToOrder {
			return
		}
		h := k
		if u, ok := lx.rewrite[k]; ok && !strings.Contains(u, " ") {
			h = u
		}
		if !lx.heads[h] {
			return
		}
		for _, root := range participleRoots(k) {
			for _, st := range participleStems(root) {
				if st == k || st == h {
					continue // "غسيل": the work's own noun, no state
				}
				for _, end := range participleEnds {
					onlyOne(lx.madeOf, st+end, h)
				}
				if ls := latinSkeleton(st); utf8.RuneCountInString(root) == 3 && len(ls) >= 2 {
					if strings.HasSuffix(st, "وي") {
						ls += "w" // "mashwy": the و Franco writes, never "mashy" (ماشي)
					}
					onlyOne(lx.madeLatin, ls, h)
					if strings.HasPrefix(st, "مت") {
						lx.madeMt[ls] = true
					}
				}
			}
		}
	})
}

// francoMadeEnds: the participle's endings as Franco writes them, the
// plural and feminine ("mafroma", "maghsoolin", "ma2leya", "makwyeen"),
// longest first; one with y (or a word ending in y or i: "mashwy") is a
// weak root's, whose consonants alone are too few to tell it.
var francoMadeEnds = []string{"yeen", "yin", "een", "eya", "iya", "yah", "ya", "in", "ah", "at", "a"}

// madeWork: the word at ts[i] is a participle of a work the shop sells,
// said as the state of goods ("مشوي", "متنضفين", Franco "mafroma",
// English "grilled"): the work's head, and whether it stands for it.
// A word the catalog knows is the work only when it already reads as
// that head ("مقلي" the vocabulary groups with قلي).
func (r *Rules) madeWork(ts []token, i int) (string, bool) {
	t := ts[i]
	if t.sep {
		return "", false
	}
	sf := t.lowSurface()
	w := strings.TrimPrefix(sf, "و")
	if i+1 < len(ts) && !ts[i+1].sep && (isNumber(ts[i+1].text) || isNumberWord(ts[i+1].text)) {
		return "", false // "مقصوصة ٢ متر في ٦٠": the goods cut to a size, their measure
	}
	if i == 0 || ts[i-1].sep {
		return "", false
	}
	if pv := ts[i-1]; !pv.made && pv.color == "" && (!r.lx.isWord(pv.text) || isNumber(pv.text)) && !(pv.text == "و" || pv.lowSurface() == "and") {
		return "", false // "كراتين مقاس خاص ٧٠×٥٠×٢٠ مطبوعة": the state of goods the catalog does not name
	}
	if isArabicWord(w) {
		h := r.lx.madeOf[w]
		if h == "" {
			return "", false
		}
		if r.known(t.text) && t.text != h {
			return "", false
		}
		return h, true
	}
	if !isLatinWord(sf) || len(sf) < 4 {
		return "", false
	}
	if h, ok := r.englishMade(sf); ok {
		if r.known(t.text) && t.text != h {
			if r.workNamedEn(t.text, h) {
				return t.text, true // "cleaned" the vocabulary reads as تنضيف
			}
			return "", false
		}
		return h, true
	}
	if h, ok := r.englishMade(sf + "ed"); ok && r.known(t.text) && (t.text == h || r.workNamedEn(t.text, h)) {
		// "clean": the adjective of the state the work leaves, when the
		// shop's vocabulary reads it as that work
		if t.text != h {
			h = t.text
		}
		return h, true
	}
	if sf[0] != 'm' {
		return "", false
	}
	base, weak := sf, false
	for _, e := range francoMadeEnds {
		if st, ok := strings.CutSuffix(sf, e); ok && len(st) >= 3 {
			base, weak = st, strings.Contains(e, "y")
			break
		}
	}
	weak = weak || strings.HasSuffix(base, "y") || strings.HasSuffix(base, "i")
	ls := francoSkeleton(base)
	if weak && strings.HasSuffix(strings.TrimRight(base, "aeiouy"), "w") {
		ls += "w" // "mashwy", "mashweya", never "mashy" (ماشي)
	}
	h := r.lx.madeLatin[ls]
	if h == "" || len(ls) < 4 && !weak || t.lex && t.text != h {
		return "", false // a word the catalog spells so is its own
	}
	if !weak && !r.lx.madeMt[ls] && !mafool(sf) {
		return "", false // "moftah", "matba5": a مفعال or مفعل noun, no مفعول
	}
	return h, true
}

// englishMade: an English past participle whose -ing noun heads the
// English name of a work kept in no stock ("grilled" of "Grilling …",
// "fried" of "Frying", "minced" of "Mincing", "ironed" of "Steam
// ironing"): the work's unit.
func (r *Rules) englishMade(w string) (string, bool) {
	st, ok := strings.CutSuffix(w, "ed")
	if !ok || len(st) < 2 {
		return "", false
	}
	ns := []string{st + "ing"}
	if y, ok := strings.CutSuffix(st, "i"); ok {
		ns = append(ns, y+"ying") // fried → frying
	}
	for _, n := range ns {
		u := n
		if v, ok := r.lx.rewrite[n]; ok && !strings.Contains(v, " ") {
			u = v
		}
		for _, p := range r.lx.postings[u] {
			if r.lx.products[p].MadeToOrder && slices.Contains(keysOf(r.lx.products[p].NameEn), n) {
				return u, true
			}
		}
	}
	return "", false
}

// statedPerPiece: a work kept in no stock said as its participle right
// after counted goods ("٢ كيلو بوري مشوي", "٣ قمصان مكويين", "4 packs
// of veal, minced"), or after another such participle of the same goods
// ("متنضف ومتشرح"), is done to each of those goods: their count, never
// one. A work said by its noun beside them ("والتوصيل", "وتركيب") keeps
// what the other passes give it (servicePerPiece, forThem).
func (r *Rules) statedPerPiece(ts []token, keep []*draft, items []Item, itemOf map[*draft]int) {
	goods := -1 // the goods line the participles after it describe
	for n, d := range keep {
		k, ok := itemOf[d]
		if !ok || k >= len(items) {
			goods = -1
			continue
		}
		it := &items[k]
		p := it.Product
		if d.start >= len(ts) || !ts[d.start].made || p == nil || !p.MadeToOrder || p.Unit != catalog.Piece || n == 0 || !joinedAfter(ts, keep[n-1], d) {
			goods = k
			continue
		}
		g := goods
		if g < 0 || g >= len(items) || items[g].Product == nil || items[g].Product == p || items[g].Product.Unit != catalog.Piece || r.isService(items[g].Product) ||
			items[g].Product.MadeToOrder && ts[keep[n-1].start].made {
			goods = -1
			continue
		}
		if it.Quantity == catalog.One && !it.ofGoods && d.pre == nil && len(d.counts) == 0 && len(d.groups) == 0 && items[g].Quantity > catalog.One {
			it.Quantity, it.ofGoods = items[g].Quantity, true
		}
		// goods stays: "متنضف ومتشرح" are both of the same goods
	}
}

// joinedAfter: draft d follows draft e in the same clause, nothing
// between them but و.
func joinedAfter(ts []token, e, d *draft) bool {
	if e.end > d.start {
		return false
	}
	for k := e.end; k < d.start && k < len(ts); k++ {
		if ts[k].sep || ts[k].text != "و" && ts[k].lowSurface() != "w" && ts[k].lowSurface() != "and" {
			return false
		}
	}
	return true
}

// mafool: a Franco word spelt as the مفعول participle, its long o or u
// before the last root letter ("mafroom", "mafroma", "matboo3een",
// "maghsoula"), never a noun of the same consonants ("moftah" مفتاح).
func mafool(w string) bool {
	for _, e := range []string{"een", "in", "ah", "at", "a"} {
		if st, ok := strings.CutSuffix(w, e); ok && len(st) >= 4 {
			w = st
			break
		}
	}
	w = strings.TrimRight(w, "aeiy")
	if len(w) < 3 {
		return false
	}
	w = w[:len(w)-1] // the last root letter
	return strings.HasSuffix(w, "o") || strings.HasSuffix(w, "u")
}

// withoutWords: a name's "without" before the work it leaves out
// ("بدون طباعة"); "من غير" is read as two words.
var withoutWords = set("بدون")

// bestWithout: the best product draft d reads as says in its name that it
// comes without u ("(من غير طباعة)"): a participle of that work after it
// is the work's own line, never a word of the goods.
func (r *Rules) bestWithout(d *draft, u string) bool {
	c := r.candidatesRead(d)
	return len(c) > 0 && r.lx.madeWithout[c[0].idx][u]
}

// allWithout: every product draft d reads as best, tied, says in its name
// that it comes without u: a work of its own, never a variant's word
// ("نسخة مفتاح … بدون شريحة" beside "… بشريحة": the chip chooses the key).
func (r *Rules) allWithout(d *draft, u string) bool {
	c := r.candidatesRead(d)
	if len(c) == 0 {
		return false
	}
	for _, s := range c {
		if s.score < c[0].score {
			break
		}
		if !r.lx.madeWithout[s.idx][u] {
			return false
		}
	}
	return true
}

// workNamedEn: u, a word the vocabulary reads a customer's word as, heads
// the Arabic name of a work kept in no stock whose English name the -ing
// noun en heads ("تنضيف" of "Cleaning …").
func (r *Rules) workNamedEn(u, en string) bool {
	if !r.lx.heads[u] {
		return false
	}
	for _, p := range r.lx.postings[u] {
		q := &r.lx.products[p]
		if q.MadeToOrder && r.lx.info[p].head == u && slices.Contains(keysOf(q.NameEn), en) {
			return true
		}
	}
	return false
}
