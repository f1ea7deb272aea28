package understand

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// The shop's past work or goods that came, named by a relative clause and
// then told of with nothing asked (branch h34g): "الحامل المايل اللي
// ركبتوه الشاشة مايلة عليه", "اليافطة اللي ركبتوها النور بتاعها بيقطع",
// "الكنافة اللي جت امبارح كانت بايتة", Franco "el yafta elly rakabtoha el
// nour bey2ta3", English "the mount you installed is tilting". The goods
// are the customer's already, what is said of them their state: after-
// sales, a complaint with no new line — as "اللي اشتريته منكم …" is
// (fromTheShop). One like it ("زي اللي ركبتوه"), anything wanted, asked
// or praised, or nothing said after the clause is none (intentOf).

// shopPastVerb: w is the shop's verb in the past, second person plural,
// with its object ("ركبتوه", "ركبتوها", "جبتوهم", "عملتوهالي"), Franco
// "rakabtoh", "rakabtoha", "gebtohom".
func shopPastVerb(w string) bool {
	for _, o := range []string{"هالي", "هولي", "هملي", "هالنا", "هولنا", "ها", "هم", "ه", "لي", "لنا", ""} {
		st, ok := strings.CutSuffix(w, o)
		if !ok {
			continue
		}
		for _, s := range []string{"توا", "تو"} {
			if stem, ok := strings.CutSuffix(st, s); ok && utf8.RuneCountInString(stem) >= 2 && !strings.HasSuffix(stem, "ا") {
				return true
			}
		}
	}
	return francoShopPast.MatchString(w)
}

// francoShopPast: Franco "rakabto", "rakabtoh", "rakabtoha", "rakabtohom".
var francoShopPast = regexp.MustCompile(`^[a-z0-9]{3,}to(h|ha|hom|hum|hali|holi)?$`)

// youDidWords: English "you installed", "you delivered" … after the goods.
var youDidWords = set("installed", "fitted", "delivered", "made", "sent", "mounted", "fixed", "hung")

// shopWorkTold: goods named, then "اللي"/"elly"/"that" and the shop's
// past work on them or their coming ("اللي ركبتوه", "اللي جت امبارح",
// "you installed"), and something said of them after it. The index of the
// clause's verb, or -1.
func shopWorkTold(ts []token) int {
	for i := 1; i+2 < len(ts); i++ {
		if ts[i].sep || ts[i-1].sep || ts[i+1].sep {
			continue
		}
		w, v := ts[i].lowSurface(), ts[i+1].lowSurface()
		rel := w == "اللي" || w == "الي" || w == "elly" || w == "illi" || w == "eli"
		verb := i + 1
		switch {
		case rel && (shopPastVerb(wordKey(v)) || cameVerbs[wordKey(v)]):
		case (w == "you" || w == "that" && v == "you") && i > 0:
			if w == "that" {
				verb = i + 2
			}
			if verb >= len(ts) || ts[verb].sep || !youDidWords[ts[verb].lowSurface()] {
				continue
			}
		default:
			continue
		}
		if likeWords[ts[i-1].text] || likeWords[ts[i-1].lowSurface()] || likeLast(ts, i) {
			continue // "زي اللي ركبتوه عند اخويا": one like it
		}
		for k := verb + 1; k < len(ts); k++ {
			if !ts[k].sep {
				return verb
			}
		}
	}
	return -1
}
