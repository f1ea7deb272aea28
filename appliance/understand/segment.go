package understand

import (
	"math"
	"slices"
	"strings"
	"unicode/utf8"

	"fatoora/catalog"
)

// Segmenting: the prepared units read left to right and cut into item
// drafts (amounts, sizes, colours, shares of a count, places).

// draft is an item while the message is read.
type draft struct {
	words    []string // catalog units naming the product, in order
	start    int      // token range of the phrase
	end      int
	pre      *amount // quantity said before the product
	groups   [][]amount
	counts   []float64 // bare small numbers after the product
	hourly   bool      // hours were read as its count: only products priced by the hour name it (hourcount.go)
	sizes    []sized   // figures read as sizes in cm (the ones naming the product)
	thick    []sized   // a thickness in mm its name gives ("نجيلة ٢٠ مم"): a dimension when no side is said
	colors   []string
	named    []string    // colour words read as words of the name ("احمر اسوان"): its colour when it has that one
	sameAs   bool        // "نفس اللون"
	pieceOf  *draft      // another piece of that draft's product in a size of its own ("وواحدة تانية ٦٠×١٢٠"): its colour unless it says one
	tones    [][2]string // two colours said of one piece ("ابيض في وردي")
	setWith  int         // index of the item this one was said together with, -1
	clause   int
	header   bool
	fuzzy    bool
	unsure   bool            // a reading a person confirms ("٢ باب ٨٠ و ٩٠": two of each?; "كنبة رمادي ٢": two, or the 2-seater?)
	unknown  bool            // a noun the catalog does not have, named as its own item
	partOf   *draft          // the draft whose count this one shares out ("3 اوكر: واحدة دهبي واتنين اسود")
	perWord  string          // "لكل باب": one for each of the items named so; "*" for each item before
	perN     float64         // "for each of my 4 chairs": that many times
	perAll   bool            // "على كل قطعة", "للكل": perWord "*" said without "لكل" (allPiecesCue)
	andOn    bool            // its first word carries the و ("ومرتبة")
	model    []modelFig      // a model number said that no fitting name carried yet ("موديل ٥"): what the product lacks
	explains int             // most distinct words one product explains
	uniq     map[string]bool // distinct words
	uid      []int32         // the distinct words that are in some product's phrases, as lexicon ids
	folded   []string        // its words the vocabulary folded from several ("bared bas" of "بارد بس"): lexicon.inner
	english  bool            // some word of it was written in English (its head noun comes last)
	with     bool            // said with "بال" after a line, a product of its own ("شمسية … بالقاعدة")
	plural   bool            // its head noun was said in the plural ("وكالونات", "chairs")
	room     []amount        // a size said before a new request ("عندي صالة ٦ في ٤ وعايز …"): what an m² product covers
	before   [][]amount      // other places' sizes said before its own ("صالة ٥ في ٤ واوضة ٣ في ٣ عايزهم باركيه"), in order
	replaced bool            // a correction named it again in other words ("لا استنى خلي الخلاطين كوبو"): no line
	taken    [][2]int        // token ranges of a count a correction lowered ("٢ بطارية … لا خليها واحدة"): no words of its phrase
	half     bool            // a half share of its head's amount ("نصهم أسود"): the head's sizes measure the whole
	entryOf  *draft          // the header naming its kind ("ترابيزات: ١٠ مدورة …"): an entry of that list
	packs    bool            // its count is of packs ("٨ كراتين"): of a product sold by area, m² only by what one holds
	perPack  float64         // what one pack holds as the customer said it ("الكرتونة فيها ١.٤٤ متر")
	inherits bool            // its colours are the header's, until it says its own
	sizeOf   *draft          // the line whose size it took ("اندر لاي لنفس المساحة"): the same place, covered once more
	sizedTo  int             // 1 + the product a width by a length said chose among those of its kind (otherSize); 0 when none
	ofHead   string          // the English word said before "of" ("installation of the hob")
	dozens   bool            // its count after the product was said in dozens ("hinges 2 dozen")
	cnt      []uint16        // product → how many distinct words it explains
	touched  []int32         // products with cnt > 0

	// forAt: the index in words of the first word said with ل after the
	// line's first word ("عزل للتكييف": what the goods are for), 0 if none
	forAt int
	// forAnother: opened by the goods said again for another person
	// (goodsPerPerson): as many more of a line before that is the same
	forAnother bool
	// unsold: a line of goods the shop has no name for, weighed or said
	// in ل ("٢ كيلو لحمة", "ولقاح سعار"): unread, a person answers
	unsold bool
	// other: opened after و by a word the line before cannot be
	// ("… ركبة كاملة وحوض مطبخ"): naming no product, it is read by a person
	other bool
	// posts: for the first n of words, those that are no figure, the
	// postings of the word and of its gender twin (leavesWord, asked of
	// many candidates); words only grow, so n tells when it is stale
	posts struct {
		n  int
		ps [][2][]int32
	}
	// cands: what candidates(d) last scored, asked again and again of one
	// draft (speed). addWord, the one setter of the words and their counts
	// (words, uniq, uid, folded, cnt, touched, explains), and release drop
	// it; the other fields candidates reads, set in place by many rules
	// (english, ofHead, forAt, sizedTo), are its key with len(words), so
	// that a rule setting one anywhere scores afresh.
	cands struct {
		ok   bool
		key  candKey
		list []scored
	}
}

// candKey: the draft's fields candidates reads beside its words' counts.
type candKey struct {
	words, forAt, sizedTo int
	english, dozens       bool
	ofHead                string
}

func (d *draft) candKey() candKey {
	return candKey{len(d.words), d.forAt, d.sizedTo, d.english, wholeDozens(d), d.ofHead}
}

// extraWords say goods are wanted beyond what is there ("مواسير زيادة",
// "رفوف اضافية", "spare cushions"): said of any goods, though a catalog may
// hold one in a name ("تركيب بمواسير زيادة").
var extraWords = set("زياده", "اضافي", "اضافيه", "extra", "additional", "spare", "ziada", "zyada", "edafy", "edafi")

// extraOnly: the draft says an extra word that product p does not have,
// and that word is the only one p leaves out beside the best product: "مواسير
// زيادة" then "ربع ونص" is more of the pipe, not a word against it.
func (r *Rules) extraOnly(d *draft, p int32) bool {
	all := r.lx.info[p].all
	for _, w := range d.words { // uniq's words, without walking the map (speed)
		if extraWords[w] && !all[w] {
			return true
		}
	}
	return false
}

// sized is a size in cm and the token it was said at.
type sized struct {
	cm float64
	at int
}

// fits reports whether word u can join the draft: some product uses u and
// still explains as many of the draft's words as the best product does.
func (r *Rules) fits(d *draft, u string) bool {
	if len(d.words) == 0 {
		return true
	}
	if d.uniq[u] {
		return true
	}
	for _, p := range r.lx.postings[u] {
		if n := int(d.cnt[p]); n >= d.explains && n > 0 || n > 0 && n == d.explains-1 && !isNumber(u) && r.extraOnly(d, p) {
			return true
		}
	}
	for _, p := range r.lx.shortFor[u] {
		if n := int(d.cnt[p]); n >= d.explains && n > 0 {
			return true // "تركيب الطقم": the service's "طقم حمام" said short
		}
	}
	return false
}

// noneFitAhead: no catalog word after i in its clause (to a separator, a
// figure or the next و) is one the line's product has, or a head noun
// (that opens the next line itself: "وجوز ستارة").
func (r *Rules) noneFitAhead(sg *segmenter, i int) bool {
	for k := i + 1; k < len(sg.ts) && !sg.ts[k].sep && !sg.ts[k].conj && !isNumber(sg.ts[k].text); k++ {
		if sg.ts[k].lex && sg.ts[k].color == "" && (r.fits(sg.cur, sg.ts[k].text) || r.lx.heads[sg.ts[k].text]) {
			return false
		}
	}
	return true
}

// addWord appends a word to the draft and counts, for every product using
// it, one more word explained.
func (r *Rules) addWord(d *draft, u string) {
	d.cands.ok = false
	d.words = append(d.words, u)
	if d.uniq == nil {
		d.uniq = map[string]bool{}
		if c, ok := r.counts.Get().(*countBuf); ok {
			d.cnt, d.touched = c.cnt, c.touched[:0]
		} else {
			d.cnt = make([]uint16, len(r.lx.products))
		}
	}
	if d.uniq[u] {
		return
	}
	d.uniq[u] = true
	if id, ok := r.lx.ids[u]; ok {
		d.uid = append(d.uid, id)
	}
	if len(r.lx.inner[u]) > 0 {
		d.folded = append(d.folded, u)
	}
	twin := r.genderTwin(u)
	if id, ok := r.lx.ids[twin]; ok && twin != "" {
		d.uid = append(d.uid, id)
	}
	own := r.lx.postings[u]
	for _, p := range own {
		r.explain(d, p)
	}
	for _, p := range r.lx.shortFor[u] {
		if d.cnt[p] > 0 && d.cnt[p] >= uint16(d.explains) {
			// after other words of its name, the first word of a
			// product's several-word term is that term said short
			// ("تركيب الطقم" of "تركيب طقم حمام")
			r.explain(d, p)
		}
	}
	if twin == "" {
		return
	}
	k := 0 // postings ascend: walk both lists once
	for _, p := range r.lx.postings[twin] {
		for k < len(own) && own[k] < p {
			k++
		}
		if k < len(own) && own[k] == p {
			continue
		}
		r.explain(d, p) // one word said, whichever form a name uses
	}
}

// explain counts one more of the draft's words explained by product p.
func (r *Rules) explain(d *draft, p int32) {
	if d.cnt[p] == 0 {
		d.touched = append(d.touched, p)
	}
	d.cnt[p]++
	if n := int(d.cnt[p]); n > d.explains {
		d.explains = n
	}
}

// genderTwin is the other gender of a describing word the catalog's names
// use in both ("جاهز"/"جاهزة": "ستارتين جاهزين" agree with either), ""
// when there is none. Head nouns are not twinned: ة may make another
// thing of them.
func (r *Rules) genderTwin(u string) string {
	if isNumber(u) || !isArabicWord(u) || r.lx.heads[u] || utf8.RuneCountInString(u) < 3 {
		return ""
	}
	twin, ok := strings.CutSuffix(u, "ه")
	if !ok {
		twin = u + "ه"
	}
	if utf8.RuneCountInString(twin) < 3 || !r.lx.isWord(twin) || r.lx.heads[twin] || r.lx.colors[twin] != "" || r.lx.colors[u] != "" {
		return ""
	}
	return twin
}

// hasNumber reports whether a product that fits the draft has the number
// in its names (the 180 of "ترابيزة سفرة 180", the 3 of "كنبة 3 مقاعد").
func (r *Rules) hasNumber(d *draft, num string) bool {
	return len(d.words) > 0 && r.lx.isWord(num) && r.fits(d, num)
}

// listSeps separate the entries of a list of items.
var listSeps = map[string]bool{",": true, "+": true, "\n": true, "-": true, "،": true}

// segment reads the units left to right and cuts them into item drafts:
// one step per unit (a separator, a word set aside, an amount, a catalog
// word, a colour, "نفس …", a noun the catalog lacks).
func (r *Rules) segment(ts []token) []*draft {
	sg := &segmenter{r: r, ts: ts, lastJoin: "start"}
	for i := 0; i < len(ts); {
		i = sg.step(i)
	}
	sg.replace()
	headerShares(sg.ds)
	placesApply(ts, sg.ds, sg.bounds)
	totalRestated(ts, sg.ds)
	headsApply(ts, sg.ds)
	return r.splitNamed(ts, r.splitPlaces(sg.ds))
}

// splitNamed gives each size of a line sold by area a line of its own
// when a place or an ordinal says whose size each is ("سيلف ليفلنج ازرق
// لغرفتين: الاولى ٤ في ٣ والتانية ٥ في ٣ ونص", "لاوضة ٤ في ٣ واوضة ٥
// في ٣"): two places are two pieces of work, each with its area and its
// size, as two pieces of different sizes are two lines.
func (r *Rules) splitNamed(ts []token, ds []*draft) []*draft {
	out := ds
	for k := 0; k < len(out); k++ {
		d := out[k]
		places := float64(len(d.groups))
		if len(d.groups) < 2 || d.pre != nil && (d.pre.unit != "" || d.pre.val != places) || len(d.counts) > 0 || len(d.before) > 0 ||
			r.unitOf(d) != catalog.SquareMeter || d.perN != 0 && d.perN != places {
			continue // "لـ٣ اوض: الاولى … والتانية …": which room is which, a person's
		}
		named := func(g []amount) bool {
			if len(g) != 2 || g[0].unit != g[1].unit || g[0].start == 0 {
				return false
			}
			p := ts[g[0].start-1]
			w := strings.TrimPrefix(p.text, "و")
			return !p.sep && !p.lex && (ordinalWords[w] || placeWords[placeKey(strings.TrimPrefix(p.surface, "و"))])
		}
		if !slices.ContainsFunc(d.groups, func(g []amount) bool { return !named(g) }) {
			lines := make([]*draft, len(d.groups))
			for n, g := range d.groups {
				x := d
				if n > 0 {
					x = r.sameWords(d)
				}
				x.groups = [][]amount{g}
				x.header, x.perN, x.pre = false, 0, nil // "لغرفتين: الاولى … والتانية …": the rooms counted are these
				lines[n] = x
			}
			out = slices.Insert(out[:k+1:k+1], k+1, append(lines[1:], out[k+1:]...)...)
			k += len(lines) - 1
		}
	}
	return out
}

// sameWords is a new line of the same words and colours as d, for one
// more of the sizes said of it.
func (r *Rules) sameWords(d *draft) *draft {
	x := &draft{start: d.start, end: d.end, setWith: -1, clause: d.clause, english: d.english}
	for _, w := range d.words {
		r.addWord(x, w)
	}
	x.colors = append(x.colors, d.colors...)
	return x
}

// splitPlaces gives each place whose size was said before the product a
// line of its own, in the order said ("صالة ٥ في ٤ واوضة ٣ في ٣ عايزهم
// باركيه": 20 m² and 9 m²); for a product sold by the metre the sizes are
// walls of one run and add up.
func (r *Rules) splitPlaces(ds []*draft) []*draft {
	out := ds
	for k := 0; k < len(out); k++ {
		d := out[k]
		if len(d.before) == 0 || len(d.words) == 0 {
			continue
		}
		before := d.before
		d.before = nil
		fromRoom := len(d.groups) == 0 && len(d.room) > 1
		if !fromRoom && len(d.groups) != 1 {
			continue // sizes said after it too: the line keeps what it has
		}
		if r.unitOf(d) == catalog.Meter {
			d.groups = append(append([][]amount{}, before...), d.groups...)
			if fromRoom {
				d.groups = append(d.groups, d.room)
				d.room = nil
			}
			continue
		}
		last := d.room
		if !fromRoom {
			last = d.groups[0]
		}
		sizes := append(append([][]amount{}, before...), last)
		var lines []*draft
		for n, g := range sizes {
			x := d
			if n > 0 {
				x = r.sameWords(d)
			}
			if fromRoom {
				x.room = g
			} else {
				x.groups = [][]amount{g}
			}
			lines = append(lines, x)
		}
		out = slices.Insert(out[:k+1:k+1], k+1, append(lines[1:], out[k+1:]...)...)
		k += len(lines) - 1
	}
	return out
}

// placesApply multiplies by the places a distributive counted (placesEach):
// the line the size after the cue measures ("لأوضتين كل اوضة ٤ في ٣"), or
// every line said after the cue ("لكل اوضة مرتبة ومخدة") up to another
// place named (bounds: "…، وشباك المطبخ ٩٠ في ١٠٠" is one window).
func placesApply(ts []token, ds []*draft, bounds []int) {
	for i, t := range ts {
		if t.each == 0 {
			continue
		}
		applied := false
		var before *draft // "مرتبة اطفال لكل اوضة": the line the cue follows
		stop := len(ts)   // another place named ("، وشباك المطبخ …") or a new request ("… وعايز كمان مراية") ends what the cue covers
		for k := i + 2; k < len(ts); k++ {
			w := placeKey(strings.TrimPrefix(ts[k].surface, "و"))
			place := !ts[k].aside && (placeWords[w] || roomWords[w]) &&
				(ts[k].conj || strings.HasPrefix(ts[k].surface, "و") || ts[k-1].sep)
			request := orderCues[strings.TrimPrefix(ts[k].text, "و")] && slices.ContainsFunc(ds, func(d *draft) bool { return d.start > i && d.end <= k })
			if !ts[k].sep && (place || request) {
				stop = k
				break
			}
		}
		for _, d := range ds {
			if d.perN != 0 || (d.pre != nil || len(d.counts) > 0) && (t.eachSize || d.end <= i) || d.start >= stop {
				continue // a line after "كل حمام" with its own count is that many in each; another place named ends the cue
			}
			if d.start > i && forOtherPlace(ts, d, placeKey(ts[i+1].surface)) {
				continue // "لكل شقة سخان …، وفلتر جامبو للعمارة واحد": the building's, one
			}
			switch {
			case t.eachSize && d.start > i && workOnThem(ts, d):
				d.perN, applied = t.each, true // "عندي ٣ لوحات كل واحدة ٣٥ في ٥٠، عايزة ابروزهم": the work on each of them
			case t.eachSize:
				for _, g := range append(d.groups, d.room) {
					if len(g) > 0 && (g[0].start == i+2 || t.dual && g[0].start == i+1) { // "لبابين ٩٠ في ٢٠٠": the dual itself the count
						d.perN, applied = t.each, true
					}
				}
			case d.end > i+2 && !slices.ContainsFunc(bounds, func(b int) bool { return b > i && b < d.end }):
				d.perN, applied = t.each, true
			case d.end <= i:
				before = d
			}
		}
		if !applied && !t.eachSize && before != nil {
			before.perN = t.each
		}
	}
}

// forOtherPlace: the line's own words say, with ل (for), a place other
// than each: the one the distributive counts ("وفلتر جامبو للعمارة
// واحد" after "لكل شقة"): it is for that place, not for each.
func forOtherPlace(ts []token, d *draft, each string) bool {
	for k := d.start; k < d.end && k < len(ts); k++ {
		t := ts[k]
		if t.sep || !strings.HasPrefix(t.surface, "ل") {
			continue
		}
		if w := placeKey(t.surface); w != each && placeWords[w] {
			return true
		}
	}
	return false
}

// totalRestated: a line given to each of the places counted ("فيها ٦
// شقق، عايز لكل شقة سخان … يعني ٦ سخانات") whose only count, said after
// "يعني" (that is), is as many as the places: the customer's own sum of
// one for each, no count to multiply again. A sum that is not as many
// leaves the line for a person to check.
func totalRestated(ts []token, ds []*draft) {
	for _, d := range ds {
		if d.perN < 2 || d.pre != nil || len(d.counts) != 1 {
			continue
		}
		for k := d.start; k+1 < d.end && k+1 < len(ts); k++ {
			if w := ts[k].lowSurface(); !ts[k].sep && thatIsWords[w] && !ts[k+1].sep && isNumber(ts[k+1].text) {
				if v, ok := parseDigits(ts[k+1].text); ok && v == d.counts[0] {
					if v == d.perN {
						d.counts = nil
						ts[k].used = true
					} else {
						d.unsure = true
					}
					break
				}
			}
		}
	}
}

// thatIsWords restate what was just said: "يعني", Franco "ya3ni", "i.e.".
var thatIsWords = set("يعني", "ya3ni", "i.e", "ie")

// headsApply gives the lines said after a distributive over pieces
// (headsEach: "وكل باب عايزله ٣ مفصلات وكالون") one for each of those
// pieces (countsForAll multiplies by the pieces counted before), up to a
// new request or another distributive; a line said to be one only ("وريموت
// واحد بس", "one only") is not shared out, nor a line of the head itself.
func headsApply(ts []token, ds []*draft) {
	for i, t := range ts {
		if t.perHead == "" {
			continue
		}
		for _, d := range ds {
			if d.start <= i {
				continue
			}
			if stopsEach(ts, i, d.start) {
				break
			}
			if d.perWord == "" && !d.uniq[t.perHead] && !saidOnly(ts, d) {
				d.perWord = t.perHead
			}
		}
	}
}

// stopsEach: between a distributive at i and a line starting at end, a new
// request after a line ("… وعايز كمان …") or another distributive ends it.
func stopsEach(ts []token, i, end int) bool {
	for k := i + 1; k < end && k < len(ts); k++ {
		if ts[k].perHead != "" || ts[k].each > 0 || !ts[k].used && orderCues[ts[k].text] {
			return true
		}
	}
	return false
}

// onlyWords say a line is that many in all, not for each: "واحد بس", "one only".
var onlyWords = set("بس", "فقط", "bas", "only", "just")

// enoughWords close a count said again as the one wanted: "لا ٣ كفاية".
var enoughWords = set("كفايه", "كفاية", "kfaya", "kefaya", "enough")

// saidOnly: the line's words, or the word right after it, say "only".
func saidOnly(ts []token, d *draft) bool {
	for k := d.start; k <= d.end && k < len(ts); k++ {
		if !ts[k].sep && onlyWords[ts[k].lowSurface()] {
			return true
		}
	}
	return false
}

// segmenter is the state of segment while it reads a message.
type segmenter struct {
	r            *Rules
	ts           []token
	corrected    bool            // a correction was read ("لا خليهم ٥ ابواب")
	addsUp       map[*draft]bool // totals whose shares after them add up to them (sharesAddUp)
	replaces     []replacement
	ds           []*draft
	cur          *draft
	pending      *amount
	pendingGroup []amount   // a size said before its product
	room         []amount   // a size said before a new request, for the next product
	before       [][]amount // sizes of other places said before the pending one or the room
	bounds       []int      // tokens naming another place ("، وشباك المطبخ"): a distributive before does not reach past them
	sameNext     bool       // "ونفس اللون" said before the next line's head noun
	perNext      bool       // "كل واحد معاه …": the next line is one for each piece said before
	pendingNext  bool       // the pending count opens the next item (English: "and 4 white frames")
	pendingColor []string   // colours said between that count and its head noun
	pendingSizes []amount   // figures said there ("and one 120 protector")
	pendingSides [][]amount // sizes of two sides said there ("and one 120x80 table")
	pendingAnd   bool       // the pending amount was said after و: its item is another, not said together with the one before
	pendingWalls []amount   // lengths said before the pending one, joined by و ("على حيطتين ٢.٤ متر و ١.٨ متر سفلي …"): walls of a run
	pendingModel []modelFig // a model number said before its product ("موديل ٧ حلق")
	clause       int
	sizeMode     bool
	split        float64 // "وللطرقة", "ولأوضتين": another place; its size opens a line of the same product (the places' count)
	places       float64 // "٢ اوض ٣×٤": the count of places a size said before the product is for
	roomPlaces   float64 // the places' count of sg.room ("عندي أوضتين كل واحدة ٣ × ٤، عايز فيهم …")
	afterSep     bool    // a separator since the current draft's last word
	lastJoin     string  // what came right before the current word: "conj", "sep", "none"
	header       *draft  // a kind named before ":" with no amount ("مارمو رمادي: …"): the entries after it are its lines
	pendingPacks bool    // the pending count is of packs ("٨ كراتين …")
	packOpens    bool    // the word read is the pack the goods after it are sold in, right after the pending count ("و٢ علبة بنط"): it opens that count's line
	forAnother   bool    // the next line opened is the goods said again for another person (token.opens)
}

func (sg *segmenter) isLex(i int) bool { return sg.ts[i].lex && !isNumber(sg.ts[i].text) }

// step reads the unit at i and returns the next one to read.
func (sg *segmenter) step(i int) int {
	r := sg.r
	t := sg.ts[i]
	if t.sep {
		if t.text == ":" && i+1 < len(sg.ts) {
			for _, d := range sg.ds {
				if d.clause == sg.clause {
					d.header = true
				}
			}
			counted := func(c *draft) bool {
				return c.pre == nil || c.pre.unit == "" && !c.pre.implied && !c.pre.dozen && !c.pre.per
			}
			if c := sg.cur; c != nil && c.clause == sg.clause && counted(c) && len(c.counts) == 0 && len(c.groups) == 0 && !c.unknown &&
				!slices.ContainsFunc(sg.ts[c.start:i], func(t token) bool {
					return isNumber(t.text) && !c.uniq[t.text] && (c.pre == nil || t.text != numString(c.pre.val))
				}) && r.unitOf(c) != catalog.Meter {
				// "مارمو رمادي:" names the kind of the entries after it, and
				// so does "SPC ٤ مم:", its figure a word of the name, and "٣
				// قصاري انثراسايت:", its count shared by the entries; a run's
				// walls ("رخامة ٣ حيطان: ٢ و ١.٥") add up instead
				sg.header = c
			}
		}
		if c := sg.cur; listSeps[t.text] && t.text != "x" && c != nil && sg.header == nil && c.clause == sg.clause && i+2 < len(sg.ts) && (c.plural || pluralSaid(sg.ts[c.start:i]) || !isLatinWord(sg.ts[i+2].surface) && sg.ts[i].text != "+") && c.pre == nil &&
			len(c.counts) == 0 && len(c.groups) == 0 && len(c.sizes) == 0 && !c.unknown && i+2 < len(sg.ts) && !sg.ts[i+1].sep &&
			isNumber(sg.ts[i+1].text) && !sg.ts[i+2].sep && sg.ts[i+2].lex && c.uniq[sg.ts[i+2].text] &&
			(r.isHead(sg.ts[i+2].text) || isLatinWord(sg.ts[i+2].surface) && slices.ContainsFunc(sg.ts[c.start:i], func(t token) bool { return t.plural && t.text == sg.ts[i+2].text })) {
			// "white matt fronts, 8 fronts 35 x 80", "عايز ضلف مات ابيض، ٦
			// ضلف ٤٠ في ٧٠": a kind said in the plural with no amount, then
			// its own head noun again with a count, names the kind of the
			// entries after it, as "…:" does
			c.header = true
			sg.header = c
		}
		if t.text != "x" {
			sg.clause++
			sg.afterSep = true
			sg.sizeMode = false
			sg.lastJoin = "sep"
		}
		i++
		return i
	}
	if j := sg.likeItAgain(i); j > i {
		return j // "وزيها بالظبط", "and the same in beige": one more of the line before
	}
	if t.opens && !t.neg && !t.aside {
		// "لابني فرخة صغيرة ولبنتي فرخة صغيرة": the goods said again for
		// another person, never more words of the line before
		sg.cur, sg.lastJoin, sg.forAnother = nil, "conj", true
	}
	w := t.text
	if c := sg.cur; c != nil && c.ofHead == "" && len(c.words) > 0 && t.lowSurface() == "of" && i > 0 && isLatinWord(sg.ts[i-1].surface) {
		c.ofHead = c.words[len(c.words)-1] // "installation of the hob": said before "of"
	}
	if k, prev := sg.samePlaces(i); prev != nil && t.aside && !t.neg {
		return sg.takeSame(i, k, prev) // "… for the same 4 windows", set aside as where they go
	}
	if t.neg || t.aside {
		forward := t.perHead != "" || i > 0 && sg.ts[i-1].perHead != "" // "ولكل باب ٣ مفصلات": for what follows (headsApply)
		if t.perHead != "" {
			sg.cur = nil // what follows the cue is for each piece: no word of the line before ("عليها ٢ مخدة")
		}
		if t.aside && t.text != "" && sg.cur != nil && sg.ts[i].surface != "" && !forward && perOf(sg.ts, i) != "" {
			sg.cur.perWord = perOf(sg.ts, i) // "وحلق لكل باب": one for each door
			sg.cur.perAll = sg.cur.perAll || sg.ts[i].allPieces
		}
		if t.perN > 0 && sg.cur != nil {
			sg.cur.perN = t.perN
		} else if t.perN > 0 {
			// "for each of the 3 bathrooms I need …": said before the
			// items, it is for every line after it
			sg.ts[i].each = t.perN
		}
		if sg.lastJoin != "conj" || !t.aside {
			sg.lastJoin = "none" // "and one each of the towel bar …": the و still joins what follows
		}
		i++
		return i
	}
	// "وخلي الخطوط ٥ متر مش ٤", "والخطوط ٥ متر مش ٤": an earlier line
	// named again by its head noun, a new amount and "مش" with the one it
	// was given is that line corrected, no line of its own
	if end, ok := sg.takenBack(i); ok {
		sg.corrected = true
		return end
	}
	if w == "و" || (t.conj && (withWords[w] || tooWords[w]) || tooWords[w] && wantAgain(sg.ts, i)) && !t.lex && sg.cur != nil {
		// "… ومعاه ٤٠ متر وزرة": "and with it" joins as و does, and so
		// does "and also" ("وكمان ٢٠ متر …", "وعايز كمان …"); what
		// follows is another line, its colour not the one before's
		sg.lastJoin = "conj"
		sg.ts[i].used = true
		i++
		return i
	}
	if h := sg.header; h != nil && sg.cur != nil && (sg.cur == h || sg.cur.entryOf == h) && !t.lex && (ordinalWords[w] || placeWords[w]) &&
		i > 0 && sg.ts[i-1].sep && i+1 < len(sg.ts) && !sg.ts[i+1].sep && isNumber(sg.ts[i+1].text) {
		// "SPC ٦ مم:⏎الاولى ٣٫٥ في ٤⏎التانية ٣ في ٣": each room that
		// opens a line of the header's entries, with its size, is an
		// entry of its own
		sg.ts[i].used, sg.ts[i].aside = true, true
		if sg.cur != h || len(h.groups) > 0 {
			sg.lastJoin = "conj"
		}
		return i + 1
	}
	if orderCues[w] && sg.pending != nil {
		// "عندي اوضة 4 في 4 عايز دولاب": a new request; the size stays
		// the room's, for a product sold by area to cover
		if len(sg.pendingGroup) > 1 && sg.pending.unit != "sqm" {
			sg.room, sg.roomPlaces = sg.pendingGroup, sg.places
		}
		sg.pending, sg.pendingGroup, sg.places, sg.pendingWalls = nil, nil, 0, nil
	}
	if addVerbs[w] && !t.lex && sg.cur != nil && headNext(sg, i+1) {
		// "… بس زود ريموت", "وزود مفتاح", "and add a remote": more asked
		// for is another line, never more words of the one before
		sg.ts[i].used = true
		sg.cur = nil
		sg.lastJoin = "sep"
		return i + 1
	}
	if sizeCue[w] {
		if sg.cur != nil && sg.ts[i].lex && prevWord(sg.ts, i) == "علي" {
			// "على المقاس": made to measure, as a product's name says it
			r.addWord(sg.cur, w)
		}
		sg.sizeMode = true
		sg.ts[i].used = true
		i++
		return i
	}
	// "3 split units, each with installation": English "each with", the
	// next line one for each piece said before, as "كل واحد معاه"
	if t.lowSurface() == "each" && sg.cur != nil && i+1 < len(sg.ts) && !sg.ts[i+1].sep && sg.ts[i+1].lowSurface() == "with" {
		sg.perNext = true
		sg.ts[i].used, sg.ts[i+1].used = true, true
		return i + 2
	}
	// "كل واحدة 120 في 160": each one, not an amount of one
	// "١٨ درجة …، طول الدرجة متر و٢٠ سم": the length of the piece
	// counted, its head noun again with the article, is each one's
	if i > 0 && !sg.ts[i-1].sep && (sg.ts[i-1].text == "كل" || sg.ts[i-1].surface == "كل") && (eachWords[w] || sg.eachPiece(i)) ||
		i > 0 && !sg.ts[i-1].sep && lengthWords[sg.ts[i-1].text] && definite(t.surface) && sg.eachPiece(i) {
		if i+1 < len(sg.ts) && !sg.ts[i+1].sep && withWords[sg.ts[i+1].text] && sg.cur != nil {
			sg.perNext = true // "٣ خلاط، كل واحد معاه شطاف": one with each of them
		}
		sg.ts[i].used = true
		i++
		return i
	}
	// "4-inch hinges", "a 2-seater sofa": the figure is a word of the
	// product's name (or describes it), never how many
	if t.compound && isNumber(w) {
		if r.lx.isWord(w) && sg.cur != nil && sg.opensEnglish(i) && i+1 < len(sg.ts) && !sg.ts[i+1].sep &&
			(r.lx.heads[sg.ts[i+1].text] && isLatinWord(sg.ts[i+1].surface) || r.englishHead(sg.ts, i+1, i+5) >= 0) {
			// "…, a 180 fibre quilt": after a separator and an article,
			// the name's figure opens the line of the English head noun
			// ahead
			sg.cur = nil
			return sg.word(i)
		}
		if r.lx.isWord(w) && (sg.cur == nil || r.fits(sg.cur, w)) {
			return sg.word(i)
		}
		if r.lx.isWord(w) && sg.opensEnglish(i) {
			// "the wifi hub and the 15-channel remote": the next line's name
			sg.cur = nil
			return sg.word(i)
		}
		if r.lx.isWord(w) && sg.countOpensNext() {
			// "… and 2 bottles of the 120 ml solution": after a count said
			// for a line not opened yet, the name's figure is that line's
			sg.cur = nil
			return sg.word(i)
		}
		sg.ts[i].used = true
		return i + 1
	}
	// "the 8mm one", "the grey one": the pronoun one, no count
	if t.lowSurface() == "one" && i > 0 && !sg.ts[i-1].sep && !isNumber(sg.ts[i-1].text) && sg.ts[i-1].text != "و" &&
		(i+1 == len(sg.ts) || sg.ts[i+1].sep) {
		sg.ts[i].used = true
		return i + 1
	}
	// "واحدة ١٠٠×١٥٠ والتانية ٦٠×١٥٠", "and the other 60x150": the rest
	// of a count shared out by size
	if c := sg.cur; c != nil && c.partOf != nil && otherWords[strings.TrimPrefix(w, "و")] && (t.conj || strings.HasPrefix(t.surface, "و") || sg.lastJoin == "conj") && sizeAt(sg.ts, i+1) {
		rest := headCount(c.partOf)
		for _, d := range sg.ds {
			if d.partOf == c.partOf {
				rest -= headCount(d)
			}
		}
		if rest > 0 {
			d := &draft{start: i, end: i + 1, setWith: -1, clause: sg.clause, partOf: c.partOf}
			for _, u := range c.partOf.words {
				r.addWord(d, u)
			}
			d.colors = append(d.colors, c.partOf.colors...)
			d.pre = &amount{val: rest, start: i, end: i + 1}
			sg.ts[i].used = true
			return sg.openLine(d, i, i+1)
		}
	}
	if c := sg.cur; c != nil && c.entryOf != nil && c.partOf == nil && sizedDone(c) && otherWords[strings.TrimPrefix(w, "و")] &&
		(t.conj || strings.HasPrefix(t.surface, "و") || sg.lastJoin == "conj") && sizeAt(sg.ts, i+1) {
		// "تندة ساقطة اخضر لشباكين: واحد ١٢٠ في ١٥٠ والتاني ٢٠٠ في ١٥٠":
		// after an entry with its size, "والتاني" and a size is the next
		// entry of the same kind, not a second side of the first
		h := c.entryOf
		d := &draft{start: i, end: i + 1, setWith: -1, clause: sg.clause, entryOf: h, inherits: len(h.colors) > 0}
		for _, u := range h.words {
			r.addWord(d, u)
		}
		d.colors = append(d.colors, h.colors...)
		sg.ts[i].used = true
		return sg.openLine(d, i, i+1)
	}
	// "بكام متر السقف المستوي وبكام اللي بدرجات؟": a price asked again
	// after و, then "اللي" (the one) and a word of the shop's names, asks
	// another product of the line's kind, the one holding that word — a
	// line of the line's head noun, never more words of the line before
	if c := sg.cur; c != nil && theOneAsked(sg.ts, i) {
		head := headOf(r, c)
		if head == "" && len(c.words) > 0 {
			head = c.words[0] // "السقف" of "تنفيذ سقف …": the first word said
		}
		if head != "" {
			d := &draft{start: i, end: i + 1, setWith: -1, clause: sg.clause}
			r.addWord(d, head)
			sg.ts[i].used = true
			return sg.openLine(d, i, i+1)
		}
	}
	// "٧٥ متر، نصهم أسود ونصهم رمادي", "half black and half grey": a
	// share of half the amount said, in a colour of its own
	if halfWords[strings.TrimPrefix(w, "و")] && sg.cur != nil && i+1 < len(sg.ts) && !sg.ts[i+1].sep && sg.ts[i+1].color != "" {
		head := sg.cur
		if head.partOf != nil {
			head = head.partOf
		}
		d := &draft{start: i, end: i + 1, setWith: -1, clause: sg.clause, partOf: head, half: true}
		switch {
		case head.pre != nil && !head.pre.implied && !head.pre.per:
			half := *head.pre
			half.val /= 2
			d.pre = &half
		case head.pre == nil && len(head.groups) == 1 && len(head.groups[0]) == 1:
			half := head.groups[0][0] // the amount, not a side said: no dims of its own
			half.val /= 2
			d.pre = &half
		default:
			d = nil
		}
		if d != nil {
			for _, u := range head.words {
				r.addWord(d, u)
			}
			sg.ds = append(sg.ds, d)
			sg.cur = d
			sg.ts[i].used = true
			sg.lastJoin = "none"
			return i + 1
		}
	}
	// "لا لا استنى خلي الخلاطين كوبو جن ميتال": an earlier line named
	// again, by its head noun, in other words: the new words are that line
	at := i + 1
	if lw := t.lowSurface(); (lw == "make" || keepWords[lw]) && at+1 < len(sg.ts) && articles[sg.ts[at].lowSurface()] {
		at++ // "no wait, make the quilts 13 tog", "la esta khali el la7af 13"
	}
	if (w == "خلي" || correctWords[w] || at > i+1) && waitBefore(sg.ts, i) && at < len(sg.ts) && !sg.ts[at].sep && (definite(sg.ts[at].surface) || at > i+1) {
		if d := sg.named(r.headNoun(sg.ts[at].text)); d != nil {
			sg.replaces = append(sg.replaces, replacement{at: at, old: d})
			sg.ts[at-1].used = true
			for k := i; k >= 0 && k >= i-3 && !sg.ts[k].sep; k-- {
				sg.ts[k].used = true // "لا لا استنى خلي"
			}
			sg.cur = nil
			sg.lastJoin = "sep"
			return at
		}
	}
	// "لا معلش الكاجو خليه كيلو", "la el kaju khalih kilo": an earlier
	// line named again with the article, then "make it" and what it is
	// now — that line, said again
	if t.lex && t.color == "" && !t.conj && (definite(t.surface) || i > 0 && articles[sg.ts[i-1].lowSurface()]) && i+2 < len(sg.ts) && !sg.ts[i+1].sep &&
		(correctWords[sg.ts[i+1].text] || correctWords[sg.ts[i+1].lowSurface()]) && !sg.ts[i+2].sep && (waitBefore(sg.ts, i) || noBefore(sg.ts, i)) &&
		!slices.ContainsFunc(sg.replaces, func(rp replacement) bool { return rp.at == i }) {
		if d := sg.named(r.headNoun(w)); d != nil && d.end <= i {
			sg.replaces = append(sg.replaces, replacement{at: i, old: d})
			for k := i - 1; k >= 0 && k >= i-3 && !sg.ts[k].sep; k-- {
				sg.ts[k].used = true // "لا معلش"
			}
			sg.cur = nil
			sg.lastJoin = "sep"
		}
	}
	// "رول بلاك اوت ابيض شباك ٢٠٠ في ١٨٠": the window the line covers
	if sg.areaPlace(i) && len(sg.cur.groups) == 0 {
		sg.ts[i].used = true
		return i + 1
	}
	// "… عشان يبقوا ماتشينج مع الشاور": a line named again in a purpose
	// clause is why, no line of its own
	if sg.cur != nil && definite(t.surface) && t.lex && inPurposeClause(sg.ts, i) {
		if d := sg.named(r.headNoun(w)); d != nil && d != sg.cur {
			sg.ts[i].used = true
			return i + 1
		}
	}
	// "٥ كيلو قطن عشان اعمل مخدات", "قطن عشان المخدات": another head
	// noun in a purpose clause after a line with its amount is what the
	// goods are for, no line and no word of that line
	if c := sg.cur; c != nil && t.lex && !t.conj && sg.lastJoin != "conj" && sg.pending == nil && t.color == "" && !isNumber(w) && (c.pre != nil || len(c.groups) > 0) &&
		inPurposeClause(sg.ts, i) && r.lx.heads[r.headNoun(w)] {
		if h := headOf(r, c); h != "" && h != r.headNoun(w) && !c.uniq[w] {
			sg.ts[i].used, sg.ts[i].aside = true, true
			return i + 1
		}
	}
	// "… لا خليهم ٤ عشان الجزيرة طويلة": a catalog word no product heads
	// with, in a purpose clause after a line, that the line's product
	// does not have, says why (the island is long), no line of its own
	if c := sg.cur; c != nil && t.lex && !t.conj && sg.pending == nil && t.color == "" && !isNumber(w) && !r.lx.heads[w] &&
		inPurposeClause(sg.ts, i) && !r.names(c, w) && (i+1 >= len(sg.ts) || sg.ts[i+1].sep) {
		sg.ts[i].used, sg.ts[i].aside = true, true
		return i + 1
	}
	// "… لا الاحواض خليهم ٣ بس", "la el a7wad khalihom 3", "no, the
	// planters make them 3": an earlier line named again by its head noun
	// with the article after "لا" or wait words, then the cue and its
	// amount: that line's amount corrected, no line of its own
	if (definite(t.surface) || i > 0 && articles[sg.ts[i-1].lowSurface()]) && t.lex && i+2 < len(sg.ts) && (waitBefore(sg.ts, i) || noBefore(sg.ts, i)) {
		at := sg.correction(i + 1)
		if sg.ts[i+1].lowSurface() == "make" && i+3 < len(sg.ts) && correctObjects[sg.ts[i+2].lowSurface()] {
			at = i + 3 // "no, the desks make them 3"
		}
		if at > i+1 {
			if d := sg.named(r.headNoun(w)); d != nil {
				if a, ok := amountAt(sg.ts, at, sg.isLex); ok && !a.dozen && !a.implied {
					if end, ok := sg.correct(i, a, d); ok {
						sg.corrected = true
						return end
					}
				}
			}
		}
	}
	// "لا سلك الفرامل خليهم ٣ بس": a line named by more than its head noun
	if end, ok := sg.namedRecount(i); ok {
		return end
	}
	// "و٢ فلتر … لا فلتر واحد كفاية": one of a line named by its head noun
	if end, ok := sg.oneNamedRecount(i); ok {
		sg.corrected = true
		return end
	}
	// "… الشموع كلها دهبي": the colour of the lines the noun names
	if end, ok := sg.allColoured(i); ok {
		return end
	}
	// "لا خليهم ٦", "٤٠ متر.. لا خليهم ٤٥", "no, make it 5": the amount
	// just said, corrected
	if at := sg.correction(i); at > i && sg.cur != nil {
		if a, ok := amountAt(sg.ts, at, sg.isLex); ok && (!a.dozen || sg.dozenCorrects(at, a)) && !a.implied {
			cur := sg.cur
			if end, ok := sg.correct(i, a, nil); ok {
				if a.dozen && r.dozenNamed(cur) {
					cur.unsure = true // "٢ طقم كوبايات … لا خليهم دستة" of a set of 12: a dozen sets, or one? a person reads
				}
				sg.corrected = true
				return end
			}
		}
	}
	// "لا خليهم ٥ ابواب، والاوكر ٥ برضو": after a correction, another
	// line named again with a figure "too" is corrected the same way
	if sg.corrected && definite(t.surface) && i+2 < len(sg.ts) && !sg.ts[i+1].sep && isNumber(sg.ts[i+1].text) && !sg.ts[i+2].sep && tooWords[sg.ts[i+2].text] {
		if d := sg.named(r.headNoun(w)); d != nil {
			if a, ok := amountAt(sg.ts, i+1, sg.isLex); ok && a.end == i+2 && a.unit == "" {
				if end, ok := sg.correct(i, a, d); ok {
					sg.ts[end].used, sg.ts[end].aside = true, true
					return end + 1
				}
			}
		}
	}
	// "حلق موديل ٧", "model 7", "سيري 5", "رقم ٣": a model or series
	// number is a word of the name, never how many; one the line's product
	// does not carry is what it lacks
	if i > 0 && modelWord(sg.ts[i-1]) && isNumber(w) && len(w) <= 6 {
		sg.ts[i].used, sg.ts[i-1].used = true, true
		m := modelFig{phrase: sg.ts[i-1].surface + " " + t.surface, num: w}
		switch {
		case sg.cur == nil || sg.pending != nil:
			sg.pendingModel = append(sg.pendingModel, m) // "عايز موديل ٧ حلق": the next item's
		case r.hasNumber(sg.cur, w):
			r.addWord(sg.cur, w)
			sg.cur.end = i + 1
		default:
			sg.cur.model = append(sg.cur.model, m)
			sg.cur.end = i + 1
		}
		sg.lastJoin = "none"
		return i + 1
	}
	if c := sg.cur; c != nil && i > 0 && c.end == i && isNumber(w) && r.otherModel(sg.ts[i-1].text, w) && !r.hasNumber(c, w) &&
		(i+1 == len(sg.ts) || sg.ts[i+1].sep || !weightMeasure(sg.ts[i+1]) && !isUnit(sg.ts[i+1].text)) {
		// "جراب ايفون ١٣ برو" where the names give "ايفون 15": a figure
		// shaped as the catalog's model numbers after that word is a
		// model, never how many — one no name carries, goods the shop may
		// not have (finish), never another model's
		sg.ts[i].used = true
		c.model = append(c.model, modelFig{phrase: sg.ts[i-1].surface + " " + t.surface, num: w, other: true})
		c.end = i + 1
		sg.lastJoin = "none"
		return i + 1
	}
	if modelWord(t) && i+1 < len(sg.ts) && isNumber(sg.ts[i+1].text) && (sg.cur == nil || !r.fits(sg.cur, w)) && !r.namesBoth(w, sg.ts[i+1].text) {
		// "wooden door model 5", "عايز موديل ٥ باب": the model of the door,
		// no product of its own (unless some name holds both: "حلق موديل ٧")
		return i + 1
	}
	// "تركيب منظومة ١٠ كيلو", "installation 10 kw": a figure with the
	// measure the line's product is priced per counts it, never another
	// product's named figure
	if v, end, ok := r.pricedFigure(sg.ts, sg.cur, i); ok {
		sg.cur.counts = append(sg.cur.counts, v)
		for k := i; k < end; k++ {
			sg.ts[k].used = true
		}
		sg.cur.end = end
		sg.lastJoin = "none"
		return end
	}
	// "نقل شقة من ٨ لـ ١٢", "بياخد ٥ ساعات": the hours of a service priced
	// by no period are how long or when, no count (statedlength.go)
	if end, ok := r.lengthOfService(sg.ts, sg.cur, i); ok {
		for k := i; k < end; k++ {
			sg.ts[k].used = true
		}
		sg.cur.end = end
		sg.lastJoin = "none"
		return end
	}
	// "50 kg of tie wire", "٥٠ كيلو سلك رباط": a figure with the measure
	// the goods named next are priced per is how many of them, the next
	// line's amount
	if v, end, ok := r.perBefore(sg.ts, i); ok && sg.pending == nil {
		sg.pending = &amount{val: v, start: i, end: end}
		sg.pendingAnd = t.conj || sg.lastJoin == "conj"
		for k := i; k < end; k++ {
			sg.ts[k].used = true
		}
		return end
	}
	// "the 25 kg porcelain adhesive", "نجيلة ٤٠ مم": a figure with a
	// measure that a product's name carries with it (a weight, a volume, a
	// thickness) is a word of that name, never how many
	if n, ok := measureFigure(sg.ts, i); ok && r.namesMeasure(n, measureUnit(sg.ts[i+1])) {
		sg.ts[i].text, w = n, n // "خمسين لتر": the name's "٥٠ لتر"
		if sg.cur != nil && sg.measuresNext(i) {
			// "كيلو سوداني و٥٠٠ جم لب سوري": after و, the head noun of
			// other goods right after the measure names what it weighs,
			// the next line's, never a word of the line before nor
			// another of its kind
			sg.cur = nil
		} else if sg.cur != nil && !r.fits(sg.cur, w) {
			// "and the 25 kg adhesive": the next line's name; "نورديك ٦
			// مم … و٤ مم": another of the line's kind, by its figure
			// (not when English names another head noun after the
			// measure: "and 8 bags of the 25 kg large-format adhesive")
			head := headOf(r, sg.cur)
			other := false
			for k := i + 2; k < len(sg.ts) && k < i+8 && !sg.ts[k].sep && !sg.ts[k].conj && isLatinWord(sg.ts[k].surface) && !isNumber(sg.ts[k].text); k++ {
				other = other || sg.ts[k].lex && r.lx.heads[sg.ts[k].text] && sg.ts[k].text != head
			}
			if head != "" && r.namesBoth(head, w) && !other {
				d := &draft{start: i, end: i, setWith: -1, clause: sg.clause}
				r.addWord(d, head)
				if sg.pending != nil && sg.pendingGroup == nil {
					// "كيس قطط ١ كيلو و٢ كيس ٣ كيلو": the count said
					// before the pack is this one's, of its own
					d.pre, d.start, d.packs = sg.pending, sg.pending.start, sg.pendingPacks
					sg.pending, sg.pendingPacks = nil, false
				}
				sg.ds = append(sg.ds, d)
				sg.cur = d
			} else {
				sg.cur = nil
			}
		}
		next := sg.word(i)
		if v, ok := parseDigits(w); ok && measureKinds[measureUnit(sg.ts[i+1])] == "mm" && sg.cur != nil {
			sg.cur.thick = append(sg.cur.thick, sized{v / 10, i})
		}
		return next
	}
	// money, dates, phone numbers are not amounts
	if isNumber(w) && (len(w) > 7 || i > 0 && !sg.ts[i-1].sep && notAmountBefore[sg.ts[i-1].text] ||
		i+1 < len(sg.ts) && !sg.ts[i+1].sep && notAmountAfter[sg.ts[i+1].text] && !r.periodFirst(sg.ts, i)) {
		sg.ts[i].used = true
		i++
		return i
	}
	if isNumber(w) && r.periodFirst(sg.ts, i) {
		sg.ts[i+1].used = true // "٣ ساعات ديسك", "3 sa3at desk": the period the line is priced per (periodfirst.go)
	}
	// an amount, maybe a size "L في H"
	if a, ok := amountAt(sg.ts, i, sg.isLex); ok {
		return sg.amount(i, a)
	}
	if n := r.soldInPack(sg.ts, i); n != "" && t.color == "" && i > 0 && !sg.ts[i-1].sep && (isNumber(sg.ts[i-1].text) || isNumberWord(sg.ts[i-1].text)) {
		// "٢ كرتونة صابون أطباق" beside "صابون أطباق كرتونة ١٢ عبوة": the
		// carton the shop sells, a word of the line, no pack it counts in
		sg.ts[i].text, sg.ts[i].lex = n, true
		// "… ازرق و٢ علبة بنط": the count and its pack open the line of
		// the goods after them, never a word of the line before
		sg.packOpens = sg.pending != nil && sg.pending.end == i
		next := sg.word(i)
		sg.packOpens = false
		return next
	}
	if (r.pack(w) || container(t) && !t.conj || measureOf(sg.ts, i) || sg.pending != nil && sg.pending.end == i && sg.pendingAnd && sg.rollOfNext(i)) && t.color == "" && i > 0 && !sg.ts[i-1].sep && (isNumber(sg.ts[i-1].text) || isNumberWord(sg.ts[i-1].text) || figureAndFraction(sg.ts, i-1) || weightMeasure(t) && fractionSaid(sg.ts[i-1])) &&
		!(sg.cur == nil && !measureOf(sg.ts, i) && r.lx.heads[w] && !container(t) && !r.packOfNext(i, sg.ts)) && // "٦ لوح خشب" where boards are sold: the product's own noun; "٨ كراتين": packs
		!(t.conj && r.lx.heads[w]) && // "… ٢٠٠ وسوميه": and a box base, a product after a size
		!(sg.pending != nil && sg.pending.end == i && r.packNames(sg.ts, i)) { // "… و٢ لوح ٥ مم": the next line's noun

		// a pack after its count ("٣ شكاير", "6 bags of", "٣ جردل") counts;
		// it does not tell products apart
		sg.ts[i].used = true
		i++
		return i
	}
	if t.lex && !isNumber(w) && t.color == "" {
		sg.split = 0
	}
	if !t.lex && sg.cur != nil && len(sg.cur.groups) > 0 && strings.HasPrefix(t.text, "و") && destination(t.surface) {
		sg.split = 1
		if strings.HasSuffix(t.text, "تين") || strings.HasSuffix(t.text, "ين") && placeWords[strings.TrimSuffix(strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(t.text, "و"), "ل"), "ل"), "ين")] {
			sg.split = 2 // "ولأوضتين": two rooms
		}
		sg.ts[i].used = true
		i++
		return i
	}
	if p := strings.TrimPrefix(w, "و"); !t.lex && sg.cur != nil && placeWords[p] && p != w && i > 0 && sg.ts[i-1].sep {
		// "…، وشباك المطبخ ٩٠ في ١٠٠ عايزه رول": another place; what
		// follows is the next request's, not the line before's
		sg.cur = nil
		sg.bounds = append(sg.bounds, i)
		sg.ts[i].used = true
		i++
		return i
	}
	if sg.cur != nil && sg.coverAt(i) {
		// "مرتبة قطن ١٢٠ في ١٩٠ تيل ازرق", "٨ مراتب قطن ٩٠ سم قماش
		// أزرق": the fabric a piece is covered in, said after it with no
		// و and no amount of its own, is what it is made of (its colour
		// the piece's), not the fabric the shop also sells by the metre
		sg.ts[i].used, sg.ts[i].aside, sg.ts[i].cover = true, true, true
		return i + 1
	}
	if t.lex && !isNumber(w) && !(t.color != "" && sg.cur != nil && (!r.lx.heads[w] || r.offersColor(sg.cur, w)) && !sg.nameGoesOn(i)) {
		named := t.color != "" && !sg.nameGoesOn(i)
		j := sg.word(i)
		if named && sg.cur != nil && sg.cur.start <= i && i < sg.cur.end {
			sg.cur.named = append(sg.cur.named, t.color)
		}
		return j
	}
	if t.color != "" {
		return sg.colour(i)
	}
	if sameWords[w] && sg.cur != nil && i+1 < len(sg.ts) && sameSizeWords[sg.ts[i+1].text] && len(sg.ds) > 1 {
		// "رخامة بنفس الطول": the size of the item before; "وكفر نفس
		// المقاس": the size its name gives chooses this one's variant
		prev := sg.ds[len(sg.ds)-2]
		restated := i+2 < len(sg.ts) && !sg.ts[i+2].sep && isNumber(sg.ts[i+2].text) // "على نفس المقاس ١٨٠ في ٢٠٠": said again after it
		if len(prev.groups) > 0 && len(sg.cur.groups) == 0 && !restated {
			sg.cur.groups = append(sg.cur.groups, prev.groups...)
			sg.cur.sizeOf = prev
		} else if len(prev.groups) == 0 && len(sg.cur.groups) == 0 && sg.cur.pre == nil && !restated && prev.pre != nil &&
			(prev.pre.unit == "m" || prev.pre.unit == "cm") && !prev.pre.implied && !prev.pre.per {
			// "٥ متر ونص شريط وبروفيل بنفس الطول": the length said before
			// the line before's noun is this one's too
			pre := *prev.pre
			sg.cur.pre = &pre
		}
		for _, z := range prev.sizes {
			if n := numString(math.Round(z.cm)); len(sg.cur.sizes) == 0 && r.hasNumber(sg.cur, n) && r.isSize(sg.cur, n) {
				r.addWord(sg.cur, n)
			}
		}
		sg.ts[i].used, sg.ts[i+1].used = true, true
		i += 2
		return i
	}
	if k := sg.sameKindAt(i); k > i {
		return k
	}
	if c, kind := sg.cur, sg.sameKind(i); kind > 0 && c != nil && len(c.words) > 0 && c.partOf == nil {
		// "وجوز تاني نفس الموديل بس ٢٨٠": the line is the same model as
		// the one before, its own words (a size) choosing the variant
		for k := i; k < kind; k++ {
			sg.ts[k].used = true
		}
		sg.cur.end = kind
		return kind
	}
	if k, prev := sg.samePlaces(i); prev != nil {
		return sg.takeSame(i, k, prev)
	}
	if sameWords[w] && sg.cur != nil && i+1 < len(sg.ts) && (sg.ts[i+1].text == "لون" || sg.ts[i+1].text == "اللون") {
		if i+2 < len(sg.ts) && !sg.ts[i+2].sep && sg.ts[i+2].lex && sg.r.lx.heads[sg.ts[i+2].text] && !sg.r.fits(sg.cur, sg.ts[i+2].text) {
			sg.sameNext = true // "ونفس اللون ترويبة": the colour of the line the next head opens
		} else {
			sg.cur.sameAs = true
		}
		sg.ts[i].used, sg.ts[i+1].used = true, true
		i += 2
		return i
	}
	// "سرير سنجل و مرتبة", "و 2 مرتبة": a noun the catalog lacks,
	// named after و or with its own count, is an item of its own
	counted := sg.pending != nil && sg.pending.end == i && !sg.pending.implied
	// or first in a list's next entry: "سرير سنجل + مرتبة", "1- سرير\n2- مرتبة"
	afterAnd := t.conj || i > 0 && !sg.ts[i-1].sep && sg.ts[i-1].text == "و" ||
		i > 0 && sg.ts[i-1].sep && listSeps[sg.ts[i-1].text] ||
		i > 0 && !sg.ts[i-1].sep && sg.ts[i-1].conj && (withWords[sg.ts[i-1].text] || tooWords[sg.ts[i-1].text]) // "ومعاه سرير …", "وكمان سرير …": joined as و joins
	attached := !afterAnd && strings.HasPrefix(t.text, "و") && utf8.RuneCountInString(t.text) >= 4
	end, ok := 0, false
	// or right after what asks for it: "عايز مرتبة سوست"
	// or after a question whether the shop sells it: "بتبيعوا دواليب؟"
	sold := sg.cur == nil && i > 0 && !sg.ts[i-1].sep && sellCues[sg.ts[i-1].text] && (i < 2 || sg.ts[i-2].sep)
	asked := sg.cur == nil && i > 0 && !sg.ts[i-1].sep && orderCues[sg.ts[i-1].text] || sold
	// "، مساحته ٥٠ متر مربع": a place's measure under a possessive is no goods
	// or right after a weight the catalog's names hold ("٢ كيلو لحمة"
	// where a name says "حوالي 1.6 كيلو"): the weight read as a line
	// naming nothing yet is this noun's
	weighed := sg.cur != nil && !afterAnd && !attached && sg.cur.start >= i-2 && sg.cur.end <= i && weighedBefore(sg.ts, i) && amountOnly(sg.ts[sg.cur.start:i])
	// or after a weight that و opened inside the line before ("فرخة وسط
	// وكيلو سمك"): the weight is this noun's, no word of that line
	andWeighed := -1
	if a := amountStart(sg.ts, i); !weighed && sg.cur != nil && !afterAnd && !attached && a > sg.cur.start && a < i && sg.cur.end <= i && weighedBefore(sg.ts, i) &&
		(sg.ts[a].conj || strings.HasPrefix(sg.ts[a].surface, "و") || a > 0 && !sg.ts[a-1].sep && sg.ts[a-1].text == "و") {
		andWeighed = a
	}
	if (sg.cur != nil && (afterAnd || attached) || counted || asked || weighed || andWeighed >= 0) && !possessedPlace(t.text) {
		end, ok = r.unknownNoun(sg.ts, i, sg.cur, attached && !counted, sold)
	}
	if ok && sold {
		sg.ts[i-1].used = true
	}
	if ok {
		d := &draft{start: i, end: end, setWith: -1, clause: sg.clause, unknown: true, andOn: attached && !counted}
		// goods weighed ("٢ كيلو لحمة", "كيلو سمك") or a noun in ل after
		// و ("ولقاح سعار") the shop has no name for: sold by others, a
		// person answers (unsold.go)
		d.unsold = weighedBefore(sg.ts, i) || attached && r.lamNoun(strings.TrimPrefix(t.text, "و"))
		if weighed {
			d.start = sg.cur.start
			sg.ds = sg.ds[:len(sg.ds)-1]
		} else if andWeighed >= 0 {
			d.start = andWeighed
			sg.cur.takeBack(sg.ts, andWeighed)
		}
		if strings.HasSuffix(t.text, "تين") && utf8.RuneCountInString(t.text) >= 6 {
			d.pre = &amount{val: 2, start: i, end: i + 1} // the dual: "مرتبتين"
		}
		if counted {
			d.pre, d.start = sg.pending, sg.pending.start
			if sg.pendingGroup != nil {
				d.groups, d.pre = append(d.groups, sg.pendingGroup), nil
			}
			sg.pending, sg.pendingGroup, sg.pendingWalls = nil, nil, nil
		}
		sg.ds = append(sg.ds, d)
		sg.cur = d
		sg.afterSep, sg.sizeMode = false, false
		sg.lastJoin = "none"
		i = end
		return i
	}
	if sg.lastJoin != "conj" {
		sg.lastJoin = "none"
	}
	i++
	return i
}

// amount reads an amount at i (a count, a length, a size "L في H") and
// gives it to the draft it belongs to: a count or size of the current one,
// a share of its count, a line of another colour or place, or the next.
func (sg *segmenter) amount(i int, a amount) int {
	r := sg.r
	t := sg.ts[i]
	group, j := sg.sides(a)
	if end, ok := sg.hisToo(i, j, a, group); ok {
		return end
	}
	if end, ok := sg.piecesNamed(i, j, a, group); ok {
		return end
	}
	if c := sg.cur; c != nil && !sg.afterSep && c.pre != nil && !c.pre.implied && c.pre.unit == "" && !c.pre.dozen && len(c.groups) == 0 && len(c.counts) == 0 &&
		c.pre.end < len(sg.ts) && placeWords[sg.ts[c.pre.end].text] && len(group) == 1 && a.unit == "" && !a.dozen && a.end-a.start == 1 &&
		j < len(sg.ts) && !sg.ts[j].sep && sg.ts[j].lex && sg.ts[j].color == "" && r.fits(c, sg.ts[j].text) &&
		!(r.hasNumber(c, numString(a.val)) && r.namesBoth(numString(a.val), sg.ts[j].text)) { // "2 window AC 1.5 HP": the rating its names give, no count
		// "عندنا تلات اوض … وكلهم عرض تمانين فعايزين تلاتة لونا": the rooms
		// were counted, then the goods: this count is the line's, never a
		// side of 3 m
		aa := a
		c.pre = &aa
		for k := i; k < j; k++ {
			sg.ts[k].used = true
		}
		c.end = j
		return j
	}
	if c := sg.cur; c != nil && !sg.afterSep && c.pre == nil && len(c.groups) == 0 && len(c.counts) == 0 && len(group) == 1 && a.unit == "" && !a.dozen &&
		a.end-a.start == 1 && r.servicePieces(sg.ts, j) && !sg.ts[j].conj && sizeAfter(sg.ts, j+1) {
		// "غسيل ٣ سجاجيد ٢ في ٣", "washing for 3 rugs, each 2 by 3": the
		// service sold by area is done on three pieces, the size after them
		// each one's (as "٣ ستارة ١٢٠ في ١٦٠" are three of that size); a
		// noun after و is the next goods ("شاشة 43 وشاشة 55": the 43 names
		// the first set), never the pieces
		aa := a
		c.pre = &aa
		for k := i; k <= j; k++ {
			sg.ts[k].used = true
		}
		c.end = j + 1
		return j + 1
	}
	if c := sg.cur; c != nil && len(group) == 1 && a.unit == "" && !a.dozen && a.end-a.start == 1 && a.val == math.Trunc(a.val) &&
		j < len(sg.ts) && !sg.ts[j].conj && r.workOnPieces(sg.ts, c, a.val, i, j) {
		// "اطبع ٥ صور ٢٠ في ٣٠", "وتطبعولي منها ٥ صور" of a "طباعة صورة
		// …" sold by the piece: the work said by its verb or noun, then a
		// count of its own object — so many of the work
		aa := a
		c.pre = &aa
		for k := i; k <= j; k++ {
			sg.ts[k].used = true
		}
		r.addWord(c, sg.ts[j].text)
		c.end = j + 1
		return j + 1
	}
	if sg.pending != nil && len(group) == 1 && (a.unit == "cm" || a.unit == "mm") && a.start >= sg.pending.end &&
		!sg.pending.implied && !sg.pending.per && !sg.pending.dozen && sg.pending.unit != "cm" && sg.pending.unit != "mm" && len(sg.pendingGroup) == 0 {
		// "60 sqm of 3cm artificial grass", "4 80cm doors": a size of
		// the item the amount opens, said before its head noun; the
		// amount stays how much
		sg.pendingSizes = append(sg.pendingSizes, a)
		for k := i; k < j; k++ {
			sg.ts[k].used = true
		}
		return j
	}
	if sg.pendingNext && sg.pending != nil && len(group) == 1 && a.unit == "" && a.val >= 10 && a.start >= sg.pending.end {
		// "and one 120 waterproof protector": a size of the item the
		// count opens, said before its head noun
		sg.pendingSizes = append(sg.pendingSizes, a)
		for k := i; k < j; k++ {
			sg.ts[k].used = true
		}
		return j
	}
	if sg.pendingNext && sg.pending != nil && len(group) > 1 && a.start >= sg.pending.end {
		// "and one 120x80 table": the size of the item the count opens,
		// said before its head noun
		sg.pendingSides = append(sg.pendingSides, group)
		for k := i; k < j; k++ {
			sg.ts[k].used = true
		}
		return j
	}
	// "مارمو رمادي: ٢٠ متر ٦٠×٦٠ و١٢ متر ٦٠×١٢٠", "عايز ترابيزات: ١٠
	// مدورة ٦٠ أبيض و٦ مربعة ٧٠": after a header naming the kind, each
	// entry opening with its amount is a line of that kind, its own words
	// (a size, a shape) choosing the variant, the header's colour passed on
	if h := sg.header; h != nil && sg.cur != nil && (sg.cur == h || sg.cur.entryOf == h) && !t.count && sg.entryStart(i) && !r.otherHeadAt(sg.ts, h, j) {
		d := &draft{start: i, end: j, setWith: -1, clause: sg.clause, entryOf: h, inherits: len(h.colors) > 0}
		for _, w := range h.words {
			r.addWord(d, w)
		}
		d.colors = append(d.colors, h.colors...)
		aa := a
		if len(group) > 1 {
			d.groups = append(d.groups, group)
		} else {
			d.pre = &aa
		}
		return sg.openLine(d, i, j)
	}
	// "٦٠×١٢٠ عدد ٢", "×2", "qty 2": how many of the size said before
	if t.count && len(group) == 1 && sg.cur != nil {
		if sg.cur.pre == nil && len(sg.cur.counts) == 0 {
			sg.cur.counts = append(sg.cur.counts, a.val)
			if echoesFigure(sg.ts, i) {
				sg.cur.unsure = true // "مقاس ٣ تلاتة": three of size 3, or the size said again? a person reads
			}
		} else if p := sg.cur.pre; p != nil && (p.implied || p.per) && a.unit != "" && a.unit == p.unit && !a.implied {
			// "سعر متر الجالاكسي لو هاخد ٦ متر": the metre a price was
			// asked for, then how many metres are taken
			aa := a
			sg.cur.pre = &aa
		}
		for k := i; k < j; k++ {
			sg.ts[k].used = true
		}
		if i > 0 && sg.ts[i-1].text == "x" {
			sg.ts[i-1].used = true
		}
		sg.cur.end = j
		sg.lastJoin = "none"
		return j
	}
	conj := sg.lastJoin == "conj" || t.conj
	if end, ok := sg.countOfSize(i, j, a, group, conj); ok {
		return end // "سنار مقاس ٦ و٢ مقاس ١٠": two of the size-10 goods
	}
	next := j
	for next < len(sg.ts) && !sg.ts[next].sep && (fillers[sg.ts[next].text] && !sg.ts[next].lex || r.pack(sg.ts[next].text) && !r.packNames(sg.ts, next) || next == j && container(sg.ts[next]) && !sg.boxNamed(next) ||
		next == j && len(group) == 1 && a.unit == "" && saleUnit(sg.ts[next]) || next == j && conj && len(group) == 1 && a.unit == "" && sg.rollOfNext(next)) && sg.ts[next].text != "و" && !sg.ts[next].conj &&
		!(a.dozen && r.lx.namedPacks[sg.ts[next].text]) || // "w desta roll on" of "دستة زجاجات رول": the goods' name, no pack
		next < len(sg.ts) && next == j && conj && len(group) == 1 && a.unit == "" && !sg.ts[next].sep && !sg.ts[next].lex && !sg.ts[next].conj && weightKg(sg.ts[next].surface) > 0 {
		next++ // "و ٤ جوز ستارة": pairs of what follows; "و٧٥٠ جرام لب": grams of what follows
	}
	// "3 متر ومعاه فرن": the و before the next product ends this one
	conjAhead := next < len(sg.ts) && !sg.ts[next].sep && (sg.ts[next].text == "و" || sg.ts[next].conj)
	// the amount opens the next item when that item's head follows
	// it directly; "4 متر وفرن" keeps the 4 metres for the kitchen.
	nextNew := !conjAhead && next < len(sg.ts) && !sg.ts[next].sep && sg.ts[next].lex && !sg.ts[next].conj && !sg.ts[next].prep &&
		(r.lx.heads[sg.ts[next].text] && !r.colourHeadAlone(sg.ts, next) || conj && r.lx.distinct[sg.ts[next].text] || a.unit != "" && r.lx.kinds[sg.ts[next].text]) &&
		(sg.cur == nil || !r.fits(sg.cur, sg.ts[next].text) || conj && len(group) == 1 && !sg.sizeMode)
	if !nextNew && !conjAhead && sg.cur != nil && len(group) == 1 && a.unit == "m" && !sg.sizeMode && next < len(sg.ts) && !sg.ts[next].sep &&
		sg.ts[next].lex && sg.ts[next].color == "" && r.lx.heads[sg.ts[next].text] && !sg.cur.uniq[sg.ts[next].text] &&
		r.unitOf(sg.cur) == catalog.Piece && r.soldIn(sg.ts[next].text, catalog.Meter) {
		// "والتركيب مع ٤ متر مواسير": metres before the head noun of
		// goods sold by the metre are those goods' length, a line of its
		// own, never a size of the piece before (though its name holds
		// that noun: "تركيب … حتى 3 متر مواسير")
		nextNew = true
	}
	if !nextNew && conj && sg.cur != nil && len(group) == 1 && a.unit == "" && !a.dozen && j < len(sg.ts) && !sg.ts[j].sep && (container(sg.ts[j]) || r.pack(sg.ts[j].text)) && sg.otherPackAfter(j) {
		// "كيس سكر ١ كيلو و٢ كيس ٥ كيلو": a count and a pack after و,
		// then a measure another pack of the goods is named by — that
		// pack's count, a line of its own
		nextNew = true
	}
	if !nextNew && conj && sg.cur != nil && len(group) == 1 && a.unit == "" && !a.dozen && j < len(sg.ts) && !sg.ts[j].sep && sg.containerSizeAfter(j) {
		// "… فرط و٣ كراتين ٣٣٠", "… and one carton 330": a count and a
		// container after و, then the size of goods sold in it — that
		// container's line (containersaid.go)
		nextNew = true
	}
	if !nextNew && conj && len(group) == 1 && a.unit == "" && !a.dozen && a.end-a.start == 1 {
		if d, ok := sg.packOfSame(i, j, a); ok {
			return sg.openLine(d, i, j+1) // "٢٠ فينو فرط و ٢ كيس": two bags of it
		}
	}
	if !nextNew && !conjAhead && conj && sg.cur != nil && len(group) == 1 && !a.dozen && !sg.sizeMode && !sizeUnits[a.unit] && headOf(r, sg.cur) != "" &&
		next < len(sg.ts) && !sg.ts[next].sep && sg.ts[next].lex && sg.ts[next].color == "" && !sg.ts[next].prep && !sg.ts[next].neg &&
		!r.lx.heads[sg.ts[next].text] && !sg.cur.uniq[sg.ts[next].text] && !isNumber(sg.ts[next].text) && weightBetween(sg.ts, i, next) {
		// "مشلتت وسط و ٢ كيلو جبنة قديمة", "ونص كيلو …": a weight after و, once the line has its head noun, then a word
		// that line never said, opens other goods (maybe goods the shop
		// does not sell alone), never the line's count nor a product
		// whose description holds both words (h35g)
		nextNew = true
	}
	if !nextNew && !conjAhead && conj && sg.cur != nil && len(group) == 1 && a.unit == "" && !a.dozen && a.end-a.start == 1 && r.objectThenWork(sg.ts, next) {
		// "٣ بنطلونات تقصير و٢ قميص تضييق": a count after و, then the
		// object of a work and the work — that work's line (countedObjectWork)
		nextNew = true
	}
	withNext := !nextNew && sg.cur != nil && len(group) == 1 && a.unit == "" && !sg.sizeMode && withBefore(sg.ts, i) && r.withOther(sg.cur, sg.ts, next)
	if withNext {
		// "الترابيزة الرخام مع ٦ كراسي سفرة جوز": a count after "مع"
		// and before another head noun than the line's opens that
		// goods' line, though the line's name holds the figure and the
		// noun ("ترابيزة سفرة رخام 6 كراسي")
		nextNew = true
	}
	if (sg.cur == nil || conj || sg.afterSep) && len(group) == 1 && !a.dozen && !sg.sizeMode {
		if k, ok := r.measureOfNext(sg.ts, sg.cur, a, j); ok {
			// "تولتين دهن عود و ٣٠ مللي مسك": millilitres of the musk
			// sold by the millilitre, the next line's amount
			nextNew, next, a.unit = sg.cur != nil, k, ""
		}
	}
	if end, ok := sg.takenBackBefore(i, j, a, group, conj); ok {
		return end
	}
	if end, ok := sg.countApart(i, j, a, group, conj); ok {
		return end
	}
	if !nextNew && !conjAhead && sg.cur != nil && sg.afterSep && !conj && !sg.sizeMode && len(group) == 1 && a.unit == "" && (a.dozen || a.end-a.start == 1) &&
		next < len(sg.ts) && !sg.ts[next].sep && sg.ts[next].lex && sg.ts[next].color == "" && !dimWords[sg.ts[next].text] &&
		(r.lx.heads[sg.ts[next].text] || sg.cur.uniq[sg.ts[next].text]) {
		// "٤ باب نوفا ٩٠ رمادي، ٢ باب نوفا ٧٠ ابيض", "…grey, 2 Nova 70
		// door white": after a pause, a bare figure and the line's own
		// kind again is the count of another line of that kind, never a
		// side of the line before
		nextNew = true
	}
	headAt := next // "and a 180x200 medical mattress": past the describing words
	for sg.cur != nil && headAt < len(sg.ts) && headAt < next+3 && !sg.ts[headAt].sep && sg.ts[headAt].lex && sg.ts[headAt].color == "" && isLatinWord(sg.ts[headAt].surface) &&
		!r.lx.heads[sg.ts[headAt].text] && !sg.cur.uniq[sg.ts[headAt].text] {
		headAt++
	}
	if !nextNew && !conjAhead && conj && len(group) > 1 && sg.cur != nil && headOf(r, sg.cur) != "" && headAt < len(sg.ts) && !sg.ts[headAt].sep &&
		sg.ts[headAt].lex && sg.ts[headAt].color == "" && isLatinWord(sg.ts[headAt].surface) && r.lx.heads[sg.ts[headAt].text] && !sg.cur.uniq[sg.ts[headAt].text] {
		// "6 rattan chairs and a 120x80 table": English says the size,
		// then the head noun; another head noun than the line's opens the
		// next line, though a set's name lists both ("table + 4 chairs")
		nextNew = true
	}
	if nextNew && sg.cur != nil && (a.unit != "" && len(group) == 1 || len(group) == 2) && withService(sg.ts, j, next) {
		// "نجيلة ٤٠ مم ٣٥ متر مع التركيب", "… مقاس ٦ متر في ٤ متر مع
		// التركيب": the measure or the size is the goods', the service
		// with them takes it from there
		nextNew = false
	}
	// a figure that starts a line of its own or the clause after a
	// question, words after it, never completes the line before
	// ("ماسورة ٢.٥ متر⏎٢ كابولي", "…chairs? And the 120x80 tables?"): it
	// opens the next
	if sg.cur != nil && sg.afterBreak(i) && next < len(sg.ts) && !sg.ts[next].sep &&
		!isNumber(sg.ts[next].text) && sg.ts[next].color == "" && !conjAhead {
		nextNew = true
	}
	single := len(group) == 1 && a.unit == "" && !a.dozen && a.end-a.start == 1
	// "and 4 white frames", "plus two rattan chairs", ", 4 bags of tile
	// adhesive": English says the count, the describing words, then the
	// head noun; a head the current item cannot be, or a noun the catalog
	// lacks, takes the count
	english := false
	// ". Also 20 m of the LED strip": a length or area opening a sentence too
	if !nextNew && (conj || sg.afterSep && (single || a.dozen || a.unit != "" && a.end-a.start <= 2)) && len(group) == 1 && (!a.dozen || a.unit == "") && sg.cur != nil && next < len(sg.ts) { // "plus 30 m PVC skirting" too; ", 4 bags of …"
		other := false // a describing word the current item's product is not ("and 1 blackout curtain" after chiffon ones)
		ahead := 3
		for k := next; k < len(sg.ts) && k <= next+ahead && !sg.ts[k].sep; k++ {
			tk := sg.ts[k]
			if isNumber(tk.text) && k+1 < len(sg.ts) && (measureKinds[measureUnit(sg.ts[k+1])] != "" || isUnit(sg.ts[k+1].text)) {
				ahead += 2 // a measure that names the product looks past itself ("4 Lecico 60 cm basins")
			}
			if isNumber(tk.text) || measureKinds[measureUnit(tk)] != "" || isUnit(tk.text) && k > next && isNumber(sg.ts[k-1].text) ||
				tk.text == "x" && k > next && isNumber(sg.ts[k-1].text) {
				continue // "and one 120 waterproof protector": its size; "8 bags of the 25 kg …"; "one 120x80 table"
			}
			if !isLatinWord(tk.surface) {
				break
			}
			if !tk.lex && ofArticles[tk.lowSurface()] && k > next {
				ahead++ // "and 2 sets of the gold standoff screws": past "of the"
				continue
			}
			if tk.lex && tk.color == "" && r.lx.heads[tk.text] {
				// "and one 120x80 table" after chairs: the head noun said
				// last, another than the line's, is another line's, though
				// a set's name lists both ("table + 4 chairs")
				nextNew = !r.bestHas(sg.cur, tk.text) || other ||
					!sg.cur.uniq[tk.text] && headOf(r, sg.cur) != "" && sg.r.englishHead(sg.ts, k, len(sg.ts)) < 0
				if nextNew {
					break
				}
				// "and two memory foam pillows": a head the line has may
				// only describe; English says its own head noun last
				continue
			}
			if tk.lex && tk.color == "" && !sg.cur.uniq[tk.text] && !r.bestHas(sg.cur, tk.text) {
				other = true
			}
			if !tk.lex && tk.color == "" {
				nextNew = isLatinWord(tk.surface) && !r.known(tk.text)
				break
			}
		}
		if !nextNew && other && sg.afterSep && !conj && a.unit != "" {
			nextNew = true // ". Also 12 m of the beige linen": words the line's product lacks
		}
		if !nextNew && other && conj && a.unit == "" && single && sg.ofOther(next) {
			// "… keychains … and 2 sets of the gold standoff screws": a
			// count and its pack after "and", then words of other goods
			// the line's product lacks, opens their line
			nextNew = true
		}
		english = nextNew
	}
	// "140 سم" after a product named with 140 cm: the size that names it
	if sg.cur != nil && len(group) == 1 && (a.unit == "cm" || a.unit == "m" || a.unit == "mm") && (!sg.afterSep || a.unit == "mm") {
		n := numString(math.Round(cm1(a)))
		if !(r.hasNumber(sg.cur, n) && r.isSize(sg.cur, n)) && r.hasNumber(sg.cur, numString(a.val)) &&
			(a.unit != "m" || r.inMetres(sg.cur, numString(a.val))) { // "حلق زان ١٠ متر" of "حلق ١٠ سم": ten metres of it
			n = numString(a.val) // "نجيلة 40 مم", "لامينيت 8 مم": the figure its name gives
		}
		if r.hasNumber(sg.cur, n) && (r.isSize(sg.cur, n) || a.unit == "mm" || n == numString(a.val)) {
			r.addWord(sg.cur, n)
			if a.unit == "mm" {
				sg.cur.thick = append(sg.cur.thick, sized{cm1(a), a.start}) // a thickness in mm names the product, no side of it
			} else {
				sg.cur.sizes = append(sg.cur.sizes, sized{cm1(a), a.start})
			}
			for k := i; k < j; k++ {
				sg.ts[k].used = true
			}
			sg.cur.end = j
			sg.lastJoin = "none"
			i = j
			return i
		}
	}
	// "3 اوكر، واحدة دهبي واتنين اسود", "6 مصدات: 3 كروم و3 اسود":
	// a share of the count before, in a colour or a size of its own
	bySize := j+1 < len(sg.ts) && !sg.ts[j].sep && (sizeCue[sg.ts[j].text] || isNumber(sg.ts[j].text) && (dimOps[sg.ts[j+1].text] || sg.ts[j+1].text == "x" || isUnit(sg.ts[j+1].text)))
	head := shareHead(sg.cur)
	if head == nil && bySize && sg.cur != nil && len(sg.cur.words) > 0 && headCount(sg.cur) > 1 && len(sg.cur.groups) == 0 {
		// "ستارتين رول رمادي، واحدة ١٠٠×١٥٠ والتانية ٦٠×١٥٠": shares by
		// size of a count said in one colour
		head = sg.cur
	}
	recolor := false
	if head == nil && single && sg.cur != nil && sg.cur.partOf == nil && len(sg.cur.words) > 0 && len(sg.cur.colors) == 1 && countOnce(sg.cur) &&
		a.val < headCount(sg.cur) && j < len(sg.ts) && !sg.ts[j].sep && sg.ts[j].color == sg.cur.colors[0] &&
		recolorShares(sg.ts, sg.cur, j) {
		// "بامبر ازرق اتنين: واحد ازرق وواحد ابيض", "… ازرق واحد لا خليهم
		// اتنين واحد ازرق وواحد ابيض": a count said after the line's
		// colour, then shares of it each in a colour of its own, the first
		// in that colour again; "جالونين ابيض، واحد ابيض وواحد رمادي": the
		// same of a count said before the goods or in their dual
		head, recolor = sg.cur, true
	}
	if c := sg.cur; head == c && c != nil && bySize && conj && single && len(c.colors) > 0 && (len(c.sizes) > 0 || sizedDone(c)) && a.val == math.Trunc(a.val) {
		// "٢ سجادة بلجيكي ١٦٠ في ٢٣٠ رمادي وواحدة ٢٠٠ في ٣٠٠ بيج": the
		// line is whole (its size and its colour said); a count after و
		// before another size is one more piece of its kind, that size
		// choosing the variant, no share of the first
		d := &draft{start: i, end: j, setWith: -1, clause: sg.clause}
		for _, w := range c.words {
			if !slices.ContainsFunc(c.sizes, func(z sized) bool { return numString(z.cm) == w }) {
				r.addWord(d, w)
			}
		}
		aa := a
		d.pre = &aa
		return sg.openLine(d, i, j)
	}
	if c := sg.cur; c != nil && conj && single && a.val == math.Trunc(a.val) && headCount(c) > 0 && sg.kindAgain(c, j) {
		// "٣ كاميرات داخلي ٢ ميجا و٢ خارجي": after و, a count and a word
		// the line's product cannot be but another of its kind is
		// (outdoor beside indoor) open one more line of that kind, its
		// own words after it choosing which (none but that word: which
		// of the kind is a person's to confirm)
		d := &draft{start: i, end: j, setWith: -1, clause: sg.clause, unsure: !figureAhead(sg.ts, j+1)}
		r.addWord(d, headOf(r, c))
		aa := a
		d.pre = &aa
		return sg.openLine(d, i, j)
	}
	// "٤ مجاري سكة واحدة أبيض": a figure of the line's own name said
	// within it ("سكة واحدة") is no share
	ofName := !conj && !sg.afterSep && sg.cur != nil && r.hasNumber(sg.cur, numString(a.val)) && i > 0 && sg.ts[i-1].lex && !isNumber(sg.ts[i-1].text)
	// "٢ كيكة رخامي واحدة نص كيلو وواحدة كيلو", "٢ عباية كريب، واحدة ٥٢
	// سودا وواحدة ٥٦ كحلي": shares after the total that add up to it,
	// each with words of its own (a size, a weight, a colour), share it
	// out, each choosing its variant
	if h, ok := sg.sharesAddUp(head, i, j, a, conj && single); ok && single {
		head, ofName = h, false
		bySize = bySize || sg.variantAt(h, j)
	}
	// "… وكمان واحدة زرقا" (and one more): more of the goods, no share
	moreBefore := i > 0 && !sg.ts[i-1].sep && (moreWords[sg.ts[i-1].text] || tooWords[sg.ts[i-1].text])
	if head != nil && single && !english && !ofName && !moreBefore && (!sg.sizeMode || conj || sizedDone(sg.cur)) && a.val == math.Trunc(a.val) &&
		a.val <= headCount(head) && j < len(sg.ts) && !sg.ts[j].sep && (sg.ts[j].color != "" || bySize) {
		d := &draft{start: i, end: j, setWith: -1, clause: sg.clause, partOf: head}
		for _, w := range head.words {
			r.addWord(d, w)
		}
		if recolor {
			head.colors = nil // each share says its own
		}
		if len(head.colors) > 0 {
			d.colors = append(d.colors, head.colors...)
		}
		aa := a
		d.pre = &aa
		return sg.openLine(d, i, j)
	}
	// "… جوزي ٩٠×١٢٠ وواحدة تانية جوزي ٦٠×١٢٠", "٢ قطعة ١٤٠ في ٢٠٠ و
	// قطعة ٧٠ في ٢٠٠": after و, when the line has its size, another
	// size (or a count before one) is another piece of the same product,
	// a line of its own (a kitchen's walls, sold by the metre, add up)
	if c := sg.cur; conj && len(group) >= 2 && c != nil && !nextNew && len(c.sizes) >= 2 && len(c.groups) == 0 && r.unitOf(c) == catalog.Piece &&
		!r.namesSize(c, group) {
		// "صور ٢٠ في ٣٠ اتنين و١٣ في ١٨ واحدة": the line named by its size,
		// then after و another size its sibling's name gives — a line of
		// that sibling (its count said after it, as the first's was), never
		// two more sides of the first
		d := &draft{start: i, end: j, setWith: -1, clause: sg.clause}
		for _, w := range c.words {
			if !slices.ContainsFunc(c.sizes, func(z sized) bool { return numString(z.cm) == w }) {
				r.addWord(d, w)
			}
		}
		if r.namesSize(d, group) {
			d.groups = append(d.groups, group)
			return sg.openLine(d, i, j)
		}
	}
	if (conj || len(group) >= 2 && sg.placeAgain(i)) && sg.cur != nil && !nextNew && sizedDone(sg.cur) && !sg.cur.half && r.unitOf(sg.cur) != catalog.Meter &&
		(single && a.val == math.Trunc(a.val) && sizeAhead(sg.ts, j) || len(group) >= 2 && !r.namesSize(sg.cur, group)) {
		sg.cur.header = false // "زيبرا رمادي: ٢ قطعة ١٤٠ في ٢٠٠ و …": its size made it a line
		d := &draft{start: i, end: j, setWith: -1, clause: sg.clause, pieceOf: sg.cur}
		for _, w := range sg.cur.words {
			r.addWord(d, w)
		}
		aa := a
		if len(group) >= 2 {
			d.groups = append(d.groups, group)
		} else {
			d.pre = &aa
		}
		return sg.openLine(d, i, j)
	}
	// "٤ باب ام دي اف ٩٠ رصاصي و ٤ ام دي اف ٨٠ ابيض": after و, a
	// count where the item already has one, before words of its own
	// name, is another piece of the same kind: a line of its own, its
	// words (the size in its name) choosing its product
	if conj && single && sg.cur != nil && !nextNew && !sg.sizeMode && sg.cur.partOf == nil && (headCount(sg.cur) > 0 || r.sizeNamed(sg.cur)) && a.val == math.Trunc(a.val) &&
		j < len(sg.ts) && !sg.ts[j].sep && (r.restates(sg.cur, sg.ts[j]) || r.otherFigure(sg.cur, sg.ts[j])) {
		if head := headOf(r, sg.cur); head != "" {
			d := &draft{start: i, end: j, setWith: -1, clause: sg.clause}
			r.addWord(d, head)
			if isNumber(sg.ts[j].text) && (j+1 >= len(sg.ts) || sg.ts[j+1].sep || !sg.ts[j+1].lex || strings.HasPrefix(sg.ts[j+1].surface, "لل")) {
				// "باب كونتر ٨٠ واتنين ٧٠": only the figure told, the
				// kind is the line's
				for _, w := range sg.cur.words {
					if !isNumber(w) {
						r.addWord(d, w)
					}
				}
			}
			aa := a
			d.pre = &aa
			return sg.openLine(d, i, j)
		}
	}
	// "باب حشو ابيض اتنين مقاس ٩٠ وواحد مقاس ٧٠": after و, a count where
	// the line has its count and a size, before another size said with
	// "مقاس", is another piece of the same product in that size
	if conj && single && sg.cur != nil && !nextNew && sg.cur.partOf == nil && headCount(sg.cur) > 0 && len(sg.cur.groups) > 0 &&
		a.val == math.Trunc(a.val) && j+1 < len(sg.ts) && !sg.ts[j].sep && sizeCue[sg.ts[j].text] && isNumber(sg.ts[j+1].text) &&
		r.unitOf(sg.cur) == catalog.Piece {
		d := &draft{start: i, end: j, setWith: -1, clause: sg.clause, pieceOf: sg.cur}
		for _, w := range sg.cur.words {
			r.addWord(d, w)
		}
		aa := a
		d.pre = &aa
		return sg.openLine(d, i, j)
	}
	// "3 حيطان", "4 مقاعد": a count of some other noun, not an amount
	// (a catalog word of the line: a count of one of its parts)
	if single && j < len(sg.ts) && !sg.ts[j].sep && sg.ts[j].lex && sg.ts[j].color == "" && sg.cur != nil && !sg.afterSep && !conj && !r.pack(sg.ts[j].text) &&
		!(saleUnit(sg.ts[j]) && sg.cur.pre == nil && len(sg.cur.counts) == 0) && // "مجرى بلي ٥٠ سم ٦ جوز": pairs of it, how many (a count said already is only said again)
		!r.hasNumber(sg.cur, numString(a.val)) && r.fits(sg.cur, sg.ts[j].text) && !r.lx.heads[sg.ts[j].text] && (len(sg.cur.words) == 0 || !r.lx.verbalNoun(sg.cur.words[0])) {
		// "دولاب سحاب 3 ضلف": a count of one of its parts, not an amount
		figs := r.partFiguresOf(sg.ts[j].text)
		if len(figs) > 0 && !figs[numString(a.val)] && (r.soldByOne(sg.cur, sg.ts[j].surface) || r.pricedPerWord(sg.cur, sg.ts[j])) {
			// "سيلر خشب ٢ لتر" of a can of one litre, though other names
			// say "بستلة 9 لتر": how many cans (pieceVolume), no size lacked
			if sg.cur.pre == nil && len(sg.cur.counts) == 0 {
				sg.cur.counts = append(sg.cur.counts, a.val)
			}
			figs = nil
		}
		if len(figs) > 0 && !figs[numString(a.val)] && !pairWord(sg.ts[j]) {
			// "كنبة ٢ مقعد" where the names count 3 seats and 7: a count
			// of the part no product has, what the line's product lacks
			for k := i; k <= j; k++ {
				sg.ts[k].used = true
			}
			sg.cur.model = append(sg.cur.model, modelFig{phrase: joinSurfaces(sg.ts[i : j+1]), num: numString(a.val)})
			sg.cur.end = j + 1
			sg.lastJoin = "none"
			return j + 1
		}
		r.addWord(sg.cur, sg.ts[j].text)
		sg.ts[j].used = true
		sg.cur.end = j + 1
		i = j + 1
		sg.lastJoin = "none"
		return i
	}
	if single && sg.areaPlace(j) && sg.cur.pre == nil && len(sg.cur.counts) == 0 && len(sg.cur.groups) == 0 && a.val == math.Trunc(a.val) && a.unit == "" {
		// "هاني كومب بيج ٣ شبابيك ١١٠×١٣٠": three windows of that size,
		// though a fitting's name has the window in it
		aa := a
		sg.cur.pre = &aa
		for k := i; k <= j; k++ {
			sg.ts[k].used = true
		}
		sg.lastJoin = "none"
		return j + 1
	}
	// walls, windows, rooms counted, or a time ("بقاله عشرين سنة"): set
	// aside, as is a figure and noun said apart from the line ("في مدرسة
	// في ٦ اكتوبر"). Any other noun no name has, after a figure right
	// after the line's words ("كنبة ٣ مقاعد" in a shop whose names count no
	// seats), is what the customer wants the product to have, which no
	// line here gives: the figure describes it (no count), and the noun
	// stays in the line unplaced, for a person.
	if single && j < len(sg.ts) && !sg.ts[j].sep && !sg.ts[j].lex && sg.ts[j].color == "" && sg.cur != nil && (!conj || countedNouns[sg.ts[j].text]) &&
		!strings.HasPrefix(sg.ts[j].surface, "لل") && // "6 للقرية": six, for the village
		!(r.unitOf(sg.cur) != catalog.Piece && nextPlaceJoined(sg.ts, j)) && // "حيطة ٢.٧٠ وحيطة ١.٩٠": the run ends, the next wall begins
		!sg.andUnknown(j) && // "… في 2.5 ارتفاع وسرير 160": the next thing asked, not what the figure describes
		!r.hasNumber(sg.cur, numString(a.val)) && // "مرتبة 160 لاوضتين": the 160 of its name
		(countedNouns[sg.ts[j].text] || !r.known(sg.ts[j].text) && (isArabicWord(sg.ts[j].text) || placeWords[sg.ts[j].text])) {
		if !countedNouns[sg.ts[j].text] && !placeWords[sg.ts[j].text] && !timeNouns[sg.ts[j].text] && !ageWords[sg.ts[j].text] && sg.cur.end == i &&
			i > 0 && !sg.ts[i-1].sep && sg.ts[i-1].text != "و" && !sg.ts[i].conj {
			for k := i; k < j; k++ {
				sg.ts[k].used = true
			}
			sg.cur.end = j + 1
			sg.lastJoin = "none"
			return j + 1
		}
		if placeWords[sg.ts[j].text] && sg.cur.pre == nil && len(sg.cur.counts) == 0 && a.val == math.Trunc(a.val) {
			// "ستارة 3 شبابيك كل شباك 100×120": one for each window
			aa := a
			sg.cur.pre = &aa
		}
		sg.ts[j].used = true
		i = j + 1
		sg.lastJoin = "none"
		return i
	}
	// "و 2 مرتبة": a count joined by و belongs to what follows it,
	// even when that is no catalog product
	// (or only a word of a phrase of the vocabulary, said without the rest:
	// "و ٢ رمل" of "رمل قطط")
	// "و٢ كيلو خميرة", "وربع كيلو خميرة": past a weight or a measure
	// goods are priced per that no product of the shop is named with, the
	// noun it lacks is what the weight is of: the next line's amount, never
	// a count nor a fraction of the piece before (weightOfNext)
	if conj && single && sg.cur != nil && !sg.sizeMode && !nextNew && j < len(sg.ts) && !sg.ts[j].sep {
		k := j
		if k+1 < len(sg.ts) && !sg.ts[k].lex && weightMeasure(sg.ts[k]) && !sg.ts[k+1].sep {
			k++ // weightOfNext
		}
		if !sg.ts[k].lex && isArabicWord(sg.ts[k].text) && (!r.known(sg.ts[k].text) || r.phrasePartOnly(sg.ts[k].text)) {
			nextNew = true
		}
		if !nextNew && k == j && r.otherCounted(sg, j) {
			nextNew = true // otherCounted
		}
	}
	// "٢ شيزلونج طبيعي و٢٠ متر نجيلة صناعي": after و, a length or an area
	// after a piece line with its count, before a noun the catalog lacks,
	// measures that noun: a line of its own, never the piece's size
	if conj && !single && len(group) == 1 && a.unit != "" && !a.dozen && sg.cur != nil && !sg.sizeMode && !nextNew && r.unitOf(sg.cur) == catalog.Piece &&
		(sg.cur.pre != nil || len(sg.cur.counts) > 0) && j < len(sg.ts) && !sg.ts[j].sep && !sg.ts[j].lex && sg.ts[j].color == "" &&
		isArabicWord(sg.ts[j].text) && !r.known(sg.ts[j].text) {
		nextNew = true
	}
	for k := i; k < j; k++ {
		sg.ts[k].used = true
	}
	// "جلد 15 متر اسود و 10 متر بني", "رانر سرير ١٠ كحلي و ١٠ نبيتي":
	// another line of the same product in another colour, not a second
	// wall
	// "كنبة اطفال بابل وردي وواحدة ازرق": one piece said with its colour
	// and no amount, then "one" in another colour, is one more piece;
	// "بوف نبيتي و٢ زيتي": a count in another colour, that many more
	// (the singular said bare is one piece; a plural said bare, "بوفات
	// نبيتي و٢ زيتي", leaves its own count unsaid: asked) (bareThenMore)
	oneMore := sg.cur != nil && sg.cur.pre == nil && len(sg.cur.groups) == 0 && len(sg.cur.counts) == 0 && single && a.unit == "" && a.val >= 1 && a.val == math.Trunc(a.val)
	pieceLine := func() bool { return r.unitOf(sg.cur) == catalog.Piece } // asked only where the rest holds: it scores the line (speed)
	jc := j
	// "وكمان واحد ابيض", "and another one in white", "and another in
	// white": the word asking for more said before the count
	more := moreBefore || sg.ts[i].lowSurface() == "another"
	for n := 0; n < 2 && jc+1 < len(sg.ts) && !sg.ts[jc].sep && !sg.ts[jc].lex && (pieceLike[sg.ts[jc].lowSurface()] || moreWords[sg.ts[jc].lowSurface()]); n++ {
		more = more || moreWords[sg.ts[jc].lowSurface()]
		jc++ // "and one in blue", "وواحد كمان بني جوزي" (one more)
	}
	// one more of a line whose colour was said in no colour the catalog
	// reads ("4 dining chairs in brown and one more in white"): another
	// piece as well, never the first line's colour nor a size
	moreOf := more && single && a.unit == "" && sg.cur != nil && len(sg.cur.colors) == 0 && r.unitOf(sg.cur) == catalog.Piece
	// "صندوق عدة ١٦ احمر و١٦ ازرق", "شنطة عدة ١٦ احمر و٢٢ اصفر": the
	// figure that named the line's goods, or a sibling's, said again
	// before another colour names the goods (variantAgain)
	again, sib := sg.variantAgain(i, j, jc, a, single, conj, more, nextNew)
	if conj && sg.cur != nil && (len(sg.cur.colors) > 0 || moreOf) && !nextNew && !sib && jc < len(sg.ts) && !sg.ts[jc].sep && a.unit != "mm" && // "و٨٠ مم احمر": a thickness, another product
		sg.ts[jc].color != "" && (moreOf || sg.ts[jc].color != sg.cur.colors[0]) && (again || sg.cur.pre != nil || len(sg.cur.groups) > 0 || len(sg.cur.counts) > 0 && single && a.unit == "" || oneMore && pieceLine()) {
		oneMore = oneMore && pieceLine()
		if more && i > 0 && !sg.ts[i-1].sep && moreWords[sg.ts[i-1].text] {
			sg.ts[i-1].used = true // "and another one in white": said of this piece
		}
		d := &draft{start: i, end: j, setWith: -1, clause: sg.clause, partOf: sg.cur.partOf}
		for _, w := range sg.cur.words {
			r.addWord(d, w)
		}
		d.sizes = append(d.sizes, sg.cur.sizes...) // "باب نوفا ٧٠ … وواحد جوزي": the same 70 cm door
		aa := a
		switch {
		case again:
			// one piece of the goods that figure names, in the colour
			// after it ("two of each?" when the first line was counted)
			d.unsure = headCount(sg.cur) > 1
		case (len(group) > 1 || sg.cur.pre == nil && len(sg.cur.counts) == 0) && !oneMore:
			d.groups = append(d.groups, group)
		default:
			d.pre = &aa
		}
		sg.ds = append(sg.ds, d)
		sg.cur = d
		for k := i; k < jc; k++ {
			sg.ts[k].used = true
		}
		sg.lastJoin = "none"
		return jc
	}
	nameSize := sg.cur != nil && len(group) > 1 && !sg.afterSep
	for _, g := range group {
		nameSize = nameSize && r.hasNumber(sg.cur, numString(g.val))
	}
	switch {
	case conj && !nextNew && sg.cur != nil && len(group) > 1 && sg.sizesSibling(i, j, group):
		// "برواز ٢٠ في ٣٠ اسود و ٣٠ في ٤٠ اسود": the other size's goods
	case nameSize:
		// the size in the product's own name ("بورسلين 60×120"): it
		// names the product, it is not an amount
		for _, g := range group {
			r.addWord(sg.cur, numString(g.val))
			if g.unit == "" && g.val < 10 {
				g.unit = "m" // "شمسية 3x3": metres
			}
			sg.cur.sizes = append(sg.cur.sizes, sized{cm1(g), g.start})
		}
		sg.cur.end = j
	case single && !conj && sg.listCount(i, j, a):
		// "ملاية قطن رمادي ٢", "طقم بلكونة حديد اسود ٢": a shop list's
		// count after the product and its colour
		sg.cur.counts = append(sg.cur.counts, a.val)
		sg.cur.end = j
	case sg.cur != nil && single && !conj && !sg.afterSep && sg.cur.pre == nil && len(sg.cur.counts) == 0 && a.val == math.Trunc(a.val) &&
		(j == len(sg.ts) || sg.ts[j].sep || sg.ts[j].color != "" || sg.ts[j].conj || sg.ts[j].text == "و") && r.onlyPart(sg.cur, numString(a.val)):
		// "كومودينو اتنين جوزي" of a "كومودينو … درجين": a figure its
		// names give only as a part's count, said with no part after
		// it, is how many
		sg.cur.counts = append(sg.cur.counts, a.val)
		sg.cur.end = j
	case sg.cur != nil && single && !conj && r.hasNumber(sg.cur, numString(a.val)) && !sg.afterSep && !sg.unitNoun(j) && !withNext:
		r.addWord(sg.cur, numString(a.val))
		if r.inMetres(sg.cur, numString(a.val)) {
			// "shamseya 2.5" of "شمسية ٢.٥ متر": the named size, in cm
			sg.cur.sizes = append(sg.cur.sizes, sized{a.val * 100, a.start})
		} else if (r.isSize(sg.cur, numString(a.val)) || r.nominal(sg.cur, numString(a.val))) && !slices.ContainsFunc(sg.cur.sizes, func(z sized) bool { return z.cm == a.val }) {
			// once: "عرض تمانين … لونا تمانين" says the one width twice;
			// "باب مصفح تركي ٩٠": the width its name ends with
			sg.cur.sizes = append(sg.cur.sizes, sized{a.val, a.start})
		}
		sg.cur.end = j
	case (single || len(group) == 1 && (a.unit == "cm" || a.unit == "mm") && !a.implied) && sg.cur != nil && !nextNew && (!sg.sizeMode || sizeAfterAnd(sg.ts, i) || conj && sg.nameFigureBefore(i, j)) && a.val == math.Trunc(a.val) &&
		!sg.packsCounted(j, a) && sg.sibling(i, a):
		// "وحدة حوض Nova 60 وبكام ال Nova 80": the other variant, a line
		// of its own ("سنار ٦ ومقاس ١٠", "وعلبة مقاس ١٠" too: the size
		// word after و names it, never a size of the line before)
		sg.cur.end = j
		sg.sizeMode = false
	case single && conj && sg.cur != nil && !nextNew && sg.partSibling(i, j, a):
		// "دولاب ضلفتين ابيض و ٣ ضلف ابيض": the goods with that many of
		// the part, a line of their own
		sg.cur.end = j
	case (single || len(group) == 1 && (a.unit == "cm" || a.unit == "mm") && !a.implied) && (sg.cur == nil || nextNew) && !sg.sizeMode && a.val == math.Trunc(a.val) &&
		len(sg.ds) > 0 && askedAgain(sg.ts, i, j) && sg.siblingOf(sg.ds[len(sg.ds)-1], i, a):
		// "الجلالة ٣ سم بكام؟ والـ ٢ سم بكام؟": the other variant of the
		// line asked before, asked by its figure alone
		sg.cur.end = j
	case single && sg.cur != nil && !nextNew && !(j < len(sg.ts) && !sg.ts[j].sep && (r.pack(sg.ts[j].text) || container(sg.ts[j]))) && !sg.unitNoun(j) && r.giveSize(sg.ds, sg.cur, a.val, a.start):
		// a size naming an earlier item ("... مقاس 180")
	case sg.cur == nil || nextNew:
		sg.places = 0
		if sg.pending != nil && sg.pending.unit == "" && !sg.pending.dozen && len(group) > 1 && sg.pending.end < i && placeWords[sg.ts[sg.pending.end].text] {
			sg.places = sg.pending.val // "٢ اوض ٣×٤ باركيه": two rooms of 3×4
		} else if len(group) > 1 && sg.cur == nil {
			sg.places = placesBefore(sg.ts, i) // "أوضتين كل واحدة ٣ × ٤", "٣ شبابيك … كلهم نفس المقاس ١٨٠ في ٢٠٠"
		}
		if len(group) > 1 && sg.cur == nil && (len(sg.pendingGroup) > 1 || sg.pending == nil && len(sg.room) > 1) {
			// "صالة ٥ في ٤ واوضة ٣ في ٣ عايزهم باركيه": a size said
			// before the product, then another: each place its own
			if len(sg.pendingGroup) > 1 {
				sg.before = append(sg.before, sg.pendingGroup)
			} else {
				sg.before, sg.room = append(sg.before, sg.room), nil
			}
		}
		sg.pendingWalls = sg.wallsBefore(conj, len(group) == 1, a)
		aa := a
		sg.pending = &aa
		sg.pendingPacks = j < len(sg.ts) && !sg.ts[j].sep && container(sg.ts[j])
		sg.pendingGroup = nil
		var colours []string
		if sg.afterBreak(i) {
			colours = sg.pendingColor // "? And the black 120x80 tables": said before the figure
		}
		sg.pendingNext, sg.pendingColor, sg.pendingSizes, sg.pendingSides = english, colours, nil, nil
		sg.pendingAnd = conj
		if len(group) > 1 {
			sg.pendingGroup = group
		}
	default:
		if sg.split > 0 && len(group) > 1 && len(sg.cur.groups) > 0 {
			// "للصالة 7 في 4.5 وللطرقة 1.2 في 6": each place its line
			d := &draft{start: i, end: j, setWith: slices.Index(sg.ds, sg.cur), clause: sg.clause}
			for _, w := range sg.cur.words {
				r.addWord(d, w)
			}
			d.colors = append(d.colors, sg.cur.colors...)
			if sg.split > 1 {
				d.pre = &amount{val: sg.split, start: i, end: i}
			}
			sg.ds = append(sg.ds, d)
			sg.cur = d
		}
		sg.split = 0
		// "٣٥ حتة": a piece word after the figure makes it a count
		pieces := j < len(sg.ts) && !sg.ts[j].sep && r.pack(sg.ts[j].text) || a.pack || sg.unitNoun(j) || sg.headAgain(j) || sg.pagesOfLine(j) ||
			j < len(sg.ts) && !sg.ts[j].sep && saleUnit(sg.ts[j]) && sg.cur.uniq[sg.ts[j].text] // "… (الجوز)" said "٦ جوز": six of its pairs
		if single && j < len(sg.ts) && !sg.ts[j].sep && container(sg.ts[j]) && sg.cur.pre == nil && len(sg.cur.counts) == 0 {
			// "بورسلين ٦٠×٦٠ ٨ كراتين": packs of it
			sg.cur.packs = true
			sg.cur.counts = append(sg.cur.counts, a.val)
			sg.ts[j].used = true
			sg.cur.end = j + 1
			sg.lastJoin = "none"
			return j + 1
		}
		// "، اتنين": a number said in words is a count, whatever the unit
		word := !isNumber(sg.ts[i].text) && a.end-a.start == 1 && a.val < 30
		if len(group) == 1 && a.dozen && !a.implied && sg.cur.pre == nil && len(sg.cur.counts) == 0 {
			// "مفصلة ٣ بوصة ٣ دستة", "hinges 2 dozen": dozens after the
			// product are how many, whatever its unit (never a side)
			sg.cur.counts, sg.cur.dozens = append(sg.cur.counts, a.val), true
		} else if single && a.unit == "" && a.val > 1 && a.val == math.Trunc(a.val) && j < len(sg.ts) && placeCount(sg.ts[j]) && r.unitOf(sg.cur) != catalog.Piece {
			// "سلك ناموس ٢ شباك كل واحد ١٠٠ في ١٢٠": a figure before a
			// place counts the places, no side; the size said after it
			// is each one's (placesBefore)
		} else if single && (!sg.sizeMode || word && sizedDone(sg.cur) || a.pack && a.val == 2 && sg.cur.pre == nil && len(sg.cur.counts) == 0) {
			// "عربيات مجرى ١٠٠", "حلقات خشب ٥٠": after a plural noun of a
			// piece, a whole figure no name of it carries is how many;
			// "مقاس ٢٠٠×١٢٠ اتنين": after the whole size, a number said in
			// words is how many of it, never a third side
			many := a.unit == "" && pluralSaid(sg.ts[sg.cur.start:i]) && r.unitOf(sg.cur) == catalog.Piece
			// "سماد ٣ طن ونص": a figure with a weight after it, its
			// fraction read with it, is how much of a piece sold so
			weighed := a.unit == "" && j < len(sg.ts) && !sg.ts[j].sep && weightMeasure(sg.ts[j]) && r.unitOf(sg.cur) == catalog.Piece
			if sg.cur.pre == nil && len(sg.cur.counts) == 0 && (a.val < 30 || pieces || many) && (a.val == math.Trunc(a.val) || weighed) && (r.unitOf(sg.cur) == catalog.Piece || pieces || word) {
				if weighed && conj && r.packWeighed(sg.cur, measureUnit(sg.ts[j])) {
					// "كيس اكل كلاب ٣ كيلو واتنين كيلو": a pack named by its
					// weight, then another weight after و — more of the
					// goods in other packs, never that many of the pack
					// named; a person reads which packs make it
					sg.cur.unsure = true
				}
				sg.cur.counts = append(sg.cur.counts, a.val)
			} else {
				sg.cur.groups = append(sg.cur.groups, group)
			}
		} else {
			if n := placesBefore(sg.ts[sg.cur.start:], i-sg.cur.start); len(group) > 1 && n > 1 && sg.cur.pre == nil && len(sg.cur.counts) == 0 && len(sg.cur.groups) == 0 {
				// "رول مطبوع لشباكين ١٤٠ في ٢٢٠": one for each of the
				// places the line names, each of that size
				sg.cur.pre = &amount{val: n, start: i, end: i}
			}
			sg.cur.groups = append(sg.cur.groups, group)
		}
		sg.cur.end = j
	}
	sg.lastJoin = "none"
	i = j
	return i
}

// word reads a catalog word at i: it opens a new draft (a head noun after
// و, a separator or a count) or joins the current one.
func (sg *segmenter) word(i int) int {
	r := sg.r
	t := sg.ts[i]
	w := t.text
	nameWord := t.color != "" && sg.nameGoesOn(i) // "فوم خشب": the name's word, no colour said
	if t.weighOpens && sg.pending == nil {
		// "… كمون مطحون ونص كيلو فلفل": the weight the vocabulary joined
		// into one word opens the next goods' amount, and so does "and a
		// kilo of …" (weightOpens)
		sg.pending = &amount{val: 1, start: i, end: i + 1}
		sg.pendingAnd = true
		sg.lastJoin = "conj"
		sg.ts[i].used = true
		return i + 1
	}
	if t.dual && sg.pending == nil && (sg.cur == nil || t.conj || sg.lastJoin == "conj" || sg.afterSep) && pairWord(t) &&
		i+1 < len(sg.ts) && !sg.ts[i+1].sep && r.lx.heads[sg.ts[i+1].text] {
		// "، وجوزين مخدات فايبر": two pairs of the goods named next, as
		// "٢ جوز مخدات" counts them — no trailing count of the line before
		sg.pending = &amount{val: 2, start: i, end: i + 1}
		sg.pendingAnd = t.conj || sg.lastJoin == "conj"
		sg.ts[i].used = true
		return i + 1
	}
	if h := sg.header; h != nil && sg.cur != nil && (sg.cur == h || sg.cur.entryOf == h) && placeWords[w] && !r.fits(h, w) &&
		i+1 < len(sg.ts) && !sg.ts[i+1].sep && isNumber(sg.ts[i+1].text) {
		// "فيرتيكال ٨٩ مم: شباك ٢×٢ بيج وشباك ٢×٢ رمادي": after a header,
		// a window or a room with its size is where an entry goes, though
		// a service of the catalog names it
		sg.ts[i].used, sg.ts[i].aside, sg.ts[i].lex = true, true, false
		if t.conj || i > 0 && sg.ts[i-1].sep && (sg.cur != h || len(h.groups) > 0) {
			sg.lastJoin = "conj"
		}
		return i + 1
	}
	// "… وخلاط حوض وخلاط دش، الخلاطات كروم": the kind said before, named
	// again with the article and a colour, colours those lines
	if sg.cur != nil && r.lx.heads[w] && definite(t.surface) && i+1 < len(sg.ts) && !sg.ts[i+1].sep && sg.ts[i+1].color != "" {
		var back []*draft
		for _, d := range sg.ds {
			if len(d.words) > 0 && d.words[0] == w && len(d.colors) == 0 && !d.unknown {
				back = append(back, d)
			}
		}
		if len(back) > 0 {
			k := i + 1
			for ; k < len(sg.ts) && !sg.ts[k].sep && sg.ts[k].color != ""; k++ {
				for _, d := range back {
					d.colors = append(d.colors, sg.ts[k].color)
				}
				sg.ts[k].used = true
			}
			sg.ts[i].used = true
			sg.lastJoin = "none"
			return k
		}
	}
	if r.lx.heads[w] && (t.conj || sg.lastJoin == "conj" || sg.afterSep) && sg.pending == nil && sg.packAhead(i) {
		// "وعلبة BCAA" beside "علبة بروتين بار": a pack that heads a
		// product's name of its own, said of goods none of that
		// product's names hold, is the goods' tub, one of them — no word
		// of their line, never the box the shop sells of other goods
		sg.ts[i].used = true
		if t.conj {
			sg.lastJoin = "conj"
		}
		return i + 1
	}
	if sg.cur != nil && !t.conj && sg.pending == nil && destinationPlace(t.surface) && !r.fits(sg.cur, w) {
		// "وتفصيل لشباك الأوضة", "موكيت للصالة": where the goods go, a
		// place the line's product is not, though another product's name
		// holds it ("تركيب مجرى (للشباك)"): no word of the line
		sg.ts[i].used = true
		return i + 1
	}
	if i > 0 && !sg.ts[i-1].sep && inWords[sg.ts[i-1].text] && (placeWord(w) || placeWord("ال"+w)) && !r.lx.heads[w] && sg.pending == nil {
		// "من الإدارة في الشركة": where the customer is, though a name
		// holds the word ("رول مطبوع بلوجو الشركة")
		sg.ts[i].used = true
		return i + 1
	}
	if sg.cur != nil && ownerBefore(sg.ts, i) && sg.pending == nil && t.color == "" && !r.fits(sg.cur, w) && !t.conj {
		// "الكرانيش بتاعة اللونا": whose they are, the line's product
		// goes with that one, no line of its own; so the words of its name
		// after it ("بتاع الباب الخشب"). A word with "و" is never the
		// owner: "بالحامل بتاعه وفلتر" is its stand, and a filter
		// (ownerBefore, h36g)
		k := i
		for ; k < len(sg.ts) && !sg.ts[k].sep && sg.ts[k].lex && sg.ts[k].color == "" && !isNumber(sg.ts[k].text) && !r.fits(sg.cur, sg.ts[k].text); k++ {
			sg.ts[k].used = true
		}
		return k
	}
	if sg.cur != nil && withBefore(sg.ts, i) && !t.conj && sg.pending == nil && r.bestHas(sg.cur, "بال"+w) && !r.bestHas(sg.cur, w) {
		// "مغسلة ٦٠ مع العمود" of "حوض ٦٠ بالعمود": with the pedestal its
		// name says it comes with, no product of its own
		r.addWord(sg.cur, "بال"+w)
		sg.ts[i].used = true
		sg.cur.end = i + 1
		sg.lastJoin = "none"
		return i + 1
	}
	if sg.corrected && t.conj && t.lex && forAll(sg.ts, i+1) {
		// "… وتركيبها⏎لا استنى خليهم اتنين كابينة …، وتركيب للاتنين": after
		// a correction, a line named again for all the goods is the
		// earlier one said anew, no second line of it
		if d := sg.named(r.headNoun(w)); d != nil {
			sg.replaces = append(sg.replaces, replacement{at: i, old: d})
		}
	}
	withNew := false
	if st := t.withStem; st != "" && sg.cur != nil && r.lx.heads[st] && (w == st || !r.fits(sg.cur, w)) && (!r.bestHas(sg.cur, st) || !t.neg && r.allWithout(sg.cur, st)) {
		// "شمسية ٣ متر بالقاعدة": with the base, a product of its own
		// the umbrella is not
		w, withNew = st, true
		sg.ts[i].text = st
	}
	// a model name only one product has ("الميلانو") names it after
	// و or a separator as a head noun does
	// (or after a count that و opened: "و ٦ دبل")
	head := r.lx.heads[w] || sg.packOpens || t.weighOpens && sg.pending != nil || sg.pending != nil && sg.pending.unit != "" && r.lx.kinds[w] && !(sg.cur != nil && r.bestHas(sg.cur, w)) ||
		(t.conj || sg.lastJoin == "conj" || sg.afterSep || sg.pending != nil) && r.lx.distinct[w] && !(i > 0 && (copulas[sg.ts[i-1].text] || copulas[sg.ts[i-1].lowSurface()])) &&
			!(sg.cur != nil && r.bestHas(sg.cur, w)) || // "تسريحة ومرايتها": the line's own mirror, no other product
		(t.conj || sg.lastJoin == "conj" || sg.afterSep || sg.colourClosed(i)) && sg.pending == nil && sg.packAhead(i)
	// "… وابعتلي فني يركبها": the worker's verb read as the service
	// (someoneTo) is a request of its own, never more words of the goods
	closed := head && !t.conj && sg.lastJoin != "conj" && !sg.afterSep && sg.pending == nil && (sg.colourClosed(i) && sg.packOfGoods(i) || sg.packBefore(i))
	// "2 packs of veal minced", "لحمة مفرومة": the work's participle after
	// goods whose product it is no word of is the work's line (madeWork)
	// "٢ كفر ايفون بحفر اسم", "هودي … بطباعة على الضهر": the work the
	// goods' name says they come without is its own line (bestWithout)
	withoutNew := sg.cur != nil && !t.neg && r.lx.heads[w] && r.allWithout(sg.cur, w)
	startNew := sg.cur == nil || t.conj || t.work && !(i > 0 && sg.ts[i-1].work) || sg.lastJoin == "conj" || (sg.afterSep && head) || closed ||
		t.made && (!r.bestHas(sg.cur, w) || r.bestWithout(sg.cur, w)) || withoutNew ||
		(!r.fits(sg.cur, w) && r.lx.heads[w]) || (sg.pending != nil && head)
	if startNew && sg.afterSep && sg.cur != nil && sg.pending == nil && !t.conj && r.fits(sg.cur, w) && (i+1 >= len(sg.ts) || sg.ts[i+1].sep) &&
		len(sg.cur.words) > 1 && !sg.cur.uniq[w] {
		// "two zebra blinds 1.6 x 2.1 m in white, blackout": one word
		// after a separator that the line's product can also be is said
		// of it, no line of its own
		startNew = false
	}
	if !startNew && sg.pending == nil && t.color == "" && withBefore(sg.ts, i) && r.withOther(sg.cur, sg.ts, i) {
		// "٦ كراسي سفرة جوز مع الترابيزة الرخام": after "مع", another
		// head noun than the line's is other goods with them, though a
		// name of the other's ("ترابيزة سفرة رخام 6 كراسي", a table for
		// six chairs) holds the words of both
		startNew = true
	}
	englishNext := startNew && sg.cur != nil && !head && (t.conj || sg.lastJoin == "conj") &&
		(sg.englishHeadAhead(i) || len(sg.pendingColor) > 0 && sg.complete() && r.englishHead(sg.ts, i, i+4) >= 0) // "… and a blue bosch drill"
	pauseArticle := i > 1 && sg.ts[i-2].sep && sg.ts[i-2].text != "x" && sg.pending == nil && t.lex && t.color == "" &&
		(sg.ts[i-1].lowSurface() == "the" || sg.ts[i-1].lowSurface() == "a")
	if !startNew && sg.cur != nil && !head && isLatinWord(t.surface) && i > 0 && sg.englishHeadAhead(i) && (pauseArticle || sg.afterSep &&
		(sg.pending == nil && articles[sg.ts[i-1].lowSurface()] && sg.opensEnglish(i) ||
			sg.pending != nil && sg.pending.end == i && sg.opensEnglish(sg.pending.start))) {
		// ", the Aria 6-door wardrobe", ", two Aria nightstands": after a
		// separator and an article or a count, English words leading to
		// another head noun open its line
		startNew, englishNext = true, true
	}
	if sg.cur != nil && !head && sg.pending == nil && t.lex && t.color == "" && isLatinWord(t.surface) && englishWith(sg.ts, i) && !r.fits(sg.cur, w) {
		// "a wall-hung toilet in black with the concealed cistern": with
		// another product, named by words the line's product lacks
		startNew, englishNext = true, true
	}
	// "تل مطرز ٦ متر ونص وبلاك أوت بيج ٦ متر": after و, a kind the
	// line's product cannot be, once that line has its amount, is a line
	// of its own though no head noun names it
	otherKind := sg.cur != nil && (t.conj || sg.lastJoin == "conj") && !r.fits(sg.cur, w) && t.color == "" &&
		(sg.cur.pre != nil || len(sg.cur.groups) > 0) && r.unitOf(sg.cur) != catalog.Piece && r.soldIn(w, r.unitOf(sg.cur))
	// "١٠ مفصلات … ركبة كاملة وحوض مطبخ ستانلس": after و, a word of the
	// catalog no head noun, that neither the line's product nor any word
	// after it in its clause fits, is another thing asked (the shop may not
	// sell it), never more words of the line before. A wall or a floor is
	// one more surface of goods that cover one ("… وحيطة تانية"), but after
	// goods counted in pieces ("٢ دمبل … وارضية") it is another thing too
	otherThing := sg.cur != nil && t.conj && t.lex && !t.fuzzy && t.color == "" && !head && !englishNext && !otherKind && !r.lx.materials[w] &&
		!(wallSaid(t) && r.unitOf(sg.cur) != catalog.Piece) && !countedNouns[w] && !roomWords[w] && !destinationPlace(t.surface) && !saleUnit(t) && (sg.cur.pre != nil || len(sg.cur.groups) > 0 || headOf(r, sg.cur) != "") && !r.fits(sg.cur, w) && r.noneFitAhead(sg, i)
	if startNew && sg.cur != nil && !head && !englishNext && !otherKind && !otherThing {
		// only a head noun opens an item; "و حيطة تانية" after a
		// kitchen is one more wall of it, not a new product ("and a
		// wooden door" is: English names its head noun last)
		startNew = false
	}
	if startNew && sg.cur != nil && !r.lx.heads[w] && !t.conj && sg.lastJoin != "conj" && !sg.afterSep && sg.pending == nil && !englishNext && !closed {
		startNew = false
	}
	if startNew && (t.conj || sg.lastJoin == "conj") && !head && sg.cur != nil && r.fits(sg.cur, w) && !englishNext {
		startNew = false // "زان وخشب": a second modifier, not a new item
	}
	if startNew && (t.conj || sg.lastJoin == "conj") && sg.cur != nil && (sg.cur.pre == nil || sg.amountBeforeWords(i)) && len(sg.cur.groups) == 0 && r.andInName(sg, i) {
		startNew = false // "صنفرة وتلميع ٣٢ متر": one service whose name joins both
	}
	if startNew && sg.cur != nil && i > 0 && sg.ts[i-1].lowSurface() == "with" && r.fits(sg.cur, w) {
		// "underlay with vapour barrier", "curtain track motor with remote": a
		// name that says "with" itself, even when the word after it is that
		// name's head noun; a word the line's product lacks still starts its own
		startNew = false
	}
	if startNew && !withNew && sg.cur != nil && sg.cur.end == i && sg.cur.pre != nil && isLatinWord(t.surface) && headOf(r, sg.cur) == "" && !sg.afterSep {
		// "two wood doors": the count and a describing word opened the
		// line; its head noun comes last and completes it
		startNew = false
	}
	if startNew && !withNew && !closed && sg.cur != nil && sg.cur.end == i && !t.conj && sg.lastJoin != "conj" && !sg.afterSep && sg.pending == nil &&
		!strings.HasPrefix(t.surface, "و") { // "وكراسي" read by its consonants keeps its و

		switch {
		case r.lx.materials[w] && !isLatinWord(w) && headOf(r, sg.cur) != "":
			// "كنبة جلد", "ترابيزة رخام": a material said right after the
			// head noun is what that thing is made of, though another
			// product (the leather sold by the metre) is named by it
			startNew = false
		case isLatinWord(t.surface) && sg.cur.english && sg.cur.pre == nil && len(sg.cur.groups) == 0:
			// "an office chair", "a leather sofa": English says its
			// describing words first, even one that names a product of its
			// own; the head noun said last completes the line
			startNew = false
		case t.fuzzy && !isLatinWord(t.surface) && headOf(r, sg.cur) != "":
			// "كرسي مكتب": a word read only as a near spelling of another
			// head noun, right after this one, describes it
			startNew = false
		}
	}
	if startNew && !withNew && !closed && !t.conj && sg.lastJoin != "conj" && !sg.afterSep && sg.pending == nil && r.categoryBefore(sg, i, w) {
		// "٥٠ كيلو سماد NPK": a category word, then the name of goods it
		// heads — which of them, never a line of its own (categories.go)
		startNew = false
	}
	if !startNew && r.serviceWithGoods(sg, i, w) {
		// "مورال ٣ في ٢ ونص مع التركيب", "with installation": the work
		// said with goods already named is their work, a line of its own,
		// though the service's name holds the goods' word ("تركيب مورال")
		startNew = true
	}
	startNew = startNew || withNew
	if startNew && t.prep && sg.cur != nil {
		startNew = false // "موكيت للمكتب": for the office, not an office desk
	}
	if sg.pendingNext && sg.pending != nil {
		startNew = true
	}
	if sg.cur != nil && sg.placeFirst(i) {
		// "شباك ١٢٠ في ١٢٠ سلك بليسيه": a window and its size said
		// first, then the product for it, its words split by no size
		return i + 1
	}
	if startNew {
		entryOf := sg.headerEntry(w)
		sg.header = entryOf // another kind named: the header's entries end
		d := &draft{start: i, end: i + 1, setWith: -1, clause: sg.clause, english: englishNext, with: withNew || withoutNew && (strings.HasPrefix(t.surface, "ب") || i > 0 && (sg.ts[i-1].text == "مع" || sg.ts[i-1].lowSurface() == "with")), other: otherThing}
		d.forAnother, sg.forAnother = sg.forAnother, false
		d.plural = t.plural
		d.colors = append(d.colors, sg.pendingColor...)
		if h := entryOf; h != nil {
			// "ضلف سحاب لامع بيج: ضلفتين ٩٠ في ٢٥٠ وضلفة تالتة ٦٠ في
			// ٢٥٠": the header's head noun said again opens one of its
			// entries, the header's words and colour its own
			d.entryOf = h
			for _, u := range h.words {
				if u != w {
					r.addWord(d, u)
				}
			}
			if len(d.colors) == 0 && len(h.colors) > 0 {
				d.colors, d.inherits = append(d.colors, h.colors...), true
			}
		}
		for _, a := range sg.pendingSizes {
			d.groups = append(d.groups, []amount{a})
		}
		d.groups = append(d.groups, sg.pendingSides...)
		sg.pendingColor, sg.pendingNext, sg.pendingSizes, sg.pendingSides = nil, false, nil, nil
		d.model, sg.pendingModel = sg.pendingModel, nil
		if sg.pending == nil && sg.room != nil {
			d.room, sg.room = sg.room, nil
			if sg.roomPlaces > 1 && d.pre == nil {
				// the size was each place's: the product covers them all
				d.pre = &amount{val: sg.roomPlaces, start: d.start, end: d.start, implied: true}
			}
		}
		sg.roomPlaces = 0
		d.before, sg.before = sg.before, nil
		d.sameAs, sg.sameNext = sg.sameNext, false
		if sg.perNext {
			d.perWord, sg.perNext = "*", false
		}
		if t.dual && sg.pending == nil {
			sg.pending = &amount{val: 2, start: i, end: i + 1}
		}
		measured := sg.cur != nil && (sg.cur.pre != nil || len(sg.cur.groups) > 0 || len(sg.cur.counts) > 0)
		if sg.cur != nil && sg.lastJoin == "none" && !sg.afterSep && !t.conj && !(sg.pending != nil && sg.pendingAnd) && (sg.pending != nil || !measured) {
			// said together: "ترابيزة سفرة 6 كراسي"; "… ابيض و ١٥ متر
			// وزرة" and "سيراميك ابيض ٤٠ متر وزرة ١٥ متر" (a line with its
			// own amount, then the next) are other lines, their colour not said
			d.setWith = len(sg.ds) - 1
		}
		if sg.pending != nil {
			d.pre = sg.pending
			d.packs, sg.pendingPacks = sg.pendingPacks, false
			d.start = sg.pending.start
			if sg.pendingGroup != nil {
				d.groups = append(d.groups, sg.pendingGroup)
				d.pre = nil
				if sg.places > 0 {
					d.pre = &amount{val: sg.places, start: d.start, end: d.start}
				}
			} else if len(sg.pendingWalls) > 0 && r.metreWord(t.text) {
				// "على حيطتين ٢.٤ متر و ١.٨ متر سفلي اكريليك": the walls
				// of a run sold by the metre add up, as said after it
				for _, w := range append(sg.pendingWalls, *sg.pending) {
					d.groups = append(d.groups, []amount{w})
				}
				d.pre, d.start = nil, sg.pendingWalls[0].start
			}
			sg.pending, sg.pendingGroup, sg.places, sg.pendingWalls = nil, nil, 0, nil
		}
		sg.ds = append(sg.ds, d)
		sg.cur = d
		sg.afterSep = false
		sg.sizeMode = false
	}
	if !startNew && sg.cur.forAt == 0 && len(sg.cur.words) > 0 && (t.prep || strings.HasPrefix(t.surface, "لل")) {
		sg.cur.forAt = len(sg.cur.words)
	}
	r.addWord(sg.cur, w)
	both := i > 0 && sg.ts[i-1].lowSurface() == "both" // "installation for both heaters"
	if (t.dual || both) && sg.cur.pre == nil && len(sg.cur.counts) == 0 && len(sg.cur.groups) == 0 {
		// "ندف للمرتبتين", "تنجيد اللحافين", "ندف مرتبتين": the object of
		// a work said in the dual, for the two or the two of them, counts
		// the work, as a count before it does (not "دولاب ضلفتين": a part)
		c := r.candidates(sg.cur)
		if !startNew && len(c) > 0 && r.lx.info[c[0].idx].all[w] && r.lx.info[c[0].idx].head != w && sg.cur.words[0] != w &&
			(r.lx.info[c[0].idx].service || r.workHead(sg, c) || t.prep || both || definite(t.surface) || strings.HasPrefix(t.surface, "لل") || t.dual && r.lx.perOneOf(int32(c[0].idx))) ||
			t.dual && sg.cur.start < i && r.serviceTo(sg.cur, w) ||
			t.dual && !startNew && sg.cur.start < i && r.unitOf(sg.cur) != catalog.Piece && eachMeasureAhead(sg.ts, i+1) {
			// "درابزين بلكونتين … كل واحدة ٤ متر": goods sold by length
			// or area for two places, then each one's measure — two
			// measures, as "لبلكونتين" is
			sg.cur.pre = &amount{val: 2, start: i, end: i + 1}
		}
	}
	if t.dual && (saleUnits[w] || saleUnits[strings.TrimSuffix(wordKey(t.surface), "ين")] || sg.packOfLine(i)) && sg.cur.start < i && sg.cur.pre == nil && len(sg.cur.counts) == 0 && r.unitOf(sg.cur) == catalog.Piece {
		// "اكرة كورة دهبي جوزين" of a "أكرة … (جوز)": two of what one
		// piece is sold as, a pair; "خيط مونو ٠٫٤٠ بكرتين" of a "خيط …
		// (بكرة 300 متر)": two of the pack its name says it comes in
		sg.cur.counts = append(sg.cur.counts, 2)
	}
	if t.fuzzy {
		sg.cur.fuzzy = true
	}
	if t.plural && sg.cur.english && r.lx.heads[w] && (sg.cur.ofHead == "" || r.lx.serviceHead(sg.cur.ofHead)) {
		sg.cur.plural = true // English: the head noun is the last word
	} else if sg.cur.plural && !t.plural && sg.cur.ofHead == "" && r.lx.heads[w] && isLatinWord(t.surface) && isLatinWord(sg.ts[sg.cur.start].surface) && !isNumber(w) && t.color == "" {
		sg.cur.plural = false // "a kids bed": a plural before the head noun describes it
	}
	if isLatinWord(t.surface) && !isNumber(t.surface) && sg.ts[i].text == w && w == wordKey(t.lowSurface()) {
		sg.cur.english = true
	}
	if t.color != "" && !r.lx.heads[w] && !nameWord {
		sg.cur.colors = append(sg.cur.colors, t.color)
	}
	sg.ts[i].used = true
	sg.cur.end = i + 1
	sg.lastJoin = "none"
	i++
	return i
}

// ofArticles are the English words between a pack and its goods ("2 sets
// of the …", "a box of").
var ofArticles = set("of", "the", "a", "an")

// ofOther: the words at next are an English pack or unit noun then "of"
// ("sets of", "boxes of"): what follows "of" is the goods counted.
func (sg *segmenter) ofOther(next int) bool {
	return next+1 < len(sg.ts) && !sg.ts[next].sep && isLatinWord(sg.ts[next].surface) && sg.ts[next+1].lowSurface() == "of"
}

// measuresNext: the figure at i, said after و with the measure after it,
// is followed right away by the head noun of other goods than the
// current line's ("… و٥٠٠ جم لب سوري"): it is theirs.
func (sg *segmenter) measuresNext(i int) bool {
	k := i + 2
	if !(sg.ts[i].conj || sg.lastJoin == "conj") || k >= len(sg.ts) {
		return false
	}
	n := sg.ts[k]
	return !n.sep && !n.conj && n.lex && n.color == "" && !isNumber(n.text) && sg.r.lx.heads[n.text] && !sg.cur.uniq[n.text]
}

// packOfLine: the word at i, said in the dual after the line's words, is
// the dual of a pack word ("بكرتين", "علبتين") that the current line's
// best product carries in its name as a word of its own, though another
// product is named by it too ("بكرة" a spool of line and a fishing reel):
// the line comes in that pack, and the dual is how many of it (the sale
// unit's dual, as "جوزين" of goods sold by the pair).
func (sg *segmenter) packOfLine(i int) bool {
	t := sg.ts[i]
	if !t.dual || sg.cur == nil || sg.cur.start >= i || packSingular(wordKey(t.surface)) == "" {
		return false
	}
	c := sg.r.candidates(sg.cur)
	return len(c) > 0 && sg.r.lx.info[c[0].idx].all[t.text] && sg.r.lx.info[c[0].idx].head != t.text
}

// serviceTo: the draft names a service the shop sells (its name's first
// word a verbal noun, or its category the shop's services) and w, a word
// of its name after that first word, is what the service is done to.
func (r *Rules) serviceTo(d *draft, w string) bool {
	c := r.candidates(d)
	if len(c) == 0 || len(d.words) == 0 || d.words[0] == w {
		return false
	}
	p := r.lx.products[c[0].idx]
	return r.lx.verbalNoun(d.words[0]) || serviceCategories[wordKey(p.Category)]
}

// workHead: the draft opens with the verb of a work the shop does (no
// stock kept of its first product: "اطبع", "اطبعولي" of a "طباعة صورة",
// whose فعالة noun does not mark a service as a تفعيل one does), or with
// a service's verbal noun: a dual after it is the work's object, two of
// it ("اطبعلي صورتين ٢٠ في ٣٠"). A noun of the same shape heading goods
// ("قلاية حوضين", "خزانة ضلفتين") names a part.
func (r *Rules) workHead(sg *segmenter, c []scored) bool {
	d := sg.cur
	if len(d.words) == 0 || len(c) == 0 || !r.lx.products[c[0].idx].MadeToOrder {
		return false
	}
	if r.lx.verbalNoun(d.words[0]) {
		return true
	}
	w := strings.TrimPrefix(wordKey(sg.ts[d.start].surface), "و")
	if _, ok := r.lx.workImperOf(w); ok || r.lx.workVerbOf(w) {
		return true
	}
	_, _, ok := r.lx.vocabVerbOf(w)
	return ok
}

// serviceCategories name a shop's services in its catalog.
var serviceCategories = set("خدمات", "خدمه", "services", "service")

// colour reads a colour word at i: the current draft's, or every draft's
// after "كله"/"الكل".
func (sg *segmenter) colour(i int) int {
	r := sg.r
	t := sg.ts[i]
	w := t.text
	sg.ts[i].used = true
	if sg.cur != nil && r.lx.phrase[w] && r.fits(sg.cur, w) {
		r.addWord(sg.cur, w) // "حوض ستانلس": the colour also names the product
	}
	if sg.cur != nil && !sg.pendingNext && i+2 < len(sg.ts) && !sg.ts[i+1].sep && !sg.ts[i+2].sep &&
		(toneJoins[sg.ts[i+1].text] || sg.ts[i+1].text == "x") && sg.ts[i+2].color != "" && sg.ts[i+2].color != t.color {
		// "ابيض في وردي": one piece in two colours, no single colour of
		// the catalog unless it lists the pair
		sg.cur.tones = append(sg.cur.tones, [2]string{t.color, sg.ts[i+2].color})
		sg.ts[i+1].used, sg.ts[i+2].used = true, true
		sg.cur.end = i + 3
		sg.lastJoin = "none"
		return i + 3
	}
	if sg.cur != nil && !sg.pendingNext && sg.afterBreak(i) && sg.headInClause(i) {
		// "? And the black 120x80 tables", "⏎أسود ٢ ترابيزة": the colour
		// of the line its head noun opens after the break
		sg.pendingColor = append(sg.pendingColor, t.color)
		return i + 1
	}
	if sg.cur != nil && sg.lastJoin == "conj" && !sg.pendingNext && (sg.englishHeadAhead(i) || sg.complete() && sg.r.englishHead(sg.ts, i, i+4) >= 0) {
		// "and a black bidet spray": the colour of the line its head noun
		// opens, said before it; the و still joins that line — also after
		// goods complete, though their name holds the words after it
		// ("box of home needles and a pink singer machine")
		sg.pendingColor = append(sg.pendingColor, t.color)
		return i + 1
	}
	if c := sg.cur; c != nil && !sg.pendingNext && sg.pending == nil && (t.conj || sg.lastJoin == "conj" || sg.listed(i)) && len(c.colors) > 0 && !slices.Contains(c.colors, t.color) &&
		(c.pre != nil || len(c.groups) > 0 || len(c.counts) > 0) && i+1 < len(sg.ts) && !sg.ts[i+1].sep && sg.countNext(i+1) {
		// "ارضية رياضية احمر ٢٠ متر واخضر ١٥ متر": after و, another colour
		// with its own amount is another line of the same product, as "و
		// ١٥ متر اخضر" is; so after a comma of the list ("بف وردي ٢،
		// رمادي ٣", "pouf red 2, blue 3"), and with the count in words
		// ("ورمادي اتنين واخضر واحد")
		d := &draft{start: i, end: i + 1, setWith: -1, clause: sg.clause, partOf: c.partOf}
		for _, w := range c.words {
			r.addWord(d, w)
		}
		d.sizes = append(d.sizes, c.sizes...)
		d.colors = append(d.colors, t.color)
		return sg.openLine(d, i, i+1)
	}
	switch {
	case sg.pendingNext && sg.pending != nil:
		sg.pendingColor = append(sg.pendingColor, t.color) // "and 4 white frames"
	case sg.cur != nil && (i > 0 && allWords[prevWord(sg.ts, i)] || i > 1 && sg.ts[i-1].cover && allWords[prevWord(sg.ts, i-1)] || i > 1 && sg.ts[i-1].lowSurface() == "in" && allWords[prevWord(sg.ts, i-1)] ||
		i+1 < len(sg.ts) && !sg.ts[i+1].sep && allWords[sg.ts[i+1].text] ||
		i > 1 && !sg.ts[i-1].sep && colourNouns[sg.ts[i-1].text] && !sg.ts[i-2].sep && allCue(sg.ts[i-2])): // "كله ابيض", "all in white", "كله لون طبيعي"
		for _, d := range sg.ds {
			if len(d.colors) == 0 {
				d.colors = append(d.colors, t.color)
			}
		}
	case sg.cur != nil:
		if sg.cur.inherits {
			sg.cur.colors, sg.cur.inherits = nil, false // the entry's own colour, not its header's
		}
		sg.cur.colors = append(sg.cur.colors, t.color)
		sg.cur.end = i + 1
	}
	sg.lastJoin = "none"
	i++
	return i
}

// listed: the word at i follows a comma of a list ("بف وردي ٢، رمادي ٣").
func (sg *segmenter) listed(i int) bool {
	return sg.lastJoin == "sep" && i > 0 && (sg.ts[i-1].text == "," || sg.ts[i-1].text == "،")
}

// countNext: a count starts at j, in figures or in words ("٢", "اتنين",
// "واحد"), a word of no product's name.
func (sg *segmenter) countNext(j int) bool {
	if isNumber(sg.ts[j].text) {
		return true
	}
	_, _, ok := numberAt(sg.ts, j, sg.isLex)
	return ok
}

// shareOut gives the shares of a count what the whole was said with (its
// sizes and colour) and checks that they add up; when they do not the
// lines are left for a person to check.
func (r *Rules) shareOut(ds []*draft, heads map[*draft]bool) {
	for h := range heads {
		sum := 0.0
		var parts []*draft
		for _, d := range ds {
			if d.partOf == h {
				parts = append(parts, d)
				sum += headCount(d)
			}
		}
		var shared [][]amount // a size said for all of them ("كلهم 1 في 1.5")
		for _, d := range parts {
			if len(d.groups) > 0 && len(shared) == 0 {
				shared = d.groups
			}
		}
		for _, d := range parts {
			if len(d.groups) == 0 && !d.half {
				d.groups = append(d.groups, h.groups...)
				if len(d.groups) == 0 && len(parts) > 1 && len(shared) > 0 && d != parts[len(parts)-1] {
					d.groups = shared
				}
			}
			d.sizes = append(d.sizes, h.sizes...)
			d.thick = append(d.thick, h.thick...)
			if sum != headCount(h) {
				d.fuzzy = true // the shares do not add up: not sure
				// "٣ بنطلون جينز واحد ٣٢ ازرق وواحد ٣٤ اسود": which of
				// them is more than one, a person's to ask
				d.unsure = d.unsure || len(parts) > 1
			}
		}
	}
}

// shareHead is the draft whose count cur may share out: cur itself when it
// was said with a count and no colour yet, or the draft cur already shares.
func shareHead(cur *draft) *draft {
	switch {
	case cur == nil:
		return nil
	case cur.partOf != nil:
		return cur.partOf
	case len(cur.words) > 0 && len(cur.colors) == 0 && headCount(cur) > 1:
		return cur
	}
	return nil
}

// lengthWords name a piece's length: "طول الدرجة متر و٢٠ سم".
var lengthWords = set("طول")

// eachPiece: token i, after "كل", names again the head noun of the line
// counted before it, and a length follows ("٤ مجاري … كل مجرى ٢.٥ متر"):
// each piece's length, as "كل واحد" says it.
func (sg *segmenter) eachPiece(i int) bool {
	if sg.cur == nil || !sg.ts[i].lex || headCount(sg.cur) < 2 || headOf(sg.r, sg.cur) != sg.ts[i].text {
		return false
	}
	a, ok := amountAt(sg.ts, i+1, nil)
	return ok && !a.implied && (a.unit == "m" || a.unit == "cm")
}

// sizeAt: a size of two sides starts at token k, "مقاس" before it or not.
func sizeAt(ts []token, k int) bool {
	if k < len(ts) && !ts[k].sep && sizeCue[ts[k].text] {
		k++
	}
	return k+1 < len(ts) && isNumber(ts[k].text) && (ts[k+1].text == "x" || dimOps[ts[k+1].text])
}

// otherWords say "the other (one)" of a count shared out: "والتانية".
var otherWords = set("التاني", "التانيه", "الثاني", "الثانيه", "التانيين", "other", "tanya", "el-tanya", "eltanya", "eltany")

// headCount is the count a draft was said with (0 when none).
func headCount(d *draft) float64 {
	switch {
	case d.pre != nil && d.pre.unit == "" && !d.pre.implied:
		return d.pre.val
	case d.pre != nil && d.pre.dozen:
		return d.pre.val
	case len(d.counts) > 0:
		return d.counts[0]
	}
	return 0
}

// placesBefore is how many places the size said at i is each one's: a
// dual place ("أوضتين", "حمامين") or a count before a place ("٣ شبابيك")
// earlier in the clause, with "each" or "all the same size" or nothing
// between ("أوضتين كل واحدة ٣ × ٤", "٣ شبابيك … كلهم نفس المقاس ١٨٠ في
// ٢٠٠"); 0 when the nearest place is one.
func placesBefore(ts []token, i int) float64 {
	for k := i - 1; k >= 0 && k >= i-10; k-- {
		t := ts[k]
		if t.sep && t.text != "،" && t.text != "," || orderCues[strings.TrimPrefix(t.text, "و")] || isNumber(t.text) && k+1 < len(ts) && !placeCount(ts[k+1]) {
			return 0
		}
		w := placeKey(strings.TrimPrefix(t.surface, "و"))
		if d, ok := dualOf(w); ok && (placeWords[d] || roomWords[d] || placeWords[d+"ه"]) && !placeWords[w+"ه"] || francoPlaceDuals[lower(w)] {
			return 2
		}
		if (placeWords[w] || roomWords[w]) && k > 0 && (ts[k-1].text == "في" || ts[k-1].lowSurface() == "in") {
			continue // "٣ شبابيك في الريسبشن": where they are, not another place
		}
		if placeWords[w] || roomWords[w] {
			// its count is said right before it, and is no side of an
			// earlier size ("صالة ٥ في ٤ واوضة ٣ في ٣": one room)
			// ("شتر ٧٧ للجراج": a figure before "for the garage" is the
			// name's, no count of garages)
			if k > 0 && !t.conj && !strings.HasPrefix(t.surface, "و") && !destination(t.surface) && (k < 2 || !dimOps[ts[k-2].text]) {
				if v, ok := amountValue(ts[k-1].text); ok && v > 1 && v == math.Trunc(v) {
					return v
				}
			}
			return 0
		}
	}
	return 0
}

// francoPlaceDuals are two places in Franco-Arabic: "le shebakein".
var francoPlaceDuals = set("shebakein", "shebakeen", "shebakin", "shebbakein", "odtein", "odteen", "otten")

// openLine makes d, which an amount said at tokens i..j opened, the
// current line (a share of a count, another piece of the line's product or
// of its kind) and goes on after the amount.
func (sg *segmenter) openLine(d *draft, i, j int) int {
	sg.ds = append(sg.ds, d)
	sg.cur = d
	for k := i; k < j; k++ {
		sg.ts[k].used = true
	}
	sg.afterSep, sg.lastJoin = false, "none"
	return j
}

// unknownNoun reports whether token i can be the head noun of a product the
// catalog does not have: an Arabic word of three letters or more that means
// nothing to the rules (a place's name too when the shop is asked whether it
// sells it: "بتعملوا شبابيك؟"), does not read as a verb or a pronoun-suffixed word,
// is no unit of time or money, and is indefinite as a thing newly ordered
// is ("و مرتبة"; "والتوصيل", "و الدفع" name the service, not goods) unless
// the item before it was said definite too ("السرير والمرتبة"). Its phrase
// (the noun and at most one describing word) must end there: at the end, a
// separator, و, a number, a colour, a catalog or known word; "و محمد اخويا
// هيستلم" goes on into a sentence and names no item.
func (r *Rules) unknownNoun(ts []token, i int, cur *draft, attached, sold bool) (int, bool) {
	unknownWord := func(k int) bool {
		t := ts[k]
		return !t.sep && !t.lex && t.color == "" && !t.fuzzy && isArabicWord(t.text) && (!r.known(t.text) || k == i && (r.phrasePartOnly(t.text) || weighedDim(ts, k)))
	}
	w, sf := ts[i].text, fold(ts[i].surface)
	if attached && cur != nil {
		// "ومرتبة": the و is written on the word, unless the rest reads as
		// a preposition's object ("وبسرعة", "ولحد") or a past verb ("وصلت")
		w, sf = strings.TrimPrefix(w, "و"), strings.TrimPrefix(sf, "و")
		// a long word in ب with a figure right after it is a noun with
		// its own amount ("وباركيه ٨ مللي ١٥ متر"), no preposition's object
		measured := strings.HasPrefix(w, "ب") && utf8.RuneCountInString(w) >= 5 && i+1 < len(ts) && !ts[i+1].sep && isNumber(ts[i+1].text)
		if (strings.HasPrefix(w, "ب") && !measured) || strings.HasPrefix(w, "ل") && !r.lamNoun(w) || strings.HasPrefix(w, "ك") && !r.describedNoun(ts, i, cur) ||
			strings.HasSuffix(w, "ت") && !strings.HasSuffix(w, "ات") {
			return 0, false
		}
	}
	if !unknownWord(i) || utf8.RuneCountInString(w) < 3 || shopWords[w] || verbLike(w) || workVerb(w) || workVerb(strings.TrimPrefix(w, "و")) || talkVerb(w) || notAmountAfter[w] || fillers[w] || gulfTalk[w] || countedNouns[w] || serviceWords[w] || serviceWords[wordKey(w)] || r.known(w) && !r.phrasePartOnly(w) && !weighedDim(ts, i) ||
		placeWords[w] && !sold || destination(ts[i].surface) && !attached && !(weighedBefore(ts, i) && r.lamNoun(w)) || // "، للعمارة": what it is for, nothing more to sell
		dayParts[wordKey(strings.TrimPrefix(w, "و"))] || // "والمرة دي عايز …": when (this time), no goods
		personaWords[strings.TrimPrefix(w, "و")] || personaWords[wordKey(strings.TrimPrefix(w, "و"))] || personaWords[ts[i].lowSurface()] || // "وصاحبي …", "والواد حفيدي عايز …": who else orders
		voiceWords[strings.TrimPrefix(w, "و")] || talkWords[strings.TrimPrefix(w, "و")] || // "وبالمرة سجادة مدورة": the talk around the next line
		roomThenGoods(ts, i) {
		return 0, false
	}
	if strings.HasPrefix(sf, "ال") {
		// a definite noun orders only after a definite item
		if cur == nil || cur.start >= len(ts) || !strings.HasPrefix(fold(ts[cur.start].surface), "ال") {
			return 0, false
		}
	}
	j := i + 1
	if j < len(ts) && unknownWord(j) {
		// a describing noun in ات or ة may start with ا ("اجتماعات"); an
		// imperative or a first person (ابعت، اشوف) may not
		if d := ts[j].text; verbLike(d) && !(strings.HasPrefix(d, "ا") && (strings.HasSuffix(d, "ات") || strings.HasSuffix(d, "ه")) && !verbLike(d[len("ا"):])) {
			return 0, false
		}
		j++ // one describing word: "مخدة فايبر"
		if j+1 < len(ts) && unknownWord(j) && !verbLike(ts[j].text) && (ts[j+1].sep || isNumber(ts[j+1].text)) {
			j++ // two, closed by a figure or the clause's end: "سرير بوكس كابتونيه 160"
		}
	}
	return j, j >= len(ts) || ts[j].sep || !unknownWord(j)
}

// phrasePartOnly: w is known to the rules only as a word of a phrase of
// several in the shop's vocabulary ("رمل" of "رمل قطط"), said here without
// the rest: a noun the catalog has no line for alone.
func (r *Rules) phrasePartOnly(w string) bool {
	lx := r.lx
	if !lx.known[w] || lx.rewrite[w] != "" || lx.rewritten[w] || lx.isWord(w) || lx.colors[w] != "" {
		return false
	}
	_, num := numberWord(w)
	_, frac := fractionWord(w)
	_, unit := unitWord(w)
	return !num && !frac && !unit
}

// roomThenGoods: token i is a room or a place the catalog does not sell
// and the catalog's goods follow it ("، والحمام رخام سني ٢٥٠ في ١٢٥",
// "and the kitchen granite top 3 m"): where they go, no goods of its own.
func roomThenGoods(ts []token, i int) bool {
	w := placeKey(strings.TrimPrefix(ts[i].surface, "و"))
	return (roomWords[w] || placeWords[w]) && i+1 < len(ts) && !ts[i+1].sep && ts[i+1].lex && !isNumber(ts[i+1].text)
}

// colourNouns stand between "all" and the colour: "كله لون طبيعي",
// "kolo lon natural", "all colour white".
var colourNouns = set("لون", "color", "colour")

// allCue: the token says "all of it" ("كله", "kollo", "kolo", "all").
func allCue(t token) bool {
	w := t.lowSurface()
	return allWords[t.text] || allWords[w] || francoAll[w]
}

// francoAll: Franco "all of it / them".
var francoAll = set("kolo", "kollo", "koloh", "kolloh", "kolaha", "kollaha", "kolha", "kolohom", "kollohom", "kolhom")

// forAll: the token at i says "for all of them" or "for both" ("للاتنين",
// "للكل", "lel etnen").
func forAll(ts []token, i int) bool {
	if i >= len(ts) || ts[i].sep {
		return false
	}
	w := ts[i].lowSurface()
	if i > 0 && (w == "etnen" || w == "etneen" || w == "kol") && ts[i-1].lowSurface() == "lel" {
		return true
	}
	for _, p := range []string{"لل", "ل"} {
		if st, ok := strings.CutPrefix(w, p); ok && (st == "اتنين" || st == "كل" || st == "كلهم" || st == "جميع") {
			return true
		}
	}
	return false
}

// prevWord is the word just before token i, "" at a separator or the start.
func prevWord(ts []token, i int) string {
	if i > 0 && !ts[i-1].sep {
		return ts[i-1].text
	}
	return ""
}

// isSize: the number is written as a size in cm in a fitting product's name.
func (r *Rules) isSize(d *draft, num string) bool {
	// a figure of 10 or more some name gives in cm is a size in this shop
	// ("ملاية 120" beside the 120 cm mattresses); a small one only when a
	// product the draft fits gives it so: "طقم 4 أفراد" is no 4 cm,
	// whatever else is 4 cm thick
	wide := len(num) >= 2
	for _, p := range r.lx.postings[num] {
		if int(d.cnt[p]) == d.explains && d.explains > 1 && r.lx.info[p].measures[num] && !r.lx.info[p].sizes[num] {
			// "لامينيت ٨" of "لامينيت 8 مم": the product the line names
			// best gives the figure as a thickness (or a weight), so it is
			// no side, whatever else is 8 cm wide
			return false
		}
	}
	for _, p := range r.lx.postings[num] {
		if r.lx.info[p].sizes[num] && (wide || len(d.words) == 0 || d.cnt[p] > 0 && int(d.cnt[p]) >= d.explains-1) {
			return true
		}
	}
	return false
}

// inMetres: a product the draft fits gives the figure num in metres in its
// name ("شمسية مربعة ٢.٥ متر").
func (r *Rules) inMetres(d *draft, num string) bool {
	ps := r.lx.postings[num]
	for _, p := range r.lx.metred[num] { // those of postings whose metres give it: few
		if d.cnt[p] > 0 && int(d.cnt[p]) >= d.explains-1 && r.lx.has(ps, p) {
			return true
		}
	}
	return false
}

// giveSize attaches a bare number to the most recent earlier item whose
// products name it as a size ("ترابيزة سفرة 6 كراسي ... مقاس 180").
func (r *Rules) giveSize(ds []*draft, cur *draft, v float64, at int) bool {
	num := numString(v)
	if !r.lx.isWord(num) || r.hasNumber(cur, num) {
		return false
	}
	for k := len(ds) - 1; k >= 0; k-- {
		d := ds[k]
		if d == cur {
			continue
		}
		if r.hasNumber(d, num) {
			r.addWord(d, num)
			if r.isSize(d, num) {
				d.sizes = append(d.sizes, sized{v, at})
			}
			return true
		}
	}
	return false
}

// listCount: the bare whole number at i (ending at j) ends the current item
// as a shop list writes a count, after the product and its colour
// ("ملاية ساتان نبيتي ٢", "bistro set black 2"): nothing of the item
// follows it, the product is sold by the piece, no count was said, and
// the figure is not one the product's names carry as a size, a model
// number or a name's last word ("Nova 2"), nor what tells the products
// that fit apart ("كنبة جلد 2" beside the 3-seater). A figure a name gives
// only as the count of a part ("طقم (ترابيزة + ٢ كرسي)", "٦ قطع") said
// without that part is the count.
func (sg *segmenter) listCount(i, j int, a amount) bool {
	r, cur, ts := sg.r, sg.cur, sg.ts
	// "كرسي أبيض - ٤٨", "(٢)", "×٣": written as a list's count, however many
	// a list's line-ending figure is its count unless it is a size: one
	// of the shop's, yet not when the products the line names give their
	// own other size ("بازل فوم ٦٠×٦٠" said "بازل فوم ٥٠" beside a 50×50
	// tile), nor a small figure every one of them carries, choosing none
	// ("عمود مجلفن ٣" of the one "عمود مجلفن ٣ متر")
	same := cur != nil && ts[i].lineEnd && a.val < 10 && r.choosesNone(cur, numString(a.val))
	listed := ts[i].listed && (i < 2 || !isNumber(ts[i-2].text) || sg.r.hasNumber(cur, ts[i-2].text)) ||
		ts[i].lineEnd && cur != nil && (!r.isSize(cur, numString(a.val)) || r.sizedOtherwise(cur, numString(a.val))) || same
	if cur == nil || len(cur.words) == 0 || sg.afterSep && !listed || sg.sizeMode || cur.pre != nil || len(cur.counts) > 0 ||
		a.val < 1 || a.val >= 30 && !listed || a.val != math.Trunc(a.val) {
		return false
	}
	if !listed && (i == 0 || ts[i-1].sep || isNumber(ts[i-1].text) || ts[i-1].text == "x") {
		return false
	}
	if j < len(ts) && !ts[j].sep && ts[j].text != "و" && !ts[j].conj && !ts[j].aside {
		return false // something of the item follows: "طقم ٤ كراسي" (not a distributive set aside: "اتنين، واحد لكل ناحية")
	}
	if r.unitOf(cur) != catalog.Piece {
		return false
	}
	if same {
		return true
	}
	n := numString(a.val)
	with, without := 0, 0
	for _, p := range cur.touched {
		if int(cur.cnt[p]) != cur.explains {
			continue
		}
		info := &r.lx.info[p]
		switch {
		case !info.all[n] || info.measured[n] && (listed || !ratedBy(info, n)):
			without++ // "ترويبة ابيض ٢" beside a "ترويبة ايبوكسي ٢ كجم": no 2 kg said
		case !info.parts[n] || info.sizes[n]:
			return false // the name's own figure
		default:
			with++
		}
	}
	if with > 0 && without > 0 && ts[i-1].color != "" {
		// "كنبة ركنة رمادي ٢" beside the 2- and the 3-seater: two sofas,
		// or the 2-seater? the name's reading, for a person to confirm
		cur.unsure = true
	}
	return with == 0 || without == 0
}

// ratingWords measure what goods are rated by, not what they hold: watts,
// volts, inches. A bare figure names such goods ("سبوت 7", "كشاف 20",
// "شاشة 43") as it does a size; a weight or a volume ("٢ كجم") it does
// not.
var ratingWords = set("وات", "w", "watt", "فولت", "v", "بوصه", "inch", "in")

// ratedBy: a name of the product gives the figure n with a rating word
// after it ("كشاف ليد 20 وات"). A figure written as a list's count (at
// a list line's end, after a dash) stays the count.
func ratedBy(info *prodInfo, n string) bool {
	for _, ph := range info.phrases {
		for k := 0; k+1 < len(ph); k++ {
			if ph[k] == n && ratingWords[ph[k+1]] {
				return true
			}
		}
	}
	return false
}

// fullFits calls f with each product the draft's words all fit; it
// reports whether there was one.
func (r *Rules) fullFits(d *draft, f func(info *prodInfo)) bool {
	any := false
	for _, p := range d.touched {
		if d.explains == 0 || int(d.cnt[p]) != d.explains {
			continue
		}
		any = true
		f(&r.lx.info[p])
	}
	return any
}

// sizedOtherwise: every product the draft's words fit gives its own size
// in its name and none the figure num: num is none of their sizes.
func (r *Rules) sizedOtherwise(d *draft, num string) bool {
	ok := true
	return r.fullFits(d, func(info *prodInfo) {
		ok = ok && len(info.sizes)+len(info.metres) > 0 && !info.all[num]
	}) && ok
}

// saleUnits name what one piece is sold as: a pair, a set ("أكرة (جوز)");
// said in the dual after the product they are how many.
var saleUnits = set("جوز", "pair", "goz")

// pairWord: t counts pairs, in the dual or plural too ("جوزين", "pairs").
func pairWord(t token) bool {
	w := lower(strings.TrimPrefix(t.surface, "و"))
	return saleUnits[t.text] || saleUnits[wordKey(w)] || saleUnits[w] || pairPlurals[w]
}

// pairPlurals are the dual and plural of the sale units.
var pairPlurals = set("جوزين", "اجواز", "gozen", "gozein", "pairs")

// saleUnit: t names what one piece is sold as ("جوز", "pair").
func saleUnit(t token) bool {
	return !t.dual && (saleUnits[t.text] || saleUnits[wordKey(t.surface)] || saleUnits[t.lowSurface()])
}

// onlyPart: every product the draft's words fit gives the figure num
// only as a count of a part ("درجين", "٦ كراسي"), so it chooses none.
func (r *Rules) onlyPart(d *draft, num string) bool {
	ok := true
	return r.fullFits(d, func(info *prodInfo) {
		ok = ok && info.parts[num] && !info.sizes[num] && !info.metres[num] && !info.nominal[num]
	}) && ok
}

// choosesNone: every product the draft's words fit carries the figure num
// as its size, so num chooses none of them.
func (r *Rules) choosesNone(d *draft, num string) bool {
	ok := true
	return r.fullFits(d, func(info *prodInfo) {
		ok = ok && info.all[num] && (info.sizes[num] || info.metres[num]) && !info.parts[num]
	}) && ok
}

// nominal: a product the draft fits ends its Arabic name with the figure
// num, its nominal size in cm ("باب مصفح تركي ٩٠").
func (r *Rules) nominal(d *draft, num string) bool {
	for _, p := range r.lx.postings[num] {
		if r.lx.info[p].nominal[num] && d.cnt[p] > 0 && int(d.cnt[p]) >= d.explains {
			return true
		}
	}
	return false
}

// unitNoun: the word at j, right after a figure, is the line's own
// collective noun said in its singular, one piece of it ("بلاط … ١٠٠
// بلاطة", "طوب ٥٠٠ طوبة"): the figure counts pieces, no size.
func (sg *segmenter) unitNoun(j int) bool {
	if sg.cur == nil || j >= len(sg.ts) || sg.ts[j].sep || !sg.ts[j].lex {
		return false
	}
	t := sg.ts[j]
	w := strings.TrimPrefix(wordKey(t.surface), "ال")
	if !sg.cur.uniq[t.text] {
		return false
	}
	if isLatinWord(t.text) {
		return t.lowSurface() == t.text+"s" // "brick … 500 bricks"
	}
	return w == t.text+"ه" && isArabicWord(t.text)
}

// hisToo: after another person's mark ("انا عايز ٤ جردل كلور، وهو عايز
// جردلين و…"), packs counted in the pack the line before was counted in,
// with no goods of their own, are more of those goods: added to its
// count, one line on the one invoice. It returns where reading goes on.
func (sg *segmenter) hisToo(i, j int, a amount, group []amount) (int, bool) {
	c, ts := sg.cur, sg.ts
	if c == nil || len(group) != 1 || a.unit != "" || a.dozen || c.pre == nil || c.pre.implied || c.pre.unit != "" || c.pre.dozen ||
		c.pre.end >= len(ts) || !sg.r.pack(ts[c.pre.end].text) {
		return 0, false
	}
	packAt, end := -1, j
	switch {
	case a.pack:
		packAt = i
	case j < len(ts) && !ts[j].sep && sg.r.pack(ts[j].text):
		packAt, end = j, j+1
	}
	if packAt < 0 || ts[packAt].text != ts[c.pre.end].text || end < len(ts) && !ts[end].sep && !ts[end].conj && ts[end].text != "و" {
		return 0, false
	}
	person := false
	for k := c.start; k < i; k++ {
		person = person || personSep(ts[k])
	}
	if !person {
		return 0, false
	}
	pre := *c.pre
	pre.val += a.val
	c.pre = &pre
	for k := i; k < end; k++ {
		ts[k].used = true
	}
	c.end = end
	sg.lastJoin = "none"
	return end, true
}

// headAgain: the word at j, right after a figure, is the line's own head
// noun said again, in any number ("ضلفة … جوزي ٨ ضلف ٣٥ في ٨٠", "door
// panel … 6 panels"): the figure counts its pieces, never a side of the
// size said after it.
func (sg *segmenter) headAgain(j int) bool {
	if sg.cur == nil || j >= len(sg.ts) || sg.ts[j].sep || !sg.ts[j].lex || sg.ts[j].color != "" {
		return false
	}
	w := sg.ts[j].text
	return sg.cur.uniq[w] && sg.r.lx.heads[w] && !isNumber(w)
}

// pack: w after a figure says it counts pieces or the packs they are sold
// in ("٣٥ حتة", "٣ جردل", "4 bags of"), unless the catalog names a product
// sold by length or area with it (a "رول" blind, roll vinyl). A pack word
// the shop's vocabulary rewrote ("gallon" of "جالون") is one still, unless
// a product's Arabic name says it outside brackets ("زيت باكين جالون" beside
// "… ربع جالون": the word tells products apart).
func (r *Rules) pack(w string) bool {
	if !pieceWords[w] && (!packWord(w) || r.lx.namedPacks[w]) {
		return false
	}
	for _, p := range r.lx.postings[w] {
		if r.lx.products[p].Unit != catalog.Piece {
			return false
		}
	}
	return true
}

// rollOfNext: the pack or piece word at i ("رول", "لفة"), after a count
// said with و once a line has its head ("… كرتونة وسط بني و٢٠ رول شريط
// شفاف"), that pack refuses only because the catalog sells some goods by
// length or area with it, before a head noun of goods sold by the piece
// that no product names together with it: the count of the next goods in
// their rolls, never a figure of the line before. A roll word that is the
// goods' own name ("و٢ رول استرتش" of "رول استرتش") or whose goods are
// sold by the metre ("و٢ رول ورق كرافت") stays a word of the line.
func (sg *segmenter) rollOfNext(i int) bool {
	r, ts := sg.r, sg.ts
	if sg.cur == nil || headOf(r, sg.cur) == "" || i+1 >= len(ts) || ts[i].sep || ts[i].color != "" || ts[i+1].sep || !ts[i+1].lex || ts[i+1].color != "" || ts[i+1].conj {
		return false
	}
	w, g := ts[i].text, ts[i+1].text
	if !(pieceWords[w] || packWord(w)) || r.pack(w) || isNumber(g) || !r.lx.heads[g] || r.lx.shared(w, g) || r.fits(sg.cur, g) {
		return false
	}
	ps := r.lx.postings[g]
	if len(ps) == 0 {
		return false
	}
	for _, p := range ps {
		if r.lx.products[p].Unit != catalog.Piece {
			return false
		}
	}
	return true
}

// soldInPack: the pack word at i, after its count, with the goods' words
// after it ("٢ كرتونة صابون أطباق", "٢ كراتين …"), where the catalog sells
// those goods both in that pack — a product whose names hold the pack and
// every one of those words ("صابون أطباق كرتونة ١٢ عبوة") — and without
// it ("صابون أطباق لتر"): the pack chooses the product, never only counts
// the single ones. It returns the pack as that product's names write it;
// "" when no product is so told apart (goods only ever sold in the pack:
// it counts).
func (r *Rules) soldInPack(ts []token, i int) string {
	g, grouped := packGroupOf(ts[i].text)
	if !grouped {
		return ""
	}
	var goods []string
	for k := i + 1; k < len(ts) && !ts[k].sep && !ts[k].conj && ts[k].lex && ts[k].color == "" && !isNumber(ts[k].text); k++ {
		goods = append(goods, ts[k].text)
	}
	if len(goods) == 0 {
		return ""
	}
	packed, single := "", false
	for _, p := range r.lx.postings[goods[0]] {
		all := r.lx.info[p].all
		if slices.ContainsFunc(goods, func(w string) bool { return !all[w] }) {
			continue
		}
		said := ""
		for w := range all {
			if h, ok := packGroupOf(w); ok && h == g { // "٢ كراتين …" of a "كرتونة"
				said = w
				if w == ts[i].text {
					break
				}
			}
		}
		if said == "" {
			single = true
		} else if packed == "" || said == ts[i].text {
			packed = said
		}
	}
	if !single {
		return namedPackOf(r, ts[i], goods)
	}
	return packed
}

// namedPackOf: pack word t, said after its count before the goods' words
// ("٢ شيكارة سماد NPK", "٣ كيس …", "2 shekara …"), where the catalog sells
// those goods in several packs its Arabic names say ("… كيس 1 كيلو",
// "… شيكارة 25 كيلو"): the pack said — by the word itself, whatever the
// shop's vocabulary rewrote it to — names the one sold in it; the word
// returned as that product's names write it. "" when no product, or
// products in packs of two kinds, are so named (a word the vocabulary
// makes both packs' stays a count).
func namedPackOf(r *Rules, t token, goods []string) string {
	said, ok := packGroups[wordKey(t.surface)]
	if !ok {
		said, ok = packGroups[wordKey(strings.TrimPrefix(t.surface, "و"))]
	}
	if !ok {
		return ""
	}
	named, group, others := "", -1, false
	for _, p := range r.lx.postings[goods[0]] {
		all := r.lx.info[p].all
		if slices.ContainsFunc(goods, func(w string) bool { return !all[w] }) {
			continue
		}
		spell, hit := "", false
		for _, k := range keysOf(r.lx.products[p].NameAr) {
			h, ok := packGroups[k]
			if !ok {
				continue
			}
			w := k
			if !all[w] {
				w = r.lx.rewrite[k]
			}
			if w == "" || !all[w] {
				continue
			}
			if h == said || t.text == k || t.text == w {
				if group >= 0 && group != h {
					return "" // the word said is both packs'
				}
				spell, hit, group = w, true, h
			}
		}
		if !hit {
			others = true
			continue
		}
		if named != "" && named != spell {
			return ""
		}
		named = spell
	}
	if !others {
		return ""
	}
	return named
}

// packNames: the pack word at i ("لوح") begins a product's name that the
// word after it completes, a word naming no goods of its own ("٢ لوح
// تقطيع", "٢ لوح ٥ مم"): the goods themselves, named, never a measure the
// count is in. Before a head noun ("٧ شكاير لاصق", "١٠ رول ورق") the pack
// stays a pack, though one product's name holds both.
func (r *Rules) packNames(ts []token, i int) bool {
	return r.lx.heads[ts[i].text] && i+1 < len(ts) && !ts[i+1].sep && ts[i+1].text != "و" && !r.lx.heads[ts[i+1].text] &&
		r.namesBoth(ts[i].text, ts[i+1].text)
}

// measureOf: the English noun at i, after a count, comes before "of" and
// the goods ("10 sheets of chipboard", "3 lengths of the white pipe"): what
// the goods are counted in, as a pack is, never a product of its own.
func measureOf(ts []token, i int) bool {
	if i == 0 || !isLatinWord(ts[i].surface) || isNumber(ts[i].text) || ts[i].sep || pieceWords[ts[i].text] {
		return false // a pack ("4 bags of …") is read as packs are
	}
	j := i + 1
	if j >= len(ts) || ts[j].sep || ts[j].lowSurface() != "of" {
		return false
	}
	for j++; j < len(ts) && !ts[j].sep && (articles[ts[j].lowSurface()] || ts[j].color != ""); j++ {
	}
	return j < len(ts) && !ts[j].sep && ts[j].lex && ts[j].color == "" && !isNumber(ts[j].text)
}

// packOfNext: the pack word at i ("١٠ رول ورق اطفال") comes before
// catalog words whose products all give that pack in their own names, in
// another language or spelling ("Kids wallpaper roll"): the pack the goods
// are counted in, as Arabic puts the measure before the thing measured, no
// word of the line though another product's name starts with it. Goods
// whose names give no such pack ("ورق سادة", "Plain wallpaper") keep it
// as a word they lack.
func (r *Rules) packOfNext(i int, ts []token) bool {
	g, ok := packGroups[ts[i].text]
	if !ok {
		return false
	}
	var named []int32
	for j := i + 1; j < len(ts) && !ts[j].sep && ts[j].lex && ts[j].color == "" && !isNumber(ts[j].text); j++ {
		ps := r.lx.postings[ts[j].text]
		if j == i+1 {
			named = slices.Clone(ps)
			continue
		}
		if both := slices.DeleteFunc(slices.Clone(named), func(p int32) bool { return !slices.Contains(ps, p) }); len(both) > 0 {
			named = both // the products the words after it name together
		}
	}
	if len(named) == 0 {
		return false
	}
	for _, p := range named {
		gives := false
		for w := range r.lx.info[p].all {
			if h, ok := packGroups[w]; ok && h == g {
				gives = true
				break
			}
		}
		if !gives {
			return false
		}
	}
	return true
}

// packWords are the pack words of one pack, Arabic, Franco and English
// ("رول", "لفة", "roll"); packGroups gives each word its pack's index.
var packWords = [][]string{
	{"رول", "رولات", "روله", "لفه", "لفات", "roll", "rolls", "rol"},
	{"علبه", "علب", "box", "boxes", "tin", "tins", "3elba", "elba", "3elab", "3olab"},
	{"كيس", "اكياس", "bag", "bags", "kis", "kees"},
	{"كرتونه", "كراتين", "carton", "cartons", "kartona"},
	{"جردل", "جرادل", "سطل", "سطول", "bucket", "buckets", "pail", "pails", "gardal", "gardel"},
	{"شكاره", "شيكاره", "شكاير", "شكائر", "sack", "sacks", "shekara", "shikara", "shkara"},
	{"جالون", "جالونات", "جلن", "gallon", "gallons", "galon"},
	{"جركن", "جراكن", "جركنه", "jerrycan", "jerrycans", "gerkin", "gerken"},
	{"ازازه", "ازايز", "قزازه", "قزايز", "زجاجه", "زجاجات", "bottle", "bottles", "ezaza", "2ezaza", "azayez"},
}

// packNounKeys: the pack nouns ("باكو", "باكت", Franco "bako", English
// "pack") as word keys, a pack group of their own for soldInPack only:
// "٢ باكو كوع ٢٠" beside "كوع … (بالواحد)" and "كوع … (باكو 10)" names the
// pack after a line as before none ("٢٠ متر ماسورة … و٢ باكو كوع ٢٠").
// They stay out of packWords, whose other readers (a name's pack word
// telling products apart, namedPacks) they would change.
var packNounKeys = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range append([]string{"باكوهات", "باكتات", "packs", "packet", "packets", "bako", "bakoo", "baku", "bakt"}, packNounWords...) {
		m[wordKey(w)] = true
	}
	return m
}()

// packGroupOf is packGroups[w], the pack nouns a group after them.
func packGroupOf(w string) (int, bool) {
	if g, ok := packGroups[w]; ok {
		return g, true
	}
	if packNounKeys[w] {
		return len(packWords), true
	}
	return 0, false
}

// packWord: w (a word key) is one of the pack words above.
func packWord(w string) bool {
	_, ok := packGroups[w]
	return ok
}

var packGroups = func() map[string]int {
	m := map[string]int{}
	for n, g := range packWords {
		for _, w := range g {
			m[wordKey(w)] = n
		}
	}
	return m
}()

// destinationPlace: the word says for which place the goods are, ل or
// لل on a place ("لشباك", "للصالة", "للأوضة").
func destinationPlace(surface string) bool {
	if !destination(surface) {
		return false
	}
	w := wordKey(surface)
	for _, p := range []string{"لل", "ل"} {
		if rest, ok := strings.CutPrefix(w, p); ok {
			return placeWord(rest) || placeWord("ال"+rest)
		}
	}
	return false
}

// packAhead: the word at i is a pack with no count ("وكيس ترويبة", "،
// كرتونة لاصق", "وشيكارة من الأسمنت") and a head noun the current line's
// product cannot be comes right after it (or after من), or any head noun
// once the line is complete ("ماكينة سنجر وردي وعلبة ابر"): one pack of the
// next line's goods, not a word of the line before. The pack stays that
// line's word, so it still tells a bag from a tub — unless it heads a
// product's name of its own that none of the goods' words are in ("وعلبة
// BCAA" beside "علبة بروتين بار"): then it is set aside (word).
func (sg *segmenter) packAhead(i int) bool {
	return sg.packOfGoods(i)
}

// packOfGoods: packAhead, whether or not a product's name opens with the
// pack ("علبة 10" of a name's brackets): after the colour closing a line
// (colourClosed) the pack and the head noun after it open the next one.
func (sg *segmenter) packOfGoods(i int) bool {
	r, t := sg.r, sg.ts[i]
	if sg.cur == nil || t.color != "" || !(r.pack(t.text) || container(t)) {
		return false
	}
	j := i + 1
	if j < len(sg.ts) && !sg.ts[j].sep && sg.ts[j].text == "من" {
		j++
	}
	if j >= len(sg.ts) || sg.ts[j].sep || !sg.ts[j].lex {
		return false
	}
	if r.lx.heads[t.text] && r.lx.shared(t.text, sg.ts[j].text) {
		// "وعلبة بار" of "علبة بروتين بار": the pack's own product
		return false
	}
	// a pack that heads a product's name of its own ("علبة بروتين بار")
	// before goods none of those names hold ("وعلبة BCAA"): a box of
	// them, not the box the shop sells of other goods
	return r.lx.heads[sg.ts[j].text] && (!r.fits(sg.cur, sg.ts[j].text) || sg.complete())
}

// complete: the current line names its goods already, by their head noun
// or with the colour said of them ("ماكينة سنجر وردي"): a pack after it
// before goods' head noun ("وعلبة ابر منزلي") is no more of its words,
// though the next goods' name holds the words before it too ("إبر ماكينة
// منزلي (علبة 5)", also "إبر سنجر").
func (sg *segmenter) complete() bool {
	return headOf(sg.r, sg.cur) != "" || len(sg.cur.colors) > 0
}

// packBefore: the head noun at i comes right after a pack word the
// catalog does not write ("makana singer pink 3elbet ebar"), itself right
// after the colour closing the current line: the pack's goods, a line of
// their own, as packAhead reads a pack the catalog writes.
func (sg *segmenter) packBefore(i int) bool {
	t := sg.ts[i]
	if i < 2 || !sg.r.lx.heads[t.text] || t.color != "" {
		return false
	}
	p := sg.ts[i-1]
	return !p.sep && !p.lex && !p.used && (sg.r.pack(p.text) || container(p)) && sg.colourClosed(i-1)
}

// colourClosed: the word before i is a colour closing the current line
// ("شنيور بوش أزرق علبة بنط"): Arabic says the colour after its goods'
// name, and a pack named after it, before other goods' head noun, opens
// their line as a separator would.
func (sg *segmenter) colourClosed(i int) bool {
	return sg.cur != nil && i > 0 && sg.cur.end == i && !sg.ts[i-1].sep && sg.ts[i-1].color != "" && len(sg.cur.colors) > 0 &&
		headOf(sg.r, sg.cur) != ""
}

// askedAgain: the amount from i to j is a question of its own after a
// question ("؟ والـ ٢ سم بكام؟"): only و or the article before it back to
// the question mark, and nothing but a price word after it.
func askedAgain(ts []token, i, j int) bool {
	k := i - 1
	for k >= 0 && !ts[k].sep && (ts[k].text == "و" || ts[k].text == "ال" || articles[ts[k].lowSurface()]) {
		k--
	}
	if k < 0 || !ts[k].sep || ts[k].text != "?" {
		return false
	}
	for ; j < len(ts) && !ts[j].sep; j++ {
		if !priceCues[ts[j].text] && !priceCues[ts[j].lowSurface()] && measureKinds[ts[j].lowSurface()] == "" && !isUnit(ts[j].text) {
			return false
		}
	}
	return true
}

// siblingOf: sibling, of the line d said before.
func (sg *segmenter) siblingOf(d *draft, i int, a amount) bool {
	saved := sg.cur
	sg.cur = d
	if sg.sibling(i, a) {
		return true
	}
	sg.cur = saved
	return false
}

// sibling: the figure a said at i names a product that differs from the
// current line's only by its figure ("وحدة حوض Nova 60 وبكام ال Nova
// 80", "vanity 60 and 80"): the current line holds another figure of its
// product's name, and some product has every other word the line said and
// n, but not that figure. The variant opens a line of its own, with the
// line's words but its figure; the name words said again just before it
// ("و Nova 80") are its.
func (sg *segmenter) sibling(i int, a amount) bool {
	r, cur, ts := sg.r, sg.cur, sg.ts
	n := numString(a.val)
	old, ok := sg.siblingNamed(i, a)
	if !ok {
		return false
	}
	d := &draft{start: i, end: i + 1, setWith: -1, clause: sg.clause}
	for _, u := range cur.words {
		if u != old && r.lx.colors[u] == "" {
			r.addWord(d, u)
		}
	}
	r.addWord(d, n)
	switch {
	case a.unit == "mm":
		d.thick = append(d.thick, sized{cm1(a), a.start}) // "و٤ مم …": the 4 mm one
	case r.isSize(d, n):
		d.sizes = append(d.sizes, sized{a.val, a.start})
	}
	for k := i - 1; k > cur.start && !ts[k].sep && ts[k].text != "و" && ts[k].lex && !isNumber(ts[k].text) && ts[k].color == ""; k-- {
		d.start = k // "و Nova 80": the name said again is the variant's
		if ts[k].conj {
			break
		}
	}
	if k := d.start - 1; k > cur.start && isNumber(ts[k].text) {
		// "٤ باب MDF ٩٠ رمادي و ٤ MDF ٨٠ ابيض": the count said before
		// the variant is its own
		for g, grp := range cur.groups {
			if len(grp) == 1 && grp[0].start == k && grp[0].unit == "" && !grp[0].dozen {
				pre := grp[0]
				d.pre, d.start = &pre, k
				cur.groups = slices.Delete(cur.groups, g, g+1)
				break
			}
		}
	}
	// "عايز ٢ باب ٨٠ و ٩٠": two of each, or one of each? a person asks
	// ("وعلبة ١٠": a pack said in the singular before it is one)
	// ("و مقاس ١٠ علبتين": its own count of packs said after it, packsAfter)
	d.unsure = d.pre == nil && headCount(cur) > 1 && !onePack(ts[d.start]) && !sg.packsAfter(a)
	if cur.end > d.start {
		cur.end = d.start
	}
	for cur.end-1 > cur.start && (!ts[cur.end-1].lex || ts[cur.end-1].text == "و") && ts[cur.end-1].color == "" && !isNumber(ts[cur.end-1].text) && !isUnitOrDozen(ts[cur.end-1].text) {
		cur.end-- // "… Nova 60 وبكام ال": what asks for the variant is no word of the line
	}
	sg.ds = append(sg.ds, d)
	sg.cur = d
	sg.ts[i].used = true
	sg.afterSep = false
	return true
}

// nameFigureBefore: the figure said after a size word just before the و
// at i was a figure of the line's own product name ("مساحة مقاس ٢٠ و٢٤"
// of "مساحة زجاج 20 بوصة"), and nothing follows the one at i to make the
// two a width and a length: the figure after و may name a sibling, as
// with no size word (sibling), never a second side of the first.
func (sg *segmenter) nameFigureBefore(i, j int) bool {
	k := i - 1
	if k >= 0 && !sg.ts[k].sep && sg.ts[k].text == "و" {
		k--
	}
	if k < 0 || sg.ts[k].sep || !isNumber(sg.ts[k].text) || !sg.cur.uniq[sg.ts[k].text] || !sg.r.hasNumber(sg.cur, sg.ts[k].text) {
		return false
	}
	if k > 0 && !sg.ts[k-1].sep && isNumber(sg.ts[k-1].text) {
		return false // "١٢٠ ٨٠ و…": a size said whole before
	}
	return j >= len(sg.ts) || sg.ts[j].sep || sg.ts[j].conj || sg.ts[j].text == "و"
}

// saidFor: the line's word u was said with the preposition ل before i
// ("مساحة للعربية ٢٠ و٢٤": what the goods are for; Franco "lel", English
// "for the" written apart), no word of the
// product's name, so no word a sibling must carry either (sibling).
func (sg *segmenter) saidFor(cur *draft, i int, u string) bool {
	for k := cur.start; k < i && k < len(sg.ts); k++ {
		if sg.ts[k].sep || sg.ts[k].text != u {
			continue
		}
		if sg.ts[k].prep || k > 0 && forWords[sg.ts[k-1].lowSurface()] ||
			k > 1 && determiners[sg.ts[k-1].lowSurface()] && forWords[sg.ts[k-2].lowSurface()] {
			return true // "للعربية", Franco "lel 3arabeya", "for the car"
		}
	}
	return false
}

// namesBoth: some product's names hold both units ("موديل" and "7").
func (r *Rules) namesBoth(u, v string) bool {
	for _, p := range r.lx.postings[u] {
		if r.lx.info[p].all[v] {
			return true
		}
	}
	return false
}

// modelFig is a model number as said ("موديل ٥") and its figure.
type modelFig struct {
	phrase, num string
	other       bool // shaped as the catalog's model numbers after its word (otherModel)
}

// modelWords say that the figure after them is a model or series number.
var modelWords = set("موديل", "مودل", "موديلات", "سيري", "سيريز", "رقم", "نمره", "كود", "طراز",
	"model", "modal", "mod", "series", "serie", "code", "type")

// modelWord: the token is a model word ("موديل", "model", "سيري").
func modelWord(t token) bool {
	return !t.sep && (modelWords[t.text] || modelWords[t.lowKey()])
}

// otherModel: figure f, said right after catalog word w, is shaped as the
// model numbers the names give after w (as many digits) and is none of
// them ("ايفون ١٣" beside "آيفون 15").
func (r *Rules) otherModel(w, f string) bool {
	figs := r.lx.modelFigs[w]
	if figs[f] {
		return false
	}
	for g := range figs {
		if len(g) == len(f) {
			return true
		}
	}
	return false
}

// unitOf is the unit of the draft's best product so far.
func (r *Rules) unitOf(d *draft) catalog.Unit {
	c := r.candidatesRead(d)
	if len(c) == 0 {
		return catalog.Piece
	}
	return r.lx.products[c[0].idx].Unit
}

// pluralSaid: the first catalog word of ts, the line's noun, was said in
// the plural, though the catalog may write it so itself ("عربيات" a
// synonym): several of it.
func pluralSaid(ts []token) bool {
	for _, t := range ts {
		if !t.sep && t.lex && !t.work {
			return pluralSurface(t.surface, "")
		}
	}
	return false
}

func isNumberWord(w string) bool {
	_, ok := numberWord(w)
	return ok
}

func isUnit(w string) bool {
	u, ok := unitWord(w)
	return ok && u != "sqm"
}

// sides reads the sides of a size that starts with amount a ("2 متر في 120
// سم", "180×90", "عرض 2 متر ارتفاع 3"): the amounts and the token after.
func (sg *segmenter) sides(a amount) ([]amount, int) {
	r := sg.r
	group := []amount{a}
	j := a.end
	for {
		k := j
		for k < len(sg.ts) && !sg.ts[k].sep && dimWords[sg.ts[k].text] && (!sg.ts[k].lex || sideEnds(sg.ts, k+1)) { // "2 high chairs" keeps its word
			k++
		}
		if k < len(sg.ts) && (dimOps[sg.ts[k].text] && !sg.ts[k].sep) {
			// "٢ متر في متر": a bare unit as the next side is one of it
			if b, ok := amountAt(sg.ts, k+1, sg.isLex); ok && sg.listedTimes(group, k, b) {
				// "باب ٩٠ ×٢": how many of the size said, not a 2 cm side
				sg.ts[b.start].count = true
			} else if ok && (!b.implied || bareSide(group, b)) && !b.dozen && !sg.ts[b.start].count {
				b.implied = false
				group = append(group, b)
				j = b.end
				continue
			}
		}
		// "15 متر طولي ارتفاع 3 متر", "عرض 2 متر ارتفاع 3": the next
		// side named by its dimension word, with no في between
		nameSized := sg.cur != nil && len(group) == 1 && (a.unit == "cm" || a.unit == "m") && !sg.afterSep &&
			r.hasNumber(sg.cur, numString(math.Round(cm1(a)))) && r.isSize(sg.cur, numString(math.Round(cm1(a))))
		if k > j && k < len(sg.ts) && !sg.ts[k].sep && dimWords[sg.ts[k-1].text] && !nameSized {
			if b, ok := amountAt(sg.ts, k, sg.isLex); ok && !b.implied && !b.dozen {
				group = append(group, b)
				j = b.end
				continue
			}
			// "٢ متر عرض و ٣ متر طول", "2 metr 3ard w 3 metr tool": the
			// next side after و, named by its own dimension word
			if sg.ts[k].text == "و" && !runningWords[sg.ts[k-1].text] {
				if b, ok := amountAt(sg.ts, k+1, sg.isLex); ok && !b.implied && !b.dozen && b.end < len(sg.ts) && !sg.ts[b.end].sep &&
					dimWords[sg.ts[b.end].text] && !runningWords[sg.ts[b.end].text] {
					group = append(group, b)
					j = b.end
					continue
				}
			}
		}
		j = k
		break
	}
	return group, j
}

// measureKinds group the words of one measure that names a product
// rather than how much of it is wanted: a weight, a volume, a thickness
// in mm, inches, how many people it is for ("خيمة ٤ أفراد"; lengths in cm
// and m are sizes, read as such).
var measureKinds = map[string]string{
	"كجم": "kg", "كيلو": "kg", "كغ": "kg", "kg": "kg", "kilo": "kg",
	"جم": "g", "جرام": "g", "g": "g", "gr": "g",
	"لتر": "l", "ليتر": "l", "l": "l", "lt": "l", "litre": "l", "liter": "l",
	"مم": "mm", "ملي": "mm", "مللي": "mm", "ملليمتر": "mm", "mm": "mm",
	"بوصه": "inch", "inch": "inch",
	"فرد": "person", "افراد": "person", "اشخاص": "person", "شخص": "person", "person": "person", "persons": "person", "people": "person",
}

// placeFirst: the current line opened with a place word and its size
// ("شباك ١٢٠ في ١٢٠"), maybe went on with words after it ("سلك"), and the
// word at i, which it cannot be, names a product with those words
// ("سلك بليسيه", "شيش موتور") that is no place's: the place is where the product goes, its
// size the product's. The line is said again as that product, the place
// word no word of it; it reports whether it did so.
func (sg *segmenter) placeFirst(i int) bool {
	r, c := sg.r, sg.cur
	t := sg.ts[i]
	if c == nil || t.conj || sg.lastJoin == "conj" || sg.afterSep || sg.pending != nil || !t.lex || t.color != "" || r.fits(c, t.text) || c.pre != nil || len(c.groups) != 1 ||
		!placeWords[c.words[0]] || c.start >= len(sg.ts) || sg.ts[c.start].text != c.words[0] {
		return false
	}
	g := c.groups[0]
	if len(g) < 2 || g[0].start != c.start+1 {
		return false // the size right after the place
	}
	var rest []string
	for k := g[len(g)-1].end; k < i; k++ {
		tk := sg.ts[k]
		if tk.sep || tk.conj || isNumber(tk.text) {
			return false
		}
		if tk.lex && tk.color == "" {
			rest = append(rest, tk.text)
		}
	}
	if len(sg.ds) == 0 || sg.ds[len(sg.ds)-1] != c {
		return false
	}
	d := &draft{start: c.start, end: i + 1, setWith: -1, clause: c.clause, groups: c.groups, colors: c.colors}
	for _, w := range append(rest, t.text) {
		r.addWord(d, w)
	}
	best := r.candidates(d)
	if len(best) == 0 || int(d.cnt[best[0].idx]) < len(d.uniq) || r.lx.info[best[0].idx].all[c.words[0]] {
		return false
	}
	sg.ts[c.start].used, sg.ts[c.start].aside = true, true
	sg.ds[len(sg.ds)-1] = d
	sg.cur = d
	sg.ts[i].used = true
	sg.lastJoin = "none"
	return true
}

// samePlaces reads "نفس" / "the same" at i before the places a line before
// was for, their count maybe said again ("لنفس الشباكين", "for the same 4
// windows"): the token after them and that line (the last before the
// current one with a size), or nil.
func (sg *segmenter) samePlaces(i int) (int, *draft) {
	t := sg.ts[i]
	if sg.cur == nil || !(sameWords[t.text] || t.lowSurface() == "same") {
		return 0, nil
	}
	k := i + 1
	if k < len(sg.ts) && !sg.ts[k].sep && (isNumber(sg.ts[k].text) || isNumberWord(sg.ts[k].text)) {
		k++
	}
	if k >= len(sg.ts) || sg.ts[k].sep || !placeSaid(sg.ts[k]) {
		return 0, nil
	}
	for n := len(sg.ds) - 1; n >= 0; n-- {
		if d := sg.ds[n]; d != sg.cur && len(d.groups) > 0 && len(d.groups[0]) >= 2 {
			return k + 1, d
		}
	}
	return 0, nil
}

// sameKindWords, after "نفس", name the kind or model of the line before:
// "من نفس النوع", "نفس الصنف", "نفس الموديل", "of the same kind", "nafs el no3".
var sameKindWords = set("نوع", "النوع", "صنف", "الصنف", "خامه", "الخامه", "موديل", "الموديل", "kind", "type", "model", "no3", "el no3")

// sameOf stand between an amount and "the same kind": "of the", "men".
var sameOf = set("of", "the", "men", "mn")

// sameKindAt reads "و٧ متر من نفس النوع بس رمادي" at the "نفس" at i: an
// amount said right before it, with no goods of its own, is another line
// of the current line's product (its words, its named sizes), its colour
// its own. It returns the token after the kind word, or i when there is
// no such thing.
func (sg *segmenter) sameKindAt(i int) int {
	r, c := sg.r, sg.cur
	kind := sg.sameKind(i)
	if c == nil || kind == 0 {
		return i
	}
	k := kind - 1 // the kind word
	b := i - 1    // past "من" / "of"
	for b >= 0 && !sg.ts[b].sep && (sg.ts[b].text == "من" || sameOf[sg.ts[b].lowSurface()]) {
		b--
	}
	if b < 0 || sg.ts[b].sep {
		return i
	}
	var a amount
	switch {
	case sg.pending != nil && sg.pending.end == b+1 && !sg.pending.implied && len(sg.pendingGroup) == 0:
		a, sg.pending = *sg.pending, nil
	case len(c.groups) > 0 && len(c.groups[len(c.groups)-1]) == 1 && c.groups[len(c.groups)-1][0].end == b+1 && !c.groups[len(c.groups)-1][0].implied:
		a = c.groups[len(c.groups)-1][0]
		c.groups = c.groups[:len(c.groups)-1]
	default:
		return i
	}
	d := &draft{start: a.start, end: k + 1, setWith: -1, clause: sg.clause}
	for _, w := range c.words {
		r.addWord(d, w)
	}
	d.sizes = append(d.sizes, c.sizes...)
	d.pre = &a
	for m := a.start; m <= k; m++ {
		sg.ts[m].used = true
	}
	sg.ds = append(sg.ds, d)
	sg.cur = d
	sg.afterSep, sg.sizeMode = false, false
	sg.lastJoin = "none"
	return k + 1
}

// placeSaid: t names a place, maybe in the dual ("الشباكين") or with
// the article.
func placeSaid(t token) bool {
	for _, w := range []string{t.text, t.surface, wordKey(t.surface)} {
		w = strings.TrimPrefix(w, "ال")
		if placeWords[w] || placeWords[strings.TrimSuffix(w, "ين")] || strings.HasSuffix(w, "تين") && placeWords[strings.TrimSuffix(w, "تين")+"ه"] {
			return true
		}
	}
	return false
}

// takeSame gives the current line the places and their size of line prev
// ("وسلك ثابت لنفس الشباكين", "fly screens for the same 4 windows"), read
// from i to k.
func (sg *segmenter) takeSame(i, k int, prev *draft) int {
	if len(sg.cur.groups) == 0 && len(sg.cur.room) == 0 {
		sg.cur.groups = append(sg.cur.groups, prev.groups...)
		if prev.pre != nil && (sg.cur.pre == nil || sg.cur.pre.val == prev.pre.val) {
			pre := *prev.pre
			sg.cur.pre = &pre
		}
	}
	for m := i; m < k; m++ {
		sg.ts[m].used = true
	}
	sg.cur.end = k
	sg.lastJoin = "none"
	return k
}

// coverAt: the word at i names a material the current piece is made in:
// a head noun only of products sold by the metre (a fabric), none of the
// words of the piece's product, said right after the piece's own words or
// size with no و, and no figure or unit after it (not "تيل ٥ متر": fabric
// bought by the metre).
func (sg *segmenter) coverAt(i int) bool {
	r, t := sg.r, sg.ts[i]
	if !t.lex || t.conj || t.color != "" || isNumber(t.text) || !r.lx.heads[t.text] || i == 0 || sg.ts[i-1].sep || sg.lastJoin == "conj" ||
		sg.pending != nil || len(sg.cur.words) == 0 || r.unitOf(sg.cur) != catalog.Piece || r.bestHas(sg.cur, t.text) {
		return false
	}
	if a := sg.cur.pre; a != nil && (a.unit == "m" || a.unit == "sqm") {
		return false // "20 m of PVC skirting": the line was measured in metres, it is no piece with a cover
	}
	for k := i + 1; k < len(sg.ts) && k <= i+3 && !sg.ts[k].sep && !sg.ts[k].conj && sg.ts[k].text != "و"; k++ {
		if isNumber(sg.ts[k].text) || isNumberWord(sg.ts[k].text) || isUnit(sg.ts[k].text) {
			return false
		}
	}
	c := r.candidates(sg.cur)
	if len(c) == 0 {
		return false
	}
	fabric := false
	for _, p := range r.lx.postings[t.text] {
		switch {
		case r.lx.products[p].Unit == catalog.Meter:
			fabric = fabric || r.madeOf(c[0].idx, int(p))
		case r.lx.info[p].head == t.text:
			return false // a piece named by it ("تيل" of "قطن طويل التيلة" is no head)
		case int(sg.cur.cnt[p]) >= sg.cur.explains && sg.cur.cnt[p] > 0:
			return false // a piece of the line's kind it names: "خلاط دش"
		}
	}
	return fabric
}

// madeOf: product piece's material is what product fabric is, or a word
// of its name (a "قماش" sofa in "قماش كتان"; a قطن mattress in تيل of قطن);
// a piece of another material ("كنبة جلد" of a fabric sofa) is not.
func (r *Rules) madeOf(piece, fabric int) bool {
	m := r.lx.applyRewrite(keysOf(r.lx.products[piece].Material))
	if len(m) == 0 {
		return false
	}
	of := r.lx.applyRewrite(keysOf(r.lx.products[fabric].Material))
	for _, k := range m {
		if !r.lx.info[fabric].all[k] && !slices.Contains(of, k) {
			return false
		}
	}
	return true
}

// figureAndFraction: the token at k is a fraction joined by و to the
// figure before it ("٢ ونص كيلو", "2 w nos kilo"): the figure and a half,
// whose measure word after it is the amount's, as in "٢ كيلو ونص".
func figureAndFraction(ts []token, k int) bool {
	if k < 1 || ts[k].sep || ts[k-1].sep || !(isNumber(ts[k-1].text) || isNumberWord(ts[k-1].text)) {
		return false
	}
	_, n := fractionTail(ts, k)
	return n == 1
}

// fractionSaid: t is a fraction word ("نص", "وربع", "nos"): before a
// weight ("نص كيلو اكل قطط"), the amount the weight word measures.
func fractionSaid(t token) bool {
	_, ok := fractionWord(strings.TrimPrefix(t.text, "و"))
	return ok && !t.sep && !t.lex // "وربع كيلو دود" beside a "(كيس ربع كيلو)": the name's words, read as such
}

// measureFigure: the figure at i, in digits, when a word follows it in its
// sentence ("٥٠ لتر", and a number word: "خمسين لتر").
func measureFigure(ts []token, i int) (string, bool) {
	if i+1 >= len(ts) || ts[i+1].sep {
		return "", false
	}
	if w := ts[i].text; isNumber(w) {
		return w, true
	}
	if v, ok := numberWord(ts[i].text); ok {
		return numString(v), true
	}
	return "", false
}

// measureUnit is the measure word t says: its key, or the Latin letters
// written when its key reads them otherwise ("50 L": the Franco article
// "l" is the litre after a figure).
func measureUnit(t token) string {
	if measureKinds[t.text] != "" {
		return t.text
	}
	if s := t.lowSurface(); measureKinds[s] != "" {
		return s
	}
	return t.text
}

// namesMeasure: some product's names carry figure n with a measure of the
// kind of word u ("كيس ٢٥ كيلو", "40 mm").
// otherPackAfter: the pack word at j is followed by a measure a name of
// the current line's goods gives that the line's own words do not ("كيس
// سكر ١ كيلو و٢ كيس ٥ كيلو"): the count before it is of that other pack,
// a line of its own, not packs of the line before.
func (sg *segmenter) otherPackAfter(j int) bool {
	if j+2 >= len(sg.ts) || sg.ts[j+1].sep {
		return false
	}
	n, ok := measureFigure(sg.ts, j+1)
	if !ok || sg.ts[j+2].sep {
		return false
	}
	u := measureUnit(sg.ts[j+2])
	return u != "" && sg.r.namesMeasure(n, u) && !sg.r.fits(sg.cur, n)
}

// packWeighed: a figure among d's words is one its products' names give
// with measure u ("3" of "(كيس 3 كيلو)" said "٣ كيلو").
func (r *Rules) packWeighed(d *draft, u string) bool {
	return slices.ContainsFunc(d.words, func(w string) bool { return isNumber(w) && r.namesMeasure(w, u) })
}

func (r *Rules) namesMeasure(n, u string) bool {
	kind := measureKinds[u]
	if kind == "" || !r.lx.isWord(n) {
		return false
	}
	for _, p := range r.lx.postings[n] {
		for w := range r.lx.info[p].all {
			if measureKinds[w] == kind {
				return true
			}
		}
	}
	return false
}

// entryStart: the amount at i opens a list's entry: right after ":", a
// list separator or و.
func (sg *segmenter) entryStart(i int) bool {
	if sg.ts[i].conj {
		return true
	}
	if i == 0 {
		return false
	}
	p := sg.ts[i-1]
	return p.text == "و" || p.sep && (p.text == ":" || listSeps[p.text])
}

// otherHeadAt: the word at j, right after an entry's amount, is a head
// noun the header does not say ("عايز منظومة: ١٠ الواح …", "سيستم: ٤
// كاميرات …" beside a "تركيب كاميرات"): the header names what the goods
// make up, not their kind — the amount counts those goods, a line of
// their own, not an entry of the header's.
func (r *Rules) otherHeadAt(ts []token, h *draft, j int) bool {
	if j >= len(ts) || ts[j].sep || !ts[j].lex {
		return false
	}
	w := ts[j].text
	return r.lx.heads[w] && !h.uniq[w] && !pieceWords[w] && !r.pack(w) // "…: ٣ قطع ٦٠ في ٢٠٠": pieces of the header's kind
}

// soldIn: some product sold in unit u is named with word w.
func (r *Rules) soldIn(w string, u catalog.Unit) bool {
	for _, p := range r.lx.postings[w] {
		if r.lx.products[p].Unit == u {
			return true
		}
	}
	return false
}

// headerEntry is the header whose entries the line goes on with when w,
// a head noun opening a line, is the header's own ("مفارش قماش بيج:
// مفرشين … ومفرش تالت …"); nil when w names another kind.
func (sg *segmenter) headerEntry(w string) *draft {
	h := sg.header
	if h == nil || sg.cur == nil || sg.cur != h && sg.cur.entryOf != h || headOf(sg.r, h) != w {
		return nil
	}
	return h
}

// andUnknown: the word at j has و written on it and the rest is a noun
// the catalog lacks, asked as a thing of its own ("… وسرير 160", "and a
// bed"): the next item, never a noun a figure before it describes.
func (sg *segmenter) andUnknown(j int) bool {
	if sg.cur == nil || !strings.HasPrefix(sg.ts[j].surface, "و") {
		return false
	}
	_, ok := sg.r.unknownNoun(sg.ts, j, sg.cur, true, false)
	return ok
}

// afterBreak: token i starts a line, or the clause after a question mark,
// past "و"/"and" and the article ("? And the 120x80 tables").
func (sg *segmenter) afterBreak(i int) bool {
	k := i - 1
	for k >= 0 && !sg.ts[k].sep && (sg.ts[k].text == "و" || fillers[sg.ts[k].text] && !sg.ts[k].lex || sg.ts[k].color != "") {
		k--
	}
	return k >= 0 && sg.ts[k].sep && (sg.ts[k].text == "\n" || sg.ts[k].text == "?")
}

// headInClause: a head noun follows token i in its clause, past figures,
// sizes and colours ("? And the black 120x80 tables").
func (sg *segmenter) headInClause(i int) bool {
	for k := i + 1; k < len(sg.ts) && !sg.ts[k].sep; k++ {
		tk := sg.ts[k]
		switch {
		case tk.lex && tk.color == "" && !isNumber(tk.text) && sg.r.lx.heads[tk.text]:
			return true
		case isNumber(tk.text) || tk.text == "x" || isUnit(tk.text) || tk.color != "" || fillers[tk.text] && !tk.lex:
		default:
			return false
		}
	}
	return false
}

// listedTimes: the figure b after "×" at k ends a list's entry and the one
// side before it is the product's own named size ("باب كونتر ٩٠ ×٢", "door
// 90 x12") or a piece's side with a figure under 10 after it: how many of
// it, not a 2 cm side ("باب ٩٠ × ٢١٠" stays a size).
func (sg *segmenter) listedTimes(group []amount, k int, b amount) bool {
	if len(group) != 1 || sg.ts[k].text != "x" || !sg.ts[b.start].listed || b.unit != "" || b.implied || b.dozen ||
		b.val != math.Trunc(b.val) || sg.cur == nil {
		return false
	}
	n := numString(math.Round(cm1(group[0])))
	if sg.r.hasNumber(sg.cur, n) && sg.r.isSize(sg.cur, n) {
		return !sg.r.hasNumber(sg.cur, numString(b.val)) // "٦٠ × ١٢٠" of a name is its size
	}
	return b.val < 10 && sg.r.unitOf(sg.cur) == catalog.Piece // "باب ٩٠ × ٢١٠" is a door's size
}

// englishHeadAhead: an English word after "and" (i) leads, within a few
// words, to a head noun the current line already has or cannot be ("and a
// wooden door 70 cm" after "a white wooden door 85 cm"): the next line.
func (sg *segmenter) englishHeadAhead(i int) bool {
	k := sg.r.englishHead(sg.ts, i, i+4)
	return k >= 0 && (sg.cur.uniq[sg.ts[k].text] || !sg.r.fits(sg.cur, sg.ts[k].text))
}

// englishHead is the head noun an English word at i leads to, past other
// English words and before end (a separator, "and", a figure or a word not
// in English stops it): the index of that head noun, or -1.
func (r *Rules) englishHead(ts []token, i, end int) int {
	if !isLatinWord(ts[i].surface) {
		return -1
	}
	for k := i + 1; k < end && k < len(ts); k++ {
		tk := ts[k]
		if tk.compound && isNumber(tk.text) {
			continue // "the Aria 6-door wardrobe": a figure of the name goes on
		}
		if tk.sep || tk.conj || !isLatinWord(tk.surface) || isNumber(tk.text) {
			return -1
		}
		if tk.lex && tk.color == "" && (r.lx.heads[tk.text] || r.lx.distinct[tk.text]) {
			return k // a head noun, or a word one product alone has ("crib canopy")
		}
	}
	return -1
}

// englishWith: token i comes right after "with" (a determiner between):
// "with the concealed cistern".
func englishWith(ts []token, i int) bool {
	for j := i - 1; j >= 0 && j >= i-2 && !ts[j].sep; j-- {
		w := ts[j].lowSurface()
		if w == "with" {
			return true
		}
		if !determiners[w] {
			return false
		}
	}
	return false
}

// addVerbs add to what was asked: "زود", "ضيفلي", "add".
var addVerbs = set("زود", "زودلي", "زودولي", "زودلنا", "زودي", "زوديلي", "ازود", "نزود", "هزود", "هنزود", "ضيفلي", "ضيفولي", "ضيفيلي", "add", "zawed", "zawedly", "zawedli")

// headNext: a head noun comes at j, after an English article ("add a
// remote").
func headNext(sg *segmenter, j int) bool {
	for j < len(sg.ts) && !sg.ts[j].sep && (articles[sg.ts[j].lowSurface()] || sg.ts[j].lowSurface() == "a" || sg.ts[j].lowSurface() == "an") {
		j++
	}
	return j < len(sg.ts) && !sg.ts[j].sep && sg.r.lx.heads[sg.ts[j].text]
}

// sizeAhead: a size of two sides follows token j, past fillers, colours
// and piece words ("وواحدة تانية جوزي ٦٠×١٢٠").
func sizeAhead(ts []token, j int) bool {
	for j < len(ts) && !ts[j].sep && (fillers[ts[j].text] && !ts[j].lex || ts[j].color != "" || pieceWords[ts[j].text]) {
		j++
	}
	a, ok := amountAt(ts, j, nil)
	return ok && !a.implied && a.end < len(ts) && !ts[a.end].sep && (dimOps[ts[a.end].text] || ts[a.end].text == "x")
}

// namesSize: every side of the group is a figure a product fitting the
// draft gives as a size in its name ("بورسلين 60×120").
func (r *Rules) namesSize(d *draft, group []amount) bool {
	for _, g := range group {
		if n := numString(g.val); !r.hasNumber(d, n) {
			return false
		}
	}
	return true
}

// sideEnds: token i ends a size's side (the end, a separator, or the
// operator to the next side): "120 wide by 150 high,".
func sideEnds(ts []token, i int) bool {
	return i >= len(ts) || ts[i].sep || dimOps[ts[i].text] || ts[i].text == "x"
}

// bestHas reports whether the product that best fits the draft so far has
// word u in its names.
// andInName reports whether the word at i, said after و or "and", is
// the second of two words that a candidate of the current line's name
// itself joins with و or "and" ("صنفرة وتلميع باركيه", "sanding and
// varnish"): the line goes on, no second product starts.
func (r *Rules) andInName(sg *segmenter, i int) bool {
	j := i - 1
	if j >= 0 && !sg.ts[j].sep && (sg.ts[j].text == "و" || sg.ts[j].lowSurface() == "and") {
		j--
	}
	if j < sg.cur.start || j < 0 || sg.ts[j].sep || !sg.ts[j].lex {
		return false
	}
	prev, w := sg.ts[j].text, sg.ts[i].text
	// a name's word as the message's are read: folded ("وتنظيف",
	// "وتنضيف") and rewritten to the vocabulary's term ("موب" of "mop")
	said := func(s, as string) bool {
		u, ok := r.lx.rewrite[s]
		return s == as || ok && u == as
	}
	c := r.candidates(sg.cur)
	for n := 0; n < len(c) && n < 3; n++ {
		p := &r.lx.products[c[n].idx]
		for _, name := range []string{p.NameAr, p.NameEn} {
			ns := tokenize(name)
			for k := 0; k+1 < len(ns); k++ {
				first := wordKey(lower(ns[k].text))
				if !said(first, prev) || name == p.NameEn && !englishSaid(sg.ts[j], first) {
					continue
				}
				next, joined := wordKey(lower(ns[k+1].text)), false
				if (next == "و" || next == "and") && k+2 < len(ns) {
					next, joined = wordKey(lower(ns[k+2].text)), true
				}
				if (joined && said(next, w) || next == "و"+w || strings.HasPrefix(next, "و") && said(strings.TrimPrefix(next, "و"), w)) && r.restHas(sg.ts, i, c[n].idx) {
					return true
				}
			}
		}
	}
	return false
}

// restHas: the catalog words said after i in its clause, to a و, a
// figure or a separator, are all words of product p ("جردل وموب بعصارة"
// of "طقم جردل وموب بعصارة"; "جردل وموب قطن" holds the cotton mop's
// word the set lacks: two lines).
func (r *Rules) restHas(ts []token, i, p int) bool {
	for m := i + 1; m < len(ts) && !ts[m].sep && !ts[m].conj && ts[m].text != "و" && !isNumber(ts[m].text); m++ {
		if ts[m].lex && ts[m].color == "" && !r.lx.info[p].all[ts[m].text] {
			return false
		}
	}
	return true
}

// withOther: the word at k, said after "مع" / "with" on line d, is a head
// noun other than d's own, and d's best product so far is one its own
// head noun heads: other goods that come with d's, never more words of it
// ("كراسي سفرة جوز مع الترابيزة"; withBefore).
func (r *Rules) withOther(d *draft, ts []token, k int) bool {
	if d == nil || k >= len(ts) || ts[k].sep || !ts[k].lex || ts[k].color != "" || !r.lx.heads[ts[k].text] {
		return false
	}
	h := headOf(r, d)
	if h == "" || h == ts[k].text {
		return false
	}
	c := r.candidates(d)
	if len(c) == 0 || !r.headed(c[0].idx, h) {
		return false
	}
	best, other := &r.lx.info[c[0].idx], ts[k].text
	if !best.all[other] {
		return true
	}
	// its name holds the other noun too ("ترابيزة سفرة جوز 8 كراسي", "…
	// مع 8 كراسي" is that table): other goods only when a word after
	// the noun is one it lacks and goods the noun heads have ("مع ٦
	// كراسي سفرة جوز")
	for m := k + 1; m < len(ts) && !ts[m].sep && !ts[m].conj && ts[m].lex; m++ {
		u := ts[m].text
		if best.all[u] {
			continue
		}
		for _, p := range r.lx.postings[u] {
			if r.headed(int(p), other) {
				return true
			}
		}
	}
	return false
}

func (r *Rules) bestHas(d *draft, u string) bool {
	c := r.candidatesRead(d)
	return len(c) > 0 && r.lx.info[c[0].idx].all[u]
}

// restates reports whether token t says again a word of the draft's
// product family: a catalog word (no colour, no head noun) the draft fits,
// or a figure the name of a product with the same head noun gives as a
// size.
func (r *Rules) restates(d *draft, t token) bool {
	if isNumber(t.text) {
		head := headOf(r, d)
		for _, p := range r.lx.postings[t.text] {
			if info := &r.lx.info[p]; info.head == head && info.sizes[t.text] {
				return true // another size of the same kind ("باب 70 … و 3 85")
			}
		}
		return false
	}
	return t.lex && t.color == "" && !r.lx.heads[t.text] && r.fits(d, t.text)
}

// sizeNamed: the draft said a figure that a product of its kind gives as
// a size in its name ("باب كونتر ٨٠"): its variant is chosen, so a count
// after و before another such figure is another variant ("واتنين ٧٠"),
// not this line's count.
func (r *Rules) sizeNamed(d *draft) bool {
	for _, w := range d.words {
		if isNumber(w) && r.restates(d, token{text: w}) {
			return true
		}
	}
	return false
}

// headOf is the draft's head noun (its first word heading a product), ""
// when it has none.
func headOf(r *Rules, d *draft) string {
	for _, w := range d.words {
		if r.lx.heads[w] {
			return w
		}
	}
	return ""
}

// francoPieces: Franco "قطعة", "قطع", "حتة" ("esdal 2 at3").
var francoPieces = set("at3", "2at3", "2et3", "et3", "2et3a", "et3a", "at3a", "2at3a", "7etta", "7eta", "7etet", "7ettet")

// piecesNamed reads how many pieces the goods are made of said right after
// them ("اسدال ٢ قطعة بيج", "اسدال قطعتين", Franco "esdal 2 at3") when a
// product the line names gives that many in its name ("إسدال قطعتين
// بالجيبة", "طقم ٣ قطع"): words of that name, choosing it — never how
// many of it. It returns the token after them.
func (sg *segmenter) piecesNamed(i, j int, a amount, group []amount) (int, bool) {
	c, ts, r := sg.cur, sg.ts, sg.r
	if c == nil || sg.afterSep || len(group) != 1 || a.unit != "" || a.dozen || a.implied || a.val != math.Trunc(a.val) || len(c.words) == 0 || c.end != i {
		return 0, false
	}
	end := a.end
	switch {
	case a.end-a.start == 1 && !isNumber(ts[i].text) && partPieces[strings.TrimSuffix(ts[i].text, "تين")+"ه"]:
		// "قطعتين": the dual says the two
	case j < len(ts) && !ts[j].sep && (partPieces[ts[j].text] || francoPieces[ts[j].lowSurface()]):
		end = j + 1
	default:
		return 0, false
	}
	var units []string
	for _, p := range c.touched {
		if n := int(c.cnt[p]); n == 0 || n < c.explains {
			continue
		}
		if in := &r.lx.info[p]; in.pieces == int(a.val) {
			units = in.pieceUnits
			break
		}
	}
	if units == nil {
		return 0, false
	}
	for _, u := range units {
		if !c.uniq[u] {
			r.addWord(c, u)
		}
	}
	for k := i; k < end; k++ {
		ts[k].used = true
	}
	c.end = end
	sg.lastJoin = "none"
	return end, true
}

// countApart reads a count said apart from its goods: after the line and
// other words, a bare count and the line's head noun again, nothing of
// its own after it ("حروف اكريليك 30 سم حمرا، الاسم 7 حروف", "كرسي خشب
// بني … عايز ٦ كراسي"): how many of the line, never a second line of the
// same product. A line with another count said already is a person's to
// read (unsure), still one line. It returns the token after the noun.
func (sg *segmenter) countApart(i, j int, a amount, group []amount, conj bool) (int, bool) {
	c, ts := sg.cur, sg.ts
	if c == nil || conj || sg.sizeMode || len(group) != 1 || a.unit != "" || a.dozen || a.implied || a.end-a.start != 1 || a.val != math.Trunc(a.val) ||
		c.partOf != nil || c.pieceOf != nil || len(c.groups) > 0 || c.pre != nil && (c.pre.unit != "" || c.pre.implied || c.pre.dozen) ||
		j >= len(ts) || ts[j].sep || ts[j].conj || !ts[j].lex || ts[j].color != "" || headOf(sg.r, c) != ts[j].text || c.end > i {
		return 0, false // "طن حديد ١٢ وطن ونص": a noun written with و opens its own amount, no count's noun
	}
	if k := j + 1; k < len(ts) && !ts[k].sep && !ts[k].conj && ts[k].text != "و" {
		return 0, false // "، ٢ باب نوفا ٧٠ ابيض": words of its own, another line
	}
	if n := headCount(c); n > 0 && n != a.val {
		c.unsure = true // "٣ حروف …، الاسم ٧ حروف": which count, a person reads
	} else if n == 0 {
		c.counts = append(c.counts, a.val)
	}
	for k := i; k <= j; k++ {
		ts[k].used = true
	}
	c.end = j + 1
	sg.lastJoin = "none"
	return j + 1, true
}

// takenBackBefore reads an amount said after و that names no goods yet
// and is taken back at once ("… و 2 ونص... لا خليهم 3 علب مسامير"): the
// customer had started the next goods and corrects their amount, no amount
// of the line before. The amount and the cue are set aside; the line
// before is done, so the corrected amount opens the line of the goods
// said after it. It returns the token after the cue.
func (sg *segmenter) takenBackBefore(i, j int, a amount, group []amount, conj bool) (int, bool) {
	ts := sg.ts
	if sg.cur == nil || !conj || len(group) != 1 || a.unit != "" || a.dozen || a.implied || j >= len(ts) || !ts[j].sep {
		return 0, false
	}
	k := j
	for k < len(ts) && ts[k].sep {
		k++
	}
	if k < len(ts) && (noWords[ts[k].lowSurface()] || ts[k].text == "لا") {
		k++
	}
	at := k
	if k < len(ts) {
		at = sg.correction(k)
	}
	if at == k {
		return 0, false
	}
	if b, ok := amountAt(ts, at, sg.isLex); !ok || b.dozen || b.implied || b.end >= len(ts) || ts[b.end].sep || isNumber(ts[b.end].text) {
		return 0, false // "و ٢.. لا خليهم ٣": the line before's, corrected
	}
	for n := i; n < at; n++ {
		ts[n].used, ts[n].aside = true, true
	}
	sg.cur, sg.corrected = nil, true
	sg.lastJoin = "none"
	return at, true
}

// correctWords correct what was just said: "لا خليهم ٦" (no, make them
// six), Franco "la khalihom 6" — and so does any verb of making or writing
// down with the goods as its object ("لا اكتبهم ٦", "اعملها ٣", Franco
// "ektebhom 6"): correctVerbs with an object pronoun, "for me" after it.
var correctWords = correctForms(set("خليهم", "خليها", "خليه", "اقصد", "قصدي", "a2sod", "a2sad", "2asdi", "a2sdi", "خليهوم", "خليهملي", "خليهالي", "خليهولي", "خلليهم", "خليهمه",
	"khalihom", "khaleehom", "5alihom", "5aleehom", "khaliha", "khaleeha", "5aliha", "5aleeha", "khalih", "khalih", "5alih", "5alee"))

// correctVerbs: make (خلي، اعمل) and write down (اكتب), as the customer
// tells the clerk the count to put, in Arabic and Franco.
var correctVerbs = [2][]string{{"خلي", "اكتب", "اعمل"}, {"khali", "khalee", "5ali", "5alee", "ekteb", "ikteb", "e3mel", "i3mel"}}

func correctForms(m map[string]bool) map[string]bool {
	for _, v := range correctVerbs[0] {
		for _, p := range []string{"ه", "ها", "هم", "هوم", "هملي", "هالي", "هولي", "هوملي"} {
			m[v+p] = true
		}
	}
	for _, v := range correctVerbs[1] {
		for _, p := range []string{"h", "ha", "hom", "hum", "homli", "hali"} {
			m[v+p] = true
		}
	}
	return m
}

// correctObjects follow English "make" in a correction: "no, make it 5".
var correctObjects = set("it", "them", "that", "those")

// correction: a correction cue starts at i ("خليهم", "make it"); the
// index of what follows it, or i when there is none.
func (sg *segmenter) correction(i int) int {
	t := sg.ts[i]
	if correctWords[t.text] || correctWords[t.lowSurface()] {
		return i + 1
	}
	if n := i + 2; (t.surface == "لا" || t.lowSurface() == "la" || t.lowSurface() == "no") && n < len(sg.ts) && !sg.ts[i+1].sep &&
		(isNumber(sg.ts[i+1].text) || isNumberWord(sg.ts[i+1].text)) && !sg.ts[n].sep && (onlyWords[wordKey(sg.ts[n].lowSurface())] || enoughWords[wordKey(sg.ts[n].lowSurface())]) {
		sg.ts[n].used = true
		return i + 1 // "٤ بوف بيج لا ٣ بس", "لا ٣ كفاية", "no, 3 only"
	}
	if at := enoughFirst(sg.ts, i); at > i {
		return at // "لا كفاية ٣", "la2 kefaya 3"
	}
	if at := turnedOut(sg.ts, i); at > i {
		return at // "لا معلش طلعوا ٦ صفحات"
	}
	if at := sg.bareRecount(i); at > i {
		return at // "١٠ صفحات، لا ١٢ صفحة"
	}
	if t.lowSurface() == "make" && i+1 < len(sg.ts) && !sg.ts[i+1].sep && correctObjects[sg.ts[i+1].lowSurface()] &&
		i > 0 && (sg.ts[i-1].sep || sg.ts[i-1].lowSurface() == "no" || apologyWord(sg.ts[i-1])) {
		return i + 2 // "no, make it 5", "sorry make it 3", "actually make it 2"
	}
	return i
}

// correct puts the amount a, said after a correction cue at i, in place
// of the one the line it names was given: the current line's, or the
// earlier line a head noun right after names ("لا خليهم ٥ ابواب مش ٤");
// "مش ٤" after it, the figure taken back, is placed. A plural cue after
// several lines each with its amount and none named ("٤ باب و٤ كالون..
// لا خليهم ٥") leaves which one unsure, for a person.
func (sg *segmenter) correct(i int, a amount, d *draft) (int, bool) {
	r, ts := sg.r, sg.ts
	end := a.end
	if d == nil {
		d = sg.cur
		if head := ""; end < len(ts) && !ts[end].sep && !nextGoodsJoined(ts[end]) {
			head = r.headNoun(ts[end].text)
			if d.pre != nil && (placeWords[ts[end].surface] || placeWords[wordKey(ts[end].surface)]) && !r.names(d, ts[end].text) {
				end++ // "٣ شبابيك ١١٠×١٣٠، لا خليهم ٤ شبابيك": the places it covers
			} else if r.lx.heads[head] {
				if d = sg.named(head); d == nil {
					return 0, false // another product's count, a line of its own
				}
				end++
				for end < len(ts) && !ts[end].sep && ts[end].lex && ts[end].color == "" && !isNumber(ts[end].text) && r.inNames(d, ts[end].text) && head != ts[end].text {
					end++ // "لا خليهم ٣ علب خوابير": the line named again
				}
				if end < len(ts) && !ts[end].sep && ts[end].lex && ts[end].color == "" && !isNumber(ts[end].text) && !r.inNames(d, ts[end].text) {
					// "دستة علب خوابير.. لا خليهم ٣ علب مسامير": the pack
					// the line's name opens with, then goods its names
					// lack — which count is corrected, a person reads
					d.unsure = true
				}
			}
		}
	}
	if end+1 < len(ts) && ts[end].text == "مش" && !ts[end+1].sep && isNumber(ts[end+1].text) {
		end += 2 // "… مش ٤": the figure taken back
	}
	last := func(d *draft) []amount {
		if len(d.groups) == 0 {
			return nil
		}
		return d.groups[len(d.groups)-1]
	}
	aa := a
	g := last(d)
	if a.unit == "m" && (d.pre != nil && d.pre.unit == "sqm" || d.pre == nil && len(g) == 1 && g[0].unit == "sqm") {
		a.unit = "sqm" // "١٥ متر مربع.. لا خليها ١٨ متر": shop talk for m², the area corrected
	}
	switch {
	case d.pre != nil && (a.unit == "" || a.unit == d.pre.unit):
		if d.pre.end > d.pre.start && d.pre.start >= d.start && a.val < d.pre.val {
			// "عايز ٢ بطارية … لا خليها واحدة": the count taken back is
			// no figure of the line's phrase (a count lowered to one
			// would read as a count said and not read)
			d.taken = append(d.taken, [2]int{d.pre.start, d.pre.end})
		}
		aa.unit, aa.start = d.pre.unit, d.pre.start
		d.pre = &aa
	case len(d.counts) > 0 && a.unit == "":
		d.counts[0] = a.val
	case len(g) == 1 && g[0].unit != "" && d.pre == nil && (a.unit == "" || a.unit == g[0].unit):
		// "٤٠ متر.. لا خليهم ٤٥": the length or area said, corrected
		g[0].val = a.val
	case len(g) == 1 && g[0].unit == "" && !g[0].side && d.pre == nil && len(d.counts) == 0 && a.unit == "":
		// "برنس ابيض ٣٠، لا خليهم ٢٤": the figure held for a side was the
		// count, now corrected
		d.groups = d.groups[:len(d.groups)-1]
		aa.start = g[0].start
		d.pre = &aa
	case d.pre == nil && len(d.counts) == 0 && a.unit == "":
		aa.start = d.start
		d.pre = &aa
	default:
		return 0, false
	}
	if d == sg.cur && end == a.end {
		amounted := 0
		for _, o := range sg.ds {
			if o.clause == d.clause && (o.pre != nil || len(o.counts) > 0 || len(o.groups) > 0) {
				amounted++
			}
		}
		d.unsure = d.unsure || amounted > 1 && plural(ts[i])
	}
	for k := i; k < end; k++ {
		ts[k].used, ts[k].aside = true, true
	}
	heldBefore(ts, i)
	sg.lastJoin = "none"
	return end, true
}

// takenBack reads, at i, a line named again with the article (after a
// cue, "خلي", or none), a new amount and "مش" with the figure the line
// was given ("وخلي الخطوط ٥ متر مش ٤"): the amount is corrected; the
// end of the correction.
func (sg *segmenter) takenBack(i int) (int, bool) {
	ts := sg.ts
	at := i
	if w := strings.TrimPrefix(ts[i].text, "و"); w == "خلي" || correctWords[w] {
		at++
	}
	if at+1 >= len(ts) || ts[at].sep || !ts[at].lex || ts[at].color != "" || !definite(ts[at].surface) {
		return 0, false
	}
	h := sg.r.headNoun(ts[at].text)
	if h == "" {
		h = ts[at].text // a word only the line's name has: "الخطوط" of "فيلم ديكور خطوط"
	}
	d := sg.named(h)
	if d == nil {
		return 0, false
	}
	a, ok := amountAt(ts, at+1, sg.isLex)
	if !ok || a.implied || a.dozen || a.end+1 >= len(ts) || ts[a.end].text != "مش" || ts[a.end+1].sep {
		return 0, false
	}
	was, ok := amountValue(ts[a.end+1].text)
	if !ok || was == a.val {
		return 0, false
	}
	unit, ok := saidAmount(d, was)
	if !ok {
		return 0, false
	}
	if a.unit == "m" && unit == "sqm" {
		a.unit = unit // "٥ متر" of goods sold by area: shop talk for m²
	}
	return sg.correct(i, a, d)
}

// saidAmount: v is the amount the draft was given (before it, its count
// or its one-figure length or area); its unit.
func saidAmount(d *draft, v float64) (string, bool) {
	if d.pre != nil {
		return d.pre.unit, d.pre.val == v
	}
	if len(d.counts) > 0 {
		return "", d.counts[0] == v
	}
	if n := len(d.groups); n > 0 && len(d.groups[n-1]) == 1 {
		g := d.groups[n-1][0]
		return g.unit, g.val == v
	}
	return "", false
}

// headerShares: the entries of a header said with a count ("٣ قصاري
// انثراسايت: اتنين مربعة ٦٠ وواحدة طويلة ١٠٠") share it; when their counts
// do not add up to it, how many of each is for a person to confirm.
func headerShares(ds []*draft) {
	for _, h := range ds {
		if !h.header || h.pre == nil {
			continue
		}
		sum, n := 0.0, 0
		for _, d := range ds {
			if d.entryOf != h {
				continue
			}
			n++
			if d.pre != nil && d.pre.unit == "" {
				sum += d.pre.val
			}
		}
		if n == 0 || sum == h.pre.val {
			continue
		}
		for _, d := range ds {
			if d.entryOf == h {
				d.unsure = true
			}
		}
	}
}

// replacement: the line opened at token at says again, in other words,
// the earlier line old.
type replacement struct {
	at  int
	old *draft
}

// replace drops each line a correction named again, its amount passed to
// the line that replaces it when that says none.
func (sg *segmenter) replace() {
	for _, rp := range sg.replaces {
		for _, d := range sg.ds {
			if d == rp.old || d.start > rp.at || d.end <= rp.at {
				continue
			}
			if d.pre == nil && len(d.counts) == 0 && len(d.groups) == 0 && !slices.ContainsFunc(sg.ts[d.start:min(d.end, len(sg.ts))], func(t token) bool { return !t.sep && tokenKg(t) > 0 }) &&
				!sg.narrowed(rp, d) {
				// (a weight said again is the line's own amount: "الكاجو خليه كيلو")
				d.pre, d.counts, d.groups = rp.old.pre, rp.old.counts, rp.old.groups
			}
			rp.old.replaced = true
			break
		}
	}
}

// narrowed: the line d, replacing rp.old which was counted by its dual
// ("حماية للاكصدامين قدام وورا"), names the goods again in the singular
// with "بس" (only) and no count ("لا خليها الاكصدام اللي قدام بس", "no,
// just the front bumper only"): one of the two, never the dual's two.
func (sg *segmenter) narrowed(rp replacement, d *draft) bool {
	o := rp.old
	if o.pre == nil || o.pre.val != 2 || o.pre.start < 0 || o.pre.start >= len(sg.ts) || !sg.ts[o.pre.start].dual {
		return false
	}
	if t := sg.ts[rp.at]; t.dual || t.plural {
		return false
	}
	for _, t := range sg.ts[d.start:min(d.end+1, len(sg.ts))] {
		if !t.sep && onlyWords[wordKey(t.lowSurface())] {
			return true
		}
	}
	return false
}

// opensEnglish: token i opens an English phrase after "and", a comma or
// "+" ("and the 15-channel remote").
func (sg *segmenter) opensEnglish(i int) bool {
	k := i - 1
	for k >= 0 && !sg.ts[k].sep && (articles[sg.ts[k].lowSurface()] || indefinite[sg.ts[k].lowSurface()]) {
		k--
	}
	if _, ok := amountValue(sg.ts[max(k, 0)].text); k >= 0 && !sg.ts[k].sep && ok && isLatinWord(sg.ts[k].surface) {
		k-- // "and one 7-step ladder": the count of the line it opens
	}
	return k < 0 || sg.ts[k].sep || sg.ts[k].text == "و" && isLatinWord(sg.ts[k].surface)
}

// areaPlace: token j is a place ("شباك", "شبابيك"), not after و, after a
// line sold by area (no header of a list) whose products it does not
// name, and a size follows it: the place the line covers, not a product whose name has the word
// ("تركيب للشباك").
func (sg *segmenter) areaPlace(j int) bool {
	if j >= len(sg.ts) || sg.cur == nil || sg.cur.header || sg.header != nil || sg.ts[j].sep || !sg.ts[j].lex || sg.ts[j].conj || j > 0 && sg.ts[j-1].text == "و" ||
		!(placeWords[sg.ts[j].surface] || placeWords[wordKey(sg.ts[j].surface)]) || sg.r.unitOf(sg.cur) != catalog.SquareMeter || sg.r.names(sg.cur, sg.ts[j].text) {
		return false
	}
	return sizeAhead(sg.ts, j+1)
}

// inPurposeClause: a purpose word ("عشان") comes before i in its
// sentence.
func inPurposeClause(ts []token, i int) bool {
	for k := i - 1; k >= 0 && !ts[k].sep; k-- {
		if purposeWords[ts[k].text] {
			return true
		}
	}
	return false
}

// keepWords are Franco's "make it" (خلي); articles its and English's "the".
var (
	keepWords = set("khali", "5ali", "khalli", "5alli", "khaly", "5aly")
	articles  = set("the", "el", "al", "l")
	// indefinite: English's "a", "an" ("and a 4-person tent")
	indefinite = set("a", "an")
)

// waitWords hold a correction: "لا استنى", "لا لا", "wait".
var waitWords = set("استني", "استنا", "لا", "wait", "esta", "estana", "estanna")

// waitBefore: a word holding a correction comes right before i (up to
// two words back, in the same sentence, or after a comma).
func waitBefore(ts []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if ts[k].sep {
			continue
		}
		if waitWords[ts[k].text] || waitWords[ts[k].lowSurface()] {
			return true
		}
	}
	return false
}

// noBefore: "no" in Franco or English ("la", "no") within the three words
// before i, its pause allowed ("no, the desks …").
func noBefore(ts []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if !ts[k].sep && noWords[ts[k].lowSurface()] {
			return true
		}
	}
	return false
}

var noWords = set("la", "la2", "no")

// pieceLike come between another piece's count and its colour: "and one
// in blue".
var pieceLike = set("in")

// colourHeadAlone: the word at k is a colour that heads a product's names
// only as the first word of a longer one (a "بلاك اوت" fabric read "اسود
// اوت" once the vocabulary folds بلاك into اسود), and the word after it
// goes on with none of them: "وواحد كمان اسود" says the piece's colour,
// never opens that product's line.
func (r *Rules) colourHeadAlone(ts []token, k int) bool {
	w := ts[k].text
	if ts[k].color == "" || !r.lx.heads[w] {
		return false
	}
	nx := ""
	if k+1 < len(ts) && !ts[k+1].sep {
		nx = ts[k+1].text
	}
	for _, p := range r.lx.postings[w] {
		for _, ph := range r.lx.info[p].phrases {
			if len(ph) > 0 && ph[0] == w && (len(ph) == 1 || ph[1] == nx) {
				return false
			}
		}
	}
	return true
}

// wantAgain: a want said with و right before the token at i ("وعايز
// كمان …", "ومحتاج برضه …": and I also want): what follows is more asked.
func wantAgain(ts []token, i int) bool {
	return i > 0 && !ts[i-1].sep && ts[i-1].conj && orderCues[ts[i-1].text]
}

// tooWords: "والاوكر ٥ برضو", "and the handles 5 too".
var tooWords = set("برضو", "برضه", "بردو", "برده", "كمان", "too", "also")

// headNoun is the head noun w is a form of: itself, a broken plural
// ("ابواب": باب) or a collective without its ة ("الاوكر": اوكره); "" when
// none.
func (r *Rules) headNoun(w string) string {
	if r.lx.heads[w] {
		return w
	}
	if !isArabicWord(w) {
		return ""
	}
	for _, pre := range []string{"", "وال", "ال", "و"} {
		u, ok := strings.CutPrefix(w, pre)
		if !ok || utf8.RuneCountInString(u) < 3 {
			continue
		}
		for _, v := range []string{u, u + "ه"} {
			if c, ok := r.lx.rewrite[v]; ok {
				v = c // "اوكره" of the vocabulary's handle
			}
			if r.lx.heads[v] {
				return v
			}
		}
		if hs, ok := r.lx.headSkel[skeleton(u)]; ok {
			return hs
		}
	}
	return ""
}

// named is the latest line whose head noun is w, nil when none.
func (sg *segmenter) named(w string) *draft {
	if w == "" {
		return nil
	}
	for k := len(sg.ds) - 1; k >= 0; k-- {
		// the line whose own head noun it is first: "كابينة … وتركيبها..
		// لا خليهم اتنين كابينة" corrects the cabins, not their
		// installation, though the service's name says كابينة too
		if h := headOf(sg.r, sg.ds[k]); h != "" && (h == w || sg.r.headNoun(h) == w) {
			return sg.ds[k]
		}
	}
	for k := len(sg.ds) - 1; k >= 0; k-- {
		if sg.r.names(sg.ds[k], w) {
			return sg.ds[k]
		}
	}
	return nil
}

// names: the head noun w is the draft's, said or the one of the products
// it names best ("٤ لونا ٨٠" names doors).
func (r *Rules) names(d *draft, w string) bool {
	if d.uniq[w] {
		return true
	}
	for _, p := range d.touched {
		if int(d.cnt[p]) == d.explains && d.explains > 0 && r.lx.info[p].all[w] {
			return true
		}
	}
	return false
}

// inNames: w is a word of the names or synonyms of a product the draft
// names best (its category is no name: "مسامير" is not the wall plugs'
// though the shop files them under it).
func (r *Rules) inNames(d *draft, w string) bool {
	for _, p := range d.touched {
		if int(d.cnt[p]) != d.explains || d.explains == 0 {
			continue
		}
		for _, ph := range r.lx.info[p].phrases {
			if slices.Contains(ph, w) {
				return true
			}
		}
	}
	return false
}

// plural: the correction cue at t speaks of several ("خليهم", "make them").
func plural(t token) bool {
	w := t.lowSurface()
	return strings.HasSuffix(t.text, "هم") || strings.HasSuffix(w, "hom") || w == "make"
}

// withService: the words from j to next are "مع" / "with" / "ma3" and the
// word at next is a shop service ("مع التركيب", "with installation"), or
// that service is said with "بال" ("٥ في ٤ بالتركيب": with the fitting).
func withService(ts []token, j, next int) bool {
	// the word as written: the shop's vocabulary may have rewritten it
	// to another spelling ("التركيب" → "tarkeeb")
	if next >= len(ts) || !(serviceTopics[ts[next].text] || serviceTopics[wordKey(ts[next].lowSurface())]) {
		return false
	}
	if strings.HasPrefix(ts[next].surface, "بال") {
		return true
	}
	for k := j; k < next; k++ {
		if w := ts[k].lowSurface(); w == "مع" || w == "with" || w == "ma3" {
			return true
		}
	}
	return false
}

// copulas say what the line before should be ("، يكون تقيل", "وتبقى
// مقفولة"): the describing word after them names no product of its own.
var copulas = set("يكون", "تكون", "يكونوا", "تكونوا", "يبقي", "تبقي", "يبقوا", "تبقوا", "يبقا", "تبقا", "yekon", "yekoon", "ykon", "be")

// ownerWords say whose: "الكالون بتاع الباب", "الكرانيش بتاعة اللونا" —
// possessiveWords, their plural and the Franco forms.
var ownerWords = set(append([]string{"بتوع", "betaa3", "beta3", "bta3", "beta3et"}, possessiveWords...)...)

// ownerBefore: "بتاع", "بتاعة", "beta3et" comes right before i, or
// before an article written apart ("beta3et el nova").
func ownerBefore(ts []token, i int) bool {
	k := i - 1
	if k > 0 && !ts[k].sep && strings.EqualFold(ts[k].surface, "el") {
		k--
	}
	return k >= 0 && !ts[k].sep && (ownerWords[ts[k].text] || ownerWords[ts[k].lowSurface()])
}

// inWords say where: "في الشركة", "at the office".
var inWords = set("في", "فى", "in", "at")

// withBefore: "مع", "معاه", "ma3" or "with" comes right before i, or
// before an article written apart ("ma3aha el 3amood").
func withBefore(ts []token, i int) bool {
	k := i - 1
	if k > 0 && !ts[k].sep && (strings.EqualFold(ts[k].surface, "el") || strings.EqualFold(ts[k].surface, "the")) {
		k--
	}
	if k < 0 || ts[k].sep {
		return false
	}
	return ts[k].text == "مع" || withWords[ts[k].text] || withWords[ts[k].lowSurface()] || strings.EqualFold(ts[k].surface, "ma3")
}

// serviceWithGoods: the word at i is a work by its verbal noun ("التركيب",
// "installation") said with "مع", "with", "ma3" or "بال" after a line that
// names goods, no work of its own: what comes with the goods, never more
// words of them.
func (r *Rules) serviceWithGoods(sg *segmenter, i int, w string) bool {
	t := sg.ts[i]
	if sg.cur == nil || t.conj || sg.pending != nil || !r.lx.heads[w] || sg.cur.uniq[w] || len(sg.cur.words) == 0 {
		return false
	}
	if !r.lx.verbalNoun(w) && !r.lx.verbalNoun(wordKey(t.lowSurface())) {
		return false
	}
	if !withBefore(sg.ts, i) && !(strings.HasPrefix(t.surface, "بال") && t.surface != t.text) {
		return false
	}
	for _, u := range sg.cur.words {
		if r.lx.verbalNoun(u) {
			return false // "تركيب ستارة مع التركيب": a work's line already
		}
	}
	for _, c := range r.candidates(sg.cur) {
		if int(sg.cur.cnt[c.idx]) == sg.cur.explains && !r.lx.info[c.idx].service && r.lx.info[c.idx].all[w] {
			return false // "عزل ممبرين بالتركيب" of "… (توريد وتركيب)": the goods come installed
		}
	}
	return true
}

// withWords say what comes with each one: "كل واحد معاه شطاف".
var withWords = set("معاه", "معاها", "معاهم", "وياه", "وياها", "وياهم", "ma3ah", "ma3aha", "with")

// toneJoins join two colours of one piece: "ابيض في وردي".
var toneJoins = set("في", "فى")

// halfWords share an amount in halves: "نصهم أسود ونصهم رمادي".
var halfWords = set("نصهم", "نصها", "نصه", "نصهن", "half", "nosohom", "nossohom", "nosaha")

// definite: the word was written with the article ("الخلاطات", "والخلاطات").
func definite(surface string) bool {
	return strings.HasPrefix(surface, "ال") || strings.HasPrefix(surface, "وال")
}

// placeAgain: right before the size at i, after the line's last size, و
// opened a few words that are the line's own or a place ("… كل واحد ٨٠ في
// ١٢٠ وشباك المطبخ ١٥٠ في ١٢٠"): another piece of the line's goods, for
// that place, in the size said — a line of its own, never a second size of
// the first pieces.
func (sg *segmenter) placeAgain(i int) bool {
	c := sg.cur
	if c == nil || !sizedDone(c) {
		return false
	}
	last := c.groups[len(c.groups)-1]
	from := last[len(last)-1].end
	if i-from < 1 || i-from > 4 {
		return false
	}
	for k := from; k < i; k++ {
		t := sg.ts[k]
		if t.sep || isNumber(t.text) || t.color != "" || k > from && t.conj {
			return false
		}
		if k == from && !t.conj && t.text != "و" {
			return false
		}
		if w := strings.TrimPrefix(t.text, "ال"); t.text == "و" || placeWords[w] || roomWords[w] || t.lex && sg.r.fits(c, t.text) || k > from && francoArticles[t.lowSurface()] {
			continue
		}
		return false
	}
	return true
}

// sizedDone: the draft's last size has all its sides ("مقاس ١٠٠ في ١٥٠"),
// so a figure after it starts something else (a share: "اتنين ابيض").
func sizedDone(d *draft) bool {
	return d != nil && len(d.groups) > 0 && len(d.groups[len(d.groups)-1]) >= 2
}

// bareSide: b is a unit said with no figure ("متر") after a side said with
// one in a unit ("٢ متر في متر"): one of that unit.
func bareSide(group []amount, b amount) bool {
	last := group[len(group)-1]
	if !b.implied || b.per || b.unit != "m" || last.implied || last.unit == "" {
		return false
	}
	return true
}

// sameKind reads "نفس النوع", "the same type", "nafs el no3" at i: the
// index after it, or 0.
func (sg *segmenter) sameKind(i int) int {
	low := func(k int) string { return sg.ts[k].lowSurface() }
	if !(sameWords[sg.ts[i].text] || low(i) == "same" || low(i) == "nafs") {
		return 0
	}
	k := i + 1
	if k+1 < len(sg.ts) && !sg.ts[k].sep && articles[low(k)] {
		k++
	}
	if k < len(sg.ts) && !sg.ts[k].sep && (sameKindWords[sg.ts[k].text] || sameKindWords[low(k)]) {
		return k + 1
	}
	return 0
}

// partFiguresOf: the figures the shop's names give right before the part
// word w, as its count ("كنبة 3 مقاعد", "صالون مودرن 7 مقاعد").
func (r *Rules) partFiguresOf(w string) map[string]bool {
	var figs map[string]bool
	for _, p := range r.lx.postings[w] {
		for _, ph := range r.lx.info[p].phrases {
			for k := 1; k < len(ph); k++ {
				if ph[k] == w && isNumber(ph[k-1]) {
					if figs == nil {
						figs = map[string]bool{}
					}
					figs[ph[k-1]] = true
				}
			}
		}
	}
	return figs
}

// theOneAsked: token i is "اللي" (the one) right after a price cue said
// with و ("وبكام اللي بدرجات؟", Franco "w bkam elly …"), or "واللي" opening
// a price question ("واللي بدرجات بكام؟"), before a catalog word.
func theOneAsked(ts []token, i int) bool {
	t := ts[i]
	if t.sep || i+1 >= len(ts) || ts[i+1].sep || !ts[i+1].lex {
		return false
	}
	one := t.lowSurface()
	switch {
	case oneWords[one]:
		if i == 0 || ts[i-1].sep {
			return false
		}
		p := ts[i-1].lowSurface()
		cue, ok := strings.CutPrefix(p, "و")
		if !ok {
			cue, ok = strings.CutPrefix(p, "w ")
		}
		return ok && (priceCues[wordKey(cue)] || francoPriceCues[cue]) || i >= 2 && !ts[i-2].sep && (ts[i-2].surface == "و" || francoAnd[ts[i-2].lowSurface()]) && (priceCues[ts[i-1].text] || francoPriceCues[p])
	case strings.HasPrefix(one, "و") && oneWords[strings.TrimPrefix(one, "و")]:
		for j := i + 2; j < len(ts) && !ts[j].sep; j++ {
			if priceCues[ts[j].text] {
				return true
			}
		}
	}
	return false
}

// oneWords: "the one" (اللي) as typed, in Arabic and Franco.
// (a plain map: set's keys drop the article, and "لي" is "for me").
var oneWords = map[string]bool{"اللي": true, "الي": true, "elly": true, "elli": true, "ely": true, "illi": true}

// francoAnd: Franco "and" written apart.
var francoAnd = set("w", "we", "wa")

// kindAgain: the word at j, right after a count, is no head noun, no
// colour and nothing the draft's products can be, yet a product of the
// draft's head noun has it ("داخلي … و٢ خارجي" of cameras indoor and
// outdoor), and no head noun follows it in the entry: it names another
// product of that kind.
func (sg *segmenter) kindAgain(d *draft, j int) bool {
	ts, r := sg.ts, sg.r
	if j >= len(ts) || ts[j].sep || !ts[j].lex || ts[j].color != "" || isNumber(ts[j].text) || ts[j].conj {
		return false
	}
	w, head := ts[j].text, headOf(r, d)
	if head == "" || r.lx.heads[w] || r.lx.distinct[w] || d.uniq[w] || r.fits(d, w) || !r.namesBoth(head, w) { // "و ٦ دبل": a word one product has names it already
		return false
	}
	for k := j + 1; k < len(ts) && !ts[k].sep && ts[k].text != "و" && !ts[k].conj; k++ {
		if ts[k].lex && r.lx.heads[ts[k].text] && !isNumber(ts[k-1].text) {
			return false // "and 2 round knobs": English names its head noun last (not a unit after a figure, "٢ ميجا")
		}
	}
	return true
}

// figureAhead: a figure is said from i on before the entry ends (a
// separator or و): the words that choose a product of the kind.
func figureAhead(ts []token, i int) bool {
	for k := i; k < len(ts) && !ts[k].sep && ts[k].text != "و" && !ts[k].conj; k++ {
		if isNumber(ts[k].text) {
			return true
		}
	}
	return false
}

// nextPlaceJoined: ts[j] opens with و a wall, a place or a counted noun
// with its own figure after it ("وحيطة ١.٩٠", "والحيطة التانية ١.٩٠",
// "واوضة ٣"): after a figure it starts the next measure, never a noun the
// figure counts or describes.
func nextPlaceJoined(ts []token, j int) bool {
	t := ts[j]
	w, ok := strings.CutPrefix(t.surface, "و")
	w = wordKey(w)
	if !ok || t.lex || !(wallSaid(t) || countedNouns[w] || placeWords[w]) {
		return false
	}
	k := j + 1
	if k < len(ts) && !ts[k].sep && ordinalWords[ts[k].text] {
		k++
	}
	return k < len(ts) && !ts[k].sep && isNumber(ts[k].text)
}

// nameGoesOn: the colour word at i goes on the words of the line said
// right before it in one of some product's names ("فوم خشب" of a foam
// panel in wood look, where "خشب" is also a colour the catalog lists,
// "foam wood"): a word of that name, not the line's colour — which the
// customer may still say as one ("فوم خشب بني"). Only for a product
// made in several colours, whose colour a line must then say or be
// asked; where the name's colour word is the product's only colour
// ("مفصلات ستانلس" of hinges made in steel alone), saying the name
// says it.
func (sg *segmenter) nameGoesOn(i int) bool {
	c := sg.cur
	if c == nil || i == 0 || sg.ts[i].color == "" || sg.ts[i-1].sep || !sg.ts[i-1].lex || sg.ts[i-1].color != "" || isNumber(sg.ts[i-1].text) ||
		i-1 < c.start || len(c.words) == 0 || c.words[len(c.words)-1] != sg.ts[i-1].text {
		return false
	}
	prev, w := sg.ts[i-1].text, sg.ts[i].text
	for _, p := range sg.r.lx.postings[w] {
		if len(sg.r.lx.info[p].colors) < 2 {
			// "مفصلات ستانلس" of hinges made only in steel: the name's
			// word is its one colour too, said either way
			continue
		}
		phs := sg.r.lx.info[p].phrases
		goesOn := false
		for _, ph := range phs {
			for k := 0; k+1 < len(ph); k++ {
				if ph[k] == prev && ph[k+1] == w {
					goesOn = true
				}
			}
		}
		if goesOn && everyNameHolds(phs, w) {
			return true
		}
	}
	return false
}

// everyNameHolds: every name of a product holds the word u — what the
// product is ("بانل فوم شكل خشب", "فوم خشب": a wood-look panel), not
// one way of asking for one of its colours among names that each say
// another ("مرايا برونز", "مرايا فيميه" beside "مرايا ملونة"; "ملف
// شفاف" beside "ملف كبسونة"), where the word says the colour.
func everyNameHolds(phs [][]string, u string) bool {
	for _, ph := range phs {
		if !slices.Contains(ph, u) {
			return false
		}
	}
	return len(phs) > 0
}

// sizeUnits: the units of a size or a length, never a count nor a weight.
var sizeUnits = set("m", "cm", "mm", "sqm")

// weightBetween: a weight word ("كيلو", "kg") among ts[from:to].
func weightBetween(ts []token, from, to int) bool {
	for k := from; k < to && k < len(ts); k++ {
		if !ts[k].sep && (weightUnits[ts[k].text] || weightUnits[ts[k].lowSurface()]) {
			return true
		}
	}
	return false
}
