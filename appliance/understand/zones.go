package understand

import (
	"math"
	"slices"
	"strings"

	"fatoora/catalog"
	"fatoora/catalog/arabic"
)

// Zones and weight bands (zoneChosen): a courier, or any shop that sends
// goods across Egypt, prices a shipment by the region it goes to and the
// band its weight falls in — "شحنة داخل القاهرة والجيزة لحد 1 كيلو", "…
// إسكندرية والدلتا من 1 لـ 5 كيلو", "… الصعيد والقناة …"; "Delivery to
// Upper Egypt up to 10 kg". The lines are told apart by region words only
// (their other words one key: zoneGroup). The place the customer names
// ("لطنطا", "في الدقي", "to Sohag", "lel Minya") is in one region of the
// country, as a clerk knows it (placeZones): it chooses the lines whose
// names name that region; the weight said ("٨ كيلو", "كيلو ونص", "نص
// كيلو", "half a kilo", "اقل من كيلو") chooses the band. A weight above
// the top band takes the top band and the catalog's line "per kilo above
// N" for the kilos over N. A place no line's region holds, or none said,
// leaves the question between the zones; a place said as where the
// parcels are picked up from ("من عندي في شبرا", "from my office in Nasr
// City") is no destination.

// zone is a region of Egypt as couriers price shipping.
type zone uint8

const (
	noZone zone = iota
	zCairo
	zAlex
	zDelta
	zCanal
	zUpper
	zRedSea
	zSinai
	zMatrouh
	zNewValley
)

// placeZones: Egypt's governorates, their main cities and Greater Cairo's
// districts, by region (normalised keys, without the article where it
// is written both ways: placeZone tries both).
var placeZones = func() map[string]zone {
	m := map[string]zone{}
	add := func(z zone, ws ...string) {
		for _, w := range ws {
			m[w] = z
		}
	}
	add(zCairo, "القاهره", "قاهره", "الجيزه", "جيزه", "اكتوبر", "زايد", "التجمع", "الرحاب", "مدينتي", "الشروق", "العبور",
		"المعادي", "معادي", "نصر", "المهندسين", "مهندسين", "الدقي", "دقي", "الزمالك", "زمالك", "الهرم", "هرم", "فيصل", "حلوان",
		"المقطم", "مقطم", "شبرا", "العباسيه", "عباسيه", "العجوزه", "امبابه", "المنيل", "المطريه", "القطاميه", "الهضبه", "المرج",
		"عين شمس", "مصر الجديده", "مدينه نصر", "الشيخ زايد", "السيده زينب", "وسط البلد", "حدائق الاكتوبر",
		"cairo", "giza", "october", "zayed", "maadi", "tagamo3", "zamalek", "heliopolis", "mohandessin", "dokki", "rehab",
		"madinaty", "shorouk", "obour", "nasr", "shubra", "helwan", "haram", "faisal", "mokattam", "abbaseya", "agouza", "imbaba")
	add(zAlex, "اسكندريه", "الاسكندريه", "سموحه", "ميامي", "المنتزه", "ستانلي", "لوران", "رشدي", "جليم", "العصافره", "المندره",
		"الابراهيميه", "سبورتنج", "كليوباترا", "الشاطبي", "العامريه", "المعموره", "العجمي", "برج العرب",
		"alex", "alexandria", "eskendereya", "eskendriya", "smouha", "ajami", "agami")
	add(zDelta, "طنطا", "الغربيه", "غربيه", "المحله", "المنصوره", "منصوره", "الدقهليه", "دقهليه", "الزقازيق", "زقازيق",
		"الشرقيه", "شرقيه", "بنها", "القليوبيه", "قليوبيه", "المنوفيه", "منوفيه", "شبين", "شبين الكوم", "البحيره", "بحيره",
		"دمنهور", "كفر الشيخ", "دمياط", "كفر الدوار", "رشيد", "ميت غمر", "السادات",
		"tanta", "gharbia", "mahalla", "mansoura", "dakahlia", "zagazig", "sharqia", "sharkia", "benha", "banha", "qalyubia",
		"menoufia", "monufia", "shebin", "beheira", "damanhour", "damietta", "kafr el sheikh", "kafr elsheikh")
	add(zCanal, "الاسماعيليه", "اسماعيليه", "السويس", "سويس", "بورسعيد", "بور سعيد", "ismailia", "esmailia", "suez", "portsaid", "port said")
	add(zUpper, "الفيوم", "فيوم", "بني سويف", "سويف", "المنيا", "منيا", "اسيوط", "سوهاج", "قنا", "الاقصر", "اقصر", "اسوان",
		"fayoum", "fayyum", "beni suef", "bani suef", "minya", "menya", "assiut", "asyut", "assiout", "sohag", "suhag", "qena", "luxor", "aswan")
	add(zRedSea, "الغردقه", "غردقه", "سفاجا", "القصير", "مرسي علم", "الجونه", "hurghada", "safaga", "gouna", "marsa alam")
	add(zSinai, "شرم", "شرم الشيخ", "دهب", "نويبع", "طابا", "العريش", "sharm", "dahab", "nuweiba", "taba", "arish")
	add(zMatrouh, "مطروح", "مرسي مطروح", "العلمين", "سيوه", "matrouh", "alamein", "siwa")
	add(zNewValley, "الخارجه", "الداخله", "kharga", "dakhla")
	return m
}()

// regionZones: the words a catalog's zone names say a region with ("داخل
// القاهرة والجيزة", "إسكندرية والدلتا", "الصعيد والقناة", "Upper Egypt
// and the Canal", "Sinai", "Red Sea").
var regionZones = map[string]zone{
	"الدلتا": zDelta, "دلتا": zDelta, "بحري": zDelta, "delta": zDelta, "lower": zDelta,
	"القناه": zCanal, "قناه": zCanal, "canal": zCanal,
	"الصعيد": zUpper, "صعيد": zUpper, "قبلي": zUpper, "upper": zUpper,
	"سينا": zSinai, "سيناء": zSinai, "sinai": zSinai,
	"البحر الاحمر": zRedSea, "red sea": zRedSea,
	"الوادي الجديد": zNewValley, "new valley": zNewValley,
}

// placeZone: the zone the word at ts[k] names (with the one after it,
// "بني سويف", "port said"), its prepositions taken off; the words it
// takes.
func placeZone(ts []token, k int) (zone, int) {
	if ts[k].sep {
		return noZone, 0
	}
	if k+1 < len(ts) && !ts[k+1].sep {
		for _, f := range placeForms(ts[k].lowSurface()) {
			if z := zoneOfKey(wordKey(f) + " " + wordKey(ts[k+1].lowSurface())); z != noZone {
				return z, 2
			}
		}
	}
	if monthSaid(ts, k) {
		return noZone, 0
	}
	for _, f := range placeForms(ts[k].lowSurface()) {
		if z := zoneOfKey(wordKey(f)); z != noZone {
			return z, 1
		}
	}
	return noZone, 0
}

func zoneOfKey(w string) zone {
	if z, ok := placeZones[w]; ok {
		return z
	}
	if z, ok := regionZones[w]; ok {
		return z
	}
	for _, p := range []string{"el ", "al ", "the "} {
		if r, ok := strings.CutPrefix(w, p); ok {
			return zoneOfKey(r)
		}
	}
	return noZone
}

// nameZones: the zones a product's names say (region words and places).
func nameZones(p *catalog.Product) uint16 {
	var said uint16
	for _, name := range []string{p.NameAr, p.NameEn} {
		ws := arabic.Tokens(arabic.Normalize(lower(name)))
		for k := 0; k < len(ws); k++ {
			for _, f := range placeForms(ws[k]) {
				f = wordKey(f)
				if k+1 < len(ws) {
					if z := zoneOfKey(f + " " + wordKey(ws[k+1])); z != noZone {
						said |= 1 << z
						continue
					}
				}
				if z := zoneOfKey(f); z != noZone {
					said |= 1 << z
				}
			}
		}
	}
	return said
}

// zoneLines: for each product named by a range (ranged.go), the key of
// its group of zone lines — its range family's words with the region
// words taken out — when two lines of the group name different zones.
func (r *Rules) zoneLines() map[int]string {
	r.zonesOnce.Do(func() {
		groups := map[int]string{}
		said := map[string]map[uint16]bool{}
		for i := range r.lx.products {
			g := r.lx.info[i].rng
			if g == nil {
				continue
			}
			z := nameZones(&r.lx.products[i])
			if z == 0 {
				continue
			}
			var rest []string
			for _, w := range strings.Fields(g.fam) {
				if !slices.ContainsFunc(placeForms(w), func(f string) bool { return zoneOfKey(wordKey(f)) != noZone }) && !zoneGlue[w] {
					rest = append(rest, w)
				}
			}
			key := strings.Join(rest, " ")
			groups[i] = key
			if said[key] == nil {
				said[key] = map[uint16]bool{}
			}
			said[key][z] = true
		}
		for i, key := range groups {
			if len(said[key]) < 2 {
				delete(groups, i)
			}
		}
		r.zoneGroups = groups
	})
	return r.zoneGroups
}

// zoneGlue: the words joining regions in a zone's name ("داخل القاهرة
// والجيزة", "to Alexandria and the Delta").
var zoneGlue = set("داخل", "جوه", "الي", "ل", "و", "within", "inside", "to", "and", "the", "egypt", "مصر", "منطقه", "zone")

// zoneItem: the group of zone lines the products of the line are of
// ("" when none or two), and whether every one of them is.
func (r *Rules) zoneItem(it *Item, groups map[int]string) (string, bool) {
	key, all := "", true
	ps := itemProducts(it)
	for _, p := range ps {
		if p == nil {
			continue
		}
		k, ok := groups[r.indexOf(p)]
		if !ok {
			all = false
			continue
		}
		if key != "" && k != key {
			return "", false
		}
		key = k
	}
	return key, all
}

// zoneChosen lets the place and the weight said choose a line's zone and
// band (see the top of this file); a weight above the top band adds the
// catalog's line per kilo above it.
func (r *Rules) zoneChosen(ts []token, items []Item, lost []string) ([]Item, []string) {
	if !r.lx.anyRange {
		return items, lost
	}
	groups := r.zoneLines()
	if len(groups) == 0 {
		return items, lost
	}
	var zoned []int
	for k := range items {
		if key, _ := r.zoneItem(&items[k], groups); items[k].end > 0 && key != "" {
			zoned = append(zoned, k)
		}
	}
	var extra []Item
	weights := map[catalog.Milli]bool{}
	for n, k := range zoned {
		it := &items[k]
		key, all := r.zoneItem(it, groups)
		from, to := 0, len(ts)
		if n > 0 {
			from = items[zoned[n-1]].end - 1
		}
		if n+1 < len(zoned) {
			to = items[zoned[n+1]].start
		}
		z := destinationSaid(ts, from, to)
		w, weighed := parcelWeight(ts, from, to)
		if weighed {
			weights[catalog.MilliFromFloat(w)] = true
		}
		if !all && !weighed && z == noZone {
			continue // other goods asked beside the zones, nothing said to choose
		}
		if !all {
			own := r.ownWordOutsideZones(ts, it, groups)
			if _, ownWeight := parcelWeight(ts, it.start, it.end); own != nil && !ownWeight && !r.zoneWordSaid(ts, it, groups) {
				// "وتغليف هدايا" of a wrapping priced "(للشحنة)": that line
				it.Product, it.SKU, it.Vague, it.Ambiguous, it.Lacks = own, own.SKU, false, nil, nil
				continue
			}
			if own != nil {
				// "توصل النهارده، وزنها نص كيلو": the same-day line its
				// own word names, beside the shipment the weight chooses
				extra = append(extra, Item{Product: own, SKU: own.SKU, Quantity: catalog.One, Phrase: it.Phrase, Confidence: 0.9})
			}
		}
		var members []int
		for i, g := range groups {
			if g == key && (z == noZone || nameZones(&r.lx.products[i])&(1<<z) != 0) {
				members = append(members, i)
			}
		}
		slices.Sort(members)
		if len(members) == 0 {
			continue // a place no zone holds: the question stays
		}
		placesUsed(ts, from, to, z)
		var over float64
		if weighed {
			members, over = r.bandsHolding(members, w)
		}
		it.zoned = true
		if weighed {
			it.DimsCM = nil // "كل واحدة ٤ كيلو": a weight, no size
		}
		if weighed && (it.Quantity == catalog.MilliFromFloat(w) || onlyWeightFigures(ts, it.start, it.end-1)) {
			it.Quantity = shipmentsCounted(ts, it.start) // the weight, never how many
			if it.Quantity > catalog.One {
				ts[it.start-1].count = true
			}
		}
		if len(members) == 1 {
			p := &r.lx.products[members[0]]
			it.Product, it.SKU, it.Vague, it.Ambiguous, it.Lacks = p, p.SKU, false, nil, nil
			it.Confidence = math.Max(it.Confidence, 0.9)
			if over > 0 {
				if e, ok := r.perKiloAbove(r.lx.info[members[0]].rng.hi); ok {
					extra = append(extra, Item{Product: e, SKU: e.SKU, Quantity: catalog.MilliFromFloat(math.Ceil(over-1e-9)) * catalog.Milli(it.Quantity/catalog.One),
						Phrase: it.Phrase, Confidence: 0.9})
				} else {
					it.Confidence = math.Min(it.Confidence, 0.5) // weighs more than the shop prices
				}
			}
			continue
		}
		r.openAmong(it, members)
	}
	if len(zoned) > 0 {
		r.perShipmentAll(ts, items, zoned, groups, weights)
	}
	for k, t := range ts {
		if t.count && isNumber(t.text) && k+1 < len(ts) {
			if i := slices.Index(lost, t.surface); i >= 0 {
				lost = slices.Delete(lost, i, i+1) // the shipments' count, held
			}
		}
	}
	return append(items, extra...), lost
}

// bandsHolding: the members whose band holds weight w; above every band,
// the top band of each zone and the kilos over it.
func (r *Rules) bandsHolding(members []int, w float64) ([]int, float64) {
	var out []int
	for _, m := range members {
		if r.lx.info[m].rng.holds(w) {
			out = append(out, m)
		}
	}
	if len(out) > 1 {
		// a weight on a boundary: the band that says "up to" it
		var upTo []int
		for _, m := range out {
			if g := r.lx.info[m].rng; g.hi == w && g.hiIn {
				upTo = append(upTo, m)
			}
		}
		if len(upTo) > 0 && len(upTo) < len(out) && r.zonesOf(upTo) == r.zonesOf(out) {
			out = upTo
		}
	}
	if len(out) > 0 {
		return out, 0
	}
	top := math.Inf(-1)
	for _, m := range members {
		top = math.Max(top, r.lx.info[m].rng.hi)
	}
	if math.IsInf(top, 1) || w <= top {
		return members, 0
	}
	for _, m := range members {
		if r.lx.info[m].rng.hi == top {
			out = append(out, m)
		}
	}
	return out, w - top
}

func (r *Rules) zonesOf(ms []int) uint16 {
	var z uint16
	for _, m := range ms {
		z |= nameZones(&r.lx.products[m])
	}
	return z
}

// perKiloAbove: the catalog's line per kilo above n ("كيلو زيادة فوق 5
// كيلو", "Extra kilo above 5 kg"), a product of no band family.
func (r *Rules) perKiloAbove(n float64) (*catalog.Product, bool) {
	for i := range r.lx.products {
		if r.lx.info[i].rng != nil {
			continue
		}
		p := &r.lx.products[i]
		for _, name := range []string{p.NameAr, p.NameEn} {
			if g, _, ok := parseRange(keysWithX(name)); ok && g.unit == "kg" && g.lo == n && math.IsInf(g.hi, 1) {
				return p, true
			}
		}
	}
	return nil, false
}

// originWords say where parcels are taken from, not sent to: "من عندي في
// شبرا", "from my office in Nasr City", "men 3andy".
var originWords = set("من", "from", "men", "mn")

// destinationSaid: the one zone the places said in ts[from:to] are in,
// places said after "من"/"from" (within a few words, no figure between)
// left out; noZone when none, or places in two.
func destinationSaid(ts []token, from, to int) zone {
	found := noZone
	for k := max(from, 0); k < to && k < len(ts); k++ {
		z, n := placeZone(ts, k)
		if z == noZone {
			continue
		}
		if originBefore(ts, k) {
			k += n - 1
			continue
		}
		if found != noZone && found != z {
			return noZone
		}
		found = z
		k += n - 1
	}
	return found
}

// originBefore: "من"/"from" said up to four words before ts[k], in its
// clause, with no figure or place between.
func originBefore(ts []token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		t := ts[j]
		if t.sep || isNumber(t.text) {
			return false
		}
		if originWords[t.lowSurface()] {
			return true
		}
	}
	return false
}

// parcelWeight: the weight of the parcel said in ts[from:to]: a figure and
// a weight word ("٨ كيلو", "3 kg", "2 kilo"), "كيلو ونص", "نص كيلو",
// "half a kilo", a weight word alone ("كيلو": one), "اقل من كيلو" (just
// under it).
func parcelWeight(ts []token, from, to int) (w float64, found bool) {
	for k := max(from, 0); k < to && k < len(ts); k++ {
		t := ts[k]
		if t.sep || weightKg(t.text) != 1 && weightKg(t.lowSurface()) != 1 && weightKg(strings.TrimPrefix(t.lowSurface(), "و")) != 1 {
			continue
		}
		v, ok := 1.0, false
		if k > 0 && !ts[k-1].sep {
			if x, isFig := parseDigits(ts[k-1].text); isFig {
				v, ok = x, true
			} else if f, isFrac := fractionWord(ts[k-1].lowSurface()); isFrac {
				v, ok = f, true // "نص كيلو"
			}
		}
		if !ok && k > 1 && ts[k-1].lowSurface() == "a" && ts[k-2].lowSurface() == "half" {
			v, ok = 0.5, true
		}
		if !ok && k+1 < len(ts) && !ts[k+1].sep {
			if f, isFrac := fractionWord(strings.TrimPrefix(ts[k+1].lowSurface(), "و")); isFrac && ts[k+1].conj || strings.HasPrefix(ts[k+1].lowSurface(), "و") && isFrac {
				v += f // "كيلو ونص"
			}
		}
		if lessBefore(ts, k) {
			v -= 0.001 // "اقل من كيلو": under it
		}
		if found && v != w {
			return 0, false // two weights: two parcels, each its own
		}
		w, found = v, true
	}
	return w, found
}

// lessBefore: "اقل من", "less than", "under" said before the weight at k
// (its figure, if any, between).
func lessBefore(ts []token, k int) bool {
	j := k - 1
	if j >= 0 && isNumber(ts[j].text) {
		j--
	}
	if j >= 0 && (ts[j].lowSurface() == "a" || ts[j].lowSurface() == "1") {
		j--
	}
	if j < 0 || ts[j].sep {
		return false
	}
	w := ts[j].lowSurface()
	if w == "under" || w == "below" || w == "ta7t" || w == "تحت" {
		return true
	}
	return j >= 1 && (w == "من" || w == "than" || w == "men") && rangeLess[wordKey(ts[j-1].lowSurface())]
}

// ownWordOutsideZones: the one product of the line outside its zone lines
// that a word of the line names and no zone line's names hold (the
// same-day service "توصل النهارده" asked with the weight) — a line of its
// own; nil when none or several.
func (r *Rules) ownWordOutsideZones(ts []token, it *Item, groups map[int]string) *catalog.Product {
	var own *catalog.Product
	ps := itemProducts(it)
	for _, p := range ps {
		i := r.indexOf(p)
		if i < 0 {
			continue
		}
		if _, isZone := groups[i]; isZone || !r.wordOnlyOf(ts, it, i, groups) {
			continue
		}
		if own != nil {
			return nil
		}
		own = p
	}
	return own
}

// wordOnlyOf: a word of the line that product i's names hold and no zone
// line's do.
func (r *Rules) wordOnlyOf(ts []token, it *Item, i int, groups map[int]string) bool {
	for k := it.start; k < it.end && k < len(ts); k++ {
		t := ts[k]
		if t.sep || isNumber(t.text) || !r.lx.info[i].all[t.text] {
			continue
		}
		held := false
		for m := range groups {
			held = held || r.lx.info[m].all[t.text]
		}
		if !held {
			return true
		}
	}
	return false
}

// shipmentsCounted: the count said just before the line's noun ("5 orders",
// "٣ شحنات"), else one.
func shipmentsCounted(ts []token, start int) catalog.Milli {
	if start < 1 || start > len(ts) || ts[start-1].sep {
		return catalog.One
	}
	if v, ok := parseDigits(ts[start-1].text); ok && v >= 1 && v == math.Trunc(v) {
		return catalog.MilliFromFloat(v)
	}
	return catalog.One
}

// everyShipment: the words saying a per-shipment extra is for every
// shipment told: "كلهم تحصيل", "وتغليف ليهم", "both insured", "kolohom
// ta7seel".
var everyShipment = set("كلهم", "كلها", "ليهم", "لكلهم", "لكلها", "عليهم", "all", "both", "each", "kolohom", "kollohom", "kolaha", "leehom", "lihom")

// perShipmentAll: a line the catalog prices per shipment ("تحصيل …
// (للشحنة)", "Packing (per shipment)") said once beside several
// shipments with a word saying all of them ("كلهم تحصيل", "both
// insured", "وتغليف ليهم") is one for each shipment; said once with no
// such word, which of them it is for is not said — a person asks.
func (r *Rules) perShipmentAll(ts []token, items []Item, zoned []int, groups map[int]string, weights map[catalog.Milli]bool) {
	var shipments catalog.Milli
	for _, k := range zoned {
		shipments += items[k].Quantity
	}
	heads := r.zoneHeads(groups)
	for k := range items {
		it := &items[k]
		if it.zoned || it.Product == nil || it.end == 0 || !perHead(it.Product, heads) {
			continue
		}
		if weights[it.Quantity] && !figureWithin(ts, it.start, it.end) {
			it.Quantity = catalog.One // the parcel's weight, never how many
		}
		if it.Quantity != catalog.One || shipments <= catalog.One {
			continue
		}
		if allSaidBeside(ts, it.start, it.end) {
			it.Quantity = shipments
		} else {
			it.Confidence = math.Min(it.Confidence, 0.5)
		}
	}
}

// zoneHeads: the words every zone line's Arabic name or English name
// holds ("شحنه", "shipment").
func (r *Rules) zoneHeads(groups map[int]string) map[string]bool {
	var heads map[string]bool
	for i := range groups {
		p := &r.lx.products[i]
		ws := map[string]bool{}
		for _, w := range arabic.Tokens(arabic.Normalize(lower(p.NameAr + " " + p.NameEn))) {
			ws[wordKey(w)] = true
		}
		if heads == nil {
			heads = ws
			continue
		}
		for w := range heads {
			if !ws[w] {
				delete(heads, w)
			}
		}
	}
	return heads
}

// perHead: the product's name says it is priced per one of heads ("للشحنه",
// "per shipment").
func perHead(p *catalog.Product, heads map[string]bool) bool {
	ws := arabic.Tokens(arabic.Normalize(lower(p.NameAr + " " + p.NameEn)))
	for k, w := range ws {
		if r, ok := strings.CutPrefix(w, "لل"); ok && (heads[wordKey(r)] || heads[wordKey("ال"+r)]) {
			return true
		}
		if w == "per" && k+1 < len(ws) && heads[wordKey(ws[k+1])] {
			return true
		}
	}
	return false
}

// allSaidBeside: a word saying all of them within two words of the line,
// in its clause.
func allSaidBeside(ts []token, start, end int) bool {
	for k := start - 1; k >= 0 && k >= start-2 && !ts[k].sep; k-- {
		if everyShipment[ts[k].lowSurface()] || everyShipment[ts[k].text] {
			return true
		}
	}
	for k := start; k < end+2 && k < len(ts); k++ {
		if k >= end-1 && ts[k].sep {
			break
		}
		if everyShipment[ts[k].lowSurface()] || everyShipment[ts[k].text] {
			return true
		}
	}
	return false
}

// figureWithin: a figure said among ts[from:to].
func figureWithin(ts []token, from, to int) bool {
	for k := max(from, 0); k < to && k < len(ts); k++ {
		if !ts[k].sep && isNumber(ts[k].text) {
			return true
		}
	}
	return false
}

// shipVerbs: the customer sending a parcel ("عايز اشحن كرتونة", "ابعت
// شنطة هدوم", "ship a box", "ab3at").
var shipVerbs = set("اشحن", "نشحن", "هشحن", "ابعت", "نبعت", "هبعت", "ابعث", "ship", "send", "ab3at", "ashhan", "ash7an", "ab3as")

// shipVerbAt: ts[k] is a verb of sending a parcel.
func shipVerbAt(ts []token, k int) bool {
	if k < 0 || k >= len(ts) || ts[k].sep {
		return false
	}
	w := ts[k].lowSurface()
	return shipVerbs[w] || shipVerbs[strings.TrimPrefix(w, "و")]
}

// parcelsNamed: what the customer sends is the parcel, not goods bought
// ("عايز اشحن كرتونة ٨ كيلو لطنطا": the carton is the shipment; "عايز
// ابعت شنطة هدوم لاخويا في اسوان"): a sending verb, then in its clause a
// place or a weight — the zone lines are the line, the place and the
// weight choose among them (zoneChosen). A line of goods the verb is
// said on becomes the shipment; with no line, one is added. The words of
// what is sent are the parcel's.
func (r *Rules) parcelsNamed(ts []token, items []Item) []Item {
	if !r.lx.anyRange {
		return items
	}
	groups := r.zoneLines()
	if len(groups) == 0 {
		return items
	}
	var group []int
	key := ""
	for i, g := range groups {
		if key != "" && g != key {
			return items // two kinds of zone lines: which one is not said
		}
		key = g
		group = append(group, i)
	}
	slices.Sort(group)
	anyZoned := false
	for k := range items {
		if z, _ := r.zoneItem(&items[k], groups); z != "" {
			anyZoned = true
		}
	}
	for k := range items {
		it := &items[k]
		if z, _ := r.zoneItem(it, groups); z != "" || it.Product == nil || it.end == 0 || !(shipVerbAt(ts, it.start) || shipVerbAt(ts, it.start-1)) {
			continue
		}
		end := clauseEnd(ts, it.start)
		w, weighed := parcelWeight(ts, it.start, end)
		if !weighed && destinationSaid(ts, it.start, end) == noZone {
			continue
		}
		r.asZoneLines(it, group)
		if weighed && it.Quantity == catalog.MilliFromFloat(w) {
			it.Quantity = catalog.One
		}
		parcelWords(ts, it.start, end)
		anyZoned = true
	}
	for k := range ts {
		if !shipVerbAt(ts, k) || ts[k].used && !anyZoned {
			continue
		}
		end := clauseEnd(ts, k)
		if anyZoned {
			if slices.ContainsFunc(items, func(it Item) bool { z, _ := r.zoneItem(&it, groups); return it.start >= k && it.start < end && z != "" }) {
				parcelWords(ts, k, end) // "ابعت هدية عيد ميلاد … توصل النهارده": what is sent
			}
			continue
		}
		if destinationSaid(ts, k+1, end) == noZone {
			continue
		}
		it := Item{Quantity: catalog.One, Confidence: 0.9, start: k, end: end + 1}
		var words []string
		for _, t := range ts[k:end] {
			words = append(words, t.surface)
		}
		it.Phrase = strings.Join(words, " ")
		r.asZoneLines(&it, group)
		parcelWords(ts, k, end)
		return append(items, it)
	}
	return items
}

// asZoneLines sets the line to ask between the zone lines of group.
func (r *Rules) asZoneLines(it *Item, group []int) {
	p := &r.lx.products[group[0]]
	it.Product, it.SKU, it.Vague, it.Lacks = p, p.SKU, true, nil
	it.Ambiguous = nil
	for _, m := range group[1:] {
		it.Ambiguous = append(it.Ambiguous, Candidate{Product: &r.lx.products[m], Score: 1})
	}
}

// parcelWords: the words of what is sent, between the verb and the
// clause's end, are the parcel's ("شنطة هدوم", "كرتونة"): read.
func parcelWords(ts []token, from, to int) {
	for k := from; k < to && k < len(ts); k++ {
		if !ts[k].sep && !isNumber(ts[k].text) {
			ts[k].used = true
		}
	}
}

// placesUsed: the places of zone z said in ts[from:to] are read.
func placesUsed(ts []token, from, to int, z zone) {
	if z == noZone {
		return
	}
	for k := max(from, 0); k < to && k < len(ts); k++ {
		if pz, n := placeZone(ts, k); pz == z && !originBefore(ts, k) {
			for m := k; m < k+n; m++ {
				ts[m].used = true
			}
		}
	}
}

// zoneWordSaid: a word of the line (no figure) that some zone line's
// names hold (the weight after it is read apart: parcelWeight).
func (r *Rules) zoneWordSaid(ts []token, it *Item, groups map[int]string) bool {
	for k := it.start; k < it.end-1 && k < len(ts); k++ {
		if ts[k].sep || isNumber(ts[k].text) {
			continue
		}
		for m := range groups {
			if r.lx.info[m].all[ts[k].text] {
				return true
			}
		}
	}
	return false
}

// onlyWeightFigures: every figure said from just before the line to its
// end is a weight's ("shahna 12 kilo"): none counts the shipments.
func onlyWeightFigures(ts []token, from, to int) bool {
	seen := false
	for k := max(from-1, 0); k < to && k < len(ts); k++ {
		if ts[k].sep || !isNumber(ts[k].text) {
			continue
		}
		if k+1 >= len(ts) || weightKg(ts[k+1].text) != 1 && weightKg(ts[k+1].lowSurface()) != 1 {
			return false
		}
		seen = true
	}
	return seen
}
