package understand

import "slices"

// A container said with no count before goods ("a pack of cotton pads",
// "a box of wipes", "وباكو مناديل", "3elbet manadeel") is the goods' unit,
// one of them: never a product of its own, though a pack product's name
// holds the word ("Roll-on deodorant 3-pack offer", "باكو 6 زيت مسك"),
// unless that name holds the goods too ("a pack of deodorant", "باكو مسك":
// the pack product itself). A count before it is the segmenter's (a
// pack after its count counts).

// containerOfGoods sets such a container word aside (containerOf).
func (r *Rules) containerOfGoods(ts []token) {
	for i := 0; i+1 < len(ts); i++ {
		j, ok := r.containerOf(ts, i)
		if !ok {
			continue
		}
		if ts[i].dual {
			// "وعلبتين جيسو", "كيسين فايبر": the container said in the
			// dual is two of the goods it holds, as "٢ علبة" counts them
			ts[i] = token{text: "2", surface: ts[i].surface, conj: ts[i].conj}
			continue
		}
		ts[i].used, ts[i].aside = true, true
		if ts[i].conj {
			ts[j].conj = true // "وباكو مناديل": the و joins the goods
		}
	}
}

// containerOf: the word at i is a pack word a product's name holds, said
// with no count, right before goods (after "of" or "من") no product names
// together with it; j is where the goods' head noun is.
func (r *Rules) containerOf(ts []token, i int) (j int, ok bool) {
	t := ts[i]
	if t.sep || t.used || !t.lex || t.color != "" || isNumber(t.text) || !r.lx.heads[t.text] || !(r.pack(t.text) || container(t)) {
		return 0, false
	}
	if i > 0 && !ts[i-1].sep && (isNumber(ts[i-1].text) || isNumberWord(ts[i-1].text) && !indefinite[ts[i-1].lowSurface()]) {
		return 0, false
	}
	if weightMeasure(t) {
		if _, n := fractionTail(ts, i+1); n > 0 {
			return 0, false // "كيلو ونص جمبري وسط": a kilo and a half of the goods, an amount (h35f)
		}
	}
	j = i + 1
	if j < len(ts) && !ts[j].sep && (ts[j].lowSurface() == "of" || ts[j].text == "من") {
		j++
	}
	// the goods: the words up to the clause's end or the next و, one head
	// noun among them at least
	var heads []string
	for k := j; k < len(ts) && !ts[k].sep && (k == j || !ts[k].conj && ts[k].text != "و"); k++ {
		if !ts[k].lex || ts[k].color != "" || isNumber(ts[k].text) {
			break
		}
		if r.lx.heads[ts[k].text] && ts[k].text != t.text {
			heads = append(heads, ts[k].text)
		}
	}
	if len(heads) == 0 {
		return 0, false
	}
	// a pack product whose names hold every head noun of the goods is
	// what was asked ("a pack of scented soap" of "Scented soap 3-pack")
	for _, p := range r.lx.postings[t.text] {
		all := r.lx.info[p].all
		if !slices.ContainsFunc(heads, func(w string) bool { return !all[w] }) {
			return 0, false
		}
	}
	return j, true
}
