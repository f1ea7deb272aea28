package staff

import (
	"net/http"
	"net/url"
	"slices"
	"strings"
	"time"

	"fatoora/appliance/access"
	"fatoora/appliance/pipeline"
)

// Conversations: one thread per customer (pipeline.Messages: messages in
// and out, with delivery statuses and the documents sent), a reply box
// (StaffReply, which pauses the bot in that conversation), and pause and
// resume (TakeOver, Resume).

type convItem struct {
	Key, Name, Phone string
	LastSeen         time.Time
	Conv             pipeline.Conversation
	Paused           bool
}

type convListData struct {
	Flagged bool
	Items   []convItem
	Next    string
}

type threadData struct {
	Item     convItem
	Messages []pipeline.ThreadMessage // oldest first
	Older    string                   // Page.After of the older page
}

// pausedNow reports whether the bot is silent in c at now.
func pausedNow(c pipeline.Conversation, now time.Time) bool { return c.PausedUntil.After(now) }

func (u *UI) serveConversations(w http.ResponseWriter, r *http.Request) {
	v := u.newView(r)
	q := r.URL.Query()
	d := convListData{Flagged: q.Get("flagged") == "1"}
	pg := pipeline.Page{After: q.Get("after"), Limit: 30}
	now := time.Now()
	if d.Flagged {
		page, err := u.opts.Pipeline.Conversations(r.Context(), pipeline.ConversationFilter{Flagged: true, Page: pg})
		if err != nil {
			u.fail(w, r, v, err)
			return
		}
		for _, c := range page.Conversations {
			it := convItem{Key: c.Customer, Conv: c, Paused: pausedNow(c, now)}
			if cv, err := u.opts.Pipeline.Customer(r.Context(), c.Customer); err == nil {
				it.Name, it.Phone, it.LastSeen = cv.Customer.Name, cv.Customer.WaID, cv.Customer.LastSeen
			}
			d.Items = append(d.Items, it)
		}
		d.Next = page.Next
	} else {
		page, err := u.opts.Pipeline.Customers(r.Context(), pg)
		if err != nil {
			u.fail(w, r, v, err)
			return
		}
		for _, cv := range page.Customers {
			d.Items = append(d.Items, convItem{Key: cv.Customer.Key, Name: cv.Customer.Name, Phone: cv.Customer.WaID,
				LastSeen: cv.Customer.LastSeen, Conv: cv.Conversation, Paused: pausedNow(cv.Conversation, now)})
		}
		d.Next = page.Next
	}
	v.Data = d
	u.render(w, http.StatusOK, "conversations", v)
}

func (u *UI) serveThread(w http.ResponseWriter, r *http.Request) {
	v := u.newView(r)
	key := r.PathValue("customer")
	cv, err := u.opts.Pipeline.Customer(r.Context(), key)
	if err != nil {
		u.fail(w, r, v, err)
		return
	}
	// Sends still in the outbox (a reply just written, a retry) close the
	// newest page, so staff see their reply at once. They are read before
	// the thread: a send that leaves the outbox between the two reads is
	// then in the thread (its sent record keeps the outbox key) and is
	// shown once, where reading the thread first could miss it in both.
	newest := r.URL.Query().Get("after") == ""
	var pend []pipeline.OutMessage
	if newest {
		if pend, err = u.opts.Pipeline.Outbox().Pending(); err != nil {
			u.fail(w, r, v, err)
			return
		}
	}
	page, err := u.opts.Pipeline.Messages(r.Context(), key, pipeline.Page{After: r.URL.Query().Get("after"), Limit: 40})
	if err != nil {
		u.fail(w, r, v, err)
		return
	}
	ms := page.Messages
	slices.Reverse(ms) // oldest first, as a chat reads
	if newest {
		shown := make(map[string]bool, len(ms))
		for _, m := range ms {
			if m.Direction == pipeline.Outbound {
				shown[m.ID] = true
			}
		}
		slices.SortFunc(pend, func(a, b pipeline.OutMessage) int { return a.CreatedAt.Compare(b.CreatedAt) })
		for _, m := range pend {
			if (m.To == cv.Customer.WaID || m.To == key) && !shown[m.Key] {
				ms = append(ms, pipeline.ThreadMessage{Direction: pipeline.Outbound, At: m.CreatedAt, ID: m.Key, Kind: m.Kind,
					Text: m.Body, Doc: m.Doc, OrderID: m.OrderID, Error: m.LastError})
			}
		}
	}
	d := threadData{Messages: ms, Older: page.Next, Item: convItem{Key: key, Name: cv.Customer.Name, Phone: cv.Customer.WaID,
		LastSeen: cv.Customer.LastSeen, Conv: cv.Conversation, Paused: pausedNow(cv.Conversation, time.Now())}}
	v.Notice = u.doneNotice(v.Lang, r.URL.Query())
	if r.URL.Query().Get("err") == "text" {
		v.Error = text(v.Lang, "review.err.text")
	}
	v.Data = d
	u.render(w, http.StatusOK, "thread", v)
}

func (u *UI) threadURL(key, q string) string {
	return u.opts.Prefix + "/conversations/" + url.PathEscape(key) + q
}

// convAction checks the form and that the customer exists.
func (u *UI) convAction(w http.ResponseWriter, r *http.Request) (pipeline.CustomerView, access.Actor, bool) {
	actor, _ := access.ActorFrom(r.Context())
	if !parseForm(w, r) {
		http.Error(w, text(langOf(r), "err.form"), http.StatusBadRequest)
		return pipeline.CustomerView{}, actor, false
	}
	cv, err := u.opts.Pipeline.Customer(r.Context(), r.PathValue("customer"))
	if err != nil {
		u.fail(w, r, u.newView(r), err)
		return cv, actor, false
	}
	return cv, actor, true
}

func (u *UI) handleConvReply(w http.ResponseWriter, r *http.Request) {
	cv, actor, ok := u.convAction(w, r)
	if !ok {
		return
	}
	key := cv.Customer.Key
	msg := strings.TrimSpace(r.PostForm.Get("text"))
	if msg == "" || len(msg) > 4096 {
		http.Redirect(w, r, u.threadURL(key, "?err=text#reply"), http.StatusSeeOther)
		return
	}
	to := cv.Customer.WaID
	if to == "" {
		to = key
	}
	if err := u.opts.Pipeline.StaffReply(u.recorded(r.Context(), actor.Entry("conversation.reply", key, clipText(msg, 200))), key, to, actor.User.Username, msg); err != nil {
		u.fail(w, r, u.newView(r), err)
		return
	}
	http.Redirect(w, r, u.threadURL(key, "?done=replied#reply"), http.StatusSeeOther)
}

func (u *UI) handleTakeOver(w http.ResponseWriter, r *http.Request) {
	cv, actor, ok := u.convAction(w, r)
	if !ok {
		return
	}
	if err := u.opts.Pipeline.TakeOver(u.recorded(r.Context(), actor.Entry("conversation.takeover", cv.Customer.Key, "")), cv.Customer.Key, actor.User.Username); err != nil {
		u.fail(w, r, u.newView(r), err)
		return
	}
	http.Redirect(w, r, u.threadURL(cv.Customer.Key, "?done=paused"), http.StatusSeeOther)
}

func (u *UI) handleResume(w http.ResponseWriter, r *http.Request) {
	cv, actor, ok := u.convAction(w, r)
	if !ok {
		return
	}
	if err := u.opts.Pipeline.Resume(u.recorded(r.Context(), actor.Entry("conversation.resume", cv.Customer.Key, "")), cv.Customer.Key); err != nil {
		u.fail(w, r, u.newView(r), err)
		return
	}
	http.Redirect(w, r, u.threadURL(cv.Customer.Key, "?done=resumed"), http.StatusSeeOther)
}
