package understand

import (
	"math"
	"regexp"
	"slices"
	"strings"

	"fatoora/catalog"
)

// A flat's rooms and the floors climbed to it, as a moving company (or any
// trade pricing work by the flat's size class or per floor) reads them.

// roomNounKeys: a room of a flat or a house, as placeKey leaves it
// (اوضة, the collective اوض, غرفة/غرف, Franco oda/ewad, English room,
// bedroom).
var roomNounKeys = set("اوضه", "اوض", "غرفه", "غرف", "oda", "room", "bedroom")

// roomNoun: w names a room.
func roomNoun(w string) bool {
	k := placeKey(w)
	return roomNounKeys[k] || roomNounKeys[wordKey(k)]
}

// oneAfter: the word after a noun that says there is one of it.
var oneAfter = set("واحده", "واحد", "wa7da", "wa7ed")

// countSaid: w is a figure or a number word, and its value.
func countSaid(w string) (float64, bool) {
	if v, ok := parseDigits(w); ok {
		return v, true
	}
	return numberWord(w)
}

// roomsIn: the rooms a run of words states — a figure or a number word
// before a room noun ("3 أوض", "تلات اوض", "4 ewad", "3 bedroom"), a room
// noun in the dual ("أوضتين", "غرفتين") or with "واحدة" after it ("أوضة
// واحدة"); orMore: "أو أكتر" (or more) said after it.
func roomsIn(ws []string) (n float64, orMore, ok bool) {
	for i, w := range ws {
		switch {
		case roomNoun(w):
			if i > 0 {
				if v, ok := countSaid(ws[i-1]); ok && v >= 1 && v == math.Trunc(v) {
					more := i+2 < len(ws) && (ws[i+1] == "او" || ws[i+1] == "or") && orMoreWords[ws[i+2]]
					return v, more, true
				}
			}
			if i+1 < len(ws) && oneAfter[ws[i+1]] {
				return 1, false, true
			}
		default:
			if st, ok := dualOf(placeKey(w)); ok && roomNoun(st) {
				return 2, false, true
			}
		}
	}
	return 0, false, false
}

// orMoreWords: "more" after "أو" (or).
var orMoreWords = set("اكتر", "اكثر", "more")

// nameRooms: the rooms goods' Arabic name states ("نقل عفش شقة 3 أوض",
// "تنضيف سجاد شقة أوضتين", "… 4 أوض أو أكتر").
func nameRooms(p *catalog.Product) (n float64, orMore, ok bool) {
	return roomsIn(keysOf(strings.Split(p.NameAr, "(")[0]))
}

// roomsSaid: a line whose goods are one of several the catalog tells
// apart by the flat's rooms their names state (a move, a cleaning priced
// by the flat's size class), said with another number of rooms ("نقل شقة
// ٣ اوض", Franco "na2l sha2a 4 ewad") is the one whose name states that
// number — or "N or more" when the number is past it — never the first
// variant with the count left unread. A line left between such variants
// ("ونقل الشقة") beside a line of one of them that only says the flat's
// rooms ("هي اوضتين وصالة") is that one, a single line.
func (r *Rules) roomsSaid(keep []*draft, items []Item, itemOf map[*draft]int) []Item {
	for k := range items {
		p := items[k].Product
		if p == nil {
			continue
		}
		have, _, ok := nameRooms(p)
		if !ok {
			continue
		}
		said, _, ok := roomsIn(keysOf(items[k].Phrase))
		if !ok || said == have {
			continue
		}
		if q := r.roomsVariant(p, said); q != nil {
			items[k].Product, items[k].SKU, items[k].Ambiguous, items[k].Vague = q, q.SKU, nil, false
			if items[k].Quantity == catalog.MilliFromFloat(said) {
				items[k].Quantity = catalog.One // "هي ٣ اوض": the flat's rooms, no count of it
			}
		}
	}
	drop := map[int]bool{}
	for k := range items {
		if len(items[k].Ambiguous) == 0 || drop[k] {
			continue
		}
		cands := []*catalog.Product{items[k].Product}
		for _, c := range items[k].Ambiguous {
			cands = append(cands, c.Product)
		}
		if slices.ContainsFunc(cands, func(p *catalog.Product) bool {
			if p == nil {
				return false
			}
			_, _, ok := nameRooms(p)
			return !ok
		}) {
			continue
		}
		for j := range items {
			if j == k || drop[j] || len(items[j].Ambiguous) > 0 || items[j].Product == nil || !slices.Contains(cands, items[j].Product) || items[j].Quantity != catalog.One {
				continue
			}
			if _, _, ok := roomsIn(keysOf(items[j].Phrase)); !ok {
				continue
			}
			q := items[j].Product
			items[k].Product, items[k].SKU, items[k].Ambiguous, items[k].Vague = q, q.SKU, nil, false
			items[k].Confidence = max(items[k].Confidence, items[j].Confidence)
			drop[j] = true
			break
		}
	}
	return dropItems(items, itemOf, drop)
}

// perNounFigure: a service priced per a noun ("فك وتركيب دولاب (للدولاب)",
// "تغليف (للأوضة)") said with a figure right before that noun or its
// plural ("وفك وتركيب ٤ دواليب", "وتغليف ال٤ اوض") is done to that many,
// however the figure was read before.
func perNounFigure(keep []*draft, items []Item, itemOf map[*draft]int) {
	perNounLines(keep, items, itemOf, func(it *Item, noun string) {
		ws := keysOf(it.Phrase)
		for i := 1; i < len(ws); i++ {
			if !samePlace(placeKey(ws[i]), placeKey(noun)) {
				continue
			}
			if v, ok := parseDigits(ws[i-1]); ok && v > 1 && v == math.Trunc(v) {
				it.Quantity = catalog.MilliFromFloat(v)
			}
			break
		}
	})
}

// perNounLines calls fn with each line of one piece, no count said, of a
// service priced per a noun of one word ("تغليف (للأوضة)") and that noun.
func perNounLines(keep []*draft, items []Item, itemOf map[*draft]int, fn func(it *Item, noun string)) {
	for _, d := range keep {
		k, ok := itemOf[d]
		if !ok || items[k].Product == nil || items[k].Product.Unit != catalog.Piece || items[k].Quantity != catalog.One || d.pre != nil || len(d.counts) > 0 {
			continue
		}
		m := perNounRe.FindStringSubmatch(items[k].Product.NameAr)
		if m == nil {
			continue
		}
		if noun := keysOf(m[1]); len(noun) == 1 {
			fn(&items[k], noun[0])
		}
	}
}

// hourInPricedLine: the hour word s is said in the line of a service
// priced by the hour ("ونش ساعة", "wensh sa3a"): its one hour, no
// question of the shop's hours.
func hourInPricedLine(s string, items []Item) bool {
	if !hourWord(strings.TrimPrefix(s, "و")) {
		return false
	}
	for _, it := range items {
		if !pricedByHour(it.Product) {
			continue
		}
		for _, f := range keysOf(it.Phrase) {
			if hourWord(f) && wordKey(f) == wordKey(strings.TrimPrefix(s, "و")) {
				return true
			}
		}
	}
	return false
}

// roomsVariant: the one product of p's category, unit and head word whose
// name states n rooms (or fewer, "or more").
func (r *Rules) roomsVariant(p *catalog.Product, n float64) *catalog.Product {
	head := keysOf(p.NameAr)
	var found *catalog.Product
	for i := range r.lx.products {
		q := &r.lx.products[i]
		if q.SKU == p.SKU || q.Category != p.Category || q.Unit != p.Unit {
			continue
		}
		if ks := keysOf(q.NameAr); len(ks) == 0 || len(head) == 0 || ks[0] != head[0] {
			continue
		}
		m, more, ok := nameRooms(q)
		if !ok || m != n && !(more && n > m) {
			continue
		}
		if found != nil {
			return nil
		}
		found = q
	}
	return found
}

// perNounDual: a service priced per a noun ("تغليف (للأوضة)", "تنضيف
// (للشباك)") said with that noun in the dual ("تغليف اوضتين", "tanzeef
// shebakeen") is done to two of them: two, never one.
func perNounDual(keep []*draft, items []Item, itemOf map[*draft]int) {
	perNounLines(keep, items, itemOf, func(it *Item, noun string) {
		if byDay(it.Product) {
			return // "يومين" of a rent by the day: rentDays counts the days (rentedDays)
		}
		for _, w := range keysOf(it.Phrase) {
			if st, ok := dualOf(placeKey(w)); ok && (st == noun || placeKey(st) == placeKey(noun)) {
				it.Quantity = catalog.MilliFromFloat(2)
				break
			}
		}
	})
}

// liftWords: a lift (elevator) as said.
var liftWords = set("اسانسير", "اصانصير", "اسانسور", "مصعد", "lift", "elevator", "asanseer", "asanser", "asansir")

// liftNegation: a word right before a lift that says there is none: "من
// غير", "بدون", "مفيش", "no", "without", Franco "men gher", "mafeesh".
var liftNegation = set("غير", "بدون", "بلا", "مفيش", "مافيش", "مافيش", "no", "without", "gher", "ghir", "8er", "bdoon", "bedoon", "mafeesh", "mafish", "mafesh")

// noLiftName: a product's name prices it for a lift missing ("زيادة للدور
// من غير أسانسير", "per floor without a lift", "by the stairs").
func noLiftName(p *catalog.Product) bool {
	ks := keysOf(p.NameAr + " " + lower(p.NameEn))
	for i, k := range ks {
		if liftWords[k] && (i > 0 && liftNegation[ks[i-1]] || i > 1 && liftNegation[ks[i-2]]) {
			return true
		}
	}
	return false
}

// liftAt: ts[j] names a lift; none says there is none of it.
func liftAt(ts []token, j int) (lift, none bool) {
	w := placeKey(ts[j].lowSurface())
	if !liftWords[w] && !liftWords[wordKey(w)] && !liftWords[ts[j].text] {
		return false, false
	}
	for k := j - 1; k >= 0 && k >= j-2 && !ts[k].sep; k-- {
		if liftNegation[wordKey(ts[k].lowSurface())] || k == j-2 && ts[k].lowSurface() == "مش" {
			return true, true
		}
	}
	return true, ts[j].neg
}

// floorOrdinals: the floor an ordinal names, the ground floor 0.
var floorOrdinals = map[string]float64{
	"ارضي": 0, "الارضي": 0, "ground": 0, "ard": 0, "ardy": 0, "ardi": 0, "el ardy": 0,
	"اول": 1, "الاول": 1, "first": 1, "awel": 1, "awal": 1,
	"تاني": 2, "التاني": 2, "الثاني": 2, "second": 2, "tany": 2, "tani": 2,
	"تالت": 3, "التالت": 3, "الثالث": 3, "third": 3, "talet": 3, "talt": 3,
	"رابع": 4, "الرابع": 4, "fourth": 4, "rabe3": 4,
	"خامس": 5, "الخامس": 5, "fifth": 5, "khames": 5,
	"سادس": 6, "السادس": 6, "sixth": 6, "sades": 6,
	"سابع": 7, "السابع": 7, "seventh": 7, "sabe3": 7,
	"تامن": 8, "التامن": 8, "الثامن": 8, "eighth": 8, "tamen": 8,
	"تاسع": 9, "التاسع": 9, "ninth": 9, "tase3": 9,
	"عاشر": 10, "العاشر": 10, "tenth": 10, "3asher": 10,
}

// englishOrdinalRe: "2nd", "3rd", "5th".
var englishOrdinalRe = regexp.MustCompile(`^([0-9]{1,2})(st|nd|rd|th)$`)

// floorOrdinal: the floor the word at k names as an ordinal.
func floorOrdinal(ts []token, k int) (float64, bool) {
	if k < 0 || k >= len(ts) || ts[k].sep {
		return 0, false
	}
	w := ts[k].lowSurface()
	if m := englishOrdinalRe.FindStringSubmatch(w); m != nil {
		v, ok := parseDigits(m[1])
		return v, ok
	}
	for _, s := range []string{w, strings.TrimPrefix(w, "el"), strings.TrimPrefix(w, "l"), strings.TrimPrefix(w, "ل"), strings.TrimPrefix(w, "لل")} {
		if v, ok := floorOrdinals[s]; ok {
			return v, true
		}
		if v, ok := floorOrdinals["ال"+s]; ok {
			return v, true
		}
	}
	return 0, false
}

// floorNoun: the word at k is the floor noun a service is priced per (its
// key), or English "floor", Franco "dor".
func floorNoun(ts []token, k int, key string) bool {
	if k < 0 || k >= len(ts) || ts[k].sep {
		return false
	}
	w := placeKey(ts[k].lowSurface())
	return w == key || wordKey(w) == key || ts[k].text == key || w == "floor" || w == "dor" || w == "eldor"
}

// priceAskWords: the price asked right after a noun ("الدور بكام", "الدور
// بيزيد كام", "per floor how much").
var priceAskWords = set("بكام", "كام", "بيزيد", "يزيد", "how", "much", "bkam", "kam", "b")

// floorsClimbed: a service priced per floor climbed without a lift
// ("زيادة للدور من غير أسانسير (للدور)") whose line says no count is as
// many floors as the floors said as ordinals ("في الدور التالت", "2nd
// floor", "el dor el talet") without a lift: the ground floor none, each
// end of a move its own floors ("من الدور السادس من غير اسانسير للدور
// التاني من غير اسانسير": 8). A floor said with a lift there ("فيه
// اسانسير") counts none; one whose lift is not told is asked. The price
// per floor asked ("الدور بيزيد كام؟") stays one.
func floorsClimbed(ts []token, keep []*draft, items []Item, itemOf map[*draft]int) {
	for _, d := range keep {
		k, ok := itemOf[d]
		if !ok || items[k].Product == nil || items[k].Quantity != catalog.One || d.pre != nil || len(d.counts) > 0 || !noLiftName(items[k].Product) {
			continue
		}
		m := perNounRe.FindStringSubmatch(items[k].Product.NameAr)
		if m == nil {
			continue
		}
		key := keysOf(m[1])
		if len(key) != 1 {
			continue
		}
		n, told, ok, ordAt := floorsSaid(ts, placeKey(key[0]))
		if !ok {
			continue
		}
		if !told {
			if !slices.Contains(items[k].Missing, "count") {
				items[k].Missing = append(items[k].Missing, "count")
			}
			continue
		}
		items[k].Missing = slices.DeleteFunc(items[k].Missing, func(s string) bool { return s == "count" })
		if n > 0 {
			items[k].Quantity = catalog.MilliFromFloat(n)
		}
		for _, j := range ordAt {
			ts[j].used = true // "2nd": read as the floors climbed
		}
	}
}

// floorsSaid: the floors climbed without a lift the message says (n),
// and whether the lift of every floor said above the ground is told; ok
// is false when no floor is said as an ordinal, or its price is asked.
// ordAt are the ordinals' places.
func floorsSaid(ts []token, key string) (n float64, told, ok bool, ordAt []int) {
	var at []int
	var val []float64
	for k := range ts {
		if !floorNoun(ts, k, key) {
			continue
		}
		ordK := k + 1
		v, has := floorOrdinal(ts, k+1)
		if !has && k+2 < len(ts) && (ts[k+1].lowSurface() == "el") {
			ordK = k + 2
			v, has = floorOrdinal(ts, k+2)
		}
		if !has {
			ordK = k - 1
			v, has = floorOrdinal(ts, k-1)
		}
		if !has {
			for j := k + 1; j < len(ts) && j <= k+2 && !ts[j].sep; j++ {
				if priceAskWords[wordKey(ts[j].lowSurface())] {
					return 0, false, false, nil // "الدور بيزيد كام؟": the price per floor asked
				}
			}
			continue
		}
		at, val = append(at, k), append(val, v)
		ordAt = append(ordAt, ordK)
	}
	if len(at) == 0 {
		return 0, false, false, nil
	}
	told = true
	for i, k := range at {
		if val[i] == 0 {
			continue
		}
		end := len(ts)
		if i+1 < len(at) {
			end = at[i+1]
		}
		status := 0 // 1: no lift, 2: a lift
		for j := k + 1; j < end; j++ {
			if lift, none := liftAt(ts, j); lift {
				status = 2
				if none {
					status = 1
				}
				break
			}
		}
		switch status {
		case 1:
			n += val[i]
		case 0:
			told = false
		}
	}
	return n, told, true, ordAt
}

// liftThere: a line of a service priced for a lift missing read from a
// lift said to be there ("الدورين فيهم اسانسير", Franco "fi asanseer",
// "there's a lift") is no such service: dropped.
func liftThere(ts []token, keep []*draft, items []Item, itemOf map[*draft]int) []Item {
	drop := map[int]bool{}
	for _, d := range keep {
		k, ok := itemOf[d]
		if !ok || items[k].Product == nil || !noLiftName(items[k].Product) {
			continue
		}
		lifts, none := 0, false
		for j := max(d.start, 0); j <= d.end && j < len(ts); j++ {
			if lift, no := liftAt(ts, j); lift {
				lifts++
				none = none || no
			}
		}
		if lifts > 0 && !none {
			drop[k] = true
		}
	}
	if len(drop) == 0 {
		return items
	}
	return dropItems(items, itemOf, drop)
}

// liftAfter: a lift, there or not, is said within the few words after a
// floor's ordinal at k ("الدور الخامس من غير اسانسير", "2nd floor with no
// lift"): the floor is told for the climb, not as an address.
func liftAfter(ts []token, k int) bool {
	for j := k + 1; j < len(ts) && j <= k+4 && !ts[j].sep; j++ {
		if lift, _ := liftAt(ts, j); lift {
			return true
		}
	}
	return false
}
