package understand

import (
	"strings"
	"unicode/utf8"
)

// Delivery said as sending the goods somewhere: "وابعتهم البيت",
// "ابعتهملي على العنوان", "وابعتوها على شغله في التجمع", English "please
// ship to Alexandria", "deliver them to Maadi". In a shop that sells one
// delivery service, the customer's "send them" with the goods as its
// object (a pronoun on the verb; English "ship"/"deliver" before "to" or
// "them"), right before where to, in a clause that asks nothing, orders
// that delivery with the goods: the verb is read as the service's noun,
// the place after it where to (placed, no goods). "ابعتلي ٢ باكو …" (send
// me goods: no object pronoun), "هعدي اخدهم" (I'll pick them up), the
// customer's own sending and a question ("بتوصلوا اسكندرية؟") order no
// delivery; a verb before the way it is sent ("وابعتهم توصيل") is the
// list's next entry (plusEntries).

// sendToPlace reads the customer's "send them to …" as the shop's
// delivery (sentTo).
func (r *Rules) sendToPlace(ts []token) {
	unit := ""
	for i := 0; i < len(ts); i++ {
		t := &ts[i]
		if t.sep || t.used || !sentTo(ts, i) || !unasked(ts, i) {
			continue
		}
		many := false
		if unit == "" {
			if unit, many = r.deliveryUnit(); unit == "" {
				return
			}
		}
		// (an English participle after the goods, "… musk oil delivered
		// home", opens its own line as "and" would)
		t.text, t.verb, t.lex, t.conj = unit, true, true, t.conj || strings.HasPrefix(t.surface, "و") || sentParticiple(t.surface)
		t.sent = many
		// where to: the words after it up to the clause's end, but
		// goods, figures and what is said of time
		for k := i + 1; k < len(ts) && !ts[k].sep; k++ {
			// (a building's number before its street, "على ١٢ شارع
			// الجيش", is the place's too)
			houseNo := isNumber(ts[k].text) && k+1 < len(ts) && !ts[k+1].sep && addressNoun(ts[k+1].surface)
			if ts[k].lex && !sentPlaces[wordKey(ts[k].text)] || isNumber(ts[k].text) && !houseNo || ts[k].color != "" || orderCues[ts[k].text] {
				break
			}
			ts[k].used, ts[k].aside = true, true
		}
	}
}

// sentTo: the word at i is "send" said to the shop with the goods as its
// object ("ابعتهم", "وابعتهالي", "ابعتوهولي", Franco "eb3athom"; English
// "ship", "deliver", "send them") and right after it where to: a word of
// direction ("على", "ع", "لحد", "to"), a definite noun that is no goods'
// ("البيت", "العنوان"), or "home".
func sentTo(ts []token, i int) bool {
	sf := strings.TrimPrefix(ts[i].lowSurface(), "و")
	next := func(k int) string {
		if k < len(ts) && !ts[k].sep {
			return ts[k].lowSurface()
		}
		return ""
	}
	if isLatinWord(sf) {
		if next(i+1) == "" && sendWord(sf) && objectOn(sf) {
			return sentLast(ts, i) // "w eb3atohom"
		}
		j := i + 1
		switch sf {
		case "ship", "deliver", "send":
			if n := next(j); n == "them" || n == "it" || n == "both" || n == "everything" {
				j++
			} else if sf == "send" {
				return false // "send me the price"
			}
		case "delivered", "shipped":
			// the past participle the order asks for ("…, delivered to
			// Sheikh Zayed please"), never what was ("it was delivered to
			// me broken")
			if i > 0 && !ts[i-1].sep && pastDone[ts[i-1].lowSurface()] {
				return false
			}
		default:
			if !sendWord(sf) || !objectOn(sf) {
				return false
			}
		}
		n := next(j)
		return n == "to" || n == "home" || n == "3ala" || n == "3la" || n == "lel" || strings.HasPrefix(n, "el") && len(n) > 3
	}
	if !sendWord(sf) {
		return false
	}
	if !objectOn(sf) {
		// "وابعتوا على الدقي" after the goods: the plural imperative with
		// no pronoun, sent toward a place — the goods said are what is sent
		if sf != "ابعتوا" && sf != "ابعتو" || !towardWords[wordKey(next(i+1))] || !goodsSaidBefore(ts, i) {
			return false
		}
		p := next(i + 2)
		return p != "" && !messageWords[wordKey(p)] && !ts[i+2].lex && !isNumber(ts[i+2].text) &&
			(regionOf(p) != noRegion || sentPlaces[wordKey(p)] || definite(p) && utf8.RuneCountInString(p) > 3)
	}
	n := next(i + 1)
	if n == "" {
		// "كيلو ونص لب سوري وابعتوهم": "and send them" closing the list of
		// goods, where to left to the address the shop keeps
		return sentLast(ts, i)
	}
	if ts[i+1].lex && !sentPlaces[wordKey(ts[i+1].text)] || messageWords[wordKey(n)] {
		return false
	}
	if n == "مع" {
		// "وابعتهم مع الواد", "ابعتهولي مع الدليفري": sent with the shop's
		// own runner, the shop's delivery
		return courierWords[wordKey(next(i+2))]
	}
	if towardWords[wordKey(n)] {
		return !messageWords[wordKey(next(i+2))] // "على العنوان", never "على الواتس"
	}
	if regionOf(n) != noRegion || placeLeads[wordKey(n)] && regionOf(next(i+2)) != noRegion {
		return true // "وابعتوها اسكندرية", "ابعتهولي مدينة نصر"
	}
	return definite(n) && utf8.RuneCountInString(n) > 3
}

// objectOn: the send verb carries the goods as its object — them, it — with
// or without "to me" after ("ابعتهم", "ابعتهملي", "ابعتوها", "eb3athom").
func objectOn(w string) bool {
	for _, s := range []string{"لي", "لنا", "ly", "li", "lna"} {
		w = strings.TrimSuffix(w, s)
	}
	for _, o := range []string{"هم", "ها", "ه", "هو", "هوم", "hom", "ha", "ho", "o"} {
		if strings.HasSuffix(w, o) {
			return true
		}
	}
	return false
}

// deliveryUnit: the unit of the delivery service the shop sells (a
// product kept in no stock named "توصيل", "delivery", "شحن", "shipping"),
// "" when it sells none. A shop selling two of them (delivery in Cairo,
// shipping to the governorates) gives the first one's unit and many: the
// place the goods are sent to picks which (deliveryByRegion), or the
// customer is asked.
func (r *Rules) deliveryUnit() (unit string, many bool) {
	found, prod := "", int32(-1)
	for u, p := range r.deliveryProducts {
		if prod >= 0 && p != prod {
			return found, true
		}
		found, prod = u, p
	}
	return found, false
}

// deliveryProducts yields the shop's delivery services: each of
// deliveryWords (as the vocabulary rewrites it to one word) that heads a
// product kept in no stock, with each such product, in deliveryWords'
// order (a product two of the words name comes twice).
func (r *Rules) deliveryProducts(yield func(u string, p int32) bool) {
	for _, w := range deliveryWords {
		u := w
		if v, ok := r.lx.rewrite[w]; ok && !strings.Contains(v, " ") {
			u = v
		}
		if !r.lx.heads[u] {
			continue
		}
		for _, p := range r.lx.postings[u] {
			if r.lx.products[p].MadeToOrder && !yield(u, p) {
				return
			}
		}
	}
}

// deliveryWords name the shop's delivery services.
var deliveryWords = []string{"توصيل", "delivery", "دليفري", "شحن", "shipping"}

// sentParticiple: English "delivered", "shipped" (sentTo).
func sentParticiple(w string) bool {
	w = lower(w)
	return w == "delivered" || w == "shipped"
}

// pastDone: before a past participle, what was done, no request: "was
// delivered", "got shipped".
var pastDone = set("was", "were", "been", "got", "had", "has", "have", "wasn't", "weren't", "already")

// courierWords: who carries the goods for the shop, after "مع" (with)
// a send verb ("وابعتهم مع الواد", "مع الدليفري", "مع الطيار").
var courierWords = set("الواد", "الولد", "الدليفري", "الديليفري", "الطيار", "المندوب", "العامل", "الصبي")

// towardWords say where to right after a send verb: "على البيت", "ع
// العنوان", "لحد الشغل", "to Alexandria".
var towardWords = set("على", "علي", "ع", "لحد", "لغاية", "عند", "to", "3ala", "3la")

// sentPlaces are places goods are sent to that a catalog may also use:
// the home, the work, the office.
var sentPlaces = set("البيت", "بيت", "الشغل", "شغل", "المكتب", "العنوان", "home", "house", "office")

// messageWords: what is sent over a message, no goods sent: "ابعتهملي على
// الواتس", "ابعتهالي صور".
var messageWords = set("الواتس", "واتس", "واتساب", "الواتساب", "whatsapp", "رساله", "صور", "صوره", "الصور", "لوكيشن", "اللوكيشن", "ميل", "الميل", "email", "mail", "الايميل", "photos", "pictures", "pics")

// goodsSaidBefore: a word of the catalog's, no figure, was said before i
// in the message ("٣ سجاجيد … وابعتوهم").
func goodsSaidBefore(ts []token, i int) bool {
	for k := i - 1; k >= 0; k-- {
		if ts[k].lex && !isNumber(ts[k].text) && !ts[k].aside {
			return true
		}
	}
	return false
}

// sentLast: the send verb at i closes its clause after "and" ("وابعتوهم",
// "w eb3atohom") with goods said before it.
func sentLast(ts []token, i int) bool {
	and := strings.HasPrefix(ts[i].surface, "و") || i > 0 && !ts[i-1].sep && (ts[i-1].lowSurface() == "w" || ts[i-1].lowSurface() == "و")
	return and && goodsSaidBefore(ts, i)
}
