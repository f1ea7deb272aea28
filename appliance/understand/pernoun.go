package understand

import (
	"strings"
	"unicode/utf8"
)

// The noun a service is priced per (h40f): a name saying "(للورقة)"
// (per page), "(للصفحة)" prices its work per that noun, and the customer
// counts the work in it — "٤٠ ورقة", "١٠ ورق", "٣ صفحات" — without the
// "لل" the name writes. Said right after a figure, the noun is read as
// the service's own head noun, the first word of every name priced per
// it ("طباعة أبيض وأسود (للورقة)", "طباعة ألوان (للورقة)"), so the figure
// counts the service the words around it name ("اطبع ٤٠ ورقة ابيض
// واسود": forty black-and-white prints, as "٤٠ طباعة ابيض واسود").

// perNounSaid reads the words after a figure that are a per-noun of the
// catalog's names, in the singular, the collective (ورق of ورقة) or the
// sound plural (صفحات), as the head noun of the names priced per it.
func (r *Rules) perNounSaid(ts []token) {
	nouns := r.perNounSet()
	if len(nouns) == 0 {
		return
	}
	for i := 1; i < len(ts); i++ {
		t := ts[i]
		if t.sep || t.lex || t.conj || t.color != "" || !isArabicWord(t.surface) || ts[i-1].sep || !isNumber(ts[i-1].text) {
			continue
		}
		if n := perNounOf(t.text, nouns); n != "" {
			ts[i].text, ts[i].lex = nouns[n], true
		}
	}
}

// perNounOf: the per-noun w says, "" when none.
func perNounOf(w string, nouns map[string]string) string {
	w = strings.TrimPrefix(w, "ال")
	if utf8.RuneCountInString(w) < 3 {
		return ""
	}
	if nouns[w] != "" {
		return w
	}
	if nouns[w+"ه"] != "" {
		return w + "ه" // the collective: ورق of ورقة
	}
	if st, ok := strings.CutSuffix(w, "ات"); ok && nouns[st+"ه"] != "" {
		return st + "ه" // the sound plural: صفحات of صفحة
	}
	return ""
}

// perNounSet: the nouns the catalog's Arabic names price per, written
// "لل" + the noun in brackets ("(للورقة)" → ورقه), and the head noun
// (first word) every name priced per it starts with, as the vocabulary
// reads it; a noun whose names start differently, whose head is the noun
// itself, or that is read elsewhere (readElsewhere), is left out.
func (r *Rules) perNounSet() map[string]string {
	r.perNounsOnce.Do(func() {
		heads := map[string]string{}
		for _, p := range r.lx.products {
			first := keysOf(bracketed.ReplaceAllString(p.NameAr, " "))
			for _, m := range bracketed.FindAllStringSubmatch(p.NameAr, -1) {
				for _, k := range keysOf(m[1]) {
					n, ok := strings.CutPrefix(k, "لل")
					if !ok || utf8.RuneCountInString(n) < 3 || !r.lx.isWord(k) || readElsewhere(r, n) {
						continue
					}
					h := ""
					if len(first) > 0 && first[0] != n {
						h = first[0]
						if u := r.lx.rewrite[h]; u != "" {
							h = u // the vocabulary's word: "طباعة" read as "print"
						}
						if !r.lx.isWord(h) {
							h = ""
						}
					}
					if old, seen := heads[n]; seen && old != h {
						h = ""
					}
					heads[n] = h
				}
			}
		}
		r.perNouns = map[string]string{}
		for n, h := range heads {
			if h != "" {
				r.perNouns[n] = h
			}
		}
	})
	return r.perNouns
}

// readElsewhere: a per-noun the rules read as something else — a period
// ("(لليوم)", priced.go), a word they know, a place or a room counted
// ("(للأوضة)": "شقتي ٣ اوض" tells the flat), a person ("(للفرد)").
func readElsewhere(r *Rules, n string) bool {
	if per, _ := periodWord(n); per != "" || r.known(n) {
		return true
	}
	for _, w := range []string{n, strings.TrimSuffix(n, "ه")} {
		if placeWords[w] || roomWords[w] || personCounted[w] || personWords[w] || seatsWords[w] {
			return true
		}
	}
	return false
}
