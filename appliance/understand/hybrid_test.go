package understand

import (
	"context"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"fatoora/catalog"
)

// fakeModel stands in for a language model: it records what it was shown
// and answers what the test says.
type fakeModel struct {
	mu     sync.Mutex
	calls  int
	shown  []catalog.Product
	answer ModelAnswer
	err    error
	delay  time.Duration
}

func (m *fakeModel) Name() string { return "fake" }

func (m *fakeModel) Extract(ctx context.Context, text string, cands []catalog.Product) (ModelAnswer, error) {
	m.mu.Lock()
	m.calls++
	m.shown = cands
	m.mu.Unlock()
	if m.delay > 0 {
		select {
		case <-time.After(m.delay):
		case <-ctx.Done():
			return ModelAnswer{}, ctx.Err()
		}
	}
	return m.answer, m.err
}

func TestHybrid_ConfidentRulesSkipTheModel(t *testing.T) {
	m := &fakeModel{}
	h := NewHybrid(testRules(t), m, HybridOptions{})
	res, err := h.Understand(context.Background(), "عايز ٣ كراسي بلاستيك حمرا")
	if err != nil {
		t.Fatal(err)
	}
	if m.calls != 0 || res.Source != "rules" {
		t.Fatalf("model called %d times, source %s", m.calls, res.Source)
	}
}

func TestHybrid_AsksTheModelForUnexplainedWords(t *testing.T) {
	m := &fakeModel{answer: ModelAnswer{Intent: Order, Items: []ModelItem{
		{SKU: "CHR-PLS", Quantity: 3, Color: "احمر"},
		{SKU: "TBL-90", Quantity: 1, Color: "بني"},
	}}}
	h := NewHybrid(testRules(t), m, HybridOptions{})
	res, err := h.Understand(context.Background(), "عايز ٣ كراسي بلاستيك حمرا وحاجة للقعدة صغيرة خشبها بني")
	if err != nil {
		t.Fatal(err)
	}
	if m.calls != 1 {
		t.Fatalf("model called %d times", m.calls)
	}
	if res.Source != "rules+model" || len(res.Items) != 2 {
		t.Fatalf("result %+v", res)
	}
	if res.Items[0].Color != "أحمر" || res.Items[1].SKU != "TBL-90" || res.Items[1].Quantity != catalog.One {
		t.Errorf("merged items %+v", res.Items)
	}
	found := false
	for _, p := range m.shown {
		if p.SKU == "CHR-PLS" {
			found = true
		}
	}
	if !found || len(m.shown) > 12 {
		t.Errorf("the rules' item should be among ≤12 candidates shown: %d shown", len(m.shown))
	}
}

func TestHybrid_ValidatesTheModel(t *testing.T) {
	text := "عايز حاجة للقعدة"
	tests := []struct {
		name string
		item ModelItem
		ok   bool
	}{
		{"unknown SKU", ModelItem{SKU: "NOPE", Quantity: 1}, false},
		{"zero quantity", ModelItem{SKU: "CHR-PLS", Quantity: 0}, false},
		{"negative quantity", ModelItem{SKU: "CHR-PLS", Quantity: -2}, false},
		{"absurd quantity", ModelItem{SKU: "CHR-PLS", Quantity: 1e9}, false},
		{"half a chair", ModelItem{SKU: "CHR-PLS", Quantity: 0.5}, false},
		{"valid", ModelItem{SKU: "CHR-PLS", Quantity: 2}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := &fakeModel{answer: ModelAnswer{Intent: Order, Items: []ModelItem{tt.item}}}
			h := NewHybrid(testRules(t), m, HybridOptions{})
			res, err := h.Understand(context.Background(), text)
			if err != nil {
				t.Fatal(err)
			}
			got := false
			for _, it := range res.Items {
				if it.SKU == tt.item.SKU {
					got = true
				}
			}
			if got != tt.ok {
				t.Fatalf("item accepted=%v, want %v (%+v)", got, tt.ok, res)
			}
		})
	}
	// a colour the product does not come in is dropped, the item kept
	m := &fakeModel{answer: ModelAnswer{Intent: Order, Items: []ModelItem{{SKU: "CHR-PLS", Quantity: 2, Color: "بنفسجي"}}}}
	res, _ := NewHybrid(testRules(t), m, HybridOptions{}).Understand(context.Background(), text)
	if len(res.Items) != 1 || res.Items[0].Color != "" || !contains(res.Items[0].Missing, "color") {
		t.Fatalf("invalid colour: %+v", res.Items)
	}
}

func TestHybrid_ModelFailureKeepsTheRules(t *testing.T) {
	text := "عايز كرسي بلاستيك ومرتبة سوست"
	rulesOnly, _ := testRules(t).Understand(context.Background(), text)
	for name, m := range map[string]*fakeModel{
		"error":   {err: errors.New("connection refused")},
		"timeout": {delay: time.Second},
	} {
		t.Run(name, func(t *testing.T) {
			h := NewHybrid(testRules(t), m, HybridOptions{Timeout: 50 * time.Millisecond})
			res, err := h.Understand(context.Background(), text)
			if err != nil {
				t.Fatalf("hybrid failed with the model: %v", err)
			}
			if res.Source != "rules" || len(res.Items) != len(rulesOnly.Items) || res.Confidence >= rulesOnly.Confidence {
				t.Fatalf("want the rules' answer with lower confidence: %+v (rules %+v)", res, rulesOnly)
			}
			if len(res.Notes) == 0 || !strings.Contains(res.Notes[0], "fake") {
				t.Errorf("notes %v", res.Notes)
			}
		})
	}
}

func TestHybrid_NoModelIsRules(t *testing.T) {
	h := NewHybrid(testRules(t), nil, HybridOptions{})
	res, err := h.Understand(context.Background(), "عايز كرسي بلاستيك ومرتبة سوست")
	if err != nil || res.Source != "rules" {
		t.Fatalf("%+v %v", res, err)
	}
}

func TestHybrid_ConfidentRulesLinesStand(t *testing.T) {
	// the model misreads the count; the rules read "٣ كراسي" confidently
	m := &fakeModel{answer: ModelAnswer{Intent: Inquiry, Items: []ModelItem{{SKU: "CHR-PLS", Quantity: 30}}}}
	h := NewHybrid(testRules(t), m, HybridOptions{})
	res, err := h.Understand(context.Background(), "عايز ٣ كراسي بلاستيك حمرا وحاجة للقعدة")
	if err != nil {
		t.Fatal(err)
	}
	if m.calls != 1 || len(res.Items) != 1 || res.Items[0].Quantity != 3*catalog.One || res.Items[0].Color != "أحمر" {
		t.Fatalf("%+v", res)
	}
	if res.Intent != Inquiry {
		t.Errorf("an order the rules guessed may be corrected by the model: %s", res.Intent)
	}
}

func TestHybrid_KeepsThingsTheCatalogLacks(t *testing.T) {
	// the model agrees on the chair and finds nothing for the mattress: the
	// mattress stays a line with no sku for the clerk
	m := &fakeModel{answer: ModelAnswer{Intent: Order, Items: []ModelItem{{SKU: "CHR-PLS", Quantity: 2}}}}
	h := NewHybrid(testRules(t), m, HybridOptions{})
	res, err := h.Understand(context.Background(), "عايز 2 كرسي بلاستيك و مرتبة")
	if err != nil {
		t.Fatal(err)
	}
	if m.calls != 1 || len(res.Items) != 2 || res.Items[0].SKU != "CHR-PLS" || res.Items[1].SKU != "" || res.Items[1].Phrase != "مرتبة" {
		t.Fatalf("calls %d items %+v", m.calls, res.Items)
	}
	// the model reads the unknown phrase as a catalog product: no sku-less line
	m = &fakeModel{answer: ModelAnswer{Intent: Order, Items: []ModelItem{{SKU: "CHR-PLS", Quantity: 2}, {SKU: "TBL-90", Quantity: 1}}}}
	h = NewHybrid(testRules(t), m, HybridOptions{})
	res, _ = h.Understand(context.Background(), "عايز 2 كرسي بلاستيك و مرتبة")
	for _, it := range res.Items {
		if it.SKU == "" {
			t.Errorf("model named another product, sku-less line kept: %+v", res.Items)
		}
	}
}
