package understand

import "strings"

// ownWeight sets aside the weight of something else than the goods, said
// with the weight noun and its owner's pronoun: "ينفع لقطة وزنها ٦ كيلو؟"
// (for a cat whose weight is 6 kg), "لكلب وزنه ٣٠ كيلو", Franco "l otta
// waznaha 6 kilo", English "for a cat weighing 6 kg". The figure is what
// the customer's animal, child or thing weighs — why a size is asked —
// never how many of the goods. The goods' own weight said so ("شكارة
// وزنها ١٠ كيلو", "دمبل وزنه ٥ كيلو" where a name of the goods gives that
// weight) stays the name's.
func (r *Rules) ownWeight(ts []token) {
	for k := 1; k+1 < len(ts); k++ {
		t := ts[k]
		if t.sep || t.used || !(weightOfWords[t.lowSurface()] || weightOfWords[strings.TrimPrefix(t.surface, "و")]) {
			continue
		}
		f := k + 1
		v, ok := amountValue(ts[f].text)
		if ts[f].sep || !ok || v <= 0 {
			continue
		}
		end := f + 1
		if end < len(ts) && !ts[end].sep && weightUnits[strings.TrimPrefix(ts[end].lowSurface(), "ال")] {
			end++
		}
		if p := ts[k-1]; !p.sep && p.lex && (pieceWords[p.text] || !strings.HasPrefix(p.surface, "ل") && r.weightNamed(p.text, ts[f].text)) {
			continue // "شكارة وزنها ١٠ كيلو": the goods' own weight
		}
		for m := k; m < end; m++ {
			ts[m].aside, ts[m].used, ts[m].lex = true, true, false
		}
		k = end - 1
	}
}

// weightNamed: some product whose names hold w gives fig as a weight or a
// measure in them.
func (r *Rules) weightNamed(w, fig string) bool {
	for _, p := range r.lx.postings[w] {
		if r.lx.info[p].measures[fig] {
			return true
		}
	}
	return false
}

// weightOfWords: the weight noun with an owner's pronoun ("وزنها": her
// weight), Franco and English ("weighing", "weighs").
var weightOfWords = set("وزنه", "وزنها", "وزنهم", "وزنو", "wazno", "waznoh", "waznaha", "waznha", "waznohom", "weighing", "weighs", "weigh")
