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
