package understand

import (
	"math"
	"strings"
)

// entireWords say a name is the whole of what the work is done to, not a
// part of it: "حماية PPF للعربية كاملة", "فرش الشقة كلها", "full body",
// "whole car".
var entireWords = set("كامل", "كامله", "كاملا", "كلها", "كله", "بالكامل", "full", "whole", "entire", "kamla", "kamel")

// unsaidWhole: the best product's name says it is the whole ("حماية PPF
// للعربية كاملة - ملاكي", "Full-body PPF") and other products of its head
// noun, category and unit are parts of the same work, their names saying
// no whole ("حماية PPF للكبوت", "… للاكصدام", "… للفوانيس"); the customer
// named the work and neither a part nor the whole ("عايز اعمل حماية PPF
// لعربيتي الملاكي", "PPF for my sedan"): the thing served or its class
// said puts the whole ahead, no choice of theirs. A clerk asks which, the
// whole among the parts; never the whole priced.
func (r *Rules) unsaidWhole(ts []token, d *draft, best scored) []Candidate {
	info := r.lx.info
	b := &info[best.idx]
	if b.head == "" || len(b.phrases) == 0 {
		return nil
	}
	whole := false
	for u := range b.all {
		if r.lx.entire[u] {
			whole = true
			break
		}
	}
	if !whole {
		return nil
	}
	for _, w := range d.words {
		if r.lx.entire[w] {
			return nil // "للعربية كلها": the whole said
		}
	}
	for i := d.start; i < d.end && i < len(ts); i++ {
		for _, w := range strings.Fields(ts[i].lowSurface()) {
			if entireWords[wordKey(w)] {
				return nil // "ركبة كاملة" of a synonym the vocabulary reads as one word
			}
		}
	}
	bp := &r.lx.products[best.idx]
	var amb []Candidate
	for _, p := range d.touched {
		c := int(p)
		if c == best.idx || len(amb) == maxAmbiguous {
			continue
		}
		ci := &info[c]
		cp := &r.lx.products[c]
		if ci.head != b.head || cp.Category != bp.Category || cp.Unit != bp.Unit {
			continue
		}
		part := true
		for u := range ci.all {
			if r.lx.entire[u] {
				part = false // another whole: the class said tells them apart
				break
			}
		}
		for _, w := range d.words {
			if ci.all[w] && !b.all[w] {
				part = false // a word of the part said: not this reading
			}
		}
		if part {
			amb = append(amb, Candidate{Product: cp, Score: math.Round(best.score*600) / 1000})
		}
	}
	return amb
}
