package sim

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/go-pdf/fpdf"

	"fatoora/appliance/whatsapp"
	"fatoora/appliance/whatsapp/graphsim"
)

// fakeBox stands in for the pipeline: it answers each customer message
// through the real whatsapp.Client, against the simulator's Graph stand-in.
type fakeBox struct {
	client *whatsapp.Client
	pdf    []byte

	mu      sync.Mutex
	errs    []error
	taps    []tapSeen
	buttons map[string]bool // wamids of the button messages it sent
	wg      sync.WaitGroup
}

type tapSeen struct{ kind, id, contextID string }

func (b *fakeBox) fail(err error) {
	b.mu.Lock()
	b.errs = append(b.errs, err)
	b.mu.Unlock()
}

func (b *fakeBox) deliver(_ context.Context, body []byte, sig string) error {
	if sig != graphsim.Sign(secret, body) {
		return errBadSig
	}
	var w wire
	if err := json.Unmarshal(body, &w); err != nil {
		return err
	}
	for _, e := range w.Entry {
		for _, c := range e.Changes {
			name := ""
			if len(c.Value.Contacts) > 0 {
				name = c.Value.Contacts[0].Profile.Name
			}
			for _, m := range c.Value.Messages {
				b.wg.Add(1)
				go b.answer(name, m.From, m.ID, m.Type, m.Interactive, m.Context)
			}
		}
	}
	return nil
}

var errBadSig = errors.New("bad signature")

func (b *fakeBox) answer(name, to, id, typ string, it *struct {
	Type        string            `json:"type"`
	ButtonReply map[string]string `json:"button_reply"`
	ListReply   map[string]string `json:"list_reply"`
}, ctxRef *struct {
	From string `json:"from"`
	ID   string `json:"id"`
}) {
	defer b.wg.Done()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	try := func(_ string, err error) {
		if err != nil {
			b.fail(err)
		}
	}
	if err := b.client.MarkRead(ctx, id, true); err != nil {
		b.fail(err)
	}
	// "Thinking" for longer than two polls of the page (700 ms each), so the
	// typing indicator is seen even when the machine is busy.
	time.Sleep(1600 * time.Millisecond)
	switch {
	case typ == "text":
		try(b.client.SendText(ctx, to, "أهلاً يا "+name+"! جهزنا لك عرض السعر، والفاتورة مرفقة.", id))
		mid, err := b.client.UploadMedia(ctx, "INV-000042.pdf", "application/pdf", b.pdf)
		if err != nil {
			b.fail(err)
			return
		}
		try(b.client.SendDocument(ctx, to, mid, "INV-000042.pdf", "عرض سعر رقم INV-000042 — الإجمالي ١٨٬٢٤٠ جنيه شامل الضريبة"))
		bid, err := b.client.SendButtons(ctx, to, "تحب نأكد الطلب؟", []whatsapp.Button{
			{ID: "order:confirm", Title: "تأكيد"}, {ID: "order:edit", Title: "تعديل"}, {ID: "order:cancel", Title: "إلغاء"}})
		if err != nil {
			b.fail(err)
			return
		}
		b.mu.Lock()
		b.buttons[bid] = true
		b.mu.Unlock()
		try(b.client.SendList(ctx, to, "ولو حابب، دي بدائل متاحة في المخزن:", "البدائل", []whatsapp.Section{
			{Title: "دواليب", Rows: []whatsapp.Row{
				{ID: "sku:W-210", Title: "دولاب زان", Description: "٣ ضلف · ٩٬٥٠٠ جنيه"},
				{ID: "sku:W-115", Title: "دولاب MDF", Description: "ضلفتين · ٥٬٢٠٠ جنيه"}}},
		}))
	case it != nil && it.ButtonReply != nil:
		b.mu.Lock()
		b.taps = append(b.taps, tapSeen{"button", it.ButtonReply["id"], ctxRef.ID})
		b.mu.Unlock()
		try(b.client.SendText(ctx, to, "تمام، اخترت: "+it.ButtonReply["title"], id))
	case it != nil && it.ListReply != nil:
		b.mu.Lock()
		b.taps = append(b.taps, tapSeen{"list", it.ListReply["id"], ctxRef.ID})
		b.mu.Unlock()
		try(b.client.SendText(ctx, to, "اخترت من القائمة: "+it.ListReply["title"], id))
	}
}

func testPDF(t *testing.T) []byte {
	t.Helper()
	p := fpdf.New("P", "mm", "A5", "")
	p.AddPage()
	p.SetFont("Helvetica", "B", 18)
	p.Cell(0, 12, "Quote INV-000042")
	p.Ln(14)
	p.SetFont("Helvetica", "", 12)
	p.Cell(0, 8, "Bedroom set, walnut ... 18,240.00 EGP incl. VAT")
	var buf bytes.Buffer
	if err := p.Output(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestBrowser_EndToEnd drives the page in headless Chromium with
// playwright-core (ui/sim/e2e). It needs Debian's chromium and
// `npm ci --prefix ui/sim/e2e`; without them it is skipped.
func TestBrowser_EndToEnd(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	browser := os.Getenv("CHROMIUM")
	if browser == "" {
		browser = "/usr/bin/chromium"
	}
	if _, err := os.Stat(browser); err != nil {
		t.Skip("chromium not installed (apt-get install -y chromium fonts-noto-core); set CHROMIUM to use another binary")
	}
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node not installed")
	}
	if _, err := os.Stat(filepath.Join("e2e", "node_modules", "playwright-core")); err != nil {
		t.Skip("playwright-core not installed: run npm ci --prefix ui/sim/e2e")
	}

	box := &fakeBox{pdf: testPDF(t), buttons: map[string]bool{}}
	s, err := New(Options{Deliver: box.deliver, AppSecret: secret, Token: token, StatusDelay: 150 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	mux := http.NewServeMux()
	s.Routes(mux)
	// The client exists before the server serves: the browser's requests
	// reach it from another process, which the race detector cannot see.
	srv := httptest.NewUnstartedServer(mux)
	box.client, err = whatsapp.New(whatsapp.Options{GraphURL: s.GraphURL("http://" + srv.Listener.Addr().String()), Token: token, PhoneNumberID: s.opts.PhoneNumberID})
	if err != nil {
		t.Fatal(err)
	}
	srv.Start()
	defer srv.Close()

	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, node, "sim.e2e.js", srv.URL)
	cmd.Dir = "e2e"
	cmd.Env = append(os.Environ(), "CHROMIUM="+browser)
	out, err := cmd.CombinedOutput()
	t.Logf("browser run:\n%s", out)
	if err != nil {
		t.Fatalf("browser run failed: %v", err)
	}
	box.wg.Wait()

	box.mu.Lock()
	defer box.mu.Unlock()
	for _, err := range box.errs {
		t.Errorf("box send: %v", err)
	}
	var sawButton, sawList bool
	for _, tp := range box.taps {
		switch tp.kind {
		case "button":
			sawButton = tp.id == "order:confirm" && box.buttons[tp.contextID]
		case "list":
			sawList = tp.id == "sku:W-210"
		}
	}
	if !sawButton || !sawList {
		t.Errorf("taps reaching the box: %+v (button messages %v)", box.taps, box.buttons)
	}
}
