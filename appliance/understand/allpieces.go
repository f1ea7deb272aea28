package understand

import "fatoora/catalog"

// A work the shop prices per piece said for every piece counted before it
// without "لكل" (branch h34g): "وتطريز اسم على كل قطعة", "على كل واحد",
// "ع كل حتة", "وتقصير للكل", "على الكل", Franco "3ala kol 7etta", "lel
// kol", English "on each piece", "for all". It is read as "لكل قطعة" is
// (perOf: "*"), its count the pieces of the goods said before it; only a
// work of no stock whose own name prices it per one (perPieceWork:
// "(للقطعة)", "per piece") takes it — "بكام للكل" of goods, "وتوصيل للكل" of a
// delivery priced per order are no count (countsForAll).

// allOn: the preposition before "كل"/"الكل" ("on", "for" every piece).
var allOn = set("على", "علي", "ع", "3ala", "3la", "3al", "on", "for", "lel")

// allEach: "every" written before the piece word.
var allEach = set("كل", "kol", "kul", "koll", "each", "every")

// allPieceWords: the piece word after "on every" (eachWords hold the
// Arabic and Franco ones).
var allPieceWords = set("piece", "item", "one", "7etta", "7eta", "7ta", "2et3a", "ate3a")

// allWords: "all" after the preposition ("على الكل", "for all", "3ala el
// kol" is read by its two last words), and "للكل"/"عالكل" said as one.
var (
	allAfterOn = set("الكل", "all", "elkol")
	allInOne   = set("للكل", "عالكل", "lelkol", "3alkol")
)

// allPiecesCue is how many tokens from i say "for every piece before"
// (0 when none).
func allPiecesCue(ts []token, i int) int {
	w := surfaceAt(ts, i)
	if w == "" {
		return 0
	}
	if allInOne[wordKey(w)] {
		return 1
	}
	if !allOn[w] {
		return 0
	}
	n1, n2 := surfaceAt(ts, i+1), surfaceAt(ts, i+2)
	if w == "lel" && n1 == "kol" && n2 == "" {
		return 2 // "lel kol"
	}
	if allEach[n1] && n2 != "" && w != "for" && w != "lel" && (eachWords[ts[i+2].text] || allPieceWords[n2]) {
		return 3 // "على كل قطعة", "on each piece"
	}
	if allAfterOn[wordKey(n1)] && (w != "for" || n2 == "" || n2 == "of") {
		return 2 // "على الكل", "for all"
	}
	if (w == "3ala" || w == "3la") && (n1 == "el" || n1 == "al") && n2 == "kol" {
		return 3 // "3ala el kol"
	}
	return 0
}

// markAllPieces sets the cue aside for the line it follows (segment reads
// perOf at it).
func markAllPieces(ts []token, i int) bool {
	n := allPiecesCue(ts, i)
	for k := i; k < i+n; k++ {
		ts[k].aside, ts[k].used, ts[k].allPieces = true, true, true
	}
	return n > 0
}

// perPieceWork: p is work the shop does, no stock kept of it, priced per
// one of what it is done to by its own name ("طباعة لوجو للقطعة", "Name
// embroidery per piece").
func (r *Rules) perPieceWork(p *catalog.Product) bool {
	return p != nil && p.MadeToOrder && pricedPerOne(p)
}
