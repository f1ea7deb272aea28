package config

import (
	"errors"
	"fmt"
	"strings"
)

// Mode is what kind of box the settings describe.
type Mode string

const (
	// Demo: no WhatsApp credential at all. The embedded catalog, the
	// simulator, demo seller details, documents marked as demo, loopback only
	// unless told otherwise.
	Demo Mode = "demo"
	// Live: at least one WhatsApp credential is set. Every required setting
	// must then be present and not a demo value before the box answers anyone.
	Live Mode = "live"
)

// Mode reports demo or live: any WhatsApp credential, or a relay, makes a
// box live.
func (o *Options) Mode() Mode {
	w := o.WhatsApp
	if w.AppSecret != "" || w.VerifyToken != "" || w.Token != "" || w.PhoneNumberID != "" || o.Relay.URL != "" {
		return Live
	}
	return Demo
}

// Missing is one setting a live box still needs.
type Missing struct {
	Env    string // FATOORA_X_Y
	Reason string // for the operator: "not set", "still the demo value"
}

func (m Missing) String() string { return m.Env + ": " + m.Reason }

// NotReady lists what a live box still lacks before it may answer customers
// and issue documents: the four WhatsApp settings (the access token not
// when the relay sends for the box) and the seller details
// printed on tax invoices (not set, or still the embedded demo values). It
// is empty for a demo box and for a complete live one.
func (o *Options) NotReady() []Missing {
	if o.Mode() != Live {
		return nil
	}
	d := Default()
	var out []Missing
	need := func(env, v string) {
		if strings.TrimSpace(v) == "" {
			out = append(out, Missing{env, "not set"})
		}
	}
	notDemo := func(env, v, demo string) {
		switch {
		case strings.TrimSpace(v) == "":
			out = append(out, Missing{env, "not set"})
		case strings.TrimSpace(v) == demo:
			out = append(out, Missing{env, "still the demo value " + quote(demo)})
		}
	}
	need("FATOORA_WA_APP_SECRET", o.WhatsApp.AppSecret)
	need("FATOORA_WA_VERIFY_TOKEN", o.WhatsApp.VerifyToken)
	if !o.Relay.Graph { // with --relay-graph the relay holds Meta's token
		need("FATOORA_WA_TOKEN", o.WhatsApp.Token)
	}
	if o.Relay.URL != "" {
		need("FATOORA_RELAY_TOKEN", o.Relay.Token)
	}
	need("FATOORA_WA_PHONE_NUMBER_ID", o.WhatsApp.PhoneNumberID)
	notDemo("FATOORA_SHOP_NAME", o.Shop.Name, d.Shop.Name)
	notDemo("FATOORA_SHOP_ADDRESS", o.Shop.Address, d.Shop.Address)
	notDemo("FATOORA_SHOP_TAX_ID", o.Shop.TaxID, d.Shop.TaxID)
	return out
}

// ShopInfo is what the box may tell a customer about the shop itself when
// asked (its hours, where it is): the shop's settings, except that a live
// box leaves out every one still the embedded demo value — the demo
// showroom's hours or English address are not this shop's, so a live box
// that did not set FATOORA_SHOP_HOURS sends hours questions to staff. The
// Arabic address of a live box is its own (NotReady holds it to that).
func (o *Options) ShopInfo() Shop {
	s := o.Shop
	if o.Mode() == Live {
		d := Default()
		for _, f := range []struct {
			v    *string
			demo string
		}{
			{&s.Hours, d.Shop.Hours}, {&s.HoursEN, d.Shop.HoursEN}, {&s.AddressEN, d.Shop.AddressEN}, {&s.MapURL, d.Shop.MapURL},
			{&s.Address, d.Shop.Address},
		} {
			if strings.TrimSpace(*f.v) == strings.TrimSpace(f.demo) {
				*f.v = ""
			}
		}
	}
	return s
}

func quote(s string) string { return "\u201c" + s + "\u201d" }

// ErrNotLive is returned by Strict when a --strict box is not fully live.
var ErrNotLive = errors.New("not a complete live configuration")

// StrictCheck is what --strict demands: a live box with nothing missing.
// Its error names every missing setting, one per line.
func (o *Options) StrictCheck() error {
	if !o.Server.Strict {
		return nil
	}
	if o.Mode() == Demo {
		return fmt.Errorf("%w: --strict (FATOORA_STRICT) needs the WhatsApp settings (FATOORA_WA_APP_SECRET, FATOORA_WA_VERIFY_TOKEN, FATOORA_WA_TOKEN, FATOORA_WA_PHONE_NUMBER_ID) and the shop's own details; without --strict the box runs as a demo", ErrNotLive)
	}
	miss := o.NotReady()
	if len(miss) == 0 {
		return nil
	}
	lines := make([]string, len(miss))
	for i, m := range miss {
		lines[i] = "  " + m.String()
	}
	return fmt.Errorf("%w, refusing to start (--strict):\n%s", ErrNotLive, strings.Join(lines, "\n"))
}
