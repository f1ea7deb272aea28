package understand

import "strings"

// openingWords are the verb "to open" said of a business, in the forms a
// customer tells with ("فاتحين", "بنفتح", "لسه فتحنا"), Franco too.
var openingWords = set("فاتح", "فاتحه", "فاتحين", "بفتح", "بنفتح", "هفتح", "هنفتح", "حفتح", "حنفتح", "فتحت", "فتحنا",
	"بنفتتح", "هنفتتح", "افتتحنا", "fat7een", "fat7in", "fate7", "fat7a", "fata7na")

// businessOpened sets aside the customer's own business told with the
// verb "to open": "فاتحين كافيه صغير في المهندسين ومحتاجين …", "انا لسه
// فاتح مطعم، عايز …". The participle and the place after it, with the
// words that describe it, up to a separator, a و, a figure or a want-verb,
// are the customer's story — never goods, though the catalog spells them
// ("فاتح" the light roast, "كافيه" of "مطحنة كافيه"); the participle
// before a place is a verb, never the name's adjective ("بن فاتح" says
// its noun first).
func businessOpened(ts []token) {
	for i := 0; i+1 < len(ts); i++ {
		t := ts[i]
		if t.sep || !openingWords[lower(strings.TrimPrefix(t.surface, "و"))] || ts[i+1].sep || !businessPlace(ts[i+1].surface) {
			continue
		}
		if i > 0 && !ts[i-1].sep && ts[i-1].lex && !meWords[ts[i-1].text] {
			continue // "بن فاتح …": the name's describing word after its noun
		}
		k := i
		for ; k < len(ts) && !ts[k].sep && (k == i || !ts[k].conj && !isNumber(ts[k].text) && !orderCues[ts[k].text] && !needWords[ts[k].text]); k++ {
			ts[k].neg, ts[k].used, ts[k].lex = true, true, false
		}
		i = k
	}
}

// businessPlaces are the places a customer runs beside those goods go to
// (placeWords): a branch, and the Franco and English spellings.
var businessPlaces = set("فرع", "الفرع", "maktab", "ma7al", "mat3am", "kafeh", "cafe", "restaurant", "far3", "sherka")

// businessPlace: a word naming a place a customer runs ("كافيه",
// "المطعم", "محل", "فرع", "maktab").
func businessPlace(surface string) bool {
	w := wordKey(lower(surface))
	return placeWords[w] || placeWords["ال"+w] || businessPlaces[w] || businessPlaces[lower(surface)]
}

// rentingWords are the customer's own verb of renting ("عايزين نأجر",
// "محتاج أأجر", "هنستأجر"), as written once hamza is folded.
var rentingWords = set("ناجر", "اجر", "ااجر", "هناجر", "استاجر", "نستاجر", "هستاجر", "هنستاجر")

// forPeriodWords say "for a period of" before the periods of a rent ("لمدة
// ٣ شهور").
var forPeriodWords = set("لمده", "مده", "لمدة")

// rentingSaid reads the customer's verb of renting goods from the shop as
// the shop's rent ("نأجر جهاز اكسجين" → "ايجار جهاز اكسجين") where the
// catalog sells rents by that word; and "لمدة" before a figure as the
// period's own word.
func (r *Rules) rentingSaid(ts []token) {
	rent := "ايجار"
	if u, ok := r.lx.rewrite[rent]; ok {
		rent = u
	}
	if !r.lx.isWord(rent) {
		return
	}
	for i, t := range ts {
		if t.sep {
			continue
		}
		if w := strings.TrimPrefix(wordKey(t.surface), "و"); (rentingWords[w] || rentVerb(w) || englishRent(ts, i)) && i+1 < len(ts) && !ts[i+1].sep && ts[i+1].lex {
			// the shop's own verb too ("بتأجروا فساتين؟", "you rent
			// wedding dresses"): its rent the catalog sells
			ts[i].text, ts[i].lex = rent, true
		}
		if forPeriodWords[wordKey(t.surface)] && i+1 < len(ts) && !ts[i+1].sep && (isNumber(ts[i+1].text) || ts[i+1].dual) {
			ts[i].used = true
		}
	}
}

// englishRent: "rent" or "hire" at i after "you", "I", "we" or "to" ("do
// you rent …", "can I hire …").
func englishRent(ts []token, i int) bool {
	if s := ts[i].lowSurface(); (s != "rent" && s != "hire") || i == 0 || ts[i-1].sep {
		return false
	}
	p := ts[i-1].lowSurface()
	return p == "you" || p == "i" || p == "we" || p == "to"
}

// sellsRent: the catalog sells rents by the word "ايجار" (its vocabulary's
// form of it).
func (r *Rules) sellsRent() bool {
	rent := "ايجار"
	if u, ok := r.lx.rewrite[rent]; ok {
		rent = u
	}
	return r.lx.isWord(rent)
}
