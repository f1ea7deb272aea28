package pipeline_test

import (
	"context"
	"strings"
	"testing"

	"fatoora/appliance/pipeline"
	"fatoora/appliance/whatsapp/graphsim"
)

// invoiced is the customer's first invoice sent, or nil.
func invoiced(ms []graphsim.Message) *graphsim.Message {
	for i, m := range ms {
		if m.Document != nil && strings.HasPrefix(m.Document.Filename, "INV-") {
			return &ms[i]
		}
	}
	return nil
}

// A colour asked, then a question for staff, then the colour: the colour
// still answers the order that asked it.
func TestPipeline_AnswerAfterAQuestionBetween(t *testing.T) {
	for _, between := range []string{"عندكم توصيل لمدينة نصر؟", "فين مكانكم بالظبط", "do you deliver to maadi?"} {
		t.Run(between, func(t *testing.T) {
			h := newHarness(t, nil)
			h.text("عايز كرسي سفرة زان")
			ms := h.waitMessages(1)
			if ms[0].Interactive == nil || !strings.Contains(ms[0].Interactive.Body, "لون") {
				t.Fatalf("want the chair's colour asked: %s", describe(ms))
			}
			h.text(between)
			h.waitMessages(2)
			h.text("بني")
			h.waitMessages(3)
			h.settle()
			ms = h.graph.MessagesTo(customer)
			if inv := invoiced(ms); inv == nil {
				t.Fatalf("the colour after %q did not reach the chair's order: %s", between, describe(ms))
			}
			docs := h.documents()
			if len(docs) != 1 || len(docs[0].Lines) != 1 || docs[0].Lines[0].SKU != "T-CHAIR" || docs[0].Lines[0].Color != "بني" {
				t.Fatalf("want one brown chair invoiced, have %+v", docs)
			}
		})
	}
}

// "تمام", "ok" while a colour is asked: the question is asked again, and a
// tap on the repeated buttons answers the order that asked.
func TestPipeline_AckWhileAskedRepeatsTheQuestion(t *testing.T) {
	for _, ack := range []string{"تمام", "ok", "اوك"} {
		t.Run(ack, func(t *testing.T) {
			h := newHarness(t, nil)
			h.text("عايز كرسي سفرة زان")
			h.waitMessages(1)
			h.text(ack)
			ms := h.waitMessages(2)
			again := ms[1]
			if again.Interactive == nil || len(again.Interactive.Buttons) != 2 || !strings.Contains(again.Interactive.Body, "لون") {
				t.Fatalf("%q under the colour question: want it asked again with its buttons: %s", ack, describe(ms))
			}
			h.tap(again, "طبيعي")
			h.waitMessages(3)
			h.settle()
			docs := h.documents()
			if len(docs) != 1 || docs[0].Lines[0].SKU != "T-CHAIR" || docs[0].Lines[0].Color != "طبيعي" {
				t.Fatalf("the tap on the repeated question: want one natural chair invoiced, have %+v: %s", docs, describe(h.graph.MessagesTo(customer)))
			}
		})
	}
}

// The question asked again, a place in its list typed: the place answers
// it as it would the first time.
func TestPipeline_PlaceTypedUnderTheRepeatedList(t *testing.T) {
	h := newHarness(t, nil)
	h.text("عايز ترابيزة سفرة")
	ms := h.waitMessages(1)
	if ms[0].Interactive == nil || len(ms[0].Interactive.Buttons) != 3 {
		t.Fatalf("want which table: %s", describe(ms))
	}
	h.text("تمام")
	ms = h.waitMessages(2)
	if ms[1].Interactive == nil || len(ms[1].Interactive.Buttons) != 3 {
		t.Fatalf("want which table asked again: %s", describe(ms))
	}
	h.text("التاني")
	h.waitMessages(3)
	h.settle()
	o := h.graph.MessagesTo(customer)
	if len(o) < 3 || strings.Contains(o[2].Text, "تحت أمرك") {
		t.Fatalf("the second table typed under the repeated list was not read as a pick: %s", describe(o))
	}
}

// Once the customer moved on to other goods, a colour word no longer
// reaches the older question; and an older quote is never confirmed by a
// "تمام" that follows another message.
func TestPipeline_OlderQuestionNotReachedAfterOtherGoods(t *testing.T) {
	h := newHarness(t, nil)
	h.text("عايز كرسي سفرة زان")
	h.waitMessages(1)
	h.text("عايز ترابيزة سفرة زجاج")
	h.waitMessages(2)
	h.settle()
	h.text("بني")
	h.waitMessages(3)
	h.settle()
	for _, d := range h.documents() {
		for _, l := range d.Lines {
			if l.SKU == "T-CHAIR" {
				t.Fatalf("a colour after other goods invoiced the older chair: %s", describe(h.graph.MessagesTo(customer)))
			}
		}
	}

	h = newHarness(t, nil)
	h.quoted("بكام متر المطبخ الام دي اف الابيض؟")
	h.text("عندكم تقسيط؟")
	h.waitMessages(3)
	h.text("تمام")
	h.waitMessages(4)
	h.settle()
	if inv := invoiced(h.graph.MessagesTo(customer)); inv != nil {
		t.Fatalf("a تمام after another message confirmed the older quote: %s", describe(h.graph.MessagesTo(customer)))
	}
}

// A price asked under "which one?" of the option it names: a quote of
// that product, not "which product do you mean?".
func TestPipeline_PriceAskedUnderWhich(t *testing.T) {
	for _, c := range []struct{ asked, sku string }{
		{"بكام الزان؟", "T-TBL-160"},
		{"والزجاج سعره كام", "T-TBL-GLS"},
		{"how much is the glass one?", "T-TBL-GLS"},
		{"el tany bkam?", ""}, // the second button, whichever it is
	} {
		t.Run(c.asked, func(t *testing.T) {
			h := newHarness(t, nil)
			h.text("عايز ترابيزة سفرة")
			ms := h.waitMessages(1)
			if ms[0].Interactive == nil || len(ms[0].Interactive.Buttons) != 3 {
				t.Fatalf("want which table: %s", describe(ms))
			}
			want := c.sku
			if want == "" {
				want = map[string]string{"ترابيزة سفرة رخام": "T-TBL-200", "ترابيزة سفرة زان": "T-TBL-160", "ترابيزة سفرة زجاج": "T-TBL-GLS"}[ms[0].Interactive.Buttons[1].Title]
			}
			h.text(c.asked)
			ms = h.waitMessages(3)
			if d := ms[1].Document; d == nil || !strings.HasPrefix(d.Filename, "QUO-") {
				t.Fatalf("%q under the list: want a quote: %s", c.asked, describe(ms))
			}
			h.settle()
			docs := h.documents()
			if len(docs) != 1 || len(docs[0].Lines) != 1 || docs[0].Lines[0].SKU != want {
				t.Fatalf("%q: want a quote of %s, have %+v", c.asked, want, docs)
			}
		})
	}
	// a word no option has: no pick, no document
	h := newHarness(t, nil)
	h.text("عايز ترابيزة سفرة")
	h.waitMessages(1)
	h.text("بكام الزان مقاس تاني؟")
	h.waitMessages(2)
	h.settle()
	if docs := h.documents(); len(docs) != 0 {
		t.Fatalf("a price asked with a size no option has: %+v", docs)
	}
}

// The colour said while the length is asked: kept, the length asked again,
// and the length then invoices with that colour — no colour asked after.
func TestPipeline_ColourSaidWhileSizeAsked(t *testing.T) {
	for _, colour := range []string{"رمادي فاتح", "الابيض لو سمحت"} {
		t.Run(colour, func(t *testing.T) {
			h := newHarness(t, nil)
			h.text("عايز مطبخ خشب زان")
			ms := h.waitMessages(1)
			if !strings.Contains(ms[0].Text, "الطول") {
				t.Fatalf("want the kitchen's length asked: %s", describe(ms))
			}
			h.text(colour)
			ms = h.waitMessages(2)
			if !strings.Contains(ms[1].Text, "الطول") {
				t.Fatalf("%q while the length is asked: want the length asked again: %s", colour, describe(ms))
			}
			h.text("٣ متر ونص")
			h.waitMessages(3)
			h.settle()
			if inv := invoiced(h.graph.MessagesTo(customer)); inv == nil {
				t.Fatalf("the length after the colour: want an invoice: %s", describe(h.graph.MessagesTo(customer)))
			}
			want := map[string]string{"رمادي فاتح": "رمادي فاتح", "الابيض لو سمحت": "أبيض"}[colour]
			docs := h.documents()
			if len(docs) != 1 || docs[0].Lines[0].SKU != "T-KIT-BEECH" || docs[0].Lines[0].Color != want || docs[0].Lines[0].Quantity.String() != "3.5" {
				t.Fatalf("want 3.5 m of the beech kitchen in %s, have %+v", want, docs[0].Lines)
			}
			if o := h.onlyOrder(); o.NeedsStaff {
				t.Errorf("the order was handed to staff: %s", o.StaffNote)
			}
		})
	}
}

// A door workshop: doors by the piece and their installation per door.
const doorShop = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
D-WOOD,باب خشب داخلي,Interior wooden door,باب خشب|باب داخلي,أبواب,piece,4200,30,خشب,أبيض|بني
D-STEEL,باب مصفح,Steel security door,باب حديد|باب شقة,أبواب,piece,9800,6,صاج,بني|أسود
INST-DOOR,تركيب باب,Door installation,تركيب|تركيب الباب,خدمات,piece,350,,,
`

// After an invoice, goods asked "for them" ("وعايز تركيب ليهم"): how many
// and of what are the invoice's, so a person answers — the box invoiced
// one installation for three doors.
func TestPipeline_ForThemAfterADocumentToStaff(t *testing.T) {
	for _, msg := range []string{"وعايز تركيب ليهم", "والتركيب بتاعهم كام؟", "and installation for them please"} {
		t.Run(msg, func(t *testing.T) {
			h := newHarnessWith(t, harnessOptions{catalog: doorShop}, nil)
			h.text("عايز ٣ باب خشب داخلي ابيض")
			ms := h.waitMessages(2)
			if invoiced(ms) == nil {
				t.Fatalf("want the three doors invoiced: %s", describe(ms))
			}
			h.text(msg)
			h.waitMessages(3)
			h.settle()
			if docs := h.documents(); len(docs) != 1 {
				t.Fatalf("%q after the invoice made a second document: %s", msg, describe(h.graph.MessagesTo(customer)))
			}
			page, err := h.p.Orders(context.Background(), pipeline.OrderFilter{})
			if err != nil {
				t.Fatal(err)
			}
			if o := page.Orders[0]; !o.NeedsStaff || o.Rule != pipeline.RuleAboutDoc {
				t.Fatalf("%q: want it for staff (about the document), have %s %s needs staff %v", msg, o.Decision, o.Rule, o.NeedsStaff)
			}
		})
	}
}

// A photo sent while the colour is asked (of the room, of a sample): the
// question stays open, and the colour typed after it answers the order.
func TestPipeline_AnswerAfterAPhoto(t *testing.T) {
	h := newHarness(t, nil)
	h.text("عايز كرسي سفرة زان")
	h.waitMessages(1)
	h.post(graphsim.Inbound{Type: "image"})
	h.waitMessages(2)
	h.text("بني")
	h.waitMessages(3)
	h.settle()
	docs := h.documents()
	if len(docs) != 1 || docs[0].Lines[0].SKU != "T-CHAIR" || docs[0].Lines[0].Color != "بني" {
		t.Fatalf("the colour after a photo: want one brown chair invoiced, have %+v: %s", docs, describe(h.graph.MessagesTo(customer)))
	}
}
