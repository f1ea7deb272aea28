package understand

import (
	"regexp"
	"slices"

	"fatoora/catalog"
)

// Rooms by the night (h38k). A product whose name is a night of a room —
// "ليلة فندق في مكة (للغرفة الثنائية)", "Hotel night (per double room)",
// "ليلة في أوضة دبل (للأوضة)" — is priced per room per night: the nights
// said for it multiply its rooms, as a rent's days multiply its pieces
// (byDay), so "٣ ليالي … اوضتين" is six room-nights.

// nightUnitName: a name whose goods are one night ("ليلة فندق", "hotel
// night", "night in").
var nightUnitName = regexp.MustCompile(`(?i)(?:^|[\s(])ليل[ةه](?:\s|$)|\bnights?\b`)

// perRoomName: a name priced per room ("(للغرفة الثنائية)", "للأوضة",
// "per double room", "per room").
var perRoomName = regexp.MustCompile(`(?i)(?:^|[\s(])(?:لل|لكل\s+)(?:غرف[ةه]|[اأ]وض[ةه])(?:[\s)،,]|$)|\bper\s+(?:\w+\s+)?room\b`)

// roomNight: prod is a room's night, as its name says.
func roomNight(prod *catalog.Product) bool {
	if prod == nil {
		return false
	}
	night := nightUnitName.MatchString(prod.NameAr) || nightUnitName.MatchString(prod.NameEn)
	room := perRoomName.MatchString(prod.NameAr) || perRoomName.MatchString(prod.NameEn)
	return night && room
}

// the words of rooms counted, as the customer writes them
var (
	roomCounted = set("اوضه", "أوضه", "اوض", "أوض", "غرفه", "غرف", "room", "rooms", "oda", "odda", "o2da", "ouda", "owad", "ghorfa", "ghoraf", "ghorf")
	roomsTwo    = set("اوضتين", "أوضتين", "غرفتين", "odteen", "odtein", "o2dteen", "ghorfeteen", "ghorfetein", "ghorftein", "ghorfteen")
)

// roomsBooked reads the rooms counted in a message that says a length in
// nights or days to a shop that sells room nights ("اوضتين", "٢ اوضة",
// "3 rooms", Franco "talat ghoraf") and sets their words aside: the rooms
// multiply the nights (roomNights), they are no line's count nor name.
// Rooms said twice, differently, are left to the lines.
func (r *Rules) roomsBooked(ts []token, rents []rentSpan) int {
	if !r.roomsByNight || !slices.ContainsFunc(rents, func(s rentSpan) bool { return s.n > 1 }) {
		return 0
	}
	rooms, at, end := 0, 0, 0
	for i := 0; i < len(ts); i++ {
		if ts[i].sep || ts[i].aside {
			continue
		}
		n, e := roomsAt(ts, i)
		if n == 0 {
			continue
		}
		if rooms > 0 {
			return 0
		}
		rooms, at, end = n, i, e
		i = e - 1
	}
	for k := at; k < end; k++ {
		ts[k].used, ts[k].aside, ts[k].lex = true, true, false
	}
	return rooms
}

// roomsAt: the rooms counted from i ("اوضتين", "٣ غرف", "2 rooms") and the
// token after them; 0 when none is.
func roomsAt(ts []token, i int) (n, end int) {
	if roomsTwo[dayKey(ts[i])] {
		return 2, i + 1
	}
	v, m, ok := numberAt(ts, i, nil)
	if !ok || i+m >= len(ts) || ts[i+m].sep || v < 1 || v > 50 || v != float64(int(v)) || !roomCounted[dayKey(ts[i+m])] {
		return 0, 0
	}
	return int(v), i + m + 1
}

// roomNights multiplies each room-night line by the rooms said (roomsBooked).
func roomNights(rooms int, items []Item) {
	if rooms < 2 {
		return
	}
	for k := range items {
		if it := &items[k]; it.end > 0 && roomNight(it.Product) {
			it.Quantity = catalog.Milli(int64(it.Quantity) * int64(rooms))
		}
	}
}
