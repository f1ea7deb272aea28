// Package config owns the Options of the whole box: every setting has one
// flag, one FATOORA_* environment variable and one key in the optional
// config file, resolved with the precedence flag > env > file > default.
// Secrets can also be read from files (FATOORA_WA_APP_SECRET_FILE …) so they
// never appear in a process listing or a unit file.
//
// Adding a setting is one field in the right section and one line in
// (*Options).fields.
package config

import (
	"errors"
	"fmt"
	"net"
	"net/url"
	"strings"
	"time"

	"fatoora/catalog/money"
)

// Options are the settings of the whole box, grouped by the part that reads
// them.
type Options struct {
	Server   Server
	WhatsApp WhatsApp
	Shop     Shop
	Ollama   Ollama
	Policy   Policy
	Relay    Relay
	ETA      ETA
	HQ       HQ
	// ConfigFile is the KEY=VALUE file that was read, if any (informational).
	ConfigFile string
}

// Server is the box's own process: where it listens and keeps its data.
type Server struct {
	// Listen is the HTTP address (webhook, simulator, health), e.g. ":8080".
	Listen string
	// Data is the data directory; it holds fatoora.db and derived files.
	Data string
	// MaxBodyBytes caps an inbound webhook body (Meta sends up to 3 MB).
	MaxBodyBytes int64
	// Strict refuses to start a box that is not fully live (a demo, or a
	// live box with a setting missing) instead of running it "not ready".
	// The packaged service runs with it.
	Strict bool
}

// WhatsApp are the Cloud API credentials. Empty AppSecret means webhooks
// from Meta are refused (only the built-in simulator can post).
type WhatsApp struct {
	// AppSecret is the Meta app secret that signs webhooks (X-Hub-Signature-256).
	AppSecret string
	// VerifyToken is echoed back in the GET subscription handshake.
	VerifyToken string
	// Token is the Graph API bearer token for sending.
	Token string
	// PhoneNumberID is the business number the box sends from.
	PhoneNumberID string
	// GraphURL is the Graph API base, replaceable by a relay or a test fake.
	GraphURL string
}

// Relay is the optional link to fatoora-relay, for a box behind NAT: the
// box dials out and receives Meta's webhooks over it (sync/relay/link).
type Relay struct {
	// URL is the relay's base URL, ws:// or wss://; empty means no relay.
	URL string
	// Token authenticates this box on the relay.
	Token string
	// Graph sends the box's Graph API calls through the relay, which adds
	// Meta's access token: FATOORA_WA_TOKEN then stays empty.
	Graph bool
}

// Shop is what goes on the invoices.
type Shop struct {
	Name   string
	Branch string
	// BranchCode goes into document numbers (INV-<code>-000123): letters, digits, '-'.
	BranchCode string
	Address    string
	TaxID      string
	// Hours are the shop's opening hours as the owner writes them, in
	// Arabic; with them the box answers "مواعيدكم ايه؟" itself. HoursEN and
	// AddressEN are for English replies (else the Arabic text is quoted in
	// the English reply); MapURL is a maps link sent under the address.
	Hours         string
	HoursEN       string
	AddressEN     string
	MapURL        string
	InvoicePrefix string
	// VATRate in basis points (1400 = 14%).
	VATRate money.BasisPoints
	// InstaPayLink is the payment link printed as a QR code.
	InstaPayLink string
	MerchantID   string
	// Tiers are customer tier discounts, "vip=5%,trade=12.5%"; staff put a
	// customer in a tier.
	Tiers string
}

// Ollama is the optional local language model.
type Ollama struct {
	// URL of the Ollama server; empty disables the model (rules only).
	URL     string
	Model   string
	Timeout time.Duration
}

// HQ is head-office sync (package sync/hqsync); an empty URL switches it
// off.
type HQ struct {
	// URL is head office's base URL (fatoora-hq), e.g. https://hq.example.com.
	URL string
	// Key is this box's HMAC key, the same as in head office's --box ID=KEY.
	Key string
	// BoxID names this box at head office; empty means the store's own
	// random box id (meta/box_id).
	BoxID string
	// RetryMax is the longest wait between two attempts to reach head
	// office (the backoff's cap).
	RetryMax time.Duration
}

// Policy decides what the box does on its own.
type Policy struct {
	// AutoIssueThreshold is the confidence (0..1) above which a valid order
	// is issued without staff review.
	AutoIssueThreshold float64
	// QuoteFirst sends a quote and waits for the customer's confirmation
	// before issuing the invoice.
	QuoteFirst bool
	// ReplyToGreetings answers messages that carry no order (hello, thanks).
	ReplyToGreetings bool
	// StaffTakeoverTimeout is how long automatic replies stay paused on a
	// conversation after staff wrote in it.
	StaffTakeoverTimeout time.Duration
}

// Default returns the embedded defaults: a demo box on 127.0.0.1:8080 with
// no external part switched on. Load moves a live box whose listen address
// was not set to :8080 (the staff page is for the shop's LAN).
func Default() Options {
	return Options{
		Server:   Server{Listen: DemoListen, Data: "./fatoora-data", MaxBodyBytes: 3 << 20},
		WhatsApp: WhatsApp{GraphURL: "https://graph.facebook.com/v25.0"},
		Shop: Shop{
			// The demo showroom; a real shop sets its own.
			Name: "معرض فاتورة للأثاث", Branch: "فرع مدينة نصر", BranchCode: "CAI1",
			Address: "١٢ شارع عباس العقاد، مدينة نصر، القاهرة", TaxID: "100-200-300",
			Hours:         "كل يوم من ١٠ الصبح لـ ١٠ بالليل، الجمعة من ٢ الضهر",
			HoursEN:       "every day from 10 am to 10 pm, Fridays from 2 pm",
			AddressEN:     "12 Abbas El Akkad St., Nasr City, Cairo",
			InvoicePrefix: "INV", VATRate: 1400, Tiers: "vip=5%",
		},
		Ollama: Ollama{Model: "qwen2.5:3b", Timeout: 30 * time.Second},
		Policy: Policy{
			AutoIssueThreshold:   0.6,
			QuoteFirst:           false,
			ReplyToGreetings:     true,
			StaffTakeoverTimeout: 30 * time.Minute,
		},
		ETA: ETA{Env: "prod", BranchCode: "0"},
		HQ:  HQ{RetryMax: 5 * time.Minute},
	}
}

// Listen addresses used when FATOORA_LISTEN is not set: a demo stays on the
// box itself, a live box serves the shop's LAN.
const (
	DemoListen = "127.0.0.1:8080"
	LiveListen = ":8080"
)

// Field is one setting: its environment name (the flag and file key are
// derived from it), a pointer into Options and a one-line help.
type Field struct {
	Env    string // FATOORA_X_Y; flag --x-y; file key FATOORA_X_Y (or X_Y)
	Ptr    any    // *string, *int64, *float64, *bool, *time.Duration, *money.BasisPoints
	Help   string
	Secret bool // also settable from a file: FATOORA_X_Y_FILE / --x-y-file
}

// Flag is the command-line name of the field.
func (f Field) Flag() string {
	return strings.ReplaceAll(strings.ToLower(strings.TrimPrefix(f.Env, "FATOORA_")), "_", "-")
}

// Fields lists every setting, in the order `fatoora serve --help` shows.
func (o *Options) Fields() []Field {
	return []Field{
		{"FATOORA_LISTEN", &o.Server.Listen, "HTTP listen address (webhook, simulator, /healthz)", false},
		{"FATOORA_DATA", &o.Server.Data, "data directory (holds fatoora.db)", false},
		{"FATOORA_MAX_BODY", &o.Server.MaxBodyBytes, "largest webhook body accepted, bytes (413 above)", false},
		{"FATOORA_STRICT", &o.Server.Strict, "refuse to start unless every live setting is present (the packaged service)", false},

		{"FATOORA_WA_APP_SECRET", &o.WhatsApp.AppSecret, "Meta app secret that signs webhooks", true},
		{"FATOORA_WA_VERIFY_TOKEN", &o.WhatsApp.VerifyToken, "token Meta sends in the webhook subscription handshake", true},
		{"FATOORA_WA_TOKEN", &o.WhatsApp.Token, "Graph API access token for sending", true},
		{"FATOORA_WA_PHONE_NUMBER_ID", &o.WhatsApp.PhoneNumberID, "WhatsApp business phone-number id to send from", false},
		{"FATOORA_GRAPH_URL", &o.WhatsApp.GraphURL, "Graph API base URL", false},

		{"FATOORA_RELAY_URL", &o.Relay.URL, "fatoora-relay base URL (ws:// or wss://) for a box behind NAT; empty = webhooks come directly", false},
		{"FATOORA_RELAY_TOKEN", &o.Relay.Token, "this box's token on the relay", true},
		{"FATOORA_RELAY_GRAPH", &o.Relay.Graph, "send Graph API calls through the relay, which holds Meta's access token", false},

		{"FATOORA_SHOP_NAME", &o.Shop.Name, "shop name printed on invoices", false},
		{"FATOORA_SHOP_BRANCH", &o.Shop.Branch, "branch name", false},
		{"FATOORA_BRANCH_CODE", &o.Shop.BranchCode, "branch code in document numbers (INV-<code>-000123)", false},
		{"FATOORA_SHOP_ADDRESS", &o.Shop.Address, "shop address", false},
		{"FATOORA_SHOP_HOURS", &o.Shop.Hours, "opening hours as customers are told them, in Arabic; unset = hours questions go to staff", false},
		{"FATOORA_SHOP_HOURS_EN", &o.Shop.HoursEN, "opening hours for English replies (else the Arabic text)", false},
		{"FATOORA_SHOP_ADDRESS_EN", &o.Shop.AddressEN, "shop address for English replies (else the Arabic address)", false},
		{"FATOORA_SHOP_MAP_URL", &o.Shop.MapURL, "maps link sent under the address when a customer asks where the shop is", false},
		{"FATOORA_SHOP_TAX_ID", &o.Shop.TaxID, "tax registration number", false},
		{"FATOORA_INVOICE_PREFIX", &o.Shop.InvoicePrefix, "invoice number prefix", false},
		{"FATOORA_VAT_RATE", &o.Shop.VATRate, "VAT rate, e.g. 14%", false},
		{"FATOORA_INSTAPAY_LINK", &o.Shop.InstaPayLink, "InstaPay payment link for the invoice QR", false},
		{"FATOORA_MERCHANT_ID", &o.Shop.MerchantID, "payment merchant id", false},
		{"FATOORA_TIERS", &o.Shop.Tiers, "customer tier discounts, e.g. vip=5%,trade=12.5%", false},

		{"FATOORA_OLLAMA_URL", &o.Ollama.URL, "Ollama server URL; empty = rules only", false},
		{"FATOORA_OLLAMA_MODEL", &o.Ollama.Model, "Ollama model name", false},
		{"FATOORA_OLLAMA_TIMEOUT", &o.Ollama.Timeout, "time limit for one model call", false},

		{"FATOORA_AUTO_ISSUE_THRESHOLD", &o.Policy.AutoIssueThreshold, "confidence 0..1 above which invoices are issued without review", false},
		{"FATOORA_QUOTE_FIRST", &o.Policy.QuoteFirst, "send a quote and wait for confirmation before invoicing", false},
		{"FATOORA_REPLY_TO_GREETINGS", &o.Policy.ReplyToGreetings, "answer greetings and thanks", false},
		{"FATOORA_STAFF_TAKEOVER_TIMEOUT", &o.Policy.StaffTakeoverTimeout, "pause automatic replies this long after staff write", false},

		{"FATOORA_ETA_ENV", &o.ETA.Env, "ETA environment, prod or preprod (sets the three ETA URLs)", false},
		{"FATOORA_ETA_ID_URL", &o.ETA.IDURL, "ETA identity service URL; empty = the environment's", false},
		{"FATOORA_ETA_API_URL", &o.ETA.APIURL, "ETA receipt API URL; empty = the environment's", false},
		{"FATOORA_ETA_PORTAL_URL", &o.ETA.PortalURL, "ETA portal URL, the base of the receipt QR; empty = the environment's", false},
		{"FATOORA_ETA_CLIENT_ID", &o.ETA.ClientID, "the POS's ETA client id; set = e-receipts on", false},
		{"FATOORA_ETA_CLIENT_SECRET", &o.ETA.ClientSecret, "the POS's ETA client secret", true},
		{"FATOORA_ETA_POS_SERIAL", &o.ETA.POSSerial, "POS serial registered on the ETA portal", false},
		{"FATOORA_ETA_RIN", &o.ETA.RIN, "seller's 9-digit tax registration number (RIN)", false},
		{"FATOORA_ETA_BRANCH_CODE", &o.ETA.BranchCode, "branch code on the ETA portal", false},
		{"FATOORA_ETA_ACTIVITY_CODE", &o.ETA.ActivityCode, "taxpayer's activity code on the ETA portal", false},

		{"FATOORA_HQ_URL", &o.HQ.URL, "head office (fatoora-hq) base URL; empty = no head-office sync", false},
		{"FATOORA_HQ_KEY", &o.HQ.Key, "this box's key at head office (signs every batch)", true},
		{"FATOORA_BOX_ID", &o.HQ.BoxID, "this box's id at head office; empty = the store's box id", false},
		{"FATOORA_HQ_RETRY_MAX", &o.HQ.RetryMax, "longest wait between two attempts to reach head office", false},
	}
}

// Validate reports every problem in o, one per line.
func (o *Options) Validate() error {
	var errs []error
	bad := func(env, format string, args ...any) {
		errs = append(errs, fmt.Errorf("%s: %s", env, fmt.Sprintf(format, args...)))
	}
	if _, _, err := net.SplitHostPort(o.Server.Listen); err != nil {
		bad("FATOORA_LISTEN", "%q is not host:port (e.g. :8080 or 127.0.0.1:8080)", o.Server.Listen)
	}
	if strings.TrimSpace(o.Server.Data) == "" {
		bad("FATOORA_DATA", "must not be empty")
	}
	if o.Server.MaxBodyBytes < 64<<10 {
		bad("FATOORA_MAX_BODY", "%d is too small (at least 65536; Meta sends up to 3 MB)", o.Server.MaxBodyBytes)
	}
	if u, err := url.Parse(o.WhatsApp.GraphURL); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		bad("FATOORA_GRAPH_URL", "%q is not an http(s) URL", o.WhatsApp.GraphURL)
	}
	if o.Relay.URL != "" {
		if u, err := url.Parse(o.Relay.URL); err != nil || (u.Scheme != "ws" && u.Scheme != "wss") || u.Host == "" {
			bad("FATOORA_RELAY_URL", "%q is not a ws:// or wss:// URL", o.Relay.URL)
		}
	}
	if o.Relay.Graph {
		if o.Relay.URL == "" {
			bad("FATOORA_RELAY_GRAPH", "needs FATOORA_RELAY_URL")
		}
		if o.WhatsApp.Token != "" {
			bad("FATOORA_WA_TOKEN", "must be empty with FATOORA_RELAY_GRAPH: the relay holds the access token")
		}
	}
	// A live setting that is merely missing is not an error here: the box
	// starts "not ready" and names it (Options.NotReady), or refuses to
	// start with --strict.
	if o.Shop.VATRate < 0 || o.Shop.VATRate > 10000 {
		bad("FATOORA_VAT_RATE", "%s is outside 0%%..100%%", o.Shop.VATRate)
	}
	if strings.TrimSpace(o.Shop.Name) == "" {
		bad("FATOORA_SHOP_NAME", "must not be empty")
	}
	if u := o.Shop.MapURL; u != "" {
		if pu, err := url.Parse(u); err != nil || (pu.Scheme != "http" && pu.Scheme != "https") || pu.Host == "" {
			bad("FATOORA_SHOP_MAP_URL", "%q is not an http(s) URL", u)
		}
	}
	if tiers, err := ParseTiers(o.Shop.Tiers); err != nil {
		bad("FATOORA_TIERS", "%v", err)
	} else {
		for name, bp := range tiers {
			if bp < 0 || bp > 10000 {
				bad("FATOORA_TIERS", "tier %s: %s is outside 0%%..100%%", name, bp)
			}
		}
	}
	if o.Ollama.URL != "" {
		if u, err := url.Parse(o.Ollama.URL); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			bad("FATOORA_OLLAMA_URL", "%q is not an http(s) URL", o.Ollama.URL)
		}
		if o.Ollama.Model == "" {
			bad("FATOORA_OLLAMA_MODEL", "required when FATOORA_OLLAMA_URL is set")
		}
	}
	if o.Ollama.Timeout <= 0 {
		bad("FATOORA_OLLAMA_TIMEOUT", "must be positive")
	}
	if t := o.Policy.AutoIssueThreshold; t < 0 || t > 1 {
		bad("FATOORA_AUTO_ISSUE_THRESHOLD", "%v is outside 0..1", t)
	}
	if o.Policy.StaffTakeoverTimeout < 0 {
		bad("FATOORA_STAFF_TAKEOVER_TIMEOUT", "must not be negative")
	}
	o.ETA.validate(bad)
	if o.HQ.URL != "" {
		if u, err := url.Parse(o.HQ.URL); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			bad("FATOORA_HQ_URL", "%q is not an http(s) URL", o.HQ.URL)
		}
		if o.HQ.Key == "" {
			bad("FATOORA_HQ_KEY", "required when FATOORA_HQ_URL is set: head office refuses unsigned batches")
		}
		if o.Mode() == Demo {
			bad("FATOORA_HQ_URL", "a demo box never sends to head office (its invoices are demo documents): "+
				"set the WhatsApp settings to run live, or leave FATOORA_HQ_URL empty")
		}
	}
	if o.HQ.RetryMax < time.Second {
		bad("FATOORA_HQ_RETRY_MAX", "%s is too short (at least 1s)", o.HQ.RetryMax)
	}
	if strings.Contains(o.HQ.BoxID, "/") {
		bad("FATOORA_BOX_ID", "%q must not contain '/'", o.HQ.BoxID)
	}
	return errors.Join(errs...)
}
