package understand

import (
	"strings"
	"unicode/utf8"
)

// ownedFor sets aside what the goods are for when it is the customer's
// own: ل on a noun with a possessive ending ("لساعتي", "لعربيتك",
// "لموتوسيكلنا"; its ة written ت before the ending), or لل on a noun and
// "بتاعي" after it ("للموتوسيكل بتاعي"), Franco "le sa3ty" / "lel … beta3y"
// — the thing the customer has and the goods fit, never a product to sell,
// though the catalog sells its kind ("استيك جلد بني لساعتي القديمة" is a
// strap, no watch). The definite words describing it after ("القديمة") go
// with it.
func (r *Rules) ownedFor(ts []token) {
	for i := range ts {
		if ts[i].sep || ts[i].aside || !ts[i].lex {
			continue
		}
		j := i + 1
		switch {
		case r.ownedWord(ts[i].surface):
		case i > 0 && !ts[i-1].sep && francoFor[ts[i-1].lowSurface()] && francoOwned(ts[i].lowSurface()):
			ts[i-1].aside, ts[i-1].used = true, true // "le sa3ty"
		case j < len(ts) && !ts[j].sep && (mineWords[ts[j].text] || francoMine[ts[j].lowSurface()]) &&
			(strings.HasPrefix(wordKey(ts[i].surface), "لل") || i > 0 && !ts[i-1].sep && francoFor[ts[i-1].lowSurface()]):
			if !strings.HasPrefix(wordKey(ts[i].surface), "لل") {
				ts[i-1].aside, ts[i-1].used = true, true // "lel motosikl beta3y"
			}
			j++ // "للموتوسيكل بتاعي"
		default:
			continue
		}
		ts[i].aside, ts[i].used = true, true
		for k := i + 1; k < j; k++ {
			ts[k].aside, ts[k].used = true, true
		}
		// "القديمة", "el adima", "old": what it is like
		for ; j < len(ts) && !ts[j].sep && ts[j].color == "" && !isNumber(ts[j].text); j++ {
			w := ts[j].lowSurface()
			if w == "el" && j+1 < len(ts) && !ts[j+1].sep && oldWord(ts[j+1].lowSurface()) {
				ts[j].aside, ts[j].used = true, true
				continue // "el adima"
			}
			if !(strings.HasPrefix(w, "ال") && !ts[j].lex || oldWord(w)) {
				break
			}
			ts[j].aside, ts[j].used = true, true
		}
	}
}

// ownedWord: ل on a noun with a possessive ending whose bare noun is a
// catalog word ("لساعتي" → ساعة, "لموتوسيكلي" → موتوسيكل), the word as
// written no catalog word itself ("لكرسي" is for a chair).
func (r *Rules) ownedWord(surface string) bool {
	w := wordKey(surface)
	rest, ok := strings.CutPrefix(w, "ل")
	if !ok || strings.HasPrefix(rest, "ل") || strings.HasPrefix(rest, "ا") || r.known(rest) || r.lx.colors[rest] != "" {
		return false // "لل…" is the article: no possessive; "لا…" no noun of ours
	}
	for _, p := range possessed(rest) {
		if utf8.RuneCountInString(p.noun) >= 3 && r.known(p.noun) && (p.strong || !strings.HasSuffix(rest, "ه")) {
			return true // "ساعتي" of ساعة, "موتوسيكلي"; a bare ـه may be the ة itself
		}
	}
	return false
}

// francoOwned: a Franco noun in -ty / -ti, a feminine noun's "my"
// ("sa3ty", "3arabeyty").
func francoOwned(w string) bool {
	return isLatinWord(w) && utf8.RuneCountInString(w) >= 4 && (strings.HasSuffix(w, "ty") || strings.HasSuffix(w, "ti"))
}

var (
	// francoMine: Franco "mine" after the thing.
	francoMine = set("beta3y", "beta3ty", "bta3y", "bta3ty", "beta3na", "bta3na")
)

// oldWord: "old" said of the customer's own thing, with the article or
// without (talk.go's oldOnes, indefOld).
func oldWord(w string) bool { return oldOnes[w] || indefOld[w] }
