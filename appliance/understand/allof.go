package understand

import "strings"

// allOfThem: the draft's goods said in the plural with "all" and no count
// — "المفصلات كلها", "البرايز كلهم", "كل المفصلات", Franco "el lambat
// kolohom", "kol el …", English "all the sockets": every one of them,
// which the customer knows and the box does not. How many is asked, never
// one (a noun the catalog itself writes in the plural, "مفصلات", is no
// plural the reader marks; "كلها" after it still is). A singular noun
// with "كلها"/"كله" is the whole of one thing ("الشقة كلها", "the whole
// kitchen"): no count. Only the line's head noun is read so (its first
// word in Arabic; in English, where the head comes last, any plural).
func (lx *lexicon) allOfThem(ts []token, d *draft) bool {
	end, head := min(d.end, len(ts)), true
	for k := d.start; k < end; k++ {
		t := ts[k]
		if t.sep || !t.lex || t.color != "" || isNumber(t.text) {
			continue
		}
		if !head && !isLatinWord(t.surface) {
			continue // "… على الفحم كلهم": an Arabic line's head noun comes first
		}
		head = false
		the := definite(t.surface) || k > 0 && !ts[k-1].sep && articles[ts[k-1].lowSurface()]
		if !the && !isLatinWord(t.surface) {
			continue
		}
		several := t.plural || pluralSurface(t.surface, "") || lx.brokenPlural(bareSurface(t.surface))
		if k+1 < len(ts) && !ts[k+1].sep && the {
			switch a := wordKey(ts[k+1].lowSurface()); {
			case allOfPlural[a]:
				return true // "البرايز كلهم": كلهم is said of several only
			case allOfFem[a] && several:
				return true // "المفصلات كلها"
			}
		}
		j := k - 1
		if j >= 0 && !ts[j].sep && articles[ts[j].lowSurface()] {
			j--
		}
		if j >= 0 && !ts[j].sep && allBefore[keyAt(ts, j)] && several && (the || isLatinWord(t.surface)) {
			return true // "كل المفصلات", "all (the) sockets"
		}
	}
	return false
}

// allOfPlural: "all of them" said after plural goods; allOfFem: "all of
// it/them" (the feminine, also a whole thing's); allBefore: "all" before
// the goods. Each one ("كل واحدة", "كل مفصلة") is no such word: "كل" is
// read so only before a definite plural.
var (
	allOfPlural = set("كلهم", "كلهن", "kolohom", "kollohom", "kolhom", "kollhom", "kulluhum")
	allOfFem    = set("كلها", "kolaha", "kollaha", "kolha")
	allBefore   = set("كل", "جميع", "kol", "koll", "all")
)

// brokenPlural: w, as the customer wrote it (the vocabulary may rewrite
// a word to another of its group: "فرن" read as "افران"), is the broken
// plural of a word of the shop's names ("برايز" beside "بريزة", "كراسي"
// beside "كرسي"): the same consonants, more alifs, and no feminine ending
// (a spelling's alif, "كابينة" beside "كبينة", is no plural).
func (lx *lexicon) brokenPlural(w string) bool {
	if !isArabicWord(w) || strings.HasSuffix(w, "ه") || strings.HasSuffix(w, "ة") {
		return false // "الكابينة كلها": a singular's feminine ending, the whole of it
	}
	for _, u := range lx.skel[skeleton(w)] {
		if u != w && isArabicWord(u) && (lx.isWord(u) || lx.rewrite[u] != "") && strings.Count(w, "ا") > strings.Count(u, "ا") {
			return true
		}
	}
	return false
}
