package staff

import (
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"fatoora/appliance/health"
)

// TestScreenshots_ShopFloor renders the dashboard, the review queue, an
// order under review and a conversation in headless Chromium, in Arabic
// and English, at phone and desktop size, into $FATOORA_SCREENSHOTS:
//
//	FATOORA_SCREENSHOTS=/tmp/shots go test -run Screenshots_ShopFloor ./ui/staff
func TestScreenshots_ShopFloor(t *testing.T) {
	dir := os.Getenv("FATOORA_SCREENSHOTS")
	if dir == "" {
		t.Skip("set FATOORA_SCREENSHOTS to a directory to take screenshots")
	}
	browser, err := exec.LookPath("chromium")
	if err != nil {
		t.Skip("chromium is not installed")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	e := newOpsEnv(t)
	secret := e.setup(t)
	e.health.Register("model", func() health.State {
		return health.State{Status: health.Degraded, Message: "ollama at 127.0.0.1:11434 does not answer: the rules understand alone"}
	})
	e.health.Register("relay", func() health.State { return health.State{Status: health.OK} })
	// One order approved and invoiced, one waiting, a conversation with a
	// reply by hand.
	e.text(t, opsCustomer, opsSeed)
	first := e.waitReview(t, 1)[0]
	e.do(t, call{method: "POST", path: "/staff/review/" + first.ID + "/approve", secret: secret, form: url.Values{}})
	e.waitDocument(t, opsCustomer)
	e.text(t, "201009998877", "عايز ترابيزة سفرة زان لون طبيعي و 6 كراسي سفرة زان لون طبيعي وخزنة")
	waiting := e.waitReview(t, 1)[0]
	e.do(t, call{method: "POST", path: "/staff/conversations/" + opsCustomer + "/reply", secret: secret, form: url.Values{"text": {"الفاتورة وصلتك؟ التوصيل بكرة الصبح إن شاء الله."}}})
	sent := e.waitText(t, opsCustomer, "الفاتورة وصلتك؟ التوصيل بكرة الصبح إن شاء الله.")
	e.status(t, sent.ID, opsCustomer, "read")

	withCookie := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		r.AddCookie(&http.Cookie{Name: cookieName, Value: secret})
		r.Header.Set("Sec-Fetch-Site", "same-origin")
		e.mux.ServeHTTP(w, r)
	}))
	defer withCookie.Close()
	for _, lang := range []string{"ar", "en"} {
		for name, path := range map[string]string{
			"dashboard":     "/staff/",
			"review":        "/staff/review",
			"order":         "/staff/review/" + waiting.ID + "?q=" + url.QueryEscape("ترابيزة سفرة"),
			"conversation":  "/staff/conversations/" + opsCustomer,
			"conversations": "/staff/conversations",
		} {
			shoot(t, browser, withCookie.URL+"/staff/lang/"+lang+"?next="+url.QueryEscape(path), filepath.Join(dir, name), lang)
		}
	}
}
