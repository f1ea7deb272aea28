package understand

import (
	"context"
	"testing"
)

// TestRules_AfterSales: a purchase already made ("اللي خدتها", "اللي
// فصلتوها", "the one I bought") with the price paid, a warranty word, a
// discrepancy or a defect is a complaint even when it names a product and
// figures; a new order that mentions talking yesterday, asks when it will
// come, or wants one like the last is still an order.
func TestRules_AfterSales(t *testing.T) {
	r := classesRules(t)
	for _, tt := range []struct {
		text   string
		intent Intent
	}{
		{"الباب اللي اشتريته منكم ب ٥٦٠٠ الحلق بتاعه بيزيق", Complaint},
		{"الكرانيش اللي ركبتوها الشهر اللي فات طلعت اقصر ٢٠ سم", Complaint},
		{"الأوكرة اللي خدتها من شهرين ودفعت ٤٥٠ عايز الضمان", Complaint},
		{"دفعت ١٠٠٠٠ فيزا واتسحبوا مرتين", Complaint},
		{"الكوالين اللي وصلت امبارح ٣ منهم مكسورين", Complaint},
		{"el bab elly eshtarato men 3andoko b 5600 feeh kasr", Complaint},
		// new orders
		{"انا اللي كلمتك امبارح، عايز باب ام دي اف 90 ابيض وياريت تقولي الميعاد", Order},
		{"عايز ٢ كالون زي اللي اشتريتهم المرة اللي فاتت", Order},
		{"عايز ٢ كالون زي اللي خدتهم منكم السنة اللي فاتت", Order},
		{"عايز ٢ كالون ب ٣٠٠", Order},
	} {
		t.Run(tt.text, func(t *testing.T) {
			res, err := r.Understand(context.Background(), tt.text)
			if err != nil {
				t.Fatal(err)
			}
			if tt.intent == Order && len(res.Unexplained) > 0 {
				t.Errorf("%s: unexplained %q", tt.text, res.Unexplained)
			}
			if res.Intent != tt.intent {
				t.Errorf("%s: intent %s, want %s (%+v)", tt.text, res.Intent, tt.intent, res.Items)
			}
		})
	}
}

func TestPastVerb(t *testing.T) {
	for w, want := range map[string]bool{
		"خدتها": true, "اشتريته": true, "فصلتوها": true, "ركبتوهم": true, "استلمت": true,
		"كرسي": false, "ستاره": false, "بيت": false, "ابيض": false,
	} {
		if got := pastVerb(wordKey(w)); got != want {
			t.Errorf("pastVerb(%s) = %v, want %v", w, got, want)
		}
	}
}

// TestRules_ThanksForAService: thanks that praise a service ("على سرعة
// التوصيل") ask nothing; a question about the service after thanks is one.
func TestRules_ThanksForAService(t *testing.T) {
	r := classesRules(t)
	for _, tt := range []struct {
		text    string
		service bool
	}{
		{"متشكرين جدا على التركيب، الباب تحفة", false},
		{"thanks a lot for the quick delivery", false},
		{"شكرا، التوصيل بكام؟", true},
		{"thanks, do you deliver to Alexandria?", true},
	} {
		res, err := r.Understand(context.Background(), tt.text)
		if err != nil {
			t.Fatal(err)
		}
		if res.Intent != Other || (len(res.Service) > 0) != tt.service {
			t.Errorf("%s: intent %s, service %q; want other, service=%v", tt.text, res.Intent, res.Service, tt.service)
		}
	}
}

// TestRules_ServiceVerbs: "do you deliver / install …?" said as a verb
// ("بتوصلوا", "توصلو", "بتشحنوا") or with و on the noun ("والتوصيل") is a
// question about the service; with an order it stays the order.
func TestRules_ServiceVerbs(t *testing.T) {
	r := classesRules(t)
	for _, tt := range []struct {
		text   string
		intent Intent
	}{
		{"بتوصلوا الرحاب؟ والتوصيل بكام", Other},
		{"ينفع تشحنوا لاسكندرية؟", Other},
		{"عايز ٢ كالون، ممكن توصلوهم بكرة؟", Order},
	} {
		res, err := r.Understand(context.Background(), tt.text)
		if err != nil {
			t.Fatal(err)
		}
		if res.Intent != tt.intent || tt.intent == Other && len(res.Service) == 0 {
			t.Errorf("%s: intent %s service %q, want %s", tt.text, res.Intent, res.Service, tt.intent)
		}
	}
}
