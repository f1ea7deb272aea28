package understand

import (
	"math"
	"regexp"
	"slices"
	"strconv"

	"fatoora/catalog"
	"strings"
	"sync"
	"unicode/utf8"
)

// Preparing a message: Franco-Arabic read as Arabic, clitics taken off,
// vocabulary n-grams rewritten, typos resolved; then the passes that set
// words aside before segmenting (negations, destinations, "of each").

var prefixes = []string{"وال", "بال", "فال", "كال", "لل", "و", "ب", "ل", "ف", "ك"}

// prepare turns raw tokens into units: Franco-Arabic read as Arabic,
// clitics (و، ب، ل، ال) taken off words the rules do not otherwise know,
// vocabulary n-grams rewritten, typos resolved against the catalog's words.
// nameRunTo: the words said right before raw[i] (back to a figure or a
// separator) and w after them open a name or a synonym, its head first
// ("طقم كيبورد وماوس" of "طقم كيبورد وماوس وايرلس"): the customer is
// saying that name, its "و" no second product ("٤ كراسي وترابيزة" opens
// no "طقم سفرة ٦ كراسي وترابيزة": and a table).
func (r *Rules) nameRunTo(raw []token, i int, w string) bool {
	k := i
	for k > 0 && !raw[k-1].sep && raw[k-1].text != "" && !isNumber(raw[k-1].text) {
		k--
	}
	if k == i {
		return false
	}
	var said [][4]string // the forms each word before w is met in: as written, its key, their rewrites (read once: speed)
	for _, p := range r.lx.postings[w] {
		for _, ph := range r.lx.info[p].phrases {
			if len(ph) <= i-k || ph[i-k] != w {
				continue
			}
			if said == nil {
				said = make([][4]string, 0, i-k)
				for _, t := range raw[k:i] {
					key := wordKey(t.text)
					said = append(said, [4]string{t.text, key, r.lx.rewrite[t.text], r.lx.rewrite[key]})
				}
			}
			if slices.EqualFunc(ph[:i-k], said, func(u string, f [4]string) bool {
				return u == f[0] || u == f[1] || u == f[2] || u == f[3]
			}) {
				return true
			}
		}
	}
	return false
}

func (r *Rules) prepare(text string) []token {
	raw := r.glueMeasures(tokenize(text))
	for i := range raw {
		t := &raw[i]
		t.surface = t.text
		if t.sep || t.text == "x" {
			continue
		}
		w := wordKey(t.text)
		if lw := lower(t.text); w != lw && isLatinWord(lw) && !r.known(w) && !r.known(lw) && r.francoWord(lw) && !r.francoWord(w) {
			w = lw // "gebs" is جبس, no English plural of a "geb"
		}
		if st := wordKey(w); st != w && !r.known(w) && strings.HasPrefix(w, "ال") && r.known(st) {
			w = st // "الالماني": the article on a word whose own letters begin with ال (ألماني)
		}
		if st := r.possessedWord(w); st != "" {
			w = st // "اللي مداه 25 كيلو" of a name's "مدى 25 كم": the name's word with "its"
		}
		if englishModal(raw, i) {
			w, t.modal = lower(t.text), true // "Can you pick it up": asking, never a "can" of goods
		}
		if w == "w" || w == "wa" || w == "and" || w == "with" || w == "plus" || t.surface == "ثم" {
			w = "و" // Franco and English "and"; "with the frame" adds an item; "ثم دهان …" (then) the next
			if t.text == "with" && r.partCounted(raw, i+1) {
				w = "" // "a ladder with 3 steps": its parts, no other line
				t.used = true
			}
		}
		if st, ok := strings.CutPrefix(w, "و"); ok && besideWords[st] {
			w = "و" // "باب شاور وجنبه ثابت": and beside it, the next piece
		}
		if lower(t.text) == "another" && i+1 < len(raw) && !raw[i+1].sep && lower(raw[i+1].text) == "in" && (i == 0 || raw[i-1].sep || raw[i-1].lowSurface() == "and") {
			w = "one" // "and another in white": one more piece of the goods just named
		}
		if !r.known(w) && isLatinWord(w) {
			if c, ok := englishColors[w]; ok && (r.lx.colors[c] != "" || r.lx.colorFirst(c)) {
				w = c
			} else if st := strings.TrimSuffix(w, "s"); st != w && r.known(st) {
				w = st // English plural: chairs
			} else if st := strings.TrimSuffix(lower(t.text), "s"); st != w && strings.HasSuffix(st, "ve") && r.known(st) {
				w = st // "valves" of a valve: a -ves plural whose singular keeps its v (not shelves → shelf)
			} else if len(w) >= 3 && r.known(w+"en") {
				w += "en" // the material said as a noun, the name's adjective: "wood" of "Wooden Ring" (never a letter: "T" is no "ten")
			} else if st := strings.TrimSuffix(w, "en"); st != w && len(st) >= 3 && r.known(st) {
				w = st // "wooden" of a name saying "Wood"
			} else if v := r.sameVerb(w); v != "" {
				w = v // "foldable" of a name saying "Folding"
			} else if p := r.personSaid(w); p != "" {
				w = p // "for 4 people" of a name saying "4 persons": never Franco (بولي)
			} else {
				for _, v := range spellings(w) {
					if r.known(v) {
						w = v // fiberglass / fibreglass, color / colour
						break
					}
				}
			}
		}
		if isLatinWord(w) && r.known(w) {
			// "magra" a synonym of one track, its letters the مجرى every
			// track's name has: the Arabic word, so "magra double" can be
			// the double track
			if a, ok := r.lx.latin[francoSkeleton(w)]; ok && a != w && isArabicWord(a) && r.lx.heads[a] && r.lx.colors[a] == "" && r.lx.colors[w] == "" &&
				englishColors[w] == "" && covers(r.lx.postings[a], r.lx.postings[w]) {
				w = a
			}
		}
		if plainWords[w] && isLatinWord(w) && strings.HasPrefix(w, "3") {
			w = "عادي" // Franco "3adi": the ordinary one
		}
		if a, ok := francoWords[w]; ok && !r.known(w) {
			w = a // "el fatoura": the invoice, never a product its consonants spell (Vitra)
		}
		if a, ok := r.francoVerbRead(raw, i, w); ok {
			w = a // "a3mel", "ygely", "ne2gar": the verb (francoverbs.go), never goods its consonants spell
		}
		if a, ok := r.verbAsShopSays(raw, i, w); ok {
			w = a // "ييجي البيت" of a shop writing "تيجوا البيت": the verb as the shop's phrase says it
		}
		if a, ok := r.withApart(raw, i, w); ok {
			w = a // "ب مراية", "b mraya" of a name's "بمراية": the preposition written apart
		}
		if a, ok := r.loneColourPart(raw, i, w); ok {
			w = a // "azra2" alone where the vocabulary knows only "azra2 8ame2": blue
		}
		if !r.known(w) && isLatinWord(w) && !(len(w) == 1 && contractionTails[w]) && !englishOrdinal(w) && !englishMore[w] && !englishApology[w] && !englishKinWord(w) {
			before := w
			// (the "s" of "what's", a letter an English contraction leaves,
			// spells no Franco word; "b kam" still is بكام)
			spelt := w
			if k := wordKey(t.text); k == w && k != t.text && isLatinWord(t.text) {
				// an English plural ("flower beds"): Franco-Arabic adds
				// no -s, so the consonants are the whole word's ("fanoos"
				// is فانوس), never the stem's ("bed" spelling ابيض)
				spelt = t.text
			}
			fs := francoSkeleton(spelt)
			if a, ok := r.constructSpelt(spelt); ok {
				w = a // "lo7et enzar": the construct state of the vocabulary's own "lo7a"
			} else if a, ok := r.lx.feminineSpelt(strings.TrimSuffix(fs, "t")); ok && francoConstruct(spelt, r.lx.latin[fs]) {
				w = a // "fat7et el hod": the construct state of فتحة, not the plural فتحات (Franco writes it "fat7at")
			} else if a, ok := r.lx.latin[fs]; ok && !(i > 0 && isNumber(raw[i-1].text) && addressTerms[r.lx.francoVowels(t.text, fs, a)]) {
				// (a counted word is goods, never a form of address: "2
				// yeast" spells "اسطي" by its consonants)
				w = r.lx.francoVowels(t.text, fs, a)
				if (strings.HasSuffix(t.text, "a") || strings.HasSuffix(t.text, "ah")) && !strings.HasSuffix(a, "ه") && r.known(a+"ه") {
					w = a + "ه" // the feminine ending said: "7al2a" is حلقة, not حلق
				}
			} else if a, ok := r.lx.latin[strings.TrimSuffix(fs, "t")]; ok && strings.HasSuffix(fs, "t") && (complaintCues[a] > 0 || (strings.HasSuffix(a, "ه") || r.known(a+"ه")) && (!strings.HasSuffix(spelt, "t") || genitiveAfter(raw, i))) {
				// construct state: tarabeezet → ترابيزة; its vowels choose
				// as the word's own do ("khaznet" خزنة, "khazanet" خزانة).
				// Only a noun in ة has one, and its genitive follows unless
				// a pronoun ends it ("seneyto"): "the metro exit?" is no
				// كاسيو, "exit of …" no كاسة. A defect's verb in the past
				// ("et2ata3et": اتقطعت) is read as its stem, the complaint
				w = r.lx.francoVowels(strings.TrimSuffix(spelt, "t"), strings.TrimSuffix(fs, "t"), a)
				if !strings.HasSuffix(w, "ه") && r.known(w+"ه") {
					w += "ه" // "rolet shok": the رولة the shop writes beside رول
				}
			} else if a, ok := r.lx.latin[francoVariant(spelt)]; ok && francoVariant(spelt) != fs {
				// nezam → نظام, forgeh → فورجيه; the long vowels written
				// choose between words of those consonants ("foteh" is
				// فوتيه, never the colour "اوفوايت")
				w = r.lx.francoVowels(variantSpelling(spelt), francoVariant(spelt), a)
			} else if a, ok := r.lx.latin[unvoicedBeforeQ(fs)]; ok && unvoicedBeforeQ(fs) != fs {
				w = a // lazeq → لاصق: Egyptian says ص before ق as ز (لزق، بزق)
			} else if a, ok := r.lx.latin[francoSkeleton(hiatusAin(spelt))]; ok && hiatusAin(spelt) != spelt {
				w = a // ma2aed → مقاعد: two vowels meeting hide the ع Arabic writes between them
			} else if a, ok := r.lx.latin[francoVariant(longAin(spelt))]; ok && longAin(spelt) != spelt {
				w = a // motaaded → متعدد: the ع written as the long vowel it is heard as
			} else if rest, ok := cutFrancoArticle(spelt); ok {
				if a, ok := r.lx.latin[francoSkeleton(rest)]; ok {
					w = a // the article: almany → الماني
				}
			}
			if w != before && longVowelClash(w, spelt) {
				w = before // "book" writes the و no بيك has: an English word, never that one
			}
			// the word a figure is hyphenated to ("3-seater", "50-litre")
			// is the English compound's: Franco only when a name gives that
			// figure with it ("50 لتر"; "seater" is no ستاير)
			if i > 0 && raw[i-1].compound && isNumber(raw[i-1].text) && w != before && !r.namedWith(raw[i-1].text, w) {
				w = before
			}
			if w != before && (francoImperfect(spelt, w) && r.productWord(w) || englishVerbBeforeObject(raw, i, before)) {
				w = before // "ygely el beit": the verb's ي, never a product (جل) its other letters spell
			}
			if placeWords[before] && !placeWords[w] && !placeWords["ال"+w] {
				w = before // "lel ganeena": the garden, never the goal (جون) its consonants spell
			}
			if w != before && strings.ContainsAny(before, "pv") && complaintWeight(w) >= 1 {
				// "اشتراك IPTV": Franco spells Arabic sounds, and Arabic
				// has no p nor v — a foreign word, never a defect cue
				// (بتطفي) its consonants would spell
				w = before
			}
		}
		if f, ok := fractionWord(lower(t.text)); ok && isLatinWord(t.text) && i+1 < len(raw) && !raw[i+1].sep &&
			measureKind(raw[i+1]) != "" && r.lx.isWord(numString(f)) {
			w = numString(f) // "half inch" of a name's "1/2 inch": its figure
		}
		if strings.HasPrefix(t.text, "ال") {
			st := strings.TrimPrefix(t.text, "ال")
			if v, ok := numberWord(st); ok && utf8.RuneCountInString(t.text) > 4 && !waterSaid(st, raw, i) && weekdaySaid(raw, i) < 0 {
				switch {
				case i+1 < len(raw) && !raw[i+1].sep && measureKind(raw[i+1]) != "":
					w = numString(v) // "لا خليه الالف لتر": the one of that measure, a figure
				case i > 0 && !raw[i-1].sep && r.lx.isWord(numString(v)) && (r.lx.isWord(raw[i-1].text) || r.lx.rewrite[raw[i-1].text] != "") &&
					r.lx.colors[raw[i-1].text] == "" && englishColors[raw[i-1].text] == "" && !isNumber(raw[i-1].text):
					w = numString(v) // "الكنبة التلاتة": the number a name says ("كنبة 3 مقاعد"), read as the name's figure
				case i == 0 || !r.lx.isWord(raw[i-1].text) || r.lx.colors[raw[i-1].text] != "" || englishColors[raw[i-1].text] != "":
					w = "كلهم" // "الاتنين", "التلاتة": both / all three, not an amount
				}
			}
		}
		if st, ok := cutObject(w); ok && !r.known(w) && orderCues[st] {
			w = st // "عايزهم", "محتاجها": wanted, its object said before
		}
		if k := wordKey(w); !r.known(w) && k != w && strings.HasPrefix(w, "ال") && r.known(k) {
			w = k // "الالماني": the article on a word that starts with ال itself (ألماني)
		}
		if st, ok := strings.CutPrefix(w, "و"); ok && r.known(w) && metreBefore(raw, i) {
			if v, ok := numberWord(st); ok && v >= 1 && v < 100 {
				// "حوض متر وعشرين" beside a name that writes it so: a
				// metre and twenty centimetres, read as any "متر و عشرين"
				// is (the name's "وعشرين" a word of its own otherwise,
				// its metre a shorter name's)
				w, t.conj = st, true
			}
		}
		if !r.known(w) && isArabicWord(w) && !r.verbOnly(w) {
		strip:
			for _, p := range append([]string{""}, prefixes...) {
				rest := strings.TrimPrefix(t.text, p)
				if p != "" && rest == t.text || len([]rune(rest)) < 2 {
					continue
				}
				if p == "و" && isNumber(rest) {
					w, t.conj = rest, true
					break
				}
				if p == "و" && measureThenFraction(rest, raw, i) {
					w, t.conj = wordKey(rest), true // "وطن ونص": and a ton and a half
					break
				}
				for _, f := range r.forms(wordKey(rest)) {
					if p == "" && f.stem == w {
						continue
					}
					w = f.stem
					t.dual = f.dual
					// "طقم مسطرة وبرجل" of a name holding "مسطرة وبرجل": no "and"
					t.conj = strings.HasPrefix(p, "و") && !(p == "و" && r.nameRunTo(raw, i, f.stem))
					t.prep = p == "ل" || p == "لل"
					if p == "بال" {
						t.withStem = f.stem
					}
					break strip
				}
			}
		}
		if !r.known(w) && isArabicWord(w) {
			// "بالإضاءة" of a name's "بإضاءة" (with light, with the light),
			// and the other way round: the same word
			if st, ok := strings.CutPrefix(w, "بال"); ok && r.lx.isWord("ب"+st) {
				w = "ب" + st
			} else if st, ok := strings.CutPrefix(w, "وال"); ok && utf8.RuneCountInString(st) >= 3 && r.lx.isWord("و"+st) {
				w = "و" + st // "الحديد والخشب" of a name's "حديد وخشب": the same word, the article said
			} else if st, ok := strings.CutPrefix(w, "ب"); ok && !strings.HasPrefix(st, "ال") && r.lx.isWord("بال"+st) {
				w = "بال" + st
			}
		}
		if !r.known(w) && isArabicWord(w) {
			// "وتفصيلهم", "تركيبها": a head noun with an object pronoun
			// (their tailoring) is that noun
			rest, and := strings.CutPrefix(w, "و")
			if st, ok := cutObject(rest); ok && r.isHead(st) {
				w, t.conj = st, and || t.conj
			}
		}
		if !r.known(w) && isArabicWord(w) {
			// "وترجعوهم" where the shop's vocabulary lists "ترجعوها": a
			// verb's object pronoun is the goods', never another word
			rest, and := strings.CutPrefix(w, "و")
			if st, ok := cutObject(rest); ok {
				for _, p := range []string{"ها", "هم", "ه"} {
					if alt := st + p; alt != rest && r.lx.rewrite[alt] != "" {
						w, t.conj = alt, and || t.conj
						break
					}
				}
			}
		}
		if st, ok := strings.CutPrefix(w, "و"); ok && r.lx.isWord(w) && !r.lx.heads[w] && utf8.RuneCountInString(st) >= 3 {
			// "وترابيزة" is a word of some name ("كراسي وترابيزة"), but
			// after a first item it is "and a table"
			if u, ok := r.lx.rewrite[st]; (ok && r.lx.heads[u] || r.lx.heads[st]) && !r.nameRunTo(raw, i, w) {
				w, t.conj = st, true
			}
		}
		if !t.dual && r.known(w) && isArabicWord(w) {
			// a dual the shop vocabulary lists as a name ("مرايتين" beside
			// "مراية") still counts two
			if st, ok := strings.CutSuffix(w, "تين"); ok && utf8.RuneCountInString(st) >= 2 {
				if u := st + "ه"; r.lx.isWord(u) || r.lx.rewrite[u] != "" && r.lx.rewrite[u] == r.lx.rewrite[w] {
					t.dual = true
				}
			}
			if st, ok := strings.CutSuffix(w, "ين"); ok && !t.dual && utf8.RuneCountInString(st) >= 3 &&
				(r.lx.heads[st] || r.lx.rewrite[st] != "" && r.lx.rewrite[st] == r.lx.rewrite[w] && r.lx.heads[r.lx.rewrite[st]]) {
				t.dual = true // "كرسيين" listed beside "كرسي"
			}
		}
		if n, ok := packGroups[w]; ok && !r.lx.isWord(w) {
			// "أكياس مخدات" where the shop sells a "كيس مخدة": the pack
			// word's other form that the catalog names a product with
			for _, s := range packWords[n] {
				if s = wordKey(s); r.lx.isWord(s) && isArabicWord(s) == isArabicWord(w) {
					w = s
					break
				}
			}
		}
		t.text = w
	}
	for i := 0; i+1 < len(raw); i++ {
		// English puts the shade first, a catalog after: "light brown" is
		// "بني فاتح", "dark grey" "رمادي غامق" (when the shop has it)
		shade := englishShades[raw[i].lowSurface()]
		if c := englishColors[raw[i+1].lowSurface()]; shade != "" && c != "" && !raw[i+1].sep && r.lx.colors[c+" "+shade] != "" {
			raw[i].text, raw[i+1].text = c, shade
		}
	}
	r.constructThree(raw)      // "تلت علب": three boxes (constructcount.go)
	r.pluralOpensGram(raw)     // "٣ جلسات تخاطب" of "جلسة تخاطب" (pluralgram.go)
	raw = r.bodyReachSaid(raw) // "لحد نص ضهري" of a name's "تحت الكتف" (bodyreach.go)
	// vocabulary rewrite of n-grams, keeping surfaces
	lx := r.lx
	out := make([]token, 0, len(raw))
	for i := 0; i < len(raw); {
		if raw[i].sep || raw[i].modal {
			out = append(out, raw[i])
			i++
			continue
		}
		done := false
		plain, through := gramWords(raw, i, lx.maxGram, false), gramWords(raw, i, lx.maxGram, true)
		for n := max(len(plain), len(through)); n >= 1 && !done; n-- {
			for _, at := range [][]int{plain, through} {
				if len(at) < n || done {
					continue
				}
				ks := make([]string, n)
				for k := 0; k < n; k++ {
					ks[k] = raw[at[k]].text
				}
				u, hit := lx.rewrite[strings.Join(ks, " ")]
				if !hit && n > 1 {
					u, hit = lx.synonymGram(ks)
				}
				if hit {
					t := raw[i]
					t.text = u
					var sf []string
					for k := i; k <= at[n-1]; k++ {
						sf = append(sf, raw[k].surface)
					}
					t.surface = strings.Join(sf, " ")
					out = append(out, t)
					i = at[n-1] + 1
					done = true
				}
			}
		}
		if !done {
			out = append(out, raw[i])
			i++
		}
	}
	keyTokens(out) // the surfaces are settled: each keyed once (tokenkeys.go)
	for i := range out {
		t := &out[i]
		if t.sep || t.text == "x" {
			continue
		}
		if u, ok := r.undoubled(t.text); ok && !r.known(t.text) && !lx.isWord(t.text) {
			t.text = u // "ضرووري": a letter doubled for stress
		}
		if h, ok := r.wrapVerb(out, i); ok {
			t.text, t.verb = h, true // "عايز الف موتور": I want to rewind a motor, no thousand motors
		} else if h, ok := r.workVerbNoun(out, i); ok {
			// "وتقصرولي", "تركبوهم": the work's verb, read as its noun (the
			// surface keeps the pronoun: "هم" is the work of each line);
			// "وتركبوه هناك؟" asks, for a person
			t.conj = t.conj || strings.HasPrefix(t.text, "و")
			t.text, t.verb = h, true
		} else if h, ok := r.problemWork(out, i); ok {
			t.text = h // "الكم طويل", "sleeves are too long": the work that undoes the state (problemwork.go)
		} else if h, ok := r.madeWork(out, i); ok {
			// "مشوي", "متنضفين", "mashwy", "grilled": the work's
			// participle, the goods' state, read as its noun
			t.conj = t.conj || strings.HasPrefix(t.surface, "و")
			t.text, t.made = h, true
			t.dual = false // "مطبوعين": the participle's plural, never two
		} else if h, conj, ok := lx.plural(t.text); ok && !r.known(t.text) {
			t.text, t.plural = h, true // "زوايا", "والقواعد": the noun's plural
			t.conj = t.conj || conj
		} else if h := lx.countedPlurals[t.text]; h != "" && i > 0 && isNumber(out[i-1].text) && !r.known(t.text) {
			t.text, t.plural = h, true // "عدد ٦ أسرّة": beds, counted (no family)
		} else if st, ok := strings.CutPrefix(t.text, "بال"); ok && lx.plurals[st] != "" && !r.known(t.text) {
			// "بالقواعد": with the bases, the noun's plural
			t.text, t.plural, t.withStem = lx.plurals[st], true, lx.plurals[st]
		} else if r.itsColour(out, i) {
			// "… لونه ابيض": its colour, as written
		} else if st, ok := strings.CutSuffix(t.text, "ه"); ok && !r.known(t.text) && utf8.RuneCountInString(st) >= 3 && lx.isWord(st+"ا") {
			t.text = st + "ا" // "اوره" for "أورا": a name's final ا written as the feminine ending it sounds like
		} else if !r.known(t.text) && !dayParts[t.text] && !serviceTopics[t.text] && !qualityWords[t.text] && !forFamily(t.text) && !personaWords[t.text] && !ordinalWords[t.text] &&
			!whenWords[t.text] && !talkVerb(t.text) && !verbNoGoods(t.text) && !packWord(t.text) && !gradeCode(t.text) && !r.ownPlace(t) { // a container ("٦ ازايز": bottles) is no typo of a name's word (ازاز, glass); "المرة دي" (this time) is no typo of مراية, "التركيب" none of تركي, "لابني" (for my son) none of لبني, "ابني قالي" (my son told me) none of بني, "واحد تالت" (a third one) none of تواليت, "قبل ما نبدأ" (before) none of قابل
			if u, ok := lx.resolve(t.text); ok {
				// a broken plural read by its consonants: كراسي ← كرسي
				t.plural = isArabicWord(u) && skeleton(t.text) == skeleton(u) && strings.Count(t.text, "ا") > strings.Count(u, "ا")
				if rest, ok := strings.CutPrefix(t.text, "و"); ok && !strings.HasPrefix(u, "و") && utf8.RuneCountInString(rest) >= 3 {
					// "ومقابض": the و read with the word is "and", the
					// rest the word; it ends the line before as any
					// "و" + product does
					if v, ok := lx.resolve(rest); ok && v == u {
						t.conj = true
					}
				}
				t.text, t.fuzzy = u, true
				if c, ok := lx.rewrite[u]; ok && !lx.isWord(u) {
					// a variant the shop vocabulary lists ("اكر" ~ "اكره"):
					// its canonical term, as if spelt so
					t.text = c
				}
			}
		} else if lx.isWord(t.text) && !lx.phrase[t.text] && lx.colors[t.text] == "" {
			// a word only a category uses ("كراسي") is the plural of a
			// product's own noun when their consonants agree
			for _, u := range append(lx.skel[skeleton(t.text)], lx.arSkel[skeleton(t.text)]...) {
				if lx.phrase[u] && lx.heads[u] {
					t.text, t.plural = u, true
					break
				}
			}
			if h := lx.plurals[t.text]; h != "" && !t.plural && lx.phrase[h] && lx.heads[h] && strings.HasSuffix(t.text, "ات") {
				t.text, t.plural = h, true // "ترابيزات" of a category, the sound plural of the names' ترابيزة
			}
		}
		if st, ok := strings.CutPrefix(t.surface, "بال"); ok && t.withStem == "" && lx.isWord(t.text) && utf8.RuneCountInString(st) >= 3 {
			// a name's own "بالقاعدة" (the chair with its stand) may be
			// "with the base" of another item
			if u := wordKey(st); lx.heads[u] {
				t.withStem = u
			}
		} else if st, ok := strings.CutPrefix(fold(t.surface), "ب"); ok && t.withStem == "" && lx.isWord(t.text) && utf8.RuneCountInString(st) >= 4 && isArabicWord(st) {
			// and a name's "بموتور" (the shutter with a motor) may be
			// "with a motor" of a door that has none, when motors are
			// products of their own ("باب جراج … بموتور ٨٠٠ نيوتن")
			if u, ok := lx.rewrite[st]; ok && lx.heads[u] {
				t.withStem = u
			} else if lx.heads[st] {
				t.withStem = st
			}
		}
		if st, ok := strings.CutSuffix(t.text, "ه"); ok && complaintCues[t.text] > 0 && !lx.isWord(t.text) && lx.isWord(st) && i > 0 && out[i-1].lex && !isNumber(out[i-1].text) &&
			saidDefinite(out, i-1) == saidDefinite(out, i) {
			// "بيتزا مشكلة", "gebna meshakela": the name's adjective
			// (mixed, مشكّلة) agreeing with the noun before it — in
			// definiteness too ("البيتزا المشكلة"; "البيتزا مشكلة" is a
			// sentence: the pizza is a problem) — whose ة the catalog's
			// spelling folds ("مشكل"), never "a problem" (مشكلة)
			t.text = st
		} else if !lx.isWord(t.text) && assortedOfGoods(out, i) {
			t.text = "مشكل" // "سندوتشات مشكلة": assorted, no "problem" (assorted.go)
		}
		t.lex = lx.isWord(t.text) && !t.modal
		if t.lex && placeFor(t.text) && !destination(strings.TrimPrefix(wordKey(t.surface), "و")) && isArabicWord(t.surface) {
			// "والمكاتب" read as a name's "للمكاتب" (for offices): the
			// customer's place, not what the goods are for
			t.text, t.lex = strings.TrimPrefix(wordKey(t.surface), "و"), false
		}
		t.plural = t.plural || t.lex && !t.dual && pluralSurface(t.surface, t.text)
		if t.lex && !t.dual && lx.groupPlural[bareSurface(t.surface)] && (i == 0 || !isNumber(out[i-1].text) && !isNumberWord(out[i-1].text) && !isUnitOrDozen(out[i-1].text)) {
			// "عايز كراسي" where the shop's vocabulary groups كرسي with
			// كراسي: several, how many not said (a count said before it
			// keeps its own reading: "دستة مجاري")
			t.plural = true
		}
		if _, ok := lx.colors[t.text]; ok {
			t.color = t.text
		} else if lx.colorFirst(t.text) {
			t.color = t.text
		}
	}
	for i := 1; i+1 < len(out); i++ {
		// "٦ جوز مفصلة", "3 goz setara": after a figure and before the
		// goods, جوز is the pair they are counted in, never the walnut
		// colour a shop's vocabulary may also spell so (an adjective
		// follows its noun: "مفصلة جوز")
		if t := &out[i]; t.color != "" && !t.dual && (saleUnits[wordKey(t.surface)] || saleUnits[t.lowSurface()]) && !out[i-1].sep && isNumber(out[i-1].text) &&
			(i < 2 || out[i-2].sep || !out[i-2].lex) && // the figure opens the line: "باركيه ١٢ جوز" is 12 mm walnut
			!out[i+1].sep && out[i+1].lex && !out[i+1].conj && !strings.HasPrefix(out[i+1].surface, "و") && out[i+1].color == "" && !isNumber(out[i+1].text) {
			t.color = ""
		}
	}
	for i := 0; i+1 < len(out); i++ {
		// "فينوماستيك كود 1001", "code 1001", "rakam 1001": the code word
		// before a figure the shop's vocabulary names as a colour (1001 =>
		// أوف وايت) says the figure is the colour's code: read with it
		if t, n := &out[i], out[i+1]; !t.sep && !n.sep && codeWords[wordKey(t.lowSurface())] && n.color != "" && isNumber(wordKey(n.surface)) {
			t.used, t.aside, t.lex, t.fuzzy = true, true, false, false
		}
	}
	r.townsAfterPrepositions(out)
	r.theOneHaving(out)
	for i := 1; i+1 < len(out); i++ {
		// "شنيور شحن 20 فولت واحد بس": only one, after the goods — the
		// count said, never the "واحدة" of another product's name
		// ("… بطارية واحدة")
		if t, p, n := &out[i], out[i-1], out[i+1]; !t.sep && !p.sep && !n.sep && (p.lex || isNumber(p.text) || weightMeasure(p) || p.color != "") &&
			justOne[wordKey(t.lowSurface())] && onlyWords[wordKey(n.lowSurface())] && !r.namedPair(p.text, t.text) {
			t.used, t.aside, t.lex, t.fuzzy = true, true, false, false
		}
	}
	for i := 1; i < len(out); i++ {
		// "I'll pick them up", "we can collect it": the customer's own
		// doing, said as a verb the vocabulary names a service by — no line
		if t := &out[i]; t.lex && !t.sep && strings.TrimSpace(t.surface) != "" && isLatinWord(strings.Fields(t.surface)[0]) && customerDoes(out, i) {
			t.neg, t.used, t.lex = true, true, false
		}
	}
	for i := 1; i < len(out); i++ {
		// "I'm in Jeddah", "we'll be in Doha": what an English contraction
		// leaves before where the customer is is no unit ("m" in metres)
		if t, p := &out[i], out[i-1]; !t.sep && !p.sep && (t.text == "m" || t.text == "d" || t.text == "ll" || t.text == "ve") && t.surface == t.lowSurface() &&
			isLatinWord(p.surface) && !isNumber(p.text) && contractionSubjects[p.lowSurface()] &&
			i+1 < len(out) && !out[i+1].sep && englishPlacePreps[out[i+1].lowSurface()] {
			t.text, t.lex = "'"+t.text, false
		}
	}
	r.sizeLettersCounted(out)
	out = r.countedDuals(out)
	out = r.partsOfASet(out)
	restCount(out)
	for i := 1; i < len(out); i++ {
		// "وواحد تالت ١٠٠ في ١٩٠": a third one, the ordinal only says
		// which; the line reads as "وواحد ١٠٠ في ١٩٠"
		if !out[i].sep && !out[i].lex && ordinalWords[out[i].text] && !out[i-1].sep && eachWords[out[i-1].text] {
			out = slices.Delete(out, i, i+1)
		}
	}
	for i := 1; i+1 < len(out); i++ {
		// "26 running metres", "12 linear m": English's running metre is
		// the metre of a product sold by length, as "متر طولي" is
		if u, ok := unitWord(out[i+1].text); ok && u == "m" && !out[i].sep && !out[i-1].sep && isNumber(out[i-1].text) && englishRunning[out[i].lowSurface()] {
			out = slices.Delete(out, i, i+1)
		}
	}
	for i := 1; i+1 < len(out); i++ {
		// Franco "we" (وِ) between goods and goods or a count: "3 metr we
		// ta2m"; English "we" is followed by its verb ("we need …");
		// a fraction after a figure or a measure is its half ("5 metr we
		// nos", "2 kilo we rob3"), as "و نص" is; so before a pack and
		// the goods' head noun ("we 3elbet ebar": and a box of needles)
		_, half := fractionWord(out[i+1].text)
		packOf := func() bool {
			return i+2 < len(out) && !out[i+2].sep && lx.heads[out[i+2].text] && (r.pack(out[i+1].text) || container(out[i+1]))
		}
		if t := &out[i]; t.lowSurface() == "we" && t.text == "we" && !out[i-1].sep && !out[i+1].sep &&
			(isNumber(out[i+1].text) || lx.heads[out[i+1].text] || packOf() || half && (isNumber(out[i-1].text) || isUnitOrDozen(out[i-1].text) || weightMeasure(out[i-1]))) {
			t.text = "و"
		}
	}
	francoDims(out)
	r.englishMeasures(out)
	r.englishParts(out)
	r.englishArticleFigure(out)
	out = serviceVerbApart(out)
	for i := range out {
		// "أنا اللي جيت يوم الخميس": a word of the talk around an order
		// that only begins a product's longer name ("جيت واي") names it
		// only with the rest of that name
		// (a word the vocabulary rewrote to a talk word is the customer's
		// own: "استلام", "pick it up" of a vocabulary whose term is "collect")
		if t := &out[i]; t.lex && talkWords[t.text] && lx.colors[t.text] == "" && (i+1 == len(out) || out[i+1].sep || !out[i+1].lex) && !saidAsOther(*t) &&
			!r.ordinalOfName(out, i) { // "٢ شمعة تالتة": the third cartridge's name
			t.lex = false
		}
	}
	for i := 1; i < len(out); i++ {
		// only where "متر و ١٥ …" may be read: a figure after و
		if out[i].lex && !out[i-1].sep && isNumber(out[i-1].text) && (out[i-1].conj || i > 1 && out[i-2].text == "و") {
			out[i].counted = r.byPiece(out[i].text)
		}
	}
	return out
}

// partsOfASet reads "و٤ كراسي" right after a set's other part ("طقم
// خارجي ترابيزة و٤ كراسي", "set with a table and 4 chairs") as the rest of
// the set's name ("طقم … ترابيزة + 4 كراسي"): no line of its own. Only
// where one product's names carry the set word said before, the part
// named right before the و (a head noun: "طقم خارجي و٤ كراسي" is a set
// and four chairs), the figure as a count of a part and the part.
func (r *Rules) partsOfASet(ts []token) []token {
	for i := 2; i+1 < len(ts); i++ {
		n := i // the figure
		if ts[i].text == "و" && !ts[i].sep && i+2 < len(ts) {
			n = i + 1 // "و ٤ كراسي", the و written apart
		} else if !ts[i].conj {
			continue
		}
		t, part, before := ts[n], ts[n+1], ts[i-1]
		if t.sep || !isNumber(t.text) || n > i && t.conj || part.sep || !part.lex || before.sep || !before.lex || !r.lx.heads[before.text] {
			continue
		}
		set := -1
		for k := i - 2; k >= 0 && !ts[k].sep; k-- {
			if setWords[ts[k].text] || setWords[wordKey(ts[k].surface)] {
				set = k
				break
			}
		}
		if set < 0 {
			continue
		}
		for _, p := range r.lx.postings[part.text] {
			info := &r.lx.info[p]
			if info.parts[t.text] && info.all[before.text] && info.all[ts[set].text] {
				if n > i {
					ts[i].used, ts[i].aside = true, true
					ts = slices.Delete(ts, i, i+1)
				} else {
					ts[i].conj = false
				}
				break
			}
		}
	}
	return ts
}

// countedDuals reads "2 X" inside a name, after its head noun ("مجرى ٢
// سكة", "magra 2 sekka"), as the dual the catalog writes ("مجرى سكتين"):
// the figure says which product, not how many. Only where the catalog
// has that dual as a word and a catalog word comes right before the
// figure; "٢ مجرى سكة" (two tracks) is left as said.
func (r *Rules) countedDuals(ts []token) []token {
	for i := 1; i+1 < len(ts); i++ {
		p, n, x := ts[i-1], ts[i], ts[i+1]
		if p.sep || !p.lex || isNumber(p.text) || p.color != "" || n.text != "2" || x.sep || !x.lex || x.color != "" {
			continue
		}
		dual, ok := r.catalogDual(x.text)
		if !ok {
			continue
		}
		x.text, x.surface, x.dual = dual, n.surface+" "+x.surface, false
		ts[i+1] = x
		ts = slices.Delete(ts, i, i+1)
	}
	return ts
}

// catalogDual is the catalog word for two of unit u: the Arabic dual
// (سكة → سكتين, شباك → شباكين) of u or of a spelling the shop vocabulary
// rewrites to u ("sekka" is سكة), when some name uses it.
func (r *Rules) catalogDual(u string) (string, bool) {
	try := func(w string) (string, bool) {
		if !isArabicWord(w) || strings.Contains(w, " ") {
			return "", false
		}
		d := w + "ين"
		if st, ok := strings.CutSuffix(w, "ه"); ok {
			d = st + "تين"
		}
		if r.lx.isWord(d) {
			return d, true
		}
		if c := r.lx.rewrite[d]; c != "" && c != u && r.lx.isWord(c) {
			return c, true
		}
		return "", false
	}
	if d, ok := try(u); ok {
		return d, true
	}
	for w, c := range r.lx.rewrite {
		if c == u {
			if d, ok := try(w); ok {
				return d, true
			}
		}
	}
	return "", false
}

// byPiece reports whether word u heads the name of some product sold by
// the piece: a count of it is natural ("١٥ صليبات"), not of a tile sold by
// the m² whose adhesive's name also says بورسلين.
func (r *Rules) byPiece(u string) bool {
	for _, p := range r.lx.postings[u] {
		if info := &r.lx.info[p]; r.lx.products[p].Unit == catalog.Piece && (info.head == u || info.headEn == u) {
			return true
		}
	}
	return false
}

// francoDims reads a Franco-Arabic dimension word beside a figure as that
// dimension ("3ard 2 metr", "2 metr 3ard fe 2.5 tool"); where the catalog
// has a word of the same letters (the tulle "tool") only in a size whose
// sides are joined or named: "5 metr tool" and "tool 3 metr" alone are
// metres of tulle.
func francoDims(ts []token) {
	measure := func(i int) bool {
		if i < 0 || i >= len(ts) || ts[i].sep {
			return false
		}
		_, unit := unitWord(ts[i].text)
		return unit || isNumber(ts[i].text)
	}
	sized := func(i int) bool { // another side in the clause: في, x, or a dimension word
		for _, step := range []int{-1, 1} {
			for k := i + step; k >= 0 && k < len(ts) && !ts[k].sep; k += step {
				low := ts[k].lowSurface()
				if dimOps[ts[k].text] || ts[k].text == "x" || dimWords[ts[k].text] && !runningWords[ts[k].text] || francoDimWords[low] != "" && low != ts[i].lowSurface() {
					return true
				}
			}
		}
		return false
	}
	for i := range ts {
		t := &ts[i]
		d, ok := francoDimWords[t.lowSurface()]
		if !ok || t.sep || !(measure(i+1) || measure(i-1)) || t.lex && !sized(i) {
			continue // "tool 3 metr" alone is three metres of the tulle a name calls tool
		}
		t.text, t.lex, t.color, t.fuzzy, t.plural = d, false, "", false, false
	}
}

// colorFirst reports whether w is the first word of a multi-word catalog
// colour ("رمادي" of "رمادي فاتح"): a colour said short.
func (lx *lexicon) colorFirst(w string) bool {
	if w == "" || isNumber(w) {
		return false
	}
	for c := range lx.colors {
		if strings.HasPrefix(c, w+" ") {
			return true
		}
	}
	return false
}

// destinations sets aside what a destination governs: "لتنجيد المراتب
// الخارجي" is what the fabric is for, not mattresses ordered. After a word
// carrying "for" that names nothing, the definite words that follow (not
// colours) belong to it.
func (r *Rules) destinations(ts []token) {
	r.ownedFor(ts)
	r.englishDestinations(ts)
	r.routeBetween(ts)
	for i := 0; i < len(ts); i++ {
		if ts[i].sep || ts[i].lex || ts[i].color != "" || !destination(ts[i].surface) || strings.HasPrefix(ts[i].surface, "و") {
			continue
		}
		j := i + 1
		for ; j < len(ts) && !ts[j].sep && ts[j].color == "" && !isNumber(ts[j].text) && (strings.HasPrefix(ts[j].surface, "ال") || mineWords[ts[j].text]); j++ {
			ts[j].aside, ts[j].used = true, true // "للعمال بتوعي": for my workers
		}
		i = j - 1
	}
	for i := 1; i+1 < len(ts); i++ {
		// "للحيطة ورا الكاشير": where, right after a word of the goods, by
		// a preposition of place no name holds and the definite noun(s) it
		// governs — the place, never a line ("اللي بيتركب جنب الحوض"
		// after a verb is left as it was)
		if ts[i].sep || ts[i].lex || !placePreps[ts[i].surface] || ts[i-1].sep || !(ts[i-1].lex || amountAfterGoods(ts, i-1)) || !strings.HasPrefix(ts[i+1].surface, "ال") {
			continue
		}
		ts[i].aside, ts[i].used = true, true
		j := i + 1
		for ; j < len(ts) && !ts[j].sep && ts[j].color == "" && !isNumber(ts[j].text) && strings.HasPrefix(ts[j].surface, "ال"); j++ {
			ts[j].aside, ts[j].used = true, true
		}
		i = j - 1
	}
}

// possessedWord: an Arabic word no catalog word, that is one of a
// product's name with a possessive ending ("its", "their": ـه، ـها، ـهم),
// the name's word — its ة written ت and its final ى written ا before the
// ending, as Arabic writes them ("قدرته" of "قدرة", "مداه" of "مدى",
// "طولها" of "طول"). A bare ـه after the word itself is left: it is
// also the feminine ة ("مكتبة", a bookcase, is no desk's "its"). "" when
// none.
func (r *Rules) possessedWord(w string) string {
	if !isArabicWord(w) || r.known(w) {
		return ""
	}
	for _, end := range []string{"هم", "ها", "ه"} {
		stem, ok := strings.CutSuffix(w, end)
		if !ok || utf8.RuneCountInString(stem) < 2 || strings.HasPrefix(stem, "ال") {
			continue
		}
		cands := []string{stem}
		if end == "ه" {
			cands = nil // "مكتبه" may be مكتبة (a bookcase), never مكتب's "its"
		}
		if st, ok := strings.CutSuffix(stem, "ت"); ok {
			cands = []string{st + "ه"}
		} else if st, ok := strings.CutSuffix(stem, "ا"); ok {
			cands = []string{st + "ي"}
		}
		for _, c := range cands {
			if utf8.RuneCountInString(c) >= 3 && r.lx.isWord(c) {
				return c
			}
		}
	}
	return ""
}

// routeBetween sets aside the two ends goods that run between places are
// laid between, said right after them: "كابل 4 في 25 من المولد للوحة",
// "خرطوم ١٠ متر من الموتور للخزان", "cable from the generator to the
// panel" — where the cable runs, never a generator ordered. Both ends are
// said (من + a definite noun, then ل/لل + one), and the words before من in
// its clause name goods: "من الزان" alone is what it is made of.
func (r *Rules) routeBetween(ts []token) {
	// a definite noun at k: "المولد", "the generator", Franco "el motor" /
	// "elmotor"; how many tokens it takes (0: none)
	def := func(k int) int {
		if k >= len(ts) || ts[k].sep || ts[k].color != "" || isNumber(ts[k].text) {
			return 0
		}
		switch w := ts[k].lowSurface(); {
		case strings.HasPrefix(w, "ال") && len([]rune(w)) > 3:
			return 1
		case w == "the" || w == "el" || w == "al" || w == "ال":
			if k+1 < len(ts) && !ts[k+1].sep && !isNumber(ts[k+1].text) {
				return 2
			}
		case strings.HasPrefix(w, "el") && len(w) > 4 && isLatinWord(w):
			return 1
		}
		return 0
	}
	for i := 1; i+2 < len(ts); i++ {
		if w := ts[i].lowSurface(); ts[i].sep || !routeFrom[w] {
			continue
		}
		named := false
		for k := i - 1; k >= 0 && !ts[k].sep; k-- {
			if ts[k].lex && r.isHead(ts[k].text) {
				named = true
				break
			}
		}
		n := def(i + 1)
		if !named || n == 0 {
			continue
		}
		j := i + 1 + n
		// the other end: "للوحة", "ل اللوحة", "to the panel", "lel khazan"
		end := -1
		if j < len(ts) && !ts[j].sep {
			to := ts[j].lowSurface()
			switch {
			case strings.HasPrefix(to, "لل") && len([]rune(to)) > 3:
				end = j
			case routeTo[to] && def(j+1) > 0:
				end = j + def(j+1)
			case (to == "lel" || to == "lil") && j+1 < len(ts) && !ts[j+1].sep && !isNumber(ts[j+1].text):
				end = j + 1
			case strings.HasPrefix(to, "lel") && len(to) > 4 && isLatinWord(to):
				end = j
			}
		}
		if end < 0 {
			continue
		}
		for k := i; k <= end; k++ {
			ts[k].aside, ts[k].used = true, true
		}
		i = end
	}
}

// routeFrom and routeTo open the two ends of a route (routeBetween).
var (
	routeFrom = set("من", "from", "men", "mn")
	routeTo   = set("ل", "لل", "لحد", "to", "le", "l", "la7ad", "le7ad")
)

// amountAfterGoods: the token at k ends an amount said after the goods'
// words in its clause ("هود ستانلس ٣ متر ونص فوق البوتاجازات": a figure,
// a measure or its fraction, back to a word of the goods): a place said
// right after it is where they go, as after the goods' own word.
func amountAfterGoods(ts []token, k int) bool {
	for ; k >= 0 && !ts[k].sep && !ts[k].lex; k-- {
		t := ts[k]
		if _, half := fractionWord(strings.TrimPrefix(t.text, "و")); !(isNumber(t.text) || isUnit(t.text) || weightMeasure(t) || half) {
			return false
		}
	}
	return k >= 0 && !ts[k].sep && ts[k].lex
}

// placePreps say where, before the place: behind, in front of, beside,
// above, under.
var placePreps = set("ورا", "وراء", "قدام", "امام", "جنب", "جمب", "بجوار", "فوق", "تحت")

// englishDestinations sets aside what English goods are for, after a line
// was named: "4 chrome bidet sprayers for the office toilets", "handles for
// the kitchen cabinets" (the toilets and cabinets are not ordered), and
// where they go: "safety film on the reception glass". Not
// after a price or a quote ("a quote for the Roma vanity"), nor "for
// each …", nor past a figure or "and".
func (r *Rules) englishDestinations(ts []token) {
	for i := 1; i+2 < len(ts); i++ {
		if w := ts[i].lowSurface(); ts[i].sep || w != "for" && w != "on" {
			continue // "on the reception glass": where it goes, as "for" says what for
		}
		at := i + 1
		if w := ts[at].lowSurface(); (w == "all" || w == "both") && at+2 < len(ts) && !ts[at].sep {
			at++ // "installation for all the tracks"
		}
		det := ts[at].lowSurface()
		if ts[at].sep || !(det == "the" || det == "my" || det == "our" || det == "his" || det == "her" || det == "their") {
			continue
		}
		named := false
		// "…, white, for the building roof": a clause of its own after the
		// goods' clauses, back across commas to the sentence's start
		for k := i - 1; k >= 0 && (!ts[k].sep || ts[k].text == ","); k-- {
			if ts[k].sep {
				continue
			}
			w := ts[k].lowSurface()
			if k == i-1 && (priceCues[w] || priceCues[ts[k].text] || w == "quote" || w == "invoice" || w == "offer") {
				break
			}
			if ts[k].lex && r.isHead(ts[k].text) {
				named = true
				break
			}
		}
		if !named {
			continue
		}
		j := at + 1
		for ; j < len(ts) && !ts[j].sep && !isNumber(ts[j].text) && ts[j].text != "و" && !ts[j].conj && isLatinWord(ts[j].surface) && ts[j].color == ""; j++ {
		}
		if j == at+1 {
			continue
		}
		for k := i; k < j; k++ {
			ts[k].aside, ts[k].used = true, true
		}
		i = j - 1
	}
}

// eachCount reads "2 من كل واحد", "2 of each", "اتنين من كل صنف": every
// item of the message in that count; and marks "لكل باب", "لكل واحدة",
// "for each", "one each" aside for the item they follow. It returns the
// count of each (0 when none was said).
func (r *Rules) eachCount(ts []token) float64 {
	each := 0.0
	for i := range ts {
		if ts[i].sep {
			continue
		}
		w := surfaceAt(ts, i)
		// N من كل واحد/صنف/نوع، N of each, N each
		if v, ok := amountValue(ts[i].text); ok && v > 0 {
			n := 0
			switch {
			case (surfaceAt(ts, i+1) == "من" || surfaceAt(ts, i+1) == "of") && (surfaceAt(ts, i+2) == "كل" || surfaceAt(ts, i+2) == "each"):
				n = 3
				if eachWords[ts[min(i+3, len(ts)-1)].text] || surfaceAt(ts, i+3) == "صنف" || surfaceAt(ts, i+3) == "نوع" || surfaceAt(ts, i+3) == "one" {
					n = 4
				}
			case surfaceAt(ts, i+1) == "each":
				n = 2
			}
			// "١٠ أطقم: قاعدة + حوض + شطاف": N sets of the list that follows
			if n == 0 && i+2 < len(ts) && setWords[ts[i+1].text] && ts[i+2].sep && ts[i+2].text == ":" {
				n = 2
			}
			if n > 0 {
				each = v
				for k := i; k < i+n && k < len(ts); k++ {
					ts[k].aside, ts[k].used = true, true
				}
				continue
			}
		}
		if v, ok := countForEachOne(ts, i); ok {
			each = v // "غسيل وتلميع، ٣ لكل واحد": three of each
			for k := i; k <= i+2; k++ {
				ts[k].aside, ts[k].used = true, true
			}
			continue
		}
		// "نجفة ٦٠ ونجفة ٨٠ كل واحدة ٢", "kol wa7da 2": each one N, a bare
		// count closing the clause, is N of every line (as "٢ من كل واحدة")
		// when no line was counted before it; a unit or a noun after the
		// figure ("كل واحد ٥ متر", "كل واحد ٢ كرسي") says what each is or
		// holds, no count of the lines
		if (w == "كل" || w == "kol" || w == "kul") && eachWords[ts[min(i+1, len(ts)-1)].text] && i+2 < len(ts) && !ts[i+2].sep && (i+3 == len(ts) || ts[i+3].sep) &&
			!slices.ContainsFunc(ts[:i], func(t token) bool { return isNumber(t.text) && !t.lex }) {
			if v, ok := amountValue(ts[i+2].text); ok && v >= 1 && v == math.Trunc(v) {
				each = v
				for k := i; k <= i+2; k++ {
					ts[k].aside, ts[k].used = true, true
				}
				continue
			}
		}
		// "one cushion for each of my 4 chairs", "لكل واحد من ال 4 كراسي":
		// the item as many times as the things it is for, which are not
		// ordered
		if w == "each" && surfaceAt(ts, i+1) == "of" || eachOfCues[w] && i+1 < len(ts) && !ts[i+1].sep && (surfaceAt(ts, i+2) == "من" || surfaceAt(ts, i+2) == "men") {
			k := i + 2
			if w != "each" {
				k = i + 3
			}
			for k < len(ts) && !ts[k].sep && (surfaceAt(ts, k) == "my" || surfaceAt(ts, k) == "the" || surfaceAt(ts, k) == "our" || apartArticles[surfaceAt(ts, k)]) {
				k++
			}
			if k < len(ts) && !ts[k].sep {
				v, ok := amountValue(ts[k].text)
				if !eachWords[ts[i+1].text] && w != "each" {
					// "لكل شباك من الاربعة": the places' number said
					// with the article alone is how many
					ok = false
				}
				closed := false
				if n, m, found := eachOfCounted(ts, k); found {
					// "لكل واحد من العيال التلاتة", "لكل شباك من
					// الاربعة", "for each of the three kids"
					v, ok, k = n, true, m
					// an articled number or a dual closes the people
					// ("… من ولادي التلاتة كرسي مذاكرة"): what follows is
					// the goods, no noun of the people's
					_, articled := articledCount(ts[m].surface)
					closed = articled || personDuals[wordKey(ts[m].surface)] || ts[m].dual ||
						m >= 2 && apartArticles[surfaceAt(ts, m-1)] && surfaceAt(ts, m-2) != "من" && surfaceAt(ts, m-2) != "men" // "men el 3eyal el talata"
				}
				if ok && v > 1 && v == float64(int(v)) {
					start := i
					if surfaceAt(ts, i-1) == "for" {
						start = i - 1
					}
					ts[start].perN = v
					for m := start; m < len(ts) && !ts[m].sep && (m <= k || ts[m].lex || fillers[ts[m].text] || ts[m].color == ""); m++ {
						if m > k && (ts[m].color != "" || orderCues[ts[m].text] || subjectWords[ts[m].lowSurface()]) {
							break // "for each of the 3 bathrooms I need …": what is asked follows
						}
						if m > k && (ts[m].conj || ts[m].text == "و" || ts[m].lowSurface() == "and" || closed) {
							break // "… العيال التلاتة وكومودينو بيج": other goods follow
						}
						ts[m].aside, ts[m].used = true, true
					}
					continue
				}
			}
		}
		// "… واحد لكل ناحية من السرير", "one for each side of the bed":
		// what the goods go by (a part of it, then "من"/"of" and it) is
		// no goods asked
		if (w == "لكل" || strings.TrimPrefix(ts[i].surface, "و") == "لكل" || w == "each" && surfaceAt(ts, i-1) == "for") && i+3 < len(ts) &&
			!ts[i+1].sep && !ts[i+1].lex && !isNumber(ts[i+1].text) && (surfaceAt(ts, i+2) == "من" || surfaceAt(ts, i+2) == "of") {
			k := i + 3
			for k < len(ts) && !ts[k].sep && (surfaceAt(ts, k) == "the" || surfaceAt(ts, k) == "my" || surfaceAt(ts, k) == "ال") {
				k++
			}
			if k < len(ts) && ts[k].lex && ts[k].color == "" {
				end := k
				for end < len(ts) && !ts[end].sep && ts[end].lex && ts[end].color == "" {
					end++
				}
				for m := i; m < end; m++ {
					ts[m].aside, ts[m].used = true, true
				}
				if w == "each" {
					ts[i-1].aside, ts[i-1].used = true, true
				}
			}
		}
		// "كومودينو … اتنين، واحد لكل ناحية", "2 lamps, one for each
		// side": the one of a distributive after the count said is how
		// the goods are shared out, no count of its own
		if (w == "لكل" || strings.TrimPrefix(ts[i].surface, "و") == "لكل" || w == "per" || w == "for" && surfaceAt(ts, i+1) == "each") && i > 0 && !ts[i-1].sep && oneOf[surfaceAt(ts, i-1)] && countSaidBefore(ts, i-1) {
			ts[i-1].aside, ts[i-1].used = true, true
		}
		// "وتطريز اسم على كل قطعة", "وتقصير للكل": for every piece
		// before, as "لكل قطعة" (allPiecesCue)
		if markAllPieces(ts, i) {
			continue
		}
		// لكل باب، لكل واحدة، for each door, per door
		// ("each with …" is segment's: the next line, one for each piece)
		if w == "لكل" || w == "per" || w == "each" && surfaceAt(ts, i-1) != "for" && surfaceAt(ts, i+1) != "with" || w == "for" && surfaceAt(ts, i+1) == "each" {
			k := i + 1
			if w == "for" {
				k = i + 2
			}
			if k < len(ts) && !ts[k].sep && w == "each" && isNumber(ts[k].text) {
				// "2 blinds, each 120 x 160 cm": what each one is, the
				// figures the line's own
				ts[i].aside, ts[i].used = true, true
			} else if k < len(ts) && !ts[k].sep {
				ts[i].aside, ts[i].used = true, true
				if w == "for" {
					ts[i+1].aside, ts[i+1].used = true, true
				}
				ts[k].aside, ts[k].used = true, true
			}
		}
	}
	return each
}

// oneOf: "one" said before a distributive ("واحد لكل …", "one for
// each …").
var oneOf = set("واحد", "واحده", "وواحد", "وواحده", "one", "1", "wa7ed", "wa7da")

// countSaidBefore: a count greater than one was said before token i in
// the message, no later than the last line break ("كومودينو بيج اتنين، واحد
// لكل ناحية").
func countSaidBefore(ts []token, i int) bool {
	for k := i - 1; k >= 0 && ts[k].text != "\n"; k-- {
		if ts[k].lex {
			continue
		}
		if v, ok := amountValue(ts[k].text); ok && v > 1 {
			return true
		}
	}
	return false
}

// subjectWords start the clause that asks, after a distributive said first.
var subjectWords = set("i", "we", "انا", "احنا")

// countMarkers before a figure say it is how many: "عدد ٢", "qty 2".
var countMarkers = set("عدد", "العدد", "بعدد", "كميه", "الكميه", "بكميه", "qty", "quantity", "qnt", "3adad", "el3adad")

// entryEnds are the separators that end a list's entry.
var entryEnds = set("\n", ",", "،", ";", "+", ".")

// countMarks marks the figures that say how many rather than measure: a
// figure after a count marker ("عدد ٢", "qty 2"); a small whole figure
// after a size of two sides and the dimension operator ("٦٠×١٢٠ ×٢": the
// third "side" of a size in cm is not 2 cm); a figure right after a size
// and before a piece word ("60x120 2 pcs"); and marks as listed a figure
// written in a list's count notation after a dash or "×".
func countMarks(ts []token) {
	num := func(i int) (float64, bool) {
		if i < 0 || i >= len(ts) || ts[i].sep {
			return 0, false
		}
		return amountValue(ts[i].text)
	}
	isX := func(i int) bool { return i >= 0 && i < len(ts) && ts[i].text == "x" }
	lineEnds(ts, num)
	for i := range ts {
		v, ok := num(i)
		if !ok || v <= 0 || v != float64(int(v)) {
			continue
		}
		// "كرسي أبيض - ٤٨", "حلق ×٣": a figure after a dash or "×" that
		// ends an entry (the line, or before a separator) is a list's count
		if i > 0 && (ts[i-1].text == "-" || isX(i-1)) && (i+1 == len(ts) || ts[i+1].sep && entryEnds[ts[i+1].text] || nextEntryAt(ts, i+1)) {
			ts[i].listed = true
		}
		switch {
		case i > 0 && !ts[i-1].sep && (countMarkers[ts[i-1].text] || countMarkers[ts[i-1].lowSurface()]):
			ts[i-1].used = true
			// "، وعدد ٥٠ واقي مرتبة": a marker opening an entry before
			// its goods counts what follows, like any count before them
			ts[i].count = !(i+1 < len(ts) && !ts[i+1].sep && ts[i+1].lex && (i < 2 || ts[i-2].sep || ts[i-1].conj))
		case takenIf(ts, i):
			// "بكام لو اخدنا ٥٠؟", "if we take 50": how many a price
			// is asked for, never a side of the size said before
			ts[i].count = true
		case v < 10 && isX(i-1) && i >= 4 && isX(i-3):
			a, okA := num(i - 2)
			b, okB := num(i - 4)
			if okA && okB && a >= 10 && b >= 10 {
				ts[i].count = true
			}
		case i+1 < len(ts) && !ts[i+1].sep && pieceWords[ts[i+1].text] && i >= 3 && isX(i-2):
			if _, okA := num(i - 1); okA {
				ts[i].count = true
			}
		}
	}
}

// nextEntryAt: token i is an "and" (و, "w", "and", or a و taken off the
// word it opens) that opens the next entry: a word of the goods follows
// before any figure, never a fraction ("x2 w nos") nor a unit. After
// "rollup 85 x2 w x banner", "كاميرا ٣٦٠ ×٢ وهارد ٢ تيرا", the figure
// after "×" ends its entry as it would before a comma: a list's count.
func nextEntryAt(ts []token, i int) bool {
	if i >= len(ts) || ts[i].sep {
		return false
	}
	if f, _ := fractionTail(ts, i); f > 0 {
		return false
	}
	k := i
	switch {
	case ts[i].text == "و" && !ts[i].lex:
		k = i + 1
	case !ts[i].conj:
		return false
	}
	for ; k < len(ts) && !ts[k].sep && k <= i+3; k++ {
		switch t := ts[k]; {
		case isNumber(t.text) || isUnitOrDozen(t.text):
			return false
		case t.lex && t.color == "":
			return true
		}
	}
	return false
}

// ifWords open a condition; takeVerbs take goods in it: "لو اخدنا ٥٠",
// "law 5adna 50", "if we take 50", "if I order 50".
var (
	ifWords   = set("لو", "law", "lw", "if")
	takeVerbs = set("خدت", "اخدت", "خدنا", "اخدنا", "ناخد", "اخد", "هاخد", "هناخد", "خد", "طلبت", "طلبنا", "اشتريت", "اشترينا", "جبت", "جبنا",
		"khadt", "5adt", "akhadt", "a5adt", "khadna", "5adna", "akhadna", "a5adna", "take", "order", "buy", "get", "took", "ordered", "bought")
	takers = set("we", "i", "you")
)

// takenIf: the figure at i is what a condition takes ("لو خدت ٣", "if we
// take 50").
func takenIf(ts []token, i int) bool {
	w := func(k int) string {
		if k < 0 || ts[k].sep {
			return ""
		}
		return ts[k].lowSurface()
	}
	if i < 2 || !takeVerbs[w(i-1)] && !takeVerbs[ts[i-1].text] {
		return false
	}
	return ifWords[w(i-2)] || takers[w(i-2)] && ifWords[w(i-3)]
}

// lineEnds marks the figures that end the lines of a list written one
// entry a line, each after a word ("دوفيه ٤٫٥ توج ٢٠⏎مخدة فايبر ٤٠",
// "duvet 4.5 tog 20⏎fibre pillow 40"): when two lines or more end so, the
// last figure of each is the entry's count by the list's own pattern.
func lineEnds(ts []token, num func(int) (float64, bool)) {
	var ends []int
	lines := 1
	for i := range ts {
		if ts[i].text == "\n" && ts[i].sep {
			lines++
		}
		if i+1 < len(ts) && !(ts[i+1].sep && ts[i+1].text == "\n") {
			continue
		}
		v, ok := num(i)
		if !ok || v < 1 || v != math.Trunc(v) || i == 0 || ts[i-1].sep || ts[i-1].text == "x" || isUnitOrDozen(ts[i-1].text) {
			continue
		}
		if _, ok := num(i - 1); ok {
			continue // "… ٦٠ ٤٠": a size's second figure, or a count after one
		}
		ends = append(ends, i)
	}
	if lines < 2 || len(ends) < 2 {
		return
	}
	for _, i := range ends {
		ts[i].lineEnd = true
	}
}

// sumWords say that what follows is what the amounts before come to:
// "٤ متر + ٣ متر يعني ٧ متر", "in total 7 m" (and totalWords, comesToWords).
var sumWords = set("يعني", "بالاجمالي", "بالمجموع", "ya3ni", "yaany", "ya3ny")

// sumsSaid sets aside a customer's own sum: an amount after "=" or a
// total word that the amounts right before it in its line add up to
// ("٤ متر للاوضة + ٣ متر ونص للطرقة = ٧ ونص متر", "4 m + 3 m = 7 m") is
// the same length said again, no more of it. A figure that is no such
// sum stays as it was.
func sumsSaid(ts []token, isLex func(int) bool) {
	for i := range ts {
		at := i // where the total starts
		if !ts[i].afterEq {
			if ts[i].sep || !sumWords[ts[i].text] && !totalWords[ts[i].text] && !comesToWords[ts[i].text] && !sumWords[ts[i].lowSurface()] && !totalWords[ts[i].lowSurface()] {
				continue
			}
			at = i + 1
		}
		total, ok := amountAt(ts, at, isLex)
		if !ok || total.implied || total.per || total.dozen || total.unit == "cm" || total.unit == "mm" {
			continue
		}
		// the amounts of the line before the total, in order
		start := i
		for start > 0 && !(ts[start-1].sep && ts[start-1].text == "\n") {
			start--
		}
		var parts []amount
		for k := start; k < i; {
			a, ok := amountAt(ts, k, isLex)
			if !ok {
				k++
				continue
			}
			parts = append(parts, a)
			k = max(a.end, k+1)
		}
		sum, n := 0.0, 0
		for k := len(parts) - 1; k >= 0; k-- {
			a := parts[k]
			if a.side || a.implied || a.per || a.dozen || a.unit != total.unit && !(total.unit == "" && a.unit == "m") {
				break
			}
			if k < len(parts)-1 && !sumJoined(ts, a.end, parts[k+1].start) {
				break // "عرض ٢ متر، ٤ متر + ٣ متر": the width is no part
			}
			sum += a.val
			n++
			if n >= 2 && math.Abs(sum-total.val) < 1e-6 {
				for m := i; m < total.end; m++ {
					ts[m].used, ts[m].aside = true, true
				}
				break
			}
		}
	}
}

// sumJoined: the tokens from a to b join two amounts added up: "+",
// "و", "and".
func sumJoined(ts []token, a, b int) bool {
	if b < len(ts) && ts[b].conj {
		return true
	}
	for k := a; k < b && k < len(ts); k++ {
		if w := ts[k].lowSurface(); ts[k].text == "+" || ts[k].text == "و" || w == "and" || w == "w" || w == "plus" {
			return true
		}
	}
	return false
}

// eachCues distribute over the places counted before: "كل اوضة", "لكل
// اوضة", "each room", "per room", "every room".
var eachCues = set("كل", "لكل", "each", "every", "per", "kol", "lkol", "lekol")

// servicePreps may stand between a service's word and the pieces it is
// done on.
var servicePreps = set("for", "of", "on", "ل")

// sizeAfter: a figure starts at k, or after a comma and "each" ("…, each
// 2 by 3", "، كل ٢ في ٣").
func sizeAfter(ts []token, k int) bool {
	if k+2 < len(ts) && ts[k].sep && eachCues[ts[k+1].lowSurface()] {
		k += 2
	}
	return k < len(ts) && !ts[k].sep && isNumber(ts[k].text)
}

// workOnPieces: line c opened with the verbal noun of a work the shop
// sells by the piece ("طباعة صورة …", said "اطبع", "تطبعولي"), and the
// count at i, right after it (or after "منها", of it), is followed at j
// by the work's own object as its name says it ("٥ صور"): the count is
// how many of the work, never a stray figure (nor the figure and noun a
// name of the line says together: "دولاب ٤ ضلف").
func (r *Rules) workOnPieces(ts []token, c *draft, v float64, i, j int) bool {
	if c.pre != nil || len(c.counts) > 0 || len(c.groups) > 0 || len(c.words) == 0 || j >= len(ts) || ts[j].sep || !ts[j].lex ||
		ts[j].color != "" || isNumber(ts[j].text) || ts[j].text == c.words[0] ||
		!r.lx.verbalNoun(c.words[0]) && !r.lx.workUnits[c.words[0]] && workRoot(c.words[0]) == "" {
		return false
	}
	k := i - 1
	if k >= 0 && !ts[k].sep && (ofItWords[ts[k].text] || workOnWords[ts[k].lowSurface()]) {
		k-- // "تطبعولي منها ٥ صور": of it (the photo taken), five prints; "printing on 5 shirts"
	}
	if k < 0 || ts[k].sep || ts[k].text != c.words[0] {
		return false
	}
	found := false
	for _, p := range r.lx.postings[c.words[0]] {
		info := &r.lx.info[p]
		if info.head != c.words[0] {
			continue
		}
		for _, ph := range info.phrases {
			for m := 0; m+1 < len(ph); m++ {
				if ph[m] == numString(v) && ph[m+1] == ts[j].text {
					return false // "فقاسة ٩٦ بيضة", "دولاب ٤ ضلف": the figure and noun of a name
				}
			}
		}
		// the work is made to order, no goods kept in stock
		if info.all[ts[j].text] {
			if !r.lx.products[p].MadeToOrder || r.lx.products[p].Unit != catalog.Piece {
				return false
			}
			found = true
		}
	}
	return found
}

// ofItWords: "of it", "of them" said between a work and the count of
// pieces made from what the customer brings ("منها ٥ صور").
var ofItWords = set("منها", "منهم", "منه", "منهما")

// workOnWords: what a work is done on or for, said between the work and
// the count of its pieces ("printing on 5 shirts", "engraving for 3
// pens", "حفر على ٣ اقلام").
var workOnWords = set("on", "of", "for", "على", "علي")

// servicePieces: the word at j is the pieces a service sold by area is
// done on, counted right after the service's word ("غسيل ٣ سجاجيد", "تلميع
// ٤ ترابيزات"), a noun no product has: with "كل واحدة" and a size after it,
// each of them has that size.
func (r *Rules) servicePieces(ts []token, j int) bool {
	if j < 2 || j >= len(ts) || ts[j].sep || ts[j-1].sep || ts[j-2].sep || !isWordy(ts[j].text) {
		return false
	}
	if v, ok := amountValue(ts[j-1].text); !ok || v < 2 {
		return false
	}
	s, prep := j-2, false
	if servicePreps[ts[s].lowSurface()] && s > 0 && !ts[s-1].sep {
		// "washing for 3 carpets": after the preposition the goods are
		// what the service is done on, whatever product names them too
		s, prep = s-1, true
	}
	if !ts[s].lex {
		return false
	}
	for _, p := range r.lx.postings[ts[s].text] {
		// the pieces are a noun no product has, or the goods the service's
		// own name gives ("غسيل ٣ سجاد" of "غسيل سجاد")
		if info := &r.lx.info[p]; info.service && r.lx.products[p].Unit == catalog.SquareMeter && (prep || !ts[j].lex || info.all[ts[j].text]) {
			return true
		}
	}
	return false
}

// placesEach reads a distributive over places counted earlier in the
// message: "لأوضتين كل اوضة ٤ في ٣" (two rooms of 4×3), "عندي ٣ اوض …
// لكل اوضة مرتبة ومخدة" (each line three times), "2 rooms, each room 4 by
// 3", "عندي ٣ حمامات، كل حمام عايز فيه …", "3 rooms, each one needs …".
// The places are a noun that heads no product (a word of some name, like
// the حمام of "طقم اكسسوار حمام", still can be a place), counted by a
// figure or said in the dual, and named again after the cue in the
// singular, or "واحدة"/"one" for the last places counted; the count and
// the cue are set aside (no line's count, no line's words).
func (r *Rules) placesEach(ts []token) {
	r.placeNames(ts)
	place := func(m int) bool { return !ts[m].lex || !r.isHead(ts[m].text) }
	for i := 0; i+1 < len(ts); i++ {
		if ts[i].sep || ts[i].aside || !eachCues[ts[i].lowSurface()] {
			continue
		}
		k := i + 1
		v, isNum := numberWord(ts[k].text)
		one := eachWords[ts[k].text] || ts[k].lowSurface() == "one" || isNum && v == 1 && isLatinWord(ts[k].surface) || // "kol wa7ed"
			// "3 bathrooms, each needs …": each of the places just counted
			ts[i].lowSurface() == "each" && !ts[k].sep && !ts[k].lex && isLatinWord(ts[k].surface)
		// "2 shebabik kol wa7ed 1.5 x 1.6": right after the places counted
		afterPlaces := false
		if i > 0 && !ts[i-1].sep && !ts[i-1].lex {
			w := placeKey(ts[i-1].surface)
			dual, isDual := dualOf(w)
			afterPlaces = placeWords[w] || isDual && placeWords[dual] ||
				surfaceWords[w] && !ts[i-1].lex // "٣ حمامات، ارضية كل واحد ٢×١.٥": each one's floor
		}
		if ts[k].sep || !place(k) || isNumber(ts[k].text) || one && i > 0 && !ts[i-1].sep && !orderCues[ts[i-1].text] && !afterPlaces && !r.servicePieces(ts, i-1) {
			continue // "3 ستاير كل واحدة …" is each of those products, no place
		}
		noun := placeKey(ts[k].surface)
		n, at := 0.0, -1
		for j := i - 1; j >= 0 && n == 0; j-- {
			if ts[j].sep || !place(j) && !((j == i-1 || j == i-2 && ts[i-1].sep) && r.servicePieces(ts, j)) {
				continue
			}
			w := placeKey(ts[j].surface)
			if dual, ok := dualOf(w); ok && (dual == noun || one && placeWords[dual]) || ts[j].dual && (ts[j].text == ts[k].text || one) {
				n, at = 2, j // "لأوضتين كل اوضة", "حمامين، كل واحد"
				continue
			}
			if j > 1 && one && ts[j].lex && ts[j-1].lex && !ts[j-2].sep && ts[j-2].lex && !isNumber(ts[j-2].text) {
				// "٣ سلم ٧ درجات، لكل واحد …": a figure and a noun of
				// some name said right after a line's words are its
				// part's count, no places; each one is each piece
				break
			}
			if j > 0 && (samePlace(w, noun) || ts[j].text == ts[k].text || one && isWordy(ts[j].text) && !ofWords[ts[j].lowSurface()]) {
				if v, ok := amountValue(ts[j-1].text); ok && !ts[j-1].sep && v >= 2 && v <= 50 && v == float64(int(v)) {
					n, at = v, j-1
				}
			}
		}
		if n == 0 {
			continue
		}
		for m := at; m < len(ts) && m <= at+1; m++ {
			if m == at || n != 2 || isNumber(ts[at].text) {
				ts[m].aside, ts[m].used = true, true
			}
		}
		if isNumber(ts[at].text) {
			// "عندي ٣ سراير أطفال، لكل سرير …": the places' describing
			// words name no line either
			for m := at + 2; m < i && !ts[m].sep && (ts[m].lex || roomQualifiers[ts[m].text]) && ts[m].color == "" && !isNumber(ts[m].text) && !r.isHead(ts[m].text); m++ {
				ts[m].aside, ts[m].used = true, true
			}
		}
		ts[i].each = n
		ts[i].aside, ts[i].used, ts[k].aside, ts[k].used = true, true, true, true
		at1 := k + 1
		if at1 < len(ts) && !ts[at1].sep && aboutWords[ts[at1].lowSurface()] {
			at1++ // "كل واحدة حوالي ٣٥ في ٥٠": each one's rough size
		}
		_, isAmount := amountAt(ts, at1, func(m int) bool { return ts[m].lex && !isNumber(ts[m].text) })
		ts[i].eachSize = isAmount
	}
}

// forPieces sets aside what a line is for when that is a count of a
// product's head noun after "ل" ("برور جوزي لـ ٤ أبواب", "لأربع أبواب",
// "for 4 doors"): the pieces the goods go with, no line of their own (how
// much they need stays the line's or is asked).
func (r *Rules) forPieces(ts []token) {
	for i := 1; i < len(ts); i++ {
		prev := i - 1
		for prev > 0 && ts[prev].aside && !ts[prev].sep {
			prev-- // "فروستد بدل منه لـ ٢ باب": what was set aside between
		}
		if ts[i].sep || ts[i].aside || ts[prev].sep || !ts[prev].lex || isNumber(ts[prev].text) {
			continue // right after a word of a line
		}
		num, noun := -1, -1
		switch {
		case ts[i].surface == "ل" || ts[i].lowSurface() == "for":
			if i+2 < len(ts) && !ts[i+1].sep && !ts[i+2].sep && (isNumber(ts[i+1].text) || isNumberWord(ts[i+1].text)) {
				num, noun = i+1, i+2
			}
		case ts[i].prep && isNumberWord(ts[i].text) && i+1 < len(ts):
			num, noun = i, i+1
		case ts[i].prep && ts[i].dual && sizeAfter(ts, i+1) && r.areaWord(ts[prev].text):
			num, noun = i, i // "فروستد لبابين ٩٠ في ٢٠٠": for two doors of that size
		}
		if num < 0 || noun >= len(ts) || ts[noun].sep || !ts[noun].lex || !r.lx.heads[ts[noun].text] || r.lx.heads[ts[prev].text] && ts[prev].text == ts[noun].text {
			continue
		}
		if noun != num && ts[noun].conj {
			continue // "ترصيص للاربعة وزوايا": "for the four", then "and" another line — no pieces counted
		}
		v, ok := amountValue(ts[num].text)
		if num == noun {
			v, ok = 2, true
		}
		if !ok || v < 2 {
			continue
		}
		if sizeAfter(ts, noun+1) && r.servicePieces(ts, noun) {
			continue // "washing for 3 rugs 2 x 3": three pieces of that size, the service's amount
		}
		if r.workOn(ts[prev].text, ts[noun].text) || r.workBefore(ts, prev, ts[noun].text) || r.perObject(ts[prev].text, ts[noun].text) {
			continue // "تركيب ل 8 كاميرات" of "تركيب كاميرا": what the work is done on counts it, as "للـ 8" does
		}
		for k := i; k <= noun; k++ {
			ts[k].aside, ts[k].used = true, true
		}
		if noun-num <= 1 && sizeAfter(ts, noun+1) && r.areaWord(ts[prev].text) {
			// "فروستد لـ ٢ باب ٩٠ في ٢٠٠", "لبابين ٩٠ في ٢٠٠": goods sold
			// by area for pieces of one size cover each of them
			// (placesApply)
			ts[num].each, ts[num].eachSize = v, true
		}
		i = noun
	}
}

// workBefore: the run of words ending at prev opens with a work done on
// noun, a word or two of its name between ("نفخ هيليوم ل١٥ بالونة" of
// "نفخ بالونة هيليوم"): what it is done on counts it, as right after the
// work's verbal noun.
func (r *Rules) workBefore(ts []token, prev int, noun string) bool {
	for k := prev - 1; k >= 0 && k >= prev-2; k-- {
		if ts[k].sep || !ts[k].lex || ts[k+1].conj || ts[k+1].aside || isNumber(ts[k].text) {
			return false
		}
		if r.workOn(ts[k].text, noun) {
			return true
		}
	}
	return false
}

// workOn: w heads a service (work done to goods) whose name holds noun
// ("تركيب كاميرا", "Camera installation"): the noun is what it is done on.
func (r *Rules) workOn(w, noun string) bool {
	return r.lx.serviceHead(w) && slices.ContainsFunc(r.lx.postings[w], func(p int32) bool {
		in := &r.lx.info[p]
		return in.service && (in.head == w || in.headEn == w) && in.all[noun]
	})
}

// headsEach reads a distributive over pieces of a product counted before:
// "٣ ابواب …، وكل باب عايزله ٣ مفصلات وكالون" (nine hinges, three locks),
// "وفي كل حوض كشاف", Franco "kol bab", "and for each door 3 hinges". The
// cue ("كل", "لكل", "kol", "every", "each", "for each") comes before what
// is asked for each, and its noun heads a product said earlier in the
// message; the cue, the noun and the request words that follow ("عايزله",
// "عايز له", "needs") are set aside, and the cue carries the noun
// (perHead) for headsApply. A cue after its line ("وحلق لكل باب") is
// eachCount's; "كل واحد" is no head noun.
func (r *Rules) headsEach(ts []token) {
	for i := 0; i+1 < len(ts); i++ {
		cue := surfaceAt(ts, i)
		if w := strings.TrimPrefix(ts[i].text, "و"); ts[i].aside || !(w == "كل" || w == "لكل" || eachCues[cue] && cue != "per") {
			continue
		}
		k := i + 1
		if cue == "for" {
			continue
		}
		head := ts[k].text
		if !ts[k].sep && !ts[k].aside && (eachWords[head] || eachOne[ts[k].lowSurface()]) && (strings.TrimPrefix(ts[i].text, "و") == "لكل" || strings.TrimPrefix(ts[i].surface, "و") == "لكل" || cue == "lkol" || cue == "lekol") {
			// "٣ فوتون … ولكل واحد ملاية": for each one of the pieces
			// counted just before, the last head noun said after a count
			head = ""
			for j := i - 1; j > 0 && head == ""; j-- {
				if !ts[j].sep && !ts[j].aside && ts[j].lex && r.isHead(ts[j].text) && isNumber(ts[j-1].text) {
					head = ts[j].text
				}
			}
			if head == "" {
				continue
			}
		} else if ts[k].sep || ts[k].aside || !ts[k].lex || !r.isHead(ts[k].text) || eachWords[ts[k].text] || isNumber(ts[k].text) {
			continue
		}
		said := false
		for j := 0; j < i && !said; j++ {
			said = !ts[j].sep && !ts[j].aside && ts[j].text == head
		}
		// what follows the noun says it is asked for each: a figure, a
		// request, a product; a clause ending there ("وحلق لكل باب") looks back
		next := k + 1
		ahead := next < len(ts) && !ts[next].sep && !ts[next].conj && (isNumber(ts[next].text) || ts[next].lex || r.isRequest(ts[next].text) || subjectWords[surfaceAt(ts, next)])
		if next+1 < len(ts) && !ts[next].sep && !ts[next+1].sep && (datives[ts[next].text] || withWords[ts[next].text]) &&
			(isNumber(ts[next+1].text) || ts[next+1].lex || isNumberWord(ts[next+1].text)) {
			ahead = true // "وكل كنبة عليها ٢ مخدة", "كل سرير معاه مرتبة"
			ts[next].used = true
		}
		// "٣ شبابيك … كل شباك ١٢٠ في ١٥٠", "كل باب مقاس ٩٠": each piece's
		// size, no lines for each
		if _, ok := amountAt(ts, next, nil); ok && sizeAhead(ts, next) || next < len(ts) && sizeCue[ts[next].text] {
			continue
		}
		// "٤ مجاري … طول كل مجرى ٢.٥ متر": each piece's length
		if a, ok := amountAt(ts, next, nil); ok && !a.implied && (a.unit == "m" || a.unit == "cm") {
			continue
		}
		if !said || !ahead {
			continue
		}
		start := i
		if surfaceAt(ts, i-1) == "for" || surfaceAt(ts, i-1) == "in" || ts[max(i-1, 0)].text == "في" && i > 0 && !ts[i-1].sep {
			start = i - 1 // "for each door", "وفي كل حوض"
		}
		for m := start; m <= k; m++ {
			ts[m].aside, ts[m].used = true, true
		}
		ts[i].perHead = head
		for m := next; m < len(ts) && m <= next+1 && !ts[m].sep; m++ {
			if !r.isRequest(ts[m].text) && !(m == next+1 && datives[ts[m].text] && r.isRequest(ts[next].text)) && !subjectWords[surfaceAt(ts, m)] {
				break
			}
			ts[m].used = true // "عايزله", "عايز له", "I need"
		}
	}
}

// datives point the request at each piece: "عايز له", "عايزة لها".
var datives = set("له", "لها", "لهم", "فيه", "فيها", "عليه", "عليها", "عليهم", "فيهم")

// isRequest: w asks for something, with a dative written on it or not
// ("عايز", "عايزله", "محتاجاله", "needs").
func (r *Rules) isRequest(w string) bool {
	if orderCues[w] || w == "needs" || w == "gets" {
		return true
	}
	for _, d := range []string{"له", "لها", "لهم", "اله", "الها", "الهم"} {
		if st, ok := strings.CutSuffix(w, d); ok && orderCues[st] {
			return true
		}
	}
	return false
}

// bedSizes name a bed's size by its trade name: "in king size", "مقاس
// كينج", "سايز كوين". Beside a size word they say which size, no product.
var bedSizes = set("king", "queen", "twin", "single", "double", "superking", "كينج", "كنج", "كوين", "سنجل", "دبل", "دابل")

// namedWords places a bed size's trade name said with a size word ("in
// king size", "مقاس كوين"; a word some name has stays the name's: "magra
// double"), a model word before a model's name ("موديل نوفا") and a
// dative after a request ("عايز لها").
func (r *Rules) namedWords(ts []token) {
	size := func(k int) bool {
		return k >= 0 && k < len(ts) && !ts[k].sep && (sizeCue[ts[k].text] || ts[k].lowSurface() == "size" || ts[k].text == "سايز")
	}
	for i := range ts {
		if i > 0 && !ts[i].sep && !ts[i-1].sep && datives[ts[i].text] && orderCues[ts[i-1].text] {
			ts[i].used = true // "عايز لها باركيه": wanting it for the place just said
		}
		if i+1 < len(ts) && !ts[i].lex && modelWord(ts[i]) && ts[i].text != "رقم" && !ts[i+1].sep && ts[i+1].lex && !isNumber(ts[i+1].text) && r.isHead(ts[i+1].text) {
			ts[i].used = true // "٥ أبواب موديل نوفا", "the Aria model": the name that follows is the model
		}
		if !ts[i].sep && !ts[i].lex && bedSizes[ts[i].lowSurface()] && (size(i+1) || size(i-1)) {
			ts[i].used = true
			for _, k := range []int{i - 1, i + 1} {
				if size(k) {
					ts[k].used = true
				}
			}
		}
	}
}

// forWords say for whom or where, written apart: "for", Franco "lel".
var forWords = set("for", "lel", "lil", "lal", "le", "li")

// destShares sets aside a count shared out by where each goes when the
// shares add up to the count just said: "طقم … اتنين، واحد للحمام الكبير
// وواحد للضيوف", "2 mixers, one for the kitchen and one for the bathroom".
// The shares tell no line apart and count nothing more. "واحد" said right
// after the counted goods, with no pause ("وخرمين واحد للخلاط وواحد
// للفلتر", "٢ فتحة واحدة للحوض …"), is such a share when what each is for
// is a place or a word of one product that has the goods' words too (the
// tap hole named for a mixer and for a filter: two of it, never 2 + 1);
// the words each is for are then set aside with it.
func (r *Rules) destShares(ts []token) {
	share := func(k int) (float64, bool) {
		if k+1 >= len(ts) || ts[k].sep || ts[k+1].sep || ts[k].aside {
			return 0, false
		}
		v, ok := amountValue(ts[k].text)
		if !ok || v < 1 || v != math.Trunc(v) || isNumber(ts[k].text) && !ts[k].conj && (k == 0 || !ts[k-1].sep) {
			return 0, false
		}
		sf := ts[k+1].surface
		to := ts[k+1].prep || forWords[lower(sf)] || strings.HasPrefix(sf, "لل") || strings.HasPrefix(sf, "ل") && ts[k+1].text != sf
		return v, to
	}
	for i := 1; i < len(ts); i++ {
		// right after the goods: a word "واحد", no figure
		bare := !ts[i-1].sep && ts[i-1].lex && !isNumber(ts[i-1].text) && !isNumber(ts[i].text)
		// or after a figure of the goods' name ("٢ شاشة ٤٣ واحدة للصالة
		// …"): the size said, the count before it
		sized := !bare && i >= 2 && !ts[i-1].sep && isNumber(ts[i-1].text) && !ts[i-2].sep && ts[i-2].lex && !isNumber(ts[i-2].text) && !isNumber(ts[i].text)
		bare = bare || sized
		if (!ts[i-1].sep || ts[i-1].text == "?") && !bare {
			continue
		}
		v0, ok := share(i)
		if !ok || i < 2 && !bare {
			continue
		}
		n, isN := 0.0, false // the count of the clause before the pause
		from := i - 2
		if bare {
			from = i - 1
		}
		var goods []string // the goods counted, between the count and the shares
		for k := from; k >= 0 && k >= i-8 && !ts[k].sep && !isN; k-- {
			if sized && k == i-1 || k+1 < i && isNumber(ts[k].text) && isUnit(ts[k+1].text) {
				continue // a size of the goods ("… 60 cm, one for …"), no count
			}
			n, isN = amountValue(ts[k].text)
			isN = isN && !ts[k].compound
			if !isN && ts[k].dual && ts[k].lex {
				n, isN = 2, true // "وخرمين": two of it
			}
			if ts[k].lex && !isNumber(ts[k].text) {
				goods = append(goods, ts[k].text)
			}
		}
		if !isN || n < 2 {
			continue
		}
		sum, at := v0, []int{i}
		for k := i + 2; k < len(ts) && !ts[k].sep && sum < n; k++ {
			if v, ok := share(k); ok && (ts[k].conj || ts[k-1].text == "و" || ts[k-1].lowSurface() == "and") {
				sum += v
				at = append(at, k)
			}
		}
		if sum != n || len(at) < 2 {
			continue
		}
		ofOne := r.sharesOfOne(ts, goods, at)
		if bare && !ofOne {
			continue
		}
		for _, k := range at {
			ts[k].aside, ts[k].used = true, true
			if ts[k-1].text == "و" {
				ts[k-1].used = true
			}
			if o := shareObject(ts, k); ofOne && o > 0 && ts[o].lex {
				ts[o].aside, ts[o].used = true, true // "للفلتر", "for the heater": what this one is for
			}
			// where it goes: "for the guest bathroom", "للحمام الكبير"
			for m := k + 1; m < len(ts) && !ts[m].sep; m++ {
				w := ts[m].lowSurface()
				key := placeKey(strings.TrimPrefix(w, "و"))
				if !(m == k+1 && forWords[w] || determiners[w] || roomWords[key] || placeWords[key] || roomQualifiers[key] || roomWords[ts[m].text] ||
					w == "guest" || w == "master" || w == "main") {
					break
				}
				ts[m].aside, ts[m].used = true, true
			}
		}
	}
}

// forOther sets aside other goods said as what the goods before are for
// ("عايز هارد للـ DVR", "a hard disk for the DVR"): a head noun after
// "ل"/"لل" or "for (the)", the last word or figure of the clause of goods
// whose products never hold it, is the use, no line — a person would not ask
// which DVR. A word the goods' products hold ("ريموت للمروحة" of "ريموت
// مروحة …") chooses among them and stays; so does a service's object.
func (r *Rules) forOther(ts []token) {
	for i := 1; i < len(ts); i++ {
		t := ts[i]
		if t.sep || !t.lex || t.conj || t.aside || t.color != "" || !r.lx.heads[t.text] {
			continue
		}
		j := i - 1 // the first token of the preposition
		switch w := ts[j].lowSurface(); {
		case t.prep && strings.HasPrefix(t.surface, "ل"):
			j = i
		case !ts[j].sep && (w == "لل" || w == "للـ" || w == "ل" || forWords[w]):
		case !ts[j].sep && determiners[w] && j > 0 && !ts[j-1].sep && forWords[ts[j-1].lowSurface()]:
			j--
		default:
			continue
		}
		goods := ""
		for k := j - 1; k >= 0 && !ts[k].sep && !ts[k].conj; k-- {
			if ts[k].lex && r.lx.heads[ts[k].text] {
				goods = ts[k].text
				break
			}
		}
		described := false // "للنجفة الكريستال ٥ شمعات": what it is for said at length, left as it was
		for k := i + 1; k < len(ts) && !ts[k].sep && !ts[k].conj && !described; k++ {
			described = ts[k].lex || isNumber(ts[k].text)
		}
		if described || goods == "" || goods == t.text || r.lx.serviceHead(goods) ||
			slices.ContainsFunc(r.lx.postings[goods], func(p int32) bool { return r.lx.info[p].all[t.text] }) {
			continue
		}
		for k := j; k <= i; k++ {
			ts[k].aside, ts[k].used = true, true
		}
	}
}

// sharesOfOne: what each share at at is for ("للخلاط", "للفلتر") is a
// place, or a word that one product having every word of the goods counted
// has too (one tap hole named for a mixer and for a filter); shares for
// words of different products ("واحدة للحوض وواحدة للبوتاجاز") are not.
func (r *Rules) sharesOfOne(ts []token, goods []string, at []int) bool {
	var objs []string
	for _, k := range at {
		m := shareObject(ts, k)
		if m < 0 {
			continue
		}
		o := ts[m]
		if !o.lex || roomWords[placeKey(strings.TrimPrefix(o.surface, "و"))] || placeWords[placeKey(strings.TrimPrefix(o.surface, "و"))] {
			continue
		}
		objs = append(objs, o.text)
	}
	if len(goods) == 0 {
		return len(objs) == 0
	}
	// an object no product of the goods' words has ("٢ خرم خلاط واحد
	// للحوض …": no tap hole is named for a sink) says where that one goes,
	// no product: only objects that pick among the goods must agree
	var picking []string
	for _, o := range objs {
		for _, p := range r.lx.postings[goods[0]] {
			if all := r.lx.info[p].all; all[o] && !slices.ContainsFunc(goods, func(w string) bool { return !all[w] }) {
				picking = append(picking, o)
				break
			}
		}
	}
	for _, p := range r.lx.postings[goods[0]] {
		all := r.lx.info[p].all
		if !slices.ContainsFunc(goods, func(w string) bool { return !all[w] }) && !slices.ContainsFunc(picking, func(w string) bool { return !all[w] }) {
			return true
		}
	}
	return false
}

// shareObject: the token a share at k is for: the one after it ("للفلتر"),
// past "for"/"lel" and "the" ("for the heater"); -1 at the clause's end.
func shareObject(ts []token, k int) int {
	for m := k + 1; m < len(ts) && !ts[m].sep; m++ {
		if w := ts[m].lowSurface(); !(forWords[w] || determiners[w]) {
			return m
		}
	}
	return -1
}

// counterOfGoods: a piece word after a count, right after the goods just
// named ("ازاز ملون ٦ مم ٢ لوح ١٠٠×١٥٠"), counts those goods — two
// sheets of them — though a product sold by area or length has it in its
// name ("لوح شاور ثابت", so no pack of the catalog's), when nothing after
// it in its entry but a size or a place says more of that product: it is
// read as the piece word "حته" is.
func (r *Rules) counterOfGoods(ts []token) {
	for i := 2; i < len(ts); i++ {
		if ts[i].sep || ts[i].conj || !ts[i].lex || !pieceWords[ts[i].text] || r.pack(ts[i].text) || ts[i-1].sep || !isNumber(ts[i-1].text) || ts[i-1].conj {
			continue
		}
		goods := false
		for j := i - 2; j >= 0 && !ts[j].sep; j-- {
			if ts[j].lex && !isNumber(ts[j].text) && ts[j].color == "" && !isUnitOrDozen(ts[j].text) {
				goods = true
				break
			}
			if ts[j].conj {
				break
			}
		}
		more := false
		for k := i + 1; k < len(ts) && !ts[k].sep && !ts[k].conj; k++ {
			t := ts[k]
			if t.lex && !isNumber(t.text) && t.text != "x" && !isUnitOrDozen(t.text) && !t.prep {
				more = true
				break
			}
		}
		if goods && !more {
			ts[i].text, ts[i].lex = "حته", false
		}
	}
}

// isWordy: w is a word that can be a counted place, not a figure, unit,
// pack or other counted thing ("٣ متر", "٢ شيكارة" are no places).
func isWordy(w string) bool {
	if isNumber(w) || isUnitOrDozen(w) || pieceWords[w] || countedNouns[w] {
		return false
	}
	_, isNum := numberWord(w)
	return !isNum
}

// placeNames sets aside the noun that names a place said before it: "اوضة
// النوم", "اوضة الأطفال", "دورة المياه", "اوضتين نوم" (a room's name, no
// goods); and the words that say whose size follows: a place ("واوضة ٣ في
// ٣") or an ordinal ("الاولى ٤ في ٣ والتانية ٣ في ٣").
func (r *Rules) placeNames(ts []token) {
	place := func(i int) bool {
		return i >= 0 && !ts[i].sep && !ts[i].lex && (placeWords[ts[i].text] || placeWords[strings.TrimPrefix(ts[i].text, "و")] || possessedPlace(ts[i].text))
	}
	for i := 1; i < len(ts); i++ {
		if ts[i].sep || ts[i-1].sep || ts[i].color != "" || isNumber(ts[i].text) {
			continue
		}
		if storeyWords[wordKey(ts[i-1].surface)] && strings.HasPrefix(ts[i].surface, "ال") && !ts[i-1].lex {
			ts[i-1].used = true
			ts[i].used, ts[i].aside = true, true // "في الدور الارضي": the ground floor, no floor trap
			continue
		}
		if !place(i - 1) {
			continue
		}
		switch {
		case strings.HasPrefix(ts[i].surface, "ال") && ts[i].lex:
			ts[i].used, ts[i].aside = true, true // "شباك المطبخ": the kitchen's window, no kitchen
		case ts[i].lex && roomQualifiers[ts[i].text] && !r.lx.heads[ts[i].text]:
			// "٣ اوض اطفال", "اوضة نوم": whose room, though a name has the
			// word ("مرتبة اطفال"); a product it heads ("نوم" of a shop
			// selling bedroom sets by that name) stays one
			ts[i].used, ts[i].aside = true, true
		case strings.HasPrefix(ts[i].surface, "ال") || !ts[i].lex && !r.known(ts[i].text) && !verbLike(ts[i].text):
			ts[i].used = true
		}
	}
	for i := 0; i+1 < len(ts); i++ {
		w := strings.TrimPrefix(ts[i].text, "و")
		if !ts[i].sep && !ts[i+1].sep && isNumber(ts[i+1].text) && (place(i) || ordinalWords[w] || countedNouns[w] && !ts[i].lex) {
			ts[i].used = true // "واوضة ٣ في ٣", "والتانية ٣ في ٣", "وحيطة ٢ متر"
		}
	}
}

// storeyWords: a building's floor ("الدور الارضي", "الدور التالت"): the
// word after it says which floor, never goods.
var storeyWords = set("دور", "بالدور")

// possessedPlace: w is a place under a possessive ending ("مساحته",
// "شقتها"), its ة written ت.
func possessedPlace(w string) bool {
	for _, p := range possessed(strings.TrimPrefix(w, "و")) {
		if p.strong && placeWords[p.noun] {
			return true
		}
	}
	return false
}

// cutObject takes an object pronoun (هم، ها، ه) off a word.
func cutObject(w string) (string, bool) {
	for _, p := range []string{"هم", "ها", "ه"} {
		if st, ok := strings.CutSuffix(w, p); ok && utf8.RuneCountInString(st) >= 3 {
			return st, true
		}
	}
	return "", false
}

// francoPlaces are Franco-Arabic places' plurals and spellings read as
// one noun ("3 shebabik kol shebak").
var francoPlaces = map[string]string{"shebabik": "shebak", "shababik": "shebak", "shbabik": "shebak", "shebbak": "shebak",
	"owad": "oda", "ewad": "oda", "ouda": "oda"}

// ordinalWords say which of the places counted a size is for.
var ordinalWords = set("الاول", "الاولي", "الاولى", "اول", "اولي", "التاني", "التانيه", "تاني", "تانيه", "التالت", "التالته",
	"تالت", "تالته", "الرابع", "الرابعه", "رابع", "رابعه", "الخامس", "الخامسه", "خامس", "خامسه", "first", "second", "third", "fourth", "fifth")

// placeKey is a noun without the prepositions and article written on it
// (لأوضتين → اوضتين, rooms → room).
func placeKey(w string) string {
	w = lower(w)
	for _, p := range []string{"لل", "ال", "ل", "بال", "فال"} {
		if r := strings.TrimPrefix(w, p); r != w && len([]rune(r)) >= 3 {
			w = r
			break
		}
	}
	if isLatinWord(w) && len(w) > 3 && strings.HasSuffix(w, "s") {
		w = strings.TrimSuffix(w, "s")
	}
	if one, ok := francoPlaces[w]; ok {
		return one
	}
	return w
}

// dualOf is the singular of an Arabic dual: اوضتين → اوضه, شباكين → شباك.
func dualOf(w string) (string, bool) {
	rs := []rune(w)
	n := len(rs)
	switch {
	case n >= 5 && string(rs[n-3:]) == "تين":
		return string(rs[:n-3]) + "ه", true
	case n >= 5 && string(rs[n-2:]) == "ين":
		return string(rs[:n-2]), true
	}
	return "", false
}

// samePlace reports whether w names the noun (singular) or its plural:
// the same word, or the same root consonants (اوض/اوضه, شبابيك/شباك).
func samePlace(w, noun string) bool {
	if w == noun || w+"ه" == noun {
		return true // اوض/اوضه: the collective drops the ة
	}
	if st, ok := strings.CutSuffix(w, "ات"); ok && (st == noun || st+"ه" == noun) {
		return true // حمامات/حمام، شقات/شقه: the sound plural
	}
	if isLatinWord(w) && strings.HasPrefix(w, noun) && len(w)-len(noun) <= 2 && len(noun) >= 3 {
		return true // Franco plurals: balakona/balakonat
	}
	collapse := func(s string) string {
		var b []rune
		for _, r := range s {
			if len(b) == 0 || b[len(b)-1] != r {
				b = append(b, r)
			}
		}
		return string(b)
	}
	a, b := collapse(skeleton(w)), collapse(skeleton(noun))
	return len([]rune(b)) >= 2 && a == b
}

// setWords name a set of the items listed after them.
var setWords = set("طقم", "اطقم", "اطقام", "set", "sets", "طقمين")

// perOf is the word "لكل" (for each) at or before token i governs: a
// catalog word, or "*" for "each one".
func perOf(ts []token, i int) string {
	if ts[i].allPieces {
		return "*" // "على كل قطعة", "للكل": every piece before
	}
	for k := i; k >= 0 && k >= i-2; k-- {
		w := ts[k].lowSurface()
		if w == "لكل" || w == "per" || w == "each" || w == "for" {
			if k == i || countEach(ts, k) {
				return "" // the cue itself; its object carries the word
			}
			if eachWords[ts[i].text] || ts[i].text == "one" || ts[i].text == "item" {
				return "*"
			}
			return ts[i].text
		}
	}
	return ""
}

// restCount reads "الباقي" (the rest) before a colour as the count left of
// the first count of its clause once the counts said between are taken:
// "مقابض ٤ واحد دهبي والباقي فضي" is 1 gold and 3 silver, as if "و٣ فضي"
// were said. Franco "el ba2y", English "the rest (in)".
func restCount(ts []token) {
	for i := range ts {
		w := ts[i].lowSurface()
		if ts[i].sep || !restWords[ts[i].text] && !restWords[w] && !restWords[ts[i].bareKey()] {
			continue
		}
		c := i + 1
		if c < len(ts) && !ts[c].sep && (ts[c].text == "in" || ts[c].text == "ب") {
			c++
		}
		if c >= len(ts) || ts[c].sep || ts[c].color == "" && englishColors[ts[c].lowSurface()] == "" {
			continue
		}
		total, said, seen := 0.0, 0.0, 0
		for k := i - 1; k >= 0 && !(ts[k].sep && ts[k].text != "," && ts[k].text != "،"); k-- {
			if ts[k].sep {
				continue
			}
			if v, ok := amountValue(ts[k].text); ok && v > 0 {
				seen++
				said += total
				total = v
			}
		}
		if seen < 2 || total <= said || total != math.Trunc(total) {
			continue
		}
		ts[i].text = numString(total - said)
		ts[i].lex = false
	}
}

// restWords say "the rest" of a count: "والباقي فضي", "w el ba2y dahaby".
var restWords = set("الباقي", "باقي", "الباقيين", "الباقين", "ba2y", "ba2i", "elba2y", "elba2i", "rest")

// amountValue is the value of a figure or a number word.
func amountValue(w string) (float64, bool) {
	if isNumber(w) {
		v, err := strconv.ParseFloat(w, 64)
		return v, err == nil
	}
	return numberWord(w)
}

// englishRunning say a metre is a running (linear) metre in English,
// before the unit.
var englishRunning = set("running", "linear", "lineal")

// negationCues open what the customer does NOT want: "باب بدون حلق",
// "من غير الأوكرة والكالون", "without the mirror", Franco "men gher".
// Two-word cues are keyed by their words joined with a space.
var negationCues = set("بدون", "بلاش", "من غير", "without", "w/o", "bdon", "bedoon", "bdoun", "bedun",
	"men gher", "men gheir", "min gheir", "men 8er", "mn 8er", "mn gher", "men ghir", "min ghair",
	// not wanted: "مش عايز ترابيزة", "msh 3ayez", "don't want", "no need for"
	"مش عايز", "مش عاوز", "مش عايزه", "مش عاوزه", "مش عايزين", "مش عاوزين", "مش محتاج", "مش محتاجه", "مش محتاجين",
	"مش هاخد", "msh 3ayez", "mesh 3ayez", "msh 3awez", "mesh 3awez", "msh me7tag", "mesh me7tag",
	"don t want", "dont want", "don t need", "dont need", "do not want", "do not need", "no need",
	// not needed: "مش لازم مستعجل", "مش ضروري التغليف", "msh lazem"
	"مش لازم", "مش ضروري", "مش ضروى", "msh lazem", "mesh lazem", "msh laazem", "msh darory", "mesh darory", "not necessary",
	"don t send", "dont send", "do not send", "don t bring", "dont bring", "do not bring", "don t add", "dont add", "do not add")

// The Egyptian negative imperative, ما + the verb + ش: "متجيبوش الزحليقة",
// "ماتبعتش الحلق", "متركبوش الستارة" — what not to bring, send, fit or add.
func init() {
	for _, stem := range []string{"جيب", "جب", "بعت", "حط", "ركب", "زود", "ضيف", "حسب", "شحن", "عمل", "دخل"} {
		for _, pre := range []string{"مت", "مات"} {
			for _, suf := range []string{"ش", "وش", "يش", "هاش", "هوش", "هومش", "هاليش"} {
				negationCues[wordKey(pre+stem+suf)] = true
			}
		}
	}
}

// lineWords name a line of a document: "ويُلغى بند واقي المراتب".
var lineWords = set("بند", "البند", "item", "line")

// contrastCues set aside the one the customer does not mean, right after
// the one they do: "التواليت الارضي مش المعلق", "ابيض مش رمادي", "the 90
// one, not the 80". (Franco "mesh" is left out: English sells mesh chairs.)
var contrastCues = set("مش", "مو", "msh", "mosh", "not")

// servedThing: w is a word of the catalog's names that heads none of
// them, said in none of them first: the thing the shop's works are done
// to ("عربية" of "فاميه عادي العربية كاملة", "حماية PPF للعربية كاملة"),
// never goods on sale.
func (r *Rules) servedThing(w string) bool {
	return r.known(w) && r.headNoun(w) == "" && !r.lx.heads[w]
}

// countSaidAgain: besides the figure at ts[k], the message says a count
// in words ("للتلاتة", "الاتنين", "عايز واحدة"), not "لكل واحد": the
// count of the work is said there, the figure only tells the things.
func countSaidAgain(ts []token, k int) bool {
	for j, t := range ts {
		if j == k || t.sep || isNumber(t.text) {
			continue
		}
		if j > 0 && !ts[j-1].sep && (ts[j-1].text == "كل" || ts[j-1].text == "لكل") {
			continue // "لكل واحد": each of the things
		}
		w := wordKey(t.surface)
		for _, pre := range []string{"", "لل", "ال", "ل"} {
			if rest, cut := strings.CutPrefix(w, pre); cut && isNumberWord(rest) {
				return true
			}
		}
	}
	return false
}

// eachLater: "لكل واحد" (each one, eachWords) comes after k: the work
// is for each of the things counted, left to the distributive's reading.
func eachLater(ts []token, k int) bool {
	for j := k + 1; j+1 < len(ts); j++ {
		if !ts[j].sep && (ts[j].text == "كل" || ts[j].text == "لكل") && !ts[j+1].sep && eachWords[ts[j+1].lowSurface()] {
			return true
		}
	}
	return false
}

// haveWords say the customer already has what follows ("عندي فوم").
var haveWords = set("عندي", "عندنا", "معايا", "معانا", "3andy", "3andi", "3ndy", "3andena", "3andina", "ma3aya")

// negate marks the words a negation cue governs: the products, their
// describing words and colours joined by و up to a number, a separator or
// any other word; they name nothing to sell and are not unexplained.
func (r *Rules) negate(ts []token) {
	for i := 0; i < len(ts); i++ {
		if ts[i].sep {
			continue
		}
		n := 0
		contrast := false
		cue := negationCue(ts, i)
		switch {
		case (contrastCues[ts[i].text] || contrastCues[ts[i].lowSurface()]) && i > 0 &&
			(!ts[i-1].sep && (ts[i-1].lex || ts[i-1].color != "" || isNumber(ts[i-1].text) && ts[i].text == "مش" || ts[i-1].text == "لا" || ts[i-1].text == "no" || plainWords[ts[i-1].text]) ||
				// "، not the velvet": a definite one set aside after a pause
				ts[i-1].sep && ts[i-1].text != "?" && i+1 < len(ts) && (ts[i+1].text == "the" || ts[i+1].text == "ال" || ts[i+1].lex && strings.HasPrefix(ts[i+1].surface, "ال") ||
					// "…، مش شاجي": a clause of "not" and one word of a
					// name, nothing after it, sets that kind aside
					ts[i+1].lex && ts[i+1].color == "" && !isNumber(ts[i+1].text) && clauseClosesAt(ts, i+2))) &&
			i+1 < len(ts) && !ts[i+1].sep && (ts[i+1].lex || ts[i+1].color != "" || ts[i+1].text == "ال" || ts[i+1].text == "the" || ts[i+1].text == "el" || withOne[ts[i+1].text]):
			// "… الارضي مش المعلق": a contrast right after what is meant
			n, contrast = 1, true
		case (contrastCues[ts[i].text] || contrastCues[ts[i].lowSurface()]) && i+1 < len(ts) && !ts[i+1].sep &&
			(isNumber(ts[i+1].text) || isNumberWord(ts[i+1].text)) && figureBefore(ts, i):
			// "١٢ متر بيج مش ١٠", "12 metres, not 10": the figure not
			// meant, after the one meant
			n, contrast = 1, true
		case (haveWords[ts[i].text] || haveWords[ts[i].lowSurface()]) && i+1 < len(ts) && !ts[i+1].sep && ts[i+1].lex && !isNumber(ts[i+1].text) &&
			ts[i+1].color == "" && !r.troubleFixed(ts[i+1].text): // "واحدة زيها عندي بني": at my place, and the colour wanted; "عندي تسريب": the repair asked
			// "عندي فوم", "عندي سرير": what the customer already has is
			// not ordered (the products named right after it)
			n = 1
		case (haveWords[ts[i].text] || haveWords[ts[i].lowSurface()]) && i+2 < len(ts) && isNumber(ts[i+1].text) && !ts[i+2].sep && ts[i+2].lex &&
			ts[i+2].color == "" && r.servedThing(ts[i+2].text) && !eachLater(ts, i+2):
			// "عندنا ٣ عربيات ملاكي … عايزين عازل حراري للتلاتة": the
			// things the customer has, counted, that no product is (a
			// word the names hold only as what the work is done to)
			n = 2
		case cue > 0:
			n = cue
		case ts[i].lex && strings.HasPrefix(ts[i].surface, "ال") && (i == 0 || ts[i-1].sep || ts[i-1].text == "علي" || ts[i-1].text == "مع" || purposeWords[ts[i-1].text]) && definiteHad(ts, i):
			// "، الاوكر عندي", "على الحلق اللي عندي", "عشان العازل عندي":
			// the one named is the customer's already
			n = 0
		case ts[i].lex && i > 0 && ts[i-1].text == "ال" && isLatinWord(ts[i-1].surface) && (i == 1 || ts[i-2].sep) && definiteHad(ts, i),
			ts[i].lex && i > 0 && ownedOpens(ts, i):
			// Franco "el 7od 3andy 200 letr", English "my tank is 200
			// litres": the customer's own goods told, opening a clause —
			// what they have, their size with them, no line (h35d)
			j := i
			for ; j < len(ts) && !ts[j].sep && !orderCues[strings.TrimPrefix(ts[j].text, "و")] && !ts[j].conj && ts[j].text != "و" && ts[j].lowSurface() != "and"; j++ {
				ts[j].neg, ts[j].used = true, true
			}
			i = j - 1
			continue
		default:
			continue
		}
		j := i + n
		// "عندنا ٣ عربيات … للتلاتة": the count said again for the work
		// goes with the things; else it is left for a person to read
		// (a unit after the figure, "عندي ٢ متر", measures them: set aside whole)
		counted := n == 2 && isNumber(ts[i+1].text) && !isUnit(ts[i+2].text) && !countSaidAgain(ts, i+1)
		if j < len(ts) && !ts[j].sep && ts[j].text == "ما" {
			for k := i; k <= j; k++ {
				ts[k].used = true // "من غير ما تيجي": without (doing), a clause, not goods
			}
			// what is not to be done, to the clause's end: "من غير ما
			// تطبعوا عليها اي حاجة" — its verb and words of no goods
			for k := j + 1; k < len(ts) && !ts[k].sep && !ts[k].lex && !ts[k].conj && ts[k].color == "" && !isNumber(ts[k].text); k++ {
				ts[k].used = true
			}
			continue
		}
		for ; j < len(ts) && !ts[j].sep; j++ {
			t := ts[j]
			// "بدون تركيب", "من غير التوصيل", "without installation": a
			// service declined is placed too
			if contrast && (t.text == "el" || withOne[t.text]) {
				continue // "لا مش ام ٢ متر": the one with …
			}
			if contrast && (isNumber(t.text) || isNumberWord(t.text)) {
				// "مش ال ٢ مقعد", "msh el etnen", "٩٠ مش ٨٠ ابيض": the figure
				// of the one not meant; a colour after it is the line's
				if j+1 < len(ts) && !ts[j+1].sep && (ts[j+1].lex && ts[j+1].color == "" || ts[j+1].text == "سم" || ts[j+1].text == "cm") {
					continue
				}
				j++
				if j < len(ts) && !ts[j].sep && isUnitOrDozen(ts[j].text) && ts[j].color == "" {
					j++ // "لا مش ام ٢ متر": its unit too
				}
				break
			}
			if isNumber(t.text) || !(t.lex || t.color != "" || t.text == "و" || t.text == "the" || t.text == "a" || t.text == "an" || t.text == "ال" || lineWords[t.text] ||
				serviceTopics[t.text] || serviceTopics[t.lowSurface()]) {
				break
			}
		}
		if n == 1 && ownDualFigure(ts, i+1, j) {
			j++ // "عندي عجلتين ٢٦ الكاوتش …": their size, with them
		}
		if j == i+n {
			continue
		}
		for k := i; k < j; k++ {
			if counted && k == i+1 {
				continue
			}
			ts[k].neg, ts[k].used = true, true
		}
		i = j - 1
	}
}

// negationOpens: the first words of the negation cues of several words
// ("من" of "من غير", "don" of "don t want"), read once from them all.
var negationOpens = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for k := range negationCues {
		if sp := strings.IndexByte(k, ' '); sp >= 0 {
			m[k[:sp]] = true
		}
	}
	return m
})

// cueOpens: w may open a negation cue of several words — its first word,
// or w holds a space itself (then any may follow).
func cueOpens(w string) bool {
	return negationOpens()[w] || strings.IndexByte(w, ' ') >= 0
}

// negationCue: how many words the negation cue at i has (one, "بدون";
// two, "من غير"; three, "don't want"), 0 when none starts there.
func negationCue(ts []token, i int) int {
	switch {
	case ts[i].sep:
		return 0
	case negationCues[ts[i].text] || negationCues[ts[i].lowSurface()] || negationCues[strings.TrimPrefix(ts[i].text, "و")]:
		return 1
	case !cueOpens(ts[i].lowSurface()) && !cueOpens(ts[i].text) && !cueOpens(strings.TrimPrefix(ts[i].text, "و")) && !cueOpens(strings.TrimPrefix(ts[i].surface, "و")):
		// a cue of several words opens with a word that opens one: the
		// words are joined and looked up only then (speed; the same answer)
		return 0
	case i+2 < len(ts) && !ts[i+1].sep && !ts[i+2].sep && negationCues[lower(ts[i].surface+" "+ts[i+1].surface+" "+ts[i+2].surface)]:
		return 3 // "don't want", "do not need"
	case i+1 < len(ts) && !ts[i+1].sep && (negationCues[ts[i].text+" "+ts[i+1].text] || negationCues[strings.TrimPrefix(ts[i].text, "و")+" "+ts[i+1].text] ||
		// as written: "ومن غير مخفض" when a name's "غيار" took the
		// "غير" as its near spelling
		negationCues[strings.TrimPrefix(ts[i].surface, "و")+" "+ts[i+1].surface] ||
		negationCues[lower(ts[i].surface+" "+ts[i+1].surface)]):
		return 2
	}
	return 0
}

// figureBefore: a figure is said before i in its sentence (back over
// commas, to any other separator).
func figureBefore(ts []token, i int) bool {
	for k := i - 1; k >= 0 && (!ts[k].sep || ts[k].text == "," || ts[k].text == "،"); k-- {
		if isNumber(ts[k].text) {
			return true
		}
	}
	return false
}

// definiteHad: the definite noun at i opens a clause and its words run
// into "عندي" or "بتاعي" ("الاوكر عندي", "المراية عندنا", "السوميه
// بتاعتي"): what the customer has.
func definiteHad(ts []token, i int) bool {
	j := i
	for j < len(ts) && !ts[j].sep && (ts[j].lex || ts[j].color != "") && !haveWords[ts[j].text] {
		j++
	}
	if j > i && j+1 < len(ts) && (ts[j].surface == "اللي" || ts[j].surface == "الي") {
		j++ // "الحلق اللي عندي": the one I have
	}
	return j > i && j < len(ts) && !ts[j].sep && (haveWords[ts[j].text] || haveWords[ts[j].lowSurface()] || mineWords[ts[j].text])
}

// ownedOpens: English "my"/"our" opens the clause right before the noun
// at i, and "is"/"has" and a figure follow the noun's words ("my tank is
// 200 litres"): the customer's own goods' size told ("my pump is another
// brand …" is left to notOurs).
func ownedOpens(ts []token, i int) bool {
	if w := ts[i-1].lowSurface(); w != "my" && w != "our" || i > 1 && !ts[i-2].sep {
		return false
	}
	j := i
	for j < len(ts) && !ts[j].sep && ts[j].lex && !isNumber(ts[j].text) {
		j++
	}
	return j+1 < len(ts) && !ts[j].sep && (ts[j].lowSurface() == "is" || ts[j].lowSurface() == "has") && !ts[j+1].sep && isNumber(ts[j+1].text)
}

// mineWords say the thing named before is the customer's own ("السوميه
// بتاعتي كويسة": my bed base is fine).
var mineWords = set("بتاعي", "بتاعتي", "بتوعي", "بتاعنا", "بتاعتنا", "بتوعنا")

// covers: every product of sub is in all (both ascending).
// namedWith: some product's names have both the figure fig and the word w.
func (r *Rules) namedWith(fig, w string) bool {
	for _, p := range r.lx.postings[fig] {
		if r.lx.info[p].all[w] {
			return true
		}
	}
	return false
}

func covers(all, sub []int32) bool {
	if len(sub) == 0 || len(all) <= len(sub) {
		return false
	}
	k := 0
	for _, p := range sub {
		for k < len(all) && all[k] < p {
			k++
		}
		if k == len(all) || all[k] != p {
			return false
		}
	}
	return true
}

// gramWords: the positions of up to max words from i on, before a
// separator, that a vocabulary n-gram is compared with. Franco-Arabic
// writes the article as a word of its own ("wa2y el martaba"), where
// Arabic joins it to the noun (واقي المرتبة): with through, an n-gram is
// read through it — a Franco article between two Latin words is skipped
// (tried after the words as written: "bedeel el rokham" may be a gram).
func gramWords(raw []token, i, max int, through bool) []int {
	var at []int
	for k := i; k < len(raw) && len(at) < max && !raw[k].sep; k++ {
		if through && len(at) > 0 && k+1 < len(raw) && !raw[k+1].sep && francoArticles[raw[k].lowSurface()] &&
			isLatinWord(raw[k-1].surface) && isLatinWord(raw[k+1].surface) {
			continue
		}
		if through && len(at) == 1 && k == i+1 && phrasalObject(raw, k) {
			continue // "pick it up" of a vocabulary's "pick up": the verb's object between it and its particle
		}
		at = append(at, k)
	}
	return at
}

// constructSpelt: a Franco word in -et or -it whose form in -a (or -ah,
// -eh) the vocabulary itself writes: the noun's construct state, its ة
// sounded t ("lo7et enzar" of "lo7a", "tarabezet el sofra" of
// "tarabeza"), read as the word the shop wrote.
func (r *Rules) constructSpelt(spelt string) (string, bool) {
	stem, ok := strings.CutSuffix(spelt, "et")
	if !ok {
		stem, ok = strings.CutSuffix(spelt, "it")
	}
	if !ok || len(stem) < 2 {
		return "", false
	}
	for _, end := range []string{"a", "ah", "eh", "e"} {
		// a word of talk's construct ("saba" + et, "sabah" + et) only
		// where the word's own consonants spell no catalog word ("sabet"
		// is ثابت, said with س)
		if c := stem + end; r.known(c) && (r.lx.isWord(c) || r.lx.rewrite[c] != "" || r.lx.latin[francoSkeleton(spelt)] == "") {
			return stem + end, true
		}
	}
	return "", false
}

// personSaid: an English word counting persons ("people", "persons")
// is the catalog's own English word for them, "" when it has none: never
// a word its consonants spell in Franco ("people" is no بولي).
func (r *Rules) personSaid(w string) string {
	if !personWords[w] || !isLatinWord(w) {
		return ""
	}
	for _, p := range []string{"person", "persons", "people"} {
		if r.known(p) {
			return p
		}
	}
	return ""
}

// francoConstruct: a Franco word ending in "et" or "it" ("fat7et el hod",
// "tarabeezet el sofra") says the ة of a noun in the construct state,
// which sounds t; the sound feminine plural ات is written with its long a
// ("fat7at"). So a spelling in -et whose consonants also spell a plural in
// ات (a category's "فتحات") is the singular.
func francoConstruct(spelt, plural string) bool {
	return (strings.HasSuffix(spelt, "et") || strings.HasSuffix(spelt, "it")) && strings.HasSuffix(plural, "ات")
}

// genitiveAfter: the word after raw[i], in its clause, may be a construct
// state's genitive: no separator, no English function word ("exit of
// the metro"; Franco's article "el" is one).
func genitiveAfter(raw []token, i int) bool {
	if i+1 >= len(raw) || raw[i+1].sep {
		return false
	}
	w := raw[i+1].lowSurface()
	return !isLatinWord(w) || francoArticles[w] || !stopUnits[w]
}

// francoWords are Franco-Arabic spellings of the bookkeeping words whose
// consonants a product name may share: "fatoura" (فاتورة) is not "Vitra".
var francoWords = map[string]string{"fatoura": "فاتوره", "fatora": "فاتوره", "fatoora": "فاتوره", "fatura": "فاتوره",
	"fatourah": "فاتوره", "fatorah": "فاتوره", "elfatoura": "فاتوره", "elfatora": "فاتوره",
	// "el marra elly fatet": last time, never a towel (فوطة) its consonants spell
	"fatet": "فاتت", "fatit": "فاتت", "marra": "مره"}

// spellingPairs are American and British English spellings of one sound.
var spellingPairs = [][2]string{{"ber", "bre"}, {"ter", "tre"}, {"or", "our"}, {"ize", "ise"}, {"yze", "yse"}, {"gray", "grey"}, {"aluminum", "aluminium"}}

// spellings are w in the other English spelling ("fiberglass" →
// "fibreglass", "colour" → "color"), one change each.
func spellings(w string) []string {
	var out []string
	for _, p := range spellingPairs {
		for _, d := range [][2]string{p, {p[1], p[0]}} {
			if k := strings.Index(w, d[0]); k >= 0 {
				out = append(out, w[:k]+d[1]+w[k+len(d[0]):])
			}
		}
	}
	return out
}

// feminineSpelt is the catalog word in ة (ه once normalised) whose
// consonants the Latin skeleton ls spells: the noun a Franco construct
// state names.
func (lx *lexicon) feminineSpelt(ls string) (string, bool) {
	for _, w := range append([]string{lx.latin[ls]}, lx.sameSkel[ls]...) {
		if strings.HasSuffix(w, "ه") {
			return w, true
		}
	}
	return "", false
}

// francoWord: the Franco spelling w has a catalog word's consonants.
func (r *Rules) francoWord(w string) bool {
	a, ok := r.lx.latin[francoSkeleton(w)]
	return ok && r.lx.isWord(a)
}

// cutFrancoArticle takes the article off a Franco-Arabic word ("almany",
// "el-kanaba"): al, el or il before at least three letters.
func cutFrancoArticle(w string) (string, bool) {
	for _, p := range []string{"al", "el", "il"} {
		if rest, ok := strings.CutPrefix(w, p); ok && len(rest) >= 3 {
			return rest, true
		}
	}
	return "", false
}

// containerWords are the packs a product sold by area or length comes in
// (a carton of tiles, a roll of vinyl): a count of them is no m² until
// what one holds is known.
var containerWords = set("كرتونه", "كراتين", "كرتون", "علبه", "علب", "لفه", "لفات",
	"carton", "cartons", "box", "boxes", "pack", "packs", "roll", "rolls", "kartona", "karateen")

// container: the token names such a pack, as written ("الكرتونة",
// "كراتين"), whatever the vocabulary made of it.
func container(t token) bool {
	w := t.surface
	if w == "" {
		w = t.text // a catalog name's token
	}
	w = strings.TrimPrefix(lower(w), "و")
	var k string
	if t.surface != "" {
		k = t.surfKey() // wordKey(w), keyed once (tokenkeys.go)
	} else {
		k = wordKey(w)
	}
	if containerWords[k] {
		return true
	}
	// without ال in front, the word keyed again is k
	return strings.HasPrefix(w, "ال") && containerWords[wordKey(strings.TrimPrefix(w, "ال"))]
}

// packLinks join a pack to what it holds: "الكرتونة فيها ١.٤٤ متر",
// "each box is 1.44 sqm", "1.44 sqm per carton".
var packLinks = set("فيها", "فيه", "بها", "بيها", "بيه", "ب", "is", "has", "holds", "contains", "covers", "of", "=",
	"في", "per", "a", "each", "لل", "لكل", "كل")

// packContent reads what the customer says one pack holds ("الكرتونة
// فيها ١.٤٤ متر", "each carton is 1.44 m2", "1.44 sqm per box"): its m²
// (or metres), 0 when not said. The words are placed and set aside.
func packContent(ts []token) float64 {
	link := func(k int) int {
		for k < len(ts) && (packLinks[ts[k].text] || packLinks[ts[k].lowSurface()] || ts[k].sep && ts[k].text == ":") {
			k++
		}
		return k
	}
	mark := func(from, to int) {
		for k := from; k < to; k++ {
			ts[k].used, ts[k].aside = true, true
		}
	}
	for k := range ts {
		if ts[k].sep || !container(ts[k]) || k > 0 && !ts[k-1].sep && isNumber(ts[k-1].text) && (k < 2 || ts[k-2].text != "x") {
			continue // "٨ كراتين": a count of packs (not the side of a size before it)
		}
		if a, ok := amountAt(ts, link(k+1), nil); ok && (a.unit == "sqm" || a.unit == "m") && !a.implied {
			from := k
			if k > 0 && (ts[k-1].text == "كل" || strings.EqualFold(ts[k-1].surface, "each")) {
				from = k - 1
			}
			mark(from, a.end)
			return a.val
		}
	}
	for k := range ts {
		a, ok := amountAt(ts, k, nil)
		if !ok || a.implied || a.unit != "sqm" && a.unit != "m" {
			continue
		}
		if j := link(a.end); j > a.end && j < len(ts) && container(ts[j]) && !(j+1 < len(ts) && !ts[j+1].sep && ts[j+1].lex) {
			mark(k, j+1)
			return a.val
		}
	}
	return 0
}

// forFamily: "ل" + a family word ("لابني", "لبنتي", "لمراتي"): for whom,
// never a near spelling of a catalog word (لبني, the light blue).
func forFamily(w string) bool {
	st, ok := strings.CutPrefix(w, "ل")
	return ok && (personaWords[st] || personaWords["ا"+st])
}

// englishPlacePreps put a town after them in English: "our guesthouse in
// Dahab", "4 lamps to Siwa".
var englishPlacePreps = set("in", "at", "to", "from", "near")

// contractionSubjects are the pronouns English contracts a verb onto:
// "I'm", "we'd", "they'll".
var contractionSubjects = set("i", "we", "you", "they", "he", "she", "it")

// townsAfterPrepositions: a town written in Latin letters after an English
// preposition is where the customer is or wants the goods, never a colour
// or a word of the order ("in Dahab" is no ذهبي, "to Siwa" no سيئة): it is
// set aside before anything reads it — unless the catalog sells the word
// before the preposition in a form of its own for that town: "delivery to
// Alexandria" beside a product "Delivery to Alexandria" is that product.
func (r *Rules) townsAfterPrepositions(ts []token) {
	for i := 1; i < len(ts); i++ {
		t, p := &ts[i], ts[i-1]
		if t.sep || p.sep || !isLatinWord(t.surface) || !englishPlacePreps[p.lowSurface()] {
			continue
		}
		if w := t.lowSurface(); areaWords[w] && !(i >= 2 && !ts[i-2].sep && ts[i-2].lex && r.namesBoth(ts[i-2].text, t.text)) {
			t.text, t.color, t.lex, t.fuzzy = w, "", false, false
			t.aside, t.used = true, true
		}
	}
}

// theOneHaving: "اللي فيها X", "اللي فيه X" (the one that has X) after
// goods says which of them, as a name's own "بX" does ("حنفية بلمبة"):
// where a name of the goods said before writes "بX", the X said so is read
// as that word, no product of its own (the lamp a tap has is no lamp sold
// alone).
func (r *Rules) theOneHaving(ts []token) {
	for i := 2; i+1 < len(ts); i++ {
		if t := ts[i]; t.sep || ts[i-1].sep || ts[i+1].sep || !havingWords[t.text] || !oneWords[ts[i-1].lowSurface()] {
			continue
		}
		// (the word as said: the vocabulary may have rewritten it, "لمبة"
		// to "lamp", where the name keeps "بلمبة")
		n, with, goods := &ts[i+1], "ب"+wordKey(ts[i+1].surface), false
		for k := i - 2; k >= 0 && !ts[k].sep && !goods; k-- {
			goods = ts[k].lex && r.namesBoth(ts[k].text, with)
		}
		if goods && n.lex && isArabicWord(n.surface) {
			n.text, n.withStem = with, ""
			ts[i-1].used, ts[i].used = true, true
		}
	}
}

// havingWords: "فيها", "فيه", "فيهم" after "اللي": the one that has.
var havingWords = map[string]bool{"فيها": true, "فيه": true, "فيهم": true}

// itsColour: "لونه" at i, a colour after it and a word before it that is
// no head noun, count or want ("اورا ده اللي مش بيشرب مية لونه ابيض",
// "باب اورا لونه ابيض"), says the colour of what was named: no "لونا"
// model, as it is after a count or a word of that model's own name ("باب
// لونه بيج", "٤ لونه").
func (r *Rules) itsColour(ts []token, i int) bool {
	if ts[i].text != "لونه" || i == 0 || i+1 >= len(ts) || ts[i-1].sep || ts[i+1].sep {
		return false
	}
	p, next := ts[i-1].text, ts[i+1].text
	if isNumber(p) || isNumberWord(p) && !waterAt(ts, i-1) || orderCues[p] {
		return false
	}
	for _, a := range r.lx.postings[p] {
		if slices.Contains(r.lx.postings["لونا"], a) {
			return false // "باب لونه بيج": the word before and the model name one product's
		}
	}
	_, colour := r.lx.colors[next]
	return colour || r.lx.colorFirst(next)
}

// placeFor: a name's word saying for which place the goods are ("للمكاتب",
// "للشباك").
func placeFor(w string) bool {
	rest, ok := strings.CutPrefix(w, "لل")
	return ok && (placeWord(rest) || placeWord("ال"+rest))
}

// englishMeasures: in English a figure with its unit before "wide", "long",
// "high", "deep" or "thick" ("the 3 m wide heavy vinyl", "a 2 m long
// rod") before the noun describes the product, as the width in a roll's
// name does; when a
// catalog name carries that figure it is a word of the name (a compound
// figure, as "2-seater" is), never an amount, and its unit is set aside.
func (r *Rules) englishMeasures(ts []token) {
	for i := 0; i+2 < len(ts); i++ {
		if ts[i].sep || ts[i+1].sep || ts[i+2].sep || !isNumber(ts[i].text) || !r.lx.isWord(ts[i].text) || !isLatinWord(ts[i+1].surface) {
			continue
		}
		// said before the noun it describes ("3 m wide heavy vinyl"), not
		// as a side of what was named ("tiles, 3 m wide by 4 m long")
		before := i+3 < len(ts) && !ts[i+3].sep && ts[i+3].lex && !isNumber(ts[i+3].text) && !dimOps[ts[i+3].text] && ts[i+3].color == ""
		if u := unitWords[ts[i+1].text]; before && (u == "m" || u == "cm" || u == "mm") && englishMeasureWords[ts[i+2].lowSurface()] {
			ts[i].compound = true
			ts[i+1].aside, ts[i+1].used = true, true
		}
	}
}

// englishParts: in English a part's count said before the head noun ("a 7
// step ladder", "one 3 drawer chest") is a word of the name when some
// product's name gives that figure with that part ("ladder 7 steps"): a
// compound figure, as "7-step" is, never how many. A figure after the
// noun ("2 ladders 7 steps") is left to the segmenter.
func (r *Rules) englishParts(ts []token) {
	for i := 0; i+2 < len(ts); i++ {
		if ts[i].sep || ts[i+1].sep || ts[i+2].sep || ts[i].compound || !isNumber(ts[i].text) || !r.lx.isWord(ts[i].text) ||
			!isLatinWord(ts[i+1].surface) || unitWords[ts[i+1].text] != "" {
			continue
		}
		if !ts[i+2].lex || isNumber(ts[i+2].text) || ts[i+2].color != "" || !isLatinWord(ts[i+2].surface) {
			continue // the head noun follows
		}
		if r.namedPart(ts[i].text, ts[i+1].surface) {
			ts[i].compound = true
		}
	}
}

// englishArticleFigure: in English a figure right after "a", "an" or
// "the" and before the noun ("a 180 fibre quilt", "the 160 duvet cover
// set") is no count — the article already says one — but the figure a
// product of that noun is named by: a word of the name (a compound
// figure), as "quilt 180" said after the noun is. So is one right after a
// count ("one 8 channel recorder", "2 16 port switches"): the count says
// how many, the figure which.
func (r *Rules) englishArticleFigure(ts []token) {
	for i := 1; i+1 < len(ts); i++ {
		if ts[i].sep || ts[i+1].sep || ts[i-1].sep || ts[i].compound || !isNumber(ts[i].text) || !r.lx.isWord(ts[i].text) ||
			!oneArticles[ts[i-1].lowSurface()] && !isNumber(ts[i-1].text) && !isNumberWord(ts[i-1].text) || !isLatinWord(ts[i+1].surface) || !ts[i+1].lex || isNumber(ts[i+1].text) || unitWords[ts[i+1].text] != "" || measureKind(ts[i+1]) != "" {
			continue
		}
		named := false
		for _, p := range r.lx.postings[ts[i].text] {
			info := &r.lx.info[p]
			if info.sizes[ts[i].text] {
				named = false // "the 500 sheer" of a "500×260" curtain: a size, read as one (dims_cm)
				break
			}
			named = named || info.all[ts[i+1].text]
		}
		ts[i].compound = named
	}
}

// oneArticles are the English articles before a noun said once.
var oneArticles = set("a", "an", "the")

// namedPart: some product's name gives the figure fig as the count of the
// part word said (English, singular or plural): "Pool Ladder 3 Steps".
func (r *Rules) namedPart(fig, said string) bool {
	part := strings.TrimSuffix(lower(said), "s")
	for _, p := range r.lx.postings[fig] {
		info := &r.lx.info[p]
		if !info.parts[fig] {
			continue
		}
		for _, ph := range info.phrases {
			for k := 0; k+1 < len(ph); k++ {
				if ph[k] == fig && strings.TrimSuffix(ph[k+1], "s") == part {
					return true
				}
			}
		}
	}
	return false
}

// englishMeasureWords say which side of a product an English figure before
// them measures.
var englishMeasureWords = set("wide", "long", "high", "deep", "thick", "tall")

// gluedMeasureRe is a figure with a Latin measure of two letters or more
// written on it ("12kg", "2.5mm", "3hp"); one letter ("3m", "2l") is also
// how Franco writes a word ("2l" for ال), so it stays as written.
var gluedMeasureRe = regexp.MustCompile(`^([0-9]+(?:\.[0-9]+)?)(kg|kgs|gr|mm|cm|ml|ltr|lt|hp|kw|tb|gb|mp|inch|in)$`)

// splitMeasures parts a figure from the Latin measure written on it
// ("2 kettlebells 12kg") where no catalog name writes them glued, so the
// figure is read as the names write it ("Kettlebell 12 kg").
func (r *Rules) splitMeasures(ts []token) []token {
	for i := 0; i < len(ts); i++ {
		t := ts[i]
		if t.sep {
			continue
		}
		m := gluedMeasureRe.FindStringSubmatch(lower(t.text))
		if m == nil || r.lx.isWord(wordKey(lower(t.text))) {
			continue
		}
		ts[i].text = m[1]
		unit := t
		unit.text = m[2]
		ts = slices.Insert(ts, i+1, unit)
		i++
	}
	return ts
}

// gluedWattRe is a figure with the watt's W written on it ("50W").
var gluedWattRe = regexp.MustCompile(`^([0-9]+(?:\.[0-9]+)?)w$`)

// wattsSaid reads a W after a figure ("a 50W heater", "50 W") as watts
// where some name gives that figure in watts ("سخان حوض 50 وات",
// "heater 50 W"), never the Franco "w" (and) it is elsewhere ("2 w 3").
func (r *Rules) wattsSaid(ts []token) []token {
	for i := 0; i < len(ts); i++ {
		if ts[i].sep {
			continue
		}
		if m := gluedWattRe.FindStringSubmatch(lower(ts[i].text)); m != nil && !r.lx.isWord(wordKey(lower(ts[i].text))) && r.wattsNamed(m[1]) {
			unit := ts[i]
			ts[i].text, unit.text = m[1], "watt"
			ts = slices.Insert(ts, i+1, unit)
			i++
			continue
		}
		if i+1 < len(ts) && !ts[i+1].sep && isNumber(ts[i].text) && lower(ts[i+1].text) == "w" && r.wattsNamed(ts[i].text) {
			ts[i+1].text = "watt"
		}
	}
	return ts
}

// wattsNamed: some product's names give figure n in watts.
func (r *Rules) wattsNamed(n string) bool {
	for _, p := range r.lx.postings[n] {
		if all := r.lx.info[p].all; all["وات"] || all["watt"] || all["w"] {
			return true
		}
	}
	return false
}

// glueMeasures joins a figure and the Latin measure word said after it
// ("0.5 HP", "1000 L", "370 W") into the one word a catalog name writes
// glued ("Water Pump 0.5HP"), so the figure chooses that variant as it
// does said glued, never a count. It joins only where some name has the
// glued word: "60 L" beside a name saying "60 L" stays two words.
func (r *Rules) glueMeasures(ts []token) []token {
	ts = r.splitMeasures(ts)
	ts = r.wattsSaid(ts)
	for i := 0; i+1 < len(ts); i++ {
		a, b := ts[i], ts[i+1]
		if a.sep || b.sep || !isNumber(a.text) || a.compound || !isLatinWord(b.text) || isNumber(b.text) {
			continue
		}
		w := a.text + lower(b.text)
		if !r.lx.isWord(wordKey(w)) || r.francoLetterApart(a.text, b.text) {
			continue
		}
		ts[i].text = w
		ts = append(ts[:i+1], ts[i+2:]...)
	}
	return ts
}

// francoLetterApart: a one-digit figure that Franco writes as a letter
// ("2ahwa" is قهوة, 2 the hamza) said apart from a word the shop knows
// alone ("2 ahwa"): a count of the goods, never the glued Franco word.
func (r *Rules) francoLetterApart(fig, word string) bool {
	return len(fig) == 1 && strings.Contains("235679", fig) && r.known(wordKey(lower(word)))
}

// partCounted: a figure at i and a word after it that some name gives as
// a part and its count ("Pool Ladder 3 Steps"): "with 3 steps" says which
// ladder, no other line.
func (r *Rules) partCounted(ts []token, i int) bool {
	if i+1 >= len(ts) || ts[i].sep || ts[i+1].sep {
		return false
	}
	fig := ts[i].text
	if v, ok := numberWord(lower(fig)); ok && isLatinWord(fig) {
		fig = numString(v) // "with two drawers"
	}
	if !isNumber(fig) {
		return false
	}
	w := lower(ts[i+1].text)
	for _, v := range []string{w, wordKey(w)} {
		for _, p := range r.lx.postings[v] {
			if r.lx.info[p].parts[fig] {
				return true
			}
		}
	}
	return false
}

// areaWord: every product whose names have w is sold by area.
func (r *Rules) areaWord(w string) bool {
	ps := r.lx.postings[w]
	for _, p := range ps {
		if r.lx.products[p].Unit != catalog.SquareMeter {
			return false
		}
	}
	return len(ps) > 0
}

// changedMind sets aside what the customer wanted before changing their
// mind: "كنت عايز فيلم حراري بس غيرت رأيي، هاخد فروستد بدل منه", "I
// wanted the solar film but changed my mind, …": from the past want
// ("كنت", "كنا", "I wanted", "I was going") to the cue nothing is asked;
// "بدل منه" (instead of it) after the new choice points back to it and
// is placed.
func changedMind(ts []token) {
	low := func(k int) string {
		if k < 0 || k >= len(ts) || ts[k].sep {
			return ""
		}
		return ts[k].lowSurface()
	}
	for c := 0; c < len(ts); c++ {
		end := 0
		switch {
		case (strings.TrimPrefix(low(c), "و") == "غيرت" || low(c) == "ghayart" || low(c) == "8ayart") && myMind[low(c+1)]:
			end = c + 2
		case low(c) == "changed" && low(c+1) == "my" && low(c+2) == "mind":
			end = c + 3
		default:
			continue
		}
		from := -1
		for k := c - 1; k >= 0 && !(ts[k].sep && (ts[k].text == "\n" || ts[k].text == "?" || ts[k].text == ".")); k-- {
			if w := strings.TrimPrefix(low(k), "و"); w == "كنت" || w == "كنا" || w == "kont" || w == "konna" || w == "wanted" || w == "was" && low(k+1) == "going" {
				from = k
			}
		}
		if from < 0 {
			continue
		}
		for k := from; k < end; k++ {
			if !ts[k].sep {
				ts[k].neg, ts[k].used = true, true
			}
		}
		for k := end; k+1 < len(ts) && !(ts[k].sep && (ts[k].text == "\n" || ts[k].text == "?" || ts[k].text == ".")); k++ {
			if w := low(k); (w == "بدل" || w == "بدال") && ofIt[low(k+1)] {
				ts[k].used, ts[k].aside, ts[k+1].used, ts[k+1].aside = true, true, true, true
			}
		}
		c = end
	}
}

// myMind: "رأيي" (my mind) after "غيرت", as written and in Franco.
var myMind = map[string]bool{"رايي": true, "رأيي": true, "رايى": true, "ra2yi": true, "ra2yy": true, "ra2ye": true, "rayi": true}

// includedWords say what a price covers: "بكام مع الخامة والمصنعية؟",
// "بالمصنعية" — the material and the labour, no line of their own.
var includedWords = set("مصنعيه", "خامه", "خامات", "مصنعيات")

// priceIncludes sets aside, beside a price asked, the material and the
// labour it includes ("مع الخامة والمصنعية", "بالمصنعية") where no
// product of the shop is named by them.
func (r *Rules) priceIncludes(ts []token) {
	asked := false
	for _, t := range ts {
		asked = asked || priceCues[t.text] || priceCues[strings.TrimPrefix(t.text, "و")]
	}
	if !asked {
		return
	}
	for k := range ts {
		if ts[k].sep || ts[k].lex {
			continue
		}
		w := strings.TrimPrefix(ts[k].surface, "و")
		for _, p := range []string{"بال", "ال", "ب", ""} {
			if rest, ok := strings.CutPrefix(w, p); ok && includedWords[wordKey(rest)] {
				ts[k].used, ts[k].aside = true, true
				break
			}
		}
	}
	includesAsked(ts)
	for k := 0; k+1 < len(ts); k++ {
		// "ممكن عرض سعر لـ ٨ رفوف": a price offer, a quote asked; its
		// عرض is no word of a product (a display, a width)
		if !ts[k].sep && !ts[k+1].sep && offerWords[strings.TrimPrefix(ts[k].surface, "و")] && priceCues[wordKey(ts[k+1].surface)] {
			ts[k].used, ts[k].aside = true, true
			ts[k+1].aside = ts[k+1].lex // "عرض اسعار" where the catalog names اسعار: still no product's word
		}
	}
}

// offerWords: an offer, said before its price ("عرض سعر", "عروض اسعار").
var offerWords = set("عرض", "عروض")

// includingWords: what a price includes, asked ("السعر شامل العزل؟",
// "shamel el tarkib?", "does the price include installation?").
var includingWords = set("شامل", "شامله", "شاملين", "بشامل", "shamel", "shaml", "shamla", "include", "includes")

// priceNouns: the price, said before what it includes.
var priceNouns = set("السعر", "سعره", "سعرها", "سعرهم", "الاسعار", "se3r", "el-se3r", "price")

// orNot ends what a price is asked to include: "… ولا لأ؟", "… or not?".
var orNot = set("ولا", "walla", "wala", "or")

// includesAsked sets aside, in a question whether the price includes it
// ("وهل السعر شامل العزل ولا لأ؟", "السعر شامل التركيب؟"), what follows
// "شامل" up to "ولا"/"or": the customer asks what the price covers, no line is asked of
// it. Only a question: "عايز تكييف شامل التركيب" orders it.
func includesAsked(ts []token) {
	for k := 0; k < len(ts); k++ {
		if ts[k].sep || !includingWords[wordKey(lower(strings.TrimPrefix(ts[k].surface, "و")))] {
			continue
		}
		end := k + 1
		for end < len(ts) && !ts[end].sep && !orNot[wordKey(ts[end].lowSurface())] {
			end++
		}
		// a yes-or-no question: "هل …", "does …", "… ولا لأ", or the
		// price said to include it, asked ("السعر شامل التركيب؟"); "بكام
		// المروحة شامل التركيب؟" asks the price of both
		asked := end < len(ts) && !ts[end].sep
		for j := k - 1; j >= 0 && j >= k-3 && !ts[j].sep; j-- {
			if w := lower(strings.TrimPrefix(ts[j].surface, "و")); w == "هل" || w == "hal" || w == "does" {
				asked = true
			}
		}
		if k > 0 && !ts[k-1].sep && priceNouns[wordKey(ts[k-1].lowSurface())] && end < len(ts) && ts[end].text == "?" {
			asked = true
		}
		if !asked || end == k+1 || end-k > 4 {
			continue
		}
		for j := k; j < end; j++ {
			ts[j].used, ts[j].aside = true, true
		}
		k = end
	}
}

// codeWords name a colour's code before its figure: "كود 1001", "رقم 1001".
var codeWords = set("كود", "الكود", "بكود", "رقم", "code", "kod", "koud", "code#", "raqam", "rakam", "ra2am")

// verbForms are the endings English puts on one verb to make the
// adjectives a name and a customer say of the same thing: "Folding" and
// "foldable", "adjustable" and "adjusted"; after them the verb itself
// ("adjust", "fold", "slide" of "sliding").
var verbForms = []string{"able", "ible", "ing", "ed", "e", ""}

// sameVerb: the catalog's word that is another of verbForms of w's verb
// ("foldable" → "folding"), "" when there is none.
func (r *Rules) sameVerb(w string) string {
	for _, f := range verbForms[:4] {
		st, ok := strings.CutSuffix(w, f)
		if !ok || len(st) < 4 {
			continue
		}
		for _, g := range verbForms {
			if v := st + g; v != w && r.known(v) {
				return v
			}
		}
	}
	return ""
}

// englishMore: "another", "more" ask for one more of the goods just named
// ("and another one in white", "one more in black"): English, never a
// Franco word their consonants spell (انتريه، مراية).
var englishMore = set("another", "more")

// englishApology: "sorry", "actually" open a correction ("sorry, make it
// 3"): English, never a Franco word their consonants spell ("sorry" is
// no صور, pictures asked).
var englishApology = set("sorry", "actually")

// englishOrdinal: w is a figure with its English ordinal ending ("1st",
// "2nd", "3rd", "6th", "11th"): a date or a place ("6th of October"),
// never Franco, whose figures stand for letters (6 for ط: "6th" is no
// "وايت").
func englishOrdinal(w string) bool {
	n := len(w)
	for n > 0 && w[n-1] >= 'a' && w[n-1] <= 'z' {
		n--
	}
	digits, end := w[:n], w[n:]
	if digits == "" || len(end) != 2 || strings.Trim(digits, "0123456789") != "" {
		return false
	}
	want := "th"
	if len(digits) < 2 || digits[len(digits)-2] != '1' {
		switch digits[len(digits)-1] {
		case '1':
			want = "st"
		case '2':
			want = "nd"
		case '3':
			want = "rd"
		}
	}
	return end == want
}

// measureThenFraction: rest (a word after و) is a weight or a measure
// goods are priced per ("طن", "لتر") and the word after it a fraction
// ("ونص", "وربع"): "وطن ونص علف" is and a ton and a half, never "وطن" (a
// homeland) — the measure of the next line's amount.
func measureThenFraction(rest string, raw []token, i int) bool {
	if !weightUnits[wordKey(rest)] && !measureUnits[lower(rest)] || i+1 >= len(raw) || raw[i+1].sep {
		return false
	}
	_, ok := fractionWord(strings.TrimPrefix(raw[i+1].text, "و"))
	return ok
}

// justOne: one, said before onlyWords ("واحد بس", "wa7da bas": only one).
var justOne = set("واحد", "واحده", "وحده", "wa7ed", "wa7da", "wahed", "wahda")

// namedPair: some product's name says a then b ("بطارية واحدة"): b is
// the name's word after a, whatever follows.
func (r *Rules) namedPair(a, b string) bool {
	if v, ok := numberWord(b); ok {
		b = numString(v) // a name's number word is indexed as its figure
	}
	for _, p := range r.lx.postings[a] {
		for _, ph := range r.lx.info[p].phrases {
			for k := 0; k+1 < len(ph); k++ {
				if ph[k] == a && ph[k+1] == b {
					return true
				}
			}
		}
	}
	return false
}

// withApart: the word at i, unknown, after a ب written apart from it
// (Arabic "ب مراية", Franco "b mraya"), is the name's word that writes ب
// on it ("بوفيه 200 سم بمراية"): with that thing. Only right after the
// detached ب — a bare "مراية" could be goods of its own.
func (r *Rules) withApart(raw []token, i int, w string) (string, bool) {
	if i == 0 || raw[i-1].sep || r.known(w) {
		return "", false
	}
	prev := raw[i-1].lowSurface() // as written: its text is read already ("b" is ب)
	switch {
	case prev == "ب" && isArabicWord(w) && utf8.RuneCountInString(w) >= 3:
		if r.lx.isWord("ب" + w) {
			return "ب" + w, true
		}
	case (prev == "b" || prev == "be" || prev == "bi") && isLatinWord(w) && len(w) >= 3:
		if _, own := r.lx.latin[francoSkeleton(w)]; own {
			return "", false
		}
		if a, ok := r.lx.latin[francoSkeleton("b"+lower(raw[i].text))]; ok && strings.HasPrefix(a, "ب") && utf8.RuneCountInString(a) >= 4 {
			return a, true
		}
	}
	return "", false
}

// askedInClause: the clause of token i ends with a question mark.
// workVerbNoun: the verb of a work the shop sells at ts[i], said to the
// shop, read as the work's noun (workNounOf, workImperOf): never a word
// the catalog knows, nor one asked in its clause ("وتركبوه هناك؟"). The
// imperative ("وركبهولي", "غيرلي الزيت") opens its clause — after و, a
// pause or at the message's start, as Egyptian puts an order's verb
// first; said after its object inside a clause ("التندة … غيرلي
// قماشها") it is left to a person.
func (r *Rules) workVerbNoun(ts []token, i int) (string, bool) {
	w := ts[i].text
	if sf := ts[i].lowSurface(); isLatinWord(sf) && !r.known(sf) && !askedInClause(ts, i) {
		if h, ok := r.englishWork(sf); ok {
			return h, true // "ship" (not Franco "صاحب") of "Shipping …"
		}
	}
	if h, ok := r.ownWorkOnGoods(ts, i); ok && !r.lx.isWord(w) && !askedInClause(ts, i) {
		return h, true // "عايز اغير اسفنج المقعدة": the seat-foam replacement ("اغير" is known as a correction's verb too)
	}
	if r.known(w) || r.lx.isWord(w) || askedInClause(ts, i) && !pricedWork(ts, i) {
		return "", false
	}
	if h, ok := r.lx.workNounOf(w); ok {
		return h, true
	}
	if h, ok := r.lx.workImperOf(w); ok && (strings.HasPrefix(w, "و") || i == 0 || ts[i-1].sep) {
		return h, true
	}
	if h, imper, ok := r.lx.vocabVerbOf(w); ok && (!imper || strings.HasPrefix(w, "و") || i == 0 || ts[i-1].sep) {
		return h, true // "اغسلولي" of "غسيل, اغسل": the vocabulary's verb of the work
	}
	return "", false
}

// englishWork: an English verb whose noun names a work the shop sells, a
// product of which no stock is kept ("engrave" of "Name engraving",
// "ship" of "Shipping to all governorates", "print" of "Name printing",
// "install" of "… installation", "deliver" of "Home delivery"): the
// work, as its noun is.
func (r *Rules) englishWork(w string) (string, bool) {
	if !isLatinWord(w) || len(w) < 3 {
		return "", false
	}
	last := w[len(w)-1:]
	for _, n := range []string{w + "ing", strings.TrimSuffix(w, "e") + "ing", w + last + "ing", w + "ation", w + "y"} {
		if n == w+"y" && !strings.HasSuffix(w, "er") {
			continue // "deliver" → "delivery"
		}
		u := n
		if v, ok := r.lx.rewrite[n]; ok && !strings.Contains(v, " ") {
			u = v // "engraving" grouped with "حفر"
		}
		for _, p := range r.lx.postings[u] {
			if r.lx.products[p].MadeToOrder && slices.Contains(keysOf(r.lx.products[p].NameEn), n) {
				return u, true
			}
		}
	}
	return "", false
}

// pricedWork: the verb at ts[i] comes right after a price question
// ("بكام تشيلوا الفاميه القديم؟", "بكم تقصروها؟"): the question asks what
// the work costs, an inquiry of that work, not whether the shop does it.
func pricedWork(ts []token, i int) bool {
	return i > 0 && !ts[i-1].sep && priceWords[ts[i-1].text]
}

func askedInClause(ts []token, i int) bool {
	for _, t := range ts[i+1:] {
		if t.sep {
			switch t.text {
			case "?", "؟":
				return true
			case ".", "!", "\n":
				return false
			}
		}
	}
	return false
}

// englishSubjects are the English pronouns a modal verb asks or tells
// with ("can you …", "could we …", "I can …").
var englishSubjects = set("you", "u", "i", "we", "they", "he", "she", "someone", "somebody", "anyone", "anybody")

// englishModal: raw[i] is English "can" or "could" right before or after
// its subject ("Can you pick it up", "could u send", "I can come"): the
// modal verb, never goods a vocabulary calls a can ("جالون … can").
func englishModal(raw []token, i int) bool {
	if w := lower(raw[i].text); w != "can" && w != "could" {
		return false
	}
	return i+1 < len(raw) && !raw[i+1].sep && englishSubjects[lower(raw[i+1].text)] ||
		i > 0 && !raw[i-1].sep && englishSubjects[raw[i-1].lowSurface()]
}

// englishParticles end an English phrasal verb after its object ("pick it
// up", "bring them back").
var englishParticles = set("up", "back", "off", "out", "over", "down")

// phrasalObject: raw[k] is an object pronoun between an English verb and
// its particle ("pick it up"), so a vocabulary's "pick up" reads through it.
func phrasalObject(raw []token, k int) bool {
	return k > 0 && k+1 < len(raw) && !raw[k+1].sep && isLatinWord(raw[k-1].surface) &&
		phrasalObjects[raw[k].lowSurface()] && englishParticles[lower(raw[k+1].text)]
}

var phrasalObjects = set("it", "them", "her", "him", "me", "us")

// saidAsOther: the customer said t in words the vocabulary rewrote to
// its term ("pick it up", "استلام" of a group whose term is "collect"),
// none of them that term.
func saidAsOther(t token) bool {
	sf := t.lowSurface()
	return strings.Contains(sf, " ") || sf != t.text && wordKey(sf) != t.text && !talkWords[wordKey(sf)]
}

// englishAux are what stands between an English subject and its verb
// ("I'll", "we will", "I can").
var englishAux = set("ll", "will", "can", "could", "shall", "would", "d", "am", "gonna", "ال")

// customerDoes: ts[i] follows "I" (an auxiliary between or not: "I'll")
// or "we" and an auxiliary ("we will"): a verb whose doer is the customer.
func customerDoes(ts []token, i int) bool {
	k, aux := i-1, false
	if k >= 1 && !ts[k].sep && (englishAux[ts[k].lowSurface()] || ts[k].modal) {
		k, aux = k-1, true
	}
	// (a bare "we" before goods is Franco's و: "we 3elbet bont")
	return k >= 0 && !ts[k].sep && (ts[k].lowSurface() == "i" || aux && ts[k].lowSurface() == "we")
}

// englishObjectStart opens an English verb's object: an article, a
// possessive or a count ("deliver a wooden easel", "send 2 …").
var englishObjectStart = set("a", "an", "the", "my", "our", "two", "three", "four", "five", "some")

// serviceVerbApart: an English verb the vocabulary names a service by,
// said before its object ("Could you deliver a wooden floor easel and …"),
// is that service's line, closed before the goods: no word the goods lack.
func serviceVerbApart(ts []token) []token {
	for i := 0; i+1 < len(ts); i++ {
		t, n := ts[i], ts[i+1]
		w := t.lowSurface()
		if t.sep || !t.lex || !englishSupply[w] || n.sep || !(englishObjectStart[n.lowSurface()] || isNumber(n.text)) {
			continue
		}
		if i == 0 || ts[i-1].sep || !(ts[i-1].lowSurface() == "you" || ts[i-1].lowSurface() == "u" || ts[i-1].lowSurface() == "please") {
			continue // the shop asked to do it: "you deliver", "please deliver"
		}
		ts = slices.Insert(ts, i+1, token{text: ",", surface: ",", sep: true})
	}
	return ts
}

// saidDefinite: the word at i was said with the article — "ال" on it,
// or Franco and English "el", "the" written before it.
func saidDefinite(ts []token, i int) bool {
	if definite(strings.TrimPrefix(ts[i].lowSurface(), "و")) || definite(ts[i].lowSurface()) {
		return true
	}
	if i == 0 || ts[i-1].sep {
		return false
	}
	w := ts[i-1].lowSurface()
	return w == "el" || w == "the" || w == "wel" || w == "il"
}

// metreBefore: the word before raw[i] is a metre said ("متر", "مترين",
// Franco "metr"), in its sentence: a number word after it with و is its
// centimetres.
func metreBefore(raw []token, i int) bool {
	if i == 0 || raw[i-1].sep {
		return false
	}
	k := wordKey(raw[i-1].surface)
	if u, ok := unitWord(k); ok && u == "m" && k != "م" && k != "m" {
		return true
	}
	return k == "مترين" || raw[i-1].lowSurface() == "metrein" || raw[i-1].lowSurface() == "metreen"
}

// fondWords: "I'd like" before a verb ("حابب الف موتور").
var fondWords = set("حابب", "حابه", "حابين", "حاببه")

// wrapVerb: "الف" right after a want verb and right before goods with no
// count ("عايز الف موتور ٣ حصان", "محتاج الف موتور غسالة") is the first
// person of لفّ — "I want to rewind (wrap, roll) a motor" — when the shop
// sells a work its names call "لف": the work, read as its noun, never a
// thousand of the goods. A shop selling no such work keeps the thousand
// ("عايز الف كرسي").
func (r *Rules) wrapVerb(ts []token, i int) (string, bool) {
	if ts[i].text != "الف" || strings.HasPrefix(ts[i].surface, "و") || i == 0 || ts[i-1].sep || i+1 >= len(ts) || ts[i+1].sep {
		return "", false
	}
	if p := ts[i-1].text; !wantWords[wordKey(p)] && !wantVerbs[p] && !fondWords[p] {
		return "", false
	}
	if n := ts[i+1].text; isNumber(n) || isNumberWord(n) || !r.known(n) || isUnitOrDozen(n) || weightMeasure(ts[i+1]) || measureUnits[ts[i+1].lowSurface()] {
		return "", false // "عايز الف متر سلك": a thousand metres
	}
	if _, ok := unitWord(ts[i+1].text); ok {
		return "", false
	}
	h := "لف"
	if w, ok := r.lx.rewrite[h]; ok && !strings.Contains(w, " ") {
		h = w
	}
	if !r.lx.heads[h] {
		return "", false
	}
	return h, true
}
