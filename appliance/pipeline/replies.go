package pipeline

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"

	"fatoora/appliance/invoice"
	"fatoora/catalog"
	"fatoora/catalog/money"
)

// replies writes the box's messages: short, warm, Egyptian-friendly Arabic.
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
}

func (p *Pipeline) replies(ord *Order) replies {
	first := callName(ord.CustomerName)
	// the salam is answered in the reply to the message that said it, not
	// again on the invoice that follows the customer's answer to a question
	r := replies{name: first, shop: p.opts.ShopName, pay: p.opts.PayHint, greet: ord.greet, fem: speaksAsWoman(ord.Text)}
	if ord.Round == 0 {
		r.salam, r.daytime = saidSalam(ord.Text), greetedDaytime(ord.Text)
	}
	if r.fem {
		r.pay = strings.Replace(r.pay, "تقدر تدفع", "تقدري تدفعي", 1)
	}
	return r
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
func (r replies) hi(sep, rest string) string {
	var open []string
	if r.salam {
		open = append(open, "وعليكم السلام")
	}
	switch {
	case r.daytime != "" && r.greet && r.name != "":
		open = append(open, r.daytime+" يا "+r.name)
	case r.daytime != "":
		open = append(open, r.daytime)
	case r.greet:
		open = append(open, r.hello())
	}
	if len(open) == 0 {
		return rest
	}
	o := strings.Join(open, "، ")
	if strings.HasPrefix(sep, "،") {
		return o + sep + rest
	}
	return o + " " + sep + rest
}

// PayHint is the line an invoice summary ends with to say how to pay: an
// EMVCo merchant QR takes any bank app or wallet, an InstaPay link only
// InstaPay, and with neither the invoice carries no QR ("").
func PayHint(merchantID, instaPayLink string) string {
	switch {
	case merchantID != "":
		return "تقدر تدفع بأي تطبيق بنكي أو محفظة من الكود اللي في الفاتورة."
	case instaPayLink != "":
		return "تقدر تدفع بإنستاباي من الكود اللي في الفاتورة."
	}
	return ""
}

func (r replies) hello() string {
	if r.name == "" {
		return "أهلاً " + r.you("بيك", "بيكي")
	}
	return "أهلاً يا " + r.name
}

func (r replies) thanks() string {
	if r.shop == "" {
		return "شكراً لثقتك فينا 🌷"
	}
	return "شكراً لثقتك في " + r.shop + " 🌷"
}

func (r replies) greeting() string {
	return r.hi("👋\n", r.you("ابعتلنا", "ابعتيلنا")+" اسم المنتج والمقاس واللون، ونبعتلك عرض السعر أو الفاتورة على طول.\nولو عندك أي سؤال تاني حد من فريقنا هيرد عليك.")
}

// welcome answers thanks: "العفو", and the shop at the customer's service.
func (r replies) welcome() string {
	return r.hi("، ", "العفو 🌷 إحنا تحت أمرك في أي وقت.")
}

// atService answers a word with nothing asked ("تمام", "اوك") in a
// conversation the box already greeted.
func (r replies) atService() string {
	return r.hi("، ", "تحت أمرك 🌷 لو "+r.you("محتاج", "محتاجة")+" أي حاجة تانية "+r.you("ابعتلنا", "ابعتيلنا")+" اسمها ومقاسها.")
}

// stillAsking puts a question of ours, asked before and still open, after
// "تحت أمرك": the customer's "تمام" did not answer it.
func (r replies) stillAsking(question string) string {
	return "تحت أمرك 🌷\n" + question
}

func (r replies) complaint() string {
	return r.hi("، ", "إحنا آسفين جداً على اللي حصل 🙏\nرسالتك وصلت لمسؤول خدمة العملاء وهيتواصل "+r.you("معاك", "معاكي")+" في أقرب وقت.")
}

func (r replies) forStaff() string {
	return r.hi("👋 ", "رسالتك وصلت، وحد من فريقنا هيشوفها ويرد عليك في أقرب وقت.")
}

// serviceQuestion: delivery, installation, branches, payment terms are
// answered by a person.
func (r replies) serviceQuestion() string {
	return r.hi("👋 ", "سؤالك وصل، وحد من فريق المعرض هيرد عليك بالتفاصيل في أقرب وقت.")
}

func (r replies) staffComing() string {
	return "تمام 👍 حد من فريق المعرض هيتواصل " + r.you("معاك", "معاكي") + " حالاً."
}

func (r replies) askProduct() string {
	return r.hi("👋 ", "ممكن "+r.you("توضحلنا", "توضحيلنا")+" اسم المنتج اللي "+r.you("محتاجه", "محتاجاه")+" (ومقاسه ولونه لو "+r.you("تعرف", "تعرفي")+")؟")
}

// holding answers an order a person must look at first. It promises a
// reply, not a document nor a time: the person may have to ask the
// customer something, and the shop may be closed.
func (r replies) holding() string {
	return r.hi("👍 ", "استلمنا طلبك، وحد من فريقنا هيراجعه ويرد "+r.you("عليك", "عليكي")+" في أقرب وقت.")
}

func (r replies) nationalID() string {
	return r.hi("👍 ", "استلمنا طلبك. الفاتورة فوق ١٥٠ ألف جنيه، فمحتاجين الرقم القومي للمشتري عشان نطلعها؛ حد من فريقنا هيتواصل "+r.you("معاك", "معاكي")+".")
}

func (r replies) unknownProduct(phrase string) string {
	if phrase == "" {
		return r.holding()
	}
	return r.hi("👋 ", fmt.Sprintf("مش متأكدين من \"%s\" في الكتالوج بتاعنا، حد من فريقنا هيراجع طلبك ويرد عليك حالاً.", asked(phrase)))
}

func (r replies) askColor(p catalog.Product) string {
	return r.hi("👋 ", fmt.Sprintf("%s %s بالألوان دي: %s.\n%s أنهي لون؟", p.NameAr, said(p, "متاح", "متاحة"), strings.Join(p.Colors, "، "), r.you("تحب", "تحبي")))
}

func (r replies) colorNotOffered(p catalog.Product, asked string) string {
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
	return r.hi("👋 ", fmt.Sprintf("عندنا أكتر من صنف ممكن يكون هو \"%s\"، %s أنهي واحد؟", asked(phrase), r.you("تقصد", "تقصدي")))
}

func (r replies) askSize(p catalog.Product) string {
	if p.Unit == catalog.SquareMeter {
		return r.hi("👋 ", fmt.Sprintf("%s %s بالمتر المربع. ممكن %s المقاس: العرض في الارتفاع؟ (مثلاً ٢٫٤ متر في ٢٫٦)", p.NameAr, said(p, "بيتحسب", "بتتحسب"), r.you("تبعتلنا", "تبعتيلنا")))
	}
	return r.hi("👋 ", fmt.Sprintf("%s %s بالمتر الطولي. ممكن %s الطول المطلوب؟ (مثلاً ٣ متر و٢٠ سم)", p.NameAr, said(p, "بيتحسب", "بتتحسب"), r.you("تبعتلنا", "تبعتيلنا")))
}

// askCount asks how many of a product asked in the plural.
func (r replies) askCount(p catalog.Product) string {
	return r.hi("👋 ", fmt.Sprintf("%s كام %s؟ %s العدد (مثلاً ٤).", r.you("تحب", "تحبي"), p.NameAr, r.you("اكتبلنا", "اكتبيلنا")))
}

func (r replies) alternatives(p catalog.Product) string {
	return r.hi("، ", fmt.Sprintf("للأسف %s مش %s دلوقتي 😔\nبس عندنا بدائل متاحة ممكن تعجبك، %s واحد ونكمل الطلب:", p.NameAr, said(p, "متاح", "متاحة"), r.you("اختار", "اختاري")))
}

// notCarried: nothing the customer named is something the shop sells; the
// reply says so politely and names what the shop does carry.
func (r replies) notCarried(phrases []string, categories []string) string {
	said := make([]string, len(phrases))
	for i, p := range phrases {
		said[i] = asked(p)
	}
	body := fmt.Sprintf("للأسف مش بنبيع \"%s\" 🙏", strings.Join(said, "، "))
	if len(categories) > 0 {
		body += fmt.Sprintf("\nإحنا عندنا %s، لو %s نبعتلك المتاح منهم %s. وحد من فريقنا هيتابع %s.", strings.Join(categories[:min(3, len(categories))], " و"), r.you("حابب", "حابة"), r.you("قولنا", "قوليلنا"), r.you("معاك", "معاكي"))
	}
	return r.hi("👋 ", body)
}

// shortStock: some in stock, not as many as asked.
func (r replies) shortStock(p catalog.Product) string {
	return r.hi("👋 ", fmt.Sprintf("الكمية المطلوبة من %s أكبر من المتاح عندنا دلوقتي، حد من فريقنا هيتواصل %s يقولك المتاح وميعاد الباقي.", p.NameAr, r.you("معاك", "معاكي")))
}

func (r replies) unavailableNoAlt(p catalog.Product) string {
	return r.hi("، ", fmt.Sprintf("للأسف %s مش %s دلوقتي 😔 حد من فريقنا هيتواصل %s يقولك أقرب ميعاد توفره أو بديل مناسب.", p.NameAr, said(p, "متاح", "متاحة"), r.you("معاك", "معاكي")))
}

func (r replies) priceTag(p catalog.Product) string {
	return egp(p.Price) + " / " + unitName(p.Unit)
}

func (r replies) invoiceCaption(d *invoice.Document) string {
	return fmt.Sprintf("فاتورة رقم %s — الإجمالي %s شامل ضريبة القيمة المضافة", d.Number, egp(d.Totals.Total))
}

func (r replies) quoteCaption(d *invoice.Document) string {
	c := fmt.Sprintf("عرض سعر رقم %s — الإجمالي %s شامل ضريبة القيمة المضافة", d.Number, egp(d.Totals.Total))
	if d.ValidUntil != nil {
		c += "، ساري لحد " + d.ValidUntil.Format("2006-01-02")
	}
	return c
}

func (r replies) lines(d *invoice.Document) string {
	var b strings.Builder
	for _, l := range d.Lines {
		name := l.NameAr
		if l.Color != "" {
			name += " " + l.Color
		}
		fmt.Fprintf(&b, "• %s — %s × %s = %s\n", name, quantity(l.Quantity, l.Unit), egp(l.UnitPrice), egp(l.Net))
	}
	if d.Totals.Discount > 0 {
		fmt.Fprintf(&b, "الخصم: %s\n", egp(d.Totals.Discount))
	}
	fmt.Fprintf(&b, "الإجمالي قبل الضريبة: %s\n", egp(d.Totals.Net))
	fmt.Fprintf(&b, "ضريبة القيمة المضافة %s: %s\n", percent(d.VATRate), egp(d.Totals.VAT))
	fmt.Fprintf(&b, "الإجمالي المطلوب: %s", egp(d.Totals.Total))
	return b.String()
}

func (r replies) invoiceSummary(d *invoice.Document, unknown []string) string {
	s := r.hi("👋\n", fmt.Sprintf("فاتورتك رقم %s جاهزة:\n%s\n", d.Number, r.lines(d)))
	if len(unknown) > 0 {
		s += fmt.Sprintf("ملحوظة: مش لاقيين \"%s\" في الكتالوج بتاعنا، حد من فريقنا هيكلمك بخصوصها.\n", strings.Join(unknown, "، "))
	}
	if r.pay != "" {
		s += r.pay + "\n"
	}
	return s + r.thanks()
}

func (r replies) quoteSummary(d *invoice.Document, unknown []string) string {
	s := r.hi("👋\n", fmt.Sprintf("ده عرض السعر رقم %s:\n%s", d.Number, r.lines(d)))
	if len(unknown) > 0 {
		s += fmt.Sprintf("\nملحوظة: مش لاقيين \"%s\" في الكتالوج بتاعنا، حد من فريقنا هيكلمك بخصوصها.", strings.Join(unknown, "، "))
	}
	if d.ValidUntil != nil {
		s += "\nالعرض ساري لحد " + d.ValidUntil.Format("2006-01-02") + "."
	}
	return s + "\nلو تمام " + r.you("دوس", "دوسي") + " «تأكيد الطلب» ونبعتلك الفاتورة على طول."
}

// money formats piasters as "18,500.00 ج.م".
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

func quantity(q catalog.Milli, u catalog.Unit) string {
	switch u {
	case catalog.Meter, catalog.SquareMeter:
		return q.String() + " " + unitName(u)
	}
	return q.String()
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
func (r replies) notExactly(phrase string, p catalog.Product) string {
	return r.hi("👋 ", fmt.Sprintf("للأسف مش عندنا \"%s\" بالظبط 😔\nأقرب حاجة عندنا %s، ودي كمان اختيارات قريبة. %s اللي يناسبك ونكمل الطلب:", asked(phrase), p.NameAr, r.you("اختار", "اختاري")))
}

// notExactlySection: what the customer asked is of another section of the
// shop than the product read ("غرفة نوم" → the dressing room): that
// section's products are offered.
func (r replies) notExactlySection(phrase, section string) string {
	if !strings.Contains(section, " ") && !strings.HasPrefix(section, "ال") && strings.ContainsFunc(section, func(c rune) bool { return c >= 0x0621 && c <= 0x064A }) {
		section = "ال" + section // "قسم النوم"
	}
	return r.hi("👋 ", fmt.Sprintf("للأسف مش عندنا \"%s\" بالظبط 😔\nده اللي عندنا في قسم %s، %s اللي يناسبك ونكمل الطلب:", asked(phrase), section, r.you("اختار", "اختاري")))
}

// notExactlyKind: none of the products of the kind asked has what the
// customer said ("كنبة شمواه" when every sofa is leather).
func (r replies) notExactlyKind(phrase string) string {
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
