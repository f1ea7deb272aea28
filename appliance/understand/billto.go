package understand

import (
	"strings"
	"unicode/utf8"
)

// The name a document is made out to: "الفاتورة باسم مدام سلوى", "اعملها
// باسم شركة النور", "issue the invoice to Blue Reef Lodge", "invoice in the
// name of …". The words of the name, up to the end of the sentence, are
// placed and are no item's words (a "Blue" in a hotel's name is no colour).

// billTo sets the words of a name a document is made out to aside.
func billTo(ts []token) {
	for i := 0; i < len(ts); i++ {
		if ts[i].sep {
			continue
		}
		start := -1
		low := ts[i].lowSurface()
		switch {
		case nameCues[ts[i].text] || nameCues[strings.TrimPrefix(ts[i].text, "و")]:
			// "باسم", "بإسم", "على اسم": in the name of
			start = i + 1
		case ts[i].text == "اسم" && i > 0 && !ts[i-1].sep && (ts[i-1].text == "علي" || ts[i-1].text == "ب"):
			start = i + 1
		case low == "to" && documentBefore(ts, i) && i+1 < len(ts) && !ts[i+1].sep && !isNumber(ts[i+1].text):
			start = i + 1 // "issue the invoice to …" ("an invoice for 2 doors" is what it holds)
		case low == "name" && i+1 < len(ts) && ts[i+1].lowSurface() == "of" && documentBefore(ts, i):
			start = i + 2 // "invoice in the name of …"
		}
		if documentWords[low] || documentWords[ts[i].text] {
			putOn(ts, i)
		}
		if start < 0 || start >= len(ts) || ts[start].sep {
			continue
		}
		for k := i; k < len(ts) && !ts[k].sep; k++ {
			ts[k].aside, ts[k].used, ts[k].lex, ts[k].color = true, true, false, ""
		}
	}
}

// putOn places the verb that puts the goods on the document at i: "حطوهم
// في فاتورة واحدة", "وحطهم كلهم على فاتورة", "7otohom fi fatora wa7da"
// (put them on one invoice). The verb, carrying its object (them, it), is
// right before "في"/"على" and the document; it names no goods.
func putOn(ts []token, i int) {
	k := i - 1
	if k < 1 || ts[k].sep || !onDocument[ts[k].lowSurface()] {
		return
	}
	k--
	if (allWords[ts[k].lowSurface()] || allWords[ts[k].text] || strings.HasPrefix(ts[k].lowSurface(), "kol")) && k > 0 && !ts[k-1].sep {
		k-- // "حطهم كلهم على فاتورة": all of them
	}
	t := &ts[k]
	w := strings.TrimPrefix(t.lowSurface(), "و")
	if t.sep || t.lex || isNumber(t.text) || t.color != "" {
		return
	}
	arabic := false
	for _, p := range []string{"هم", "ها", "ه"} {
		if st, ok := strings.CutSuffix(w, p); ok && utf8.RuneCountInString(st) >= 2 && isArabicWord(st) {
			arabic = true // "حطهم": the verb may be two letters
			break
		}
	}
	franco := isLatinWord(w) && (strings.HasSuffix(w, "hom") || strings.HasSuffix(w, "ha")) && len(w) >= 5
	if arabic || franco {
		t.used = true
	}
}

// onDocument put the goods in or on a document: في، على، ع, Franco and
// English.
var onDocument = set("في", "فى", "علي", "على", "ع", "fi", "fe", "3ala", "3la", "on", "in")

// nameCues: "in the name of" (باسم، بإسم، باسمي).
var nameCues = set("باسم", "بأسم", "بإسم", "بسم", "باسمي", "بإسمي")

// documentBefore: a document word (invoice, quote, bill, receipt) comes
// shortly before i in the same sentence.
func documentBefore(ts []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4 && !ts[k].sep; k-- {
		if documentWords[ts[k].lowSurface()] || documentWords[ts[k].text] {
			return true
		}
	}
	return false
}

// documentWords name what the shop sends: an invoice, a quote, a bill.
var documentWords = set("invoice", "quote", "quotation", "bill", "receipt", "proforma", "فاتوره", "الفاتوره", "عرض", "fatora", "fatoura")
