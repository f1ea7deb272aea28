package staff

import (
	"net/http"
	"time"

	"fatoora/appliance/access"
	"fatoora/appliance/pipeline"
	"fatoora/ui/web"
)

// The shop-floor pages: the dashboard, the review queue and the
// conversations. Their routes, under the prefix, mounted only when the
// box's pipeline is attached (Options.Pipeline):
//
//	GET  /staff/                                  dashboard (replaces the home page)     (dashboard.view)
//	GET  /staff/api/live                          websocket: the dashboard when it changes (dashboard.view)
//	GET  /staff/review                            orders waiting for staff, ?after=       (review.work)
//	GET  /staff/review/{id}                       one order: correct lines, ?q= search    (review.work)
//	GET  /staff/review/{id}/search?q=             catalog search results (htmx fragment)  (review.work)
//	POST /staff/review/{id}/lines                 save corrected lines, or add=SKU        (review.work)
//	POST /staff/review/{id}/approve               save lines and approve: issue and send  (review.work)
//	POST /staff/review/{id}/reply                 answer by hand, out of the queue        (review.work)
//	POST /staff/review/{id}/dismiss               out of the queue with a note            (review.work)
//	GET  /staff/conversations                     customers, latest first, ?flagged=1     (conversations.work)
//	GET  /staff/conversations/{customer}          the thread, in and out, with statuses   (conversations.work)
//	POST /staff/conversations/{customer}/reply    send a reply (pauses the bot there)     (conversations.work)
//	POST /staff/conversations/{customer}/takeover pause the bot                           (conversations.work)
//	POST /staff/conversations/{customer}/resume   let the bot answer again, clear the flag (conversations.work)
//
// A document's PDF is linked at /staff/documents/{number}/pdf (the
// documents pages own that route).
func (u *UI) opsRoutes(mux *http.ServeMux) {
	if u.opts.Pipeline == nil {
		return
	}
	u.live.u = u
	p := u.opts.Prefix
	signedIn := func(perm access.Permission, h http.HandlerFunc) http.Handler {
		return secure(web.CrossOrigin(u.RequireSession(perm)(h)))
	}
	mux.Handle("GET "+p+"/api/live", signedIn(access.PermDashboard, u.serveLive))
	mux.Handle("GET "+p+"/review", signedIn(access.PermReview, u.serveReview))
	mux.Handle("GET "+p+"/review/{id}", signedIn(access.PermReview, u.serveOrder))
	mux.Handle("GET "+p+"/review/{id}/search", signedIn(access.PermReview, u.serveSearch))
	mux.Handle("POST "+p+"/review/{id}/lines", signedIn(access.PermReview, u.handleLines))
	mux.Handle("POST "+p+"/review/{id}/approve", signedIn(access.PermReview, u.handleApprove))
	mux.Handle("POST "+p+"/review/{id}/reply", signedIn(access.PermReview, u.handleOrderReply))
	mux.Handle("POST "+p+"/review/{id}/dismiss", signedIn(access.PermReview, u.handleDismiss))
	mux.Handle("GET "+p+"/conversations", signedIn(access.PermConversations, u.serveConversations))
	mux.Handle("GET "+p+"/conversations/{customer}", signedIn(access.PermConversations, u.serveThread))
	mux.Handle("POST "+p+"/conversations/{customer}/reply", signedIn(access.PermConversations, u.handleConvReply))
	mux.Handle("POST "+p+"/conversations/{customer}/takeover", signedIn(access.PermConversations, u.handleTakeOver))
	mux.Handle("POST "+p+"/conversations/{customer}/resume", signedIn(access.PermConversations, u.handleResume))
}

// opsPages are the templates of these pages (see pageNames).
var opsPages = []string{"conversations", "dashboard", "order", "review", "search", "thread"}

func init() { pageNames = append(pageNames, opsPages...) }

// Pct prints a confidence (0..1) as a whole percentage.
func (v view) Pct(f float64) string { return percent(f) }

// Ago says how long ago t was.
func (v view) Ago(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return since(v.Lang, time.Now(), t)
}

// DocPDF is the link to a document's PDF.
func (v view) DocPDF(number string) string { return v.Prefix + "/documents/" + number + "/pdf" }

// SendStatus names a thread message's delivery state: Meta's last status,
// "accepted" for a send WhatsApp took without a status yet, "pending" for
// one still in the outbox.
func (v view) SendStatus(m pipeline.ThreadMessage) string {
	switch {
	case m.Status != "":
		return m.Status
	case m.WAMID != "":
		return "accepted"
	}
	return "pending"
}

// Can reports whether the signed-in user holds permission p (for links to
// pages of other permissions).
func (v view) Can(p string) bool { return v.User != nil && v.User.Can(access.Permission(p)) }
