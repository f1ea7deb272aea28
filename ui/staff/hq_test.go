package staff

import (
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"fatoora/appliance/access"
	"fatoora/appliance/invoice"
	"fatoora/sync/hqsync"
)

// newHQEnv is the documents environment with head-office sync attached
// (a real forwarder on the box's store; it is never started, so nothing
// is sent) and n invoices head office refused.
func newHQEnv(t *testing.T, n int) (*docsEnv, *hqsync.Forwarder, []string) {
	t.Helper()
	var f *hqsync.Forwarder
	env := newDocsEnv(t, func(e *docsEnv, o *Options) {
		var err error
		f, err = hqsync.New(hqsync.Options{DB: e.db, URL: "http://127.0.0.1:1", Key: []byte("k"), BoxID: "shop1"})
		if err != nil {
			t.Fatal(err)
		}
		o.HQ = f
		o.Health.Register(hqsync.Name, f.Health)
	})
	var nums []string
	for range n {
		nums = append(nums, env.issue(t, invoice.KindInvoice, "", "T-HOOD-BI").Number)
	}
	// Head office answered: the first is a conflict, the others rejected;
	// the forwarder keeps them exactly so (hqsync.Rejection in outbox/hq_rejected).
	err := env.db.Bolt().Update(func(tx *bolt.Tx) error {
		var pending []invoice.HQPending
		if err := invoice.ScanHQ(tx, func(p invoice.HQPending) bool { pending = append(pending, p); return true }); err != nil {
			return err
		}
		for i, p := range pending {
			r := hqsync.Rejection{Entry: p.Entry, Key: "shop1/" + p.Entry.Number + "/0", Status: "rejected",
				Reason: "totals.vat: does not add up", At: time.Date(2026, 12, 4, 9, 30, 0, 0, time.UTC)}
			if i == 0 {
				r.Status, r.Reason = "conflict", "head office holds this key with another body"
			}
			if err := invoice.HQReject(tx, p.Seq, r); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return env, f, nums
}

func TestHQPage_ListRetryDismiss(t *testing.T) {
	env, f, nums := newHQEnv(t, 3)
	rs, err := f.Rejections()
	if err != nil || len(rs) != 3 {
		t.Fatalf("rejections: %v %v", rs, err)
	}

	// The dashboard counts them and links to the page (for the roles that
	// may act), and /healthz's hq-sync says so.
	_, body := env.do(t, call{path: "/staff/", secret: env.owner})
	if !strings.Contains(body, `href="/staff/hq" id="go-hq"`) || !strings.Contains(body, "رفضته الإدارة: 3") || !strings.Contains(body, `data-health="hq-sync"`) {
		t.Errorf("dashboard lacks the refusals:\n%s", body)
	}
	if _, body := env.do(t, call{path: "/staff/", secret: env.staff}); strings.Contains(body, `id="go-hq"`) {
		t.Error("the dashboard links staff to a page they may not open")
	}
	if h := f.Health(); h.Status != "degraded" || h.Details["rejected"] != 3 {
		t.Errorf("health %+v", h)
	}

	// The page: owner and accountant, not staff; every item with its
	// number, what it is, the reason and the time.
	if resp, _ := env.do(t, call{path: "/staff/hq", secret: env.staff}); resp.StatusCode != http.StatusForbidden {
		t.Errorf("staff on the page: %d", resp.StatusCode)
	}
	if resp, _ := env.do(t, call{path: "/staff/hq"}); resp.StatusCode != http.StatusSeeOther {
		t.Errorf("no session: %d", resp.StatusCode)
	}
	resp, body := env.do(t, call{path: "/staff/hq", secret: env.accountant})
	if resp.StatusCode != 200 {
		t.Fatalf("page: %d", resp.StatusCode)
	}
	for _, want := range append(nums, "متعارض", "مرفوض", "totals.vat: does not add up", "2026-12-04", `action="/staff/hq/`+itoa(rs[0].Seq)+`/retry"`) {
		if !strings.Contains(body, want) {
			t.Errorf("page lacks %q", want)
		}
	}
	_, en := env.do(t, call{path: "/staff/hq", secret: env.accountant, lang: "en"})
	if !strings.Contains(en, "Refused by head office") || !strings.Contains(en, ">Conflict<") {
		t.Errorf("English page:\n%s", en)
	}

	// Staff may not act; a stale or unknown item says so.
	if resp, _ := env.do(t, call{method: "POST", path: "/staff/hq/" + itoa(rs[0].Seq) + "/retry", form: url.Values{}, secret: env.staff}); resp.StatusCode != http.StatusForbidden {
		t.Errorf("staff retry: %d", resp.StatusCode)
	}
	if resp, _ := env.do(t, call{method: "POST", path: "/staff/hq/999999/retry", form: url.Values{}, secret: env.owner}); !strings.Contains(resp.Header.Get("Location"), "err=hq.gone") {
		t.Errorf("unknown item: %d %s", resp.StatusCode, resp.Header.Get("Location"))
	}

	// Retry: back in the outbox for the next batch, audited.
	resp, _ = env.do(t, call{method: "POST", path: "/staff/hq/" + itoa(rs[0].Seq) + "/retry", form: url.Values{}, secret: env.owner})
	if resp.StatusCode != http.StatusSeeOther || !strings.Contains(resp.Header.Get("Location"), "done=retried") {
		t.Fatalf("retry: %d %s", resp.StatusCode, resp.Header.Get("Location"))
	}
	if _, body := env.do(t, call{path: resp.Header.Get("Location"), secret: env.owner}); !strings.Contains(body, nums[0]+" هيتبعت للإدارة") {
		t.Errorf("no notice after retry:\n%s", body)
	}
	// Dismiss with a note: gone for good, audited with the note.
	resp, _ = env.do(t, call{method: "POST", path: "/staff/hq/" + itoa(rs[1].Seq) + "/dismiss", form: url.Values{"note": {"فاتورة تجربة"}}, secret: env.accountant})
	if resp.StatusCode != http.StatusSeeOther || !strings.Contains(resp.Header.Get("Location"), "done=dismissed") {
		t.Fatalf("dismiss: %d %s", resp.StatusCode, resp.Header.Get("Location"))
	}
	if resp, _ := env.do(t, call{method: "POST", path: "/staff/hq/" + itoa(rs[1].Seq) + "/dismiss", form: url.Values{}, secret: env.owner}); !strings.Contains(resp.Header.Get("Location"), "err=hq.gone") {
		t.Errorf("dismiss twice: %s", resp.Header.Get("Location"))
	}
	left, _ := f.Rejections()
	st, _ := f.State()
	if len(left) != 1 || left[0].Entry.Number != nums[2] || st.Backlog != 1 || st.Rejected != 1 {
		t.Errorf("after retry and dismiss: %+v backlog %d rejected %d", left, st.Backlog, st.Rejected)
	}
	entries, _, err := env.acc.Audit(access.AuditQuery{Limit: 10})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range entries {
		if strings.HasPrefix(e.Action, "hq.") {
			got = append(got, e.User+" "+e.Action+" "+e.Target+" "+e.Detail)
		}
	}
	want := []string{
		"adel hq.dismiss " + nums[1] + " rejected: totals.vat: does not add up · فاتورة تجربة",
		"mona hq.retry " + nums[0] + " conflict: head office holds this key with another body",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("audit log:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	// The staff log page names the actions.
	if _, body := env.do(t, call{path: "/staff/audit", secret: env.owner}); !strings.Contains(body, "شال مستند رفضته الإدارة") {
		t.Error("the staff log does not name hq.dismiss")
	}
}

// Without head-office sync the page does not exist.
func TestHQPage_OffWithoutSync(t *testing.T) {
	env := newDocsEnv(t)
	if resp, _ := env.do(t, call{path: "/staff/hq", secret: env.owner}); resp.StatusCode != http.StatusNotFound {
		t.Errorf("/staff/hq without sync: %d", resp.StatusCode)
	}
	if _, body := env.do(t, call{path: "/staff/", secret: env.owner}); strings.Contains(body, `id="go-hq"`) {
		t.Error("dashboard links to head office's refusals without sync")
	}
}

func itoa(n uint64) string { return strconv.FormatUint(n, 10) }

// TestBrowser_HQRefused drives hqrefused.e2e.js in headless Chromium: the
// dashboard's count leads to the page; one item sent again, one dismissed.
// Skipped without chromium, node or playwright-core.
func TestBrowser_HQRefused(t *testing.T) {
	br := needBrowser(t)
	env, f, nums := newHQEnv(t, 3)
	br.run(t, "hqrefused.e2e.js", env.srv.URL, nums[0], nums[1])
	left, _ := f.Rejections()
	st, _ := f.State()
	if len(left) != 1 || left[0].Entry.Number != nums[2] || st.Backlog != 1 {
		t.Errorf("after the run: %+v, backlog %d", left, st.Backlog)
	}
}
