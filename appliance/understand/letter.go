package understand

import (
	"slices"
	"strings"
)

// A purchasing department's letter, in standard Arabic: "السادة/ شركة …،
// تحية طيبة وبعد، نرجو توريد عدد خمسين (٥٠) …، وتفضلوا بقبول فائق
// الاحترام، إدارة المشتريات". Its salutation (the addressee's name up to
// the first separator), its formulae (asking to supply or invoice, "the
// following") and its sign-off (the closing courtesy, the department or
// the officer signing, to the end) are placed and are no item's words (the
// "سادة" of the salutation is no plain colour); a figure in brackets that
// repeats the number written in words before it ("خمسين (٥٠)") is said
// once. Its request to supply ("نرجو توريد") is its order cue, a service in
// that formula ("توريد وتركيب …") named again later with its count ("مع
// التركيب لعدد ٨") is that one line, and its thanks ("مع الشكر", "Many
// thanks") are the sign-off, no thanks for goods received.

// letter sets a formal letter's salutation, formulae and sign-off aside.
func letter(ts []token) {
	aside := func(k int) { ts[k].aside, ts[k].used, ts[k].lex, ts[k].color = true, true, false, "" }
	formal := false
	for _, t := range ts {
		formal = formal || !t.sep && (salutations[t.text] || letterCues[strings.TrimPrefix(t.text, "و")] || letterCues[strings.ToLower(t.surface)])
	}
	if !formal {
		return
	}
	first := 0
	for first < len(ts) && ts[first].sep {
		first++
	}
	if first < len(ts) && (salutations[ts[first].text] || salutations[strings.ToLower(ts[first].surface)]) {
		// "السادة/ المعرض،", "السادة الكرام،": to the first comma or line
		k := first
		for ; k < len(ts) && !(ts[k].sep && ts[k].text != "/" && ts[k].text != "-"); k++ {
			aside(k)
		}
	}
	for i := range ts {
		if ts[i].sep {
			continue
		}
		if supplyWords[ts[i].text] && i+1 < len(ts) && ts[i+1].conj && !ts[i+1].sep && slices.ContainsFunc(ts[i+2:], func(t token) bool { return !t.sep && t.text == ts[i+1].text }) {
			// "نرجو توريد وتركيب …، مع التركيب لعدد ٨": the service in the
			// formula is the one the letter names again with its count
			aside(i + 1)
		}
		w := strings.TrimPrefix(ts[i].text, "و")
		if isLatinWord(ts[i].surface) {
			w = strings.ToLower(ts[i].surface) // "regards", not its stem
		}
		switch {
		case letterWords[ts[i].text] || letterWords[w]:
			aside(i)
		case ts[i].text == "وبعد" && i > 0 && ts[i-1].text == "طيبه":
			aside(i) // "تحية طيبة وبعد"
		case isSignOff(ts[i].text) || isSignOff(w):
			if next, ok := signOffs[w]; i > 0 && !ts[i-1].sep && !signOffs2[strings.ToLower(ts[i-1].surface)] || ok && next != "" && (i+1 == len(ts) || ts[i+1].text != next && "ال"+ts[i+1].text != next) {
				continue // a sign-off opens its sentence: "مع الشكر", not "مع التركيب"
			}
			end := i
			for end < len(ts) && !isNumber(ts[end].text) {
				end++
			}
			if end < len(ts) {
				continue // items after it: no sign-off
			}
			if i > 0 && !ts[i-1].sep {
				aside(i - 1) // "Best regards"
			}
			for k := i; k < len(ts); k++ {
				if !ts[k].sep {
					aside(k)
				}
			}
			return
		}
	}
}

// signOffs2 may come before a sign-off: "Best regards", "Many thanks".
var signOffs2 = set("best", "kind", "warm", "warmest", "many")

// salutations open a letter: "السادة/", "السيد/".
var salutations = set("الساده", "السيد", "السيده", "ساده", "dear")

// letterWords are a letter's formulae: asking to supply or to issue an
// invoice, "the following", courtesies.
var letterWords = set("نرجو", "يرجي", "برجاء", "التكرم", "بالتكرم", "توريد", "بتوريد", "باصدار", "اصدار", "بالاتي", "الاتي", "بالتالي",
	"الكرام", "المحترمين", "المحترم", "تحيه", "طيبه", "ذلك", "لحسن", "تعاونكم",
	"kindly", "supply", "procurement", "purchasing", "department")

// letterCues tell a letter: its salutation aside, one of these.
var letterCues = set("نرجو", "يرجي", "التكرم", "بالتكرم", "باصدار", "تفضلوا", "المحترمين", "kindly", "regards", "sincerely")

// signOffs open a letter's closing: the courtesy, the department or the
// officer signing ("وتفضلوا بقبول فائق الاحترام", "مع الشكر", "إدارة
// المشتريات", "مدير المشتريات"), with the word that must follow, if any.
var signOffs = map[string]string{"تفضلوا": "", "اداره": "المشتريات", "مدير": "المشتريات", "مع": "الشكر", "شاكرين": "", "المخلص": "",
	"regards": "", "sincerely": "", "yours": "", "thanks": ""}

func isSignOff(w string) bool { _, ok := signOffs[w]; return ok }

// supplyAsked: a letter asks the shop to supply ("نرجو توريد", "يرجى
// التكرم بتوريد", "برجاء توريد"): its order cue, though its formulae are set
// aside; "وتركيب" after it is part of what is ordered, no question.
func supplyAsked(ts []token) bool {
	for i, t := range ts {
		if t.sep || !supplyWords[strings.TrimPrefix(t.text, "و")] {
			continue
		}
		for k := i - 1; k >= 0 && k >= i-3 && !ts[k].sep; k-- {
			if requestWords[ts[k].text] {
				return true
			}
		}
	}
	return false
}

var supplyWords = set("توريد", "بتوريد", "لتوريد")

var requestWords = set("نرجو", "يرجي", "برجاء", "رجاء", "المطلوب", "مطلوب", "نامل", "التكرم", "بالتكرم")
