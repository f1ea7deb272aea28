package understand

import "strings"

// madeWith sets aside the goods the customer's own things were made with:
// "عندي ٣ لوحات رسماهم بالألوان المائية" (paintings I drew with
// watercolours), "لونتها بالأكريليك", "دهنته بالزيت", English "painted
// with watercolours", "done in oil". A verb of making by hand in the past
// (its stem opening the word, no present's or future's prefix) with the
// thing made as its object, then ب with goods ("بالألوان"), or an English
// past participle of making and "with"/"in": the goods and the words
// naming them after, to a separator, a و, a figure or a want, describe how
// the thing was made — never goods ordered, though the shop sells them.
func madeWith(ts []token) {
	for i := 1; i < len(ts); i++ {
		if ts[i].sep || ts[i-1].sep {
			continue
		}
		start := -1
		w := lower(strings.TrimPrefix(ts[i].surface, "و"))
		switch {
		case strings.HasPrefix(w, "ب") && ts[i].lex && madeItVerb(ts[i-1].surface):
			start = i // "رسماهم بالألوان المائية"
		case (w == "with" || w == "in") && madeEn[ts[i-1].lowSurface()] && i+1 < len(ts) && !ts[i+1].sep:
			start = i // "painted with watercolours"
		}
		if start < 0 {
			continue
		}
		end := start + 1
		for ; end < len(ts) && !ts[end].sep && !ts[end].conj && ts[end].text != "و" && !isNumber(ts[end].text) && !orderCues[ts[end].text] &&
			(ts[end].lex || ts[end].color != "" || articleWords[ts[end].lowSurface()] || w == "with" || w == "in"); end++ {
			if (w == "with" || w == "in") && !ts[end].lex && !articleWords[ts[end].lowSurface()] {
				break
			}
		}
		for m := start; m < end; m++ {
			ts[m].neg, ts[m].used, ts[m].lex, ts[m].color = true, true, false, ""
		}
		i = end - 1
	}
}

// makingStems: verbs of making by hand — drawing, colouring, painting,
// making, embroidering, sewing, carving, printing.
var makingStems = []string{"رسم", "لون", "دهن", "عمل", "صنع", "طرز", "خيط", "نحت", "طبع"}

// madeEn: English past participles of making ("painted with", "done in").
var madeEn = set("painted", "drawn", "done", "made", "sketched", "coloured", "colored")

// madeItVerb: w is a past verb of making by hand with its object on it
// ("رسمتها", "رسماهم", "لونتهم", "دهنته"): the stem opens the word (after
// و or ف), and an object pronoun ends it.
func madeItVerb(w string) bool {
	w = strings.TrimPrefix(strings.TrimPrefix(w, "و"), "ف")
	stem := ""
	for _, s := range makingStems {
		if strings.HasPrefix(w, s) {
			stem = s
			break
		}
	}
	if stem == "" {
		return false
	}
	rest := strings.TrimPrefix(w, stem)
	for _, o := range []string{"هم", "ها", "هن", "ه"} {
		if strings.HasSuffix(rest, o) && rest != o {
			return true // "رسم|تها", "رسم|اهم": a subject's ending before the object
		}
	}
	return false
}

// workOnThem: draft d opens with a verb of the shop's words said with
// "them" as its object ("ابروزهم", "تغسلوهم", "تبروزوهملي", Franco
// "ebrwezhom", English "frame them"): the work done on each of the things
// counted before.
func workOnThem(ts []token, d *draft) bool {
	if d.start >= len(ts) || !ts[d.start].lex {
		return false
	}
	w := lower(strings.TrimPrefix(ts[d.start].surface, "و"))
	if d.start+1 < len(ts) && !ts[d.start+1].sep && ts[d.start+1].lowSurface() == "them" {
		return isLatinWord(w)
	}
	if r := []rune(w); len(r) < 4 || strings.HasPrefix(w, "ال") || !strings.ContainsRune("اأتين", r[0]) {
		return false // "الوانهم": their colours, a noun
	}
	w = strings.TrimSuffix(strings.TrimSuffix(w, "لي"), "لنا")
	return strings.HasSuffix(w, "هم") || strings.HasSuffix(w, "hom")
}

// shapedLike sets aside what a cut or made piece is shaped like: "على
// شكل المخدة الطبية اللي في الصورة" (in the shape of the medical pillow in
// the picture), Franco "3ala shakl", English "in the shape of a pillow",
// "shaped like a pillow". The goods' words after it, to a separator, a و,
// a figure or a want, describe the shape — no line of that product, though
// the shop sells it. A letter after it ("على شكل L") is shape.go's.
func shapedLike(ts []token) {
	for i := 1; i+1 < len(ts); i++ {
		if ts[i].sep || ts[i-1].sep || ts[i+1].sep {
			continue
		}
		w, p := ts[i].lowSurface(), lower(strings.TrimPrefix(ts[i-1].surface, "و"))
		k := -1
		switch {
		case (w == "شكل" || w == "shakl" || w == "shakel") && (p == "على" || p == "علي" || p == "3ala" || p == "3la"):
			k = i + 1
		case w == "shape" && p == "the" && i >= 2 && ts[i-2].lowSurface() == "in" && i+1 < len(ts) && ts[i+1].lowSurface() == "of":
			k = i + 2
		case w == "like" && (p == "shaped" || p == "cut"):
			k = i + 1
		}
		if k < 0 || k >= len(ts) || ts[k].sep {
			continue
		}
		for k < len(ts) && !ts[k].sep && articleWords[ts[k].lowSurface()] || k < len(ts) && (ts[k].lowSurface() == "a" || ts[k].lowSurface() == "an") {
			k++
		}
		if k >= len(ts) || ts[k].sep || !ts[k].lex || len([]rune(ts[k].surface)) < 2 || isNumber(ts[k].text) || shapeWords[ts[k].lowSurface()] || shapeLetterNames[ts[k].surface] != "" {
			continue // "على شكل L", "على شكل حرف يو": a letter, shape.go's
		}
		end := k
		for ; end < len(ts) && !ts[end].sep && !ts[end].conj && ts[end].text != "و" && ts[end].lowSurface() != "and" && !isNumber(ts[end].text) &&
			!orderCues[ts[end].text]; end++ {
		}
		for m := i + 1; m < end; m++ {
			ts[m].neg, ts[m].used, ts[m].lex, ts[m].color = true, true, false, ""
		}
		ts[i-1].used, ts[i].used = true, true // "على شكل" stays a word of a shaped cutting's name
		i = end - 1
	}
}
