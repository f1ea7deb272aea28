package understand

import (
	"context"
	"testing"
)

// TestHybrid_NoItemsOutsideOrders: a complaint, a thanks or any other
// message that orders nothing has no items, whatever products and
// figures it names (DESIGN.md "`fatoora extract`").
func TestHybrid_NoItemsOutsideOrders(t *testing.T) {
	h := NewHybrid(classesRules(t), nil, HybridOptions{})
	for _, tc := range []struct {
		text   string
		intent Intent
	}{
		{"الكنبة الجلد اللي جت الاسبوع اللي فات الجلد بتاعها اتقطع، ودفعت فيها ١٩٠٠٠", Complaint},
		{"ركبتولي الباب ام دي اف ٨٠ والمفصلة باظت، الفاتورة كانت ٥٢٠٠", Complaint},
		{"ربنا يكرمكم المرجيحة اتركبت والعيال مبسوطين بيها", Other},
		{"el wlad mabsoten gedan bel marge7a ❤️", Other},
		{"The kids are so happy with the swing, thank you", Other},
		{"الله يباركلكم الشمسية شكلها تحفة في الجنينة", Other},
	} {
		res, err := h.Understand(context.Background(), tc.text)
		if err != nil {
			t.Fatal(err)
		}
		if res.Intent != tc.intent || len(res.Items) > 0 {
			t.Errorf("%s: %s %+v, want %s and no items", tc.text, res.Intent, res.Items, tc.intent)
		}
	}
	// a blessing before an order is politeness: the order stands
	res, err := h.Understand(context.Background(), "ربنا يكرمك عايز مرجيحة ٢ وشمسية جنينة بيج")
	if err != nil {
		t.Fatal(err)
	}
	if res.Intent != Order || len(res.Items) != 2 {
		t.Errorf("blessing then order: %s %+v", res.Intent, res.Items)
	}
}
