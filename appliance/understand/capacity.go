package understand

import (
	"slices"
	"strings"

	"fatoora/catalog"
)

// Capacity nouns (branch c19h).
//
// A noun the catalog's names use only right after a figure, as the unit of
// a capacity or a size ("بطارية أقفاص 96 فرخة", "فقاسة 48 بيضة", "صندوق
// نقل 20 سمكة", English "… 96 birds"), names no product on its own: it
// is what the product holds. Said by the customer after a figure with no
// head noun of those products before it ("عندي عنبر ٥٠٠ فرخة"), the
// figure counts those things (chickens, eggs, fish), never the product:
//   - told as what the customer has or what the goods are for (عندي،
//     عندنا، فيه، a word carrying ل, عشان, "I have", "for"): talk, no line
//     and nothing unexplained;
//   - otherwise no line of those products (not even called by the
//     figure its name gives, "عايز ال٩٦ فرخة ٢": which figure counts is
//     not known), a line of no product for a person to read.

// capacityNouns fills lx.capacity: single-word units of names, synonyms
// and English names that every phrase using them writes right after a
// figure, which no phrase heads, and which no category or material holds;
// lx.capacityMeasures the measures the names give after a figure.
func (lx *lexicon) capacityNouns() {
	after, other, labels := map[string]bool{}, map[string]bool{}, map[string]bool{}
	for i := range lx.products {
		p := &lx.products[i]
		// the names as written, units and brackets kept: "(جوز)" after "35
		// سم" is no capacity, nor "عود" of "(عود 2.5 م)"
		for _, ph := range append([]string{p.NameAr, p.NameEn}, p.Synonyms...) {
			ks := lx.applyRewrite(keysWithX(ph))
			for j, u := range ks {
				// "90×190 مقاومة": a size's side; "(100 شيت)" of goods sold
				// by the pack: what one pack holds, counted (packOf)
				if j+1 < len(ks) && isNumber(ks[j+1]) {
					labels[u] = true // "كثافة 25 سمك 5": a dimension naming the figure after it
				}
				if j > 0 && isNumber(ks[j-1]) && (j < 2 || ks[j-2] != "x") && lx.info[i].pack == 0 {
					after[u] = true
				} else {
					other[u] = true
				}
			}
		}
	}
	for i := range lx.products {
		for _, s := range []string{lx.products[i].Category, lx.products[i].Material} {
			for _, k := range lx.applyRewrite(keysOf(s)) {
				other[k] = true
			}
		}
	}
	lx.capacity, lx.capacityMeasures = map[string]bool{}, map[string]bool{}
	var cands []string
	for u := range after {
		if (measureWords[u] || measureUnits[u] || sameMeasures[u] != "") && unitWords[u] == "" && !isUnit(u) && len([]rune(u)) >= 3 {
			lx.capacityMeasures[u] = true // "خزان 500 لتر", "سخان شمسي 4 أفراد"
		}
		if other[u] || lx.heads[u] || len(lx.postings[u]) == 0 || strings.ContainsAny(u, "0123456789") || strings.Contains(u, " ") || len([]rune(u)) < 3 || stopUnits[u] ||
			lx.colors[u] != "" || lx.materials[u] || measureWords[u] || measureUnits[u] || sameMeasures[u] != "" ||
			pieceWords[u] || packWord(u) || isUnit(u) || dimWords[u] && labels[u] || timeNouns[u] || notAmountAfter[u] || ageWords[u] {
			continue
		}
		cands = append(cands, u)
	}
	if len(cands) == 0 {
		return
	}
	// the names' words, and each without a clitic it is written with
	said := map[string]bool{}
	for i := range lx.info {
		for _, ph := range lx.info[i].phrases {
			for _, u := range ph {
				for _, w := range cliticForms(u) {
					said[w] = true
				}
			}
		}
	}
	for _, u := range cands {
		if slices.ContainsFunc(cliticForms(u)[1:], func(w string) bool { return said[w] }) {
			continue // a word as written with a clitic ("80 بمراية" beside "مراية ليد"): no capacity
		}
		// a noun whose singular or plural a name says apart from a figure
		// ("مقاعد" beside "مصنعية للمقعد") is what goods are counted or
		// priced by, no capacity
		related := false
		for w := range said {
			if w != u && (!after[w] || other[w]) && (brokenPlural(u, w) || brokenPlural(w, u)) {
				related = true
				break
			}
		}
		if !related {
			lx.capacity[u] = true
		}
	}
}

// capacityTold are the words before a capacity noun's figure that tell
// what the customer has or what the goods are for: the figure is the
// customer's things, no count of goods.
var capacityTold = set("فيه", "فيها", "فيهم", "لعدد", "with", "for", "fih", "feeh", "feha", "fiha")

// capacityHave: English has, besides haveWords' Arabic and Franco.
var capacityHave = set("have", "has", "got")

// capacityCounted sets aside a figure and the capacity noun right after it
// when no head noun of a product whose names hold that noun comes before
// them in their clause (see capacity.go's comment). It returns where the
// figures are that no telling explains: each a line for a person.
func (r *Rules) capacityCounted(ts []token) (unread []int) {
	if len(r.lx.capacity) == 0 && len(r.lx.capacityMeasures) == 0 {
		return nil
	}
	for k := 1; k < len(ts); k++ {
		ok := r.lx.capacity[ts[k].text]
		measure := !ok && r.lx.capacityMeasures[ts[k].text]
		n := &ts[k-1]
		if !ok && !measure || ts[k].sep || ts[k].used || ts[k].aside || ts[k].neg || n.sep || !isNumber(n.text) || n.used || n.aside || n.neg || n.compound {
			continue
		}
		told, keep := r.capacityBefore(ts, k, measure)
		if measure && (keep || !told) {
			continue // a measure names goods by it ("عايز ٥٠٠ لتر"): only what the customer has told is set aside
		}
		if keep || !told && r.otherGoodsNext(ts, k) {
			// "بطارية أقفاص ٩٦ فرخة"; the count of other goods said in it:
			// "اطبع 40 ورقة الوان" of colour printing by the page
			continue
		}
		n.aside, ts[k].aside = true, true
		if told {
			n.used, ts[k].used = true, true
		} else {
			unread = append(unread, k-1)
		}
	}
	return unread
}

// otherGoodsNext: the word after the capacity noun at k is a word of
// goods none of whose names hold the noun.
func (r *Rules) otherGoodsNext(ts []token, k int) bool {
	if k+1 >= len(ts) || ts[k+1].sep || ts[k+1].conj || !ts[k+1].lex {
		return false
	}
	ps := r.lx.postings[ts[k+1].text]
	holders := r.lx.postings[ts[k].text]
	return len(ps) > 0 && !slices.ContainsFunc(ps, func(p int32) bool { return slices.Contains(holders, p) })
}

// capacityBefore (measure: the noun is a measure a name gives, "لتر")
// walks back from the capacity noun at k through its
// clause: told when what the customer has or what the goods are for is
// said before the figure; keep when a head noun of a product holding the
// noun comes first (the product described by its capacity), or another
// product's head or a work's verb with nothing told between (the count
// of what a work is done to: "اطبع 40 ورقة").
func (r *Rules) capacityBefore(ts []token, k int, measure bool) (told, keep bool) {
	if ts[k-1].conj {
		return false, false // "و٥٠٠ فرخة": another thing, whatever was said before
	}
	holders := r.lx.postings[ts[k].text]
	for j := k - 2; j >= 0; j-- {
		t := ts[j]
		switch {
		case haveWords[t.text] || capacityHave[t.text] || purposeWords[t.text]:
			return true, false // "عندي عنبر ٥٠٠ فرخة", "عشان عندي ٥٠٠ فرخة"
		case !measure && capacityTold[t.lowSurface()]:
			told = true // "with 30 fish", read و
		case t.sep || orderCues[t.text] || t.text == "و" || isNumber(t.text) && !r.specAfter(ts[j+1]):
			return told, false // a count or و closes the line before: "دفاية غاز ٢ و ٥٠٠ فرخة"
		case r.headOfAny(t.text, holders):
			return false, true
		case r.capHead(t.text) || t.verb || t.work:
			return told, !told || measure // "دفاية لعنبر ٥٠٠ فرخة": the barn's; "سخان ٥٠ لتر": the heater's
		case !measure && (capacityTold[t.text] || t.prep):
			told = true // what the goods are for: "لعنبر", "for 500 birds", "فيه ٢٠ سمكة"
		case t.conj:
			return told, false // "… للمطبخ وواحد ٥٠ لتر": the line before ends
		}
	}
	return told, false
}

// capacityUnread: the lines of no product a person reads, one for each
// figure capacityCounted left unexplained ("عايز ٥٠٠ فرخة").
func capacityUnread(ts []token, at []int) []Item {
	var out []Item
	for _, k := range at {
		out = append(out, Item{Quantity: catalog.One, Confidence: 0.3, Unread: true, Phrase: ts[k].surface + " " + ts[k+1].surface})
	}
	return out
}

// specAfter: the word after a figure makes it a measure or a part of the
// line's goods ("خزان ١٠٠٠ لتر ٤ طبقات", "سلندر ٧٠ مم ٥ مفاتيح"), no
// count closing it.
func (r *Rules) specAfter(t token) bool {
	return !t.sep && t.lex && !isNumber(t.text) && !r.capHead(t.text)
}

// capHead: w, or w without a clitic ("بموتور"), is a head noun.
func (r *Rules) capHead(w string) bool {
	return slices.ContainsFunc(cliticForms(w), r.isHead)
}

// headOfAny: w is a head noun (the first word of an Arabic name or
// synonym, the English name's head, or the goods' word of a pack name) of
// one of the products ps.
func (r *Rules) headOfAny(w string, ps []int32) bool {
	for _, f := range cliticForms(w) {
		if u, ok := r.lx.rewrite[f]; ok {
			f = u
		}
		if r.headOf(f, ps) {
			return true
		}
	}
	return false
}

func (r *Rules) headOf(w string, ps []int32) bool {
	for _, p := range ps {
		info := &r.lx.info[p]
		if info.headEn == w || info.packed == w || info.packedEn == w {
			return true
		}
		for j, ph := range info.phrases {
			if j+1 != info.enPhrase && len(ph) > 0 && ph[0] == w {
				return true
			}
		}
	}
	return false
}

// cliticForms: w, then w without a clitic it may be written with (ال، لل،
// ل، بال، ب، و), each leaving three letters or more.
func cliticForms(w string) []string {
	out := []string{w}
	if !isArabicWord(w) {
		return out
	}
	for _, c := range []string{"وال", "بال", "لل", "ال", "ب", "ل", "و"} {
		if r := strings.TrimPrefix(w, c); r != w && len([]rune(r)) >= 3 && !slices.Contains(out, r) {
			out = append(out, r)
		}
	}
	return out
}
