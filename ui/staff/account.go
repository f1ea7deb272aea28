package staff

import (
	"errors"
	"net/http"
	"sort"

	"fatoora/appliance/access"
)

type homeData struct {
	Can []string // permission message keys
}

func (u *UI) serveHome(w http.ResponseWriter, r *http.Request) {
	v := u.newView(r)
	var d homeData
	for _, p := range access.Permissions {
		if v.User.Can(p) {
			d.Can = append(d.Can, "perm."+string(p))
		}
	}
	v.Data = d
	u.render(w, http.StatusOK, "home", v)
}

type accountData struct {
	Sessions    []access.Session
	Current     string // this request's session ID
	MinPassword int
}

func (u *UI) serveAccount(w http.ResponseWriter, r *http.Request) {
	v := u.newView(r)
	switch r.URL.Query().Get("done") {
	case "password":
		v.Notice = text(v.Lang, "account.password_done")
	case "revoked":
		v.Notice = text(v.Lang, "account.revoked")
	}
	u.renderAccount(w, r, v, http.StatusOK)
}

func (u *UI) renderAccount(w http.ResponseWriter, r *http.Request, v view, status int) {
	actor, _ := access.ActorFrom(r.Context())
	sessions, err := u.acc.Sessions(actor, actor.User.Username)
	if err != nil {
		msg, st := u.errorText(v.Lang, err)
		http.Error(w, msg, st)
		return
	}
	// This device first, then the others by last use.
	sort.SliceStable(sessions, func(i, j int) bool { return sessions[i].ID == actor.Session && sessions[j].ID != actor.Session })
	v.Data = accountData{Sessions: sessions, Current: actor.Session, MinPassword: u.acc.MinPassword()}
	u.render(w, status, "account", v)
}

func (u *UI) handlePassword(w http.ResponseWriter, r *http.Request) {
	v := u.newView(r)
	if !parseForm(w, r) {
		v.Error = text(v.Lang, "err.form")
		u.renderAccount(w, r, v, http.StatusBadRequest)
		return
	}
	f := r.PostForm
	if f.Get("password") != f.Get("password2") {
		v.Error = text(v.Lang, "err.confirm")
		u.renderAccount(w, r, v, http.StatusBadRequest)
		return
	}
	actor, _ := access.ActorFrom(r.Context())
	sess, secret, err := u.acc.ChangePassword(r.Context(), actor, f.Get("current"), f.Get("password"))
	if err != nil {
		var status int
		v.Error, status = u.errorText(v.Lang, err)
		u.renderAccount(w, r, v, status)
		return
	}
	u.setSessionCookie(w, r, secret, sess.Expires)
	http.Redirect(w, r, u.opts.Prefix+"/account?done=password", http.StatusSeeOther)
}

func (u *UI) handleRevoke(w http.ResponseWriter, r *http.Request) {
	actor, _ := access.ActorFrom(r.Context())
	err := u.acc.RevokeSession(actor, actor.User.Username, r.PathValue("id"))
	if errors.Is(err, access.ErrNotFound) {
		http.Redirect(w, r, u.opts.Prefix+"/account", http.StatusSeeOther)
		return
	}
	if err != nil {
		msg, status := u.errorText(langOf(r), err)
		http.Error(w, msg, status)
		return
	}
	http.Redirect(w, r, u.opts.Prefix+"/account?done=revoked", http.StatusSeeOther)
}

func (u *UI) serveNotFound(w http.ResponseWriter, r *http.Request) {
	v := u.newView(r)
	v.Data = errorPage{Title: "err.notfound.title", Body: text(v.Lang, "err.notfound.body")}
	u.render(w, http.StatusNotFound, "error", v)
}
