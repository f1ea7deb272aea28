package understand

import (
	"regexp"
	"strings"
)

// Garment sizes said as letters or words (sizeLetters): "مقاس L", "size
// M", "جوانتي XL" in a name or a message, and "لارج", "ميديم", "سمول",
// "اكس لارج", "size large" as Egyptians say them, are one word, the
// size's Egyptian name, in names and messages alike: a size letter is
// never the metre (M) or the litre (L) it is written as, and a customer's
// "لارج" chooses the variant whose name says L.

// sizeNames gives each size its one word: the letter, the English word
// after a size word and the Egyptian word.
var sizeNames = map[string]string{
	"s": "سمول", "small": "سمول", "سمول": "سمول", "سمال": "سمول",
	"m": "ميديم", "medium": "ميديم", "ميديم": "ميديم", "ميدم": "ميديم", "ميديوم": "ميديم",
	"l": "لارج", "large": "لارج", "لارج": "لارج",
	"xl": "اكسلارج", "اكسلارج": "اكسلارج", "xlarge": "اكسلارج",
	"xxl": "اكساكسلارج",
}

// sizeSaid are the words a size follows: "مقاس L", "size M", "سايز لارج".
var sizeSaid = set("مقاس", "مقاسه", "المقاس", "سايز", "size", "maqas", "ma2as", "ma2as", "sayz", "saiz")

// capitalSize finds a size letter written as a capital after a word, no
// figure before it ("جوانتي M", "(XL)"): a size, where "5 M" is metres.
var capitalSize = regexp.MustCompile(`(^|[^\p{Nd}\s])(\s*)\b(XXL|XL|S|M|L)\b`)

// capitalSizes writes each capital size letter of raw text as its size's
// word (before normalising lowers it).
func capitalSizes(s string) string {
	if !strings.ContainsAny(s, "SML") { // every match has one (speed)
		return s
	}
	return capitalSize.ReplaceAllStringFunc(s, func(m string) string {
		sub := capitalSize.FindStringSubmatch(m)
		return sub[1] + sub[2] + " " + sizeNames[strings.ToLower(sub[3])] + " "
	})
}

// sizeWord reads the word at i of ws (normalised, lower-case) as a size:
// its size's word, and how many words it took ("اكس لارج": two); "" when
// it is none.
func sizeWord(ws []string, i int) (string, int) {
	w := ws[i]
	if w == "اكس" && i+1 < len(ws) && sizeNames[ws[i+1]] == "لارج" {
		return "اكسلارج", 2 // "اكس لارج"
	}
	n, ok := sizeNames[w]
	if !ok {
		return "", 0
	}
	if isArabicWord(w) || w == "xl" || w == "xxl" || i > 0 && sizeSaid[ws[i-1]] {
		return n, 1 // "لارج" anywhere; "size m", "مقاس l" after a size word only
	}
	return "", 0
}

// sizeNamed rewrites the sizes of ws in place, returning the words.
func sizeNamed(ws []string) []string {
	out := ws[:0:0]
	changed := false
	for i := 0; i < len(ws); i++ {
		if n, k := sizeWord(ws, i); k > 0 {
			out = append(out, n)
			i += k - 1
			changed = true
			continue
		}
		out = append(out, ws[i])
	}
	if !changed {
		return ws
	}
	return out
}

// sizeTokens is sizeNamed on a message's tokens.
func sizeTokens(ts []token) []token {
	var ws []string
	for i := range ts {
		if _, ok := sizeNames[ts[i].text]; ok || ts[i].text == "اكس" {
			if ws == nil {
				ws = make([]string, len(ts))
				for k := range ts {
					ws[k] = ts[k].text
				}
			}
		}
	}
	if ws == nil {
		return ts // most messages say no size (speed)
	}
	out := ts[:0:0]
	for i := 0; i < len(ts); i++ {
		if n, k := sizeWord(ws, i); k > 0 {
			t := ts[i]
			t.text = n
			out = append(out, t)
			i += k - 1
			continue
		}
		t := ts[i]
		if sizeSaid[t.text] && i+1 < len(ts) {
			if _, k := sizeWord(ws, i+1); k > 0 {
				// "واتنين مقاس ميديم": the size word before a size's name
				// says no more than the name, and a count before it
				// counts the goods in that size, no size of 2
				continue
			}
		}
		out = append(out, t)
	}
	return out
}
