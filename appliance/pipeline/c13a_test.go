package pipeline_test

import (
	"context"
	"strings"
	"testing"

	"fatoora/appliance/pipeline"
)

// The quote's «تأكيد الطلب» answered by typing: "تمام", "ok", "👍".
func TestPipeline_TypedYesConfirmsQuote(t *testing.T) {
	for _, yes := range []string{"تمام", "اوك يا فندم", "👍", "ok", "أكد الطلب", "tamam ab3at el fatora"} {
		t.Run(yes, func(t *testing.T) {
			h := newHarness(t, nil)
			h.quoted("بكام متر المطبخ الام دي اف الابيض؟")
			h.text(yes)
			ms := h.waitMessages(4)
			if ms[2].Document == nil || !strings.HasPrefix(ms[2].Document.Filename, "INV-T1-") {
				t.Fatalf("%q under the quote did not confirm it: %s", yes, describe(ms))
			}
			if o := h.onlyOrder(); o.Quote == "" || o.Document == "" {
				t.Errorf("the quote's order: %+v", o)
			}
		})
	}
}

// Words beside the yes, or a question, are no confirmation: nothing is
// invoiced.
func TestPipeline_TypedYesWithMoreIsNoConfirmation(t *testing.T) {
	for _, msg := range []string{"تمام كده؟", "تمام بس عايزه رمادي", "مش موافق", "ok but cheaper?"} {
		t.Run(msg, func(t *testing.T) {
			h := newHarness(t, nil)
			h.quoted("بكام متر المطبخ الام دي اف الابيض؟")
			h.text(msg)
			h.waitMessages(3)
			h.settle()
			for _, m := range h.graph.MessagesTo(customer) {
				if m.Document != nil && strings.HasPrefix(m.Document.Filename, "INV-") {
					t.Fatalf("%q invoiced the quote: %s", msg, describe(h.graph.MessagesTo(customer)))
				}
			}
		})
	}
}

// A product of "which one?" named by typing: the word only it has, or its
// place in the list.
func TestPipeline_TypedPickFromWhich(t *testing.T) {
	names := map[string]string{"ترابيزة سفرة رخام": "T-TBL-200", "ترابيزة سفرة زان": "T-TBL-160", "ترابيزة سفرة زجاج": "T-TBL-GLS"}
	for _, c := range []struct {
		typed string
		place int // the option's place when the pick is by place, -1 by its words
		sku   string
	}{
		{"الزجاج", -1, "T-TBL-GLS"},
		{"عايز بتاعة الزان لو سمحت", -1, "T-TBL-160"},
		{"التاني", 1, ""},
		{"التالتة", 2, ""},
		{"el tany", 1, ""},
		{"the last one", -2, ""},
	} {
		t.Run(c.typed, func(t *testing.T) {
			h := newHarness(t, nil)
			h.text("عايز ترابيزة سفرة")
			ms := h.waitMessages(1)
			q := ms[0].Interactive
			if q == nil || len(q.Buttons) != 3 {
				t.Fatalf("want which table, three buttons: %s", describe(ms))
			}
			want := c.sku
			switch {
			case c.place >= 0:
				want = names[q.Buttons[c.place].Title]
			case c.place == -2:
				want = names[q.Buttons[len(q.Buttons)-1].Title]
			}
			h.text(c.typed)
			h.waitMessages(2)
			h.settle()
			got := h.onlyOrder()
			if len(got.Lines) != 1 || got.Lines[0].SKU != want {
				t.Fatalf("%q picked %+v, want %s: %s", c.typed, got.Lines, want, describe(h.graph.MessagesTo(customer)))
			}
		})
	}
}

// "واحد تاني" is "another one", words no option has are no pick: the
// message is read on its own, the question's order keeps its line open.
func TestPipeline_TypedNoPick(t *testing.T) {
	for _, msg := range []string{"عايز واحد تاني", "الأبيض", "2"} {
		t.Run(msg, func(t *testing.T) {
			h := newHarness(t, nil)
			h.text("عايز ترابيزة سفرة")
			h.waitMessages(1)
			h.text(msg)
			h.waitMessages(2)
			h.settle()
			page, err := h.p.Orders(context.Background(), pipeline.OrderFilter{})
			if err != nil {
				t.Fatal(err)
			}
			if len(page.Orders) != 2 {
				t.Fatalf("%q: %d orders, want the question's and a new one", msg, len(page.Orders))
			}
			for _, o := range page.Orders {
				if o.Text == "عايز ترابيزة سفرة" && (o.Question == nil || o.Document != "") {
					t.Errorf("%q answered the question: %+v", msg, o)
				}
			}
		})
	}
}

// Thanks are answered with "العفو", not with how to order; a word with
// nothing asked after the greeting gets a short reply.
func TestPipeline_ThanksAfterInvoice(t *testing.T) {
	h := newHarness(t, nil)
	h.text("عايز 2 كرسي سفرة زان بني")
	h.waitMessages(2)
	for i, c := range []struct{ msg, want string }{
		{"شكرا جزيلا يا فندم", "العفو"},
		{"تمام", "تحت أمرك"},
		{"thanks a lot", "You're welcome"}, // in English: the customer wrote English
	} {
		h.text(c.msg)
		ms := h.waitMessages(3 + i)
		got := ms[len(ms)-1]
		if got.Type != "text" || !strings.Contains(got.Text, c.want) || strings.Contains(got.Text, "اسم المنتج والمقاس واللون") || strings.Contains(got.Text, "Send us the product") {
			t.Errorf("%q answered %q, want %q", c.msg, got.Text, c.want)
		}
	}
}

// A list's rows whose names are cut to the same title are told apart by
// their descriptions, which carry the names' ends; a product out of stock
// says so.
func TestPipeline_ListRowsTellCutNamesApart(t *testing.T) {
	h := newHarnessWith(t, harnessOptions{catalog: `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
W-1000-3,خزان مياه بلاستيك 1000 لتر 3 طبقات,Tank 1000L 3 layers,,خزانات,piece,3600,20,,
W-1000-4,خزان مياه بلاستيك 1000 لتر 4 طبقات,Tank 1000L 4 layers,,خزانات,piece,4300,0,,
W-1500-4,خزان مياه بلاستيك 1500 لتر 4 طبقات,Tank 1500L 4 layers,,خزانات,piece,6200,5,,
W-2000-4,خزان مياه بلاستيك 2000 لتر 4 طبقات,Tank 2000L 4 layers,,خزانات,piece,7900,5,,
`}, nil)
	h.text("عايز خزان مياه بلاستيك")
	ms := h.waitMessages(1)
	q := ms[0].Interactive
	if q == nil || len(q.Sections) != 1 || len(q.Sections[0].Rows) < 4 {
		t.Fatalf("want a list of the tanks: %s", describe(ms))
	}
	seen := map[string]bool{}
	for _, r := range q.Sections[0].Rows {
		shown := r.Title + " " + r.Description
		if seen[shown] {
			t.Errorf("two rows read the same: %q", shown)
		}
		seen[shown] = true
		if strings.HasSuffix(r.Title, "…") && !strings.Contains(r.Description, "طبقات") {
			t.Errorf("row %q: the name's end is not in its description %q", r.Title, r.Description)
		}
		if strings.Contains(r.Description, "4,300.00") != strings.Contains(r.Description, "مش متاح") {
			t.Errorf("row %q %q: only the tank out of stock says so", r.Title, r.Description)
		}
	}
	h.text("ال 1500")
	h.waitMessages(2)
	h.settle()
	if o := h.onlyOrder(); len(o.Lines) != 1 || o.Lines[0].SKU != "W-1500-4" {
		t.Fatalf("typed \"ال 1500\" picked %+v", o.Lines)
	}
}

// After a quote, a question the box cannot read ("طب واللي أكبر منها؟":
// and the bigger one?) goes to a person with "your question reached us",
// and a count with no product ("اوك هاخد ٢": ok, I'll take 2) with the
// holding reply — never the how-to-order greeting, never the quote
// confirmed as it was.
func TestPipeline_FollowUpAfterQuoteToStaff(t *testing.T) {
	for _, c := range []struct{ msg, want string }{
		{"طب واللي أكبر منها؟", "سؤالك وصل"},
		{"what about a bigger one", "Your question has reached us"}, // English answered in English
		{"طيب و الأرخص", "سؤالك وصل"},
		{"اوك هاخد ٢", "هيراجعه"},
		{"خليهم تلاتة", "هيراجعه"},
		{"ok make it 4", "review it"},
	} {
		t.Run(c.msg, func(t *testing.T) {
			h := newHarness(t, nil)
			h.quoted("بكام ترابيزة السفرة الزان؟")
			h.text(c.msg)
			ms := h.waitMessages(3)
			h.settle()
			if got := ms[2]; got.Type != "text" || !strings.Contains(got.Text, c.want) {
				t.Errorf("%q answered %q, want %q", c.msg, got.Text, c.want)
			}
			page, err := h.p.Orders(context.Background(), pipeline.OrderFilter{})
			if err != nil {
				t.Fatal(err)
			}
			for _, o := range page.Orders {
				if o.Text == c.msg && (!o.NeedsStaff || o.Rule != pipeline.RuleAboutDoc) {
					t.Errorf("%q: rule %s, needs staff %v", c.msg, o.Rule, o.NeedsStaff)
				}
				if o.Document != "" {
					t.Errorf("%q: invoiced %s", c.msg, o.Document)
				}
			}
		})
	}
}

// quoted sends a price question and waits for its quote and summary.
func (h *harness) quoted(question string) {
	h.t.Helper()
	n := len(h.graph.MessagesTo(customer))
	h.text(question)
	ms := h.waitMessages(n + 2)
	if d := ms[n].Document; d == nil || !strings.HasPrefix(d.Filename, "QUO-") {
		h.t.Fatalf("want a quote for %q: %s", question, describe(ms))
	}
}
