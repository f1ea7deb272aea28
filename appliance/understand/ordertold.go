package understand

import "strings"

// Words of a complaint said in an order's own telling (h34d): the
// customer's story or the reason for a change, never what is wrong with
// goods or work the shop delivered.

// writtenWanted: "مكتوب" at i is the text wanted on goods ordered — an
// indefinite catalog noun right before it and "عليه/عليها" (on it) right
// after: "كارت مكتوب عليه مبروك", "تورتة مكتوب عليها …" (a card with
// "congratulations" written on it). Said of a definite noun ("الكارت
// مكتوب عليه …", "الفاتورة مكتوب فيها …") it tells what is written on a
// thing already there, and stays a discrepancy's word.
func writtenWanted(ts []token, i int) bool {
	if strings.TrimPrefix(ts[i].lowSurface(), "و") != "مكتوب" || i == 0 || i+1 >= len(ts) {
		return false
	}
	p, n := ts[i-1], ts[i+1]
	return !p.sep && !n.sep && p.lex && !isNumber(p.text) && !saidDefinite(ts, i-1) && writtenOn[n.text]
}

// comparatives: bigger, smaller, longer, shorter.
var comparatives = set("اقصر", "اطول", "اصغر", "اكبر")

// correctionReason: the comparative at i ("الطرقة طلعت اصغر": the
// hallway turned out smaller) is said in the clause of a correction of
// the order's amount or in the clause right after it ("… لا معلش
// خليهم ٤ متر ونص، الطرقة طلعت اصغر"): why the customer changed what
// they just asked for, not goods that came wrong.
func correctionReason(ts []token, i int) bool {
	if !comparatives[ts[i].text] && !comparatives[ts[i].surfKey()] {
		return false
	}
	seps := 0
	for k := i - 1; k >= 0; k-- {
		if ts[k].sep {
			if k+1 < len(ts) && !ts[k+1].sep {
				seps++
			}
			if seps > 1 {
				return false
			}
			continue
		}
		if correctWords[ts[k].text] || correctWords[ts[k].lowSurface()] || correctWords[strings.TrimPrefix(ts[k].lowSurface(), "و")] {
			return true
		}
	}
	return false
}

// correctionReasons sets aside the clause that tells why a correction
// was made ("… لا معلش خليهم ٤ متر ونص، الطرقة طلعت اصغر": the hallway
// turned out smaller): a clause of a comparative (correctionReason) and
// at most five other words, no figure, colour or want — the customer's
// place measured again, no goods and no complaint (token.why).
func correctionReasons(ts []token) {
	for i := range ts {
		if ts[i].sep || !correctionReason(ts, i) {
			continue
		}
		from, to := i, i+1
		for from > 0 && !ts[from-1].sep {
			from--
		}
		for to < len(ts) && !ts[to].sep {
			to++
		}
		ok := to-from <= 6
		for k := from; ok && k < to; k++ {
			t := ts[k]
			if isNumber(t.text) || t.color != "" || orderCues[t.text] || orderCues[strings.TrimPrefix(t.text, "و")] || correctWords[t.text] {
				ok = false
			}
		}
		if !ok {
			continue
		}
		for k := from; k < to; k++ {
			ts[k].why, ts[k].neg, ts[k].used, ts[k].aside = true, true, true, true
		}
	}
}

// fromOthers: the past verb at i tells goods the customer had from
// someone other than the shop — inherited ("ورثتها", "ورثناه": never
// bought), or had from a person of the family or a friend ("اللي جبتها
// من ماما", "اللي خدتها من اخويا") — not what the shop sold.
func fromOthers(ts []token, i int) bool {
	// (the و is the root's: never taken off as "and")
	if v := ts[i].lowSurface(); strings.HasPrefix(v, "ورث") || strings.HasPrefix(v, "اتورث") || strings.HasPrefix(v, "وارث") {
		return true
	}
	if i+2 >= len(ts) || ts[i+1].sep || ts[i+2].sep || ts[i+1].text != "من" {
		return false
	}
	who := strings.TrimPrefix(ts[i+2].lowSurface(), "و")
	return !shopAddressed(ts[i+2].text) && (personaWords[who] || personaWords[wordKey(who)] || mamaWords[who])
}

// namedVariant: at k, an indefinite head noun of the catalog's names
// right after the want-verb and, right after it, another word of the
// names ("بوكيه وسط", "فطيرة نوتيلا"): goods named down to a product, as
// a count names them.
func (r *Rules) namedVariant(ts []token, k int) bool {
	if k+1 >= len(ts) || ts[k].sep || ts[k+1].sep || !ts[k].lex || !r.lx.heads[ts[k].text] || saidDefinite(ts, k) {
		return false
	}
	n := ts[k+1]
	return n.lex && n.text != ts[k].text && !isNumber(n.text) && !n.neg
}

// nameAdjectives marks a word of the catalog's names that a complaint
// could also use, said as the adjective of the catalog noun right before
// it and agreeing with it in definiteness — "جاتوه مشكلة", "بيتزا
// مشكلة", "gebna meshakela" (mixed), as the names write it: the name's
// word, no defect cue (token.soldWork). "الجاتوه مشكلة" (the gateau is a
// problem) is a sentence, not a name, and keeps its cue.
func nameAdjectives(ts []token) {
	for i := 1; i < len(ts); i++ {
		t, p := ts[i], ts[i-1]
		if t.sep || p.sep || !t.lex || t.fuzzy || complaintWeight(t.text) == 0 || !p.lex || isNumber(p.text) || p.color != "" {
			continue
		}
		if saidDefinite(ts, i-1) == saidDefinite(ts, i) {
			ts[i].soldWork = true
		}
	}
}
