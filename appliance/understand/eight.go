package understand

import "strings"

// eightSaid reads "تمن" before goods as eight: Egyptians say "تمن كراسي",
// "وتمن خداديات" (the short form of تمانية before a plural), where "تمن"
// is also the price ("تمنه كام؟", "التمن", "تمن الكرسي كام؟"). Before an
// indefinite catalog word, with no "how much" after it in its clause, it
// is the number; before a definite noun or in a question of price, the
// price.
func (r *Rules) eightSaid(ts []token) {
	for i := 0; i+1 < len(ts); i++ {
		t, n := ts[i], ts[i+1]
		if t.sep || n.sep || t.text != "تمن" || strings.HasPrefix(n.surface, "ال") || isNumber(n.text) {
			continue
		}
		if _, _, plural := r.lx.plural(n.text); !n.lex && !plural {
			continue // "كشاكيل": a head's plural
		}
		// "عايز اعرف تمن …", "قولي تمن …": the price asked
		asked := i > 0 && !ts[i-1].sep && priceAskers[wordKey(lower(strings.TrimPrefix(ts[i-1].surface, "و")))]
		for k := i + 1; k < len(ts) && !(ts[k].sep && ts[k].text != "," && ts[k].text != "،"); k++ {
			asked = asked || priceWords[wordKey(ts[k].lowSurface())] || ts[k].sep && ts[k].text == "?"
		}
		if k := i + 1; !asked {
			for ; k < len(ts) && !ts[k].sep; k++ {
			}
			asked = k < len(ts) && ts[k].text == "?" // "تمن كراسي؟"
		}
		if !asked {
			ts[i].text = "تمانيه"
		}
	}
}

// priceAskers ask for what follows them: "اعرف تمن …", "قولي تمن …".
var priceAskers = set("اعرف", "نعرف", "تعرف", "عرفني", "عرفوني", "قولي", "قوللي", "قولولي", "ابعتلي", "ابعتولي", "عن", "بخصوص", "ايه", "وايه")
