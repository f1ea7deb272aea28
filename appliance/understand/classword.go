package understand

import (
	"maps"
	"slices"
	"strings"
	"sync"
)

// A class axis: the catalog sells the same service in classes whose
// names differ by one word only, the same two words across several
// services (a car wash's "… ملاكي" and "… جيب/SUV" of its exterior wash,
// full wash, interior cleaning and polish; goods are no axis). The class
// is what the customer's own thing is
// (the car, the phone), so said once in a message it is the class of
// every line that comes in classes and says none of its own: "full wash
// plus wax for my SUV", "… هي ملاكي". Read from the catalog's names
// alone: no list of car models (a model named, "فيرنا", tells nothing).

// classSib: product other is this one in another class; own is the word
// only this one's name has, theirs the word only other's has.
type classSib struct {
	other       int
	own, theirs string
}

// classAxes are read once per catalog.
type classAxes struct {
	once sync.Once
	sibs map[int][]classSib
}

func (lx *lexicon) classSibs() map[int][]classSib {
	lx.axes.once.Do(func() { lx.axes.sibs = lx.readClassAxes() })
	return lx.axes.sibs
}

// doneTo: product i's Arabic name holds the thing the shop's works are
// done to — a word heading no name that the names of three head nouns or
// more hold ("العربية" of "فاميه عادي العربية كاملة", "حماية PPF للعربية
// كاملة", "إزالة الفاميه القديم (للعربية)"): a work, though stock is kept
// of what it is made with.
func (lx *lexicon) doneTo(i int) bool {
	for _, u := range lx.info[i].phrases[0] {
		if stopUnits[u] || lx.heads[u] || isNumber(u) {
			continue
		}
		heads := map[string]bool{}
		for _, p := range lx.postings[u] {
			heads[lx.info[p].head] = true
		}
		if len(heads) >= 3 {
			return true
		}
	}
	return false
}

// readClassAxes pairs the products whose Arabic names differ by one word
// each way (no figure), keeping the pairs of a word pair two products'
// pairs or more share: an axis of the catalog, never one product's odd
// name.
func (lx *lexicon) readClassAxes() map[int][]classSib {
	type pair struct{ a, b int }
	units := make([]map[string]bool, len(lx.products))
	byLen := map[int][]int{}
	for i := range lx.info {
		if len(lx.info[i].phrases) == 0 || !lx.products[i].MadeToOrder && !lx.doneTo(i) {
			continue // only services: done to the customer's own thing, whose class it is
		}
		us := map[string]bool{}
		for _, u := range lx.info[i].phrases[0] {
			if !stopUnits[u] {
				us[u] = true
			}
		}
		units[i] = us
		byLen[len(us)] = append(byLen[len(us)], i)
	}
	axes := map[[2]string][]pair{}
	for _, group := range byLen {
		if len(group) > 200 {
			continue // a catalog of thousands of one-length names: no axis read (speed)
		}
		for x, a := range group {
			for _, b := range group[x+1:] {
				var onlyA, onlyB []string
				for u := range units[a] {
					if !units[b][u] {
						onlyA = append(onlyA, u)
					}
				}
				for u := range units[b] {
					if !units[a][u] {
						onlyB = append(onlyB, u)
					}
				}
				if len(onlyA) != 1 || len(onlyB) != 1 || !lx.classWord(onlyA[0]) || !lx.classWord(onlyB[0]) ||
					lx.info[a].head != lx.info[b].head || lx.info[a].head == onlyA[0] {
					// (another head noun is other goods: "كندوز …" and "كبدة …" by the kilo)
					continue
				}
				axes[[2]string{onlyA[0], onlyB[0]}] = append(axes[[2]string{onlyA[0], onlyB[0]}], pair{a, b})
			}
		}
	}
	sibs := map[int][]classSib{}
	for ax, ps := range axes {
		if len(ps) < 2 {
			continue
		}
		for _, p := range ps {
			sibs[p.a] = append(sibs[p.a], classSib{other: p.b, own: ax[0], theirs: ax[1]})
			sibs[p.b] = append(sibs[p.b], classSib{other: p.a, own: ax[1], theirs: ax[0]})
		}
	}
	return sibs
}

// classWord: u may tell classes apart — no figure, colour, fraction or
// measure (a pack's "ربع"/"نص" kilo, a "1 لتر" can: what the goods are,
// never the customer's thing).
func (lx *lexicon) classWord(u string) bool {
	if isNumber(u) || lx.colors[u] != "" || weightUnits[u] || measureUnits[u] || measureWords[u] || pieceWords[u] {
		return false
	}
	if fs := strings.Fields(u); len(fs) > 1 && isNumber(fs[0]) && !isNumber(fs[len(fs)-1]) {
		return false // "500 gm": a weight (a vocabulary's "4x4" is a class)
	}
	if _, ok := fractionWord(u); ok {
		return false
	}
	if _, ok := unitWord(u); ok {
		return false
	}
	_, ok := numberWord(u)
	return !ok
}

// ownedSaid: the word at i is set aside as the customer's own thing,
// said after "عندي/عندنا" in its clause ("عندي عربيتين ملاكي، عايز
// افيمهم"): what they have, never a line, but its class is still said.
func ownedSaid(ts []token, i int) bool {
	for j := i; j >= 0 && !ts[j].sep; j-- {
		if haveWords[ts[j].text] || haveWords[ts[j].lowSurface()] {
			return true
		}
		if !ts[j].neg {
			return false
		}
	}
	return false
}

// classSaidOnce gives each line whose product comes in classes, and whose
// own words say no class, the class the message says elsewhere — only
// when the message says one class of that axis and no other. A line of
// nothing but the class ("، هي جيب", "el 3arabeya jeep", no count) beside
// such lines says their class: no line of its own.
func (r *Rules) classSaidOnce(ts []token, items []Item) []Item {
	sibs := r.lx.classSibs()
	if len(sibs) == 0 {
		return items
	}
	items = r.classStatements(ts, items, sibs)
	said := map[string]bool{}
	for i, t := range ts {
		if !t.sep && (!t.neg || ownedSaid(ts, i)) {
			said[t.text] = true
			if g := r.genderTwin(t.text); g != "" {
				said[g] = true // "علوي" of a name's "علوية"
			}
		}
	}
	for k := range items {
		it := &items[k]
		p := r.indexOf(it.Product)
		if p < 0 || len(sibs[p]) == 0 || it.end == 0 {
			continue
		}
		said := r.laterSizes(ts, items, k, said)
		own := map[string]bool{}
		for i := it.start; i < it.end-1 && i < len(ts); i++ {
			if !ts[i].sep {
				own[ts[i].text] = true
				if g := r.genderTwin(ts[i].text); g != "" {
					own[g] = true
				}
			}
		}
		// a word of the line's own that its product has and a sibling
		// lacks chose it ("وعلوي HPL" of "… علوية HPL"): kept
		chose := func(q int) bool {
			for u := range own {
				if r.lx.info[p].all[u] && !r.lx.info[q].all[u] {
					return true
				}
			}
			return false
		}
		// the classes of p's axes: its own word and every other word it
		// pairs with; one said, none in the line itself
		q, many := -1, false
		for _, s := range sibs[p] {
			if own[s.own] || own[s.theirs] || said[s.own] || !said[s.theirs] || chose(s.other) {
				continue
			}
			if it.plainBand && classOfOtherLine(ts, items, k, s.theirs) {
				continue // "رش مبيد لشقة ١٣٠ متر؟ ورش الجل …": the other kind is the other line's (plainbands.go)
			}
			others := slices.ContainsFunc(sibs[p], func(o classSib) bool {
				return o.own == s.own && o.theirs != s.theirs && said[o.theirs]
			})
			if others {
				many = true
				continue
			}
			if q >= 0 && q != s.other {
				many = true
			}
			q = s.other
		}
		if q < 0 || many || !slices.Equal(r.lx.products[q].Colors, it.Product.Colors) {
			continue
		}
		var theirs string
		for _, s := range sibs[p] {
			if s.other == q {
				theirs = s.theirs
			}
		}
		np := &r.lx.products[q]
		it.SKU, it.Product, it.Material = np.SKU, np, np.Material
		it.Ambiguous = slices.DeleteFunc(it.Ambiguous, func(c Candidate) bool {
			i := r.indexOf(c.Product)
			return i == q || i < 0 || !r.lx.info[i].all[theirs]
		})
		it.Lacks = slices.DeleteFunc(it.Lacks, func(w string) bool { return wordKey(w) == theirs })
		if len(it.Ambiguous) == 0 || len(it.Ambiguous) == 1 && it.Ambiguous[0].Product == np {
			// a line asked between the classes ("full wash" of a sedan or
			// an SUV) is the class said: no question left
			it.Ambiguous, it.Vague = nil, false
			it.Confidence = max(it.Confidence, 0.9)
		}
	}
	return items
}

// classStatements drops the lines that only say a class (its word, with
// no count, all else no catalog word) when another line's product comes
// in classes of that axis.
func (r *Rules) classStatements(ts []token, items []Item, sibs map[int][]classSib) []Item {
	classed := 0
	for _, it := range items {
		if len(sibs[r.indexOf(it.Product)]) > 0 {
			classed++
		}
	}
	listed := r.classesListed(ts, items, sibs)
	if classed < 2 {
		return items
	}
	at := -1 // DeleteFunc reads each line once, in order
	return slices.DeleteFunc(items, func(it Item) bool {
		if at++; listed[at] {
			return false // "… ملاكي وعربية جيب": a line of its own class
		}
		p := r.indexOf(it.Product)
		if len(sibs[p]) == 0 || it.end == 0 || slices.ContainsFunc(it.Ambiguous, func(c Candidate) bool { return len(sibs[r.indexOf(c.Product)]) == 0 }) {
			return false // (asked between classed services alike, "jeep" alone: still the class)
		}
		class := false
		for i := it.start; i < it.end-1 && i < len(ts); i++ {
			t := ts[i]
			if _, n := numberWord(t.text); n || eachWords[t.text] || isNumber(t.text) {
				return false // "واحد ملاكي وواحد جيب": counted, lines of their own
			}
			if t.sep || !t.lex {
				continue
			}
			if !slices.ContainsFunc(sibs[p], func(s classSib) bool { return s.own == t.text || s.theirs == t.text }) {
				return false
			}
			class = true
		}
		return class
	})
}

// tradeObject: u is the thing the shop's trade is done to — a word of the
// names of goods and services under three head nouns or more (a car
// wash's "عربية": "غسيل … عربية", "معطر عربية", "استلام العربية",
// "شامبو عربيات"). Said beside a service that does not name it, it is
// that service's object, nothing the service lacks. A word of a class
// axis (classSibs) is never one.
func (r *Rules) tradeObject(u string) bool {
	ps := r.lx.postings[u]
	if len(ps) < 3 || r.lx.heads[u] {
		return false
	}
	heads := map[string]bool{}
	sibs := r.lx.classSibs()
	for _, p := range ps {
		if slices.ContainsFunc(sibs[int(p)], func(s classSib) bool { return s.own == u }) {
			return false // a class ("جيب" of every SUV service): what the line may lack
		}
		heads[r.lx.info[p].head] = true
		if len(heads) >= 3 {
			return true
		}
	}
	return false
}

// laterSizes is said without the size words ("كبيرة", "صغير") said inside
// a later line whose product's names hold them: a size adjective follows
// the noun it describes ("بيتزا مشكل وفطيرة مشلتت كبيرة": the feteer is
// large, the pizza's size unsaid), never reaching back over و to the goods
// before it.
func (r *Rules) laterSizes(ts []token, items []Item, k int, said map[string]bool) map[string]bool {
	var drop []string
	for j := k + 1; j < len(items); j++ {
		q := r.indexOf(items[j].Product)
		if q < 0 || items[j].end == 0 {
			continue
		}
		for i := max(items[j].start, items[k].end); i < items[j].end-1 && i < len(ts); i++ {
			t := ts[i]
			if g := r.genderTwin(t.text); !t.sep && r.lx.sizeUnits[t.text] && (r.lx.info[q].all[t.text] || r.lx.info[q].all[g]) {
				drop = append(drop, t.text) // "كبيرة" of a name's "كبير" too
				if g != "" {
					drop = append(drop, g)
				}
			}
		}
	}
	if len(drop) == 0 {
		return said
	}
	out := maps.Clone(said)
	for _, w := range drop {
		delete(out, w)
	}
	return out
}
