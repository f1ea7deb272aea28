package understand

import "slices"

// sendMeTo reads "send me … to the house" as the shop's delivery: "ابعتولي
// تورتة فواكه وكيلو بيتي فور على البيت"، "ابعتلي ٣ كيلو لحمة على العنوان",
// Franco "eb3atly 2 kilo far5a 3ala el beit", English "send me 2 trays to
// my home". In a shop that sells one delivery service, the send-me verb
// opening its clause (after greetings only), goods after it, then where
// to — a word of direction and the home, the work or the address
// (sentPlaces), an area the region lists know, or a street told by
// number — orders that delivery with the goods: the verb is read as the
// service's noun, the place after it where to (placed, no goods).
// "ابعتلي ٢ باكو …" with no place (send me goods) orders none, nor does
// a question ("ابعتلي … على البيت؟") or "على الواتس" (a message sent).
func (r *Rules) sendMeTo(ts []token) []token {
	unit := ""
	for i := 0; i < len(ts); i++ {
		if ts[i].sep || ts[i].neg || !sendMeWord(ts, i) || !opensClause(ts, i) {
			continue
		}
		at := sendMeDest(ts, i)
		if at < 0 {
			continue
		}
		many := false
		if unit == "" {
			if unit, many = r.deliveryUnit(); unit == "" {
				return ts
			}
		}
		t := &ts[i]
		// (a send verb set aside as an order's word is the line now)
		t.text, t.verb, t.lex, t.sent, t.used, t.aside, t.work = unit, true, true, many, false, false, true
		for k := at; k < len(ts) && !ts[k].sep; k++ {
			houseNo := isNumber(ts[k].text) && k+1 < len(ts) && !ts[k+1].sep && addressNoun(ts[k+1].surface)
			if k > at && (ts[k].lex && !sentPlaces[wordKey(ts[k].text)] && !addressNoun(ts[k].surface) || isNumber(ts[k].text) && !houseNo || ts[k].color != "") {
				break
			}
			ts[k].used, ts[k].aside = true, true
		}
		if i+1 < len(ts) && ts[i+1].lowSurface() == "me" {
			ts[i+1].used, ts[i+1].aside = true, true // "send me"
			i++
		}
		// the delivery is a line of its own, the goods after it theirs
		ts = slices.Insert(ts, i+1, token{text: ",", surface: ",", sep: true})
		i++
	}
	return ts
}

// sendMeWord: the word at i is "send me / us" said to the shop
// ("ابعتولي", "ابعتلي", "ابعتلنا", Franco "eb3atly", English "send me").
func sendMeWord(ts []token, i int) bool {
	w := shopKey(ts[i])
	if w == "send" {
		return i+1 < len(ts) && !ts[i+1].sep && (ts[i+1].lowSurface() == "me" || ts[i+1].lowSurface() == "us")
	}
	return sendMeVerbs[w]
}

// sendMeVerbs: the imperative "send (to) me / us", Arabic and Franco.
var sendMeVerbs = set("ابعتلي", "ابعتولي", "ابعتيلي", "ابعتلنا", "ابعتولنا", "eb3atly", "eb3atli", "eb3tly", "eb3atoly", "eb3atoli",
	"eb3tolly", "eb3atolly", "ib3atly", "ib3atoly")

// opensClause: only greetings and politeness come before the word at i in
// its clause.
func opensClause(ts []token, i int) bool {
	for k := i - 1; k >= 0 && !ts[k].sep; k-- {
		if !smallTalk[shopKey(ts[k])] {
			return false
		}
	}
	return true
}

// sendMeDest: where the goods sent (from the verb at i) go — the index of
// the word of direction ("على البيت", "لحد العنوان", "على شارع الهرم
// عمارة ٥", "على مدينة نصر", "to my home"), after goods of the catalog's
// in the message; -1 when none is said before a question mark or the
// message's end, or no goods come before it.
func sendMeDest(ts []token, i int) int {
	goods := false
	for k := i + 1; k+1 < len(ts); k++ {
		t := ts[k]
		if t.sep {
			if t.text == "?" {
				return -1
			}
			continue
		}
		if goods && towardWords[wordKey(t.lowSurface())] && destAfter(ts, k+1) {
			return k
		}
		goods = goods || t.lex && !isNumber(t.text) && !t.aside
	}
	return -1
}

// destAfter: the words from j name where goods are sent — the home, the
// work, the address (English "my" before it), an area, a street told by
// number or named ("على شارع الهرم").
func destAfter(ts []token, j int) bool {
	if j < len(ts) && !ts[j].sep && (ts[j].lowSurface() == "my" || ts[j].lowSurface() == "our" || ts[j].lowSurface() == "el") {
		j++
	}
	if j >= len(ts) || ts[j].sep {
		return false
	}
	w := ts[j].lowSurface()
	if messageWords[wordKey(w)] {
		return false
	}
	return sentPlaces[wordKey(w)] || homeWords[w] || francoHome[w] || w == "address" || regionOf(w) != noRegion ||
		streetNoun(w) && !ts[j].lex || isNumber(ts[j].text) && j+1 < len(ts) && !ts[j+1].sep && addressNoun(ts[j+1].surface)
}

// francoHome: the home, the work, the address in Franco ("3ala el beit").
var francoHome = set("beit", "bet", "bait", "beity", "bety", "sho3l", "shoghl", "3enwan")
