package understand

import (
	"strings"
	"unicode/utf8"
)

// redoSaid places "اعيد" (I redo: "عايز اعيد تنجيد 6 خداديات") said right
// before a work's verbal noun: Egyptian says the work done again with the
// verb أعاد (اعيد، نعيد، هنعيد، تعيدولي, Franco "a3eed") where a catalog
// writes its verbal noun ("إعادة تنجيد") or only the work ("تنجيد"). The
// work is the line; the verb is how it is asked, no word the rules leave
// unread. Before anything else ("عايز اعيد الطلب") it stays as it was.
func (r *Rules) redoSaid(ts []token) {
	for i := 0; i+1 < len(ts); i++ {
		if ts[i].sep || ts[i+1].sep || !redoVerbs[ts[i].lowKey()] {
			continue
		}
		if r.lx.verbalNoun(ts[i+1].text) {
			ts[i].used, ts[i].aside = true, true
		}
	}
}

// redoVerbs: أعاد (do again) in the present, of I, we and you (plural),
// with "لي" on it, and as Franco writes it.
var redoVerbs = set("اعيد", "نعيد", "هعيد", "هنعيد", "تعيد", "تعيدوا", "تعيدو", "تعيدلي", "تعيدولي", "تعيدولنا", "يعيد",
	"a3eed", "a3ed", "ne3eed", "ne3ed", "n3eed", "ha3eed", "hane3eed")

// unitsCounted places English "unit(s)" said right after a word of goods where
// no name has it ("4 drawer units", "2 storage units"): English counts
// goods so, as Arabic says "حتة"; the goods are the line. A name that holds
// it ("TV unit") keeps it its own word.
func (r *Rules) unitsCounted(ts []token) {
	for i := 1; i < len(ts); i++ {
		t := ts[i]
		if t.sep || ts[i-1].sep || !ts[i-1].lex || isNumber(ts[i-1].text) || r.known(t.text) || r.known(t.lowSurface()) {
			continue
		}
		if w := t.lowSurface(); w == "unit" || w == "units" {
			ts[i].used, ts[i].aside = true, true
		}
	}
}

// occasionWhen: the word at k is an occasion the goods are wanted for,
// its time said right after it ("الافتتاح اول الشهر", "الفرح يوم الخميس",
// "the opening is next week"): when, not what.
func occasionWhen(ts []token, k int) bool {
	t := ts[k]
	if t.sep || !occasionNouns[t.surfKey()] {
		return false
	}
	whose := 0
	for j := k + 1; j < len(ts) && j <= k+2+whose && !ts[j].sep; j++ {
		w := wordKey(ts[j].lowSurface())
		if whenWords[w] || dayWords[w] || monthEdge[w] {
			return true
		}
		if whose < 2 && (personaWords[w] || possessives[w]) {
			whose++ // "عيد ميلاد بنتي بكرة", "الفرح بتاع اختي الخميس": whose it is, then when
			continue
		}
		if w != "is" && w != "هيبقي" && w != "هيكون" {
			return false
		}
	}
	return false
}

// possessives: "of" as Egyptian says it ("الفرح بتاع اختي").
var possessives = set(possessiveWords...)

// possessiveWords are possessives' words; ownerWords holds them too.
var possessiveWords = []string{"بتاع", "بتاعه", "بتاعت"}

// occasionNouns: an event a shop's goods are bought for — a birthday
// ("عيد ميلادها", its ميلاد with whose it is on it), a newborn's
// ("السبوع", "العقيقه").
var occasionNouns = set("الافتتاح", "افتتاح", "الفرح", "الخطوبه", "الحفله", "السبوع", "العزومه", "opening", "wedding", "party", "launch",
	"ميلاد", "ميلاده", "ميلادها", "ميلادي", "ميلادنا", "ميلادهم", "ميلادك", "العقيقه", "عقيقه", "birthday")

// monthEdge: "اول الشهر", "اخر الاسبوع": the start or end of a time.
var monthEdge = set("اول", "اخر", "آخر", "نص", "اوائل", "اواخر")

// kidsDo: the word at k is a habitual verb (بي، بت: "بيبوظوا", "بيكسروا")
// right after children named ("عندي عيال وبيبوظوا كل حاجة", "الولاد
// بيلعبوا عليها"): why the goods are chosen, told — no goods of its own.
func kidsDo(ts []token, k int) bool {
	if k == 0 || ts[k].sep || ts[k-1].sep || ts[k].lex || !childWords[wordKey(ts[k-1].surface)] {
		return false
	}
	w := strings.TrimPrefix(ts[k].surface, "و")
	return (strings.HasPrefix(w, "بي") || strings.HasPrefix(w, "بت")) && utf8.RuneCountInString(w) >= 5
}

// childWords: children, the customer's or at home.
var childWords = set("عيال", "العيال", "عيالي", "ولاد", "الولاد", "ولادي", "اطفال", "الاطفال", "اطفالي", "البيبي")
