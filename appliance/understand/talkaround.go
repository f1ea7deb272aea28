package understand

import "strings"

// timeSpanFigure: the figure at k counts a span of time said after
// "بعد", "من", "قبل" or "خلال" ("زيارة تانية بعد ٣ اسابيع", "بعد ٨
// شهور", "من ١٠ ايام", Franco "ba3d 3 asabee3", English "after 3
// weeks"): when, never a count of goods.
func timeSpanFigure(ts []token, k int) bool {
	if k == 0 || k+1 >= len(ts) || ts[k-1].sep || ts[k+1].sep || !isNumber(ts[k].text) {
		return false
	}
	n := wordKey(ts[k+1].lowSurface())
	if !timeNouns[n] && !agoNouns[n] && !timeNouns[ts[k+1].text] && !francoSpans[n] {
		return false
	}
	switch strings.TrimPrefix(ts[k-1].lowSurface(), "و") {
	case "بعد", "من", "قبل", "خلال", "ba3d", "men", "abl", "after", "within":
		return true
	}
	return false
}

// francoSpans: spans of time as Franco writes them in the plural.
var francoSpans = set("ayam", "asabee3", "asabi3", "shohoor", "shohour", "senin", "seneen")

// whenClauseObject: token k is said right after the verb of a clause of
// time ("بعد ما نفرش العفش", "قبل ما ننقل الحاجة"), its object up to two
// words on and no و-joined word between: what the customer will be doing
// then, not what is ordered.
func whenClauseObject(ts []token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-2 && !ts[j].sep; j-- {
		if whenClause(ts, j) {
			return true
		}
		if strings.HasPrefix(ts[j+1].surface, "و") || ts[j].lex {
			return false
		}
	}
	return false
}

// ofWhom: token k is "بتاع" (of, belonging to) before a definite noun
// ("٣ اجهزة بتوع المكتب", "الكراسي بتاعة السفرة", Franco "beto3 el
// maktab"): whose the goods are or where they stand, not what is ordered
// — it and the noun after it.
func ofWhom(ts []token, k int) bool {
	if k+1 >= len(ts) || ts[k].sep || ts[k+1].sep {
		return false
	}
	switch strings.TrimPrefix(ts[k].lowSurface(), "و") {
	case "بتاع", "بتاعة", "بتاعه", "بتاعت", "بتوع", "beta3", "beta3et", "beto3":
	default:
		return false
	}
	n := ts[k+1].lowSurface()
	return strings.HasPrefix(n, "ال") || n == "el" || n == "the"
}

// broughtToYou: token k is, or ends, the customer's word of sending or
// bringing the goods to the shop with the goods as the verb's object
// ("هبعتهملكم", "هجيبهولكم", "هبعتهالك") said last in its clause, alone
// or with whom they come ("هبعتهملكم مع الساعي"): how the customer's own
// goods reach the shop, no line. A clause going on after it ("هجيبهولكم
// الورشة تلحموه", "هبعتهالكم دلوقتي") is left to the other rules.
func broughtToYou(ts []token, k int) bool {
	v := k
	if k >= 2 && !ts[k-1].sep && !ts[k-2].sep && ts[k-1].lowSurface() == "مع" {
		v = k - 2 // "مع الساعي": whom with
	} else if k >= 1 && !ts[k-1].sep && ts[k].lowSurface() == "مع" {
		v = k - 1
	}
	if ts[v].sep || !sentWithObject(strings.TrimPrefix(ts[v].lowSurface(), "و")) {
		return false
	}
	end := v + 1
	if end+1 < len(ts) && !ts[end].sep && !ts[end+1].sep && ts[end].lowSurface() == "مع" {
		end += 2
	}
	return end >= len(ts) || ts[end].sep
}

// sentWithObject: I (we) will send or bring it (them) to you — ه, ح, هن
// or حن, then بعت, جيب or نزل, the object ها, هم or هو, and لكم, لك or لكو.
func sentWithObject(w string) bool {
	for _, p := range []string{"هن", "حن", "ه", "ح"} {
		rest, ok := strings.CutPrefix(w, p)
		if !ok {
			continue
		}
		for _, st := range []string{"بعت", "جيب", "نزل"} {
			r, ok := strings.CutPrefix(rest, st)
			if !ok {
				continue
			}
			for _, ob := range []string{"ها", "هم", "هو"} {
				if o, ok := strings.CutPrefix(r, ob); ok && (o == "لكم" || o == "لك" || o == "لكو") {
					return true
				}
			}
		}
	}
	return false
}

// englishWorkBefore: token k is an English verb of the shop's work ("change",
// "replace", "fit") right before the goods it is done on, an article
// between or not ("clean it and change the thermal paste"): the verb of
// the line named next, not a word of its own.
func englishWorkBefore(ts []token, k int) bool {
	switch ts[k].lowSurface() {
	case "change", "replace", "fit", "install":
	default:
		return false
	}
	j := k + 1
	if j < len(ts) && !ts[j].sep && articleWords[ts[j].lowSurface()] {
		j++
	}
	return j < len(ts) && !ts[j].sep && ts[j].lex && !isNumber(ts[j].text)
}
