package understand

import (
	"math"
	"slices"
	"strconv"
	"strings"

	"fatoora/catalog"
)

// A set sold whole counted in its pieces: "i want 12 passport photos" of
// "صور باسبور (طقم 12 صورة)" beside "(طقم 6 صور)" is one set of twelve,
// never six-photo sets twelve times over.

// setSize is how many pieces one product p sold as a set holds, as its
// names say: a set word, the figure and a word of the goods in brackets
// ("(طقم 6 صور)", "(set of 6)"), or English "set of N" ("Passport photos
// set of 12"); 0 when p is no such set.
func setSize(p *catalog.Product) int {
	for _, name := range []string{p.NameAr, p.NameEn} {
		for _, m := range bracketed.FindAllStringSubmatch(name, -1) {
			if n := setSaid(keysOf(m[1])); n > 0 {
				return n
			}
		}
		if n := setSaid(keysOf(bracketed.ReplaceAllString(name, " "))); n > 0 {
			return n
		}
	}
	return 0
}

// setSizeOf is setSize(p), kept with the catalog for p one of its
// products (read at the first line that asks; two goroutines may both
// read it, alike).
func (lx *lexicon) setSizeOf(p *catalog.Product) int {
	i, ok := lx.bySKU[p.SKU]
	if !ok || &lx.products[i] != p {
		return setSize(p)
	}
	f := lx.facts(i)
	if n := f.set.Load(); n > 0 {
		return int(n) - 1
	}
	n := setSize(p)
	if n >= 0 && n < math.MaxInt32 {
		f.set.Store(int32(n) + 1)
	}
	return n
}

// setSaid reads "طقم N word" or "set of N" in ks.
func setSaid(ks []string) int {
	for i, k := range ks {
		if !setWords[k] {
			continue
		}
		j := i + 1
		if j < len(ks) && ks[j] == "of" {
			j++
		}
		if j >= len(ks) {
			continue
		}
		n, err := strconv.Atoi(ks[j])
		if err != nil || n < 2 {
			continue
		}
		if j+1 < len(ks) {
			if _, measure := unitWord(ks[j+1]); measure || measureWords[ks[j+1]] || weightUnits[ks[j+1]] || isNumber(ks[j+1]) {
				continue // "طقم 2 لتر"
			}
		}
		return n
	}
	return 0
}

// setPieces reads a count said in the goods' own word of goods the shop
// sells only as sets ("١٢ صورة باسبور", "6 passport photos", no set word
// said) as the pieces: the one set that holds that many is the line, one
// of it; a count no set holds is a clerk's question (never that many
// sets).
func (r *Rules) setPieces(items []Item) {
	for k := range items {
		it := &items[k]
		if it.Quantity < 2*catalog.One || it.Quantity%catalog.One != 0 {
			continue
		}
		q := int(it.Quantity / catalog.One)
		if slices.Contains(it.Missing, "count") {
			continue
		}
		var fam []int // the sets the line may be
		var cands []*catalog.Product
		if it.Product != nil {
			cands = append(cands, it.Product)
		}
		for _, c := range it.Ambiguous {
			cands = append(cands, c.Product)
		}
		for _, p := range cands {
			idx, ok := r.lx.bySKU[p.SKU]
			if !ok || p.Unit != catalog.Piece || r.lx.setSizeOf(p) == 0 {
				fam = nil
				break
			}
			for _, i := range r.setSiblings(idx) {
				if !slices.Contains(fam, i) {
					fam = append(fam, i)
				}
			}
		}
		if len(fam) == 0 {
			continue
		}
		// the count said in the goods' own word, no set's nor pack's
		ws := strings.Fields(it.Phrase)
		at := countWordAt(ws, q)
		if at < 0 || at+1 >= len(ws) {
			continue
		}
		said := wordKey(lower(ws[at+1]))
		if setWords[said] || pieceWords[said] || containerWords[said] || packWordSaid(said) || isNumber(said) ||
			slices.ContainsFunc(ws, func(w string) bool { return setWords[wordKey(lower(w))] }) {
			continue
		}
		if !slices.ContainsFunc(fam, func(i int) bool {
			p := &r.lx.products[i]
			return namedBy(p.NameAr, said, false) || namedBy(p.NameEn, said, false) || r.lx.isWord(r.vocabWord(said))
		}) {
			continue
		}
		var hold []int
		for _, i := range fam {
			if r.lx.setSizeOf(&r.lx.products[i]) == q {
				hold = append(hold, i)
			}
		}
		if len(hold) == 1 {
			p := &r.lx.products[hold[0]]
			it.Product, it.SKU, it.Quantity = p, p.SKU, catalog.One
			if len(it.Ambiguous) > 0 {
				// the count told the sets apart
				it.Vague, it.Ambiguous = false, nil
				it.Confidence = math.Min(1, math.Round(it.Confidence/0.6*1000)/1000)
			}
			continue
		}
		if len(hold) == 0 {
			it.Confidence = math.Round(it.Confidence*500) / 1000
			if !slices.Contains(it.Missing, "count") {
				it.Missing = append(it.Missing, "count")
			}
		}
	}
}

// setSiblings: product idx and the other sets the catalog sells under the
// same name outside brackets ("صور باسبور (طقم 6 صور)" and "(طقم 12
// صورة)").
func (r *Rules) setSiblings(idx int) []int {
	base := func(p *catalog.Product) string {
		return strings.Join(keysOf(bracketed.ReplaceAllString(p.NameAr, " ")), " ")
	}
	b := base(&r.lx.products[idx])
	fam := []int{idx}
	if b == "" {
		return fam
	}
	for i := range r.lx.products {
		p := &r.lx.products[i]
		if i != idx && p.Unit == catalog.Piece && r.lx.setSizeOf(p) > 0 && base(p) == b {
			fam = append(fam, i)
		}
	}
	return fam
}

// packHalfWords say "and a half" after a word ("كرتونة ونص", "tray and a
// half": the last word of the English).
var packHalfWords = set("ونص", "ونصف", "wnos", "wenos", "w-nos")

// packAndHalf: a pack and a half of goods sold by the piece ("كرتونة ونص
// ويت فود", "طبق ونص بيض", "كرتونتين ونص") read as a whole count dropped
// the half: how many is a clerk's question, never one pack in silence. A
// figure or a measure before the half ("٢ ونص", "كيلو ونص", "دستة ونص")
// is a count read elsewhere.
func (r *Rules) packAndHalf(items []Item) {
	for k := range items {
		it := &items[k]
		if it.Quantity < catalog.One || it.Quantity%catalog.One != 0 || slices.Contains(it.Missing, "count") {
			continue
		}
		if it.Product != nil && it.Product.Unit != catalog.Piece {
			continue
		}
		ws := strings.Fields(lower(it.Phrase))
		half := false
		for i := 1; i < len(ws) && !half; i++ {
			w, before := wordKey(ws[i]), wordKey(ws[i-1])
			next := i + 1
			switch {
			case packHalfWords[w]:
			case (w == "و" || w == "w") && i+1 < len(ws) && (wordKey(ws[i+1]) == "نص" || ws[i+1] == "nos"):
				next = i + 2
			case w == "and" && i+2 < len(ws) && ws[i+1] == "a" && ws[i+2] == "half":
				next = i + 3
			default:
				continue
			}
			if next < len(ws) {
				// "لوز ونص كيلو سوداني": half a kilo of the next goods
				a := wordKey(ws[next])
				if _, measure := unitWord(a); measure || measureWords[a] || weightUnits[a] || isNumber(a) || a == "of" && next+1 < len(ws) && weightUnits[ws[next+1]] {
					continue
				}
			}
			if _, measure := unitWord(before); measure || isNumber(before) || isNumberWord(before) || measureWords[before] ||
				weightUnits[before] || dozenWords[before] > 0 {
				continue
			}
			if _, ok := numberWord(before); ok {
				continue
			}
			half = true
		}
		if half {
			it.Confidence = math.Round(it.Confidence*500) / 1000
			it.Missing = append(it.Missing, "count")
		}
	}
}
