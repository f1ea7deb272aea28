package understand

import "strings"

// ageDuals sets aside a dual noun of time said as a person's age or a
// time had ("بنتي عندها سنتين", "ابني عمره شهرين", Franco "3ando
// santen"): "عنده/عندها/عمره" and the dual is how old the child is, never
// the order's count — even where the catalog's names hold the noun ("كرسي
// سيارة من سنة إلى 4 سنين") and so read the dual as two.
func ageDuals(ts []token) {
	for i := 1; i < len(ts); i++ {
		t := ts[i]
		if t.sep || ts[i-1].sep || !ageOwners[strings.TrimPrefix(ts[i-1].text, "و")] || !timeDual(t) {
			continue
		}
		end := i
		if end+1 < len(ts) && !ts[end+1].sep && ts[end+1].text == "ونص" {
			end++ // "عنده سنتين ونص": two and a half
		}
		for m := i - 1; m <= end; m++ {
			ts[m].used, ts[m].aside, ts[m].lex, ts[m].dual = true, true, false, false
		}
	}
}

// timeDual: the token is the dual of a noun of time ("سنتين", "شهرين",
// "يومين", "اسبوعين"; Franco "santen", "shahreen").
func timeDual(t token) bool {
	return ageDualWords[wordKey(t.surface)] || ageDualWords[lower(t.surface)] || ageDualWords[t.text]
}

var ageDualWords = set("سنتين", "شهرين", "اسبوعين", "يومين",
	"santen", "santein", "sanateen", "sanatein", "santeen", "shahren", "shahreen", "shahrein", "esbo3en", "esbo3een", "yomen", "yomein", "yomeen")
