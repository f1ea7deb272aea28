package staff

import (
	"context"
	"errors"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"fatoora/appliance/access"
	"fatoora/sync/hqsync"
)

// Head office's refusals: documents and payments head office refused for
// good (rejected as malformed, or a conflict: it holds the same key with
// another body). They wait in the box's outbox/hq_rejected, are never sent
// again on their own, and make /healthz degraded until staff act here:
//
//	GET  /staff/hq                  the refused items: number, what, reason, when   (hq.rejections)
//	POST /staff/hq/{seq}/retry      send it again with the next batch               (hq.rejections)
//	POST /staff/hq/{seq}/dismiss    drop it for good, note=                         (hq.rejections)
//
// Mounted when head-office sync is attached (Options.HQ); both actions
// commit with their staff-log entry. The dashboard links here with the
// count when there is one.

// HQRejections is head-office sync's refused items (sync/hqsync.Forwarder).
type HQRejections interface {
	// Rejections lists them, oldest first.
	Rejections() ([]hqsync.Rejection, error)
	// Requeue and Dismiss act on one; the record in ctx
	// (pipeline.WithRecord) commits with the change. An unknown seq is
	// hqsync.ErrNoRejection.
	Requeue(ctx context.Context, seq uint64) error
	Dismiss(ctx context.Context, seq uint64) error
}

func init() { pageNames = append(pageNames, "hq") }

// hqDynamic are the keys this page builds at run time (see dynKey).
var hqDynamic = []dynKey{
	{Key: "action.hq.retry"}, {Key: "action.hq.dismiss"}, {Key: "hq.done.retried"}, {Key: "hq.done.dismissed"},
	{Key: "hq.status.rejected"}, {Key: "hq.status.conflict"}, {Key: "err.hq.gone"},
}

func (u *UI) hqRoutes(mux *http.ServeMux, signedIn func(access.Permission, http.HandlerFunc) http.Handler) {
	p := u.opts.Prefix
	on := func(h http.HandlerFunc) http.HandlerFunc { return u.needs(u.opts.HQ != nil, h) }
	mux.Handle("GET "+p+"/hq", signedIn(access.PermHQ, on(u.serveHQ)))
	mux.Handle("POST "+p+"/hq/{seq}/retry", signedIn(access.PermHQ, on(u.handleHQRetry)))
	mux.Handle("POST "+p+"/hq/{seq}/dismiss", signedIn(access.PermHQ, on(u.handleHQDismiss)))
}

// hqRow is one refused item as the page shows it.
type hqRow struct {
	hqsync.Rejection
	What   string // the document's kind, or its payment
	Status string // message key of the status
}

func (u *UI) serveHQ(w http.ResponseWriter, r *http.Request) {
	v := u.newView(r)
	docsNotice(&v, r, "hq.done.")
	rs, err := u.opts.HQ.Rejections()
	if err != nil {
		u.log.Error("hq rejections", "err", err)
		v.Error = text(v.Lang, "err.internal")
	}
	rows := make([]hqRow, 0, len(rs))
	for _, x := range rs {
		row := hqRow{Rejection: x, What: text(v.Lang, "doc.kind."+string(x.Entry.Kind)), Status: "hq.status.rejected"}
		if x.Entry.Event != "" {
			row.What = text(v.Lang, "doc.event."+string(x.Entry.Event)) + " · " + row.What
		}
		if x.Status == "conflict" {
			row.Status = "hq.status.conflict"
		}
		rows = append(rows, row)
	}
	v.Data = rows
	u.render(w, http.StatusOK, "hq", v)
}

// hqAct runs one action on the item of the request's {seq}, with its
// staff-log entry (target: the document number; detail: what head office
// said, and the note).
func (u *UI) hqAct(w http.ResponseWriter, r *http.Request, action, done string, act func(context.Context, uint64) error) {
	back := u.opts.Prefix + "/hq"
	if !parseForm(w, r) {
		http.Redirect(w, r, back+"?err=form", http.StatusSeeOther)
		return
	}
	seq, err := strconv.ParseUint(r.PathValue("seq"), 10, 64)
	if err != nil {
		http.Redirect(w, r, back+"?err=hq.gone", http.StatusSeeOther)
		return
	}
	rs, err := u.opts.HQ.Rejections()
	if err != nil {
		u.fail(w, r, u.newView(r), err)
		return
	}
	var item *hqsync.Rejection
	for i := range rs {
		if rs[i].Seq == seq {
			item = &rs[i]
		}
	}
	if item == nil {
		http.Redirect(w, r, back+"?err=hq.gone", http.StatusSeeOther)
		return
	}
	actor, _ := access.ActorFrom(r.Context())
	detail := item.Status + ": " + item.Reason
	if note := clipText(strings.TrimSpace(r.PostForm.Get("note")), 500); note != "" {
		detail += " · " + note
	}
	target := item.Entry.Number
	if item.Entry.Event != "" {
		target += " (" + string(item.Entry.Event) + ")"
	}
	err = act(u.recorded(r.Context(), actor.Entry(action, target, detail)), seq)
	switch {
	case errors.Is(err, hqsync.ErrNoRejection):
		http.Redirect(w, r, back+"?err=hq.gone", http.StatusSeeOther)
	case err != nil:
		u.fail(w, r, u.newView(r), err)
	default:
		http.Redirect(w, r, back+"?done="+done+"&ref="+url.QueryEscape(item.Entry.Number), http.StatusSeeOther)
	}
}

func (u *UI) handleHQRetry(w http.ResponseWriter, r *http.Request) {
	u.hqAct(w, r, "hq.retry", "retried", u.opts.HQ.Requeue)
}

func (u *UI) handleHQDismiss(w http.ResponseWriter, r *http.Request) {
	u.hqAct(w, r, "hq.dismiss", "dismissed", u.opts.HQ.Dismiss)
}
