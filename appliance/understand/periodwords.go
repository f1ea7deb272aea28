package understand

import "regexp"

// Words of goods bought by the period (h39c). In a shop selling goods by
// the month, the verb of a subscription ("اشترك", "اشتركله", "نشترك",
// Franco "ashtarek", "ashtereklo") is the order's verb, as "عايز اشتري"
// is; said of us or of them ("اشتركونا",
// "اشتركلهم") it tells people a count may be of, and is left unread.

// subscribeVerb: the verb of a subscription, its person and its object
// written onto it ("اشترك", "هنشترك", "اشتركله", "اشتركونا", Franco
// "ashtarek", "ashtereklo", "neshterek").
var subscribeVerb = regexp.MustCompile(`^و?(?:ا|ن|ه|هن|ت|ي)?شترك(?:ه|ها|له|لها|لي|ليه|وله|ولها|وني|ني)?$|^w?(?:a|e|n|ne|ha|han|hn|te|ye)?sht[ae]r[ae]?k(?:lo|loh|laha|lha|ly|li|ny|ni)?$`)

// subscribeSaid marks the verb of a subscription read, in a shop selling
// goods by the month, when no product's words hold it.
func (r *Rules) subscribeSaid(ts []token) {
	if !r.countsByMonth {
		return
	}
	for i := range ts {
		if !ts[i].sep && !ts[i].lex && !ts[i].used && subscribeVerb.MatchString(ts[i].lowSurface()) {
			ts[i].used = true
		}
	}
}

// bareMonthAfter: "شهر", "shahr", "month" alone right after the goods'
// word, ending the clause ("tadreeb 7ares marma shahr", "والاكاديمية
// شهر، …"): one month of them.
func bareMonthAfter(ts []token, i int) bool {
	if i == 0 || ts[i-1].sep || !ts[i-1].lex || isNumber(ts[i-1].text) {
		return false
	}
	return i+1 >= len(ts) || ts[i+1].sep || ts[i+1].conj || monthAnd[dayKey(ts[i+1])]
}

// ownHoursLate: "late" said of the customer's own hours — after a verb of
// working or staying ("we work late", "I stay late at the office",
// "finish late") — is why more hours are wanted, never the shop late.
func ownHoursLate(ts []token) {
	for i := 1; i < len(ts); i++ {
		if ts[i].sep || ts[i].lowSurface() != "late" || ts[i-1].sep || !ownHoursVerbs[ts[i-1].surfKey()] {
			continue
		}
		ts[i].why, ts[i].used = true, true
	}
}

// ownHoursVerbs: working or staying, said before "late".
var ownHoursVerbs = set("work", "works", "working", "worked", "stay", "stays", "staying", "finish", "finishes", "finishing")
