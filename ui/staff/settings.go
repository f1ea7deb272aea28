package staff

import (
	"net/http"
	"slices"
	"strconv"
	"time"

	"fatoora/appliance/config"
	"fatoora/appliance/health"
	"fatoora/appliance/pipeline"
)

// --- settings (owner) ----------------------------------------------------------

type integration struct {
	Name    string // health entry name
	Key     string // message key of its label, "" for others
	Status  string
	Message string
}

type settingsData struct {
	Shop         config.Shop
	DemoSeller   bool // the shop details are still the demo showroom's
	HasPipeline  bool
	VAT          string
	NoVAT        bool
	Prefixes     []string // invoice, quote, credit note
	Tiers        []string // "vip 5%"
	Policy       pipeline.Policy
	Threshold    string
	PaymentQR    string
	Integrations []integration
	CanBackup    bool
	CanUsers     bool
}

// integrationKeys label the health entries the owner looks for first.
var integrationKeys = map[string]string{
	"whatsapp": "settings.int.whatsapp", "ollama": "settings.int.model", "model": "settings.int.model",
	"relay": "settings.int.relay", "hq-sync": "settings.int.hq", "eta": "settings.int.eta", "ereceipts": "settings.int.eta",
}

func (u *UI) serveSettings(w http.ResponseWriter, r *http.Request) {
	v := u.newView(r)
	s := u.opts.Shop
	demo := config.Default().Shop
	d := settingsData{Shop: s, DemoSeller: s.Name == demo.Name || s.TaxID == demo.TaxID,
		CanBackup: u.opts.Backup != nil && v.User.Can("backup.download"), CanUsers: v.User.Can("users.manage"),
		VAT: s.VATRate.String()}
	switch {
	case s.InstaPayLink != "":
		d.PaymentQR = s.InstaPayLink
	case s.MerchantID != "":
		d.PaymentQR = "merchant " + s.MerchantID
	}
	if p := u.opts.Pipeline; p != nil {
		d.HasPipeline = true
		bc := p.BookConfig()
		d.NoVAT = bc.NoVAT
		if bc.VAT != 0 || bc.NoVAT {
			d.VAT = bc.VAT.String()
		}
		d.Prefixes = []string{bc.InvoicePrefix, bc.QuotePrefix, bc.CreditPrefix}
		for t, rate := range bc.Tiers {
			d.Tiers = append(d.Tiers, t+" "+rate.String())
		}
		slices.Sort(d.Tiers)
		d.Policy = p.Policy()
		d.Threshold = strconv.Itoa(int(d.Policy.AutoIssueThreshold*100+0.5)) + "%"
	}
	if u.opts.Health != nil {
		rep := u.opts.Health.Report()
		for _, name := range u.opts.Health.Names() {
			st := rep.Parts[name]
			d.Integrations = append(d.Integrations, integration{Name: name, Key: integrationKeys[name], Status: st.Status, Message: st.Message})
		}
		// The integrations first, then the box's own parts.
		slices.SortStableFunc(d.Integrations, func(a, b integration) int {
			return boolRank(a.Key == "") - boolRank(b.Key == "")
		})
	}
	v.Data = d
	u.render(w, http.StatusOK, "settings", v)
}

func boolRank(b bool) int {
	if b {
		return 1
	}
	return 0
}

// StatusOK reports whether a health status is OK.
func (v view) StatusOK(s string) bool { return s == health.OK }

// Minutes prints a duration in minutes.
func (v view) Minutes(d time.Duration) string { return strconv.Itoa(int(d / time.Minute)) }

// serveBackup streams a hot backup of the data file (what `fatoora
// backup` downloads), and records who took it.
func (u *UI) serveBackup(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Content-Type", "application/octet-stream")
	h.Set("Content-Disposition", `attachment; filename="fatoora-backup-`+time.Now().Format("20060102-1504")+`.db"`)
	h.Set("Cache-Control", "no-store")
	n, err := u.opts.Backup(w)
	if err != nil {
		u.log.Error("backup download failed", "err", err, "bytes", n)
		return
	}
	u.record(r, "backup.download", "", strconv.FormatInt(n, 10)+" bytes")
}
