package understand

import (
	"maps"
	"math"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"fatoora/catalog"
	"fatoora/catalog/arabic"
)

// lexicon is what the rules know about one catalog, built once at load
// time: every word of every product name, synonym, English name, material
// and category, the shop vocabulary's multi-word terms and canonical forms,
// the colours, and indexes for typo-tolerant lookup.
type lexicon struct {
	axes     classAxes    // the catalog's class axes, read at the first line that asks (classword.go)
	subjects subjectNames // the words of the names, and those telling variants apart by what they are for (subjectsaid.go)
	products []catalog.Product
	info     []prodInfo
	bySKU    map[string]int
	anyRange bool // some products are variants named by a range (ranged.go)

	postings  map[string][]int32 // unit → products using it
	entire    map[string]bool    // the units of entireWords: a name's "كاملة", "full body" (unsaidWhole)
	sized     map[string][]int32 // a size in cm a name gives → products giving it (prodInfo.sizes)
	metred    map[string][]int32 // a figure a name gives in metres → products giving it (prodInfo.metres), ascending
	phrase    map[string]bool    // units of names, synonyms and materials (not only colours)
	distinct  map[string]bool    // name words only one product has: model names (ميلانو)
	kinds     map[string]bool    // the word after a shared head noun, said alone for the kind (شيفون of قماش شيفون)
	heads     map[string]bool    // units that begin a product name or synonym
	materials map[string]bool    // one-word materials of the catalog (جلد، رخام، leather)
	headSkel  map[string]string  // skeleton → the one head noun with it
	plurals   map[string]string  // a head noun's فواعل plural ("قواعد", "زوايا") → the noun
	// countedPlurals: a head noun's أفعّة plural ("أسرّة" of سرير),
	// written as a word of other meaning once its shadda is gone (اسره,
	// a family): the noun only after a figure ("عدد ٦ أسرّة")
	countedPlurals map[string]string
	byMetre        map[string]int      // category → its products sold by the metre
	byArea         map[string]int      // category → its products sold by the square metre
	verbal         map[string]bool     // units a تفعيل verbal noun is rewritten to ("tafseel" of تفصيل): services
	workUnits      map[string]bool     // units a vocabulary group with a verbal noun of a work stands for ("a2ba3" of "طباعة, …, a2ba3")
	workRoots      map[string]bool     // the three root letters of heads that name a work (تفعيل, فعالة: "طباعة" → طبع)
	workHeads      map[string]string   // those roots' heads ("قصر" → "تقصير"); "" when two heads share a root
	arSkel         map[string][]string // skeleton of an Arabic spelling → the Latin unit its group is rewritten to ("كر" → "okra")
	collecting     bool                // first pass: heads are being collected
	rewrite        map[string]string   // n-gram of word keys → unit (vocabulary, colours)
	maxGram        int
	reaches        []bodyReach     // the names' reaches on the body ("لحد الكتف", "below the shoulders": bodyreach.go)
	known          map[string]bool // single words that take part in some rewrite n-gram
	// synGram: a vocabulary phrase of several words keyed by each word's
	// own unit ("رمل قطط" as "رمل cat" when قطط and "otat" are one
	// group): the phrase said with a synonym of one of its words ("raml
	// otat"); "" when two phrases share that key
	synGram  map[string]string
	synFirst map[string]bool // the first words of synGram's keys
	// rewritten: the units rewrites lead to (a group's own word: "مراوح" of
	// "مراوح سقف")
	rewritten map[string]bool

	// groupPlural: a spelling the vocabulary groups with a singular it is
	// the broken plural of ("كرسي, كراسي", "مرتبة, مراتب"): rewritten to
	// one unit with it, still said of several
	groupPlural map[string]bool
	// sizeUnits: the units a size class is said by (sizeWords, and the
	// vocabulary's term for them: "kebira" of "كبير, كبيرة, …, kebira")
	sizeUnits map[string]bool

	// serviceHeads: the head nouns of the services (prodInfo.service):
	// "نفخ" of "نفخ بالونة هيليوم"
	serviceHeads map[string]bool
	// workImper: the imperative said to the shop of a work it sells,
	// without its endings → the work's head ("ركب" of تركيب, "اطبع" of
	// طباعة, "احفر" of a "حفر اسم" kept in no stock); "" when two heads
	// share it (workImperOf)
	workImper map[string]string
	// madeOf: a passive participle of a work kept in no stock, said as
	// the state of goods ("مشوي" of شوي, "متنضف" of تنضيف) → the work's
	// head; madeLatin: its consonants as Franco spells them (madeStates)
	madeOf    map[string]string
	madeLatin map[string]string
	madeMt    map[string]bool // madeLatin's keys of the مت participle ("metnadaf")
	// madeWithout: the works a product's name says it comes without
	// ("(من غير طباعة)") → product index → units
	madeWithout map[int]map[string]bool
	// vocabVerbs: a verb of a work the shop sells that the vocabulary
	// groups with the work's noun ("غسيل, غسل, اغسل, تغسلوا"), its stem
	// with ا or ت → the work's unit; "" when two units share it
	// (writtenWorks)
	vocabVerbs map[string]string

	// shortFor: the first word of a product's several-word unit the
	// product does not use alone ("طقم" of "تركيب طقم حمام", the
	// vocabulary's "طقم حمام") → those products: the term said short
	shortFor map[string][]int32

	colors    map[string]string   // colour unit → canonical colour as written in the catalog
	colorSkel map[string][]string // skeleton of a one-word colour → colour units

	words []string            // every single-word unit (for typo lookup)
	skel  map[string][]string // skeleton → single-word units
	dels  map[string][]string // unit with one rune deleted → units
	latin map[string]string   // consonant skeleton of a Latin spelling → Arabic word
	// sameSkel: the catalog's Arabic words a Latin skeleton spells when it
	// spells more than one (ساده and اسود are both "sd"), for the vowels
	// written to choose between (francoVowels)
	sameSkel map[string][]string
	// materialWords: the words of the catalog's material column (زان،
	// موسكي): a material is itself, never a broken plural of a head noun
	// its consonants share (موسكي is no plural of مسكة)
	materialWords map[string]bool
	// namedPacks: pack words (and the vocabulary's word for them) a
	// product's name says outside brackets ("زيت باكين جالون"), see pack
	namedPacks map[string]bool
	numbered   map[string]bool // "رقم" of names that say no figure after it: the figure a piece shows (numbered.go)

	// modelFigs: a word of a name and the figures of two or more digits
	// the names give right after it that are no size, measure or count of
	// a part — model numbers ("ايفون" → 15 of "آيفون 15", "نوت" → 13)
	modelFigs map[string]map[string]bool

	// capacity: a noun the names use only after a figure, as what the
	// product holds ("فرخة" of "… 96 فرخة"), see capacity.go
	capacity map[string]bool
	// capacityMeasures: a measure the names give after a figure ("لتر" of
	// "خزان 500 لتر", "أفراد"): set aside only where told (capacity.go)
	capacityMeasures map[string]bool

	// ids numbers every unit of a product's phrases, so that scoring a
	// draft against hundreds of products compares small integers instead
	// of hashing strings (built once per catalog).
	ids map[string]int32
	// inner: a unit the vocabulary folds several words into ("bared bas"
	// of "بارد بس", "بارد فقط") → the ids of its own words that some name
	// uses alone ("بارد" of a synonym "تكييف 1.5 حصان بارد")
	inner map[string][]int32
	// named: product → what its names say that the rules ask of many
	// products on every line, read at the product's first use (lexicon.facts)
	named []atomic.Pointer[nameFacts]
	// arKeys: product → keysOf its Arabic name, read with the catalog
	// (newLexicon) and never written after: the rules that read a name's
	// words on every line read them here (nameKeys)
	arKeys [][]string
	// colourKeys: wordsKey of each colour the catalog's products are made
	// in, read with the catalog (colourKey)
	colourKeys map[string]string
}

// nameFacts is what a product's names say, read once per catalog.
type nameFacts struct {
	rest, packs []string // packlessKeys of the Arabic name (unsaidPack)
	period      string   // periodPer: the period it is priced per, "" when none
	// piece: what one piece holds or weighs as the names say (pieceFacts),
	// read at the first line that asks (lexicon.pieceOf)
	piece atomic.Pointer[pieceFacts]
	// set: 1 + setSize of the product, read at the first line that asks
	// (lexicon.setSizeOf); 0 until then
	set atomic.Int32
	// weight: 1 + weightNamed of the product (0 or 1), read at the first
	// line that asks (lexicon.weightNamedOf); 0 until then
	weight atomic.Int32
}

// stopUnits are function words never indexed as a product's words (Franco
// "el", the article, even where an English name writes it: "Rosa El Nasr";
// "إلى" of "توصيل إلى الإسكندرية", whose letters Franco's "el" spells).
var stopUnits = set("of", "per", "for", "the", "a", "an", "and", "with", "in", "on", "to", "by", "or", "at", "from", "el",
	"في", "فى", "من", "علي", "عن", "مع", "او", "و", "ال", "لل", "ب", "ل", "بتاع", "اللي", "الي", "الى")

type prodInfo struct {
	phrases   [][]string      // name, synonyms, English name: units
	phraseIDs [][]int32       // phrases as lexicon ids
	enPhrase  int             // 1 + the index in phrases of the English name, 0 if none
	all       map[string]bool // every unit that explains this product
	head      string          // first unit of the Arabic name
	packedEn  string          // the goods' word before a pack that ends the English name's head ("cement" of "Cement bag 50 kg")
	packed    string          // the goods' word after a pack that opens the Arabic name ("اسمنت" of "شيكارة اسمنت"), see packedHead
	headEn    string          // last word of the English name (English puts its head noun last)
	sizes     map[string]bool // numbers the names give in cm ("180 سم")
	twoSided  bool            // the Arabic name gives a width by a height ("60×60")
	measures  map[string]bool // numbers the names give as a thickness, a weight or a volume ("8 مم", "15 كجم")
	metres    map[string]bool // numbers the names give in metres ("شمسية ٢.٥ متر")
	// nominal: a bare figure of 30 or more ending the Arabic name of a
	// product sold by the piece, no unit after it ("باب مصفح تركي ٩٠", "كابينة ربع دائرة ٩٠"): the nominal
	// size in cm the shop names its variants by
	nominal map[string]bool
	// oneSize: the nominal figure of a product no other product shares a
	// name with but for that figure ("سجادة دائرية ٢٠٠" alone): made in
	// one size, the size that choosing it chose; 0 otherwise
	oneSize int
	perPack float64 // what one pack holds, as a name gives it ("(الكرتونة ١.٤٤ م²)")
	// pack: how many goods one piece of a product sold by the pack holds,
	// as its name states ("(علبة 1000 كارت)"), and packUnit the word the
	// name counts them in ("كارت"; "" for "(per 1000)"): see packOf
	pack     int
	packUnit string
	// parts: figures the names give only as a count of a part ("طقم
	// سفرة + ٤ كراسي", "٦ قطع", "4 pcs"), never as a size, a model number
	// or a name's last word ("Nova 2")
	parts map[string]bool
	// measured: figures the names give only as a weight or a volume ("٢ كجم")
	measured map[string]bool
	colors   map[string]string
	service  bool   // work done to goods (تركيب، تفصيل), sold by their measure
	per      string // a piece priced per a measure (PricedPer), the measure's unit: "kilo" of "… لكل كيلو وات"
	dozen    bool   // a piece that is a dozen, as its name says ("دستة زجاجات …", "… bottles dozen"): see byTheDozen
	// pieces: how many pieces its name says the goods are made of ("إسدال
	// قطعتين", "طقم ٣ قطع"), and pieceUnits the name's words saying it
	pieces     int
	pieceUnits []string
	minimum    float64    // the least quantity its name says it is sold in ("حد أدنى 20 قطعة"): nameMinimum
	rng        *nameRange // the range its name gives, of a family of such (ranged.go)
}

// vocabEntry is one rewrite of the shop vocabulary.
type vocabEntry struct {
	from []string // words as written
	to   string   // canonical as written
}

func vocabEntries(v *catalog.Vocabulary) []vocabEntry {
	var out []vocabEntry
	if v == nil {
		return nil
	}
	for _, g := range v.Groups() {
		if len(g) < 2 {
			continue
		}
		// The group's representative: its shortest single-word member, so
		// the choice does not depend on the order the shop wrote them in.
		rep := g[0]
		for _, w := range g {
			if len(arabic.Tokens(arabic.Normalize(w))) < len(arabic.Tokens(arabic.Normalize(rep))) ||
				len(arabic.Tokens(arabic.Normalize(w))) == len(arabic.Tokens(arabic.Normalize(rep))) && arabic.Normalize(w) < arabic.Normalize(rep) {
				rep = w
			}
		}
		// a group of the size joiner ("في, ×, x, f, fe") keeps the joiner
		// the rules read between two sides, never a Franco letter that
		// sorts first ("f"): "١٨٠ في ٩٠" stays two sides of one size
		for _, w := range g {
			if n := arabic.Normalize(w); n == "x" || n == "×" || n == "في" {
				rep = "x"
				break
			}
		}
		// a group of a garment size ("ميديم, وسط, medium, m") keeps the
		// size's Egyptian word (sizeNames), never its letter, which the
		// rules read as the metre (m) or the litre (l): "هودي M" is the
		// medium hoodie, not a bare "هودي" that every hoodie has
		for _, w := range g {
			if r := arabic.Normalize(rep); len(r) == 1 && sizeNames[r] != "" {
				if n := arabic.Normalize(w); len([]rune(n)) > 2 && sizeNames[n] == sizeNames[r] {
					rep = sizeNames[n]
					break
				}
			}
		}
		out = append(out, vocabEntry{from: g, to: rep})
	}
	for _, r := range v.Rules() {
		out = append(out, vocabEntry{from: append(append([]string(nil), r.Variants...), r.Canonical), to: r.Canonical})
	}
	return out
}

// namesMark: the bits mark gives the words (keys) of p's Arabic and English
// names, or-ed together; 0 for no product. The readers of whom, which sex or
// which days a product's names state share it (ageNamed, sexNamed,
// namedDaysOf).
func namesMark(p *catalog.Product, mark func(w string) int) int {
	if p == nil {
		return 0
	}
	s := 0
	for _, name := range []string{p.NameAr, lower(p.NameEn)} {
		for _, w := range keysOf(name) {
			s |= mark(w)
		}
	}
	return s
}

// keysOf normalises a phrase into word keys.
func keysOf(s string) []string {
	var out []string
	for _, k := range memoKeys(s) {
		if k != "x" {
			out = append(out, k)
		}
	}
	return out
}

// keysWithX is keysOf keeping the "x" of a size written 160×200. The keys
// of a string are read once and remembered (keyMemo): the rules read the
// same product names again on every message. Each caller gets its own
// copy.
func keysWithX(s string) []string {
	return slices.Clone(memoKeys(s))
}

// memoKeys: the keys of s, remembered; the slice is shared, never to be
// changed.
func memoKeys(s string) []string {
	if len(s) > keyMemoLen {
		return readKeys(s)
	}
	keyMemo.RLock()
	ks, ok := keyMemo.m[s]
	keyMemo.RUnlock()
	if !ok {
		ks = readKeys(s)
		keyMemo.Lock()
		if len(keyMemo.m) >= keyMemoMax {
			keyMemo.m = nil // forget all rather than grow: a new catalog's names are read again
		}
		if keyMemo.m == nil {
			keyMemo.m = map[string][]string{}
		}
		keyMemo.m[s] = ks
		keyMemo.Unlock()
	}
	return ks
}

// keyMemo: the keys of strings read (keysWithX), at most keyMemoMax of them,
// each at most keyMemoLen bytes long.
var keyMemo struct {
	sync.RWMutex
	m map[string][]string
}

const (
	keyMemoMax = 1 << 16
	keyMemoLen = 256
)

// readKeys: keysWithX's reading of s.
func readKeys(s string) []string {
	toks := sizeNamed(arabic.Tokens(mixedNumbers(gradeCodes(slashSpecs(arabic.Normalize(capitalSizes(s))))))) // "3/4 بوصة" is the 0.75 a message reads; "20-20-20" a grade, one word
	out := make([]string, 0, len(toks))
	for _, t := range toks {
		if t == "ال" {
			continue // the article written apart: "الـ MDF"
		}
		if g := gradeWord(t); g != t {
			out = append(out, g)
			continue
		}
		for _, g := range splitGlued(t) {
			out = append(out, wordKey(g.text))
		}
	}
	return out
}

func newLexicon(products []catalog.Product, vocab *catalog.Vocabulary) *lexicon {
	lx := &lexicon{
		products:       products,
		info:           make([]prodInfo, len(products)),
		named:          make([]atomic.Pointer[nameFacts], len(products)),
		arKeys:         make([][]string, len(products)),
		colourKeys:     map[string]string{},
		bySKU:          make(map[string]int, len(products)),
		postings:       map[string][]int32{},
		sized:          map[string][]int32{},
		shortFor:       map[string][]int32{},
		phrase:         map[string]bool{},
		heads:          map[string]bool{},
		materials:      map[string]bool{},
		headSkel:       map[string]string{},
		plurals:        map[string]string{},
		countedPlurals: map[string]string{},
		verbal:         map[string]bool{},
		workUnits:      map[string]bool{},
		workRoots:      map[string]bool{},
		workHeads:      map[string]string{},
		byMetre:        map[string]int{},
		byArea:         map[string]int{},
		arSkel:         map[string][]string{},
		rewrite:        map[string]string{},
		known:          map[string]bool{},
		colors:         map[string]string{},
		colorSkel:      map[string][]string{},
		skel:           map[string][]string{},
		dels:           map[string][]string{},
		latin:          map[string]string{},
		materialWords:  map[string]bool{},
		namedPacks:     map[string]bool{},
		modelFigs:      map[string]map[string]bool{},
		sameSkel:       map[string][]string{},
		groupPlural:    map[string]bool{},
	}
	addRewrite := func(from []string, to string) {
		if len(from) == 0 || to == "" {
			return
		}
		k := strings.Join(from, " ")
		if _, dup := lx.rewrite[k]; dup {
			return
		}
		lx.rewrite[k] = to
		lx.maxGram = max(lx.maxGram, len(from))
		for _, w := range from {
			lx.known[w] = true
		}
		// a phrase joined by "and" inside it ("wesh w dahr", "black and
		// white", "وش وضهر"): the message reads that "and" as و, glued or
		// apart ("وش و ضهر"), so the phrase is keyed as it will be read
		if ak := andKeyed(from); len(ak) > 0 {
			if k := strings.Join(ak, " "); lx.rewrite[k] == "" {
				lx.rewrite[k] = to
				lx.maxGram = max(lx.maxGram, len(ak))
			}
		}
	}
	// Colours first: a catalog colour is one unit however many words.
	for i := range products {
		for _, c := range products[i].Colors {
			ks := keysOf(c)
			if len(ks) == 0 {
				continue
			}
			u := strings.Join(ks, " ")
			if _, ok := lx.colors[u]; !ok {
				lx.colors[u] = c
			}
			if len(ks) > 1 {
				addRewrite(ks, u)
			}
		}
	}
	entries := vocabEntries(vocab)
	pluralTo := pluralGroups(entries)
	for ei, e := range entries {
		to := strings.Join(keysOf(e.to), " ")
		if sg, ok := pluralTo[ei]; ok {
			// a group of a noun's broken plural apart from its singular's
			// ("كرسي, korsy" and "كراسي, karasy"): read as one group with
			// it, the plural still said of several
			to = sg
			for _, f := range e.from {
				if ks := keysOf(f); len(ks) == 1 && isArabicWord(ks[0]) {
					lx.groupPlural[ks[0]] = true
				}
			}
		}
		for _, f := range e.from {
			ks := keysOf(f)
			for _, g := range e.from {
				if gs := keysOf(g); len(ks) == 1 && len(gs) == 1 && brokenPlural(ks[0], gs[0]) {
					lx.groupPlural[ks[0]] = true
				}
			}
			if len(ks) == 1 && isArabicWord(ks[0]) && !isArabicWord(to) && !strings.Contains(to, " ") {
				if sk := skeleton(ks[0]); len([]rune(sk)) >= 2 && !slices.Contains(lx.arSkel[sk], to) {
					lx.arSkel[sk] = append(lx.arSkel[sk], to)
				}
			}
			if len(ks) == 1 && verbalNoun(ks[0]) {
				// the group's unit may be another spelling ("tafseel"):
				// it still names the service
				lx.verbal[to] = true
			}
			if len(ks) == 1 && (verbalNoun(ks[0]) || workRoot(ks[0]) != "") {
				lx.workUnits[to] = true
			}
			if len(ks) == 1 && ks[0] == to {
				continue
			}
			addRewrite(ks, to)
		}
	}
	lx.tradeWords(products, addRewrite)
	lx.sizeUnits = map[string]bool{}
	for w := range sizeWords {
		lx.sizeUnits[w] = true
	}
	for k, to := range lx.rewrite {
		if sizeWords[k] {
			lx.sizeUnits[to] = true
		}
	}
	lx.synGram, lx.synFirst, lx.rewritten = map[string]string{}, map[string]bool{}, map[string]bool{}
	for k, to := range lx.rewrite {
		lx.rewritten[to] = true
		ks := strings.Split(k, " ")
		if len(ks) < 2 {
			continue
		}
		own := false
		for j, w := range ks {
			if u := lx.rewrite[w]; u != "" && !strings.Contains(u, " ") {
				ks[j] = u
			}
			own = own || ks[j] == to
		}
		if own {
			continue // "فراير بطاطس" of قلاية: the unit and a describing word, no phrase of its own
		}
		sk := strings.Join(ks, " ")
		if _, ok := lx.rewrite[sk]; ok || sk == k {
			continue
		}
		if o, ok := lx.synGram[sk]; ok && o != to {
			to = ""
		}
		lx.synGram[sk] = to
		lx.synFirst[ks[0]] = true
	}
	for u := range lx.colors {
		if !strings.Contains(u, " ") {
			if s := skeleton(u); len([]rune(s)) >= 2 {
				lx.colorSkel[s] = append(lx.colorSkel[s], u)
			}
		}
	}
	for i := range products {
		for _, k := range keysOf(products[i].Material) {
			lx.materialWords[k] = true
		}
	}
	// Head nouns first, so that their broken plurals elsewhere in names
	// and in messages read as the noun itself.
	skelCount := map[string]int{}
	lx.collecting = true
	for i := range products {
		p := &products[i]
		for _, ph := range append([]string{p.NameAr}, p.Synonyms...) {
			us, _ := lx.units(ph)
			if len(us) > 0 && isArabicWord(us[0]) && !lx.heads[us[0]] {
				lx.heads[us[0]] = true
				if s := skeleton(us[0]); len([]rune(s)) >= 2 {
					skelCount[s]++
					lx.headSkel[s] = us[0]
				}
			} else if w := writtenHead(ph); len(us) > 0 && !isArabicWord(us[0]) && w != "" && lx.rewrite[w] == us[0] {
				// a head the vocabulary names in Latin ("فنجان, cup": the
				// unit is "cup") keeps its Arabic spelling's consonants, so
				// that its broken plural ("فناجين", in a category, a
				// synonym or a message) reads as the noun, as it does where
				// the unit is the Arabic spelling
				if s := skeleton(w); len([]rune(s)) >= 3 && lx.headSkel[s] != us[0] {
					skelCount[s]++
					lx.headSkel[s] = us[0]
				}
			}
			if h := packedHead(us); h != "" {
				lx.heads[h] = true
			}
		}
	}
	lx.collecting = false
	for h := range lx.heads {
		for _, pl := range fawaail(h) {
			lx.plurals[pl] = h
		}
		if pl, ok := soundFeminine(h); ok && !lx.heads[pl] && lx.rewrite[pl] == "" && lx.plurals[pl] == "" {
			lx.plurals[pl] = h // ترابيزة → ترابيزات
		}
		for k, pl := range afilla(h) {
			if !lx.heads[pl] && lx.rewrite[pl] == "" {
				lx.pluralOf(k)[pl] = h
			}
		}
	}
	// the first word of a name as written, before the vocabulary rewrites
	// it ("سرير" of "سرير, سراير, bed")
	written := map[string]bool{}
	for i := range products {
		ks := keysOf(products[i].NameAr)
		lx.arKeys[i] = slices.Clip(ks)
		if len(ks) > 0 {
			written[ks[0]] = true
		}
		for _, c := range products[i].Colors {
			if _, ok := lx.colourKeys[c]; !ok {
				lx.colourKeys[c] = wordsKey(c)
			}
		}
	}
	for _, w := range slices.Sorted(maps.Keys(lx.rewrite)) {
		h := lx.rewrite[w]
		// a spelling the vocabulary groups with a head noun ("كالون"
		// of "قفل، كالون"): its plural is the head's too
		for _, pl := range fawaail(w) {
			if lx.heads[h] && lx.plurals[pl] == "" && !lx.heads[pl] {
				lx.plurals[pl] = h
			}
		}
		if pl, ok := soundFeminine(w); ok && (lx.heads[h] || written[w]) && lx.plurals[pl] == "" && !lx.heads[pl] && lx.rewrite[pl] == "" {
			lx.plurals[pl] = h // "ترابيزة, table": ترابيزات
		}
		for k, pl := range afilla(w) {
			if (lx.heads[h] || written[w]) && lx.pluralOf(k)[pl] == "" && !lx.heads[pl] && lx.rewrite[pl] == "" {
				lx.pluralOf(k)[pl] = h
			}
		}
	}
	for h := range lx.heads {
		if root := workRoot(h); root != "" {
			lx.workRoots[root] = true
			if prev, dup := lx.workHeads[root]; dup && prev != h {
				lx.workHeads[root] = ""
			} else {
				lx.workHeads[root] = h
			}
		}
	}
	// then the masculine nouns' ات, where no feminine's plural is that word
	for _, w := range slices.Sorted(maps.Keys(lx.heads)) {
		if pl, ok := soundMasculine(w); ok && lx.plurals[pl] == "" && !lx.heads[pl] && lx.rewrite[pl] == "" {
			lx.plurals[pl] = w // نبات → نباتات
		}
	}
	for _, w := range slices.Sorted(maps.Keys(lx.rewrite)) {
		h := lx.rewrite[w]
		if pl, ok := soundMasculine(w); ok && (lx.heads[h] || written[w]) && lx.plurals[pl] == "" && !lx.heads[pl] && lx.rewrite[pl] == "" {
			lx.plurals[pl] = h // "زرعة, نبات": نباتات
		}
	}
	for s, n := range skelCount {
		if n > 1 {
			delete(lx.headSkel, s) // two heads share consonants: no guessing
		}
	}
	// termFirst: a unit the vocabulary folds several words into → the first
	// words of those spellings ("سرير" of "سرير طبي, hospital bed"), each
	// as a unit: the term said short, as the unit's own first word is
	termFirst := map[string][]string{}
	for _, k := range slices.Sorted(maps.Keys(lx.rewrite)) {
		u := lx.rewrite[k]
		f, _, several := strings.Cut(k, " ")
		if !several || lx.colors[u] != "" {
			continue
		}
		if v, ok := lx.rewrite[f]; ok {
			f = v
		}
		if f != u && !slices.Contains(termFirst[u], f) {
			termFirst[u] = append(termFirst[u], f)
		}
	}
	wordSet := map[string]bool{}
	for i := range products {
		p := &products[i]
		lx.bySKU[p.SKU] = i
		switch p.Unit {
		case catalog.Meter:
			lx.byMetre[p.Category]++
		case catalog.SquareMeter:
			lx.byArea[p.Category]++
		}
		info := &lx.info[i]
		info.all = map[string]bool{}
		info.sizes = map[string]bool{}
		info.metres = map[string]bool{}
		info.measures = map[string]bool{}
		info.twoSided = twoSided(keysWithX(p.NameAr))
		if last, _ := utf8.DecodeLastRuneInString(strings.TrimSpace(p.NameAr)); unicode.IsDigit(last) && p.Unit == catalog.Piece {
			info.nominal = nominalFigure(keysWithX(p.NameAr)) // "… ٩٠", not "… ٨٠٪"
		}
		info.colors = map[string]string{}
		info.minimum = nameMinimum(p)
		add := func(phrase string, isPhrase bool) []string {
			us, sizes := lx.units(phrase)
			for _, s := range sizes {
				if !info.sizes[s] {
					lx.sized[s] = append(lx.sized[s], int32(i))
				}
				info.sizes[s] = true
			}
			ks := lx.applyRewrite(keysWithX(phrase))
			for k := 0; k+1 < len(ks); k++ {
				if u, ok := unitWords[ks[k+1]]; ok && u == "m" && isNumber(ks[k]) {
					info.metres[ks[k]] = true
				}
				if u := unitWords[ks[k+1]]; isNumber(ks[k]) && (u == "mm" || u == "" && measureWords[ks[k+1]]) {
					info.measures[ks[k]] = true
				}
			}
			// function words of a name ("per metre of fabric", "كرسي
			// من الزان") name nothing: a customer's "of" or "من" is no product
			us = slices.DeleteFunc(us, func(u string) bool { return stopUnits[u] })
			for _, u := range us {
				info.all[u] = true
				if isPhrase || phrase == p.Material {
					lx.phrase[u] = true
				}
			}
			if isPhrase && len(us) > 0 {
				info.phrases = append(info.phrases, us)
				lx.heads[us[0]] = true
				if len(us) > 1 && labourWords[us[0]] && verbalNoun(us[1]) {
					lx.heads[us[1]] = true // "مصنعية تركيب …" is said "التركيب"
				}
				if h := packedHead(us); h != "" {
					lx.heads[h] = true
				}
			}
			return us
		}
		if us := add(p.NameAr, true); len(us) > 0 {
			info.head = us[0]
			info.packed = packedHead(us)
		}
		for _, s := range p.Synonyms {
			add(s, true)
		}
		if p.NameEn != "" {
			// English puts the head noun last; its words explain a product
			// but do not start an item.
			us := add(p.NameEn, false)
			if joined := letterHyphen.ReplaceAllString(p.NameEn, "$1$2"); joined != p.NameEn {
				add(joined, false) // "Wi-Fi hub" is said "wifi hub" too
			}
			// "Titan security door" where the vocabulary reads "security
			// door" as one term: "the Titan door" still says its words
			// (a number word is the name's figure, indexed as its digits
			// above: "two nightstands" counts the "with two drawers" one)
			for _, k := range keysWithX(p.NameEn) {
				if _, isNum := numberWord(k); isLatinWord(k) && !isNumber(k) && !isNum && k != "x" && !stopUnits[k] && !info.all[k] && !slices.Contains(us, k) && len(k) >= 3 {
					info.all[k] = true
				}
			}
			if len(us) > 0 {
				info.phrases = append(info.phrases, us)
				info.enPhrase = len(info.phrases)
				hs := us
				if i := headEnd(p.NameEn); i > 0 {
					// "Rattan garden set, table + 4 chairs", "Heavy plastic
					// chair, armless": the head ends the name's first part;
					// what follows the comma describes it, and so does
					// "per …" or "for …" ("Installation per window": the
					// window is what it is counted by, no head noun)
					if first, _ := lx.units(p.NameEn[:i]); len(first) > 0 {
						hs = first
					}
				}
				for k := len(hs) - 1; k >= 0; k-- {
					us := hs
					// "Tile adhesive 25kg": adhesive; "Outdoor camera 2 MP", "Hard
					// disk 1 TB": the word after a figure is its unit, no head (a
					// pack is: "Sipes plastic 7 gallon")
					if u := us[k]; !isNumber(u) && !measureWords[u] && (u[0] < '0' || u[0] > '9') && !(k > 0 && isNumber(us[k-1]) && k == len(hs)-1 && !pieceWords[u] && !packWord(u)) {
						info.headEn = us[k]
						lx.heads[us[k]] = true // English: "Gaming chair"
						if genericTails[u] && k > 0 && !isNumber(us[k-1]) && !measureWords[us[k-1]] {
							// "Roma vanity unit 80 cm": "the Roma vanity" is said
							// without the generic word that ends the name
							lx.heads[us[k-1]] = true
						}
						if packWord(u) {
							// "Cement bag 50 kg", "Plastic paint 20 L can": the
							// goods come before the pack, and are said alone
							for j := k - 1; j >= 0; j-- {
								if w := us[j]; !isNumber(w) && !measureWords[w] && unitWords[w] == "" && (w[0] < '0' || w[0] > '9') {
									lx.heads[w], info.packedEn = true, w
									break
								}
							}
						}
						break
					}
				}
			}
		}
		if p.Unit != catalog.Piece {
			info.perPack = max(packContent(tokenize(p.NameAr)), packContent(tokenize(p.NameEn)))
		}
		if p.Unit == catalog.Piece {
			info.pack, info.packUnit = packOf(p)
			info.dozen = soldByDozen(p)
		}
		named := map[int]bool{}
		for _, k := range keysOf(bracketed.ReplaceAllString(p.NameAr, " ")) {
			if packWord(k) {
				lx.namedPacks[k], lx.namedPacks[lx.rewrite[k]] = true, true
				named[packGroups[k]] = true
			}
		}
		for _, k := range keysOf(bracketed.ReplaceAllString(p.NameEn, " ")) {
			if g, ok := packGroups[k]; ok && named[g] {
				lx.namedPacks[k] = true // "رول" of "دستة زجاجات رول" is "Roll-on bottles": a name's word too
			}
		}
		if m := PricedPer(*p); m != "" && p.Unit == catalog.Piece {
			if us, _ := lx.units(m); len(us) > 0 {
				info.per = us[0]
			}
		}
		if info.per == "" {
			info.per = personPricedName(p) // "(للفرد)", "(للطفل)" (perpersondual.go)
		}
		info.parts, info.measured = partFigures(lx, append([]string{p.NameAr, p.NameEn}, p.Synonyms...))
		for _, ph := range info.phrases {
			for k := 0; k+1 < len(ph); k++ {
				if f := ph[k+1]; isNumber(f) && len(f) >= 2 && !isNumber(ph[k]) && !info.sizes[f] && !info.measures[f] && !info.metres[f] && !info.parts[f] &&
					(k+2 == len(ph) || !measureWords[ph[k+2]] && !measureUnits[ph[k+2]]) {
					if lx.modelFigs[ph[k]] == nil {
						lx.modelFigs[ph[k]] = map[string]bool{}
					}
					lx.modelFigs[ph[k]][f] = true
				}
			}
		}
		if us := add(p.Material, false); len(us) == 1 && !isNumber(us[0]) {
			lx.materials[us[0]] = true
		}
		add(p.Category, false)
		for _, c := range p.Colors {
			u := strings.Join(keysOf(c), " ")
			info.colors[u] = c
			info.all[u] = true
		}
		// "a folding camping table" of "ترابيزة رحلات مطبقة", "water
		// heaters" of "سخان كهرباء": the trades' English words for what
		// its Arabic name says explain it too
		for en, ars := range tradeWords {
			for _, ar := range ars {
				if k := strings.Join(lx.applyRewrite(keysOf(ar)), " "); info.all[k] {
					for _, u := range lx.applyRewrite(keysOf(en)) {
						if !stopUnits[u] {
							info.all[u] = true
						}
					}
					break
				}
			}
		}
		short := map[string]bool{}
		for u := range info.all {
			lx.postings[u] = append(lx.postings[u], int32(i))
			if !strings.Contains(u, " ") {
				wordSet[u] = true
			} else if f := strings.Fields(u)[0]; !info.all[f] && !short[f] {
				short[f] = true
				lx.shortFor[f] = append(lx.shortFor[f], int32(i))
			}
			for _, f := range termFirst[u] {
				if !info.all[f] && !short[f] {
					short[f] = true
					lx.shortFor[f] = append(lx.shortFor[f], int32(i))
				}
			}
		}
	}
	lx.metred = map[string][]int32{}
	for i := range lx.info {
		for n := range lx.info[i].metres {
			lx.metred[n] = append(lx.metred[n], int32(i))
		}
	}
	lx.distinct = map[string]bool{}
	for u, ps := range lx.postings {
		if len(ps) == 1 && lx.phrase[u] && !isNumber(u) && len([]rune(u)) >= 3 && lx.colors[u] == "" && !lx.heads[u] &&
			slices.Contains(lx.info[ps[0]].phrases[0], u) {
			lx.distinct[u] = true // in the product's own name, not only a synonym
		}
	}
	// a kind word: the word after a head noun several products share
	// ("شيفون" of "قماش شيفون" when the shop also sells "قماش بلاك أوت"),
	// which customers say without the head ("٨ متر شيفون")
	headUse := map[string]int{}
	for i := range lx.info {
		if ph := lx.info[i].phrases; len(ph) > 0 && len(ph[0]) > 0 {
			headUse[ph[0][0]]++
		}
	}
	lx.kinds = map[string]bool{}
	for i := range lx.info {
		ph := lx.info[i].phrases
		if len(ph) == 0 || len(ph[0]) < 2 || headUse[ph[0][0]] < 2 {
			continue
		}
		u := ph[0][1]
		if !isNumber(u) && len([]rune(u)) >= 3 && lx.colors[u] == "" && !lx.heads[u] && !lx.materials[u] && len(lx.postings[u]) <= 3 {
			lx.kinds[u] = true
		}
	}
	// an English name's modifier only one product has ("velvet" of "Velvet
	// fabric") names it as well: customers say the material alone
	for i := range lx.products {
		if lx.products[i].NameEn == "" {
			continue
		}
		us, _ := lx.units(lx.products[i].NameEn)
		for _, u := range us {
			if ps := lx.postings[u]; len(ps) == 1 && isLatinWord(u) && !isNumber(u) && len(u) >= 4 && lx.colors[u] == "" && !lx.heads[u] {
				lx.distinct[u] = true
			}
		}
	}
	lx.ids = map[string]int32{}
	for i := range lx.info {
		info := &lx.info[i]
		info.phraseIDs = make([][]int32, len(info.phrases))
		for k, ph := range info.phrases {
			ids := make([]int32, len(ph))
			for j, u := range ph {
				id, ok := lx.ids[u]
				if !ok {
					id = int32(len(lx.ids))
					lx.ids[u] = id
				}
				ids[j] = id
			}
			info.phraseIDs[k] = ids
		}
	}
	lx.inner = map[string][]int32{}
	for k, u := range lx.rewrite {
		if !strings.Contains(k, " ") {
			continue
		}
		ws := strings.Fields(k)
		for _, w := range ws {
			if v, ok := lx.rewrite[w]; ok {
				w = v
			}
			if id, ok := lx.ids[w]; ok && w != u && !slices.Contains(lx.inner[u], id) {
				lx.inner[u] = append(lx.inner[u], id)
			}
		}
	}
	for u := range lx.colors {
		if !strings.Contains(u, " ") {
			wordSet[u] = true
		}
	}
	// a thing said in Egyptian and written in the catalog in the standard
	// language, or the other way round: either spelling is the catalog's
	for _, pair := range spokenForms {
		for _, ab := range [][2]string{{pair[0], pair[1]}, {pair[1], pair[0]}} {
			said, written := wordKey(ab[0]), wordKey(ab[1])
			if lx.isWord(written) && !lx.isWord(said) && lx.plurals[said] == "" { // a head noun's own plural reads as the noun
				if _, dup := lx.rewrite[said]; !dup {
					lx.rewrite[said] = written
					lx.known[said] = true
					lx.maxGram = max(lx.maxGram, 1)
				}
			}
		}
	}
	for w := range lx.known {
		wordSet[w] = true
	}
	for w := range wordSet {
		lx.words = append(lx.words, w)
	}
	sort.Strings(lx.words)
	for _, w := range lx.words {
		if isNumber(w) {
			continue
		}
		if s := skeleton(w); len([]rune(s)) >= 2 && isArabicWord(w) {
			lx.skel[s] = append(lx.skel[s], w)
		}
		if fuzziness(w) > 0 {
			for _, d := range deletes(w) {
				lx.dels[d] = append(lx.dels[d], w)
			}
		}
		if isArabicWord(w) {
			if ls := latinSkeleton(w); ls != "" {
				if _, dup := lx.latin[ls]; !dup {
					lx.latin[ls] = w
				} else {
					if len(lx.sameSkel[ls]) == 0 {
						lx.sameSkel[ls] = append(lx.sameSkel[ls], lx.latin[ls])
					}
					lx.sameSkel[ls] = append(lx.sameSkel[ls], w)
				}
			}
		}
	}
	// a name's ث, which the fold reads as ت, is said س in Egyptian
	// ("ثابت" sabet, "مثلث" mosalas): Franco spells the word with an s too
	for _, p := range products {
		for _, ph := range append([]string{p.NameAr}, p.Synonyms...) {
			if !strings.ContainsRune(ph, 'ث') {
				continue
			}
			for _, t := range arabic.Tokens(arabic.Normalize(ph)) {
				if k := wordKey(t); strings.ContainsRune(t, 'ث') && lx.isWord(k) {
					if ls := latinSkeleton(t); ls != "" {
						if _, dup := lx.latin[ls]; !dup {
							lx.latin[ls] = k
						}
					}
				}
			}
		}
	}
	// a name's word with its preposition written on it ("مقاوم للرطوبة"):
	// Franco writes the preposition apart ("moqawem lel ro6oba") or not
	// at all, so the rest's consonants spell the word too, where no word
	// spells them already; a place ("(للشباك)") is where the goods go,
	// never spelt so
	for _, w := range lx.words {
		for _, p := range []string{"لل", "بال"} {
			if rest, ok := strings.CutPrefix(w, p); ok && utf8.RuneCountInString(rest) >= 3 && isArabicWord(w) && !placeWords[rest] && !roomWords[rest] {
				if ls := latinSkeleton(rest); len(ls) >= 3 {
					if _, dup := lx.latin[ls]; !dup {
						lx.latin[ls] = w
					}
				}
				break
			}
		}
	}
	// a nominal size no variant shares: the product's one size
	stems := map[string]int{}
	stemOf := func(p *catalog.Product) string {
		ks := keysWithX(p.NameAr)
		return strings.Join(ks[:len(ks)-1], " ")
	}
	for i := range lx.products {
		if len(lx.info[i].nominal) > 0 {
			stems[stemOf(&lx.products[i])]++
		}
	}
	for i := range lx.products {
		for f := range lx.info[i].nominal {
			if v, ok := parseDigits(f); ok && stems[stemOf(&lx.products[i])] == 1 {
				lx.info[i].oneSize = int(v)
			}
		}
	}
	lx.nameRanges()
	for i := range lx.products {
		// a service: its name heads with a تفعيل noun (however the
		// vocabulary spells its unit), or the shop's labour of one
		// ("مصنعية تركيب بورسلين") — and no stock is kept of it: a
		// "تكييف سبليت" on the shelf is goods, however its noun is formed
		info := &lx.info[i]
		us := keysOf(lx.products[i].NameAr)
		info.service = lx.products[i].MadeToOrder && (lx.verbalNoun(info.head) || len(us) > 1 && labourWords[us[0]] && verbalNoun(us[1]))
	}
	for i := range lx.info {
		lx.info[i].pieces, lx.info[i].pieceUnits = namedPieces(lx.info[i].phrases)
	}
	lx.goodsOfServices()
	lx.serviceHeads = map[string]bool{}
	for i := range lx.info {
		if lx.info[i].service {
			lx.serviceHeads[lx.info[i].head] = true
		}
	}
	lx.workImper = lx.imperatives()
	lx.madeStates()
	lx.writtenWorks()
	lx.numbered = lx.numberedWords()
	lx.capacityNouns()
	lx.entire = map[string]bool{}
	for w := range entireWords {
		us, _ := lx.units(w)
		for _, u := range us {
			lx.entire[u] = true // as the shop's vocabulary spells it ("كلها" of "كاملة, كلها, full")
		}
	}
	lx.reaches = bodyReaches(lx)
	return lx
}

// imperatives: the stems of the imperatives of the works the shop sells
// under their own head (workImper), from the first word of each name as
// written: the تفعيل noun's verb is said bare ("ركب" of تركيب, "غير" of
// تغيير, "قصر" of a "تقصير" the vocabulary groups with "shortening"), the
// فعالة noun's with ا ("اطبع" of طباعة), and so is a three-letter head of
// a thing no stock is kept of ("احفر" of a "حفر اسم بالليزر", "اشحن" of a
// "شحن لكل المحافظات").
func (lx *lexicon) imperatives() map[string]string {
	out := map[string]string{}
	lx.nameHeads(func(p *catalog.Product, k string) {
		// the word as the name writes it, read as the unit the
		// vocabulary groups it in
		h := k
		if u, ok := lx.rewrite[k]; ok && !strings.Contains(u, " ") {
			h = u
		}
		if !lx.heads[h] {
			return
		}
		switch root := workRoot(k); {
		case root != "" && strings.HasPrefix(k, "ت"):
			onlyOne(out, root, h)
		case root != "":
			onlyOne(out, "ا"+root, h)
		case p.MadeToOrder && utf8.RuneCountInString(k) == 3 && !strings.ContainsAny(k, "اوىيءه"):
			onlyOne(out, "ا"+k, h)
		case p.MadeToOrder && hollowNoun(k):
			onlyOne(out, k, h) // "شيل" of a "شيل الفاميه": "شيلولي"
		}
	})
	return out
}

// nameHeads calls fn with each product and the first word of each of its
// Arabic names (its name and synonyms) that begins with an Arabic word.
func (lx *lexicon) nameHeads(fn func(p *catalog.Product, k string)) {
	for i := range lx.products {
		p := &lx.products[i]
		for _, name := range append([]string{p.NameAr}, p.Synonyms...) {
			if ks := keysOf(name); len(ks) > 0 && isArabicWord(ks[0]) {
				fn(p, ks[0])
			}
		}
	}
}

// onlyOne sets m[k] to v, or to "" when k already holds another value:
// a key two values claim names neither.
func onlyOne(m map[string]string, k, v string) {
	if prev, dup := m[k]; dup && prev != v {
		m[k] = ""
	} else {
		m[k] = v
	}
}

// partPieces are the words a name counts its own pieces in ("إسدال ٢
// قطعة", "طقم ٣ قطع", "4 pcs"): no pack it is sold in.
var partPieces = set("قطعه", "قطع", "حته", "حتت", "pcs", "pc", "pieces", "piece")

// namedPieces: how many pieces a name says the goods are made of — the
// dual of a piece word ("إسدال قطعتين", "حتتين") or a figure and a piece
// word ("طقم ٣ قطع", "2 pieces") — and its units as the name gives them;
// 0 when none does.
func namedPieces(phrases [][]string) (int, []string) {
	for _, us := range phrases {
		for k, u := range us {
			if st, ok := strings.CutSuffix(u, "تين"); ok && partPieces[st+"ه"] {
				return 2, []string{u}
			}
			if v, ok := parseDigits(u); ok && k+1 < len(us) && partPieces[us[k+1]] && v >= 1 && v == math.Trunc(v) && v < 20 {
				return int(v), []string{u, us[k+1]}
			}
		}
	}
	return 0, nil
}

// goodsOfServices: a product whose head is a تفعيل noun is goods, not a
// service, when another service's name has that noun (or its plural in
// ات) as its object — "تكسية حوائط WPC بالمتر" beside "تركيب تكسيات
// حوائط": the catalog installs claddings, so a cladding is what is
// installed.
func (lx *lexicon) goodsOfServices() {
	objects := map[string]bool{}
	for i := range lx.products {
		if us := keysOf(lx.products[i].NameAr); lx.info[i].service && len(us) > 1 && lx.verbalNoun(us[0]) {
			objects[us[1]] = true
		}
	}
	for i := range lx.products {
		info := &lx.info[i]
		if h := info.head; info.service && (objects[h] || objects[strings.TrimSuffix(h, "ه")+"ات"]) {
			info.service = false
		}
	}
}

// spokenForms pair the Egyptian word for a material or a thing with the
// standard Arabic a catalog may write it in: glass (ازاز، قزاز / زجاج), table
// (ترابيزة / طاولة), wardrobe (دولاب / خزانة), wall (حيطة / حائط), mirror
// (مراية / مرآة), curtains (ستاير / ستائر), car (عربية / سيارة), floor
// (ارضية / أرضية is one).
var spokenForms = [][2]string{
	{"ازاز", "زجاج"}, {"قزاز", "زجاج"}, {"ترابيزه", "طاوله"}, {"تربيزه", "طاوله"}, {"دولاب", "خزانه"},
	{"حيطه", "حائط"}, {"مرايه", "مراه"}, {"ستاير", "ستائر"}, {"سراير", "اسره"}, {"كنبه", "اريكه"},
	{"عربيه", "سياره"}, {"عربيات", "سيارات"}, {"عربيتين", "سيارتين"},
	// home: Egyptian بيت, a catalog's منزل or, where it has only the
	// adjective, منزلي ("ماكينة خياطة للبيت" of "ماكينة خياطة منزلي")
	{"بيت", "منزل"}, {"بيت", "منزلي"}, {"بيوت", "منزلي"},
}

// partFigures lists the figures a product's names give only as the count
// of a part: a figure with a word after it that is no unit, no other
// figure, no colour and no "x" ("(ترابيزة + ٢ كرسي)", "٦ قطع", "4 pcs"),
// not after a Latin model name in an Arabic name ("Nova 2 مطفي"); and the
// ones they give only as a weight or volume ("٢ كجم", "5L"), which a bare
// figure does not name either. A figure ending a name ("Nova 2", "كنبة
// تلاتة"), a size ("٣ متر", "60×60") or a figure said first is the
// name's own.
func partFigures(lx *lexicon, phrases []string) (parts, measured map[string]bool) {
	parts, measured = map[string]bool{}, map[string]bool{}
	named := map[string]bool{}
	for _, ph := range phrases {
		raw := keysWithX(ph)
		ks := lx.applyRewrite(raw)
		arabicName := slices.ContainsFunc(ks, isArabicWord)
		for k, w := range ks {
			n := w
			if v, ok := numberWord(w); ok && k > 0 && lx.hundredIn(ks, k) {
				n = numString(v)
			}
			if !isNumber(n) {
				continue
			}
			// "سنار مقاس 6 (علبة 100)": a figure after a size word is
			// the size that names the goods, never a count of the pack
			// after it (countOfSize)
			part := k > 0 && ks[k-1] != "x" && !sizeSaid[ks[k-1]] && k+1 < len(ks) && ks[k+1] != "x" && !isNumber(ks[k+1]) && lx.colors[ks[k+1]] == "" &&
				// "خلاط Nova 2 كروم": a model number — not a Latin word the
				// shop's vocabulary wrote for an Arabic one ("موتور" → pump)
				!(arabicName && isLatinWord(ks[k-1]) && !isNumber(ks[k-1]) && slices.Contains(raw, ks[k-1]))
			switch {
			case part && isUnitOrDozen(ks[k+1]):
				named[n] = true // a size: "٣ متر"
			case part && measureWords[ks[k+1]]:
				measured[n] = true // a weight or a volume: "٢ كجم"
			case part:
				parts[n] = true
			default:
				named[n] = true
			}
		}
	}
	for n := range named {
		delete(parts, n)
		delete(measured, n)
	}
	return parts, measured
}

// measureWords measure a product, as a size does: "٢٥ كجم", "4 inch".
// packedHead: a name that opens with the pack the goods come in
// ("شيكارة اسمنت ٥٠ كجم", "جركن زيت ٢٠ لتر", "كرتونة مناديل") names the
// goods with the word after the pack, and a customer says that word alone
// ("عايز ١٠ اسمنت"): it is a head noun as well ("" when the name opens
// with no pack, or the pack with no Arabic word of goods after it).
func packedHead(us []string) string {
	if len(us) < 2 || !isArabicWord(us[0]) || !packWord(us[0]) {
		return ""
	}
	if w := us[1]; isArabicWord(w) && !isNumber(w) && !measureWords[w] && !stopUnits[w] {
		return w
	}
	return ""
}

var measureWords = set("كجم", "كيلو", "كغ", "جم", "جرام", "لتر", "ليتر", "بوصه", "وات", "فولت",
	"kg", "kilo", "g", "gr", "l", "lt", "litre", "liter", "inch", "in", "w", "watt", "v", "mm", "cm", "m")

// letterHyphen joins two letters across a hyphen: "Wi-Fi".
var letterHyphen = regexp.MustCompile(`([A-Za-z])-([A-Za-z])`)

// nameDimWords say, in a product's name, that the figure after them is a
// side in cm: "عرض 80", "مقاس 90", "width 80" (a thickness, "سمك 4", is
// no side).
var nameDimWords = set("عرض", "طول", "ارتفاع", "عمق", "مقاس", "width", "length", "height", "depth", "size")

// units turns a catalog phrase into matching units: word keys, number words
// as digits, vocabulary terms rewritten to their canonical form. Unit words
// are dropped; a number followed by a length unit is returned as a size in cm.
// nominalFigure: the figure ending a name's keys, 30 or more and whole,
// after a word and with no other figure in the name, as a set (nil when
// there is none).
func nominalFigure(ks []string) map[string]bool {
	n := len(ks)
	if n < 2 || !isNumber(ks[n-1]) || isNumber(ks[n-2]) || ks[n-2] == "x" || isUnitOrDozen(ks[n-2]) {
		return nil
	}
	for _, k := range ks[:n-1] {
		if isNumber(k) {
			return nil
		}
	}
	if v, ok := parseDigits(ks[n-1]); !ok || v < 30 || v != math.Trunc(v) {
		return nil
	}
	return map[string]bool{ks[n-1]: true}
}

func (lx *lexicon) units(phrase string) (us []string, sizesCM []string) {
	ks := lx.applyRewrite(keysWithX(phrase))
	half := false
	for i, k := range ks {
		if half {
			half = false
			continue // the "ونص" of "سلك واحد ونص", in the figure before it
		}
		if k == "x" {
			// "160×200" in a name: both figures are sizes in cm
			if i > 0 && isNumber(ks[i-1]) {
				sizesCM = append(sizesCM, ks[i-1])
			}
			if i+1 < len(ks) && isNumber(ks[i+1]) {
				sizesCM = append(sizesCM, ks[i+1])
			}
			continue
		}
		_, unit := unitWords[k]
		if hs, ok := lx.headSkel[skeleton(k)]; ok && !unit && !lx.collecting && hs != k && !lx.heads[k] && isArabicWord(k) && !slices.Contains(ks, hs) && !vowelSwap(k, hs) && !lx.materialWords[k] && !feminineSingular(k) && !packWord(k) {
			// a broken plural of a head noun: كراسي → كرسي; never a pack
			// the goods come in ("كيس" is no plural of a head "اوكسي"); never a word
			// beside that noun in the same name ("أرضية رياضية": sports
			// flooring, not flooring flooring), nor a short word its vowels
			// swapped ("كوت" is no plural of "كيت"), nor a unit ("سم" is no
			// "سوميه"), nor a word in ة that is no أفعلة ("قطيفة سادة":
			// plain, no plural of the head "سويد")
			k = hs
		}
		if u, ok := unitWords[k]; ok && (u == "cm" || u == "m") {
			if i > 0 && isNumber(ks[i-1]) {
				if u == "cm" {
					sizesCM = append(sizesCM, ks[i-1])
				}
			}
			continue
		}
		if isNumber(k) && i > 0 && nameDimWords[ks[i-1]] && (i+1 == len(ks) || !isUnitOrDozen(ks[i+1])) {
			// "باب لونا عرض 80": a figure after a width, a length or a
			// size word is a size in cm, as "80 سم" is
			sizesCM = append(sizesCM, k)
		}
		if !lx.hundredIn(ks, i) {
			k = "مياه" // "موتور مية حصان": the water it pumps, as a message's "مية" there is
		} else if v, ok := numberWord(k); ok && len(us) > 0 {
			// a number word inside a name is its figure ("كنبة تلاتة");
			// at the head it is a noun ("وحدة تليفزيون"); with "ونص"
			// after it, a half more ("سلك واحد ونص": 1.5)
			if half = i+1 < len(ks) && halfAfter(ks[i+1]); half {
				v += 0.5
			}
			k = strconv.FormatFloat(v, 'f', -1, 64)
		}
		us = append(us, k)
	}
	return us, sizesCM
}

// hundredIn: the number word at i of a name's keys ks is its figure
// unless it is "مية" where no number stands (hundredAt): "موتور مية حصان"
// is a water pump of one horsepower, its "مية" a word of the name.
func (lx *lexicon) hundredIn(ks []string, i int) bool {
	if !hundredWords[ks[i]] {
		return true
	}
	at := func(j int) string {
		if j >= 0 && j < len(ks) {
			return ks[j]
		}
		return ""
	}
	return hundredAt(at(i-1), at(i+1), at(i+2))
}

// feminineSingular: a word ending in ة (ه once normalised) that does not
// open with the ا of أفعلة. The broken plurals of goods that end in ة are
// أفعلة (اجهزة، اغطية، اعمدة، اسره); فعلة and فعالة plurals name people
// (طلبة، سادة), never goods: such a word is a singular or an adjective
// ("سادة", "ساده": plain), no head noun's plural.
func feminineSingular(w string) bool {
	return strings.HasSuffix(w, "ه") && !strings.HasPrefix(w, "ا")
}

// vowelSwap: two words of two consonants and one long vowel, of one
// length, differ only by that vowel ("كوت" of "توب كوت" beside the head
// "كيت"): another word, no broken plural of it (ابواب of باب is longer).
func vowelSwap(a, b string) bool {
	return utf8.RuneCountInString(a) == utf8.RuneCountInString(b) && utf8.RuneCountInString(a) <= 3 && utf8.RuneCountInString(skeleton(a)) == 2
}

// applyRewrite replaces known n-grams of keys by their vocabulary unit,
// longest first.
func (lx *lexicon) applyRewrite(ks []string) []string {
	if len(lx.rewrite) == 0 {
		return ks
	}
	out := make([]string, 0, len(ks))
	for i := 0; i < len(ks); {
		n := min(lx.maxGram, len(ks)-i)
		done := false
		for ; n >= 1; n-- {
			if u, ok := lx.rewrite[strings.Join(ks[i:i+n], " ")]; ok {
				out = append(out, u)
				i += n
				done = true
				break
			}
		}
		if !done {
			out = append(out, ks[i])
			i++
		}
	}
	return out
}

// has reports whether product p is in ps, a list of postings (ascending):
// for ps = lx.postings[u], whether lx.info[p].all[u], found without a map
// (postings are built from each product's all, which nothing changes
// after; TestPostingsMirrorAll).
func (lx *lexicon) has(ps []int32, p int32) bool {
	_, ok := slices.BinarySearch(ps, p)
	return ok
}

// shared: some product's names hold both units a and b.
func (lx *lexicon) shared(a, b string) bool {
	pb := lx.postings[b]
	for _, p := range lx.postings[a] {
		if lx.has(pb, p) {
			return true
		}
	}
	return false
}

// facts are the nameFacts of product idx, read at its first use and kept
// with the catalog (unsaidPack and periodPriced ask them of the products
// a line fits, on every line; two goroutines may both read them first,
// alike, and either's are kept).
func (lx *lexicon) facts(idx int) *nameFacts {
	if f := lx.named[idx].Load(); f != nil {
		return f
	}
	f := &nameFacts{period: periodPer(lx.products[idx])}
	f.rest, f.packs = packlessKeys(lx.nameKeys(idx))
	lx.named[idx].Store(f)
	return f
}

// nameKeys is keysOf(lx.products[idx].NameAr), read with the catalog; the
// caller reads it and never writes it.
func (lx *lexicon) nameKeys(idx int) []string {
	return lx.arKeys[idx]
}

// colourKey is wordsKey(c), read with the catalog for the colours its
// products are made in.
func (lx *lexicon) colourKey(c string) string {
	if k, ok := lx.colourKeys[c]; ok {
		return k
	}
	return wordsKey(c)
}

// isWord reports whether u is a unit some product uses.
func (lx *lexicon) isWord(u string) bool {
	_, ok := lx.postings[u]
	return ok
}

// resolve finds the catalog unit an unknown Arabic word most likely means:
// same skeleton (broken plurals, colour adjective forms), else within the
// typo tolerance of its letter count. ok is false when nothing is close.
func (lx *lexicon) resolve(w string) (string, bool) {
	if !isArabicWord(w) || len([]rune(w)) < 3 {
		return "", false
	}
	best, bestD := "", 99
	rw := []rune(w)
	try := func(c string) {
		if patternLost(rw, c) {
			return // "التجمع" (a district, تفعّل) is no "تجميع" (تفعيل): another word
		}
		d := editDistance(rw, []rune(c), 3)
		if d < bestD || d == bestD && c < best {
			best, bestD = c, d
		}
	}
	if s := skeleton(w); len([]rune(s)) >= 2 {
		for _, c := range lx.skel[s] {
			// same consonants; vowels may differ by at most what the
			// longer word's letter count tolerates, plus one
			if d := editDistance(rw, []rune(c), 3); d <= fuzziness(longer(w, c))+1 {
				try(c)
			}
		}
	}
	if best != "" {
		return best, true
	}
	f := fuzziness(w)
	if f == 0 {
		return "", false
	}
	cands := map[string]bool{}
	for _, c := range lx.dels[w] {
		cands[c] = true
	}
	for _, d := range deletes(w) {
		for _, c := range lx.dels[d] {
			cands[c] = true
		}
		if lx.isWord(d) {
			cands[d] = true
		}
	}
	for c := range cands {
		// like a search engine's prefix length 1: a typo rarely hits the
		// first letter (خامة is not رخامة)
		if r0 := []rune(c); len(r0) > 0 && r0[0] != rw[0] {
			continue
		}
		if d := editDistance(rw, []rune(c), f); d <= f && d <= fuzziness(c) {
			try(c)
		}
	}
	return best, best != ""
}

// patternLost: w is the تفعيل verbal noun c without the ي that makes it
// one ("تجمع", "تركب" beside "تجميع", "تركيب"): a verb or a noun of
// another pattern sharing its consonants, never a typo of the service.
func patternLost(w []rune, c string) bool {
	rc := []rune(c)
	return verbalNoun(c) && len(rc) == 5 && len(w) == 4 && string(w) == string(rc[:3])+string(rc[4:]) || tenthFormVerb(w, rc)
}

// tenthFormVerb: w is the استفعال verbal noun c (its pronoun ending kept)
// without the ا before its last radical: the verb استفعل ("استلمها", I
// pick it up, beside "استلامها", its pickup), never a typo of the service.
func tenthFormVerb(w, c []rune) bool {
	return len(c) >= 6 && len(w) == len(c)-1 && string(c[:3]) == "است" && c[4] == 'ا' &&
		string(w) == string(c[:4])+string(c[5:])
}

func longer(a, b string) string {
	if len([]rune(a)) >= len([]rune(b)) {
		return a
	}
	return b
}

// genericTails end English names after the noun that says what the
// product is ("vanity unit", "shower set", "fixing kit").
var genericTails = set("unit", "units", "set", "sets", "kit", "system", "piece", "pack")

// latinSkeleton maps a word to the consonants a Franco-Arabic writer would
// type for it: كرسي → krs, مكتب → mktb, ترابيزة → trbz, عايز → 3z.
func latinSkeleton(w string) string {
	var b strings.Builder
	rs := []rune(w)
	if n := len(rs); n > 1 && (rs[n-1] == 'ه') {
		rs = rs[:n-1]
	}
	last := ""
	for _, r := range rs {
		var s string
		switch r {
		case 'ب':
			s = "b"
		case 'ت', 'ط':
			s = "t"
		case 'ث':
			s = "s"
		case 'ج':
			s = "g"
		case 'ح', 'ه':
			s = "h" // Franco writes ح as 7 or h, ه as h
		case 'خ':
			s = "5"
		case 'د', 'ض':
			s = "d"
		case 'ذ', 'ز', 'ظ':
			s = "z"
		case 'ر':
			s = "r"
		case 'س', 'ص':
			s = "s"
		case 'ش':
			s = "sh"
		case 'ع':
			s = "3"
		case 'غ':
			s = "G" // one letter: "ghaz" is غاز, never the ج and ه of اجهزة
		case 'ف':
			s = "f"
		case 'ق':
			s = "2"
		case 'ك':
			s = "k"
		case 'ل':
			s = "l"
		case 'م':
			s = "m"
		case 'ن':
			s = "n"
		case 'ء':
			s = "2"
		default:
			last = "" // a vowel: letters on both sides are both written (سرير → srr)
			continue
		}
		if s != last {
			b.WriteString(s)
		}
		last = s
	}
	return b.String()
}

// unvoicedBeforeQ is a Franco skeleton with a z right before ق (written
// q, 2, 8 or 9: skeleton 2) read as the ص the catalog writes: Egyptian
// voices ص before ق ("لزق" for لصق, "بزق" for بصق), so a writer spells
// "lazeq" what the shop's name spells لاصق.
func unvoicedBeforeQ(fs string) string {
	return strings.ReplaceAll(fs, "z2", "s2")
}

// francoVariant is the Franco skeleton of w as the catalog's folded
// spelling gives it when the writer spelt a letter the fold changed: z for
// ظ (folded to ض, read d: nezam → نظام), a final h for the silent ة or ه
// of the word's end (forgeh → فورجيه), and a vowel between two equal
// letters the Arabic writes doubled (momken → ممكن).
func francoVariant(w string) string {
	fs := strings.ReplaceAll(francoSkeleton(variantSpelling(w)), "z", "d")
	// a vowel written between two equal letters the Arabic doubles
	// (momken → ممكن)
	var b strings.Builder
	for i := 0; i < len(fs); i++ {
		if i == 0 || fs[i] != fs[i-1] {
			b.WriteByte(fs[i])
		}
	}
	return b.String()
}

// variantSpelling is w as francoVariant reads it: a final h after a vowel
// (the silent ة or ه) taken off.
func variantSpelling(w string) string {
	if n := len(w); n > 3 && w[n-1] == 'h' && strings.ContainsRune("aeiou", rune(w[n-2])) {
		return w[:n-1]
	}
	return w
}

// hiatusAin is a Franco spelling with an ع (3) put where two different
// vowels meet ("ma2aed" → "ma2a3ed", مقاعد): Arabic has no syllable
// opening on a vowel, so a writer who drops the ع (said softly between
// vowels) leaves them side by side. A long vowel written twice ("aa",
// "ee", "oo") and the diphthongs "ai", "ei", "ou" are no such meeting.
func hiatusAin(w string) string {
	for i := 1; i+1 < len(w); i++ {
		a, b := w[i], w[i+1]
		if a == b || !strings.ContainsRune("aeo", rune(a)) || !strings.ContainsRune("aeo", rune(b)) {
			continue
		}
		return w[:i+1] + "3" + w[i+1:]
	}
	return w
}

// longAin is a Franco spelling with an ع (3) put inside a vowel written
// twice between two consonants ("motaaded" → "mota3aded", متعدد): a
// writer who does not type the 3 often writes the ع as the long vowel it
// sounds like. Read only when the word's own letters spell nothing.
func longAin(w string) string {
	for i := 1; i+2 < len(w); i++ {
		if w[i] == 'a' && w[i+1] == 'a' && !strings.ContainsRune("aeiouyw", rune(w[i-1])) && !strings.ContainsRune("aeiouyw", rune(w[i+2])) {
			return w[:i+1] + "3" + w[i+1:]
		}
	}
	return w
}

// francoSkeleton maps a Franco-Arabic word to the same consonant skeleton:
// korsy → krs, 3ayez → 3z, tarabeezet → trbzt.
func francoSkeleton(w string) string {
	var b strings.Builder
	last := ""
	for i := 0; i < len(w); i++ {
		c := w[i]
		var s string
		switch {
		case i+1 < len(w) && w[i:i+2] == "sh":
			s = w[i : i+2]
			i++
		case i+1 < len(w) && w[i:i+2] == "gh":
			s = "G" // غ, as latinSkeleton writes it
			i++
		case i+1 < len(w) && w[i:i+2] == "kh":
			s = "5"
			i++
		case i+1 < len(w) && w[i:i+2] == "th":
			s = "t"
			i++
		case c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y' || c == 'w':
			last = ""
			continue
		case c == 'q':
			s = "2"
		case c == 'c':
			s = "k"
		case c == 'j':
			s = "g"
		case c == 'h':
			s = "h"
		case c == 'v':
			s = "f"
		case c == 'p':
			s = "b"
		case c == 'x':
			s = "ks"
		case c == '7':
			s = "h"
		case c == '8':
			s = "2"
		case c == '9':
			s = "2"
		case c == '6':
			s = "t"
		default:
			s = string(c)
		}
		if s != last {
			b.WriteString(s)
		}
		last = s
	}
	return b.String()
}

// francoVowels chooses between the catalog words a Franco spelling's
// consonants spell when a colour or a cue word won them (rules.go: "eswed"
// is اسود, yet "sada" is سادة, plain; "fe" is في, yet "loo7" is لوح, not
// the filler ليها): a long vowel the winner writes between its consonants
// that the Franco word does not (the و of اسود, "sada" writing a; the ي of
// ليها, "loo7" writing o) gives the word to a catalog word whose long
// vowels the spelling does write. Otherwise the winner keeps it.
func (lx *lexicon) francoVowels(franco, fs, won string) string {
	if lx.colors[won] != "" && len(lx.sameSkel[fs]) > 0 && strings.HasPrefix(won, "ا") && franco != "" && !strings.ContainsRune("aeiou2", rune(franco[0])) {
		// "beyad" is بياض (laying), not ابيض: the colour's first alif
		// unwritten, and the long vowel of a catalog word whose
		// consonants line up with the spelling's written in its gap
		for _, w := range lx.sameSkel[fs] {
			if w != won && lx.colors[w] == "" && !strings.HasPrefix(w, "ا") && writesLong(w) && longVowelsWritten(w, franco) {
				return w
			}
		}
	}
	if w, ok := lx.longVowelHeard(franco, fs, won); ok {
		return w // "3ein" is عين, never عن
	}
	if len(lx.sameSkel[fs]) == 0 || vowelsFit(won, franco) {
		return won
	}
	for _, w := range lx.sameSkel[fs] {
		if w != won && lx.colors[w] == "" && vowelsFit(w, franco) {
			return w
		}
	}
	return won
}

// writesLong: the Arabic word writes a long vowel (ا، و، ي) between two of
// its consonants ("بياض", "سادة").
func writesLong(arabic string) bool {
	ag := arabicGaps(arabic)
	for k := 1; k < len(ag)-1; k++ {
		if strings.ContainsAny(ag[k], "اوىي") {
			return true
		}
	}
	return false
}

// longVowelsWritten: the Franco spelling writes each long vowel the Arabic
// word writes between its consonants as that vowel ("a" for ا, o/u/w for
// و, i/e/y for ي) and no y the word lacks there, the consonants lining up:
// "beyad" is بياض, "beda" no بياض, "beyad" no باد.
func longVowelsWritten(arabic, franco string) bool {
	ag, fg := arabicGaps(arabic), francoGaps(franco)
	if ag == nil || fg == nil || len(ag) != len(fg) || (ag[len(ag)-1] == "") != (fg[len(fg)-1] == "") {
		return false // "beda" (بيضا) is no بيض: a vowel said after the last consonant
	}
	for k := 1; k < len(ag)-1; k++ {
		a, f := ag[k], fg[k]
		if strings.Contains(f, "y") && !strings.ContainsAny(a, "يى") ||
			strings.Contains(a, "ا") && !strings.Contains(f, "a") ||
			strings.Contains(a, "و") && !strings.ContainsAny(f, "ouw") ||
			strings.ContainsAny(a, "يى") && !strings.ContainsAny(f, "iey") {
			return false
		}
	}
	return true
}

// vowelsFit: every long vowel the Arabic word writes between two of its
// consonants (ا، و، ي) is written in the Franco spelling's same gap (a or
// e for ا; o, u or w for و; i, e or y for ي). Short vowels Arabic does not
// write, so a Franco vowel the word lacks is no misfit; a word's first
// alif (a hamza's seat) and last ة say nothing. A last ي after the last
// consonant is said, and Franco writes it ("wardy", "balady"): a spelling
// that ends on a consonant ("ward") is no word ending so (وردي: ورد).
func vowelsFit(arabic, franco string) bool {
	ag := arabicGaps(arabic)
	fg := francoGaps(franco)
	if ag == nil || fg == nil || len(ag) != len(fg) {
		return true // the consonants do not line up: no opinion
	}
	if last := ag[len(ag)-1]; (last == "ي" || last == "ى") && fg[len(fg)-1] == "" {
		return false
	}
	for k := 1; k < len(ag)-1; k++ {
		for _, v := range ag[k] {
			var ok bool
			switch v {
			case 'ا':
				ok = strings.ContainsAny(fg[k], "ae")
			case 'و':
				ok = strings.ContainsAny(fg[k], "ouw")
			case 'ي', 'ى':
				ok = strings.ContainsAny(fg[k], "iey")
			default:
				ok = true
			}
			if !ok {
				return false
			}
		}
	}
	return true
}

// arabicGaps splits a word at its consonants as latinSkeleton reads them:
// the vowel letters before the first, between each two and after the last.
func arabicGaps(w string) []string {
	gaps := []string{""}
	last := ""
	if st, ok := strings.CutSuffix(w, "ه"); ok && utf8.RuneCountInString(st) > 1 {
		w = st // the folded ة, as latinSkeleton reads it: Franco's final a, no consonant
	}
	for _, r := range w {
		c := latinSkeleton(string(r))
		if r == 'ه' {
			c = "h"
		}
		if c == "" {
			gaps[len(gaps)-1] += string(r)
			last = ""
			continue
		}
		if c != last {
			gaps = append(gaps, "")
		}
		last = c
	}
	if len(gaps) < 2 {
		return nil
	}
	return gaps
}

// francoGaps splits a Franco spelling at its consonants as francoSkeleton
// reads them.
func francoGaps(w string) []string {
	gaps := []string{""}
	last := ""
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y' || c == 'w' {
			gaps[len(gaps)-1] += string(c)
			last = ""
			continue
		}
		n := 1
		if i+1 < len(w) {
			switch w[i : i+2] {
			case "sh", "gh", "kh", "th":
				n = 2
			}
		}
		s := francoSkeleton(w[i : i+n])
		i += n - 1
		if s != last {
			gaps = append(gaps, "")
		}
		last = s
	}
	if len(gaps) < 2 {
		return nil
	}
	return gaps
}

// fawaail gives the broken plurals of a noun of the pattern فاعلة, which
// its consonants alone do not find when a root letter is weak: قاعدة →
// قواعد، حافة → حواف، زاوية → زوايا، ناحية → نواحي; and of the patterns
// فاعول and فاعولة, whose plural فواعيل puts its long vowels elsewhere:
// كالون → كوالين، صالون → صوالين، ماسورة → مواسير.
func fawaail(w string) []string {
	rs := []rune(w)
	if n := len(rs); isArabicWord(w) && (n == 5 || n == 6 && rs[5] == 'ه') && rs[1] == 'ا' && rs[3] == 'و' {
		// فاعول, فاعولة → فواعيل: كالون → كوالين، ماسورة → مواسير
		return []string{string([]rune{rs[0], 'و', 'ا', rs[2], 'ي', rs[4]})}
	}
	if len(rs) == 5 && rs[1] == 'ي' && rs[3] == 'ي' && rs[4] == 'ه' && isArabicWord(w) {
		// فيعلية → فواعي: صينية → صواني
		return []string{string([]rune{rs[0], 'و', 'ا', rs[2], 'ي'})}
	}
	if len(rs) != 5 || rs[1] != 'ا' || rs[4] != 'ه' || !isArabicWord(w) {
		return nil
	}
	c1, c2, c3 := rs[0], rs[2], rs[3]
	if c3 == 'و' {
		return nil
	}
	out := []string{string([]rune{c1, 'و', 'ا', c2, c3})}
	if c3 == 'ي' {
		out = append(out, string([]rune{c1, 'و', 'ا', 'ي', 'ا'}))
	}
	return out
}

// brokenPlural reports whether pl is the فعالي / مفاعل broken plural of
// sg: sg's letters with ا put after its first two and no ة at the end
// (كرسي → كراسي، مرتبة → مراتب، سرير → سراير). A spelling that only
// writes a long vowel the other leaves out keeps its ة ("ستارة" beside
// "ستره") or puts it elsewhere ("بانيو" beside "بنيو"): no plural.
func brokenPlural(pl, sg string) bool {
	ps, ss := []rune(pl), []rune(strings.TrimSuffix(sg, "ه"))
	if len(ss) < 4 || len(ps) != len(ss)+1 || ps[2] != 'ا' || strings.HasSuffix(pl, "ه") || !isArabicWord(pl) {
		return false
	}
	return string(ps[:2]) == string(ss[:2]) && string(ps[3:]) == string(ss[2:])
}

// writtenHead is the first word of a name or synonym as written, when it
// is an Arabic word; "" otherwise.
func writtenHead(ph string) string {
	if ks := keysOf(ph); len(ks) > 0 && isArabicWord(ks[0]) {
		return ks[0]
	}
	return ""
}

// pluralOf is where afilla's k-th plural is kept: the أفعّة form among
// the counted plurals, فعاير among the plurals.
func (lx *lexicon) pluralOf(k int) map[string]string {
	if k == 0 {
		return lx.countedPlurals
	}
	return lx.plurals
}

// soundFeminine is the sound plural of a noun ending in the feminine ة
// (folded to ه): ترابيزة → ترابيزات, بستلة → بستلات.
func soundFeminine(w string) (string, bool) {
	st, ok := strings.CutSuffix(w, "ه")
	if !ok || utf8.RuneCountInString(st) < 3 || !isArabicWord(w) {
		return "", false
	}
	return st + "ات", true
}

// workRoot is the three root letters of a verbal noun naming a work, of
// the shape تفعيل ("تركيب" → ركب) or فعالة ("طباعة" → طبع, "خياطة" →
// خيط); "" for any other word.
func workRoot(w string) string {
	rs := []rune(w)
	switch {
	case len(rs) == 5 && rs[0] == 'ت' && rs[3] == 'ي':
		return string([]rune{rs[1], rs[2], rs[4]})
	case len(rs) == 5 && rs[2] == 'ا' && rs[4] == 'ه':
		return string([]rune{rs[0], rs[1], rs[3]})
	}
	return ""
}

// workVerbOf: w is a verb of a work some product's head names, said in
// the first person or to the shop ("عايز أطبع صورة …" of a "طباعة
// كانفاس", "نركب", "تطبعولي"): the customer asks for that work.
func (lx *lexicon) workVerbOf(w string) bool {
	for _, suf := range []string{"ولي", "ولنا", "لي", "لنا", "وا", "و", ""} {
		st, ok := strings.CutSuffix(w, suf)
		if !ok {
			continue
		}
		st = strings.TrimPrefix(strings.TrimPrefix(st, "ه"), "ب")
		for _, pre := range []string{"ا", "ن", "ي", "ت"} {
			if root, ok := strings.CutPrefix(st, pre); ok && utf8.RuneCountInString(root) == 3 && lx.workRoots[root] {
				return true
			}
		}
	}
	return false
}

// workObjects are what a verb of a work carries after it: the goods it is
// done on ("تقصروها", "تركبوهم", with "لي"/"لنا" for whom: "تقصروهالي")
// and for whom alone ("تقصرولي"), longest first. A bare stem is left out:
// "تجمع" is as often a place (التجمع) or a noun as the verb.
var workObjects = []string{"وهالي", "وهملي", "وهولي", "وهالنا", "وهملنا", "هالي", "هملي", "هولي", "هالنا", "هملنا",
	"وهم", "وها", "وه", "هم", "ها", "ولي", "ولنا", "لي", "لنا", "وا", "و"}

// workNounOf reads a verb of a work the shop sells under its own head as
// that head, the verbal noun: "وتقصرولي ١٠ سم" beside a "تقصير عباية"
// asks for the hemming. Only the verb said to the shop (تـ) asks for its
// work: "عايز اركب كاميرات" (I am fitting cameras) and "مش هعرف اركبهم"
// tell the customer's own doing, and one with ب or ه before it
// ("بتركبوا؟", "هتقصروها امتى؟") asks whether or when. The token's surface keeps the
// object pronoun, read as the noun's possessive: "تقصروهم" is the work of
// each of the goods before, as "تقصيرهم" is. ok is false when no head, or
// two, have the verb's root.
func (lx *lexicon) workNounOf(w string) (string, bool) {
	w = strings.TrimPrefix(w, "و")
	for _, suf := range workObjects {
		st, cut := strings.CutSuffix(w, suf)
		if !cut || utf8.RuneCountInString(st) != 4 {
			continue
		}
		if rs := []rune(st); rs[0] == 'ت' {
			if h := lx.workHeads[string(rs[1:])]; h != "" {
				return h, true
			}
		}
	}
	return "", false
}

// workImperOf reads the imperative of a work the shop sells under its own
// head, said to the shop, as that head, the verbal noun (as workNounOf
// does the verb with تـ): "وركبهولي" after a battery is its fitting,
// "وغيرلي الزيت" the oil change, "واحفروا اسمه" the engraving. Only with
// the endings no noun of those letters takes — "for me", or the plural's
// و before its object: a bare stem ("غير", "ركب"), a singular with its
// object alone ("غيرها": other than it) or the plural's bare "وا" of a
// verb without ا ("قصروا", also a past) is no order.
func (lx *lexicon) workImperOf(w string) (string, bool) {
	w = strings.TrimPrefix(w, "و")
	for _, suf := range imperObjects {
		st, cut := strings.CutSuffix(w, suf)
		if !cut {
			continue
		}
		if h := lx.workImper[st]; h != "" && (suf != "وا" || utf8.RuneCountInString(st) == 4) {
			return h, true
		}
	}
	return "", false
}

// imperObjects are the endings of an imperative said to the shop, longest
// first: for whom with its object ("هولي", "هالي", "هملي", "هوملي"), the
// plural's ("وهولي", "ولي"), the feminine's ("يلي", "يهولي"), and the
// plural with its object alone ("ركبوهم"); the plural's bare "وا" only of
// a verb with ا ("احفروا": the past has none).
var imperObjects = []string{"وهوملي", "وهولي", "وهالي", "وهملي", "وهولنا", "وهالنا", "وهملنا",
	"هوملي", "هولي", "هالي", "هملي", "هولنا", "هالنا", "هملنا", "يهولي", "يهالي", "يهملي",
	"ولي", "ولنا", "يلي", "يلنا", "لي", "لنا", "وهم", "وها", "وه", "وا"}

// soundMasculine is the sound plural in ات that Egyptian gives many a
// masculine noun and loanword ending in a consonant: نبات → نباتات,
// موتور → موتورات. A feminine noun's plural of the same letters
// (soundFeminine: حلقة → حلقات beside حلق) comes first.
func soundMasculine(w string) (string, bool) {
	last, _ := utf8.DecodeLastRuneInString(w)
	if !isArabicWord(w) || utf8.RuneCountInString(w) < 3 || strings.ContainsRune("اويىءه", last) {
		return "", false
	}
	return w + "ات", true
}

// afilla gives the plurals of a فعيل noun whose last two root letters are
// one doubled, which its consonants alone do not find: the standard أفِعّة
// (سرير → أسرّة, written اسره once the shadda is gone) and Egypt's فعاير
// (سرير → سراير).
func afilla(w string) []string {
	rs := []rune(w)
	if len(rs) != 4 || rs[2] != 'ي' || rs[1] != rs[3] || !isArabicWord(w) {
		return nil
	}
	return []string{string([]rune{'ا', rs[0], rs[1], 'ه'}), string([]rune{rs[0], rs[1], 'ا', 'ي', rs[3]})}
}

// plural reads w as a head noun's فواعل plural, with و and the article
// taken off ("والزوايا"): the noun, and whether a و was taken.
func (lx *lexicon) plural(w string) (string, bool, bool) {
	conj := false
	if st, ok := strings.CutPrefix(w, "و"); ok && lx.plurals[strings.TrimPrefix(st, "ال")] != "" {
		w, conj = st, true
	}
	h, ok := lx.plurals[strings.TrimPrefix(w, "ال")]
	return h, conj, ok
}

// verbalNoun reports whether unit u is a تفعيل verbal noun (a service
// done to something), spelt so or standing for one the vocabulary groups
// with other spellings ("تفصيل, tafseel").
func (lx *lexicon) verbalNoun(u string) bool {
	return verbalNoun(u) || lx.verbal[u]
}

// synonymGram: the unit of the vocabulary phrase ks says with a synonym of
// one of its words ("raml otat" of "رمل قطط"), each word read as its own
// unit; none when no phrase, or two, read so.
func (lx *lexicon) synonymGram(ks []string) (string, bool) {
	first := ks[0]
	if u := lx.rewrite[first]; u != "" && !strings.Contains(u, " ") {
		first = u
	}
	if !lx.synFirst[first] {
		return "", false
	}
	cs := make([]string, len(ks))
	for j, w := range ks {
		cs[j] = w
		if u := lx.rewrite[w]; u != "" && !strings.Contains(u, " ") {
			cs[j] = u
		}
	}
	u := lx.synGram[strings.Join(cs, " ")]
	return u, u != ""
}

// measured is how many of the catalog's products in the categories of
// products ps are sold by the metre and by the square metre.
func (lx *lexicon) measured(ps []scored) (metre, area int) {
	seen := map[string]bool{}
	for _, c := range ps {
		cat := lx.products[c.idx].Category
		if seen[cat] {
			continue
		}
		seen[cat] = true
		metre += lx.byMetre[cat]
		area += lx.byArea[cat]
	}
	return metre, area
}

// headEnd: where an English name's first part ends, at a comma, a
// bracket, or " per " / " for " ("Installation per window", "Cover for
// 3-seater sofa"); 0 when the whole name is one part.
func headEnd(name string) int {
	end := strings.IndexAny(name, ",(")
	low := lower(name)
	for _, w := range []string{" per ", " for "} {
		if i := strings.Index(low, w); i > 0 && (end < 0 || i < end) {
			end = i
		}
	}
	return end
}

// tradeWords is a small general English lexicon of the trades' goods, each
// with the Arabic words a catalog may name them by: a customer writing in
// English to a shop whose catalog is only in Arabic ("a double cotton
// duvet", "two water heaters") means the goods it names so; and the
// standard Arabic a formal letter uses for a word the shop's catalog says
// colloquially ("دورات مياه" for the bathroom, "حمام").
var tradeWords = map[string][]string{
	"duvet": {"لحاف"}, "duvets": {"لحاف"}, "quilt": {"لحاف"}, "quilts": {"لحاف"}, "comforter": {"لحاف"},
	"mattress": {"مرتبه"}, "mattresses": {"مرتبه"}, "pillow": {"مخده"}, "pillows": {"مخده"},
	"cushion": {"مخده"}, "cushions": {"مخده"}, "cotton": {"قطن"}, "wool": {"صوف"},
	"heater": {"سخان"}, "heaters": {"سخان"}, "water heater": {"سخان"}, "water heaters": {"سخان"},
	"boiler": {"سخان"}, "geyser": {"سخان"},
	"mixer": {"خلاط"}, "mixers": {"خلاط"}, "faucet": {"خلاط"}, "tap": {"خلاط"}, "taps": {"خلاط"},
	"door": {"باب"}, "doors": {"باب"}, "lock": {"كالون"}, "locks": {"كالون"}, "hinge": {"مفصله"}, "hinges": {"مفصله"},
	"tent": {"خيمه"}, "tents": {"خيمه"}, "camping": {"رحلات"}, "table": {"ترابيزه", "طاوله"}, "tables": {"ترابيزه", "طاوله"},
	"chair": {"كرسي"}, "chairs": {"كرسي"}, "marble": {"رخام"}, "granite": {"جرانيت"}, "skirting": {"وزره"},
	"ice box": {"ايس بوكس"}, "ice boxes": {"ايس بوكس"}, "icebox": {"ايس بوكس"}, "cool box": {"ايس بوكس"},
	"curtain": {"ستاره"}, "curtains": {"ستاره"}, "fabric": {"قماش"}, "blanket": {"بطانيه"}, "blankets": {"بطانيه"},
	"handle": {"اوكره", "مقبض"}, "handles": {"اوكره", "مقبض"}, "knob": {"اوكره", "مقبض"}, "knobs": {"اوكره", "مقبض"},
	"frame": {"حلق"}, "frames": {"حلق"}, "door frame": {"حلق"}, "door frames": {"حلق"},
	"installation": {"تركيب"}, "beech": {"زان"}, "teak": {"ساج"}, "oak": {"بلوط"}, "bolt": {"ترباس"}, "bolts": {"ترباس"},
	"دورة مياه": {"حمام"}, "دورات مياه": {"حمام"}, "دورات المياه": {"حمام"}, "دورة المياه": {"حمام"}, // the standard Arabic a letter names the bathroom by
	"arm": {"ذراع"}, "arms": {"ذراع"}, // a lift-up or hydraulic arm ("ذراع رفع", "ذراع هيدروليك")
	"click": {"كبس", "interlocking"}, "click-on": {"كبس", "interlocking"}, // click flooring: tiles or boards pressed into each other
	"door stop": {"مصد"}, "door stops": {"مصد"}, "doorstop": {"مصد"}, "doorstops": {"مصد"}, "peephole": {"عين سحريه"},
	"magnetic": {"مغناطيس", "مغناطيسي"}, "magnet": {"مغناطيس"}, // a magnetic lock, catch or strip
}

// tradeWords adds the rewrites of tradeWords whose goods the catalog names
// in Arabic and whose English words no name, synonym or vocabulary entry
// of it uses (a catalog that says "duvet" keeps its own reading).
func (lx *lexicon) tradeWords(products []catalog.Product, addRewrite func([]string, string)) {
	said := map[string]bool{}
	for i := range products {
		p := &products[i]
		for _, ph := range append([]string{p.NameAr, p.NameEn, p.Category, p.Material}, p.Synonyms...) {
			ks := keysOf(ph)
			for n, k := range ks {
				said[k] = true
				if n > 0 {
					said[ks[n-1]+" "+k] = true // "ايس بوكس"
				}
			}
		}
	}
	own := map[string]bool{} // the catalog's and its vocabulary's words, before any trade word
	for k := range lx.known {
		own[k] = true
	}
	for _, en := range slices.Sorted(maps.Keys(tradeWords)) {
		ars := tradeWords[en]
		ks := keysOf(en)
		if len(ks) == 0 || !slices.ContainsFunc(ks, func(k string) bool { return !said[k] && !own[k] }) {
			continue // every word of it the catalog's own
		}
		for _, ar := range ars {
			k := strings.Join(keysOf(ar), " ")
			if !said[k] {
				continue
			}
			if to, ok := lx.rewrite[k]; ok {
				k = to
			}
			addRewrite(ks, k)
			break
		}
	}
}

// pluralGroups: the vocabulary's groups of a noun's broken plural kept
// apart from its singular's group ("كرسي, كرسى, korsy" and "كراسي,
// كراسى, karasy"), by index → the singular group's unit. A group is one
// only when every Arabic one-word spelling of it is the plural of a
// spelling of that one singular group, and it is no colour or phrase.
func pluralGroups(es []vocabEntry) map[int]string {
	type spelt struct {
		i  int
		to string
	}
	sing := map[string][]spelt{} // an Arabic one-word spelling → its groups
	for i, e := range es {
		to := keysOf(e.to)
		if len(to) != 1 {
			continue
		}
		for _, f := range e.from {
			if ks := keysOf(f); len(ks) == 1 && isArabicWord(ks[0]) {
				sing[ks[0]] = append(sing[ks[0]], spelt{i, to[0]})
			}
		}
	}
	out := map[int]string{}
	for i, e := range es {
		if len(keysOf(e.to)) != 1 {
			continue
		}
		sg, n := "", 0
		ok := true
		for _, f := range e.from {
			ks := keysOf(f)
			if len(ks) != 1 {
				ok = false
				break
			}
			if !isArabicWord(ks[0]) {
				continue
			}
			n++
			found := ""
			for w, gs := range sing {
				if !brokenPlural(ks[0], w) && !slices.Contains(fawaail(w), ks[0]) {
					continue
				}
				for _, g := range gs {
					if g.i != i {
						if found != "" && found != g.to {
							ok = false
						}
						found = g.to
					}
				}
			}
			if found == "" || sg != "" && sg != found {
				ok = false
			}
			sg = found
			if !ok {
				break
			}
		}
		if ok && n > 0 && sg != "" {
			out[i] = sg
		}
	}
	return out
}

// andKeyed: a vocabulary phrase of several words with an "and" inside it
// as a message's tokens read it — Franco and English "and" ("w", "we",
// "wa", "and") as و, an Arabic و glued to the next word written apart
// ("وضهر" → "و ضهر"); nil when the phrase holds no such "and".
func andKeyed(from []string) []string {
	if len(from) < 2 {
		return nil
	}
	var out []string
	changed := false
	for k, w := range from {
		inner := k > 0 && k < len(from)-1
		switch {
		case inner && (w == "w" || w == "we" || w == "wa" || w == "and"):
			out = append(out, "و")
			changed = true
		case k > 0 && strings.HasPrefix(w, "و") && utf8.RuneCountInString(w) >= 3:
			out = append(out, "و", strings.TrimPrefix(w, "و"))
			changed = true
		default:
			out = append(out, w)
		}
	}
	if !changed {
		return nil
	}
	return out
}
