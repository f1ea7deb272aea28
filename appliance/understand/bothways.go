package understand

import (
	"regexp"
	"slices"

	"fatoora/catalog"
)

// Both ways of a one-way trip (h38k). A line the shop prices per trip
// whose name says the trip goes one way or the other — "توصيل العدة أو
// استلامها من عند العميل (للمشوار)", "Delivery to or collection from the
// site (per trip)" — is two trips when the customer asks for both: the
// goods brought and taken back ("توصلوها وتستلموها", "وصلوها ورجعوها",
// "رايح جاي", Franco "tewasalooha w testelmooha", English "delivered …
// and collected", "drop off and pick up"). A count said keeps its count.

// eitherWayName: a name of a trip one way or the other, delivering or
// collecting.
var eitherWayName = regexp.MustCompile(`(?i)توصيل[^()]*\s(?:[اأ]و|ولا)\s+(?:ال)?(?:استلام|رجوع|ترجيع)|\bdelivery\b[^()]*\bor\s+(?:collection|pick-?up|return)\b`)

// eitherWay: prod is one trip, delivering or collecting, as its name says.
func eitherWay(prod *catalog.Product) bool {
	return prod != nil && (eitherWayName.MatchString(prod.NameAr) || eitherWayName.MatchString(prod.NameEn))
}

// the customer's words of bringing the goods, of taking them back, and of
// both ways at once (on the token's lowered surface)
var (
	bringWord = regexp.MustCompile(`(?i)^(?:و)?(?:[تيهن]|هت|هي|بت)?وصل(?:و|وا|ي)?(?:ها|هالي|هالنا|هولي|هولنا|هم|لي|لنا)?$|^(?:w)?(?:t|te|ht|hat|ha)?(?:wasal|wassal|wa9al)\w*$|^(?:delivered|deliver|delivering|delivery|drop|dropped)$`)
	takeWord  = regexp.MustCompile(`(?i)^(?:و)?(?:[تيهن]|هت|بت)?(?:ستلم|رجع)(?:و|وا|ي)?(?:ها|هالي|هالنا|هولي|هولنا|هم)$|^(?:و)?(?:[تيهن]|هت|بت)?ستلم(?:و|وا|ي)?$|^(?:w)?(?:t|te|ht|hat|ha)?(?:stelm|estelm|staslem|ragga3|rage3|raga3)\w*$|^(?:collected|collect|collecting|collection|picked|pickup)$`)
	bothWays  = regexp.MustCompile(`(?i)رايح\s+جاي|ذهاب\s+و\s*(?:عوده|اياب)|rayeh\s+gay|rayh\s+gay|both\s+ways|round\s+trip|there\s+and\s+back`)
)

// bothWaysAsked: the message asks for the goods brought and taken back;
// at: the words that say so (the bringing, the taking back and when:
// "at the end", "في الآخر"), or the words of both ways at once.
func bothWaysAsked(ts []token) (at []int, ok bool) {
	bring, take := -1, -1
	for k := range ts {
		if ts[k].sep || ts[k].neg {
			continue
		}
		w := ts[k].lowSurface()
		switch {
		case bring < 0 && bringWord.MatchString(w):
			bring = k
		case take < 0 && takeWord.MatchString(w):
			take = k
		case k+1 < len(ts) && !ts[k+1].sep && bothWays.MatchString(w+" "+ts[k+1].lowSurface()):
			return []int{k, k + 1}, true
		}
	}
	if bring < 0 || take < 0 {
		return nil, false
	}
	return append([]int{bring, take}, takenWhen(ts, take)...), true
}

// takenWhen: the words of when the goods are taken back, said after the
// taking within its clause ("collected from there at the end", "ونستلمها
// في الآخر", Franco "fel akher").
func takenWhen(ts []token, take int) []int {
	for k := take + 1; k < len(ts) && k <= take+6 && !ts[k].sep; k++ {
		for _, end := range endWords {
			if n := len(end); k+n <= len(ts) && slices.EqualFunc(ts[k:k+n], end, func(t token, w string) bool { return !t.sep && t.lowSurface() == w }) {
				return []int{k, k + n - 1, k + n/2}
			}
		}
	}
	return nil
}

// the words of "at the end" of a rent
var endWords = [][]string{{"at", "the", "end"}, {"في", "الاخر"}, {"في", "النهايه"}, {"fel", "akher"}, {"fe", "el", "akher"}, {"في", "اخر", "المده"}}

// tripsBothWays counts two trips for each one-way trip line of no count
// said when the message asks for both ways, and its words of both ways
// are placed.
func tripsBothWays(ts []token, items []Item) {
	for k := range items {
		it := &items[k]
		if it.end == 0 || it.Quantity != catalog.One || !eitherWay(it.Product) {
			continue
		}
		at, ok := bothWaysAsked(ts)
		if !ok {
			return
		}
		it.Quantity = 2 * catalog.One
		for _, a := range at {
			ts[a].used = true
		}
	}
}
