package understand

import "slices"

// The trade's kind word before a kind ("ستائر رول سكرين", "أرضية الفينيل
// البلاطات"): the customer names the family, then which member, where the
// catalog names the member without the family word ("رول سكرين ٥٪",
// "فينيل بلاطات لزق"). The family word is no line of its own.

// kindWords sets aside a family word said right before another head noun
// when no product has both, the catalog itself uses the word only as a
// family ("أرضية SPC", "ستارة بانل": what follows it in a name is no other
// product's head noun, as "كنبة" is in "كفر كنبة") and nothing joins them:
// no "و", nor the ل of what it is for ("تسطيب ويندوز للجهاز": the
// service, for the computer, is no family of computers).
func (r *Rules) kindWords(ts []token) {
	for i := 0; i+1 < len(ts); i++ {
		y, x := ts[i], ts[i+1]
		if y.sep || x.sep || !y.lex || !x.lex || y.used || x.used || x.conj || x.prep || x.made || y.color != "" || x.color != "" ||
			y.text == x.text || !r.lx.heads[y.text] || !r.lx.heads[x.text] || isNumber(y.text) || isNumber(x.text) {
			continue
		}
		if i > 0 && !ts[i-1].sep && (ts[i-1].lex && !isNumber(ts[i-1].text) || ts[i-1].text == "كل") || y.aside || y.perHead != "" ||
			r.lx.materials[x.text] {
			continue // a word before it ("كفر … كنبة"), "كل حوض كشاف", "كنبة جلد": the material it is made of
		}
		if r.shareProduct(y.text, x.text) {
			continue
		}
		if !r.familyWord(y.text) {
			if r.forWhat(y, x) {
				ts[i+1].aside, ts[i+1].used, ts[i+1].lex = true, true, false
			}
			continue
		}
		ts[i].aside, ts[i].used, ts[i].lex = true, true, false
	}
}

// shareProduct: some product's names hold both words.
func (r *Rules) shareProduct(a, b string) bool {
	for _, p := range r.lx.postings[a] {
		if r.lx.info[p].all[b] {
			return true
		}
	}
	return false
}

// familyWord: w opens some product name, the shop names one of those
// products without it ("spc" beside "أرضية SPC"), and in every name it
// opens the next word opens no name of a product whose names lack w
// ("أرضية SPC": SPC opens only floors' names; "كفر كنبة": كنبة opens the
// sofas'). "مرتبة" of "مرتبة سوست" never dropped is no family word.
func (r *Rules) familyWord(w string) bool {
	if v, ok := r.family.Load(w); ok {
		return v.(bool)
	}
	f := r.isFamily(w)
	r.family.Store(w, f)
	return f
}

func (r *Rules) isFamily(w string) bool {
	opens, dropped, named := r.familyOf(w)
	return opens && dropped && !named
}

// familyOf: whether w opens some product name; whether the shop names
// one of those products without it ("بانل" of "ستارة بانل"); whether a
// name it opens goes on with the head noun of a product whose names lack
// it ("كفر كنبة": كنبة opens the sofas'), the name itself saying what it
// is for.
func (r *Rules) familyOf(w string) (opens, dropped, named bool) {
	for _, p := range r.lx.postings[w] {
		for k, ph := range r.lx.info[p].phrases {
			if k+1 != r.lx.info[p].enPhrase && !slices.Contains(ph, w) {
				dropped = true
			}
			if len(ph) < 2 || ph[0] != w {
				continue
			}
			opens = true
			if !r.lx.heads[ph[1]] {
				continue
			}
			for _, q := range r.lx.postings[ph[1]] {
				if !r.lx.info[q].all[w] && slices.ContainsFunc(r.lx.info[q].phrases, func(o []string) bool { return o[0] == ph[1] }) {
					named = true
				}
			}
		}
	}
	return opens, dropped, named
}

// forWhat: "مرتبة سرير", two head nouns in a row, the first the goods and
// the second what it is for (Egyptian's idafa: X of/for Y), when the shop
// never drops the first from its names (no family word) and none of its
// names goes on with another product's head noun ("كفر كرسي": a cover
// for a sofa is then another cover, asked as such); no place, material
// or near spelling.
func (r *Rules) forWhat(y, x token) bool {
	if w := wordKey(x.surface); placeWords[w] || roomWords[w] || x.fuzzy || y.fuzzy || r.lx.materials[x.text] {
		return false
	}
	opens, dropped, named := r.familyOf(y.text)
	return opens && !dropped && !named
}
