package understand

// Goods named by the figure they show (numbered.go): a number balloon, a
// number candle, a door number — products whose names say "رقم" (or
// "number") with no figure after it, the figure being the customer's to
// choose. There "رقم ٥" is the piece's figure, never a count or a size,
// and several "رقم ١ ورقم ٨" or "أرقام ٣ و٥" are that many pieces.

// numberNouns are the words that name a figure shown: "رقم ٥", "number 5".
var numberNouns = set("رقم", "ارقام", "number", "numbers")

// numberedWords finds the catalog's units of numberNouns that name
// figures shown: some name says one, and no name gives a figure right
// after it ("كرسي رقم 5" is a model's number, the shop's own).
func (lx *lexicon) numberedWords() map[string]bool {
	var out map[string]bool
	figured := map[string]bool{}
	for _, p := range lx.products {
		for _, name := range append([]string{p.NameAr, p.NameEn}, p.Synonyms...) {
			ph := lx.applyRewrite(keysOf(name)) // as written: a size's unit kept
			for k, w := range ph {
				if !numberNouns[w] {
					continue
				}
				if k+1 < len(ph) && isNumber(ph[k+1]) && !(k+2 < len(ph) && isUnitOrDozen(ph[k+2])) { // "door number 10 cm": a size
					figured[w] = true
					continue
				}
				if out == nil {
					out = map[string]bool{}
				}
				out[w] = true
			}
		}
	}
	for w := range figured {
		delete(out, w)
	}
	return out
}

// figureShown: the token at i is one figure a numbered piece shows (a
// single digit).
func figureShown(ts []token, i int) bool {
	if i >= len(ts) || ts[i].sep {
		return false
	}
	v, ok := parseDigits(ts[i].text)
	if i+1 < len(ts) && !ts[i+1].sep && (isUnitOrDozen(ts[i+1].text) || measureWords[ts[i+1].text]) {
		return false // "رقم نحاس ٥ سم": a size
	}
	return ok && v >= 0 && v <= 9 && v == float64(int(v)) && len(ts[i].text) == 1
}

// figureJoins join the figures of several pieces: "٣ و٥", "3 and 8", "3 & 8".
var figureJoins = set("و", "and", "&", "w", "we")

// numberedPieces reads the figures after each numbered word: set aside
// (no count, no size), the pieces they are counted when no count was said
// before the goods (the first figure's perN).
func (r *Rules) numberedPieces(ts []token) {
	if len(r.lx.numbered) == 0 {
		return
	}
	for k := 0; k < len(ts); k++ {
		if ts[k].sep || ts[k].aside || !r.lx.numbered[ts[k].text] {
			continue
		}
		j := k + 1
		for j < len(ts) && j <= k+2 && !ts[j].sep && ts[j].lex && !isNumber(ts[j].text) && !ts[j].conj {
			j++ // "ارقام باب ٢ و٥": the goods' words first
		}
		if !figureShown(ts, j) {
			continue
		}
		first, n := j, 0
		for j < len(ts) {
			if figureShown(ts, j) {
				ts[j].aside, ts[j].used = true, true
				n++
				j++
				continue
			}
			if (figureJoins[lower(ts[j].text)] || ts[j].sep && ts[j].text == ",") && figureShown(ts, j+1) {
				ts[j].aside, ts[j].used = true, true // "٣ و٥"
				j++
				continue
			}
			if figureJoins[lower(ts[j].text)] && j+2 < len(ts) && r.lx.numbered[ts[j+1].text] && figureShown(ts, j+2) {
				ts[j].aside, ts[j].used = true, true // "number 3 and number 8"
				j++
				continue
			}
			if (ts[j].conj || j > first && figureJoins[lower(ts[j-1].text)]) && r.lx.numbered[ts[j].text] && figureShown(ts, j+1) {
				ts[j].aside, ts[j].used = true, true // "رقم ١ ورقم ٨": one more piece
				j++
				continue
			}
			break
		}
		if n > 1 && !countedBefore(ts, k) {
			ts[first].perN = float64(n)
		}
		k = j - 1
	}
}

// countedBefore: the goods whose numbered word is at k were counted before
// it ("شمعتين أرقام ٣ و٥", "٢ بالونة رقم ٣ و٤").
func countedBefore(ts []token, k int) bool {
	for m := k - 1; m >= 0 && !ts[m].sep; m-- {
		if ts[m].dual || isNumber(ts[m].text) || isNumberWord(ts[m].text) {
			return true
		}
		if !ts[m].lex || ts[m].conj {
			return false
		}
	}
	return false
}
