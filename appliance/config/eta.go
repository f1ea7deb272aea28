package config

import (
	"net/url"
	"strings"
)

// ETA is the box as a registered ETA e-receipt POS. E-receipts are on when
// ClientID is set.
type ETA struct {
	// Env is "prod" or "preprod"; it sets the three URLs below unless they
	// are given.
	Env string
	// IDURL, APIURL and PortalURL override the environment's identity
	// service, receipt API and portal (the QR's base).
	IDURL, APIURL, PortalURL string
	// ClientID and ClientSecret are the POS's credentials from the portal.
	ClientID, ClientSecret string
	// POSSerial is the POS device serial registered on the portal.
	POSSerial string
	// RIN is the seller's 9-digit tax registration number.
	RIN string
	// BranchCode is the branch's code on the portal ("0" for the main branch).
	BranchCode string
	// ActivityCode is the taxpayer's activity code.
	ActivityCode string
}

// Enabled reports whether e-receipts are on.
func (e ETA) Enabled() bool { return strings.TrimSpace(e.ClientID) != "" }

// etaEnvs are ETA's public endpoints (identity, API, portal).
var etaEnvs = map[string][3]string{
	"prod":    {"https://id.eta.gov.eg", "https://api.invoicing.eta.gov.eg", "https://invoicing.eta.gov.eg"},
	"preprod": {"https://id.preprod.eta.gov.eg", "https://api.preprod.invoicing.eta.gov.eg", "https://preprod.invoicing.eta.gov.eg"},
}

// URLs are the identity, API and portal URLs: the overrides, else the
// environment's.
func (e ETA) URLs() (id, api, portal string) {
	d := etaEnvs[e.Env]
	pick := func(v, def string) string {
		if v = strings.TrimSpace(v); v != "" {
			return strings.TrimRight(v, "/")
		}
		return def
	}
	return pick(e.IDURL, d[0]), pick(e.APIURL, d[1]), pick(e.PortalURL, d[2])
}

func (e ETA) validate(bad func(env, format string, args ...any)) {
	if _, ok := etaEnvs[e.Env]; !ok {
		bad("FATOORA_ETA_ENV", "%q: want prod or preprod", e.Env)
	}
	id, api, portal := e.URLs()
	for _, u := range []struct{ env, v string }{{"FATOORA_ETA_ID_URL", id}, {"FATOORA_ETA_API_URL", api}, {"FATOORA_ETA_PORTAL_URL", portal}} {
		if p, err := url.Parse(u.v); err != nil || (p.Scheme != "http" && p.Scheme != "https") || p.Host == "" {
			bad(u.env, "%q is not an http(s) URL", u.v)
		}
	}
	if !e.Enabled() {
		return
	}
	if e.ClientSecret == "" {
		bad("FATOORA_ETA_CLIENT_SECRET", "required when FATOORA_ETA_CLIENT_ID is set")
	}
	if e.POSSerial == "" {
		bad("FATOORA_ETA_POS_SERIAL", "required when FATOORA_ETA_CLIENT_ID is set (the POS serial registered on the ETA portal)")
	}
	if len(e.RIN) != 9 || strings.Trim(e.RIN, "0123456789") != "" {
		bad("FATOORA_ETA_RIN", "%q: want the seller's 9-digit tax registration number", e.RIN)
	}
	if e.BranchCode == "" {
		bad("FATOORA_ETA_BRANCH_CODE", "required when FATOORA_ETA_CLIENT_ID is set (\"0\" for the main branch)")
	}
	if e.ActivityCode == "" {
		bad("FATOORA_ETA_ACTIVITY_CODE", "required when FATOORA_ETA_CLIENT_ID is set")
	}
}
