package pipeline_test

import (
	"slices"
	"strings"
	"testing"

	"fatoora/appliance/pipeline"
	"fatoora/appliance/whatsapp/graphsim"
)

// A product picked from a list or a button goes through the same checks as
// a typed one: a kitchen sold by the metre, picked from "which kitchen?",
// is asked its length before anything is invoiced.
func TestPipeline_PickedMetreProductAsksItsSize(t *testing.T) {
	for _, text := range []string{"عايز مطبخ", "3ayez matbakh", "I want a kitchen"} {
		t.Run(text, func(t *testing.T) {
			h := pickMDFKitchen(t, text)
			ms := h.waitMessages(2)
			english := strings.HasPrefix(text, "I ") // answered in English
			if ms[1].Type != "text" || !strings.Contains(ms[1].Text, map[bool]string{false: "المتر الطولي", true: "running metre"}[english]) {
				t.Fatalf("after the pick, want the length asked: %s", describe(ms))
			}
			h.settle()
			if len(h.documents()) != 0 {
				t.Fatalf("invoiced without a length: %+v", h.documents())
			}
			h.text(map[bool]string{false: "3 متر و 20 سم", true: "3.20 m"}[english])
			ms = h.waitMessages(3)
			if ms[2].Interactive == nil || len(h.documents()) != 0 {
				t.Fatalf("after the length, want the colour asked (the kitchen comes in two): %s", describe(ms))
			}
			h.tap(ms[2], map[bool]string{false: "أبيض", true: "white"}[english])
			h.waitMessages(5)
			docs := h.documents()
			if len(docs) != 1 || docs[0].Lines[0].SKU != "T-KIT-MDF" || docs[0].Lines[0].Quantity.String() != "3.2" {
				t.Fatalf("invoice: %+v", docs)
			}
		})
	}
}

// No silent substitutes: the closest product lacks what the customer said
// (a marble chair asked, only a beech chair sold): it is offered, never
// invoiced, and the reply quotes the customer's words.
func TestPipeline_SubstituteIsOfferedNotInvoiced(t *testing.T) {
	for _, text := range []string{"عايز كرسي سفرة رخام", "3ayez korsy sofra rokham"} {
		t.Run(text, func(t *testing.T) {
			h := newHarness(t, nil)
			h.text(text)
			ms := h.waitMessages(1)
			m := ms[0]
			if m.Interactive == nil || !strings.Contains(m.Interactive.Body, "مش عندنا") {
				t.Fatalf("want 'we do not have exactly that' with choices: %s", describe(ms))
			}
			words := strings.Fields(text)
			if !strings.Contains(m.Interactive.Body, words[len(words)-1]) {
				t.Errorf("the reply should quote the customer's words %q: %s", text, m.Interactive.Body)
			}
			found := false
			for _, b := range m.Interactive.Buttons {
				found = found || b.Title == "كرسي سفرة زان"
			}
			for _, s := range m.Interactive.Sections {
				for _, r := range s.Rows {
					found = found || r.Title == "كرسي سفرة زان"
				}
			}
			if !found {
				t.Fatalf("the closest product should be a choice: %+v", m.Interactive)
			}
			h.settle()
			if len(h.documents()) != 0 {
				t.Fatalf("a substitute was invoiced: %+v", h.documents())
			}
		})
	}
}

// A word the closest product lacks that names another section of the shop
// ("غرفة نوم" read as the dressing room "غرفة ملابس") offers that
// section's products, and a pick goes on to the usual questions.
func TestPipeline_SubstituteOfAnotherSection(t *testing.T) {
	h := newHarnessWith(t, harnessOptions{catalog: `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
D-ROOM,دريسنج روم مفتوح,Open dressing room,دريسنج|غرفة ملابس,دواليب,sqm,7800,,أرو,
D-HINGED,دولاب ملابس ضلف مفصلي,Hinged wardrobe,دولاب مفصلي,دواليب,sqm,5200,,MDF,أبيض
B-BED,سرير مودرن 180 سم,Modern bed 180 cm,سرير كينج,نوم,piece,21400,2,زان,بيج|رمادي فاتح
B-NIGHT,كومودينو بدرجين,Nightstand with two drawers,كومدينو,نوم,piece,2350,14,زان,بيج
`}, nil)
	h.text("عايز غرفة نوم كاملة")
	m := h.waitMessages(1)[0]
	if m.Interactive == nil || !strings.Contains(m.Interactive.Body, "غرفة نوم") || !strings.Contains(m.Interactive.Body, "قسم النوم") {
		t.Fatalf("want 'not exactly \"غرفة نوم\"', the bedroom section offered: %s", describe([]graphsim.Message{m}))
	}
	var titles []string
	for _, b := range m.Interactive.Buttons {
		titles = append(titles, b.Title)
	}
	for _, s := range m.Interactive.Sections {
		for _, r := range s.Rows {
			titles = append(titles, r.Title)
		}
	}
	if !slices.Contains(titles, "سرير مودرن 180 سم") || slices.Contains(titles, "دريسنج روم مفتوح") || slices.Contains(titles, "دولاب ملابس ضلف مفصلي") {
		t.Fatalf("the choices should be the bedroom section's, got %v", titles)
	}
	h.tap(m, "سرير مودرن 180 سم")
	ms := h.waitMessages(2)
	if ms[1].Interactive == nil || len(ms[1].Interactive.Buttons) != 2 {
		t.Fatalf("after the pick, want the bed's colour asked: %s", describe(ms))
	}
	h.settle()
	if len(h.documents()) != 0 {
		t.Fatalf("a document before the colour: %+v", h.documents())
	}
}

// A person at the shop greets once, and answers السلام عليكم in kind.
func TestPipeline_GreetsOnceAndAnswersSalam(t *testing.T) {
	h := newHarness(t, nil)
	h.text("السلام عليكم")
	ms := h.waitMessages(1)
	if !strings.HasPrefix(ms[0].Text, "وعليكم السلام") || !strings.Contains(ms[0].Text, "أهلاً") {
		t.Fatalf("first reply: %q", ms[0].Text)
	}
	h.text("عايز 4 كراسي سفرة زان")
	ms = h.waitMessages(2)
	body := ms[1].Text
	if ms[1].Interactive != nil {
		body = ms[1].Interactive.Body
	}
	if strings.Contains(body, "أهلاً") || strings.Contains(body, "وعليكم السلام") {
		t.Fatalf("the second reply greets again: %q", body)
	}
}

// The salam is answered in the reply to the message that said it, not again
// on the invoice that follows the customer's answer to a question.
func TestPipeline_SalamAnsweredOnce(t *testing.T) {
	h := newHarness(t, nil)
	h.text("السلام عليكم، عايز 4 كراسي سفرة زان")
	ms := h.waitMessages(1)
	if ms[0].Interactive == nil || !strings.HasPrefix(ms[0].Interactive.Body, "وعليكم السلام") {
		t.Fatalf("the colour question should answer the salam: %+v", ms[0])
	}
	h.tap(ms[0], ms[0].Interactive.Buttons[0].Title)
	h.settle()
	for _, m := range h.waitMessages(3)[1:] {
		body := m.Text
		if m.Document != nil {
			body = m.Document.Caption
		}
		if strings.Contains(body, "وعليكم السلام") || strings.Contains(body, "أهلاً") {
			t.Fatalf("a reply after the answer greets again: %q", body)
		}
	}
}

// Something the shop does not sell is answered as such, naming what it
// does sell, not with the greeting.
func TestPipeline_NotCarried(t *testing.T) {
	h := newHarness(t, nil)
	h.text("عايز مرتبة سوست")
	ms := h.waitMessages(1)
	if !strings.Contains(ms[0].Text, "مش بنبيع") || !strings.Contains(ms[0].Text, "مرتبة سوست") || !strings.Contains(ms[0].Text, "إحنا عندنا") {
		t.Fatalf("want 'we do not sell مرتبة سوست, we have…': %q", ms[0].Text)
	}
}

// A question about delivery beside a complete order: the invoice goes out
// (the answer changes no line) and the question is flagged for a person.
func TestPipeline_OrderWithAServiceQuestion(t *testing.T) {
	h := newHarness(t, nil)
	h.text("عايز 2 كرسي سفرة زان بني، وابقى قولي هتوصلوا امتى")
	ms := h.waitMessages(2)
	if ms[0].Type != "document" && ms[1].Type != "document" {
		t.Fatalf("want the invoice: %s", describe(ms))
	}
	h.settle()
	ord := h.onlyOrder()
	if !ord.NeedsStaff || !strings.Contains(ord.StaffNote, "هتوصلوا") {
		t.Errorf("the question should be flagged for staff: needs %v, note %q", ord.NeedsStaff, ord.StaffNote)
	}
	convs, err := h.conversations()
	if err != nil {
		t.Fatal(err)
	}
	if len(convs) != 1 || !convs[0].Flag {
		t.Errorf("the conversation should be flagged: %+v", convs)
	}
}

// What the customer said of a line still open between products (its
// length, its colour) is kept for the product picked: "a kitchen 3 m in
// white", then a tap on the MDF kitchen, is invoiced with no question
// asked again.
func TestPipeline_PickKeepsWhatWasSaid(t *testing.T) {
	for _, text := range []string{"عايز مطبخ ٣ متر ابيض", "3ayez matbakh 3 metr abyad", "I want a kitchen 3 m in white"} {
		t.Run(text, func(t *testing.T) {
			h := pickMDFKitchen(t, text)
			ms := h.waitMessages(3)
			docs := h.documents()
			if len(docs) != 1 || len(docs[0].Lines) != 1 || docs[0].Lines[0].SKU != "T-KIT-MDF" ||
				docs[0].Lines[0].Quantity.String() != "3" || docs[0].Lines[0].Color != "أبيض" {
				t.Fatalf("after the pick, want the white MDF kitchen of 3 m invoiced: %s / %+v", describe(ms), docs)
			}
		})
	}
}

// pickMDFKitchen sends text, expects the box to ask which kitchen, and
// taps the MDF one.
func pickMDFKitchen(t *testing.T, text string) *harness {
	t.Helper()
	h := newHarness(t, nil)
	h.text(text)
	ms := h.waitMessages(1)
	if ms[0].Interactive == nil {
		t.Fatalf("want a which-kitchen question: %s", describe(ms))
	}
	title := "مطبخ إم دي إف"
	for _, b := range ms[0].Interactive.Buttons {
		if b.Title == "MDF kitchen" {
			title = b.Title // asked in English: the catalog's English name
		}
	}
	h.tap(ms[0], title)
	return h
}

// A woman is addressed as one, and good morning answered in kind, through
// the whole order: the colour question and the quote after it.
func TestPipeline_AddressesAWomanAndAnswersGoodMorning(t *testing.T) {
	h := newHarness(t, nil)
	body := firstChoices(t, h, "صباح الخير، عايزة 4 كراسي سفرة زان", "the colour question")
	if !strings.HasPrefix(body, "صباح النور") || !strings.Contains(body, "تحبي أنهي لون") || strings.Contains(body, "أهلاً") {
		t.Fatalf("want 'صباح النور …، تحبي أنهي لون؟': %q", body)
	}
}

// A man (or a message that says nothing of the speaker) keeps the
// masculine address and the usual hello.
func TestPipeline_AddressesAManAsBefore(t *testing.T) {
	h := newHarness(t, nil)
	h.text("عايز 4 كراسي سفرة زان")
	ms := h.waitMessages(1)
	if ms[0].Interactive == nil || !strings.Contains(ms[0].Interactive.Body, "تحب أنهي لون") || strings.Contains(ms[0].Interactive.Body, "النور") {
		t.Fatalf("want 'تحب أنهي لون؟' and no daytime answer: %s", describe(ms))
	}
}

// The first reply greets whatever it says: an order for something out of
// stock, the customer's first message, gets its salam answered and the
// hello before the alternatives (it had neither), and the reply speaks of
// a feminine product name ("ترابيزة") as feminine, a masculine one
// ("مطبخ") as masculine.
func TestPipeline_AlternativesAnswerSalamAndAgree(t *testing.T) {
	h := newHarness(t, nil)
	body := firstChoices(t, h, "السلام عليكم، عايز ترابيزة سفرة رخام", "alternatives")
	if !strings.HasPrefix(body, "وعليكم السلام") || !strings.Contains(body, "أهلاً") {
		t.Fatalf("the alternatives, the conversation's first reply, should answer the salam and greet: %q", body)
	}
	if !strings.Contains(body, "ترابيزة سفرة رخام مش متاحة دلوقتي") {
		t.Fatalf("a feminine product should be 'متاحة': %q", body)
	}
	h.text("وعايز كمان مطبخ زان")
	ms := h.waitMessages(2)
	body = ms[1].Text
	if ms[1].Interactive != nil {
		body = ms[1].Interactive.Body
	}
	if strings.Contains(body, "أهلاً") || strings.Contains(body, "وعليكم السلام") {
		t.Fatalf("the second reply greets again: %q", body)
	}
	if !strings.Contains(body, "مطبخ خشب زان بيتحسب") {
		t.Fatalf("a masculine product should be بيتحسب: %q", body)
	}
}

// A word beside an order that the box could not place is still unplaced
// after the customer answers the colour question: "3 ma2a3ed" (three
// seats) read as three chairs is handed to staff after the colour is
// tapped, not invoiced; the same order without it is invoiced.
func TestPipeline_AnswerKeepsUnplacedWordsForStaff(t *testing.T) {
	h := newHarness(t, nil)
	h.text("3ayez korsy zan 3 ma2a3ed")
	ms := h.waitMessages(1)
	if ms[0].Interactive == nil || len(ms[0].Interactive.Buttons) == 0 {
		t.Fatalf("want the colour asked: %s", describe(ms))
	}
	h.tap(ms[0], ms[0].Interactive.Buttons[0].Title)
	h.settle()
	if docs := h.documents(); len(docs) != 0 {
		t.Fatalf("an invoice went out for an order with an unplaced word: %+v", docs[0].Lines)
	}
	if ord := h.onlyOrder(); !ord.NeedsStaff || ord.Rule != pipeline.RuleUnexplained || !strings.Contains(ord.Reason, "ma2a3ed") {
		t.Fatalf("want the order with staff for ma2a3ed: needs %v, %s %q", ord.NeedsStaff, ord.Rule, ord.Reason)
	}

	h = newHarness(t, nil)
	h.text("3ayez 3 korsy zan")
	ms = h.waitMessages(1)
	h.tap(ms[0], ms[0].Interactive.Buttons[0].Title)
	h.settle()
	if docs := h.documents(); len(docs) != 1 || docs[0].Lines[0].Quantity.String() != "3" {
		t.Fatalf("the plain order should be invoiced after the colour: %+v", docs)
	}
}

// firstChoices sends a conversation's first message and returns the body of
// the reply, which must offer choices (buttons or a list): want says which.
func firstChoices(t *testing.T, h *harness, text, want string) string {
	t.Helper()
	h.text(text)
	ms := h.waitMessages(1)
	if ms[0].Interactive == nil {
		t.Fatalf("want %s: %s", want, describe(ms))
	}
	return ms[0].Interactive.Body
}

// A woman's price question gets the quote's buttons in the feminine too:
// "كلمي حد من المعرض", and "دوسي" in the summary.
func TestPipeline_QuoteButtonsAddressAWoman(t *testing.T) {
	h := newHarness(t, nil)
	h.text("بكام متر المطبخ الام دي اف الابيض؟ ومحتاجة ٣ متر")
	for _, m := range h.waitMessages(2) {
		if m.Interactive == nil {
			continue
		}
		var titles []string
		for _, b := range m.Interactive.Buttons {
			titles = append(titles, b.Title)
		}
		if !slices.Contains(titles, "كلمي حد من المعرض") || !strings.Contains(m.Interactive.Body, "دوسي") {
			t.Fatalf("want the quote's buttons and summary in the feminine: %q %v", m.Interactive.Body, titles)
		}
		return
	}
	t.Fatal("no quote summary with buttons")
}

// After an invoice, a message the box cannot place is as likely a change
// to that invoice as anything new: "make it black instead of brown" was
// answered "we don't sell «تخليه اسود بدل البني»", and "can you change the
// colour to white" with a greeting. Both now wait for a person, with the
// conversation flagged; a thank-you is still answered as one.
func TestPipeline_AfterAnInvoiceUnplacedWordsAreStaffs(t *testing.T) {
	for _, follow := range []string{"معلش ممكن تخليه اسود بدل البني؟", "ممكن تغيروا اللون لابيض", "momken t5aleeh eswed badal el bonni?"} {
		t.Run(follow, func(t *testing.T) {
			h := newHarness(t, nil)
			h.text("عايز 2 كرسي سفرة زان بني")
			h.waitMessages(2)
			h.settle()
			h.text(follow)
			ms := h.waitMessages(3)
			last := ms[2].Text
			if strings.Contains(last, "مش بنبيع") || strings.Contains(last, "أهلاً") || !strings.Contains(last, "فريق") {
				t.Fatalf("want a holding message for staff, got %q", last)
			}
			h.settle()
			page, err := h.p.Orders(bg, pipeline.OrderFilter{NeedsStaff: true})
			if err != nil {
				t.Fatal(err)
			}
			if len(page.Orders) != 1 || page.Orders[0].Rule != pipeline.RuleAboutDoc {
				t.Fatalf("the follow-up should wait for staff as about the document: %+v", page.Orders)
			}
			convs, err := h.conversations()
			if err != nil || len(convs) != 1 || !convs[0].Flag {
				t.Fatalf("the conversation should be flagged: %v %+v", err, convs)
			}
		})
	}
	h := newHarness(t, nil)
	h.text("عايز 2 كرسي سفرة زان بني")
	h.waitMessages(2)
	h.settle()
	h.text("شكرا جزيلا")
	h.waitMessages(3)
	h.settle()
	page, err := h.p.Orders(bg, pipeline.OrderFilter{NeedsStaff: true})
	if err != nil || len(page.Orders) != 0 {
		t.Fatalf("a thank-you after the invoice is no change to it: %v %+v", err, page.Orders)
	}
}

// A property the customer rules out after the goods ("بس مش عايزه يكون
// لامع") that the chosen product's names do not settle: the goods are
// offered, never invoiced, and the reply names what is not had — the
// goods with the property ruled out — never only goods the shop does sell.
func TestPipeline_RuledOutPropertyQuotedInTheReply(t *testing.T) {
	const csv = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
M-CHAIR,كرسي سفرة معدن,Metal dining chair,,سفرة,piece,1850,40,معدن,أسود
K-ACR,مطبخ أكريليك لامع,Glossy acrylic kitchen,,مطابخ,meter,14200,,أكريليك,أبيض
`
	h := newHarnessWith(t, harnessOptions{catalog: csv}, nil)
	h.text("عايز ٢ كرسي سفرة معدن اسود بس مش عايزهم يكونوا لامعين")
	ms := h.waitMessages(1)
	m := ms[0]
	if m.Interactive == nil || !strings.Contains(m.Interactive.Body, "مش عندنا") {
		t.Fatalf("want 'we do not have exactly that' with choices: %s", describe(ms))
	}
	if !strings.Contains(m.Interactive.Body, "مش لامعين") {
		t.Errorf("the reply should name the property ruled out: %s", m.Interactive.Body)
	}
	h.settle()
	if len(h.documents()) != 0 {
		t.Fatalf("invoiced: %+v", h.documents())
	}
}
