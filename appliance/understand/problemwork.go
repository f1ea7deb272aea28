package understand

import "strings"

// An alteration said as its problem: a customer tells what is wrong with
// the goods rather than the work that mends it — "الكم طويل" (the sleeve
// is long), "البنطلون واسع" (the trousers are loose), English "the sleeves
// are too long", "the dress is too tight". The work is the one whose
// verbal noun undoes the state: long is shortened (تقصير), short
// lengthened (تطويل), loose taken in (تضييق), tight let out (توسيع). The
// catalog decides: the remedy is read only when some head it names is
// the تفعيل noun of that root (workHeads); a shop that sells no such work
// keeps the word as said.

// problemRemedy: the adjective of a state, as said, and the root of the
// work that undoes it.
var problemRemedy = map[string]string{
	"طويل": "قصر", "طويله": "قصر", "طويلة": "قصر", "طوال": "قصر",
	"قصير": "طول", "قصيره": "طول", "قصيرة": "طول", "قصار": "طول",
	"واسع": "ضيق", "واسعه": "ضيق", "واسعة": "ضيق", "وسيع": "ضيق", "وسعان": "ضيق",
	"ضيق": "وسع", "ضيقه": "وسع", "ضيقة": "وسع", "ضيقين": "وسع",
	"taweel": "قصر", "tawil": "قصر", "taweela": "قصر", "tawila": "قصر",
	"wase3": "ضيق", "wasse3": "ضيق", "was3a": "ضيق", "wase3a": "ضيق",
}

// englishProblem: the English adjective after "too" and the root of the
// work that undoes it.
var englishProblem = map[string]string{
	"long": "قصر", "short": "طول",
	"wide": "ضيق", "loose": "ضيق", "big": "ضيق", "baggy": "ضيق", "large": "ضيق",
	"tight": "وسع", "small": "وسع", "narrow": "وسع",
}

// englishCopulas: what stands between the goods and "too" in "the
// sleeves are too long".
var englishCopulas = set("is", "are", "was", "were", "feel", "feels", "look", "looks", "got", "still")

// problemWork: the word at ts[i] is the state of the goods said just
// before it, a problem a work the shop sells undoes: that work's head.
// Arabic: an adjective without the article right after goods said with
// it ("الكم طويل", "والبنطلون واسع") — the predicate, never the
// attribute of goods said bare ("سوستة طويلة" is a long zipper) — and no
// want-verb before them in the clause ("عايز البنطلون واسع" says how the
// customer wants them). English: after "too" ("the sleeves are too long",
// "trousers too tight"), goods of the catalog said before it in the
// clause. Never in a question.
func (r *Rules) problemWork(ts []token, i int) (string, bool) {
	t := ts[i]
	if t.sep || i == 0 || ts[i-1].sep || askedInClause(ts, i) {
		return "", false
	}
	sf := t.lowSurface()
	if strings.Contains(sf, " ") {
		return "", false
	}
	var root string
	if ts[i-1].lowSurface() == "too" {
		root = englishProblem[sf]
		if root == "" || !r.goodsBeforeState(ts, i-1, true) {
			return "", false
		}
	} else {
		root = problemRemedy[sf]
		if root == "" || strings.HasPrefix(sf, "ال") {
			return "", false
		}
		pv := ts[i-1].lowSurface()
		if i > 1 && !ts[i-2].sep && francoArticles[ts[i-2].lowSurface()] {
			pv = "ال" + pv // Franco "el 7ezam taweel": the article written apart
		}
		if !strings.HasPrefix(strings.TrimPrefix(pv, "و"), "ال") || !r.known(ts[i-1].text) || r.lx.heads[ts[i-1].text] && workRoot(ts[i-1].text) != "" {
			return "", false
		}
		if !r.goodsBeforeState(ts, i, false) {
			return "", false
		}
	}
	h := r.lx.workHeads[root]
	if h == "" {
		return "", false
	}
	return h, true
}

// goodsBeforeState: in the clause before ts[i], a word of the catalog's goods
// is said (english: past "is/are" and "too"), and no want-verb.
func (r *Rules) goodsBeforeState(ts []token, i int, english bool) bool {
	goods := false
	for k := i - 1; k >= 0; k-- {
		t := ts[k]
		if t.sep {
			if t.text == "," || t.text == "،" {
				continue
			}
			break
		}
		s := t.lowSurface()
		if wantWord(s) || wantWords[s] || wantVerbs[s] {
			return false
		}
		if english && (englishCopulas[s] || s == "too") {
			continue
		}
		if r.known(t.text) && !(r.lx.heads[t.text] && workRoot(t.text) != "") {
			goods = true
		}
	}
	return goods
}

// worksName: some work the shop sells (a product made to order) under the
// head of product idx — a work's verbal noun (workRoot), so no furniture
// made to order — has u in its names — a kind of that work ("Skirt
// hemming" beside "Trouser hemming").
func (r *Rules) worksName(u string, idx int) bool {
	for _, p := range r.lx.postings[u] {
		if r.lx.products[p].MadeToOrder && r.lx.info[p].head == r.lx.info[idx].head {
			return true
		}
	}
	return false
}

// workNamed: product idx's Arabic name begins with a work's verbal noun
// (تقصير، تغيير: workRoot).
func (r *Rules) workNamed(idx int) bool {
	ks := keysOf(r.lx.products[idx].NameAr)
	return len(ks) > 0 && workRoot(ks[0]) != ""
}
