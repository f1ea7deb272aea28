package understand

import (
	"cmp"
	"math"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"fatoora/catalog"
	"fatoora/catalog/arabic"
)

// Finishing: each draft matched to its product, its quantity read in the
// product's unit, its colour, what it lacks, and the counts said for all.

type scored struct {
	idx   int
	score float64
}

// candidates scores the products that share words with the draft: an
// F-measure of how many of the draft's words the product explains
// (precision) and how much of its best name the draft says (recall), with
// a small bonus when the draft's head noun is the product's own.
func (r *Rules) candidates(d *draft) []scored {
	return slices.Clone(r.candidatesRead(d)) // callers reorder and cut their own
}

// candidatesRead is candidates(d) without the copy, the draft's own
// (d.cands), for callers that only read it (unitOf): never to be changed.
func (r *Rules) candidatesRead(d *draft) []scored {
	if len(d.words) == 0 {
		return nil
	}
	if k := d.candKey(); !d.cands.ok || d.cands.key != k {
		d.cands.list = r.scoreCandidates(d)
		d.cands.key, d.cands.ok = k, true
	}
	return d.cands.list
}

// scoreCandidates: candidates, scored afresh.
func (r *Rules) scoreCandidates(d *draft) []scored {
	lx := r.lx
	best := d.explains
	var list []int32
	named := r.hourlyNamed(d, r.namedBeforeFor(d))
	if named != nil {
		best = 0
		for _, p := range d.touched {
			if named(p) {
				best = max(best, int(d.cnt[p]))
			}
		}
	}
	for _, p := range d.touched {
		if n := int(d.cnt[p]); n >= best-1 && n > 0 && (named == nil || named(p)) {
			list = append(list, p)
		}
	}
	slices.SortFunc(list, func(a, b int32) int { // a total order: as sort.Slice had it
		if d.cnt[a] != d.cnt[b] {
			return int(d.cnt[b]) - int(d.cnt[a])
		}
		return int(a - b)
	})
	if len(list) > r.opts.MaxCandidates {
		list = list[:r.opts.MaxCandidates]
	}
	out := make([]scored, 0, len(list))
	nw := float64(len(d.uniq))
	first := d.words[0]
	firstHead := lx.heads[first]
	lastEn := "" // English says its head noun last: "120 mattress", "mattress protector"
	for k := len(d.words) - 1; k >= 0 && d.english; k-- {
		if w := d.words[k]; isLatinWord(w) && !isNumber(w) {
			lastEn = w
			break
		}
	}
	if w := d.ofHead; w != "" && lastEn != "" && lastEn != w && lx.serviceHead(w) {
		lastEn = w // "installation of the hob": the work is the head, the hob its object
	}
	headWord, isHead := first, firstHead
	bare := firstHead && len(d.uniq) == 1 && !d.english && isArabicWord(first)
	// "كاميرا خارجي": the head noun and words of the catalog, all of them
	// in each of several names: as for the head alone, the words a name
	// has beyond them are one thing not said, so that a short synonym
	// ("كاميرا متحركة خارجي") does not outrank the names of its kind
	// ("كاميرا خارجية 2 ميجا"); which one is the customer's to say
	saidAll := firstHead && !d.english && len(d.uid) == len(d.uniq)
	if lastEn != "" && lx.heads[lastEn] {
		headWord, isHead = lastEn, true // "leather sofa": a sofa
	}
	var opposed []string // "الداخلي" said: the exterior one is not it
	for w := range d.uniq {
		if o, ok := oppositeWords[w]; ok && !d.uniq[o] {
			opposed = append(opposed, o)
		}
	}
	headHas := lx.postings[headWord] // ascending, the products whose all holds it (lexicon.has)
	for _, p := range list {
		info := &lx.info[p]
		if slices.ContainsFunc(opposed, func(o string) bool { return info.all[o] && !info.all[oppositeWords[o]] }) {
			continue // its name says the opposite of a word said (interior asked, exterior named)
		}
		prec := float64(d.cnt[p]) / nw
		rec := 0.0
		for k, ph := range info.phraseIDs {
			hit, of := 0, 0
			for j, u := range ph {
				if slices.Contains(ph[:j], u) && !isNumber(info.phrases[k][j]) {
					// "مساحة قطن موب", the vocabulary folding مساحة into موب:
					// one word, said once (a figure twice is two sides: "30×30")
					continue
				}
				of++
				if slices.Contains(d.uid, u) || r.innerSaid(d, info, u) {
					hit++
				}
			}
			n := of
			if k+1 == info.enPhrase && hit > 0 && (info.headEn != "" && d.uniq[info.headEn] || info.packedEn != "" && d.uniq[info.packedEn]) {
				// with its head noun said, an English name's other words
				// and figures describe it together ("High-gloss acrylic
				// kitchen" beside "Aluminium kitchen", "Epoxy grout 2kg"
				// beside "Grout 5kg"): the ones not said are one thing
				// not said, so a bare "kitchen" fits a longer name as well
				// as a shorter one, and a word or size said still chooses
				of = hit + min(1, n-hit)
			}
			if (bare || saidAll && hit == len(d.uid) && !r.variantOf(d, p, list)) && hit > 0 && (info.head == first || info.packed == first) {
				// "عايز ٤ ضلف ٤٠ في ٧٠": the kind's head noun said alone
				// fits each of its products alike, the shortest name no
				// more than the others (a product named by the noun alone
				// still fits best); which one is the customer's to say
				of = hit + min(1, n-hit)
			}
			pr := float64(hit) / float64(of)
			rec = math.Max(rec, pr)
		}
		s := 0.0
		if prec+rec > 0 {
			s = 2 * prec * rec / (prec + rec)
		}
		if info.head != "" && first == info.head || info.packed != "" && first == info.packed {
			s += 0.05 // the customer's head noun is the product's own name
		}
		if lastEn != "" && (info.headEn == lastEn || info.packedEn == lastEn) {
			s += 0.05
		}
		if d.sizedTo == int(p)+1 {
			s += 0.05 // the size said chose it among its kind
		}
		if isHead && !lx.has(headHas, p) {
			s *= 0.6 // "كرسي سفرة رخام": a chair was asked, this is no chair
		}
		if isHead && info.service && headWord != info.head && !d.uniq[info.head] {
			s *= 0.6 // "نجيلة ٣٥ متر": the grass was asked, not its laying
		}
		out = append(out, scored{int(p), s})
	}
	for _, o := range opposed {
		// the word said decides between the two: the products naming it
		// when some do ("الدهان الداخلي": the interior service, not a paint)
		said := oppositeWords[o]
		if slices.ContainsFunc(out, func(c scored) bool { return lx.info[c.idx].all[said] }) {
			out = slices.DeleteFunc(out, func(c scored) bool { return !lx.info[c.idx].all[said] })
		}
	}
	out = r.sideSaid(d, out)
	slices.SortFunc(out, func(a, b scored) int {
		if a.score != b.score {
			return cmp.Compare(b.score, a.score)
		}
		if ca, cb := d.cnt[a.idx], d.cnt[b.idx]; ca != cb {
			return int(cb) - int(ca) // a tie: the one leaving fewer of the words said unexplained
		}
		return a.idx - b.idx
	})
	if wholeDozens(d) {
		r.dozenFirst(d, out)
	}
	return out
}

// headed: one of product idx's names opens with the head noun w (its
// Arabic name's first unit, a synonym's, or the goods after a pack word):
// the product is of the kind w names, not one whose name holds w as what
// it is for or holds ("ترابيزة سفرة 8 كراسي" is no chair). The English
// name puts its head last: "Luggage name tag" opens with what the tag is
// for, and is no piece of luggage (headFirstEn).
func (r *Rules) headed(idx int, w string) bool {
	info := &r.lx.info[idx]
	if info.head == w || info.packed == w {
		return true
	}
	for k, ph := range info.phrases {
		if len(ph) > 0 && ph[0] == w && (k+1 != info.enPhrase || r.headFirstEn(info, w)) {
			return true
		}
	}
	return false
}

// headFirstEn: the English name opening with w opens with its head — w is
// its last word's head (headEn, packedEn), or the Arabic name gives no
// head to judge by.
func (r *Rules) headFirstEn(info *prodInfo, w string) bool {
	return info.head == "" || info.headEn == w || info.packedEn == w
}

// headSaidNear: product idx's own head noun is said in the draft's words
// or just before them ("وكيسين مخدة": the two cases of "كيس مخدة", its
// head read as the count).
func (r *Rules) headSaidNear(ts []token, d *draft, idx int) bool {
	h := r.lx.info[idx].head
	if utf8.RuneCountInString(h) < 3 {
		return false
	}
	for k := max(0, d.start-2); k < min(len(ts), d.end+1); k++ {
		if !ts[k].sep && strings.HasPrefix(strings.TrimPrefix(ts[k].text, "و"), h) {
			return true
		}
	}
	return false
}

// ownSaidBefore: a word of product c's names and none of best's is said
// in the clause just before the draft ("وبتاع الصابون ده اللي بيتركب جنب
// الحوض … كروم": the soap thing beside the sink, named by its own word
// before the line that took only the sink it goes with).
func (r *Rules) ownSaidBefore(ts []token, d *draft, c, best int) bool {
	a, b := r.lx.info[c].all, r.lx.info[best].all
	for k := d.start - 1; k >= 0 && k >= d.start-6 && !ts[k].sep; k-- {
		w := ts[k].text
		if r.lx.colors[w] == "" && !isNumber(w) && utf8.RuneCountInString(w) >= 3 && a[w] && !b[w] {
			return true
		}
	}
	return false
}

// variantOf: product p's Arabic name is another candidate's name with
// more words ("خلاط حوض كوبو حائط مخفي" beside "خلاط حوض كوبو"), both
// explaining as many of the words said: p is that product's variant, and
// the plain one the words name first.
func (r *Rules) variantOf(d *draft, p int32, list []int32) bool {
	own := r.lx.info[p].phrases
	if len(own) == 0 {
		return false
	}
	for _, q := range list {
		ph := r.lx.info[q].phrases
		if q == p || d.cnt[q] != d.cnt[p] || len(ph) == 0 || len(ph[0]) >= len(own[0]) {
			continue
		}
		if !slices.ContainsFunc(ph[0], func(u string) bool { return !slices.Contains(own[0], u) }) {
			return true
		}
	}
	return false
}

// namedBeforeFor: the line opens with a head noun and goes on with what
// the goods are for, said with ل ("عزل للتكييف الـ ٣ حصان", "سلك للنجفة",
// "cover for the sofa" is English's own order and not read here): the
// goods are what the words before the purpose name, never the thing they
// are for, however more of its name the purpose says. It tells the
// products explaining the most of the words said before the purpose
// ("غسيل كامل للعربية": the full wash, not the exterior one whose name
// holds "عربية"), when some explain any (nil: no such purpose, or no
// product names those words).
func (r *Rules) namedBeforeFor(d *draft) func(p int32) bool {
	f := d.forAt
	if f <= 0 || f >= len(d.words) || d.english || !r.lx.heads[d.words[0]] {
		return nil
	}
	before := func(p int32) int {
		all, n := r.lx.info[p].all, 0
		for _, w := range d.words[:f] {
			if !isNumber(w) && all[w] {
				n++
			}
		}
		return n
	}
	most := 0
	for _, p := range d.touched {
		most = max(most, before(p))
	}
	if most == 0 {
		return nil
	}
	// "غسيل كامل للعربية": the full wash, the goods' own words said,
	// over the exterior one whose name holds only the purpose's "عربية"
	return func(p int32) bool { return before(p) == most }
}

// innerSaid: word u of one of a product's names was said inside a phrase
// the vocabulary folds into one unit the product's names hold ("بارد بس"
// folded with "بارد فقط": the "بارد" of its synonym "تكييف 1.5 حصان بارد"
// is said, so that synonym is said whole and names it over a longer name
// of another product holding the folded unit too).
func (r *Rules) innerSaid(d *draft, info *prodInfo, u int32) bool {
	for _, f := range d.folded {
		if info.all[f] && slices.Contains(r.lx.inner[f], u) {
			return true
		}
	}
	return false
}

// oppositeWords are adjectives that tell two products apart by saying one
// of two opposites (the interior and the exterior painting, an indoor and
// an outdoor light): said of a line, a product whose name has the other
// one and not the word said is not what was asked.
var oppositeWords = map[string]string{
	"داخلي": "خارجي", "خارجي": "داخلي", "داخليه": "خارجيه", "خارجيه": "داخليه",
	"interior": "exterior", "exterior": "interior", "indoor": "outdoor", "outdoor": "indoor",
	"inside": "outside", "outside": "inside",
}

// finish turns drafts into items: the product, the quantity in its unit,
// the stated sizes, the colour.
func (r *Rules) finish(ts []token, ds []*draft, eachN float64) []Item {
	lx := r.lx
	keep := r.lineDrafts(ds)
	var items []Item
	var prevColor string
	var lastDraft *draft // the draft of the last line kept
	itemOf := map[*draft]int{}
	merged := map[int]bool{} // lines said again with their amount (kindBefore)
	fieldColours := labelColours(ts)
	for n, d := range keep {
		if n > 0 && !d.unknown && len(items) > 0 && items[len(items)-1].Product == nil && r.describesUnknown(ts, keep[n-1], d) {
			// "وربع كيلو دود طعم حي", "وشيكارتين علف بادي": a catalog word
			// right after goods the shop does not name describes them (a
			// bait worm, a starter feed), never the product it names
			last := &items[len(items)-1]
			last.Phrase += " " + joinSurfaces(ts[keep[n-1].end:min(d.end, len(ts))])
			last.Unread = true
			continue
		}
		if d.unknown {
			it := unknownItem(ts, d)
			it.Unread = it.Unread || d.unsold
			it.Unread = it.Unread || splitTail(ts, d, items) // "… ابيض وواحد موف": one more of the goods before, its word unread
			// "و ٢ رمل" of the vocabulary's "رمل قطط": a word of the shop's
			// own phrase, its rest unsaid, is as likely goods misread as
			// goods not sold — a person reads it
			for k := d.start; k < d.end && k < len(ts); k++ {
				it.Unread = it.Unread || !ts[k].sep && r.phrasePartOnly(ts[k].text)
			}
			items = append(items, it)
			continue
		}
		r.workGoesOn(ts, d, lastDraft)
		r.ownWords(ts, d, lastDraft)
		cands := r.nameSizes(ts, d)
		if cands == nil || d.sizedTo != 0 {
			cands = r.candidates(d)
		}
		if d.sizedTo != 0 && len(cands) > 1 && cands[0].idx != d.sizedTo-1 {
			if k := slices.IndexFunc(cands, func(c scored) bool { return c.idx == d.sizedTo-1 }); k > 0 {
				// the size said chose it among its kind (otherSize, nameFigure)
				c := cands[k]
				c.score = math.Max(c.score, cands[0].score)
				cands = append([]scored{c}, slices.Delete(cands, k, k+1)...)
			}
		}
		if len(cands) == 0 {
			continue
		}
		cands = r.underMinimum(d, eachN, cands) // "٣ تيشيرت" never the bulk one of twenty and up
		if r.headOfEnglishTie(ts, d, cands) {
			// "a red suitcase" of "ABS trolley" (suitcase = luggage) beside
			// the red "Luggage name tag": the tag names luggage only as what
			// it is for, and the colour only broke the tie — the trolleys
			// are the kind asked, the tag none of the line's choices
			cands = r.englishHeaded(d, cands)
		}
		best := cands[0]
		// an item needs its head noun: a lone modifier (زان) names nothing
		hasHead, kindOnly := false, false
		for _, w := range d.words {
			// a colour word in a product's name ("بلاك" of "ستارة بلاك
			// اوت") is said for its colour far more often than to name it
			// a place one name has ("شمسية روف") said alone is where, not
			// what (English "garden set" puts its head noun after it)
			hasHead = hasHead || lx.colors[w] == "" && (lx.heads[w] || lx.distinct[w] && !(placeWord(w) && isArabicWord(w)) || collective(lx, w))
			kindOnly = kindOnly || lx.colors[w] == "" && d.pre != nil && d.pre.unit != "" && lx.kinds[w]
		}
		if !hasHead && kindOnly {
			// "٨ متر بلاك أوت رمادي": a kind said with a measure and no
			// head noun is the one product of that kind sold by it, when
			// one is (else the best name, as for a head noun)
			hasHead = true
			if one := r.soldAs(d, cands); len(one) == 1 {
				cands, best = one, one[0]
			}
		}
		if !hasHead && r.weighed.packsOf(best.idx) != nil && slices.ContainsFunc(d.words, goodsWord) {
			if kg, _ := r.weighedSaid(ts, d); kg > 0 {
				hasHead = true // "and a kilo of kandouz": a weight of goods sold in weighed packs names them (weighed.go)
			}
		}
		if !hasHead && best.score < 0.9 {
			// "٥ متر بلاك أوت": a kind said with a length or an area names
			// the one product of that kind sold so; "٨ متر شيفون أبيض": the
			// chiffon sold by measure, not the ready curtain
			if one := r.soldAs(d, cands); len(one) == 1 {
				cands, best = one, one[0]
			} else if len(one) > 1 && r.lx.products[one[0].idx].Unit != r.lx.products[one[len(one)-1].idx].Unit {
				// a length or an area of a kind sold both ways: a person reads it
				it := unknownItem(ts, d)
				it.Unread = true
				items = append(items, it)
				continue
			} else if one := r.bySize(d, cands); len(one) == 1 {
				cands, best = one, one[0]
			} else if all := r.kindSaid(d, cands); len(all) > 0 && d.start > 0 && !ts[d.start-1].sep && (orderCues[ts[d.start-1].text] || priceCues[ts[d.start-1].text]) {
				// "عايز شيفون أبيض": a kind the shop's names share under
				// their head nouns, said with no amount: the products of
				// that kind, asked between when several
				cands, best = all, all[0]
			} else if d.other {
				// "… وحوض مطبخ ستانلس": another thing asked, after a line
				// whose product it is not, named by no product: a person
				// reads it, never dropped
				it := unknownItem(ts, d)
				it.Unread = true
				items = append(items, it)
				continue
			} else if one := explainAll(d, cands); len(one) == 1 && r.namedByFigure(d) {
				// "the 65 inch QLED": a figure and a word of one product's
				// name, its head noun left unsaid, all of them only its
				cands, best = one, one[0]
			} else if kind := r.measureNamed(d, one); len(kind) > 0 {
				// "عايز ال ٦٥ بوصة", "the 65 inch": a measure that names
				// goods (inches, litres, kilos, people), said alone, is the
				// product of one kind that gives it, or which of several
				// of them, asked: no name said, no variant is the plain one
				for k := range kind {
					kind[k].score = kind[0].score
				}
				cands, best = kind, kind[0]
			} else if all := r.packOfNamed(ts, d, cands); len(all) > 0 {
				// "I need 4 gallons of exterior acrylic": goods named by
				// words of their names that are no head noun, counted in
				// the can they are sold in after a want — the products
				// of those words in that can, asked between when several
				cands, best = all, all[0]
			} else {
				continue // "عندي اوضة": a word of some name, but no product named
			}
		}
		if head := lx.info[best.idx].head; head != "" && !r.headSaid(ts, d, head) && r.strangeWords(ts, d) || r.useOfStrange(ts, d) {
			// "ستاير خشب بامبو": the kind said in words no product has, and
			// the best product only shares a word of it (a curtain tie):
			// a thing the shop may not carry, never that product
			it := unknownItem(ts, d)
			it.Unread = true
			items = append(items, it)
			continue
		}
		if r.weightOfUnweighed(ts, d, best.idx) {
			// "و٥ كيلو فحم" beside a "شواية فحم": goods weighed, which the
			// shop names only inside another thing's name (unsold.go)
			it := unknownItem(ts, d)
			it.Unread = true
			items = append(items, it)
			continue
		}
		if r.packOfUnknown(ts, d) {
			// "ايس كريم مانجا علبة ٢ لتر": the box of goods the shop does
			// not know, none of its own boxes
			it := unknownItem(ts, d)
			it.Unread = true
			items = append(items, it)
			continue
		}
		if (best.score >= 0.9 || len(d.uniq) == 1 && lx.heads[d.words[0]]) && r.unknownKind(ts, d) {
			// "ضلفة رخام صناعي كوريان": the head noun alone placed, two words
			// after it the shop does not know
			it := unknownItem(ts, d)
			it.Unread = true
			items = append(items, it)
			continue
		}
		if r.modifiesOther(ts, d, best) {
			// "٣ سراير أطفال": the describing word of a product's name said
			// of a noun right before it that is no word of that product
			it := unknownItem(ts, d)
			it.Unread = true
			items = append(items, it)
			continue
		}
		if slices.ContainsFunc(d.model, func(m modelFig) bool { return m.other && !r.inName(best.idx, m.num) }) {
			// "جراب ايفون ١٣" where the shop has the iPhone 15's: another
			// model's goods, never these
			it := unknownItem(ts, d)
			it.Unread = true
			items = append(items, it)
			continue
		}
		if c, ok := r.packNamed(ts, d, best, cands); ok {
			// "٤ اكياس شيبس": bags of the chips sold by the bag, not m² of
			// the floor made with them (no rival of theirs)
			c.score = best.score
			cands = append([]scored{c}, slices.DeleteFunc(cands[1:], func(o scored) bool { return o.idx == c.idx })...)
			best = c
		}
		var packAsk []Candidate // the pack, when the pieces counted may be its packs (piecesOfPack)
		c, n, piecesRead := r.piecesOfPack(ts, d, best)
		if piecesRead {
			// "٤ كوبايات رز بلبن" beside "علبة رز بلبن 6 كوبايات": four
			// cups, never four packs
			pk := best
			cands = slices.DeleteFunc(slices.Clone(cands), func(o scored) bool { return o.idx == c.idx || o.idx == pk.idx })
			c.score = pk.score
			best, cands = c, append([]scored{c}, cands...)
			if n > 0 {
				packAsk = []Candidate{{Product: &lx.products[pk.idx], Score: math.Round(pk.score*1000) / 1000, Count: float64(n)}}
			}
		}
		p := &lx.products[best.idx]
		it := Item{SKU: p.SKU, Product: p, Material: p.Material, Phrase: phraseOf(ts, d, false), end: d.end + 1, start: d.start}
		mergeFrom, recolor := -1, -1
		var alsoFor []Item // the same service for other goods (serviceForEach)
		conf := math.Min(1, best.score)
		if rival, ok := r.closeRival(d, best, cands); !ok || best.score-rival.score >= 0.2 || d.sizedTo == best.idx+1 {
			// no close rival: a short mention of a long name is still sure
			conf = math.Max(conf, 0.9)
		}
		all := int(d.cnt[best.idx]) == len(d.uniq) // the best explains every word said
		for _, c := range cands[1:] {
			if all && d.cnt[c.idx] < d.cnt[best.idx] && r.leavesWord(d, c.idx) {
				continue // a close name that leaves a word said unexplained is no rival
			}
			if best.score-c.score <= r.opts.AmbiguityMargin && len(it.Ambiguous) < maxAmbiguous {
				it.Ambiguous = append(it.Ambiguous, Candidate{Product: &lx.products[c.idx], Score: math.Round(c.score*1000) / 1000})
			}
		}
		sizeOpen := false  // the size is open: no qualifier picks it back
		kindOpen := false  // two colours or capacities of the kind said: no plain one picked
		setOpen := false   // the figure said is a set's or its pieces' count: asked
		wholeOpen := false // the whole or a part of the work: the class said picks neither (unsaidWhole)
		if d.sizedTo == best.idx+1 {
			it.Ambiguous = nil // the size said chose it among its kind (otherSize)
		} else if amb := r.sharedFigure(d, best, cands); len(it.Ambiguous) == 0 && len(amb) > 0 {
			it.Ambiguous = amb // "شاشة ٦٥ بوصة": a 4K and a QLED set of 65 inches
		} else if amb := r.placeOnlyInSynonym(d, best, cands); len(it.Ambiguous) == 0 && len(amb) > 0 {
			it.Ambiguous = amb // "خزنة ديجيتال للبيت" beside a synonym "خزنة بيت صغيرة"
		} else if amb := r.unsaidFigure(d, best, cands); len(it.Ambiguous) == 0 && len(amb) > 0 {
			it.Ambiguous = amb // "موتور مية للسطح": the use said, which pump's rating not
		} else if amb := r.unsaidWidth(d, best, cands); len(it.Ambiguous) == 0 && len(amb) > 0 {
			it.Ambiguous = amb // "بابل ٢٠ متر" of rolls 1 m and 50 cm wide: the length said, which width not
		} else if amb := r.sizeOnlyInSynonym(d, best, cands); len(it.Ambiguous) == 0 && len(amb) > 0 {
			it.Ambiguous, sizeOpen = amb, true // "قلاية بطاطس" beside a synonym "قلاية بطاطس صغيرة"
		} else if amb := r.unsaidKind(d, best, cands); len(it.Ambiguous) == 0 && len(amb) > 0 {
			it.Ambiguous, kindOpen = amb, true // "طابعة ليزر" beside a mono and a colour laser printer
		} else if amb := r.kindsApart(d, best, cands); len(it.Ambiguous) == 0 && len(amb) > 0 {
			it.Ambiguous = amb // "غسيل كامل للعربية" beside a full wash for a sedan and one for an SUV
		} else if amb := r.unsaidWork(d, best, cands); len(it.Ambiguous) == 0 && len(amb) > 0 {
			it.Ambiguous = amb // "والمصنعية لوحدها؟" of an interior and an exterior painting labour
		} else if amb := r.unsaidPack(ts, d, best, cands); len(it.Ambiguous) == 0 && len(amb) > 0 {
			it.Ambiguous = amb // "دهان سيلك ٣" of a silk paint sold by the gallon and by the bucket
		} else if amb := r.unsaidHead(d, best, cands); len(it.Ambiguous) == 0 && len(amb) > 0 {
			it.Ambiguous = amb // "١٠ ورقات الوان" of a colour photocopy and a colour print
		} else if amb := r.unsaidWhole(ts, d, best); len(it.Ambiguous) == 0 && len(amb) > 0 {
			it.Ambiguous, wholeOpen = amb, true // "حماية PPF لعربيتي" beside the bonnet's, the bumper's and the whole car's
		}
		if d.sizedTo != best.idx+1 {
			// "جل للصراصير" of a gel tube and a box of 3 tubes: which, asked
			for _, c := range r.unsaidBox(ts, d, best, cands) {
				if !slices.ContainsFunc(it.Ambiguous, func(a Candidate) bool { return a.Product == c.Product }) && len(it.Ambiguous) < maxAmbiguous {
					it.Ambiguous = append(it.Ambiguous, c)
				}
			}
		}
		if d.sizedTo != best.idx+1 {
			// "6 كراسي سفرة" beside "طقم 6 كراسي سفرة": the set of six may
			// be meant, however close the other chairs
			pieces := append(r.setSaidAsPieces(d, best, cands), packAsk...)
			setOpen = len(pieces) > 0
			for _, c := range append(r.unsaidSet(d, best, cands), pieces...) {
				if k := slices.IndexFunc(it.Ambiguous, func(a Candidate) bool { return a.Product == c.Product }); k >= 0 {
					it.Ambiguous[k].Count = c.Count
				} else {
					it.Ambiguous = append(it.Ambiguous, c)
				}
			}
			if v, ok := r.setCount(d, best); ok {
				// "8 upholstered chairs" beside "a set of 6": eight chairs
				// are no whole number of those sets, never the set
				it.Ambiguous = slices.DeleteFunc(it.Ambiguous, func(a Candidate) bool {
					n := r.setOf(best.idx, r.indexOf(a.Product))
					return n > 0 && v%n != 0
				})
			}
		}
		if kept := r.figureVariants(d, best.idx, it.Ambiguous); kept != nil {
			it.Ambiguous = kept // "سفنج ٥ سم": the plain sheets of three densities, not the rebonded one
		}
		if len(it.Ambiguous) > 0 {
			conf *= 0.6
			// no word the customer said tells the close products apart
			it.Vague = true
			for _, c := range it.Ambiguous {
				if d.cnt[r.indexOf(c.Product)] != d.cnt[best.idx] && !setOpen {
					it.Vague = false // the set's figure is no word telling them apart
				}
			}
		}
		if len(it.Ambiguous) > 0 && !r.bandSized(d, cands) {
			if one := r.soldAs(d, cands); len(one) == 1 {
				// "٦ متر فوال": of the voiles, the one sold by the metre,
				// not the ready curtain sold by the piece
				best, p = one[0], &lx.products[one[0].idx]
				it.SKU, it.Product, it.Material = p.SKU, p, p.Material
				it.Ambiguous, it.Vague = nil, false
				conf /= 0.6
			}
		}
		if d.fuzzy {
			conf *= 0.9
		}
		if d.unsure {
			conf *= 0.5
		}
		q, dims, qconf, missing := r.quantityFor(p, d, best.idx)
		if r.countOfPurpose(ts, d, p) {
			// "قماش ٣ جلاليب تيل نادية" of "… للجلاليب (بالمتر)": cloth for
			// three galabeyas, no three metres — how much, asked
			q, dims, qconf = catalog.One, nil, min(qconf, 0.7)
			if !slices.Contains(missing, "size") {
				missing = append(missing, "size")
			}
		}
		if v, ok := cubicMetres(p, d); ok {
			q, dims = catalog.MilliFromFloat(v), nil // "3 متر رمل": three cubic metres
		}
		if lengthBy(ts, d, p.Unit) {
			// "٦ متر قطيفة … في عرض ١٤٠": the length said before the goods
			// and the width joined to it by "في" are one size, both sides
			dims = append([]int{int(math.RoundToEven(d.pre.metres() * 100))}, dims...)
		}
		if soldByPair(p) && q.Float() >= 2 && !pairSaid(ts, d) && !packCounted(ts, d, p) {
			if half := q.Float() / 2; p.Unit == catalog.Piece && half == math.Trunc(half) && d.plural {
				// "٤ مخدات", "4 pillows" of a pillow sold by the pair
				// ("(الجوز)"): the pieces counted in the plural, two to a pair
				q = catalog.MilliFromFloat(half)
			} else {
				// "٣ مخدات": not whole pairs; "٤ مسكة": four of what is
				// sold, or four pieces? a person answers
				conf *= 0.5
			}
		}
		if (d.plural && !namedInPlural(p, ts, d) || !r.isService(p) && lx.allOfThem(ts, d)) && p.Unit == catalog.Piece && d.pre == nil && len(d.counts) == 0 && d.perWord == "" && d.perN == 0 && eachN == 0 && d.partOf == nil {
			// "وكالونات", "chairs": several, how many not said (an order
			// goes to a person; a price question is for one)
			it.uncounted = true
			for _, t := range ts[:d.start] {
				if t.sep && t.text == "?" {
					it.question++
				}
			}
		}
		if p.Unit == catalog.Piece && r.otherLength(d, best.idx) {
			// "سنارة سيرف ٤.٥" of the one "سنارة سيرف 4.20 متر": which size
			missing = append(missing, "size")
			qconf *= 0.7
		}
		if w, ok := weightSaid(ts, d); ok && p.Unit == catalog.Piece && PricedPer(*p) == "" && r.weighed.packsOf(best.idx) == nil {
			pf := lx.pieceOf(best.idx) // pieceWeight(p), pieceIn(p, weightKg)
			each := pf.kg
			if each == 0 && pf.kgIn == 1 {
				each = 1 // "معجون تلميع كيلو": a kilo a piece, said bare
			}
			if each > 0 && (math.Abs(each-1) > 1e-9 || w != math.Trunc(w)) { // "سكر (كيس ١ كيلو) كيلو ونص": no whole bags
				// "٥٠ كيلو ملح" of a "ملح … شكارة 25 كيلو": two bags; a
				// weight no whole number of them, asked
				if n := w / each; math.Abs(n-math.Round(n)) < 1e-6 && n >= 1 {
					q = catalog.MilliFromFloat(math.Round(n))
				} else {
					q, qconf = catalog.One, qconf*0.5
					missing = append(missing, "count")
				}
			}
		}
		if pf := lx.pieceOf(best.idx); pf.each > 0 && p.Unit == catalog.Piece && PricedPer(*p) == "" { // pieceVolume(p)
			each, scale := pf.each, pf.scale
			if v, ok := measureCounted(ts, d, scale); ok && each > 1 && v != each {
				// "زيت 5W30 ٨ لتر" of the one "… 4 لتر" can: the litres
				// read as the count are litres, two cans when they make
				// whole ones; "٦ لتر" none — asked, never six cans
				if n := v / each; math.Abs(n-math.Round(n)) < 1e-6 && n >= 1 {
					q = catalog.MilliFromFloat(math.Round(n))
				} else {
					q, qconf = catalog.One, qconf*0.5
					missing = append(missing, "count")
				}
			} else if v, ok := amountIn(ts, d, scale); ok {
				// "سيلر خشب لترين", "شامبو ٣ جالون" of a can whose name
				// gives the one litre or gallon it holds: that many cans;
				// "نص لتر", "لتر ونص" no whole can, asked; the dual of a
				// larger can ("بستلة لترين") too (pieceVolume)
				if n := v / each; math.Abs(n-math.Round(n)) < 1e-6 && n >= 1 && each == 1 {
					q = catalog.MilliFromFloat(math.Round(n))
				} else if math.Abs(n-1) > 1e-6 && (each == 1 || dualSaid(ts, d, scale)) {
					q, qconf = catalog.One, qconf*0.5
					missing = append(missing, "count")
				}
			} else if f := q.Float(); each == 1 && f != math.Trunc(f) {
				// "زيت موتور ٣ لتر ونص لتر": litres no whole can, asked
				q, qconf = catalog.One, qconf*0.5
				missing = append(missing, "count")
			}
		}
		if p.Unit == catalog.Piece && roughLine(ts, d) && !slices.Contains(missing, "count") {
			// "مخدتين تلاتة كده", "٢-٣ مخدة": how many is not decided
			// yet — asked, never one of the two (roughCounts)
			qconf *= 0.5
			missing = append(missing, "count")
		}
		if p.Unit == catalog.Meter && !slices.Contains(missing, "size") && r.widthAmiss(d, best.idx) {
			// "شبك تظليل ٣ في ١٠" of "… عرض 4 متر": neither figure is its
			// width — how much, asked (categories.go)
			qconf *= 0.7
			missing = append(missing, "size")
		}
		if p.Unit == catalog.Meter && roughLine(ts, d) && !slices.Contains(missing, "size") {
			// "٦ متر كتان، ٤ متر ابيض و٣ متر بيج": a whole its shares do
			// not add up to — how much, asked (totalShares)
			qconf *= 0.5
			missing = append(missing, "size")
		}
		if p.Unit == catalog.Piece && fractionCounted(ts, d) {
			// "2.5 سنارة": no piece is sold in part — how many, asked
			q, qconf = catalog.One, qconf*0.5
			missing = append(missing, "count")
		}
		it.Quantity = q
		it.DimsCM = dims
		it.Missing = missing
		it.unsized = slices.Contains(missing, "size")
		conf *= qconf
		// a stated colour the best product lacks but a close one offers
		// decides between them ("كرسي سفرة بيج": the one made in beige)
		if len(d.colors) > 0 && !r.offersAny(best.idx, d.colors) && !r.nameSaysColours(best.idx, d.colors) {
			head := headOf(r, d)
			for _, c := range cands[1:] {
				if head != "" && r.lx.info[best.idx].all[head] && !r.lx.info[c.idx].all[head] {
					continue // another kind than the one named ("two white kids mirrors" is no wardrobe)
				}
				if head != "" && r.headed(best.idx, head) && !r.headed(c.idx, head) && !r.headSaidNear(ts, d, c.idx) && !r.ownSaidBefore(ts, d, c.idx, best.idx) {
					// "كرسي سفرة بني": the chairs are not made in brown, and
					// the dining table "ترابيزة سفرة 8 كراسي" names chairs only
					// as what it seats: another kind, never the chair asked
					continue
				}
				if best.score-c.score > 0.25 && d.cnt[c.idx] < d.cnt[best.idx] {
					// far behind and explaining fewer of the words said; one
					// explaining all of them only has a longer name
					continue
				}
				if r.missesSaid(d, best.idx, c.idx) && !r.missesSaid(d, c.idx, best.idx) {
					continue // "light grey sofa bed": the grey corner sofa is no bed, and names nothing the sofa bed does not
				}
				if r.offersAny(c.idx, d.colors) {
					// the close products are now the others, the first pick among them
					var amb []Candidate
					for _, o := range cands {
						if o.idx != c.idx && math.Abs(c.score-o.score) <= r.opts.AmbiguityMargin && r.offersAny(o.idx, d.colors) && len(amb) < 5 {
							amb = append(amb, Candidate{Product: &lx.products[o.idx], Score: math.Round(o.score*1000) / 1000})
						}
					}
					if len(it.Ambiguous) > 0 && len(amb) == 0 {
						conf /= 0.6 // the colour settled what the name left open
						if amb = r.categoryKin(d, c); len(amb) > 0 {
							conf *= 0.6 // the kind's other goods in that colour (categoryKin)
						}
					}
					it.Ambiguous = amb
					best = c
					p = &lx.products[best.idx]
					it.SKU, it.Product, it.Material = p.SKU, p, p.Material
					q, dims, _, missing := r.quantityFor(p, d, best.idx)
					it.Quantity, it.DimsCM, it.Missing = q, dims, missing
					conf *= 0.9
					break
				}
			}
			if m, ok := r.measuredInColour(d, best.idx); ok && len(it.DimsCM) == 2 && !r.offersAny(best.idx, d.colors) && it.Quantity == catalog.One {
				// "برجولة خشب بني غامق ٤ متر في ٣ متر": the figures named
				// the ready 3×4 one, made only in natural wood; the same
				// goods sold by the m² come in the colour said, and the
				// figures are the area asked
				best = scored{idx: m, score: best.score}
				p = &lx.products[m]
				it.SKU, it.Product, it.Material, it.Ambiguous = p.SKU, p, p.Material, nil
				it.Quantity = catalog.MilliFromFloat(float64(it.DimsCM[0]) * float64(it.DimsCM[1]) / 10000)
			}
		}
		if len(d.colors) > 0 && len(it.Ambiguous) > 0 && r.offersAny(best.idx, d.colors) {
			// "ديك رمادي": a close product not made in the stated colour is
			// no real alternative
			var amb []Candidate
			for _, c := range it.Ambiguous {
				if r.offersAny(r.indexOf(c.Product), d.colors) {
					amb = append(amb, c)
				}
			}
			if len(amb) == 0 {
				conf /= 0.6
				// "فوتيه لونه بيج": the one armchair named so in beige, and
				// a bergère the catalog files with the armchairs, in beige
				// too: the colour chose among the kind, not the kind
				amb = r.categoryKin(d, best)
				if len(amb) > 0 {
					conf *= 0.6
				}
			}
			it.Ambiguous = amb
		}
		if len(it.Ambiguous) == 0 {
			it.Vague = false
		}
		switchTo := func(c scored) {
			best = c
			p = &lx.products[best.idx]
			it.SKU, it.Product, it.Material = p.SKU, p, p.Material
			q, dims, _, missing := r.quantityFor(p, d, best.idx)
			it.Quantity, it.DimsCM, it.Missing = q, dims, missing
			it.unsized = slices.Contains(missing, "size")
		}
		if c, ok := r.plainOfKind(d, best, cands); ok && !kindOpen {
			// "٤ متر تفصيل" when the shop names one of its tailorings
			// "عادي": the kind said bare is that ordinary one, not the
			// shorter-named special one
			switchTo(c)
			if len(it.Ambiguous) > 0 {
				conf /= 0.6 // the catalog settled what no word said did
			}
			it.Ambiguous, it.Vague = nil, false
			if bands := r.plainFamily(c.idx); len(bands) > 0 {
				// "تنضيف شقة": the ordinary kind priced by bands, which of
				// them asked or chosen by the area said (plainBands.go)
				for _, m := range bands {
					it.Ambiguous = append(it.Ambiguous, Candidate{Product: &lx.products[m], Score: c.score})
				}
				it.Vague, it.plainBand = true, true
				conf *= 0.6
			}
		}
		if len(it.Ambiguous) == 0 && (r.isService(p) || p.MadeToOrder) {
			// "سقف … ومعاه التركيب" where one installation's synonyms say
			// "تركيب" alone and another's name says the ceiling: the
			// service of the goods said with it, however far ahead the
			// other scored — also when the general one is sold as a visit
			// ("زيارة تركيب" beside "تركيب انتركم": serviceFor holds them
			// to services of one category, no stock kept)
			var rivals []Candidate
			for _, c := range cands[1:] {
				if q := &lx.products[c.idx]; r.isService(q) && r.explainsAll(d, q) {
					rivals = append(rivals, Candidate{Product: q, Score: c.score})
				}
			}
			if len(rivals) > 0 {
				if c, ok := r.serviceFor(ts, keep, d, best, rivals, items, itemOf); ok && c.idx != best.idx {
					switchTo(c)
				}
			}
		}
		// settle: the close products are settled on c, which the catalog or
		// the lines before chose where no word of the customer's did
		settle := func(c scored) {
			switchTo(c)
			it.Ambiguous, it.Vague = nil, false
			conf = math.Max(conf/0.6, 0.9)
		}
		if len(it.Ambiguous) > 0 && len(packAsk) == 0 {
			// "الباركيه الالماني", "roll 3adi": a qualifier only one of the
			// close products has, or "عادي" for the plain one of them
			if c, ok := r.qualifierPick(ts, d, best, it.Ambiguous); ok && !sizeOpen && !wholeOpen {
				settle(c)
			} else if c, ok := r.singleOfPacks(ts, d, best, it.Ambiguous); ok {
				// "والكوباية لوحدها بكام؟": one cup, of the cup sold
				// single and in a pack of six
				settle(c)
			} else if each := r.serviceForEach(ts, keep, d, best, it.Ambiguous, items, itemOf); len(each) > 0 {
				// "وتركيب الاتنين", "حد يركب الاتنين", "وتركيبهم": the
				// service for each of the goods said, one line each
				settle(scored{each[0].idx, best.score})
				for _, e := range each {
					q := catalog.One
					if p.Unit == catalog.Piece {
						// one for each piece of the goods it is done to,
						// two lines of them one service's too
						q = e.piecesOf(items, itemOf)
					}
					if e.idx == each[0].idx {
						it.Quantity = q
						continue
					}
					sp := &lx.products[e.idx]
					alsoFor = append(alsoFor, Item{SKU: sp.SKU, Product: sp, Material: sp.Material, Phrase: it.Phrase, Quantity: q, Confidence: 0.9})
				}
			} else if c, ok := r.serviceFor(ts, keep, d, best, it.Ambiguous, items, itemOf); ok {
				// "سخان … وتركيبه", "tarkibo": the installing of the goods
				// said with it
				settle(c)
			} else if k, ok := r.kindBefore(d, items, best, it); ok {
				// "ضلف هاي جلوس ابيض …، وضلفتين ٦٠ في ٧٠", "عندكم ضلف HPL
				// ابيض؟ محتاج ٤ ضلف ٤٠ في ٧٠": the kind's head noun said
				// alone after a line of one of its products is that product
				settle(scored{r.indexOf(items[k].Product), best.score})
			} else if k, ok := r.packOfLineBefore(d, items, itemOf, best, it); ok {
				// "عندكم سكيب سوبر ابيض؟ عايز ٦ جالون": a count of the pack
				// the line before is sold in, said with no word of its own,
				// is that line's amount: one line
				settle(scored{r.indexOf(items[k].Product), best.score})
				mergeFrom = k
			} else if c, ok := r.ownSizeBefore(ts, d, items, best, it.Ambiguous); ok {
				// "سرير ٧٠ في ١٤٠ ومرتبته", "ومرتبة ليه", "and its
				// mattress": the goods' own part, in their size
				settle(c)
				if len(it.DimsCM) == 0 {
					// the size said for the goods chose their part: it
					// is the part's size on its line ("حوض ٨٠ سم
					// وقاعدته" → the stand 80)
					it.DimsCM = r.sizeCarried(items[len(items)-1].DimsCM, c.idx)
				}
			} else if c, ok := r.dualNamed(ts, d, best, it.Ambiguous); ok {
				// "ثلاجة بابين", "talaga babeen": the one whose name says
				// the dual, not the one of "باب واحد"
				settle(c)
			} else if c, ok := r.modelOfLineBefore(d, items, best, it.Ambiguous); ok {
				// "ايفون ١٥ … واسكرينة", "redmi note 13 …, w 2 screen
				// protector": the accessory made for the model a line
				// before is, the one of them whose model that is
				settle(c)
			} else if c, ok := r.fitSaidAfter(ts, keep, d, best, it.Ambiguous); ok {
				// "وفلتر زيت وفلتر هوا للفيرنا": the fit said once after
				// the list's last entry is every entry's
				settle(c)
			} else if c, ok := r.forLineBefore(ts, d, items, best, it.Ambiguous); ok {
				// "ماكينة براذر و٢ علبة ابر للماكينة", "… lel makana": the
				// accessory for the goods of the line before, the kind
				// its name shares with them (منزلي)
				settle(c)
			} else if c, ok := r.siblingBefore(d, items, best, it.Ambiguous); ok {
				// "٢ بستلة جوتن فينوماستيك … و جالون بيج": a pack or
				// variant said alone after a line is that line's product
				// in it, the one sharing the most of its name
				settle(c)
			}
		}
		if len(it.Ambiguous) == 0 && len(alsoFor) == 0 && p.Unit == catalog.Piece && !r.perOrder(p) {
			// "٢ فلتر وتركيبهم": the service for the pieces counted — a
			// delivery per order one trip however many ("٣ بوكيه
			// وابعتوهم", perOrder)
			if each := r.serviceForEach(ts, keep, d, best, nil, items, itemOf); len(each) == 1 && each[0].idx == best.idx {
				if k, ok := itemOf[each[0].goods]; ok && items[k].Product != nil && (items[k].Product.Unit == catalog.Piece || piecesCut(each[0].goods) > 0) && d.pre == nil && len(d.counts) == 0 {
					it.Quantity = each[0].piecesOf(items, itemOf)
				}
			}
		}
		if p.Unit == catalog.Piece && r.isService(p) && it.Quantity == catalog.One && d.pre == nil && len(d.counts) == 0 && (withThem(ts, d) || forThem(ts, d) && pricedPerOne(p)) &&
			len(items) > 0 && items[len(items)-1].Product != nil && items[len(items)-1].Product.Unit == catalog.Piece && items[len(items)-1].Quantity > catalog.One && !r.isService(items[len(items)-1].Product) {
			// "٣٠٠ شنطة ومعاهم طباعة" of a printing no name ties to bags:
			// once, or for each of them? how many, asked — never one in silence
			it.Missing = append(it.Missing, "count")
			conf *= 0.5
		}
		if p.Unit == catalog.Piece && r.isService(p) && it.Quantity == catalog.One && d.pre == nil && len(d.counts) == 0 && len(d.groups) == 0 && ordinalPerNoun(ts, d, p) {
			// "سحب سلك لتالت دور" of a service priced per floor: which
			// floor is said, not how many floors the work spans — asked
			it.Missing = append(it.Missing, "count")
			conf *= 0.5
		}
		if k, ok := r.lineBefore(d, items, p); ok && d.pre == nil && len(d.counts) == 0 && len(d.groups) == 0 && len(d.sizes) == 0 && len(d.colors) > 0 &&
			d.start < len(ts) && definite(ts[d.start].surface) {
			recolor = k // "ولا اقولك المفرش خليه بيج": that line, in this colour
		}
		if k, ok := r.amountOfLineBefore(d, items, itemOf, p); ok {
			mergeFrom = k // "عندكم ضلف HPL ابيض؟ محتاج ٤ ضلف ٤٠ في ٧٠": the kind asked with no amount, its amount said now: one line
		}
		weighedOK := false
		// madeOf puts on the line the packs (or cans) a weight (or volume)
		// is made of, the largest first, as a clerk makes it; none of
		// theirs making it, how many is asked
		madeOf := func(first packCount, more []packCount, amb []Candidate) {
			weighedOK = true
			switch {
			case first.idx < 0:
				it.Quantity = catalog.One
				if !slices.Contains(it.Missing, "count") {
					it.Missing = append(it.Missing, "count")
				}
				conf *= 0.5
			case len(amb) > 0:
				switchTo(scored{int(first.idx), best.score})
				it.Quantity = catalog.MilliFromFloat(first.n)
				amb = slices.DeleteFunc(amb, func(c Candidate) bool { return c.Product == p })
				it.Ambiguous = amb
			default:
				wasOpen := len(it.Ambiguous) > 0
				switchTo(scored{int(first.idx), best.score})
				it.Quantity = catalog.MilliFromFloat(first.n)
				it.Ambiguous, it.Vague = nil, false
				if wasOpen {
					conf = math.Min(1, math.Max(conf/0.6, 0.9)) // the amount settled which pack (settle)
				}
				for _, m := range more {
					mp := &lx.products[m.idx]
					alsoFor = append(alsoFor, Item{SKU: mp.SKU, Product: mp, Phrase: it.Phrase, Quantity: catalog.MilliFromFloat(m.n), Confidence: 0.9})
				}
			}
		}
		if p.Unit == catalog.Piece && d.sizedTo != best.idx+1 {
			if first, more, amb, ok := r.weighPacks(ts, d, &it, best.idx, priceAsked(ts)); ok {
				madeOf(first, more, amb) // "كيلو ونص لوز": the kilo pack and the half (weighed.go)
			} else if first, more, ok := r.pourPacks(ts, d, &it, best.idx); ok {
				madeOf(first, more, nil) // "زيت ٥ لتر": the 4 L can and the 1 L one (volumes.go)
				if _, ml := millilitresAsMm(ts, d); ml {
					it.DimsCM = nil // "٥٠٠ مللي مبيد": millilitres, never 50 cm of it
				}
			}
		}
		axisChose := false
		if lacked := r.lacks(ts, d, best.idx); len(lacked) > 0 && !piecesRead && !(weighedOK && !slices.ContainsFunc(lacked, func(l string) bool { return !weightWords(l) })) {
			// a product of the same kind that has what the customer said
			// is the one asked, not a substitute of the best-scoring one
			c, ok := r.hasLacked(ts, d, best, cands)
			if !ok {
				c, ok = r.axisChooses(ts, d, best, cands) // "lessons in an automatic car": the automatic lesson (variantaxis.go)
				axisChose = ok
			}
			if ok {
				switchTo(c)
				// no candidate against itself, nor one lacking what was
				// said ("عزل ممبرين طبقتين لسطح …": the two-layer one)
				if n := len(it.Ambiguous); n > 0 {
					it.Ambiguous = slices.DeleteFunc(it.Ambiguous, func(a Candidate) bool { return a.Product == p || len(r.lacks(ts, d, r.indexOf(a.Product))) > 0 })
					if len(it.Ambiguous) == 0 {
						it.Vague = false
						conf = math.Max(conf/0.6, 0.9)
					}
				}
			}
		}
		it.Lacks = r.lacks(ts, d, best.idx)
		if axisChose {
			it.Lacks = slices.DeleteFunc(it.Lacks, func(l string) bool { return r.classedThing(ts, d, l) }) // the "car" an "automatic" describes
		}
		if piecesRead {
			// "٤ مخدات كراسي" of "مخدة كرسي": the pieces' own words in
			// the plural, nothing the single lacks
			it.Lacks = slices.DeleteFunc(it.Lacks, func(l string) bool { return r.pluralOfName(best.idx, wordKey(l)) })
		}
		if weighedOK {
			it.Lacks = slices.DeleteFunc(it.Lacks, weightWords) // "نص" of "كيلو ونص": the weight, made of packs
		}
		if c := r.otherNamed(ts, d, best.idx); c != "" && !slices.Contains(it.Lacks, c) {
			it.Lacks = append(it.Lacks, c) // "ماكينة سنجر وردي ابر منزلي": the machine's colour, no needles'
		}
		if in := &r.lx.info[best.idx]; (in.service || r.lx.products[best.idx].MadeToOrder) && workWord(in.head) && !workSaid(d, in) && !r.serviceByOwnName(ts, d, best.idx) {
			it.workless = true // "عايز منظومة ٥ كيلو": a system asked, not "تركيب منظومة" (workon.go)
		}
		if s := r.sizeLacked(ts, d, best.idx, it.DimsCM); s != "" {
			it.Lacks = append(it.Lacks, s) // "مرتبة ١٦٠" where the one mattress is 180 cm
		}
		r.partDeclined(ts, d, best.idx)
		for _, m := range d.model {
			if !r.inName(best.idx, m.num) {
				it.Lacks = append(it.Lacks, m.phrase) // a model it is not
			}
		}
		if m := r.modelAmiss(ts, d, best.idx); m != "" && !slices.Contains(it.Lacks, m) {
			it.Lacks = append(it.Lacks, m) // "علبة رولمان بلي 6203" of the one box, of 6202s
		}
		it.Color = r.pickColor(best.idx, d.colors)
		if it.Color == "" && len(d.colors) == 0 {
			it.Color = r.namedColour(best.idx, d.named)
		}
		if len(d.tones) > 0 && len(d.colors) == 0 {
			it.Color = r.twoTone(best.idx, d.tones[0]) // "" (asked) unless the catalog lists the pair
		}
		if it.Color == "" && d.pieceOf != nil {
			if k, ok := itemOf[d.pieceOf]; ok && items[k].Product == p {
				it.Color = items[k].Color // another piece of the line before, its colour said once
			}
		}
		if it.Color == "" && d.sameAs && prevColor != "" {
			if col, ok := r.colorFor(best.idx, wordsKey(prevColor)); ok {
				it.Color = col
			}
		}
		if it.Color == "" && d.setWith >= 0 && d.setWith < len(ds) {
			if k, ok := itemOf[ds[d.setWith]]; ok && items[k].Color != "" {
				if col, ok := r.colorFor(best.idx, wordsKey(items[k].Color)); ok && hasColor(p, col) {
					it.Color = col
				}
			}
		}
		if it.Color == "" && len(d.colors) == 0 && len(d.tones) == 0 && len(items) > 0 && lastDraft != nil {
			// "مجرى دبل ابيض ٣ متر ونص ومجرى سنجل ٢.٢٠": the colour said
			// once for a line goes on to the next line of the same kind
			// noun that says none, when that product comes in it; so does
			// one the line before took from what was said ahead of both
			// ("sliding wood لون walnut، ضلفتين … وضلفة تالتة …")
			if last := items[len(items)-1]; last.Color != "" && last.Product != nil {
				if r.sameKindSaid(d, lastDraft, best.idx, r.indexOf(last.Product)) {
					if col, ok := r.colorFor(best.idx, wordsKey(last.Color)); ok && hasColor(p, col) {
						it.Color = col
					}
				}
			}
		}
		if it.Color == "" && len(d.colors) == 0 && len(d.tones) == 0 && len(p.Colors) > 1 {
			if col, ok := shadeColour(ts, d, p); ok {
				it.Color = col // "سقف خشب WPC غامق": the one dark colour it is made in
			}
		}
		if recolor >= 0 && it.Color != "" {
			items[recolor].Color = it.Color
			items[recolor].Missing = slices.DeleteFunc(items[recolor].Missing, func(m string) bool { return m == "color" })
			continue
		}
		if mergeFrom >= 0 {
			if it.Color == "" && len(d.colors) == 0 {
				it.Color = items[mergeFrom].Color
			}
			merged[mergeFrom] = true
		}
		if it.Color == "" && len(d.colors) == 0 && len(d.tones) == 0 {
			for _, c := range fieldColours {
				if col, ok := r.colorFor(best.idx, c); ok && hasColor(p, col) {
					it.Color = col // "اللون: أبيض" before or after the list
					break
				}
			}
		}
		if it.Color == "" && len(d.tones) == 0 && len(p.Colors) > 0 {
			it.Color = r.colourNotMade(ts, d, best.idx) // "كرسي سفرة بني" of a chair made in no brown: said, to be told so
		}
		if cols, said := r.coloursEach(ts, d, best.idx, it.Quantity); it.Color == "" && len(it.Ambiguous) == 0 && len(cols) > 0 {
			// "٣ طرح شيفون: اسود وبيج ونبيتي": one of each colour listed,
			// each line the goods as said and its colour
			goods := phraseOf(ts, &draft{start: d.pre.end, end: said[0]}, false)
			it.Color, it.Quantity, it.Phrase = cols[0], catalog.One, strings.TrimSpace(goods+" "+ts[said[0]].surface)
			for k, col := range cols[1:] {
				one := it
				one.Color, one.Missing, one.Phrase = col, slices.Clone(it.Missing), strings.TrimSpace(goods+" "+ts[said[k+1]].surface)
				one.Confidence = math.Round(conf*1000) / 1000
				alsoFor = append(alsoFor, one)
			}
		}
		if it.Color == "" && len(p.Colors) > 1 {
			it.Missing = append(it.Missing, "color")
		}
		if it.Color != "" {
			prevColor = it.Color
		}
		if r.restated(ts, d, keep, items, itemOf, p) {
			continue
		}
		it.Confidence = math.Round(conf*1000) / 1000
		itemOf[d] = len(items)
		items = append(items, it)
		items = append(items, alsoFor...)
		lastDraft = d
	}
	items = dropItems(items, itemOf, merged)
	items = r.dropEchoes(ts, keep, items, itemOf)
	items = r.dropWorkFor(ts, keep, items, itemOf)
	r.serviceOfGoods(ts, keep, items, itemOf)
	companions(keep, items, itemOf)
	r.countsForAll(ts, keep, items, itemOf, eachN)
	r.sharedByPeople(ts, keep, items, itemOf)
	r.oneEachNamed(ts, keep, items, itemOf)
	items = samePerPerson(keep, items, itemOf)
	r.servicePerPiece(ts, keep, items, itemOf)
	r.statedPerPiece(ts, keep, items, itemOf)
	r.worksCarried(ts, keep, items, itemOf)
	items = r.copiesOfPages(ts, keep, items, itemOf)
	copiesOfCountedPages(ts, keep, items, itemOf)
	items = r.takenOff(ts, keep, items, itemOf)
	worthCounted(ts, keep, items, itemOf)
	perNounCounted(ts, keep, items, itemOf)
	r.perNounEach(ts, keep, items, itemOf)
	r.addOnPerUnit(ts, keep, items, itemOf)
	perNounDual(keep, items, itemOf)
	items = liftThere(ts, keep, items, itemOf)
	floorsClimbed(ts, keep, items, itemOf)
	items = r.roomsSaid(keep, items, itemOf)
	perNounFigure(keep, items, itemOf)
	ownRoomsTold(keep, items, itemOf)
	r.cutPiecesServed(ts, keep, items, itemOf)
	items = r.ownGoodsServed(ts, keep, items, itemOf)
	r.themCounted(ts, keep, items, itemOf)
	ownCountServed(ts, keep, items, itemOf)
	items = r.ownClassChosen(ts, keep, items, itemOf)
	items = r.goodsFitted(ts, keep, items, itemOf)
	r.shareSetColours(ds, keep, items, itemOf)
	sameMaterial(items, func(it Item) bool { return r.materialSaid(ts, it) })
	r.wholePieces(items)
	return items
}

// colourListWords open a list of colours: "الوان", "لون", "colors".
var colourListWords = set("الوان", "لون", "الالوان", "اللون", "الاون", "colors", "colours", "color", "colour", "alwan", "lon", "el alwan")

// coloursEach: goods counted (q pieces) with that many colours listed
// after them, each one the product is made in, joined by و or commas —
// after a colon or a colour-list word ("٣ طرح شيفون: اسود وبيج ونبيتي",
// "٢ كرسي الوان ابيض واسود", "3 hijabs, colours black, beige and red"),
// or three and more of them: one piece of each colour, the canonical
// colours in the order said. Two colours said bare ("٢ طرحة اسود وبيج")
// may be one two-tone piece: still asked.
func (r *Rules) coloursEach(ts []token, d *draft, idx int, q catalog.Milli) (cols []string, said []int) {
	p := &r.lx.products[idx]
	n := q.Float()
	if p.Unit != catalog.Piece || d.pre == nil || d.pre.unit != "" || d.pre.implied || d.pre.dozen || len(d.tones) > 0 ||
		n < 2 || n != math.Trunc(n) || len(d.colors) != int(n) || d.partOf != nil {
		return nil, nil
	}
	first, last := -1, -1
	for k := d.start; k < d.end && k < len(ts); k++ {
		t := ts[k]
		if t.color == "" || t.sep {
			continue
		}
		col, ok := r.colorFor(idx, t.color)
		if !ok || !hasColor(p, col) || slices.Contains(cols, col) {
			return nil, nil
		}
		if first >= 0 {
			// between two colours only "و", a comma or "and"
			for m := last + 1; m < k; m++ {
				if !(ts[m].sep && (ts[m].text == "," || ts[m].text == "،") || ts[m].text == "و" || ts[m].lowSurface() == "and") {
					return nil, nil
				}
			}
			if k == last+1 && !t.conj {
				return nil, nil // "ابيض اسود": no list
			}
		} else {
			first = k
		}
		cols, said, last = append(cols, col), append(said, k), k
	}
	if len(cols) != int(n) || first <= d.pre.end {
		return nil, nil
	}
	cue := ts[first-1].sep && ts[first-1].text == ":" || colourListWords[ts[first-1].lowSurface()] || colourListWords[ts[first-1].text]
	if !cue && len(cols) < 3 {
		return nil, nil
	}
	return cols, said
}

// workGoesOn: "تنجيد كنبة ٣ مقاعد و٢ فوتيه", "tangeed kanaba w 2 foteh":
// the verbal noun of a work the shop sells, opening the line before,
// governs the goods joined to it by و: the next line, not saying the work
// again, is that work on its own object, when the shop sells the work
// for it (a "تنجيد فوتيه"), not the goods a name of which holds the
// object ("رجل فوتيه").
func (r *Rules) workGoesOn(ts []token, d, prev *draft) {
	if prev == nil || len(prev.words) == 0 || len(d.words) == 0 || d.start <= 0 || d.start >= len(ts) || prev.end > d.start {
		return
	}
	if !ts[d.start].conj && (ts[d.start-1].sep || ts[d.start-1].text != "و") {
		return
	}
	v := prev.words[0]
	if d.uniq[v] || r.ownWorkSaid(d, v) {
		return
	}
	for _, w := range d.words {
		if r.lx.colors[w] != "" || isNumber(w) {
			continue // asked of the word once, not of each product using it
		}
		for _, p := range r.lx.postings[w] {
			if in := &r.lx.info[p]; in.service && in.head == v && in.all[w] {
				r.addWord(d, v)
				return
			}
		}
	}
}

// sameKindSaid: two lines say a word of a kind both products' names share
// ("مجرى" of "مجرى دبل … ومجرى سنجل", "track" of "double track … single
// track"), no colour.
func (r *Rules) sameKindSaid(d, e *draft, i, j int) bool {
	for w := range d.uniq {
		if e.uniq[w] && r.lx.colors[w] == "" && r.lx.info[i].all[w] && r.lx.info[j].all[w] && (r.lx.heads[w] || r.lx.kinds[w]) {
			return true
		}
	}
	return false
}

// dropEchoes drops a line that only echoes another line's product: a
// describing word of its name said again with no head noun, amount, size
// or colour of its own ("مرتبة سرير اطفال ٦٠ في ١٢٠ … البيبي جاية الشهر
// الجاي": the baby is a person there, the mattress is one line). itemOf
// is kept pointing at the lines left.
func (r *Rules) dropEchoes(ts []token, keep []*draft, items []Item, itemOf map[*draft]int) []Item {
	echo, another := map[int]bool{}, map[int]bool{}
	for _, d := range keep {
		if k, ok := itemOf[d]; ok && r.namedAgain(ts, d, items, k) {
			echo[k] = true // "حد يركب الاتنين، الفلتر والموتور يعني": the lines before, named again
		}
		if k, ok := itemOf[d]; ok && d.forAnother {
			// "كيس اكل قطط ٣ كيلو لابني وكيس اكل قطط ٣ كيلو لبنتي": the
			// goods said again for another person, no echo (samePerPerson)
			another[k] = true
		}
	}
	for _, d := range keep {
		k, ok := itemOf[d]
		if !ok || echo[k] || another[k] || items[k].Product == nil || d.pre != nil || len(d.counts) > 0 || len(d.groups) > 0 || len(d.colors) > 0 ||
			len(d.sizes) > 0 || d.perWord != "" || d.perN != 0 || d.uniq[r.lx.info[r.indexOf(items[k].Product)].head] {
			continue
		}
		for j := range items {
			if j != k && !echo[j] && !another[j] && items[j].Product == items[k].Product {
				echo[k] = true
				break
			}
		}
		if !echo[k] && r.wholeOfParts(keep, d, items, itemOf) {
			echo[k] = true
		}
	}
	return dropItems(items, itemOf, echo)
}

// wholeOfParts: the draft d, with nothing of its own and no sure reading
// of its own, names a whole by a word that heads none of the lines after
// it, and at least one of them, said by its own head noun without that
// word, is a product whose names say it ("عايز دولاب بطول الحيطة. الجسم MDF أبيض …، والضلف سحاب …":
// the carcass is a "جسم دولاب"; "I want a closet: the carcass …"). The
// customer named the thing, then ordered it by its parts: the whole is no
// line of its own. A later line that says the word again ("وتركيب
// الدولاب") is no part: the whole stays.
func (r *Rules) wholeOfParts(keep []*draft, d *draft, items []Item, itemOf map[*draft]int) bool {
	if k := itemOf[d]; items[k].Confidence >= 1 && len(items[k].Ambiguous) == 0 && !items[k].Vague {
		return false // "+ motor w remote 1 channel": a product of its own, surely read
	}
	part := false
	for _, e := range keep {
		j, ok := itemOf[e]
		if !ok || e.start <= d.start || items[j].Product == nil {
			continue
		}
		if items[j].Product == items[itemOf[d]].Product {
			return false // "وتيجولي البيت … في نفس الزيارة": the same thing named again, no part of itself
		}
		in := &r.lx.info[r.indexOf(items[j].Product)]
		for w := range d.uniq {
			if e.uniq[w] || in.head == w || in.headEn == w {
				return false // the whole said again, or a line it heads
			}
		}
		holds := true
		for w := range d.uniq {
			holds = holds && slices.ContainsFunc(in.phrases, func(ph []string) bool { return slices.Contains(ph, w) })
		}
		part = part || holds && (e.uniq[in.head] || e.uniq[in.headEn])
	}
	return part
}

// dropItems drops the lines drop names, itemOf kept pointing at the lines
// left.
func dropItems(items []Item, itemOf map[*draft]int, drop map[int]bool) []Item {
	if len(drop) == 0 {
		return items
	}
	var out []Item
	moved := map[int]int{}
	for k, it := range items {
		if !drop[k] {
			moved[k] = len(out)
			out = append(out, it)
		}
	}
	movedItems(itemOf, moved)
	return out
}

// movedItems points itemOf at where moved says each line went, dropping a
// draft whose line went nowhere.
func movedItems(itemOf map[*draft]int, moved map[int]int) {
	for d, k := range itemOf {
		if m, ok := moved[k]; ok {
			itemOf[d] = m
		} else {
			delete(itemOf, d)
		}
	}
}

// restated: a line after a contrast that names again, with no amount or
// colour of its own, the product of a line before it is that line said
// once more ("١٠ متر كتان بيج، لا مش البلاك اوت، الكتان العادي"), no
// other line.
func (r *Rules) restated(ts []token, d *draft, keep []*draft, items []Item, itemOf map[*draft]int, p *catalog.Product) bool {
	if d.pre != nil || len(d.counts) > 0 || len(d.groups) > 0 || len(d.colors) > 0 || d.perWord != "" {
		return false
	}
	for _, e := range keep {
		if e == d {
			break
		}
		k, ok := itemOf[e]
		if ok && e.end <= d.start && d.start < len(ts) && definite(ts[d.start].surface) && items[k].Product != nil &&
			r.explainsAll(d, items[k].Product) && d.uniq[r.lx.info[r.indexOf(items[k].Product)].head] && questionFrom(ts, d.end) &&
			!ownOf(ts, d, r.lx.rewrite) {
			// "… مع التفصيل ويفي، وكم يوم ياخذ التفصيل؟": asked about
			// with the article, the head noun of a line before (every
			// word said its product's) points back to that line — but
			// never a noun said as that line's own ("والحامل بتاعه بكام
			// لوحده؟": the stand for that tank, whose words ownWords took
			// from the tank's line): another thing (h35d, elliptical
			// second question)
			return true
		}
		if !ok || items[k].Product != p || e.end > d.start {
			continue
		}
		for m := e.end; m < d.start && m < len(ts); m++ {
			if ts[m].neg && (contrastCues[ts[m].text] || contrastCues[ts[m].lowSurface()]) {
				return true
			}
		}
	}
	return false
}

// questionFrom: the clause going on from token i ends with a question mark.
func questionFrom(ts []token, i int) bool {
	for ; i < len(ts); i++ {
		if ts[i].sep && ts[i].text != "x" {
			return ts[i].text == "?" || ts[i].text == "؟"
		}
	}
	return false
}

// explainsAll reports whether every word of the draft is a word of p.
func (r *Rules) explainsAll(d *draft, p *catalog.Product) bool {
	idx := r.indexOf(p)
	return idx >= 0 && len(d.uniq) > 0 && int(d.cnt[idx]) == len(d.uniq)
}

// sameMaterial settles a kind several products share by the material of
// the other lines: "باب ام دي اف ٨٠ … و ٤ حلوق" is the MDF frame, "كنبة
// راتان … وكرسيين" the rattan chairs, when exactly one of the close
// products is made of a material another line's product is — a material
// the customer said on that line (said), never one a synonym's or a
// name's default chose ("ترابيزة سفرة و٤ كراسي": the shop's "كرسي سفره"
// is its walnut chair, which chooses no walnut table).
func sameMaterial(items []Item, said func(Item) bool) {
	var mats []string
	for _, it := range items {
		if it.Product != nil && it.Product.Material != "" && !it.Vague && said(it) {
			mats = append(mats, it.Product.Material)
		}
	}
	if len(mats) == 0 {
		return
	}
	for k := range items {
		it := &items[k]
		if !it.Vague || it.Product == nil || len(it.Lacks) > 0 {
			continue
		}
		var pick *catalog.Product
		n := 0
		for _, p := range append([]*catalog.Product{it.Product}, ambiguousProducts(it.Ambiguous)...) {
			if p.Material != "" && slices.Contains(mats, p.Material) {
				pick, n = p, n+1
			}
		}
		if n != 1 {
			continue
		}
		if pick != it.Product {
			it.SKU, it.Product, it.Material = pick.SKU, pick, pick.Material
			if it.Color != "" && !hasColor(pick, it.Color) {
				it.Color = ""
			}
			it.Missing = nil
			if it.Color == "" && len(pick.Colors) > 1 {
				it.Missing = append(it.Missing, "color")
			}
		}
		it.Vague, it.Ambiguous = false, nil
		it.Confidence = math.Max(it.Confidence, 0.8)
	}
}

func ambiguousProducts(cs []Candidate) []*catalog.Product {
	out := make([]*catalog.Product, 0, len(cs))
	for _, c := range cs {
		if c.Product != nil {
			out = append(out, c.Product)
		}
	}
	return out
}

// nameSizes lets the sizes a customer gave choose among products whose
// names carry a size: "باب 90 في 210" or "a 90cm door" is the 90 cm door
// when the shop sells doors of 80 and 90 cm. It returns the candidates
// nameFigure scored last, still the draft's when d.sizedTo is 0 (nil when
// none were scored): finish need not score them again.
func (r *Rules) nameSizes(ts []token, d *draft) []scored {
	try := func(a amount) {
		if a.implied || a.dozen || a.unit == "sqm" || a.unit == "" && a.val < 10 {
			return
		}
		n := numString(math.Round(cm1(a)))
		if !d.uniq[n] && r.hasNumber(d, n) && r.isSize(d, n) {
			r.addWord(d, n)
		}
		// "the 80 mm interlock": a thickness is the figure its name gives
		if n := numString(a.val); a.unit == "mm" && !d.uniq[n] && r.hasNumber(d, n) {
			r.addWord(d, n)
		}
	}
	if d.pre != nil && d.pre.unit != "" {
		try(*d.pre)
		if n := numString(d.pre.val); d.pre.unit == "mm" && !d.pre.implied && d.uniq[n] {
			// "20mm artificial grass": the thickness names it, no amount
			d.thick = append(d.thick, sized{cm1(*d.pre), d.pre.start})
			d.pre = nil
		} else if n := numString(math.Round(cm1(*d.pre))); d.pre.unit == "cm" && !d.pre.implied && d.uniq[n] && r.isSize(d, n) {
			// "2cm artificial grass", "١٢ سم وزرة": the size said before
			// the name names the product; it is its size, no amount
			d.sizes = append(d.sizes, sized{cm1(*d.pre), d.pre.start})
			d.pre = nil
		}
	}
	if d.pre != nil && d.pre.unit == "" && !d.pre.dozen && !d.pre.implied && d.pre.val >= 30 && !arabicAfter(ts, d.pre.end) {
		// "a 160 pocket mattress": a figure its name gives as a size in
		// cm, not 160 of them (in Arabic a figure before the goods counts
		// them: "٣٠ كرتونة وسط" of "كرتونة شحن وسط 30×20×15" is thirty)
		if n := numString(d.pre.val); r.hasNumber(d, n) && r.isSize(d, n) {
			r.addWord(d, n)
			d.sizes = append(d.sizes, sized{d.pre.val, d.pre.start})
			d.pre = nil
		}
	}
	// "بابل ١٠٠ سم ٢٠ متر" of "… عرض 1 متر": centimetres the name gives
	// in metres are its size, naming it — no length of the roll
	d.groups = slices.DeleteFunc(d.groups, func(g []amount) bool { return r.metresNamed(d, g) })
	for k, g := range d.groups {
		if l, ok := r.widthNamed(d, g); ok {
			d.groups[k] = l // "شبك تظليل ٤ في ١٠" of "… عرض 4 متر": 10 m of it (categories.go)
		}
	}
	for _, g := range d.groups {
		if !r.otherPieceSize(d, g) {
			for _, a := range g {
				try(a)
			}
		}
		r.otherSize(d, g)
	}
	return r.nameFigure(d) // keep it last: d must not change after it
}

// arabicAfter: the word at i is written in Arabic letters.
func arabicAfter(ts []token, i int) bool {
	return i < len(ts) && !ts[i].sep && !isLatinWord(ts[i].surface) && !isNumber(ts[i].text)
}

// metresNamed: group g is one figure in cm ("١٠٠ سم") that a product the
// line names gives in metres ("عرض 1 متر"), beside another amount: that
// size, a word of its name, taken from the amounts.
func (r *Rules) metresNamed(d *draft, g []amount) bool {
	if len(g) != 1 || g[0].unit != "cm" || g[0].implied || len(d.groups) < 2 && d.pre == nil {
		return false
	}
	m := numString(g[0].val / 100)
	if d.uniq[m] || !r.hasNumber(d, m) || !r.inMetres(d, m) {
		return false
	}
	r.addWord(d, m)
	d.sizes = append(d.sizes, sized{g[0].val, g[0].start})
	return true
}

// otherPieceSize: a width by a height said of which a product's name
// gives one figure and another figure instead of the second ("باب …
// ٣ متر في ٢.٥" beside a ready-made "باب … جاهز 300×240"): the size is
// not that product's, so its one figure chooses nothing (a product made to
// any size, by the m², stays in the running), unless some product's name
// gives both figures or only the one.
func (r *Rules) otherPieceSize(d *draft, g []amount) bool {
	if len(g) != 2 {
		return false
	}
	metres := slices.ContainsFunc(g, func(a amount) bool { return a.unit == "m" })
	nums := make([]string, 0, 2)
	for _, a := range g {
		if a.unit == "" && a.val < 10 && metres {
			a.unit = "m" // "٣ متر في ٢.٥": metres both
		}
		if a.implied || a.dozen || a.unit == "sqm" || a.unit == "" && a.val < 10 {
			return false
		}
		nums = append(nums, numString(math.Round(cm1(a))))
	}
	other := false
	for _, p := range slices.Concat(r.lx.sized[nums[0]], r.lx.sized[nums[1]]) {
		if int(p) >= len(d.cnt) || d.cnt[p] == 0 {
			continue // not a product the line's words touched
		}
		info := &r.lx.info[p]
		n := 0
		for _, u := range nums {
			if info.sizes[u] {
				n++
			}
		}
		switch {
		case n == 0:
		case n == len(nums) || len(info.sizes) < 2 && !info.twoSided:
			return false
		default:
			other = true
		}
	}
	return other
}

// twoSided: a name's keys (keysWithX) give a width by a height ("60×60").
func twoSided(ks []string) bool {
	for k := 1; k+1 < len(ks); k++ {
		if ks[k] == "x" && isNumber(ks[k-1]) && isNumber(ks[k+1]) {
			return true
		}
	}
	return false
}

// nameFigure: one figure said that the best name lacks and only one other
// product of its kind carries in its name ("برايمر ٢٠ كيلو" when the
// shop's synonym "برايمر" is its 5 kg kit beside a 20 kg one; "filter
// raml 650" beside "فلتر رملي ٦٥٠ مم") names that sibling: the figure
// chooses the variant, as a width by a length does (otherSize). A bare
// figure its name gives in mm is that size in mm. The best must itself be
// a sibling that differs by a figure (its name carries one not said).
// It returns the candidates it scored (see nameSizes); they are stale
// once it sets d.sizedTo, the only way it changes d.
func (r *Rules) nameFigure(d *draft) (c []scored) {
	if d.sizedTo != 0 || len(d.words) == 0 {
		return
	}
	c = r.candidates(d)
	if len(c) == 0 {
		return
	}
	lx := r.lx
	best := &lx.info[c[0].idx]
	unit := lx.products[c[0].idx].Unit
	own, ownPart := false, false // the best's name carries a figure not said (a part's count: "٣ درجات")
	for u := range best.all {
		own = own || isNumber(u) && !d.uniq[u] && !best.parts[u]
		ownPart = ownPart || isNumber(u) && !d.uniq[u] && best.parts[u]
	}
	if len(c) > 1 && best.head != "" {
		// "السلم الستانلس ٤ درجات" beside a 3-step one: the figure said is
		// the best's alone and the runner-up of its kind has another
		// instead, so the figure chose
		rival := &lx.info[c[1].idx]
		alone := func(u string) bool {
			for _, o := range c[1:] {
				if lx.info[o.idx].all[u] && lx.info[o.idx].head == best.head {
					return false
				}
			}
			return true
		}
		// (not where the runner-up, other goods, has a word said the best
		// lacks: "٥٠ كيلو سماد متوازن" names the balanced one, its 50 kilos
		// a weight, never the 50 kg nitrate's figure)
		namesMore := slices.ContainsFunc(d.words, func(u string) bool { return !isNumber(u) && rival.all[u] && !best.all[u] }) &&
			!figureSiblings(lx.products[c[0].idx].NameAr, lx.products[c[1].idx].NameAr)
		for _, u := range d.words {
			if isNumber(u) && best.all[u] && !rival.all[u] && rival.head == best.head && otherFigure(rival, d) && alone(u) && !namesMore {
				d.sizedTo = c[0].idx + 1
				return
			}
		}
	}
	if best.head == "" || !own && !ownPart {
		return
	}
	other := func(n string, measure bool) int32 {
		var found int32 = -1
		for _, p := range lx.postings[n] {
			info := &lx.info[p]
			if info.head != best.head || lx.products[p].Unit != unit || d.cnt[p] == 0 || measure && !info.measures[n] || info.parts[n] != (ownPart && !own) {
				continue
			}
			if slices.ContainsFunc(d.words, func(u string) bool { return !isNumber(u) && best.all[u] && !info.all[u] }) && !figureSiblings(lx.products[c[0].idx].NameAr, lx.products[p].NameAr) {
				continue // no sibling: "٥٠ كيلو سماد NPK" names the NPK, never the 50 kg urea lacking it
			}
			if found >= 0 {
				return -1 // several carry it: the words said choose
			}
			found = p
		}
		return found
	}
	var nums []string
	for _, u := range d.words {
		if isNumber(u) && !best.all[u] {
			nums = append(nums, u)
		}
	}
	if len(nums) == 1 {
		if p := other(nums[0], false); p >= 0 {
			d.sizedTo = int(p) + 1
		}
		return
	}
	if len(nums) > 0 {
		return
	}
	var at *amount
	for _, g := range d.groups {
		if len(g) != 1 {
			continue
		}
		if a := &g[0]; !a.implied && !a.dozen && (a.unit == "" || a.unit == "mm") && a.val >= 10 && a.val == math.Trunc(a.val) {
			if at != nil {
				return // two figures: no one of them names it
			}
			at = a
		}
	}
	if at == nil || best.all[numString(at.val)] {
		return
	}
	if p := other(numString(at.val), true); p >= 0 {
		r.addWord(d, numString(at.val))
		at.unit = "mm" // "650" of "٦٥٠ مم": its millimetres
		d.sizedTo = int(p) + 1
	}
	return
}

// otherLength: one figure said after goods sold by the piece whose names
// give their length ("سنارة سيرف 4.20 متر", "طعم مينو 9 سم") that is none
// of the figures those names give, in their unit or in another ("سنارة
// سيرف ٤.٥", "… 2.70" of the spinning rod's length): the goods are made in
// the size their name gives, not in the one asked — which size, asked,
// never the named one invoiced in silence. A figure its names give ("مكنة
// 8000", "خيط 0.40") chose it.
func (r *Rules) otherLength(d *draft, idx int) bool {
	if d.sizedTo == idx+1 || len(d.groups) != 1 || len(d.groups[0]) != 1 || d.pre != nil && d.pre.unit != "" {
		return false
	}
	a := d.groups[0][0]
	info := &r.lx.info[idx]
	if a.implied || a.dozen || a.per || a.rise || a.unit == "sqm" || len(info.metres)+len(info.sizes) == 0 {
		return false
	}
	if price := float64(r.lx.products[idx].Price) / 100; a.unit == "" && price > 0 && math.Mod(a.val, price) == 0 {
		return false // "شراع تظليل × ٣ (٢٦٠٠)": its price, or the line's, said
	}
	cm := cm1(a)
	if a.unit == "" && a.val < 10 {
		cm = a.val * 100 // a bare small figure is metres, as quantityOf reads it
	}
	same := func(n string, scale float64) bool {
		v, err := strconv.ParseFloat(n, 64)
		return err == nil && (math.Abs(v*scale-cm) < 0.5 || math.Abs(v-a.val) < 1e-9)
	}
	for n := range info.all {
		if isNumber(n) && (same(n, 1) || info.metres[n] && same(n, 100)) {
			return false
		}
	}
	return true
}

// gramUnits, tonUnits: weights in grams and tons (kilos are weightUnits).
var (
	gramUnits = set("جرام", "جم", "جرامات", "غرام", "g", "gm", "gr", "gram", "grams", "gm.")
	tonUnits  = set("طن", "اطنان", "ton", "tons")
)

// weightKg: a weight word's kilos (1 for a kilo, 0.001 for a gram, 1000
// for a ton), 0 for any other word.
//
// It is asked of nearly every word a line holds, and of every word of
// the names of the products the line fits: the word and its wordKey are
// each looked up once in weightRank (the kilo first, then the gram, then
// the ton, as weightUnits, gramUnits and tonUnits are asked in turn).
func weightKg(w string) float64 {
	w = lower(w)
	r := weightRank[w]
	if r != 1 {
		if k := weightRank[wordKey(w)]; k != 0 && (r == 0 || k < r) {
			r = k
		}
	}
	switch r {
	case 1:
		return 1
	case 2:
		return 0.001
	case 3:
		return 1000
	}
	return 0
}

// weightRank: 1 for a word of weightUnits, else 2 for one of gramUnits,
// else 3 for one of tonUnits (weightKg).
var weightRank = func() map[string]uint8 {
	m := map[string]uint8{}
	for i, us := range []map[string]bool{tonUnits, gramUnits, weightUnits} {
		for u := range us {
			m[u] = uint8(3 - i)
		}
	}
	return m
}()

// weightSaid: line d's count before its goods was said with a weight
// ("٥٠ كيلو ملح", "2 kg", "نص طن"): how many kilos.
func weightSaid(ts []token, d *draft) (float64, bool) {
	return amountIn(ts, d, weightKg)
}

// amountIn: line d's amount was said in the measure whose words scale
// gives their share of its unit (weightKg, litres, gallonScale) — before
// the goods or after them (weightAfter): how many of the unit.
func amountIn(ts []token, d *draft, weightKg func(string) float64) (float64, bool) {
	a := d.pre
	if a == nil && len(d.counts) == 0 && len(d.groups) == 0 && d.start < len(ts) && !ts[d.start].sep && !perUnit(ts[d.start].surface) {
		// "كيلو رصاص" of a "(كيس ربع كيلو)": the kilo a word of its
		// name, said first with no figure — one kilo
		if f := weightKg(ts[d.start].surface); f > 0 {
			return f, true
		}
	}
	k := d.start - 1
	if k > 0 && !ts[k].sep && ts[k].lowSurface() == "of" && weightKg(ts[k-1].surface) > 0 {
		k-- // "a kilo of sinkers": the weight, "of", the goods
	}
	if a == nil && len(d.counts) == 0 && len(d.groups) == 0 && k >= 0 && !ts[k].sep && !ts[d.start].conj && !perUnit(ts[k].surface) {
		// "نص كيلو شاي" where other names hold "كيلو": the weight read
		// as a line of its own, naming nothing, right before the goods —
		// said after a want, a pause or و, never a word of the line before
		if f := weightKg(ts[k].surface); f > 0 {
			v, at := 1.0, k
			if k > 0 && !ts[k-1].sep {
				if x, ok := amountValue(ts[k-1].text); ok {
					v, at = x, k-1
				} else if x, ok := fractionWord(ts[k-1].text); ok {
					v, at = x, k-1
				} else if w := ts[k-1].lowSurface(); w == "a" || w == "an" || w == "one" {
					at = k - 1 // "a kilo of …": one
				}
			}
			if at == 0 || ts[at-1].sep || ts[at].conj || ts[at-1].text == "و" || orderCues[strings.TrimPrefix(ts[at-1].text, "و")] {
				return v * f, true
			}
		}
	}
	if a == nil && len(d.groups) == 0 && len(d.counts) <= 1 {
		if w, ok := weightAfter(ts, d, weightKg); ok {
			return w, true
		}
	}
	if g := d.groups; a == nil && len(d.counts) == 0 && len(g) == 1 && len(g[0]) == 1 && g[0][0].unit == "" && !g[0][0].dozen && g[0][0].start > d.start {
		// "رصاص صيد كيلو ونص": the measure and its fraction read as one
		// amount after the goods
		if k := g[0][0].start; k < len(ts) && !ts[k].sep && !ts[k].conj {
			if f := weightKg(ts[k].surface); f > 0 {
				return g[0][0].val * f, true
			}
		}
	}
	if a == nil || a.unit != "" || a.per || a.dozen {
		return 0, false // "كيلو رصاص": one kilo, the figure implied
	}
	for k := a.start; k <= a.end && k < len(ts); k++ { // the weight word after the figure too
		if f := weightKg(ts[k].surface); f > 0 && !ts[k].sep {
			return a.val * f, true
		}
	}
	return 0, false
}

// weightAfter: line d, no amount said before its goods, says a weight
// after them ("رصاص صيد كيلو", "خميرة ٢ كيلو", "خميرة نص كيلو", Franco
// "khamira kilo"): how many kilos — a figure or a fraction right before the
// weight word, else one; the measure's dual ("كيلوين", "لترين", Franco
// "litreen") two. A count said after the goods that is not that figure is
// the line's own (no weight of it).
func weightAfter(ts []token, d *draft, weightKg func(string) float64) (float64, bool) {
	for k := d.start + 1; k <= d.end && k < len(ts) && !ts[k].sep; k++ {
		word, _, _ := strings.Cut(ts[k].surface, " ") // "كيلو ونص" joined by packFractions
		f := weightKg(word)
		dual := false
		if f == 0 && !strings.Contains(ts[k].surface, " ") {
			f = dualScale(ts[k], weightKg)
			dual = f > 0
		}
		if f == 0 || ts[k].conj || strings.HasPrefix(ts[k].surface, "و") {
			continue
		}
		v, counted := 1.0, false
		if dual {
			v, counted = 2, true
		} else if p := k - 1; p >= d.start && !ts[p].sep {
			if x, ok := amountValue(ts[p].text); ok {
				v, counted = x, true
			} else if x, ok := fractionWord(ts[p].text); ok {
				v, counted = x, true
			}
		}
		if x, n := fractionTail(ts, k+1); n > 0 {
			v += x // "كيلو ونص"
		}
		if len(d.counts) == 1 && !(counted && math.Abs(d.counts[0]-v) < 1e-3) && !(math.Abs(d.counts[0]-v) < 1e-3 && v != math.Trunc(v)) {
			return 0, false
		}
		return v * f, true
	}
	return 0, false
}

// litreWords, gallonWords: the volumes goods are sold in by the can or
// the bottle ("سيلر خشب لتر", "شامبو جالون", "bucket 9L").
var (
	litreWords  = set("لتر", "ليتر", "لترات", "ليترات", "litre", "liter", "litres", "liters", "litr", "letr", "ltr", "lt", "l")
	mlWords     = set("مل", "مللي", "ملي", "ml")
	gallonWords = set("جالون", "جالونات", "جالونه", "galon", "gallon", "gallons", "gal")
)

// litres: a volume word's litres (1 for a litre, 0.001 for a millilitre),
// 0 for any other word.
func litres(w string) float64 {
	switch w = lower(w); {
	case litreWords[w] || litreWords[wordKey(w)]:
		return 1
	case mlWords[w] || mlWords[wordKey(w)]:
		return 0.001
	}
	return 0
}

// gallonScale: 1 for a gallon word, 0 for any other (a gallon is a can of
// its own size, never so many litres).
func gallonScale(w string) float64 {
	if w = lower(w); gallonWords[w] || gallonWords[wordKey(w)] {
		return 1
	}
	return 0
}

// dualScale: token t says two of a measure in the dual ("لترين",
// "جالونين", "كيلوين", Franco "litreen", "galoneen"): the measure word's
// share of its unit by scale, 0 when it says no dual of one.
func dualScale(t token, scale func(string) float64) float64 {
	if utf8.RuneCountInString(t.surface) < 4 {
		return 0
	}
	if t.dual {
		if f := scale(t.text); f > 0 {
			return f
		}
	}
	w := t.lowSurface()
	if st, ok := strings.CutSuffix(wordKey(w), "ين"); ok && isArabicWord(w) && utf8.RuneCountInString(st) >= 3 {
		return scale(st)
	}
	for _, sf := range []string{"een", "ein", "ayn", "ain"} {
		if st, ok := strings.CutSuffix(w, sf); ok && isLatinWord(w) && utf8.RuneCountInString(st) >= 3 {
			return scale(st)
		}
	}
	return 0
}

// dualSaid: line d says a measure of scale in the dual ("بستلة لترين"):
// an amount with no figure a name could carry.
func dualSaid(ts []token, d *draft, scale func(string) float64) bool {
	for k := d.start; k < d.end && k < len(ts); k++ {
		if !ts[k].sep && dualScale(ts[k], scale) > 0 {
			return true
		}
	}
	return false
}

// pieceFacts is what one piece of a product holds or weighs as its names
// say: pieceVolume, pieceIn of a kilo, pieceWeight. finish asks them of
// every line's best product; each reads the names' keys again, so they are
// read once per product and kept (lexicon.pieceOf).
type pieceFacts struct {
	each  float64              // pieceVolume's volume
	scale func(string) float64 // pieceVolume's measure, nil when none
	kgIn  float64              // pieceIn(p, weightKg)
	kg    float64              // pieceWeight
}

// pieceOf: the pieceFacts of product idx, read at its first use and kept
// (goroutines may race to fill it and keep either of two equal values).
func (lx *lexicon) pieceOf(idx int) *pieceFacts {
	nf := lx.facts(idx)
	if f := nf.piece.Load(); f != nil {
		return f
	}
	p := &lx.products[idx]
	f := &pieceFacts{kgIn: pieceIn(p, weightKg), kg: pieceWeight(p)}
	f.each, f.scale = pieceVolume(p)
	nf.piece.Store(f)
	return f
}

// measureCounted: line d's count was read from a figure said with the
// measure word scale reads right after it, after the goods ("زيت 5W30 ٨
// لتر", "5W30 oil 8 litres": the litre a word of the can's name or none,
// the 8 its count) or before them ("٨ لتر زيت 5W30"), a figure no word of
// the line; the figure in that measure.
func measureCounted(ts []token, d *draft, scale func(string) float64) (float64, bool) {
	if a := d.pre; a != nil && a.unit == "" && !a.dozen && !a.implied && !a.per && a.end == a.start+1 && a.end < len(ts) && len(d.counts) == 0 && len(d.groups) == 0 &&
		!ts[a.end].sep && scale(ts[a.end].surface) > 0 {
		if v, ok := amountValue(ts[a.start].text); ok && v == a.val {
			return v * scale(ts[a.end].surface), true // "عايز ٨ لتر زيت 5W30"
		}
	}
	if d.pre != nil || len(d.counts) != 1 || len(d.groups) > 0 {
		return 0, false
	}
	for k := d.start; k < d.end && k+1 < len(ts); k++ {
		if ts[k].sep || ts[k+1].sep || d.uniq[ts[k].text] || scale(ts[k+1].surface) == 0 {
			continue
		}
		if k+2 < len(ts) && !ts[k+2].sep {
			if _, half := fractionWord(strings.TrimPrefix(ts[k+2].text, "و")); half {
				continue // "٣ لتر ونص": a measure of its own
			}
		}
		if v, ok := amountValue(ts[k].text); ok && v == d.counts[0] {
			return v * scale(ts[k+1].surface), true
		}
	}
	return 0, false
}

// pieceVolume: the volume one piece of p holds as its names say, in the
// measure they give it ("سيلر خشب لتر": one litre, "شامبو جالون": one
// gallon, "بستلة 9 لتر": nine litres) and that measure's scale; 0 when
// they say none, or two.
func pieceVolume(p *catalog.Product) (float64, func(string) float64) {
	l, g := pieceIn(p, litres), pieceIn(p, gallonScale)
	switch {
	case l > 0 && g == 0:
		return l, litres
	case g > 0 && l == 0:
		return g, gallonScale
	}
	return 0, nil
}

// pieceIn: how much of the measure whose words scale gives one piece of p
// holds as its names say — the figure or the fraction before the measure
// word, or one when it is said bare ("سيلر خشب لتر", "معجون تلميع كيلو");
// 0 when they say none, or two, or a measure of its own ("لتر ونص", "كيلو
// وات").
func pieceIn(p *catalog.Product, scale func(string) float64) float64 {
	found := 0.0
	for _, name := range []string{p.NameAr, p.NameEn} {
		ks := keysWithX(name)
		for k := range ks {
			f := scale(ks[k])
			if f == 0 {
				continue
			}
			if k+1 < len(ks) {
				if _, half := fractionWord(strings.TrimPrefix(ks[k+1], "و")); half || ks[k+1] == "وات" || ks[k+1] == "watt" {
					return 0 // "كاتل لتر ونص", "منظومة ٥ كيلو وات": a size of its own
				}
			}
			v, ok := 0.0, false
			if k > 0 {
				if v, ok = parseDigits(ks[k-1]); !ok {
					v, ok = fractionWord(ks[k-1])
				}
			}
			if k > 0 && (ks[k-1] == "per" || ks[k-1] == "لكل") {
				return 0 // "Cardamom per kilo": sold by the measure, no can of it
			}
			if !ok {
				if utf8.RuneCountInString(ks[k]) < 2 {
					continue // a letter alone
				}
				v = 1 // "سيلر خشب لتر": a can of one litre
			}
			if v <= 0 || found > 0 && math.Abs(found-v*f) > 1e-9 {
				return 0
			}
			found = v * f
		}
	}
	return found
}

// soldByOne: the goods line d names best are sold by the piece, one unit
// of the measure word w a piece ("سيلر خشب لتر", "شامبو جالون", "عسل
// (برطمان ١ كيلو)"): a figure said with w after them is how many of it,
// never a size the product lacks.
func (r *Rules) soldByOne(d *draft, w string) bool {
	c := r.candidates(d)
	if len(c) == 0 {
		return false
	}
	p := &r.lx.products[c[0].idx]
	if p.Unit != catalog.Piece || PricedPer(*p) != "" {
		return false
	}
	pf := r.lx.pieceOf(c[0].idx) // pieceVolume, pieceWeight, pieceIn of p, read once
	if pf.each == 1 && pf.scale(w) == 1 {
		return true
	}
	return weightKg(w) == 1 && (pf.kg == 1 || pf.kg == 0 && pf.kgIn == 1)
}

// pieceWeight: the kilos one piece of p holds as its names say ("شكارة
// 25 كيلو", "(كيس ربع كيلو)", "bag 250 g"); 0 when they say none, or
// two.
func pieceWeight(p *catalog.Product) float64 {
	found := 0.0
	for _, name := range []string{p.NameAr, p.NameEn} {
		ks := keysWithX(name)
		for k := 0; k+1 < len(ks); k++ {
			f := weightKg(ks[k+1])
			if f == 0 {
				continue
			}
			v, ok := parseDigits(ks[k])
			if !ok {
				v, ok = fractionWord(ks[k])
			}
			if !ok || v <= 0 {
				continue
			}
			if found > 0 && math.Abs(found-v*f) > 1e-9 {
				return 0
			}
			found = v * f
		}
	}
	return found
}

// fractionCounted: line d is counted by one decimal figure written before
// its goods, no weight or measure said with it ("2.5 سنارة", "٠.٥ كرسي"):
// goods sold by the piece are never sold in part, so it is no count ("٢
// كيلو ونص بن", "2.5 كيلو" weigh goods sold by the kilo; "نص دستة" is six).
func fractionCounted(ts []token, d *draft) bool {
	a := d.pre
	return a != nil && a.unit == "" && !a.implied && !a.dozen && a.val != math.Trunc(a.val) && a.end-a.start == 1 && a.start < len(ts) &&
		strings.Contains(ts[a.start].text, ".") && (a.end >= len(ts) || ts[a.end].sep || !weightMeasure(ts[a.end]))
}

// otherFigure: the product's names carry a figure the draft did not say.
func otherFigure(info *prodInfo, d *draft) bool {
	for u := range info.all {
		if isNumber(u) && !d.uniq[u] {
			return true
		}
	}
	return false
}

// otherSize: a width by a length said after a name that fits only products
// sized otherwise ("مرتبة كريب ٧٠ في ١٤٠" when the shop's synonym "مرتبة
// كريب" is its 60×120 one) names the product of the same kind whose name
// carries both figures, when one does: the size said chooses the variant.
func (r *Rules) otherSize(d *draft, g []amount) {
	if len(g) < 2 || len(d.words) == 0 {
		return
	}
	nums := make([]string, 0, len(g))
	for _, a := range g {
		if a.implied || a.unit == "sqm" || a.unit == "" && a.val < 10 {
			return
		}
		n := numString(math.Round(cm1(a)))
		if d.uniq[n] {
			return // the figures already chose
		}
		nums = append(nums, n)
	}
	carries := func(p int32) bool {
		for _, n := range nums {
			if !r.lx.info[p].sizes[n] {
				return false
			}
		}
		return true
	}
	head, fit := "", 0
	for _, p := range d.touched {
		if n := int(d.cnt[p]); n < d.explains || n == 0 {
			continue
		}
		info := &r.lx.info[p]
		if len(info.sizes) == 0 || carries(p) || head != "" && info.head != head {
			return // a fitting product without a size, or the one asked
		}
		head = info.head
		fit++
	}
	if fit == 0 || head == "" {
		return
	}
	var other int32 = -1
	for _, p := range r.lx.sized[nums[0]] { // the products giving the first figure, fewer than those touched
		if d.cnt[p] > 0 && r.lx.info[p].head == head && carries(p) {
			if other >= 0 {
				return // several carry it: the words said choose among them
			}
			other = p
		}
	}
	if other < 0 {
		return
	}
	for _, n := range nums {
		r.addWord(d, n)
	}
	d.sizedTo = int(other) + 1
}

// lacks lists the words the customer said of a draft (as written) that
// the chosen product does not have and that tell products apart: a
// material some product is made of, or a word naming another product of
// the same kind (the مكتب of "كرسي مكتب" when the chair found is a dining
// chair; "شمواه" when the closest sofa is leather). Colours, sizes,
// numbers and a destination ("للمكتب") are read elsewhere.
// withOne are Egyptian's "the one with": "الحشو ام ٤ حشوات", "الكنبة ابو
// مسند" — what follows them is the product's, they are nothing it lacks.
var withOne = set("ام", "ابو")

func (r *Rules) lacks(ts []token, d *draft, idx int) []string {
	info := &r.lx.info[idx]
	var out []string
	for _, u := range d.words {
		if info.all[u] || info.all[r.genderTwin(u)] || withHas(info, u) || isNumber(u) || r.lx.colors[u] != "" || fillers[u] || stopUnits[u] || utf8.RuneCountInString(u) < 2 ||
			(placeWords[u] || roomWords[u]) && !isLatinWord(u) && !r.roomKind(ts, d, u) && !r.placeKind(ts, d, u, idx) || withOne[u] {
			continue // a letter left of a contraction ("what's"), a function word, a room ("كرسي للصالة", while an English "office chair" is a kind), "the one with"
		}
		i := d.start
		for ; i < d.end && i < len(ts); i++ {
			if ts[i].text == u && !ts[i].sep {
				break
			}
		}
		if i >= d.end || i >= len(ts) || ts[i].prep || i > d.start && ts[i-1].prep || ts[i].neg || r.placeToken(ts[i]) && !isLatinWord(u) && !r.roomKind(ts, d, u) && !r.placeKind(ts, d, u, idx) || englishFor(ts, i) ||
			utf8.RuneCountInString(ts[i].surface) < 2 || plainWords[u] || shapeToken(ts, i) {
			continue // not said as a word of its own, "for the office", "من غير موتور", "والحمام التاني"
		}
		if r.kindPrefix(u, idx) {
			continue // "دولاب مطبخ اكريليك" when the shop also writes "دولاب مطبخ زان": its word for the kind
		}
		if r.lx.products[idx].MadeToOrder && r.tradeObject(u) {
			continue // "اغسلوا العربية عند البيت" of a car wash's home call-out: what every service is done to
		}
		if sizeWords[u] && r.lx.products[idx].Unit != catalog.Piece && !r.lx.info[idx].all[u] {
			continue // "اغسل السجادة الكبيرة" of a wash by the m²: how big is its measure, asked, no variant it lacks
		}
		if twoWords[u] && r.ofTwo(idx) {
			continue // "a double gas fryer" of a "twin-tank" one, "قلاية مزدوجة" of a "قلاية حوضين"
		}
		if d.sizedTo == idx+1 && r.kindWord(idx, u) {
			continue // "مرتبة كريب ٧٠ في ١٤٠": the shop's word for its kind, the size said chose this one
		}
		if askedAfter(ts, i, d.end, r.lx.heads) {
			continue // "بشطب الشقة وعايز ٥ بيبان": what the customer is doing, then what is asked
		}
		// English names the kind right before its head noun: "office
		// chair" asks an office one even when only a safe's name says office
		kind := isLatinWord(u) && !isNumber(u) && len(r.lx.postings[u]) > 0 && r.englishHead(ts, i, d.end) >= 0
		if kind && r.lx.products[idx].MadeToOrder && r.workNamed(idx) && !r.worksName(u, idx) {
			continue // "my jacket sleeves are too long" of a "Sleeve shortening": the thing the work is done to, when no work the shop sells names it
		}
		if (kind || r.distinguishes(u, idx) || r.placeKind(ts, d, u, idx)) && !slices.Contains(out, ts[i].surface) {
			out = append(out, ts[i].surface)
		}
	}
	if s := r.shapeLacked(ts, d, idx); s != "" {
		out = append(out, s) // "ركنة حرف L" of a corner sofa "حرف U"
	}
	return out
}

// sizeLacked: product idx is sold by the piece in the sizes its names
// give ("مرتبة سوست 180 سم", a synonym "مرتبة 180"), and none of the sizes
// the customer said is one of them ("محتاج مرتبة ١٦٠", "martaba 120 f
// 190"): the product is not the size asked, and the figure as said is what
// it lacks — never a 180 cm mattress invoiced for a 160 one. A size that
// is one of them, or a product whose names give no size, lacks nothing.
func (r *Rules) sizeLacked(ts []token, d *draft, idx int, dims []int) string {
	info := &r.lx.info[idx]
	if len(dims) == 0 || len(info.sizes) == 0 || len(info.metres) > 0 || len(info.measures) > 0 || r.lx.products[idx].Unit != catalog.Piece || d.sizedTo == idx+1 {
		return "" // a size in metres, a thickness: read elsewhere
	}
	for _, v := range dims {
		if v < 30 || info.sizes[strconv.Itoa(v)] || info.all[strconv.Itoa(v)] {
			return "" // a size of its, or a small figure that may be a thickness or a count
		}
	}
	// the figure said measures what the name's does (a mattress's 160 of
	// its 180, not a topper's 5 cm thickness or a price said after it)
	like := false
	for n := range info.sizes {
		if f, err := strconv.ParseFloat(n, 64); err == nil && float64(dims[0]) >= f/2 && float64(dims[0]) <= 2*f {
			like = true
		}
	}
	if !like {
		return ""
	}
	want := map[string]bool{strconv.Itoa(dims[0]): true, numString(float64(dims[0]) / 100): true}
	for i := d.start; i < d.end && i < len(ts); i++ {
		if !ts[i].sep && want[ts[i].text] {
			if i+1 < len(ts) && !ts[i+1].sep && unitWords[ts[i+1].text] != "" {
				return ts[i].surface + " " + ts[i+1].surface // "٢ متر"
			}
			return ts[i].surface
		}
	}
	return strconv.Itoa(dims[0])
}

// countOfPurpose: line d's one amount is a bare figure said right after
// the goods' word and right before a word that product p's name writes as
// what it is for ("للجلاليب" of "قماش تيل نادية للجلاليب (بالمتر)") — p
// sold by length or area: the figure counts the things to be made ("قماش
// ٣ جلاليب"), never metres of p.
func (r *Rules) countOfPurpose(ts []token, d *draft, p *catalog.Product) bool {
	if p.Unit != catalog.Meter && p.Unit != catalog.SquareMeter || d.pre != nil || len(d.groups) != 1 || len(d.groups[0]) != 1 {
		return false
	}
	a := d.groups[0][0]
	if a.unit != "" || a.implied || a.start == 0 || a.end >= len(ts) || a.val != math.Trunc(a.val) {
		return false
	}
	prev, next := ts[a.start-1], ts[a.end]
	if prev.sep || next.sep || !prev.lex || !next.lex || isNumber(next.text) {
		return false
	}
	w := wordKey(next.lowSurface())
	for _, name := range []string{p.NameAr, p.NameEn} {
		for _, k := range strings.Fields(name) {
			k = wordKey(lower(strings.Trim(k, "()")))
			if k == "لل"+strings.TrimPrefix(w, "ال") || k == "ل"+w || k == "لل"+w {
				return true
			}
		}
	}
	return false
}

// modelAmiss: a figure said in line d of the same number of digits (three
// or more) as a model number product idx's name carries — a figure the
// catalog's names give after the same word in other models ("رولمان بلي
// 6202" beside "… 6201", "… 6203") — and that idx's names do not carry:
// another model than idx ("علبة رولمان بلي 6203", "وعلبة 6201" where the
// one box holds 6202s), what it lacks, never invoiced as idx with the
// figure read as its size.
func (r *Rules) modelAmiss(ts []token, d *draft, idx int) string {
	var own []string
	for _, ph := range r.lx.info[idx].phrases {
		for k := 0; k+1 < len(ph); k++ {
			if g := ph[k+1]; len(g) >= 3 && isNumber(g) && len(r.lx.modelFigs[ph[k]]) > 1 && r.lx.modelFigs[ph[k]][g] {
				own = append(own, g)
			}
		}
	}
	if len(own) == 0 {
		return ""
	}
	for i := d.start; i < d.end && i < len(ts); i++ {
		f := ts[i].text
		if ts[i].sep || !isNumber(f) || r.inName(idx, f) || !slices.ContainsFunc(own, func(g string) bool { return len(g) == len(f) }) {
			continue
		}
		if i > d.start && !ts[i-1].sep {
			return ts[i-1].surface + " " + ts[i].surface
		}
		return ts[i].surface
	}
	return ""
}

// measuredInColour: product best, a piece whose name carries the figures
// said, is not made in the colour said, and one other product of its head
// noun is — sold by area, and having every other word said of best: the
// figures are that product's size, the colour chose it.
func (r *Rules) measuredInColour(d *draft, best int) (int, bool) {
	lx := r.lx
	info := &lx.info[best]
	if lx.products[best].Unit != catalog.Piece || info.head == "" {
		return 0, false
	}
	figures := 0
	for u := range d.uniq {
		if isNumber(u) && info.all[u] {
			figures++
		}
	}
	if figures < 2 {
		return 0, false // the figures did not name it
	}
	found := -1
	for _, q := range d.touched {
		o := &lx.info[q]
		if int(q) == best || o.head != info.head || lx.products[q].Unit != catalog.SquareMeter || !r.offersAny(int(q), d.colors) {
			continue
		}
		all := true
		for u := range d.uniq {
			if !isNumber(u) && lx.colors[u] == "" && info.all[u] && !o.all[u] {
				all = false
			}
		}
		if !all {
			continue
		}
		if found >= 0 {
			// several: the one of best's own material ("برجولة خشب"
			// of pine, not the wood-plastic one), else none
			a, b := lx.products[found].Material == lx.products[best].Material, lx.products[q].Material == lx.products[best].Material
			switch {
			case a && b || !a && !b:
				return 0, false
			case b:
				found = int(q)
			}
			continue
		}
		found = int(q)
	}
	return found, found >= 0
}

// twoWords say a thing is made of two of its part: "double", "twin", "دبل",
// "مزدوج".
var twoWords = set("double", "twin", "dual", "دبل", "دابل", "مزدوج", "مزدوجه")

// ofTwo: product idx is named as made of two of its part — by one of
// twoWords, or by an Arabic dual of another catalog word ("قلاية غاز
// حوضين", "ثلاجة بابين").
func (r *Rules) ofTwo(idx int) bool {
	for u := range r.lx.info[idx].all {
		if twoWords[u] {
			return true
		}
		if first, _, ok := strings.Cut(u, "-"); ok && twoWords[first] {
			return true // "twin-tank"
		}
		if st, ok := dualOf(u); ok && isArabicWord(u) && r.lx.isWord(st) {
			return true
		}
	}
	return false
}

// partDeclined marks a negation right after the line that takes a part off
// the product chosen: a set ("أنتريه 4 قطع" … "من غير الترابيزة", "the
// dining set without the buffet") or a product whose own name holds what
// is declined ("ترابيزة سفرة 8 كراسي من غير الكراسي", "سرير + مرتبة بدون
// المرتبة"). The catalog prices it whole, so the rest is a person's to
// price (unexplained, see Rules.unexplained); never the whole invoiced.
func (r *Rules) partDeclined(ts []token, d *draft, idx int) {
	k := d.end
	cue := 0
	for ; k < len(ts) && (!ts[k].sep || ts[k].text == "," || ts[k].text == "،"); k++ {
		if cue = negationCue(ts, k); cue > 0 {
			break
		}
		if ts[k].lex && ts[k].color == "" && !isNumber(ts[k].text) {
			return // another line first
		}
	}
	if cue == 0 || !ts[k].neg {
		return
	}
	// the product's own names (not its category: "أطقم راتان" holds
	// single chairs too), and none that says what it comes without
	// ("وحدة حوض 80 بدون مراية")
	named := map[string]bool{}
	whole := strings.Contains(r.lx.products[idx].NameAr+r.lx.products[idx].NameEn, "+")
	for _, ph := range r.lx.info[idx].phrases {
		for _, u := range ph {
			if negationCues[u] || u == "غير" || u == "no" {
				return
			}
			named[u] = true
			whole = whole || setWords[u] || wholeWords[u]
		}
	}
	end, declined := k+cue, false
	for first := true; end < len(ts) && !ts[end].sep && ts[end].neg; end++ {
		if t := ts[end]; first && t.lex && t.color == "" && !isNumber(t.text) {
			// what is declined is its first word: "من غير الكراسي", not
			// the floor of "من غير تجليخ الارضية"
			declined, first = !serviceTopics[t.text] && (whole || named[t.text] || named[r.genderTwin(t.text)]), false
		}
	}
	if !declined {
		return
	}
	for j := k; j < end; j++ {
		ts[j].partDeclined = true
	}
}

// missesSaid: a word said of the line, no colour and no figure, names
// product best and not product c: c is another thing than the one asked,
// whatever colour it comes in (a substitute, never switched to).
func (r *Rules) missesSaid(d *draft, best, c int) bool {
	a, b := r.lx.info[best].all, r.lx.info[c].all
	for _, w := range d.words {
		if r.lx.colors[w] == "" && !isNumber(w) && a[w] && !b[w] && !b[r.genderTwin(w)] {
			return true
		}
	}
	return false
}

// goodsNumber: the goods said before a service (no service themselves)
// are n lines, or n pieces: "the two" the service is for are they ("مرايتين
// بمقاسين وتركيب الاتنين"), not two of five things named. With no goods
// before it, the pieces another service was counted by are the goods it
// was done to ("شحن فريون لتكييفين … وغسيل الاتنين": the two ACs), when
// that service is the only line before.
func (r *Rules) goodsNumber(items []Item, n float64) bool {
	lines, pieces := 0.0, 0.0
	for _, it := range items {
		if it.Product == nil || r.isService(it.Product) {
			continue
		}
		lines++
		if it.Product.Unit == catalog.Piece {
			pieces += it.Quantity.Float()
		}
	}
	if lines == 0 && len(items) == 1 && items[0].Product != nil && items[0].Product.Unit == catalog.Piece && r.isService(items[0].Product) {
		return items[0].Quantity.Float() == n
	}
	return lines == n || pieces == n
}

// servicePerPiece: a service priced per piece of goods (perPieceRe), or
// said as theirs ("بالتركيب", "والتركيب للسخانات كلها"), said bare beside them ("٤ شبابيك شيش … كل شباك ١٢٠×١٥٠ مع التركيب" of a
// "تركيب شيش (للشباك)", "… and installation") is one for each piece of the
// goods its name says (piecesServed), as "وتركيب الاتنين" says it outright.
func (r *Rules) servicePerPiece(ts []token, keep []*draft, items []Item, itemOf map[*draft]int) {
	for _, d := range keep {
		k, ok := itemOf[d]
		if !ok || items[k].Product == nil || items[k].Product.Unit != catalog.Piece || !r.isService(items[k].Product) ||
			items[k].ofGoods || items[k].Quantity != catalog.One || d.perN > 1 || d.perWord != "" ||
			d.pre != nil || len(d.groups) > 0 || len(d.counts) > 0 || len(d.room) > 0 || r.splitService(items, k) {
			continue
		}
		if _, ok := articledNumber(ts, d.start, d.end+1); ok {
			continue
		}
		if n := piecesServed(items[:k], items[k].Product, withGoods(ts, d) || r.forGoodsSaid(ts, d)); n > 1 {
			items[k].Quantity, items[k].ofGoods = catalog.MilliFromFloat(n), true
		}
	}
}

// perNounCounted: a work kept in no stock priced per a noun of its name
// ("طباعة أسماء … (للعلبة)"), said once with the number of that noun
// ("واطبعولي اسامينا على المية علبة"), is that many: never one, nor the
// count of the packs the goods come in.
func perNounCounted(ts []token, keep []*draft, items []Item, itemOf map[*draft]int) {
	for _, d := range keep {
		k, ok := itemOf[d]
		if !ok || items[k].Product == nil || !items[k].Product.MadeToOrder || items[k].Product.Unit != catalog.Piece || d.pre != nil {
			continue
		}
		if len(d.counts) > 0 {
			continue // "بوفيه ل ٣ افراد، لا خليهم ٥": read with its measure, and put right (perFigure)
		}
		if n, ok := perNounCount(ts, d, items[k].Product); ok && n > 1 && n == math.Trunc(n) {
			items[k].Quantity, items[k].ofGoods = catalog.MilliFromFloat(n), true
		}
	}
}

// perNounCount: the number said right before the noun a service's name
// prices it per ("(للعلبة)": per box) in its line — "على المية علبة",
// "على ١٠٠ علبة" — and its value.
func perNounCount(ts []token, d *draft, svc *catalog.Product) (float64, bool) {
	m := perNounRe.FindStringSubmatch(svc.NameAr)
	if m == nil {
		return 0, false
	}
	ks := keysOf(m[1])
	if len(ks) != 1 {
		return 0, false
	}
	for k := d.start + 1; k < d.end && k < len(ts); k++ {
		if ts[k].sep || wordKey(ts[k].surface) != ks[0] && ts[k].text != ks[0] || ts[k-1].sep {
			continue
		}
		if v, ok := parseDigits(ts[k-1].text); ok {
			return v, true
		}
		if w, ok := strings.CutPrefix(ts[k-1].surface, "ال"); ok {
			if v, ok := numberWord(w); ok {
				return v, true
			}
		}
	}
	return 0, false
}

// cutPiecesServed: a service priced per piece ("حفر ليزر (للقطعة)",
// "(per piece)") said "on them" or "with them" right after goods sold by
// the metre or m² cut into pieces counted ("قطعتين أكريلك ٣٠ في ٢٠،
// واحفرلي عليهم", "2 pieces of glass 40 x 60 and polishing on them") is
// done to each of those pieces: that many, never one.
func (r *Rules) cutPiecesServed(ts []token, keep []*draft, items []Item, itemOf map[*draft]int) {
	var goods *draft
	for _, d := range keep {
		k, ok := itemOf[d]
		if !ok || items[k].Product == nil {
			continue
		}
		p := items[k].Product
		if !p.MadeToOrder || p.Unit != catalog.Piece || !perCutPieceRe.MatchString(p.NameAr+" "+lower(p.NameEn)) {
			goods = nil
			if p.Unit != catalog.Piece && piecesCut(d) > 0 {
				goods = d
			}
			continue
		}
		if goods == nil || items[k].Quantity != catalog.One || d.pre != nil || len(d.counts) > 0 || len(d.groups) > 0 || !withThem(ts, d) {
			continue
		}
		items[k].Quantity, items[k].ofGoods = catalog.MilliFromFloat(piecesCut(goods)), true
	}
}

// perCutPieceRe: a service's name prices it per piece of whatever it is
// done to: "(للقطعة)", "(للحتة)", "(per piece)".
var perCutPieceRe = regexp.MustCompile(`\(لل(قطعة|قطعه|حتة|حته)\)|\(per piece\)`)

// ordinalPerNoun: the line of service p, priced per a noun ("(للدور)": per
// floor), says that noun with an ordinal ("لتالت دور", "للدور التالت"):
// which one, not how many of them the work spans.
func ordinalPerNoun(ts []token, d *draft, p *catalog.Product) bool {
	m := perNounRe.FindStringSubmatch(p.NameAr)
	if m == nil {
		return false
	}
	ks := keysOf(m[1])
	if len(ks) != 1 {
		return false
	}
	ordinal := func(k int) bool {
		return k >= 0 && k < len(ts) && !ts[k].sep && (ordinalWords[placeKey(ts[k].surface)] || ordinalWords[ts[k].lowSurface()] || ordinalWords["ال"+placeKey(ts[k].surface)])
	}
	for k := d.start; k <= d.end+2 && k < len(ts); k++ {
		if ts[k].sep {
			break
		}
		if n := placeKey(ts[k].surface); (wordKey(n) == ks[0] || ts[k].text == ks[0]) && (ordinal(k-1) || ordinal(k+1)) {
			return true
		}
	}
	return false
}

// perNounRe: the noun a service's Arabic name prices it per: "(للعلبة)".
var perNounRe = regexp.MustCompile(`\(لل([^ )]+)\)`)

// perPieceRe: a service's name gives its price per piece of something:
// "تركيب شيش (للشباك)", "Mirror installation (per piece)".
var perPieceRe = regexp.MustCompile(`\((لل|per )`)

// piecesServed counts the pieces of the goods among items that service
// svc, priced per piece (perPieceRe) or said as what comes with them
// (with: "٤ سخانات … بالتركيب"), is done to: the goods whose Arabic
// names head with a word of the service's name after its verbal noun
// ("تركيب شيش حصيرة" and "شيش حصيرة بموتور"), a line by the m² counted as its
// area over one piece's size. 0 when the name gives no such price or a
// line's pieces cannot be told.
func piecesServed(items []Item, svc *catalog.Product, with bool) float64 {
	if !with && !perPieceRe.MatchString(svc.NameAr+" "+lower(svc.NameEn)) {
		return 0
	}
	ks := keysOf(strings.Split(svc.NameAr, "(")[0])
	if len(ks) < 2 {
		return 0
	}
	object := map[string]bool{}
	for _, k := range ks[1:] {
		if !isNumber(k) {
			object[k] = true
		}
	}
	n := 0.0
	for _, it := range items {
		p := it.Product
		if p == nil {
			continue
		}
		if ks := keysOf(p.NameAr); len(ks) == 0 || !object[ks[0]] {
			continue // its head noun is not what the service is done to
		}
		switch {
		case p.Unit == catalog.Piece:
			n += it.Quantity.Float()
		case p.Unit == catalog.SquareMeter && len(it.DimsCM) == 2 && it.DimsCM[0] > 0 && it.DimsCM[1] > 0:
			c := it.Quantity.Float() / (float64(it.DimsCM[0]*it.DimsCM[1]) / 10000)
			if math.Abs(c-math.Round(c)) > 0.01 {
				return 0
			}
			n += math.Round(c)
		default:
			return 0
		}
	}
	return n
}

// splitService: the service at k was shared out among the goods, one line
// each (serviceForEach: "حد يركب الاتنين، الفلتر والموتور"), another
// service line said in the same words.
func (r *Rules) splitService(items []Item, k int) bool {
	for j, it := range items {
		if j != k && it.Product != nil && r.isService(it.Product) && it.Phrase == items[k].Phrase {
			return true
		}
	}
	return false
}

// articledNumber: the number word with the article ("الاتنين", "التلاتة":
// both, all three) or "لل" ("للاربعة": for the four) among ts[from:to],
// and its value.
func articledNumber(ts []token, from, to int) (float64, bool) {
	for m := from; m < to && m < len(ts); m++ {
		if ts[m].sep || weekdayAt(ts, m) {
			continue // "تفرشوا يوم الاربع": Wednesday, never all four
		}
		for _, p := range []string{"ال", "لل"} {
			if w, ok := strings.CutPrefix(ts[m].surface, p); ok && isNumberWord(w) {
				v, _ := numberWord(w)
				return v, true
			}
		}
	}
	return 0, false
}

// servedNumber: the number of the goods a service is done on, said in
// its words ("وتركيب الاتنين", "وتسطيب ويندوز للاتنين") or right after
// them with "on"/"for" ("وتطريز اسم على الاتنين", "embroidery on both",
// "tatriz 3ala el 5"): all of them, as many as the number says.
func servedNumber(ts []token, d *draft) (float64, bool) {
	if n, ok := articledNumber(ts, d.start, d.end+1); ok {
		return n, true
	}
	m := d.end // the word after the line's
	if m+1 >= len(ts) || ts[m].sep || !ontoWords[ts[m].lowSurface()] || ts[m+1].sep {
		return 0, false
	}
	if bothWords[ts[m+1].lowSurface()] {
		return 2, true
	}
	if n, ok := articledNumber(ts, m+1, m+2); ok {
		return n, true
	}
	if m+2 < len(ts) && articles[ts[m+1].lowSurface()] && !ts[m+2].sep {
		if v, ok := amountValue(ts[m+2].text); ok && v == math.Trunc(v) {
			return v, true // "3ala el 5 jackets", "for the 3 of them"
		}
	}
	return 0, false
}

// ontoWords: "on", "for", said of the goods a service is done on.
var ontoWords = set("على", "علي", "ع", "3ala", "3la", "3al", "on", "for")

// wholeWords say a product is sold as a set of pieces: "أنتريه 4 قطع",
// "غرفة نوم كاملة", "6 pcs", "complete".
var wholeWords = set("قطع", "قطعه", "كامل", "كامله", "pieces", "pcs", "complete")

// kindPrefix: u begins a name of another product of idx's kind right
// before their head noun ("دولاب مطبخ زان" beside "مطبخ أكريليك لامع"):
// the shop's word for the whole kind, which no product of it lacks. A word
// after the head ("كرسي مكتب" beside "كرسي سفرة") still tells them apart.
func (r *Rules) kindPrefix(u string, idx int) bool {
	if disableKP {
		return false
	}
	head := r.lx.info[idx].head
	if head == "" || u == head {
		return false
	}
	for _, q := range r.lx.postings[u] {
		if r.lx.info[q].head != head {
			continue
		}
		for _, ph := range r.lx.info[q].phrases {
			if len(ph) >= 2 && ph[0] == u && ph[1] == head {
				return true
			}
		}
	}
	return false
}

// withHas: u is "with (the) X" ("بالصندوق", "بصندوق") of an X the
// product's names have ("قاعدة معلقة + صندوق دفن"): nothing it lacks.
func withHas(info *prodInfo, u string) bool {
	for _, p := range []string{"بال", "ب"} {
		if st, ok := strings.CutPrefix(u, p); ok && utf8.RuneCountInString(st) >= 3 && (info.all[st] || info.all["ال"+st]) {
			return true
		}
	}
	return false
}

// kindWord: u is a word of the names of another product of the same kind
// (head noun) as product idx.
func (r *Rules) kindWord(idx int, u string) bool {
	head := r.lx.info[idx].head
	for _, p := range r.lx.postings[u] {
		if int(p) != idx && r.lx.info[p].head == head {
			return true
		}
	}
	return false
}

// hasLacked finds, among the close candidates of the same kind (head noun)
// as best, the best-scoring one that lacks none of the words the customer
// said ("زيبرا بلاك اوت" when the best-scoring zebra is the plain one).
func (r *Rules) hasLacked(ts []token, d *draft, best scored, cands []scored) (scored, bool) {
	for k := d.start; k < d.end && k < len(ts); k++ {
		if t := ts[k]; !t.sep && !t.lex && !t.used && t.color == "" && !isNumber(t.text) && !r.known(t.text) && !shapeToken(ts, k) {
			return scored{}, false // "باب خشب موسكي": the kind asked is a word no product has
		}
	}
	head := r.lx.info[best.idx].head
	for _, c := range cands {
		if c.idx == best.idx || r.lx.info[c.idx].head != head || d.cnt[c.idx] < d.cnt[best.idx] || best.score-c.score > 0.3 {
			continue
		}
		if d.sizedTo != 0 && c.idx != d.sizedTo-1 {
			continue // the size said chose another
		}
		if len(r.lacks(ts, d, c.idx)) == 0 {
			return c, true
		}
	}
	return scored{}, false
}

// serviceFor settles a service named by words all its close services share
// ("تركيب", "وتركيبه", "tarkibo", "ومصنعية التركيب") between close services of one category, no stock
// kept (best and amb), by the goods the message names on its other lines: the one service
// whose name carries a head noun of them ("تركيب سخان" beside a water
// heater).
func (r *Rules) serviceFor(ts []token, ds []*draft, d *draft, best scored, amb []Candidate, items []Item, itemOf map[*draft]int) (scored, bool) {
	idxs := []int{best.idx}
	for _, c := range amb {
		idxs = append(idxs, r.indexOf(c.Product))
		if c.Product.Category != r.lx.products[best.idx].Category || !c.Product.MadeToOrder {
			return scored{}, false // services of one kind (no stock kept), not goods
		}
	}
	if r.sizesOnly(idxs) {
		return scored{}, false // "بيتزا مشكل" of a small, a medium and a large: sizes of goods made to order, no work on other goods
	}
	if verbOnThem(ts, d) {
		// "وركبهولي" after goods: every service the shop sells under the
		// work's head is a choice, the goods' own chosen below — one the
		// words alone scored behind too ("تركيب بطارية" as a synonym)
		h := ts[d.start].text
		for i := range r.lx.products {
			p := &r.lx.products[i]
			if slices.Contains(idxs, i) || !p.MadeToOrder || p.Category != r.lx.products[best.idx].Category {
				continue
			}
			if slices.ContainsFunc(r.lx.info[i].phrases, func(ph []string) bool { return len(ph) > 0 && ph[0] == h }) {
				idxs = append(idxs, i)
			}
		}
	}
	forGoods := false // the goods named as whom it is for
	for w := range d.uniq {
		if allWords[w] {
			continue // "… كلها": all of them
		}
		if st, ok := r.forWhom(w); ok && slices.ContainsFunc(idxs, func(i int) bool { return r.lx.info[i].all[st] }) {
			// "والتركيب للسخانات": for the heaters, a word of the services
			// done to them, though another product's name holds it so
			// ("محبس أمان للسخان")
			idxs = slices.DeleteFunc(idxs, func(i int) bool { return !r.lx.info[i].all[st] })
			forGoods = true
			continue
		}
		for _, i := range idxs {
			if !r.lx.info[i].all[w] {
				return scored{}, false // a word said tells them apart: no guessing by the goods
			}
		}
	}
	if !r.lx.products[best.idx].MadeToOrder {
		return scored{}, false
	}
	found, ok := r.servedBy(ds, d, idxs, nil, nil)
	if ok && found < 0 && items != nil {
		// no head noun of theirs said with the goods: the goods' own names
		found, ok = r.servedBy(ds, d, idxs, items, itemOf)
	}
	if !ok && items != nil && (itsOwn(ts, d, r.lx.rewrite) || withGoods(ts, d) || forGoods || verbOnThem(ts, d)) {
		// "وتركيبه" where two are done to the goods' head noun ("تركيب
		// سخان كهربا", "تركيب سخان غاز" beside an electric heater): the
		// one whose object is the goods whole; so "بالتركيب", "مع
		// التركيب" (the goods with their installation) and "والتركيب
		// للسخانات" (for the heaters)
		found, ok = r.servedWhole(ds, d, idxs, items, itemOf)
	}
	if !ok || found < 0 {
		return scored{}, false
	}
	return scored{idx: found, score: best.score}, true
}

// sizesOnly: the products idxs have one Arabic name but for its size
// words ("بيتزا مشكل صغيرة", "… وسط", "… كبيرة"): one goods in sizes.
func (r *Rules) sizesOnly(idxs []int) bool {
	if len(idxs) < 2 {
		return false
	}
	rest := func(i int) []string {
		ph := r.lx.info[i].phrases
		if len(ph) == 0 {
			return nil
		}
		return slices.DeleteFunc(slices.Clone(ph[0]), func(u string) bool { return r.lx.sizeUnits[u] || sizeWords[r.genderTwin(u)] })
	}
	first := rest(idxs[0])
	if len(first) == 0 || len(first) == len(r.lx.info[idxs[0]].phrases[0]) {
		return false
	}
	for _, i := range idxs[1:] {
		if !slices.Equal(rest(i), first) {
			return false
		}
	}
	return true
}

// verbOnThem: the draft opens with a work's verb whose object points back
// at the goods said before ("وركبهولي", "وتركبوهم", "غيروها"): the work
// done to them, as "وتركيبه" is.
func verbOnThem(ts []token, d *draft) bool {
	if d.start >= len(ts) || !ts[d.start].verb {
		return false
	}
	w := strings.TrimPrefix(ts[d.start].surface, "و")
	for _, s := range []string{"لي", "لنا"} {
		w = strings.TrimSuffix(w, s)
	}
	for _, o := range []string{"هم", "ها", "ه", "هو", "هوم"} {
		if strings.HasSuffix(w, o) {
			return true
		}
	}
	return false
}

// servedBy: the one of the services idxs done to the goods of the other
// drafts (servesGoods, by the goods' names too when items are given), -1
// when none is; false when two are.
func (r *Rules) servedBy(ds []*draft, d *draft, idxs []int, items []Item, itemOf map[*draft]int) (int, bool) {
	found := -1
	for _, i := range idxs {
		has := false
		for _, o := range ds {
			if o != d && !o.unknown && r.servesGoods(d, o, i, items, itemOf) {
				has = true
			}
		}
		if has {
			if found >= 0 {
				return -1, false
			}
			found = i
		}
	}
	return found, true
}

// itsOwn: the draft opens with its noun and a pronoun pointing back at
// goods said before it ("وتركيبه", "وتركيبها"; "its installation"), not
// the bare noun ("والتركيب هنتكلم فيه": maybe no line at all).
func itsOwn(ts []token, d *draft, rewrite map[string]string) bool {
	if d.start >= len(ts) {
		return false
	}
	t := ts[d.start]
	if st, ok := cutObject(strings.TrimPrefix(t.surface, "و")); ok {
		if u, ok := rewrite[st]; ok {
			st = u
		}
		return st == t.text
	}
	return d.start > 0 && !ts[d.start-1].sep && (strings.EqualFold(ts[d.start-1].surface, "its") || strings.EqualFold(ts[d.start-1].surface, "their"))
}

// forWhom: w is ل on a word of the catalog ("للسخانات": for the
// heaters), and that word.
func (r *Rules) forWhom(w string) (string, bool) {
	st, ok := strings.CutPrefix(w, "لل")
	if !ok {
		return "", false
	}
	if u, ok := r.lx.rewrite[st]; ok {
		st = u
	}
	return st, r.lx.isWord(st)
}

// forGoodsSaid: the draft names whom it is for with ل on a catalog
// word ("والتركيب للسخانات كلها", "للبوابات").
func (r *Rules) forGoodsSaid(ts []token, d *draft) bool {
	for w := range d.uniq {
		if _, ok := r.forWhom(w); ok {
			return true
		}
	}
	for k := d.start; k < d.end && k < len(ts); k++ {
		if t := ts[k]; !t.sep && t.prep && t.lex && r.lx.heads[t.text] {
			return true
		}
	}
	return false
}

// withGoods: the draft opens with its noun said as what comes with the
// goods before it: "بالتركيب", "مع التركيب", "with installation", "ma3
// el tarkib" (not "والتركيب هنتكلم فيه", maybe no line at all).
func withGoods(ts []token, d *draft) bool {
	if d.start >= len(ts) || d.start == 0 || ts[d.start-1].sep {
		return false
	}
	t, p := ts[d.start], ts[d.start-1].lowSurface()
	return strings.HasPrefix(t.surface, "بال") && t.surface != t.text || alongWords[p]
}

// alongWords say what comes with the goods: "مع", "with", Franco "ma3",
// "bel" (بال written apart), and "معاه" (with it: "ومعاه التركيب").
var alongWords = set("مع", "with", "ma3", "m3", "bel", "bil", "معاه", "معاها", "معاهم", "ومعاه", "ومعاها", "ومعاهم", "ma3ah", "ma3aha", "ma3ahom")

// servedWhole: of the services idxs, the one whose object, as one of its
// names says it (the words beside its verbal noun), is words of the name
// of a product on another line, the most of them ("تركيب سخان غاز" over
// "تركيب سخان" beside a gas heater); false when none is, or two tie.
func (r *Rules) servedWhole(ds []*draft, d *draft, idxs []int, items []Item, itemOf map[*draft]int) (int, bool) {
	found, most, tie := -1, 0, false
	for _, i := range idxs {
		in := &r.lx.info[i]
		for _, o := range ds {
			k, ok := itemOf[o]
			if o == d || !ok || k >= len(items) || items[k].Product == nil || r.isService(items[k].Product) {
				continue
			}
			g := r.lx.info[r.indexOf(items[k].Product)]
			for _, ph := range in.phrases {
				n := 0
				for _, w := range ph {
					if _, num := numberWord(w); num || isNumber(w) || isUnit(w) || r.lx.colors[w] != "" || d.uniq[w] || w == in.head || w == in.headEn || dimensionWord(w) {
						continue
					}
					if !g.all[w] {
						n = -1
						break
					}
					n++
				}
				switch {
				case n > most:
					found, most, tie = i, n, false
				case n == most && n > 0 && found != i:
					tie = true
				}
			}
		}
	}
	return found, found >= 0 && !tie
}

// describesUnknown: draft d follows the unknown draft u in its clause —
// nothing between them but words the rules did not place, no separator,
// no "و" on d's first word, no amount of d's own — so what d names
// describes the goods u names: Arabic puts the head noun first ("دود
// طعم": worms for bait; "علف بادي": a starter feed), and the shop's word
// said after a noun it does not know is no product of the shop's.
func (r *Rules) describesUnknown(ts []token, u, d *draft) bool {
	if d.pre != nil || len(d.counts) > 0 || len(d.sizes) > 0 || d.start >= len(ts) || ts[d.start].conj || d.english || u.end > d.start {
		return false
	}
	if !isArabicWord(ts[d.start].surface) || strings.HasPrefix(ts[d.start].surface, "و") {
		return false
	}
	for k := u.end; k < d.start; k++ {
		t := ts[k]
		if t.sep || t.conj || t.lex || t.used || t.color != "" || isNumber(t.text) || !isArabicWord(t.surface) || fillers[t.text] || clauseVerbLike(t.surface) {
			return false
		}
	}
	// u itself names a noun: its last word is no amount, unit or pack
	last := u.end - 1
	for last >= u.start && ts[last].sep {
		last--
	}
	if u.end == d.start && (last < u.start || isNumber(ts[last].text) || isUnitOrDozen(ts[last].text) || measureWords[ts[last].text]) {
		return false
	}
	return true
}

// modifiesOther: the line does not say the best product's head noun, and
// the word right before it (in the same phrase, no "و" between) is a
// catalog noun said in the plural that is no word of that product: what was said describes that other noun
// ("سراير أطفال" when only a kids' mattress has أطفال), never the product.
func (r *Rules) modifiesOther(ts []token, d *draft, best scored) bool {
	info := r.lx.info[best.idx]
	if info.head == "" || slices.Contains(d.words, info.head) || d.start == 0 || d.pre != nil {
		return false
	}
	if ts[d.start].conj {
		return false // "والكتان": another item after "and"
	}
	prev := ts[d.start-1]
	return prev.plural && !prev.sep && prev.lex && !prev.conj && !prev.prep && prev.color == "" && !isNumber(prev.text) &&
		!info.all[prev.text] && isArabicWord(prev.surface)
}

// sharedFigure: the words said, a rating with its measure among them, are
// in the names of several products of the best one's head noun, as many
// words in each ("شاشة ٦٥ بوصة" of a 4K and a QLED 65-inch set, "خزان ٥٠٠
// لتر" of a plastic and a steel tank of 500 litres): nothing said chooses
// among them, however short one's name or a synonym of it ("تلفزيون 65"
// of the 4K, its words all in the QLED's name too, "inch" not) — unless
// a name or a synonym of the best one is all that was said and no more,
// or one is the plain one of the other's kind. Those others, for the customer to choose from.
func (r *Rules) sharedFigure(d *draft, best scored, cands []scored) []Candidate {
	info := r.lx.info
	b := &info[best.idx]
	// a rating or a capacity said with the word of its measure after it,
	// as the names give it ("٦٥ بوصة", "500 L"); never a length (the
	// sizes' own rules match it: "شمسية ٣ متر" of "شمسية 3 متر" beside
	// "3×3") nor a count of a part ("+ 4 كراسي")
	rating := func(x, k int) bool {
		w := d.words[k]
		return isNumber(w) && info[x].all[w] && !info[x].sizes[w] && !info[x].metres[w] && !info[x].nominal[w] && (info[x].measures[w] || !info[x].parts[w]) &&
			k+1 < len(d.words) && !isNumber(d.words[k+1]) && info[x].all[d.words[k+1]]
	}
	// or the one size in centimetres said, which several pieces of the
	// kind are made in, each with a word of its own the customer did not
	// say ("ترابيزة ٦٠ سم" of a round 60 cm and a square 60×60 table); a
	// length in metres stays the sizes' own rule, and so does a figure in
	// the name of goods sold by the metre or m², their thickness ("حلايب ٢
	// سم": a grade the kind's own name chooses)
	sized := func(x, k int) bool {
		w := d.words[k]
		return len(d.sizes) == 1 && r.lx.products[x].Unit == catalog.Piece && isNumber(w) && info[x].sizes[w] && !info[x].metres[w] && !info[x].nominal[w]
	}
	fig := -1
	for k := range d.words {
		if rating(best.idx, k) || sized(best.idx, k) {
			fig = k
			break
		}
	}
	if b.head == "" || len(b.phraseIDs) == 0 || fig < 0 {
		return nil
	}
	for _, ph := range b.phraseIDs {
		if len(ph) == len(d.uid) && !slices.ContainsFunc(ph, func(u int32) bool { return !slices.Contains(d.uid, u) }) {
			return nil // "فلتر ٧ مراحل", where that is its name or a synonym, all said and no more
		}
	}
	// a word of one's Arabic name, no figure and not said, that the other
	// lacks: "سمارت 4K" beside "QLED"; a name that is the other's with a
	// word more ("مرتبة سوست منفصلة 160" beside "مرتبة سوست 160") is a
	// kind the customer would have said, the shorter the plain one — in
	// the Arabic name and in the English one ("70mm cylinder" beside
	// "Security computer-key cylinder 70mm")
	apart := func(x, y int) bool {
		other := func(u string) bool { return !isNumber(u) && !d.uniq[u] && !info[y].all[u] }
		ph := info[x].phrases
		return len(ph) > 0 && slices.ContainsFunc(ph[0], other) &&
			(info[x].enPhrase == 0 || slices.ContainsFunc(ph[info[x].enPhrase-1], other))
	}
	var amb []Candidate
	for _, c := range cands[1:] {
		if d.cnt[c.idx] == d.cnt[best.idx] && info[c.idx].head == b.head && (rating(c.idx, fig) || sized(c.idx, fig)) && apart(best.idx, c.idx) && apart(c.idx, best.idx) && len(amb) < 5 {
			amb = append(amb, Candidate{Product: &r.lx.products[c.idx], Score: math.Round(c.score*1000) / 1000})
		}
	}
	return amb
}

// unsaidFigure: no figure said, the words said in the names of several
// products of the best one's head noun and category, as many in each,
// and each named by a figure the other's names lack — a rating, a size,
// a count of its parts ("موتور مية للسطح" of pumps of a half, one and one
// and a half horsepower): nothing said chooses, only a shorter name
// scored higher. Those others, for the customer to choose from — unless
// a name or a synonym of the best one is all that was said ("موتور
// حصان": one horsepower, as shops say it).
func (r *Rules) unsaidFigure(d *draft, best scored, cands []scored) []Candidate {
	info := r.lx.info
	b := &info[best.idx]
	if b.head == "" || d.pre != nil || len(d.sizes) > 0 || len(d.counts) > 0 || slices.ContainsFunc(d.words, isNumber) {
		return nil
	}
	for _, ph := range b.phraseIDs {
		if len(ph) == len(d.uid) && !slices.ContainsFunc(ph, func(u int32) bool { return !slices.Contains(d.uid, u) }) {
			return nil
		}
	}
	figured := func(x, y int) bool { // a figure of x's names that y's lack ("1", "0.5hp", "نص")
		for u := range info[x].all {
			if (isNumber(u) || unicode.IsDigit([]rune(u)[0]) || fractionWords[strings.TrimPrefix(u, "و")] > 0) && !info[y].all[u] {
				return true
			}
		}
		return false
	}
	var amb []Candidate
	for _, c := range cands[1:] {
		if best.score-c.score < 0.2 && d.cnt[c.idx] == d.cnt[best.idx] && info[c.idx].head == b.head &&
			r.lx.products[c.idx].Category == r.lx.products[best.idx].Category && figured(best.idx, c.idx) && figured(c.idx, best.idx) && len(amb) < 5 {
			amb = append(amb, Candidate{Product: &r.lx.products[c.idx], Score: math.Round(c.score*1000) / 1000})
		}
	}
	return amb
}

// unsaidWidth: goods sold by the metre, their length said ("بابل ٢٠
// متر", "٥ متر قماش كتان") and no figure of their names, made in widths
// the names give ("… عرض 1 متر" beside "… عرض 50 سم"): the length is how
// much of the roll, and says nothing of which — the others of the best
// one's head noun, unit and category, as many words explained, each with
// a size its names give that the best one's lack, for the customer to
// choose from, even when a synonym of the best one is all that was said.
// Names apart by a word too are two kinds, never asked between so.
func (r *Rules) unsaidWidth(d *draft, best scored, cands []scored) []Candidate {
	info := r.lx.info
	b, bp := &info[best.idx], &r.lx.products[best.idx]
	if bp.Unit != catalog.Meter || b.head == "" || len(d.sizes) > 0 || slices.ContainsFunc(d.words, isNumber) || len(b.sizes)+len(b.metres) == 0 {
		return nil
	}
	length := d.pre != nil && !d.pre.implied && !d.pre.per && (d.pre.unit == "m" || d.pre.unit == "cm")
	for _, g := range d.groups {
		length = length || len(g) == 1 && !g[0].implied && !g[0].per && (g[0].unit == "m" || g[0].unit == "cm")
	}
	if !length || len(d.groups) > 1 {
		return nil
	}
	apart := func(x, y int) bool { // a size x's names give that y's lack
		for u := range info[x].sizes {
			if !info[y].all[u] {
				return true
			}
		}
		for u := range info[x].metres {
			if !info[y].all[u] {
				return true
			}
		}
		return false
	}
	// x's Arabic name has no word y's names lack but a figure and its
	// unit: "حلق موسكي عريض ٢٠ سم" is another kind beside the plain
	// "حلق موسكي ١٠ سم", "ممشى سلم" another use than "ممشى" — the plain
	// one stays the default (unsaidKind)
	onlyFigures := func(x, y int) bool {
		return len(info[x].phrases) > 0 && !slices.ContainsFunc(info[x].phrases[0], func(u string) bool {
			_, unit := unitWords[u]
			return !isNumber(u) && !unit && !info[y].all[u]
		})
	}
	var amb []Candidate
	for _, c := range cands[1:] {
		cp := &r.lx.products[c.idx]
		if d.cnt[c.idx] == d.cnt[best.idx] && info[c.idx].head == b.head && cp.Unit == bp.Unit && cp.Category == bp.Category &&
			apart(best.idx, c.idx) && apart(c.idx, best.idx) && onlyFigures(best.idx, c.idx) && onlyFigures(c.idx, best.idx) && len(amb) < 5 {
			amb = append(amb, Candidate{Product: cp, Score: math.Round(c.score*1000) / 1000})
		}
	}
	return amb
}

// unsaidKind: the words said, two or more, run together in a name or a
// synonym of several products of the best one's head noun, category and
// unit, and each carries what the customer did not say and the other's
// names lack: only a figure on both sides (a phone of 128 GB beside the
// same of 256 for "سامسونج a15"), or a colour on the other's side beside
// a word or a colour on the best one's ("طابعة ليزر ألوان" beside "طابعة
// ليزر أبيض وأسود" for "طابعة ليزر"; "جبس بورد أخضر" beside the standard
// board for "جبس بورد"): the words name a kind the catalog has in two
// capacities or two colours, and a synonym of one that is just those
// words chooses none — a clerk asks which, as for any colour not said;
// so too two grades of it ("شباك سحاب" of an economy and a premium
// sliding window: gradeWords). The plain one stays the kind's default otherwise: one whose names carry
// nothing the other lacks ("كرسي" beside "كرسي هزاز"), only its figure
// beside the other's word ("حلق ١٠ سم" beside "حلق عريض ٢٠ سم"), or a
// "without" ("وحدة حوض بدون مراية" beside one with its mirror); and so
// does the best one when the other's is a word of another kind than a
// colour ("كاشف دخان سلكي" beside "… لاسلكي", "رمادي حلايب" beside "نيو
// حلايب": another stone, not another colour).
func (r *Rules) unsaidKind(d *draft, best scored, cands []scored) []Candidate {
	info := r.lx.info
	b := &info[best.idx]
	// one word said is too little to name a kind, but for a phrase the
	// vocabulary folds to one ("سرير دورين") beside names apart only by
	// what they are made of (below)
	if b.head == "" || len(d.words) < 1 || r.leavesWord(d, best.idx) || !r.saidTogether(d, best.idx) {
		return nil
	}
	// what x's names carry, not said, that none of y's names hold: a
	// word, a colour, a figure (no count of a part: "٢ كرنك"), a material
	mat := map[int]bool{}
	apart := func(x, y int) (word, colour, fig, grade bool) {
		for k, ph := range info[x].phrases {
			for _, u := range ph {
				if negationCues[u] {
					return false, false, false, false // "بدون مراية": the plain one of the two
				}
				switch {
				case d.uniq[u] || info[y].all[u]:
				case namedColour(r.lx, u):
					colour = true
				case k > 0:
				case kindMaterials[u] || r.lx.materialWords[u]:
					colour, mat[x] = true, true // "خشب" beside "معدن": made in two materials, as in two colours
				case isNumber(u):
					fig = fig || !info[x].parts[u]
				case gradeWords[u]:
					grade, word = true, true
				default:
					word = true
				}
			}
		}
		return word, colour, fig, grade
	}
	bp := &r.lx.products[best.idx]
	var amb []Candidate
	for _, c := range cands[1:] {
		cp := &r.lx.products[c.idx]
		if d.cnt[c.idx] != d.cnt[best.idx] || info[c.idx].head != b.head || cp.Category != bp.Category || cp.Unit != bp.Unit ||
			r.leavesWord(d, c.idx) || !r.saidTogether(d, c.idx) || len(amb) == 5 {
			continue
		}
		clear(mat)
		bw, bc, bf, bg := apart(best.idx, c.idx)
		cw, cc, cf, cg := apart(c.idx, best.idx)
		if len(d.words) < 2 && (!mat[best.idx] || !mat[c.idx] || len(d.folded) == 0) {
			continue
		}
		if (bw || bc) && cc || !bw && !bc && !cw && !cc && bf && cf || bg && cg {
			amb = append(amb, Candidate{Product: cp, Score: math.Round(c.score*1000) / 1000})
		}
	}
	return amb
}

// unsaidWork: the workmanship is asked ("المصنعية"), the best product is a
// work (a service) named with it, and another such work of its category
// and unit explains every word said as well, and each names
// in its Arabic name what was not said and the other's names lack
// ("دهان حوائط داخلي مصنعية" beside "دهان واجهات مصنعية" for "المصنعية"
// after a painting asked): the words name the work, not which; a shorter
// name is no choice of the customer's, so the line asks or quotes both.
func (r *Rules) unsaidWork(d *draft, best scored, cands []scored) []Candidate {
	info := r.lx.info
	if !info[best.idx].service || int(d.cnt[best.idx]) < len(d.uniq) {
		return nil
	}
	// the workmanship is what was asked ("المصنعية", "الأجرة"), a word of
	// both names: the work a clerk prices, which of them not said
	labour := ""
	for u := range d.uniq {
		if labourWords[u] && info[best.idx].all[u] {
			labour = u
		}
	}
	if labour == "" {
		return nil
	}
	// x's Arabic name holds a word not said that none of y's names hold
	noFigure := func(u string) bool { return !isNumber(u) }
	apart := func(x, y int) bool {
		return len(unsaidApart(d, keysOf(r.lx.products[x].NameAr), &info[y], noFigure, true)) > 0
	}
	bp := &r.lx.products[best.idx]
	var amb []Candidate
	for _, c := range cands[1:] {
		cp := &r.lx.products[c.idx]
		if !info[c.idx].service || !info[c.idx].all[labour] || cp.Unit != bp.Unit || cp.Category != bp.Category || d.cnt[c.idx] != d.cnt[best.idx] || len(amb) == 5 {
			continue
		}
		if apart(best.idx, c.idx) && apart(c.idx, best.idx) {
			amb = append(amb, Candidate{Product: cp, Score: math.Round(c.score*1000) / 1000})
		}
	}
	return amb
}

// unsaidPack: the best product's Arabic name carries a pack word
// ("جالون", "بستلة", "شيكارة") and another product of its category and
// unit has the same name but for its own pack (and the figure of what
// the pack holds: "دهان سيلك جالون" beside "دهان سيلك بستلة ٩ لتر"); the
// customer said no pack on the line ("دهان سيلك رمادي ٣"), so a synonym
// of one that is the kind's bare word chooses neither: the count is of
// packs not said, and a clerk asks which.
func (r *Rules) unsaidPack(ts []token, d *draft, best scored, cands []scored) []Candidate {
	bp := &r.lx.products[best.idx]
	bf := r.lx.facts(best.idx)
	bk, bpacks := bf.rest, bf.packs
	if len(bpacks) == 0 || packOnLine(ts, d) {
		return nil
	}
	var amb []Candidate
	for _, c := range cands[1:] {
		cp := &r.lx.products[c.idx]
		if cp.Unit != bp.Unit || cp.Category != bp.Category || len(amb) == 5 {
			continue
		}
		if cf := r.lx.facts(c.idx); len(cf.packs) > 0 && slices.Equal(bk, cf.rest) && !slices.Equal(bpacks, cf.packs) {
			amb = append(amb, Candidate{Product: cp, Score: math.Round(c.score*1000) / 1000})
		}
	}
	return amb
}

// unsaidBox: the best product and another are one goods sold singly and
// in a box of several of them — the box's Arabic name is its pack word,
// the figure, then the single's own name ("أنبوبة جل صراصير" beside "علبة
// 3 أنابيب جل صراصير") — and the customer said neither the box nor the
// single's own first word ("عايز جل للصراصير"): a synonym of the single
// that leaves out its own word ("جل صراصير") chooses neither; a clerk
// asks which. "2 انبوبة جل", "علبة الجل" are said.
func (r *Rules) unsaidBox(ts []token, d *draft, best scored, cands []scored) []Candidate {
	if packOnLine(ts, d) {
		return nil
	}
	var amb []Candidate
	for _, c := range cands[1:] {
		if len(amb) == 5 {
			break
		}
		single, box := best.idx, c.idx
		if r.boxOf(single, box) == 0 {
			single, box = c.idx, best.idx
			if r.boxOf(single, box) == 0 {
				continue
			}
		}
		if d.uniq[r.lx.info[single].phrases[0][0]] {
			continue // the single's own word said: "انبوبة جل"
		}
		amb = append(amb, Candidate{Product: &r.lx.products[c.idx], Score: math.Round(c.score*1000) / 1000})
	}
	return amb
}

// boxOf is how many of product s one piece of product b holds, when b's
// Arabic name is a pack word its facts give, a figure, then s's whole
// Arabic name (its first word in the plural or not); 0 otherwise.
func (r *Rules) boxOf(s, b int) int {
	sn, bn := r.lx.info[s].phrases, r.lx.info[b].phrases
	sp, bp := &r.lx.products[s], &r.lx.products[b]
	if len(sn) == 0 || len(bn) == 0 || sp.Unit != catalog.Piece || bp.Unit != catalog.Piece || len(bn[0]) < len(sn[0])+2 {
		return 0
	}
	bf := r.lx.facts(b)
	if len(bf.packs) == 0 || len(r.lx.facts(s).packs) > 0 {
		return 0
	}
	k := len(bn[0]) - len(sn[0])
	if !slices.Equal(bn[0][k:], sn[0]) || !isNumber(bn[0][k-1]) {
		return 0
	}
	for _, u := range bn[0][:k-1] {
		if !slices.Contains(bf.packs, u) {
			return 0
		}
	}
	n, err := strconv.Atoi(bn[0][k-1])
	if err != nil || n < 2 {
		return 0
	}
	return n
}

// unsaidSet: the count said before the best product's words is the
// figure of a set of them the shop sells as one piece ("6 كراسي سفرة
// خشب" beside "طقم 6 كراسي سفرة خشب": that set's name is a set word,
// that figure, then the best's own name), no set word said: six chairs
// or the set of six, a clerk asks which. Another count ("8 كراسي") is
// the pieces, and a set of other goods with them ("طقم جاردن 4 كراسي",
// a garden set of a table and four chairs) is none.
func (r *Rules) unsaidSet(d *draft, best scored, cands []scored) []Candidate {
	v, ok := r.setCount(d, best)
	if !ok {
		return nil
	}
	var amb []Candidate
	for _, c := range cands[1:] {
		if n := r.setOf(best.idx, c.idx); n == v && len(amb) < 5 {
			// picked, the six chairs are one set of six
			amb = append(amb, Candidate{Product: &r.lx.products[c.idx], Score: math.Round(c.score*1000) / 1000, Count: 1})
		}
	}
	return amb
}

// setSaidAsPieces is unsaidSet read the other way: the figure said with
// the goods' words was read as the best's own, a set of that many of
// them ("I need 6 porcelain cups" beside "Set of 6 porcelain cups"), no
// set word and no count said. Six cups or the set of six: the pieces
// the set is made of are asked beside it, six of them if picked.
func (r *Rules) setSaidAsPieces(d *draft, best scored, cands []scored) []Candidate {
	if d.pre != nil || len(d.counts) > 0 {
		return nil
	}
	for _, w := range d.words {
		if setWords[w] {
			return nil
		}
	}
	var amb []Candidate
	for _, c := range cands[1:] {
		if n := r.setOf(c.idx, best.idx); n > 0 && d.uniq[strconv.Itoa(n)] && len(amb) < 5 {
			amb = append(amb, Candidate{Product: &r.lx.products[c.idx], Score: math.Round(c.score*1000) / 1000, Count: float64(n)})
		}
	}
	return amb
}

// setCount is the count said before line d's goods, when it may count
// them or sets of them: a whole figure of 2 or more, no set word said,
// the best product's name no set's of its own.
func (r *Rules) setCount(d *draft, best scored) (int, bool) {
	if d.pre == nil || d.pre.unit != "" || d.pre.implied || d.pre.val < 2 || d.pre.val != math.Trunc(d.pre.val) {
		return 0, false
	}
	for _, w := range d.words {
		if setWords[w] {
			return 0, false
		}
	}
	bn := r.lx.info[best.idx].phrases
	if len(bn) == 0 || slices.ContainsFunc(bn[0], func(k string) bool { return setWords[k] || isNumber(k) }) {
		return 0, false
	}
	return int(d.pre.val), true
}

// setOf is how many of product b one piece of product c is, when c's
// Arabic name is a set word, that figure, then b's own name ("طقم 6
// كراسي سفرة خشب" of "كرسي سفرة خشب"); 0 when c is no such set.
func (r *Rules) setOf(b, c int) int {
	bn, cn := r.lx.info[b].phrases, r.lx.info[c].phrases
	if len(bn) == 0 || len(cn) == 0 || r.lx.products[b].Unit != r.lx.products[c].Unit {
		return 0
	}
	k := 0
	for k < len(cn[0]) && setWords[cn[0][k]] {
		k++
	}
	if k == 0 || k+1+len(bn[0]) != len(cn[0]) || !slices.Equal(cn[0][k+1:], bn[0]) {
		return 0
	}
	n, err := strconv.Atoi(cn[0][k])
	if err != nil || n < 2 {
		return 0
	}
	return n
}

// categoryKin: every word said of line d but its colour is a word of the
// best product's category ("فوتيه" of "كراسي فوتيه"), and the colour said
// left the best alone of the products named so: the other products the
// catalog files in that category, made in the colour said, whose names
// hold none of those words ("كرسي برجير"), are of the kind said as much
// as it is, to be asked between.
func (r *Rules) categoryKin(d *draft, best scored) []Candidate {
	bp := &r.lx.products[best.idx]
	if bp.Category == "" || len(d.colors) == 0 {
		return nil
	}
	cat, _ := r.lx.units(bp.Category)
	var said []string
	for _, w := range d.words {
		if isNumber(w) || r.lx.colors[w] != "" {
			continue
		}
		if !slices.Contains(cat, w) {
			return nil
		}
		said = append(said, w)
	}
	if len(said) == 0 {
		return nil
	}
	var out []Candidate
	for i := range r.lx.products {
		q := &r.lx.products[i]
		if i == best.idx || q.Category != bp.Category || q.Unit != bp.Unit || !r.offersAny(i, d.colors) || len(out) == 5 {
			continue
		}
		if !slices.ContainsFunc(r.lx.info[i].phrases, func(ph []string) bool {
			return slices.ContainsFunc(said, func(w string) bool { return slices.Contains(ph, w) })
		}) {
			out = append(out, Candidate{Product: q, Score: math.Round(best.score*600) / 1000})
		}
	}
	return out
}

// packlessKeys splits a name's keys ks into its pack words and the rest,
// the figures and measures of what a pack holds ("٩ لتر") dropped.
func packlessKeys(ks []string) (rest, packs []string) {
	for _, k := range ks {
		_, measure := measureKinds[k]
		switch {
		case pieceWords[k]:
			packs = append(packs, k)
		case isNumber(k) || measure:
		default:
			rest = append(rest, k)
		}
	}
	return rest, packs
}

// packOnLine: a pack word is said on line d, or with the count before it
// ("٣ جالون سيلك", "جردلين").
func packOnLine(ts []token, d *draft) bool {
	from := d.start
	if d.pre != nil {
		from = min(from, d.pre.start)
	}
	for k := max(from, 0); k < d.end && k < len(ts); k++ {
		if t := ts[k]; !t.sep && (pieceWords[wordKey(t.text)] || pieceWords[t.bareKey()] || pieceWords[t.lowSurface()] ||
			packDual(t.surface) || container(t)) {
			return true
		}
	}
	return false
}

// gradeWords name a grade a shop sells one kind in ("قطاع اقتصادي" beside
// "قطاع بريميوم"): a grade on both sides, neither said, is asked (the
// plain "عادي"/"standard" is none: the kind's default).
var gradeWords = set("اقتصادي", "اقتصاديه", "بريميوم", "فاخر", "فاخره", "لوكس", "سوبر", "سوبرلوكس", "ممتاز", "ممتازه",
	"economy", "premium", "deluxe", "luxury", "eco")

// kindMaterials name what goods are made of ("سرير دورين خشب" beside
// "سرير دورين معدن"), beside the catalog's own material column: a kind
// the shop sells in two materials, neither said, is asked which, as a
// kind in two colours is (unsaidKind).
var kindMaterials = set("خشب", "خشبي", "خشبيه", "حديد", "معدن", "معدني", "معدنيه", "ستانلس", "استانلس", "الومنيوم", "المونيوم",
	"بلاستيك", "زجاج", "رخام", "جلد", "قماش", "wood", "wooden", "metal", "iron", "steel", "stainless", "aluminium", "aluminum",
	"plastic", "glass", "marble", "leather", "fabric")

// namedColour: u is a colour word — one of the catalog's colours, a
// common one a name may carry beside none ("أخضر" of "جبس بورد أخضر"), or
// colours as such ("ألوان" of a colour printer).
func namedColour(lx *lexicon, u string) bool {
	if lx.colors[u] != "" || colourLabels[u] {
		return true
	}
	for _, c := range englishColors {
		if c == u && c != "طبيعي" {
			return true
		}
	}
	return false
}

// saidTogether: the words said on line d run together, in the order
// said, in one of product idx's names or synonyms ("طابعة ليزر" in
// "طابعة ليزر ألوان"; "باب موسكي" is not in "ضلفة باب حمام موسكي").
func (r *Rules) saidTogether(d *draft, idx int) bool {
	for _, ph := range r.lx.info[idx].phrases {
		for k := 0; k+len(d.words) <= len(ph); k++ {
			if slices.Equal(ph[k:k+len(d.words)], d.words) {
				return true
			}
		}
	}
	return false
}

// closeRival is the best-scoring other candidate that may be what the
// line meant. When the line says the head noun of the best product's
// Arabic name ("ملاية …"), a product whose own head noun is not said
// shares only some other word of it ("sheet" of a foam sheet, a word of a
// description) and is no rival to its certainty. Nor is, when the best
// product's names hold every word said, one that leaves a word said
// unexplained ("سقف معلق مستوي" beside a stepped ceiling: the long names
// of both score low, but only one is what was said) — the same test that
// keeps it off the close products asked about.
func (r *Rules) closeRival(d *draft, best scored, cands []scored) (scored, bool) {
	head := r.lx.info[best.idx].head
	headSaid := head != "" && slices.Contains(d.words, head)
	all := int(d.cnt[best.idx]) == len(d.uniq)
	for _, c := range cands[1:] {
		if h := r.lx.info[c.idx].head; headSaid && h != head && !slices.Contains(d.words, h) {
			continue
		}
		if all && d.cnt[c.idx] < d.cnt[best.idx] && r.leavesWord(d, c.idx) {
			continue
		}
		return c, true
	}
	return scored{}, false
}

// plainOfKind: the line only said a kind (every word said is in the
// best product's names and in a rival's), the rival's own Arabic name
// calls it the ordinary one of that kind ("تفصيل ستارة عادي" beside
// "تفصيل ويفي") and the best's does not: the catalog itself says which
// one the bare kind means. Exactly one such rival, of the same head noun,
// unit and category, or none is picked; and none when a product of
// another category also holds every word said (the word names no one kind).
func (r *Rules) plainOfKind(d *draft, best scored, cands []scored) (scored, bool) {
	info := r.lx.info
	if len(cands) < 2 || r.leavesWord(d, best.idx) || info[best.idx].head == "" {
		return scored{}, false
	}
	cat := r.lx.products[best.idx].Category
	for _, c := range cands[1:] {
		if d.cnt[c.idx] == d.cnt[best.idx] && !r.leavesWord(d, c.idx) && r.lx.products[c.idx].Category != cat {
			return scored{}, false // "ستارة": a word several kinds share, no one kind said
		}
	}
	found, kinds := scored{idx: -1}, 0
	for k := -1; k < len(cands); k++ { // best, then each of cands
		c := best
		if k >= 0 {
			c = cands[k]
		}
		if c.idx != best.idx && (r.lx.products[c.idx].Category != cat || d.cnt[c.idx] != d.cnt[best.idx] ||
			info[c.idx].head != info[best.idx].head || r.lx.products[c.idx].Unit != r.lx.products[best.idx].Unit ||
			r.leavesWord(d, c.idx) || r.namesLess(d, best.idx, c.idx)) {
			continue
		}
		if !r.namesPlain(c.idx) {
			kinds++
			continue
		}
		if found.idx >= 0 && found.idx != c.idx && !r.sameBands(found.idx, c.idx) {
			return scored{}, false // two ordinary ones: the kind stays open (unless bands of one, plainBands)
		}
		found = c
	}
	// the best itself may be the ordinary one, tied with a special one
	return found, found.idx >= 0 && (found.idx != best.idx || kinds > 0)
}

// namesLess: a word said that product a's names (name, synonyms, English
// name) hold is in b's only by its category ("ستارة" of a curtain wash
// beside "غسيل سجاد عادي" in the category "سجاد وستائر"): b is no plain
// one of the kind said.
func (r *Rules) namesLess(d *draft, a, b int) bool {
	in := func(idx int, u string) bool {
		for _, ph := range r.lx.info[idx].phrases {
			if slices.Contains(ph, u) {
				return true
			}
		}
		return false
	}
	for _, u := range d.words {
		if !isNumber(u) && in(a, u) && !in(b, u) && !in(b, r.genderTwin(u)) {
			return true
		}
	}
	return false
}

// namesPlain: the product's Arabic name holds a word of plainWords.
func (r *Rules) namesPlain(idx int) bool {
	ph := r.lx.info[idx].phrases
	if len(ph) == 0 {
		return false
	}
	if !slices.ContainsFunc(ph[0], func(u string) bool { return plainWords[u] }) {
		return false
	}
	// the name's own word says "ordinary" ("عادي"), not a word the shop's
	// vocabulary folded into "plain" ("بن سادة": unspiced coffee, one of
	// two kinds the bare "بن" leaves open)
	for _, w := range strings.Fields(arabic.Normalize(r.lx.products[idx].NameAr)) {
		if plainWords[wordKey(strings.Trim(w, "()"))] {
			return true
		}
	}
	return false
}

// plainWords ask for the ordinary one of a kind: "لاصق عادي", "roll
// 3adi", "the standard one".
var plainWords = set("عادي", "عاديه", "العادي", "العاديه", "normal", "regular", "standard", "basic", "plain", "3adi", "3ady", "3adya", "3adeya")

// qualifierPick settles a line that named a kind several close products
// share (best and amb) by a word said with it (in the line or right after
// it): a word of exactly one of their names, materials or synonyms
// ("الباركيه الالماني" when one laminate is German), or "عادي" (the
// ordinary one) for the one whose name says least beyond the kind.
func (r *Rules) qualifierPick(ts []token, d *draft, best scored, amb []Candidate) (scored, bool) {
	idxs := []int{best.idx}
	for _, c := range amb {
		idxs = append(idxs, r.indexOf(c.Product))
	}
	end := min(d.end+1, len(ts))
	if d.end < len(ts) && (ts[d.end].sep || r.lx.heads[ts[d.end].text]) {
		end = d.end
	}
	plain := false
	found, at := -1, 0
	for k := d.start; k < end; k++ {
		t := ts[k]
		if t.sep || t.neg || isNumber(t.text) || t.color != "" {
			continue
		}
		if plainWords[t.text] || plainWords[t.lowSurface()] {
			plain = true
			continue
		}
		if !t.lex {
			continue
		}
		has := -1
		for _, i := range idxs {
			if r.lx.info[i].all[t.text] {
				if has >= 0 {
					has = -2 // more than one has it: no qualifier
					break
				}
				has = i
			}
		}
		if has >= 0 && placeSaidFor(t) && !r.nameSays(has, t.text) {
			continue // "خزنة ديجيتال للبيت": where it goes, said by a synonym only, picks none
		}
		if has >= 0 {
			if found >= 0 && found != has {
				return scored{}, false // two words pick two products
			}
			found = has
			at++
		}
	}
	if found < 0 && plain {
		// the plain one the catalog's own names call so ("normal" asked,
		// "standard" or "عادي" in one name or synonym of one of them)
		for _, i := range idxs {
			if r.callsPlain(i) {
				if found >= 0 {
					found = -1
					break
				}
				found = i
			}
		}
	}
	if found < 0 && plain {
		// the plain one: the fewest words in its name
		n := func(i int) int { return len(r.lx.info[i].phrases[0]) }
		least, count := 0, 0
		for _, i := range idxs {
			switch {
			case count == 0 || n(i) < least:
				least, count, found = n(i), 1, i
			case n(i) == least:
				count++
			}
		}
		if count != 1 {
			found = -1
		}
	}
	if found < 0 || found == best.idx && at == 0 && !plain {
		return scored{}, false
	}
	return scored{idx: found, score: best.score}, true
}

// callsPlain: one of the product's names or synonyms holds a word of
// plainWords ("Box of 100 standard hinges", "مفصلة عادي").
func (r *Rules) callsPlain(idx int) bool {
	for w := range r.lx.info[idx].all {
		if plainWords[w] {
			return true
		}
	}
	return false
}

// askedAfter reports whether an order cue comes between token i and the
// head noun after it (before end): the word belongs to what the customer
// said before asking, not to what is asked.
func askedAfter(ts []token, i, end int, heads map[string]bool) bool {
	cue := false
	for k := i + 1; k < end && k < len(ts); k++ {
		if ts[k].sep {
			continue
		}
		w := strings.TrimPrefix(ts[k].text, "و")
		if orderCues[ts[k].text] || orderCues[w] {
			cue = true
		}
		if heads[ts[k].text] {
			return cue
		}
	}
	return false
}

// distinguishes: u is the material of some product, a word of another
// product with the same head noun as product idx, or the section
// (category) of another product and not idx's.
func (r *Rules) distinguishes(u string, idx int) bool {
	head := r.lx.info[idx].head
	for _, q := range r.lx.postings[u] {
		if int(q) == idx {
			continue
		}
		if head != "" && r.lx.info[q].head == head {
			return true
		}
		if m := r.lx.products[q].Material; m != "" && slices.Contains(keysOf(m), u) {
			return true
		}
		if c := r.lx.products[q].Category; c != "" && !r.lx.info[idx].service && slices.Contains(keysOf(c), u) && !slices.Contains(keysOf(r.lx.products[idx].Category), u) {
			// "غرفة نوم" is the beds' section, never the dressing room's
			// "غرفة ملابس" (a service's section word names what it is
			// done to: "تركيب الإضاءة")
			return true
		}
	}
	return false
}

func without(list []string, s string) []string {
	out := list[:0]
	for _, x := range list {
		if x != s {
			out = append(out, x)
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

func (r *Rules) indexOf(p *catalog.Product) int {
	if p == nil {
		return -1
	}
	if i, ok := r.lx.bySKU[p.SKU]; ok {
		return i
	}
	return -1
}

func wordsKey(s string) string { return strings.Join(keysOf(s), " ") }

// colorFor resolves a stated colour unit against a product: one of its own
// colours (exactly, or said short when only one of its colours starts so:
// "رمادي" → "رمادي فاتح"), else the catalog's name for that colour.
func (r *Rules) colorFor(idx int, u string) (string, bool) {
	if idx < 0 {
		return "", false
	}
	info := &r.lx.info[idx]
	if c, ok := info.colors[u]; ok {
		return c, true
	}
	var hit []string
	for k, c := range info.colors {
		if strings.HasPrefix(k, u+" ") {
			hit = append(hit, c)
		}
	}
	if len(hit) == 1 {
		return hit[0], true
	}
	if len(hit) > 1 {
		return "", false
	}
	if c, ok := r.lx.colors[u]; ok {
		return c, true
	}
	return "", false
}

// lengthBy: of goods sold by the metre, a length said before them ("٦
// متر قطيفة") and a size after them joined to it by "في", "x" or "by",
// a dimension word between or not ("… في عرض ١٤٠"): the length is a side
// of that size. A size said with no such join ("٢٠ متر نعلة ٧ سم") is the
// name's own, the length no dimension.
func lengthBy(ts []token, d *draft, unit catalog.Unit) bool {
	if unit != catalog.Meter || d.pre == nil || d.pre.unit != "m" || d.pre.implied || d.pre.per {
		return false
	}
	var at []int
	for _, s := range d.sizes {
		at = append(at, s.at)
	}
	for _, g := range d.groups {
		if len(g) == 1 && !g[0].implied && g[0].unit != "m" && g[0].unit != "sqm" {
			at = append(at, g[0].start)
		}
	}
	for _, a := range at {
		k := a - 1
		for k > d.pre.start && !ts[k].sep && (dimWords[ts[k].text] || francoDimWords[ts[k].lowSurface()] != "") {
			k--
		}
		if k > d.pre.start && !ts[k].sep && dimOps[ts[k].text] {
			return true
		}
	}
	return false
}

// namedSize reports whether a size group is product idx's own size: two
// sides or more, each a size in cm its names give ("60×60" of a 60×60 tile).
func (r *Rules) namedSize(idx int) func([]amount) bool {
	sizes := r.lx.info[idx].sizes
	return func(g []amount) bool {
		if len(g) < 2 {
			return false
		}
		for _, a := range g {
			if a.implied || a.unit == "sqm" || !sizes[numString(math.Round(cm1(a)))] && !sizes[numString(a.val)] {
				return false
			}
		}
		return true
	}
}

// soldAs are the candidates that explain every word of a draft said with
// a length or an area and are sold by it (metres or m²); "متر" being also
// a square metre in shop talk, products of both kinds when the colour said
// does not settle it.
func (r *Rules) soldAs(d *draft, cands []scored) []scored {
	a := d.pre
	if a == nil && len(d.groups) == 1 && len(d.groups[0]) == 1 {
		a = &d.groups[0][0] // "وبلاك أوت بيج ٦ متر ونص": said after it
	}
	if a == nil || a.unit != "m" && a.unit != "sqm" {
		return nil // a bare unit too: "سعر متر السفنج" asks of what is sold by it
	}
	var metre, area []scored
	for _, c := range cands {
		if int(d.cnt[c.idx]) != len(d.uniq) {
			continue
		}
		switch r.lx.products[c.idx].Unit {
		case catalog.Meter:
			metre = append(metre, c)
		case catalog.SquareMeter:
			area = append(area, c)
		}
	}
	if a.unit == "sqm" {
		return area
	}
	if len(metre) > 0 && len(area) > 0 && len(d.colors) > 0 {
		// "متر" is also a square metre in shop talk: the colour said
		// settles which ("٥ متر بلاك أوت كحلي" when only the fabric is navy)
		metre = slices.DeleteFunc(metre, func(c scored) bool { return !r.offersAny(c.idx, d.colors) })
		area = slices.DeleteFunc(area, func(c scored) bool { return !r.offersAny(c.idx, d.colors) })
	}
	if len(metre) > 0 && len(area) > 0 {
		// "متر" is a square metre in the talk of a trade that sells
		// mostly by area (tiles), a length in one that sells mostly by
		// length (fabrics): the rivals' categories tell which ("٨ متر
		// بلاك أوت" is the fabric, not the roller blind)
		switch m, q := r.lx.measured(append(metre, area...)); {
		case m > 2*q:
			return metre
		case q > 2*m:
			return area
		}
		return append(metre, area...) // "٢٥ متر بلوط": the parquet's area or the skirting's length
	}
	if len(metre) > 0 {
		return metre
	}
	return area
}

// kindSaid are the candidates that explain every word of a draft that
// names a kind (the word after a shared head noun: شيفون of "قماش شيفون")
// with no amount, when every word said is such a kind or a colour.
func (r *Rules) kindSaid(d *draft, cands []scored) []scored {
	if d.pre != nil || len(d.groups) > 0 || len(d.counts) > 0 {
		return nil
	}
	kind := false
	for _, w := range d.words {
		switch {
		case r.lx.colors[w] != "":
		case r.lx.kinds[w] && !placeWord(w):
			kind = true
		default:
			return nil
		}
	}
	if !kind {
		return nil
	}
	return explainAll(d, cands)
}

// packOfNamed: line d, right after a want ("I need", "عايز"), counts a
// pack or a measure goods are sold in ("4 gallons of", "٣ جالون", "٢
// شكارة") and then says two or more words of the shop's names that are no
// colour ("exterior acrylic"): the candidates explaining every word said,
// those whose names hold the pack word when some do. Nothing when the
// amount is not so said.
func (r *Rules) packOfNamed(ts []token, d *draft, cands []scored) []scored {
	a := d.pre
	if a == nil || a.implied || a.per || a.unit != "" || a.val < 1 || a.val != math.Trunc(a.val) || a.start < 1 || a.start != d.start ||
		ts[a.start-1].sep || !orderCues[ts[a.start-1].text] && !orderCues[ts[a.start-1].lowSurface()] {
		return nil
	}
	k := a.end
	if k >= len(ts) || ts[k].sep {
		return nil
	}
	pack := ts[k].text
	if !pieceWords[pack] && !pieceWords[wordKey(ts[k].lowSurface())] && litres(pack) == 0 && gallonScale(pack) == 0 && weightKg(pack) == 0 {
		return nil
	}
	words := 0
	for _, w := range d.words {
		if w == pack {
			continue
		}
		if r.lx.colors[w] != "" || isNumber(w) {
			continue
		}
		words++
	}
	if words < 2 {
		return nil
	}
	all := explainAll(d, cands)
	var in []scored
	for _, c := range all {
		if r.lx.info[c.idx].all[pack] {
			in = append(in, c)
		}
	}
	if len(in) > 0 {
		return in
	}
	return all
}

// namedByFigure: the line says a figure and a word that is no figure, no
// measure and no colour ("65 inch QLED", "٦٥ كيو ليد"): words enough to
// name a product by what sets it apart, its head noun left off.
func (r *Rules) namedByFigure(d *draft) bool {
	fig, word := false, false
	for _, w := range d.words {
		switch {
		case isNumber(w):
			fig = true
		case r.lx.colors[w] == "" && !isUnitOrDozen(w) && !measureWords[w] && measureKinds[w] == "":
			word = true
		}
	}
	return fig && word
}

// measureNamed: the products of one head noun that explain a draft said
// only as a figure and its measure word of the kind that names goods
// (measureKinds: "٦٥ بوصة", "20 لتر"; a length or an area is how much of
// anything, never this), goods made for another product's (its remote)
// left out when others explain it; nil when the draft says more, or the
// products are of several kinds.
func (r *Rules) measureNamed(d *draft, all []scored) []scored {
	fig, unit := false, false
	for _, w := range d.words {
		switch {
		case isNumber(w):
			fig = true
		case measureKinds[w] != "":
			unit = true
		default:
			return nil
		}
	}
	if !fig || !unit || len(all) == 0 {
		return nil
	}
	// goods made for others of the shop ("ريموت مروحة سقف ٥٦ بوصة": its
	// Arabic name holds another head noun) give the measure of those
	// others: the goods themselves are meant
	if own := slices.DeleteFunc(slices.Clone(all), func(c scored) bool {
		info := &r.lx.info[c.idx]
		return len(info.phrases) > 0 && slices.ContainsFunc(info.phrases[0][min(1, len(info.phrases[0])):], func(u string) bool { return u != info.head && r.lx.heads[u] })
	}); len(own) > 0 {
		all = own
	}
	head := r.lx.info[all[0].idx].head
	for _, c := range all {
		if h := r.lx.info[c.idx].head; h == "" || h != head {
			return nil
		}
	}
	return all
}

// ownWords reads a head noun said with a possessive pronoun right after a
// line (ownOf) ("سرير بيبي ٦٠ ومرتبته": and its mattress, "… ومرايتها", English
// "and its remote"): the one
// made for the goods of that line, so the line's words that products of
// the noun also have are the draft's too — the crib's own mattress, not a
// question between every mattress.
func (r *Rules) ownWords(ts []token, d, prev *draft) {
	if prev == nil || len(d.words) != 1 || d.end-d.start != 1 || d.start >= len(ts) {
		return
	}
	head := d.words[0]
	if r.lx.serviceHead(head) {
		return // "وتركيبهم": the work on the goods before, serviceForEach's
	}
	// one thing's ("ه", "ها", "its"), not theirs ("هم", "their": the lines
	// before, each its own)
	if sf := ts[d.start].surface; strings.HasSuffix(sf, "هم") || d.start > 0 && strings.EqualFold(ts[d.start-1].surface, "their") ||
		!ownOf(ts, d, r.lx.rewrite) || !r.lx.heads[head] {
		return
	}
	for _, w := range prev.words {
		if w == head || d.uniq[w] {
			continue
		}
		if slices.ContainsFunc(r.lx.postings[head], func(p int32) bool { return r.lx.info[p].all[w] }) {
			r.addWord(d, w)
		}
	}
}

// explainAll: the candidates whose names hold every word the draft said.
func explainAll(d *draft, cands []scored) []scored {
	var out []scored
	for _, c := range cands {
		if int(d.cnt[c.idx]) == len(d.uniq) {
			out = append(out, c)
		}
	}
	return out
}

// bySize is the one candidate that explains every word of a draft that
// stated a size its name gives ("السفنج ١٠ سم" of "لوح سفنج … ١٠ سم"):
// the kind and its named size name it though no head noun was said.
func (r *Rules) bySize(d *draft, cands []scored) []scored {
	if len(d.sizes) == 0 {
		return nil
	}
	return explainAll(d, cands)
}

// bareSidesInMetres: two sides with no unit, the larger under 30 and the
// smaller under 10 or the two under 20 (a piece of 10 cm by 15 cm is no
// amount of goods sold by the square metre): metres, both.
func bareSidesInMetres(g []amount) bool {
	if len(g) != 2 || g[0].unit != "" || g[1].unit != "" || g[0].implied || g[1].implied || g[0].dozen || g[1].dozen {
		return false
	}
	lo, hi := min(g[0].val, g[1].val), max(g[0].val, g[1].val)
	return lo > 0 && hi < 30 && (lo < 10 || hi < 20)
}

// perPack is what one pack of product idx holds, as the customer said it
// or as its name gives it ("(الكرتونة ١.٤٤ م²)"); 0 when neither says.
func (r *Rules) perPack(d *draft, idx int) float64 {
	if d.perPack > 0 {
		return d.perPack
	}
	return r.lx.info[idx].perPack
}

// serviceHead: w heads the name of some work the shop sells ("تركيب",
// "installation").
func (lx *lexicon) serviceHead(w string) bool {
	for _, p := range lx.postings[w] {
		if in := &lx.info[p]; in.service && (in.head == w || in.headEn == w) {
			return true
		}
	}
	return false
}

// quantityOf reads the quantity in the product's unit and the stated sizes.
// piece: a count (before the noun, or a small number after it, or any
// whole figure after its noun said in the plural; دستة = 12).
// meter: the running length; "L في H" counts L; walls joined by و are
// summed. sqm: width × height. A metre or m² line with no length or area
// said misses its "size" and is less sure, whatever count it carries.
//
// named reports whether a size group is the product's own size (every
// side a size its names give): with another size said ("سيراميك 60 في 60
// … 8 متر في 12 متر") it names the product and measures nothing; alone it
// is still read as the size. dims_cm are all the sizes stated, in the
// order written, the one naming the product too (DESIGN.md) — but of
// goods sold by the metre or m² whose name gives one figure (oneFigure:
// no width by height), that figure said before two sides measuring the
// line is the grade that chose the product, no side of the order.
func quantityOf(unit catalog.Unit, d *draft, named func([]amount) bool, perPack float64, oneFigure bool) (catalog.Milli, []int, float64, []string) {
	conf := 1.0
	var missing []string
	var stated []sized
	if unit == catalog.SquareMeter && len(d.room) > 1 && len(d.groups) == 0 && (d.pre == nil || d.pre.implied) {
		// "عندي صالة ٦ في ٤ ونص وعايز ابلطها بورسلين": the floor or the
		// window said before the request is what a product sold by area covers
		d.groups = append(d.groups, d.room)
	}
	measuring := 0 // groups that can measure the line
	for _, g := range d.groups {
		if named == nil || !named(g) {
			measuring++
		}
	}
	floor := false // the group's figures follow a ground told in metres
	// bareMetres: the group is two bare sides of goods sold by area, both
	// small enough to be metres and one too small to be centimetres of
	// anything sold so ("١٠ في ٦", "مساحة ١٠ في ١٥"): the sides of one
	// size share a unit, and a clerk reads both as metres, never 10 cm by
	// 6 m nor 0.015 m²
	bareMetres := false
	cm := func(a amount, other *amount) float64 {
		if (floor || bareMetres) && a.unit == "" && unit == catalog.SquareMeter && a.val < 100 && (other == nil || other.unit == "") {
			return a.val * 100 // "لملعب ٢٠ في ٤٠": 20 m by 40 m
		}
		switch a.unit {
		case "m":
			return a.val * 100
		case "cm":
			return a.val
		case "mm":
			return a.val / 10
		case "sqm":
			return 0
		}
		// no unit: the other side's unit when it has one and this figure
		// is plausible in it, else small figures are metres
		if other != nil && other.unit == "cm" && a.val >= 10 {
			return a.val
		}
		if other != nil && other.unit == "m" && (a.val < 10 || unit == catalog.SquareMeter && a.val < 30) {
			// "١٠ في ٨ متر" of a floor: the metre written once is both
			// sides' (a room or a store, not 10 cm)
			return a.val * 100
		}
		if a.val < 10 {
			return a.val * 100
		}
		return a.val
	}
	var runs, areas []float64
	spanAt := -1 // where the first size of two sides measuring the line starts
	for _, g := range d.groups {
		if unit == catalog.Meter && len(g) > 1 && g[0].ofPlace {
			continue // "… على طول الصالة، والصالة ٦ متر في ٤": the room's sides, how many metres of the goods is asked
		}
		var sides []float64
		nameOnly := named != nil && measuring > 0 && named(g)
		// "وزرة ١٢ سم ٤٠ متر", "نجيلة ٢ سم ٤٠ متر": beside the product's
		// own named size, one figure on a metre or m² line is how much
		// of it, no dimension, unless a dimension word names it a side
		// ("رانر ٨٠ سم طول ٦ متر")
		quantityOnly := unit != catalog.Piece && len(g) == 1 && len(d.sizes)+len(d.thick) > 0 && !g[0].side
		floor = len(g) > 1 && g[0].floor
		bareMetres = bareSidesInMetres(g)
		for k, a := range g {
			if a.implied || a.dozen {
				continue
			}
			if a.unit == "sqm" {
				areas = append(areas, a.val)
				continue
			}
			var other *amount
			for m := range g {
				if m != k && g[m].unit != "" {
					other = &g[m]
					break
				}
			}
			if other == nil && len(g) == 1 && a.unit == "" {
				// a bare figure after the product: ≥ 10 is a size in cm,
				// smaller is metres
			}
			c := cm(a, other)
			if c > 0 {
				sides = append(sides, c)
				// "موكيت مكاتب ٨٥ متر": of a product sold by area, one
				// figure in metres with no side named is the area in shop
				// talk (85 m²), no dimension
				area := unit == catalog.SquareMeter && len(g) == 1 && a.unit == "m" && !a.side
				if !quantityOnly && !area {
					stated = append(stated, sized{c, a.start})
				}
			}
		}
		// "دولاب 2 متر … في 2.5 ارتفاع": a height or a depth said apart
		// from the length is how high the run stands, no wall of it; said
		// alone it gives no length (the size is asked)
		rise := unit == catalog.Meter && len(g) == 1 && g[0].rise
		if len(sides) > 0 && !nameOnly && !rise {
			runs = append(runs, sides[0])
			if len(sides) >= 2 {
				areas = append(areas, sides[0]/100*sides[1]/100)
				if spanAt < 0 {
					spanAt = g[0].start
				}
			}
		}
	}
	if len(stated) == 0 {
		// "نجيلة ٢٠ مم ٣٠ متر": the thickness its name gives is the one
		// size said; beside a place's sides ("باركيه ٨ مم لأوضة ٤ في ٣")
		// the sides are the dimensions
		stated = append(stated, d.thick...)
	}
	for _, z := range d.sizes {
		if oneFigure && len(d.sizes) == 1 && unit != catalog.Piece && spanAt >= 0 && z.at < spanAt {
			// "رخام جلالة ٢ سم للصالة ٥ متر في ٤", "quartz 3 cm, 2.60 metr
			// x 60 cm": of goods sold by the metre or m², the one figure
			// their name gives, said with their words before the sides,
			// is the grade that chose them (a thickness), no side of the
			// order; said after the sides with its word ("… ٢٠٠ في ١٠٠
			// سمك ١٠ سم") or with no sides ("٤٠ متر من الـ ٢ سم") it stays
			continue
		}
		stated = append(stated, z)
	}
	if d.pre != nil && unit == catalog.Piece && !d.pre.implied && (d.pre.unit == "cm" || d.pre.unit == "m" || d.pre.unit == "mm") {
		stated = append(stated, sized{cm1(*d.pre), d.pre.start}) // "a 90 cm door": its size, not a count
	}
	if len(stated) == 0 {
		stated = append(stated, d.thick...) // "نورديك ٦ مم ٣٠ متر": the thickness named
	}
	sort.SliceStable(stated, func(i, j int) bool { return stated[i].at < stated[j].at })
	var dims []int
	for _, s := range stated {
		dims = append(dims, int(math.RoundToEven(s.cm))) // a half centimetre as the shared scorer rounds it
	}
	count := 1.0
	switch {
	case d.pre != nil && (d.pre.unit == "" || d.pre.dozen):
		count = d.pre.val
	case len(d.counts) > 0:
		count = d.counts[0]
	}
	var q float64
	perOnly := d.pre != nil && d.pre.per // "بكام المتر": a price's unit, no length
	switch unit {
	case catalog.Meter:
		switch {
		// "متر الرخامة بكام؟ عايز متر و٢٠": a bare unit names what a price
		// is for; a length said as well is how much
		case d.pre != nil && d.pre.unit != "" && d.pre.unit != "sqm" && !perOnly && !(d.pre.implied && len(runs) > 0):
			q = d.pre.metres()
		case len(runs) > 0:
			for _, x := range runs {
				q += x / 100
			}
			q *= count
		default:
			// no length said ("عايز مطبخ اكريلك", "3 قماش"): the line
			// stays 1 (or the count) for the clerk to measure
			q = count
			missing = append(missing, "size")
			conf *= 0.7
		}
	case catalog.SquareMeter:
		switch {
		case d.pre != nil && d.pre.unit == "sqm" && !perOnly:
			q = d.pre.val
		case d.packs && perPack > 0:
			// "٨ كراتين … الكرتونة فيها ١.٤٤ متر": 11.52 m²
			q = count * perPack
		case d.packs:
			// packs, what one holds not known: never that many m²
			q = count
			missing = append(missing, "size")
			conf *= 0.7
		case len(areas) > 0:
			for _, x := range areas {
				q += x
			}
			q *= count
		case d.pre != nil && d.pre.unit == "m" && !d.pre.implied:
			// "25 متر سيراميك": a metre of something sold by area is a
			// square metre in shop talk
			q = d.pre.val
			conf *= 0.85
		case len(runs) == 1 && len(d.groups) == 1 && len(d.groups[0]) == 1 && d.groups[0][0].unit == "m" && !d.groups[0][0].side:
			// a side named ("عرضه ٢.٥ متر") is one side of the area, no
			// area: the size is asked (default)
			q = runs[0] / 100
			conf *= 0.85
		default:
			q = count
			missing = append(missing, "size")
			conf *= 0.7
		}
	default:
		q = count
	}
	if q <= 0 || math.IsNaN(q) || math.IsInf(q, 0) || q > 1e6 {
		q, conf = 1, conf*0.5
	}
	m := catalog.MilliFromFloat(q)
	if m <= 0 {
		m = catalog.One
	}
	return m, dims, conf, missing
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// offersColor reports whether a product fitting the draft comes in colour u.
func (r *Rules) offersColor(d *draft, u string) bool {
	for _, p := range r.lx.postings[u] {
		if _, ok := r.lx.info[p].colors[u]; ok && int(d.cnt[p]) >= d.explains && d.cnt[p] > 0 {
			return true
		}
	}
	return false
}

// cm1 is a figure in cm: its unit, or cm for a bare figure.
func cm1(a amount) float64 {
	switch a.unit {
	case "m":
		return a.val * 100
	case "mm":
		return a.val / 10
	}
	return a.val
}

// pickColor chooses the line's colour among the stated ones: first one
// the product is made in ("جلد طبيعي هافان" → هافان), else the first the
// catalog knows, unless that word is part of the product's own name
// (the طبيعي of "جلد طبيعي" names the leather, it is no colour of it).
//
// Two or more of its own colours said on one line ("باركيه طبيعي …
// مدخن" of a parquet made in natural and smoked): a word that is also in
// its name names the product and the other is the colour; when that does
// not leave one, no colour is picked silently (the customer is asked).
func (r *Rules) pickColor(idx int, stated []string) string {
	p := &r.lx.products[idx]
	var own, unnamed []string
	for _, c := range stated {
		if col, ok := r.colorFor(idx, c); ok && hasColor(p, col) && !slices.Contains(own, col) {
			own = append(own, col)
			if !r.inName(idx, c) {
				unnamed = append(unnamed, col)
			}
		}
	}
	if c, ok := qualifiedColour(own); ok {
		return c
	}
	switch {
	case len(own) == 1:
		return own[0]
	case len(own) > 1 && len(unnamed) == 1:
		return unnamed[0]
	case len(own) > 1:
		return ""
	}
	if len(p.Colors) == 0 {
		// "شريط ستان احمر" of a ribbon the catalog lists in no colour:
		// the shop keeps no colour of it, the word said is the goods' own
		// (or the customer's wish, which the goods are as they are): no
		// canonical colour to write on the line
		return ""
	}
	for _, c := range stated {
		if r.inName(idx, c) {
			continue
		}
		if col, ok := r.colorFor(idx, c); ok {
			return col
		}
	}
	return ""
}

// namedColour: a colour word the customer said that the product's name
// took as one of its words ("عايز احمر اسوان" of "جرانيت أحمر أسوان") is
// the line's colour when it is the one colour of the product's own said
// so; "" otherwise.
func (r *Rules) namedColour(idx int, named []string) string {
	p := &r.lx.products[idx]
	own := ""
	for _, c := range named {
		col, ok := r.colorFor(idx, c)
		if !ok || !hasColor(p, col) || own == col {
			continue
		}
		if own != "" {
			return ""
		}
		own = col
	}
	return own
}

// qualifiedColour: of several colours the product is made in said on one
// line, the one whose words hold every other's ("eswed … mna2a2", "اسود
// منقط" of a tile made in black and dotted black: the black said, then
// which black) is the one meant.
func qualifiedColour(cs []string) (string, bool) {
	if len(cs) < 2 {
		return "", false
	}
	for _, c := range cs {
		ws := strings.Fields(wordsKey(c))
		all := true
		for _, o := range cs {
			if o == c {
				continue
			}
			for _, w := range strings.Fields(wordsKey(o)) {
				all = all && slices.Contains(ws, w)
			}
		}
		if all {
			return c, true
		}
	}
	return "", false
}

// twoTone is the product's colour that names both colours said of one
// piece ("ابيض في وردي" → "أبيض × وردي" when the catalog lists it), or ""
// when it lists none: the customer is asked, never given one of the two.
func (r *Rules) twoTone(idx int, tone [2]string) string {
	p := &r.lx.products[idx]
	var want []string
	for _, u := range tone {
		c, ok := r.lx.colors[u]
		if !ok {
			return ""
		}
		want = append(want, wordsKey(c))
	}
	for _, c := range p.Colors {
		if k := wordsKey(c); strings.Contains(k, want[0]) && strings.Contains(k, want[1]) && k != want[0] && k != want[1] {
			return c
		}
	}
	return ""
}

// inName reports whether unit u is a word of one of the product's names.
func (r *Rules) inName(idx int, u string) bool {
	for _, ph := range r.lx.info[idx].phrases {
		for _, w := range ph {
			if w == u {
				return true
			}
		}
	}
	return false
}

// offersAny reports whether product idx comes in one of the stated colours.
// nameSaysColours: every colour said is a word of product idx's own name
// ("لوح أكريلك شفاف 8 مم" said "لوح شفاف"), a product with no colours
// listed: the name is its colour, no product offering it in its list is
// closer for it.
func (r *Rules) nameSaysColours(idx int, colors []string) bool {
	if len(r.lx.products[idx].Colors) > 0 {
		return false
	}
	for _, c := range colors {
		if !r.lx.info[idx].all[c] {
			return false
		}
	}
	return true
}

func (r *Rules) offersAny(idx int, colors []string) bool {
	for _, c := range colors {
		if col, ok := r.colorFor(idx, c); ok && hasColor(&r.lx.products[idx], col) {
			return true
		}
	}
	return false
}

// lineDrafts are the drafts that become lines: a count shared out is
// replaced by its shares ("3 اوكر: واحدة دهبي واتنين اسود"), and a list's
// header ("عايز: …") is dropped when entries follow it.
func (r *Rules) lineDrafts(ds []*draft) []*draft {
	keep := ds[:0:0]
	hasBody := false
	for _, d := range ds {
		if !d.header {
			hasBody = true
		}
	}
	shared := map[*draft]bool{}
	for _, d := range ds {
		if d.partOf != nil {
			shared[d.partOf] = true
		}
	}
	for n, d := range ds {
		if shared[d] {
			continue // its shares are the lines
		}
		if d.header && hasBody && d.partOf == nil || d.replaced {
			if d.header && len(d.room) > 1 {
				// "عندي مكتب ٥ في ٤ عايز له سقف معلق: الهيكل و …": the
				// room said before the header is what its entries with
				// no amount of their own cover
				for _, e := range ds[n+1:] {
					if !e.header && len(e.room) == 0 && len(e.groups) == 0 && e.pre == nil {
						e.room = d.room
					}
				}
			}
			continue
		}
		keep = append(keep, d)
	}
	r.shareOut(ds, shared)
	return keep
}

// phraseOf is the draft's text (normalised; Understand finds the
// customer's own words back), without the و written on its first word
// when andOn says so.
func phraseOf(ts []token, d *draft, andOn bool) string {
	var surf []string
	from := d.start
	if from > 0 && from < len(ts) && !ts[from-1].sep {
		if l, _ := shapeSaid(ts, from-1, from+1); l != "" {
			from-- // "an L shaped sofa": the letter is the phrase's
		}
	}
	for k := from; k < d.end && k < len(ts); k++ {
		if slices.ContainsFunc(d.taken, func(t [2]int) bool { return k >= t[0] && k < t[1] }) {
			continue // a count the customer lowered after
		}
		if !ts[k].sep && ts[k].surface != "" { // (a word read in the catalog's place carries none: bodyreach.go)
			sf := ts[k].surface
			if andOn && k == d.start {
				sf = strings.TrimPrefix(sf, "و")
			}
			surf = append(surf, sf)
		}
	}
	return strings.Join(surf, " ")
}

// unknownItem is the line of a thing the catalog does not have: it stays
// for the clerk or the model.
func unknownItem(ts []token, d *draft) Item {
	it := Item{Confidence: 0.3, Phrase: phraseOf(ts, d, d.andOn)}
	it.Quantity, it.DimsCM, _, _ = quantityOf(catalog.Piece, d, nil, 0, false)
	for k := d.start; k < d.end && k < len(ts); k++ {
		t := ts[k]
		if !t.sep && !t.neg && t.lex && t.color == "" && strings.TrimLeft(t.text, "0123456789.") != "" {
			it.Unread = true
		}
	}
	return it
}

// splitForAll: the line of keep[0], shared over a number of people
// ("لكل واحد من ولادي التلاتة"), and the lines right after it of its
// product in other colours ("، ٢ ازرق وواحدة وردي") — how many lines and
// their count in all: a split of the people's goods by colour, never
// that many for each of them.
func splitForAll(keep []*draft, items []Item, itemOf map[*draft]int) (int, catalog.Milli) {
	k, ok := itemOf[keep[0]]
	if !ok || items[k].Product == nil || items[k].Product.Unit != catalog.Piece || items[k].Color == "" {
		return 0, 0
	}
	sum, lines := catalog.Milli(0), 0
	for n, e := range keep {
		j, ok := itemOf[e]
		if !ok || items[j].SKU != items[k].SKU || items[j].Color == "" || n > 0 && e.pre == nil {
			break
		}
		sum += items[j].Quantity
		lines++
	}
	return lines, sum
}

// countsForAll applies the counts said for other lines: "لكل باب" (as many
// as the doors before), "2 من كل واحد" (two of each).
func (r *Rules) countsForAll(ts []token, keep []*draft, items []Item, itemOf map[*draft]int, eachN float64) {
	for i, d := range keep {
		k, ok := itemOf[d]
		if !ok || d.perN <= 1 {
			continue
		}
		switch lines, sum := splitForAll(keep[i:], items, itemOf); {
		case lines < 2:
			items[k].Quantity = catalog.Milli(int64(float64(items[k].Quantity) * d.perN))
		case sum != catalog.MilliFromFloat(d.perN):
			// "لكل واحد من ولادي التلاتة، ٢ ازرق و٢ وردي": four of
			// three? how many is asked
			items[k].uncounted = true
		}
	}
	// "لكل باب": as many as the doors before; "2 من كل واحد": two of each
	for _, d := range keep {
		k, ok := itemOf[d]
		if !ok || items[k].Product == nil || items[k].Product.Unit != catalog.Piece {
			continue
		}
		if d.perAll {
			// "وتطريز اسم على كل قطعة", "وتقصير للكل": a work priced per
			// piece, one for each piece of the goods before; said of
			// goods ("بكام للكل") or of a work priced otherwise ("وتوصيل
			// للكل") it counts nothing
			if p := items[k].Product; r.perPieceWork(p) && items[k].Quantity == catalog.One {
				total := catalog.Milli(0)
				for _, e := range keep {
					if e == d {
						break
					}
					if j, ok := itemOf[e]; ok && items[j].Product != nil && items[j].Product.Unit == catalog.Piece && !r.isService(items[j].Product) && !r.perPieceWork(items[j].Product) {
						total += items[j].Quantity
					}
				}
				if total > 0 {
					items[k].Quantity = total
				}
			}
			continue
		}
		if d.perWord != "" {
			total, unsaid := catalog.Milli(0), false
			for _, e := range keep {
				if e == d {
					break
				}
				if j, ok := itemOf[e]; ok && (d.perWord == "*" || e.uniq[d.perWord] || r.pluralSaid(e, d.perWord)) {
					switch set := r.setOfPieces(items[j].Product); {
					case set >= 0 && d.perWord != "*" && !setWords[d.perWord]:
						// "طقم حلل ٥ قطع وغطا لكل حلة": one for each piece
						// of the set, five to a set; a set whose pieces
						// its name does not count leaves how many unsaid
						if set == 0 {
							unsaid = true
						}
						total += items[j].Quantity * catalog.Milli(set)
					case d.perWord == "*" && peopleNamed(items[j].Product):
						// "ورك ستيشن ٤ افراد وكرسي لكل واحد": each of the
						// people the goods seat, or each workstation? how
						// many is the customer's to say, never one
						unsaid = true
					case items[j].Product.Unit == catalog.Piece:
						total += items[j].Quantity
					case headCount(e) > 0:
						// "two roller blinds 1.5 x 2 m, and a motor for each
						// one": the pieces said of a line sold by area
						total += catalog.MilliFromFloat(headCount(e))
					case e.perN > 1:
						// "٣ شبابيك كل شباك عايز عمود متر ونص، وكل عمود …":
						// one piece for each place
						total += catalog.MilliFromFloat(e.perN)
					}
				}
			}
			if total == 0 && !unsaid && d.perWord != "*" && d.perN == 0 && (countBefore(d) || items[k].Quantity == catalog.One) {
				// "٤ كراسي لكل ترابيزة ومحتاج ترابيزتين", "بانل لكل
				// اوضة وعندنا ٣ اوض": the pieces counted after the cue
				total = r.countedAfter(ts, keep, items, itemOf, d)
			}
			if total > 0 && !unsaid && oneForEachAlready(d, items[k], total) {
				// "2 manual lessons and 2 automatic lessons, with pickup
				// for each lesson": one for each already, never 4 × 4
			} else if total > 0 && !unsaid {
				items[k].Quantity = catalog.Milli(int64(total) * int64(items[k].Quantity) / int64(catalog.One))
			} else if unsaid && d.perWord == "*" {
				items[k].uncounted = true // "وكرسي لكل واحد" of a workstation for 4 (peopleNamed)
			} else if d.perWord != "*" && items[k].Quantity > catalog.One && countBefore(d) && d.perN == 0 && eachSaid(ts, d) {
				// "٤ كراسي لكل ترابيزة" with no count of the tables said:
				// how many in all is asked, never the four alone
				items[k].uncounted = true
			} else if d.perWord != "*" && items[k].Quantity == catalog.One && d.perN == 0 && eachSaid(ts, d) {
				// "وقفل لكل شنطة" after a set of bags, "حلق لكل باب في
				// الشقة": one for each of goods no line counts — how
				// many is the customer's to say, never one ("for my
				// Elantra" is no "each")
				items[k].uncounted = true
			}
		} else if eachN > 0 && headCount(d) == 0 && d.partOf == nil {
			items[k].Quantity = catalog.MilliFromFloat(eachN)
		}
	}
}

// peopleNamed: p's name counts the people it seats or serves, a figure
// then rules.go's seatsWords ("ورك ستيشن موظفين 4 أفراد", "ترابيزة
// اجتماعات 10 أفراد", "Table for 6 persons").
func peopleNamed(p *catalog.Product) bool {
	for _, name := range []string{p.NameAr, p.NameEn} {
		ks := keysOf(name)
		for i := 1; i < len(ks); i++ {
			if _, ok := parseDigits(ks[i-1]); ok && seatsWords[wordKey(ks[i])] {
				return true
			}
		}
	}
	return false
}

// setOfPieces is how many pieces one of p is when p is a set sold by the
// piece — its Arabic name opens with a set word — counted by its name
// ("طقم حلل 5 قطع": 5; 0 when the name does not count them); -1 for any
// other product.
func (r *Rules) setOfPieces(p *catalog.Product) int {
	info := &r.lx.info[r.indexOf(p)]
	if p.Unit != catalog.Piece || len(info.phrases) == 0 || len(info.phrases[0]) == 0 || !setWords[info.phrases[0][0]] {
		return -1
	}
	return info.pieces
}

// pluralSaid: draft e says w in the plural: one the lexicon knows, or the
// فُعَل plural of a noun in ة ("شنط" of "لكل شنطة", "علب" of "علبة", "حلل"
// of "حلة", whose root doubles its last letter).
func (r *Rules) pluralSaid(e *draft, w string) bool {
	stem, fem := strings.CutSuffix(w, "ه")
	rs := []rune(stem)
	for u := range e.uniq {
		if h, _, ok := r.lx.plural(u); ok && h == w {
			return true
		}
		if fem && (len(rs) == 3 && u == stem || len(rs) == 2 && u == stem+string(rs[1])) {
			return true
		}
	}
	return false
}

// eachSaid: "لكل", "each" or "per" is said in draft d's clause, right
// after its words (the cue perWord was read from; English "for" is no
// "each").
func eachSaid(ts []token, d *draft) bool {
	for k := d.start; k < len(ts) && k <= d.end+2; k++ {
		if ts[k].sep && k > d.end {
			return false
		}
		switch w := strings.TrimPrefix(ts[k].lowSurface(), "و"); w {
		case "لكل", "each", "per", "lkol", "lekol":
			return true
		}
	}
	return false
}

// serviceOfGoods: a service sold by the metre or m² (a product whose name
// heads with a verbal noun, تفعيل: "تفصيل وخياطة ستارة") said with no
// amount of its own, or for "both"/"all" of them ("ومعاه التفصيل",
// "وتفصيل الاتنين", "and the tailoring"), is done to the goods named
// before it in its unit: its quantity is theirs.
func (r *Rules) serviceOfGoods(ts []token, keep []*draft, items []Item, itemOf map[*draft]int) {
	draftOf := make(map[int]*draft, len(itemOf))
	for d, k := range itemOf {
		draftOf[k] = d
	}
	for _, d := range keep {
		k, ok := itemOf[d]
		if !ok || items[k].Product == nil || !r.isService(items[k].Product) {
			continue
		}
		bare := d.pre == nil && len(d.groups) == 0 && len(d.counts) == 0 && len(d.room) == 0
		if items[k].Product.Unit == catalog.Piece {
			// "وتركيب الاتنين", "fitting for the three": a service by the
			// piece done to all of them, as many as the number says
			if n, ok := servedNumber(ts, d); ok && bare && n > 1 && r.goodsNumber(items[:k], n) && !r.splitService(items, k) {
				items[k].Quantity, items[k].ofGoods = catalog.MilliFromFloat(n), true
			}
			continue
		}
		// "الاتنين", "التلاتة": the article on a number is all of them
		_, both := articledNumber(ts, d.start, d.end)
		both = both && len(d.groups) == 0
		// "٥٠ م SPC … و تركيب عائم ٥٠": a bare figure that is the goods'
		// measure in the service's unit is that measure, no side
		figure := d.pre == nil && len(d.counts) == 0 && len(d.room) == 0 && len(d.groups) == 1 && len(d.groups[0]) == 1 && d.groups[0][0].unit == ""
		if !bare && !both && !figure {
			continue
		}
		total := catalog.Milli(0)
		var goods []int
		for j := 0; j < k; j++ {
			if e := draftOf[j]; e != nil && e.sizeOf != nil {
				if i, ok := itemOf[e.sizeOf]; ok && slices.Contains(goods, i) {
					continue // "موكيت ٤ في ٣.٥ واندر لاي لنفس المساحة والتركيب": one floor, laid once
				}
			}
			if p := items[j].Product; p != nil && p.Unit == items[k].Product.Unit && !r.isService(p) && !items[j].unsized {
				total += items[j].Quantity
				goods = append(goods, j)
			}
		}
		if total <= 0 || figure && !bare && !both && total != catalog.MilliFromFloat(d.groups[0][0].val) {
			continue
		}
		it := &items[k]
		it.Quantity, it.ofGoods = total, true
		if figure {
			it.DimsCM = nil
		}
		if len(goods) == 1 && len(it.DimsCM) == 0 {
			// "٤ ضلف ٨٠ في ٢٠٠ … دهان لاكيه للاربعة", "نجيلة … ٦ في ٤ مع
			// التركيب": done to those goods, their size is its
			it.DimsCM = slices.Clone(items[goods[0]].DimsCM)
		}
		for m := d.end; m < len(ts); m++ {
			if ts[m].sep {
				it.asked = ts[m].text == "?"
				break
			}
		}
		if it.unsized {
			it.unsized = false
			it.Missing = without(it.Missing, "size")
			it.Confidence = math.Min(1, math.Round(it.Confidence/0.7*1000)/1000)
		}
	}
}

// companions: a piece said with "بال" right after a line of counted
// pieces, with no count of its own ("٦ شماسي … بالقواعد بتاعتها", "٤
// كراسي بالمخدة"), comes one with each of them.
func companions(keep []*draft, items []Item, itemOf map[*draft]int) {
	for n, d := range keep {
		k, ok := itemOf[d]
		if !ok || n == 0 || !d.with || d.pre != nil || len(d.counts) > 0 || len(d.groups) > 0 || d.perWord != "" {
			continue
		}
		j, ok := itemOf[keep[n-1]]
		if !ok || j >= k || items[j].Product == nil || items[k].Product == nil ||
			items[j].Product.Unit != catalog.Piece || items[k].Product.Unit != catalog.Piece || items[j].Quantity <= catalog.One {
			continue
		}
		items[k].Quantity = items[j].Quantity
		items[k].uncounted = false
	}
}

// isService: the product's Arabic name heads with a verbal noun of the
// shape تفعيل (تفصيل، تركيب، تنجيد), or with the labour of one ("مصنعية
// تركيب بورسلين"): work done, sold by the goods' measure.
func (r *Rules) isService(p *catalog.Product) bool {
	idx := r.indexOf(p)
	return idx >= 0 && r.lx.info[idx].service
}

// shareSetColours: a set said together shares its colour both ways.
func (r *Rules) shareSetColours(ds, keep []*draft, items []Item, itemOf map[*draft]int) {
	// a set said together shares its colour both ways
	for _, d := range keep {
		k, ok := itemOf[d]
		if !ok || d.setWith < 0 {
			continue
		}
		if j, ok := itemOf[ds[d.setWith]]; ok && items[j].Color == "" && items[k].Color != "" {
			if col, ok := r.colorFor(r.indexOf(items[j].Product), wordsKey(items[k].Color)); ok && hasColor(items[j].Product, col) {
				items[j].Color = col
				items[j].Missing = without(items[j].Missing, "color")
			}
		}
	}
}

// leavesWord reports whether product idx leaves a word of the draft (not
// a figure: a size near the product's may still be meant) unexplained.
func (r *Rules) leavesWord(d *draft, idx int) bool {
	// as !all[u] && !all[r.genderTwin(u)] of each word u no figure, by
	// the postings of both found once per draft (lexicon.has)
	if d.posts.n != len(d.words) {
		d.posts.ps = d.posts.ps[:0]
		for _, u := range d.words {
			if !isNumber(u) {
				d.posts.ps = append(d.posts.ps, [2][]int32{r.lx.postings[u], r.lx.postings[r.genderTwin(u)]})
			}
		}
		d.posts.n = len(d.words)
	}
	p := int32(idx)
	for _, pp := range d.posts.ps {
		if !r.lx.has(pp[0], p) && !r.lx.has(pp[1], p) {
			return true
		}
	}
	return false
}

// strangeWords: the draft (or what follows it before another catalog
// word) holds a word the rules cannot place at all: no
// catalog word, filler, cue, figure, colour, place or word of the talk.
func (r *Rules) strangeWords(ts []token, d *draft) bool {
	end := d.end // and the words right after it, up to the next catalog word, figure, or "and X" that is another thing or no thing
	for end < len(ts) && !ts[end].sep && !ts[end].lex && !isNumber(ts[end].text) && !andApart(ts, end) {
		end++
	}
	for k := d.start; k < end; k++ {
		if r.strange(ts, k) {
			return true
		}
	}
	return false
}

// headSaid: the draft says the head noun, as a word of its own or as a
// word of a longer phrase the shop's vocabulary folds into one ("رف خفيف"
// rewritten to its synonym "لايت": the rack is still said).
func (r *Rules) headSaid(ts []token, d *draft, head string) bool {
	if slices.Contains(d.words, head) {
		return true
	}
	for k := d.start; k < d.end && k < len(ts); k++ {
		if t := ts[k]; !t.sep && t.lex {
			for _, w := range strings.Fields(t.surface) {
				if u := r.lx.applyRewrite([]string{wordKey(strings.TrimPrefix(w, "و"))}); len(u) == 1 && u[0] == head {
					return true
				}
			}
		}
	}
	return false
}

// andApart: the word at k is "and" + something apart from the draft
// before it: goods with their own amount ("وباركيه ٨ مللي ١٥ متر") or a
// preposition's object ("وبسرعة"). A bare "and X" ("بيانو خشب ونجفة
// كريستال") may be more of what the customer named, and is read with it.
func andApart(ts []token, k int) bool {
	rest, and := strings.CutPrefix(ts[k].surface, "و")
	if !and && !ts[k].conj {
		return false
	}
	if k+1 < len(ts) && !ts[k+1].sep && isNumber(ts[k+1].text) {
		return true
	}
	return utf8.RuneCountInString(rest) >= 4 && (strings.HasPrefix(rest, "ب") || strings.HasPrefix(rest, "ل") || strings.HasPrefix(rest, "ك"))
}

// strange: the word at k is none the shop or the talk around an order
// knows (no catalog word, filler, place, verb, time or cue; see
// strangeWords).
func (r *Rules) strange(ts []token, k int) bool {
	t := ts[k]
	if t.sep || t.lex || t.used || t.neg || t.aside || t.color != "" || isNumber(t.text) || r.known(t.text) ||
		placeWord(t.text) || destination(t.surface) || !isArabicWord(t.text) || utf8.RuneCountInString(t.text) < 3 {
		return false
	}
	return !(r.besideOrder(ts, k) || verbLike(t.text) || urgencyWords[t.text] || whenWords[t.text] || serviceTopics[t.text] ||
		gulfTalk[t.text] || comparisonWords[t.text] || priceCues[t.text] || orderCues[t.text])
}

// useOfStrange: the line opens with what something is for ("للسلم",
// "للحمام") right after words the rules cannot place ("عايز رخام جلالة
// طبيعي للسلم"): the goods asked are those words, the catalog word only
// their use.
func (r *Rules) useOfStrange(ts []token, d *draft) bool {
	if d.start >= len(ts) || !ts[d.start].prep || d.pre != nil {
		return false
	}
	for k := d.start - 1; k >= 0 && !ts[k].sep && !ts[k].lex && !isNumber(ts[k].text) && !orderCues[ts[k].text]; k-- {
		if r.strange(ts, k) {
			return true
		}
	}
	return false
}

// unknownKind: the line's head noun is followed right away by two words
// the shop does not know ("مرتبة سوست بوكت" at a cotton-mattress maker): a
// kind of it the shop may not make, for a person, never the nearest one.
func (r *Rules) unknownKind(ts []token, d *draft) bool {
	for k := d.start; k+2 < d.end+1 && k+2 < len(ts); k++ {
		if ts[k].lex && r.lx.heads[ts[k].text] && r.strange(ts, k+1) && r.strange(ts, k+2) {
			return true
		}
	}
	return false
}

// collective: w is the plural of a head noun of the shape فعلة said
// without its ة ("ضلف" of "ضلفة", "شنط" of "شنطة"), even where the catalog
// uses it only as a category.
func collective(lx *lexicon, w string) bool {
	if !isArabicWord(w) || utf8.RuneCountInString(w) < 3 || strings.HasSuffix(w, "ه") {
		return false
	}
	one := lx.applyRewrite([]string{w + "ه"})
	return len(one) == 1 && lx.heads[one[0]]
}

// kindBefore: the draft said only the head noun of a kind several products
// share (it is vague), and an earlier line of this message is one of
// those products, made in the colour said if one was: the index of the
// latest such line.
func (r *Rules) kindBefore(d *draft, items []Item, best scored, it Item) (int, bool) {
	if !it.Vague || len(d.uniq) != 1 || !r.lx.heads[d.words[0]] {
		return 0, false
	}
	head := d.words[0]
	for k := len(items) - 1; k >= 0; k-- {
		p := items[k].Product
		if p == nil {
			continue
		}
		idx := r.indexOf(p)
		if r.lx.info[idx].head != head {
			continue
		}
		if idx != best.idx && !slices.ContainsFunc(it.Ambiguous, func(c Candidate) bool { return c.Product == p }) {
			continue
		}
		if len(d.colors) > 0 && !r.offersAny(idx, d.colors) {
			return 0, false
		}
		return k, true
	}
	return 0, false
}

// packOfLineBefore: the draft said only a pack with its count ("عايز ٦
// جالون", "6 gallons"), in any of the pack's spellings (the shop's
// vocabulary may make "gallon" the word for جالون), and the line right
// before it is a product whose own names give that pack, said with no
// amount of its own, one of the products this line hesitated between and
// made in the colour said if one was: the index of that line, whose
// amount this is.
func (r *Rules) packOfLineBefore(d *draft, items []Item, itemOf map[*draft]int, best scored, it Item) (int, bool) {
	if len(items) == 0 || len(d.uniq) != 1 || d.pre == nil && len(d.counts) == 0 || len(d.groups) > 0 || len(d.sizes) > 0 {
		return 0, false
	}
	w := d.words[0]
	g, grouped := packGroups[w]
	if !pieceWords[w] && !grouped {
		return 0, false
	}
	k := len(items) - 1
	q := items[k].Product
	e := draftOf(itemOf, k)
	if q == nil || e == nil || e.pre != nil || len(e.counts) > 0 || len(e.groups) > 0 || e.perN != 0 || e.perWord != "" || q.Unit != catalog.Piece {
		return 0, false
	}
	idx := r.indexOf(q)
	named := r.lx.info[idx].all[w]
	for u := range r.lx.info[idx].all {
		if h, ok := packGroups[u]; ok && grouped && h == g {
			named = true
		}
	}
	if !named || idx != best.idx && !slices.ContainsFunc(it.Ambiguous, func(c Candidate) bool { return c.Product == q }) {
		return 0, false
	}
	if len(d.colors) > 0 && !r.offersAny(idx, d.colors) {
		return 0, false
	}
	return k, true
}

// siblingBefore settles a line left between close products ("و جالون
// بيج": a gallon of which paint?) by the line said right before it in the
// same category ("٢ بستلة جوتن فينوماستيك"): the one candidate whose
// Arabic name shares, beyond the words this line said, at least two words
// with that line's product and more than any other candidate does — the
// same product in another pack or variant. Nothing when the line said a
// word of its own none of them has, or no candidate stands out.
func (r *Rules) siblingBefore(d *draft, items []Item, best scored, amb []Candidate) (scored, bool) {
	if len(items) == 0 || d.start == 0 {
		return scored{}, false
	}
	prev := items[len(items)-1].Product
	if prev == nil {
		return scored{}, false
	}
	pi := r.indexOf(prev)
	idxs := []int{best.idx}
	for _, c := range amb {
		idxs = append(idxs, r.indexOf(c.Product))
	}
	shared := func(i int) int {
		n := 0
		for _, w := range r.lx.info[i].phrases[0] {
			if !d.uniq[w] && !isNumber(w) && r.lx.info[pi].all[w] {
				n++
			}
		}
		return n
	}
	found, most, tie := -1, 0, false
	for _, i := range idxs {
		if i == pi || r.lx.products[i].Category != prev.Category {
			continue
		}
		switch n := shared(i); {
		case n > most:
			found, most, tie = i, n, false
		case n == most:
			tie = true
		}
	}
	if found < 0 || tie || most < 2 {
		return scored{}, false
	}
	for w := range d.uniq {
		if !isNumber(w) && r.lx.colors[w] == "" && !r.lx.info[found].all[w] {
			return scored{}, false
		}
	}
	return scored{idx: found, score: best.score}, true
}

// draftOf is the draft whose line is items[k], nil when none.
func draftOf(itemOf map[*draft]int, k int) *draft {
	for d, m := range itemOf {
		if m == k {
			return d
		}
	}
	return nil
}

// namedAgain: the draft of items[k] is a head noun alone with the article
// ("الفلتر", "والموتور"), no amount, size or colour, and an earlier line's
// product's names open with it: the customer points back at that line.
func (r *Rules) namedAgain(ts []token, d *draft, items []Item, k int) bool {
	if len(d.uniq) != 1 || !r.lx.heads[d.words[0]] || d.pre != nil || len(d.counts) > 0 || len(d.groups) > 0 || len(d.colors) > 0 ||
		len(d.sizes) > 0 || d.perWord != "" || d.perN != 0 || d.start >= len(ts) || !definite(ts[d.start].surface) {
		return false
	}
	if own := items[k].Product; own != nil && (r.lx.info[r.indexOf(own)].head == d.words[0] || r.lx.info[r.indexOf(own)].headEn == d.words[0]) {
		// "ترابيزة التليفزيون بكام؟ والمكتبة؟": a product of its own
		// heads with it; it is that one unless it is the line before's
		for j := 0; j < k; j++ {
			if items[j].Product == own {
				return true
			}
		}
		return false
	}
	for j := 0; j < k; j++ {
		if p := items[j].Product; p != nil && r.namesHead(r.indexOf(p), d.words[0]) {
			return true
		}
	}
	return false
}

// bothWords: "both", said of the goods before ("وتركيب الاتنين").
var bothWords = set("الاتنين", "الاثنين", "التنين", "both")

// forSeveral: "for the two", "for the three" said in one word with لل
// ("والتركيب للاتنين", "تركيب للتلاتة"): for each of the goods before.
var forSeveral = set("للاتنين", "للاثنين", "للتنين", "للتلاته", "للثلاثه", "للتلات")

// withThemWords: "with it", "with them" said as one word ("ومعاهم
// طباعة اللوجو", "ma3ahom tarkib") and "on them" after the work ("وطباعة
// اللوجو عليهم", English "printing on them"): the goods just named.
var withThemWords = set("معاه", "معاها", "معاهم", "ma3ah", "ma3aha", "ma3ahom", "ma3ahum", "عليه", "عليها", "عليهم", "3aleh", "3aleha", "3alehom", "3aleihom")

// withThem: the service of draft d is said "with them" right before it or
// "on them" right after it (or right after its verb: "وتطبعوا عليها"):
// done to the goods named before, each of them (serviceForEach), as
// "وتركيبهم" is.
func withThem(ts []token, d *draft) bool {
	said := func(k int) string { // as written: Franco "3ala" is read عليه, no pronoun of it
		if k < 0 || k >= len(ts) || ts[k].sep {
			return ""
		}
		if w := ts[k].lowSurface(); withThemWords[w] {
			return w
		} else if w, ok := strings.CutPrefix(w, "و"); ok && withThemWords[w] {
			return w
		}
		return ""
	}
	on := func(w string) bool { return strings.HasPrefix(w, "عل") || strings.HasPrefix(w, "3al") }
	before, after := said(d.start-1), said(d.end)
	english := d.end+1 < len(ts) && !ts[d.end].sep && !ts[d.end+1].sep && themAfter[ts[d.end].lowSurface()] && ts[d.end+1].lowSurface() == "them"
	// "وتطبعوا عليها اللوجو": "on them" right after the work's verb
	verbOn := d.start+1 < len(ts) && ts[d.start].verb && on(said(d.start+1))
	return before != "" && !on(before) || after != "" && on(after) || english || verbOn
}

// themAfter: English "on them", "with them" after the work ("the design
// for them" is one design for them all).
var themAfter = set("on", "with")

// forThemWords: "for them" said as one word after (or before) a service
// ("ونفخ هيليوم ليهم", Franco "w nafkh helium lehom"). Said of a design
// or a visit it is once for them all; said of a service whose name prices
// it per one of something (pricedPerOne) it is done to each of them.
var forThemWords = set("ليهم", "لهم", "lehom", "leehom", "lihom", "lehum", "lihum")

// forThem: the service of draft d is said "for them" right after it or
// right before it ("ليهم نفخ هيليوم"), or English "for them"/"for each"
// right after it.
func forThem(ts []token, d *draft) bool {
	said := func(k int) bool {
		if k < 0 || k >= len(ts) || ts[k].sep {
			return false
		}
		w := ts[k].lowSurface()
		if v, ok := strings.CutPrefix(w, "و"); ok {
			w = v
		}
		return forThemWords[w]
	}
	english := d.end+1 < len(ts) && !ts[d.end].sep && !ts[d.end+1].sep && ts[d.end].lowSurface() == "for" &&
		(ts[d.end+1].lowSurface() == "them" || ts[d.end+1].lowSurface() == "each")
	return said(d.end) || said(d.start-1) || english
}

// pricedPerOneRe: a service's name prices it per one of what it is done
// to: Arabic "(للقطعة)", "للبالونة" (لل and a noun after the work),
// English "per balloon", "per piece", "each".
var pricedPerOneRe = regexp.MustCompile(`(^|[ (])لل[^ )]+|\bper [a-z]+|\beach\b`)

// pricedPerOne: p's own names price it per one of what it is done to.
func pricedPerOne(p *catalog.Product) bool {
	return pricedPerOneRe.MatchString(p.NameAr) || pricedPerOneRe.MatchString(lower(p.NameEn))
}

// serviceFor's reading for several goods: each service and the goods line
// it is for.
type serviceGoods struct {
	idx   int
	goods *draft
	also  []*draft // more goods the same service is done to ("استيك … واستيك … والتركيب للاتنين")
}

// piecesOf: the pieces of the goods e's service is done to, each of its
// goods' lines counted (a line not by the piece, or not read, one).
func (e serviceGoods) piecesOf(items []Item, itemOf map[*draft]int) catalog.Milli {
	var q catalog.Milli
	seen := map[int]bool{}
	for n, g := range append([]*draft{e.goods}, e.also...) {
		k, ok := itemOf[g]
		switch {
		case ok && seen[k]:
		case ok && items[k].Product != nil && items[k].Product.Unit == catalog.Piece:
			q += items[k].Quantity
		case ok && piecesCut(g) > 0:
			q += catalog.MilliFromFloat(piecesCut(g)) // "قطعتين … ٣٠ في ٢٠، واحفرلي عليهم": two pieces
		case n == 0 || ok:
			q += catalog.One
		}
		if ok {
			seen[k] = true
		}
	}
	return q
}

// piecesCut: how many pieces goods sold by the metre or m² were counted in
// before their size ("٤ قطع أكريلك … كل قطعة ٥٠ في ٤٠", "ستارتين ٢ متر في
// ٢٫٥"): a whole count said bare before them, their sides said too; 0 when
// none was (a length or an area said, packs counted).
func piecesCut(g *draft) float64 {
	a := g.pre
	if a == nil || a.implied || a.dozen || a.unit != "" || g.packs || a.val < 1 || a.val != math.Trunc(a.val) {
		return 0
	}
	for _, gr := range g.groups {
		if len(gr) >= 2 {
			return a.val
		}
	}
	return 0
}

// saysHeadOf: draft o says a head noun of service i's names that the
// service's own line d does not ("استيك" of "تركيب أستيك"): goods of the
// kind the service is done to.
func (r *Rules) saysHeadOf(o, d *draft, i int) bool {
	for _, w := range o.words {
		if !d.uniq[w] && !isNumber(w) && r.lx.info[i].all[w] && r.lx.heads[w] && !r.lx.sizeUnits[w] {
			return true
		}
	}
	return false
}

// serviceForEach: a service said once for several goods ("وتركيب
// الاتنين", "حد يركب الاتنين", "وتركيبهم", "installation of both") where
// the close services each name the head noun of another line: the
// service for each such line, in the order said (none when the service
// is said for one thing, or fewer than two lines have theirs).
func (r *Rules) serviceForEach(ts []token, ds []*draft, d *draft, best scored, amb []Candidate, items []Item, itemOf map[*draft]int) []serviceGoods {
	several := false
	for k := d.start; k <= d.end && k < len(ts); k++ {
		w := ts[k].lowSurface()
		if !ts[k].sep && (ts[k].text == "كلهم" || bothWords[ts[k].lowKey()] && (definite(w) || isLatinWord(w)) || forSeveral[ts[k].lowKey()] || k < d.end && strings.HasSuffix(w, "هم") && r.lx.verbalNoun(ts[k].text)) {
			several = true
		}
	}
	if !several && !withThem(ts, d) && !(forThem(ts, d) && pricedPerOne(&r.lx.products[best.idx])) || !r.lx.products[best.idx].MadeToOrder {
		return nil
	}
	idxs := []int{best.idx}
	for _, c := range amb {
		if c.Product.Category != r.lx.products[best.idx].Category || !c.Product.MadeToOrder {
			return nil
		}
		idxs = append(idxs, r.indexOf(c.Product))
	}
	for w := range d.uniq {
		for _, i := range idxs {
			if !r.lx.info[i].all[w] {
				return nil
			}
		}
	}
	var out []serviceGoods
	for _, o := range ds {
		if o == d || o.unknown {
			continue
		}
		found, ok := r.servedBy([]*draft{o}, d, idxs, nil, nil)
		if ok && found < 0 && items != nil {
			found, ok = r.servedBy([]*draft{o}, d, idxs, items, itemOf)
		}
		if !ok {
			return nil // goods two services name: unsure
		}
		if at := slices.IndexFunc(out, func(s serviceGoods) bool { return s.idx == found }); found >= 0 && at >= 0 {
			if o.start < d.start && r.saysHeadOf(o, d, found) {
				// more goods of the kind the service names, said
				// before it: done to them too
				out[at].also = append(out[at].also, o)
			}
		} else if found >= 0 {
			out = append(out, serviceGoods{idx: found, goods: o})
		}
	}
	return out
}

// servesGoods: the service i (said in draft d) is done to the goods of
// draft o: o says a head noun of i's names ("سخان … وتركيبه" of "تركيب
// سخان"), or o is read as a product whose own names hold a word i's names
// give as their object ("تركيب لعبة" for "٢ حصان هزاز" of a "لعبة هزاز
// (حصان)", "تركيب أرضيات … وملاعب" for "بلاطات انترلوك للملاعب").
func (r *Rules) servesGoods(d, o *draft, i int, items []Item, itemOf map[*draft]int) bool {
	for _, w := range o.words {
		if !d.uniq[w] && !isNumber(w) && r.lx.info[i].all[w] && r.lx.heads[w] {
			return true
		}
	}
	k, ok := itemOf[o]
	if !ok || k >= len(items) || items[k].Product == nil || r.isService(items[k].Product) {
		return false
	}
	g := r.lx.info[r.indexOf(items[k].Product)]
	for _, ph := range r.lx.info[i].phrases {
		for _, w := range ph[1:] { // the words after the service's verbal noun: its object
			// (a size adjective, "كبيرة" of "بيتزا مشكل كبيرة" beside
			// "فطيرة مشلتت كبيرة", is no object of work: sizeWords)
			if _, num := numberWord(w); !num && !isNumber(w) && !isUnit(w) && r.lx.colors[w] == "" && !d.uniq[w] && !r.lx.sizeUnits[w] && !dimensionWord(w) &&
				slices.ContainsFunc(g.phrases, func(gp []string) bool { return slices.Contains(gp, w) }) {
				return true
			}
		}
	}
	return false
}

// amountOfLineBefore: the draft says only a head noun with an amount or a
// size, and the latest earlier line naming that head noun is of the same
// product p with no amount of its own: the index of that line, whose
// amount this is.
func (r *Rules) amountOfLineBefore(d *draft, items []Item, itemOf map[*draft]int, p *catalog.Product) (int, bool) {
	if len(d.uniq) != 1 || !r.lx.heads[d.words[0]] || d.pre == nil && len(d.counts) == 0 && len(d.groups) == 0 {
		return 0, false
	}
	for k := len(items) - 1; k >= 0; k-- {
		q := items[k].Product
		if q == nil || !r.namesHead(r.indexOf(q), d.words[0]) {
			continue
		}
		e := draftOf(itemOf, k)
		if q != p || e == nil || e.pre != nil || len(e.counts) > 0 || len(e.groups) > 0 || len(e.sizes) > 0 || e.perN != 0 || e.perWord != "" {
			return 0, false
		}
		if otherColour(e.colors, d.colors) {
			// "بوف نبيتي و٢ زيتي": the amount said in a colour of its
			// own is more pieces in that colour, a line of its own beside
			// the one said in its colour
			return 0, false
		}
		return k, true
	}
	return 0, false
}

// otherColour: both colour lists say some colour and share none.
func otherColour(a, b []string) bool {
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	for _, c := range b {
		if slices.Contains(a, c) {
			return false
		}
	}
	return true
}

// namesHead: one of the product's names (its name, a synonym) opens with
// the head noun w, or its English name ends with it.
func (r *Rules) namesHead(idx int, w string) bool {
	info := &r.lx.info[idx]
	if info.head == w || info.headEn == w {
		return true
	}
	for _, ph := range info.phrases {
		if len(ph) > 0 && ph[0] == w {
			return true
		}
	}
	return false
}

// packNamed: the line's count is of packs ("٤ اكياس شيبس اسود") and the
// best product is sold by area or length, while a close one sold by the
// piece names that pack in its own name ("شيبس فليكس كيس ١ كجم"): that
// one.
func (r *Rules) packNamed(ts []token, d *draft, best scored, cands []scored) (scored, bool) {
	if r.lx.products[best.idx].Unit == catalog.Piece || len(cands) < 2 || d.pre == nil || d.pre.unit != "" || len(d.groups) > 0 {
		return scored{}, false
	}
	k := d.pre.end // the pack word right after the count: "٤ اكياس"
	for k < len(ts) && !ts[k].sep && ts[k].text == "of" {
		k++
	}
	if k >= len(ts) || ts[k].sep || !pieceWords[ts[k].text] || weightUnits[ts[k].text] {
		return scored{}, false
	}
	packs := []string{ts[k].text}
	for _, c := range cands[1:] {
		if r.lx.products[c.idx].Unit != catalog.Piece || best.score-c.score > 0.3 {
			continue
		}
		for u := range r.lx.info[c.idx].all {
			if pieceWords[u] && !weightUnits[u] && slices.ContainsFunc(packs, func(w string) bool { return w == u || skeleton(w) == skeleton(u) }) {
				return c, true
			}
		}
	}
	return scored{}, false
}

// lineBefore: the draft says only a head noun (and maybe a colour), and
// the latest earlier line naming that head noun is of the product p: its
// index.
func (r *Rules) lineBefore(d *draft, items []Item, p *catalog.Product) (int, bool) {
	if len(d.uniq) != 1 || !r.lx.heads[d.words[0]] {
		return 0, false
	}
	for k := len(items) - 1; k >= 0; k-- {
		if q := items[k].Product; q != nil && r.namesHead(r.indexOf(q), d.words[0]) {
			return k, q == p
		}
	}
	return 0, false
}

var disableKP = false

// roomKind: a room that names a kind of goods the shop sells, said bare
// right after another kind's head noun ("دولاب مطبخ", "كرسي مكتب" in a
// shop that sells kitchens or desks): the kind asked, not where it goes
// ("كرسي للمكتب" is).
func (r *Rules) roomKind(ts []token, d *draft, u string) bool {
	if !r.lx.heads[u] {
		return false
	}
	for i := d.start + 1; i < d.end && i < len(ts); i++ {
		if ts[i].text == u && !ts[i].sep && !ts[i].prep && !ts[i-1].sep && r.lx.heads[ts[i-1].text] {
			return true
		}
	}
	return false
}

// colourNotMade: a bare colour said on the line ("بني" of "كرسي سفرة
// بني", "brown") that is the first word of some colours of the catalog
// ("بني جوزي", "بني غامق") or a basic colour, while no colour of the
// product found holds it: the colour as the customer said it, kept on the
// line so the box says the product is not made in it before asking which
// ("" otherwise: a colour it is made in is read by colorFor).
func (r *Rules) colourNotMade(ts []token, d *draft, idx int) string {
	for i := d.start; i < d.end+2 && i < len(ts); i++ {
		t := ts[i]
		if i >= d.end && (t.sep || t.lex || isNumber(t.text)) {
			break // right after the line ("… لونها بني"), up to the next thing said
		}
		if t.sep || t.lex || t.aside || t.neg {
			continue
		}
		w := t.text
		if en, ok := englishColors[t.lowSurface()]; ok {
			w = en
		} else if t.color != "" {
			w = t.color
		}
		if r.inName(idx, w) || !r.colourFamily(w) {
			continue
		}
		for _, c := range r.lx.products[idx].Colors {
			if slices.Contains(strings.Fields(wordsKey(c)), w) {
				return "" // a brown it is made in: which one is asked
			}
		}
		return t.surface
	}
	return ""
}

// colourFamily: w names a colour, alone, that the catalog writes only
// with its shade ("بني" of "بني جوزي"), or a basic colour.
func (r *Rules) colourFamily(w string) bool {
	for _, c := range englishColors {
		if c == w {
			return true
		}
	}
	for k := range r.lx.colors {
		if strings.HasPrefix(k, w+" ") {
			return true
		}
	}
	return false
}

// placeKind: a place said bare right after the head noun ("كرسي مكتب")
// names a kind of that goods (an office chair) when the catalog writes it
// so, right after another product's head noun ("خزنة مكتب ببصمة"), and
// the product found names another kind in that place ("كرسي سفرة", its
// word there no material, colour or figure): that product lacks it, the
// box says it has not exactly that ("كرسي للمكتب" says where it goes).
func (r *Rules) placeKind(ts []token, d *draft, u string, idx int) bool {
	if isLatinWord(u) {
		return false
	}
	own := r.lx.info[idx].phrases
	if len(own) == 0 || len(own[0]) < 2 || own[0][0] != r.lx.info[idx].head {
		return false
	}
	if k := own[0][1]; k == u || r.lx.materialWords[k] || r.lx.colors[k] != "" || isNumber(k) {
		return false
	}
	bare := false
	for i := d.start + 1; i < d.end && i < len(ts) && !bare; i++ {
		w := wordKey(ts[i].surface)
		bare = ts[i].text == u && !ts[i].sep && !ts[i].prep && !ts[i-1].sep && r.isHead(ts[i-1].text) && (placeWords[w] || roomWords[w])
	}
	if !bare {
		return false
	}
	for _, q := range r.lx.postings[u] {
		if int(q) == idx {
			continue
		}
		if ph := r.lx.info[q].phrases; len(ph) > 0 && len(ph[0]) > 1 && ph[0][1] == u && ph[0][0] == r.lx.info[q].head && ph[0][0] != r.lx.info[idx].head {
			return true
		}
	}
	return false
}

// dropWorkFor: a service (work the shop does, its name a verbal noun)
// named with no amount of its own right after a purpose word, "عشان",
// "3ashan" (an article between allowed), after goods the message
// orders, is what those goods are for ("عايز ستاد ٧٠ وتراك ٧٠ عشان قاطوع
// في الاوضة", "stud w track 3ashan qato3"): the customer builds it
// with them; it is no line of its own.
func (r *Rules) dropWorkFor(ts []token, keep []*draft, items []Item, itemOf map[*draft]int) []Item {
	drop := map[int]bool{}
	for _, d := range keep {
		k, ok := itemOf[d]
		if !ok || items[k].Product == nil || !r.isService(items[k].Product) || d.pre != nil || len(d.counts) > 0 || len(d.groups) > 0 || len(d.sizes) > 0 {
			continue
		}
		p := d.start - 1
		if p >= 0 && !ts[p].sep && articleWords[ts[p].lowSurface()] || p >= 0 && ts[p].lowSurface() == "a" {
			p--
		}
		if p < 0 || ts[p].sep || !workForWords[ts[p].lowSurface()] && !workForWords[ts[p].text] {
			continue
		}
		goods := false
		for j := 0; j < k; j++ {
			goods = goods || items[j].Product != nil && !r.isService(items[j].Product)
		}
		if !goods {
			continue
		}
		drop[k] = true
		for j := p; j < d.end && j < len(ts); j++ {
			ts[j].used, ts[j].aside = true, true
		}
	}
	return dropItems(items, itemOf, drop)
}

// workForWords: for (the purpose the goods serve).
var workForWords = set("عشان", "علشان", "لاجل", "3ashan", "3shan", "3lshan", "3alashan")

// soldByPair: the product's name says one is a pair ("مخدة فايبر (الجوز)",
// "Ball knob (pair)").
func soldByPair(p *catalog.Product) bool {
	for _, n := range []string{p.NameAr, lower(p.NameEn)} {
		if strings.Contains(n, "(جوز)") || strings.Contains(n, "(الجوز)") || strings.Contains(n, "(pair)") {
			return true
		}
	}
	return false
}

// pairSaid: the customer counted pairs ("٢ جوز", "جوزين", "3 goz", "2 pairs")
// in or right before the line.
func pairSaid(ts []token, d *draft) bool {
	for k := max(0, d.start-2); k < d.end+1 && k < len(ts); k++ {
		if !ts[k].sep && pairWord(ts[k]) {
			return true
		}
	}
	return false
}

// shadeColour: a shade said bare in the line or right after it ("غامق",
// "فاتح", "dark", "light"), no colour named with it, where exactly one of
// the product's colours is of that shade ("خشبي غامق" beside "خشبي
// فاتح"): that colour. Two colours of the shade leave it asked.
func shadeColour(ts []token, d *draft, p *catalog.Product) (string, bool) {
	shade := ""
	for k := d.start; k < len(ts) && k <= d.end && !ts[k].sep; k++ {
		if s := shadeOf(ts[k]); s != "" && ts[k].color == "" {
			shade = s
		}
	}
	if shade == "" {
		return "", false
	}
	found := ""
	for _, c := range p.Colors {
		if slices.Contains(strings.Fields(arabic.Normalize(c)), shade) {
			if found != "" {
				return "", false
			}
			found = c
		}
	}
	return found, found != ""
}

// maxAmbiguous is how many close products a line keeps beside its best:
// with it, ten — as many as one WhatsApp list shows, so "which one?" over
// a kind of seven never leaves one of the seven out.
const maxAmbiguous = 9

// namedInPlural: the goods' own name says the plural the customer said
// ("عدسات بلو كت (الزوج)", "Blue-cut lenses (pair)", "فناجين بورسلين ٦
// قطع"): one of the product is that plural, so "عايز عدسات بلو كت" asks
// for one, never several of a singular with how many not said.
func namedInPlural(p *catalog.Product, ts []token, d *draft) bool {
	// the plural that is the head noun: Arabic's first, English's last
	// ("birds toys" of "Birds toy": the toys are uncounted)
	head := ""
	for _, t := range ts[d.start:min(d.end, len(ts))] {
		if w := bareSurface(t.surface); t.plural && (isLatinWord(w) || head == "") {
			head = w
		}
	}
	ar := keysOf(p.NameAr)
	en := strings.FieldsFunc(lower(p.NameEn), func(r rune) bool { return !unicode.IsLetter(r) })
	// English as written: a word key drops the plural's s ("chairs")
	return isArabicWord(head) && slices.Contains(ar, wordKey(head)) || isLatinWord(head) && slices.Contains(en, head)
}

// ownersEn: English possessives, whose thing is the customer's own.
var ownersEn = set("my", "our", "own", "his", "her", "their")

// serviceByOwnName: the draft says in full a name of the service that
// words of no goods make up — "دليفري" of a delivery named "توصيل",
// "تريلا" of a heavy-truck haulage, loanwords and vehicles the shop
// names its service by. That service is asked, its work word unsaid; an
// object's words that goods share ("منظومة" of "تركيب منظومة") are not.
func (r *Rules) serviceByOwnName(ts []token, d *draft, idx int) bool {
	lx := r.lx
	if d.start > 0 && d.start <= len(ts) && !ts[d.start-1].sep && ownersEn[ts[d.start-1].lowSurface()] {
		return false // "I'll send my own truck": the customer's, no service of the shop
	}
	for _, ph := range lx.info[idx].phrases {
		if len(ph) == 0 || len(ph) > len(d.uniq) {
			continue
		}
		whole := true
		for _, u := range ph {
			if stopUnits[u] {
				continue
			}
			if !d.uniq[u] {
				whole = false
				break
			}
			for _, o := range lx.postings[u] {
				if oi := &lx.info[o]; !oi.service && !lx.products[o].MadeToOrder {
					whole = false
					break
				}
			}
			if !whole {
				break
			}
		}
		if whole {
			return true
		}
	}
	return false
}

// modelOfLineBefore: the close products asked between differ by the model
// they are made for — the words of their Arabic names the others lack,
// among them a model figure ("اسكرينة زجاج آيفون 15" beside "… ريدمي نوت
// 13") — and a line before chose a product whose names hold all of one
// candidate's such words and no other's ("آيفون 15 ذاكرة 128 جيجا"): the
// accessory said bare ("واسكرينة", "2 screen protector") is the one for
// that model, as a clerk reads it. Lines before of two models, a figure
// said in the line itself, or a model word no line before has: still
// asked.
func (r *Rules) modelOfLineBefore(d *draft, items []Item, best scored, amb []Candidate) (scored, bool) {
	if len(items) == 0 {
		return scored{}, false
	}
	for w := range d.uniq {
		if hasDigit(w) {
			return scored{}, false // a figure of its own said: the line's, not the model before
		}
	}
	idxs := []int{best.idx}
	for _, c := range amb {
		if i := r.indexOf(c.Product); !slices.Contains(idxs, i) {
			idxs = append(idxs, i)
		}
	}
	if len(idxs) < 2 {
		return scored{}, false
	}
	in := func(w string, i int) bool { return slices.Contains(r.lx.info[i].phrases[0], w) }
	own := make([][]string, len(idxs)) // each candidate's words the others' names do not all have
	for n, i := range idxs {
		figure := false
		for _, w := range r.lx.info[i].phrases[0] {
			if d.uniq[w] || stopUnits[w] || slices.Contains(own[n], w) {
				continue
			}
			all := true
			for _, o := range idxs {
				all = all && in(w, o)
			}
			if all {
				continue
			}
			own[n] = append(own[n], w)
			figure = figure || hasDigit(w) && !r.lx.info[i].sizes[w] && !r.lx.info[i].measures[w]
		}
		if !figure {
			return scored{}, false // they differ by more than a model: a person asks
		}
	}
	found := -1
	for _, it := range items {
		if it.Product == nil {
			continue
		}
		q := r.indexOf(it.Product)
		if slices.Contains(idxs, q) {
			continue
		}
		for n, i := range idxs {
			fits := true
			for _, w := range own[n] {
				fits = fits && r.lx.info[q].all[w]
			}
			if !fits {
				continue
			}
			if found >= 0 && found != i {
				return scored{}, false // two models before: which one is asked
			}
			found = i
		}
	}
	if found < 0 {
		return scored{}, false
	}
	return scored{idx: found, score: best.score}, true
}

// forLineBefore: the line says what it is for with ل (or Franco "lel",
// English "for the") and a word of the line before's product ("و٢ علبة
// ابر للماكينة" after "ماكينة خياطة براذر"): of the close products asked
// between, the one whose own words (those the others' names lack, no
// figure) the goods before all have in their names — the needles of the
// home machine ("منزلي"), never the industrial ones. None or two such:
// still asked.
func (r *Rules) forLineBefore(ts []token, d *draft, items []Item, best scored, amb []Candidate) (scored, bool) {
	if len(items) == 0 || len(amb) == 0 {
		return scored{}, false
	}
	prevP := items[len(items)-1].Product
	if prevP == nil {
		return scored{}, false
	}
	q := r.indexOf(prevP)
	said := false
	for k := d.start; k < d.end && k < len(ts); k++ {
		t := ts[k]
		if t.sep || !t.lex || !r.lx.info[q].all[t.text] {
			continue
		}
		sur := lower(strings.TrimPrefix(t.surface, "و"))
		if strings.HasPrefix(sur, "لل") || k > 0 && !ts[k-1].sep && forWords[ts[k-1].lowSurface()] {
			said = true
		}
	}
	if !said {
		return scored{}, false
	}
	idxs := []int{best.idx}
	for _, c := range amb {
		if i := r.indexOf(c.Product); !slices.Contains(idxs, i) {
			idxs = append(idxs, i)
		}
	}
	if len(idxs) < 2 || slices.Contains(idxs, q) {
		return scored{}, false
	}
	in := func(w string, i int) bool { return slices.Contains(r.lx.info[i].phrases[0], w) }
	return onlyOf(idxs, best, func(i int) bool {
		var own []string
		for _, w := range r.lx.info[i].phrases[0] {
			if hasDigit(w) || stopUnits[w] || d.uniq[w] {
				continue
			}
			all := true
			for _, o := range idxs {
				all = all && in(w, o)
			}
			if !all {
				own = append(own, w)
			}
		}
		if len(own) == 0 {
			return false
		}
		for _, w := range own {
			if !r.lx.info[q].all[w] {
				return false
			}
		}
		return true
	})
}

// fitSaidAfter: what the goods are for, said once after the last of
// several entries joined by و in d's clause ("… وفلتر زيت وفلتر هوا
// للفيرنا", "filter w tel faramel lel verna": the car both are for), is
// d's too: of the close products d is between, the one whose names hold
// that word, when only one does. Said before the goods ("فلتر زيت
// للفيرنا وتيل فرامل") it is the first entry's alone.
func (r *Rules) fitSaidAfter(ts []token, ds []*draft, d *draft, best scored, amb []Candidate) (scored, bool) {
	if len(amb) == 0 {
		return scored{}, false
	}
	at := slices.Index(ds, d)
	if at < 0 {
		return scored{}, false
	}
	idxs := []int{best.idx}
	for _, c := range amb {
		if i := r.indexOf(c.Product); !slices.Contains(idxs, i) {
			idxs = append(idxs, i)
		}
	}
	prev := d
	for _, e := range ds[at+1:] {
		joined := e.start < len(ts) && ts[e.start].conj || e.start > 0 && andWords[ts[e.start-1].lowSurface()]
		if e.clause != d.clause || e.start >= len(ts) || !joined || e.start < prev.end {
			break
		}
		for k := prev.end; k < e.start; k++ {
			if ts[k].sep {
				return scored{}, false // a pause between: another entry of the talk
			}
		}
		for k := e.start; k < e.end && k < len(ts); k++ {
			t := ts[k]
			if t.sep || !t.lex {
				continue
			}
			sur := lower(strings.TrimPrefix(t.surface, "و"))
			if !strings.HasPrefix(sur, "لل") && !(k > e.start && !ts[k-1].sep && forWords[ts[k-1].lowSurface()]) {
				continue
			}
			if c, ok := onlyOf(idxs, best, func(i int) bool { return r.lx.info[i].all[t.text] }); ok {
				return c, true
			}
		}
		prev = e
	}
	return scored{}, false
}

// andWords: "and" written apart ("w teel", "and pads").
var andWords = set("و", "w", "we", "wa", "and", "&")

// hasDigit: w holds a figure ("15", "a15").
func hasDigit(w string) bool {
	return strings.ContainsAny(w, "0123456789")
}

// dualNamed: a word of the line said in the dual ("بابين", Franco
// "babeen") where one of the close products' Arabic names says that dual
// and another says its singular ("ثلاجة عمودي بابين" beside "ثلاجة عمودي
// باب واحد") — a vocabulary that groups "باب, بابين" reads both as one
// word, the count of the part lost: the dual is the product with two.
func (r *Rules) dualNamed(ts []token, d *draft, best scored, amb []Candidate) (scored, bool) {
	idxs := []int{best.idx}
	for _, c := range amb {
		if i := r.indexOf(c.Product); !slices.Contains(idxs, i) {
			idxs = append(idxs, i)
		}
	}
	says := func(i int, w string) bool {
		p := &r.lx.products[i]
		for _, ph := range append([]string{p.NameAr}, p.Synonyms...) {
			for _, t := range tokenize(ph) {
				if !t.sep && t.text == w {
					return true
				}
			}
		}
		return false
	}
	for k := d.start; k < d.end && k < len(ts); k++ {
		t := ts[k]
		if t.sep || !t.lex {
			continue
		}
		sp := t.surface
		if isLatinWord(sp) {
			sp = r.lx.latin[francoSkeleton(lower(sp))]
		} else {
			for _, p := range []string{"وال", "ال", "و"} {
				if st, ok := strings.CutPrefix(sp, p); ok && utf8.RuneCountInString(st) >= 4 {
					sp = st
					break
				}
			}
		}
		stem, ok := strings.CutSuffix(sp, "ين")
		if !ok || utf8.RuneCountInString(stem) < 2 {
			continue
		}
		singulars := []string{stem}
		if st, ok := strings.CutSuffix(stem, "ت"); ok {
			singulars = append(singulars, st+"ه") // "ضلفتين" of "ضلفة"
		}
		found, single := -1, false
		for _, i := range idxs {
			if says(i, sp) {
				if found >= 0 {
					return scored{}, false
				}
				found = i
			} else if slices.ContainsFunc(singulars, func(s string) bool { return says(i, s) }) {
				single = true
			}
		}
		if found >= 0 && single {
			return scored{idx: found, score: best.score}, true
		}
	}
	return scored{}, false
}

// headOfEnglishTie: the line's last word w is a word of the best
// product's English name that is not that name's head (the head is its
// last noun: "tag" of "Luggage name tag") and of none of its other names,
// while a product scored as well is headed by w ("ABS trolley", "شنطة سفر
// ترولي" under the vocabulary's luggage). Only an exact tie: words said
// that choose between them decide; a colour only one offers never makes a
// product not asked for the line.
func (r *Rules) headOfEnglishTie(ts []token, d *draft, cands []scored) bool {
	if len(cands) < 2 || len(d.words) == 0 {
		return false
	}
	w := d.words[len(d.words)-1]
	if isNumber(w) || r.lx.colors[w] != "" || !r.enNotHead(cands[0].idx, w) {
		return false
	}
	for _, c := range cands[1:] {
		if c.score < cands[0].score-1e-9 {
			break
		}
		if o := &r.lx.info[c.idx]; r.headed(c.idx, w) || o.headEn == w || o.packedEn == w {
			return true
		}
	}
	return false
}

// enNotHead: product idx's English name holds w, and not as its head —
// its head an English head noun of the catalog's ("tag"), not a figure or
// a word the vocabulary folds into Arabic — and no other of its names
// holds w.
func (r *Rules) enNotHead(idx int, w string) bool {
	in := &r.lx.info[idx]
	if in.enPhrase == 0 || !isLatinWord(in.headEn) || isNumber(in.headEn) || !r.lx.heads[in.headEn] || in.headEn == w || in.packedEn == w || r.headed(idx, w) {
		return false
	}
	for k, ph := range in.phrases {
		if slices.Contains(ph, w) != (k+1 == in.enPhrase) {
			return false
		}
	}
	return true
}

// englishHeaded: cands without the products tied with the best whose
// English names alone hold the line's last word w, only as a word before
// their head (headOfEnglishTie).
func (r *Rules) englishHeaded(d *draft, cands []scored) []scored {
	w, top := d.words[len(d.words)-1], cands[0].score
	return slices.DeleteFunc(slices.Clone(cands), func(c scored) bool {
		return c.score >= top-1e-9 && r.enNotHead(c.idx, w)
	})
}

// sideWords name the side of a sheet a copy or a print is on ("وش واحد",
// "وش وضهر", "وشين", Franco "wesh w dahr", English "single-sided",
// "double-sided"), as word keys.
var sideWords = set("وش", "وشين", "ضهر", "وضهر", "sided", "side", "sides", "wesh", "dahr", "duplex", "simplex")

// sideSaid: a side said ("١٥ ورقة الوان وش واحد") is a property of the
// goods whose names state one: of the candidates, when some name a side
// word the line says, only those stay — a print whose name states no side
// ("طباعة من فلاشة ألوان") is not what a customer naming the side asked
// for, though it shares the line's other words ("ورقة", "الوان"). Which
// side (single or double) the scores choose, as before.
func (r *Rules) sideSaid(d *draft, out []scored) []scored {
	said := ""
	for _, w := range d.words {
		// a vocabulary's phrase is one word ("one sided" of "وش واحد")
		if sideWords[w] || strings.Contains(w, " ") && slices.ContainsFunc(strings.Fields(w), func(f string) bool { return sideWords[f] }) {
			said = w
			break
		}
	}
	if said == "" {
		return out
	}
	if !slices.ContainsFunc(out, func(c scored) bool { return r.lx.info[c.idx].all[said] }) {
		return out
	}
	return slices.DeleteFunc(out, func(c scored) bool { return !r.lx.info[c.idx].all[said] })
}

// materialSaid: a word of the line's own names its product's material
// ("كنبة راتان", "باب ام دي اف ٨٠").
func (r *Rules) materialSaid(ts []token, it Item) bool {
	if it.Product == nil || it.end <= 0 || it.start >= len(ts) {
		return false
	}
	mat, _ := r.lx.units(it.Product.Material)
	for _, t := range ts[it.start:min(it.end-1, len(ts))] {
		if !t.sep && slices.Contains(mat, t.text) {
			return true
		}
	}
	return false
}
