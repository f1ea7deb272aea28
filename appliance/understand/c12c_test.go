package understand

import (
	"context"
	"testing"
)

// TestRules_CallAbout: a call asked about goods ("ممكن حد يكلمني بخصوص
// الستارة؟", "call me about the curtains") is a question for staff whose
// topic the goods are — no line ordered; goods ordered beside a call asked
// stay the order.
func TestRules_CallAbout(t *testing.T) {
	r := c12aRules(t)
	for _, text := range []string{
		"ممكن حد يكلمني بخصوص الستارة البلاك اوت؟",
		"ياريت حد يتصل بيا بخصوص جالون الدهان",
		"please call me about the blackout curtain",
	} {
		res, err := r.Understand(context.Background(), text)
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Items) != 0 || len(res.Service) == 0 {
			t.Errorf("%q: items %+v, service %q; want the call's topic, no line", text, res.Items, res.Service)
		}
	}
	res, err := r.Understand(context.Background(), "عايز ٢ جالون دهان بلاستيك ابيض وياريت حد يكلمني")
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Items) != 1 || len(res.Service) == 0 {
		t.Errorf("goods beside a call: items %+v, service %q", res.Items, res.Service)
	}
}
