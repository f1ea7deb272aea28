package understand

import (
	"regexp"
	"slices"
	"strconv"
	"strings"

	"fatoora/catalog"
)

// How many people the customers are, told, choosing among products whose
// names state how many people they hold (h40b). A shop sells a place or a
// room in sizes by the people it holds ("كابانا (لحد 6 أفراد)", "كابانا
// VIP (لحد 8 أفراد)", "Meeting room for 6", "غرفة اجتماعات 12 فرد"), one
// per day or per hour. The customer tells how many they are ("احنا ٦",
// "هنبقى ٨", "ممكن نبقى ٨", Franco "e7na 6", "we are 6", "we'll be 8"):
// that count is who the place is for, never how many places — the
// smallest product holding them is the line, one of it; two counts that
// fall in different products ("احنا ٦ وممكن نبقى ٨") are asked between
// them, and a count no product holds is asked among all of them.

// peopleCount: a count of the customers told at tok.
type peopleCount struct {
	n   int
	tok []int // the tokens of the saying (the verb, "حوالي", the figure, the noun)
}

// weAreWords say "we are"/"we will be" before a figure.
var weAreWords = set("احنا", "إحنا", "اِحنا", "نبقي", "نبقى", "هنبقي", "هنبقى", "حنبقي", "حنبقى", "نكون", "هنكون", "حنكون", "هنبقا",
	"e7na", "ehna", "i7na", "hanb2a", "hanba2a", "nb2a", "neb2a", "hankoon")

// peopleTold reads the counts of people the customers say they are.
func peopleTold(ts []token) []peopleCount {
	var out []peopleCount
	for i := 0; i < len(ts); i++ {
		if ts[i].sep {
			continue
		}
		w := strings.TrimPrefix(ts[i].lowSurface(), "و")
		j := i + 1
		switch {
		case weAreWords[w] || weAreWords[ts[i].lowSurface()]:
		case (w == "we" || w == "were" || w == "we're") && j < len(ts) && !ts[j].sep && (ts[j].lowSurface() == "are" || ts[j].lowSurface() == "will" || ts[j].lowSurface() == "be"):
			j++
			if j < len(ts) && !ts[j].sep && ts[j].lowSurface() == "be" {
				j++
			}
		default:
			continue
		}
		if j < len(ts) && !ts[j].sep && aboutWords[ts[j].lowSurface()] {
			j++
		}
		if j >= len(ts) || ts[j].sep || !isNumber(ts[j].text) {
			continue
		}
		v, err := strconv.ParseFloat(ts[j].text, 64)
		if err != nil || v < 2 || v > 1000 || v != float64(int(v)) {
			continue
		}
		pc := peopleCount{n: int(v)}
		for k := i; k <= j; k++ {
			pc.tok = append(pc.tok, k)
		}
		if k := j + 1; k < len(ts) && !ts[k].sep && (partyNouns[ts[k].lowSurface()] || personCounted[wordKey(ts[k].lowSurface())]) {
			pc.tok = append(pc.tok, k)
		} else if k < len(ts) && !ts[k].sep && ts[k].lex && !ts[k].conj {
			continue // "احنا ٣ اوض": a count of goods, not of people
		}
		out = append(out, pc)
		i = j
	}
	return out
}

// capacityName reads how many people a product's name says it holds ("لحد
// 6 أفراد", "12 فرد", "for up to 8", "for 6 persons", "Meeting room for
// 6"); 0 when it says none.
func capacityName(p *catalog.Product) int {
	for _, re := range []*regexp.Regexp{capacityAr, capacityEn} {
		for _, name := range []string{arabicDigits.Replace(p.NameAr), p.NameEn} {
			if m := re.FindStringSubmatch(name); m != nil {
				if v, err := strconv.Atoi(m[1]); err == nil && v >= 2 {
					return v
				}
			}
		}
	}
	return 0
}

var (
	capacityAr   = regexp.MustCompile(`(\d+)\s*(?:أفراد|افراد|فرد|أشخاص|اشخاص|شخص|نفر)`)
	capacityEn   = regexp.MustCompile(`(?i)\bfor (?:up to )?(\d+)\b(?:\s*(?:persons|people|pax|guests))?`)
	arabicDigits = strings.NewReplacer("٠", "0", "١", "1", "٢", "2", "٣", "3", "٤", "4", "٥", "5", "٦", "6", "٧", "7", "٨", "8", "٩", "9")
)

// capacitySiblings: the products of p's category (p among them) whose
// names state how many people they hold, when there are two or more.
func (r *Rules) capacitySiblings(p *catalog.Product) []int {
	if p == nil || p.Category == "" || capacityName(p) == 0 {
		return nil
	}
	var out []int
	for i := range r.lx.products {
		if q := &r.lx.products[i]; q.Category == p.Category && q.Unit == p.Unit && capacityName(q) > 0 {
			out = append(out, i)
		}
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// holding: of products idxs, the one with the fewest places that holds n
// people; -1 when none does.
func (r *Rules) holding(idxs []int, n int) int {
	best := -1
	for _, i := range idxs {
		c := capacityName(&r.lx.products[i])
		if c >= n && (best < 0 || c < capacityName(&r.lx.products[best])) {
			best = i
		}
	}
	return best
}

// capacityChooses sets each line whose product's name states how many
// people it holds to the product holding the people told, one of it; two
// counts held by different products, or a count none holds, are asked.
func (r *Rules) capacityChooses(ts []token, items []Item) {
	told := peopleTold(ts)
	if len(told) == 0 {
		return
	}
	for k := range items {
		it := &items[k]
		if len(it.Lacks) > 0 || it.Product == nil {
			continue
		}
		sibs := r.capacitySiblings(it.Product)
		if it.Vague && !r.allHolding(it, sibs) {
			continue // a kind named that the places' sizes do not choose among
		}
		if len(sibs) == 0 || !slices.Contains(sibs, r.indexOf(it.Product)) && !slices.ContainsFunc(it.Ambiguous, func(c Candidate) bool { return slices.Contains(sibs, r.indexOf(c.Product)) }) {
			continue
		}
		countedByPeople := it.Quantity == catalog.One
		periods := r.lx.facts(r.indexOf(it.Product)).period != "" // "فلوكة ساعتين": hours, no places
		var picks []int
		for _, pc := range told {
			if it.Quantity == catalog.Milli(pc.n)*catalog.One {
				countedByPeople, periods = true, false
			}
			p := r.holding(sibs, pc.n)
			if p < 0 {
				picks = sibs
				break
			}
			if !slices.Contains(picks, p) {
				picks = append(picks, p)
			}
		}
		if !countedByPeople && !periods {
			continue // "٢ كابانا، احنا ١٢": the places counted by the customer
		}
		for _, pc := range told {
			for _, t := range pc.tok {
				ts[t].used, ts[t].aside = true, true // who the place is for, no figure lost
			}
		}
		if !periods {
			it.Quantity = catalog.One
		}
		if len(picks) == 1 {
			it.Product, it.SKU, it.Ambiguous, it.Vague = &r.lx.products[picks[0]], r.lx.products[picks[0]].SKU, nil, false
			continue
		}
		r.openAmong(it, picks)
	}
}

// allHolding: a kind named ("a hall") whose products, asked between, are
// all places sized by the people they hold (sibs): the people told choose
// among all of sibs, never only among those the words named.
func (r *Rules) allHolding(it *Item, sibs []int) bool {
	if len(sibs) == 0 {
		return false
	}
	for _, p := range itemProducts(it) {
		if !slices.Contains(sibs, r.indexOf(p)) {
			return false
		}
	}
	return true
}
