package staff

import (
	"testing"

	"fatoora/appliance/health"
	"fatoora/appliance/pipeline"
)

func TestDashboardOf(t *testing.T) {
	s := pipeline.Summary{Messages: 12, Customers: 5, Orders: 4, Quotes: 1, QuotesTotal: 1_000_00, Invoices: 2, Voided: 1,
		Revenue: 52_326_00, VAT: 6_426_00, Paid: 20_000_00, Unpaid: 32_326_00, PaidCount: 1, UnpaidCount: 1, Review: 3}
	rep := health.Report{Parts: map[string]health.State{
		"whatsapp": {Status: health.OK},
		"model":    {Status: health.Degraded, Message: "ollama does not answer"},
		"catalog":  {Status: health.Degraded, Message: "no products yet"},
		"queue":    {Status: health.OK},
	}}
	d := dashboardOf(English, s, rep)
	fig := map[string]figure{}
	for _, f := range d.Figures {
		fig[f.Key] = f
	}
	for _, tc := range []struct{ key, value, unit, sub, tone string }{
		{"dash.messages", "12", "", "customers: 5", ""},
		{"dash.quotes", "1", "", "EGP 1,000.00", ""},
		{"dash.invoices", "2", "", "voided: 1", ""},
		{"dash.revenue", "52,326.00", "EGP", "", "good"},
		{"dash.vat", "6,426.00", "EGP", "", ""},
		{"dash.unpaid", "32,326.00", "EGP", "invoices: 1", "warn"},
		{"dash.review", "3", "", "", "warn"},
		{"dash.flagged", "0", "", "", ""},
	} {
		if f := fig[tc.key]; f.Value != tc.value || f.Unit != tc.unit || f.Sub != tc.sub || f.Tone != tc.tone {
			t.Errorf("%s = %+v, want %+v", tc.key, f, tc)
		}
	}
	var names, states []string
	for _, h := range d.Health {
		names = append(names, h.Name)
		states = append(states, h.Status)
	}
	// The integrations in their order, then any other part that is not well.
	wantNames := []string{"whatsapp", "webhook", "model", "relay", "hq-sync", "eta", "catalog"}
	wantStates := []string{"ok", "off", "degraded", "off", "off", "off", "degraded"}
	if len(names) != len(wantNames) {
		t.Fatalf("health = %v %v", names, states)
	}
	for i := range wantNames {
		if names[i] != wantNames[i] || states[i] != wantStates[i] {
			t.Errorf("health[%d] = %s %s, want %s %s", i, names[i], states[i], wantNames[i], wantStates[i])
		}
	}
	if ar := dashboardOf(Arabic, s, rep); ar.Health[2].State != "فيه مشكلة" || ar.Figures[4].Unit != "ج.م" {
		t.Errorf("Arabic: %+v %+v", ar.Health[2], ar.Figures[4])
	}
}
