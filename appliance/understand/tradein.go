package understand

import "strings"

// tradeIn: the word (as written) where the customer offers the shop goods
// of their own to buy — "ينفع ابيعهولكم؟", "ممكن ابيعه لكم؟", "بتشتروا
// التكييفات القديمة؟", "تشتروه مني؟", Franco "abee3holkom", "teshtroh
// menny", English "would you buy my old …", "trade in my old …" — a sale
// or a part exchange a person prices, whatever goods are named and
// however it is told (an exchange asked beside it, "ابدله بجديد وادفع
// الفرق", is no complaint: nothing is said wrong with what the shop sold).
// "عايز ابيعه" (to sell it, to no one said) is not read; nor the shop's
// own selling ("بتبيعوا …؟").
func tradeIn(ts []token) string {
	for i, t := range ts {
		if t.sep || t.neg {
			continue
		}
		w := strings.TrimPrefix(t.text, "و")
		next := ""
		if i+1 < len(ts) && !ts[i+1].sep {
			next = ts[i+1].text
		}
		if sellToYou(w, next) || youBuy(w, ts[i+1:]) {
			ts[i].used = true
			return t.surface
		}
		if !isLatinWord(t.surface) {
			continue
		}
		s := t.lowSurface()
		switch {
		case hasAnyPrefix(s, "abee3holko", "abi3holko", "ab3holko", "abee3halko", "abi3halko", "ab3halko", "abee3lko", "abi3lko", "ab3lko"),
			hasAnyPrefix(s, "teshtroh", "teshteroh", "tshtroh", "betshtero", "beteshtero", "bteshtero") && (strings.Contains(s, "roh") || next == "meny" || next == "menny" || next == "mni"),
			(s == "buy" || s == "sell") && i+1 < len(ts) && !ts[i+1].sep && ownGoods(ts[i+1].lowSurface()),
			s == "trade" && i+1 < len(ts) && ts[i+1].lowSurface() == "in", s == "trade-in", s == "tradein":
			ts[i].used = true
			return t.surface
		}
	}
	return ""
}

// usedGoods: "from me", old, used — what the shop would buy is the customer's.
var usedGoods = set("مني", "منى", "قديم", "قديمه", "مستعمل", "مستعمله")

// ownGoods: "my", "our", "back", "used", "old" after "buy" or "sell":
// the customer's own goods ("buy my old fridge", "sell back").
func ownGoods(w string) bool {
	return w == "my" || w == "our" || w == "back" || w == "used" || w == "old" || w == "you"
}

// hasAnyPrefix: s starts with one of ps.
func hasAnyPrefix(s string, ps ...string) bool {
	for _, p := range ps {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// afterStem: what follows one of the prefixes and then the stem in w
// ("ابيعهولكم" → "هولكم" after ا and بيع); false when w is not so made.
func afterStem(w string, prefixes []string, stem string) (string, bool) {
	for _, p := range prefixes {
		if rest, ok := strings.CutPrefix(w, p); ok {
			if rest, ok = strings.CutPrefix(rest, stem); ok {
				return rest, true
			}
		}
	}
	return "", false
}

// sellToYou: "I / we sell (it) to you (plural)": the present's ا or ن,
// the root بيع, an object or none, and "لكم" written on it or said next
// ("ابيعهولكم", "ابيعهالكم", "نبيعلكم", "ابيعه لكم").
func sellToYou(w, next string) bool {
	rest, ok := afterStem(w, []string{"ا", "ن"}, "بيع")
	if !ok {
		return false
	}
	for _, o := range []string{"هو", "ها", "هم", "ه", ""} {
		tail, ok := strings.CutPrefix(rest, o)
		switch {
		case !ok:
		case tail == "لكم", tail == "لكو", tail == "ليكم", tail == "ليكو":
			return true
		case tail == "" && (next == "لكم" || next == "ليكم" || next == "لكو" || next == "ليكو"):
			return true
		}
	}
	return false
}

// youBuy: "you (plural) buy" with the customer's goods as its object, or
// "from me" or old or used goods said after it in its clause ("تشتروه",
// "بتشتروها", "بتشتروا التكييفات القديمة؟", "هتشتروا … مني"): the shop
// buying, never a customer's own buying (اشتري، اشتريت).
func youBuy(w string, after []token) bool {
	rest, ok := afterStem(w, []string{"بت", "هت", "ت"}, "شترو")
	switch {
	case !ok:
	case rest == "ه", rest == "ها", rest == "هم", rest == "هولي", rest == "هالي":
		return true
	case rest == "", rest == "ا":
		for _, t := range after {
			if t.sep {
				break
			}
			if usedGoods[strings.TrimPrefix(t.text, "ال")] {
				return true
			}
		}
	}
	return false
}
