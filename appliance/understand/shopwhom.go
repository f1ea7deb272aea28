package understand

// More questions of the shop's hours and places (shopAsked): hours asked
// for whom ("مواعيد للسيدات"), the hours of the shop's own work on a day
// ("مواعيد الحصص يوم السبت؟"), and a branch asked with "في" written for
// "فيه" ("وفي فرع في مدينة نصر؟").

// hoursFor: whom the shop's hours are for — women or men only, children
// ("في مواعيد للسيدات بس؟", "mawa3ed lel setat?", "ladies hours?"). The
// settings' hours answer; whether the shop keeps such times is kept for a
// person to confirm (token.beyond).
var hoursFor = set("للسيدات", "سيدات", "السيدات", "للستات", "ستات", "الستات", "للبنات", "بنات", "للحريم", "حريم", "للرجاله",
	"رجاله", "الرجاله", "للرجال", "للاطفال", "اطفال", "للاولاد", "lelsayedat", "sayedat", "lelsetat", "setat", "ladies", "women",
	"womens", "female", "men", "mens", "kids", "children")

// hoursForAt: the word at j says whom the hours are for; Franco "lel"
// (for the) with such a word after it, "only" with one before it.
func hoursForAt(ts []token, j int) bool {
	switch w := shopKey(ts[j]); w {
	case "lel":
		return j+1 < len(ts) && !ts[j+1].sep && hoursFor[shopKey(ts[j+1])]
	case "only":
		return j > 0 && !ts[j-1].sep && hoursFor[shopKey(ts[j-1])]
	default:
		return hoursFor[w]
	}
}

// workTimesAt: the hours noun at i ("مواعيد") is followed by the shop's
// own work named definite and then a day or a time — "مواعيد الحصص يوم
// السبت؟", "مواعيد الكشف النهارده؟": when the shop works that day, its
// hours. A service a person arranges (delivery, installation, an
// inspection: serviceTopics) is none ("مواعيد التوصيل يوم السبت؟"), nor
// a figure or a colour.
func workTimesAt(ts []token, i int) bool {
	if i+2 >= len(ts) || ts[i+1].sep || ts[i+2].sep {
		return false
	}
	t := ts[i+1]
	w := shopKey(t)
	if !definite(t.surface) || t.color != "" && !t.fuzzy || isNumber(t.text) || serviceTopics[w] || serviceTopics[t.text] ||
		dayWords[w] || timeWords[w] || shopAround[w] || hoursAround[w] {
		return false
	}
	return dayWords[shopKey(ts[i+2])] && shopKey(ts[i+2]) != "on" || timeWords[shopKey(ts[i+2])]
}

// thereIsAsked: the word at j is "في" written for "فيه" (there is), or
// Franco "fi", opening its clause (after greetings only) before what is
// asked of the shop — a branch noun ("وفي فرع في مدينة نصر؟", "fi far3
// fe el haram?": whether the shop has a branch there) or, for its hours,
// an hours noun ("وفي مواعيد للسيدات بس؟").
func thereIsAsked(ts []token, j int, k ShopTopic) bool {
	if ts[j].sep || !thereIsWords[shopKey(ts[j])] || j+1 >= len(ts) || ts[j+1].sep {
		return false
	}
	if next := shopKey(ts[j+1]); k == ShopWhere && !branchNouns[next] || k == ShopHours && !hoursNouns[next] {
		return false
	}
	for m := j - 1; m >= 0 && !ts[m].sep; m-- {
		if !smallTalk[shopKey(ts[m])] {
			return false
		}
	}
	return true
}

// thereIsWords: "في", "فى" (for "فيه"), Franco "fi", "fe".
var thereIsWords = set("في", "فى", "fi", "fe")

// whereExactly: the clause from j on says "exactly" ("فين بالظبط"): the
// place of a shop named by a word of its goods ("السنتر", on "شنطة
// السنتر") asked, with a place named (tradePlaceAsked).
func whereExactly(ts []token, j int) bool {
	for ; j < len(ts) && !ts[j].sep; j++ {
		if whereExact[shopKey(ts[j])] {
			return true
		}
	}
	return false
}

// openSaid: "open", the participle said of the shop named before it
// ("العيادة فاتحة يوم الجمعة؟", "المعمل مفتوح النهارده؟"): a question of
// its hours only with that subject and a day or a time right after — alone
// "فاتح" is a light shade.
var openSaid = set("فاتح", "فاتحه", "مفتوح", "مفتوحه")

// youOne: "you" said to one person, the shop's owner ("وانت فين
// بالظبط؟", "w enta fein belzabt?"): where the shop is, asked where
// exactly (whereAreYou).
var youOne = set("انت", "انتي", "enta", "inta", "enti", "inti")

// francoSubject: the two words before the shop's opening verb at i are
// Franco's article and a noun, opening the clause after greetings only,
// and every word after the verb up to a question mark is read already as
// the question of hours ("el mal3ab fate7 le7ad el sa3a kam bel leil?",
// "el 3eyada fat7a el gom3a?"): the shop named by its trade, the subject
// of its opening — even a word of the catalog, which the shop's own place
// is named by (the pitch).
func francoSubject(ts []token, i int) bool {
	if i < 2 || ts[i-1].sep || ts[i-2].sep || ts[i-2].lowSurface() != "el" {
		return false
	}
	if t := ts[i-1]; t.color != "" && !t.fuzzy || isNumber(t.text) || t.shop != 0 || !isLatinWord(t.surface) {
		return false
	}
	for k := i - 3; k >= 0 && !ts[k].sep; k-- {
		if !smallTalk[shopKey(ts[k])] {
			return false
		}
	}
	e := i + 1
	for ; e < len(ts) && !ts[e].sep; e++ {
		if ts[e].shop&ShopHours == 0 {
			return false
		}
	}
	return e > i+1 && e < len(ts) && ts[e].text == "?"
}
