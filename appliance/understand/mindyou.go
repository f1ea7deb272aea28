package understand

import "strings"

// mindWords are "mind" with its pronoun, in "خلي بالك", "خد بالكم".
var mindWords = set("بالك", "بالكم", "بالكو", "balak", "balko")

// ableWords are "you can" after "لو": "لو تقدر تبعتهم بكرة" (if you can).
var ableWords = set("تقدر", "تقدري", "تقدروا", "تقدرو", "te2dar", "te2dary", "te2daro")

// doForMe are "you do (it) for me" before the work asked: "وتعملي زوايا".
var doForMe = set("تعملي", "تعمللي", "تعملنا", "تعمللنا", "اعمللي", "اعمللنا", "te3mely", "te3melly", "te3melli")

// mindOrAble: talk around a request that names nothing: "خلي بالك" / "خد
// بالك" (mind you, before an instruction: "وخلي بالك الفاتورة باسم
// الشركة"), "لو تقدر" (if you can, before when it is wanted), English
// "book a …" (a service asked by its name after the article), and "you do
// me" right before the work asked ("وتعملي زوايا").
func mindOrAble(ts []token, k int) bool {
	w := strings.TrimPrefix(ts[k].surface, "و")
	if doForMe[wordKey(lower(w))] {
		return k+1 < len(ts) && !ts[k+1].sep && ts[k+1].lex
	}
	if mindWords[w] {
		p := strings.TrimPrefix(prev(ts, k).surface, "و")
		return p == "خلي" || p == "خد" || p == "خلوا" || p == "خدوا" || p == "khaly" || p == "5aly" || p == "khod"
	}
	if (w == "خلي" || w == "خد" || w == "خلوا" || w == "خدوا" || w == "khaly" || w == "5aly" || w == "khod") && k+1 < len(ts) && !ts[k+1].sep {
		return mindWords[ts[k+1].surface]
	}
	if lw := lower(w); (lw == "book" || lw == "schedule") && k+1 < len(ts) && !ts[k+1].sep && (articles[ts[k+1].lowSurface()] || indefinite[ts[k+1].lowSurface()]) {
		return true // "and book an installation": the service asked, its name said next
	}
	return ableWords[w] && strings.TrimPrefix(prev(ts, k).surface, "و") == "لو" // "ولو تقدروا تحطوا …"
}
