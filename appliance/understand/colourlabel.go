package understand

import "strings"

// A colour given as a field of the whole order: "اللون: أبيض", "الألوان:
// بيج", "Colour: white", "el lon: beige" on a line or a clause of its own,
// before the list or after it. A label and a colon, then one colour, the
// clause ending there: the colour of every line that says none and whose
// product is made in it (a line of its own colour keeps it; a product not
// made in it is still asked). Written right after a line ("… ٦٠ في ٢٥٠
// اللون بيج") it stays that line's, as before.

// colourLabels name the colour as a field: the noun, singular or plural,
// with the article or without.
var colourLabels = set("لون", "اللون", "الوان", "الالوان", "color", "colour", "colors", "colours")

// colourLabel sets a colour field aside and marks its colour allColour
// (finish gives it to the lines that say none).
func colourLabel(ts []token) {
	for i := 0; i < len(ts); i++ {
		if ts[i].sep || i > 0 && !ts[i-1].sep {
			continue // the label opens its clause
		}
		j := i
		if ts[j].text == "ال" || ts[j].lowSurface() == "el" {
			j++ // Franco "el lon": the article apart
		}
		if j >= len(ts) || ts[j].sep || !colourLabel1(ts[j]) {
			continue
		}
		j++
		if j < len(ts) && !ts[j].sep && wantedWords[ts[j].surface] {
			j++ // "اللون المطلوب:"
		}
		if j+2 > len(ts) || !ts[j].sep || ts[j].text != ":" || ts[j+1].sep || ts[j+1].color == "" || j+2 < len(ts) && !ts[j+2].sep {
			continue
		}
		for k := i; k <= j; k++ {
			ts[k].used, ts[k].aside = true, true
		}
		ts[j+1].used, ts[j+1].aside, ts[j+1].allColour = true, true, true
		i = j + 1
	}
}

// wantedWords say the field is what is asked: "اللون المطلوب".
var wantedWords = set("المطلوب", "مطلوب")

// colourLabel1: the token is a colour label, in Arabic ("اللون",
// "الألوان"), English ("Colour") or Franco ("lon", "alwan").
func colourLabel1(t token) bool {
	low := t.lowSurface()
	return colourLabels[t.text] || colourLabels[low] || colourLabels[strings.TrimPrefix(low, "ال")] || francoColourLabels[low]
}

var francoColourLabels = set("lon", "loon", "alwan", "el-lon")

// labelColours are the colours given as a field of the whole order.
func labelColours(ts []token) []string {
	var out []string
	for _, t := range ts {
		if t.allColour && t.color != "" {
			out = append(out, t.color)
		}
	}
	return out
}
