package appliance

import (
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func adminToken(t *testing.T, data string) string {
	t.Helper()
	tok, err := ReadAdminToken(data)
	if err != nil {
		t.Fatal(err)
	}
	return tok
}

// TestAdmin_Guard: the admin routes answer only the box's own CLI: loopback,
// a loopback Host, no proxy header, not a browser's cross-site request, and
// the admin token. A price changed by a page in the shop's browser was the
// bug (issue 15).
func TestAdmin_Guard(t *testing.T) {
	o := testOptions(t)
	box, stop := start(t, o)
	defer stop()
	tok := adminToken(t, o.Server.Data)
	fi, err := os.Stat(filepath.Join(o.Server.Data, AdminTokenFile))
	if err != nil || fi.Mode().Perm() != 0o600 {
		t.Errorf("token file: %v %v", fi.Mode(), err)
	}
	addr := box.Addr().String()
	csv := `{"catalog_csv":"sku,name_ar,unit,price\nX,كرسي,piece,1.00\n"}`
	for _, tc := range []struct {
		name    string
		method  string
		path    string
		headers map[string]string
		host    string
		want    int
	}{
		{"no token", "GET", "/admin/backup", nil, "", 401},
		{"wrong token", "GET", "/admin/backup", map[string]string{"Authorization": "Bearer " + strings.Repeat("0", 64)}, "", 401},
		{"token", "GET", "/admin/backup", map[string]string{"Authorization": "Bearer " + tok}, "", 200},
		{"localhost host", "GET", "/debug/pprof/", map[string]string{"Authorization": "Bearer " + tok}, "localhost:8080", 200},
		{"rebinding host", "GET", "/admin/backup", map[string]string{"Authorization": "Bearer " + tok}, "evil.example:8080", 403},
		{"cross-site text/plain post", "POST", "/admin/catalog", map[string]string{"Content-Type": "text/plain", "Origin": "http://evil.example", "Sec-Fetch-Site": "cross-site"}, "", 403},
		{"cross-site with token", "POST", "/admin/catalog", map[string]string{"Authorization": "Bearer " + tok, "Origin": "http://evil.example", "Sec-Fetch-Site": "cross-site"}, "", 403},
		{"proxy header", "GET", "/admin/backup", map[string]string{"Authorization": "Bearer " + tok, "X-Forwarded-Host": "shop.example"}, "", 403},
		{"via proxy", "GET", "/admin/backup", map[string]string{"Authorization": "Bearer " + tok, "Via": "1.1 nginx"}, "", 403},
	} {
		t.Run(tc.name, func(t *testing.T) {
			req, _ := http.NewRequest(tc.method, "http://"+addr+tc.path, strings.NewReader(csv))
			for k, v := range tc.headers {
				req.Header.Set(k, v)
			}
			if tc.host != "" {
				req.Host = tc.host
			}
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			io.Copy(io.Discard, resp.Body)
			resp.Body.Close()
			if resp.StatusCode != tc.want {
				t.Errorf("%s %s: %d, want %d", tc.method, tc.path, resp.StatusCode, tc.want)
			}
		})
	}
}
