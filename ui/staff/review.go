package staff

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"fatoora"
	"fatoora/appliance/access"
	"fatoora/appliance/pipeline"
	"fatoora/catalog"
)

// The review queue: the orders the box could not finish alone
// (pipeline.Orders with NeedsStaff). Staff read the message and what was
// understood, correct the lines with the catalog search beside them, then
// approve (pipeline.SetLines and Approve: the same pipeline issues and
// sends), answer by hand (StaffReply) or dismiss. Each action is in the
// order's own history with the username and in the staff log.

// maxLines bounds the lines a correction form may carry.
const maxLines = 50

// reviewLine is one line of an order as the review shows it.
type reviewLine struct {
	pipeline.Line
	Index      int
	Product    *catalog.Product  // the catalog's product for the SKU, if any
	Candidates []catalog.Product // other products it may be: the understander's choices, or catalog matches of the phrase
}

// reviewOrder is one order waiting for staff.
type reviewOrder struct {
	pipeline.Order
	Lines []reviewLine
}

type reviewListData struct {
	Orders []reviewOrder
	Next   string
}

type orderData struct {
	reviewOrder
	Query   string
	Results []catalog.Candidate
	// Document is the order's invoice or quote once it has one.
	Document string
}

// productOf finds a product by SKU in the catalog's index (nil if none).
func (u *UI) productOf(sku string) *catalog.Product {
	if sku == "" || u.opts.Catalog == nil {
		return nil
	}
	if p, ok := u.opts.Catalog.Index().Product(sku); ok {
		return &p
	}
	return nil
}

// reviewOf adds the products and candidates to an order's lines.
func (u *UI) reviewOf(ctx context.Context, o pipeline.Order, match bool) reviewOrder {
	ro := reviewOrder{Order: o}
	for i, l := range o.Lines {
		rl := reviewLine{Line: l, Index: i, Product: u.productOf(l.SKU)}
		for _, sku := range l.Choices {
			if p := u.productOf(sku); p != nil && sku != l.SKU {
				rl.Candidates = append(rl.Candidates, *p)
			}
		}
		if match && len(rl.Candidates) == 0 && l.Phrase != "" && u.opts.Catalog != nil && (l.SKU == "" || l.Confidence < 0.9) {
			cs, err := u.opts.Catalog.Index().Match(ctx, l.Phrase, catalog.Hints{Color: l.Color, DimsCM: l.DimsCM}, 4)
			if err == nil {
				for _, c := range cs {
					if c.Product.SKU != l.SKU {
						rl.Candidates = append(rl.Candidates, c.Product)
					}
				}
			}
		}
		ro.Lines = append(ro.Lines, rl)
	}
	return ro
}

func (u *UI) serveReview(w http.ResponseWriter, r *http.Request) {
	v := u.newView(r)
	page, err := u.opts.Pipeline.Orders(r.Context(), pipeline.OrderFilter{NeedsStaff: true,
		Page: pipeline.Page{After: r.URL.Query().Get("after"), Limit: 20}})
	if err != nil {
		u.fail(w, r, v, err)
		return
	}
	d := reviewListData{Next: page.Next}
	for _, o := range page.Orders {
		d.Orders = append(d.Orders, u.reviewOf(r.Context(), o, true))
	}
	v.Notice = u.doneNotice(v.Lang, r.URL.Query())
	v.Data = d
	u.render(w, http.StatusOK, "review", v)
}

// doneNotice is the line shown after an action redirected back.
func (u *UI) doneNotice(lang Lang, q url.Values) string {
	id, doc := q.Get("order"), q.Get("doc")
	switch q.Get("done") {
	case "approved":
		if doc != "" {
			return textf(lang, "review.done.approved_doc", id, doc)
		}
		return textf(lang, "review.done.approved", id)
	case "dismissed":
		return textf(lang, "review.done.dismissed", id)
	case "replied":
		return text(lang, "review.done.replied")
	case "saved":
		return text(lang, "review.done.saved")
	case "resumed":
		return text(lang, "conv.done.resumed")
	case "paused":
		return text(lang, "conv.done.paused")
	}
	return ""
}

func (u *UI) serveOrder(w http.ResponseWriter, r *http.Request) {
	v := u.newView(r)
	o, err := u.opts.Pipeline.Order(r.Context(), r.PathValue("id"))
	if err != nil {
		u.fail(w, r, v, err)
		return
	}
	d := orderData{reviewOrder: u.reviewOf(r.Context(), o, true), Query: strings.TrimSpace(r.URL.Query().Get("q"))}
	d.Document = o.Document
	if d.Document == "" {
		d.Document = o.Quote
	}
	if d.Query != "" {
		d.Results = u.search(r.Context(), d.Query)
	}
	v.Notice = u.doneNotice(v.Lang, r.URL.Query())
	if e := r.URL.Query().Get("err"); e != "" {
		v.Error = text(v.Lang, "review.err."+e)
	}
	v.Data = d
	u.render(w, http.StatusOK, "order", v)
}

// search is the inline catalog search: the catalog's matcher, as the box
// would read the words.
func (u *UI) search(ctx context.Context, q string) []catalog.Candidate {
	if u.opts.Catalog == nil || len(q) > 200 {
		return nil
	}
	cs, err := u.opts.Catalog.Index().Match(ctx, q, catalog.Hints{}, 8)
	if err != nil {
		u.log.Warn("catalog search", "err", err)
		return nil
	}
	return cs
}

// serveSearch answers the search box's htmx request with the results
// alone (the search fragment), or the whole order page without htmx.
func (u *UI) serveSearch(w http.ResponseWriter, r *http.Request) {
	if r.Header.Get("HX-Request") != "true" {
		http.Redirect(w, r, u.opts.Prefix+"/review/"+url.PathEscape(r.PathValue("id"))+"?q="+url.QueryEscape(r.URL.Query().Get("q"))+"#search", http.StatusSeeOther)
		return
	}
	v := u.newView(r)
	o, err := u.opts.Pipeline.Order(r.Context(), r.PathValue("id"))
	if err != nil {
		u.fail(w, r, v, err)
		return
	}
	q := strings.TrimSpace(r.URL.Query().Get("q"))
	d := orderData{reviewOrder: reviewOrder{Order: o}, Query: q}
	if q != "" {
		d.Results = u.search(r.Context(), q)
	}
	v.Data = d
	u.render(w, http.StatusOK, "search", v)
}

// linesFromForm reads the correction form: sku, qty and color, one of each
// per line, in order; a line whose SKU is emptied is removed. A line that
// keeps its SKU keeps what the understander recorded of it (the phrase,
// the dimensions).
func (u *UI) linesFromForm(o pipeline.Order, f url.Values) ([]pipeline.Line, string) {
	skus, qtys, colors := f["sku"], f["qty"], f["color"]
	if len(skus) > maxLines || len(qtys) != len(skus) || len(colors) != len(skus) {
		return nil, "form"
	}
	var out []pipeline.Line
	for i, sku := range skus {
		sku = strings.TrimSpace(sku)
		if sku == "" {
			continue
		}
		p := u.productOf(sku)
		if p == nil {
			return nil, "sku"
		}
		q, err := catalog.ParseMilli(strings.TrimSpace(qtys[i]))
		if err != nil || q <= 0 {
			return nil, "qty"
		}
		l := pipeline.Line{SKU: p.SKU, Name: p.NameAr, Unit: p.Unit, Quantity: q, Color: strings.TrimSpace(colors[i]), Confidence: 1}
		if i < len(o.Lines) && o.Lines[i].SKU == sku {
			l.Phrase, l.DimsCM = o.Lines[i].Phrase, o.Lines[i].DimsCM
		}
		out = append(out, l)
	}
	if len(out) == 0 {
		return nil, "empty"
	}
	return out, ""
}

func sameLines(a, b []pipeline.Line) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].SKU != b[i].SKU || a[i].Quantity != b[i].Quantity || a[i].Color != b[i].Color || a[i].Problem != "" {
			return false
		}
	}
	return true
}

// orderAction loads the order of a review action and reads its form; on a
// problem it has answered.
func (u *UI) orderAction(w http.ResponseWriter, r *http.Request) (pipeline.Order, access.Actor, bool) {
	actor, _ := access.ActorFrom(r.Context())
	if !parseForm(w, r) {
		http.Error(w, text(langOf(r), "err.form"), http.StatusBadRequest)
		return pipeline.Order{}, actor, false
	}
	o, err := u.opts.Pipeline.Order(r.Context(), r.PathValue("id"))
	if err != nil {
		u.fail(w, r, u.newView(r), err)
		return o, actor, false
	}
	return o, actor, true
}

func (u *UI) orderURL(id string, q string) string {
	return u.opts.Prefix + "/review/" + url.PathEscape(id) + q
}

// handleLines saves corrected lines (and, with add=SKU, adds a product
// from the search); the order keeps waiting for approval.
func (u *UI) handleLines(w http.ResponseWriter, r *http.Request) {
	o, actor, ok := u.orderAction(w, r)
	if !ok {
		return
	}
	var lines []pipeline.Line
	var problem string
	if _, has := r.PostForm["sku"]; has {
		lines, problem = u.linesFromForm(o, r.PostForm)
	} else { // a search result's "add" alone: keep the lines as they are
		lines = slices.Clone(o.Lines)
	}
	if add := strings.TrimSpace(r.PostForm.Get("add")); add != "" {
		p := u.productOf(add)
		if p == nil {
			problem = "sku"
		} else {
			if problem == "empty" {
				lines, problem = nil, ""
			}
			lines = append(lines, pipeline.Line{SKU: p.SKU, Name: p.NameAr, Unit: p.Unit, Quantity: catalog.One, Confidence: 1})
		}
	} else if len(lines) == 0 && problem == "" {
		problem = "empty"
	}
	if problem != "" {
		http.Redirect(w, r, u.orderURL(o.ID, "?err="+problem), http.StatusSeeOther)
		return
	}
	if err := u.setLines(r.Context(), actor, o, lines); err != nil {
		u.fail(w, r, u.newView(r), err)
		return
	}
	http.Redirect(w, r, u.orderURL(o.ID, "?done=saved"), http.StatusSeeOther)
}

func (u *UI) setLines(ctx context.Context, actor access.Actor, o pipeline.Order, lines []pipeline.Line) error {
	var b strings.Builder
	for i, l := range lines {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%s×%s", l.SKU, l.Quantity)
	}
	return u.opts.Pipeline.SetLines(u.recorded(ctx, actor.Entry("order.lines", o.ID, b.String())), o.ID, actor.User.Username, lines)
}

// handleApprove saves the lines as corrected and approves the order: the
// pipeline decides again and issues and sends what it decides.
func (u *UI) handleApprove(w http.ResponseWriter, r *http.Request) {
	o, actor, ok := u.orderAction(w, r)
	if !ok {
		return
	}
	if _, has := r.PostForm["sku"]; has {
		lines, problem := u.linesFromForm(o, r.PostForm)
		if problem != "" {
			http.Redirect(w, r, u.orderURL(o.ID, "?err="+problem), http.StatusSeeOther)
			return
		}
		if !sameLines(lines, o.Lines) {
			if err := u.setLines(r.Context(), actor, o, lines); err != nil {
				u.fail(w, r, u.newView(r), err)
				return
			}
		}
	}
	err := u.opts.Pipeline.Approve(u.recorded(r.Context(), actor.Entry("order.approve", o.ID, "")), o.ID, actor.User.Username)
	if errors.Is(err, pipeline.ErrNotReviewable) {
		http.Redirect(w, r, u.orderURL(o.ID, "?err=not_reviewable"), http.StatusSeeOther)
		return
	}
	if err != nil {
		u.fail(w, r, u.newView(r), err)
		return
	}
	after, _ := u.opts.Pipeline.Order(r.Context(), o.ID)
	q := url.Values{"done": {"approved"}, "order": {o.ID}}
	if after.Document != "" {
		q.Set("doc", after.Document)
	} else if after.Quote != "" {
		q.Set("doc", after.Quote)
	}
	http.Redirect(w, r, u.opts.Prefix+"/review?"+q.Encode(), http.StatusSeeOther)
}

// handleOrderReply answers the customer by hand (the bot pauses in that
// conversation) and takes the order out of the queue.
func (u *UI) handleOrderReply(w http.ResponseWriter, r *http.Request) {
	o, actor, ok := u.orderAction(w, r)
	if !ok {
		return
	}
	msg := strings.TrimSpace(r.PostForm.Get("text"))
	if msg == "" || len(msg) > 4096 {
		http.Redirect(w, r, u.orderURL(o.ID, "?err=text"), http.StatusSeeOther)
		return
	}
	if err := u.opts.Pipeline.StaffReply(u.recorded(r.Context(), actor.Entry("order.reply", o.ID, clipText(msg, 200))), o.Customer, o.To, actor.User.Username, msg); err != nil {
		u.fail(w, r, u.newView(r), err)
		return
	}
	if err := u.opts.Pipeline.Dismiss(r.Context(), o.ID, actor.User.Username, "answered by hand"); err != nil {
		u.fail(w, r, u.newView(r), err)
		return
	}
	http.Redirect(w, r, u.opts.Prefix+"/review?done=replied&order="+url.QueryEscape(o.ID), http.StatusSeeOther)
}

func (u *UI) handleDismiss(w http.ResponseWriter, r *http.Request) {
	o, actor, ok := u.orderAction(w, r)
	if !ok {
		return
	}
	note := clipText(strings.TrimSpace(r.PostForm.Get("note")), 500)
	if err := u.opts.Pipeline.Dismiss(u.recorded(r.Context(), actor.Entry("order.dismiss", o.ID, note)), o.ID, actor.User.Username, note); err != nil {
		u.fail(w, r, u.newView(r), err)
		return
	}
	http.Redirect(w, r, u.opts.Prefix+"/review?done=dismissed&order="+url.QueryEscape(o.ID), http.StatusSeeOther)
}

// recorded returns ctx carrying the staff-log entry of one pipeline
// action: the pipeline writes it (access.Store.RecordIn) in the
// transaction that commits the action, so both happen or neither does.
func (u *UI) recorded(ctx context.Context, e access.Entry) context.Context {
	return pipeline.WithRecord(ctx, u.acc.RecordIn(e))
}

// fail answers an error of the pipeline: 404 for what does not exist,
// else a 500 page (logged).
func (u *UI) fail(w http.ResponseWriter, r *http.Request, v view, err error) {
	if errors.Is(err, fatoora.ErrNotFound) {
		v.Data = errorPage{Title: "err.notfound.title", Body: text(v.Lang, "err.notfound.body")}
		u.render(w, http.StatusNotFound, "error", v)
		return
	}
	if errors.Is(err, context.Canceled) {
		return
	}
	u.log.Error("staff page", "path", r.URL.Path, "err", err)
	v.Data = errorPage{Title: "err.internal.title", Body: text(v.Lang, "err.internal")}
	u.render(w, http.StatusInternalServerError, "error", v)
}

// clipText cuts s to at most n bytes on a character boundary.
func clipText(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8Start(s[n]) {
		n--
	}
	return s[:n] + "…"
}

func utf8Start(b byte) bool { return b&0xC0 != 0x80 }

// percent prints a confidence as a whole percentage.
func percent(f float64) string { return strconv.Itoa(int(f*100+0.5)) + "%" }

// since is how long ago t was, roughly, in lang.
func since(lang Lang, now, t time.Time) string {
	d := now.Sub(t)
	switch {
	case d < time.Minute:
		return text(lang, "ago.now")
	case d < time.Hour:
		return textf(lang, "ago.minutes", int(d.Minutes()))
	case d < 48*time.Hour:
		return textf(lang, "ago.hours", int(d.Hours()))
	}
	return textf(lang, "ago.days", int(d.Hours()/24))
}
