package cli_test

import (
	"bytes"
	"context"
	"errors"
	"net"
	"net/http"
	"strings"
	"testing"

	"fatoora/appliance/cli"
)

// graphNumber stands in for Meta's GET /{phone-number-id}: the number's
// fields for the right token, Meta's OAuth error envelope otherwise.
func graphNumber(t *testing.T, token, id string) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		if r.Header.Get("Authorization") != "Bearer "+token {
			w.WriteHeader(http.StatusUnauthorized)
			w.Write([]byte(`{"error":{"message":"Error validating access token: Session has expired","type":"OAuthException","code":190,"error_subcode":463,"fbtrace_id":"AbC"}}`))
			return
		}
		if r.Method != http.MethodGet || r.URL.Path != "/v25.0/"+id {
			w.WriteHeader(http.StatusBadRequest)
			w.Write([]byte(`{"error":{"message":"Unsupported get request.","type":"GraphMethodException","code":100,"error_subcode":33,"fbtrace_id":"AbC"}}`))
			return
		}
		w.Write([]byte(`{"verified_name":"Nile Furniture","display_phone_number":"+20 10 0000 0000","id":"` + id + `"}`))
	})}
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })
	return "http://" + ln.Addr().String() + "/v25.0"
}

func TestCheck(t *testing.T) {
	graph := graphNumber(t, "good-token", "1234567890")
	full := map[string]string{
		"FATOORA_WA_APP_SECRET":      "app-secret",
		"FATOORA_WA_VERIFY_TOKEN":    "verify-me",
		"FATOORA_WA_TOKEN":           "good-token",
		"FATOORA_WA_PHONE_NUMBER_ID": "1234567890",
		"FATOORA_GRAPH_URL":          graph,
		"FATOORA_SHOP_NAME":          "معرض النيل للأثاث",
		"FATOORA_SHOP_ADDRESS":       "٥ شارع التحرير، الدقي",
		"FATOORA_SHOP_TAX_ID":        "312-456-789",
	}
	run := func(env map[string]string) (string, error) {
		var out bytes.Buffer
		err := cli.Run(context.Background(), []string{"check"}, cli.IO{
			Stdin: strings.NewReader(""), Stdout: &out, Stderr: &out,
			Getenv: func(k string) string { return env[k] },
		})
		return out.String(), err
	}
	with := func(k, v string) map[string]string {
		m := map[string]string{}
		for a, b := range full {
			m[a] = b
		}
		if v == "" {
			delete(m, k)
		} else {
			m[k] = v
		}
		return m
	}
	cases := []struct {
		name string
		env  map[string]string
		ok   bool
		want string
	}{
		{"complete", full, true, "the WhatsApp token works: the number is +20 10 0000 0000 (Nile Furniture)"},
		{"demo", map[string]string{}, false, "this is a demo box"},
		{"expired token", with("FATOORA_WA_TOKEN", "old-token"), false, "code 190"},
		{"wrong number id", with("FATOORA_WA_PHONE_NUMBER_ID", "999"), false, "code 100"},
		{"no verify token", with("FATOORA_WA_VERIFY_TOKEN", ""), false, "[ ] FATOORA_WA_VERIFY_TOKEN: not set"},
		{"demo tax id", with("FATOORA_SHOP_TAX_ID", "100-200-300"), false, "[ ] FATOORA_SHOP_TAX_ID: still the demo value"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			out, err := run(c.env)
			if c.ok != (err == nil) || (!c.ok && !errors.Is(err, cli.ErrNotReady)) {
				t.Fatalf("err = %v, want ok=%v\n%s", err, c.ok, out)
			}
			if !strings.Contains(out, c.want) {
				t.Fatalf("output lacks %q:\n%s", c.want, out)
			}
		})
	}
}
