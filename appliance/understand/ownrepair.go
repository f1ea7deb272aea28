package understand

import (
	"strings"
	"unicode/utf8"
)

// ownRepair: the customer's own goods ("عندي شاشة قديمة", "الجهاز
// بتاعي", "my old laptop"), something wrong with them, and the shop asked
// to repair, look at, value or exchange them ("ممكن تصلحوها؟", "تشوفوه",
// "تقيموه", "ابدله", "can you fix it?"), with nothing said of buying them
// from the shop ("اللي اشتريته منكم", "اللي ركبتوه", "I bought"): a
// request a person answers, no complaint about what the shop sold. It
// returns the request's word as written, "" when the message is no such.
func (r *Rules) ownRepair(ts []token) string {
	own, asked := false, ""
	for i, t := range ts {
		if t.sep {
			continue
		}
		w := strings.TrimPrefix(t.lowSurface(), "و")
		switch {
		case boughtHere(w):
			return ""
		case mineWords[w] || latinMine[w] || r.mineSaid(t):
			own = true
		case (ownWords[w] || w == "3andy" || w == "3andi" || w == "3ndy") && (ownedAfter(ts, i+1) || i > 0 && !ts[i-1].sep && placeWords[ts[i-1].text]):
			own = true // "عندي شاشة قديمة", "البيت عندنا …"
		case i == r.openingNoun(ts) && !r.isHead(t.text):
			own = true // "الموتوسيكل بيسخن …" in a shop of its parts: no goods it sells
		case asked == "" && repairAsk(w):
			asked = t.surface
		}
	}
	if !own {
		return ""
	}
	return asked
}

// openingNoun: where the message opens, past greetings, on a definite
// noun and a present verb right after it ("الموتوسيكل بيسخن", "el
// motor bey…"): the thing the trouble is told of; -1 when it does not.
func (r *Rules) openingNoun(ts []token) int {
	i := 0
	for i < len(ts) && (ts[i].sep || smallTalk[shopKey(ts[i])]) {
		i++
	}
	if i+1 >= len(ts) || ts[i+1].sep || !definite(ts[i].lowSurface()) || ts[i].color != "" {
		return -1
	}
	v := wordKey(strings.TrimPrefix(ts[i+1].surface, "و"))
	if !troubleVerb(v) {
		return -1
	}
	return i
}

// troubleVerb: an Egyptian present tense in بـ ("بيسخن", "بتسرب",
// "بيطلع"), its letters after the prefix no shorter than a root.
func troubleVerb(w string) bool {
	for _, p := range []string{"بي", "بت", "بن"} {
		if rest, ok := strings.CutPrefix(w, p); ok && utf8.RuneCountInString(rest) >= 3 && isArabicWord(rest) {
			return true
		}
	}
	return false
}

// latinMine: "my", Franco "bta3y" — mineWords as English and Franco
// write them.
var latinMine = set("my", "bta3y", "beta3y", "bta3ty", "beta3ty")

// mineSaid: t is a word of the catalog with the ي of "my" on it
// ("موبايلي", "لابتوبي"): the customer's own.
func (r *Rules) mineSaid(t token) bool {
	stem, ok := strings.CutSuffix(wordKey(t.lowSurface()), "ي")
	if !ok || !isArabicWord(stem) || utf8.RuneCountInString(stem) < 4 {
		return false
	}
	is := func(u string) bool { return u == t.text || r.lx.isWord(u) || r.lx.rewrite[u] == t.text }
	if f, ok := strings.CutSuffix(stem, "ت"); ok && is(f+"ه") {
		return true // "ماكينتي": the ة of "ماكينة" written ت before "my"
	}
	return is(stem)
}

// ownedAfter: what "عندي" / "عندنا" at i holds is a thing of the
// customer's, said within the clause: a noun then "قديم" ("عندي شاشة
// قديمة"), or the place it is in ("البيت عندنا …" is said before it).
func ownedAfter(ts []token, i int) bool {
	for k := i; k < len(ts) && k < i+4 && !ts[k].sep; k++ {
		if oldWords[wordKey(ts[k].lowSurface())] {
			return true
		}
	}
	return false
}

// oldWords: old, used — a thing the customer has had.
var oldWords = set("قديم", "قديمه", "مستعمل", "مستعمله", "old", "used", "2adim", "2adeem", "adim")

// repairAsk: w asks the shop to repair, look at, value or exchange a
// thing ("تصلحوها", "بتصلحوا", "يتصلح", "تشوفوه", "تقيموه", "ابدله";
// Franco "tsala7o", English "fix", "repair").
func repairAsk(w string) bool {
	switch w {
	case "fix", "repair", "tsala7o", "tesala7o", "yetsala7", "tetsala7", "btsala7o", "betsala7o":
		return true
	}
	if !isArabicWord(w) {
		return false
	}
	k := wordKey(w)
	return strings.Contains(k, "صلح") && !strings.Contains(k, "مصلح") ||
		strings.HasPrefix(k, "تشوفو") || strings.HasPrefix(k, "تقيمو") || strings.HasPrefix(k, "ابدله") || strings.HasPrefix(k, "ابدلها") ||
		strings.HasPrefix(k, "يكشف") || strings.HasPrefix(k, "تكشفو") ||
		// someone to come and look at it: "حد ييجي يشوفه"
		k == "يشوفه" || k == "يشوفها" || k == "يشوفهم"
}

// boughtHere: w says goods were bought, made or fitted by the shop:
// "اشتريته", "اشتريناها", "ركبتوه", "منكم", "bought", "you installed".
func boughtHere(w string) bool {
	switch w {
	case "bought", "purchased", "installed", "menkom", "menko":
		return true
	}
	k := wordKey(w)
	return shopWords[k] || strings.HasPrefix(k, "اشتري") || strings.HasPrefix(k, "شريت") || strings.HasPrefix(k, "ركبتو") || strings.HasPrefix(k, "eshtaret") || strings.HasPrefix(k, "eshtreet")
}
