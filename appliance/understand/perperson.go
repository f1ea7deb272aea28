package understand

import (
	"slices"
	"strings"
)

// goodsPerPerson marks where the same goods said again for another
// person open a line of their own. Egyptian Arabic says who each is for
// either before the goods, the next person joined by و ("لابني فرخة صغيرة
// ولبنتي فرخة صغيرة", Franco "l ebni … w l benti …"), or after them, the
// next goods joined by و and their own person after ("نص كيلو عسل لابني
// ونص كيلو عسل لبنتي", "a small chicken for my son and a small chicken
// for my daughter"). Either way the words after the second person's و
// are goods of their own — the same again, or another size or colour —
// never more words of the line before. People joined with no goods
// between ("لابني ولبنتي") are two people the goods after them are for
// (forPeople); "وواحدة لبنتي" is one more of the line (oneEachNamed); a
// colour alone after the person ("لابني ازرق ولبنتي وردي") is left as it
// is read.
func goodsPerPerson(ts []token) {
	for k := 0; k < len(ts); k++ {
		end, joined := personAt(ts, k)
		if end == k {
			continue
		}
		for m := k; m < end; m++ {
			if ts[m].lex && ts[m].color == "" && (ts[m].fuzzy || personOnes[wordKey(ts[m].lowSurface())]) {
				// Franco "l ebni": the person, though a near spelling of
				// some product's word
				ts[m].lex, ts[m].used = false, true
			}
		}
		if joined {
			// "… ولبنتي فرخة صغيرة": goods said before this person, in
			// its clause and after any person before, and goods after it
			if goodsBefore(ts, k) {
				if g := goodsAt(ts, end); g > 0 {
					ts[g].opens = true
				}
			}
			k = end - 1
			continue
		}
		// "… عسل لابني ونص كيلو عسل لبنتي": goods right before this
		// person, then و and goods with a person of their own after them
		if k == 0 || ts[k-1].sep || !saidOfGoods(ts[k-1]) {
			continue
		}
		g := -1
		switch w := surfaceAt(ts, end); {
		case w == "و" || w == "w" || w == "we" || w == "wa" || w == "and":
			g = goodsAt(ts, end+1)
		case end < len(ts) && !ts[end].sep && (ts[end].conj || strings.HasPrefix(ts[end].surface, "و")):
			g = goodsAt(ts, end)
			if g != end {
				g = -1
			}
		}
		if g <= 0 {
			continue
		}
		for m := g + 1; m < len(ts) && !ts[m].sep; m++ {
			if e, j := personAt(ts, m); e > m && !j {
				ts[g].opens = true
				break
			}
			if !saidOfGoods(ts[m]) && !ofArticles[ts[m].lowSurface()] {
				break
			}
		}
	}
}

// personAt reads one person said as who goods are for at k ("لابني",
// "ولبنتي", "و لبنتي", Franco "w l benti", "and for my daughter"): where it
// ends (k: none) and whether و joined it to what came before.
func personAt(ts []token, k int) (int, bool) {
	if k >= len(ts) || ts[k].sep {
		return k, false
	}
	switch surfaceAt(ts, k) {
	case "و", "w", "we", "wa", "and":
		if e := personFor(ts, k+1); e > k+1 {
			return e, true
		}
		return k, false
	}
	if e := personFor(ts, k); e > k {
		return e, false
	}
	w := surfaceAt(ts, k)
	if st, ok := strings.CutPrefix(w, "و"); ok && strings.HasPrefix(st, "ل") && !ts[k].lex && ts[k].color == "" {
		// "ولبنتي", "ولاخويا": personFor reads the word with its و off
		t := ts[k]
		t.surface = st
		if personFor([]token{t}, 0) == 1 {
			return k + 1, true
		}
	}
	return k, false
}

// personGoods: a word of some product that is no colour.
func personGoods(t token) bool {
	return !t.sep && t.lex && t.color == "" && !t.neg && !t.aside
}

// saidOfGoods: a word of some product, a colour or a figure.
func saidOfGoods(t token) bool {
	return !t.sep && !t.neg && !t.aside && (t.lex || isNumber(t.text))
}

// goodsBefore: between the person at k and the separator or person before
// it, some goods were said.
func goodsBefore(ts []token, k int) bool {
	for m := k - 1; m >= 0 && !ts[m].sep; m-- {
		if e, _ := personAt(ts, m); e > m && e <= k {
			return false
		}
		if personGoods(ts[m]) {
			return true
		}
	}
	return false
}

// goodsAt: the token at k (past an English article) opening goods — a
// word of a product, or a figure or a pack before one; 0 when there are
// none there.
// "واحدة"/"one" is one more of the line (oneEachNamed), no goods of its own.
func goodsAt(ts []token, k int) int {
	for k < len(ts) && !ts[k].sep && (ts[k].lowSurface() == "a" || ts[k].lowSurface() == "an" || ts[k].lowSurface() == "the") {
		k++
	}
	if k >= len(ts) || ts[k].sep || eachWords[keyAt(ts, k)] || ts[k].lowSurface() == "one" {
		return 0
	}
	if personGoods(ts[k]) && !isNumber(ts[k].text) {
		return k
	}
	if (isNumber(ts[k].text) || isNumberWord(strings.TrimPrefix(ts[k].text, "و")) || container(ts[k]) || ts[k].lex && ts[k].color != "" && isLatinWord(ts[k].surface) ||
		packWord(keyAt(ts, k))) && k+1 < len(ts) && personGoods(ts[k+1]) {
		return k // "و٢ كراسة", "وكيس بن", "a black bag": a count, a pack or an English colour, then the goods
	}
	return 0
}

// samePerPerson: a line opened by the goods said again for another person
// (goodsPerPerson) that is the same product, colour and size as a line
// before is that line's count grown — "لابني فرخة صغيرة ولبنتي فرخة صغيرة"
// is two small chickens, never one, nor the same line twice for a person
// to read. Another colour or size stays its own line.
func samePerPerson(keep []*draft, items []Item, itemOf map[*draft]int) []Item {
	drop := map[int]bool{}
	for _, d := range keep {
		j, ok := itemOf[d]
		if !ok || !d.forAnother || !plainLine(items[j]) {
			continue
		}
		for k := range items[:j] {
			if drop[k] || !plainLine(items[k]) || items[k].Product != items[j].Product || items[k].Color != items[j].Color ||
				!slices.Equal(items[k].DimsCM, items[j].DimsCM) {
				continue
			}
			items[k].Quantity += items[j].Quantity
			drop[j] = true
			break
		}
	}
	return dropItems(items, itemOf, drop)
}

// plainLine: a line surely read, one product with nothing to ask but
// maybe its colour.
func plainLine(it Item) bool {
	return it.Product != nil && it.SKU != "" && !it.Vague && len(it.Ambiguous) == 0 && len(it.Lacks) == 0 && !it.Unread &&
		!it.uncounted && !slices.ContainsFunc(it.Missing, func(m string) bool { return m != "color" })
}

// eachMeasureAhead: from k to the end of the clause, "كل واحدة"/"كل واحد"
// (Franco "kol wa7da") then a figure: each one's measure.
func eachMeasureAhead(ts []token, k int) bool {
	for ; k+2 < len(ts) && !ts[k].sep; k++ {
		w := ts[k].lowSurface()
		if (w == "كل" || w == "لكل" || w == "kol" || w == "lekol") && !ts[k+1].sep && eachWords[ts[k+1].text] && !ts[k+2].sep && isNumber(ts[k+2].text) {
			return true
		}
	}
	return false
}

// wantAgainWords say a speaker wants ("عايز", "محتاج", Franco "3ayez",
// "want", "need"); speakers are who is said to want it before the verb
// ("وانا عايز", "وابني عايز", "and I want", "and my son wants").
var (
	wantAgainWords = set("عايز", "عاوز", "عايزه", "عاوزه", "عايزين", "عاوزين", "محتاج", "محتاجه", "محتاجين",
		"3ayez", "3ayz", "3awez", "3ayza", "3awza", "3ayzin", "3ayzeen", "me7tag", "m7tag",
		"want", "wants", "need", "needs")
	speakers = set("انا", "احنا", "هو", "هي", "هما", "ana", "e7na", "i", "we", "he", "she", "they", "my", "son", "daughter", "wife",
		"husband", "brother", "sister", "mother", "father", "mom", "dad")
)

// wantedAgain: a verb of wanting said again in the clause, joined by و
// to goods a verb of wanting asked for before it, and followed by goods of a kind the catalog
// heads its names with ("ابني عايز روبوت ارضية وانا عايز روبوت حوائط",
// "3ayez X w 3ayez Y", "my son wants X and I want Y"): each verb asks
// for goods of its own, so the goods after it open a line, never more
// words of the line before (whose name may hold both: "أرضية وحوائط").
// Goods said definite after the verb ("وعايز الروبوت ده …") are the
// line before spoken of again, and are left.
func (r *Rules) wantedAgain(ts []token) {
	for k := 1; k+1 < len(ts); k++ {
		t := ts[k]
		if t.sep || t.neg || t.lex || !(wantAgainWords[t.text] || wantAgainWords[t.lowSurface()] || wantAgainWords[strings.TrimPrefix(t.surface, "و")]) {
			continue
		}
		s := k // where the speaker's words begin
		for s > 0 && k-s < 2 && !ts[s-1].sep && !ts[s-1].lex && (speakers[lower(strings.TrimPrefix(ts[s-1].surface, "و"))] || personOnes[strings.TrimPrefix(ts[s-1].surface, "و")]) {
			s--
		}
		switch w := surfaceAt(ts, s-1); {
		case ts[s].conj || strings.HasPrefix(ts[s].surface, "و") && !strings.HasPrefix(ts[s].surface, "وو"):
		case s > 0 && !ts[s-1].sep && (w == "و" || w == "w" || w == "we" || w == "wa" || w == "and"):
			s--
		default:
			continue
		}
		if !wantedBefore(ts, s) || ts[k+1].sep || ts[k+1].lowSurface() == "the" || strings.HasPrefix(ts[k+1].surface, "ال") {
			continue
		}
		g := goodsAt(ts, k+1)
		if g <= 0 {
			continue
		}
		h := g
		if !personGoods(ts[h]) || isNumber(ts[h].text) {
			h = g + 1
		}
		if h < len(ts) && r.lx.heads[ts[h].text] && !strings.HasPrefix(ts[h].surface, "ال") {
			ts[g].opens = true
		}
	}
}

// wantedBefore: in the clause before k, goods were said after a verb of
// wanting ("عايز روبوت ارضية"), not only a place being set up ("بجهز
// صالون رجالي"): goods wanted before.
func wantedBefore(ts []token, k int) bool {
	goods := false
	for m := k - 1; m >= 0 && !ts[m].sep; m-- {
		switch t := ts[m]; {
		case personGoods(t):
			goods = true
		case !t.lex && !t.neg && (wantAgainWords[t.text] || wantAgainWords[t.lowSurface()]):
			return goods
		}
	}
	return false
}
