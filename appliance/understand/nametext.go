package understand

import "strings"

// The text of a name the shop engraves or prints: "واحفروا اسمه Karim على
// المحفظة", "اطبعولي اسامينا احمد وسارة على العلب", "engrave the name Nour
// on the back". In a shop that sells such a work (a name of its products
// holds "اسم" or "name"), the words said right after a name word — his,
// her, my, our name(s), the name — up to a preposition, a pause or a
// figure, are the text to engrave: placed, and no item's words ("Karim"
// is no "كريم", the care cream).

// nameText sets aside the words of a name said after a name word.
func (r *Rules) nameText(ts []token) {
	if !r.namesWork() {
		return
	}
	for i := 0; i+1 < len(ts); i++ {
		if ts[i].sep {
			continue
		}
		w := strings.TrimPrefix(ts[i].lowSurface(), "و")
		bare := bareNameWords[wordKey(w)]
		if !bare && !ownNameWords[wordKey(w)] {
			continue
		}
		start := i + 1
		if !ts[start].sep && ts[start].lowSurface() == "is" {
			start++ // "his name is Karim"
		}
		for k := start; k < len(ts) && k < start+3; k++ {
			t := &ts[k]
			low := strings.TrimPrefix(t.lowSurface(), "و")
			if t.sep || isNumber(t.text) || nameEnds[wordKey(low)] || nameEnds[wordKey(t.surface)] {
				break
			}
			if (k > start || bare) && (t.lex || orderCues[t.text] || fillers[t.text]) {
				// "اسم المحل", "… وعايز": a catalog word or the talk
				// after the name, no text of it
				break
			}
			t.aside, t.used, t.lex, t.color = true, true, false, ""
			ts[i].used = true
		}
	}
}

// namesWork: some product's names hold "اسم" or "name" ("حفر اسم
// بالليزر", "Name printing"): the shop engraves or prints names.
func (r *Rules) namesWork() bool {
	for _, w := range []string{"اسم", "name"} {
		if len(r.lx.postings[w]) > 0 {
			return true
		}
	}
	return false
}

// ownNameWords are a name with its owner ("اسمه", "اسامينا", Franco
// "esmo"): the name said next, whatever its words; bareNameWords the
// name alone ("اسم", "الاسم", "name"), which may be the name of a thing
// of the catalog ("اسم المحل").
var (
	ownNameWords = set("اسمه", "اسمها", "اسمي", "اسمى", "اسمنا", "اسمهم", "اسمك", "اسامي", "اسامينا", "اساميهم", "اسماء", "اسمائنا",
		"esmo", "esmaha", "esmy", "esmi", "asamina")
	bareNameWords = set("اسم", "الاسم", "name", "names", "esm")
	// nameEnds close a name's words: where it goes and what it is on
	nameEnds = set("على", "علي", "ع", "عليه", "عليها", "عليهم", "في", "فى", "من", "ورا", "جوه", "تحت", "فوق", "ب",
		"on", "in", "at", "inside", "under", "for", "and", "3ala", "3la", "fi", "fe", "please", "with")
)

// forAllOfThem reads "لكلهم", "لكلها" (for all of them) as "كلهم": all the
// goods said, never the "لكل" of a name ("شحن لكل المحافظات") with a
// pronoun on it ("والتركيب لكلهم": the fitting for each of them).
func forAllOfThem(ts []token) {
	for k := range ts {
		if t := &ts[k]; !t.sep && forAllWords[t.bareKey()] {
			t.text, t.lex, t.fuzzy = "كلهم", false, false
		}
	}
}

// forAllWords: "for all of them" said as one word.
var forAllWords = set("لكلهم", "لكلها", "لكلهن")
