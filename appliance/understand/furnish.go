package understand

import "strings"

// furnishVerbs make, furnish or ready a place: "عايزة اعمل اوضة للواد",
// "بجهز شقة بنتي", "I want to furnish a room for my son".
var furnishVerbs = set("اعمل", "نعمل", "هعمل", "هنعمل", "اجهز", "نجهز", "هجهز", "بجهز", "افرش", "نفرش", "هفرش", "بفرش",
	"اوضب", "نوضب", "furnish", "a3mel", "n3mel", "agahez", "nagahez")

// roomFurnished sets aside a room the customer is furnishing for someone
// ("عايزة اعمل اوضة للواد حفيدي، فعايزة سرير …", "a3mel oda lel walad"):
// after a verb that makes or furnishes it, the room word with "for" whom
// after it is where the goods named later go, no bedroom set of its own.
// Said with nothing named after it, the room stays what it reads as.
func (r *Rules) roomFurnished(ts []token) {
	for i := 0; i+2 < len(ts); i++ {
		if ts[i].sep || !furnishVerbs[ts[i].text] && !furnishVerbs[ts[i].lowSurface()] {
			continue
		}
		k := i + 1
		if s := ts[k].lowSurface(); !ts[k].sep && (s == "a" || s == "the") {
			k++ // "furnish a room"
		}
		if k+1 >= len(ts) || ts[k].sep || ts[k+1].sep || ts[k].aside || !placeWords[ts[k].text] && !placeWords[wordKey(ts[k].surface)] {
			continue
		}
		m := k + 1
		s := ts[m].lowSurface()
		forWhom := ts[m].prep || s == "for" || !ts[m].lex && (strings.HasPrefix(s, "ل") || strings.HasPrefix(s, "lel") || strings.HasPrefix(s, "le"))
		if !forWhom {
			continue // "اعمل اوضة نوم جوزي": the set itself
		}
		goods := false
		for j := m + 1; j < len(ts) && !goods; j++ {
			goods = ts[j].lex && ts[j].color == "" && !ts[j].aside && r.lx.heads[ts[j].text] && !placeWords[ts[j].text]
		}
		if !goods {
			continue
		}
		for j := i; j <= m; j++ {
			ts[j].used, ts[j].aside = true, true
		}
		ts[k].lex = false
	}
}
