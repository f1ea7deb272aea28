package understand

import (
	"math"
	"strings"

	"fatoora/catalog"
)

// ownRoomsTold: the customer tells the rooms of their own flat or house
// ("شقتي ٣ اوض و ١٣٠ متر عايزة تنضيف", "عندي شقة ٣ اوض", Franco "sha2ti
// 3 ewad", "my flat 3 rooms") in the line of a work on the flat that is
// priced neither per room nor by rooms its name states: the rooms
// describe the flat, they never count the work — one, the count the
// rooms gave left.
func ownRoomsTold(keep []*draft, items []Item, itemOf map[*draft]int) {
	for _, d := range keep {
		k, ok := itemOf[d]
		if !ok || items[k].Product == nil || items[k].Product.Unit != catalog.Piece || pricedPerRoom(items[k].Product) {
			continue
		}
		if _, _, ok := nameRooms(items[k].Product); ok {
			continue // a variant the rooms choose (roomsSaid)
		}
		ws := keysOf(items[k].Phrase)
		n, ok := ownFlatRooms(ws)
		if ok && n > 1 && items[k].Quantity == catalog.MilliFromFloat(n) {
			items[k].Quantity = catalog.One
		}
	}
}

// pricedPerRoom: a product's name prices it per a room ("تغليف
// (للأوضة)").
func pricedPerRoom(p *catalog.Product) bool {
	m := perNounRe.FindStringSubmatch(p.NameAr)
	return m != nil && roomNoun(m[1])
}

// ownFlatRooms: the figure before a room noun right after the customer's
// own dwelling ("شقتي ٣ اوض", "عندي شقة ٣ اوض", "my flat 3 rooms", "my
// flat has 3 rooms", Franco "sha2ti 3 ewad").
func ownFlatRooms(ws []string) (float64, bool) {
	for i := range ws {
		if v, ok := countSaid(ws[i]); ok && v == math.Trunc(v) && ownRoomsAt(ws, i) {
			return v, true
		}
	}
	return 0, false
}

// ownRoomsAt: the figure ws[i] is said before a room noun right after the
// customer's own dwelling, a word between them or none.
func ownRoomsAt(ws []string, i int) bool {
	if i < 1 || i+1 >= len(ws) || !roomNoun(ws[i+1]) {
		return false
	}
	j := i - 1
	if flatLinkWords[ws[j]] && j > 0 {
		j--
	}
	return ownDwelling(ws, j)
}

// OwnRoomsFigure: the figure ws[i] tells the rooms of the customer's own
// flat ("شقتي ٣ اوض", "my flat 3 rooms"): it describes the flat, no count
// of the work asked. For the pipeline's check of a count no line holds.
func OwnRoomsFigure(ws []string, i int) bool {
	return ownRoomsAt(ws, i)
}

// flatLinkWords: a word between a dwelling and its rooms ("my flat has 3
// rooms", "شقتي فيها ٣ اوض", "sha2ti fiha 3 ewad").
var flatLinkWords = set("فيها", "فيه", "هي", "has", "is", "fiha", "feha", "fih")

// dwellingNouns: a flat, a house or a villa, as keysOf leaves it.
var dwellingNouns = set("شقه", "بيت", "فيلا", "فيله", "شاليه", "دوبلكس", "sha2a", "sha2ah", "shaqa", "beit", "bet", "villa",
	"flat", "apartment", "house", "home")

// ownDwellingWords: a dwelling with "my" written on it (Franco).
var ownDwellingWords = set("sha2ti", "sha2ty", "beity", "beiti", "beti", "bety")

// ownDwelling: ws[j] is the customer's own dwelling — with the possessive
// ending ("شقتي", "بيتي", "شقتنا"), or after a word of having or "my"
// ("عندي شقة", "my flat").
func ownDwelling(ws []string, j int) bool {
	w := placeKey(ws[j])
	if ownDwellingWords[w] {
		return true
	}
	for _, end := range []string{"ي", "نا"} {
		st, ok := strings.CutSuffix(w, end)
		if !ok {
			continue
		}
		if dwellingNouns[st] {
			return true
		}
		if t, ok := strings.CutSuffix(st, "ت"); ok && dwellingNouns[t+"ه"] {
			return true // شقتي: the ة written open before the ending
		}
	}
	return dwellingNouns[w] && j > 0 && (ownGoodsWords[ws[j-1]] || haveWords[ws[j-1]])
}
