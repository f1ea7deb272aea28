package understand

import (
	"slices"
	"strings"

	"fatoora/catalog/arabic"
)

// Delivery priced by where it goes. A shop may sell delivery as one
// service ("توصيل") or as several whose names say where ("توصيل داخل
// القاهرة والجيزة", "شحن للمحافظات", "توصيل إلى الإسكندرية"). The place the
// customer names picks among them: "والتوصيل لطنطا" is the governorates'
// shipping, never the Cairo delivery the word "توصيل" names; "وتوصيل
// لسموحة" is Alexandria's. A place no service of the shop reaches
// (Tanta where the shop delivers in Cairo only) is a person's to answer;
// a place two services reach, or "ابعتهم على البيت" said in a shop with
// two and no place named, is asked.

// region is where in Egypt a place is, as shops price delivery: Greater
// Cairo (Cairo and Giza), Alexandria, or another governorate.
type region uint8

const (
	noRegion region = iota
	inCairo
	inAlex
	inGovernorates
)

// cairoAreas, alexAreas and governorateAreas are areaWords' Egyptian
// places by region (its words of two places — "الشيخ" of الشيخ زايد and
// كفر الشيخ, "مصر", "الجديده" — and those abroad are in none).
var (
	cairoAreas = set("القاهره", "الجيزه", "اكتوبر", "زايد", "التجمع", "الرحاب", "مدينتي", "الشروق", "العبور", "المعادي", "نصر",
		"المهندسين", "الدقي", "الزمالك", "الهرم", "فيصل", "حلوان", "المقطم", "شبرا", "العباسيه", "العجوزه", "امبابه", "المنيل",
		"المطريه", "القطاميه", "october", "zayed", "maadi", "tagamo3", "cairo", "giza", "zamalek", "heliopolis", "mohandessin",
		"dokki", "rehab", "madinaty", "shorouk", "obour", "nasr")
	alexAreas = set("اسكندريه", "الاسكندريه", "سموحه", "ميامي", "المنتزه", "ستانلي", "لوران", "رشدي", "جليم", "العصافره",
		"المندره", "الابراهيميه", "سبورتنج", "كليوباترا", "الشاطبي", "العامريه", "المعموره", "العجمي", "alex", "alexandria",
		"smouha", "ajami", "agami")
	governorateAreas = set("الساحل", "العلمين", "السخنه", "الغردقه", "شرم", "الجونه", "المنصوره", "طنطا", "الزقازيق", "بنها",
		"دمياط", "بورسعيد", "السويس", "الاسماعيليه", "الفيوم", "المنيا", "اسيوط", "سوهاج", "الاقصر", "اسوان", "المنوفيه",
		"الشرقيه", "الغربيه", "الدقهليه", "البحيره", "سويف", "قنا", "مطروح", "دهب", "نويبع", "طابا", "سفاجا", "القصير", "العريش",
		"سيوه", "dahab", "hurghada", "gouna", "siwa", "nuweiba", "taba", "safaga", "sharm", "luxor", "aswan", "sokhna", "matrouh",
		"alamein", "mansoura", "tanta", "ismailia", "suez", "fayoum", "sahel", "zagazig", "damietta", "portsaid")
	// provinceWords name every governorate at once in a service's name
	// ("شحن للمحافظات")
	provinceWords = set("المحافظات", "محافظات", "governorates", "provinces")
)

// placeLeads begin a place's name of two words ("مدينة نصر", "مصر
// الجديدة", "الشيخ زايد", "كفر الشيخ", "بني سويف").
var placeLeads = set("مدينه", "مصر", "الشيخ", "كفر", "بني")

// regionOf: the region a word names, with the prepositions written on
// it taken off ("للمهندسين", "لاسكندرية", "بطنطا").
func regionOf(w string) region {
	for _, f := range placeForms(w) {
		switch f = wordKey(f); {
		case cairoAreas[f]:
			return inCairo
		case alexAreas[f]:
			return inAlex
		case governorateAreas[f]:
			return inGovernorates
		}
	}
	return noRegion
}

// placeForms: a word as written and without the و, ل, ب or ف written
// on it ("للمحافظات" → "المحافظات").
func placeForms(w string) []string {
	w = strings.TrimPrefix(lower(w), "و")
	forms := []string{w}
	if r, ok := strings.CutPrefix(w, "لل"); ok {
		forms = append(forms, "ال"+r)
	}
	for _, p := range []string{"ل", "ب", "ف"} {
		if r, ok := strings.CutPrefix(w, p); ok && len([]rune(r)) >= 3 {
			forms = append(forms, r)
		}
	}
	return forms
}

// deliveryReach: the shop's delivery services (deliveryProducts)
// and the regions each one's name says it reaches (0: its name says none;
// "المحافظات" is every governorate but Cairo's where another service
// names Cairo, and all of them where none does).
func (r *Rules) deliveryReach() map[int32]uint8 {
	reach := map[int32]uint8{}
	for _, p := range r.deliveryProducts {
		if _, seen := reach[p]; seen {
			continue
		}
		var said uint8
		prod := &r.lx.products[p]
		for _, w := range arabic.Tokens(arabic.Normalize(prod.NameAr + " " + prod.NameEn)) {
			if slices.ContainsFunc(placeForms(w), func(f string) bool { return provinceWords[wordKey(f)] }) {
				said |= 1<<inGovernorates | 1<<inAlex
			} else if g := regionOf(w); g != noRegion {
				said |= 1 << g
			}
		}
		reach[p] = said
	}
	cairo := false
	for _, said := range reach {
		cairo = cairo || said&(1<<inCairo) != 0
	}
	for p, said := range reach {
		if !cairo && said&(1<<inGovernorates) != 0 {
			// "شحن لكل المحافظات" alone: the shop's one way, Cairo too
			reach[p] = said | 1<<inCairo
		}
	}
	return reach
}

// deliveryByRegion sets each delivery line to the service reaching the
// place the customer named, where the shop's services say where they go.
func (r *Rules) deliveryByRegion(ts []token, items []Item) []Item {
	var reach map[int32]uint8
	for i := range items {
		it := &items[i]
		if it.Product == nil {
			continue
		}
		idx, ok := r.lx.bySKU[it.SKU]
		if !ok {
			continue
		}
		if reach == nil {
			if reach = r.deliveryReach(); len(reach) == 0 {
				return items
			}
		}
		if _, isDelivery := reach[int32(idx)]; !isDelivery {
			continue
		}
		priced := false
		for _, said := range reach {
			priced = priced || said != 0
		}
		if !priced {
			return items // one delivery for everywhere (or none says where)
		}
		place := placeNamed(ts, items)
		sent := false
		for k := it.start; k < it.end-1 && k < len(ts); k++ {
			sent = sent || ts[k].sent
		}
		var reaching []int32
		if place != noRegion {
			// the services naming the region, else those naming none
			for _, exact := range []bool{true, false} {
				for p, said := range reach {
					if exact && said&(1<<place) != 0 || !exact && said == 0 {
						reaching = append(reaching, p)
					}
				}
				if len(reaching) > 0 {
					break
				}
			}
		} else if !sent {
			continue // "وتوصيل": the service the customer's word names
		} else {
			for p := range reach {
				reaching = append(reaching, p)
			}
		}
		slices.Sort(reaching)
		switch {
		case len(reaching) == 1:
			p := &r.lx.products[reaching[0]]
			it.SKU, it.Product = p.SKU, p
		case len(reaching) == 0:
			// the shop's delivery goes nowhere near: a person answers
			it.SKU, it.Product, it.Unread = "", nil, true
		default:
			it.Ambiguous = nil
			for _, p := range reaching {
				it.Ambiguous = append(it.Ambiguous, Candidate{Product: &r.lx.products[p], Score: it.Confidence})
			}
			it.SKU, it.Product, it.Vague = "", nil, true
		}
	}
	return items
}

// monthSaid: "اكتوبر" at k is the month ("قبل ١٥ اكتوبر", "في شهر
// اكتوبر"), not the city, unless "٦"/"مدينة"/"السادس" says the city.
func monthSaid(ts []token, k int) bool {
	if w := wordKey(ts[k].lowSurface()); w != "اكتوبر" && w != "october" {
		return false
	}
	if k == 0 || ts[k-1].sep {
		return false
	}
	p := wordKey(lower(strings.TrimPrefix(ts[k-1].surface, "و")))
	return !(p == "6" || p == "6th" || p == "مدينه" || p == "السادس" || p == "سادس" || p == "ل6")
}

// placeNamed: the one region the message's places are in (noRegion when
// it names none, or places in two), but words of the order's goods.
func placeNamed(ts []token, items []Item) region {
	inGoods := func(k int) bool {
		for _, it := range items {
			if k >= it.start && k < it.end-1 && it.Product != nil && !it.Product.MadeToOrder {
				return true
			}
		}
		return false
	}
	found := noRegion
	for k, t := range ts {
		if t.sep || inGoods(k) {
			continue
		}
		g := regionOf(t.surface)
		if g == noRegion || monthSaid(ts, k) {
			continue
		}
		if found != noRegion && found != g {
			return noRegion
		}
		found = g
	}
	return found
}
