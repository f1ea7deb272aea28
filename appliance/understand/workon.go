package understand

import "strings"

// workOnGoods are the verbal nouns of work done on goods the customer has
// or buys — installing, servicing, cleaning, moving, repairing,
// inspecting — as opposed to those of making them (تفصيل، تصنيع: "تفصيل
// دولاب" is a wardrobe). A product named by one ("تركيب منظومة طاقة
// شمسية", "صيانة تكييف") is that work: the words of its object alone
// ("عايز منظومة ٥ كيلو", "عايز تكييف") name the goods, not the work, and
// never choose it; the work is chosen when the customer says it (its
// noun, a word of labour, a worker's verb read as it, English
// "installation").
var workOnGoods = set("تركيب", "تركيبات", "صيانه", "صيانة", "تنظيف", "غسيل", "تلميع", "فك", "نقل", "تصليح", "اصلاح", "معاينه",
	"معاينة", "توصيل", "شحن", "تغيير", "تعبئه", "تعبئة", "كشف", "فحص")

// workSaid: the draft says the work of product in — a verbal noun of work
// on goods, a word of labour, the product's own head noun, or an English
// word for work its name holds ("washing", "installation").
func workSaid(d *draft, in *prodInfo) bool {
	for w := range d.uniq {
		if workWord(w) || labourWords[w] || w == in.head || in.all[w] && isLatinWord(w) && (strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "tion")) {
			return true
		}
	}
	return false
}

var workWordsEn = set("installation", "install", "installing", "fitting", "fit", "maintenance", "service", "servicing", "cleaning",
	"repair", "repairs", "moving", "delivery", "inspection", "survey", "visit", "labour", "labor", "assembly")

// workWord: w names a work on goods, in Arabic or English (a catalog's
// vocabulary may spell the unit either way).
func workWord(w string) bool { return workOnGoods[w] || workWordsEn[w] }

// unreadWorkless leaves a line that chose a work by its object's words
// alone unread: the customer named goods the shop sells no product of
// ("منظومة", the solar system of "تركيب منظومة طاقة شمسية"), which a
// person reads — never the work invoiced in their place.
func unreadWorkless(items []Item) {
	for k := range items {
		if it := &items[k]; it.workless {
			it.SKU, it.Product, it.Color, it.Material, it.Missing, it.Lacks, it.Ambiguous = "", nil, "", "", nil, nil, nil
			it.Unread, it.workless = true, false
		}
	}
}

// ownGoodsWork are the verbal nouns of work done only to goods the
// customer already has: changing a part, repairing, cleaning, polishing
// (installing goes with buying them: "عايز اركب شباك" asks the window).
var ownGoodsWork = set("تغيير", "تصليح", "تنظيف", "تلميع")

// myWork reads "عايز اغير عجل شنطتين" (I want to change two suitcases'
// wheels), "محتاجين نصلح …": a present verb of I or we right after a want,
// whose verbal noun (تفعيل of its three-letter root: اغير → تغيير) is work
// on the customer's own goods heading a product the shop sells, is that
// service, as "حد يغير" is (someoneTo); the goods after it its object,
// counted as said. The word right after the verb must be the part the
// service's name works on ("عجل"), no goods' head noun: "عايز اغير شنطة
// سفر" is an exchange of the bag, never the wheels' service.
func (r *Rules) myWork(ts []token) {
	for i := 1; i < len(ts); i++ {
		if ts[i].sep || ts[i-1].sep || ts[i].lex || !orderCues[strings.TrimPrefix(ts[i-1].text, "و")] {
			continue
		}
		w := ts[i].text
		for _, o := range []string{"لها", "لهم", "له", "لي", "ها", "هم", "ه", ""} {
			st, ok := strings.CutSuffix(w, o)
			if !ok {
				continue
			}
			root, ok := strings.CutPrefix(st, "ا")
			if !ok {
				root, ok = strings.CutPrefix(st, "ن")
			}
			if rs := []rune(root); ok && len(rs) == 3 {
				if noun := "ت" + string(rs[:2]) + "ي" + string(rs[2]); ownGoodsWork[noun] && r.isHead(noun) && r.partOfWork(ts, i+1, noun) {
					if u, ok := r.lx.rewrite[noun]; ok {
						noun = u
					}
					ts[i].text, ts[i].lex, ts[i].work = noun, true, true
					break
				}
			}
		}
	}
}

// partOfWork: the word at k is one of the names of a service headed by
// noun, and no goods' head noun.
func (r *Rules) partOfWork(ts []token, k int, noun string) bool {
	if k >= len(ts) || ts[k].sep || !ts[k].lex || r.isHead(ts[k].text) {
		return false
	}
	if u, ok := r.lx.rewrite[noun]; ok {
		noun = u
	}
	for _, p := range r.lx.postings[ts[k].text] {
		if r.lx.info[p].head == noun {
			return true
		}
	}
	return false
}
