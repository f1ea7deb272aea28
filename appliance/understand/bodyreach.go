package understand

import (
	"strings"
)

// A length told by the body: products priced by how far something reaches
// on the customer's body say it in their names ("سشوار شعر قصير (لحد
// الكتف)", "Blow-dry long hair (below the shoulders)", a tailor's "كم لحد
// الكوع"); the customer tells her own length with her own landmark ("لحد
// كتفي", "لحد نص ضهري", "فوق الكتف", "just above the shoulders", "down to
// my waist"). The landmarks are ordered from the head down; the catalog's
// phrase says a range of them (up to X, below X, above X), the customer's
// a point, and the one catalog phrase whose range holds that point is read
// in its place — the words the names hold, so the product is chosen as if
// the customer had written them. Nothing is read when the catalog names no
// such reach, when the customer's words are the catalog's already, or when
// the point falls in the ranges of two different phrases.

// bodyReach is a catalog name's reach phrase: its words and the range of
// points it holds (points are twice a landmark's rank, one more below it,
// one less above it).
type bodyReach struct {
	keys   []string
	lo, hi int
	latin  bool
}

// bodyMarks: landmarks of the body from the head down, by their stems
// (normalised, no article, no possessive).
var bodyMarks = map[string]int{
	"ودن": 1, "اذن": 1, "ودان": 1, "ear": 1, "ears": 1, "widn": 1,
	"دقن": 2, "ذقن": 2, "chin": 2, "da2n": 2,
	"رقبه": 3, "neck": 3, "ra2aba": 3, "ra2abt": 3,
	"كتف": 4, "كتاف": 4, "اكتاف": 4, "shoulder": 4, "shoulders": 4, "ketf": 4, "kitf": 4, "ektaf": 4, "ketaf": 4,
	"صدر": 5, "chest": 5, "sedr": 5,
	"كوع": 5, "elbow": 5, "ko3": 5,
	"ضهر": 6, "ظهر": 6, "back": 6, "dahr": 6, "da7r": 6,
	"وسط": 7, "خصر": 7, "waist": 7, "wesṭ": 7, "west": 7,
	"رسغ": 7, "wrist": 7, "rosgh": 7,
	"ورك": 8, "hip": 8, "hips": 8,
	"ركبه": 9, "knee": 9, "knees": 9, "rokba": 9,
}

// Reach words before a landmark: up to it, below (past) it, above it.
var (
	reachTo    = set("لحد", "لغايه", "حتي", "حتى", "الي", "to", "till", "until", "le7ad", "l7ad", "la7ad", "lehad", "le7d", "l7d")
	reachBelow = set("تحت", "بعد", "below", "under", "past", "beyond", "ta7t", "ba3d")
	reachAbove = set("فوق", "above", "fo2", "foo2", "fou2")
)

// reachFillers may stand between a reach word and its landmark: the
// article or a possessive written apart, "نص" (the middle of: "لحد نص
// ضهري" is still the back).
var reachFillers = set("the", "my", "el", "ال", "نص", "mid", "middle", "half", "nos", "nus")

// landmarkRank is the rank of a landmark said as w ("كتفي", "الكتف",
// "رقبتي", "shoulders", "ketfy"), 0 when w is none.
func landmarkRank(w string) int {
	w = strings.TrimPrefix(w, "ال")
	if n := bodyMarks[w]; n > 0 {
		return n
	}
	for _, suf := range []string{"ي", "ى", "y", "i", "na", "ya"} {
		st, ok := strings.CutSuffix(w, suf)
		if !ok || len([]rune(st)) < 2 {
			continue
		}
		if n := bodyMarks[st]; n > 0 {
			return n
		}
		if t, ok := strings.CutSuffix(st, "ت"); ok && bodyMarks[t+"ه"] > 0 {
			return bodyMarks[t+"ه"] // "رقبتي": the ة before the possessive
		}
	}
	return 0
}

// reachAt reads a reach from ks[i] on: its point and the index after its
// landmark, ok false when none starts there. A reach word glued to ل
// ("لكتفي", "للضهر", "لنص ضهري") reaches to.
func reachAt(ks []string, i int) (point, end int, ok bool) {
	w := ks[i]
	kind := 0 // 0 to, 1 below, -1 above
	j := i + 1
	switch {
	case reachTo[w]:
	case reachBelow[w]:
		kind = 1
	case reachAbove[w]:
		kind = -1
	case w == "up" && i+1 < len(ks) && ks[i+1] == "to":
		j = i + 2
	default:
		st, glued := strings.CutPrefix(w, "ل")
		if !glued || !isArabicWord(w) {
			return 0, i, false
		}
		if n := landmarkRank(st); n > 0 {
			return 2 * n, i + 1, true
		}
		if !reachFillers[st] {
			return 0, i, false
		}
	}
	for j < len(ks) && j <= i+3 && reachFillers[ks[j]] {
		j++
	}
	if j >= len(ks) {
		return 0, i, false
	}
	n := landmarkRank(ks[j])
	if n == 0 {
		return 0, i, false
	}
	return 2*n + kind, j + 1, true
}

// bodyReaches are the reach phrases the catalog's names hold.
func bodyReaches(lx *lexicon) []bodyReach {
	var out []bodyReach
	seen := map[string]bool{}
	for i := range lx.products {
		p := &lx.products[i]
		for _, name := range []string{p.NameAr, p.NameEn} {
			ks := keysOf(strings.ToLower(name))
			for k := 0; k < len(ks); k++ {
				point, end, ok := reachAt(ks, k)
				if !ok {
					continue
				}
				lo, hi := -1000, point // up to it, or above it
				if reachBelow[ks[k]] {
					lo, hi = point, 1000
				}
				key := strings.Join(ks[k:end], " ")
				if !seen[key] {
					seen[key] = true
					out = append(out, bodyReach{keys: ks[k:end], lo: lo, hi: hi, latin: isLatinWord(ks[k])})
				}
				k = end - 1 // ("up to the shoulders" holds no other "to the shoulders")
			}
		}
	}
	return out
}

// reachFor is the catalog phrase whose range holds point — the narrowest
// ("لحد الكوع" before "لحد الرسغ" for an elbow), in the customer's letters
// when the catalog has such; ok false when none, or two phrases of one
// width hold it.
func reachFor(rs []bodyReach, point int, latin bool) ([]string, bool) {
	var got []string
	width, tie := 0, false
	for pass := 0; pass < 2 && got == nil; pass++ {
		want := latin
		if pass == 1 {
			want = !latin // the catalog says it only in the other letters
		}
		for _, b := range rs {
			if b.latin != want || point < b.lo || point > b.hi {
				continue
			}
			switch w := b.hi - b.lo; {
			case got == nil || w < width:
				got, width, tie = b.keys, w, false
			case w == width && strings.Join(got, " ") != strings.Join(b.keys, " "):
				tie = true
			}
		}
	}
	return got, got != nil && !tie
}

// bodyReachSaid reads the customer's reach in the catalog's words: the
// tokens from the reach word to the landmark become the catalog phrase's
// words, the first carrying all the customer wrote, the rest none.
func (r *Rules) bodyReachSaid(raw []token) []token {
	rs := r.lx.reaches
	if len(rs) == 0 {
		return raw
	}
	var out []token
	for i := 0; i < len(raw); i++ {
		ks := make([]string, 0, 5)
		for k := i; k < len(raw) && k < i+5 && !raw[k].sep; k++ {
			ks = append(ks, wordKey(lower(raw[k].surface)))
		}
		if len(ks) == 0 {
			out = append(out, raw[i])
			continue
		}
		point, end, ok := reachAt(ks, 0)
		if !ok {
			out = append(out, raw[i])
			continue
		}
		keys, ok := reachFor(rs, point, isLatinWord(ks[0]))
		if !ok || strings.Join(keys, " ") == strings.Join(ks[:end], " ") {
			out = append(out, raw[i])
			continue
		}
		var sf []string
		for k := i; k < i+end; k++ {
			sf = append(sf, raw[k].surface)
		}
		for k, w := range keys {
			t := raw[i]
			t.text, t.surface = w, ""
			if k == 0 {
				t.surface = strings.Join(sf, " ")
			}
			out = append(out, t)
		}
		i += end - 1
	}
	return out
}
