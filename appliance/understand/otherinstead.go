package understand

import (
	"slices"
	"strings"

	"fatoora/catalog"
)

// A correction that names another product, not a variant of the goods
// just asked: "تأشيرة عمرة، قصدي تأمين سفر", "تضييق بنطلون، اقصد توسيع",
// "فيزيا شهر.. لا معلش خليه كيميا", Franco "a2sod …", "… I mean …",
// "sorry, make it …". The customer takes back what was said just before
// and says what was meant: the new line replaces the old one, never
// stands beside it. "اقصد"/"I mean" says the word before was wrong,
// whatever the goods; "خليه"/"make it" may add a work to the goods
// ("تفصيل جلابية، لا خليه مستعجل"), so it replaces only a line of the
// same category. An urgency said is an add-on, never what was meant
// instead; "كمان"/"too"/"زود" or "و" between add.

// otherInstead drops each line that a correction cue right before the
// next line replaces with another product (correctedWith); a subject said
// in a line taken back then chooses among the variants of those left.
func (r *Rules) otherInstead(ts []token, items []Item) []Item {
	n := len(items)
	for k := 1; k < len(items); k++ {
		a, b := items[k-1], items[k]
		if a.Product == nil || b.Product == nil || a.Product == b.Product || a.Unread || b.Unread || a.end == 0 || b.start < a.end-1 || b.start > len(ts) {
			continue
		}
		meant, made := correctedWith(ts, a.end-1, b.start)
		if !meant && !(made && a.Product.Category == b.Product.Category) || urgencySaid(ts, b.start, b.end) {
			continue
		}
		if a.Quantity > catalog.One && b.Quantity == catalog.One && a.Product.Unit == b.Product.Unit && !r.countOn(ts, a.end-1, b) {
			items[k].Quantity = a.Quantity // "٢ كيلو كنافة، اقصد بسبوسة": the count kept
			items[k].Missing = without(slices.Clone(b.Missing), "count")
		} else if !r.countOn(ts, a.end-1, b) {
			periodOfReplaced(a, &items[k]) // "فيزيا شهر، قصدي كيميا": the month said kept (correctperiod.go)
		}
		items = slices.Delete(items, k-1, k)
		k--
	}
	if len(items) < n {
		// "قص ضوافر للقطة، لا معلش خليه جرومينج": the subject said in the
		// line taken back is the new line's ("جرومينج قطة")
		items = r.subjectChooses(ts, items)
	}
	return items
}

// correctedWith reads the words between two lines, from to to: meant when
// "اقصد"/"قصدي"/"I mean" says the line before was wrong, made when wait
// words or an apology hold "خليه"/"make it" ("لا معلش خليه", "sorry, make
// it"); neither when "و", a conjunction or a word of adding comes between,
// or the cue is not the last thing said before the new line.
func correctedWith(ts []token, from, to int) (meant, made bool) {
	last := -1
	for k := max(from, 0); k < to && k < len(ts); k++ {
		t := ts[k]
		if t.sep {
			continue
		}
		w := strings.TrimPrefix(t.lowSurface(), "و")
		if t.conj || t.text == "و" || tooWords[w] || moreWords[w] || addWords[w] {
			return false, false
		}
		switch {
		case meanWord(t) || w == "mean" && k > 0 && ts[k-1].lowSurface() == "i":
			meant, made, last = true, false, k
		case correctionAt(ts, k) > k:
			at := correctionAt(ts, k)
			if waitFrom(ts, k) >= 0 {
				made = true
			}
			last = at - 1
		}
	}
	if last < 0 {
		return false, false
	}
	for k := last + 1; k < to && k < len(ts); k++ {
		if !ts[k].sep && !articles[ts[k].lowSurface()] {
			return false, false // "قصدي الكبير، والتأمين": more said after the cue
		}
	}
	return meant, made
}

// meanWord: "اقصد", "قصدي", Franco "a2sod" — what was said was not meant.
func meanWord(t token) bool {
	w := t.lowSurface()
	return meanWords[w] || meanWords[t.text]
}

var meanWords = set("اقصد", "قصدي", "a2sod", "a2sad", "2asdi", "a2sdi")

// urgencySaid: an urgency word among ts[from:to] — an add-on to the goods,
// never what was meant in their place.
func urgencySaid(ts []token, from, to int) bool {
	for k := max(from, 0); k < to && k < len(ts); k++ {
		if !ts[k].sep && (urgencyWords[ts[k].lowSurface()] || urgencyWords[ts[k].text]) {
			return true
		}
	}
	return false
}
