package understand

import "strings"

// francoVerbStems are the stems of Egyptian verbs of doing, coming,
// staying, learning, renting, entering and passing by, as Franco
// writes them after the subject prefix ("ne3mel", "ygely",
// "ye2od", "at3allem", "ne2gar", "nedkhol"), with the Arabic the
// imperfect writes after its own prefix (نعمل، ييجيلي، يقعد،
// اتعلم، نأجر، ندخل). Their consonants spell catalog words by chance
// (a3mel the عميل of "the customer's own car", ygely the جل of gel
// nails): a word built as one of these verbs is the verb, never goods.
var francoVerbStems = map[string]string{
	"3mel": "عمل", "3mil": "عمل", "3ml": "عمل", "3amel": "عمل",
	"gy": "يجي", "gi": "يجي", "gee": "يجي", "egy": "يجي", "egi": "يجي", "eegy": "يجي", "eegi": "يجي",
	"ge": "يجي", "eege": "يجي", "g": "يج",
	"2od": "قعد", "23od": "قعد", "o3od": "قعد", "2a3ad": "قعد",
	"t3allem": "تعلم", "t3alem": "تعلم", "t3lm": "تعلم",
	"2gar": "اجر", "2ager": "اجر", "2aggar": "اجر",
	"dkhol": "دخل", "dkhal": "دخل", "do5ol": "دخل", "dkhl": "دخل",
	"3ad": "عد", "3add": "عد",
}

// francoVerbPersons are the imperfect's person prefixes as Franco writes
// them, and the Arabic letter of each.
var francoVerbPersons = []struct{ latin, arabic string }{
	{"ne", "ن"}, {"na", "ن"}, {"ni", "ن"}, {"n", "ن"},
	{"te", "ت"}, {"ta", "ت"}, {"ti", "ت"}, {"t", "ت"},
	{"ye", "ي"}, {"ya", "ي"}, {"yi", "ي"}, {"y", "ي"},
	{"a", "ا"}, {"e", "ا"},
}

// francoVerbMarkers are the future ه and the habitual ب said before the
// person ("ha3mel" هعمل, "hayegy" هييجي, "bne3mel" بنعمل).
var francoVerbMarkers = []struct{ latin, arabic string }{
	{"ha", "ه"}, {"he", "ه"}, {"h", "ه"}, {"bi", "ب"}, {"be", "ب"}, {"b", "ب"},
}

// francoVerbEnds are the object and plural endings after the stem.
var francoVerbEnds = []struct{ latin, arabic string }{
	{"", ""}, {"o", "وا"}, {"oo", "وا"}, {"ou", "وا"},
	{"ny", "ني"}, {"ni", "ني"}, {"ony", "وني"}, {"oni", "وني"},
	{"ly", "لي"}, {"li", "لي"}, {"oly", "ولي"}, {"oli", "ولي"}, {"lna", "لنا"}, {"olna", "ولنا"},
	{"lo", "له"}, {"ha", "ها"}, {"oha", "وها"}, {"hom", "هم"}, {"ohom", "وهم"},
}

// francoParticiples are "coming" said as the participle ("e7na gayeen").
var francoParticiples = map[string]string{
	"gay": "جاي", "gaya": "جايه", "gayeen": "جايين", "gayin": "جايين", "gayen": "جايين", "gayyeen": "جايين",
}

// francoVerbArabic is the Arabic spelling of a Franco word built as one of
// the francoVerbStems verbs: a person prefix (or the future/habitual
// marker with or without one), the stem, an ending. ok is false for any
// other word.
func francoVerbArabic(w string) (string, bool) {
	if a, ok := francoParticiples[w]; ok {
		return a, true
	}
	for _, m := range append([]struct{ latin, arabic string }{{"", ""}}, francoVerbMarkers...) {
		rest, ok := strings.CutPrefix(w, m.latin)
		if !ok {
			continue
		}
		subjects := francoVerbPersons
		if m.latin != "" {
			// after the marker the first person writes no alif (هعمل)
			subjects = append([]struct{ latin, arabic string }{{"", ""}}, francoVerbPersons...)
		}
		for _, s := range subjects {
			body, ok := strings.CutPrefix(rest, s.latin)
			if !ok {
				continue
			}
			if a, ok := francoVerbBody(body, s.arabic); ok {
				if m.latin != "" && (s.arabic == "ا" || s.latin == "") {
					return m.arabic + a, true
				}
				return m.arabic + s.arabic + a, true
			}
		}
	}
	return "", false
}

// francoVerbBody reads a stem and its ending.
func francoVerbBody(body, subject string) (string, bool) {
	for _, o := range francoVerbEnds {
		stem, ok := strings.CutSuffix(body, o.latin)
		if !ok {
			continue
		}
		a, ok := francoVerbStems[stem]
		if !ok {
			continue
		}
		if (stem == "ge" || stem == "eege") && !strings.HasPrefix(o.latin, "l") {
			continue // "ge" is come only before its لي ("ygely")
		}
		if a == "عد" && !strings.HasPrefix(o.latin, "o") {
			continue // "te3ado": pass by, said to the shop in the plural
		}
		if stem == "g" && (subject == "ا" || !strings.HasPrefix(o.latin, "o")) {
			continue // "tego", "yegoly": come said to or of many (never "ago")
		}
		return a + o.arabic, true
	}
	return "", false
}

// francoVerbRead is the Arabic a Franco verb is read as in prepare: only
// a word no vocabulary of the shop knows.
func (r *Rules) francoVerbRead(raw []token, i int, w string) (string, bool) {
	if i > 0 && houseSaid[w] && isLatinWord(w) && lower(raw[i-1].surface) == "el" {
		return "بيت", true // "el beit": the house, even where a phrase ("fel beit") holds the word
	}
	if !isLatinWord(w) || r.known(w) || len(w) < 3 {
		return "", false
	}
	if a, ok := francoPlainWords[w]; ok {
		return a, true
	}
	return francoVerbArabic(w)
}

// arabicVerbForms are the same verbs as Arabic writes them, every person
// and ending (اعمل، نعمل، هعمل، ييجي، يجيلي، تيجوا، تاخدوني، يقعد):
// a verb, never a typo of a name's word (اعمل is no عميل, يجيلي no جل).
var arabicVerbForms = func() map[string]string {
	m := map[string]string{}
	for _, a := range francoParticiples {
		m[a] = "جاي"
	}
	persons := []string{"ا", "ن", "ت", "ي"}
	for _, stem := range francoVerbStems {
		for _, o := range francoVerbEnds {
			for _, mk := range []string{"", "ه", "ب"} {
				for _, p := range persons {
					if mk != "" && p == "ا" {
						p = ""
					}
					verb := strings.TrimSuffix(stem, "ي") // "يجي" and "يج": one verb, come
					if (stem == "يج" || stem == "عد") && !strings.HasPrefix(o.arabic, "و") {
						continue // "tego" تيجوا, "te3ado" تعدوا; a bare "بيج" is beige, "بعد" after
					}
					m[mk+p+stem+o.arabic] = verb
					if stem == "يجي" {
						m[mk+p+"جي"+o.arabic] = verb // "يجيلي", "تجي": the ي of the stem written once
					}
				}
			}
		}
	}
	return m
}()

// verbNoGoods: w is one of the arabicVerbForms, maybe after و.
func verbNoGoods(w string) bool {
	return arabicVerbForms[w] != "" || arabicVerbForms[strings.TrimPrefix(w, "و")] != ""
}

// verbAsShopSays is the form of w's verb the shop's own names or
// vocabulary write, when w is another person or ending of it: "ييجي
// البيت", "يجيلي البيت", Franco "yegy el beit" where the shop lists
// "تيجوا البيت" (come to the house) are the one service. Only the verb
// come, said to the shop (a form in ت, "you come"), and only with the
// house said within the next words: "can you come and take it" alone is
// no visit. Of several forms the shop writes, the
// first in order is taken (each is the same service's phrase).
func (r *Rules) verbAsShopSays(raw []token, i int, w string) (string, bool) {
	verb := arabicVerbForms[w]
	if verb != "يج" || r.lx.isWord(w) || r.lx.known[w] || !homeAhead(raw, i) {
		return "", false
	}
	best := ""
	for _, m := range []map[string]bool{r.lx.known, r.lx.phrase} {
		for c := range m {
			if c != w && arabicVerbForms[c] == verb && strings.HasPrefix(c, "ت") && (best == "" || c < best) {
				best = c
			}
		}
	}
	return best, best != ""
}

// houseSaid are "the house" as Arabic and Franco write it.
var houseSaid = set("البيت", "بيت", "لبيت", "للبيت", "beit", "bet", "bait", "elbeit", "lelbeit")

// homeAhead: the house is said within the four words after raw[i] ("ييجي
// البيت", "te3ado 3alaya men el beit", "takhdo el 2otta men el beit").
func homeAhead(raw []token, i int) bool {
	for k, n := i+1, 0; k < len(raw) && n < 5; k++ {
		if raw[k].sep {
			if raw[k].text == "\n" || sentenceEnds[raw[k].text] {
				return false
			}
			continue
		}
		n++
		if houseSaid[wordKey(raw[k].text)] || houseSaid[lower(raw[k].text)] {
			return true
		}
	}
	return false
}

// francoPlainWords are words Franco spells whose consonants spell goods
// by chance: "momken" (ممكن, can you) is no مكنة (motorbike), "beit"
// (بيت, the house) the house, "doctor" the دكتور a shop's phrase says.
var francoPlainWords = map[string]string{
	"momken": "ممكن", "mumken": "ممكن", "momkin": "ممكن", "mmkn": "ممكن", "momkn": "ممكن",
	"beit": "بيت", "bait": "بيت", "elbeit": "البيت",
	"3alaya": "عليا", "3alaia": "عليا", "3alayya": "عليا",
	"doktor": "دكتور", "dktor": "دكتور", "daktor": "دكتور",
}

// verbOnly: w is one of the arabicVerbForms and, its و taken off, no
// word of the shop's ("وتيجولي" of a shop listing "تيجولي البيت" is
// still read through it).
func (r *Rules) verbOnly(w string) bool {
	rest := strings.TrimPrefix(w, "و")
	return verbNoGoods(w) && !r.lx.isWord(rest) && !r.lx.known[rest] && r.lx.rewrite[rest] == ""
}
