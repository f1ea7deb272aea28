package pipeline_test

import (
	"strings"
	"testing"
	"unicode"

	"fatoora/appliance/whatsapp/graphsim"
)

// arabicIn is the Arabic script text a message holds once the names it
// may say in Arabic (products the catalog has only in Arabic) are taken
// out: what must be empty in a reply to a customer who writes English.
func arabicIn(s string, names ...string) string {
	for _, n := range names {
		s = strings.ReplaceAll(s, n, "")
	}
	var b strings.Builder
	for _, r := range s {
		if unicode.Is(unicode.Arabic, r) && unicode.IsLetter(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// allText is every text a customer sees of a message: its body, its
// document's caption, its buttons, its list's button and rows.
func allText(m graphsim.Message) string {
	parts := []string{m.Text}
	if m.Document != nil {
		parts = append(parts, m.Document.Caption)
	}
	if in := m.Interactive; in != nil {
		parts = append(parts, in.Body, in.ListButton)
		for _, b := range in.Buttons {
			parts = append(parts, b.Title)
		}
		for _, s := range in.Sections {
			parts = append(parts, s.Title)
			for _, r := range s.Rows {
				parts = append(parts, r.Title, r.Description)
			}
		}
	}
	return strings.Join(parts, "\n")
}

func buttonTitles(m graphsim.Message) []string {
	var titles []string
	for _, b := range m.Interactive.Buttons {
		titles = append(titles, b.Title)
	}
	return titles
}

// An English order is answered in English from its first reply to its
// invoice: the colour question with the colours in English, the tap's
// answer an English invoice message with the catalog's English name and
// "EGP" amounts. The invoice itself stays the Arabic tax document.
func TestPipeline_EnglishOrderAnsweredInEnglish(t *testing.T) {
	h := newHarness(t, nil)
	h.text("Hi, I need 2 beech dining chairs please")
	ms := h.waitMessages(1)
	q := ms[0]
	if q.Interactive == nil || !strings.Contains(q.Interactive.Body, "Which colour would you like?") ||
		!strings.Contains(q.Interactive.Body, "Beech dining chair") || !strings.HasPrefix(q.Interactive.Body, "Hello") {
		t.Fatalf("want the colour asked in English: %s", describe(ms))
	}
	if a := arabicIn(allText(q)); a != "" {
		t.Fatalf("Arabic %q in an English question: %+v", a, q.Interactive)
	}
	titles := buttonTitles(q)
	if strings.Join(titles, "|") != "natural|brown" {
		t.Fatalf("want the colours in English (the vocabulary's and the basic words): %v", titles)
	}
	h.tap(q, "brown")
	ms = h.waitMessages(3)
	doc, sum := ms[1], ms[2]
	if doc.Document == nil || !strings.HasPrefix(doc.Document.Caption, "Invoice INV-") || !strings.Contains(doc.Document.Caption, "EGP ") {
		t.Fatalf("want the invoice with an English caption: %s", describe(ms))
	}
	for _, want := range []string{"Your invoice INV-", "Beech dining chair brown — 2 × EGP 3,400.00 = EGP 6,800.00", "Total due: EGP 7,752.00",
		"The invoice PDF is in Arabic", "Thank you for choosing us"} {
		if !strings.Contains(sum.Text, want) {
			t.Errorf("the summary lacks %q:\n%s", want, sum.Text)
		}
	}
	if strings.HasPrefix(sum.Text, "Hello") {
		t.Errorf("greeted twice in one conversation:\n%s", sum.Text)
	}
	for _, m := range ms[1:] {
		if a := arabicIn(allText(m)); a != "" {
			t.Errorf("Arabic %q in an English reply:\n%s", a, allText(m))
		}
	}
	h.settle()
	docs := h.documents()
	if len(docs) != 1 || docs[0].Lines[0].SKU != "T-CHAIR" || docs[0].Lines[0].Color != "بني" {
		t.Fatalf("want the chairs invoiced in the catalog's colour: %+v", docs)
	}
}

// The same order in Arabic, and in Franco-Arabic, is answered in Arabic as
// before; a customer who writes English after Arabic is answered in
// English from then on, and back in Arabic when they switch back.
func TestPipeline_LanguageFollowsTheCustomer(t *testing.T) {
	for _, text := range []string{"عايز ٢ كرسي سفرة زان", "3ayez 2 korsy sofra zan"} {
		t.Run(text, func(t *testing.T) {
			h := newHarness(t, nil)
			h.text(text)
			ms := h.waitMessages(1)
			if ms[0].Interactive == nil || !strings.Contains(ms[0].Interactive.Body, "أنهي لون") {
				t.Fatalf("want the colour asked in Arabic: %s", describe(ms))
			}
			if ms[0].Interactive.Buttons[1].Title != "بني" {
				t.Fatalf("want the catalog's Arabic colours: %+v", ms[0].Interactive.Buttons)
			}
			h.tap(ms[0], "بني")
			ms = h.waitMessages(3)
			if !strings.Contains(ms[2].Text, "فاتورتك رقم") || !strings.Contains(ms[2].Text, "ج.م") {
				t.Fatalf("want the Arabic summary: %s", describe(ms))
			}
		})
	}
	h := newHarness(t, nil)
	h.text("عايز ترابيزة سفرة")
	ms := h.waitMessages(1)
	if ms[0].Interactive == nil || !strings.Contains(ms[0].Interactive.Body, "أنهي واحد") {
		t.Fatalf("want which table, in Arabic: %s", describe(ms))
	}
	h.text("Do you deliver to Maadi?")
	ms = h.waitMessages(2)
	if a := arabicIn(ms[1].Text); a != "" || !strings.Contains(ms[1].Text, "Your question has reached us") {
		t.Fatalf("an English question after Arabic: want the answer in English: %s", describe(ms))
	}
	h.text("شكرا")
	ms = h.waitMessages(3)
	if !strings.Contains(ms[2].Text, "العفو") {
		t.Fatalf("back in Arabic: want the Arabic answer: %s", describe(ms))
	}
}

// A bare "yes" says no language: the conversation's stays. An English
// quote is confirmed by a typed "yes" and its invoice message is English.
func TestPipeline_EnglishQuoteConfirmedByYes(t *testing.T) {
	h := newHarness(t, nil)
	h.text("How much is the built-in hood?")
	ms := h.waitMessages(2)
	sum := ms[1]
	if sum.Interactive == nil || !strings.Contains(sum.Interactive.Body, "Here is quotation QUO-") {
		t.Fatalf("want an English quote: %s", describe(ms))
	}
	if titles := buttonTitles(sum); strings.Join(titles, "|") != "Confirm order|Talk to the shop" {
		t.Fatalf("want English buttons: %v", titles)
	}
	// the test shop's vocabulary gives its one colour no English word:
	// the catalog's own colour name is said, like a name it has only in
	// Arabic
	if a := arabicIn(allText(sum), "ستانلس"); a != "" {
		t.Fatalf("Arabic %q in an English quote: %s", a, allText(sum))
	}
	h.text("yes")
	ms = h.waitMessages(4)
	if ms[2].Document == nil || !strings.HasPrefix(ms[2].Document.Caption, "Invoice ") || !strings.Contains(ms[3].Text, "Your invoice") {
		t.Fatalf("a yes under an English quote: want the invoice in English: %s", describe(ms))
	}
}

// Products the catalog names only in Arabic keep their Arabic name in an
// English reply, and nothing else Arabic is said; an English list of
// products out of stock keeps WhatsApp's limits (rows cut at 24 letters).
func TestPipeline_EnglishAlternativesAndArabicOnlyNames(t *testing.T) {
	cat := `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
S-1,كنبة رمادي ٣ مقاعد,Three-seater sofa in grey fabric,sofa,كنب,piece,9000,0,قماش,رمادي
S-2,كنبة جلد بني,Brown leather two-seater sofa,,كنب,piece,12000,4,جلد,بني
S-3,كنبة سرير,,,كنب,piece,7000,3,قماش,بيج
S-4,كنبة ركنة,Corner sofa,,كنب,piece,15000,2,قماش,رمادي
S-5,كنبة مودرن,Modern sofa,,كنب,piece,11000,2,قماش,رمادي
`
	h := newHarnessWith(t, harnessOptions{catalog: cat}, nil)
	h.text("I want the three-seater sofa in grey fabric")
	ms := h.waitMessages(1)
	m := ms[0]
	if m.Interactive == nil || !strings.Contains(m.Interactive.Body, "isn't available right now") {
		t.Fatalf("want English alternatives: %s", describe(ms))
	}
	if a := arabicIn(allText(m), "كنبة سرير"); a != "" {
		t.Fatalf("Arabic %q beside a name the catalog has only in Arabic: %s", a, allText(m))
	}
	if m.Interactive.ListButton != "" && m.Interactive.ListButton != "Choose" {
		t.Fatalf("list button: %q", m.Interactive.ListButton)
	}
	for _, s := range m.Interactive.Sections {
		for _, r := range s.Rows {
			if n := len([]rune(r.Title)); n > 24 {
				t.Fatalf("row title of %d letters: %q", n, r.Title)
			}
		}
	}
	for _, b := range m.Interactive.Buttons {
		if n := len([]rune(b.Title)); n > 20 {
			t.Fatalf("button title of %d letters: %q", n, b.Title)
		}
	}
}

// Something the shop does not sell, asked in English: "we don't carry
// this" in English, naming what the shop has by the English names of a
// product of its largest categories (its categories are named in Arabic).
func TestPipeline_EnglishNotCarried(t *testing.T) {
	h := newHarness(t, nil)
	h.text("Do you have bicycles?")
	ms := h.waitMessages(1)
	got := ms[0].Text
	if !strings.Contains(got, `Sorry, we don't sell "bicycles"`) || !strings.Contains(got, "We have, for example, ") {
		t.Fatalf("want 'we don't sell' in English, naming what the shop has: %s", got)
	}
	if a := arabicIn(got); a != "" {
		t.Fatalf("Arabic %q in an English reply: %s", a, got)
	}
}
