package understand

import "strings"

// inscribed sets aside the words to be written on goods, quoted in
// Latin letters: after "مكتوب عليها" (written on it), "اكتبولي عليها",
// "يتكتب عليه", English "that says", "saying", the Latin words up to a
// pause, a catalog word, a figure, a colour or "and" are the customer's
// text ("تورتة … مكتوب عليها Happy Retirement Dr. Samir", "نيون …
// مكتوب عليه Coffee Time ولوحة …"): placed, no item's words and none
// unexplained. A stop between two Latin words is an abbreviation's ("Dr.
// Samir"). Arabic names the place written on ("عليها") right after the
// verb; without it ("الفاتورة مكتوب فيها …") it is no text to write.
// Arabic words after it ("مكتوب عليها اسم بنتي") say what to write, not
// the text: they stay as they were, for a person to read.
func inscribed(ts []token) {
	for i := 0; i+1 < len(ts); i++ {
		if ts[i].sep {
			continue
		}
		w := strings.TrimPrefix(ts[i].lowSurface(), "و")
		start := -1
		switch {
		case writeVerb(w):
			if j := i + 1; !ts[j].sep && writtenOn[ts[j].text] {
				start = j + 1
			}
		case w == "says" || w == "saying" || w == "reads":
			start = i + 1
		}
		if start < 0 || start >= len(ts) {
			continue
		}
		end := start
		for k := start; k < len(ts) && k < start+6; k++ {
			t := ts[k]
			if t.sep {
				if t.text == "." && k > start && k+1 < len(ts) && isLatinWord(ts[k-1].surface) && !ts[k+1].sep && isLatinWord(ts[k+1].surface) {
					continue // "Dr. Samir"
				}
				break
			}
			low := t.lowSurface()
			if !isLatinWord(t.surface) || t.lex || t.color != "" || isNumber(t.text) || low == "w" || low == "and" || orderCues[t.text] {
				break
			}
			end = k + 1
		}
		if end == start && start > i+1 {
			end = wishWritten(ts, start)
		}
		if end == start {
			continue // nothing written said: "مكتوب عليها ايه؟" is a question
		}
		for k := i; k < end; k++ {
			if ts[k].sep {
				ts[k].used = true
				continue
			}
			t := &ts[k]
			t.used = true
			if k >= start {
				t.aside, t.lex, t.color = true, false, ""
			}
		}
		i = end - 1
	}
}

// writeVerb: a form of كتب (write) that says words go on goods: the
// participle "مكتوب", the imperative "اكتبولي", the passive "يتكتب",
// the noun "كتابة".
func writeVerb(w string) bool {
	if !isArabicWord(w) {
		return false
	}
	k := wordKey(w)
	return strings.HasPrefix(k, "مكتوب") || strings.HasPrefix(k, "اكتب") || strings.HasPrefix(k, "يتكتب") || strings.HasPrefix(k, "هتكتب") ||
		strings.HasPrefix(k, "تكتب") || k == "كتابه" || k == "بكتابه"
}

// writtenOn: "on it" — where the words are written.
var writtenOn = set("عليه", "عليها", "عليهم")

// wishWritten: the end of a wish written on goods in Arabic right after
// "مكتوب عليه" (start), the wish the whole rest of its clause — "مبروك",
// "الف مبروك", "سلامتك", "الف سلامة", "كل سنة وانت طيب", "بحبك": the
// customer's own words to write, as a Latin text is (the words of a
// wish are no goods and ask nothing); start when the clause says more
// ("مكتوب عليها اسم بنتي": what to write, for a person to ask).
func wishWritten(ts []token, start int) int {
	end := start
	for k := start; k < len(ts) && !ts[k].sep && k < start+6; k++ {
		if !writtenWishes[strings.TrimPrefix(wordKey(ts[k].lowSurface()), "و")] && !writtenWishes[wordKey(ts[k].lowSurface())] {
			if k > start && strings.HasPrefix(ts[k].surface, "و") {
				return end // "مبروك ويتبعتلها …": the next request, after و
			}
			return start
		}
		end = k + 1
	}
	if end < len(ts) && !ts[end].sep && !strings.HasPrefix(ts[end].surface, "و") {
		return start
	}
	return end
}

// writtenWishes: the words of the wishes written on a card, a cake or a
// bouquet's ribbon: congratulations, get well, happy birthday or feast,
// love, thanks.
var writtenWishes = set("مبروك", "الف", "الالف", "سلامتك", "سلامتها", "سلامته", "سلامه", "السلامه", "حمدالله", "حمد", "الله", "علي",
	"كل", "سنه", "وانت", "انت", "وانتي", "انتي", "طيب", "طيبه", "بخير", "عيد", "ميلاد", "سعيد", "سعيده", "بحبك", "شكرا",
	"نورت", "نورتي", "منور", "منوره", "تهانينا", "مع", "تحياتي", "اجمل", "امنياتي")
