package arabic

import "strings"

// StripArticle removes the definite article and the particles glued before
// it from a normalised word: ال, وال, بال, كال, فال, لل ("الترابيزه" →
// "ترابيزه", "للمطبخ" → "مطبخ"). At least three letters are always left.
func StripArticle(w string) string {
	for _, p := range []string{"وال", "بال", "كال", "فال", "ال", "لل"} {
		if strings.HasPrefix(w, p) && LetterCount(w)-LetterCount(p) >= 3 {
			return w[len(p):]
		}
	}
	return w
}

// Stem is a light stemmer for normalised Egyptian Arabic product words: it
// removes the article (StripArticle), a glued conjunction و, and one
// inflectional suffix (and then a ي left behind) — the dual تين/ين, the plurals ات/ون/ين, the nisba and
// feminine endings يه/ه/ي and the dual ان — keeping at least three letters.
// It only needs to send the forms of one word to one stem on both the index
// and the query side; broken plurals (كراسي/كرسي) are left to fuzzy matching
// and the shop vocabulary. Latin words and numbers are returned unchanged.
func Stem(w string) string {
	if w == "" || !isArabicLetter([]rune(w)[0]) {
		return w
	}
	w = StripArticle(w)
	if strings.HasPrefix(w, "و") && LetterCount(w) >= 5 {
		w = StripArticle(w[len("و"):])
	}
	w = stripSuffix(w, []string{"تين", "ات", "ون", "ين", "يه", "ان", "ه", "ي"})
	// A plural or dual of a nisba word keeps its ي: كرسيين → كرسي → كرس.
	return stripSuffix(w, []string{"ي"})
}

func stripSuffix(w string, suffixes []string) string {
	for _, s := range suffixes {
		if strings.HasSuffix(w, s) && LetterCount(w)-LetterCount(s) >= 3 {
			return w[:len(w)-len(s)]
		}
	}
	return w
}

// Distance is the optimal-string-alignment edit distance between a and b in
// letters (not bytes): insertions, deletions, substitutions and swaps of two
// adjacent letters each cost 1. It stops early and returns max+1 once the
// distance must exceed max.
func Distance(a, b string, max int) int {
	var ba, bb [32]rune
	return DistanceRunes(appendRunes(ba[:0], a), appendRunes(bb[:0], b), max)
}

func appendRunes(dst []rune, s string) []rune {
	for _, r := range s {
		dst = append(dst, r)
	}
	return dst
}

// DistanceRunes is Distance on words already split into letters.
func DistanceRunes(ra, rb []rune, max int) int {
	if d := len(ra) - len(rb); d > max || -d > max {
		return max + 1
	}
	n, m := len(ra), len(rb)
	var b0, b1, b2 [33]int
	prev2, prev, cur := b0[:0], b1[:0], b2[:0]
	if m+1 > len(b0) {
		prev2, prev, cur = make([]int, 0, m+1), make([]int, 0, m+1), make([]int, 0, m+1)
	}
	prev2, prev, cur = prev2[:m+1], prev[:m+1], cur[:m+1]
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= n; i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= m; j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			v := min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				v = min(v, prev2[j-2]+1)
			}
			cur[j] = v
			rowMin = min(rowMin, v)
		}
		if rowMin > max {
			return max + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	if prev[m] > max {
		return max + 1
	}
	return prev[m]
}
