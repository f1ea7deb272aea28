package understand

import (
	"regexp"
	"strings"

	"fatoora/catalog"
)

// Two children told a product is for, choosing the product made for two
// (h40l). A shop sells a thing in one made for one and one made for two,
// its name saying so ("عربية أطفال توأم", "Twin stroller", "عربية
// مزدوجة", "جيب شحن كرسيين", "two seats", "for 2"). The customer tells
// who it is for: twins ("لتوأمي", "للتوأم", "my twins"), or two children
// of theirs ("لولادي الاتنين", "لعيالي الاتنين", "for my two kids",
// Franco "l wladi el etnen"). With one of it asked, the thing is the one
// for two: when the words the customer said of it are all in that
// product's name ("عربية اطفال" of "عربية أطفال توأم") it is the line; when
// only some are ("عربية شحن" beside "جيب شحن كرسيين") the customer is asked
// between the two; when none are ("ترامبولين" beside "مرجيحة ٢ كرسي") it
// is another thing. With no product for two, nothing changes.

// twinsOfMine: twins, said of the customer's children.
var twinsOfMine = set("توأم", "توام", "توأمي", "توامي", "لتوأمي", "لتوامي", "للتوأم", "للتوام", "التوأم", "التوام", "twins", "taw2am", "tawam")

// kidsOfMine: the customer's children, with or without "ل" (for).
var kidsOfMine = set("ولادي", "لولادي", "اولادي", "لاولادي", "عيالي", "لعيالي", "اطفالي", "لاطفالي", "بناتي", "لبناتي", "wladi", "lwladi")

// englishKids: "kids" and its kin after "my two".
var englishKids = set("kids", "children", "boys", "girls", "sons", "daughters", "babies")

// twoChildrenTold: the customer says the thing is for two children of
// theirs: twins, "ولادي الاتنين", "my two kids".
func twoChildrenTold(ts []token) bool {
	for i := range ts {
		if ts[i].sep {
			continue
		}
		w := ts[i].lowSurface()
		if twinsOfMine[ts[i].surfKey()] || twinsOfMine[ts[i].lowKey()] {
			return true
		}
		if (kidsOfMine[ts[i].surfKey()] || kidsOfMine[ts[i].lowKey()]) && i+1 < len(ts) && !ts[i+1].sep {
			if v, ok := articledCount(ts[i+1].surface); ok && v == 2 {
				return true
			}
			if n := ts[i+1].lowSurface(); n == "eletnen" || n == "el" && i+2 < len(ts) && ts[i+2].lowSurface() == "etnen" {
				return true
			}
		}
		if (w == "my" || w == "our") && i+2 < len(ts) && !ts[i+1].sep && !ts[i+2].sep &&
			(ts[i+1].lowSurface() == "two" || ts[i+1].text == "2") && englishKids[ts[i+2].surfKey()] {
			return true
		}
	}
	return false
}

// forTwoName: a product's name says it is made for two ("توأم", "twin",
// "مزدوجة", "كرسيين", "two seats", "for 2").
func forTwoName(p *catalog.Product) bool {
	return forTwoRe.MatchString(arabicDigits.Replace(p.NameAr)) || forTwoRe.MatchString(p.NameEn) || capacityName(p) == 2
}

var forTwoRe = regexp.MustCompile(`(?i)توأم|توام|توين|مزدوج|كرسيين|\btwin\b|\btandem\b|\b(?:two|2)[ -]seat`)

// keyedNameWords: a name's words as compared here (alef and taa marbuta
// folded, lowered, keyed).
func keyedNameWords(s string) []string {
	s = strings.NewReplacer("أ", "ا", "إ", "ا", "آ", "ا", "ة", "ه", "ى", "ي").Replace(strings.ToLower(s))
	var out []string
	for _, w := range strings.Fields(s) {
		out = append(out, wordKey(strings.Trim(w, "()،,")))
	}
	return out
}

// saidOfIn: of the words of the line's phrase that are words of p's name,
// how many are words of q's name too, and how many are not.
func saidOfIn(phrase string, p, q *catalog.Product) (shared, not int) {
	pw := append(keyedNameWords(p.NameAr), keyedNameWords(p.NameEn)...)
	qw := append(keyedNameWords(q.NameAr), keyedNameWords(q.NameEn)...)
	for _, w := range keyedNameWords(phrase) {
		switch {
		case !contains(pw, w):
		case contains(qw, w):
			shared++
		default:
			not++
		}
	}
	return shared, not
}

// forTwoOf: the one product of p's category and unit whose name says it is
// made for two, when p's does not; -1 when none or several.
func (r *Rules) forTwoOf(p *catalog.Product) int {
	if p == nil || p.Category == "" || forTwoName(p) {
		return -1
	}
	found := -1
	for i := range r.lx.products {
		q := &r.lx.products[i]
		if q == p || q.Category != p.Category || q.Unit != p.Unit || !forTwoName(q) {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = i
	}
	return found
}

// forBothChooses sets a line of one, for two children told, to the product
// made for two, or asks between it and the line's product when the
// customer's words of it are not that product's.
func (r *Rules) forBothChooses(ts []token, items []Item) {
	if !twoChildrenTold(ts) {
		return
	}
	for k := range items {
		it := &items[k]
		if it.Vague || len(it.Lacks) > 0 || it.Product == nil || it.Quantity != catalog.One {
			continue
		}
		q := r.forTwoOf(it.Product)
		if q < 0 {
			continue
		}
		two := &r.lx.products[q]
		switch shared, not := saidOfIn(it.Phrase, it.Product, two); {
		case shared == 0: // "ترامبولين" beside "مرجيحة ٢ كرسي": another thing
		case not == 0:
			it.Product, it.SKU, it.Ambiguous = two, two.SKU, nil
		default:
			r.openAmong(it, []int{r.indexOf(it.Product), q})
		}
	}
}
