package config

import (
	"bytes"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func load(t *testing.T, args []string, env map[string]string) (Options, error) {
	t.Helper()
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(&bytes.Buffer{})
	return Load(fs, args, func(k string) string { return env[k] })
}

func TestLoad_Precedence(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "fatoora.env")
	os.WriteFile(file, []byte("# shop box\nFATOORA_LISTEN=:7000\nexport FATOORA_SHOP_NAME=\"معرض النيل\"\nFATOORA_OLLAMA_MODEL=from-file\nFATOORA_VAT_RATE=10%\nFATOORA_QUOTE_FIRST=true\n"), 0o600)
	env := map[string]string{
		"FATOORA_CONFIG":       file,
		"FATOORA_LISTEN":       ":7001",
		"FATOORA_OLLAMA_MODEL": "from-env",
		"FATOORA_MAX_BODY":     "4MB",
	}
	o, err := load(t, []string{"--listen", "127.0.0.1:7002", "--ollama-timeout=5s"}, env)
	if err != nil {
		t.Fatal(err)
	}
	checks := []struct{ name, got, want string }{
		{"flag over env and file", o.Server.Listen, "127.0.0.1:7002"},
		{"env over file", o.Ollama.Model, "from-env"},
		{"file over default", o.Shop.Name, "معرض النيل"},
		{"default", o.WhatsApp.GraphURL, "https://graph.facebook.com/v25.0"},
		{"file vat", o.Shop.VATRate.String(), "10%"},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s: %q, want %q", c.name, c.got, c.want)
		}
	}
	if o.Ollama.Timeout != 5*time.Second || !o.Policy.QuoteFirst || o.Server.MaxBodyBytes != 4<<20 || o.ConfigFile != file {
		t.Errorf("timeout %v quote %v body %d file %q", o.Ollama.Timeout, o.Policy.QuoteFirst, o.Server.MaxBodyBytes, o.ConfigFile)
	}
	if err := o.Validate(); err != nil {
		t.Error(err)
	}
	// --config on the command line beats FATOORA_CONFIG.
	other := filepath.Join(dir, "other.env")
	os.WriteFile(other, []byte("FATOORA_SHOP_BRANCH=مدينة نصر\n"), 0o600)
	o, err = load(t, []string{"--config", other}, env)
	if err != nil || o.Shop.Branch != "مدينة نصر" || o.Shop.Name != Default().Shop.Name {
		t.Errorf("--config: %v %q %q", err, o.Shop.Branch, o.Shop.Name)
	}
}

func TestLoad_SecretsFromFiles(t *testing.T) {
	dir := t.TempDir()
	sec := filepath.Join(dir, "secret")
	os.WriteFile(sec, []byte("s3cr3t\n"), 0o600)
	o, err := load(t, nil, map[string]string{"FATOORA_WA_APP_SECRET_FILE": sec})
	if err != nil || o.WhatsApp.AppSecret != "s3cr3t" {
		t.Fatalf("env file: %v %q", err, o.WhatsApp.AppSecret)
	}
	tok := filepath.Join(dir, "token")
	os.WriteFile(tok, []byte("EAAB"), 0o600)
	o, err = load(t, []string{"--wa-token-file", tok}, map[string]string{"FATOORA_WA_TOKEN": "env-token"})
	if err != nil || o.WhatsApp.Token != "EAAB" {
		t.Fatalf("flag file over env: %v %q", err, o.WhatsApp.Token)
	}
	_, err = load(t, nil, map[string]string{"FATOORA_WA_TOKEN": "a", "FATOORA_WA_TOKEN_FILE": tok})
	if err == nil || !strings.Contains(err.Error(), "both") {
		t.Errorf("value and file at one level: %v", err)
	}
	_, err = load(t, nil, map[string]string{"FATOORA_WA_TOKEN_FILE": filepath.Join(dir, "missing")})
	if err == nil {
		t.Error("missing secret file accepted")
	}
}

func TestLoad_Errors(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.env")
	os.WriteFile(bad, []byte("FATOORA_LISTNE=:1\n"), 0o600)
	if _, err := load(t, []string{"--config", bad}, nil); err == nil || !strings.Contains(err.Error(), "unknown setting FATOORA_LISTNE") {
		t.Errorf("typo in file: %v", err)
	}
	if _, err := load(t, nil, map[string]string{"FATOORA_OLLAMA_TIMEOUT": "soon"}); err == nil || !strings.Contains(err.Error(), "FATOORA_OLLAMA_TIMEOUT") {
		t.Errorf("bad env: %v", err)
	}
	if _, err := load(t, []string{"--no-such-flag"}, nil); err == nil {
		t.Error("unknown flag accepted")
	}
	if _, err := load(t, []string{"--help"}, nil); !errors.Is(err, flag.ErrHelp) {
		t.Errorf("--help: %v", err)
	}
}

func TestOptions_Validate(t *testing.T) {
	o := Default()
	if err := o.Validate(); err != nil {
		t.Fatalf("defaults invalid: %v", err)
	}
	o.Server.Listen = "8080"
	o.WhatsApp.Token = "t"
	o.Shop.VATRate = 20000
	o.Policy.AutoIssueThreshold = 2
	o.Ollama.URL = "localhost:11434"
	o.HQ.URL, o.HQ.BoxID = "https://hq.example.com", "a/b"
	err := o.Validate()
	for _, want := range []string{"FATOORA_LISTEN", "FATOORA_VAT_RATE", "FATOORA_AUTO_ISSUE_THRESHOLD", "FATOORA_OLLAMA_URL", "FATOORA_HQ_KEY", "FATOORA_BOX_ID"} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("Validate does not mention %s: %v", want, err)
		}
	}
	// A token without its phone-number id and app secret is a live box
	// that is not ready yet, not an invalid configuration.
	missing := map[string]bool{}
	for _, m := range o.NotReady() {
		missing[m.Env] = true
	}
	for _, want := range []string{"FATOORA_WA_PHONE_NUMBER_ID", "FATOORA_WA_APP_SECRET", "FATOORA_WA_VERIFY_TOKEN"} {
		if !missing[want] {
			t.Errorf("NotReady does not name %s: %v", want, o.NotReady())
		}
	}
}

func TestFields_EveryFieldHasFlagAndEnv(t *testing.T) {
	var o Options
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	var help bytes.Buffer
	fs.SetOutput(&help)
	Load(fs, []string{"--help"}, nil)
	seen := map[string]bool{}
	for _, f := range o.Fields() {
		if !strings.HasPrefix(f.Env, "FATOORA_") || seen[f.Env] {
			t.Errorf("bad or duplicate env %q", f.Env)
		}
		seen[f.Env] = true
		if !strings.Contains(help.String(), "-"+f.Flag()+" ") && !strings.Contains(help.String(), "-"+f.Flag()+"\n") {
			t.Errorf("help lacks -%s", f.Flag())
		}
		if !strings.Contains(help.String(), f.Env) {
			t.Errorf("help lacks %s", f.Env)
		}
		if err := set(f.Ptr, format(f.Ptr)); err != nil {
			t.Errorf("%s: its own default does not parse: %v", f.Env, err)
		}
	}
}

func TestParseTiers(t *testing.T) {
	got, err := ParseTiers(" vip=5%, trade=12.5% ,")
	if err != nil || len(got) != 2 || got["vip"] != 500 || got["trade"] != 1250 {
		t.Fatalf("ParseTiers = %v, %v", got, err)
	}
	for _, bad := range []string{"vip", "=5%", "vip=lots"} {
		if _, err := ParseTiers(bad); err == nil {
			t.Errorf("ParseTiers(%q) accepted", bad)
		}
	}
	o := Default()
	o.Shop.Tiers = "vip=150%"
	if err := o.Validate(); err == nil || !strings.Contains(err.Error(), "FATOORA_TIERS") {
		t.Errorf("a 150%% tier validated: %v", err)
	}
}

// A demo box never sends to head office: --hq-url on a demo is refused at
// start with the reason; the same settings on a live box are fine.
func TestOptions_Validate_DemoRefusesHeadOffice(t *testing.T) {
	o := Default()
	o.HQ.URL, o.HQ.Key = "https://hq.example.com", "k"
	err := o.Validate()
	if err == nil || !strings.Contains(err.Error(), "FATOORA_HQ_URL") || !strings.Contains(err.Error(), "demo box never sends to head office") {
		t.Fatalf("demo with FATOORA_HQ_URL: %v", err)
	}
	o.WhatsApp.AppSecret = "s" // any WhatsApp setting makes the box live
	if err := o.Validate(); err != nil {
		t.Errorf("live box with FATOORA_HQ_URL: %v", err)
	}
}
