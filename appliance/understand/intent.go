package understand

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// Cue words of Egyptian Arabic (keys after Normalize, fold and removal of
// the article), with Franco and English equivalents. They come from how
// customers speak, not from any one shop.

// orderCues ask for something: "عايز", "محتاج", "ابعتلي", "احجزلي", "ممكن".
var orderCues = set(
	"عايز", "عاوز", "عايزه", "عاوزه", "عايزين", "عاوزين", "محتاج", "محتاجه", "محتاجين",
	"ابعت", "ابعتلي", "ابعتولي", "ابعتلنا", "ابعتولنا", "احجز", "احجزلي", "احجزولي", "احجزلنا",
	"اطلب", "هطلب", "نطلب", "هنطلب", "هاخد", "هات", "هاتلي", "هاتولي", "ممكن", "ينفع", "اريد", "نريد", "نفسي",
	"فاتوره", "اوردر", "اوردار", "want", "need", "order", "please", "arrange",
	// wanting as other Arabic dialects say it, heard in Egypt too: "ابغى"
	"ابغي", "ابغا", "نبغي", "بدي", "abgha", "abga",
	// the Gulf's "I want" and "give me" of returnees ("أبي", "عطني"), and
	// asking as we or to a woman ("ممكن نطلب", "ابعتيلي")
	"ابي", "نبي", "عطني", "عطيني", "اعطني", "اعطيني", "نطلب", "هنطلب", "ابعتيلي", "ابعتيلنا",
	// adding to what was asked: "وزود ٣ أكر", "ضيفلي مخدتين", "add 2 chairs"
	"زود", "زودلي", "زودولي", "زودلنا", "زودي", "زوديلي", "ازود", "نزود", "هزود", "هنزود", "ضيفلي", "ضيفولي", "ضيفيلي", "add",
	"zawed", "zawedly", "zawedli", "zawdo", "zawedo", "zawdoly", "zawedoly", "dayef", "dayefly", "deefly",
	// getting it ready: "برجاء تجهيز ٢٠ متر", "جهزولي ٣ كراسي"
	"تجهيز", "جهزلي", "جهزولي", "جهزلنا", "جهزولنا",
	// getting it (buying): "الفني قالي اجيب …", "لازم نجيب"
	"اجيب", "نجيب",
	// "I'd like" as Egyptian says it: "حابب اخد", "حابة أطلب", "7abeb"
	"حابب", "حابه", "حابين", "7abeb", "7abba", "7abbeen", "7abin",
	// needing, said of what comes next: "وهنحتاج تركيب للاربع شفاطات"
	"هحتاج", "هنحتاج", "حنحتاج", "حاحتاج", "ha7tag", "hn7tag", "han7tag",
	// enrolling, oneself or others: "عايزة اشترك لولادي", "اشتركونا انا واخويا"
	"اشترك", "اشتركلي", "اشتركولي", "اشتركونا", "اشتركوني", "اشتركلنا", "نشترك", "هشترك", "هنشترك",
)

// priceCues ask what something costs or whether it is there: an inquiry.
var priceCues = set(
	// a discount asked: "وفيه خصم؟"
	"خصم", "الخصم", "تخفيض", "discount",
	"بكام", "كام", "سعر", "اسعار", "سعره", "سعرها", "تمن", "تمنه", "تمنها", "بكم",
	"متاح", "متاحه", "متوفر", "متوفره", "موجود", "موجوده", "عندكم", "عندك", "هل",
	"فاضل", "فاضله", "فاضلين", "fadel", "fadla", // how many are left: "وفاضل منها كام؟"
	"price", "prices", "cost", "how", "available", "much",
	"استفسار", "اسال", "اسأل", "تفاصيل", "مواصفات", "صور", "كتالوج",
	// asking about it, and what it will cost: "عايز استفسر عن", "هتتكلف كام"
	"استفسر", "نستفسر", "اتكلف", "هتتكلف", "هيتكلف", "تتكلف", "يتكلف", "هتكلف", "تكلفه", "التكلفه",
)

// notAmountAfter: a figure followed by one of these is money or time, not
// a quantity ("بـ 5000 جنيه", "10 ايام"); notAmountBefore likewise
// ("يوم 5", "الساعه 3").
var notAmountAfter = set("جنيه", "جنيها", "ج", "egp", "le", "pound", "pounds", "ريال", "دولار",
	"يوم", "ايام", "اسبوع", "اسابيع", "شهر", "شهور", "سنه", "سنين", "ساعه", "ساعات", "دقيقه", "دقايق",
	"الاف", "الف", "%", "بالميه", "في الميه", "day", "days", "week", "weeks")
var notAmountBefore = set("يوم", "الساعه", "ساعه", "بتاريخ", "تاريخ", "رقم", "تليفون", "موبايل",
	"فلوس", "بسعر", "بمبلغ", "مبلغ", "day", "احنا", // "احنا ٣": how many people we are
	"وزن", // "بيستحمل وزن ١٠٠ كيلو": what it bears (personTalk places it)
	"at")  // "I'll pick it up at 5": a time (or a price, "at 200 each"), never a count

// complaintCues, weighted: a message is a complaint at weight ≥ 1.
var complaintCues = foldKeys(map[string]float64{
	"مكسور": 1, "مكسوره": 1, "اتكسر": 1, "اتكسرت": 1, "مكسر": 1, "كسر": 0.5,
	"غلط": 1, "غلطه": 1, "موصلش": 1, "ماوصلش": 1, "موصلتش": 1, "ماوصلتش": 1, "وصلش": 1,
	"متاخر": 1, "متاخره": 1, "اتاخر": 1, "اتاخرت": 1, "اتاخرتوا": 1, "تاخير": 1,
	"وحش": 1, "وحشه": 1, "سيء": 1, "سيئه": 1, "زفت": 1, "مشكله": 1, "مشاكل": 1,
	"شكوي": 1, "شكوه": 1, "بايظ": 1, "بايظه": 1, "باظ": 1, "باظت": 1, "عيب": 1, "خربان": 1,
	"bayez": 1, "bayza": 1, "bawaz": 1, "baz": 1, "bazet": 1, // Franco باظ: broken
	"خربانه": 1, "مضروب": 1, "مخدوش": 1, "خدش": 1, "نصب": 1, "استرجاع": 1, "ارجاع": 1,
	"ترجيع": 1, "مردش": 1, "يكلمني": 0.5, "كلموني": 0.5, "يكلمنا": 0.5, "كلمني": 0.5, "محدش": 0.5, "ماحدش": 0.5, "لسه": 0.5, "مستني": 0.5, "مستنيه": 0.5,
	"منتظر": 0.5, "يتواصل": 0.5, "يرد": 0.5, "امبارح": 0.5, "طلبت": 0.5, "طلبنا": 0.5,
	"بطريقه": 0.5, "ضروري": 0.5, "حسبتوا": 0.5, "broken": 1, "late": 1, "wrong": 1, "complaint": 1,
	// defects said as a verb: leaking, dripping, not working, stopped
	// a slider or a lock that jams ("السحاب بيعلق"; "بيتعلق", is hung, is
	// none): with work done or another cue, a complaint
	"بيعلق": 0.5, "بتعلق": 0.5, "بيزرجن": 1, "بتزرجن": 1,
	// "ياريت حد يتصرف": someone should deal with it
	"يتصرف": 0.5, "يتصرفوا": 0.5,
	"بينقط": 1, "بيسرب": 1, "بيهرب": 1, "بيخر": 1, "عطلان": 1, "عطلانه": 1, "عطل": 1, "اتعطل": 1,
	"وقف": 0.5, "بيزيق": 1, "مفكوك": 1, "مقشر": 1, "اتقشر": 1, "باهت": 1, "بهتان": 1, "بهت": 1, "مخدوشه": 1,
	"بيوبر": 1, "بتوبر": 1, "بتزيق": 1, "مشروخ": 1, "مشروخه": 1, "شرخ": 1, "معووج": 1, "معوج": 1,
	"مايل": 0.5, "مفكك": 1, "مبلول": 1, "مسوس": 1, "متاكل": 1, "مصدي": 1, "صدي": 1, "ناقص": 1, "ناقصه": 1,
	"مجروح": 1, "اتخدش": 1, "اغير": 0.5, "استبدال": 1, "تغيير": 0.5, "ارجع": 0.5, "ارجعه": 1, "ارجعها": 1, "متعور": 1, "بايش": 1, "وبر": 0.5, "مقطوع": 1, "مقطوعه": 1, "اتقطع": 1, "ممزق": 1, "مبقع": 1, "بقع": 0.5,
	// fell, came apart; "you installed it" points at work already done
	"وقع": 1, "وقعت": 1, "اتفك": 1, "اتفكت": 1, "ركبتوها": 0.5, "ركبتوه": 0.5, "ركبتوهم": 0.5,
	// came opened, spilled: "جالي مفتوح ونصه واقع", "الجردل مدلوق"
	"مفتوح": 0.5, "واقع": 0.5, "مدلوق": 1, "اندلق": 1, "اتدلق": 1, "opened": 0.5, "spilled": 1, "leaked": 1,
	// electrical faults: cuts out, goes off, burnt
	// a purchase already made ("the one I bought"): with another cue, a complaint
	"اشتريتها": 0.5, "اشتريته": 0.5, "اشتريتهم": 0.5, "اخدتها": 0.5, "اخدته": 0.5, "اخدتهم": 0.5,
	// noise is a defect: "صوته عالي", "بيزن"
	"صوته": 0.5, "صوتها": 0.5, "عالي": 0.5, "بيزن": 1, "بتزن": 1, "دوشه": 1, "ازعاج": 1,
	"بيفصل": 1, "بتفصل": 1, "بيطفي": 1, "بتطفي": 1, "اتحرق": 1, "اتحرقت": 1, "ضرب": 0.5, "ضربت": 0.5,
	// what was asked never came or was not taken: "مخدتش", "مجاش"
	"بتنقط": 1, "بيتنقط": 1, "حسبلي": 0.5, "حاسبني": 0.5, "معلنين": 0.5, "اعلان": 0.5,
	"مخدتش": 1, "ماخدتش": 1, "مجاش": 1, "ماجاش": 1, "مجاتش": 1, "ماجاتش": 1, "موصلناش": 1,
	// English after-sales: a defect or an exchange asked
	"loose": 1, "scratched": 1, "torn": 1, "tore": 1, "ripped": 1, "snapped": 1, "stained": 1, "cracked": 1, "chipped": 1, "warped": 1, "peeling": 1, "peeled": 1,
	"wobbly": 1, "wobbles": 1, "wobbling": 1, "shaky": 1, "dented": 1, "faulty": 1, "exchange": 1, "replacement": 1, "refund": 1,
	"fading": 1, "faded": 0.5, // a colour gone pale: with a purchase or an installation told, a complaint
	"ينفخ": 1, "نفخ": 1, "منفوخ": 1, "بينفخ": 1, "اتنفخ": 1, "swollen": 1, "damaged": 1, "defective": 1,
})

// thanksWords thank the shop; with nothing asked the message is no order.
var thanksWords = set("شكرا", "شكراً", "متشكر", "متشكره", "متشكرين", "مرسي", "ميرسي", "thanks", "thank", "thx", "shokran", "merci", "mersi",
	"تسلم", "تسلموا", "تسلمو", "تسلمي", "tslm", "teslam",
	// a blessing is thanks: "ربنا يكرمكم", "الله يباركلكم"
	"يكرمكم", "يكرمك", "يباركلكم", "يباركلك", "yekramko", "ykrmko")

// ThanksWord: w thanks the shop or blesses it ("شكرا", "تسلم", "يكرمك"), as
// the rules read thanks. For the pipeline's reply to a thanks.
func ThanksWord(w string) bool { return thanksWords[w] || thanksWords[wordKey(lower(w))] }

// MeasureWord: w, beside a figure, makes it a measure rather than a count
// ("سم", "متر", "كيلو", "طن", "وات", "جيجا", "في", "x"), as the rules read
// units, weights, the measures goods are priced per and a size's "by";
// and "رقم" before the figure a numbered piece shows ("بالونة رقم ٥").
// For the pipeline's check of a count no line holds.
func MeasureWord(w string) bool {
	w = lower(w)
	_, unit := unitWord(w)
	return unit || weightUnits[w] || measureUnits[w] || dimOps[w] || w == "×" || w == "*" || numberNouns[w] || numberNouns[wordKey(w)] ||
		litres(w) > 0 // "5 litres of …", Franco "5 litr": a volume, as "٥ لتر"
}

// PriceWord: w asks a price or whether goods are there ("بكام", "سعره",
// "كام", "عندكم", "bkam", "how much"), as the rules read a price question.
// For the pipeline's reading of a price asked under a list of products.
func PriceWord(w string) bool {
	return priceCues[w] || francoPriceCues[lower(w)] || priceCues[wordKey(lower(w))]
}

// praiseWords say the goods turned out well: "تحفة", "تجنن", "زي الفل",
// "ممتازة", "arrived 👍".
var praiseWords = set("تحفه", "تجنن", "بتجنن", "روعه", "جميل", "جميله", "جمال", "حلو", "حلوه", "حلوين", "ممتاز", "ممتازه",
	"ممتازين", "فل", "عظمه", "مبسوط", "مبسوطه", "مبسوطين", "فرحان", "فرحانه", "فرحانين", "mabsoot", "mabsoten", "happy", "pleased", "perfect", "great", "amazing", "lovely", "beautiful", "love", "excellent", "arrived", "👍", "❤️", "❤", "😍")

// praised: a word of praise with nothing counted: thanks for goods that
// came, not an order of them.
func praised(ts []token) bool {
	praise := false
	for i, t := range ts {
		if t.sep {
			praise = praise || praiseWords[t.text] || praiseWords[t.surface]
			continue
		}
		if isNumber(t.text) {
			return false
		}
		if i > 0 && !ts[i-1].sep && (ts[i-1].text == "مش" || ts[i-1].text == "not") {
			continue // "طعمها مش حلو": no praise
		}
		praise = praise || praiseWords[t.text] || praiseWords[t.lowSurface()]
	}
	return praise
}

// pastWords point at a purchase, a delivery, an installation, a bill or a
// payment already made; with a discrepancy word they make a complaint even
// when products and figures are named ("جالي 2 ترابيزة بدل 3").
var pastWords = set("جالي", "جاتلي", "جاني", "جالنا", "جاتنا", "جه", "جت", "وصل", "وصلت", "وصلني", "وصلتني", "وصلنا",
	"استلمت", "استلمنا", "استلمتها", "استلمته", "اتركب", "اتركبت", "ركبتوا", "ركبتو", "ركبوا", "الفني", "الفنيين",
	"دفعت", "دفعنا", "حولت", "حولتلكم", "مقدم", "العربون", "عربون", "حاسبتوني", "حسبتوني", "حاسبوني", "اشتريت", "اشترينا",
	"طلبت", "طلبنا", "واخد", "واخده", "اخدت", "خدت", "فات", "امبارح",
	"نزلت", "نزل", "طلعت", "طلع", "طلعو", "المحاسب", "حسبلي", "حاسبني", "estalamt", "estlmt", "wesel", "weselt", "gali", "galy", "dafa3t", "ordered", "bought", "paid", "got", "received", "delivered", "installed", "charged", "last", "technician")

// orderedOtherCame: "I ordered X and Y came" — a verb of having ordered
// ("طلبت", "انا طالب", "talabt", "ordered"), then, after it, a verb of
// receiving ("جالي", "وصلتني", "gali", "got") followed by a colour, a
// shade or a figure: what came is named against what was ordered, a
// complaint ("طلبت بني محروق وجالي فاتح", "طلبت مقاس 180 وجالي 160",
// "ordered dark brown and got light brown"). Received with a time after it
// ("وجالي امبارح") names nothing that differs.
func orderedOtherCame(ts []token) bool {
	ordered := false
	for i, t := range ts {
		if t.sep {
			continue
		}
		w := t.surfKey()
		if orderedVerbs[w] {
			ordered = true
			continue
		}
		if !ordered || !receivedVerbs[w] || i+1 >= len(ts) || ts[i+1].sep {
			continue
		}
		n := ts[i+1]
		if n.color != "" || isNumber(n.text) || shadeOf(n) != "" {
			return true
		}
	}
	return false
}

var (
	// orderedVerbs: I (we) ordered, asked for.
	orderedVerbs = set("طلبت", "طلبنا", "طالب", "طالبه", "طالبين", "talabt", "talabna", "ordered")
	// receivedVerbs: it came to me, reached me, I got.
	receivedVerbs = set("جالي", "جاتلي", "جاني", "جالنا", "جاتنا", "جاتني", "وصلني", "وصلتني", "وصلنا", "وصلتنا", "gali", "galy", "gany",
		"weselny", "weselni", "got", "received", "came")
)

// notPast: the past word at i tells of nothing bought, paid or delivered:
// a payment noun after a verb still to be done ("عشان احول العربون",
// "هدفع المقدم": the deposit to pay), or "واخد" of a thing taking up what
// is not goods ("والشباك واخد مساحة": the window takes room) — taken by
// no customer ("انا واخد ٢ بس") and followed by no figure nor catalog word.
func notPast(ts []token, i int) bool {
	w := ts[i].text
	switch {
	case paymentNouns[w] || paymentNouns[wordKey(strings.TrimPrefix(ts[i].surface, "و"))]:
		for k := i - 1; k >= 0 && k >= i-2 && !ts[k].sep; k-- {
			if toPay(ts[k].text) || toPay(wordKey(strings.TrimPrefix(ts[k].surface, "و"))) {
				return true
			}
		}
		// "ممكن حد يكلمني بالباكدجات والعربون؟": the deposit asked
		// about, a question closing its clause, no verb of paying in it
		return !unasked(ts, i) && !slices.ContainsFunc(clauseOf(ts, i), func(t token) bool { return paidVerbs[wordKey(strings.TrimPrefix(t.surface, "و"))] })
	case w == "واخد" || w == "واخده":
		if i > 0 && !ts[i-1].sep && (ts[i-1].text == "انا" || ts[i-1].text == "احنا") {
			return false
		}
		return i+1 < len(ts) && !ts[i+1].sep && !ts[i+1].lex && !isNumber(ts[i+1].text) && !isNumberWord(ts[i+1].text)
	}
	return false
}

// clauseOf: the words of the clause around i, up to the separators.
func clauseOf(ts []token, i int) []token {
	from, to := i, i
	for from > 0 && !ts[from-1].sep {
		from--
	}
	for to < len(ts) && !ts[to].sep {
		to++
	}
	return ts[from:to]
}

// paidVerbs: the deposit already paid ("دفعت", "حولت", "paid").
var paidVerbs = set("دفعت", "دفعنا", "حولت", "حولنا", "حولتلكم", "دافع", "دافعين", "paid", "dafa3t")

// paymentNouns name money paid ahead: the deposit, the down payment.
var paymentNouns = set("عربون", "العربون", "مقدم", "المقدم")

// toPay: a verb of paying or transferring not yet done, the imperfect or
// future of the first persons ("احول", "هحول", "ندفع", "هنبعت"), the
// imperative ("حول").
func toPay(w string) bool {
	for _, stem := range []string{"حول", "دفع", "بعت"} {
		for _, p := range []string{"ا", "ه", "ن", "هن", "ح", "حن", ""} {
			if w == p+stem || w == p+stem+"لكم" || w == p+stem+"لك" {
				return true
			}
			if p != "" && (w == p+stem+"ك" || w == p+stem+"كم") {
				return true // "هحولك": I'll transfer to you
			}
		}
	}
	return false
}

// payingTold: the word at k tells how the customer will pay for what is
// ordered — a verb of paying not yet done ("وهحول", "هدفعلك") or, after
// one in its clause, the means or the sum paid ("هحول فودافون كاش", "هحول
// العربون"): the order's payment, no goods.
func payingTold(ts []token, k int) bool {
	said := func(j int) string { return wordKey(strings.TrimPrefix(ts[j].surface, "و")) }
	if toPay(ts[k].text) || toPay(said(k)) {
		return true
	}
	if !serviceWords[ts[k].text] && !serviceWords[said(k)] && !paymentNouns[said(k)] {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-3 && !ts[j].sep; j-- {
		if toPay(ts[j].text) || toPay(said(j)) {
			return true
		}
	}
	return false
}

// discrepancyWords say what came differs from what was agreed.
var discrepancyWords = set("مرتين", "بدل", "مختلف", "مختلفه", "الفرق", "فرق", "رجعولي", "رجعوا", "رجعلي", "مفيش", "محدش", "ماحدش",
	"اقصر", "اطول", "اصغر", "اكبر", "اتفقنا", "المتفق", "بس", "bas", "معلنين", "اعلان", "مكتوب", "بزياده", "زياده", "ناقص", "مسؤوليتنا", "يراجع", "راجعوا",
	"only", "rest", "instead", "different", "missing", "never", "still", "extra", "overcharged", "twice")

// serviceTopics name how an order is paid, delivered, installed or where
// the shop is: a question about them is for staff, not a product inquiry.
var serviceTopics = set("توصيل", "التوصيل", "شحن", "الشحن", "فرع", "فروع", "الفروع", "فرعكم", "مواعيد", "المواعيد",
	"بتفتحوا", "بتقفلوا", "فاتحين", "مفتوحين", "مواعيدكم", "العنوان", "عنوانكم", "لوكيشن", "اللوكيشن", "مكانكم", "تركيب", "التركيب", "بتركبوا",
	"تقسيط", "التقسيط", "قسط", "اقساط", "قسطين", "دفعتين", "ta2seten",
	// instalments asked by the buyer: "ينفع اقسط الخيمة؟", "اشتري … بالتقسيط"
	"بالتقسيط", "بالقسط", "اقسط", "نقسط", "اقسطها", "اقسطه", "اقسطهم", "ta2seet", "taqseet", "كاش", "فيزا", "ضمان", "الضمان", "معاينه", "المعاينه", "مقاسات", "المقاسات",
	"delivery", "deliver", "shipping", "branch", "branches", "hours", "open", "location", "address", "installment",
	"installments", "installation", "install", "warranty",
	// how it is paid: "والدفع كاش", "payment on delivery"; paying asked
	// ("عايز ادفع باقي الفاتورة ازاي؟", "I want to pay the rest")
	"دفع", "الدفع", "payment", "ادفع", "هدفع", "ندفع", "هندفع", "adfa3", "hadfa3", "nedfa3", "pay",
	// what a service covers: "المصنعية بتشمل …؟", "does the fitting include …?"
	"بيشمل", "بتشمل", "يشمل", "تشمل", "هيشمل", "هتشمل", "include", "includes",
	// renting instead of buying (rentAsked): "do you rent …?"
	"rent", "rental", "hire")

// serviceStems are the roots of the shop's services: deliver, ship,
// install, measure, pay in instalments.
var serviceStems = set("وصل", "شحن", "ركب", "قيس", "قسط")

// serviceVerb: w asks whether the shop does a service ("بتوصلوا",
// "توصلو", "بتشحنوا", "هتركبوا"): you (plural) with a service root.
func serviceVerb(w string) bool { return serviceRoot(w) != "" }

func foldKeys(m map[string]float64) map[string]float64 {
	out := make(map[string]float64, len(m))
	for k, v := range m {
		out[wordKey(k)] = v
	}
	return out
}

// fillers are words that carry no item information: greetings, pronouns,
// prepositions, politeness, discourse words. They are never "unexplained".
var fillers = set(
	"السلام", "سلام", "عليكم", "صباح", "مساء", "الخير", "خير", "النور", "شكرا", "متشكر", "متشكرين", "متشكره",
	// thanks as a letter writes it ("مع الشكر", "وجزيل الشكر"): no near spelling of شكارة
	"شكر", "الشكر", "بالشكر", "جزيل",
	// thanks as Egyptians say it: "تسلم يا حاج", "تسلم ايدك"
	"تسلم", "تسلموا", "تسلمو", "تسلمي",
	// "ولكم جزيل الشكر": to you
	"لكم", "لك",
	// what a price holds: "بكام مع الخامة والمصنعية؟", "شامل التركيب"
	"بالخامه", "مصنعيه", "المصنعيه", "بالمصنعيه", "شامل", "شامله",
	// "الحقيقة": honestly, said beside what is told
	"الحقيقه", "بالحقيقه",
	// measured again, the reason of a correction: "بعد ما قسنا تاني"
	"قسنا", "قست", "قيسنا", "قستها", "قسناها",
	// "ثم": then, the next thing asked ("تسوية … ثم دهان …"), read as و
	"ثم",
	// "بمساحة ١٤٠ متر": with an area of, the measure said next
	"بمساحه", "مساحتها", "مساحته",
	// sending the invoice asked: "برجاء ارسال الفاتورة المبدئية", a
	// proforma (preliminary) invoice
	"ارسال", "بارسال", "مبدييه", "المبدييه", "مبديي", "المبديي",
	"مرسي", "لو", "سمحت", "سمحتي", "سمحتوا", "سمحتم", "فضلك",
	// "لو سمحت" written as one word: "… ابيض اتنين لوسمحت"
	"لوسمحت", "لوسمحتي", "لوسمحتوا", "لوسمحتم", "تكرمت", "تكرمتي", "تكرمتوا", "تكرمتم", "يا", "انا", "احنا", "انت", "انتي", "انتو", "انتم",
	"هو", "هي", "ده", "دي", "دول", "دا", "اللي", "الي", "و", "او", "ولا", "في", "من", "علي",
	"عن", "مع", "معاه", "معاها", "معايا", "معاهم", "معاكم", "معاكو", "اخيرا", "لي", "ليا", "لينا", "ليه", "عند", "ال", "بس",
	"كمان", "برضه", "برضو", "بردو", "برده", "كده", "جدا", "اوي", "خالص", "لون", "الوان",
	// their colour ("بابين اورا لونهم ابيض"); "لونه" see itsColour
	"لونها", "لونهم", "الوانه", "الوانها", "الوانهم", "نفس", "كله", "كلها",
	// buying, said after a want ("عايز اشتري تسريحة")
	"اشتري", "نشتري", "هشتري", "هنشتري", "ashtery", "ashtiri", "neshtery",
	// tell me, let me know ("قولي سعرها", "عرفني المواعيد", "ممكن تقولولي …")
	"قولي", "قوللي", "قوليلي", "قولولي", "تقولي", "تقوللي", "تقوليلي", "تقولولي", "عرفني", "عرفوني", "تعرفني", "تعرفوني", "نعرف",
	"كلهم", "الكل", "مقاس", "مقاسات", "حجم", "اعرف", "عشان", "علشان", "بتاع", "بتاعه", "بتاعت",
	"حاجه", "حاجات", "ايه", "ازاي", "امتي", "فين", "بخصوص", "عليا", "عليه", "لل", "ل", "ب",
	// "حاضر": all right, at your service ("7ader, 3ayez …")
	"حاضر", "7ader", "7adr", "hader",
	"hi", "hello", "thanks", "the", "a", "an", "and", "for", "with", "of", "in", "color",
	"colour", "size", "عايز", "طيب", "تمام", "ماشي", "اهلا", "بكره", "النهارده", "عدد", "كميه",
	"حوالي", "تقريبا", "قطعه", "قطع", "حته", "حتت", "حبه", "حبات", "pcs", "pc", "pieces", "piece", "عاوز", "لوحده", "لوحدها", "لوحدي", "لوحدهم",
	"تاني", "تانيه", "تانيين", "التاني", "التانيه", "فيه", "i", "me", "my", "we", "is", "it",
	"to", "this", "that", "you", "have", "do", "get", "بعد", "اذنك", "اذنكم", "مش", "عندي", "عندنا", "حيطان", "ضلع", "اضلاع",
	"ياريت", "ياليت", "يارب", "رجاء", "ضروري", "كامل", "كامله", "complete", "whole",
	// address and discourse: "بص حضرتك", "يا باشا", "يا فندم"
	"بص", "بصي", "بصراحه", "حضرتك", "حضرتكم", "باشا", "فندم", "يافندم", "افندم", "معلش",
	// prepositions with a pronoun: "عايزه عليهم زيبرا", "لواحد فيهم",
	// "وعندكم منه؟" (never a typo of "منيو")
	"عليهم", "عليها", "فيهم", "فيها", "منه", "منهم", "منها", "ليهم", "ليها", "بيهم", "بيها",
	// under it, over it (besideWords)
	"تحته", "تحتها", "تحتهم", "فوقه", "فوقها", "فوقهم",
	// beside it (besideWords)
	"جنبه", "جنبها", "جنبهم", "جمبه", "جمبها", "جمبهم",
	// common English and Franco-Arabic words: never read as a catalog
	// word's transliteration ("can" is no كانة, "salam" no سلم)
	"can", "could", "would", "will", "you", "your", "make", "need", "want", "please", "plz", "pls",
	"how", "what", "when", "where", "which", "long", "does", "did", "doing", "take", "sell", "are", "was",
	// intensifiers, as جدا and اوي are: "very excited", "really nice"
	"very", "really",
	"be", "on", "at", "by", "from", "so", "all", "any", "some", "just", "also", "too", "like", "ابقي", "ابقا", "وابقي", "وابقا", "love", "looking", "d", "m",
	"our", "us", "they", "them", "there", "here", "if", "or", "but", "not", "no", "yes", "ok", "okay",
	// a tag question: "you rent dresses right?"
	"right",
	"he", "she", "him", "her", "his", "their",
	// "for both sides", "because …": no Franco spelling of صدي or اسود
	"both", "side", "sides", "because",
	// "no wait, make it …": holding a correction, no Franco spelling of تيه;
	// "can someone come and measure": a visit, no ماسورة
	"wait", "measure", "come", "someone", "somebody", "visit",
	// English verbs and particles of fetching: "pick it up", "bring it
	// back", "I'll pick them up" — no Franco spelling of a pack (باكو) or a
	// بيك; a catalog or vocabulary that names them keeps its own reading
	"pick", "picked", "bring", "back", "up",
	// come (to us), said to the shop before the work asked at the
	// customer's place: "تعالوا اغسلوا العربية عند البيت"
	"تعالوا", "تعالو", "تعالي", "taalo", "ta3alo",
	// "please put aside 4 …": keeping goods for the customer, no Franco
	// spelling of ب
	"put", "aside",
	"salam", "slam", "3aleko", "3alekom", "3alaykom", "3alykom", "aleko", "alaikum", "ahlan", "marhaba",
	"sabah", "masa", "el5eer", "elkheir", "shokran", "merci",
	// Franco prepositions with the article: "lel genena" (للجنينة), "fel sala"
	"lel", "lil", "fel", "fil", "bel",
	// common short verbs and particles: never a typo of a catalog word
	// ("كان" is no كانة)
	"كان", "كانت", "كانوا", "يكون", "تكون", "هيكون", "بقي", "بقت", "قال", "قالي", "قالوا", "جه", "جت", "راح",
	"لما", "لحد", "دلوقتي", "اهو", "اللي", "ولا", "لا", "اه", "ايوه", "طب", "يعني",
	// greetings and their replies: "وعليكم السلام ورحمة الله وبركاته", "ازيك"
	"رحمه", "الله", "بركاته", "وبركاته", "ازيك", "ازيكم", "ازيكو", "اخبارك", "اخباركم", "الحمدلله", "الحمد", "لله",
	"اهلين", "هلا", "مرحبا", "مرحبتين", "مراحب", "سهلا", "صباحكم", "مساكم", "hey", "dear", "good", "morning", "evening", "regards", "izayak", "ezayak",
	// address terms: "يا هندسة", "يا معلم", "يا استاذ", "يا مدام"
	"هندسه", "باشمهندس", "بشمهندس", "مهندس", "معلم", "استاذ", "استاذه", "مدام", "حاج", "حج", "ريس", "كابتن", "اسطي",
	"دكتور", "دكتوره", "doctor", "doktor", "dr", // "ايوه يا دكتور": a shopkeeper called so, as addressTerms say
	"sir", "madam", "boss", "ostaz", "ya", "bro", "brother", "mohandes", "mohandesa", "bashmohandes", "bashmohandesa",
	// a list's heading: "المطلوب: …" (what is wanted)
	"المطلوب",
	// the bill, the total and getting the order ready: "هيبقى الحساب كام",
	// "جهزولي", "send the invoice", "prepare it"
	"حساب", "الحساب", "حسابي", "اجمالي", "الاجمالي", "المجموع", "مجموع", "هيبقي", "يبقي", "هيكون",
	"يبقوا", "يبقو", "هيبقوا", "هيبقو", "تبقي", "هتبقي", "هيكونوا", // the same verb for several things: "يبقوا بكام"
	"جهزلي", "جهزولي", "تجهزلي", "تجهزولي", "جهزهولي", "جهزوهولي", "حضرلي", "حضرولي", "تبعتلي", "تبعتولي",
	"ارسل", "ارسلي", "ارسلو", "ارسلوا", "ارسلها", "ارسلوها", // send (Gulf, standard): "ارسل لي الفاتورة"
	"invoice", "bill", "total", "send", "prepare", "confirm", "issue", "issued", "out", "afternoon", "more",
	"quote", "quotation", // asked (quoteAsked) or received: never a product's word
	// "then" before an imperative ("وابقى قولي", no واقي), "as for", extra
	"ابقي", "ابقو", "ابقوا", "بالنسبه", "اضافي", "اضافيه", "spare", "extra", "additional", "edafy", "edafi",
	// the bill made out to a name: "الفاتورة تبقى باسم …"
	"باسم", "بإسم", "اسم",
	// an English order's wrapper: "please invoice the following:", "Cheers"
	"following", "cheers", "thx",
	// "of course": "والتركيب لزق طبعا"
	"طبعا", "طبعًا", "of course",
	// here and there: "عايزين التوصيل هناك", "ابعتوه هنا"
	"هنا", "هناك", "hena", "henak", "honak",
)

// besideWords place a piece beside the last one: "باب شاور وجنبه ثابت"
// (and beside it a fixed panel) names the next piece as "و" does.
var besideWords = set("جنبه", "جنبها", "جنبهم", "جمبه", "جمبها", "جمبهم",
	"تحته", "تحتها", "تحتهم", "فوقه", "فوقها", "فوقهم") // under it, over it: "… وتحتها نجيلة"

// timeNouns around كام make it a question of time, not of price.
var timeNouns = set("الساعه", "ساعه", "ساعات", "يوم", "ايام", "اسبوع", "اسابيع", "شهر", "شهور", "سنه", "سنين", "دقيقه", "دقايق",
	"day", "days", "night", "nights", "week", "weeks", "month", "months", "year", "years", "weekend")

// deliveredWords say goods already came or were installed.
var deliveredWords = set("وصل", "وصلت", "وصلني", "وصلتني", "وصلنا", "استلمت", "استلمنا", "استلمتها", "استلمته",
	"استلمناها", "اتركب", "اتركبت", "arrived", "received", "delivered")

// allCues tells whether colour: "نفس اللون" (same colour as the last item)
// and "كله" (all of it) address colours to other items.
var sameWords = set("نفس")

// countedNouns are counted without being products: "3 حيطان" (walls).
var countedNouns = set("حيطان", "حيطه", "حيطتين", "ضلع", "اضلاع", "جوانب", "ركن", "اركان")

// sizeWords after نفس copy the previous item's size: "بنفس الطول".
var sameSizeWords = set("طول", "الطول", "مقاس", "المقاس", "عرض", "العرض", "مقاسات", "طوله", "المساحه", "مساحه")
var allWords = set("كله", "كلها", "كلهم", "الكل", "كلو", "all")
var sizeCue = set("مقاس", "مقاسه", "مقاسها", "size")

func set(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[wordKey(w)] = true
	}
	return m
}

// intentOf decides the intent from cue words and whether the message names
// catalog items. A complaint wins over everything (a customer angry about
// an order still names products); a price or availability question about
// items is an inquiry; items without either are an order; neither is other.
func intentOf(ts []token, haveItems bool) (Intent, float64) {
	var complaint float64
	var price, order, delivered bool
	past, disc := 0, 0
	var pastCue float64 // the complaint weight of the past words themselves ("طلبت", "امبارح")
	purchase, paid, warranty := false, false, false
	var purchaseCue float64
	like := -1 // the verb of "زي اللي خدتها": no complaint cue
	told := toldBefore(ts)
	supposed := supposedClauses(ts)
	for i, t := range ts {
		if t.sep || t.when {
			continue // "وامتى توصلوها؟": a question for staff, no cue
		}
		if told[i] || t.fallback || t.why {
			continue // "كنت عندكم امبارح", "لسه مستلمين الفيلا", "اللي عندي بقت وحشة"; "ولو مش موجودة …"
		}
		w := t.text
		// "ودفعت", "ومفيش": the cue with و written on it
		bare := t.surfKey()
		if i != like && !supposed[i] && !t.soldWork && !unwantedChange(ts, i) {
			complaint += complaintWeight(w)
		}
		if (pastWords[w] || pastWords[t.lowSurface()] || pastWords[bare]) && !notPast(ts, i) && !supposed[i] {
			past++
			pastCue += complaintCues[w]
		}
		if (discrepancyWords[w] || discrepancyWords[t.lowSurface()] || discrepancyWords[bare]) && !butAsking(ts, i) && !onlyWanted(ts, i) && !agreedElsewhere(ts, i) && !supposed[i] &&
			!writtenWanted(ts, i) && !correctionReason(ts, i) {
			disc++
		}
		if (t.surface == "اللي" || t.surface == "الي" || t.surface == "elly" || t.surface == "illi") && i+1 < len(ts) && !ts[i+1].sep && pastVerb(ts[i+1].text) &&
			!beingVerbs[ts[i+1].text] && !sayVerbs[ts[i+1].text] && !seenVerbs[ts[i+1].text] { // "اللي كانت عندكم في المعرض", "اللي شفته عندكم": the one shown, not bought
			if i > 0 && !ts[i-1].sep && likeWords[ts[i-1].text] || likeLast(ts, i) {
				like = i + 1 // "زي اللي خدتها": one like it, a new order
			} else {
				// "اللي خدتها", "اللي فصلتوها": the one already bought or made
				purchase = true
				purchaseCue += complaintCues[ts[i+1].text]
			}
		}
		if i+1 < len(ts) && !ts[i+1].sep && isNumber(ts[i+1].text) && w == "ب" || paidWord(ts, i) {
			paid = true // "ب ١٥٥٠٠", "ودفعت ٢٣٤٠", "دافعين فيها ٣٢٠٠": a price already paid
		}
		if byItself(ts, i) {
			complaint += 0.5 // "بينزل لوحده": the goods doing it on their own, a defect of what was bought
		}
		warranty = warranty || warrantyWord(w)
		if (w == "فاتوره" || w == "الفاتوره" || w == "fatora" || w == "el fatora") && i+1 < len(ts) && !ts[i+1].sep &&
			(ts[i+1].text == "فيها" || ts[i+1].text == "طالعه" || ts[i+1].text == "كان" || ts[i+1].text == "مكتوب" || ts[i+1].surface == "feha") {
			past++ // "الفاتورة فيها…": a bill already issued
		}
		if (w == "مش" || w == "مبقاش" || w == "not") && i+1 < len(ts) && !ts[i+1].sep && !supposed[i] {
			next := ts[i+1].text
			switch {
			case comesIn[next] || comesIn[ts[i+1].surfaceKey()]:
				// "هي مش بتيجي بيج": not made so, no defect
			case next == "نفس" || next == "زي":
				disc++ // "لونها مش نفس لون الترابيزة": what came is not what it should match
			case (qualityWords[next] || strings.HasPrefix(next, "بي") || strings.HasPrefix(next, "بت")) && i > 0 && (ts[i-1].surface == "اللي" || ts[i-1].surface == "الي"):
				complaint += 0.5 // "اورا اللي مش بيشرب مية": what it is, or what is wrong with it
			case qualityWords[next] || strings.HasPrefix(next, "بي") || strings.HasPrefix(next, "بت"):
				complaint++ // "مش مظبوطة", "مش شغال", "مش بيقفل"
			}
		}
		// "الساعة كام", "كام يوم": how many hours or days, not how much
		// Franco "be kam", "b kam": بكام in two words ("kam sana" alone is how many)
		franco := francoPriceCues[t.lowSurface()] || sellCues[w] && w != "في" && w != "فيه" ||
			t.lowSurface() == "kam" && francoKam(ts, i)
		if w == "كام" && billBefore(ts, i) && !conditional(ts) && !asked(ts) {
			// "وابقى قولي الإجمالي كام": tell me the bill of what is
			// ordered, no price question ("هيبقى الحساب كام؟" asks one)
		} else if w == "much" && !(i > 0 && ts[i-1].text == "how") {
			// "thank you so much", "very much": no price asked
		} else if (priceCues[w] || franco) && i > 0 && !ts[i-1].sep && purposeWords[ts[i-1].text] {
			// "عايز … عشان سعره معقول": why this one was chosen, no price asked
		} else if (priceCues[w] || franco) && inLikeness(ts, i) {
			// "تجاليد مضلعة زي اللي في الصور عندكم على الصفحة.": what the
			// goods look like, no picture or stock asked
		} else if atYours(ts, i) {
			// "عايز دهان واجهة بالمتر عندكم، …": wanted from the shop, no
			// "have you got it?"
		} else if priceCues[w] && ts[i].lex && i > 0 && !ts[i-1].sep && !ts[i-1].aside && ts[i-1].lex && !isNumber(ts[i-1].text) {
			// "مسطرة اسعار شفاف": a word of the product's name after its
			// noun, as the catalog writes it, no price asked
		} else if (priceCues[w] || franco) && !visited(ts, i) && !(i > 0 && !ts[i-1].sep && timeNouns[ts[i-1].text] || i+1 < len(ts) && !ts[i+1].sep && timeNouns[ts[i+1].text]) {
			price = true
		} else if quoteAsked(ts, i) {
			price = true
		}
		delivered = delivered || deliveredWords[w]
		if orderCues[w] || wouldLike(ts, i) || englishAsked(ts, i) && haveItems {
			order = true
		}
	}
	// "في X؟" / "fe X?": is there an X — an availability question.
	question := false
	for _, t := range ts {
		if t.sep && t.text == "?" {
			question = true
		}
	}
	first := -1
	for i, t := range ts {
		if !t.sep {
			first = i
			break
		}
	}
	if question && first >= 0 && (ts[first].text == "في" || ts[first].text == "فيه") {
		price = true
	}
	for i := 0; question && i+1 < len(ts); i++ {
		if (ts[i].text == "في" || ts[i].text == "فيه") && !ts[i+1].sep && ofIt[ts[i+1].text] {
			price = true // "القطيفة فيه منها كحلي؟": is there some of it in navy
		}
		if i > 0 && !ts[i-1].sep && (ts[i].text == "في" || ts[i].text == "فيه") && ts[i+1].sep && ts[i+1].text == "?" {
			price = true // "صبانة ستانلس فيه؟": is there one, the thing said first
		}
	}
	thanks := false
	for _, t := range ts {
		if !t.sep && !t.aside && (thanksWords[t.text] || thanksWords[t.lowKey()]) { // a letter's "Many thanks" is its sign-off
			thanks = true
		}
	}
	if thanks && !order && !price && complaint < 1 && !(haveItems && counted(ts)) {
		return Other, 0.8 // "شكرا، المرتبة مريحة جدا": thanks, nothing asked
	}
	if !order && !price && !question && complaint < 1 && praised(ts) {
		return Other, 0.8 // "الستاير طلعت تحفة", "the mattresses arrived 👍": praise, nothing asked
	}
	if orderedOtherCame(ts) {
		past, disc = past+1, disc+1 // "طلبت بني محروق وجالي فاتح": what came is not what was ordered
	}
	if past > 0 && (disc > 0 || complaint-pastCue >= 0.5) {
		complaint = max(complaint, 1) // about what already came, was paid or billed
	}
	if purchase && (paid || warranty || disc > 0 || complaint-purchaseCue >= 0.5) {
		// "المرتبة اللي خدتها … ب ١٥٥٠٠", "… اللي فصلتوها طلعت اقصر",
		// "اللي اشتريتها … عايز الضمان": after-sales, not a new order
		complaint = max(complaint, 1)
	}
	if purchase && fromTheShop(ts) && !order && !price && !question && !delivered && !thanks {
		// "تيل الفرامل اللي اشتريته منكم من اسبوعين بيصفر جامد …",
		// "الشمع اللي خدته منكم الشهر اللي فات النحل رفض يبني عليه":
		// what was bought from the shop, told with nothing wanted, asked
		// or praised — after-sales, whatever words the fault is told in
		complaint = max(complaint, 1)
	}
	if !order && !price && !question && !thanks && shopWorkTold(ts) >= 0 {
		// "الحامل المايل اللي ركبتوه الشاشة مايلة عليه", "الكنافة اللي
		// جت امبارح كانت بايتة": the shop's work or goods that came,
		// told of with nothing wanted or asked — after-sales
		complaint = max(complaint, 1)
	}
	if receivedFaultTold(ts) {
		complaint = max(complaint, 1) // "el latte wesel bared", "dafe3 … w el mister ghab" (faulttold.go)
	}
	if cameFaulty(ts) {
		complaint = max(complaint, 1) // "الكراتين اللي جت امبارح نصها مفعوص والشريط مش لازق"
	}
	if pastSaleTrouble(ts) {
		complaint = max(complaint, 1) // "اشتريت من عندكم عجلة … والجنزير بيقع كل شوية": the shop's sale gone wrong
	}
	if visitGoneWrong(ts) {
		complaint = max(complaint, 1) // "حلقت عندكم امبارح والحلاق جرحني …": a visit at the shop gone wrong (visitwrong.go)
	}
	if whereIsMyOrder(ts) {
		complaint = max(complaint, 1) // "فين الاوردر بتاعي؟": an order that has not come
	}
	switch {
	case complaint >= 1:
		return Complaint, min(1, 0.6+0.2*complaint)
	case delivered && !order && !price:
		// "شكرا وصلت السجادة": about goods already delivered, with no
		// defect and nothing asked for
		return Other, 0.7
	case haveItems && price:
		return Inquiry, 0.9
	case haveItems && order:
		return Order, 0.95
	case haveItems:
		return Order, 0.8
	case price:
		return Inquiry, 0.6
	}
	return Other, 0.8
}

// fromTheShop: the goods told of came from the shop — "منكم", "من
// عندكم", Franco "menko", "men 3andoko", English "from you".
func fromTheShop(ts []token) bool {
	for i, t := range ts {
		if t.sep {
			continue
		}
		w := t.surfKey()
		if w == "منكم" || w == "منكو" || w == "menko" || w == "menkom" {
			return true
		}
		if (w == "من" || w == "men" || w == "from") && i+1 < len(ts) && !ts[i+1].sep && yoursWords[wordKey(ts[i+1].lowSurface())] {
			return true
		}
	}
	return false
}

// quoteAsked: a quote asked for, as Arabic asks "عرض سعر" — "a quote for
// …", "quotation for …"; "received the quotation" is one that came.
func quoteAsked(ts []token, i int) bool {
	if w := ts[i].lowSurface(); w != "quote" && w != "quotation" {
		return false
	}
	if i > 0 && !ts[i-1].sep {
		if w := ts[i-1].lowSurface(); w == "a" || w == "an" {
			return true
		}
	}
	if i+1 < len(ts) && !ts[i+1].sep {
		w := ts[i+1].lowSurface()
		return w == "for" || w == "on"
	}
	return false
}

// counted: goods are counted or measured in ts ("45 sqm Galala marble …,
// 18 m of skirting … Thanks"): a list of what is wanted, however politely
// closed, never thanks alone.
func counted(ts []token) bool {
	for k, t := range ts {
		if t.sep || t.aside || !isNumber(t.text) {
			continue
		}
		for j := k + 1; j < len(ts) && j <= k+3 && !ts[j].sep; j++ {
			if ts[j].lex || isUnit(ts[j].text) {
				return true // "2 pairs of cotton pillows", "her 2 old cotton mattresses"
			}
		}
	}
	return false
}

// butAsking: "بس" at i is "but" before a request ("موافق … بس زود عليه
// ٢", "bas zawed 2"), no "only" of a discrepancy.
func butAsking(ts []token, i int) bool {
	if w := ts[i].text; w != "بس" && w != "bas" || i+1 >= len(ts) || ts[i+1].sep {
		return false
	}
	n := ts[i+1]
	if orderCues[n.text] || orderCues[n.lowSurface()] {
		return true
	}
	for _, o := range []string{"وهم", "وها", "وه", "هم", "ها", "ه", "وا", "ا"} { // "بس ابعتوهم بدري", "بس زودوا"
		if st, ok := strings.CutSuffix(n.text, o); ok && orderCues[st] {
			return true
		}
	}
	return false
}

// onlyWanted: "بس" at i ends a clause whose want-verb comes before it
// ("احنا محتاجين منكم الضلف بس:", "عايز الضهر بس."): "only", narrowing
// what is asked, no discrepancy ("جالي كرسيين بس" wants nothing).
func onlyWanted(ts []token, i int) bool {
	if w := ts[i].text; w != "بس" && w != "bas" || i+1 < len(ts) && !ts[i+1].sep {
		return false
	}
	for k := i - 1; k >= 0 && !(ts[k].sep && ts[k].text != "،" && ts[k].text != ","); k-- {
		if !ts[k].sep && !ts[k].neg && wantVerbs[strings.TrimPrefix(ts[k].text, "و")] {
			return true
		}
	}
	return false
}

// agreedElsewhere: "اتفقنا" at i names whom with, and it is not the shop
// ("اتفقنا مع النجار على الجسم": with the carpenter, whose work the
// customer tells): no agreement with the shop broken. "اتفقنا معاكم"
// (with you) stays one.
func agreedElsewhere(ts []token, i int) bool {
	if ts[i].text != "اتفقنا" || i+2 >= len(ts) || ts[i+1].sep || ts[i+1].text != "مع" || ts[i+2].sep {
		return false
	}
	return !shopAddressed(ts[i+2].text)
}

// shopAddressed: the word after "مع" is the shop spoken to ("معاكم" read
// as مع + كم, "مع حضرتك").
func shopAddressed(w string) bool {
	return strings.HasPrefix(w, "ك") || strings.HasPrefix(w, "حضرت")
}

// beingVerbs: "was", which buys nothing: "اللي كان في العينة".
var beingVerbs = set("كان", "كانت", "كانوا", "كانو")

// sayVerbs after اللي name the one talked of ("الزحليقة اللي قالت عليها
// بنتي"), not one bought.
var sayVerbs = set("قال", "قالت", "قالوا", "قالو", "قالي", "قالتلي", "قالولي", "قلت", "قولت", "قلنا", "قولنا", "قلتلك", "قولتلك",
	"قلتلكم", "قولتلكم")

// seenVerbs: "saw", which buys nothing either: "السرير اللي شفته عندكم",
// "اللي شفناها في المعرض".
var seenVerbs = set("شفت", "شوفت", "شفته", "شفتها", "شفتهم", "شفنا", "شفناه", "شفناها", "شفناهم", "شوفنا", "شوفته", "شوفتها", "شفتو", "شفتوه",
	"شافت", "شافها", "شافته", "لقيته", "لقيتها", "shoftoh", "shofto", "shoftaha", "shoftha", "shoftohom", "shofnah", "shofnaha")

// lastWords: "passed", which tells when: "الشهر اللي فات" (last month).
var lastWords = set("فات", "فاتت", "فاتوا", "فاتو")

// likeLast: the relative at i says "like last time": "زي المرة اللي
// فاتت", "زي الطلبية اللي فاتت" — what is named is ordered again, no
// purchase told.
func likeLast(ts []token, i int) bool {
	if i < 2 || i+1 >= len(ts) || !lastWords[ts[i+1].text] || ts[i-1].sep {
		return false
	}
	k := i - 2
	if k > 0 && !ts[k].sep && articles[ts[k].lowSurface()] {
		k-- // "zay el marra elly fatet"
	}
	return !ts[k].sep && (likeWords[ts[k].text] || likeWords[ts[k].lowSurface()])
}

// comesIn: how a product is made or sold: "بتيجي بيج", "بيتعمل مقاسات".
var comesIn = set("بتيجي", "بييجي", "بيجي", "بتيجو", "بيجو", "بتتعمل", "بيتعمل", "بتتباع", "بيتباع")

// byItselfWords: by itself, on its own ("لوحده", "lewa7do"); in English the
// last word of "by itself", "on its own".
var byItselfWords = set("لوحده", "لوحدها", "لوحدهم", "لوحدو", "lewa7do", "lwa7do", "lewahdo", "lwahdo", "lewa7daha", "lwa7daha", "itself", "themselves")

// byItself: at i a present verb done "by itself" — "الهيدروليك بينزل
// لوحده", "الباب بيفتح لوحده", "byenzel lewa7do", "keeps opening by
// itself", "turns off on its own": goods that move, open or stop without
// anyone using them, which is how Egyptian says a part is broken. Half a
// complaint: with what was bought or came before it ("اللي اشتريته",
// "I bought") it is one; "بيتباع لوحده؟" (sold on its own?) is no verb of
// what the goods do and weighs nothing.
func byItself(ts []token, i int) bool {
	w := ts[i].text
	if i+1 < len(ts) && !ts[i+1].sep && ts[i].surface == "its" && ts[i+1].surface == "own" && i > 0 && ts[i-1].surface == "on" {
		w = "itself" // "on its own"
	} else if !byItselfWords[w] && !byItselfWords[ts[i].lowSurface()] {
		return false // "lewa7do" as written: its transliteration is no word of this list
	} else {
		w = ts[i].lowSurface()
	}
	k := i - 1
	if k >= 0 && !ts[k].sep && (ts[k].surface == "by" || ts[k].surface == "on") && isLatinWord(w) {
		k-- // "by itself", "on its own": the verb before the preposition
		for ; k >= 0 && !ts[k].sep && (ts[k].surface == "down" || ts[k].surface == "up" || ts[k].surface == "off" || ts[k].surface == "open"); k-- {
		}
		return k >= 0 && !ts[k].sep && englishMoves(ts[k].surface)
	}
	if k < 0 || ts[k].sep || comesIn[ts[k].text] {
		return false
	}
	v := ts[k].lowSurface()
	if isLatinWord(v) {
		for _, p := range []string{"bye", "bet", "bte", "bit", "bti", "by", "bi"} { // "byo2af", "bi2fel"
			if strings.HasPrefix(v, p) && len(v) >= len(p)+3 {
				return !strings.Contains(v, "tba3") // "betetba3 lewa7daha": sold on its own
			}
		}
		return false
	}
	return utf8.RuneCountInString(v) >= 4 && (strings.HasPrefix(v, "بي") || strings.HasPrefix(v, "بت")) && !strings.Contains(v, "باع")
}

// englishMoves: an English verb of what goods do, in the present ("goes",
// "keeps opening", "moving", "turned") — not "sold", "bought", "comes".
func englishMoves(w string) bool {
	switch lower(w) {
	case "sold", "bought", "comes", "come", "sell", "buy", "priced", "available":
		return false
	}
	return strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed")
}

// complaintWeight is the weight of a complaint cue, also in the plural or
// the feminine of an adjective cue ("مكسورين", "مكسورة", "مخدوشين").
func complaintWeight(w string) float64 {
	if c, ok := complaintCues[w]; ok {
		return c
	}
	if st, ok := strings.CutPrefix(w, "بت"); ok {
		if c, ok := complaintCues["بي"+st]; ok {
			return c // "الماكينة بتسرب" as "بيسرب": the verb said of a feminine noun or to you
		}
	}
	if defectVerb(w) {
		return 1 // "اتشرخ", "بتتهز", "بدأ يتقشر": a defect said as a verb
	}
	for _, s := range []string{"ين", "ه", "ات"} {
		if st, ok := strings.CutSuffix(w, s); ok && utf8.RuneCountInString(st) >= 4 {
			if c, ok := complaintCues[st]; ok {
				return c
			}
		}
	}
	for _, o := range []string{"ها", "هم", "ه"} {
		if st, ok := strings.CutSuffix(w, o); ok && exchangeVerbs[st] {
			return 1 // "استبدلها", "ارجعهم": an exchange or a return of what came
		}
	}
	return 0
}

// billWords name the bill, the total: "الحساب"، "الإجمالي".
var billWords = set("حساب", "الحساب", "اجمالي", "الاجمالي", "مجموع", "المجموع", "توتال", "التوتال", "total")

// billBefore: one of the two words before i names the bill ("الإجمالي
// كام"، "الحساب هيبقى كام").
func billBefore(ts []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-2 && !ts[k].sep; k-- {
		if billWords[ts[k].text] {
			return true
		}
	}
	return false
}

// asked: the message holds a question mark.
// atYours: "عندكم" (you have) at i after a want-verb of its clause, the
// clause asking nothing (no "?" closes it): "عايز التشطيب عندكم بالمتر",
// "3ayez el dehan 3andoko", or after a work's verb said to the shop
// ("وغيرلي الزيت عندكم"): the customer wants it done or bought at the
// shop — an order, not the availability question "عندكم X؟".
func atYours(ts []token, i int) bool {
	if !haveYou[ts[i].text] && !haveYou[ts[i].lowSurface()] {
		return false
	}
	want := false
	for j := i - 1; j >= 0 && !ts[j].sep; j-- {
		if orderCues[ts[j].text] && !ts[j].neg || ts[j].verb && !ts[j].neg {
			// a work's verb said to the shop too: "وغيرلي الزيت عندكم"
			// (change my oil at your place)
			want = true
		}
	}
	if !want {
		return false
	}
	return unasked(ts, i)
}

// inLikeness: the word at i is in a likeness clause ("زي اللي في الصور
// عندكم", "like the ones in your pictures") that no question mark closes:
// it says what the goods are like.
func inLikeness(ts []token, i int) bool {
	like := false
	for j := i - 1; j >= 0 && j >= i-6 && !ts[j].sep; j-- {
		if likeningWords[ts[j].lowSurface()] || likeningWords[ts[j].text] {
			like = true
			break
		}
	}
	return like && unasked(ts, i)
}

// unasked: no question mark closes the clause of the word at i.
func unasked(ts []token, i int) bool {
	for j := i + 1; j < len(ts); j++ {
		if ts[j].sep {
			return ts[j].text != "?"
		}
	}
	return true
}

// haveYou: "you have", asked of the shop ("عندكم X؟") or said of where
// the customer wants it ("عايزه عندكم").
var haveYou = set("عندكم", "عندكو", "عندك", "3andoko", "3ndko", "3andko", "3andak")

func asked(ts []token) bool {
	for _, t := range ts {
		if t.sep && t.text == "?" {
			return true
		}
	}
	return false
}

// conditional: "لو" (if) opens a supposition ("لو اخدت ١٠ …", "لو عايز
// …"), not a politeness ("لو سمحت", "لو ينفع"): what follows is asked,
// not ordered.
func conditional(ts []token) bool {
	for i, t := range ts {
		if !t.sep && t.text == "لو" && i+1 < len(ts) && !ts[i+1].sep && !politeIf[ts[i+1].text] {
			return true
		}
	}
	return false
}

// cameFaulty: goods named by a relative clause on a verb of coming ("اللي
// جت امبارح", "اللي وصلوا", "elly gat") are goods delivered; what is then
// said of them in a negated participle ("الشريط مش لازق", "مش قافل") or
// of a part of them in a passive participle ("نصها مفعوص", "بعضهم
// مبلول") is a defect of what came, a complaint, even when no defect word
// is known. No supposition ("لو") governs it.
func cameFaulty(ts []token) bool {
	came := -1
	for i := 0; i+1 < len(ts); i++ {
		if !ts[i].sep && (ts[i].surface == "اللي" || ts[i].surface == "الي" || ts[i].lowSurface() == "elly") && !ts[i+1].sep &&
			cameVerbs[wordKey(ts[i+1].lowSurface())] {
			came = i + 1
			break
		}
	}
	if came < 0 {
		return false
	}
	supposed := supposedClauses(ts)
	for k := came + 1; k+1 < len(ts); k++ {
		if ts[k].sep || ts[k+1].sep || supposed[k] {
			continue
		}
		w, next := ts[k].text, []rune(participleStem(strings.TrimPrefix(ts[k+1].surface, "و")))
		if (w == "مش" || w == "مبقاش") && len(next) == 4 && next[1] == 'ا' && !orderCues[ts[k+1].text] && !speakerStates[string(next)] {
			return true // فاعل: "مش لازق", "مش قافلة"
		}
		if partOf[w] && len(next) == 5 && next[0] == 'م' && next[3] == 'و' {
			return true // مفعول: "نصها مفعوص", "بعضهم مبلول"
		}
		if (w == "مش" || w == "مكانش" || w == "مكنش") && (qualityWords[ts[k+1].text] || goodWords[wordKey(ts[k+1].surface)]) {
			return true // "كان فيها ريحة مش حلوة", "مش نضيفة": not good
		}
		if badWords[wordKey(strings.TrimPrefix(ts[k].surface, "و"))] {
			return true // "ريحتها وحشة", "كانت بايظة", "معفنة"
		}
	}
	return false
}

// participleStem: a participle without its feminine or plural ending
// ("لازقة", "لازقين", "مبلولة" → لازق، مبلول).
func participleStem(w string) string {
	for _, s := range []string{"ين", "ه", "ة"} {
		if st, ok := strings.CutSuffix(w, s); ok && utf8.RuneCountInString(st) >= 4 {
			return st
		}
	}
	return w
}

// speakerStates: participles of the speaker's mind, not the goods' state
// ("مش عارف", "مش فاكر", "مش فاهم").
var speakerStates = set("عارف", "فاكر", "فاهم", "شايف", "قادر", "ناوي", "لازم", "واخد", "حاسس", "متاكد")

// cameVerbs: came, arrived (of goods), in Arabic letters and Franco.
var cameVerbs = set("جت", "جه", "جم", "جات", "جو", "جوم", "جيت", "وصل", "وصلت", "وصلوا", "وصلو", "وصلونا", "وصلتلي", "gat", "geh", "gom", "wesel", "weslet", "weslo")

// goodWords: good, fresh, as said of what came ("مش حلوة", "مش فريش").
var goodWords = set("حلو", "حلوه", "طازه", "طازج", "طازجه", "فريش", "طريه", "طري")

// badWords: bad, spoilt, rotten, as said of what came.
var badWords = set("وحش", "وحشه", "بايظ", "بايظه", "بايظين", "معفن", "معفنه", "فاسد", "فاسده", "خربان", "خربانه", "مضروب", "مضروبه")

// partOf: a part of the goods — half of it, some of them.
var partOf = set("نصها", "نصهم", "نصه", "بعضها", "بعضهم", "معظمها", "معظمهم", "اغلبها", "اغلبهم", "كتير")

// supposedClauses marks the words of every clause that a supposition "لو"
// (if; conditional, not "لو سمحت") governs, to the separator on either
// side: "ولو باظت الضمان قد ايه؟", "وبتقبلوا استرجاع لو المقاس طلع مش
// مظبوط؟". A breakage, a misfit or a return said there is supposed, asked
// about before buying (a question of warranty or returns for a person),
// never a complaint about goods that came.
func supposedClauses(ts []token) []bool {
	out := make([]bool, len(ts))
	for i, t := range ts {
		if t.sep || t.text != "لو" || i+1 >= len(ts) || ts[i+1].sep || politeIf[ts[i+1].text] {
			continue
		}
		a, b := i, i
		for a > 0 && !ts[a-1].sep {
			a--
		}
		for b+1 < len(ts) && !ts[b+1].sep {
			b++
		}
		for k := a; k <= b; k++ {
			out[k] = true
		}
	}
	return out
}

// politeIf follow "لو" in a request: "لو سمحت", "لو ينفع", "لو تكرمت".
var politeIf = set("سمحت", "سمحتي", "سمحتوا", "سمحتم", "تكرمت", "تكرمتي", "تكرمتوا", "ينفع", "امكن", "ممكن", "عندكم", "عندكو")

// ofIt: "منه، منها، منهم" (of it, of them) after "فيه": is there any.
var ofIt = set("منه", "منها", "منهم", "منهن")

// likeWords compare with what was bought before: "زي اللي خدتها".
var likeWords = set("زي", "نفس", "مثل", "زى", "like", "same", "zay", "zai", "zayy")

// pastVerb: w reads as a verb in the past with the customer or the shop as
// its subject and the thing as its object ("خدتها", "اشتريته",
// "فصلتوها", "ركبتوهم"): ت، تو or توا before an object pronoun, or ت at
// the end of a word of at least three letters before it ("استلمت").
func pastVerb(w string) bool {
	// "اللي عملتلي": made for me; "اللي ركبتوهالي": you installed it for me
	for _, o := range []string{"هالي", "هولي", "هملي", "هالنا", "هولنا", "ها", "هم", "ه", "لي", "لنا", ""} {
		st, ok := strings.CutSuffix(w, o)
		if !ok {
			continue
		}
		if stem, ok := strings.CutSuffix(st, "نا"); ok && o != "" && utf8.RuneCountInString(stem) >= 2 && !strings.HasPrefix(stem, "ب") {
			return true // "خدناها", "اشتريناهم": we, before the object
		}
		for _, s := range []string{"توا", "تو", "ت"} {
			if stem, ok := strings.CutSuffix(st, s); ok && utf8.RuneCountInString(stem) >= 2 && (o != "" || utf8.RuneCountInString(stem) >= 3) &&
				!strings.HasSuffix(stem, "ا") {
				return true
			}
		}
	}
	return false
}

// paidWord: ts[i] says money was paid ("دفعت", "ودافعين") before a figure,
// "فيها ٣٢٠٠" (for it) between them.
func paidWord(ts []token, i int) bool {
	bare := ts[i].bareKey()
	if !(pastWords[bare] && strings.HasPrefix(bare, "دفع") || paidParticiples[bare]) {
		return false
	}
	for k := i + 1; k < len(ts) && k <= i+2 && !ts[k].sep; k++ {
		if isNumber(ts[k].text) {
			return true
		}
		if !ofIt[ts[k].text] && ts[k].text != "فيها" && ts[k].text != "فيه" && ts[k].text != "فيهم" {
			break
		}
	}
	return false
}

// paidParticiples: "having paid" ("دافعين فيها ٣٢٠٠").
var paidParticiples = set("دافع", "دافعه", "دافعين", "دافعينها")

// warrantyWord: the warranty, also with its possessive ("ضمانها ٥ سنين").
func warrantyWord(w string) bool {
	return w == "ضمان" || w == "الضمان" || w == "warranty" || w == "guarantee" ||
		w == "ضمانها" || w == "ضمانه" || w == "ضمانهم"
}

// sellCues ask whether the shop sells or makes a kind of thing: "بتبيعوا
// دواليب؟", "بتعملوا شبابيك؟", "عندكم …؟". What follows is the thing asked
// about, a line of its own even when the catalog lacks it (a person then
// says the shop does not carry it).
var sellCues = set("بتبيعوا", "بتبيعو", "بتبيع", "بيبيعوا", "بتعملوا", "بتعملو", "بتعمل", "بتصنعوا", "بتصنعو", "بتفصلوا", "بتفصلو",
	"عندكم", "عندكو", "فيه", "في", "betbe3o", "bitbe3o", "btbe3o", "bt3mlo", "bete3melo", "3andoko", "3ndko", "3andko")

// francoKam: the Franco "kam" at i asks a price — "be kam", "b kam" (بكام in
// two words), "kam el metr", "kam el se3r" (how much is the metre, the
// price: كام with a definite noun after it), or "… kam?" closing the
// question. "kam sana", "kam wa7ed" (how many) ask none.
func francoKam(ts []token, i int) bool {
	if i > 0 && !ts[i-1].sep && (ts[i-1].surface == "be" || ts[i-1].surface == "b" || ts[i-1].surface == "bi") {
		return true
	}
	if i+1 >= len(ts) || ts[i+1].sep {
		return i > 0 && !ts[i-1].sep // "el korsy da kam?"
	}
	next := ts[i+1].lowSurface()
	return francoArticles[next] || francoPriceCues[next] || kamConstruct(ts, i+1)
}

// kamConstruct: after "kam", a noun with a Franco article after it ("kam
// taqm el daght", "kam nos5et el moftah") is a noun in construct, made
// definite by the noun it is of: how much is that thing (كام طقم الضغط),
// as "kam el metr" is. A figure, a measure or a span of time there asks
// how many ("kam metr el …", "kam yom el tawsil").
func kamConstruct(ts []token, j int) bool {
	if j+1 >= len(ts) || ts[j+1].sep || !francoArticles[ts[j+1].lowSurface()] {
		return false
	}
	w := ts[j].text
	return !isNumber(w) && !isUnitOrDozen(w) && !measureWords[w] && !timeNouns[w] && !francoTimeNouns[ts[j].lowSurface()]
}

// francoTimeNouns: spans of time in Franco-Arabic ("kam yom", "kam sa3a").
var francoTimeNouns = set("yom", "youm", "ayam", "sa3a", "sa3at", "sana", "snin", "shahr", "shohor", "osbo3", "esbo3", "de2i2a")

// francoArticles: the Franco-Arabic article written as a word of its own
// ("el metr", "il se3r", "al korsy") and with a preposition on it ("bel
// metr", "lel metr": by the metre, for the metre).
var francoArticles = map[string]bool{"el": true, "il": true, "al": true, "bel": true, "bil": true, "lel": true, "lil": true}

// francoPriceCues ask a price in Franco-Arabic, read on the words as
// written: "be kam", "b kam", "bkam" (بكام), "kam el se3r", "el taman".
var francoPriceCues = set("bkam", "bekam", "bkm", "be-kam", "b-kam", "se3r", "s3r", "si3r", "taman", "tamanha", "tamano")

// englishColors are English colour words, read as the Arabic colour a
// catalog would name (used only when the catalog has that colour).
var englishColors = map[string]string{
	"white": "ابيض", "black": "اسود", "beige": "بيج", "grey": "رمادي", "gray": "رمادي",
	"brown": "بني", "red": "احمر", "blue": "ازرق", "green": "اخضر", "gold": "دهبي",
	"golden": "دهبي", "silver": "فضي", "pink": "وردي", "navy": "كحلي", "yellow": "اصفر",
	"orange": "برتقالي", "purple": "بنفسجي", "natural": "طبيعي", "chrome": "كروم",
}

// englishShades are the English shade words said before a colour ("light
// grey"), as the Arabic a catalog writes after it ("رمادي فاتح").
var englishShades = map[string]string{"light": "فاتح", "dark": "غامق", "pale": "فاتح", "deep": "غامق"}

// arabicShades: a shade said bare in Arabic or Franco, as the catalog
// writes it ("فاتحة", "fate7": فاتح; "غامقة", "ghame2": غامق).
var arabicShades = map[string]string{"فاتح": "فاتح", "فاتحه": "فاتح", "غامق": "غامق", "غامقه": "غامق",
	"fate7": "فاتح", "fat7": "فاتح", "ghame2": "غامق", "gham2": "غامق"}

// shadeOf: the shade word t says (فاتح, غامق), "" when none.
func shadeOf(t token) string {
	if s := arabicShades[t.text]; s != "" {
		return s
	}
	if s := arabicShades[wordKey(t.lowSurface())]; s != "" {
		return s
	}
	return englishShades[t.lowSurface()]
}

// qualityWords after a negation (مش مظبوط, مش شغال) describe a defect.
var qualityWords = set("عاجبني", "عاجباني", "عاجبه", "عاجبها", "عاجبنا", "مظبوط", "مظبوطه", "مضبوط", "مضبوطه", "شغال", "شغاله", "كويس", "كويسه",
	"سليم", "سليمه", "تمام", "نضيف", "نضيفه", "مطابق", "مطابقه", "زي", "راكب", "راكبه", "ثابت", "ثابته")

// myOrder names the customer's own order with "my" on it ("طلبي"); the
// order as a whole is orderNouns.
var myOrder = set("طلبي", "طلبيتي", "اوردري", "talaby", "talab")

// whereIsMyOrder: "where" asked of the order already placed — "فين
// الاوردر بتاعي؟", "الطلب بتاعي فين؟", "fen el order", "where is my
// order?" — an order that has not come, for staff with an apology, never
// a greeting.
func whereIsMyOrder(ts []token) bool {
	for i, t := range ts {
		w := t.lowKey()
		if t.sep || !(whereWords[w] || w == "where" || w == "where's" || w == "wheres") {
			continue
		}
		for _, k := range []int{i - 3, i - 2, i - 1, i + 1, i + 2, i + 3} {
			if k < 0 || k >= len(ts) || ts[k].sep || ts[k].lex {
				continue
			}
			if sep := slices.ContainsFunc(ts[min(i, k):max(i, k)], func(t token) bool { return t.sep }); !sep && (orderNouns[ts[k].lowKey()] || myOrder[ts[k].lowKey()]) {
				return true
			}
		}
	}
	return false
}
