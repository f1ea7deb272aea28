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
	for k := range ts {
		// "بسم الله الرحمن الرحيم", "وجزاكم الله خيرا": a set formula of
		// blessing, said whole, wherever the message says it
		for _, f := range blessingFormulae {
			if formulaAt(ts, k, f) {
				for m := k; m < k+len(f); m++ {
					aside(m)
				}
			}
		}
	}
	formal := false
	for _, t := range ts {
		formal = formal || !t.sep && (salutations[t.text] || salutations[t.surfaceKey()] || letterCues[strings.TrimPrefix(t.text, "و")] || letterCues[t.lowSurface()])
	}
	if !formal {
		return
	}
	first := 0
	for first < len(ts) && (ts[first].sep || ts[first].aside) { // after the basmala
		first++
	}
	if first < len(ts) && (salutations[ts[first].text] || salutations[ts[first].lowKey()]) {
		// "السادة/ المعرض،", "السادة الكرام،": to the first comma or line;
		// the word as written, for a catalog colour may be its near
		// spelling ("السادة" read "اسود")
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
			w = ts[i].lowSurface() // "regards", not its stem
		}
		switch {
		case letterWords[ts[i].text] || letterWords[w]:
			aside(i)
		case ts[i].text == "ما" && i+1 < len(ts) && ts[i+1].text == "يلي":
			aside(i) // "ما يلي": the following
		case ts[i].text == "وبعد" && i > 0 && ts[i-1].text == "طيبه":
			aside(i) // "تحية طيبة وبعد"
		case referenceWords[w] && i+1 < len(ts) && !ts[i+1].sep && ts[i+1].text == "الي":
			// "بالإشارة إلى أعمال تطوير المدرسة نرجو …": what the letter
			// refers to, up to its request or the end of the sentence
			for k := i; k < len(ts) && !ts[k].sep && !requestWords[ts[k].text]; k++ {
				aside(k)
			}
		case isSignOff(ts[i].text) || isSignOff(w):
			if next, ok := signOffs[w]; i > 0 && !ts[i-1].sep && !signOffs2[ts[i-1].lowSurface()] || ok && next != "" && (i+1 == len(ts) || ts[i+1].text != next && "ال"+ts[i+1].text != next) {
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

// blessingFormulae are set formulae of blessing opening or closing a
// request: the basmala, "may God reward you".
var blessingFormulae = [][]string{
	keysOf("بسم الله الرحمن الرحيم"),
	keysOf("جزاكم الله خيرا"), keysOf("جزاكم الله خير"), keysOf("جزاك الله خيرا"), keysOf("جزاك الله خير"),
}

// formulaAt: the words from k are formula f as written, a و on its first
// word or not.
func formulaAt(ts []token, k int, f []string) bool {
	if k+len(f) > len(ts) {
		return false
	}
	for m, w := range f {
		t := &ts[k+m]
		if t.sep {
			return false
		}
		s := t.surfaceKey() // wordKey(t.surface)
		if m == 0 {
			s = t.bareKey() // wordKey(strings.TrimPrefix(t.surface, "و"))
		}
		if s != w {
			return false
		}
	}
	return true
}

// signOffs2 may come before a sign-off: "Best regards", "Many thanks".
var signOffs2 = set("best", "kind", "warm", "warmest", "many")

// salutations open a letter: "السادة/", "السيد/".
var salutations = set("الساده", "السيد", "السيده", "ساده", "dear")

// letterWords are a letter's formulae: asking to supply or to issue an
// invoice, "the following", courtesies.
var letterWords = set("نرجو", "يرجي", "برجاء", "التكرم", "بالتكرم", "توريد", "بتوريد", "باصدار", "اصدار", "بالاتي", "الاتي", "بالتالي", "يلي",
	"الكرام", "المحترمين", "المحترم", "تحيه", "طيبه", "ذلك", "لحسن", "تعاونكم",
	// addressing the shop and asking, as a committee writes: "نرجو من
	// سيادتكم", "تتشرف لجنة المسجد بطلب …"
	"سيادتكم", "سيادتك", "حضراتكم", "تتشرف", "يتشرف", "نتشرف", "بطلب",
	"kindly", "supply", "procurement", "purchasing", "department")

// referenceWords open a letter's reference ("بالإشارة إلى …", "إشارة إلى
// …"): what it answers or is about, no goods asked for.
var referenceWords = set("بالاشاره", "اشاره", "بالرجوع", "رجوعا")

// letterCues tell a letter: its salutation aside, one of these.
var letterCues = set("نرجو", "يرجي", "التكرم", "بالتكرم", "باصدار", "تفضلوا", "المحترمين", "سيادتكم", "تتشرف", "يتشرف", "نتشرف", "kindly", "regards", "sincerely")

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

// A list sent as a bill of quantities or a formal request: a title line
// ("مقايسة شقة التجمع:", "بيان كميات فيلا الشروق:", "حصر شبابيك برج …:",
// "مطلوب لرحلة …:"), the basmala, a salutation opening any line
// ("السيد/ المنجد …"), the formula naming what follows ("نرجو تجهيز ما يلي
// لدار …:", "تطلب إدارة مدرسة … توريد") and a closing line with no goods
// and no figure ("المهندس وليد", "م/ أشرف - مقاولات", "مجلس إدارة الدار",
// "والحساب على لجنة المسجد، وجزاكم الله خيرا") are the frame of the list:
// placed, no item's words.

// listFrame sets aside a list's frame: its title, opening and closing
// lines. A message is a list when two lines or more below its first one
// open with an entry's marker or a figure.
func (r *Rules) listFrame(ts []token) {
	lines := lineSpans(ts)
	aside := func(from, to int) {
		for k := from; k < to; k++ {
			if !ts[k].sep && !ts[k].allColour { // "اللون: بيج" ending the list is no signature
				ts[k].aside, ts[k].used, ts[k].lex, ts[k].color = true, true, false, ""
			}
		}
	}
	entries := 0
	for _, l := range lines {
		if from := l[0]; from < l[1] && requestOpeners[wordKey(ts[from].surface)] {
			// "تطلب إدارة مدرسة الأمل الخاصة توريد …": who asks, up to
			// the formula asking to supply
			for k := from + 1; k < l[1] && k <= from+8; k++ {
				if letterWords[ts[k].text] {
					if !r.headIn(ts[from:k]) {
						aside(from, k+1)
					}
					break
				}
			}
		}
	}
	for _, l := range lines[1:] {
		if figureIn(ts[l[0]:l[1]]) {
			entries++ // "- ضلفة … عدد ٤", "١) جرانيت … ٨٥ م٢"
		}
	}
	if entries < 2 {
		return
	}
	for n, l := range lines {
		from, to := l[0], l[1]
		for from < to && ts[from].sep {
			from++
		}
		if from >= to {
			continue
		}
		head := r.headIn(ts[from:to])
		w := wordKey(ts[from].surface) // as written: "بيان" is no near spelling of a product
		switch {
		case basmala[w] && !head:
			aside(from, to) // "بسم الله الرحمن الرحيم"
		case (salutations[w] || salutations[ts[from].lowSurface()]) && !figureIn(ts[from:to]) && !head:
			aside(from, to) // "السيد/ المنجد الأسطى حسن"
		case titleWords[w] && ts[to-1].sep && ts[to-1].text == ":" || endsColon(ts, from, to) && followsFormula(ts[from:to]):
			// "مقايسة سباكة عمارة فيصل (٤ شقق):", "نرجو تجهيز ما يلي لدار …:"
			if !head {
				aside(from, to)
			}
		case n == len(lines)-1 && n > 0 && !head && !figureIn(ts[from:to]) && to-from <= 8 && !asks(ts[from:to]):
			aside(from, to) // "المهندس وليد", "م/ أشرف - مقاولات"
		}
	}
}

// lineSpans are the token ranges of the message's lines, a line ending
// with ":" holding it (a line break after ":" is no token of its own).
func lineSpans(ts []token) [][2]int {
	var out [][2]int
	start := 0
	for k, t := range ts {
		if t.sep && t.text == "\n" {
			out = append(out, [2]int{start, k})
			start = k + 1
		} else if t.sep && t.text == ":" {
			out = append(out, [2]int{start, k + 1})
			start = k + 1
		}
	}
	return append(out, [2]int{start, len(ts)})
}

// headIn: some word of ts is a catalog product's head noun.
func (r *Rules) headIn(ts []token) bool {
	for _, t := range ts {
		if !t.sep && !t.aside && t.lex && r.isHead(t.text) {
			return true
		}
	}
	return false
}

// figureIn: some word of ts is a figure.
func figureIn(ts []token) bool {
	for _, t := range ts {
		if !t.sep && !t.aside && isNumber(t.text) {
			return true
		}
	}
	return false
}

// asks: ts asks or tells something a person reads: a question, a price,
// a complaint or an order cue.
func asks(ts []token) bool {
	for _, t := range ts {
		if t.sep && t.text == "?" || !t.sep && !t.aside && (priceCues[t.text] || orderCues[t.text] || complaintCues[t.text] > 0 || thanksWords[t.text]) {
			return true
		}
	}
	return false
}

// endsColon: the line from..to ends with ":".
func endsColon(ts []token, from, to int) bool {
	return to > from && ts[to-1].sep && ts[to-1].text == ":"
}

// followsFormula: the line says "ما يلي" / "الآتي" (the following).
func followsFormula(ts []token) bool {
	for _, t := range ts {
		if !t.sep && (t.text == "يلي" || t.text == "الاتي" || t.text == "بالاتي") {
			return true
		}
	}
	return false
}

// basmala opens a letter: "بسم الله الرحمن الرحيم".
var basmala = set("بسم")

// titleWords open a list's title line: a bill of quantities, a count of
// what a site needs, what is wanted for an occasion.
var titleWords = set("مقايسه", "بيان", "حصر", "كميات", "قائمه", "مطلوب", "طلبيه", "bill", "boq", "list", "required", "mo2aysa", "mo2aisa", "ba2ayan", "bayan")

// requestOpeners open a letter's request, its requester after them: "تطلب
// إدارة مدرسة … توريد".
var requestOpeners = set("تطلب", "يطلب", "تتطلب", "نطلب")
