package understand

import (
	"slices"
	"strings"
)

// ShopTopic is what a question about the shop itself asks, of the facts a
// shop's settings hold: its opening hours, where it is. It is a set (the
// two may be asked together: "انتو فين ومواعيدكم ايه؟").
type ShopTopic uint8

const (
	// ShopHours: when the shop is open — "مواعيدكم ايه؟", "فاتحين
	// النهارده؟", "بتقفلوا الساعة كام؟", "الجمعة اجازة؟", Franco
	// "mawa3edko eh?", "fat7in?", English "are you open on Friday?",
	// "what are your opening hours?".
	ShopHours ShopTopic = 1 << iota
	// ShopWhere: where the shop is — "انتو فين؟", "العنوان فين بالظبط؟",
	// "ممكن اللوكيشن؟", Franco "el ma3rad fein?", English "where is your
	// showroom?", "what's your address?".
	ShopWhere
)

// String names the topics asked: "hours", "where", "hours+where" ("" for
// none).
func (k ShopTopic) String() string {
	var out []string
	if k&ShopHours != 0 {
		out = append(out, "hours")
	}
	if k&ShopWhere != 0 {
		out = append(out, "where")
	}
	return strings.Join(out, "+")
}

// shopAsked marks the questions about the shop itself (token.shop): the
// word that asks (a cue of hours or of place) and, around it in its clause,
// the words that only say which day, what time, or whom it is asked of
// ("يوم الجمعة", "لحد الساعة كام", "المعرض", "are you … on Friday"). They
// are placed (no line, no unexplained word) and kept as the question
// (serviceTopicsOf → Result.Service). A place or a season it is asked of
// ("انتو فين في اسكندرية؟", "مواعيدكم في رمضان؟") is placed too and kept
// (token.beyond → Result.ShopBeyond) for a person to confirm. Any other
// word of the clause stays as it was.
func shopAsked(ts []token) {
	place := placesNamed(ts)
	for i := range ts {
		if ts[i].sep {
			continue
		}
		k, n := shopCue(ts, i, place)
		if k == 0 {
			continue
		}
		for j := i; j < i+n; j++ {
			ts[j].shop |= k
			ts[j].used, ts[j].neg = true, true
		}
		around := func(j int) bool {
			return !ts[j].sep && (shopAround[shopKey(ts[j])] || branchNouns[shopKey(ts[j])] || yours[shopKey(ts[j])] ||
				placeIntro[shopKey(ts[j])] && (placeAfter(ts, place, j) || k == ShopHours && seasonAfter(ts, j)) || place[j] || k == ShopWhere && whereAround[shopKey(ts[j])] ||
				k == ShopHours && (hoursAround[shopKey(ts[j])] || dayWords[shopKey(ts[j])] || timeWords[shopKey(ts[j])]) || isNumber(ts[j].text) && k == ShopHours && j > 0 && clockWord(ts[j-1]) ||
				// "بتفتحوا السبت ولا اجازة؟": open that day, or a day off
				k == ShopHours && offWords[shopKey(ts[j])] && j > 0 && !ts[j-1].sep && (orWords[shopKey(ts[j-1])] || orWords[ts[j-1].lowSurface()]) ||
				// "فاتحين ٢٤ ساعة؟", "open 24 hours?": hours counted
				isNumber(ts[j].text) && k == ShopHours && j+1 < len(ts) && !ts[j+1].sep && hourNouns[shopKey(ts[j+1])] ||
				// "عندكم فرع في …؟", "do you have a branch in …?"
				k == ShopWhere && (haveBranch[shopKey(ts[j])] || thereIsAsked(ts, j, k)) ||
				// "where is your office exactly?": the shop's workplace
				k == ShopWhere && shopPlaces[shopKey(ts[j])] && isLatinWord(ts[j].surface) ||
				k == ShopHours && thereIsAsked(ts, j, k) ||
				// "في مواعيد للسيدات بس؟": whom the hours are for (shopwhom.go)
				k == ShopHours && hoursForAt(ts, j) ||
				// "… ولا جنبه على طول؟": right (next to it)
				k == ShopWhere && rightBy(ts, j))
		}
		for j := i - 1; j >= 0 && around(j); j-- {
			ts[j].shop |= k
			ts[j].used, ts[j].neg = true, true
			ts[j].beyond = place[j] || k == ShopHours && (seasonWords[shopKey(ts[j])] || hoursForAt(ts, j))
		}
		for j := i + n; j < len(ts) && around(j); j++ {
			ts[j].shop |= k
			ts[j].used, ts[j].neg = true, true
			ts[j].beyond = place[j] || k == ShopHours && (seasonWords[shopKey(ts[j])] || hoursForAt(ts, j))
		}
		if k == ShopHours && (itOpens[shopKey(ts[i])] || openSaid[shopKey(ts[i])]) {
			// "المغسلة بتفتح الساعة كام؟", "الصيدلية بتقفل امتى؟",
			// "البيوتي سنتر بيفتح يوم الجمعة؟": the shop named by its
			// trade, the subject of its opening (shopdays.go)
			for s := tradeSubjectAt(ts, i, i+1 < len(ts) && ts[i+1].shop&ShopHours != 0 && timeOrDay(ts[i+1])); s > 0; s-- {
				ts[i-s].shop |= k
				ts[i-s].used, ts[i-s].neg = true, true
			}
		}
	}
	workHoursAsked(ts)
	visitHoursAsked(ts) // "وينفع نيجي نشوفها يوم السبت الساعة كام؟" (visithours.go)
	yourPlaceWhere(ts)
	dayNamed(ts)
	floorAsked(ts)
	branchAsked(ts, place)
	placeClauses(ts, place)
	shopReason(ts)
}

// branchAsked marks a question whether a shop at a place is the shop's
// own branch, or whether its branch there still works: the shop or the
// branch named definite as its clause's subject (after greetings only),
// the place or landmark it stands at, then "yours" ("بتاعكم"), "or
// another branch" ("ولا فرع تاني") or "still working" ("لسه شغال"),
// up to a question mark — "والمحل اللي جنب الموقف ده بتاعكم ولا فرع
// تاني؟", "والفرع اللي في الهرم لسه شغال؟", "is the shop near the
// station yours?". Where the shop is (its branches) answers it; the place
// is kept for a person to confirm (token.beyond). A catalog word, a
// figure or a colour in the clause, or more than three words of the
// landmark, and it is none.
func branchAsked(ts []token, place []bool) {
	for i := 0; i < len(ts); {
		j := i
		for j < len(ts) && !ts[j].sep {
			j++
		}
		a := i
		for a < j && smallTalk[shopKey(ts[a])] {
			a++
		}
		if a < j && j < len(ts) && ts[j].text == "?" && ts[a].shop&^ShopWhere == 0 && branchSubject(ts[a]) {
			// (a clause read already as where the shop is, "الفرع اللي في
			// … لسه شغال؟" taken as a place run to the question mark, is
			// read again: its "still working" no place, its "ولا لا" asked)
			ours, working, landmark, ok := false, false, 0, true
			for k := a + 1; k < j && ok; k++ {
				t, w := ts[k], shopKey(ts[k])
				switch {
				case t.shop != 0 && t.shop != ShopWhere:
					ok = false
				case yours[w] && w != "your" || w == "yours":
					ours = true
				case branchNouns[w] && (orWords[ts[k-1].lowSurface()] || orWords[shopKey(ts[k-1])]):
					ours = true // "… ولا فرع تاني؟": or another branch
				case branchWorking[w]:
					working = true
				case place[k] || t.shop != 0:
				case placeIntro[w] || orWords[w] || orWords[t.lowSurface()] || branchAround[w]:
				case t.lex && !t.fuzzy || t.color != "" && !t.fuzzy || isNumber(t.text) || serviceTopics[w] || serviceTopics[t.text] ||
					orderCues[w] || orderCues[t.text] || landmark == 3:
					ok = false
				default:
					landmark++
				}
			}
			if ok && (ours || working) {
				for k := a; k < j; k++ {
					w := shopKey(ts[k])
					listed := k == a || yours[w] || branchNouns[w] || branchWorking[w] || placeIntro[w] || orWords[w] ||
						orWords[ts[k].lowSurface()] || branchAround[w]
					ts[k].beyond = !listed && (ts[k].beyond || place[k] || ts[k].shop == 0)
					ts[k].shop |= ShopWhere
					ts[k].used, ts[k].neg = true, true
				}
			}
		}
		i = j + 1
	}
}

// branchSubject: the shop or its branch named as its own, definite
// ("المحل", "الفرع", "the shop"), the subject of a question whether it is
// the shop's.
func branchSubject(t token) bool {
	w := shopKey(t)
	return shopNouns[w] && definite(t.lowSurface()) || branchNouns[w] && theBranch(t) || w == "المحل" || w == "المعرض"
}

var (
	// branchWorking: "still working / open / there", said of a branch
	// ("لسه شغال؟", "still open?").
	branchWorking = set("شغال", "شغاله", "فاتح", "فاتحه", "مفتوح", "مفتوحه", "موجود", "موجوده", "sha8al", "shaghal", "fate7",
		"mawgood", "working", "operating")
	// branchAround: what such a question says besides: "this one" ("ده"),
	// "another" ("تاني"), "still" ("لسه"), "or not".
	branchAround = set("ده", "دي", "دا", "دى", "تاني", "تانيه", "تانى", "لسه", "لسا", "لا", "still", "this", "that", "one",
		"another", "other", "da", "dah", "tany", "lessa", "lsa", "the", "is", "it", "your", "a", "not")
)

// shopReason marks a clause that tells why the shop was asked of, after
// "عشان" (because), in a message that asks about the shop: "انتو فاتحين
// النهارده؟ … عشان جيت امبارح وملقتكمش" (I came yesterday and did not
// find you open). It is part of the question (token.shop, the topics of
// the question before it, or after it when it comes first). Never a
// clause holding a catalog word, a figure, a colour, a service, a want or
// an order ("عشان عايز ابدل …"), or a complaint's word ("اتأخرتوا").
func shopReason(ts []token) {
	var asked ShopTopic
	for _, t := range ts {
		asked |= t.shop
	}
	if asked == 0 {
		return
	}
	for i := 0; i < len(ts); {
		j := i
		for j < len(ts) && !ts[j].sep {
			j++
		}
		if j > i+1 && j-i <= 8 && purposeWords[shopKey(ts[i])] && ts[i].shop == 0 && reasonOnly(ts[i+1:j]) {
			k := nearestTopic(ts, i)
			for m := i; m < j; m++ {
				ts[m].shop |= k
				ts[m].used, ts[m].neg = true, true
			}
		}
		i = j + 1
	}
}

// reasonOnly: ts tell a reason and ask nothing — no catalog word, figure,
// colour, service, want or order, nor a complaint's word (a day or
// "امبارح" may be said).
func reasonOnly(ts []token) bool {
	for _, t := range ts {
		w := shopKey(t)
		if t.sep || t.shop != 0 || t.lex && !t.fuzzy || t.color != "" || isNumber(t.text) || serviceTopics[w] || serviceTopics[t.text] || serviceVerb(w) ||
			orderCues[w] || orderCues[t.text] || purposeWords[w] {
			return false
		}
		if !dayWords[w] && w != "امبارح" && w != "امس" && complaintWeight(w) > 0 {
			return false
		}
	}
	return true
}

// nearestTopic: the topics of the question about the shop nearest before
// i (or after it, when none is before).
func nearestTopic(ts []token, i int) ShopTopic {
	for k := i - 1; k >= 0; k-- {
		if ts[k].shop != 0 {
			return ts[k].shop
		}
	}
	for k := i + 1; k < len(ts); k++ {
		if ts[k].shop != 0 {
			return ts[k].shop
		}
	}
	return 0
}

// tradeSubject: the word at j, a definite noun opening its clause (after
// greetings only) that no catalog word, figure or colour reads, is the
// subject of the shop's opening verb after it: the shop named by its
// trade ("المغسلة", "الصيدلية", "المحمصة"). With a time or a day right
// after the verb (timed: "الاستوديو بيفتح الساعة كام يوم الجمعة؟") a
// catalog word may name it too — the trade's own word for its place is
// often a word of what it sells ("جلسة تصوير في الاستوديو"), and goods do
// not open at an hour.
func tradeSubject(ts []token, j int, timed bool) bool {
	t := ts[j]
	if t.sep || t.lex && !timed || t.color != "" || isNumber(t.text) || t.shop != 0 || !definite(t.surface) {
		return false
	}
	for k := j - 1; k >= 0 && !ts[k].sep; k-- {
		if !smallTalk[shopKey(ts[k])] {
			return false
		}
	}
	return true
}

// timeOrDay: t says a time or a day ("الساعة", "امتى", "يوم", "الجمعة").
func timeOrDay(t token) bool {
	return !t.sep && (dayWords[shopKey(t)] || timeWords[shopKey(t)])
}

// tradePlaceAsked: the word at i, a definite noun opening its clause
// (after greetings only), is the shop named by its trade in a question of
// where it is at a place — "المركز بتاعكم في الدقي فين بالظبط؟", "المكتب
// في مصر الجديدة فين؟": the rest of its clause only "yours", where, a
// place named and what leads to it, up to a question mark. A catalog word
// may name it only said as the shop's ("الاستوديو بتاعكم …": yours) or
// asked where exactly ("السنتر فين بالظبط في الهرم؟": goods are not asked
// where exactly in a district; whereExactly); the customer's own ("الاوردر بتاعي فين؟") and a question of no place
// ("الفني فين؟", someone on the way) are none.
func tradePlaceAsked(ts []token, i int, place []bool) bool {
	t := ts[i]
	if t.sep || t.color != "" && !t.fuzzy || isNumber(t.text) || !definite(t.surface) {
		return false
	}
	for k := i - 1; k >= 0 && !ts[k].sep; k-- {
		if !smallTalk[shopKey(ts[k])] {
			return false
		}
	}
	j, ours := i+1, false
	if j < len(ts) && !ts[j].sep && yours[shopKey(ts[j])] && shopKey(ts[j]) != "the" {
		j, ours = j+1, true
	}
	if t.lex && !t.fuzzy && !ours && !whereExactly(ts, j) {
		// (a word read only by typo tolerance is no word of the catalog:
		// "المطبعة فين بالظبط في …؟", the shop named by its trade)
		return false
	}
	where, named := false, false
	for ; j < len(ts) && !ts[j].sep; j++ {
		w := shopKey(ts[j])
		switch {
		case place[j]:
			named = true
		case whereWords[w]:
			where = true
		case placeIntro[w] || whereAround[w] && !yours[w]:
		default:
			return false
		}
	}
	return where && named && j < len(ts) && ts[j].text == "?"
}

// dayNamed marks the name of a day said after "يوم" in a question of the
// shop's hours, up to the clause's end — a feast or an occasion the lists
// cannot hold ("فاتحين يوم شم النسيم؟", "يوم وقفة العيد"): asked of, kept
// for a person to confirm as a season is (token.beyond). Two words at
// most, none a catalog word, a figure or a colour.
func dayNamed(ts []token) {
	for i := range ts {
		if ts[i].shop&ShopHours == 0 || !dayNoun[shopKey(ts[i])] {
			continue
		}
		j, n := i+1, 0
		for ; j < len(ts) && !ts[j].sep && n <= 2; j++ {
			if t := ts[j]; t.shop == 0 {
				if t.lex || t.used || t.color != "" || isNumber(t.text) {
					break
				}
				n++
			}
		}
		if n == 0 || n > 2 || j < len(ts) && !ts[j].sep {
			continue
		}
		for k := i + 1; k < j; k++ {
			if ts[k].shop == 0 {
				ts[k].shop |= ShopHours
				ts[k].used, ts[k].neg, ts[k].beyond = true, true, true
			}
		}
	}
}

// placeClauses marks a clause of nothing but a place, after a question
// of the shop ("… فين في اسكندرية؟ عند محطة الرمل؟"): more of where it
// was asked of.
func placeClauses(ts []token, place []bool) {
	asked := false
	for i := 0; i < len(ts); {
		j := i
		for j < len(ts) && !ts[j].sep {
			j++
		}
		only, named := j > i, false
		for k := i; k < j; k++ {
			named = named || place[k]
			only = only && (place[k] || placeIntro[shopKey(ts[k])] || shopKey(ts[k]) == "the" && k+1 < j && place[k+1])
		}
		if asked && only && named {
			for k := i; k < j; k++ {
				ts[k].shop |= ShopWhere
				ts[k].used, ts[k].neg, ts[k].beyond = true, true, place[k]
			}
		}
		for k := i; k < j; k++ {
			asked = asked || ts[k].shop != 0
		}
		i = j + 1
	}
}

// rightBy: the word at j is of "على طول" (right, directly) said after a
// place ("ولا جنبه على طول؟").
func rightBy(ts []token, j int) bool {
	w := shopKey(ts[j])
	switch {
	case w == "علي" || w == "3ala":
		return j+1 < len(ts) && !ts[j+1].sep && (shopKey(ts[j+1]) == "طول" || shopKey(ts[j+1]) == "tool")
	case w == "طول" || w == "tool":
		return j > 0 && !ts[j-1].sep && (shopKey(ts[j-1]) == "علي" || shopKey(ts[j-1]) == "3ala")
	}
	return false
}

// placesNamed marks the words that may name a place in a question about
// the shop: up to three words that are no colour, no figure, no service
// topic ("شحن" of "ولا شحن بس؟" is a question of its own) and no word of
// the shop question's own lists (days, times, greetings, the shop) — right
// after "في", "in", "fel", "بتاع", "near", "ولا" or a branch noun ("فرع
// اسكندرية"), or after such a word ("مدينة نصر", "City Stars"). A catalog
// word may be a place's ("الهرم"). shopAsked keeps only those in the
// clause of a question about the shop.
func placesNamed(ts []token) []bool {
	place := make([]bool, len(ts))
	canAt := func(j int) bool {
		t := ts[j]
		w := shopKey(t)
		// (a colour read only by typo tolerance may be a place's name:
		// "السيدة" is not "السودة")
		return !t.sep && !ts[j-1].sep && (t.color == "" || t.fuzzy) && !isNumber(t.text) && !serviceTopics[t.text] && !serviceTopics[w] && w != "" &&
			!smallTalk[w] && !whereAround[w] && !placeIntro[w] && !dayWords[w] && !timeWords[w] && !hoursAround[w] &&
			!youOpen[w] && !itOpens[w] && !youWork[w] && !offWords[w] && !hoursNouns[w] && (!theShop[w] && !shopNouns[w] || anotherShop(ts, j)) &&
			w != "فاتح" && w != "مفتوح"
	}
	// toQuestionEnd: the words from j to their clause's end may all name
	// a place, and a question mark ends it
	toQuestionEnd := func(j int) bool {
		k := j
		for k < len(ts) && !ts[k].sep {
			if !canAt(k) {
				return false
			}
			k++
		}
		return k < len(ts) && ts[k].text == "?"
	}
	run := 0
	for j := 1; j < len(ts); j++ {
		t := ts[j]
		prev := shopKey(ts[j-1])
		w := shopKey(t)
		can := canAt(j)
		// an article inside a place's name ("Khan el Khalili"): another
		// word of the name after it
		mid := !t.sep && (w == "el" || w == "al") && j+1 < len(ts) && isLatinWord(ts[j+1].surface) && canAt(j+1)
		switch {
		case !t.sep && besideIt[w]:
			// "ولا في الشارع اللي وراها؟", "ولا جنبه؟": a place told by
			// the landmark just named
			place[j], run = true, 1
		case can && (placeIntro[prev] && !placeRelative[prev] || branchNouns[prev] || coverVerbs[prev] ||
			prev == "the" && j >= 2 && !ts[j-2].sep && placeIntro[shopKey(ts[j-2])] && !placeRelative[shopKey(ts[j-2])]):
			// ("near the metro exit": English's article between)
			// ("اللي" leads to a place only through "في": "اللي في سموحة",
			// never "المصنع اللي بيعمل الخشب")
			place[j], run = true, 1
		case can && (prev == "el" || prev == "the") && j >= 2 && !ts[j-2].sep && coverVerbs[shopKey(ts[j-2])]:
			place[j], run = true, 1 // "btghato el tagamo3?"
		case (can || mid) && place[j-1] && (run < 3 || run < 5 && toQuestionEnd(j)):
			// (an address asked of runs longer when it ends the question:
			// "في شارع الورش بشبرا الخيمة؟")
			place[j] = true
			run++
		default:
			run = 0
		}
	}
	return place
}

// anotherShop: the shop noun at j names another shop, a landmark: said
// bare before a definite word ("فوق محل الموبايلات", "محل العصير").
func anotherShop(ts []token, j int) bool {
	sf := strings.TrimPrefix(ts[j].lowSurface(), "و")
	return !definite(sf) && wordKey(sf) == shopKey(ts[j]) && j+1 < len(ts) && !ts[j+1].sep && definite(ts[j+1].surface)
}

// placeAfter: the word at j leads to a place named, through any more
// words that lead to one ("اللي في سموحة", "ولا بس اللي في السيدة").
func placeAfter(ts []token, place []bool, j int) bool {
	k := j + 1
	for k < len(ts) && !ts[k].sep && (placeIntro[shopKey(ts[k])] || onlyWords[shopKey(ts[k])]) {
		k++
	}
	return k < len(ts) && place[k]
}

// theBranch: a branch or workplace named as the shop's own — definite
// ("الفرع", "الورشة") or "yours" ("فرعكم"), never "فرع" (a branch,
// whether there is one).
func theBranch(t token) bool {
	w := shopKey(t)
	return definite(t.lowSurface()) || strings.HasSuffix(w, "كم") || strings.HasSuffix(w, "كو") || w != "فرع" && w != "branch" && w != "far3"
}

// placeAsked: the clause of the shop named at i asks whether it is at the
// place named after it — it ends in a question mark, or offers a second
// place with "ولا" ("المحل في التوفيقية ولا في فيصل"): never the shop
// told of ("المحل في التوفيقية قفل بدري").
func placeAsked(ts []token, i int, place []bool) bool {
	j := i + 1
	for ; j < len(ts) && !ts[j].sep; j++ {
		if !place[j] && !placeIntro[shopKey(ts[j])] {
			return false // more than the place: a sentence about the shop
		}
	}
	if j < len(ts) && ts[j].text == "?" {
		return true
	}
	for k := i + 1; k < j; k++ {
		if orWords[shopKey(ts[k])] && k+1 < j {
			return true
		}
	}
	return false
}

// seasonAfter: the word at j puts a season or a day after it ("في
// رمضان", "في العيد").
func seasonAfter(ts []token, j int) bool {
	return j+1 < len(ts) && !ts[j+1].sep && (seasonWords[shopKey(ts[j+1])] || dayWords[shopKey(ts[j+1])])
}

// shopInClause: the clause of the word at i names the shop, you
// (plural), a branch or a workplace of the shop ("المحل في بنها فين؟").
func shopInClause(ts []token, i int) bool {
	in := func(j int) bool {
		w := shopKey(ts[j])
		return shopNouns[w] || youPlural[w] || branchNouns[w]
	}
	for j := i - 1; j >= 0 && !ts[j].sep; j-- {
		if in(j) {
			return true
		}
	}
	for j := i + 1; j < len(ts) && !ts[j].sep; j++ {
		if in(j) {
			return true
		}
	}
	return false
}

// shopBeyond is what a question about the shop asked of that its
// settings may not cover (a place, a season), as written.
func shopBeyond(text string, ts []token) []string {
	var out []string
	for _, t := range ts {
		if t.beyond && t.shop != 0 {
			out = append(out, surfaceOf(text, t.surface))
		}
	}
	return out
}

// shopKey is a word as the shop-question lists hold it: lower case, its
// conjunction و off, normalised.
func shopKey(t token) string {
	if strings.HasPrefix(t.surface, "ورا") { // lower keeps Arabic letters as they are
		if k := wordKey(t.lowSurface()); behindWords[k] {
			return k // "ورا", "وراها": behind (it), no و to take off
		}
	}
	return t.surfKey()
}

// behindWords: "behind (it)", whose و is the word's own.
var behindWords = set("ورا", "وراء", "وراه", "وراها")

// clockWord: "الساعة", "sa3a", "at": a figure after it is a time of day.
func clockWord(t token) bool {
	return clockWords[shopKey(t)]
}

// shopCue tells whether the word at i asks about the shop itself, which
// topic, and how many words the cue takes (0, 0: none).
func shopCue(ts []token, i int, place []bool) (ShopTopic, int) {
	w := shopKey(ts[i])
	next, prev := "", ""
	if i+1 < len(ts) && !ts[i+1].sep {
		next = shopKey(ts[i+1])
	}
	if i > 0 && !ts[i-1].sep {
		prev = shopKey(ts[i-1])
	}
	day := func(w string) bool { return dayWords[w] || timeWords[w] }
	switch {
	case hoursNouns[w] && windowTold(ts, i+1):
		return 0, 0 // "…، المواعيد من ٤ لـ ٦": the customer's times, told (clockwindow.go)
	case hoursNouns[w]:
		// "مواعيدكم", "المواعيد": the shop's — but "مواعيد التوصيل"
		// (a noun after it, the times of that) are another thing's
		if next != "" && !day(next) && !shopAround[next] && !hoursAround[next] && !hoursForAt(ts, i+1) {
			if workTimesAt(ts, i) {
				return ShopHours, 2 // "مواعيد الحصص يوم السبت؟" (shopwhom.go)
			}
			return 0, 0
		}
		return ShopHours, 1
	case shopOpen(ts, i):
		return ShopHours, 1
	case youOpen[w]:
		// "بتفتحوا", "فاتحين", "fat7in": you (plural), the shop, open
		return ShopHours, 1
	case itOpens[w] && (theShop[prev] || shopNouns[prev] || branchNouns[prev] && theBranch(ts[i-1]) || day(next)):
		// "المعرض بيفتح …", "بيقفل الساعة كام": the shop opening, not a
		// door ("الضلفة بتفتح ازاي؟")
		return ShopHours, 1
	case openSaid[w] && day(next) && i > 0 && (theShop[prev] || shopNouns[prev] || tradeSubject(ts, i-1, true)):
		// "العيادة فاتحة يوم الجمعة؟": the shop, named by its trade, open
		// on a day (shopwhom.go)
		return ShopHours, 1
	case (youWork[w] || offWords[w]) && (day(next) || day(prev)):
		// "بتشتغلوا الجمعة؟", "الجمعة اجازة؟", "shaghalin enharda?"
		return ShopHours, 1
	case englishOpen[w] && (next == "" || day(next) || hoursWord[next] || englishOpen[next] ||
		// "open 24 hours?"
		isNumber(ts[i+1].text) && i+2 < len(ts) && hourNouns[shopKey(ts[i+2])]):
		// "are you open on Friday?", "what time do you close?", "opening
		// hours" — not "open shelves"
		return ShopHours, 1
	case hoursWord[w] && (hoursOf[prev] || hoursFor[prev] || next == "" || day(next)):
		return ShopHours, 1
	}
	if n := whereAreYou(ts, i); n > 0 {
		return ShopWhere, n
	}
	if whereWords[w] && shopInClause(ts, i) || youPlural[w] && placeIntro[next] && placeAfter(ts, place, i) ||
		(shopNouns[w] || branchNouns[w] && theBranch(ts[i])) && prev == "" && placeIntro[next] && placeAfter(ts, place, i) && placeAsked(ts, i, place) {
		// "المحل في بنها فين؟", "انتو في العطارين ولا محطة الرمل؟",
		// "والمحل في التوفيقية ولا في فيصل؟", "محلكم في قليوب؟", "الورشة
		// في العجمي ولا في الهانوفيل؟" (the shop's own workplace, named
		// definite: "فرع في …؟" asks whether there is one): where the
		// shop is, asked of a place
		return ShopWhere, 1
	}
	if branchNouns[w] && placeIntro[next] && placeAfter(ts, place, i) && (haveBranch[prev] && prev != "a" || prev == "a" && i > 1 && haveBranch[shopKey(ts[i-2])] ||
		(yours[prev] || prev == "the") && placeAsked(ts, i, place) || i > 0 && thereIsAsked(ts, i-1, ShopWhere)) {
		// "عندكم فرع في طنطا؟", "وفيه فرع في اسكندرية؟", "do you have a
		// branch in …?", "is your branch inside City Stars?": where the
		// shop is, asked of a place — the shop's address answers, and the
		// place is kept for a person to confirm (token.beyond)
		return ShopWhere, 1
	}
	if coverAsked(ts, i) || youAreBranch(ts, i, place) {
		// "انتو بتغطوا مدينتي ولا القاهرة بس؟", "وانتو الفرع اللي في
		// شارع الهرم ولا اللي في فيصل؟" (shopplace.go)
		return ShopWhere, 1
	}
	if tradePlaceAsked(ts, i, place) {
		// "المركز بتاعكم في الدقي فين بالظبط؟": the shop named by its
		// trade, asked where it is at a place
		return ShopWhere, 1
	}
	if branchNouns[w] && (whereWords[next] || whereWords[prev]) {
		// "فرعكم فين؟", "فين الفرع؟": where the shop is (whether it has a
		// branch at a place is read above)
		return ShopWhere, 1
	}
	switch {
	case whereNouns[w] && (yours[next] || yourPlace(w)):
		return ShopWhere, 1
	case whereNouns[w] && (whereWords[next] || whereWords[prev] || askedOf(ts, i)):
		// "العنوان فين؟", "ابعتلي اللوكيشن", "what's the address?" — not
		// the customer's own ("العنوان: ١٢ شارع …", given, not asked)
		return ShopWhere, 1
	case w == "where" && shopNamed(ts, i):
		// "where is your showroom?", "where's the shop" — not "where is
		// my order?"
		return ShopWhere, 1
	}
	return 0, 0
}

// yourPlace: a place noun with "your" on it ("عنوانكم", "مكانكم",
// "لوكيشنكم").
func yourPlace(w string) bool {
	for _, s := range []string{"كم", "كو"} {
		if strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}

// askedOf: the clause of the word at i asks it of the shop — it ends in a
// question mark, or a verb of sending or showing, "ممكن", "what" is said
// in it.
func askedOf(ts []token, i int) bool {
	for j := i - 1; j >= 0 && !ts[j].sep; j-- {
		if askFor[shopKey(ts[j])] {
			return true
		}
	}
	j := i + 1
	for j < len(ts) && !ts[j].sep {
		j++
	}
	return j < len(ts) && ts[j].text == "?"
}

// shopNamed: after "where" in its clause, the shop itself (its showroom,
// shop, store) or "you" (the shop spoken to) — and nothing of the
// customer's ("my").
func shopNamed(ts []token, i int) bool {
	found := false
	for j := i + 1; j < len(ts) && !ts[j].sep; j++ {
		w := shopKey(ts[j])
		switch {
		case customers[w]:
			return false
		case shopPlaces[w] || youSaid[w]:
			found = true
		}
	}
	return found
}

// shopAskedOf is the topics Result.Service asks when every one of its
// questions is about the shop's hours or place: each question's every word
// was marked so by shopAsked (0 when some question is another: delivery,
// a branch, payment …), and every other word of the message is a
// greeting, thanks or politeness (smallTalk): "ممكن حد ييجي يعاين …؟
// ومواعيد المعرض" asks a visit too, "عندكم فرع في اسكندرية؟" whether a
// branch exists — a person answers those.
func shopAskedOf(ts []token, service []string) ShopTopic {
	for _, t := range ts {
		if !t.sep && t.shop == 0 && !smallTalk[shopKey(t)] && !askFor[shopKey(t)] && shopKey(t) != "" {
			return 0
		}
	}
	var k ShopTopic
	for _, q := range service {
		var qk ShopTopic
		for _, w := range strings.Fields(q) {
			at := slices.IndexFunc(ts, func(t token) bool { return t.shop != 0 && t.surface == w })
			if at < 0 {
				return 0
			}
			qk |= ts[at].shop
		}
		if qk == 0 {
			return 0
		}
		k |= qk
	}
	return k
}

var (
	// hoursNouns: the shop's hours named ("مواعيدكم", "mawa3ed").
	hoursNouns = set("مواعيد", "المواعيد", "مواعيدكم", "مواعيدكو", "ميعادكم", "mawa3ed", "mawa3id", "mawa3idko", "mawa3edko", "mawa3edkom",
		"mawa3eedko", "mawa3edkon", "mwa3ed", "mwa3edko")
	// youOpen: "you (plural) open / close / are open", Arabic and Franco.
	youOpen = set("فاتحين", "مفتوحين", "بتفتحوا", "بتفتحو", "هتفتحوا", "هتفتحو", "تفتحوا", "بتقفلوا", "بتقفلو", "هتقفلوا",
		"هتقفلو", "تقفلوا", "قافلين", "fat7in", "fat7een", "fate7in", "fat7en", "maftoo7in", "maftou7in", "btefta7o",
		"bteftaho", "hteftaho", "hatefta7o", "bt2flo", "bte2flo", "bet2felo", "2aflin")
	// itOpens: "it (he) opens / closes": the shop's when the shop is its
	// subject or a day or a time follows.
	itOpens = set("بيفتح", "بيقفل", "هيفتح", "هيقفل", "يفتح", "يقفل", "bayefta7", "byefta7", "bey2fel", "fat7", "fate7",
		"2afel",
		// she opens: the shop named by a feminine noun ("الورشة",
		// "المغسلة", "الصيدلية")
		"بتفتح", "بتقفل", "هتفتح", "هتقفل", "btefta7", "bet2fel", "bt2fel")
	// hourNouns: hours counted ("٢٤ ساعة", "24 hours").
	hourNouns = set("ساعه", "ساعات", "hours", "hrs", "sa3a")
	// dayNoun: "يوم" before a day's name.
	dayNoun = set("يوم", "youm", "yom")
	// haveBranch: whether the shop has a branch at a place — "عندكم فرع
	// في …؟", "وليكم فرع …؟", "فيه فرع …؟", "do you have a branch in …?"
	haveBranch = set("عندكم", "عندكو", "ليكم", "ليكو", "فيه", "3andoko", "3ndko", "3andko", "leko", "lekom", "have", "do",
		"there", "any", "a")
	// youWork: "you (plural) work / are working" — open, asked of a day.
	youWork = set("بتشتغلوا", "بتشتغلو", "شغالين", "هتشتغلوا", "shaghalin", "sha8alin", "btesht8alo")
	// offWords: a day off — "الجمعة اجازة؟", "closed on Sunday?".
	offWords = set("اجازه", "اجازتكم", "agaza", "closed")
	// englishOpen: English opening and closing.
	englishOpen = set("open", "opening", "close", "closing", "opened", "closed")
	// dayWords: a day asked ("يوم الجمعة", "النهارده", "today").
	dayWords = set("يوم", "ايام", "النهارده", "النهاردا", "انهارده", "بكره", "بكرا", "دلوقتي", "دلوقت", "الجمعه", "السبت",
		"الحد", "الاحد", "الاتنين", "التلات", "الثلاثاء", "الاربع", "الاربعاء", "الخميس", "العيد", "رمضان", "الاجازات",
		"جمعه", "سبت", "خميس", "youm", "yom", "enharda", "naharda", "elnaharda", "bokra", "delwa2ty", "gom3a",
		"elgom3a", "today", "tomorrow", "tonight", "now", "friday", "saturday", "sunday", "monday", "tuesday",
		"wednesday", "thursday", "fridays", "weekend", "weekends", "holidays", "eid", "ramadan", "on")
	// timeWords: a time asked ("الساعة كام", "لحد امتى", "what time").
	timeWords = set("الساعه", "للساعه", "ساعه", "لحد", "لغايه", "امتي", "emta", "sa3a", "elsa3a", "le7ad", "until",
		"till", "time", "when", "at", "late")
	// hoursAround: besides days and times, what an hours question says:
	// "من … لـ …", "الصبح", "بالليل", "كام", "ايه", "what".
	hoursAround = set("كام", "لكام", "lkam", "lekam", "من", "الصبح", "بالليل", "الضهر", "العصر", "المغرب", "بليل", "ايه", "kam", "eh", "what",
		"from", "to", "s", "are", "الشغل", "العمل", "shoghl", "sho8l", "el", "is", "do", "does", "you", "your", "today's", "hours", "times", "usually", "still", "also",
		// "… النهارده ولا لا؟", "… walla la2?": or not ("fat7in el gom3a
		// walla agaza?": or a day off)
		"لا", "la2", "or", "not", "walla", "wala",
		// early or late, before or after a meal of Ramadan: "بتفتحوا بدري
		// ايام رمضان ولا بعد الفطار بس؟"
		"بدري", "متاخر", "بعد", "قبل", "الفطار", "الفطور", "السحور", "بس", "للفطار", "للفطور", "للسحور",
		// before or after a prayer, as Friday's hours are said: "فاتحين
		// الجمعة بعد الصلاة؟", "are you open on Friday after prayer?"
		"الصلاه", "صلاه", "early", "late", "after", "before", "the", "prayer", "prayers", "ba3d", "abl", "2abl", "salah", "salat", "el-salah", "elsalah",
		// the prayers the day's hours are told by: "فاتحين بعد التراويح؟"
		"التراويح", "تراويح", "العشا", "العشاء", "الفجر", "الظهر", "taraweeh", "tarawih", "isha",
		// at night, as Franco writes it: "le7ad el sa3a kam bel leil?"
		"bel leil", "belleil", "bel lel", "bellel", "bel lail", "bellail", "bel", "leil", "lail", "lel")
	// shopAround: whom the question is asked of: the shop, you.
	shopAround = set("المعرض", "المحل", "معرضكم", "محلكم", "انتو", "انتم", "انتوا", "حضرتكم", "هو", "entu", "ento", "ma3rad",
		// the shopkeeper spoken to: "انت فاتح دلوقتي؟"
		"انت", "enta", "inta",
		"ma7al", "m7al", "el", "the", "it", "showroom", "shop", "store", "you", "your", "u", "guys")
	// whereAround: what a where question says besides: "فين", "بالظبط",
	// "located", "exactly".
	whereAround = set("فين", "بالظبط", "بالضبط", "fein", "fen", "feen", "bezabt", "belzabt", "where", "is", "are", "located",
		"exactly", "your", "the", "what", "s", "what's", "whats", "ايه", "eh", "map", "link", "on", "maps",
		"google", "لينك", "exact",
		// "… ولا بس اللي في السيدة؟": or only the one in
		"بس", "bas", "only", "just")
	// whereNouns: the shop's place named.
	whereNouns = set("العنوان", "عنوان", "عنوانكم", "عنوانكو", "عنوانه", "عنوانها", "لوكيشن", "اللوكيشن", "لوكيشنكم", "مكانكم", "مكانكو",
		"3enwan", "el3enwan", "3nwan", "3enwanko", "location", "lokeshn", "address", "directions")
	// yours: "your" after a place noun.
	yours = set("بتاعكم", "بتاعكو", "بتاعتكم", "بتاعتكو", "your", "yours")
	// askFor: a clause that asks for the place: send it, share it, may I,
	// tell me, (I want to) know ("ممكن اعرف مواعيدكم؟", "قولي العنوان",
	// "momken a3raf …").
	askFor = set("ابعتلي", "ابعتولي", "ابعتلنا", "ابعتولنا", "ابعتيلي", "تبعتلي", "تبعتولي", "ممكن", "عايز", "عاوز", "محتاج",
		"momken", "send", "share", "what's", "whats", "what", "is", "give",
		"اعرف", "نعرف", "عرفني", "عرفوني", "عرفنا", "قولي", "قوللي", "قوليلي", "قولولي", "تقولي", "تقوللي", "تقوليلي", "تقولولي",
		"تعرفني", "تعرفوني", "a3raf", "a3rf", "ne3raf", "2oly", "2olly", "2oli", "2ololy", "t2oly", "t2olly")
	// hoursWord: English hours; hoursOf: whose or which hours.
	hoursWord = set("hours", "times")
	hoursOf   = set("your", "working", "business", "opening", "open", "the")
	// customers: the customer's own, not the shop ("where is my order?").
	customers = set("my", "our", "mine")
	youSaid   = set("you", "u")
	// clockWords: a figure after them is a time of day.
	clockWords = set("الساعة", "للساعة", "الساعه", "للساعه", "sa3a", "at")
	// smallTalk: what may be said around a question of the shop's hours
	// or place and asks nothing more — greetings, thanks, politeness, a
	// question's opening particle ("هو", "هل").
	smallTalk = set("السلام", "سلام", "عليكم", "عليكو", "رحمه", "الله", "بركاته", "صباح", "مساء", "الخير", "النور", "الفل",
		"الورد", "الياسمين", "اهلا", "أهلا", "هاي", "هلا", "مرحبا", "ازيك", "ازيكم", "يا", "جماعه", "باشا", "فندم", "حضرتك",
		"لو", "سمحت", "سمحتي", "سمحتوا", "فضلك", "شكرا", "متشكر", "متشكرين", "مرسي", "تسلم", "تسلموا", "هو", "هل",
		"ahlan", "salam", "3aleko", "3alekom", "sabah", "masa2", "misa2", "el", "kheir", "khair", "lw", "law", "samaht",
		"hi", "hello", "hey", "dear", "good", "morning", "afternoon", "evening", "team", "sir", "madam", "there", "please",
		"pls", "plz", "thanks", "thank", "thx", "shokran", "merci", "mersi", "and", "ok", "okay", "guys", "can", "could",
		"tell", "me", "i", "know", "like", "to", "would", "want", "w", "we")
	// placeIntro: what puts a place after it in a question about the
	// shop: in, at, near, of ("بتاع"), or another ("ولا", "or").
	placeIntro = set("في", "فى", "فيه", "لا", "ناحيه", "جنب", "جمب", "قصاد", "قدام", "عند", "فوق", "تحت", "ورا", "وراء", "بجوار", "جوار", "بتاع", "جوه", "جوا", "gowa", "بتاعه", "اللي", "ولا", "in", "inside", "near", "at",
		"around", "or", "fel", "fl", "fi", "f", "bta3", "elly", "walla")
	// besideIt: a place told by the landmark just named — beside, behind,
	// above, below, facing it ("ولا جنبه؟", "الشارع اللي وراها").
	besideIt = set("جنبه", "جنبها", "جمبه", "جمبها", "وراه", "وراها", "فوقه", "فوقها", "تحته", "تحتها", "قصاده", "قصادها",
		"قدامه", "قدامها", "gambo", "ganbo", "gambaha", "ganbaha", "warah", "waraha")
	// placeRelative: "اللي" (that, which) leads to a place only through
	// "في"
	placeRelative = set("اللي", "elly", "illi")
	// branchNouns: a branch of the shop, or the shop's own workplace
	// named ("المخزن", "الورشة", "المصنع", "المشتل").
	// (shopKey takes the و off: "والمخزن" is "المخزن")
	branchNouns = set("فرع", "الفرع", "فرعكم", "فرعكو", "branch", "far3", "المخزن", "الورشه", "المصنع", "المشتل")
	// seasonWords: a season the shop's hours may differ in ("مواعيدكم
	// ايه في رمضان؟").
	seasonWords = set("رمضان", "العيد", "الاجازات", "الصيف", "الشتا", "الشتاء", "ramadan", "eid", "holidays", "summer", "winter")
	// shopPlaces: the shop itself in English.
	shopPlaces = set("showroom", "shop", "store", "gallery", "place", "branch",
		// a trade's own workplace: "where is your office exactly?"
		"office", "center", "centre", "clinic", "studio", "salon", "workshop", "gym", "factory", "warehouse", "outlet", "academy",
		"premises", "bakery", "pharmacy", "restaurant", "cafe")
)
