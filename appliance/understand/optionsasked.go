package understand

import "slices"

// What there is, asked after goods named by their kind: "عايز مبرد مياه
// ساخن وبارد للبيت، ايه المتاح؟", "eh el mota7?", "what's available?".
// The customer asks the shop's options, never one of them: a word several
// products' names share chooses none, however a synonym leans. The line
// asks between the products of its head noun whose names hold every word
// it said, those available now (what "المتاح" asks) — when two or more.

// optionsAsked turns each line of goods named by their kind into a
// question between the available products that fit its words, when the
// message asks what there is.
func (r *Rules) optionsAsked(ts []token, items []Item) {
	if !whatThereIs(ts) {
		return
	}
	for k := range items {
		it := &items[k]
		if it.end == 0 {
			continue
		}
		// none chosen: the line is the question between them, a price
		// question's too
		r.askAmongFitting(ts, it)
	}
}

// optionsFitting: the available products the line may be — those it
// asks between already, or those of its product's head noun and category
// whose names hold every word it said.
func (r *Rules) optionsFitting(ts []token, it *Item) []int {
	var fit []int
	if it.Product == nil {
		if !it.Vague {
			return nil
		}
		for _, c := range it.Ambiguous {
			if p := c.Product; p != nil && (p.MadeToOrder || p.Stock > 0) {
				fit = append(fit, r.indexOf(p))
			}
		}
		return fit
	}
	i := r.indexOf(it.Product)
	if i < 0 || len(it.Ambiguous) > 0 {
		return nil
	}
	for j := range r.lx.products {
		p := &r.lx.products[j]
		if r.lx.info[j].head == r.lx.info[i].head && p.Category == it.Product.Category && (p.MadeToOrder || p.Stock > 0) &&
			r.explainsLine(ts, j, it.Quantity.Float()) {
			fit = append(fit, j)
		}
	}
	if !slices.Contains(fit, i) {
		return nil
	}
	return fit
}

// explainsLine: every catalog word of the line is a word of product j.
// A figure that is the line's count is no word of a name.
func (r *Rules) explainsLine(ts []token, j int, count float64) bool {
	for _, t := range ts {
		if v, ok := amountValue(t.text); ok && v == count {
			continue
		}
		if !t.sep && !t.aside && t.lex && t.color == "" && !r.lx.info[j].all[t.text] {
			return false
		}
	}
	return true
}

// whatThereIs: the message asks what the shop has of the goods — "ايه
// المتاح", "ايه اللي متاح", "المتاح ايه", Franco "eh el mota7", English
// "what's available", "what do you have".
func whatThereIs(ts []token) bool {
	for k := range ts {
		if ts[k].sep {
			continue
		}
		w := ts[k].surfKey()
		if !availableWords[w] {
			if w == "what" || w == "what's" {
				if k+1 < len(ts) && ts[k+1].lowSurface() == "s" {
					k++ // "what's", written apart
				}
				if k+2 < len(ts) && ts[k+1].lowSurface() == "do" && ts[k+2].lowSurface() == "you" && k+3 < len(ts) && ts[k+3].lowSurface() == "have" {
					return true
				}
				if k+1 < len(ts) && (ts[k+1].lowSurface() == "available" || ts[k+1].lowSurface() == "is" && k+2 < len(ts) && ts[k+2].lowSurface() == "available") {
					return true
				}
			}
			continue
		}
		for j := max(k-2, 0); j < len(ts) && j <= k+1; j++ {
			if !ts[j].sep && whatWords[ts[j].surfKey()] {
				return true
			}
		}
	}
	return false
}

var (
	// availableWords: available — "المتاح", "متاح", Franco "mota7"
	availableWords = set("متاح", "متاحه", "المتاح", "mota7", "mot2a7", "el mota7")
)
