package understand

import (
	"context"
	"testing"
)

// TestRules_LeaveToAsk: "ممكن سؤال", "محتاج مساعدة", "a quick question"
// ask leave to ask — no goods, so never "we don't carry «سؤال»" nor an
// order of nothing; a product named beside the asking is still read.
// On c12a's paint and curtain shop (none of the blind sets' catalogs).
func TestRules_LeaveToAsk(t *testing.T) {
	r := c12aRules(t)
	for _, text := range []string{
		"ممكن سؤال",
		"لو سمحت عندي استفسار بسيط",
		"محتاج مساعدة",
		"ممكن خدمة؟",
		"momken so2al",
		"momken mosa3da",
		"quick question",
		"I need help",
	} {
		res, err := r.Understand(context.Background(), text)
		if err != nil {
			t.Fatal(err)
		}
		if res.Intent != Other || len(res.Items) != 0 {
			t.Errorf("%q: intent %s, items %+v; want other, no line", text, res.Intent, res.Items)
		}
	}
	res, err := r.Understand(context.Background(), "عندي سؤال، ستارة البلاك اوت بكام المتر؟")
	if err != nil {
		t.Fatal(err)
	}
	if res.Intent != Inquiry || len(res.Items) != 1 || res.Items[0].SKU != "CURTAIN" {
		t.Errorf("a question with the goods asked: intent %s, items %+v; want the curtain's price", res.Intent, res.Items)
	}
}
