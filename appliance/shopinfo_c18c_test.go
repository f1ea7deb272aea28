package appliance

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"

	"fatoora/appliance/config"
	"fatoora/appliance/pipeline"
	"fatoora/ui/sim"
)

// Through the demo box's simulator: where the shop is, asked of a place
// ("انتو فين في المهندسين؟"), and its hours asked of a season, are
// answered from the shop's settings at once, the reply saying that a
// person will confirm about what was asked of, and the conversation is
// flagged for staff (the order needs staff, its note naming the place);
// whether there is a branch in a city is answered so too, the city left
// for a person to confirm.
func TestBox_ShopAskedOfAPlace_C18c(t *testing.T) {
	box, stop := start(t, demoOptions(t))
	defer stop()
	base := "http://" + box.Addr().String()
	d := config.Default().Shop

	for _, c := range []struct {
		phone, text, fact, beyond string
	}{
		{"201001180001", "مساء الخير، انتو فين في المهندسين؟", d.Address, "المهندسين"},
		{"201001180002", "مواعيدكم ايه في رمضان؟", d.Hours, "رمضان"},
		{"201001180003", "عندكم فرع في اسكندرية؟", d.Address, "اسكندرية"},
	} {
		cu := simCustomer{t: t, base: base, phone: c.phone}
		cu.send(sim.Input{Text: c.text})
		r := cu.replies(1)[0]
		if !strings.Contains(r.Text, c.fact) || !strings.Contains(r.Text, "«"+c.beyond+"»") {
			t.Errorf("%q: want the shop's settings and «%s» to be confirmed: %q", c.text, c.beyond, r.Text)
		}
		ord := orderOf(t, box, c.phone)
		if ord.Rule != pipeline.RuleShopInfo || !ord.NeedsStaff || !strings.Contains(ord.StaffNote, c.beyond) {
			t.Errorf("%q: rule %q, needs staff %v (%q); want %s, flagged with %q", c.text, ord.Rule, ord.NeedsStaff, ord.StaffNote, pipeline.RuleShopInfo, c.beyond)
		}
	}
	if n := waitingForStaff(t, base); n != 3 {
		t.Errorf("/healthz waiting for staff: %v, want the 3 conversations flagged", n)
	}
}

// waitingForStaff is /healthz's count of conversations waiting for staff.
func waitingForStaff(t *testing.T, base string) float64 {
	t.Helper()
	resp, err := http.Get(base + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var h struct {
		Parts map[string]struct {
			Details map[string]any `json:"details"`
		} `json:"parts"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&h); err != nil {
		t.Fatal(err)
	}
	n, _ := h.Parts["pipeline"].Details["waiting_for_staff"].(float64)
	return n
}

// A place that is the shop's own (its address says it: the demo shop is
// in Nasr City) is answered by the address: nothing to confirm, no flag.
func TestBox_ShopAskedOfItsOwnPlace_C18c(t *testing.T) {
	box, stop := start(t, demoOptions(t))
	defer stop()
	base := "http://" + box.Addr().String()
	d := config.Default().Shop
	cu := simCustomer{t: t, base: base, phone: "201001180011"}
	cu.send(sim.Input{Text: "مساء الخير، المحل في مدينة نصر فين بالظبط؟"})
	r := cu.replies(1)[0]
	if !strings.Contains(r.Text, d.Address) || strings.Contains(r.Text, "«") {
		t.Errorf("want the address, nothing to confirm: %q", r.Text)
	}
	if ord := orderOf(t, box, "201001180011"); ord.Rule != pipeline.RuleShopInfo || ord.NeedsStaff {
		t.Errorf("rule %q, needs staff %v; want %s, no flag", ord.Rule, ord.NeedsStaff, pipeline.RuleShopInfo)
	}
}
