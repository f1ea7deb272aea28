package staff

import (
	"encoding/json"
	"html"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/gorilla/websocket"

	"fatoora/appliance/access"
	"fatoora/appliance/pipeline"
)

// roleSecrets sets the owner up and signs in one user of each role.
func (e *opsEnv) roleSecrets(t *testing.T) map[access.Role]string {
	t.Helper()
	owner := e.setup(t)
	for _, nu := range []access.NewUser{
		{Username: "sara", Name: "سارة", Role: access.RoleStaff, Password: "shop floor pass"},
		{Username: "adel", Name: "عادل", Role: access.RoleAccountant, Password: "ledger pass 1"},
	} {
		if _, err := e.acc.CreateUser(t.Context(), e.owner(t), nu); err != nil {
			t.Fatal(err)
		}
	}
	return map[access.Role]string{access.RoleOwner: owner,
		access.RoleStaff: e.login(t, "sara", "shop floor pass"), access.RoleAccountant: e.login(t, "adel", "ledger pass 1")}
}

func TestOps_ReviewCorrectApprove(t *testing.T) {
	e := newOpsEnv(t)
	secret := e.setup(t)
	e.text(t, opsCustomer, opsSeed)
	o := e.waitReview(t, 1)[0]

	resp, body := e.do(t, call{path: "/staff/review", secret: secret, lang: "en"})
	if resp.StatusCode != 200 || !strings.Contains(body, o.ID) || !strings.Contains(body, "T-HOOD-BI") || !strings.Contains(body, "Confidence") {
		t.Fatalf("review queue: %d\n%s", resp.StatusCode, body)
	}
	resp, body = e.do(t, call{path: "/staff/review/" + o.ID + "?q=" + url.QueryEscape("شفاط حائط"), secret: secret})
	if resp.StatusCode != 200 || !strings.Contains(body, `value="T-HOOD-WALL"`) {
		t.Fatalf("order page search: %d\n%s", resp.StatusCode, body)
	}
	// The htmx search answers the fragment alone.
	resp, body = e.do(t, call{path: "/staff/review/" + o.ID + "/search?q=" + url.QueryEscape("شفاط حائط"), secret: secret, header: map[string]string{"HX-Request": "true"}})
	if resp.StatusCode != 200 || strings.Contains(body, "<html") || !strings.Contains(body, `name="add" value="T-HOOD-WALL"`) {
		t.Fatalf("search fragment: %d\n%s", resp.StatusCode, body)
	}

	// Bad corrections are refused and change nothing.
	for _, tc := range []struct {
		name string
		form url.Values
		want string
	}{
		{"unknown sku", url.Values{"sku": {"NOPE"}, "qty": {"1"}, "color": {""}}, "err=sku"},
		{"zero quantity", url.Values{"sku": {"T-HOOD-BI"}, "qty": {"0"}, "color": {""}}, "err=qty"},
		{"no lines", url.Values{"sku": {""}, "qty": {"1"}, "color": {""}}, "err=empty"},
		{"ragged form", url.Values{"sku": {"T-HOOD-BI", "T-HOOD-WALL"}, "qty": {"1"}, "color": {""}}, "err=form"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			resp, _ := e.do(t, call{method: "POST", path: "/staff/review/" + o.ID + "/approve", secret: secret, form: tc.form})
			if resp.StatusCode != http.StatusSeeOther || !strings.Contains(resp.Header.Get("Location"), tc.want) {
				t.Errorf("%d %s", resp.StatusCode, resp.Header.Get("Location"))
			}
		})
	}
	if got, _ := e.p.Order(t.Context(), o.ID); !got.NeedsStaff || got.Document != "" {
		t.Fatalf("a refused correction moved the order: %+v", got)
	}

	// Add the wall hood from the search, then drop the built-in one and
	// approve: the same pipeline issues the invoice and sends it.
	resp, _ = e.do(t, call{method: "POST", path: "/staff/review/" + o.ID + "/lines", secret: secret, form: url.Values{"add": {"T-HOOD-WALL"}}})
	if resp.StatusCode != http.StatusSeeOther || !strings.Contains(resp.Header.Get("Location"), "done=saved") {
		t.Fatalf("add: %d %s", resp.StatusCode, resp.Header.Get("Location"))
	}
	got, _ := e.p.Order(t.Context(), o.ID)
	if len(got.Lines) != len(o.Lines)+1 || got.Lines[len(got.Lines)-1].SKU != "T-HOOD-WALL" {
		t.Fatalf("after add: %+v", got.Lines)
	}
	form := url.Values{}
	for _, l := range got.Lines {
		sku := l.SKU
		if sku == "T-HOOD-BI" {
			sku = ""
		}
		form.Add("sku", sku)
		form.Add("qty", l.Quantity.String())
		form.Add("color", l.Color)
	}
	resp, _ = e.do(t, call{method: "POST", path: "/staff/review/" + o.ID + "/approve", secret: secret, form: form})
	loc := resp.Header.Get("Location")
	if resp.StatusCode != http.StatusSeeOther || !strings.Contains(loc, "done=approved") || !strings.Contains(loc, "doc=INV-T1-000001") {
		t.Fatalf("approve: %d %s", resp.StatusCode, loc)
	}
	doc := e.waitDocument(t, opsCustomer)
	if doc.Document.Filename != "INV-T1-000001.pdf" {
		t.Errorf("document sent: %+v", doc.Document)
	}
	got, _ = e.p.Order(t.Context(), o.ID)
	if got.NeedsStaff || got.Document != "INV-T1-000001" || slices.ContainsFunc(got.Lines, func(l pipeline.Line) bool { return l.SKU == "T-HOOD-BI" }) {
		t.Errorf("approved order: %+v", got)
	}
	if !slices.ContainsFunc(got.History, func(ev pipeline.Event) bool { return ev.Note == "approved by mona" }) {
		t.Errorf("history without who: %+v", got.History)
	}
	// The queue is empty, the notice names the invoice.
	resp, body = e.do(t, call{path: loc, secret: secret, lang: "en"})
	if !strings.Contains(body, "INV-T1-000001 issued and sent") || !strings.Contains(body, "Nothing waits for review") {
		t.Errorf("after approval: %d\n%s", resp.StatusCode, body)
	}
	// Approving again is refused.
	resp, _ = e.do(t, call{method: "POST", path: "/staff/review/" + o.ID + "/approve", secret: secret, form: url.Values{}})
	if !strings.Contains(resp.Header.Get("Location"), "err=not_reviewable") {
		t.Errorf("second approval: %d %s", resp.StatusCode, resp.Header.Get("Location"))
	}
	// Who did what, in the staff log.
	entries, _, err := e.acc.Audit(access.AuditQuery{User: "mona"})
	if err != nil {
		t.Fatal(err)
	}
	actions := map[string]string{}
	for _, en := range entries {
		actions[en.Action] = en.Target + " " + en.Detail
	}
	if !strings.Contains(actions["order.approve"], o.ID) || !strings.Contains(actions["order.lines"], "T-HOOD-WALL×1") {
		t.Errorf("staff log: %v", actions)
	}
}

func TestOps_ReviewReplyAndDismiss(t *testing.T) {
	e := newOpsEnv(t)
	secret := e.setup(t)
	e.text(t, opsCustomer, opsSeed)
	e.text(t, "201009999999", opsSeed)
	orders := e.waitReview(t, 2)
	byHand, dismissed := orders[0], orders[1]
	resp, _ := e.do(t, call{method: "POST", path: "/staff/review/" + byHand.ID + "/reply", secret: secret, form: url.Values{"text": {"  "}}})
	if !strings.Contains(resp.Header.Get("Location"), "err=text") {
		t.Errorf("empty reply: %s", resp.Header.Get("Location"))
	}
	resp, _ = e.do(t, call{method: "POST", path: "/staff/review/" + byHand.ID + "/reply", secret: secret, form: url.Values{"text": {"أهلاً، هكلمك حالاً"}}})
	if !strings.Contains(resp.Header.Get("Location"), "done=replied") {
		t.Fatalf("reply: %d %s", resp.StatusCode, resp.Header.Get("Location"))
	}
	resp, _ = e.do(t, call{method: "POST", path: "/staff/review/" + dismissed.ID + "/dismiss", secret: secret, form: url.Values{"note": {"called them"}}})
	if !strings.Contains(resp.Header.Get("Location"), "done=dismissed") {
		t.Fatalf("dismiss: %d %s", resp.StatusCode, resp.Header.Get("Location"))
	}
	e.waitText(t, byHand.To, "أهلاً، هكلمك حالاً")
	if page, _ := e.p.Orders(t.Context(), pipeline.OrderFilter{NeedsStaff: true}); len(page.Orders) != 0 {
		t.Errorf("queue after reply and dismiss: %d", len(page.Orders))
	}
	conv, _ := e.p.Conversation(t.Context(), byHand.Customer)
	if conv.PausedBy != "mona" || !conv.PausedUntil.After(time.Now()) {
		t.Errorf("a reply by hand must pause the bot: %+v", conv)
	}
	if resp, _ := e.do(t, call{method: "POST", path: "/staff/review/O999999/dismiss", secret: secret, form: url.Values{}}); resp.StatusCode != http.StatusNotFound {
		t.Errorf("unknown order: %d", resp.StatusCode)
	}
}

func TestOps_Conversation(t *testing.T) {
	e := newOpsEnv(t)
	secret := e.setup(t)
	e.text(t, opsCustomer, opsSeed)
	e.waitReview(t, 1)
	resp, body := e.do(t, call{path: "/staff/conversations", secret: secret})
	if resp.StatusCode != 200 || !strings.Contains(body, "منى عادل") || !strings.Contains(body, "/staff/conversations/"+opsCustomer) {
		t.Fatalf("conversations: %d\n%s", resp.StatusCode, body)
	}
	resp, _ = e.do(t, call{method: "POST", path: "/staff/conversations/" + opsCustomer + "/reply", secret: secret, form: url.Values{"text": {"الشفاط متاح النهارده"}}})
	if resp.StatusCode != http.StatusSeeOther || !strings.Contains(resp.Header.Get("Location"), "done=replied") {
		t.Fatalf("reply: %d %s", resp.StatusCode, resp.Header.Get("Location"))
	}
	// The thread shows the message in and the reply out, with its delivery
	// status as Meta reports it.
	sent := e.waitText(t, opsCustomer, "الشفاط متاح النهارده")
	e.status(t, sent.ID, opsCustomer, "read")
	deadline := time.Now().Add(10 * time.Second)
	for {
		_, body = e.do(t, call{path: "/staff/conversations/" + opsCustomer, secret: secret, lang: "en"})
		if strings.Contains(body, "الشفاط متاح النهارده") && strings.Contains(body, "status-read") {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("thread without the sent reply:\n%s", body)
		}
		time.Sleep(50 * time.Millisecond)
	}
	if !strings.Contains(body, "msg-in") || !strings.Contains(body, "دولاب مطبخ") || !strings.Contains(body, "Bot paused, answering: <bdi>mona</bdi>") || !strings.Contains(body, `id="resume"`) {
		t.Errorf("thread:\n%s", body)
	}
	resp, _ = e.do(t, call{method: "POST", path: "/staff/conversations/" + opsCustomer + "/resume", secret: secret, form: url.Values{}})
	if !strings.Contains(resp.Header.Get("Location"), "done=resumed") {
		t.Fatalf("resume: %s", resp.Header.Get("Location"))
	}
	if c, _ := e.p.Conversation(t.Context(), opsCustomer); c.PausedUntil.After(time.Now()) {
		t.Errorf("still paused after resume: %+v", c)
	}
	resp, _ = e.do(t, call{method: "POST", path: "/staff/conversations/" + opsCustomer + "/takeover", secret: secret, form: url.Values{}})
	if c, _ := e.p.Conversation(t.Context(), opsCustomer); c.PausedBy != "mona" {
		t.Errorf("takeover: %d %+v", resp.StatusCode, c)
	}
	if resp, _ := e.do(t, call{path: "/staff/conversations/201000000000", secret: secret}); resp.StatusCode != http.StatusNotFound {
		t.Errorf("unknown customer: %d", resp.StatusCode)
	}
	entries, _, _ := e.acc.Audit(access.AuditQuery{User: "mona"})
	var got []string
	for _, en := range entries {
		got = append(got, en.Action)
	}
	for _, want := range []string{"conversation.reply", "conversation.resume", "conversation.takeover"} {
		if !slices.Contains(got, want) {
			t.Errorf("staff log lacks %s: %v", want, got)
		}
	}
}

func TestOps_Dashboard(t *testing.T) {
	e := newOpsEnv(t)
	secrets := e.roleSecrets(t)
	e.text(t, opsCustomer, opsSeed)
	e.waitReview(t, 1)
	resp, body := e.do(t, call{path: "/staff/", secret: secrets[access.RoleAccountant], lang: "en"})
	if resp.StatusCode != 200 {
		t.Fatalf("dashboard: %d", resp.StatusCode)
	}
	for _, want := range []string{`data-live="dash.messages"`, `data-live-url="/staff/api/live"`, `data-health="whatsapp"`, "Not set up", "Waiting for review", "/static/live.js"} {
		if !strings.Contains(body, want) {
			t.Errorf("dashboard lacks %q", want)
		}
	}
	// The accountant is not offered the review queue; staff are.
	if strings.Contains(body, `href="/staff/review"`) {
		t.Error("the accountant's dashboard links the review queue")
	}
	if _, body := e.do(t, call{path: "/staff/", secret: secrets[access.RoleStaff]}); !strings.Contains(body, `href="/staff/review"`) {
		t.Error("staff's dashboard does not link the review queue")
	}
}

func TestOps_LiveDashboard(t *testing.T) {
	e := newOpsEnv(t)
	secrets := e.roleSecrets(t)
	wsURL := "ws" + strings.TrimPrefix(e.srv.URL, "http") + "/staff/api/live"
	hdr := func(secret, origin string) http.Header {
		h := http.Header{}
		if secret != "" {
			h.Set("Cookie", cookieName+"="+secret+"; "+langCookie+"=en")
		}
		if origin != "" {
			h.Set("Origin", origin)
		}
		return h
	}
	for name, tc := range map[string]struct {
		secret, origin string
		want           int
	}{
		"no session":     {"", e.srv.URL, http.StatusUnauthorized},
		"forged session": {"forged", e.srv.URL, http.StatusUnauthorized},
		"other origin":   {secrets[access.RoleOwner], "http://evil.example", http.StatusForbidden},
		"no origin":      {secrets[access.RoleOwner], "", http.StatusForbidden},
	} {
		t.Run(name, func(t *testing.T) {
			c, resp, err := websocket.DefaultDialer.Dial(wsURL, hdr(tc.secret, tc.origin))
			if err == nil {
				c.Close()
				t.Fatal("dialled")
			}
			if resp == nil || resp.StatusCode != tc.want {
				t.Errorf("answer %v, want %d", resp, tc.want)
			}
		})
	}
	c, _, err := websocket.DefaultDialer.Dial(wsURL, hdr(secrets[access.RoleAccountant], e.srv.URL))
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	// A message arrives: a push shows it without anyone asking.
	e.text(t, opsCustomer, opsSeed)
	_ = c.SetReadDeadline(time.Now().Add(15 * time.Second))
	for {
		_, b, err := c.ReadMessage()
		if err != nil {
			t.Fatalf("no push with the new message: %v", err)
		}
		var p livePush
		if err := json.Unmarshal(b, &p); err != nil {
			t.Fatal(err)
		}
		if p.Figures["dash.messages"].Value == "1" && p.Figures["dash.review"].Value == "1" {
			if len(p.Health) == 0 || p.Health[0].Label != "WhatsApp (sending)" {
				t.Errorf("push health: %+v", p.Health)
			}
			break
		}
	}
}

// TestOps_Routes: every shop-floor route refuses a request without a
// session, and each role what it may not do.
func TestOps_Routes(t *testing.T) {
	e := newOpsEnv(t)
	secrets := e.roleSecrets(t)
	e.text(t, opsCustomer, opsSeed)
	o := e.waitReview(t, 1)[0]
	routes := []struct {
		c    call
		perm access.Permission
	}{
		{call{path: "/staff/"}, access.PermDashboard},
		{call{path: "/staff/api/live"}, access.PermDashboard},
		{call{path: "/staff/review"}, access.PermReview},
		{call{path: "/staff/review/" + o.ID}, access.PermReview},
		{call{path: "/staff/review/" + o.ID + "/search?q=x"}, access.PermReview},
		{call{method: "POST", path: "/staff/review/" + o.ID + "/lines", form: url.Values{"add": {"T-HOOD-WALL"}}}, access.PermReview},
		{call{method: "POST", path: "/staff/review/" + o.ID + "/approve", form: url.Values{}}, access.PermReview},
		{call{method: "POST", path: "/staff/review/" + o.ID + "/reply", form: url.Values{"text": {"x"}}}, access.PermReview},
		{call{method: "POST", path: "/staff/review/" + o.ID + "/dismiss", form: url.Values{}}, access.PermReview},
		{call{path: "/staff/conversations"}, access.PermConversations},
		{call{path: "/staff/conversations/" + opsCustomer}, access.PermConversations},
		{call{method: "POST", path: "/staff/conversations/" + opsCustomer + "/reply", form: url.Values{"text": {"x"}}}, access.PermConversations},
		{call{method: "POST", path: "/staff/conversations/" + opsCustomer + "/takeover", form: url.Values{}}, access.PermConversations},
		{call{method: "POST", path: "/staff/conversations/" + opsCustomer + "/resume", form: url.Values{}}, access.PermConversations},
	}
	for _, rt := range routes {
		name := rt.c.method + " " + rt.c.path
		t.Run(name, func(t *testing.T) {
			resp, _ := e.do(t, rt.c)
			if strings.Contains(rt.c.path, "/api/") {
				if resp.StatusCode != http.StatusUnauthorized {
					t.Errorf("without session: %d", resp.StatusCode)
				}
			} else if resp.StatusCode != http.StatusSeeOther || !strings.HasPrefix(resp.Header.Get("Location"), "/staff/login") {
				t.Errorf("without session: %d %s", resp.StatusCode, resp.Header.Get("Location"))
			}
			for _, role := range access.Roles {
				if role.Can(rt.perm) {
					continue // what may be done is done by the tests above
				}
				c := rt.c
				c.secret = secrets[role]
				resp, _ := e.do(t, c)
				if resp.StatusCode != http.StatusForbidden {
					t.Errorf("%s: %d, want 403", role, resp.StatusCode)
				}
			}
		})
	}
	// Nothing a refused role tried reached the order or the customer.
	if got, _ := e.p.Order(t.Context(), o.ID); !got.NeedsStaff || len(got.Lines) != len(o.Lines) {
		t.Errorf("a refused request changed the order: %+v", got)
	}
	// A cross-origin post is refused even with a session.
	resp, _ := e.do(t, call{method: "POST", path: "/staff/review/" + o.ID + "/dismiss", secret: secrets[access.RoleOwner], form: url.Values{},
		header: map[string]string{"Origin": "http://evil.example", "Sec-Fetch-Site": "cross-site"}})
	if resp.StatusCode != http.StatusForbidden {
		t.Errorf("cross-origin dismiss: %d", resp.StatusCode)
	}
}

// TestOps_ReviewSaysWhy: the review queue and the order page word why an
// order waits in the reader's language, from the rule the pipeline
// recorded and the order's own particulars — never the pipeline's English
// log line on the Arabic page; an order decided before rules were
// recorded shows its reason as written.
func TestOps_ReviewSaysWhy(t *testing.T) {
	e := newOpsEnv(t)
	secret := e.setup(t)
	e.text(t, opsCustomer, opsSeed)
	o := e.waitReview(t, 1)[0]
	if o.Rule == "" || o.Reason == "" {
		t.Fatalf("order %s decided with no rule or reason: %+v", o.ID, o)
	}
	ar := view{Lang: Arabic}.Why(o)
	en := view{Lang: English}.Why(o)
	if ar == "" || ar == o.Reason || en == "" || strings.Contains(ar, "%!") || strings.Contains(en, "%!") {
		t.Fatalf("rule %s worded %q / %q (reason %q)", o.Rule, ar, en, o.Reason)
	}
	for _, path := range []string{"/staff/review", "/staff/review/" + o.ID} {
		_, body := e.do(t, call{path: path, secret: secret})
		// (the order page's history keeps the pipeline's log lines)
		if !strings.Contains(body, html.EscapeString(ar)) || path == "/staff/review" && strings.Contains(body, html.EscapeString(o.Reason)) {
			t.Errorf("%s (Arabic): want %q, not the log line %q", path, ar, o.Reason)
		}
		_, body = e.do(t, call{path: path, secret: secret, lang: "en"})
		if !strings.Contains(body, html.EscapeString(en)) {
			t.Errorf("%s (English): want %q", path, en)
		}
	}
	// every rule the page words has both languages and takes the detail
	// it is given, or none
	for _, rule := range whyRules {
		for _, lang := range []Lang{Arabic, English} {
			got := view{Lang: lang}.Why(pipeline.Order{Rule: rule, Reason: "log line", Unexplained: []string{"ma2aed"},
				Lines: []pipeline.Line{{SKU: "X-1", Name: "كنبة", Problem: "size", Lacks: []string{"شمواه"}}}})
			if got == "" || got == "log line" || strings.Contains(got, "%!") {
				t.Errorf("rule %s (%v): %q", rule, lang, got)
			}
		}
	}
	issued := pipeline.Order{Rule: pipeline.RuleIssue, Document: "INV-1", NeedsStaff: true, Lines: []pipeline.Line{{SKU: "X-1"}, {Phrase: "٢ فوتيه"}}}
	if got := (view{Lang: Arabic}).Why(issued); !strings.Contains(got, "INV-1") || !strings.Contains(got, "«\u2068٢ فوتيه\u2069»") || strings.Contains(got, "%!") {
		t.Errorf("an invoice issued without a line not in the catalog: %q", got)
	}
	// the shop's address answered of a place: the place is the clerk's to
	// confirm, named on the card
	beyond := pipeline.Order{Rule: pipeline.RuleShopInfo, Service: []string{"انتو فين في المهندسين"}, ShopBeyond: []string{"المهندسين"}}
	for _, lang := range []Lang{Arabic, English} {
		if got := (view{Lang: lang}).Why(beyond); !strings.Contains(got, "«\u2068المهندسين\u2069»") || strings.Contains(got, "%!") {
			t.Errorf("the shop's place asked of a place (%v): %q", lang, got)
		}
	}
	// the customer's Franco words keep their order inside the Arabic sentence
	unread := pipeline.Order{Rule: pipeline.RuleUnread, Lines: []pipeline.Line{{Phrase: "3 metr mawaseer"}}}
	if got := (view{Lang: Arabic}).Why(unread); !strings.Contains(got, "«\u20683 metr mawaseer\u2069»") {
		t.Errorf("a Franco phrase is not isolated from the Arabic around it: %q", got)
	}
	// after a document, a message with nothing placed is quoted whole,
	// never a sentence ending in a colon with nothing after it
	about := pipeline.Order{Rule: pipeline.RuleAboutDoc, Text: "طب والاسود؟"}
	if got := (view{Lang: Arabic}).Why(about); !strings.Contains(got, "«\u2068طب والاسود؟\u2069»") {
		t.Errorf("a question after a document: %q", got)
	}
	// a document asked for again: the number sent, the question asked
	// again before it was issued, or a person to find it
	for _, c := range []struct {
		o    pipeline.Order
		want string
	}{
		{pipeline.Order{Rule: pipeline.RuleDocAgain, Resent: "INV-7", Decision: pipeline.DecGreeting}, "INV-7"},
		{pipeline.Order{Rule: pipeline.RuleDocAgain, Decision: pipeline.DecAsk}, "قبل ما تطلع"},
		{pipeline.Order{Rule: pipeline.RuleDocAgain, Decision: pipeline.DecReview, NeedsStaff: true}, "دوّر عليه"},
	} {
		if got := (view{Lang: Arabic}).Why(c.o); !strings.Contains(got, c.want) || strings.Contains(got, "%!") {
			t.Errorf("document again (%s): %q", c.o.Decision, got)
		}
	}
	if got := (view{Lang: Arabic}).Why(pipeline.Order{Reason: "an older order's reason"}); got != "an older order's reason" {
		t.Errorf("an order with no rule: %q", got)
	}
}

// A message for staff that names no product (a question about a branch)
// shows in the review queue without an empty table of lines; an order's
// card keeps its table.
func TestOps_ReviewCardWithoutLines(t *testing.T) {
	e := newOpsEnv(t)
	secret := e.setup(t)
	e.text(t, opsCustomer, "عندكم فرع في اسكندرية؟")
	e.waitReview(t, 1)
	_, body := e.do(t, call{path: "/staff/review", secret: secret, lang: "en"})
	if !strings.Contains(body, "اسكندرية") || strings.Contains(body, `class="lines"`) {
		t.Fatalf("a card without lines should have no table:\n%s", body)
	}
	e.text(t, "201009876543", opsSeed)
	e.waitReview(t, 2)
	if _, body = e.do(t, call{path: "/staff/review", secret: secret, lang: "en"}); strings.Count(body, `class="lines"`) != 1 {
		t.Fatalf("the order's card should keep its table of lines:\n%s", body)
	}
}

// The order page in Arabic: a line asked beyond the stock is "more than in
// stock" (not "out of stock": some are), its unit and the order's history
// are in Arabic, not the store's English words.
func TestOps_OrderPageShortStockInArabic(t *testing.T) {
	e := newOpsEnv(t)
	secret := e.setup(t)
	e.text(t, opsCustomer, "عايز 5 ترابيزة سفرة زان")
	o := e.waitReview(t, 1)[0]
	_, body := e.do(t, call{path: "/staff/review/" + o.ID, secret: secret})
	for _, want := range []string{"الكمية أكبر من اللي في المخزن", "/ قطعة", "اتقرر"} {
		if !strings.Contains(body, want) {
			t.Errorf("the order page lacks %q", want)
		}
	}
	for _, not := range []string{"مش متاح في المخزن", "/ piece", "· decided"} {
		if strings.Contains(body, not) {
			t.Errorf("the order page says %q", not)
		}
	}
	if _, body = e.do(t, call{path: "/staff/review/" + o.ID, secret: secret, lang: "en"}); !strings.Contains(body, "more than in stock") || !strings.Contains(body, "/ piece") {
		t.Errorf("the English page should say 'more than in stock' and '/ piece'")
	}
}
