package understand

// More questions of where the shop is (shopAsked): the areas it covers,
// which of its branches the customer writes to, and which floor of a
// building or a mall it is on.

// coverAsked: the word at i asks whether the shop covers (works in,
// serves) an area named right after it — "انتو بتغطوا مدينتي ولا القاهرة
// بس؟", Franco "btghato el tagamo3?", English "do you cover Madinaty?",
// "do you serve Zayed?": where the shop is (its branches) answers it, the
// area kept for a person to confirm (token.beyond). The area is a place
// the region lists know ("مدينتي", "التجمع", "مدينة نصر"), so a thing
// covered ("بتغطوا الكنب بجلد؟", "do you cover the cushions?") is none.
func coverAsked(ts []token, i int) bool {
	if !coverVerbs[shopKey(ts[i])] {
		return false
	}
	if englishCover[shopKey(ts[i])] && (i == 0 || ts[i-1].sep || !youSaid[shopKey(ts[i-1])]) {
		return false // "do you cover …", "you serve …": never the noun "cover"
	}
	j := i + 1
	if j < len(ts) && !ts[j].sep && (shopKey(ts[j]) == "the" || shopKey(ts[j]) == "el") {
		j++
	}
	if j >= len(ts) || ts[j].sep {
		return false
	}
	w := ts[j].lowSurface()
	return regionOf(w) != noRegion || placeLeads[wordKey(w)] && j+1 < len(ts) && !ts[j+1].sep && regionOf(ts[j+1].lowSurface()) != noRegion
}

// coverVerbs: "you (plural) cover / serve" an area.
var (
	coverVerbs = set("بتغطوا", "بتغطو", "تغطوا", "هتغطوا", "بتخدموا", "بتخدمو", "btghato", "btghatto", "betghato", "bt8ato",
		"cover", "serve")
	// englishCover: English verbs that are nouns too ("a sofa cover").
	englishCover = set("cover", "serve")
)

// youAreBranch: the word at i is the shop or its branch, definite, said
// as what "you" are at a place — "وانتو الفرع اللي في شارع الهرم ولا اللي
// في فيصل؟", "انتو المحل اللي في المهندسين؟", Franco "ento el far3 elly
// fel haram?": before it in its clause only "you" and greetings (Franco's
// article too), after it only the places asked of, up to a question mark
// (placeAsked).
func youAreBranch(ts []token, i int, place []bool) bool {
	w := shopKey(ts[i])
	article := i > 0 && !ts[i-1].sep && (shopKey(ts[i-1]) == "el" || shopKey(ts[i-1]) == "the")
	if !shopNouns[w] && !(branchNouns[w] && (theBranch(ts[i]) || article)) {
		return false
	}
	you := false
	for k := i - 1; k >= 0 && !ts[k].sep; k-- {
		switch p := shopKey(ts[k]); {
		case youPlural[p]:
			you = true
		case p == "el" && k == i-1:
		case smallTalk[p]:
		default:
			return false
		}
	}
	next := ""
	if i+1 < len(ts) && !ts[i+1].sep {
		next = shopKey(ts[i+1])
	}
	return you && placeIntro[next] && placeAfter(ts, place, i) && placeAsked(ts, i, place)
}

// floorAsked marks a question of which floor the shop is on — "في الدور
// الكام؟", "المحل في دور كام؟", Franco "fel dor el kam?", English "which
// floor?", "what floor are you on?" — as where the shop is, when the
// shop or "you" is named in its clause or another question of the
// message asks where the shop is. Its clause holds nothing else (a
// greeting, "in", the shop, "you"), up to a question mark: "التوصيل لحد
// الدور الكام؟" asks the delivery.
func floorAsked(ts []token) {
	where := false
	for _, t := range ts {
		where = where || t.shop&ShopWhere != 0
	}
	for i := 0; i < len(ts); {
		j := i
		for j < len(ts) && !ts[j].sep {
			j++
		}
		if j < len(ts) && ts[j].text == "?" && floorClause(ts[i:j], where) {
			for k := i; k < j; k++ {
				ts[k].shop |= ShopWhere
				ts[k].used, ts[k].neg = true, true
			}
		}
		i = j + 1
	}
}

// floorClause: ts, one clause, ask which floor — a floor noun with "كام"
// after it or "which"/"what" before it — of the shop (named in it, or
// where: the message asks where the shop is), and nothing more.
func floorClause(ts []token, where bool) bool {
	floor, which, shop := false, false, where
	for k, t := range ts {
		w := shopKey(t)
		switch {
		case floorNouns[w]:
			floor = true
		case whichWords[w] && (k+1 < len(ts) && floorNouns[shopKey(ts[k+1])] || k > 0 && floorNouns[shopKey(ts[k-1])] ||
			k > 1 && floorNouns[shopKey(ts[k-2])] && shopKey(ts[k-1]) == "el"):
			which = true
		case shopNouns[w] || youPlural[w] || shopAround[w] || branchNouns[w] || youSaid[w]:
			shop = true
		case smallTalk[w] || placeIntro[w] || floorAround[w] || t.shop != 0:
		default:
			return false
		}
	}
	return floor && which && shop
}

var (
	// floorNouns: a floor of a building or a mall.
	floorNouns = set("الدور", "دور", "بالدور", "dor", "eldor", "floor")
	// whichWords: "which" (number) of the floor: "الدور الكام", "floor
	// no. what".
	whichWords = set("الكام", "كام", "kam", "elkam", "which", "what")
	// floorAround: what a floor question says besides: "is it on", "are
	// you", "the", "el", "number".
	floorAround = set("el", "the", "on", "is", "it", "are", "رقم", "number", "located", "exactly", "بالظبط", "بالضبط", "bezabt")
)
