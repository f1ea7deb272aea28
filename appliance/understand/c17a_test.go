package understand

import (
	"context"
	"testing"
)

// TestShopAsked_C17a_TellMe: the shop's hours or place asked with a verb
// of knowing or telling ("ممكن اعرف …", "قولي …", "عرفني …", Franco
// "momken a3raf …") or with "or not" after it is still that question
// alone: the box answers it from its settings (it went to staff,
// "ممكن اعرف مواعيدكم؟" with the verb unplaced). The times of another
// thing asked the same way keep their path.
func TestShopAsked_C17a_TellMe(t *testing.T) {
	r := demoShopRules(t)
	for _, c := range []struct {
		text string
		want ShopTopic
	}{
		{"ممكن اعرف مواعيدكم؟", ShopHours},
		{"ممكن اعرف العنوان؟", ShopWhere},
		{"عايز اعرف انتو فاتحين النهارده ولا لا", ShopHours},
		{"قولي مواعيد المعرض لو سمحت", ShopHours},
		{"ممكن تقولولي انتو فين؟", ShopWhere},
		{"عرفني العنوان بالظبط", ShopWhere},
		{"محتاج اعرف بتقفلوا الساعة كام", ShopHours},
		{"momken a3raf mawa3edko?", ShopHours},
		{"are you open today or not?", ShopHours},
		{"قولي مواعيد التوصيل", 0},
		{"عرفني عنوان المصنع اللي بيعمل الخشب", 0},
	} {
		res, err := r.Understand(context.Background(), c.text)
		if err != nil {
			t.Fatal(err)
		}
		if res.ShopAsked != c.want {
			t.Errorf("%q: shop asked %q, unexplained %q, service %q; want %q", c.text, res.ShopAsked, res.Unexplained, res.Service, c.want)
		}
		if c.want != 0 && (res.Intent != Other || len(res.Items) != 0 || len(res.Unexplained) != 0) {
			t.Errorf("%q: intent %s, items %d, unexplained %q; want other, none, none", c.text, res.Intent, len(res.Items), res.Unexplained)
		}
	}
}
