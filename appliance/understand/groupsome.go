package understand

import "strings"

// groupOnlySome: the group told is background when one of them is singled
// out after it — "واحد بس" (only one), "واحد منهم" (one of them), "واحد
// … والتاني …" (one … and the other …), Franco "wa7ed bas", "wa7ed
// menhom", English "only one", "one of them" ("عندي ٣ ولاد واحد بس عايز
// الأكاديمية", "عندي ٢ أطفال، واحد في الحضانة يوم كامل والتاني نص يوم"):
// how many they are counts no line; each line keeps the count said of it.
// A group an "each" was read of stays.
func groupOnlySome(ts []token, g groupSaid) groupSaid {
	if g.n < 2 || g.applied {
		return g
	}
	for k := g.to; k < len(ts); k++ {
		if ts[k].lex && !ts[k].prep || ts[k].sep {
			continue
		}
		w := wordKey(surfaceAt(ts, k))
		next := wordKey(surfaceAt(ts, k+1))
		switch {
		case (oneOfThem[w] || oneOfThem[strings.TrimPrefix(w, "و")]) && (onlyWords[next] || ofThem[next] || otherAfter(ts, k+1)):
			return groupSaid{}
		case (w == "only" || w == "just") && next == "one":
			return groupSaid{}
		}
	}
	return g
}

// otherAfter: "the other" said after k ("والتاني", "التانية", Franco
// "w el tany", "the other").
func otherAfter(ts []token, k int) bool {
	for ; k < len(ts); k++ {
		w := wordKey(surfaceAt(ts, k))
		if otherOne[w] || otherOne[wordKey(strings.TrimPrefix(surfaceAt(ts, k), "و"))] || w == "other" && surfaceAt(ts, k-1) == "the" {
			return true
		}
	}
	return false
}

var (
	// oneOfThem: "one" said of people ("واحد", "واحدة", Franco "wa7ed").
	oneOfThem = set("واحد", "واحده", "wa7ed", "wa7da", "one")
	// ofThem: "of them" ("واحد منهم", "one of them").
	ofThem = set("منهم", "فيهم", "menhom", "menhum", "fehom", "of")
	// otherOne: "the other" of two ("التاني", "التانيه").
	otherOne = set("التاني", "التانيه", "تاني", "التانى", "eltany", "el-tany", "tany")
)
