package understand

import "strings"

// repeatAsked: an earlier order asked for again — "نفس الطلب بتاع المرة
// اللي فاتت", "زي ما خدت الشهر اللي فات بس الضعف", "عايز نفس الاوردر
// بتاع الشهر اللي فات", "زي المرة اللي فاتت", Franco "nafs el order bta3
// el marra elly fatet", English "same order as last time", "repeat my last
// order". The box cannot see that order from the message alone: a
// question for staff (Result.Service), never a greeting nor a complaint.
// Read only where no goods are named and no defect is said (the caller
// checks both): "زي اللي خدتها … عايز ٢" names its goods. The cue's
// words are placed and returned as written ("" when none).
func repeatAsked(ts []token) string {
	word := func(k int) string { return keyAt(ts, k) }
	past := false // a time before said: "اللي فات(ت)", "الماضي", "last time"
	for k := range ts {
		switch w := word(k); {
		case w == "فات" || w == "فاتت" || w == "fat" || w == "fatet" || w == "fatt":
			past = past || k > 0 && !ts[k-1].sep && relativeWords[word(k-1)]
		case w == "الماضي" || w == "الماضيه" || w == "last" || w == "previous" || w == "earlier":
			past = true
		case (w == "اخر" || w == "akher") && (word(k+1) == "مره" || word(k+1) == "marra" || word(k+1) == "mara" || word(k+1) == "طلب" || word(k+1) == "اوردر"):
			past = true // "آخر مرة", "آخر طلب"
		}
	}
	for i := range ts {
		w, next := word(i), word(i+1)
		if missingNot[word(i-1)] {
			continue // "جت مش زي ما طلبت": not as ordered, a discrepancy
		}
		n := 0
		switch {
		case sameAsWords[w] && earlierOrders[strings.TrimPrefix(strings.TrimPrefix(next, "ال"), "el")] && past:
			n = 2 // "نفس الطلب … اللي فات", "same order as last time"
		case sameAsWords[w] && (next == "el" || next == "the") && earlierOrders[word(i+2)] && past:
			n = 3 // "nafs el order", "the same the order"
		case likeWords[w] && (next == "ما" || next == "ma") && takeVerbs[word(i+2)]:
			n = 3 // "زي ما خدت", "زي ما طلبنا": as I took before
		case likeWords[w] && (next == "مره" || next == "el") && past:
			n = 2 // "زي المرة اللي فاتت"
		case (w == "repeat" || w == "reorder" || w == "كرر" || w == "كررلي" || w == "اكرر" || w == "نكرر") && past:
			n = 1 // "repeat my last order", "كررلي الطلب بتاع المرة اللي فاتت"
		}
		if n == 0 {
			continue
		}
		return takeWords(ts, i, n)
	}
	return ""
}

var (
	// relativeWords: "اللي" (that, which) as written.
	relativeWords = set("اللي", "الي", "elly", "elli", "eli", "illi")
	// sameAsWords: "the same" as Egyptians write it.
	sameAsWords = set("نفس", "nafs", "nafas", "same")
	// earlierOrders: an order, as the customer names the one before.
	earlierOrders = set("طلب", "طلبيه", "اوردر", "الاوردر", "حاجات", "حاجه", "كميه", "طلبات", "talab", "talabeya", "order", "orders", "7agat", "kamiya")
)

// defectSaid: some word outside the placed ones says a defect or a fault
// outright ("مكسور", "ناقص", "بيسرب": a complaint cue of full weight).
func defectSaid(ts []token) bool {
	for _, t := range ts {
		if !t.sep && !t.used && complaintWeight(t.text) >= 1 {
			return true
		}
	}
	return false
}
