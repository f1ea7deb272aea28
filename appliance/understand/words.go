package understand

import (
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"fatoora/catalog/arabic"
)

// fold maps the consonants Egyptians write as they pronounce them onto one
// letter: ذ is said د (دهبي for ذهبي), ث is said ت (تلاتة), ظ is said ض.
// Applied to both the catalog and the message, so either spelling meets.
func fold(s string) string {
	if !foldable(s) {
		return s
	}
	return strings.Map(func(r rune) rune {
		switch r {
		case 'ذ':
			return 'د'
		case 'ث':
			return 'ت'
		case 'ظ':
			return 'ض'
		}
		return r
	}, s)
}

// foldable: s holds ذ, ث or ظ (UTF-8 d8 b0, d8 ab, d8 b8; d8 is never a
// continuation byte, so the pair is always that letter), as
// strings.ContainsAny(s, "ذثظ") says, without decoding each rune.
func foldable(s string) bool {
	for i := 0; i+1 < len(s); i++ {
		if s[i] == 0xd8 {
			if c := s[i+1]; c == 0xb0 || c == 0xab || c == 0xb8 {
				return true
			}
		}
	}
	return false
}

// wordKey is the form a single normalised word is compared under: folded,
// with the definite article removed (المطبخ → مطبخ) when a stem of at least
// two letters remains.
func wordKey(w string) string {
	if strings.Contains(w, ".") && isNumber(w) {
		return decimalKey(w)
	}
	if n := len(w); n > 4 && strings.HasSuffix(w, "ves") && isLatinWord(w) {
		return w[:n-3] + "f" // shelves → shelf
	}
	if n := len(w); n > 5 && isLatinWord(w) && (strings.HasSuffix(w, "sses") || strings.HasSuffix(w, "shes") ||
		strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "xes")) {
		return w[:n-2] // mattresses → mattress, benches → bench, boxes → box
	}
	if n := len(w); n > 5 && strings.HasSuffix(w, "eaux") && isLatinWord(w) {
		return w[:n-1] // a French noun's plural English keeps: tableaux → tableau, bureaux → bureau
	}
	if n := len(w); n > 4 && strings.HasSuffix(w, "ies") && isLatinWord(w) {
		return w[:n-3] + "y" // accessories → accessory
	}
	if n := len(w); n > 3 && w[n-1] == 's' && w[n-2] != 's' && w[n-2] != 'u' && isLatinWord(w) {
		return w[:n-1] // English plural: chairs → chair
	}
	w = fold(w)
	if strings.HasPrefix(w, "ال") && utf8.RuneCountInString(w) >= 4 {
		w = strings.TrimPrefix(w, "ال")
	}
	if n := len(w); n < 64 && countedLens&(1<<n) != 0 { // most words: no map lookup (speed)
		if one, ok := countedSingular[w]; ok {
			return one
		}
	}
	return w
}

// decimalKey writes a decimal figure as its value, whatever zeros end it:
// a name's "2.70 متر" and "0.40 مم" are the "2.7" and "0.4" a customer
// also writes "٢.٧٠" or "2.7" — one figure, one word.
func decimalKey(w string) string {
	w = strings.TrimRight(w, "0")
	return strings.TrimSuffix(w, ".")
}

// countedSingular: the plural of a counted measure is its singular, as
// Egyptians say either after a figure ("خيمة ٤ فرد", "خيمة ٤ أفراد"): a
// name in one number and a message in the other meet, and the figure
// beside them chooses the variant, never the number of the noun.
var countedSingular = map[string]string{"افراد": "فرد", "اشخاص": "شخص", "انفار": "نفر"}

// countedLens has bit n set when some plural of countedSingular is n bytes long.
var countedLens = func() uint64 {
	var m uint64
	for w := range countedSingular {
		if len(w) >= 64 {
			panic("countedSingular: a word of 64 bytes or more")
		}
		m |= 1 << len(w)
	}
	return m
}()

// skeleton is a word's consonants: long vowels (ا و ي), a final ه and
// hamza removed, doubled letters collapsed. Arabic broken plurals and the
// colour adjective forms keep the root consonants, so كراسي/كرسي,
// أبواب/باب, دواليب/دولاب, بيضا/أبيض, سودا/أسود share a skeleton.
func skeleton(w string) string {
	rs := []rune(w)
	if n := len(rs); n > 1 && rs[n-1] == 'ه' {
		rs = rs[:n-1]
	}
	var b strings.Builder
	var last rune
	for _, r := range rs {
		switch r {
		case 'ا', 'و', 'ي', 'ء':
			last = 0 // a vowel between two equal letters keeps both (باب → بب)
			continue
		}
		if r == last {
			continue
		}
		b.WriteRune(r)
		last = r
	}
	return b.String()
}

// isArabicWord reports whether w starts with an Arabic letter.
func isArabicWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return r >= 0x0620 && r <= 0x06FF
}

func isLatinWord(w string) bool {
	hasLetter := false
	for _, r := range w {
		if r > unicode.MaxASCII {
			return false
		}
		if r >= 'a' && r <= 'z' {
			hasLetter = true
		}
	}
	return hasLetter
}

func isNumber(w string) bool {
	if w == "" {
		return false
	}
	dot := false
	for i, r := range w {
		switch {
		case r >= '0' && r <= '9':
		case r == '.' && !dot && i > 0 && i < len(w)-1:
			dot = true
		default:
			return false
		}
	}
	return true
}

// editDistance is the optimal-string-alignment distance (Damerau–Levenshtein
// with adjacent transpositions) in runes, giving up above max.
func editDistance(a, b []rune, max int) int {
	if d := len(a) - len(b); d > max || -d > max {
		return max + 1
	}
	prev2 := make([]int, len(b)+1)
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		best := cur[0]
		for j := 1; j <= len(b); j++ {
			cost := 0
			if a[i-1] != b[j-1] {
				cost = subCost(a[i-1], b[j-1])
			}
			v := min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				v = min(v, prev2[j-2]+1)
			}
			cur[j] = v
			best = min(best, v)
		}
		if best > max {
			return max + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(b)]
}

// fuzziness is the typo tolerance for a word, by letters (arabic.Fuzziness).
func fuzziness(w string) int { return arabic.Fuzziness(w) }

// deletes returns w with every single rune removed (for a deletion index).
func deletes(w string) []string {
	rs := []rune(w)
	out := make([]string, 0, len(rs))
	for i := range rs {
		out = append(out, string(rs[:i])+string(rs[i+1:]))
	}
	return out
}

// token is one token of a normalised message: a word, a number, or a
// separator (one of , ; : + ? ! . / newline, or "x" between two numbers).
type token struct {
	text    string // the unit compared: normalised word key, vocabulary-rewritten
	sep     bool
	conj    bool    // a conjunction و was taken off the front of the word
	verb    bool    // a verb of a work, read as its noun ("وتطبعوا" → طباعة: workNounOf)
	surface string  // the words as the customer wrote them (normalised)
	lex     bool    // a word some catalog product uses
	counted bool    // after a figure, a catalog word of some product sold by the piece ("و ١٥ صليبات")
	color   string  // colour unit when this word names a colour
	fuzzy   bool    // resolved by skeleton or typo tolerance
	used    bool    // placed by the rules (for Unexplained)
	dual    bool    // said in the dual: كرسيين = two chairs
	prep    bool    // carried the preposition ل (for): "للمكتب" modifies, never starts an item
	neg     bool    // said after "بدون", "من غير", "without": not asked for
	modal   bool    // English "can"/"could" beside its subject ("Can you …", "I can"): a verb, no vocabulary word (englishModal)
	req     bool    // a property ruled out that the line's product does not settle, a word the box does not know (required.go)
	pause   bool    // an emoji follows it ("… رشة 😂 عايز …"): a sentence may end here
	why     bool    // the customer's own trouble told beside an order (ownTroubleTold): no complaint cue
	aside   bool    // read before segmenting ("2 من كل واحد", "لكل باب"): no item's words
	perN    float64 // "for each of my 4 chairs", "لكل واحد من ال 4": the item that many times
	// allPieces: in "على كل قطعة", "للكل" after a work (allPiecesCue):
	// for every piece said before, as "لكل قطعة"
	allPieces bool
	// kc: the surface lowered and keyed once (tokenkeys.go), read
	// through lowSurface and surfKey
	kc *tokenKeys
	// compound: a figure hyphenated to the word after it ("2-seater",
	// "4-inch"): a word of the product, never its count
	compound bool
	// withStem: said with "بال" (with the …), the noun after it:
	// "شمسية بالقاعدة" is an umbrella and its base when the base is a
	// product of its own
	withStem string
	// work: a worker's verb read as the service the shop sells ("حد
	// يركب الطقم": تركيب), a line's word, no question about the service
	work bool
	// made: a participle of a work the shop sells read as its noun
	// ("مشوي" → شوي, "grilled"): the state the goods before it are to be
	// in, each of them (madeWork, statedPerPiece)
	made bool
	// soldWork: the head noun of a work the shop sells said as it ("نفخ
	// البالونة هيليوم بكام؟" of "نفخ بالونة هيليوم"): the name's word, no
	// defect cue of the same letters (worksSold); so is a name's adjective
	// after its noun ("جاتوه مشكلة": mixed; nameAdjectives)
	soldWork bool
	// when: in a question of when or how long ("امتى توصلوها؟", "كم يوم ياخذ
	// التفصيل؟", "وش أسرع وقت توصلون؟"), the question whenAsked set aside:
	// a question for staff (Result.Service) beside the order
	when bool
	// shop: in a question about the shop itself, its hours or where it
	// is (shopAsked): the topics asked
	shop ShopTopic
	// beyond: a place named in a question about the shop ("انتو فين في
	// المهندسين؟", "فرعكم اللي في سموحة") or a season its hours are
	// asked of ("في رمضان"), which the shop's settings may not cover
	// (Result.ShopBeyond)
	beyond bool
	// plural: said in a plural form ("كالونات", "كراسي", "chairs"): several
	// of it, how many not said when no count goes with it
	plural bool
	// listed: a figure written in a shop list's count notation at the end
	// of an entry: after a dash or "×" ("كرسي أبيض - ٤٨", "حلق ×٣", "x 3")
	// or alone in brackets ("(٢)"); listCount reads it as how many
	listed bool
	// fallback: in a fallback choice after the one wanted ("ولو مش
	// موجودة خليها بني"; fallbacks): no line's words, no cue of the intent
	fallback bool
	// rough: one of two counts said a unit apart as a rough count
	// ("اتنين تلاتة", "٢-٣", "two or three", "مخدتين تلاتة"; roughCounts):
	// the line it counts asks how many
	rough bool
	// lineEnd: a bare whole figure ending a line of a list whose lines
	// end so ("دوفيه ٤٫٥ توج ٢٠⏎مخدة فايبر ٤٠"): the list's own pattern
	// says it is how many, unless the line's product is made in that size
	lineEnd bool
	// afterEq: written right after "=" ("… + ٣ متر = ٧ متر"): what the
	// figures before come to (sumsSaid)
	afterEq bool
	// opens: the goods said again for another person ("لابني فرخة
	// ولبنتي فرخة", "عسل لابني وعسل لبنتي") open a line of their own here
	// (goodsPerPerson)
	opens bool
	// cover: the fabric a piece is covered in, said after it ("مرتبة قطن
	// ١٢٠ تيل ازرق"): a word of no line
	cover bool
	// count: a figure marked as how many after a size ("٦٠×١٢٠ عدد ٢",
	// "qty 2", "×2", "2 pcs"), never another side of it
	count bool
	// each: "كل اوضة ٤ في ٣" / "لكل اوضة مرتبة" after "لأوضتين" or "٣ اوض":
	// the places counted before, this many; eachSize: a size follows (it is
	// one place's), else every line said after it is for each place
	each     float64
	eachSize bool
	// perHead: "وكل باب عايزله …" after doors were counted: the head noun
	// whose pieces every line said after the cue is for (headsApply)
	perHead string
	// unreadEach: "كل حمام …" that no distributive pass read (the count it
	// shares out is applied to no line): unexplained beside an order
	unreadEach bool
	// otherAsked: a correction cue whose object is "the other one" ("لا
	// استنى خليه التاني", "make it the other one"): it names no product,
	// so a person reads it
	otherAsked bool
	// partDeclined: a negation taking a part off the set (or named part)
	// the line before it chose ("أنتريه 4 قطع من غير الترابيزة"): a
	// person prices what is left (Rules.partDeclined)
	partDeclined bool
	// worth: the money's worth of the goods this word names, said with
	// it ("طعمية بعشرين جنيه", "falafel for 20 pounds", "with 50 pounds
	// of falafel"): how many is that money over a piece's price (worth.go)
	worth float64
	// allColour: the colour of a colour field ("اللون: أبيض", "Colour:
	// white"), set aside: every line's that says none (colourLabel)
	allColour bool
	// halfOpens: a fraction written with و after a figure that names the
	// goods before it, a measure and other goods after it ("وعلبة ١٠ ونص
	// كيلو رصاص"): the next goods' amount, never the figure's (halfOfNext)
	halfOpens bool
	// weighOpens: a fraction written with و right after goods sold in
	// weighed packs, a weight word and goods after it ("… لوز ونص كيلو
	// كاجو"): the next goods' weight, though the names hold both words
	// (weightOpens); on the goods' word after it: they head their line
	weighOpens bool
	// sent: "send them to …" read as the shop's delivery (sendToPlace) in
	// a shop that prices delivery by where: which of them, the place says
	// (deliveryByRegion)
	sent bool
	// groupCue: "كل واحدة" said for the people an order is for, counted
	// where the message opens (groupEach): it covers its own clause
	groupCue bool
}

// tokenize normalises text and splits it into words, numbers and
// separators. Newlines and bullets separate; "180x90", "180*90" and
// "180×90" give the dimension operator "x"; "120cm" and "2m" split the unit.
func tokenize(text string) []token {
	out := make([]token, 0, len(text)/4+4)
	lines := strings.Split(strings.ReplaceAll(text, "\r", "\n"), "\n")
	for li, line := range lines {
		if li > 0 && len(out) > 0 && !out[len(out)-1].sep {
			out = append(out, token{text: "\n", sep: true})
		}
		s := gradeCodes(slashSpecs(arabic.Normalize(capitalSizes(line)))) // "٢٠-٢٠-٢٠": a grade, one word
		if strings.Contains(s, "'") || strings.Contains(s, "’") {         // every match has one (speed)
			s = francoDigraphs(s)
		}
		// "1- مطبخ", "2) خلاط": a list number, not an amount
		s = listNumRe.ReplaceAllString(s, "")
		// "3 seater sofa": "seater" is only ever the second half of such
		// a compound, hyphenated or not
		if hasFoldASCII(s, "eater") { // every match has it (speed)
			s = seaterRe.ReplaceAllString(s, "$1-$2")
		}
		// "2-seater", "5-drawer": the figure belongs to the word after it
		if strings.Contains(s, "-") { // every match has it (speed)
			s = wordFigureRe.ReplaceAllStringFunc(s, func(m string) string { // "two-car", "three-seater" too
				w, rest, _ := strings.Cut(m, "-")
				v, _ := numberWord(lower(w))
				return numString(v) + "-" + rest
			})
			s = figureWordRe.ReplaceAllString(s, "$1"+string(compoundMark)+"$2")
		}
		// "3 1/2", "١ ٣/٤", "1/2": a mixed number or a fraction, one amount
		s = mixedNumbers(s)
		// "١٤٠ متراً مربعاً", "٤٠ متراً طولياً": a written request's
		// accusative measure words are the units
		for k := 0; k < 2 && (strings.Contains(s, "مترا") || strings.Contains(s, "مربعا") || strings.Contains(s, "طوليا")); k++ { // matches share the space between them
			s = accusativeRe.ReplaceAllString(s, "$1$2$3")
		}
		// م2 / م² / متر مربع (square metre) become one unit word.
		if strings.Contains(s, "مربع") || strings.Contains(s, "م2") || strings.Contains(s, "م 2") || strings.Contains(s, "م²") || strings.Contains(s, "م ²") { // every match has one (speed)
			s = sqmRe.ReplaceAllString(s, "$1 ${2}مترمربع ")
		}
		// "2 square metres", "sq m", "m²": English's square metre, one unit
		if strings.ContainsAny(s, "qQ²") { // every match has one ((?i) folds q only with Q)
			s = sqmEnRe.ReplaceAllString(s, "$1 sqm$2")
		}
		// م.ط (metre run, a bill of quantities' unit) is "متر طولي"
		if strings.Contains(s, "ط") && strings.ContainsAny(s, "./") {
			s = runRe.ReplaceAllString(s, "$1 متر طولي ")
		}
		rs := []rune(s)
		var cur []rune
		paren := -1 // the token after the last "(" on this line
		eq := -1    // the token after the last "=" on this line
		flush := func() {
			if len(cur) > 0 {
				if w := string(cur); w[0] != 'x' && (!isLatinWord(w) || w[0] < '0' || w[0] > '9') {
					out = append(out, token{text: gradeWord(w)}) // the common case: no figure glued to a unit
				} else {
					out = append(out, splitGlued(w)...)
				}
				cur = cur[:0]
			}
		}
		for i, r := range rs {
			switch {
			case unicode.IsLetter(r) || unicode.IsDigit(r):
				cur = append(cur, r)
			case r == '.' && len(cur) > 0 && i+1 < len(rs) && unicode.IsDigit(rs[i+1]) && unicode.IsDigit(cur[len(cur)-1]):
				cur = append(cur, r)
			case r == compoundMark:
				flush()
				if n := len(out); n > 0 && isNumber(out[n-1].text) {
					out[n-1].compound = true
				}
			case r == '*' || r == '×':
				flush()
				out = append(out, token{text: "x"})
			case r == '(':
				flush()
				paren = len(out)
			case r == ')':
				flush()
				// "(٢)": a figure alone in brackets
				if n := len(out); paren >= 0 && n == paren+1 && isNumber(out[n-1].text) {
					out[n-1].listed = true
				} else if paren >= 0 && pricedAside(out[paren:]) {
					for k := paren; k < n; k++ {
						out[k].used, out[k].aside = true, true
					}
				}
				paren = -1
			case r == '=':
				flush()
				eq = len(out)
			case strings.ContainsRune(",;:+?!./\\", r):
				flush()
				out = append(out, token{text: string(r), sep: true})
			case r == '-' && i > 0 && i+1 < len(rs) && isLatinLetter(rs[i-1]) && isLatinLetter(rs[i+1]):
				// "pillow-top", "soft-close": one compound word's parts,
				// no pause between them
				flush()
			case r == '-' || r == '–' || r == '•':
				flush()
				// a dash between words is a bullet or a pause
				out = append(out, token{text: "-", sep: true})
			case unicode.Is(unicode.So, r):
				flush()
				if n := len(out); n > 0 {
					out[n-1].pause = true // an emoji after a word
				}
			default:
				flush()
			}
		}
		flush()
		if eq >= 0 && eq < len(out) {
			out[eq].afterEq = true
		}
	}
	// "بورسلين ٤٠ متر - ٣٥٠ جنيه للمتر": after a dash, a price alone (one
	// figure with its money word) is no amount either
	for k := 0; k < len(out); k++ {
		if !out[k].sep || out[k].text != "-" {
			continue
		}
		m, nums := k+1, 0
		for ; m < len(out) && (!out[m].sep || out[m].text == "/"); m++ {
			if isNumber(out[m].text) {
				nums++
			}
		}
		if nums == 1 && pricedAside(out[k+1:m]) {
			for j := k + 1; j < m; j++ {
				out[j].used, out[j].aside = true, true
			}
		}
	}
	return timesFirst(sizeTokens(out))
}

// sizeUnitWord: a Latin unit a size's figure may be followed by.
func sizeUnitWord(w string) bool {
	switch lower(w) {
	case "cm", "m", "mm", "mt", "sm", "h", "w", "l", "d":
		return true
	}
	return false
}

// pricedAside: the words in brackets are a price the customer remembers
// or was told ("(كان ١٣٥٠ للمتر)", "(650/m2)", "(٤٠٠ جنيه)"): a figure
// with a money word, "كان" or a "per" sign before a unit. No amount,
// size or product of the line.
func pricedAside(ts []token) bool {
	num, cue := false, false
	for k, t := range ts {
		switch {
		case isNumber(t.text):
			num = true
		case moneyWords[t.text]:
			cue = true
		case t.sep && t.text == "/" && k > 0 && isNumber(ts[k-1].text) && k+1 < len(ts) && !ts[k+1].sep && !isNumber(ts[k+1].text):
			cue = true // "650/m2": so much per unit
		}
	}
	return num && cue
}

// moneyWords name a price: a currency, "was", "for the metre".
var moneyWords = set("كان", "كانت", "جنيه", "ج", "جم", "سعر", "بسعر", "السعر", "للمتر", "للقطعه", "للحته", "was", "le", "egp", "price")

// isLatinLetter: r is a letter of the Latin alphabet.
func isLatinLetter(r rune) bool { return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' }

// splitGlued splits "180x90" into 180 x 90 and "120cm" into 120 cm; other
// tokens are returned whole (Franco-Arabic "3ayez" keeps its digit).
func splitGlued(w string) []token {
	if len(w) > 1 && w[0] == 'x' && isNumber(w[1:]) {
		return []token{{text: "x"}, {text: w[1:]}} // "×3": three of it
	}
	if !isLatinWord(w) || w[0] < '0' || w[0] > '9' {
		return []token{{text: w}}
	}
	i := 0
	for i < len(w) && (w[i] >= '0' && w[i] <= '9' || w[i] == '.') {
		i++
	}
	num, rest := w[:i], w[i:]
	if !isNumber(num) {
		return []token{{text: w}}
	}
	if rest[0] == 'x' && isNumber(rest[1:]) {
		return []token{{text: num}, {text: "x"}, {text: rest[1:]}}
	}
	if rest[0] == 'x' {
		if sub := splitGlued(rest[1:]); len(sub) > 0 && isNumber(sub[0].text) {
			return append([]token{{text: num}, {text: "x"}}, sub...)
		}
	}
	switch rest {
	case "x":
		return []token{{text: num}, {text: "x"}} // "10x": ten times what follows (timesFirst)
	case "cm", "m", "mm", "mt", "sm":
		return []token{{text: num}, {text: rest}}
	}
	return []token{{text: w}}
}

// timesFirst drops the "×" of a count written before its entry's words
// ("10x Levante mixer", "3 × linear drain", "٤× مخدة"): ten of it, not a
// side of 10; a figure after the "×" is a size ("120x200") or a count
// after the goods ("mixer x10") and stays.
func timesFirst(ts []token) []token {
	if !slices.ContainsFunc(ts, func(t token) bool { return t.text == "x" }) {
		return ts[:len(ts):len(ts)] // nothing to drop: no copy (clipped, as a copy's capacity was)
	}
	out := make([]token, 0, len(ts))
	for k, t := range ts {
		if t.text == "x" && !t.sep && k > 0 && isNumber(ts[k-1].text) && k+1 < len(ts) && !ts[k+1].sep && !isNumber(ts[k+1].text) &&
			ts[k+1].text != "x" && (k == 1 || ts[k-2].sep || isLatinWord(ts[k+1].text) && !sizeUnitWord(ts[k+1].text)) {
			continue // at an entry's start, or before an English word that is no unit ("4 x Terra")
		}
		out = append(out, t)
	}
	return out
}

// confusable letters: the ones Egyptians swap in writing because they
// sound alike (ت/ط, س/ص/ث, د/ض/ذ, ز/ذ/ظ, ه/ح, ق/ك/ء, ا/ع/ء, غ/ق).
var confusable = map[[2]rune]bool{}

func init() {
	for _, g := range []string{"تط", "سصث", "دضذ", "زذظ", "هح", "قكء", "اعء", "غق", "يى", "وؤ"} {
		rs := []rune(g)
		for _, x := range rs {
			for _, y := range rs {
				if x != y {
					confusable[[2]rune{x, y}] = true
				}
			}
		}
	}
}

// subCost is the cost of writing one letter for another: 1 between Latin
// letters or confusable Arabic ones, 2 between Arabic letters that sound
// different (مرتبة is not a typo of مكتبة).
func subCost(x, y rune) int {
	if x < 0x0600 || y < 0x0600 || confusable[[2]rune{x, y}] {
		return 1
	}
	return 2
}

// figureWordRe is a figure hyphenated to a word: "2-seater", "5-drawer",
// "4-inch". The figure describes the product (a size, a count of its
// parts); it is never how many are ordered.
var figureWordRe = regexp.MustCompile(`(\d)-(\pL)`)

// gradeRe finds a grade or a code of three or more figures joined by
// dashes with no space ("20-20-20", a fertiliser's NPK grade; "010-1234-5678"):
// one word of the goods' naming, never a count, a size or three of them.
var gradeRe = regexp.MustCompile(`\d+(?:\.\d+)?(?:-\d+(?:\.\d+)?){2,}`)

// gradeJoin is the letter a grade's dashes are written as while the text
// is cut into words (a tatweel: a letter to the cutters, stripped by
// normalising, so never in text that reaches them), and gradeWords gives
// the dashes back.
const gradeJoin = "\u0640"

// gradeCodes joins each grade's figures into one word for the cutters
// (normalised text).
func gradeCodes(s string) string {
	if strings.Count(s, "-") < 2 { // every match has two (speed)
		return s
	}
	return gradeRe.ReplaceAllStringFunc(s, func(m string) string { return strings.ReplaceAll(m, "-", gradeJoin) })
}

// gradeWord gives a grade cut as one word its dashes back: "20-20-20".
func gradeWord(w string) string {
	if !strings.Contains(w, gradeJoin) {
		return w
	}
	return strings.ReplaceAll(w, gradeJoin, "-")
}

// gradeCode: w is a grade said as one word ("20-20-20").
func gradeCode(w string) bool {
	return strings.Contains(w, "-") && gradeRe.MatchString(w) && len(gradeRe.FindString(w)) == len(w)
}

// wordFigureRe is an English number word hyphenated to a word ("two-car",
// "three-seater"): read as its figure, as "2-car" is.
var wordFigureRe = regexp.MustCompile(`(?i)\b(one|two|three|four|five|six|seven|eight|nine|ten)-\pL`)

// seaterRe is a figure before "seater" written apart ("3 seater", "2
// seaters"): the compound "3-seater", a count of seats, never of sofas.
// francoGhRe, francoKhRe: Franco-Arabic's 3' (غ) and 7' (خ), the figure
// of the letter with a stroke, inside a word ("so3'ayara", "7'azna"); a
// foot mark after a figure ("3' x 5'") is none.
var (
	francoGhRe = regexp.MustCompile(`(^|[^0-9])3['’]([a-wyz])`)
	francoKhRe = regexp.MustCompile(`(^|[^0-9])7['’]([a-wyz])`)
)

// francoDigraphs spells 3' and 7' as "gh" and "kh".
func francoDigraphs(s string) string {
	return francoKhRe.ReplaceAllString(francoGhRe.ReplaceAllString(s, "${1}gh$2"), "${1}kh$2")
}

var seaterRe = regexp.MustCompile(`(?i)(\d|\b(?:one|two|three|four|five|six|seven|eight))\s+(seaters?)\b`)

// hasFoldASCII: s holds sub (ASCII lower-case letters) in any case. A
// pattern's (?i) letters e, a, t and r fold with their upper cases alone,
// so no match of seaterRe is missed by asking this first.
func hasFoldASCII(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		k := 0
		for ; k < len(sub) && s[i+k]|0x20 == sub[k]; k++ {
		}
		if k == len(sub) {
			return true
		}
	}
	return false
}

// compoundMark stands between a figure and the word it is hyphenated to
// while a line is split into tokens (a private-use rune, never typed).
const compoundMark = '\uE000'

// mixedRe finds a whole number followed by a simple fraction ("3 1/2") or
// a simple fraction alone ("3/4"); the denominator is one digit and
// larger than the numerator, so sizes ("90/210") and dates stay as they are.
var mixedRe = regexp.MustCompile(`(^|[^\d/.])(?:(\d+)[ ]+)?(\d)[ ]*/[ ]*(\d)($|[^\d/])`)

// mixedNumbers writes mixed numbers and simple fractions as decimals.
func mixedNumbers(s string) string {
	if !strings.Contains(s, "/") {
		return s
	}
	return mixedRe.ReplaceAllStringFunc(s, func(m string) string {
		g := mixedRe.FindStringSubmatch(m)
		num, den := float64(g[3][0]-'0'), float64(g[4][0]-'0')
		if den == 0 || num >= den {
			return m
		}
		v := num / den
		if g[2] != "" {
			w, err := strconv.ParseFloat(g[2], 64)
			if err != nil {
				return m
			}
			v += w
		}
		return g[1] + strconv.FormatFloat(math.Round(v*1000)/1000, 'f', -1, 64) + g[5]
	})
}

// sqmRe finds a square-metre unit: a standalone م followed by 2 or ², or
// "متر مربع".
// accusativeRe: a measure word in standard Arabic's accusative after a
// figure ("متراً", "مربعاً", "طولياً", the tanween gone with normalising).
var accusativeRe = regexp.MustCompile(`(^|[^\p{L}])(متر|مربع|طولي|سنتيمتر|ملليمتر)ا($|[^\p{L}])`)

var sqmRe = regexp.MustCompile(`(^|[^\p{L}])(ال|بال|لل)?(?:م ?[2²]|متر (?:ال)?مربع|مترمربع)(?:$|[^\p{L}\d])`)

// listNumRe is a list marker at the start of a line: "1-", "2)", "3.".
var sqmEnRe = regexp.MustCompile(`(?i)(^|[^\p{L}])(?:(?:square|sq\.?) ?(?:metres?|meters?|mtrs?|m)|m²)($|[^\p{L}\d])`)

var runRe = regexp.MustCompile(`(^|[^\p{L}])م ?[./] ?ط(?:$|[^\p{L}])`)

var listNumRe = regexp.MustCompile(`^\s*\d{1,2}\s*[-.)]\s+`)

// verbLike reports whether an unknown word reads as an Egyptian verb or a
// word carrying a pronoun suffix rather than a thing's name: the present
// prefixes بي/بت/بن/هي/هت/هن, imperatives and pasts ending in وا, objects
// ني/لي/لك/لنا/ها/هم, and adverbs in ًا.
func verbLike(w string) bool {
	for _, p := range []string{"بي", "بت", "بن", "هي", "هت", "هن", "ا"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	for _, s := range []string{"وا", "ني", "لي", "لك", "لنا", "نا", "ها", "هم", "كم", "تو", "تي"} {
		if strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}

// eachWords after كل (Franco "kol") mean "each one": "كل واحدة 120 في
// 160", "kol wa7da 1.2 x 2.5".
var eachWords = map[string]bool{"واحده": true, "واحد": true, "وحده": true, "حته": true, "قطعه": true, "wa7da": true, "wa7ed": true, "wahda": true, "wahed": true}

// verbalNoun reports whether w has the shape of a form-II verbal noun,
// تَفعيل (تنجيد، تلبيس، تركيب، تفصيل): a service done to something, whose
// counted object is the line's quantity ("تنجيد 6 كراسي" is six chairs'
// upholstering, not a part count of it).
func verbalNoun(w string) bool {
	rs := []rune(w)
	return len(rs) == 5 && rs[0] == 'ت' && rs[3] == 'ي' || workNouns[w]
}

// workNouns are the trades' works named by a verbal noun of another shape
// than تفعيل: painting (دهان), re-fluffing cotton (ندف), polishing stone
// (جلي), washing (غسيل), cutting (قص), welding (لحام), inflating (نفخ:
// a balloon's helium, a tyre's air), shipping (شحن), carrying (نقل).
var workNouns = set("دهان", "ندف", "جلي", "غسيل", "قص", "لحام", "نفخ", "شحن", "نقل")

// labourWords name the workmanship of a work: "مصنعية تركيب", "أجرة تفصيل".
var labourWords = set("مصنعيه", "مصنعيات", "اجره", "اجرة", "اجر", "عماله", "شغل")

// pieceWords after a figure say it counts pieces: "٣٥ حتة", "20 pcs".
var pieceWords = set("حته", "حتت", "حبه", "حبات", "قطعه", "قطع", "pcs", "pc", "pieces", "piece",
	// packs a shop counts in: a bag, a box, a roll, a kilo of what is sold by them
	"كيس", "اكياس", "شكاره", "شيكاره", "شكاير", "شكائر", "علبه", "علب", "لفه", "لفات", "كرتونه", "كراتين",
	"كيلو", "كيلوات", "كجم", "kg", "kilo", "kilos", "bag", "bags", "box", "boxes", "roll", "rolls", "pack", "packs",
	// sheets and boards a shop cuts or sells whole: "٣ الواح اسفنج"
	"لوح", "الواح",
	// containers: a bucket, a tin, a spool, a sack, a carton (a رول is one
	// only where no product sold by length or area is named so)
	"جردل", "جرادل", "سطل", "سطول", "بستله", "بستلات", "جالون", "جالونات", "باكو", "باكت", "بكره", "بكر", "رول", "رولات",
	"جركن", "جراكن", "جركنه", "jerrycan", "jerrycans", "gerkin", "gerken",
	// a bottle, Egyptian (ازازة، قزازة) or standard (زجاجة): "٦ ازايز مياه"
	"ازازه", "ازايز", "قزازه", "قزايز", "زجاجه", "زجاجات", "bottle", "bottles", "ezaza", "2ezaza", "azayez",
	"bucket", "buckets", "pail", "pails", "tub", "tubs", "tin", "tins", "sack", "sacks", "carton", "cartons", "packet", "packets",
	"gardal", "gardel", "shekara", "shikara", "shekara", "shkara", "kis", "kees", "3elba", "elba", "kartona", "lafa", "sat2",
	"bako", "bakoo", "baku", "bakt", "3elab", "3olab")

// francoPackDuals are pack words' duals as Franco-Arabic writes them:
// "3elbeteen" (علبتين), "keseen" (كيسين), "bakoen" (باكوين), "ezazteen"
// (ازازتين), "shekarteen" (شكارتين), "gardaleen" (جردلين), "kartonteen"
// (كرتونتين).
var francoPackDuals = set("3elbeteen", "3elbteen", "3elbiteen", "3elbten", "3elbtein", "3elbetein",
	"keseen", "kiseen", "keeseen", "kesein", "kisein",
	"bakoen", "bakoyn", "bakoein", "bakween",
	"ezazteen", "2ezazteen", "ezaztein", "2ezaztein", "azazteen",
	"shekarteen", "shkarteen", "shikarteen", "gardaleen", "gardleen", "kartonteen", "kartonten")

// packDual reads the dual of a pack word: "جردلين", "شيكارتين", "علبتين"
// are two of them.
func packDual(w string) bool {
	if francoPackDual(lower(w)) {
		return true
	}
	if st, ok := strings.CutSuffix(w, "تين"); ok && pieceWords[st+"ه"] {
		return true
	}
	st, ok := strings.CutSuffix(w, "ين")
	return ok && utf8.RuneCountInString(st) >= 3 && pieceWords[st]
}

// readyWords say goods are made already, not to order ("تابلوه جاهز"):
// nothing a product the catalog sells ready lacks.
var readyWords = set("جاهز", "جاهزه", "جاهزين", "ready", "readymade", "gahez", "gahza", "gahzeen")

// serviceWords name how an order is paid, delivered or handled, never goods:
// "و كاش", "، عاجل", "+ توصيل".
var serviceWords = set("كاش", "دفع", "نقدي", "فيزا", "visa", "cash", "تقسيط", "قسط", "اقساط", "انستاباي", "instapay",
	"فودافون", "تحويل", "عربون", "مقدم", "عاجل", "مستعجل", "بسرعه", "سريع", "توصيل", "شحن", "تركيب", "ضمان",
	"فاتوره", "خصم", "استلام", "عنوان", "تليفون", "موبايل", "رقم", "اسم", "ميعاد", "معاد", "معاينه", "مقاسات")

// surfaceOf finds phrase (normalised words joined by spaces, as an item's
// phrase is built) in the message as the customer wrote it and returns
// that span of the original text, so replies quote the customer's own
// words ("تربيزة السفرة" rather than "تربيزه السفره"). When the words
// cannot be found in order (a rewritten fraction, a dropped word) the
// phrase is returned as it is.
func surfaceOf(text, phrase string) string {
	want := strings.Fields(phrase)
	if strings.Contains(phrase, "-") {
		var parts []string
		for _, w := range want {
			if gradeCode(w) {
				parts = append(parts, strings.Split(w, "-")...) // "20-20-20": three written runs
			} else {
				parts = append(parts, w)
			}
		}
		want = parts
	}
	if len(want) == 0 {
		return phrase
	}
	runs := surfaceRunsOf(text)
	for k := range runs {
		w, j := 0, k
		for w < len(want) && j < len(runs) {
			// one written word may hold several of the phrase's ("120سم")
			joined, n := "", 0
			for w+n < len(want) && len(joined) < len(runs[j].norm) {
				joined += lower(want[w+n])
				n++
			}
			if joined != runs[j].norm && joined != specRun(runs[j].norm) {
				break
			}
			w += n
			j++
		}
		if w == len(want) {
			return text[runs[k].start:runs[j-1].end]
		}
	}
	return phrase
}

// surfaceRun is a written word of a message: its bytes and its
// normalised form.
type surfaceRun struct {
	start, end int
	norm       string
}

// lastRuns keeps the written words of the last message surfaceOf read:
// it is asked of one message many times (each item's phrase, colour,
// lacks), and the words are the same each time. Shared by goroutines,
// replaced whole (never changed), so safe for concurrent use.
var lastRuns atomic.Pointer[textRuns]

type textRuns struct {
	text string
	runs []surfaceRun
}

// surfaceRunsOf: the written words of text (runs of letters, digits,
// marks, tatweel and decimal points). The slice is shared: read only.
func surfaceRunsOf(text string) []surfaceRun {
	if c := lastRuns.Load(); c != nil && c.text == text {
		return c.runs
	}
	var runs []surfaceRun
	start := -1
	flush := func(end int) {
		if start >= 0 {
			norm := lower(arabic.Normalize(text[start:end]))
			if st, ok := strings.CutSuffix(norm, "ا"); ok && accusativeRe.MatchString(norm) {
				norm = st // "متراً" was read "متر"
			}
			runs = append(runs, surfaceRun{start, end, norm})
			start = -1
		}
	}
	prev := rune(0)
	for i, r := range text {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || r == 'ـ' ||
			decimalPoint(text, i, prev) {
			if start < 0 {
				start = i
			}
			prev = r
			continue
		}
		prev = r
		flush(i)
	}
	flush(len(text))
	lastRuns.Store(&textRuns{text, runs})
	return runs
}

// decimalPoint: the rune at text[i] is the point of a figure ("1.5",
// "١٫٥"), a digit on either side, so the figure is one written word.
func decimalPoint(text string, i int, prev rune) bool {
	r, n := utf8.DecodeRuneInString(text[i:])
	if r != '.' && r != '٫' || !unicode.IsDigit(prev) {
		return false
	}
	next, _ := utf8.DecodeRuneInString(text[i+n:])
	return unicode.IsDigit(next)
}

// placeWords are the rooms and places goods are for ("للصالة", "اوضتين"):
// known words that name no item.
var placeWords = set("بيت", "البيت", "منزل", "المنزل", "house", "home", "اوضه", "اوض", "اوضتين", "الاوضه", "صاله", "الصاله", "ريسبشن", "الريسبشن", "طرقه", "الطرقه",
	"محل", "المحل", "شقه", "الشقه", "شقق", "الشقق", "عياده", "العياده", "كمبوند", "الكمبوند", "قريه", "القريه",
	"بنسيون", "البنسيون", "لودج", "hotel", "lodge", "hostel", "دريشه", "الدريشه", "دريشات", // دريشة: the Gulf's window
	"شاليه", "الشاليه", "شاليهات", "الشاليهات", "فيلا", "الفيلا", "عماره", "العماره", "جنينه", "الجنينه", "بلكونه",
	"البلكونه", "روف", "الروف", "مدرسه", "المدرسه", "فندق", "الفندق", "مطعم", "المطعم", "كافيه", "الكافيه", "مساحه",
	"المساحه", "السباحه", "شباك", "الشباك", "شبابيك", "الشبابيك", "window", "windows", "panel", "panels", "pane", "panes", "room", "rooms", "bedroom", "living", "office", "place", "shop", "flat", "apartment", "garden", "villa", "balcony",
	"مكتب", "المكتب", "مكاتب", "المكاتب", // "٤ شبابيك في المكتب": where they are (a desk a shop sells heads no place)
	"قعده", "القعده", // a sitting corner of a roof or a garden: "عايز اعمله قعدة للصيف"
	"شركه", "الشركه", "شركتنا", "مصنع", "المصنع", "مخزن", "المخزن", // "في الشركة": where the customer works
	"ورشه", "الورشه", "ورشتي", "ورشتنا", "workshop", // "بكلمك من الورشة": a craftsman's shop
	"حضانه", "الحضانه", "مستشفي", "المستشفي", "nursery", "school", "hospital", // "(حضانة النور)": whom the goods are for
	// a prayer hall, a mosque, a hall, a garage: "لأرضية المصلى السفلي"
	"مسجد", "المسجد", "جامع", "الجامع", "مصلي", "المصلي", "قاعه", "القاعه", "جراج", "الجراج",
	// Franco: "2 shebabik kol wa7ed …", "3 owad"
	"shebak", "shebbak", "shebabik", "shababik", "shbabik", "oda", "ouda", "owad", "ewad", "sala", "sha2a", "sha2a2", "balakona", "balkona", "genena", "gnena",
	"ganeena", "gneena", "geneena", "ganena")

func placeWord(w string) bool { return placeWords[w] }

// destination: a word carrying "for" (ل، لل، ول، ولل) says what the goods
// are for ("لأوضة", "للمحل", "وللطرقة"): a known construction that names
// no item and changes no line.
func destination(surface string) bool {
	w := wordKey(surface)
	for _, p := range []string{"ولل", "لل", "ول", "ل"} {
		if rest, ok := strings.CutPrefix(w, p); ok && utf8.RuneCountInString(rest) >= 3 && isArabicWord(rest) {
			// "لل" is ل with the article: a noun, whatever its letters
			// ("للبيسين"); "لاوضه": ا is the noun's, not a verb's
			return strings.HasSuffix(p, "لل") || !verbLike(rest) || strings.HasPrefix(rest, "ا")
		}
	}
	return false
}

// bareSurface is a word as the customer wrote it, its first word when
// Arabic, with و and the article taken off ("والكراسي" → كراسي).
func bareSurface(surface string) string {
	w := lower(surface)
	if first, _, ok := strings.Cut(w, " "); ok && isArabicWord(first) {
		w = first
	}
	for _, p := range []string{"وال", "بال", "ال", "و"} {
		if rest, ok := strings.CutPrefix(w, p); ok && utf8.RuneCountInString(rest) >= 4 {
			return rest
		}
	}
	return w
}

// pluralSurface reports whether a word as written is a plural of the unit
// it was read as: an Arabic sound plural in ات, or an English plural in s.
// Of an Arabic phrase read as one unit the first word says it, the noun
// the rest is joined to ("دولاب ملفات": one cabinet of files).
func pluralSurface(surface, unit string) bool {
	w := bareSurface(surface)
	if w == unit {
		return false
	}
	if isArabicWord(w) {
		return strings.HasSuffix(w, "ات") && utf8.RuneCountInString(w) >= 5
	}
	return isLatinWord(w) && strings.HasSuffix(w, "s") && wordKey(w) != w
}

// Words placed beside an order. The policy sends to staff a message with a
// word the rules cannot place, so the ordinary talk around an order must be
// known by what it is, not word by word: each class below names what its
// words are, and they are placed only when the message names a product
// (alone they ask nothing the box can answer).

// workStems are the roots of the work a showroom's goods take: install
// (ركب), tailor (فصل), prepare (جهز، حضر), finish a flat (شطب), renew
// (جدد), tile (بلط), furnish (فرش), cover (غطي), paint (دهن), upholster
// (نجد), measure (قيس), do (عمل), carry out (نفذ), send (بعت), take (اخد),
// supply (ورد), clad (لبس، كسي), hang (علق), change (غير), add (زود),
// deliver (وصل), remove (شيل), move (نقل), sew (خيط), cut (قص), adjust
// (ظبط), pass by for it (عدي), pull (شد), finish (خلص: "وخلصنا السباكة"),
// put (حط: "يتحطوا بين الزرع").
// Written as verbs (workVerb) they say what is to be done with the goods,
// never which goods.
var workStems = set("ركب", "فصل", "جهز", "حضر", "شطب", "جدد", "بلط", "فرش", "غطي", "غط", "دهن", "نجد", "قيس",
	"عمل", "نفذ", "بعت", "اخد", "ورد", "لبس", "كسي", "علق", "غير", "زود", "وصل", "شيل", "نقل", "خيط", "قص", "ظبط",
	"عدي", "شد", "خلص", "حط")

// englishWork are the English verbs of the same work, read with their
// endings ("renovating", "furnished", "installs").
var englishWork = set("renovate", "renovat", "furnish", "install", "fit", "paint", "tile", "decorate", "decorat",
	"redo", "build", "finish", "move", "deliver", "assemble", "assembl", "measure", "measur", "fix", "replace", "replac")

// englishWorkVerb: w is one of englishWork with an English verb ending.
func englishWorkVerb(w string) bool { return englishVerb(w, englishWork) }

// englishPlans are the English verbs of a customer's plans told beside an
// order, the business or home the goods are for: opening, expanding,
// launching, starting, planning ("We're opening a rooftop café next
// month", "we are expanding the terrace").
var englishPlans = set("open", "expand", "launch", "start", "plan", "plann")

// englishVerb: w is one of stems with an English verb ending.
func englishVerb(w string, stems map[string]bool) bool {
	if !isLatinWord(w) {
		return false
	}
	for _, s := range []string{"ing", "ed", "es", "s", "d", ""} {
		if st, ok := strings.CutSuffix(w, s); ok && len(st) >= 3 && stems[st] {
			return true
		}
	}
	return false
}

// verbPrefixes are Egyptian verb prefixes: the person of the present
// (ا I, ن we, ي he, ت you/she), the progressive ب and the future ه/ح
// before them ("بنجدد", "هناخد", "بجهز").
var verbPrefixes = []string{"بن", "بت", "بي", "هن", "هت", "هي", "حن", "حت", "حي", "ب", "ه", "ا", "ن", "ي", "ت",
	// the passive ت after them, and the passive past ات ("يتحطوا", "هيتركب", "اتعمل")
	"بيت", "بتت", "بنت", "هيت", "هتت", "هنت", "يت", "تت", "نت", "ات"}

// verbObjects are the endings a verb takes for its object or for whom
// the work is done ("ركبلي", "جهزهولي", "فصلوها"); verbSubjects the past's
// and the plural's persons before them (ت، نا، تو، وا).
var (
	verbObjects  = []string{"هولي", "هالي", "هملي", "ولي", "لنا", "لي", "ني", "ها", "هم", "ه", ""}
	verbSubjects = []string{"توا", "تو", "وا", "و", "نا", "ت", ""}
)

// workVerb reports whether w is a verb of one of the workStems: a stem with
// a verb prefix ("اركب", "بنجدد", "نغطي"), or with an ending only a verb
// takes ("ركبلي", "فصلوها", "جهزت"). A stem alone or with a bare ه is not
// enough: "فرشه" is also a brush.
func workVerb(w string) bool { return stemVerb(w, workStems) }

// stemVerb is workVerb over any set of stems, also negated: Egyptian
// wraps a verb in م…ش ("مبعملش", "مركبتش", "ماعملناش").
func stemVerb(w string, stems map[string]bool) bool {
	if affirmedVerb(w, stems) {
		return true
	}
	if st, ok := strings.CutSuffix(w, "ش"); ok {
		for _, neg := range []string{"ما", "م"} {
			if rest, ok := strings.CutPrefix(st, neg); ok && utf8.RuneCountInString(rest) >= 3 && affirmedVerb(rest, stems) {
				return true
			}
		}
	}
	return false
}

// affirmedVerb is stemVerb without the negation.
func affirmedVerb(w string, stems map[string]bool) bool {
	for _, o := range verbObjects {
		st, ok := strings.CutSuffix(w, o)
		if !ok || utf8.RuneCountInString(st) < 2 {
			continue
		}
		for _, s := range verbSubjects {
			stem, ok := strings.CutSuffix(st, s)
			if !ok || utf8.RuneCountInString(stem) < 2 {
				continue
			}
			if stems[stem] && (s != "" || o != "" && o != "ه") {
				return true // "ركبلي", "فصلوها", "جهزت"
			}
			for _, p := range verbPrefixes {
				if rest, ok := strings.CutPrefix(stem, p); ok && stems[rest] {
					return true // "بنجدد", "اغطي", "نفرشه"
				}
			}
		}
	}
	return false
}

// talkStems are the roots of the talk around an order, never of goods:
// call or talk to (كلم), agree (اتفق, its stem تفق), postpone (أجل, folded
// اجل), say or tell (قول: "وتقولولنا"), know (عرف: "عايز يعرف التكلفة"),
// start (بدا: "قبل ما نبدأ"), work with someone (شتغل: "هنشتغل معاكم"),
// finish (خلص: "خلصنا", "لسه مخلصين"), let know (بلغ: "تبلغوني"), decide
// (قرر: "قررت"), become (بقي: "فبقينا بنجيب"), leave (ساب، سيب: "المقاول
// سابلنا الحمامات"). Read with the verb morphology of
// workVerb (talkVerb), never a word of the goods nor a near spelling of
// one.
var talkStems = set("كلم", "تفق", "اجل", "قول", "عرف", "بدا", "بدء", "بتدي", "شتغل", "خلص", "بلغ", "قرر", "بقي", "ساب", "سيب")

// talkObjects are the endings a verb of talk takes: for me, him, her,
// them, you ("هكلمك", "هنأجله", "نتفق معاكم").
var talkObjects = []string{"هولكم", "هالكم", "لكم", "لك", "كم", "كو", "ك", "ني", "ها", "هم", "ه", ""}

// talkVerb: w is a verb of one of the talkStems ("وتقولولنا", "يعرف",
// "نبدا", "هنشتغل", "خلصنا"), with a verb prefix and an object ("هنكلمك",
// "نتفق", "هنأجله": "we'll call you and agree", "the third bathroom we'll
// put off"), or their participle of people ("مخلصين") — talk and time,
// no goods.
func talkVerb(w string) bool {
	if stemVerb(w, talkStems) || participle(w, talkStems) {
		return true
	}
	for _, o := range talkObjects {
		st, ok := strings.CutSuffix(w, o)
		if !ok || utf8.RuneCountInString(st) < 4 {
			continue
		}
		for _, p := range verbPrefixes {
			if rest, ok := strings.CutPrefix(st, p); ok && talkStems[rest] {
				return true
			}
		}
	}
	return false
}

// reciprocalVerb: w has the shape of the Egyptian past of a verb done
// with someone, اتفاعل ("اتخانق مع المقاول", "اتقابلنا", "اتفاهموا"):
// ات, a consonant, the long ا, two consonants, and the past's persons.
// No goods' noun is written so (a noun in ات is "اتجاه", "اتصال").
func reciprocalVerb(w string) bool {
	for _, s := range []string{"توا", "تو", "وا", "نا", "ت", ""} {
		st, ok := strings.CutSuffix(w, s)
		if !ok {
			continue
		}
		rs := []rune(st)
		if len(rs) == 6 && rs[0] == 'ا' && rs[1] == 'ت' && rs[3] == 'ا' && rs[2] != 'ا' && rs[4] != 'ا' && rs[5] != 'ا' {
			return true
		}
	}
	return false
}

// participle: w is م + a stem + the plural ين or the feminine ه
// ("مخلصين", "مخلصه"): people who did it. Never of a work stem: "منجدة"
// (upholstered) describes goods.
func participle(w string, stems map[string]bool) bool {
	st, ok := strings.CutPrefix(w, "م")
	if !ok {
		return false
	}
	for _, suf := range []string{"ين", "ه"} {
		if stem, ok := strings.CutSuffix(st, suf); ok && stems[stem] {
			return true
		}
	}
	return false
}

// changeStems are the roots of how a customer's place or business changes,
// told as why the goods are wanted: widening a place (وسع: "بنوسع
// الصالة"), a place holding something or not (the same root as Egyptian
// says it, ساع: "الروف مش هيساع"), growing (زاد، زيد: "الزباين زادت").
// Read with the verb morphology of workVerb (changeVerb).
var changeStems = set("وسع", "ساع", "زاد", "زيد")

// changeVerb: w is a verb of one of the changeStems ("وبنوسع", "هيساع",
// "زادت"), never the comparative أفعل of the same letters ("اوسع",
// "ازيد": wider, more), which describes goods.
func changeVerb(w string) bool {
	if st, ok := strings.CutPrefix(w, "ا"); ok && changeStems[st] {
		return false
	}
	return stemVerb(w, changeStems)
}

// buildTrades are the building trades a home's finishing goes through
// ("خلصنا السباكة", "لسه على المحارة"): the work around the order, no goods.
var buildTrades = set("سباكه", "نجاره", "محاره", "نقاشه", "دهانات", "كهربا", "كهرباء", "بياض", "تشطيب", "تشطيبات",
	"plumbing", "carpentry", "plastering", "wiring", "electrics")

// vehicleWords carry the goods the customer takes themselves: "التوصيل
// هيبقى بعربية من عندنا", "هاجي بالعربية".
var vehicleWords = set("عربيه", "بعربيه", "بالعربيه", "عربيتي", "عربيتنا", "بعربيتي", "بعربيتنا", "car", "truck", "pickup")

// priceTalk says how a price seems: "لو السعر مناسب", "سعره معقول".
var priceTalk = set("مناسب", "مناسبه", "معقول", "معقوله", "reasonable", "affordable")

// workNoun: w is the verbal noun تفعيل of a work stem ("تشطيب", "تنفيذ",
// "تجديد"): the work a flat is getting.
func workNoun(w string) bool {
	rs := []rune(w)
	return len(rs) == 5 && rs[0] == 'ت' && rs[3] == 'ي' && workStems[string([]rune{rs[1], rs[2], rs[4]})]
}

// talkWords are the conversation around an order: seeing and liking ("شفت عندكم … وعجبتني"),
// asking to know or to see, saying "I tell you", calling back, the order
// as a heading ("الطلب:"), "God willing", "exactly", "alike" and the
// group addressed ("يا جماعة").
var talkWords = set("شفت", "شوفت", "شفنا", "لقيت", "عجبني", "عجبتني", "عجبنا",
	"بايدي", "بايديا", "بايدينا", "بايديها", "بنفسي", "بنفسنا", "بنفسها", // "اعمل مخدات بايدي": who does the work
	"myself", "ourselves", "himself", "herself", "themselves", // English's بنفسي: "we'll pick them up ourselves"
	"عجبتنا", "اشوف", "نشوف", "اتفرج", "افهم", "استفسر", "نستفسر", "بقولك", "اقولك", "قولي", "قولولي", "تقولي", "تقوللي",
	"يتصل", "تتصل", "اتصل", "اتصلوا", "يكلمني", "تكلمني", "كلموني", "كلمتك", "كلمتكم", "كلمتكو", "كلمناكم", "المهم", "مهم", "يرن", "ترن", "رنه", "واتساب", "whatsapp", "call",
	"طلب", "طلبي", "طلبيه", "الطلبيه", "ان", "شاء", "انشاء", "انشالله", "inshallah", "ماشاء", "ماشالله", "mashallah", "mashaallah", "بالظبط", "بالضبط", "بظبط", "زي", "زيه", "زيها", "زيهم", "بعض",
	"جماعه", "ياجماعه", "اوك", "خلاص", "ماشي", "يلا", "بقي", "بقولكم", "منه", "بيا", "بيه", "ليك", "ليكم", "ليكو",
	"looks", "look", "great", "nice", "lot", "much", "stock",
	// how the customer feels about the plans told: "very excited", "so happy"
	"excited", "happy", "glad", "thrilled",
	// what it bears, asked beside its price: "وبيستحمل وزن كام؟" (talk, not
	// a filler: "zan" stays زان)
	"وزن", "وزنه", "وزنها", "بيستحمل", "بتستحمل", "يستحمل", "تستحمل",
	// how many the shop has: "وعندكم منها كتير؟", "في كمية؟"
	"كتير", "كثير", "كميه", "كميات", "ktir", "kteer",
	// an expatriate's trip home around the order: "Flying in from London
	// next week for a Sahel trip", "I'll pick them up", "please supply"
	"flying", "fly", "trip", "holiday", "vacation", "visiting", "visit", "arriving", "landing", "pick", "collect", "ordering", "supply",
	// the shop's page where the goods were seen: "اللي على الصفحة", "saw it on your page"
	"الصفحه", "صفحتكم", "البيدج", "البوست", "بوست", "فيسبوك", "الفيس", "انستجرام", "page", "post", "facebook", "instagram",
	// "وابقى قولي الإجمالي": and then tell me; "شفت الموديلات": the models seen
	"الموديلات", "موديلاتكم", "عندكو",
	// what the shop told before ("زي ما قلتلي"), what was agreed ("زي ما
	// اتفقنا", "احنا اتفقنا مع المهندس على …": a discrepancy only beside a defect)
	"ما", "قلتلي", "قولتلي", "قلتلنا", "قولتلنا", "قلتولي", "قولتولي", "اتفقنا", "اتفقت", "متفقين",
	// a visit told ("جيت عندكو امبارح وشفنا …"), and taking in a
	// condition ("لو خدت ١٠ يبقوا بكام")
	"كنت", "كنا", "جيت", "جينا", "خدت", "اخدت", "خدنا", "اخدنا", "ناخد", "اخد",
	// deciding after looking around ("قررت بعد ما لفيت"), the models seen, a spare
	// what a place lacks, said of why ("عشان حمام الضيوف مفيهوش دش")
	"مفيهوش", "مفيهاش", "مفيهمش", "ملوش", "ملهاش",
	"قررت", "قررنا", "استقرينا", "استقريت", "رسينا", "رسيت", "اخترنا", "اخترت", "لفيت", "لفينا", "موديلات", "زياده",
	// greetings said before it, doing it oneself, and wishes for the goods
	// ("مساء الفل", "هاي", "بنفسي", "بس يكونوا كويسين")
	"فل", "هاي", "هلو", "ريت", "شويه", "شويتين", "احسن", "ahsan", "a7san", "بنفسي", "بنفسنا", "بنفسه", "يكون", "يكونوا", "تكون", "تكونوا", "كويس", "كويسين", "كويسه",
	"حلو", "حلوين", "حلوه", "ممتاز", "ممتازه", "نضيف", "نضيفه", "مظبوط", "مظبوطه", "مضبوط",
	// where it was seen and how it looks: "شفتها في الفاترينة", "ستايل
	// كلاسيك", "بنفس الستايل"; "take" said to the customer ("خدي الكبيرة")
	"فاترينه", "فترينه", "vitrine", "ستايل", "استايل", "style", "خد", "خدي", "خدوا", "خدو",
	// ordinals naming which of the things said ("الاولى ٤ في ٣ والتانية …")
	"الاول", "الاولي", "الاولاني", "الاولانيه", "التالت", "التالته", "الرابع", "الرابعه", "الاخيره", "first", "second", "third")

// articled reports whether a word as written carries the article, alone or
// after a clitic ("الحمام", "للحمام", "بالصالة", "والمطبخ").
func articled(surface string) bool {
	for _, p := range []string{"ال", "لل", "وال", "ولل", "بال", "فال"} {
		if strings.HasPrefix(surface, p) && utf8.RuneCountInString(surface) > utf8.RuneCountInString(p)+1 {
			return true
		}
	}
	return false
}

// personaWords say who the customer is or what the goods are for in
// their life: a bride or groom furnishing, a wedding, a move, a new flat.
var personaWords = set("عروسه", "عريس", "عرسان", "العروسه", "العريس", "فرح", "فرحي", "فرحنا", "جواز", "جوازي", "جوازه",
	"هتتجوز", "هيتجوز", "هتجوز", "هنتجوز", "اتجوز", "اتجوزت", "اتجوزوا", "بتتجوز", "هيتجوزوا", // getting married ("البنت اللي هتتجوز")
	// whose home it is: family ("شقة بنتي", "عند الوالد", "لأخويا"), and how they are ("راقد", "تعبان")
	"بنت", "ولد", "صاحب", "صاحبه", // "فالبنت بتقول", "وصاحبها عايز يعرف": the girl, the owner
	// Franco: "sereer l ebni", "lel benti"
	"ebni", "ebny", "benti", "bnti", "binti", "mrati", "merati", "gozi", "gozy", "weladi", "wladi", "7afidi", "7afidti",
	// ours, not mine: "l bentena", "لابننا", "عيالنا"
	"bentena", "bentna", "ebnena", "ebnna", "weladna", "wladna", "3eyalna", "بنتنا", "ابننا", "ولادنا", "عيالنا",
	"wlad", "welad", "3eyal", "3ial", "el3eyal", // Franco "lel wlad" (for the kids): الولاد، العيال
	"بنتي", "ابني", "الواد", "الولاد", "العيال", "البت", "حفيدي", "حفيدتي", "احفادي", "حفيده", "حفيدته", "ولادي", "اخويا", "اختي", "امي", "ابويا", "والدي", "والدتي", "الوالد", "الوالده", "جوزي", "مراتي", "حماتي",
	"راقد", "راقده", "تعبان", "تعبانه", "عيان", "عيانه", "مريض", "مريضه",
	"ماما", "بابا", "mama", "baba", "mum", "mom", "dad", "parents", "mother", "father",
	"uncle", "aunt", "auntie", "cousin", "grandfather", "grandmother", "grandpa", "grandma", "granny", // "for my father and uncle"
	"عيله", "العيله", "عيلتي", "عيلتنا", "family", // "صورة عيلتي": my family's photo
	// who else orders in the same message: "انا وجارتي هنطلب سوا", "طلب
	// ليا ولجاري", "وطلب صاحبي"
	"جاري", "جارتي", "جيراني", "صاحبي", "صاحبتي", "صحابي", "اخويا", "اخوي", "سوا", "سوي", "neighbour", "neighbor", "friend", "brother", "sister", "together",
	"sa7bi", "sa7bti", "gari", "garti", "a5oya", "akhoya", "talabi",
	"خطوبه", "عزال", "شركه", "شركتنا", "مؤسسه", "مصنع", "company", "firm", "نقل", "نقلت", "ساكن", "ساكنين", "جديده", "جديد", "قديم", "قديمه",
	// a move said as done ("احنا لسه نقلين الشقة الجديدة", "اتنقلنا", "عزلنا")
	"ناقلين", "نقلين", "نقلنا", "اتنقلنا", "هننقل", "عزلنا", "معزلين", "هنعزل",
	// who is buying for whom: a trade ("انا مهندسة ديكور", "انا ديزاينر",
	// "مقاول") and the client the goods are for ("لعميل عندي", "for a client")
	"ديكور", "ديزاينر", "ديزاينره", "مصمم", "مصممه", "مقاول", "مقاولات", "انتريور", "designer", "interior", "contractor", "architect", "decorator",
	"عميل", "لعميل", "عميلي", "لعميلي", "عميله", "لعميله", "عملاء", "لعملاء", "زبون", "لزبون", "زبوني", "client", "clients", "customer",
	// the client named ("والزبونة عايزة المقابض ٣٢٠"), in either gender
	"العميل", "للعميل", "العميله", "للعميله", "الزبون", "للزبون", "زبونه", "لزبونه", "الزبونه", "للزبونه", "زبونتي",
	// a business's customers, in the plural Egyptians say: "الزباين زادت"
	"زباين", "الزباين", "زبايني", "زباينا", "زبائن", "الزبائن", "customers")

// dayParts and spans of time said beside an order: when it is wanted.
var dayParts = set("بقاله", "بقالها", "بقالي", "بقالنا", "بقالهم", "يومين", "شهرين", "اسبوعين", "سنتين", "الصبح", "صباحا", "الضهر", "العصر", "المغرب", "بالليل", "الليل", "بليل", "بدري", "متاخر", "شهر",
	"شهور", "اسابيع", "ايام", "يوم", "سنه", "ميعاد", "معاد", "مره", "فات", "فاتت", "هتوصل", "هيوصل", "توصل", "هتيجي", "هييجي", "هتجيلي", "تيجوا", "تيجو", "تيجي", "امتي", "امتا",
	"morning", "evening", "tomorrow", "today", "soon",
	// this year, the appointment ("السنة دي خلاص", "تبلغوني بميعاد التركيب"),
	// and English times of the story ("we finally finished", "every night")
	"السنه", "السنادي", "النهارده", "الميعاد", "المعاد", "ميعاده", "ميعادها",
	"night", "nights", "tonight", "finally", "recently", "lately", "already", "eventually", "yesterday", "weekend")

// projectWords tell the work or the part of a building the goods are for,
// in an English order's opening: "for the new wing:", "for the renovation
// of our third floor we need …".
var projectWords = set("renovation", "renovating", "refurbishment", "refurbishing", "wing", "floor", "storey", "project", "site",
	"new", "first", "second", "third", "fourth", "fifth", "ground", "top")

// roomWords are the rooms and parts of a home or a business goods go in:
// a place, named with its own qualifier ("حمام الضيوف", "اوضة النوم").
var roomWords = set("حمام", "حمامات", "مطبخ", "مطابخ", "سطح", "سلم", "معرض", "تراس", "مدخل", "جراج", "غرفه", "غرف",
	"بيسين", "حديقه", "بدروم", "دور", "ريسيبشن", "kitchen", "bathroom", "terrace", "roof", "rooftop", "pool")

// voiceWords are the talk of a voice note typed out around an order: a
// call's opening ("الو", "يا حبيبي", "يا سيدي"), laughter, who is who
// ("جارة الحاج عبده", "الواد قاسه", "العيال والاحفاد", "جهاز بنتي"), what
// was ("من زمان", "فاكرني؟", "مات الله يرحمه", "اتاكل من الميه ده عايزة
// بداله"), a trip ("احنا مسافرين"), "والنبي متنساش", "وبالمرة", "هات
// معاك" — placed, no goods and no complaint.
var voiceWords = set("الو", "هههه", "ههههه", "هههههه", "حبيبي", "حبيبتي", "سيدي", "ياسيدي", "زمان", "فاكرني", "فاكراني", "فاكر", "فاكره",
	"جاره", "جارتنا", "الواد", "واد", "البت", "عيال", "العيال", "عيالي", "عيالك", "احفاد", "الاحفاد", "احفادي", "جهاز", "الجهاز", "جهازها", "اتخطبت", "اتخطب",
	"مسافرين", "مسافر", "مسافره", "قالولي", "قالتلي", "بتقول", "بيقول", "بتقولي",
	"مات", "ماتت", "يرحمه", "يرحمها", "اتاكل", "اتاكلت", "بداله", "بدالها", "بدالهم", "النبي", "متنساش", "متنسوش", "متنسيش",
	"بالمره", "معاك", "معاكي", "ييجي", "تيجي", "كلني", "الزحمه", "زحمه", "الطريق", "العجمي", "اسبوع", "الاسبوع", "الجاي", "الجايه")

// surfaceWords are the parts of a building or a piece goods cover:
// "جرانيت أرضيات", "عندي ارضية قديمة", "سيراميك حوائط", "حرف مطبق على
// الواجهة" (the front a worktop's edge shows on).
var surfaceWords = set("ارضيات", "ارضيه", "حوائط", "حيطان", "سقف", "اسقف", "floors", "floor", "walls", "واجهه", "واجهات")

// roomQualifiers name which room: whose (the guests', the master, the
// children's), what for (sleeping, living, eating), which one (the first,
// the main, the old one).
var roomQualifiers = set("نوم", "ضيوف", "ماستر", "رئيسي", "رئيسيه", "اطفال", "اولاد", "ولاد", "بنات", "معيشه", "استقبال",
	"اكل", "سفره", "خدمه", "اول", "اولي", "اولاني", "اولانيه", "تالت", "تالته", "رابع", "رابعه", "كبير", "كبيره",
	"صغير", "صغيره", "قديم", "قديمه", "جديد", "جديده", "master", "guest", "main", "kids")

// areaWords are the places in Egypt customers live and ask delivery to:
// governorates, cities and Cairo's and Giza's districts.
var areaWords = set("القاهره", "الجيزه", "اسكندريه", "الاسكندريه", "اكتوبر", "زايد", "الشيخ", "التجمع", "الخامس",
	"الرحاب", "مدينتي", "الشروق", "العبور", "المعادي", "مصر", "الجديده", "نصر", "مدينه", "المهندسين", "الدقي",
	"الزمالك", "الهرم", "فيصل", "حلوان", "المقطم", "شبرا", "العباسيه", "الساحل", "الشمالي", "العلمين", "السخنه",
	"الغردقه", "شرم", "الجونه", "المنصوره", "طنطا", "الزقازيق", "بنها", "دمياط", "بورسعيد", "السويس",
	"الاسماعيليه", "الفيوم", "المنيا", "اسيوط", "سوهاج", "الاقصر", "اسوان", "العاصمه", "الاداريه", "المنوفيه", "الشرقيه",
	"الغربيه", "الدقهليه", "البحيره", "سويف", "قنا", "مطروح", "الفيوم", "october", "zayed", "maadi",
	"tagamo3", "sahel", "alex", "alexandria", "cairo", "giza",
	// Alexandria's and Cairo's districts: "الشقة في سموحة"
	"سموحه", "ميامي", "المنتزه", "ستانلي", "لوران", "رشدي", "جليم", "العصافره", "المندره", "الابراهيميه", "سبورتنج",
	"كليوباترا", "الشاطبي", "العامريه", "المعموره", "العجوزه", "امبابه", "المنيل", "المطريه", "القطاميه", "الهضبه", "smouha",
	// Sinai and the Red Sea's towns: "بيت ضيافة في دهب"
	"دهب", "نويبع", "طابا", "سفاجا", "القصير", "العريش", "سيوه", "dahab", "hurghada", "gouna", "siwa", "nuweiba", "taba",
	"safaga", "sharm", "luxor", "aswan", "sokhna", "marsa", "matrouh", "alamein", "mansoura", "tanta", "ismailia", "suez", "fayoum",
	"sheikh", "new", "zamalek", "heliopolis", "mohandessin", "dokki", "rehab", "madinaty", "shorouk", "obour", "nasr", "ajami", "agami", "zagazig", "damietta", "portsaid",
	// where Egyptians abroad write from, ordering for a home here: "Hello
	// from Dubai", "I'm in Jeddah", "فلوس من الكويت"
	"dubai", "abudhabi", "sharjah", "jeddah", "riyadh", "dammam", "khobar", "mecca", "makkah", "medina", "qatar", "doha", "kuwait", "bahrain",
	"oman", "muscat", "saudi", "emirates", "uae", "london", "paris", "germany", "italy", "canada", "toronto", "usa", "america",
	"دبي", "جده", "الرياض", "الدمام", "الخبر", "مكه", "قطر", "الدوحه", "الكويت", "البحرين", "عمان", "مسقط", "السعوديه", "الامارات", "لندن")

// spatialWords put a thing beside another: "جنب الباب", "تحت السرير",
// "حوالين الجنينة". English says where along a piece: "the edge
// finishing along the front".
var spatialWords = set("جنب", "قدام", "ورا", "تحت", "فوق", "جوه", "بره", "وسط", "ناحيه", "حوالين", "حول", "next", "under", "beside", "near",
	"along", "behind", "above", "below", "around", "inside", "outside", "front")

// shapeWords name a shape by a letter: "حرف U", "شكل L".
var shapeWords = set("حرف", "شكل", "shape")

// possessiveSuffixes are the pronouns a noun takes for "its", "their",
// "our", "your", "my": a noun in ة writes its ت before them ("مرايتها",
// "مساحته").
var possessiveSuffixes = []string{"هم", "ها", "كم", "نا", "ه", "ك", "ي"}

// possession is a noun read under a possessive ending: strong when the
// ending can only be a pronoun on a noun (ها، هم، كم، نا, or any ending
// after a noun's ة written ت: "مرايتها", "مساحته"); a bare ه, ك or ي is
// also the end of many a noun ("ستاره", "كرسي").
type possession struct {
	noun   string
	strong bool
}

// possessed lists the nouns w may be a possessive form of ("مرايتها" →
// "مرايه", "لونهم" → "لون", "مقاسه" → "مقاس").
func possessed(w string) []possession {
	var out []possession
	for _, s := range possessiveSuffixes {
		st, ok := strings.CutSuffix(w, s)
		if !ok || utf8.RuneCountInString(st) < 2 {
			continue
		}
		if t, ok := strings.CutSuffix(st, "ت"); ok && utf8.RuneCountInString(t) >= 2 {
			out = append(out, possession{t + "ه", true}) // مرايت|ها → مرايه
		}
		out = append(out, possession{st, len(s) > 2}) // two letters: ها، هم، كم، نا
	}
	return out
}
