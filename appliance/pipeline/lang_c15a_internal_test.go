package pipeline

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"fatoora/appliance/invoice"
	"fatoora/appliance/understand"
	"fatoora/appliance/whatsapp"
	"fatoora/catalog"
)

func TestMessageLanguage(t *testing.T) {
	for _, c := range []struct {
		text string
		lang string
		weak bool
	}{
		{"Hi, I need 2 grey sofas, how much?", langEnglish, false},
		{"how much is the glass one?", langEnglish, false},
		{"Do you have the 2-seater in 180cm?", langEnglish, false},
		{"I want كنبة please", langEnglish, false}, // mostly English, an Arabic word for the goods
		{"pls invoice: 2 chairs", langEnglish, false},
		{"3ayez kanaba", langArabic, false},                    // Franco-Arabic
		{"please 4 doors white w 4 frames", langArabic, false}, // "w" is و
		{"3ayez 2 sofa grey please", langArabic, false},
		{"ana 3ayez a sofa", langArabic, false},
		{"el tany bkam?", langArabic, false},
		{"kam se3r el korsy", langArabic, false},
		{"عايز كنبة رمادي", langArabic, false},
		{"عايز sofa رمادي please", langArabic, false}, // mostly Arabic script
		{"السلام عليكم", langArabic, false},
		{"2", "", false},
		{"180cm x 90", "", false},
		{"👍", "", false},
		{"yes", "", true},
		{"ok", "", true},
		{"Good morning", "", true},
	} {
		lang, weak := messageLanguage(c.text)
		if lang != c.lang || weak != c.weak {
			t.Errorf("messageLanguage(%q) = %q, %v; want %q, %v", c.text, lang, weak, c.lang, c.weak)
		}
	}
}

func TestFrancoSpelt(t *testing.T) {
	for w, want := range map[string]bool{
		"3ayez": true, "ma2a3ed": true, "la2": true, "7aga": true, "3ala": true, "m3ak": true,
		"180cm": false, "3rd": false, "2x3": false, "8am": false, "4k": false, "mp3": false, "b2b": false, "2nd": false, "sofa": false,
	} {
		if got := francoSpelt(w); got != want {
			t.Errorf("francoSpelt(%q) = %v, want %v", w, got, want)
		}
	}
}

// The conversation keeps the language of the customer's latest message
// that showed one: a "2" or a "yes" leaves it, Arabic switches it back,
// and a weak word decides only a conversation just opened.
func TestConversation_NoteLanguage(t *testing.T) {
	for _, c := range []struct {
		name       string
		lang, last string
		text, want string
	}{
		{"hello opens in English", "", "", "Hello", langEnglish},
		{"ok later says nothing", "", "O000001", "ok", ""},
		{"a count keeps English", langEnglish, "O000001", "2", langEnglish},
		{"a yes keeps Arabic", langArabic, "O000001", "yes", langArabic},
		{"Arabic switches back", langEnglish, "O000001", "عايز كنبة", langArabic},
		{"English switches", langArabic, "O000001", "Can I get the white one instead?", langEnglish},
		{"Franco is Arabic", langEnglish, "O000001", "3ayez el abyad", langArabic},
	} {
		t.Run(c.name, func(t *testing.T) {
			conv := &Conversation{Lang: c.lang, LastOrder: c.last}
			conv.noteLanguage(c.text)
			if conv.Lang != c.want {
				t.Errorf("after %q: %q, want %q", c.text, conv.Lang, c.want)
			}
		})
	}
}

// englishReplies is a reply writer for a customer who writes English.
func englishReplies(greet bool) replies {
	return replies{name: "Sam", greet: greet, en: true, shop: "معرض الاختبار", pay: payHintEnglish(payInstaPay),
		colorEn: understand.ColourInEnglish}
}

// Every reply has its English form: no Arabic letter in it but the names
// the catalog has only in Arabic.
func TestReplies_English(t *testing.T) {
	chair := catalog.Product{SKU: "C", NameAr: "كرسي سفرة زان", NameEn: "Beech dining chair", Unit: catalog.Piece, Price: 340000,
		Colors: []string{"أبيض", "رمادي فاتح", "بني"}}
	kitchen := catalog.Product{SKU: "K", NameAr: "مطبخ إم دي إف", NameEn: "MDF kitchen", Unit: catalog.Meter, Price: 780000}
	wardrobe := catalog.Product{SKU: "W", NameAr: "دولاب جرار", NameEn: "Sliding wardrobe", Unit: catalog.SquareMeter, Price: 480000}
	arabicOnly := catalog.Product{SKU: "S", NameAr: "كنبة سرير", Unit: catalog.Piece, Price: 700000}
	until := time.Date(2026, 12, 13, 0, 0, 0, 0, time.UTC)
	doc := &invoice.Document{Number: "INV-T1-000001", ValidUntil: &until, Priced: invoice.Priced{VATRate: 1400,
		Lines: []invoice.Line{
			{NameAr: "كرسي سفرة زان", NameEn: "Beech dining chair", Color: "بني", Unit: catalog.Piece, Quantity: 2 * catalog.One, UnitPrice: 340000, Net: 680000},
			{NameAr: "كنبة سرير", Unit: catalog.Piece, Quantity: catalog.One, UnitPrice: 700000, Net: 700000},
			{NameAr: "مطبخ إم دي إف", NameEn: "MDF kitchen", Unit: catalog.Meter, Quantity: 3200, UnitPrice: 780000, Net: 2496000},
		},
		Totals: invoice.Totals{Discount: 1000, Net: 3876000, VAT: 542640, Total: 4418640}}}
	r := englishReplies(false)
	g := englishReplies(true)
	for name, c := range map[string]struct {
		got  string
		want string
	}{
		"greeting":             {g.greeting(), "Hello Sam 👋\nSend us the product's name"},
		"welcome":              {r.welcome(), "You're welcome 🌷"},
		"welcome greeted":      {g.welcome(), "Hello Sam! You're welcome 🌷"},
		"at service":           {r.atService(), "At your service 🌷"},
		"still asking":         {r.stillAsking(r.askColor(chair)), "At your service 🌷\nThe Beech dining chair comes in these colours: white, light grey, brown."},
		"complaint":            {r.complaint(), "We're very sorry"},
		"for staff":            {g.forStaff(), "Hello Sam 👋 Your message has reached us"},
		"service question":     {r.serviceQuestion(), "Your question has reached us"},
		"staff coming":         {r.staffComing(), "Someone from the showroom's team will contact you"},
		"ask product":          {r.askProduct(), "Could you tell us the name of the product"},
		"holding":              {r.holding(), "We've received your order"},
		"national id":          {r.nationalID(), "EGP 150,000"},
		"unknown product":      {r.unknownProduct("2 purple beanbags"), `"purple beanbags"`},
		"ask color":            {r.askColor(chair), "Which colour would you like?"},
		"color not offered":    {r.colorNotOffered(chair, "green"), "doesn't come in green"},
		"ask which":            {r.askWhich("a table"), `could be "a table"; which one do you mean?`},
		"ask length":           {r.askSize(kitchen), "The MDF kitchen is priced by the running metre"},
		"ask area":             {r.askSize(wardrobe), "The Sliding wardrobe is priced by the square metre"},
		"ask count":            {r.askCount(chair), "The Beech dining chair: how many would you like?"},
		"alternatives":         {r.alternatives(chair), "Sorry, the Beech dining chair isn't available right now"},
		"alternatives greeted": {g.alternatives(chair), "Hello Sam! Sorry, the Beech dining chair isn't available right now"},
		"unavailable greeted":  {g.unavailableNoAlt(chair), "Hello Sam! Sorry, the Beech dining chair isn't available"},
		"not carried":          {r.notCarried([]string{"a car"}, []string{"Beech kitchen", "Sliding wardrobe", "Glass dining table", "Steel safe"}), `Sorry, we don't sell "a car" 🙏` + "\nWe have, for example, Beech kitchen, Sliding wardrobe and Glass dining table;"},
		"short stock":          {r.shortStock(chair), "more than we have right now"},
		"unavailable":          {r.unavailableNoAlt(arabicOnly), "Sorry, the كنبة سرير isn't available"},
		"price tag":            {r.priceTag(kitchen), "EGP 7,800.00 / m"},
		"invoice caption":      {r.invoiceCaption(doc), "Invoice INV-T1-000001 — total EGP 44,186.40 incl. VAT"},
		"quote caption":        {r.quoteCaption(doc), "valid until 2026-12-13"},
		"invoice summary": {r.invoiceSummary(doc, []string{"a lamp"}), "Your invoice INV-T1-000001 is ready:\n" +
			"• Beech dining chair brown — 2 × EGP 3,400.00 = EGP 6,800.00\n" +
			"• كنبة سرير — 1 × EGP 7,000.00 = EGP 7,000.00\n" +
			"• MDF kitchen — 3.2 m × EGP 7,800.00 = EGP 24,960.00\n" +
			"Discount: EGP 10.00\nSubtotal before VAT: EGP 38,760.00\nVAT 14%: EGP 5,426.40\nTotal due: EGP 44,186.40\n" +
			"Note: we couldn't find \"a lamp\" in our catalog"},
		"quote summary":       {r.quoteSummary(doc, nil), "tap «Confirm order»"},
		"not exactly":         {r.notExactly("suede sofa", chair, true), `we don't have exactly "suede sofa"`},
		"not exactly section": {r.notExactlySection("bedroom", "غرف نوم"), "in that section"},
		"not exactly kind":    {r.notExactlyKind("suede sofa"), "closest choices"},
	} {
		if !strings.Contains(c.got, c.want) {
			t.Errorf("%s: %q lacks %q", name, c.got, c.want)
		}
		if a := arabicLetters(strings.ReplaceAll(c.got, "كنبة سرير", "")); a != "" {
			t.Errorf("%s: Arabic %q in an English reply: %q", name, a, c.got)
		}
	}
	if s := r.invoiceSummary(doc, nil); !strings.Contains(s, "You can pay with InstaPay") || !strings.HasSuffix(s, "Thank you for choosing us 🌷") {
		t.Errorf("the summary's pay hint and thanks (an Arabic shop name is left out): %q", s)
	}
}

// The opener in English: the salam answered "Wa alaikum assalam" (never
// in Arabic script), good morning in kind, a name in Arabic script not
// said, and no hello after the first reply.
func TestReplies_EnglishOpeners(t *testing.T) {
	r := englishReplies(true)
	r.salam, r.daytime = true, "صباح النور"
	if got := r.holding(); !strings.HasPrefix(got, "Wa alaikum assalam, Good morning Sam 👍 We've received") {
		t.Errorf("salam and good morning: %q", got)
	}
	r = englishReplies(true)
	r.name = "منى"
	if got := r.holding(); !strings.HasPrefix(got, "Hello 👍 We've received") {
		t.Errorf("an Arabic-script name in English: %q", got)
	}
	if got := englishReplies(false).holding(); !strings.HasPrefix(got, "We've received") {
		t.Errorf("greeted once: %q", got)
	}
}

// The Arabic replies are as they were: the same words, the same amounts.
func TestReplies_ArabicUnchanged(t *testing.T) {
	r := replies{greet: true, shop: "معرض الاختبار", pay: payInstaPay}
	if got := r.priceTag(catalog.Product{Unit: catalog.Meter, Price: 780000}); got != "7,800.00 ج.م / متر" {
		t.Errorf("price tag: %q", got)
	}
	if got := r.greeting(); !strings.HasPrefix(got, "أهلاً بيك 👋\nابعتلنا اسم المنتج") {
		t.Errorf("greeting: %q", got)
	}
	doc := &invoice.Document{Number: "INV-1", Priced: invoice.Priced{VATRate: 1400,
		Lines:  []invoice.Line{{NameAr: "كرسي", NameEn: "Chair", Color: "بني", Unit: catalog.Piece, Quantity: catalog.One, UnitPrice: 100, Net: 100}},
		Totals: invoice.Totals{Net: 100, VAT: 14, Total: 114}}}
	if got := r.invoiceSummary(doc, nil); !strings.Contains(got, "• كرسي بني — 1 × 1.00 ج.م = 1.00 ج.م") || strings.Contains(got, "Chair") {
		t.Errorf("Arabic summary: %q", got)
	}
}

// Titles in English stay within WhatsApp's limits.
func TestReplies_EnglishTitlesFit(t *testing.T) {
	for _, title := range []string{confirmTitleEn, "Talk to the shop", "Choose"} {
		if n := utf8.RuneCountInString(title); n > whatsapp.MaxButtonTitleRunes {
			t.Errorf("%q: %d letters", title, n)
		}
	}
}

func arabicLetters(s string) string {
	var b strings.Builder
	for _, c := range s {
		if hasArabic(string(c)) {
			b.WriteRune(c)
		}
	}
	return b.String()
}
