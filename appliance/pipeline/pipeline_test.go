package pipeline_test

import (
	"context"
	"os/exec"
	"strconv"
	"strings"
	"testing"
	"time"

	"fatoora/appliance/invoice"
	"fatoora/appliance/pipeline"
	"fatoora/appliance/whatsapp/graphsim"
	"fatoora/catalog"

	"golang.org/x/text/unicode/norm"
)

const seed = "عايز دولاب مطبخ خشب زان، مقاس 2 متر في 120 سم، لون رمادي فاتح، ومعاه شفاط بلت إن"

// pdfText extracts a PDF's text with pdftotext (Debian poppler-utils),
// NFKC-folded so Arabic presentation forms compare as letters.
func pdfText(t *testing.T, data []byte) string {
	t.Helper()
	cmd := exec.Command("pdftotext", "-layout", "-", "-")
	cmd.Stdin = strings.NewReader(string(data))
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("pdftotext (apt-get install poppler-utils): %v", err)
	}
	return norm.NFKC.String(string(out))
}

func TestPipeline_SeedMessageIsInvoiced(t *testing.T) {
	h := newHarness(t, nil)
	h.text(seed)
	ms := h.waitMessages(2)
	doc, sum := ms[0], ms[1]
	if doc.Type != "document" || doc.Document == nil {
		t.Fatalf("first reply is %s, want the invoice document: %s", doc.Type, describe(ms))
	}
	if doc.Document.Filename != "INV-T1-000001.pdf" || !strings.Contains(doc.Document.Caption, "52,326.00") {
		t.Errorf("document %q caption %q", doc.Document.Filename, doc.Document.Caption)
	}
	media, ok := h.graph.Media(doc.Document.MediaID)
	if !ok || media.MIMEType != "application/pdf" {
		t.Fatalf("uploaded media %s: %v %+v", doc.Document.MediaID, ok, media.MIMEType)
	}
	text := pdfText(t, media.Data)
	for _, want := range []string{"INV-T1-000001", "37,000.00", "8,900.00", "6,426.00", "52,326.00"} {
		if !strings.Contains(text, want) {
			t.Errorf("the PDF lacks %q:\n%s", want, text)
		}
	}
	if sum.Type != "text" || !strings.Contains(sum.Text, "52,326.00") || !strings.Contains(sum.Text, "INV-T1-000001") {
		t.Errorf("summary: %q", sum.Text)
	}
	h.settle()
	o := h.onlyOrder()
	if o.State != pipeline.StateReplied || o.Decision != pipeline.DecInvoice || o.Document != "INV-T1-000001" {
		t.Errorf("order: state %s decision %s doc %s", o.State, o.Decision, o.Document)
	}
	if len(o.Sends) != 2 || o.Sends[0].WAMID != doc.ID || o.Sends[1].WAMID != sum.ID {
		t.Errorf("sends recorded: %+v", o.Sends)
	}
	convs, err := h.conversations()
	if err != nil || len(convs) != 1 || convs[0].Lifecycle != pipeline.LifecycleInvoiced {
		t.Errorf("conversations: %+v %v", convs, err)
	}
}

func TestPipeline_SameWebhookThreeTimes(t *testing.T) {
	h := newHarness(t, nil)
	for range 3 {
		h.post(graphsim.Inbound{ID: "wamid.SAME", Type: "text", Text: &graphsim.Text{Body: seed}})
	}
	h.waitMessages(2)
	h.settle()
	time.Sleep(100 * time.Millisecond)
	if n := len(h.graph.MessagesTo(customer)); n != 2 {
		t.Errorf("%d messages sent, want 2: %s", n, describe(h.graph.MessagesTo(customer)))
	}
	if docs := h.documents(); len(docs) != 1 {
		t.Errorf("%d documents issued, want 1", len(docs))
	}
}

func TestPipeline_RetriesUntilGraphRecovers(t *testing.T) {
	h := newHarness(t, nil)
	h.graph.AddFault(graphsim.FailHTTP(3, 500))
	h.graph.AddFault(graphsim.FailCode(2, 130429))
	h.text(seed)
	ms := h.waitMessages(2)
	h.settle()
	if ms[0].Type != "document" || ms[1].Type != "text" || len(h.graph.MessagesTo(customer)) != 2 {
		t.Errorf("after recovery: %s", describe(h.graph.MessagesTo(customer)))
	}
	failed := 0
	for _, c := range h.graph.Calls() {
		if c.HTTPStatus != 200 {
			failed++
		}
	}
	if failed != 5 {
		t.Errorf("%d failed calls, want the 5 scripted", failed)
	}
}

func TestPipeline_OutsideWindowFlagsStaff(t *testing.T) {
	h := newHarness(t, nil)
	h.graph.AddFault(graphsim.FailRecipient(customer, 131047))
	h.text(seed)
	h.settle()
	convs, err := h.conversations()
	if err != nil || len(convs) != 1 || !convs[0].Flag || !strings.Contains(convs[0].FlagReason, "131047") {
		t.Fatalf("conversation not flagged for staff: %+v %v", convs, err)
	}
	if o := h.onlyOrder(); !o.NeedsStaff {
		t.Errorf("order not marked for staff: %+v", o)
	}
	if n := len(h.graph.MessagesTo(customer)); n != 0 {
		t.Errorf("%d messages accepted, want none", n)
	}
}

func TestPipeline_AsksColourThenInvoices(t *testing.T) {
	h := newHarness(t, nil)
	h.text("عايز 4 كراسي سفرة زان")
	ms := h.waitMessages(1)
	q := ms[0]
	if q.Interactive == nil || q.Interactive.Type != "button" || len(q.Interactive.Buttons) != 2 {
		t.Fatalf("want a colour question with 2 buttons: %s", describe(ms))
	}
	h.tap(q, "بني")
	ms = h.waitMessages(3)
	if ms[1].Type != "document" {
		t.Fatalf("after the answer: %s", describe(ms))
	}
	docs := h.documents()
	if len(docs) != 1 || len(docs[0].Lines) != 1 || docs[0].Lines[0].Color != "بني" || docs[0].Lines[0].Quantity.String() != "4" {
		t.Fatalf("invoice: %+v", docs)
	}
}

func TestPipeline_TypedColourAnswer(t *testing.T) {
	h := newHarness(t, nil)
	h.text("عايز 2 كرسي سفرة زان")
	h.waitMessages(1)
	h.text("بني لو سمحت")
	ms := h.waitMessages(3)
	if ms[1].Type != "document" {
		t.Fatalf("a typed colour did not continue the order: %s", describe(ms))
	}
}

func TestPipeline_UnavailableOffersAlternatives(t *testing.T) {
	h := newHarness(t, nil)
	h.text("عايز ترابيزة سفرة رخام")
	ms := h.waitMessages(1)
	alt := ms[0]
	if alt.Interactive == nil {
		t.Fatalf("want alternatives: %s", describe(ms))
	}
	h.tap(alt, "ترابيزة سفرة زان")
	ms = h.waitMessages(3)
	docs := h.documents()
	if len(docs) != 1 || docs[0].Lines[0].SKU != "T-TBL-160" {
		t.Fatalf("invoice after choosing an alternative: %+v %s", docs, describe(ms))
	}
}

func TestPipeline_InquiryQuoteThenConfirm(t *testing.T) {
	h := newHarness(t, nil)
	h.text("بكام متر المطبخ الام دي اف الابيض؟")
	ms := h.waitMessages(2)
	if ms[0].Document == nil || !strings.HasPrefix(ms[0].Document.Filename, "QUO-T1-") {
		t.Fatalf("want a quote document: %s", describe(ms))
	}
	h.tap(ms[1], "تأكيد الطلب")
	ms = h.waitMessages(4)
	if ms[2].Document == nil || !strings.HasPrefix(ms[2].Document.Filename, "INV-T1-") {
		t.Fatalf("want the invoice after confirming: %s", describe(ms))
	}
	o := h.onlyOrder()
	if o.Quote == "" || o.Document == "" {
		t.Errorf("order %+v", o)
	}
}

func TestPipeline_ComplaintFlagsStaff(t *testing.T) {
	h := newHarness(t, nil)
	h.text("الشفاط اللي جالي بايظ ومحدش بيرد عليا، ده مش أسلوب")
	ms := h.waitMessages(1)
	if ms[0].Type != "text" {
		t.Fatalf("want an acknowledgement: %s", describe(ms))
	}
	h.settle()
	convs, _ := h.conversations()
	if len(convs) != 1 || !convs[0].Flag {
		t.Errorf("complaint not flagged: %+v", convs)
	}
	if o := h.onlyOrder(); o.Decision != pipeline.DecComplaint {
		t.Errorf("decision %s", o.Decision)
	}
}

func TestPipeline_BacklogGoesToStaff(t *testing.T) {
	h := newHarness(t, nil)
	old := h.clock().Add(-30 * time.Hour).Unix()
	h.post(graphsim.Inbound{Type: "text", Text: &graphsim.Text{Body: seed}, Timestamp: itoa(old)})
	h.settle()
	o := h.onlyOrder()
	if o.Decision != pipeline.DecStaff || !o.NeedsStaff {
		t.Errorf("old message: decision %s needs staff %v", o.Decision, o.NeedsStaff)
	}
	if n := len(h.graph.MessagesTo(customer)); n != 0 || len(h.documents()) != 0 {
		t.Errorf("a backlog message was answered: %d messages", n)
	}
}

func TestPipeline_StaffTakeoverPausesBot(t *testing.T) {
	h := newHarness(t, func(o *pipeline.Options) { o.StaffTakeover = time.Hour })
	if err := h.p.StaffReply(context.Background(), customer, customer, "سارة", "أهلاً، أنا سارة من المعرض"); err != nil {
		t.Fatal(err)
	}
	h.waitMessages(1)
	h.text(seed)
	h.settle()
	if n := len(h.graph.MessagesTo(customer)); n != 1 {
		t.Fatalf("the bot answered while staff had the conversation: %s", describe(h.graph.MessagesTo(customer)))
	}
	h.advance(2 * time.Hour)
	h.text("عايز 2 كرسي سفرة زان طبيعي")
	ms := h.waitMessages(3)
	if ms[1].Type != "document" {
		t.Fatalf("after the takeover ended: %s", describe(ms))
	}
}

func TestPipeline_AsksSizeForAreaProducts(t *testing.T) {
	h := newHarness(t, nil)
	h.text("عايز دولاب جرار مرايا")
	ms := h.waitMessages(1)
	if ms[0].Type != "text" || !strings.Contains(ms[0].Text, "المقاس") {
		t.Fatalf("want a size question: %s", describe(ms))
	}
	h.text("2 متر في 2.4")
	ms = h.waitMessages(3)
	docs := h.documents()
	if len(docs) != 1 || docs[0].Lines[0].Quantity.String() != "4.8" {
		t.Fatalf("invoice after the size answer: %+v %s", docs, describe(ms))
	}
}

// Two pieces with sizes of their own read as one line are held for staff:
// no document goes out (issue 14, held-out round 4).
func TestPipeline_TwoSizesInOneLineAreHeld(t *testing.T) {
	h := newHarness(t, nil)
	// two sizes said one after the other with nothing between: read as
	// one line, more sizes than one piece has, so a person splits it
	h.text("عايز دولاب جرار ابيض 200 في 240 120 في 240")
	ms := h.waitMessages(1)
	h.settle()
	o := h.onlyOrder()
	if o.Decision != pipeline.DecReview || !o.NeedsStaff || len(h.documents()) != 0 || ms[0].Type == "document" {
		t.Fatalf("two sizes in one line: %+v %s", o, describe(ms))
	}
}

func TestPipeline_AnotherPieceIsItsOwnLine(t *testing.T) {
	h := newHarness(t, nil)
	// "وواحد تاني" with a size of its own: another piece, a line of its own
	h.text("عايز دولاب جرار ابيض 200 في 240 وواحد تاني ابيض 120 في 240")
	h.waitMessages(1)
	h.settle()
	o := h.onlyOrder()
	if o.Decision != pipeline.DecInvoice || len(o.Lines) != 2 || o.Lines[0].Quantity != catalog.MilliFromFloat(4.8) || o.Lines[1].Quantity != catalog.MilliFromFloat(2.88) {
		t.Fatalf("two pieces of two sizes: %+v", o)
	}
}

func TestPipeline_LargeInvoiceNeedsNationalID(t *testing.T) {
	h := newHarness(t, nil)
	h.text("عايز خزنة حديد كبيرة")
	ms := h.waitMessages(1)
	h.settle()
	o := h.onlyOrder()
	if o.Decision != pipeline.DecReview || !o.NeedsStaff || len(h.documents()) != 0 {
		t.Fatalf("order above EGP 150,000: %+v %s", o, describe(ms))
	}
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }

func TestPipeline_TierDiscount(t *testing.T) {
	h := newHarness(t, nil)
	if err := h.p.SetTier(context.Background(), customer, "gold"); err == nil {
		t.Fatal("an unconfigured tier was accepted")
	}
	if err := h.p.SetTier(context.Background(), customer, "vip"); err != nil {
		t.Fatal(err)
	}
	h.text(seed)
	ms := h.waitMessages(2)
	// 45,900.00 less 5% = 43,605.00; VAT 14% = 6,104.70.
	if !strings.Contains(ms[1].Text, "49,709.70") || !strings.Contains(ms[1].Text, "2,295.00") {
		t.Fatalf("a VIP's invoice summary: %s", ms[1].Text)
	}
}

func TestPipeline_ExpiredQuoteIsQuotedAgain(t *testing.T) {
	h := newHarness(t, nil)
	h.text("بكام متر المطبخ الام دي اف الابيض؟")
	ms := h.waitMessages(2)
	h.advance(8 * 24 * time.Hour) // quotes are valid 7 days
	h.tap(ms[1], "تأكيد الطلب")
	ms = h.waitMessages(4)
	if ms[2].Document == nil || ms[2].Document.Filename != "QUO-T1-000002.pdf" {
		t.Fatalf("confirming an expired quote: %s", describe(ms))
	}
	if docs := h.documents(); len(docs) != 2 {
		t.Errorf("%d documents, want the two quotes", len(docs))
	}
}

func TestPipeline_PaidAndVoided(t *testing.T) {
	h := newHarness(t, nil)
	h.text(seed)
	h.waitMessages(2)
	h.settle()
	o := h.onlyOrder()
	if err := h.p.MarkPaid(context.Background(), o.Document, "instapay", "سارة"); err != nil {
		t.Fatal(err)
	}
	convs, _ := h.conversations()
	if len(convs) != 1 || convs[0].Lifecycle != pipeline.LifecyclePaid {
		t.Errorf("after payment: %+v", convs)
	}
	if _, err := h.p.Void(context.Background(), o.Document, "", "سارة"); err == nil {
		t.Error("a void without a reason was accepted")
	}
	cn, err := h.p.Void(context.Background(), o.Document, "the customer cancelled", "سارة")
	if err != nil || !strings.HasPrefix(cn, "CN-T1-") {
		t.Fatalf("void: %q %v", cn, err)
	}
	if docs := h.documents(); len(docs) != 2 {
		t.Errorf("%d documents after the void, want the invoice and its credit note", len(docs))
	}
}

func TestPipeline_ConfirmedQuoteAsksWhatAnInvoiceNeeds(t *testing.T) {
	h := newHarness(t, nil)
	h.text("بكام الدولاب الجرار؟")
	ms := h.waitMessages(2)
	if ms[0].Document == nil || !strings.HasPrefix(ms[0].Document.Filename, "QUO-") {
		t.Fatalf("want a quote: %s", describe(ms))
	}
	h.tap(ms[1], "تأكيد الطلب")
	ms = h.waitMessages(3)
	if !strings.Contains(ms[2].Text, "المقاس") {
		t.Fatalf("an invoice for a wardrobe sold by m² needs its size: %s", describe(ms))
	}
	h.text("2 متر في 2.4")
	ms = h.waitMessages(4)
	if ms[3].Interactive == nil {
		t.Fatalf("then its colour: %s", describe(ms))
	}
	h.tap(ms[3], "مرايا")
	ms = h.waitMessages(6)
	var inv *invoice.Document
	for _, d := range h.documents() {
		if d.Kind == invoice.KindInvoice {
			inv = d
		}
	}
	if inv == nil || inv.Lines[0].Quantity.String() != "4.8" || inv.Lines[0].Color != "مرايا" || inv.RefersTo != "" {
		t.Fatalf("invoice after confirm, size and colour: %+v %s", inv, describe(ms))
	}
}

func TestPipeline_ProductTheCatalogLacks(t *testing.T) {
	h := newHarness(t, nil)
	h.text("عايز 2 كرسي سفرة زان طبيعي و مرتبة")
	ms := h.waitMessages(2)
	if ms[0].Document == nil || !strings.Contains(ms[1].Text, "مش لاقيين") || !strings.Contains(ms[1].Text, "مرتب") {
		t.Fatalf("the chairs invoiced and the mattress named as missing: %s\n%s", describe(ms), ms[1].Text)
	}
	h.settle()
	if o := h.onlyOrder(); !o.NeedsStaff || o.Document == "" {
		t.Errorf("order: needs staff %v, document %q", o.NeedsStaff, o.Document)
	}
	h.text("عايز مرتبة سوست") // nothing the catalog has: no invoice, a text
	ms = h.waitMessages(3)
	if ms[2].Document != nil || ms[2].Type != "text" || len(h.documents()) != 1 {
		t.Fatalf("nothing the catalog has: %s", describe(ms))
	}
}
