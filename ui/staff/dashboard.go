package staff

import (
	"context"
	"fmt"
	"net/http"
	"slices"
	"sort"
	"time"

	"fatoora/appliance/health"
	"fatoora/appliance/pipeline"
	"fatoora/catalog/money"
)

// The dashboard: today's figures from the pipeline's Summary and the state
// of the box's integrations from the health registry, rendered on the
// server and kept fresh by the live hub (live.go) over a websocket.

// integrations are the health entries the dashboard always shows, in
// order; an entry the box has not registered is "not set up".
var integrations = []string{"whatsapp", "webhook", "model", "relay", "hq-sync", "eta"}

// figure is one number on the dashboard.
type figure struct {
	Key   string // message key of the label; also the element's data-live id
	Value string // formatted in the page's language
	Unit  string // the currency beside a sum, "" for a count
	Sub   string // a second line (counts beside a sum), optional
	Tone  string // "", "good", "warn": how the card is coloured
}

// healthItem is one integration's state on the dashboard.
type healthItem struct {
	Name    string // registry name
	Label   string // in the page's language
	Status  string // "ok", "degraded", "off"
	State   string // the status in words
	Message string
}

// dashboard is what the dashboard page and each live push carry.
type dashboard struct {
	Date    string
	Figures []figure
	Health  []healthItem
	Review  int
	Flagged int
	// HQRejected counts the documents head office refused for good
	// (hq-sync's health), linked to the page where staff act on them.
	HQRejected int
}

// summarize reads today's figures and the health report.
func (u *UI) summarize(ctx context.Context) (pipeline.Summary, health.Report, error) {
	var rep health.Report
	if u.opts.Health != nil {
		rep = u.opts.Health.Report()
	}
	from, to := u.opts.Pipeline.Today()
	s, err := u.opts.Pipeline.Summary(ctx, from, to)
	return s, rep, err
}

// dashboardOf formats a summary and a health report in lang.
func dashboardOf(lang Lang, s pipeline.Summary, rep health.Report) dashboard {
	egp := func(p money.Piasters) string { return textf(lang, "money.egp", p.String()) }
	unit := text(lang, "money.unit")
	n := func(i int) string { return fmt.Sprint(i) }
	d := dashboard{Date: s.From.Format("2006-01-02"), Review: s.Review, Flagged: s.Flagged}
	tone := func(bad bool) string {
		if bad {
			return "warn"
		}
		return ""
	}
	d.Figures = []figure{
		{Key: "dash.messages", Value: n(s.Messages), Sub: textf(lang, "dash.customers", s.Customers)},
		{Key: "dash.orders", Value: n(s.Orders)},
		{Key: "dash.quotes", Value: n(s.Quotes), Sub: egp(s.QuotesTotal)},
		{Key: "dash.invoices", Value: n(s.Invoices), Sub: voidedLine(lang, s.Voided)},
		{Key: "dash.revenue", Value: s.Revenue.String(), Unit: unit, Tone: "good"},
		{Key: "dash.vat", Value: s.VAT.String(), Unit: unit},
		{Key: "dash.paid", Value: s.Paid.String(), Unit: unit, Sub: textf(lang, "dash.count_invoices", s.PaidCount)},
		{Key: "dash.unpaid", Value: s.Unpaid.String(), Unit: unit, Sub: textf(lang, "dash.count_invoices", s.UnpaidCount), Tone: tone(s.UnpaidCount > 0)},
		{Key: "dash.review", Value: n(s.Review), Tone: tone(s.Review > 0)},
		{Key: "dash.flagged", Value: n(s.Flagged), Tone: tone(s.Flagged > 0)},
	}
	if st, ok := rep.Parts["hq-sync"]; ok {
		d.HQRejected, _ = st.Details["rejected"].(int)
	}
	for _, name := range integrations {
		st, ok := rep.Parts[name]
		it := healthItem{Name: name, Label: text(lang, "health."+name), Status: "off", State: text(lang, "health.off")}
		if ok {
			it.Status, it.Message = st.Status, st.Message
			it.State = text(lang, "health."+st.Status)
		}
		d.Health = append(d.Health, it)
	}
	// Any other part that is not well is shown too (the catalog, the queue…).
	var others []string
	for name, st := range rep.Parts {
		if st.Status != health.OK && !slices.Contains(integrations, name) {
			others = append(others, name)
		}
	}
	sort.Strings(others)
	for _, name := range others {
		st := rep.Parts[name]
		d.Health = append(d.Health, healthItem{Name: name, Label: name, Status: st.Status, State: text(lang, "health."+st.Status), Message: st.Message})
	}
	return d
}

func voidedLine(lang Lang, n int) string {
	if n == 0 {
		return ""
	}
	return textf(lang, "dash.voided", n)
}

// serveDashboard is the home page: the dashboard when the box's pipeline
// is attached, else the account summary of the access pages.
func (u *UI) serveDashboard(w http.ResponseWriter, r *http.Request) {
	if u.opts.Pipeline == nil {
		u.serveHome(w, r)
		return
	}
	v := u.newView(r)
	ctx, cancel := context.WithTimeout(r.Context(), 5*time.Second)
	defer cancel()
	s, rep, err := u.summarize(ctx)
	if err != nil {
		u.log.Error("dashboard", "err", err)
		v.Error = text(v.Lang, "err.internal")
	}
	v.Data = dashboardOf(v.Lang, s, rep)
	u.render(w, http.StatusOK, "dashboard", v)
}
