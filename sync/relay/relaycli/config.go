// Package relaycli is the fatoora-relay command line: its settings (flag >
// FATOORA_* environment > KEY=VALUE config file > default, secrets also
// from *_FILE files, as in fatoora) and the `serve` subcommand, which runs
// sync/relay/server over plain HTTP, a certificate pair, or a certificate
// obtained and renewed with ACME (autocert). cmd/fatoora-relay only calls
// Run.
//
// The box's loader (appliance/config) is bound to the box's Options, so the
// relay keeps this small one of its own with the same precedence and file
// format, plus repeatable list settings (--box, --graph-token).
package relaycli

import (
	"errors"
	"flag"
	"fmt"
	"net"
	"net/url"
	"os"
	"strings"
	"time"

	"fatoora/appliance/config"
	"fatoora/sync/relay/server"
)

// Config is every setting of fatoora-relay.
type Config struct {
	// Listen is the HTTP(S) address, e.g. ":9090", or ":443" with TLSDomain.
	Listen string
	// Data holds relay.db (and the ACME cache with TLSDomain).
	Data string
	// AppSecret is the Meta app secret that signs webhooks.
	AppSecret string
	// VerifyToken answers Meta's subscription handshake.
	VerifyToken string
	// Boxes are PHONE_NUMBER_ID=TOKEN pairs: which box may take which
	// number's webhooks.
	Boxes []string
	// GraphTokens are PHONE_NUMBER_ID=ACCESS_TOKEN pairs for boxes whose
	// Graph calls go through the relay.
	GraphTokens []string
	// GraphURL is Meta's Graph API base.
	GraphURL string
	// Retention keeps unacknowledged webhooks this long.
	Retention time.Duration
	// HealthToken lets a remote monitor read the full /healthz.
	HealthToken string
	// TLSDomain obtains a certificate for this name with ACME (Let's Encrypt).
	TLSDomain string
	// TLSCert and TLSKey are a certificate pair to serve HTTPS with.
	TLSCert, TLSKey string
	// ConfigFile is the file that was read, if any.
	ConfigFile string
}

// Default is the configuration before any setting.
func Default() Config {
	return Config{Listen: ":9090", Data: "./fatoora-relay-data", GraphURL: server.DefaultGraphURL, Retention: server.DefaultRetention}
}

type field struct {
	env, flag, help string
	ptr             any // *string, *[]string, *time.Duration
	secret          bool
}

func (c *Config) fields() []field {
	return []field{
		{"FATOORA_LISTEN", "listen", "HTTP(S) listen address", &c.Listen, false},
		{"FATOORA_DATA", "data", "data directory (holds relay.db)", &c.Data, false},
		{"FATOORA_WA_APP_SECRET", "wa-app-secret", "Meta app secret that signs webhooks", &c.AppSecret, true},
		{"FATOORA_WA_VERIFY_TOKEN", "wa-verify-token", "token Meta sends in the webhook subscription handshake", &c.VerifyToken, true},
		{"FATOORA_RELAY_BOXES", "box", "PHONE_NUMBER_ID=TOKEN of a box allowed on the link (repeatable; env: comma-separated)", &c.Boxes, true},
		{"FATOORA_RELAY_GRAPH_TOKENS", "graph-token", "PHONE_NUMBER_ID=ACCESS_TOKEN for a box's Graph calls through the relay (repeatable; env: comma-separated)", &c.GraphTokens, true},
		{"FATOORA_GRAPH_URL", "graph-url", "Graph API base URL", &c.GraphURL, false},
		{"FATOORA_RELAY_RETENTION", "retention", "keep unacknowledged webhooks this long", &c.Retention, false},
		{"FATOORA_RELAY_HEALTH_TOKEN", "health-token", "bearer token a remote monitor sends to read the full /healthz (this machine always can)", &c.HealthToken, true},
		{"FATOORA_TLS_DOMAIN", "tls-domain", "serve HTTPS with a certificate from Let's Encrypt for this name (listen on :443)", &c.TLSDomain, false},
		{"FATOORA_TLS_CERT", "tls-cert", "certificate file for HTTPS (with --tls-key)", &c.TLSCert, false},
		{"FATOORA_TLS_KEY", "tls-key", "private key file for HTTPS (with --tls-cert)", &c.TLSKey, false},
	}
}

// raw records what was typed, resolved after every source is known.
type raw struct {
	vals  []string
	isSet bool
	list  bool
}

func (r *raw) String() string { return strings.Join(r.vals, ",") }
func (r *raw) Set(s string) error {
	if !r.list {
		r.vals = nil
	}
	r.vals, r.isSet = append(r.vals, s), true
	return nil
}

// Load registers the settings on fs, parses args and resolves the
// configuration with the precedence flag > env > file > default.
func Load(fs *flag.FlagSet, args []string, getenv func(string) string) (Config, error) {
	if getenv == nil {
		getenv = func(string) string { return "" }
	}
	c := Default()
	fields := c.fields()
	flags := map[string]*raw{}
	cfg := &raw{}
	fs.Var(cfg, "config", "optional KEY=VALUE config file (env FATOORA_CONFIG)")
	for _, f := range fields {
		_, list := f.ptr.(*[]string)
		r := &raw{list: list}
		flags[f.env] = r
		help := f.help + " (env " + f.env + ")"
		if d := defaultText(f.ptr); d != "" {
			help += " (default " + d + ")"
		}
		fs.Var(r, f.flag, help)
		if f.secret {
			rf := &raw{}
			flags[f.env+"_FILE"] = rf
			fs.Var(rf, f.flag+"-file", "read "+f.flag+" from this file (env "+f.env+"_FILE)")
		}
	}
	if err := fs.Parse(args); err != nil {
		return c, err
	}
	if fs.NArg() > 0 {
		return c, fmt.Errorf("unexpected argument %q", fs.Arg(0))
	}
	path := getenv("FATOORA_CONFIG")
	if cfg.isSet {
		path = cfg.vals[0]
	}
	file := map[string]string{}
	if path != "" {
		var err error
		if file, err = readFile(path, fields); err != nil {
			return c, err
		}
		c.ConfigFile = path
	}
	var errs []error
	for _, f := range fields {
		// Lowest precedence first; each level found overrides the last.
		type level struct {
			name string
			vals []string
			ok   bool
		}
		var levels []level
		for _, src := range []struct {
			name      string
			val, file func() (string, bool)
		}{
			{"config file", func() (string, bool) { v, ok := file[f.env]; return v, ok }, func() (string, bool) { v, ok := file[f.env+"_FILE"]; return v, ok }},
			{"environment", func() (string, bool) { v := getenv(f.env); return v, v != "" }, func() (string, bool) { v := getenv(f.env + "_FILE"); return v, v != "" && f.secret }},
		} {
			v, hasV := src.val()
			p, hasP := src.file()
			if hasV && hasP {
				errs = append(errs, fmt.Errorf("%s: both %s and %s_FILE are set in the %s", f.env, f.env, f.env, src.name))
				continue
			}
			if hasP {
				data, err := os.ReadFile(p)
				if err != nil {
					errs = append(errs, fmt.Errorf("%s_FILE: %w", f.env, err))
					continue
				}
				v, hasV = strings.TrimRight(string(data), "\r\n"), true
			}
			if hasV {
				levels = append(levels, level{src.name, splitList(f, v), true})
			}
		}
		if r := flags[f.env]; r.isSet {
			levels = append(levels, level{"flags", r.vals, true})
		}
		if r := flags[f.env+"_FILE"]; r != nil && r.isSet {
			data, err := os.ReadFile(r.vals[0])
			if err != nil {
				errs = append(errs, fmt.Errorf("%s_FILE: %w", f.env, err))
			} else {
				levels = append(levels, level{"flags", splitList(f, strings.TrimRight(string(data), "\r\n")), true})
			}
		}
		for _, l := range levels {
			if err := set(f.ptr, l.vals); err != nil {
				errs = append(errs, fmt.Errorf("%s (from %s): %w", f.env, l.name, err))
			}
		}
	}
	return c, errors.Join(errs...)
}

func defaultText(ptr any) string {
	switch p := ptr.(type) {
	case *string:
		return *p
	case *time.Duration:
		return p.String()
	}
	return ""
}

// splitList splits a list setting's env or file value on commas and
// newlines.
func splitList(f field, v string) []string {
	if _, list := f.ptr.(*[]string); !list {
		return []string{v}
	}
	var out []string
	for _, p := range strings.FieldsFunc(v, func(r rune) bool { return r == ',' || r == '\n' || r == '\r' }) {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func set(ptr any, vals []string) error {
	switch p := ptr.(type) {
	case *string:
		*p = strings.TrimSpace(vals[len(vals)-1])
	case *[]string:
		*p = append([]string(nil), vals...)
	case *time.Duration:
		d, err := time.ParseDuration(strings.TrimSpace(vals[len(vals)-1]))
		if err != nil {
			return fmt.Errorf("%q is not a duration like 168h", vals[len(vals)-1])
		}
		*p = d
	default:
		return fmt.Errorf("unsupported setting type %T", ptr)
	}
	return nil
}

// readFile reads the --config file (appliance/config's format).
func readFile(path string, fields []field) (map[string]string, error) {
	known := map[string]bool{}
	for _, f := range fields {
		known[f.env] = true
		if f.secret {
			known[f.env+"_FILE"] = true
		}
	}
	return config.ReadFile(path, known)
}

// pairs reads PHONE_NUMBER_ID=VALUE entries.
func pairs(env string, list []string) (map[string]string, error) {
	out := map[string]string{}
	for _, p := range list {
		n, v, ok := strings.Cut(p, "=")
		n, v = strings.TrimSpace(n), strings.TrimSpace(v)
		if !ok || n == "" || v == "" || strings.ContainsAny(n, "/?# ") {
			return nil, fmt.Errorf("%s: %q: want PHONE_NUMBER_ID=VALUE", env, redact(p))
		}
		if _, dup := out[n]; dup {
			return nil, fmt.Errorf("%s: %s appears twice", env, n)
		}
		out[n] = v
	}
	return out, nil
}

// redact keeps a secret out of an error message.
func redact(p string) string {
	n, _, ok := strings.Cut(p, "=")
	if !ok {
		return "…"
	}
	return n + "=…"
}

// Validate reports every problem with c.
func (c Config) Validate() error {
	var errs []error
	bad := func(env, format string, args ...any) {
		errs = append(errs, fmt.Errorf("%s: %s", env, fmt.Sprintf(format, args...)))
	}
	if _, _, err := net.SplitHostPort(c.Listen); err != nil {
		bad("FATOORA_LISTEN", "%q is not host:port", c.Listen)
	}
	if strings.TrimSpace(c.Data) == "" {
		bad("FATOORA_DATA", "must not be empty")
	}
	if c.AppSecret == "" {
		bad("FATOORA_WA_APP_SECRET", "required: the relay refuses webhooks it cannot verify")
	}
	if len(c.Boxes) == 0 {
		bad("FATOORA_RELAY_BOXES", "no box registered (--box PHONE_NUMBER_ID=TOKEN)")
	}
	if _, err := pairs("FATOORA_RELAY_BOXES", c.Boxes); err != nil {
		errs = append(errs, err)
	}
	if _, err := pairs("FATOORA_RELAY_GRAPH_TOKENS", c.GraphTokens); err != nil {
		errs = append(errs, err)
	}
	if u, err := url.Parse(c.GraphURL); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		bad("FATOORA_GRAPH_URL", "%q is not an http(s) URL", c.GraphURL)
	}
	if c.Retention < time.Minute {
		bad("FATOORA_RELAY_RETENTION", "%s is too short (Meta retries for 7 days)", c.Retention)
	}
	if (c.TLSCert == "") != (c.TLSKey == "") {
		bad("FATOORA_TLS_CERT", "--tls-cert and --tls-key go together")
	}
	if c.TLSDomain != "" && c.TLSCert != "" {
		bad("FATOORA_TLS_DOMAIN", "use either --tls-domain or --tls-cert/--tls-key")
	}
	return errors.Join(errs...)
}

// ServerOptions maps the configuration to the relay's options.
func (c Config) ServerOptions() (server.Options, error) {
	boxes, err := pairs("FATOORA_RELAY_BOXES", c.Boxes)
	if err != nil {
		return server.Options{}, err
	}
	graph, err := pairs("FATOORA_RELAY_GRAPH_TOKENS", c.GraphTokens)
	if err != nil {
		return server.Options{}, err
	}
	return server.Options{Data: c.Data, AppSecret: []byte(c.AppSecret), VerifyToken: c.VerifyToken,
		Boxes: boxes, GraphTokens: graph, GraphURL: c.GraphURL, Retention: c.Retention, HealthToken: c.HealthToken}, nil
}
