package pipeline

import (
	"fmt"
	"strings"

	"fatoora/appliance/invoice"
	"fatoora/catalog"
	"fatoora/catalog/money"
)

// replies writes the box's messages: short, warm, Egyptian-friendly Arabic.
type replies struct {
	name string // the customer's first name, if known
	shop string
	pay  string // how to pay, from the configuration
}

func (p *Pipeline) replies(ord *Order) replies {
	first, _, _ := strings.Cut(strings.TrimSpace(ord.CustomerName), " ")
	return replies{name: first, shop: p.opts.ShopName, pay: p.opts.PayHint}
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
		return "أهلاً بيك"
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
	return r.hello() + " 👋\nابعتلنا اسم المنتج والمقاس واللون، ونبعتلك عرض السعر أو الفاتورة على طول.\nولو عندك أي سؤال تاني حد من فريقنا هيرد عليك."
}

func (r replies) complaint() string {
	return r.hello() + "، إحنا آسفين جداً على اللي حصل 🙏\nرسالتك وصلت لمسؤول خدمة العملاء وهيتواصل معاك في أقرب وقت."
}

func (r replies) forStaff() string {
	return r.hello() + " 👋 رسالتك وصلت، وحد من فريقنا هيشوفها ويرد عليك في أقرب وقت."
}

func (r replies) staffComing() string {
	return "تمام 👍 حد من فريق المعرض هيتواصل معاك حالاً."
}

func (r replies) askProduct() string {
	return r.hello() + " 👋 ممكن توضحلنا اسم المنتج اللي محتاجه (ومقاسه ولونه لو تعرف)؟"
}

func (r replies) holding() string {
	return r.hello() + " 👍 استلمنا طلبك، وحد من فريقنا هيراجعه ويبعتلك الفاتورة خلال دقايق."
}

func (r replies) nationalID() string {
	return r.hello() + " 👍 استلمنا طلبك. الفاتورة فوق ١٥٠ ألف جنيه، فمحتاجين الرقم القومي للمشتري عشان نطلعها؛ حد من فريقنا هيتواصل معاك."
}

func (r replies) unknownProduct(phrase string) string {
	if phrase == "" {
		return r.holding()
	}
	return fmt.Sprintf("%s 👋 مش متأكدين من \"%s\" في الكتالوج بتاعنا، حد من فريقنا هيراجع طلبك ويرد عليك حالاً.", r.hello(), phrase)
}

func (r replies) askColor(p catalog.Product) string {
	return fmt.Sprintf("%s 👋 %s متاح بالألوان دي: %s.\nتحب أنهي لون؟", r.hello(), p.NameAr, strings.Join(p.Colors, "، "))
}

func (r replies) colorNotOffered(p catalog.Product, asked string) string {
	return fmt.Sprintf("%s 👋 %s مش متاح باللون %s، متاح بالألوان دي: %s.\nتحب أنهي لون؟", r.hello(), p.NameAr, asked, strings.Join(p.Colors, "، "))
}

func (r replies) askWhich(phrase string) string {
	return fmt.Sprintf("%s 👋 عندنا أكتر من صنف ممكن يكون هو \"%s\"، تقصد أنهي واحد؟", r.hello(), phrase)
}

func (r replies) askSize(p catalog.Product) string {
	if p.Unit == catalog.SquareMeter {
		return fmt.Sprintf("%s 👋 %s بيتحسب بالمتر المربع. ممكن تبعتلنا المقاس: العرض في الارتفاع؟ (مثلاً ٢٫٤ متر في ٢٫٦)", r.hello(), p.NameAr)
	}
	return fmt.Sprintf("%s 👋 %s بيتحسب بالمتر الطولي. ممكن تبعتلنا الطول المطلوب؟ (مثلاً ٣ متر و٢٠ سم)", r.hello(), p.NameAr)
}

func (r replies) alternatives(p catalog.Product) string {
	return fmt.Sprintf("للأسف %s مش متاح دلوقتي 😔\nبس عندنا بدائل متاحة ممكن تعجبك، اختار واحد ونكمل الطلب:", p.NameAr)
}

func (r replies) unavailableNoAlt(p catalog.Product) string {
	return fmt.Sprintf("للأسف %s مش متاح دلوقتي 😔 حد من فريقنا هيتواصل معاك يقولك أقرب ميعاد توفره أو بديل مناسب.", p.NameAr)
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
	s := fmt.Sprintf("%s 👋\nفاتورتك رقم %s جاهزة:\n%s\n", r.hello(), d.Number, r.lines(d))
	if len(unknown) > 0 {
		s += fmt.Sprintf("ملحوظة: مش لاقيين \"%s\" في الكتالوج بتاعنا، حد من فريقنا هيكلمك بخصوصها.\n", strings.Join(unknown, "، "))
	}
	if r.pay != "" {
		s += r.pay + "\n"
	}
	return s + r.thanks()
}

func (r replies) quoteSummary(d *invoice.Document, unknown []string) string {
	s := fmt.Sprintf("%s 👋\nده عرض السعر رقم %s:\n%s", r.hello(), d.Number, r.lines(d))
	if len(unknown) > 0 {
		s += fmt.Sprintf("\nملحوظة: مش لاقيين \"%s\" في الكتالوج بتاعنا، حد من فريقنا هيكلمك بخصوصها.", strings.Join(unknown, "، "))
	}
	if d.ValidUntil != nil {
		s += "\nالعرض ساري لحد " + d.ValidUntil.Format("2006-01-02") + "."
	}
	return s + "\nلو تمام دوس «تأكيد الطلب» ونبعتلك الفاتورة على طول."
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
