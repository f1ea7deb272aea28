package understand

import "strings"

// pairHad reads, after "عندي"/"عندنا" at k, two people in one word — the
// dual of a person or twins ("عندي توأم", "عندي ولدين", "عندنا بنتين",
// Franco "3andy taw2am", "I have twins"): two, and where they end; 0
// when none. Alone it counts nothing: only a later "each" makes the
// goods one for each of them (groupEach).
func pairHad(ts []token, k int) (float64, int) {
	if k >= len(ts) || ts[k].sep {
		return 0, k
	}
	w := ts[k].lowSurface()
	if personDuals[wordKey(w)] || personDuals[w] || twinWords[w] {
		return 2, k + 1
	}
	return 0, k
}

// twinWords: twins in Franco and English.
var twinWords = set("taw2am", "tawam", "taw2m", "twins")

// pairOpens: the message opens on two people in one word, its subject
// ("التوأم هيبدأوا معاكم الشهر الجاي", "الولدين عايزين …", Franco "el
// tawam", "my twins"): the order is for the two of them.
func pairOpens(ts []token, i int) (float64, int) {
	k := 0
	if apartArticles[surfaceAt(ts, k)] || surfaceAt(ts, k) == "my" || surfaceAt(ts, k) == "our" {
		k++ // "el tawam", "my twins"
	}
	if i != k {
		return 0, i
	}
	w := ts[k].lowSurface()
	if !strings.HasPrefix(w, "ال") && k == 0 && !twinWords[w] {
		return 0, i // "ولدين" alone may be goods counted; the subject is articled
	}
	return pairHad(ts, k)
}
