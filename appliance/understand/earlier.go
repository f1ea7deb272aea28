package understand

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"
)

// What was before: a purchase, a delivery, an installation, a call or a
// measurement told before a new request ("الـ٣ أبواب اللي خدتهم منكم طلعوا
// حلوين، عايز زيهم ٢ كمان", "أنا اللي اتصلت امبارح، بص هناخد …"). The
// earlier part is context: its products and figures are not ordered, and
// the request after the want-verb is the order; "زيه"، "زيها"، "زيهم" (one
// like it) or "كمان" with no product of its own name the earlier product
// again. With a defect, a discrepancy, money paid or a warranty anywhere it
// stays after-sales (a complaint), as intentOf reads it.

// earlierSplit is the index of the want-verb that starts a new request
// after an earlier purchase or visit told with nothing wrong, or -1.
func (r *Rules) earlierSplit(ts []token) int {
	told := false // an earlier purchase, delivery, installation or call
	for i, t := range ts {
		if t.sep {
			continue
		}
		// "ناقصني", "بس ناقص" after praise of what came ("… اللي جت امبارح
		// تمام، ناقصني بس …"): what is still wanted, a new request they
		// tell; one more of the kind that came ("الكراسي اللي جت تمام بس
		// ناقص كرسي") is a short delivery, and so is "ناقص" after the order
		need := needWords[t.text] && praisedBefore(ts[:i]) && !r.sameKind(ts[:i], ts[i+1:])
		if told && (wantVerbs[t.text] || need) {
			if i+1 < len(ts) && !ts[i+1].sep && (ts[i+1].text == "اعرف" || ts[i+1].text == "اسال") {
				return -1 // "عايز اعرف …": a question about the earlier one
			}
			from := i
			if need {
				from = i + 1 // the need word is no discrepancy of its own
			}
			if defect(ts[:i]) || defect(moreAsked(ts[from:])) || paidOrWarranty(ts) {
				return -1
			}
			return i
		}
		if relative(t) && i+1 < len(ts) && !ts[i+1].sep && ownedFor[ts[i+1].text] {
			told = true // "السخان اللي بقاله عشرين سنة …": one had for years
		}
		if relative(t) && i+1 < len(ts) && !ts[i+1].sep && !likeLast(ts, i) && (pastVerb(ts[i+1].text) || pastPlural(ts[i+1].text) || pastWords[ts[i+1].text] || visitVerbs[ts[i+1].text] || francoPast(ts[i+1].surface)) &&
			!(i > 0 && !ts[i-1].sep && likeWords[ts[i-1].text]) ||
			receivedWords[t.text] || deliveredWords[t.text] || boughtEn[t.lowSurface()] || boughtAr[t.bareKey()] {
			told = true
		}
	}
	return -1
}

// pastPlural: a verb in the past of "they" after اللي ("اللي وصلوا",
// "اللي ركبوها"): its stem with وا, and no present or future prefix
// ("اللي بيوصلوا" is what they do).
func pastPlural(w string) bool {
	for _, o := range []string{"ها", "هم", "ه", ""} {
		st, ok := strings.CutSuffix(w, o)
		if !ok {
			continue
		}
		stem, ok := strings.CutSuffix(st, "وا")
		if !ok && o != "" {
			stem, ok = strings.CutSuffix(st, "و") // "ركبوها" is written so
		}
		if ok && utf8.RuneCountInString(stem) >= 3 && !strings.HasPrefix(stem, "ب") && !strings.HasPrefix(stem, "ي") && !strings.HasPrefix(stem, "ه") {
			return true
		}
	}
	return false
}

// francoPast: a Franco-Arabic verb in the past with its object after
// "elly" ("estalamnaha", "rakabtoha", "khadnahom"): we or you, then it or
// them.
func francoPast(w string) bool {
	w = lower(w)
	for _, s := range []string{"naha", "nahom", "nahum", "naho", "toha", "tohom", "toho", "tha", "thom"} {
		if stem, ok := strings.CutSuffix(w, s); ok && len(stem) >= 3 && !strings.HasPrefix(stem, "b") {
			return true
		}
	}
	return false
}

// relative: "اللي" (who, which) as written.
func relative(t token) bool {
	return t.surface == "اللي" || t.surface == "الي" || t.surface == "elly" || t.surface == "illi"
}

// wantVerbs start a new request: wanting, needing, taking, deciding.
var wantVerbs = set("عايز", "عاوز", "عايزه", "عاوزه", "عايزين", "عاوزين", "محتاج", "محتاجه", "محتاجين",
	"هاخد", "هناخد", "هنخد", "ابغي", "ابغا", "نبغي", "ابي", "بدي", "3ayez", "3ayza", "3ayzin", "3awez", "me7tag",
	// deciding or choosing, then the list: "احنا قررنا خلاص: …"
	"قررت", "قررنا", "اخترت", "اخترنا", "استقرينا",
	// sending and bringing: "ابعتلي كمان ٨ متر", "هاتلي ٢ زيهم"
	"ابعتلي", "ابعتولي", "ابعتلنا", "ابعتولنا", "ابعتيلي", "هاتلي", "هاتولي", "هاتلنا",
	// English: "we need 2 more", "please send 3 more"
	"need", "want", "send")

// needWords say what is still wanted ("ناقصني بس كابينة"): after praise
// of what came a new request, else a discrepancy of the delivery.
var needWords = set("ناقص", "ناقصني", "ناقصنا", "ناقصاني", "فاضلي", "فاضلنا")

// praisedBefore: the earlier part says what came is fine ("تمام", "زي
// الفل", "والحمد لله", "طلعوا حلوين").
func praisedBefore(ts []token) bool {
	for _, t := range ts {
		if !t.sep && (praiseWords[t.text] || t.text == "تمام" || t.text == "الحمد" || t.text == "الحمدلله" ||
			t.text == "مبسوطين" || t.text == "مبسوط" || t.text == "مبسوطه") {
			return true
		}
	}
	return false
}

// sameKind: the request's first stretch names a head noun the earlier
// part names, or the earlier part is the order itself ("الطلب").
func (r *Rules) sameKind(earlier, request []token) bool {
	heads := map[string]bool{}
	for _, t := range earlier {
		if t.sep {
			continue
		}
		if orderNouns[t.text] {
			return true
		}
		if r.isHead(t.text) {
			heads[strings.TrimSuffix(t.text, "ه")] = true // "الأوكر" and "اوكرة" are one kind
		}
	}
	for _, t := range request {
		if t.sep {
			break // "ناقص شباك المطبخ: مجرى …": what is missing is a place's goods
		}
		if heads[strings.TrimSuffix(t.text, "ه")] {
			return true
		}
	}
	return false
}

// orderNouns name an order as a whole.
var orderNouns = set("طلب", "الطلب", "طلبيه", "الطلبيه", "اوردر", "الاوردر", "order", "الشحنه", "شحنه")

// moreAsked is the request with "زيادة" (more, one to spare: "٢ قاعدة
// زيادة عشان الهوا") and "أزود" (add) read as more, not as a delivery's
// excess: the words it leaves to defect.
func moreAsked(ts []token) []token {
	out := make([]token, 0, len(ts))
	for _, t := range ts {
		if !t.sep && (t.text == "زياده" || t.text == "ازود" || t.text == "نزود") {
			continue
		}
		out = append(out, t)
	}
	return out
}

// receivedWords tell goods already came or were put in, beside
// deliveredWords: "اتركبوا", "جتلنا", "قسنا".
var receivedWords = set("اتركبوا", "اتركبو", "جتلنا", "جتلي", "جاتلنا", "جالنا", "جالي", "ركبتوها", "ركبتوه", "ركبتوهم", "قسنا", "قاسوا",
	// the shop brought them: "المرة اللي فاتت جبتلي فلتر …", "جبتولنا"
	"جبتلي", "جبتولي", "جبتلنا", "جبتولنا", "جبتهولي", "جبتوهولي")

// boughtAr tell in the first person of goods bought, taken or made before
// ("احنا اشترينا منكم …", "خدت منكم السنة اللي فاتت …").
var boughtAr = set("اشتريت", "اشترينا", "خدت", "خدنا", "اخدت", "اخدنا", "فصلت", "فصلنا", "جبت", "جبنا", "ركبنا", "عملنا",
	// what the shop brought or put in for the customer: "جبتلي فلتر … وركبته"
	"جبتلي", "جبتولي", "جبتلنا", "جبتولنا", "ركبتلي", "ركبتولي", "ركبتلنا", "ركبتولنا")

// boughtEn tell in English of goods bought, received or put in.
var boughtEn = set("bought", "received", "installed", "delivered", "purchased", "ordered", "got", "brought")

// softContext are complaint cues that, in the earlier part, only tell
// when or that it was bought ("امبارح", "لسه زي الفل").
var softContext = set("امبارح", "لسه", "ضروري", "طلبت", "طلبنا", "ركبتوها", "ركبتوه", "ركبتوهم",
	"اشتريتها", "اشتريته", "اشتريتهم", "اخدتها", "اخدته", "اخدتهم")

// defect: ts says something is wrong, awaited or to be exchanged: a
// complaint cue (beyond the past words that only tell of the purchase), a
// discrepancy (not "بس" = "but", nor "زي ما اتفقنا" = as agreed), "مش" before
// how a thing is, or a negated verb ("موصلوش", "مركبوش").
func defect(ts []token) bool {
	for i, t := range ts {
		if t.sep {
			continue
		}
		w := t.text
		bare := wordKey(strings.TrimPrefix(t.surface, "و"))
		if !softContext[w] && !softContext[bare] && !(relative(prev(ts, i)) && pastVerb(w)) &&
			(complaintWeight(w) > 0 || complaintWeight(bare) > 0) {
			return true
		}
		for _, o := range []string{"ها", "هم", "ه"} {
			if st, ok := strings.CutSuffix(w, o); ok && (exchangeVerbs[st] || complaintCues[st] >= 0.5 && !softContext[st]) {
				return true // "عايز اغيرها", "ابدلهم": an exchange of what came
			}
		}
		if w == "but" || w == "however" {
			return true // "we received them but …": what follows is what went wrong
		}
		if (discrepancyWords[w] || discrepancyWords[bare]) && w != "بس" && w != "bas" && w != "only" &&
			!(i > 1 && ts[i-1].text == "ما" && likeWords[ts[i-2].text]) {
			return true
		}
		if (w == "مش" || w == "مبقاش" || w == "not") && i+1 < len(ts) && !ts[i+1].sep {
			if n := ts[i+1].text; qualityWords[n] || strings.HasPrefix(n, "بي") || strings.HasPrefix(n, "بت") {
				return true
			}
		}
		if negatedVerb(t.surface) {
			return true
		}
	}
	return false
}

// exchangeVerbs change or return what came: "استبدلها", "ابدله", "ارجعهم".
var exchangeVerbs = set("استبدل", "نستبدل", "ابدل", "نبدل", "اغير", "نغير", "ارجع", "نرجع", "exchange", "return", "replace")

// changeVerbRe is a verb of changing or swapping, in Egyptian Arabic with
// its prefixes and suffixes ("تغيروا", "هتبدلوه", "نغيرلك") or in English
// and Franco ("change", "instead", "badal", "8ayar").
var changeVerbRe = regexp.MustCompile(`^(?:[وف])?(?:ب|هت|حت|ه|ح)?(?:[تنيا]?ست|[تنيا])?(?:غير|غيير|بدل|بدال)(?:وا|و|ي|ه|ها|هم|لي|لك|لنا|وه|وها|وهم)?$` +
	`|^(?:change|changed|changing|instead|swap|replace|exchange|badal|ghayar|ghayyar|8ayar|8ayyar|t8ayar|tghayar|te8ayar|n8ayar|ne8ayar|e8ayar)$`)

// ChangeVerb: w, a word as the customer wrote it (Result.Unexplained),
// asks to change or swap something ("بدل" also says "instead of"). After
// an invoice such a word is about that invoice (pipeline.RuleAboutDoc);
// exchangeVerbs are the narrower cue of a complaint about what came.
func ChangeVerb(w string) bool { return changeVerbRe.MatchString(lower(w)) }

// prev is the word before i in its sentence (a zero token at a separator).
func prev(ts []token, i int) token {
	if i == 0 || ts[i-1].sep {
		return token{}
	}
	return ts[i-1]
}

// negatedVerb: the Egyptian negation around a verb, م…ش ("موصلوش",
// "ماركبوش", "مشتغلش").
func negatedVerb(s string) bool {
	s = strings.TrimPrefix(s, "و")
	return utf8.RuneCountInString(s) >= 4 && strings.HasPrefix(s, "م") && strings.HasSuffix(s, "ش") && s != "مفيش" && s != "معلش" ||
		s == "مفيش"
}

// paidOrWarranty: a price already paid ("ب ١٥٥٠٠", "ودفعت") or a warranty
// word: after-sales however the rest reads.
func paidOrWarranty(ts []token) bool {
	for i, t := range ts {
		if t.sep {
			continue
		}
		bare := wordKey(strings.TrimPrefix(t.surface, "و"))
		if warrantyWord(t.text) || strings.HasPrefix(bare, "دفع") && pastWords[bare] || paidWord(ts, i) {
			return true
		}
		if t.text == "ب" && i+1 < len(ts) && !ts[i+1].sep && isNumber(ts[i+1].text) {
			return true
		}
	}
	return false
}

// lastNamed is the last stretch of catalog words in ts with the named
// sizes and the colours said among them ("البورسلين المارمو ٦٠×٦٠
// الرمادي"), copied.
func lastNamed(ts []token) []token {
	end := len(ts)
	for end > 0 && !(ts[end-1].lex || ts[end-1].color != "") {
		end--
	}
	start := end
	for start > 0 {
		t := ts[start-1]
		if t.sep || !(t.lex || t.color != "" || t.text == "x" || isNumber(t.text) && (start < len(ts) && ts[start].text == "x" || start >= 2 && ts[start-2].text == "x")) {
			break
		}
		start--
	}
	return append([]token{}, ts[start:end]...)
}

// decisionVerbs decide on a thing ("استقرينا عليه", "اخترنا"), onIt
// point back at it.
var (
	decisionVerbs = set("قررت", "قررنا", "اخترت", "اخترنا", "استقرينا", "استقريت", "رسينا", "رسيت")
	onIt          = set("عليه", "عليها", "عليهم")
)

// anaphors say "one like it": the earlier product asked again.
var anaphors = set("زيه", "زيها", "زيهم", "زيهن", "زيو", "مثله", "مثلها", "مثلهم",
	"zayo", "zayoh", "zayaha", "zayha", "zayohom", "zayhom", "zaiha", "zaiho")

// moreWords ask for more of the same: "واحدة كمان", "٢٠ متر تاني".
var moreWords = set("كمان", "تاني", "تانيه", "kaman", "tany", "more", "another")

// setEarlierAside makes the words before the new request context (placed,
// no line of their own) and puts the earlier product's words where the
// request names it again ("زيهم"، or after "كمان" when the request names
// no product before its first separator). It returns the tokens to read.
func (r *Rules) setEarlierAside(ts []token, at int) []token {
	if at+1 < len(ts) && decisionVerbs[ts[at].text] && onIt[ts[at+1].text] {
		// "شفنا البورسلين … الرمادي، استقرينا عليه": the last thing named,
		// as it was named, colour and all, is the one decided on
		seen := lastNamed(ts[:at])
		for i := 0; i < at; i++ {
			if !ts[i].sep {
				ts[i].neg, ts[i].used = true, true
			}
		}
		for i := range seen {
			seen[i].neg, seen[i].used = false, false
			// its figures name it (the 60×60 one), no size said of the line
			seen[i].compound = isNumber(seen[i].text)
		}
		out := append(append([]token{}, ts[:at+1]...), seen...)
		return append(out, ts[at+2:]...)
	}
	var earlier []token // the earlier product's words: its name, not its count or colour
	for i := 0; i < at; i++ {
		t := ts[i]
		if t.sep || !t.lex && !(sizeBy(ts, i) && len(earlier) > 0) || t.color != "" || isNumber(t.text) && len(earlier) == 0 {
			if len(earlier) > 0 {
				break
			}
			continue
		}
		if isNumber(t.text) && !(i+1 < at && sizeBy(ts, i+1) || i > 0 && sizeBy(ts, i-1)) {
			break // "… ٥٠ متر": a figure that is no named size ends the name
		}
		earlier = append(earlier, t)
	}
	for i := 0; i < at; i++ {
		if !ts[i].sep {
			ts[i].neg, ts[i].used = true, true
		}
	}
	if len(earlier) == 0 {
		return ts
	}
	for i := range earlier {
		earlier[i].neg, earlier[i].used = false, false
	}
	// the request's first stretch: up to a separator or a new line joined by و
	end := at + 1
	for end < len(ts) && !ts[end].sep && !((ts[end].conj || ts[end].text == "و" || ts[end].text == "and") && end > at+1) {
		end++
	}
	named, more := false, -1
	for i := at + 1; i < end; i++ {
		if i+1 < end && eachWords[ts[i].text] && newOne[ts[i+1].text] {
			// "عايزة واحد جديد خمسين لتر": a new one of the kind had
			out := append(append([]token{}, ts[:i]...), earlier...)
			return append(out, ts[i+2:]...)
		}
		if anaphors[ts[i].text] || anaphors[ts[i].surface] {
			kind := earlier
			if but(ts[i+1 : end]) {
				kind = earlier[:1] // "زيها بس يدوي": the same kind, another variant
			}
			out := append(append([]token{}, ts[:i]...), kind...)
			return append(out, ts[i+1:]...)
		}
		named = named || r.isHead(ts[i].text)
		if moreWords[ts[i].text] && more < 0 {
			more = i + 1
		}
	}
	if named || more < 0 {
		return ts
	}
	out := append(append([]token{}, ts[:more]...), earlier...)
	return append(out, ts[more:]...)
}

// sizeBy: token i is the "x" or "في" between the two sides of a size
// ("١٦٠ في ٢٣٠"): the earlier product's size, said with its name, is part
// of what "زيها" names again.
func sizeBy(ts []token, i int) bool {
	if i <= 0 || i+1 >= len(ts) || ts[i].sep {
		return false
	}
	return (ts[i].text == "x" || ts[i].text == "في") && isNumber(ts[i-1].text) && isNumber(ts[i+1].text)
}

// ownedFor: "اللي بقاله عشرين سنة": had for so long.
var ownedFor = set("بقاله", "بقالها", "بقالهم", "بقالي", "بقالنا")

// newOne: "واحد جديد", "واحدة تانية": a new one of the kind named before.
var newOne = set("جديد", "جديده", "تاني", "تانيه", "غيره", "غيرها")

// but: "بس" in the request before a word of the catalog that is no colour
// and no figure ("بس يدوي"): the request swaps a feature of the earlier
// product.
func but(ts []token) bool {
	for i, t := range ts {
		if (t.text == "بس" || t.text == "bas" || t.text == "but") && i+1 < len(ts) && !ts[i+1].sep &&
			ts[i+1].lex && ts[i+1].color == "" && !isNumber(ts[i+1].text) {
			return true
		}
	}
	return false
}

// englishContext is where an English request starts after sentences that
// only tell who the customer is or what they are doing ("I run a small
// hostel in Dahab.", "Hi, we're fitting out a rooftop restaurant."), or
// -1. Those sentences open with I or we (after a greeting), ask nothing
// and name no product's head noun but places; they are context, like an
// earlier purchase told (their figures are no counts: "4 staff bathrooms").
func (r *Rules) englishContext(ts []token) int {
	start, told := 0, false
	for i := 0; i <= len(ts); i++ {
		// an emoji ends a sentence as a full stop does ("… with only a
		// curtain 😅 I need …")
		emoji := i < len(ts) && i > start && ts[i-1].pause && !ts[i].sep
		if i < len(ts) && !(ts[i].sep && sentenceEnds[ts[i].text]) && !emoji {
			continue
		}
		s := ts[start:i]
		switch {
		case englishAsks(s):
			if told {
				return start
			}
			return -1
		case r.englishTells(s):
			told = true
		case !greetingOnly(s):
			return -1
		}
		start = i + 1
		if emoji {
			start = i // no stop to skip: the next sentence opens here
		}
	}
	return -1
}

// storyBefore is where the request starts after "المهم" (anyway, the
// point is) and a verb of wanting ("… والمهندس نصحني اكسيه زان بدل
// الرخام 😅 المهم عايز ١٦ درجة …"), or -1: what was told before it is the
// story of the order, when it holds no figure and no want of its own (a
// request said before it is still one: "عايز ٣ كراسي، المهم …"). A
// decision told as the story's outcome ("فقررنا": so we decided) opens
// the request the same way.
func storyBefore(ts []token) int {
	for i, t := range ts {
		if t.sep {
			continue
		}
		if isNumber(t.text) || orderCues[t.text] || needWords[t.text] {
			return -1
		}
		w := t.lowSurface()
		if decidedWords[w] && i > 0 {
			if i+2 < len(ts) && !ts[i+1].sep && ts[i+1].text == "مع" && !ts[i+2].sep && !shopAddressed(ts[i+2].text) {
				return i + 3 // "فاتفقنا مع السكان نركب …": whom the customer agreed with is the story's too
			}
			return i // "… الضهر اتبهدل من الزيت 😅 فقررنا نحط ضهر كوارتز …": what was decided is the request
		}
		if i > 0 && !ts[i-1].sep && (w == "mohem" || w == "mohim") && ts[i-1].lowSurface() == "el" || w == "المهم" || w == "elmohem" {
			for j := i + 1; j < len(ts) && j <= i+2; j++ {
				if !ts[j].sep && orderCues[strings.TrimPrefix(ts[j].text, "و")] {
					return i
				}
			}
			return -1
		}
	}
	return -1
}

// othersWant: the want-verb at i is someone else's (a family member said
// right before it) and wants to do something (a verb follows, no goods):
// "والعيال عايزين يلعبوا", "وبنتي عايزة تذاكر" — part of a story told.
func othersWant(ts []token, i int) bool {
	if i == 0 || i+1 >= len(ts) || ts[i-1].sep || ts[i+1].sep {
		return false
	}
	who, next := strings.TrimPrefix(ts[i-1].surface, "و"), ts[i+1]
	return (personaWords[who] || personaWords[wordKey(who)]) && !meWords[who] && !next.lex && !isNumber(next.text) &&
		verbLike(next.text) && !askVerbs[next.text]
}

// decidedWords: "so we decided", "so I decided", "so we agreed" — the
// story's outcome, the request that follows it.
var decidedWords = set("فقررنا", "فقررت", "وقررنا", "وقررت", "fa2arrarna", "fa2rarna", "فاتفقنا", "فاتفقت")

// toldSentence is where the request starts when the sentences before a
// want-verb's sentence tell the customer's own story ("انا فاتح كافيه صغير
// …، فهعمل كاونتر على الشباك. عايز ٨ كراسي بار …", "ابويا مصمم يدهن واجهة
// البيت … 😂 عايز ٥ بستلة رشة …"), or -1. Told, not asked: the story has a
// teller (I, we, a family member), no figure, no colour, no want or need
// of its own; the request after a sentence's end (".", "!", a line, an
// emoji) opens with the want-verb and names goods with a figure. The
// story's nouns ("كاونتر", the shop's word for a counter stool) are the
// customer's place and plans, no lines.
func (r *Rules) toldSentence(ts []token) int {
	teller := false
	clauseTeller := false // the teller said in the clause a comma or a و ends ("انا عندي … ، عايزة")
	lives := false        // the clause tells what the teller starts or someone will do (lifeTold): its nouns are no goods
	for i, t := range ts {
		if !t.sep {
			if (orderCues[t.text] || orderCues[strings.TrimPrefix(t.text, "و")]) && othersWant(ts, i) {
				continue // "والعيال عايزين يلعبوا عليه": the kids' wish, told
			}
			if clauseTeller && (orderCues[t.text] || orderCues[strings.TrimPrefix(t.text, "و")]) && i+1 < len(ts) && !ts[i+1].sep &&
				(lives && objectVerb(ts[i+1].text) || wishFor(ts[i+1])) {
				continue // "بنتي هتلبس الحجاب … وعايزة افرحها", "ابويا راجع من العمرة واحنا عايزين نفرحه": a wish to do something for someone, told
			}
			if withShopVerb(ts, i) {
				return -1 // "بنتي هتقعد معاكم يوم تجريبي …": what will be done at the shop is ordered, no story (withshop.go)
			}
			if lifeTold(ts, i) || planTold(ts, i) {
				lives = true
			}
			if teller && orderCues[t.text] && i > 0 && !ts[i-1].sep && advisedWords[wordKey(ts[i-1].surface)] {
				// "… الكوتش في الجيم قالي اجيب ماس جينر …": what the
				// teller was advised to get is the request, who advised
				// and where the story's
				return r.requestAt(ts, i, lives)
			}
			if clauseTeller && t.conj && orderCues[t.text] && i > 0 && !ts[i-1].sep && (lives || !r.headIn(ts[:i])) {
				// "انا بفتح مركز … في الدقي ومحتاج ٣ …": the want-verb joined
				// by و to a story that names no goods ends it as a
				// sentence's end would
				return r.requestAt(ts, i, lives)
			}
			if isNumber(t.text) && !(i+1 < len(ts) && !ts[i+1].sep && (areaWords[ts[i+1].lowSurface()] || storyMeasures[ts[i+1].text])) && !(lives && clauseTeller) ||
				orderCues[t.text] || orderCues[strings.TrimPrefix(t.text, "و")] || needWords[t.text] || t.color != "" {
				return -1 // (a town's figure is no amount: "في ٦ اكتوبر")
			}
			// "عندي", "3andy": what the customer has, told by the customer
			tells := meWords[t.text] || personaWords[t.text] && !isLatinWord(t.surface) || haveWords[t.lowSurface()] || planTold(ts, i) ||
				myTime[strings.TrimPrefix(t.text, "و")]
			teller, clauseTeller = teller || tells, clauseTeller || tells
		}
		comma := t.sep && t.text == "," && clauseTeller && (lives || !r.headIn(ts[:i]))
		if t.sep && t.text == "," {
			clauseTeller = false
		}
		if !(t.sep && (sentenceEnds[t.text] || comma) || t.pause) || !teller {
			// "انا عندي بيوتي سنتر …، عايزة …": a comma ends a story that
			// names no goods ("السخان اللي في الحمام … مات، عايزة واحد
			// جديد": the new one is of the goods told)
			continue
		}
		j := i + 1
		for j < len(ts) && ts[j].sep {
			j++
		}
		if j >= len(ts) || !orderCues[strings.TrimPrefix(ts[j].text, "و")] {
			continue
		}
		return r.requestAt(ts, j, lives)
	}
	return -1
}

// wishFor: the word after a want-verb is a first-person verb whose
// object is a person ("نفرحه", "نفرحهم", "افرحها", "نفاجئها": we make him
// happy, I surprise her) and no word of the catalog: what the teller
// wants to do for someone, a story's wish, no goods wanted.
func wishFor(t token) bool {
	w := t.text
	if t.lex || isNumber(w) || !isArabicWord(w) || strings.HasPrefix(w, "ال") || utf8.RuneCountInString(w) < 5 {
		return false
	}
	if !strings.HasPrefix(w, "ن") && !strings.HasPrefix(w, "ا") {
		return false
	}
	for _, o := range []string{"ها", "هم", "ه"} {
		if strings.HasSuffix(w, o) {
			return wishRoots[strings.TrimSuffix(w[len("ن"):], o)]
		}
	}
	return false
}

// wishRoots: what one wants to do for a person, the verb's stem after its
// first-person letter: make happy, surprise, gift, honour — as the
// tokens hold them, normalised ("افاجئها" arrives "افاجيها").
var wishRoots = set("فرح", "فاجي", "فاجا", "هادي", "كرم", "بسط")

// lifeTold: the word at i opens what the teller's life is about, told
// before an order: the customer's pronoun, "لسه" (just) or "يدوب" between,
// then a participle or verb of opening or starting ("انا لسه فاتحة
// اتيليه صغير", "انا لسه بادئ مشروع ارانب", "احنا فاتحين مطعم"), or
// someone of the family then a verb in the future ("بنتي هتلبس الحجاب",
// "ابني هيدخل الجامعة"). What is opened, started or will be worn there is
// the story's, never goods — even a word the catalog has.
func lifeTold(ts []token, i int) bool {
	who := strings.TrimPrefix(ts[i].surface, "و")
	me := meWords[who]
	kin := !me && (personaWords[who] || personaWords[wordKey(who)]) && !isLatinWord(who)
	if !me && !kin {
		return false
	}
	j := i + 1
	for j < len(ts) && !ts[j].sep && (ts[j].text == "لسه" || ts[j].text == "يدوب" || ts[j].lowSurface() == "lessa" || ts[j].lowSurface() == "lesa") {
		j++
	}
	if j >= len(ts) || ts[j].sep || isNumber(ts[j].text) {
		return false
	}
	w := wordKey(ts[j].surface)
	if me {
		return startWords[w] || startWords[ts[j].lowSurface()]
	}
	if orderCues[ts[j].text] || orderCues[w] {
		return false
	}
	if arrivingWords[w] {
		return true // "اخويا جاي من الكويت …": someone of the family arriving (arrivingtold.go)
	}
	// the future, ه + the verb's person: "هتلبس", "هيدخل"
	for _, p := range []string{"هت", "هي"} {
		if st, ok := strings.CutPrefix(w, p); ok && utf8.RuneCountInString(st) >= 3 {
			return true
		}
	}
	return false
}

// planTold: the word at i is the teller's own plan — "ناوي" (I intend),
// or a verb in the future of I or we ("هزرع ٣ فدادين ذرة", "وهنخيم في
// الصحرا"), no want or order cue ("هاخد", "هات") and no word of the
// catalog: what is planned there is the story's, never goods.
func planTold(ts []token, i int) bool {
	t := ts[i]
	w := strings.TrimPrefix(t.text, "و")
	if t.sep || t.lex || orderCues[w] || orderCues[t.text] || isNumber(w) {
		return false
	}
	if planWords[w] {
		return true
	}
	st, ok := strings.CutPrefix(w, "ه")
	if !ok || strings.HasPrefix(st, "ت") || strings.HasPrefix(st, "ي") {
		return false // "هتلبس", "هيدخل": you, he (lifeTold reads a kin's)
	}
	st = strings.TrimPrefix(st, "ن")
	n := utf8.RuneCountInString(st)
	return n >= 2 && n <= 5 && !strings.HasPrefix(st, "ا") && !strings.HasSuffix(st, "ه") && !strings.HasSuffix(st, "ا")
}

// planWords: intending, said of the teller ("ناوي ادخل مرحلة تضخيم").
var planWords = set("ناوي", "ناويه", "ناويين", "نويت", "نوينا", "nawy", "nawi", "nawya")

// myTime: how long the teller has been at something ("انا بقالي ٣ شهور
// بتمرن"): the teller's, the figure after it a time.
var myTime = set("بقالي", "بقالنا", "ba2aly", "ba2aley", "ba2alna")

// storyMeasures: what a figure in a story counts when it counts no goods:
// nights, days, months, years, and land ("٣ ليالي", "٣ شهور", "٣
// فدادين").
var storyMeasures = set("ليله", "ليالي", "ليلتين", "يوم", "ايام", "اسبوع", "اسابيع", "شهر", "شهور", "سنه", "سنين", "فدان",
	"فدادين", "قيراط", "قراريط", "layaly", "leyaly", "ayam", "shohoor", "shohour", "feddan", "nights", "days", "months", "years", "acres")

// advisedWords: someone told or advised the teller ("الكوتش قالي اجيب
// …", "الدكتور نصحني"): the want-verb after it is the request.
var advisedWords = set("قالي", "قاللي", "قالتلي", "قالولي", "قاللنا", "قالنا", "نصحني", "نصحتني", "نصحوني", "نصحنا", "2aly", "2alli", "nasa7ny")

// startWords: opening or starting something, said of the teller: the
// participle (فاتح، بادئ، مبتدي) and the verb in the past or progressive.
var startWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range []string{"فاتح", "فاتحه", "فاتحين", "فتحت", "فتحنا", "بفتح", "بنفتح", "هفتح", "هنفتح",
		"بادئ", "بادئه", "بادئين", "بادي", "باديه", "بادين", "بدات", "بدأت", "بدانا", "بدأنا", "ابتديت", "ابتدينا",
		"مبتدي", "مبتديه", "مبتدئ", "مبتدئه", "بابدا", "ببدأ", "ببدا", "هبدأ", "هبدا", "بأسس", "باسس", "مأسس"} {
		m[wordKey(w)] = true
	}
	for _, w := range []string{"fate7", "fat7a", "fat7een", "fat7in", "bade2", "bad2a", "bad2een", "mebtedi", "mebtedy"} {
		m[w] = true // Franco: "ana lessa fate7 …"
	}
	return m
}()

// requestAt: j, the want-verb after a told story, when its sentence names
// goods with a figure (after a life told, lifeTold, or a colour: "بنتي
// هتلبس الحجاب …، عايزة اسدال بمبي"); else -1.
func (r *Rules) requestAt(ts []token, j int, lives bool) int {
	figure, goods := false, false
	for k := j + 1; k < len(ts) && !(ts[k].sep && sentenceEnds[ts[k].text]); k++ {
		figure = figure || !ts[k].sep && (isNumber(ts[k].text) || lives && ts[k].color != "")
		goods = goods || !ts[k].sep && ts[k].lex && r.lx.heads[ts[k].text]
		// "عايزة بوكيه وسط": goods named with their size or kind, one
		// product told as a count would tell it, after a story of no
		// figure (h34d)
		figure = figure || k == j+1 && r.namedVariant(ts, k) && !slices.ContainsFunc(ts[:j], func(t token) bool { return isNumber(t.text) })
		// "… 😂 عايزين الحجز الشهري الثابت بالليل": one product named by
		// three words or more of its own, as a count would tell it (storywords.go)
		figure = figure || k == j+1 && r.namedAtLength(ts, k) && !slices.ContainsFunc(ts[:j], func(t token) bool { return isNumber(t.text) })
	}
	if figure && goods {
		return j
	}
	return -1
}

// sentenceEnds end an English sentence.
var sentenceEnds = set(".", "!", "\n")

// englishAsks: the sentence asks for goods, a document or a price.
func englishAsks(s []token) bool {
	for i, t := range s {
		w := t.lowSurface()
		if englishRequest[w] || w == "much" && i > 0 && s[i-1].lowSurface() == "how" || wouldLike(s, i) {
			return true
		}
	}
	return false
}

// wouldLike: "like" at i after "would" or the "d" of "we'd", "I'd": a
// want-verb, the English "عايز" ("we'd like one hoop and two goals").
func wouldLike(ts []token, i int) bool {
	if i == 0 || ts[i].sep || ts[i].lowSurface() != "like" {
		return false
	}
	p := ts[i-1].lowSurface()
	return p == "d" || p == "would"
}

// englishRequest ask for goods, a document or a price.
var englishRequest = set("need", "needs", "want", "wants", "please", "send", "invoice", "quote", "quotation", "order",
	"price", "prices", "cost", "looking", "interested", "require", "buy", "get", "reserve", "book", "can", "could", "do", "does", "have")

// englishTells: the sentence opens with I or we (after a greeting) and is
// all English, no product named in it but a place.
func (r *Rules) englishTells(s []token) bool {
	subject, done, after := false, false, 0
	for _, t := range s {
		if t.sep {
			continue
		}
		w := t.lowSurface()
		if !isLatinWord(w) && !isNumber(t.text) {
			return false
		}
		if !subject {
			if greetingsEn[w] {
				continue
			}
			if !subjectsEn[w] {
				return false
			}
			subject = true
			continue
		}
		if after++; after == 1 && doneEn[w] {
			// "we just finished the walk-in closet …": goods the customer
			// already has, told — no line
			done = true
		}
		if !done && r.isHead(t.text) && !placeWords[w] && !roomWords[w] && !placeWords[strings.TrimSuffix(w, "s")] && !roomWords[strings.TrimSuffix(w, "s")] {
			return false
		}
	}
	return subject
}

// doneEn opens what the customer has done or has: "we just finished …",
// "we bought …", "we moved …".
var doneEn = set("just", "finished", "completed", "moved", "bought", "built", "renovated")

// greetingOnly: a sentence of greeting words alone ("Hello.", "Good morning!").
func greetingOnly(s []token) bool {
	for _, t := range s {
		if !t.sep && !greetingsEn[t.lowSurface()] {
			return false
		}
	}
	return true
}

// greetingsEn open an English message; subjectsEn open what the customer
// tells of themselves.
var (
	greetingsEn = set("hi", "hello", "hey", "dear", "good", "morning", "afternoon", "evening", "salam", "team", "sir", "madam", "there")
	subjectsEn  = set("i", "we", "our", "my", "im")
)

// headerContext sets aside the header before a list's colon when it tells
// who writes or for whom ("مجلس امناء مدرسة الفجر الخاصة: …", "عندي توأم
// ولد وبنت: …", "ordering from Kuwait for my sister's newborn: …"): it
// names no product (a room or a place is no product), holds no figure and
// a list of the catalog's goods follows. A want or price word in it keeps
// its meaning ("I need for my flat …:").
func (r *Rules) headerContext(ts []token) {
	c := slices.IndexFunc(ts, func(t token) bool { return t.sep && t.text == ":" })
	if c <= 0 || c+1 >= len(ts) {
		return
	}
	start := 0
	for k, t := range ts[:c] {
		if t.sep && (sentenceEnds[t.text] || t.text == "?") {
			start = k + 1 // the header is the colon's own sentence ("Hi! ordering … :")
		}
	}
	for _, t := range ts[start:c] {
		if t.sep || t.aside {
			continue
		}
		if isNumber(t.text) || t.color != "" || t.lex && !placeWord(t.text) && !roomWords[t.text] && !destination(t.surface) {
			return
		}
	}
	after := false
	for _, t := range ts[c+1:] {
		after = after || !t.sep && t.lex
	}
	if !after {
		return
	}
	for k := start; k < c; k++ {
		t := &ts[k]
		if t.sep || orderCues[t.text] || wantVerbs[t.text] || priceCues[t.text] || englishRequest[t.lowSurface()] {
			continue
		}
		t.used, t.aside = true, true
	}
}
