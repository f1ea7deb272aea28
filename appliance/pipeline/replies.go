package pipeline

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"

	"fatoora/appliance/invoice"
	"fatoora/appliance/understand"
	"fatoora/catalog"
	"fatoora/catalog/money"
)

// replies writes the box's messages: short, warm, Egyptian-friendly
// Arabic, or English to a customer who writes English (en; lang.go), as a
// polite person at a Cairo shop writes it. Each message is written in both
// beside each other (say); in English products go by the catalog's name_en
// and colours by their English name when there is one, and the document
// PDF stays Arabic (the tax document).
type replies struct {
	name  string // the customer's first name, if known
	greet bool   // the first reply of the conversation: say hello
	salam bool   // the customer said السلام عليكم: answer it
	// daytime is "صباح النور" or "مساء النور" when the customer opened
	// with good morning or good evening: answered in kind
	daytime string
	fem     bool // the customer speaks of herself as a woman: address her so
	shop    string
	pay     string // how to pay, from the configuration
	en      bool   // the conversation is in English
	// colorEn is a catalog colour's English name: the shop vocabulary's,
	// else the rules' English colour words; "" when neither has one
	colorEn func(string) string
}

func (p *Pipeline) replies(ord *Order) replies {
	first := callName(ord.CustomerName)
	// the salam is answered in the reply to the message that said it, not
	// again on the invoice that follows the customer's answer to a question
	r := replies{name: first, shop: p.opts.ShopName, pay: p.opts.PayHint, greet: ord.greet, fem: speaksAsWoman(ord.Text), en: ord.english}
	if r.en {
		r.colorEn = understand.ColourInEnglish
		if c, ok := p.opts.Catalog.(interface{ ColorInEnglish(string) string }); ok {
			r.colorEn = func(col string) string {
				if e := c.ColorInEnglish(col); e != "" {
					return e // the shop's own word first
				}
				return understand.ColourInEnglish(col)
			}
		}
	}
	if ord.Round == 0 {
		r.salam, r.daytime = saidSalam(ord.Text), greetedDaytime(ord.Text)
	}
	switch {
	case r.en:
		r.fem = false // English marks no listener's gender
		r.pay = payHintEnglish(r.pay)
	case r.fem:
		r.pay = strings.Replace(r.pay, "تقدر تدفع", "تقدري تدفعي", 1)
	}
	return r
}

// say is the reply in the conversation's language: ar in Arabic, en in
// English.
func (r replies) say(ar, en string) string {
	if r.en {
		return en
	}
	return ar
}

// product is p's name as a reply says it: its English name (name_en) in
// English when the catalog has one, its Arabic name otherwise.
func (r replies) product(p catalog.Product) string {
	return r.nameOf(p.NameAr, p.NameEn)
}

func (r replies) nameOf(ar, en string) string {
	if r.en && en != "" {
		return en
	}
	return ar
}

// color is catalog colour c as a reply says it: in English when the shop
// vocabulary or the basic colour words give its English name.
func (r replies) color(c string) string {
	if r.en && r.colorEn != nil {
		if e := r.colorEn(c); e != "" {
			return e
		}
	}
	return c
}

// colors lists a product's colours as a reply says them.
func (r replies) colors(cs []string) string {
	out := make([]string, len(cs))
	for i, c := range cs {
		out[i] = r.color(c)
	}
	return strings.Join(out, r.say("، ", ", "))
}

// hasArabic: s holds a letter of the Arabic script.
func hasArabic(s string) bool {
	return strings.ContainsFunc(s, func(c rune) bool { return unicode.Is(unicode.Arabic, c) && unicode.IsLetter(c) })
}

// you is a second-person word as said to this customer: "تحب" to a man,
// "تحبي" to a woman (Egyptian Arabic marks the listener's gender on verbs,
// participles and pronoun suffixes).
func (r replies) you(masc, fem string) string {
	if r.fem {
		return fem
	}
	return masc
}

// womanSaid are words a customer uses of herself that only a woman says:
// the feminine participles of wanting and needing, with their taa
// marbuta ("عايزه" is left out: it is as often "wanting it"), and their
// Franco-Arabic spellings.
var womanSaid = map[string]bool{
	"عايزة": true, "عاوزة": true, "محتاجة": true, "حابة": true, "ناوية": true, "مستنية": true,
	"متأكدة": true, "متاكدة": true, "مبسوطة": true, "شاكرة": true, "متشكرة": true, "عايزاه": true, "عايزاها": true, "عايزاهم": true,
	"3ayza": true, "3awza": true, "3yza": true, "3aiza": true, "3ayzah": true, "me7taga": true, "m7taga": true, "mehtaga": true, "ma7taga": true,
}

// speaksAsWoman: the message says one of womanSaid, alone or behind the
// conjunction و or ف written on to it ("ومحتاجة").
func speaksAsWoman(text string) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\u0640'
	}) {
		w = strings.ReplaceAll(w, "\u0640", "")
		if womanSaid[w] || womanSaid[strings.TrimPrefix(w, "و")] || womanSaid[strings.TrimPrefix(w, "ف")] {
			return true
		}
	}
	return false
}

var (
	morning = regexp.MustCompile(`(?i)صباح\s*(ال)?(خير|فل|نور|ورد|جمال)|\b(s?ab?a[7h]|sba7)\s*(el|al|l)?\s*-?\s*(5|kh)[eiy]+r\b|\bgood\s+morning\b`)
	evening = regexp.MustCompile(`(?i)مساء?\s*(ال)?(خير|فل|نور|ورد|جمال)|\b(m[ae]saa?2?|mesa2?)\s*(el|al|l)?\s*-?\s*(5|kh)[eiy]+r\b|\bgood\s+evening\b`)
)

// greetedDaytime is the answer in kind to a good morning or good evening
// the message opens with ("صباح الخير" → "صباح النور"), "" otherwise.
func greetedDaytime(text string) string {
	head := []rune(text)
	if len(head) > 40 { // an opening, not "هتوصلوا الصبح ولا بالليل"
		head = head[:40]
	}
	switch h := string(head); {
	case morning.MatchString(h):
		return "صباح النور"
	case evening.MatchString(h):
		return "مساء النور"
	}
	return ""
}

// callName is what the box calls a customer from their WhatsApp profile
// name: the first name, or the first two words when the first is a
// kunya, a title or "عبد", which is no name alone ("أم يوسف", "أبو علي",
// "الحاج محمود", "عبد الله", "Dr Hany"); "" when there is none.
func callName(profile string) string {
	ws := strings.Fields(profile)
	if len(ws) == 0 {
		return ""
	}
	if len(ws) > 1 && nameLeads[strings.ToLower(strings.TrimSuffix(ws[0], "."))] {
		return ws[0] + " " + ws[1]
	}
	return ws[0]
}

// nameLeads open a name that is no name alone: kunyas, titles, "عبد".
var nameLeads = map[string]bool{
	"أم": true, "ام": true, "إم": true, "أبو": true, "ابو": true, "عبد": true,
	"حاج": true, "الحاج": true, "حاجة": true, "الحاجة": true, "حاجه": true, "الحاجه": true,
	"دكتور": true, "دكتورة": true, "د": true, "مهندس": true, "مهندسة": true, "م": true, "باشمهندس": true,
	"أستاذ": true, "استاذ": true, "أستاذة": true, "استاذة": true, "مدام": true, "أ": true,
	"um": true, "umm": true, "om": true, "abu": true, "abo": true, "abd": true, "dr": true, "eng": true, "mr": true, "mrs": true, "ms": true, "hajj": true, "haj": true,
}

// saidSalam: the message opens with the Islamic greeting, which is
// answered in kind ("وعليكم السلام") however often it is said.
func saidSalam(text string) bool {
	t := strings.ToLower(text)
	for _, w := range []string{"السلام عليكم", "سلام عليكم", "السلام عليكم", "salam 3aleko", "salam 3alekom", "salam alaikum", "assalamu alaikum", "salam 3alykom", "slam 3lekom"} {
		if strings.Contains(t, w) {
			return true
		}
	}
	return false
}

// hi opens a reply: "وعليكم السلام" when the customer said السلام عليكم,
// a hello on the first reply of a conversation, nothing otherwise (a
// person at the shop greets once). sep follows the opener (an emoji and a
// space or a line break, or a comma).
//
// In English the salam is answered "Wa alaikum assalam", a good morning
// "Good morning", the name said only when written in Latin letters, and
// the comma after the opener is an exclamation mark (the rest opens a
// sentence of its own).
func (r replies) hi(sep, rest string) string {
	var open []string
	if r.salam {
		open = append(open, r.say("وعليكم السلام", "Wa alaikum assalam"))
	}
	daytime, name := r.daytime, r.callName()
	if r.en {
		daytime = daytimeEnglish[daytime]
	}
	switch {
	case daytime != "" && r.greet && name != "":
		open = append(open, daytime+r.say(" يا ", " ")+name)
	case daytime != "":
		open = append(open, daytime)
	case r.greet:
		open = append(open, r.hello())
	}
	if len(open) == 0 {
		return rest
	}
	o := strings.Join(open, r.say("، ", ", "))
	if strings.HasPrefix(sep, "،") || strings.HasPrefix(sep, ",") {
		return o + r.say(sep, "! ") + rest
	}
	return o + " " + sep + rest
}

// daytimeEnglish answers a good morning or evening in English.
var daytimeEnglish = map[string]string{"صباح النور": "Good morning", "مساء النور": "Good evening"}

// callName is the name the reply calls the customer by: in English only a
// name written in Latin letters, never a word of Arabic script in an
// English sentence.
func (r replies) callName() string {
	if r.en && hasArabic(r.name) {
		return ""
	}
	return r.name
}

// PayHint is the line an invoice summary ends with to say how to pay: an
// EMVCo merchant QR takes any bank app or wallet, an InstaPay link only
// InstaPay, and with neither the invoice carries no QR ("").
func PayHint(merchantID, instaPayLink string) string {
	switch {
	case merchantID != "":
		return payAnyApp
	case instaPayLink != "":
		return payInstaPay
	}
	return ""
}

const (
	payAnyApp   = "تقدر تدفع بأي تطبيق بنكي أو محفظة من الكود اللي في الفاتورة."
	payInstaPay = "تقدر تدفع بإنستاباي من الكود اللي في الفاتورة."
)

// payHintEnglish is the pay hint in English: PayHint's own lines are
// translated, one written in Latin letters is kept, and any other (Arabic
// text of the configuration) is left out of an English reply (the
// invoice's QR is still there).
func payHintEnglish(pay string) string {
	switch {
	case pay == payAnyApp:
		return "You can pay with any bank app or wallet from the QR code on the invoice."
	case pay == payInstaPay:
		return "You can pay with InstaPay from the QR code on the invoice."
	case hasArabic(pay):
		return ""
	}
	return pay
}

func (r replies) hello() string {
	name := r.callName()
	switch {
	case r.en && name == "":
		return "Hello"
	case r.en:
		return "Hello " + name
	case name == "":
		return "أهلاً " + r.you("بيك", "بيكي")
	}
	return "أهلاً يا " + name
}

func (r replies) thanks() string {
	switch {
	case r.en && (r.shop == "" || hasArabic(r.shop)):
		return "Thank you for choosing us 🌷"
	case r.en:
		return "Thank you for choosing " + r.shop + " 🌷"
	case r.shop == "":
		return "شكراً لثقتك فينا 🌷"
	}
	return "شكراً لثقتك في " + r.shop + " 🌷"
}

func (r replies) greeting() string {
	return r.hi("👋\n", r.say(r.you("ابعتلنا", "ابعتيلنا")+" اسم المنتج والمقاس واللون، ونبعتلك عرض السعر أو الفاتورة على طول.\nولو عندك أي سؤال تاني حد من فريقنا هيرد عليك.",
		"Send us the product's name, size and colour, and we'll send you a quote or the invoice right away.\nIf you have any other question, someone from our team will answer you."))
}

// welcome answers thanks: "العفو", and the shop at the customer's service.
func (r replies) welcome() string {
	return r.hi("، ", r.say("العفو 🌷 إحنا تحت أمرك في أي وقت.", "You're welcome 🌷 We're at your service any time."))
}

// atService answers a word with nothing asked ("تمام", "اوك") in a
// conversation the box already greeted.
func (r replies) atService() string {
	return r.hi("، ", r.say("تحت أمرك 🌷 لو "+r.you("محتاج", "محتاجة")+" أي حاجة تانية "+r.you("ابعتلنا", "ابعتيلنا")+" اسمها ومقاسها.",
		"At your service 🌷 If you need anything else, send us its name and size."))
}

// stillAsking puts a question of ours, asked before and still open, after
// "تحت أمرك": the customer's "تمام" did not answer it.
func (r replies) stillAsking(question string) string {
	return r.say("تحت أمرك 🌷\n", "At your service 🌷\n") + question
}

func (r replies) notYet(question string) string {
	return r.say("الفاتورة لسه مطلعتش: محتاجين منك الإجابة دي الأول 🙏\n", "Your invoice isn't out yet: we need this from you first 🙏\n") + question
}

func (r replies) complaint() string {
	return r.hi("، ", r.say("إحنا آسفين جداً على اللي حصل 🙏\nرسالتك وصلت لمسؤول خدمة العملاء وهيتواصل "+r.you("معاك", "معاكي")+" في أقرب وقت.",
		"We're very sorry for what happened 🙏\nYour message has reached our customer service manager, who will contact you as soon as possible."))
}

func (r replies) forStaff() string {
	return r.hi("👋 ", r.say("رسالتك وصلت، وحد من فريقنا هيشوفها ويرد عليك في أقرب وقت.",
		"Your message has reached us, and someone from our team will look at it and reply to you as soon as possible."))
}

// serviceQuestion: delivery, installation, branches, payment terms are
// answered by a person.
func (r replies) serviceQuestion() string {
	return r.hi("👋 ", r.say("سؤالك وصل، وحد من فريق المعرض هيرد عليك بالتفاصيل في أقرب وقت.",
		"Your question has reached us, and someone from the showroom's team will reply with the details as soon as possible."))
}

func (r replies) staffComing() string {
	return r.say("تمام 👍 حد من فريق المعرض هيتواصل "+r.you("معاك", "معاكي")+" حالاً.",
		"Sure 👍 Someone from the showroom's team will contact you right away.")
}

func (r replies) askProduct() string {
	return r.hi("👋 ", r.say("ممكن "+r.you("توضحلنا", "توضحيلنا")+" اسم المنتج اللي "+r.you("محتاجه", "محتاجاه")+" (ومقاسه ولونه لو "+r.you("تعرف", "تعرفي")+")؟",
		"Could you tell us the name of the product you need (and its size and colour, if you know them)?"))
}

// holding answers an order a person must look at first. It promises a
// reply, not a document nor a time: the person may have to ask the
// customer something, and the shop may be closed.
func (r replies) holding() string {
	return r.hi("👍 ", r.say("استلمنا طلبك، وحد من فريقنا هيراجعه ويرد "+r.you("عليك", "عليكي")+" في أقرب وقت.",
		"We've received your order, and someone from our team will review it and reply to you as soon as possible."))
}

func (r replies) nationalID() string {
	return r.hi("👍 ", r.say("استلمنا طلبك. الفاتورة فوق ١٥٠ ألف جنيه، فمحتاجين الرقم القومي للمشتري عشان نطلعها؛ حد من فريقنا هيتواصل "+r.you("معاك", "معاكي")+".",
		"We've received your order. The invoice is over EGP 150,000, so we need the buyer's national ID to issue it; someone from our team will contact you."))
}

func (r replies) unknownProduct(phrase string) string {
	if phrase == "" {
		return r.holding()
	}
	return r.hi("👋 ", fmt.Sprintf(r.say("مش متأكدين من \"%s\" في الكتالوج بتاعنا، حد من فريقنا هيراجع طلبك ويرد عليك حالاً.",
		"We're not sure we have \"%s\" in our catalog; someone from our team will review your order and reply to you shortly."), asked(phrase)))
}

func (r replies) askColor(p catalog.Product) string {
	if r.en {
		return r.hi("👋 ", fmt.Sprintf("The %s comes in these colours: %s.\nWhich colour would you like?", r.product(p), r.colors(p.Colors)))
	}
	return r.hi("👋 ", fmt.Sprintf("%s %s بالألوان دي: %s.\n%s أنهي لون؟", p.NameAr, said(p, "متاح", "متاحة"), strings.Join(p.Colors, "، "), r.you("تحب", "تحبي")))
}

func (r replies) colorNotOffered(p catalog.Product, asked string) string {
	if r.en {
		return r.hi("👋 ", fmt.Sprintf("The %s doesn't come in %s; it comes in these colours: %s.\nWhich colour would you like?", r.product(p), asked, r.colors(p.Colors)))
	}
	av := said(p, "متاح", "متاحة")
	return r.hi("👋 ", fmt.Sprintf("%s مش %s باللون %s، %s بالألوان دي: %s.\n%s أنهي لون؟", p.NameAr, av, asked, av, strings.Join(p.Colors, "، "), r.you("تحب", "تحبي")))
}

// said is a word said of product p: its masculine form, or its feminine one
// when the name's first word ends in taa marbuta ("ترابيزة … متاحة",
// "مطبخ … متاح"), as Egyptian Arabic makes an adjective or verb agree with
// the noun it tells of. Only a written ة counts: a name ending in ه may be
// a masculine loan word ("أنتريه").
func said(p catalog.Product, masc, fem string) string {
	first, _, _ := strings.Cut(strings.TrimSpace(p.NameAr), " ")
	if strings.HasSuffix(first, "ة") {
		return fem
	}
	return masc
}

func (r replies) askWhich(phrase string) string {
	if r.en {
		return r.hi("👋 ", fmt.Sprintf("We have more than one product that could be \"%s\"; which one do you mean?", asked(phrase)))
	}
	return r.hi("👋 ", fmt.Sprintf("عندنا أكتر من صنف ممكن يكون هو \"%s\"، %s أنهي واحد؟", asked(phrase), r.you("تقصد", "تقصدي")))
}

func (r replies) askSize(p catalog.Product) string {
	switch {
	case r.en && p.Unit == catalog.SquareMeter:
		return r.hi("👋 ", fmt.Sprintf("The %s is priced by the square metre. Could you send us the size, width by height? (for example 2.4 x 2.6 m)", r.product(p)))
	case r.en:
		return r.hi("👋 ", fmt.Sprintf("The %s is priced by the running metre. Could you send us the length you need? (for example 3.2 m)", r.product(p)))
	case p.Unit == catalog.SquareMeter:
		return r.hi("👋 ", fmt.Sprintf("%s %s بالمتر المربع. ممكن %s المقاس: العرض في الارتفاع؟ (مثلاً ٢٫٤ متر في ٢٫٦)", p.NameAr, said(p, "بيتحسب", "بتتحسب"), r.you("تبعتلنا", "تبعتيلنا")))
	}
	return r.hi("👋 ", fmt.Sprintf("%s %s بالمتر الطولي. ممكن %s الطول المطلوب؟ (مثلاً ٣ متر و٢٠ سم)", p.NameAr, said(p, "بيتحسب", "بتتحسب"), r.you("تبعتلنا", "تبعتيلنا")))
}

// askCount asks how many of a product asked in the plural.
func (r replies) askCount(p catalog.Product) string {
	if r.en {
		return r.hi("👋 ", fmt.Sprintf("The %s: how many would you like? Please write the number (for example 4).", r.product(p)))
	}
	return r.hi("👋 ", fmt.Sprintf("%s كام %s؟ %s العدد (مثلاً ٤).", r.you("تحب", "تحبي"), p.NameAr, r.you("اكتبلنا", "اكتبيلنا")))
}

func (r replies) alternatives(p catalog.Product) string {
	if r.en {
		return r.hi(", ", fmt.Sprintf("Sorry, the %s isn't available right now 😔\nBut we have these in stock that you may like; choose one and we'll complete your order:", r.product(p)))
	}
	return r.hi("، ", fmt.Sprintf("للأسف %s مش %s دلوقتي 😔\nبس عندنا بدائل متاحة ممكن تعجبك، %s واحد ونكمل الطلب:", p.NameAr, said(p, "متاح", "متاحة"), r.you("اختار", "اختاري")))
}

// notCarried: nothing the customer named is something the shop sells; the
// reply says so politely and names what the shop does carry: its
// categories, in English a product of each.
func (r replies) notCarried(phrases []string, categories []string) string {
	said := make([]string, len(phrases))
	for i, p := range phrases {
		said[i] = asked(p)
	}
	if r.en {
		// the shop's categories are named in Arabic only: in English,
		// categories is a product of each (storeCatalog.CategoryExamples)
		body := fmt.Sprintf("Sorry, we don't sell \"%s\" 🙏", strings.Join(said, ", "))
		if len(categories) > 0 {
			body += fmt.Sprintf("\nWe have, for example, %s; if you'd like, tell us and we'll send you what's available. Someone from our team will follow up with you.", andList(categories[:min(3, len(categories))]))
		}
		return r.hi("👋 ", body)
	}
	body := fmt.Sprintf("للأسف مش بنبيع \"%s\" 🙏", strings.Join(said, "، "))
	if len(categories) > 0 {
		body += fmt.Sprintf("\nإحنا عندنا %s، لو %s نبعتلك المتاح منهم %s. وحد من فريقنا هيتابع %s.", strings.Join(categories[:min(3, len(categories))], " و"), r.you("حابب", "حابة"), r.you("قولنا", "قوليلنا"), r.you("معاك", "معاكي"))
	}
	return r.hi("👋 ", body)
}

// andList joins names as English lists them: "a", "a and b", "a, b and c".
func andList(names []string) string {
	if len(names) < 2 {
		return strings.Join(names, "")
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}

// shortStock: some in stock, not as many as asked.
func (r replies) shortStock(p catalog.Product) string {
	if r.en {
		return r.hi("👋 ", fmt.Sprintf("The quantity you asked for of the %s is more than we have right now; someone from our team will contact you with what we have and when the rest will arrive.", r.product(p)))
	}
	return r.hi("👋 ", fmt.Sprintf("الكمية المطلوبة من %s أكبر من المتاح عندنا دلوقتي، حد من فريقنا هيتواصل %s يقولك المتاح وميعاد الباقي.", p.NameAr, r.you("معاك", "معاكي")))
}

func (r replies) unavailableNoAlt(p catalog.Product) string {
	if r.en {
		return r.hi(", ", fmt.Sprintf("Sorry, the %s isn't available right now 😔 Someone from our team will contact you about when it will be back, or a suitable alternative.", r.product(p)))
	}
	return r.hi("، ", fmt.Sprintf("للأسف %s مش %s دلوقتي 😔 حد من فريقنا هيتواصل %s يقولك أقرب ميعاد توفره أو بديل مناسب.", p.NameAr, said(p, "متاح", "متاحة"), r.you("معاك", "معاكي")))
}

func (r replies) priceTag(p catalog.Product) string {
	return r.money(p.Price) + " / " + r.unit(p.Unit)
}

// money is an amount as a reply writes it: "18,500.00 ج.م", in English
// "EGP 18,500.00".
func (r replies) money(p money.Piasters) string {
	if r.en {
		return "EGP " + p.String()
	}
	return egp(p)
}

func (r replies) unit(u catalog.Unit) string {
	if !r.en {
		return unitName(u)
	}
	switch u {
	case catalog.Meter:
		return "m"
	case catalog.SquareMeter:
		return "m²"
	}
	return "piece"
}

func (r replies) quantity(q catalog.Milli, u catalog.Unit) string {
	if u == catalog.Meter || u == catalog.SquareMeter {
		return q.String() + " " + r.unit(u)
	}
	return q.String()
}

func (r replies) invoiceCaption(d *invoice.Document) string {
	if r.en {
		return fmt.Sprintf("Invoice %s — total %s incl. VAT", d.Number, r.money(d.Totals.Total))
	}
	return fmt.Sprintf("فاتورة رقم %s — الإجمالي %s شامل ضريبة القيمة المضافة", d.Number, egp(d.Totals.Total))
}

func (r replies) quoteCaption(d *invoice.Document) string {
	c := fmt.Sprintf(r.say("عرض سعر رقم %s — الإجمالي %s شامل ضريبة القيمة المضافة", "Quotation %s — total %s incl. VAT"), d.Number, r.money(d.Totals.Total))
	if d.ValidUntil != nil {
		c += r.say("، ساري لحد ", ", valid until ") + d.ValidUntil.Format("2006-01-02")
	}
	return c
}

func (r replies) lines(d *invoice.Document) string {
	var b strings.Builder
	for _, l := range d.Lines {
		name := r.nameOf(l.NameAr, l.NameEn)
		if l.Color != "" {
			name += " " + r.color(l.Color)
		}
		fmt.Fprintf(&b, "• %s — %s × %s = %s\n", name, r.quantity(l.Quantity, l.Unit), r.money(l.UnitPrice), r.money(l.Net))
	}
	if d.Totals.Discount > 0 {
		fmt.Fprintf(&b, r.say("الخصم: %s\n", "Discount: %s\n"), r.money(d.Totals.Discount))
	}
	fmt.Fprintf(&b, r.say("الإجمالي قبل الضريبة: %s\n", "Subtotal before VAT: %s\n"), r.money(d.Totals.Net))
	fmt.Fprintf(&b, r.say("ضريبة القيمة المضافة %s: %s\n", "VAT %s: %s\n"), percent(d.VATRate), r.money(d.Totals.VAT))
	fmt.Fprintf(&b, r.say("الإجمالي المطلوب: %s", "Total due: %s"), r.money(d.Totals.Total))
	return b.String()
}

// notFound tells of the customer's words the document left out.
func (r replies) notFound(unknown []string) string {
	return fmt.Sprintf(r.say("ملحوظة: مش لاقيين \"%s\" في الكتالوج بتاعنا، حد من فريقنا هيكلمك بخصوصها.",
		"Note: we couldn't find \"%s\" in our catalog; someone from our team will call you about it."), strings.Join(unknown, r.say("، ", ", ")))
}

func (r replies) invoiceSummary(d *invoice.Document, unknown []string) string {
	s := r.hi("👋\n", fmt.Sprintf(r.say("فاتورتك رقم %s جاهزة:\n%s\n", "Your invoice %s is ready:\n%s\n"), d.Number, r.lines(d)))
	if len(unknown) > 0 {
		s += r.notFound(unknown) + "\n"
	}
	if r.en {
		s += "The invoice PDF is in Arabic, as the tax document must be.\n"
	}
	if r.pay != "" {
		s += r.pay + "\n"
	}
	return s + r.thanks()
}

func (r replies) quoteSummary(d *invoice.Document, unknown []string) string {
	s := r.hi("👋\n", fmt.Sprintf(r.say("ده عرض السعر رقم %s:\n%s", "Here is quotation %s:\n%s"), d.Number, r.lines(d)))
	if len(unknown) > 0 {
		s += "\n" + r.notFound(unknown)
	}
	if d.ValidUntil != nil {
		s += r.say("\nالعرض ساري لحد ", "\nThe quotation is valid until ") + d.ValidUntil.Format("2006-01-02") + "."
	}
	return s + r.say("\nلو تمام "+r.you("دوس", "دوسي")+" «تأكيد الطلب» ونبعتلك الفاتورة على طول.",
		"\nIf it suits you, tap «"+confirmTitleEn+"» and we'll send you the invoice right away.")
}

// egp formats piasters as "18,500.00 ج.م".
func egp(p money.Piasters) string { return p.String() + " ج.م" }

func unitName(u catalog.Unit) string {
	switch u {
	case catalog.Meter:
		return "متر"
	case catalog.SquareMeter:
		return "م²"
	}
	return "قطعة"
}

func percent(bp money.BasisPoints) string {
	whole, frac := int64(bp)/100, int64(bp)%100
	if frac == 0 {
		return fmt.Sprintf("%d%%", whole)
	}
	return strings.TrimRight(fmt.Sprintf("%d.%02d", whole, frac), "0") + "%"
}

// notExactly: the closest product is not what the customer asked
// ("جلد شمواه" asked, leather found); their own words are quoted.
func (r replies) notExactly(phrase string, p catalog.Product, inStock bool) string {
	if r.en {
		if !inStock {
			return r.hi("👋 ", fmt.Sprintf("Sorry, we don't have exactly \"%s\" 😔\nThe closest we have is the %s, but it is out of stock right now; here are close choices in stock. Choose the one that suits you and we'll complete your order:", asked(phrase), r.product(p)))
		}
		return r.hi("👋 ", fmt.Sprintf("Sorry, we don't have exactly \"%s\" 😔\nThe closest we have is the %s, and here are other close choices. Choose the one that suits you and we'll complete your order:", asked(phrase), r.product(p)))
	}
	if !inStock {
		return r.hi("👋 ", fmt.Sprintf("للأسف مش عندنا \"%s\" بالظبط 😔\nأقرب حاجة عندنا %s بس %s دلوقتي، ودي اختيارات قريبة متاحة. %s اللي يناسبك ونكمل الطلب:", asked(phrase), p.NameAr, said(p, "مش متاح", "مش متاحة"), r.you("اختار", "اختاري")))
	}
	return r.hi("👋 ", fmt.Sprintf("للأسف مش عندنا \"%s\" بالظبط 😔\nأقرب حاجة عندنا %s، ودي كمان اختيارات قريبة. %s اللي يناسبك ونكمل الطلب:", asked(phrase), p.NameAr, r.you("اختار", "اختاري")))
}

// notExactlySection: what the customer asked is of another section of the
// shop than the product read ("غرفة نوم" → the dressing room): that
// section's products are offered.
func (r replies) notExactlySection(phrase, section string) string {
	if r.en { // the section is named in Arabic only
		return r.hi("👋 ", fmt.Sprintf("Sorry, we don't have exactly \"%s\" 😔\nThis is what we have in that section; choose the one that suits you and we'll complete your order:", asked(phrase)))
	}
	if !strings.Contains(section, " ") && !strings.HasPrefix(section, "ال") && strings.ContainsFunc(section, func(c rune) bool { return c >= 0x0621 && c <= 0x064A }) {
		section = "ال" + section // "قسم النوم"
	}
	return r.hi("👋 ", fmt.Sprintf("للأسف مش عندنا \"%s\" بالظبط 😔\nده اللي عندنا في قسم %s، %s اللي يناسبك ونكمل الطلب:", asked(phrase), section, r.you("اختار", "اختاري")))
}

// notExactlyKind: none of the products of the kind asked has what the
// customer said ("كنبة شمواه" when every sofa is leather).
func (r replies) notExactlyKind(phrase string) string {
	if r.en {
		return r.hi("👋 ", fmt.Sprintf("Sorry, we don't have exactly \"%s\" 😔\nThese are the closest choices we have; choose the one that suits you and we'll complete your order:", asked(phrase)))
	}
	return r.hi("👋 ", fmt.Sprintf("للأسف مش عندنا \"%s\" بالظبط 😔\nدي أقرب الاختيارات اللي عندنا، %s اللي يناسبك ونكمل الطلب:", asked(phrase), r.you("اختار", "اختاري")))
}

// asked is the customer's phrase as a reply quotes what they asked for:
// their own words, without the count before them or a "per metre" after
// ("٦ كراسي سفرة زان" → "كراسي سفرة زان", "دولاب المطبخ الاكريليك
// المتر" → "دولاب المطبخ الاكريليك"): "we don't have 6 beech chairs
// exactly" reads as a shortage, not a kind the shop lacks.
func asked(phrase string) string {
	fs := strings.Fields(phrase)
	for len(fs) > 1 && numeral(fs[0]) {
		fs = fs[1:]
	}
	for len(fs) > 1 && perUnit[strings.TrimRight(fs[len(fs)-1], "؟?!.،,")] {
		fs = fs[:len(fs)-1]
	}
	return strings.Join(fs, " ")
}

// perUnit are "per metre", "per m²", "each" said after the goods.
var perUnit = map[string]bool{"المتر": true, "للمتر": true, "بالمتر": true, "الواحد": true, "الواحدة": true, "الواحده": true,
	"elmetr": true, "el-metr": true}

// numeral: a figure in Western or Arabic-Indic digits ("٦", "2.5", "١٫٥").
func numeral(w string) bool {
	digit := false
	for _, c := range w {
		switch {
		case c >= '0' && c <= '9', c >= '٠' && c <= '٩':
			digit = true
		case c == '.' || c == '٫' || c == '/' || c == ',':
		default:
			return false
		}
	}
	return digit
}
