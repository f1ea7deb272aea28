package understand

import (
	"context"
	"errors"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"unicode/utf8"

	"fatoora/catalog"
	"fatoora/catalog/arabic"
)

// RulesOptions tune the rules understander.
type RulesOptions struct {
	// MaxCandidates bounds how many products are scored for one item
	// (default 400); the ones sharing most words with the item come first.
	MaxCandidates int
	// AmbiguityMargin: a runner-up scoring within this of the best makes
	// the item ambiguous (default 0.05).
	AmbiguityMargin float64
}

func (o *RulesOptions) defaults() {
	if o.MaxCandidates <= 0 {
		o.MaxCandidates = 400
	}
	if o.AmbiguityMargin <= 0 {
		o.AmbiguityMargin = 0.05
	}
}

// Rules understands messages with language rules and the catalog's own
// words; no model. It is safe for concurrent use.
type Rules struct {
	lx      *lexicon
	opts    RulesOptions
	counts  sync.Pool     // *countBuf, its counts all zero
	family  sync.Map      // word → bool: familyWord, computed once per word
	weighed *weighedPacks // the goods sold in weighed packs (weighed.go)
	poured  *pouredPacks  // the goods sold in cans of several volumes (volumes.go)
	// rentsByDay: some product is rented per day or per night (rentdays.go)
	rentsByDay bool
	// roomsByNight: some product is a room's night (roomnight.go)
	roomsByNight bool
	// countsByMonth: some product is a month's, none named by its months (permonth.go)
	countsByMonth bool
	// siblings: siblingBy's answers by word pair, at most keyMemoMax kept
	// (corrections.go)
	siblings  sync.Map
	siblingsN atomic.Int64
	// agesInNames: some product's name holds a person's age (agesaid.go)
	agesInNames bool
	// sellsHours: some product is priced by the hour (hourprice.go)
	sellsHours bool
	// hourPeriod: some product's facts give it the period "hour" (pricesHours)
	hourPeriod bool
	// returns: the goods sold both as an exchange against the customer's
	// empty and new, each product's partner (returnable.go)
	returns map[int]returnPair
	// zones: the groups of lines priced by zone and weight band, read
	// once (zones.go)
	zonesOnce  sync.Once
	zoneGroups map[int]string
	// perNouns: the nouns a name prices its service per, "(للورقة)",
	// read once (pernoun.go)
	perNounsOnce sync.Once
	perNouns     map[string]string
}

// countBuf is a draft's per-product word counts (len(products), all zero
// when pooled) and the capacity of its list of touched products, reused
// across messages.
type countBuf struct {
	cnt     []uint16
	touched []int32
}

// release zeroes the drafts' per-product counts and returns them to the pool.
func (r *Rules) release(ds []*draft) {
	for _, d := range ds {
		if d.cnt == nil {
			continue
		}
		for _, p := range d.touched {
			d.cnt[p] = 0
		}
		c := &countBuf{cnt: d.cnt, touched: d.touched[:0]}
		d.cnt, d.touched = nil, nil
		d.cands.ok = false
		r.counts.Put(c)
	}
}

var _ Understander = (*Rules)(nil)

// NewRules builds the rules understander for a catalog and its shop
// vocabulary (vocab may be nil).
func NewRules(products []catalog.Product, vocab *catalog.Vocabulary, opts RulesOptions) (*Rules, error) {
	if len(products) == 0 {
		return nil, errors.New("rules: empty catalog")
	}
	opts.defaults()
	ps := make([]catalog.Product, len(products))
	copy(ps, products)
	lx := newLexicon(ps, vocab)
	// Colours win a Latin skeleton they share with other words (eswed).
	for _, u := range sortedKeys(lx.colors) {
		if !strings.Contains(u, " ") && isArabicWord(u) {
			if ls := latinSkeleton(u); ls != "" {
				lx.latin[ls] = u
			}
		}
	}
	// Franco-Arabic spellings of the cue words too ("3ayez", "fe"); a short
	// skeleton is far more likely a function word than a catalog word.
	for _, m := range []map[string]bool{orderCues, priceCues, fillers, serviceTopics, correctWords, haveWords} {
		for _, w := range sortedKeys(m) {
			if isArabicWord(w) {
				if ls := latinSkeleton(w); ls != "" {
					if prev, dup := lx.latin[ls]; !dup || len(ls) <= 2 && !m[prev] && lx.colors[prev] == "" {
						if dup && lx.isWord(prev) && len(lx.sameSkel[ls]) == 0 {
							// the catalog word stays for a spelling whose
							// vowels are its own ("loo7" is لوح, not ليها)
							lx.sameSkel[ls] = []string{prev}
						}
						lx.latin[ls] = w
					}
				}
			}
		}
	}
	// the talk beside an order ("ya gama3a"), never over a word read before
	for _, m := range []map[string]bool{talkWords, roomWords, areaWords, personaWords, dayParts} {
		for _, w := range sortedKeys(m) {
			if ls := latinSkeleton(w); ls != "" && len(ls) > 2 && isArabicWord(w) {
				if _, dup := lx.latin[ls]; !dup {
					lx.latin[ls] = w
				}
			}
		}
	}
	// a complaint cue's short skeleton only when it holds a letter English
	// never spells (ع خ ق ء, written 3 5 2: "3eeb" is عيب): "sides" and
	// "also" are English, not صدي and لسه
	for _, w := range sortedKeys(complaintCues) {
		if ls := latinSkeleton(w); ls != "" && isArabicWord(w) && (len(ls) > 2 || strings.ContainsAny(ls, "235")) {
			if _, dup := lx.latin[ls]; !dup {
				lx.latin[ls] = w
			}
		}
	}
	r := &Rules{lx: lx, opts: opts, weighed: newWeighedPacks(lx), poured: newPouredPacks(lx),
		rentsByDay:    slices.ContainsFunc(ps, func(p catalog.Product) bool { return byDay(&p) }),
		roomsByNight:  slices.ContainsFunc(ps, func(p catalog.Product) bool { return roomNight(&p) }),
		countsByMonth: countsByMonth(ps),
		agesInNames:   agesInNames(ps),
		sellsHours:    slices.ContainsFunc(ps, func(p catalog.Product) bool { return pricedByHour(&p) }),
		returns:       returnablePairs(lx)}
	r.hourPeriod = r.anyPeriodHour()
	return r, nil
}

// Products returns the catalog the rules were built for.
func (r *Rules) Products() []catalog.Product { return r.lx.products }

// known reports whether a single word means something to the rules.
func (r *Rules) known(w string) bool {
	lx := r.lx
	if lx.isWord(w) || lx.known[w] || lx.colors[w] != "" {
		return true
	}
	if _, ok := numberWord(w); ok {
		return true
	}
	if _, ok := fractionWord(w); ok {
		return true
	}
	if _, ok := unitWord(w); ok {
		return true
	}
	if _, ok := unitDual(w); ok {
		return true
	}
	if _, ok := dozenWords[w]; ok {
		return true
	}
	return orderCues[w] || priceCues[w] || complaintCues[w] > 0 || fillers[w] || correctWords[w] || haveWords[w] || halfWords[w] || pieceWords[w] || dimWords[w] || dimOps[w] || isNumber(w)
}

type form struct {
	stem string
	dual bool
}

// forms lists what a word can be once a suffix is read: itself; the dual
// (-ين, -تين) of a catalog or unit word; the sound plural (-ات) of one.
func (r *Rules) forms(w string) []form {
	var out []form
	if r.known(w) {
		out = append(out, form{stem: w})
	}
	lexOK := func(s string) bool {
		if u, ok := r.lx.rewrite[s]; ok {
			s = u
		}
		return len([]rune(s)) >= 2 && r.lx.isWord(s) && !isNumber(s)
	}
	if st, ok := strings.CutSuffix(w, "تين"); ok && lexOK(st+"ه") {
		out = append(out, form{stem: st + "ه", dual: true})
	}
	if st, ok := strings.CutSuffix(w, "ين"); ok && lexOK(st) {
		out = append(out, form{stem: st, dual: true})
	} else if ok && lexOK(st+"ه") {
		// a plural adjective agreeing with a noun: صغيرين ← صغيرة (a
		// noun in ة makes its dual in تين, so this is no count)
		out = append(out, form{stem: st + "ه"})
	}
	if len(out) == 0 {
		out = append(out, r.loanDual(w)...)
	}
	if st := brokenAdjectives[w]; st != "" && len(out) == 0 {
		// "صينيتين … كبار" of "صينية … كبيرة": a size said in its broken
		// plural is the name's singular, masculine or feminine
		if lexOK(st + "ه") {
			out = append(out, form{stem: st + "ه"})
		} else if lexOK(st) {
			out = append(out, form{stem: st})
		}
	}
	if st, ok := strings.CutSuffix(w, "ه"); ok && len(out) == 0 && utf8.RuneCountInString(st) >= 3 && lexOK(st) {
		// a head noun with ة or the pronoun ه ("حلقه": its frame, a
		// frame) is that noun when the word itself means nothing
		u := st
		if c, ok := r.lx.rewrite[st]; ok {
			u = c
		}
		if r.lx.heads[u] || r.lx.heads[st] {
			out = append(out, form{stem: st})
		}
	}
	if len(out) == 0 {
		// a noun with a possessive pronoun ("ومرايتها": and its mirror,
		// "ترابيزتهم"): the noun, when the ending can only be a pronoun
		for _, p := range possessed(w) {
			if p.strong && lexOK(p.noun) {
				out = append(out, form{stem: p.noun})
				break
			}
			if p.strong && lexOK("ب"+p.noun) {
				// a name's "with its …" ("تسريحة بمراية"): the same word
				out = append(out, form{stem: "ب" + p.noun})
				break
			}
		}
	}
	if st, ok := strings.CutSuffix(w, "ات"); ok {
		if lexOK(st + "ه") {
			out = append(out, form{stem: st + "ه"})
		} else if lexOK(st) {
			out = append(out, form{stem: st})
		}
	}
	return out
}

func numString(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

// Understand reads one message.
func (r *Rules) Understand(ctx context.Context, text string) (Result, error) {
	if err := ctx.Err(); err != nil {
		return Result{}, err
	}
	ts := r.prepare(text)
	ts = r.hoursBeforeHourly(ts) // "ساعتين بروفة": the hours of a service by the hour (hoursbefore.go)
	r.perNounSaid(ts)            // "٤٠ ورقة" of a "طباعة … (للورقة)": the pages counted (pernoun.go)
	r.dozenNouns(ts)
	r.adjectiveOfGoods(ts)
	r.eightSaid(ts)
	addressGiven(ts)
	deliveredTo(ts)
	addressFigures(ts)
	spanWhen(ts)
	r.homeSaid(ts)
	businessOpened(ts)
	comingWith(ts)
	madeWith(ts)
	shapedLike(ts)
	r.sizeFigureBefore(ts) // "a size 5 ball": the figure the ball's name gives (sizefigurebefore.go)
	ts = r.figureInWords(ts)
	ts = r.figureAndHalfBefore(ts)
	ts = containerOfFigure(ts)
	moneysWorth(ts)
	goodsPerPerson(ts)
	r.wantedAgain(ts)
	timesTold(ts)         // "المواعيد من ٤ لـ ٦": the customer's times (clockwindow.go)
	r.hourlessWindows(ts) // "من الساعة ٥ لحد ٦" where nothing is priced by the hour: when (clockwindow.go)
	r.clockTimes(ts)
	r.monthDays(ts)    // "يوم ٢٠ الشهر الجاي": when, no count (monthday.go)
	datesSaid(ts)      // "Thursday 14 May", "١٤ مايو": a date, no count nor variant (datesaid.go)
	datesNamed(ts)     // "on 12 May", "١٥ مايو", "the 16th": a date, no count (datesnamed.go)
	r.sizesInstead(ts) // "كيلو كفتة، لا خليها نص": the weight said again (sizeinstead.go)
	r.halfOfNext(ts)
	r.ownWeight(ts)
	r.weightOpens(ts)
	r.bareFractionsPacks(ts)
	r.rentingSaid(ts)
	colourLabel(ts)
	r.someoneTo(ts)
	r.myWork(ts)
	r.counterOfGoods(ts)
	content := packContent(ts) // "الكرتونة فيها ١.٤٤ متر": read before "each" is
	r.containerOfGoods(ts)
	soldOutAsked(ts)
	fallbacks(ts)
	r.ifSold(ts) // "ولو بتبيعوا X عايز …" (ifsold.go)
	colourExcepted(ts)
	r.negate(ts)
	ruledOut := r.negatedRequirements(ts)
	r.putOff(ts)
	r.deferred(ts)
	monthDates(ts) // "من اول الشهر الجاي": when, no goods (permonth.go)
	timesPer(ts)   // "مرة في الاسبوع": how often, no goods (timesper.go)
	cancelledOrder(ts)
	changedMind(ts)
	r.priceIncludes(ts)
	billTo(ts)
	r.nameText(ts)
	inscribed(ts)
	forAllOfThem(ts)
	r.sendToPlace(ts)
	ts = r.sendMeTo(ts)
	faceWhitened(ts)
	whenAsked(ts)
	presentWhen(ts)
	worksWith(ts)
	toldWhen(ts)
	shopAsked(ts)
	thatIs(ts)
	whoMeasured(ts)
	visitFor(ts)
	sizeEach(ts)
	appliedTo(ts)
	amountOfSame(ts)
	r.serviceTimed(ts)
	r.roomsJoined(ts)
	letter(ts)
	r.listFrame(ts)
	compareJoins(ts)
	r.water(ts)
	r.kindWords(ts)
	sharesRecoloured(ts) // "٣ كور بيضا.. لا معلش خلي واحدة منهم صفرا" (oneofthem.go)
	r.corrections(ts)
	correctionReasons(ts)
	splitRedone(ts)
	together(ts)
	r.prayers(ts)
	selfDone(ts)
	reasonTold(ts)
	sizeAsked(ts)
	ownDualReason(ts)
	r.giftTold(ts)
	r.roomFurnished(ts)
	sameColor, sameN, same := sameAgain(ts)
	request := quoteRef(ts) // where the request starts: after a reference to the shop's quote, or after an earlier purchase told, its want-verb
	if at := r.earlierSplit(ts); at > 0 && request == 0 {
		ts, request = r.setEarlierAside(ts, at), at
		if needWords[ts[at].text] {
			ts[at].used, request = true, at+1 // "ناقصني": the request, no defect
		}
	} else if at := r.englishContext(ts); at > 0 {
		for k := range ts[:at] {
			ts[k].neg, ts[k].used = true, true // "I run a small hostel in Dahab."
		}
		request = at
	} else if at := storyBefore(ts); at > 0 && request == 0 {
		for k := range ts[:at] {
			ts[k].neg, ts[k].used = true, true // "… نصحني اكسيه زان بدل الرخام": the story, before "المهم عايز …"
		}
		request = at
	} else if at := r.repairWanted(ts); at > 0 && request == 0 {
		for k := range ts[:at] {
			ts[k].neg, ts[k].used = true, true // "الايفون ١١ بتاعي بقى بيفصل لوحده …": why the work is wanted, before "عايز تغيروله البطارية"
		}
		request = at
	} else if at := r.toldSentence(ts); at > 0 && request == 0 {
		for k := range ts[:at] {
			ts[k].neg, ts[k].used = true, true // "انا فاتح كافيه … فهعمل كاونتر على الشباك.": the story, before "عايز …"
		}
		request = at
	} else if at := r.storyEmoji(ts); at > 0 && request == 0 {
		for k := range ts[:at] {
			ts[k].neg, ts[k].used = true, true // "… ومفيش عيش في البيت 😅": the story an emoji closes, before "عايزة …"
		}
		request = at
	}
	oldOneTold(ts)
	r.ownTroubleTold(ts)
	r.workerSent(ts)
	othersMake(ts)
	ownOldTold(ts)
	r.returnableTold(ts)
	sendingOwn(ts)
	r.headerContext(ts)
	r.destinations(ts)
	r.placesEach(ts)
	r.headsEach(ts)
	r.forPieces(ts)
	r.sizeForPlaces(ts)
	r.namedWords(ts)
	r.destShares(ts)
	r.forOther(ts)
	peopleEach(ts)
	group := groupOnlySome(ts, groupEach(ts))
	eachN := r.eachCount(ts)
	for k := range ts {
		ts[k].unreadEach = r.unreadEach(ts, k)
	}
	sumsSaid(ts, func(i int) bool { return ts[i].lex && !isNumber(ts[i].text) })
	totalShares(ts, func(i int) bool { return ts[i].lex && !isNumber(ts[i].text) })
	countMarks(ts)
	r.countWordAfterFigure(ts)
	r.countBeforeSized(ts)
	roughCounts(ts)
	ts = packFractions(ts, request)
	priceMath(ts)
	personTalk(ts)
	r.agesWritten(ts) // "3ando 12 sana", "a 9-year-old" (agesaid.go)
	englishAges(ts)   // "a child aged 8", "8 years old" (agedenglish.go)
	r.subscribeSaid(ts)
	ownHoursLate(ts) // "we work late on Tuesdays": why, no complaint (periodwords.go)
	ageDuals(ts)
	groupFigures(ts)
	tomorrowSaid(ts)
	r.wantedWork(ts)
	r.redoSaid(ts)
	r.unitsCounted(ts)
	r.numberedPieces(ts)
	ts, request = r.dualPacks(ts, request)
	r.looseSaid(ts)
	r.millilitresSaid(ts)
	speakerAndKin(ts) // "انا وجوزي": a person, no goods (agegroup.go)
	capacityAt := r.capacityCounted(ts)
	rents := r.rentDays(ts)
	starts := r.rentStarts(ts)
	months := r.monthSpans(ts)
	rooms := r.roomsBooked(ts, rents)
	drafts := r.countedObjectWork(ts, r.segment(ts))
	listEach(ts, drafts)
	clauseEach(ts, drafts)
	r.anotherOfSame(ts, drafts)
	r.amountForNext(ts, drafts)
	r.piecesOfOneSize(ts, drafts)
	for _, d := range drafts {
		if d.packs && content > 0 {
			d.perPack = content // "٨ كراتين …، الكرتونة فيها ١.٤٤ متر"
		}
	}
	res := Result{Source: "rules"}
	items := r.finish(ts, drafts, eachN)
	items = r.sessionLengthTold(ts, items) // "… والحصة ساعتين": how long each is (sessionlength.go)
	r.groupCare(ts, group, items)
	items = destinationLines(ts, group, items)
	groupPerHead(ts, group, items)
	peopleServed(ts, group, items)
	groupAddOns(ts, group, items) // "احنا ٣ عايزين تذكرة يوم وقياس إن بودي" (groupaddon.go)
	r.monthsForLine(ts, items)    // "… ودولاب خاص للتلات شهور" (groupaddon.go)
	items = append(items, capacityUnread(ts, capacityAt)...)
	unreadWorkless(items)
	items = namedThenOrdered(ts, items)
	items = occasionThenOrdered(ts, items) // "عيد ميلاد ابني …، عايزين حفلة عيد الميلاد" (occasion.go)
	items = needThenNamed(ts, items)
	items = r.deliveryByRegion(ts, items)
	items = r.parcelsNamed(ts, items)
	items = r.classSaidOnce(ts, items)
	items = r.subjectChooses(ts, items)
	r.kindUnsaid(ts, items)
	r.sexChooses(ts, items)
	r.capacityChooses(ts, items)    // "كابانا، احنا ٦ وممكن نبقى ٨" (capacitytold.go)
	r.forBothChooses(ts, items)     // "عربية اطفال لتوأمي الاتنين": the twin one (forbothtold.go)
	r.childUnaged(ts, items)        // "عايز اقص لابني شعره": a child of no age, asked (agegroup.go)
	r.ageGroupChooses(ts, items)    // "احنا ٥ صحاب عايزين داي يوز": adults (agegroup.go)
	items = r.sizesSplit(ts, items) // "ركبية لكل واحد، انا مقاس L وهي M" (sizeunsaid.go)
	r.sizeUnsaid(ts, items)         // "I need a knee brace" of a brace in M and L: which size (sizeunsaid.go)
	r.dayChooses(ts, items)         // "القاعة الكبرى يوم الخميس": the one priced for that day (daychoice.go)
	r.serviceOrGoodsChooses(ts, items)
	rentedDays(rents, items)
	roomNights(rooms, items)
	tripsBothWays(ts, items)
	daysUnsaid(starts, rents, items)
	countPeriods(months, items, byMonth)
	if same && len(items) > 0 {
		items = again(items, r.lx.colors[sameColor], sameN) // "وطلب صاحبي: نفس الحاجتين بس اخضر"
	}
	lost := lostFigures(ts, drafts)
	r.release(drafts)
	// a thing the catalog lacks is an item when the customer asks for it
	// ("عايز 2 مخدة"), not in "عندي 3 عيال"
	want := wantSaid(ts)
	r.worksSold(ts)
	r.namedWorkHeads(ts)
	nameAdjectives(ts)
	intent, iconf := intentOf(ts[request:], r.anyKnown(items) || len(items) > 0 && want)
	if intent != Complaint && workAgoSeen(ts) {
		// "اليافطة اللي ركبتوها من شهر … ابعتوا حد يشوفها", "الموتور
		// اللي لفيتوهولي من اسبوعين … عايز حقي": the shop's work, how
		// long ago, then a look or the customer's due asked — the story
		// told before the request is the complaint's
		intent, iconf = Complaint, 0.8
	}
	if intent != Order && intent != Inquiry {
		items = knownOnly(items) // a complaint's or a greeting's other nouns are no lines
	}
	var upkeep []string
	if intent != Other && notOurs(ts) {
		// "السخان بتاعي ماركة تانية مش من عندكم وبيفصل، بتعملوا صيانة؟":
		// goods the shop never sold, and their upkeep (or, beside a
		// defect, another service) asked — a question for staff, neither a
		// complaint about the shop's goods nor an order of them
		at := upkeepAsked(ts)
		if len(at) > 0 || intent == Complaint && len(r.unsold(serviceTopicsOf(slices.Clone(ts)), nil, Other, true, nil, nil)) > 0 {
			intent, iconf, items = Other, 0.8, nil
			for _, k := range at {
				upkeep = append(upkeep, ts[k].surface)
				ts[k].used = true
			}
		}
	}
	if intent == Complaint || intent != Other && len(items) == 0 {
		if v := r.ownRepair(ts); v != "" {
			// "عندي شاشة قديمة الباور بتاعها بيفصل، ممكن تصلحوها عندكم؟":
			// the customer's own goods to repair, a question for staff
			intent, iconf, items = Other, 0.8, nil
			upkeep = append(upkeep, v)
		}
	}
	if intent != Complaint && !thanksOnly(ts) {
		// "التوصيل بكام؟": about the shop's service; with a product named,
		// a question about installing it ("بتركبوا النجيلة؟") is one too
		// a service asked about with no order cue ("هو الضمان على
		// الخلاطات كام سنة؟") is a question for staff, products named or not
		// a service the shop sells as a product, priced or counted as one
		// ("سعر التركيب للمتر كام؟", "تركيب موتور ٢"), is that product
		res.Service = r.unsold(serviceTopicsOf(ts), items, intent, slices.ContainsFunc(ts, func(t token) bool { return t.sep && t.text == "?" }), plusEntries(ts), latinRead(ts))
		if intent == Order && len(res.Service) > 0 {
			// "والتركيب عليكم ولا علينا؟": who does it, asked — no line
			items = slices.DeleteFunc(items, func(it Item) bool {
				return it.ofGoods && it.asked && slices.ContainsFunc(res.Service, func(s string) bool { return slices.Contains(strings.Fields(it.Phrase), s) })
			})
		}
		if slices.ContainsFunc(ts, func(t token) bool { return !t.sep && !t.neg && deductedGoods(t.text) }) {
			// "ممكن تاخدوها مني وتخصموها من الحساب؟": goods taken back
			// or in part exchange, whatever else is named — a person prices
			// it, never a document of the goods named
			intent, iconf, items = Other, 0.8, nil
		}
		if len(res.Service) > 0 && (!r.anyKnown(items) || intent == Order && !want && !supplyAsked(ts) && !(listed(items) && !r.sells(res.Service)) ||
			intent == Order && termsAsked(res.Service, slices.ContainsFunc(ts, func(t token) bool { return t.sep && t.text == "?" }))) {
			// a list of counted pieces with a question beside it ("باب
			// جرار ٢ و حلق ٢، التركيب عليكم ولا علينا؟") stays the order,
			// unless the question is about a service the shop sells (its
			// answer may add a line)
			intent, iconf, items = Other, 0.8, nil
		}
		if rent := rentAsked(ts); rent != "" && !r.sellsRent() {
			// "ممكن تأجروا سرير طبي لمدة شهرين؟": renting, not buying — no
			// line is sold; a question about it stays a question
			res.Service = append(res.Service, rent) // "te2agaro": as written
			items = nil
			if intent == Order {
				intent, iconf = Other, 0.8
			}
		}
	}
	res.Service = append(res.Service, upkeep...)
	if sold := tradeIn(ts); sold != "" {
		// "عندي تكييف قديم … ينفع ابيعهولكم او ابدله بجديد؟": the
		// customer's own goods offered to the shop — a person prices it;
		// no line, and no complaint for the exchange asked beside it
		res.Service = append(res.Service, sold)
		intent, iconf, items = Other, 0.8, nil
	}
	if v := personAsked(ts); v != "" && intent != Complaint {
		switch {
		case len(items) > 0:
			// "… ممكن حد ييجي يشوفها ويقولي التكلفة؟", "… وياريت حد
			// يكلمني": a visit or a person asked beside the goods, a
			// question for staff (Result.Service); the intent stays what
			// it was unless the goods are the call's topic ("ممكن حد
			// يكلمني بخصوص المعاينة؟": no order of them)
			res.Service = append(res.Service, v)
			if callAbout(ts) || noneChosen(items) || accountTerms(ts) || orgSpeaking(ts) && instalmentsTold(ts) {
				intent, iconf, items = Other, 0.8, nil
			}
		case len(res.Service) > 0 && (accountTerms(ts) || orgSpeaking(ts)):
			// "… والدفع على ٤ دفعات. مين اكلمه؟": an account's terms
			// asked beside whom to talk to — the person asked is the
			// question (accounts.go)
			intent, iconf = Other, 0.8
			res.Service = append(res.Service, v)
		case len(res.Service) == 0 && !thanksOnly(ts):
			// "ممكن حد يكلمني", "تبعتولي نجار يركبلي المطبخ": a person of
			// the shop asked for, no goods — a question for staff, never
			// the greeting
			intent, iconf = Other, 0.8
			res.Service = append(res.Service, v)
		}
	}
	whichAdvised(ts, items) // "which one do you recommend?" of the goods' kinds (whichadvised.go)
	if v := adviceAsked(ts); v != "" && intent != Complaint {
		// "العربية بتطلع صوت …، تفتكروا محتاجة ايه؟", "… اعمل ايه؟": the
		// shop's advice asked on the customer's own trouble — a person
		// answers, never a question about which of the goods named beside
		// it or how many
		res.Service = append(res.Service, v)
		intent, iconf, items = Other, 0.8, nil
	}
	if !r.anyKnown(items) && (intent != Complaint || !defectSaid(ts)) {
		if v := repeatAsked(ts); v != "" {
			// "نفس الطلب بتاع المرة اللي فاتت", "زي ما خدت الشهر اللي
			// فات بس الضعف": an earlier order again, which the box cannot
			// see — a person's, never a greeting nor a complaint
			res.Service = append(res.Service, v)
			intent, iconf, items = Other, 0.8, nil
		}
	}
	if intent == Other && len(res.Service) == 0 && len(items) == 0 && want {
		if it, ok := r.countedUnread(text, ts); ok {
			// "Hi, I need 2 Turkish veneer doors … Thanks": an order in
			// words the catalog does not list, no greeting — a person reads it
			intent, iconf, items = Order, 0.5, []Item{it}
		} else if it, ok := r.wantedUnread(text, ts[request:]); ok && !thanksOnly(ts) {
			intent, iconf, items = Order, 0.5, []Item{it}
		}
	}
	if intent == Order || intent == Inquiry {
		items, lost = r.zoneChosen(ts, items, lost)
		r.rangeChosen(ts, items)
		if intent == Order {
			items = r.choiceAsked(ts, items) // "ايه الفرق بين العادي والـ VIP؟", "حصة بيانو ولا جيتار" (choiceasked.go)
			r.variantOrAsked(ts, items)      // "مانجو وسط ولا كبير؟ عايز ٢" (variantor.go)
		}
		askKinds(items)
		r.oneSizes(items)
	}
	if intent == Inquiry {
		comparedSize(ts, items)
	}
	if intent == Inquiry {
		for k := range items {
			if items[k].unsized {
				// "بكام المتر؟", "do you have vinyl herringbone?": a price
				// per metre or m² needs no size
				items[k].Confidence = math.Min(1, math.Round(items[k].Confidence/0.7*1000)/1000)
			}
		}
	}
	// some line carries a count: the message prices a set — but a line
	// asked in a question of its own after it ("How much for a dozen of
	// the chairs? And the tables?") asks its own unit price
	counted, marks := false, 0
	for _, it := range items {
		counted = counted || it.Product != nil && it.Product.Unit == catalog.Piece && it.Quantity > catalog.One
	}
	for _, t := range ts {
		if t.sep && t.text == "?" {
			marks++
		}
	}
	for k := range items {
		apart := intent == Inquiry && items[k].question > 0 && marks > items[k].question
		if items[k].uncounted && (intent == Order || counted && !apart) {
			// several asked, how many not said: a person asks rather than
			// the box pricing one ("عندكم كشافات؟" alone is a unit price)
			items[k].Confidence = math.Round(items[k].Confidence*500) / 1000
			if intent == Order && !slices.Contains(items[k].Missing, "count") {
				// and still unsaid once a product is picked for the line
				// or its colour answered
				items[k].Missing = append(items[k].Missing, "count")
			}
		}
	}
	items = r.deliveryIncluded(items)
	moreWithAccessory(items)
	items = r.packInstead(ts, items)
	r.containerSaid(ts, items)
	items = r.variantInstead(ts, items)
	items = r.otherInstead(ts, items)
	r.returnableChosen(ts, items)
	r.optionsAsked(ts, items)
	r.sizeUnknown(ts, items)
	r.packCounts(items)
	kindsCounted(items)
	r.setPieces(items)
	r.packAndHalf(items)
	items = madeWithMark(ts, items)
	for k := range items {
		items[k].Phrase = surfaceOf(text, items[k].Phrase)
		if c := items[k].Color; c != "" && r.lx.colors[r.lx.colourKey(c)] == "" {
			items[k].Color = surfaceOf(text, c) // a colour no product is made in (colourNotMade), as written
		}
		for m, l := range items[k].Lacks {
			items[k].Lacks[m] = surfaceOf(text, l) // "موديل ٥" as written
		}
	}
	customWork(ts, items)
	if (intent == Order || intent == Inquiry) && !slices.ContainsFunc(items, func(it Item) bool { return !leaveToAsk(it) }) &&
		slices.ContainsFunc(ts, func(t token) bool { return !t.sep && askingNoun(t.surface) }) {
		// "ممكن سؤال", "عندي استفسار بسيط", "محتاج مساعدة": leave asked
		// to ask, no goods
		intent, iconf, items = Other, 0.8, nil
	}
	res.Items = items
	res.Intent = intent
	conf := iconf
	if intent == Order || intent == Inquiry {
		// a complaint or a greeting does not hinge on which product it names
		for _, it := range items {
			conf = math.Min(conf, it.Confidence)
		}
	}
	r.settleRequirements(text, ts, ruledOut, items)
	res.Unexplained = r.unexplained(text, ts, items)
	if len(lost) > 0 && (intent == Order || intent == Inquiry) && r.anyKnown(items) {
		// a size read and then held by no line ("صالة ٥ في ٤ واوضة ٣ في ٣
		// عايزهم …" kept one room): what was asked is not all read
		res.Unexplained = append(res.Unexplained, surfaceOf(text, strings.Join(lost, " ")))
	}
	if intent == Order || intent == Inquiry {
		res.Items = r.namedOnUnknown(text, ts, res.Items, res.Unexplained)
		customJob(ts, res.Items, res.Unexplained)
	}
	if at := sellQuestion(ts); at >= 0 && intent != Complaint && len(res.Service) == 0 && r.askedUnplaced(ts, at) {
		// "بتبيعوا شبابيك؟", "betbe3o …?", "do you sell …?" naming a word
		// no product explains: the shop does not carry what was asked, a
		// line of no product (a person answers), never a near product
		if it, ok := askedThing(text, ts, at); ok {
			res.Items, res.Intent, items = []Item{it}, Inquiry, nil
			res.Unexplained = r.unexplained(text, ts[:at], nil)
			conf = it.Confidence
		}
	}
	if len(res.Unexplained) > 0 {
		conf *= 0.85
	}
	res.Confidence = math.Round(conf*1000) / 1000
	res.ShopAsked = shopAskedOf(ts, res.Service)
	if res.ShopAsked != 0 {
		res.ShopBeyond = shopBeyond(text, ts)
	}
	return res, nil
}

// namedOnUnknown: a line matched on only some of its words whose naming
// runs on, in its clause, into a word the rules cannot place ("وبستلة دهان
// ايبوكسي" beside a carried paint: epoxy is no word of the shop's) names a
// thing the catalog may not have (a place it is for, "لبيت النور", a verb
// or another thing after و, "تكفي الشقة", "وباركيه", names none). Its
// product fits the words before that one only; the line is left unread,
// in the customer's words up to the unknown one, for a person — the box
// neither invoices nor asks about a product it cannot place. Arabic only:
// English says a kind before its head noun, so a Latin word after a line
// ("2 heaters of 50 litres") is no word of its naming.
func (r *Rules) namedOnUnknown(text string, ts []token, items []Item, unexplained []string) []Item {
	for k := range items {
		it := &items[k]
		e := it.end - 1
		if it.Product == nil || it.end == 0 || e >= len(ts) || it.Confidence >= 1 || len(it.Lacks) > 0 {
			continue
		}
		t := ts[e]
		if t.sep || t.conj || t.lex || t.used || t.color != "" || isNumber(t.text) || !isArabicWord(t.surface) || r.placeToken(t) || clauseVerbLike(t.surface) ||
			!slices.Contains(unexplained, surfaceOf(text, t.surface)) {
			continue
		}
		*it = Item{Quantity: it.Quantity, Phrase: surfaceOf(text, it.Phrase+" "+t.surface), Confidence: 0.3, Unread: true}
	}
	return items
}

// clauseVerbLike: an Arabic word written as another clause's start rather
// than a noun or adjective of the goods: after و, or shaped as an Egyptian
// present verb (ي، ت، ن + three letters or more; بي، بت، بن، هي، هت، هن) or
// with a pronoun ending (ها، هم، كم، نا، ني، لي).
func clauseVerbLike(surface string) bool {
	w := wordKey(surface)
	if !isArabicWord(w) {
		return false
	}
	if strings.HasPrefix(w, "و") {
		return true
	}
	for _, p := range []string{"بي", "بت", "بن", "هي", "هت", "هن"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	for _, p := range []string{"ي", "ت", "ن"} {
		if strings.HasPrefix(w, p) && utf8.RuneCountInString(w) >= 4 {
			return true
		}
	}
	for _, s := range []string{"ها", "هم", "كم", "نا", "ني", "لي"} {
		if strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}

// oneSizes gives a piece made in one size, chosen with no size said
// ("سجادة مدورة" of the shop's one "سجادة دائرية ٢٠٠"), the size its name
// gives: choosing it chose that size.
func (r *Rules) oneSizes(items []Item) {
	for k := range items {
		it := &items[k]
		if it.Product == nil || it.Product.Unit != catalog.Piece || len(it.DimsCM) > 0 {
			continue
		}
		if i := r.indexOf(it.Product); i >= 0 && r.lx.info[i].oneSize > 0 {
			it.DimsCM = []int{r.lx.info[i].oneSize}
		}
	}
}

// thanksOnly: the message thanks the shop and asks nothing ("متشكر جدا على
// سرعة التوصيل"): a service it names is praised, not asked about.
func thanksOnly(ts []token) bool {
	thanks := false
	for _, t := range ts {
		if t.sep && t.text == "?" || !t.sep && (orderCues[t.text] || priceCues[t.text]) {
			return false
		}
		thanks = thanks || !t.sep && !t.aside && (thanksWords[t.text] || thanksWords[wordKey(t.lowSurface())])
	}
	return thanks
}

// anyKnown reports whether some item names a catalog product.
func (r *Rules) anyKnown(items []Item) bool {
	for _, it := range items {
		if it.SKU != "" {
			return true
		}
	}
	return false
}

// hasCue reports whether a token is one of the cue words.
func hasCue(ts []token, cues map[string]bool) bool {
	for _, t := range ts {
		if !t.sep && cues[t.text] {
			return true
		}
	}
	return false
}

// wantSaid: the message asks for something, by an order cue or by
// English "I'd like" / "would like".
func wantSaid(ts []token) bool {
	if hasCue(ts, orderCues) {
		return true
	}
	for i := range ts {
		if wouldLike(ts, i) || wishSaid(ts, i) || englishAsked(ts, i) {
			return true
		}
	}
	return false
}

// englishSupply are the verbs a customer asks the shop to supply goods by.
var englishSupply = set("send", "deliver", "bring", "ship", "prepare", "reserve", "book", "get")

// englishAsked: "Could you deliver …", "can you send …", "would you
// bring …": the shop asked to supply, an order (its goods named) as
// "I'd like" is — never a question whether it delivers.
func englishAsked(ts []token, i int) bool {
	if ts[i].sep || !(ts[i].modal || ts[i].lowSurface() == "would") || i+3 >= len(ts) {
		return false
	}
	you, verb, obj := ts[i+1], ts[i+2], ts[i+3]
	if obj.sep && obj.text == "," && i+4 < len(ts) {
		obj = ts[i+4] // serviceVerbApart's close
	}
	// its object said after it: "could you deliver to Zamalek?" asks whether
	return !you.sep && (you.lowSurface() == "you" || you.lowSurface() == "u") && !verb.sep && strings.TrimSpace(verb.surface) != "" && englishSupply[strings.Fields(verb.lowSurface())[0]] &&
		!obj.sep && (englishObjectStart[obj.lowSurface()] || isNumber(obj.text))
}

// wishSaid: "ياريت" ("يا ريت", Franco "yareet"), I wish — Egyptian asks a
// shop so as it says please: "… وياريت التوصيل للشيخ زايد" wants the goods
// named before it delivered, no question about delivery.
func wishSaid(ts []token, i int) bool {
	if ts[i].sep {
		return false
	}
	w := keyAt(ts, i)
	if wishWords[w] {
		return true
	}
	return (w == "ريت" || w == "reet" || w == "rit") && i > 0 && !ts[i-1].sep && (ts[i-1].text == "يا" || ts[i-1].lowSurface() == "ya")
}

var wishWords = set("ياريت", "ياريتك", "ياريتكم", "yareet", "yarit", "yaret", "yareit")

// knownOnly drops the items the catalog does not have.
func knownOnly(items []Item) []Item {
	out := items[:0]
	for _, it := range items {
		if it.SKU != "" {
			out = append(out, it)
		}
	}
	return out
}

// serviceTopicsOf lists the shop-service words of a message (delivery,
// installation, branches, hours, payment) as written, and marks them
// placed.
func serviceTopicsOf(ts []token) []string {
	var out []string
	goods := slices.ContainsFunc(ts, func(t token) bool { return t.lex && !t.used })
	for i := range ts {
		if t := ts[i]; !goods && !t.sep && cancelWords[t.surfKey()] {
			// "please cancel my order", "عايز الغي الطلب", "2elghy el order":
			// an order or a document cancelled is a person's to do (its
			// stock, its number), never the greeting
			out = append(out, t.surface)
			ts[i].used = true
			continue
		}
		if t := ts[i]; !goods && t.neg && t.otherAsked {
			// "هاخد الكنبة الشهر الجاي لما اقبض": all put off (deferred),
			// the clause as said
			q := []string{}
			for k := clauseStart(ts, i); k < clauseEnd(ts, i); k++ {
				q = append(q, ts[k].surface)
			}
			out = append(out, strings.Join(q, " "))
			continue
		}
		if t := ts[i]; !goods && t.neg && placedVerbs[keyAt(ts, i)] {
			// "مش عايز الكنبة اللي طلبتها خلاص": an order placed, declined
			out = append(out, ts[i-1].surface+" "+t.surface)
			continue
		}
		if ts[i].when {
			if i == 0 || !ts[i-1].when {
				// the question as asked: "وش أسرع وقت توصلون"
				q := []string{}
				for k := i; k < len(ts) && ts[k].when; k++ {
					q = append(q, ts[k].surface)
				}
				out = append(out, strings.Join(q, " "))
			}
			continue
		}
		if ts[i].shop != 0 {
			if i == 0 || ts[i-1].shop == 0 || ts[i-1].when {
				// "مواعيدكم ايه يوم الجمعة": the shop's hours or place asked
				q := []string{}
				for k := i; k < len(ts) && ts[k].shop != 0 && !ts[k].when; k++ {
					q = append(q, ts[k].surface)
				}
				out = append(out, strings.Join(q, " "))
			}
			continue
		}
		if n := whereAreYou(ts, i); n > 0 {
			// "انتو فين في اسكندرية؟": where the shop is, a branch asked
			q := make([]string, 0, n)
			for k := i; k < i+n; k++ {
				q = append(q, ts[k].surface)
				ts[k].used = true
			}
			out = append(out, strings.Join(q, " "))
			continue
		}
		if t := ts[i]; !t.sep && cashPrice[t.lowKey()] && i > 0 && !ts[i-1].sep && priceCues[ts[i-1].text] {
			ts[i].used = true // "بكام كاش؟": the price paid in cash, a price asked — no payment question
			continue
		}
		if t := ts[i]; !t.sep && !t.neg && !t.work && !t.aside && (serviceTopics[t.text] || serviceTopics[t.lowSurface()] ||
			serviceTopics[t.bareKey()] || serviceVerb(t.text) || deductedGoods(t.text) || shopOpen(ts, i) ||
			!t.lex && photoWords[t.surfKey()]) {
			out = append(out, t.surface)
			ts[i].used = true
		}
	}
	return out
}

// worksSold marks the words said as the head noun of a work the shop
// sells, that noun itself as its name writes it ("نفخ" of "نفخ بالونة
// هيليوم", a service: lexicon.service): the name's word, never the defect
// its letters may also say ("الخشب نفخ": swelled) — "نفخ البالونة هيليوم
// بكام؟" asks the work's price. Said in a defect's verb form ("اتنفخ",
// "منفوخ") it is still the defect.
func (r *Rules) worksSold(ts []token) {
	for i := range ts {
		if t := ts[i]; !t.sep && t.lex && r.lx.serviceHeads[t.text] {
			ts[i].soldWork = true
		}
	}
}

// cancelWords: cancelling, asked ("الغي", "الغوا", "نلغي", "الغاء",
// Franco "2elghy", English "cancel").
var cancelWords = set("الغي", "الغوا", "الغو", "الغيه", "الغيها", "الغوه", "الغوها", "نلغي", "تلغي", "تلغوا", "تلغو", "يتلغي",
	"الغاء", "لالغاء", "كنسل", "كانسل", "اكنسل", "كنسلوا", "كنسلو", "كنسلي", "كنسله", "كنسلها", "كنسلهم", "هكنسل", "2elghy", "2elghi", "elghy", "elghi", "2elgho", "elgho", "cancel", "cancelled",
	"canceled", "cancellation", "cancelling", "canceling")

// photoWords: photos or a video of the goods asked ("ابعتلي صور
// المطبخ", "send pictures"): a person sends them, the box cannot — unless
// the shop sells goods named so (a photo frame's "صور" is a word of its
// names).
var photoWords = set("صور", "الصور", "صوره", "الصوره", "صورته", "صورتها", "صورهم", "فيديو", "الفيديو", "فديو",
	"sowar", "suwar", "sewar", "sora", "soura", "photo", "photos", "picture", "pictures", "pic", "pics", "video", "videos")

// cashPrice: cash said right after a price word ("بكام كاش", "kam cash").
var cashPrice = set("كاش", "نقدي", "نقدا", "cash", "kash")

// notOurs: the goods spoken of were not bought at the shop — "مش من
// عندكم", "مش منكم", "ماركة تانية", Franco "mesh men 3andoko", "brand
// tanya", English "not from you", "another brand".
func notOurs(ts []token) bool {
	word := func(k int) string {
		if k >= len(ts) || ts[k].sep {
			return ""
		}
		return keyAt(ts, k)
	}
	for i := range ts {
		w, n := word(i), word(i+1)
		switch {
		case (w == "مش" || w == "mesh" || w == "msh" || w == "not") && (yoursWords[n] || (n == "من" || n == "men" || n == "from") && yoursWords[word(i+2)]):
			return true
		case (w == "ماركه" || w == "براند" || w == "brand") && otherBrand[n],
			otherBrand[w] && (n == "brand" || n == "ماركه"):
			return true
		}
	}
	return false
}

// upkeepAsked: where the words of upkeep are said ("صيانة",
// "maintenance", "repair").
func upkeepAsked(ts []token) []int {
	var out []int
	for i, t := range ts {
		if w := wordKey(strings.TrimPrefix(strings.TrimPrefix(t.lowSurface(), "و"), "ال")); !t.sep && upkeepWords[w] {
			out = append(out, i)
		}
	}
	return out
}

var (
	upkeepWords = set("صيانه", "تصليح", "maintenance", "repair", "service", "siana", "sayana")
	yoursWords  = set("منكم", "منكو", "عندكم", "عندكو", "عندكوا", "3andoko", "3ndko", "3andko", "3andokom", "menko", "menkom", "you")
	otherBrand  = set("تانيه", "تاني", "مختلفه", "tanya", "tanyaa", "tany", "another", "other", "different")
)

// whereWords ask where; youPlural is "you" said to the shop (a shop is
// spoken to in the plural, a person at it in the singular).
var (
	whereWords = set("فين", "fen", "fein", "feen", "fain")
	youPlural  = set("انتو", "انتوا", "انتم", "حضرتكم", "entu", "ento", "entoo", "into", "intu", "entom")
	// shopNouns name the shop itself: "المحل فين؟", "فين المعرض"
	shopNouns = set("المحل", "المعرض", "محلكم", "معرضكم", "ma7al", "ma3rad", "ma7alkom", "ma3radkom", "m7al", "m7alkom", "m7alko") // one word each: Franco's "el" is a word of its own
)

// whereAreYou: the words from i ask where the shop itself is — "انتو
// فين؟", "فين انتو", "فينكم", Franco "entu fen", English "where are you
// (located)" — a question about its branches, never a product or a place
// the shop does not carry. It tells how many words the question takes (0:
// none). "فين الاوردر؟" (where is my order) is not it.
func whereAreYou(ts []token, i int) int {
	t := ts[i]
	if t.sep {
		return 0
	}
	w := t.lowSurface()
	if w == "فينكم" || w == "فينكو" || w == "fenkom" || w == "feinkom" || w == "fenko" {
		return 1
	}
	if i+1 < len(ts) && !ts[i+1].sep {
		n := ts[i+1].lowSurface()
		if (youPlural[strings.TrimPrefix(w, "و")] || shopNouns[t.surfKey()]) && whereWords[n] || whereWords[w] && (youPlural[n] || shopNouns[ts[i+1].lowKey()]) {
			return 2
		}
		if youOne[strings.TrimPrefix(w, "و")] && whereWords[n] && whereExactly(ts, i+1) {
			return 2 // "وانت فين بالظبط …؟", "w enta fein belzabt …?": the shop's owner asked where exactly (shopwhom.go)
		}
		if w == "where" && n == "are" && i+2 < len(ts) && !ts[i+2].sep && (ts[i+2].lowSurface() == "you" || ts[i+2].lowSurface() == "u") {
			return 3
		}
	}
	return 0
}

// deductedGoods: w asks the shop (you, plural) to deduct a thing ("it",
// "them") from the bill — "وتخصموها من الحساب", "هتخصموهم من الجديد": the
// customer's own goods taken back or in part exchange, priced by a
// person. Not the noun "خصم" (a discount) nor "تخصموا" with no object.
func deductedGoods(w string) bool {
	w = strings.TrimPrefix(w, "و")
	for _, o := range []string{"ها", "هم", "ه"} {
		st, ok := strings.CutSuffix(w, o)
		if !ok {
			continue
		}
		st = strings.TrimSuffix(st, "و")
		for _, p := range []string{"بت", "هت", "ت"} {
			if rest, ok := strings.CutPrefix(st, p); ok && rest == "خصم" {
				return true
			}
		}
	}
	return false
}

// askKinds turns the vague lines (a kind several products share) into
// sku-less lines whose candidates are the products to ask between.
func askKinds(items []Item) {
	for k := range items {
		if it := &items[k]; it.Vague && it.Product != nil {
			it.Ambiguous = append([]Candidate{{Product: it.Product, Score: 1}}, it.Ambiguous...)
			it.SaidColor = it.Color
			it.SKU, it.Product, it.Material, it.Color, it.Missing = "", nil, "", "", nil
		}
	}
}

// unexplained lists, in the customer's own words, what the rules could
// not place: not a product's, a quantity's, a size's or a colour's word,
// no known filler or non-item word.
func (r *Rules) unexplained(text string, ts []token, items []Item) []string {
	var out []string
	shopTalk := len(items) == 0 && slices.ContainsFunc(ts, func(t token) bool { return t.shop != 0 })
	for k, t := range ts {
		if shopTalk && !t.sep && smallTalk[shopKey(t)] {
			continue // "صباح الفل، مواعيدكم ايه؟", "هاي، …", "يا جماعة": the greeting around a question of the shop
		}
		// a place or a use ("للصالة") is explained when it says what a named
		// product is for; with no product, or after "حاجة" (something), it
		// is what is asked ("وحاجة للقعدة")
		// — but never "بنفسنا" (by ourselves): who gets it, not what; nor
		// after "كل حاجة" (everything) or a negated verb's "حاجة"
		// ("ومبعملش حاجة": nothing)
		thing := k > 0 && !ts[k-1].sep && (strings.TrimPrefix(ts[k-1].text, "و") == "حاجه" || ts[k-1].text == "حاجات" || ts[k-1].text == "something") &&
			!selfWords[t.text] && !(k >= 2 && !ts[k-2].sep && (ts[k-2].text == "كل" || negatedVerb(ts[k-2].text)))
		if end, ok := orAmounts(ts, k); ok {
			// "٢٠ م٢ ولا ٣٠ م٢ احسن؟": two amounts offered, one to choose —
			// a person asks which, never a line of both
			out = append(out, surfaceOf(text, joinSurfaces(ts[k-2:end])))
			continue
		}
		if t.partDeclined && (k == 0 || !ts[k-1].partDeclined) {
			end := k
			for end < len(ts) && ts[end].partDeclined {
				end++
			}
			out = append(out, surfaceOf(text, joinSurfaces(ts[k:end])))
			continue
		}
		if t.otherAsked || t.req && !t.used {
			out = append(out, surfaceOf(text, t.surface))
			continue
		}
		if t.unreadEach && r.anyKnown(items) {
			// "كل حمام محتاج …" that no count was shared by: how many of
			// each line is not known
			out = append(out, surfaceOf(text, t.surface+" "+ts[k+1].surface))
			continue
		}
		if t.sep || t.used || t.lex || t.color != "" || t.text == "x" || r.known(t.text) ||
			r.anyKnown(items) && !thing && (placeWord(t.text) || destination(t.surface) && !r.goodsInLam(ts, k) || englishFor(ts, k) || englishTo(ts, k)) {
			continue
		}
		if strings.TrimSpace(t.surface) == "" || isNumber(t.text) {
			continue
		}
		if nameAbbreviation(ts, k, items) {
			continue // "remote 15 ch": the "15-channel" of the line's name, cut short
		}
		if r.anyKnown(items) && (likened(ts, k) || comingToCollect(ts, k) || passedToTake(ts, k) || thanked(ts, k) || payingTold(ts, k) || aroundOrder(ts, k)) {
			continue // "اضاءة صفرا زي الفنادق", "هاعدي اخدها بكرة", "شكرا على صبركم": what it looks like, when it is collected, thanks
		}
		if addressed(ts, k) || plainMade[t.text] && r.anyKnown(items) {
			continue // "بكام يا كبير؟", "ya kbeer", "يا قمرات": whom the message speaks to; "سادة": plain, no print
		}
		if blessing(ts, k) || mindOrAble(ts, k) || gulfTalk[t.text] && isArabicWord(t.surface) || r.speakerName(ts, k) || visited(ts, k) || theOneWith(ts, k) || englishPlaceName(ts, k) ||
			r.anyKnown(items) && comparisonWords[t.text] && (t.text != "كبير" || prev(ts, k).text == "فرق") {
			continue // "الله يعافيك", "معاك أحمد", "كنت عندكم", "الفرق بين …", "ام ٣ أدوار"
		}
		if sizeAdjectives[t.text] && articled(t.surface) && k+1 < len(ts) && !ts[k+1].sep && isNumber(ts[k+1].text) && r.anyKnown(items) {
			continue // "خدي الكبيرة ٢٨٠": which one, its figure said next
		}
		if k > 0 && !ts[k-1].sep && purposeWords[ts[k-1].text] && verbLike(t.text) && r.anyKnown(items) {
			continue // "عشان أكمل الأوضة": why, not what
		}
		if (urgencyWords[t.text] || whenWords[wordKey(strings.TrimPrefix(t.surface, "و"))] || whenClause(ts, k) || whenClauseObject(ts, k) || ofWhom(ts, k) || k > 0 && ofWhom(ts, k-1) || broughtToYou(ts, k) || englishWorkBefore(ts, k) || occasionWhen(ts, k)) && r.anyKnown(items) {
			continue // "بسرعه", "قبل الخميس", "التسليم الاسبوع الجاي", "قبل ما اشتري": when, not what
		}
		if r.anyKnown(items) && (withShopVerb(ts, k) || conditionTold(ts, k) || occasionIs(ts, k)) {
			continue // "هتقعد معاكم يوم تجريبي", "ولو عجبها هنسجلها": the service's verb said with the shop, a plan on a condition (withshop.go)
		}
		if r.anyKnown(items) && (lookingFor(ts, k) || askedOfMe(ts, k) || beforeEvent(ts, k) || nameForSaid(ts, k, items)) {
			continue // "وبدور على حضانة", "الدكتور طالب مني", "قبل العملية", "كتب الترم" (storywords.go)
		}
		if r.anyKnown(items) && toldAround(ts, k) {
			continue // "وبتغني", "نستلمها", "وقبلها", "لشركتي", "how much do you charge" (toldaround.go)
		}
		if r.anyKnown(items) && (doingNow(ts, k) || kidsDo(ts, k)) {
			continue // "انا بشطب الشقة", "انا ديزاينر وبطلب لعميل": what the customer is doing (ب + the verb)
		}
		if inPurpose(ts, k) && r.anyKnown(items) {
			continue // "عشان النجار مستني": why, not what
		}
		if k > 0 && !ts[k-1].sep && orderCues[ts[k-1].text] && objectVerb(t.text) && r.anyKnown(items) {
			continue // "وعايز ابلطها بورسلين": the work wanted, its object the room said before
		}
		if k > 0 && !ts[k-1].sep && (ts[k-1].lex || ts[k-1].color != "") && doesVerb(t.text) && r.anyKnown(items) {
			continue // "وريموت واحد أسود يشغلهم كلهم": what the line's product does to the others
		}
		if r.anyKnown(items) && (countTold(ts, k) || asideTalk(ts, k) || storyTold(ts, k) || storyClause(ts, k) || afterCity(ts, k)) {
			continue // "جوزي عدها طلعت ١٢ عود", "اللي كان في العينة"
		}
		if nameVerb(t.text, items) && r.anyKnown(items) {
			continue // "مجرى ستارة بيتمد" of "… قابل للمد": what the line's product does, said as a verb
		}
		if madeWithLine(t.surface, items) {
			continue // "a roller, motorised with 1 tubular motor": the motor is its own line
		}
		if !thing && r.anyKnown(items) && r.besideOrder(ts, k) {
			continue // "ركبلي", "حمام الضيوف", "في المعادي", "مرايتها", "يا جماعة"
		}
		out = append(out, surfaceOf(text, t.surface))
	}
	return out
}

// namedThenOrdered drops a line said first with nothing of its own — no
// figure, colour or size — whose product a later sentence orders with its
// amount: the goods wished for, then ordered ("وعايزة حيطة التليفزيون
// تبقى تجاليد مضلعة زي اللي في الصور. هاخد ١٢ لوح WPC مضلع جوزي"), one
// line, not one more panel of no colour. A later line of more of them
// ("كمان", "تاني", "زيادة") is another line.
func namedThenOrdered(ts []token, items []Item) []Item {
	drop := map[int]bool{}
	for k, it := range items {
		if it.Product == nil || it.Color != "" || len(it.DimsCM) > 0 || it.end <= 0 || figureSaid(it.Phrase) {
			continue
		}
		for j := k + 1; j < len(items); j++ {
			o := items[j]
			if o.Product != it.Product || o.end <= 0 || !figureSaid(o.Phrase) {
				continue
			}
			stop, more := false, false
			for x := it.end - 1; x < o.end-1 && x < len(ts); x++ {
				stop = stop || ts[x].sep && (sentenceEnds[ts[x].text] || ts[x].text == "?")
			}
			for x := o.end - 1; x < o.end+2 && x < len(ts); x++ {
				w := strings.TrimPrefix(ts[x].text, "و")
				more = more || !ts[x].sep && (moreWords[w] || tooWords[w] || w == "زياده" || w == "extra")
			}
			if stop && !more {
				drop[k] = true
			}
			break
		}
	}
	return dropItems(items, nil, drop)
}

// figureSaid: the phrase holds a figure or a number word.
func figureSaid(phrase string) bool {
	for _, w := range strings.Fields(phrase) {
		if _, ok := numberWord(w); ok || strings.ContainsAny(w, "0123456789٠١٢٣٤٥٦٧٨٩") {
			return true
		}
	}
	return false
}

// wallSaid: the token is a wall, ceiling or floor (wallNouns: "حيطة",
// "وحيطة", "الحيطة", "حائط", "سقف"), however the vocabulary rewrote it.
func wallSaid(t token) bool {
	w := wordKey(strings.TrimPrefix(strings.TrimPrefix(t.surface, "و"), "ال"))
	return wallNouns[w] || w == "حايط"
}

// selfWords: by oneself ("بنجيب كل حاجة بنفسنا"), who does it.
var selfWords = set("بنفسي", "بنفسنا", "بنفسه", "بنفسها", "بنفسهم", "بنفسك", "بنفسكم")

// orAmounts: "or" at k between an amount and another of the same unit
// ("٢٠ م٢ ولا ٣٠ م٢", "20 sqm or 30 sqm", "4 متر او 5 متر"): the end of the
// second amount.
func orAmounts(ts []token, k int) (int, bool) {
	w := ts[k].lowSurface()
	if ts[k].sep || !orWords[w] || k < 2 || k+2 >= len(ts) {
		return 0, false
	}
	if ts[k-2].sep || ts[k-1].sep || ts[k+1].sep || ts[k+2].sep || !isNumber(ts[k-2].text) || !isNumber(ts[k+1].text) {
		return 0, false
	}
	a, aok := unitWord(ts[k-1].text)
	b, bok := unitWord(ts[k+2].text)
	return k + 3, aok && bok && a == b
}

// orWords: "or" between two choices.
var orWords = set("ولا", "او", "أو", "or", "wala", "walla", "aw")

// joinSurfaces joins the words of ts as written.
func joinSurfaces(ts []token) string {
	var ws []string
	for _, t := range ts {
		if !t.sep {
			ws = append(ws, t.surface)
		}
	}
	return strings.Join(ws, " ")
}

// nameVerb: w is a present verb (ي/ت, with the progressive ب or the
// future ه, and the passive ت: "بيتمد") whose stem is a word of a named
// line's own Arabic name, as written or with its article or ل ("للمد" of
// "مجرى ستارة قابل للمد"), or whose stem's verbal noun is ("بتدفي" of
// "لتدفئة", "بيبرد" of "تبريد"): what the product does, said as a verb.
func nameVerb(w string, items []Item) bool {
	if !isArabicWord(w) || utf8.RuneCountInString(w) < 4 {
		return false
	}
	var stems []string
	for _, p := range []string{"بيت", "بتت", "هيت", "هتت", "يت", "تت", "بي", "بت", "هي", "هت", "ي", "ت"} {
		if st, ok := strings.CutPrefix(w, p); ok && utf8.RuneCountInString(st) >= 2 {
			stems = append(stems, st)
		}
	}
	for _, it := range items {
		if it.Product == nil || len(stems) == 0 {
			continue
		}
		for _, nw := range arabic.Tokens(arabic.Normalize(it.Product.NameAr)) {
			nw = fold(nw)
			for _, pre := range []string{"", "ال", "لل", "ل", "بال"} {
				if base, ok := strings.CutPrefix(nw, pre); ok && utf8.RuneCountInString(base) >= 2 && (slices.Contains(stems, base) || slices.ContainsFunc(stems, func(st string) bool {
					return verbalNounOf(st) == base
				})) {
					return true
				}
			}
		}
	}
	return false
}

// verbalNounOf is the verbal noun of the doubled (فعّل) verb whose present
// stem is st: تفعيل of a sound stem ("برد" → "تبريد", "نضف" → "تنضيف"),
// تفعله of one ending in its weak ي ("دفي" → "تدفيه", "نقي" → "تنقيه");
// "" for a stem of another length.
func verbalNounOf(st string) string {
	rs := []rune(st)
	if len(rs) != 3 {
		return ""
	}
	if rs[2] == 'ي' {
		return "ت" + st + "ه"
	}
	return "ت" + string(rs[:2]) + "ي" + string(rs[2])
}

// madeWithLine: an English participle made from a noun ("motorised",
// "motorized") whose noun names one of the message's lines ("1 tubular
// motor"): what that line is for, said of another.
func madeWithLine(surface string, items []Item) bool {
	w := lower(surface)
	if !isLatinWord(w) {
		return false
	}
	stem := ""
	for _, suf := range []string{"ised", "ized"} {
		if st, ok := strings.CutSuffix(w, suf); ok && len(st) >= 4 {
			stem = st
		}
	}
	if stem == "" {
		return false
	}
	for _, it := range items {
		if it.Product != nil && slices.Contains(strings.Fields(lower(it.Product.NameEn)), stem) {
			return true
		}
	}
	return false
}

// nameAbbreviation: token k is a short Latin word after a figure that
// cuts short the word after that same figure in a named line's English
// name ("15 ch" for "15-channel remote", "3 str" for "3-strand rope").
func nameAbbreviation(ts []token, k int, items []Item) bool {
	t := ts[k]
	n := utf8.RuneCountInString(t.text)
	if k == 0 || ts[k-1].sep || !isNumber(ts[k-1].text) || !isLatinWord(t.surface) || n < 2 || n > 4 {
		return false
	}
	fig := ts[k-1].text
	for _, it := range items {
		if it.Product == nil {
			continue
		}
		ws := strings.FieldsFunc(lower(it.Product.NameEn), func(r rune) bool { return r == ' ' || r == '-' })
		for j := 0; j+1 < len(ws); j++ {
			if ws[j] == fig && len(ws[j+1]) > n && strings.HasPrefix(ws[j+1], t.text) {
				return true
			}
		}
	}
	return false
}

// lostFigures are the figures the segmenter took as amounts (used, not set
// aside) that no draft holds: not in a draft's words, its count, its sizes
// or the room it covers.
func lostFigures(ts []token, ds []*draft) []string {
	held := func(k int) bool {
		in := func(a *amount) bool { return a != nil && k >= a.start && k < a.end }
		for _, d := range ds {
			if k >= d.start && k < d.end || in(d.pre) {
				return true
			}
			for _, g := range append(d.groups, d.room) {
				for m := range g {
					if in(&g[m]) {
						return true
					}
				}
			}
		}
		return false
	}
	var out []string
	for k, t := range ts {
		if !t.sep && t.used && !t.aside && !t.neg && !t.count && !t.compound && isNumber(t.text) && !held(k) && !(k+1 < len(ts) && placeCount(ts[k+1])) && !timeSpanFigure(ts, k) {
			out = append(out, t.surface)
		}
	}
	return out
}

// placeCount: a figure before t counts places, not goods ("٢ اوض ٣×٤").
func placeCount(t token) bool {
	w := placeKey(t.surface)
	if d, ok := dualOf(w); ok {
		w = d
	}
	return !t.sep && (placeWords[w] || roomWords[w] || placeWords[t.text] || roomWords[t.text])
}

// unreadEach: token k is "كل", "لكل", "each" or "every" before a noun
// (not "واحدة", "حاجة") that no pass read as a distributive: the count it
// shares out was not applied to any line.
// Read before segmenting, once the distributive passes have run.
func (r *Rules) unreadEach(ts []token, k int) bool {
	t := ts[k]
	if t.sep || t.used || t.each > 0 || !eachCues[t.lowSurface()] || k+1 >= len(ts) {
		return false
	}
	n := ts[k+1]
	if n.sep || n.used || n.aside || eachWords[n.text] || isNumber(n.text) || n.color != "" || fillers[n.text] || allWords[n.text] || timeNouns[n.text] ||
		r.isHead(n.text) { // "٣ شبابيك … كل شباك ١٢٠ في ١٥٠": each of the goods
		return false
	}
	for _, o := range ts {
		if o.each > 0 || o.perN > 0 {
			return false
		}
	}
	return true
}

// contractionTails are what an English contraction leaves after its
// apostrophe: "what's", "we're", "I'll", "they've", "I'd", "I'm".
var contractionTails = set("s", "re", "ll", "ve", "d", "m")

// besideOrder reports whether token k is talk around an order (words.go):
// a verb of the work the goods take, the conversation, who the customer
// is, when, a room or an area and what qualifies it, a place beside
// another thing, a shape by its letter, or a known noun under a
// possessive ending ("مساحته", "لونهم", "مرايتها").
func (r *Rules) besideOrder(ts []token, k int) bool {
	t := ts[k]
	if k > 0 && !ts[k-1].sep && contractionTails[t.lowSurface()] && isLatinWord(ts[k-1].surface) && !isNumber(ts[k-1].text) {
		return true // the "s" of "what's", the "re" of "we're"
	}
	ws := []string{t.text}
	if st, ok := strings.CutPrefix(t.text, "و"); ok && utf8.RuneCountInString(st) >= 2 {
		ws = append(ws, wordKey(st)) // "وبجهز", "واوضة", "وعجبتني"
	}
	if st, ok := strings.CutPrefix(t.surface, "فال"); ok && utf8.RuneCountInString(st) >= 2 {
		ws = append(ws, wordKey("ال"+st)) // "فالفني قالي": so (ف) before the article
	}
	if st, ok := strings.CutPrefix(t.text, "ب"); ok && dayParts[st] {
		return true // "بميعاد التركيب": by the appointment, when
	}
	if afterWorkTime(ts, k) {
		return true // "هعدي عليكم بعد الشغل": when, after the customer's working day
	}
	if st, ok := strings.CutPrefix(t.text, "ف"); ok && utf8.RuneCountInString(st) >= 3 && (workVerb(st) || talkVerb(st)) {
		return true // "فبقينا بنجيب": so (ف) before a verb
	}
	if r.unsoldWork(t.text) {
		return false // "وتفصلولي عباية" where no tailoring is sold
	}
	for _, w := range ws {
		if talkWords[w] || personaWords[w] || forFamily(w) || dayParts[w] || areaWords[w] || roomWords[w] || placeWords[w] || surfaceWords[wordKey(strings.TrimPrefix(w, "ل"))] || voiceWords[w] ||
			seatsWords[w] || workers[strings.TrimPrefix(w, "ال")] || // "بتاع شخصين"; "السباك بتاعنا هيركب"
			spatialWords[w] || spatialOn(w) && !t.lex || shapeWords[w] || plainWords[w] || qualityWords[w] || countedNouns[w] || workVerb(w) || talkVerb(w) || changeVerb(w) || reciprocalVerb(w) || priceTalk[w] || buildTrades[w] || vehicleWords[w] ||
			roomsSaid(w) && afterTalk(ts, k) || r.lx.workVerbOf(w) || readyWords[w] && !t.lex ||
			englishWorkVerb(t.lowSurface()) || englishVerb(t.lowSurface(), englishPlans) || isLatinWord(t.surface) && projectWords[t.lowSurface()] {
			return true
		}
		for _, p := range possessed(w) {
			if !p.strong && utf8.RuneCountInString(p.noun) < 3 && k > 0 && !ts[k-1].sep && ts[k-1].lex {
				continue // "مرتبة طبي": after a product's word, a stem of two letters and ي describes it (medical), no "my طب"
			}
			if r.known(p.noun) && (p.strong || !r.lx.isWord(p.noun)) || placeWords[p.noun] || roomWords[p.noun] || p.strong && personaWords[p.noun] ||
				dimWords[p.noun] || sameSizeWords[p.noun] {
				return true
			}
		}
	}
	if eachCues[t.lowSurface()] && k+1 < len(ts) && !ts[k+1].sep && timeNouns[ts[k+1].text] {
		return true // "كل شهر", "كل يوم": how often, no distributive
	}
	if frameColour(ts, k) {
		return true // "بروفيل اسود مطفي", "with gold profile": the colour of the goods' frame
	}
	if finishingTouches(ts, k) {
		return true // "just need the finishing touches", "اللمسات الاخيرة": the last of the work, no goods
	}
	if k == 0 || ts[k-1].sep {
		return false
	}
	p := ts[k-1]
	if k >= 2 && !ts[k-2].sep && !p.lex && p.color == "" && !isNumber(p.text) && roomQualifiers[wordKey(strings.TrimPrefix(t.surface, "ال"))] && r.placeToken(ts[k-2]) {
		return true // "شركة محاسبة صغيرة", "شقة ابني الجديدة": the place's adjective after its genitive
	}
	switch {
	case workNoun(ws[len(ws)-1]) && (personaWords[p.text] || engineerWords[p.text] || talkVerb(p.text) || workVerb(p.text)):
		return true // "مهندس تنفيذ", "لسه مخلصين تشطيب": the work a flat is getting, said of who does it
	case ownerWords[wordKey(p.surface)] && articled(t.surface) && !t.lex && r.placeBefore(ts, k-1):
		return true // "والأوضة التانية دي بتاعة الضيوف": whose room it is
	case (p.surface == "اللي" || p.surface == "الي") && k >= 2 && !ts[k-2].sep && likeWords[ts[k-2].text] && pastVerb(t.text):
		return true // "زي اللي خدتها": one like the last, a new order
	case spatialWords[p.text]:
		return true // "جنب الباب", "تحت السرير": where, not what
	case (p.text == "في" || p.text == "فى") && k >= 2 && !ts[k-2].sep && r.placeToken(ts[k-2]) && !t.lex && t.color == "" && !isNumber(t.text):
		return true // "للبيت في <town>", "العمارة في <district>": where the place is
	case wallSaid(p) && articled(t.surface) && !t.lex && t.color == "" && !isNumber(t.text):
		return true // "حيطة التليفزيون", "سقف الحمام", "حيطة السلم": which wall, its genitive
	case onWords[p.text] && !articled(t.surface) && k+1 < len(ts) && !ts[k+1].sep && articled(ts[k+1].surface) && r.placeToken(ts[k+1]):
		return true // "على سور الجنينة", "في حيطة الصالة": the part of a place the goods go on
	case workVerb(p.text) && strings.HasPrefix(t.surface, "بال") && !t.lex:
		return true // "هشدها بالسلسلة": what the work is done with
	case shapeWords[p.text] && utf8.RuneCountInString(t.surface) <= 2:
		return true // "حرف U"
	case r.placeToken(p) && !t.conj && (roomQualifiers[ws[len(ws)-1]] || !articled(p.surface) || articled(t.surface)):
		// a room's or a destination's own qualifier: its genitive ("حمام
		// الضيوف", "لعيادة اسنان", "اوضتين نوم") or an adjective agreeing
		// with it ("للحمام الرئيسي"); after a definite place an indefinite
		// word is no part of it
		return true
	}
	return false
}

// frameColour: token k is the frame of the goods (a profile, a frame)
// next to a colour ("بروفيل اسود مطفي", "فريم دهبي", "with gold profile",
// "frame in black"): the colour the goods are made in, said of the part
// that shows it, no goods of its own.
func frameColour(ts []token, k int) bool {
	if !frameWords[ts[k].text] && !frameWords[ts[k].lowSurface()] {
		return false
	}
	for _, j := range []int{k - 1, k + 1, k + 2} {
		if j < 0 || j >= len(ts) || ts[j].sep {
			continue
		}
		if ts[j].color != "" && (j != k+2 || inWords[ts[k+1].lowSurface()] || colourNouns[ts[k+1].text]) {
			return true
		}
	}
	return false
}

// frameWords name the frame of glass, a mirror or a door: its profile.
var frameWords = set("بروفيل", "البروفيل", "بروفايل", "البروفايل", "فريم", "الفريم", "اطار", "الاطار", "برواز", "البرواز",
	"profile", "profiles", "frame", "frames")

// finishingTouches: token k is "touches" of "the finishing touches" (also
// "final"/"last touches") or "اللمسات" before "الاخيرة"/"النهائية" and
// that adjective: the idiom for the last details of a work, no goods.
func finishingTouches(ts []token, k int) bool {
	w := ts[k].lowSurface()
	if (w == "touches" || w == "touch") && k > 0 && !ts[k-1].sep && lastTouch[ts[k-1].lowSurface()] {
		return true
	}
	if touchWords[ts[k].text] && k+1 < len(ts) && !ts[k+1].sep && lastTouch[ts[k+1].text] {
		return true
	}
	if lastTouch[ts[k].text] && isArabicWord(ts[k].text) && k > 0 && !ts[k-1].sep && touchWords[ts[k-1].text] {
		return true // "الاخيرة" of "اللمسات الاخيرة"
	}
	if k+1 < len(ts) && !ts[k+1].sep && lastTouch[ts[k].lowSurface()] && isLatinWord(ts[k].surface) {
		n := ts[k+1].lowSurface()
		return n == "touches" || n == "touch" // "final" of "the final touches"
	}
	return false
}

// lastTouch and touchWords make the idiom "the finishing touches".
var (
	lastTouch  = set("finishing", "final", "last", "الاخيره", "النهائيه", "الاخيرة", "النهائية")
	touchWords = set("اللمسات", "لمسات", "اللمسه", "لمسه")
)

// brokenAdjectives: the broken plurals of the adjectives of size and
// weight a name gives in the singular ("كبار": كبير، كبيرة).
var brokenAdjectives = map[string]string{"كبار": "كبير", "صغار": "صغير", "طوال": "طويل", "قصار": "قصير", "عراض": "عريض",
	"تخان": "تخين", "رفاع": "رفيع", "تقال": "تقيل", "خفاف": "خفيف"}

// sizeAdjectives: the big one, the small one, said with the article before
// the figure that tells which ("الكبيرة ٢٨٠").
var sizeAdjectives = set("الكبير", "الكبيره", "الصغير", "الصغيره", "الكبار", "الصغيرين")

// engineerWords: the trade before the work it is of ("مهندس تنفيذ").
var engineerWords = set("مهندس", "مهندسه", "مهندسين", "مشرف", "مشرفه")

// afterTalk: token k opens its clause or follows a filler ("فيها
// تراسين"), never a noun it could describe ("سرير دورين" is a bunk bed).
func afterTalk(ts []token, k int) bool {
	return k == 0 || ts[k-1].sep || fillers[ts[k-1].text] && !ts[k-1].lex
}

// roomsSaid: a room word in the dual or the plural ("فيها تراسين قدام
// وورا"): where the goods go, as the room word is (said after talk:
// afterTalk).
func roomsSaid(w string) bool {
	for _, suf := range []string{"ين", "ات"} {
		if st, ok := strings.CutSuffix(w, suf); ok && utf8.RuneCountInString(st) >= 3 && roomWords[st] {
			return true
		}
	}
	return false
}

// placeToken: a room, a place or a destination ("للسرير"), whatever else
// its word is in the catalog.
func (r *Rules) placeToken(t token) bool {
	w := wordKey(strings.TrimPrefix(t.surface, "و"))
	for _, p := range []string{"", "لل", "ل", "ب"} {
		if rest, ok := strings.CutPrefix(w, p); ok && (roomWords[wordKey(rest)] || placeWords[wordKey(rest)]) {
			return true
		}
	}
	return destination(t.surface)
}

// placeBefore: a place or a room is named within the four words before k
// in its clause ("الأوضة التانية دي بتاعة …").
func (r *Rules) placeBefore(ts []token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-4 && !ts[j].sep; j-- {
		if r.placeToken(ts[j]) {
			return true
		}
	}
	return false
}

// wallNouns name a wall, ceiling or floor, indefinite before the genitive
// that says which one ("حيطة التليفزيون", "ارضية المطبخ").
var wallNouns = set("حيطه", "حائط", "جدار", "سقف", "ارضيه", "واجهه")

// seatsWords say how many people a piece is for ("بتاع شخصين", "for 4
// persons"): a description of the piece the line named, never a line.
var seatsWords = set("شخص", "شخصين", "اشخاص", "الاشخاص", "نفر", "نفرين", "انفار", "فرد", "افراد", "person", "persons", "people", "pax",
	"shakhs", "shakhsen", "ashkhas")

// onWords put the goods on or in a part of a place: "على سور الجنينة".
var onWords = set("علي", "على", "في", "فى")

// urgencyWords ask for speed; they change nothing asked.
var urgencyWords = set("بسرعه", "سريع", "عاجل", "مستعجل", "ضروري", "asap", "urgent", "quickly", "besor3a", "bsor3a",
	// "تلحقونا", "الحقوني": make it in time for us (لحق)
	"تلحقونا", "تلحقوني", "تلحقوا", "تلحقني", "الحقونا", "الحقوني", "الحقني", "tel7a2ona", "tel7a2ony", "el7a2ona", "el7a2ony")

// whenWords say when the goods are wanted: days, weeks, handing over.
var whenWords = set("قبل", "بعد",
	// Franco-Arabic spells them "abl"/"2abl" and "ba3d": "abl el emte7an"
	// (before the test), "ba3d el 3eed" (after the feast)
	"abl", "2abl", "ba3d",
	// the season: "قبل الصيف", "before the summer"
	"الصيف", "صيف", "الشتا", "الشتاء", "شتا", "الربيع", "الخريف", "رمضان", "العيد", "summer", "winter", "السبت", "الحد", "الاحد", "الاتنين", "التلات", "التلاتاء", "الثلاثاء", "الاربع", "الاربعاء",
	"الخميس", "الجمعه", "الاسبوع", "اسبوع", "الشهر", "الجاي", "الجايه", "التسليم", "تسليم", "الاستلام", "استلام",
	"before", "by", "next", "week", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

// whenClause: token k is the verb of a clause of time, "قبل ما" / "بعد ما"
// / "لحد ما" + a present verb ("قبل ما اشتري", "بعد ما نركب", "لحد ما
// يخلص النجار"): when the customer will do something, not what is ordered.
func whenClause(ts []token, k int) bool {
	if k < 2 || ts[k-1].sep || ts[k-2].sep || ts[k-1].text != "ما" || !timeConjunctions[ts[k-2].text] {
		return false
	}
	w := ts[k].text
	return utf8.RuneCountInString(w) >= 3 && strings.ContainsRune("اأنيتبه", []rune(w)[0])
}

// timeConjunctions open a clause of time with "ما": before, after, until.
var timeConjunctions = set("قبل", "بعد", "لحد", "لغايه", "لحين")

// doingNow: token k is a progressive verb (ب + the verb) after "انا", or
// joined by و to who the speaker is ("انا مهندسة ديكور وبجهز شقة",
// "انا ديزاينر وبطلب لعميل").
func doingNow(ts []token, k int) bool {
	if k == 0 || ts[k-1].sep {
		return false
	}
	w := ts[k].text
	if !meWords[ts[k-1].text] {
		st, ok := strings.CutPrefix(w, "و")
		if !ok || !personaWords[ts[k-1].text] || !(k >= 2 && meWords[ts[k-2].text] || k >= 3 && meWords[ts[k-3].text]) {
			return false
		}
		w = st
	}
	return strings.HasPrefix(w, "ب") && utf8.RuneCountInString(w) >= 4
}

// meWords are the pronouns a progressive verb follows: "انا بشطب".
var meWords = set("انا", "احنا", "ana", "e7na")

// inPurpose reports whether token k is in a purpose clause ("عشان النجار
// مستني"): after a purpose word, with no separator, order cue, و-joined
// word or catalog word between.
func inPurpose(ts []token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		t := ts[j]
		if t.lex && strings.HasPrefix(t.surface, "ال") && j > 0 && purposeWords[ts[j-1].text] {
			continue // "عشان الدش بعيد": the reason's own subject, a thing the shop names
		}
		if t.sep || t.lex || orderCues[t.text] || t.conj || strings.HasPrefix(t.text, "و") {
			return false
		}
		if purposeWords[t.text] {
			return true
		}
	}
	return false
}

// doesVerb: a present verb of the product with an object pronoun
// ("يشغلهم", "تغطيها"): what the goods named before it do.
func doesVerb(w string) bool {
	if utf8.RuneCountInString(w) < 5 || !(strings.HasPrefix(w, "ي") || strings.HasPrefix(w, "ت")) {
		return false
	}
	return strings.HasSuffix(w, "ها") || strings.HasSuffix(w, "هم")
}

// objectVerb: a first-person verb with an object pronoun ("ابلطها",
// "اركبهم"): what the customer wants to do with it. Only ها and هم count:
// a bare ه is also a noun's ة as typed ("اباجوره", "ستاره": a thing
// asked), and a word with the article is a noun.
func objectVerb(w string) bool {
	if !strings.HasPrefix(w, "ا") || strings.HasPrefix(w, "ال") || utf8.RuneCountInString(w) < 5 {
		return false
	}
	return strings.HasSuffix(w, "ها") || strings.HasSuffix(w, "هم")
}

// determiners stand between "for" and its noun: "for a nursery".
var determiners = set("a", "an", "the", "my", "our", "his", "her", "their", "your", "this", "that", "each", "every", "both", "its")

// englishFor: token k is the noun "for" governs ("for a nursery", "for
// the kids' room"): what the goods are for, as Arabic says with ل.
func englishFor(ts []token, k int) bool {
	if !isLatinWord(ts[k].surface) {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-3 && !ts[j].sep; j-- {
		w := ts[j].lowSurface()
		if w == "for" {
			return true
		}
		if !determiners[w] {
			return false
		}
	}
	return false
}

// purposeWords open a clause saying why ("عشان أكمل الأوضة"): the verb
// after them asks for nothing.
var purposeWords = set("عشان", "علشان", "لاجل", "علشان ما", "so", "because")

// englishSell are the verbs of "do you sell / make / carry / stock …?".
var englishSell = set("sell", "make", "carry", "stock", "have", "do")

// sellQuestion is the index of the cue when the message opens by asking
// whether the shop sells or makes a kind of thing ("هو انتو بتبيعوا …؟",
// "betbe3o …?", "do you sell …?"): only fillers before it. -1 otherwise.
func sellQuestion(ts []token) int {
	for k, t := range ts {
		if t.sep {
			continue
		}
		low := t.lowSurface()
		if sellCues[t.text] && t.text != "في" && t.text != "فيه" || sellCues[low] {
			return k
		}
		if englishSell[low] && low != "do" && k > 0 && ts[k-1].lowSurface() == "you" {
			return k
		}
		if !fillers[t.text] && !fillers[low] {
			return -1
		}
	}
	return -1
}

// askedThing is the line of what a sell question asks about: the words
// after the cue, in the customer's own words, of no product.
func askedThing(text string, ts []token, at int) (Item, bool) {
	var surf []string
	for k := at + 1; k < len(ts); k++ {
		if ts[k].sep {
			if len(surf) > 0 && ts[k].text != "-" {
				break
			}
			continue
		}
		surf = append(surf, ts[k].surface)
	}
	if len(surf) == 0 {
		return Item{}, false
	}
	return Item{Quantity: catalog.One, Confidence: 0.3, Phrase: surfaceOf(text, strings.Join(surf, " "))}, true
}

// askedUnplaced: what a sell question asks about (the words after the cue,
// up to a separator or English "for") has a word no product's name holds
// and none that heads a product's name: the shop does not carry that kind
// of thing. A kind it sells asked in another material ("عندكم ابواب
// ماهوجني؟") is left to the alternatives.
func (r *Rules) askedUnplaced(ts []token, at int) bool {
	words, foreign := 0, false
	for k := at + 1; k < len(ts); k++ {
		t := ts[k]
		if t.sep {
			if words > 0 && t.text != "-" { // "fire-rated doors" is one phrase
				break
			}
			continue
		}
		low := t.lowSurface()
		if isLatinWord(low) && (low == "for" || low == "in") {
			break
		}
		if words == 0 && objectPronouns[low] {
			return false // "can you make it quick?": about the order, no kind of thing
		}
		if fillers[t.text] || fillers[low] || isNumber(t.text) || t.color != "" {
			continue
		}
		words++
		if r.isHead(t.text) {
			return false
		}
		foreign = foreign || !t.lex
	}
	return foreign
}

// isHead: w (or its canonical term) is the first word of some product's name.
func (r *Rules) isHead(w string) bool {
	if u, ok := r.lx.rewrite[w]; ok && r.lx.heads[u] {
		return true
	}
	return r.lx.heads[w]
}

// objectPronouns after "do you make / have" point back at the order.
var objectPronouns = set("it", "them", "this", "that", "these", "those", "me", "us", "one")

// customWork: a kind asked "مقاس خاص" (a special size, made to the
// customer's measure: "custom size", "ma2as khas") that no product of the
// shop is (only close ones lacking what was said, or a kind several share)
// is work to order: the standard products are no answer to it, so the line
// is left unread (a person quotes it) rather than offered its substitutes
// or asked which standard one.
func customWork(ts []token, items []Item) {
	custom := false
	for k := 0; k+1 < len(ts); k++ {
		// wordKey of each word's lowSurface, keyed once (tokenkeys.go)
		if !ts[k].sep && !ts[k+1].sep && customSize[ts[k].lowKey()] && customWords[ts[k+1].lowKey()] {
			custom = true
		}
		if !ts[k].sep && !ts[k+1].sep && customWords[ts[k].lowKey()] && customSize[ts[k+1].lowKey()] {
			custom = true // "custom size", "special size"
		}
	}
	if !custom {
		return
	}
	for k := range items {
		if it := &items[k]; it.SKU == "" && (len(it.Lacks) > 0 || it.Vague) {
			it.Ambiguous, it.Lacks, it.Vague = nil, nil, false
		}
	}
}

// customJob: the shop asked to make something for the customer with a
// verb no product's work explains ("ممكن تعملولي باب جراج يفتح ببصمة
// الوش؟", "تطبعولي صورة الفرح على المرايا": you, make me …) is a job to
// order: a kind several products share named in it is no question of
// which standard one, but a line left unread for a person.
func customJob(ts []token, items []Item, unexplained []string) {
	job := false
	for _, t := range ts {
		w := strings.TrimPrefix(wordKey(t.surface), "و")
		for _, suf := range []string{"ولي", "ولنا"} {
			if st, ok := strings.CutSuffix(w, suf); ok && !t.sep && makeStems[strings.TrimPrefix(st, "ت")] && strings.HasPrefix(st, "ت") {
				job = true // "تعملولي", "تفصلولنا": you, make me (a work verb the rules read as such)
			}
		}
	}
	for _, w := range unexplained {
		w = strings.TrimPrefix(wordKey(w), "و")
		for _, suf := range []string{"ولي", "ولنا"} {
			if st, ok := strings.CutSuffix(w, suf); ok && strings.HasPrefix(st, "ت") && utf8.RuneCountInString(st) >= 3 && !orderCues[w] {
				job = true
			}
		}
	}
	if !job {
		return
	}
	for k := range items {
		if it := &items[k]; it.SKU == "" && len(it.Ambiguous) > 0 {
			it.Ambiguous, it.Lacks, it.Vague, it.Unread = nil, nil, false, true
		} else if it.SKU != "" && it.Confidence < 0.9 && len(unexplained) > 0 {
			// "ممكن تعملولي برجولة … بتصميم خاص وفيها إضاءة": a product
			// not surely read, beside words of the thing to make the rules
			// cannot place, is no answer to it either
			*it = Item{Quantity: it.Quantity, DimsCM: it.DimsCM, Phrase: it.Phrase, Confidence: it.Confidence, Unread: true, end: it.end}
		}
	}
}

// makeStems are the verbs of making a thing to order: make (عمل), craft
// (صنع), tailor (فصل), carry out (نفذ), design (صمم).
var makeStems = set("عمل", "صنع", "فصل", "نفذ", "صمم")

// customSize and customWords: "مقاس خاص", "مقاس مخصوص", "custom size",
// "ma2as khas".
var customSize = set("مقاس", "بمقاس", "مقاسات", "بمقاسات", "size", "sizes", "ma2as", "ma2asat")
var customWords = set("خاص", "خاصه", "مخصوص", "مخصوصه", "custom", "special", "khas", "5as", "makhsoos")

// amountForNext: "٦ متر ماسورة ٢ بوصة و ٢٠ متر ٣ بوصة": a line that has
// its own amount, then "و" and another length, right before a line of
// the same head noun unsaid and no amount of its own — the length is that
// next line's amount, said first as the first line's was, never a side of
// the first.
func (r *Rules) amountForNext(ts []token, ds []*draft) {
	for k := 0; k+1 < len(ds); k++ {
		a, b := ds[k], ds[k+1]
		if a.pre == nil || a.pre.unit != "m" || len(a.groups) == 0 || b.pre != nil || len(b.groups) > 0 || len(b.counts) > 0 ||
			b.start >= len(ts) || r.lx.heads[ts[b.start].text] {
			continue
		}
		g := a.groups[len(a.groups)-1]
		if len(g) != 1 || g[0].unit != "m" || g[0].end != b.start || g[0].start == 0 || ts[g[0].start-1].text != "و" {
			continue
		}
		b.pre = &g[0]
		a.groups = a.groups[:len(a.groups)-1]
	}
}
