package relaycli

import (
	"flag"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func load(t *testing.T, args []string, env map[string]string) (Config, error) {
	t.Helper()
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	return Load(fs, args, func(k string) string { return env[k] })
}

func TestLoad_Precedence(t *testing.T) {
	dir := t.TempDir()
	cfg := filepath.Join(dir, "relay.env")
	secretFile := filepath.Join(dir, "secret")
	os.WriteFile(cfg, []byte("FATOORA_LISTEN=:7000\nFATOORA_RELAY_RETENTION=24h\nFATOORA_RELAY_BOXES=1=file-token-0123456789\n"), 0o600)
	os.WriteFile(secretFile, []byte("from-file\n"), 0o600)
	tests := []struct {
		name  string
		args  []string
		env   map[string]string
		check func(Config) bool
	}{
		{"defaults", nil, nil, func(c Config) bool { return c.Listen == ":9090" && c.Retention == 168*time.Hour }},
		{"file", []string{"--config", cfg}, nil, func(c Config) bool {
			return c.Listen == ":7000" && c.Retention == 24*time.Hour && len(c.Boxes) == 1
		}},
		{"env over file", []string{"--config", cfg}, map[string]string{"FATOORA_LISTEN": ":7001", "FATOORA_RELAY_BOXES": "1=a-token-0123456789,2=b-token-0123456789"},
			func(c Config) bool { return c.Listen == ":7001" && len(c.Boxes) == 2 }},
		{"flags over env, repeatable", []string{"--box", "3=c-token-0123456789", "--box", "4=d-token-0123456789", "--listen", ":7002"},
			map[string]string{"FATOORA_LISTEN": ":7001", "FATOORA_RELAY_BOXES": "1=a"},
			func(c Config) bool {
				return c.Listen == ":7002" && strings.Join(c.Boxes, " ") == "3=c-token-0123456789 4=d-token-0123456789"
			}},
		{"secret from file", nil, map[string]string{"FATOORA_WA_APP_SECRET_FILE": secretFile}, func(c Config) bool { return c.AppSecret == "from-file" }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := load(t, tt.args, tt.env)
			if err != nil {
				t.Fatal(err)
			}
			if !tt.check(c) {
				t.Fatalf("got %+v", c)
			}
		})
	}
}

func TestLoad_Errors(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.env")
	os.WriteFile(bad, []byte("FATOORA_NOPE=1\n"), 0o600)
	if _, err := load(t, []string{"--config", bad}, nil); err == nil {
		t.Fatal("unknown key accepted")
	}
	if _, err := load(t, nil, map[string]string{"FATOORA_WA_APP_SECRET": "x", "FATOORA_WA_APP_SECRET_FILE": "/nonexistent"}); err == nil {
		t.Fatal("both a secret and its file accepted")
	}
	if _, err := load(t, []string{"--retention", "a week"}, nil); err == nil {
		t.Fatal("bad duration accepted")
	}
}

func TestConfig_Validate(t *testing.T) {
	ok := Default()
	ok.AppSecret, ok.Boxes = "s", []string{"106=token-0123456789abcdef"}
	tests := []struct {
		name string
		mod  func(*Config)
		want string // "" = valid
	}{
		{"valid", func(*Config) {}, ""},
		{"no secret", func(c *Config) { c.AppSecret = "" }, "FATOORA_WA_APP_SECRET"},
		{"no box", func(c *Config) { c.Boxes = nil }, "FATOORA_RELAY_BOXES"},
		{"bad pair hides token", func(c *Config) { c.Boxes = []string{"=secret-token"} }, "=…"},
		{"duplicate number", func(c *Config) { c.Boxes = append(c.Boxes, "106=other-token-0123456") }, "twice"},
		{"cert without key", func(c *Config) { c.TLSCert = "c.pem" }, "FATOORA_TLS_CERT"},
		{"short retention", func(c *Config) { c.Retention = time.Second }, "FATOORA_RELAY_RETENTION"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := ok
			c.Boxes = append([]string(nil), ok.Boxes...)
			tt.mod(&c)
			err := c.Validate()
			if tt.want == "" {
				if err != nil {
					t.Fatal(err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("err = %v, want it to mention %q", err, tt.want)
			}
			if strings.Contains(err.Error(), "secret-token") {
				t.Fatalf("error leaks a token: %v", err)
			}
		})
	}
}
