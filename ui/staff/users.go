package staff

import (
	"net/http"
	"net/url"
	"strconv"

	"fatoora/appliance/access"
)

// --- users (owner) -------------------------------------------------------------

type usersData struct {
	Users       []access.User
	Roles       []access.Role
	Me          string
	MinPassword int
	// Form keeps what was typed into the add-user form after an error.
	Form struct {
		Username, Name string
		Role           access.Role
	}
}

func (u *UI) serveUsers(w http.ResponseWriter, r *http.Request) {
	v := u.newView(r)
	if key := "users.done." + r.URL.Query().Get("done"); r.URL.Query().Get("done") != "" {
		if _, ok := messages[key]; ok {
			v.Notice = textf(v.Lang, key, r.URL.Query().Get("user"))
		}
	}
	u.renderUsers(w, r, v, http.StatusOK, nil)
}

func (u *UI) renderUsers(w http.ResponseWriter, r *http.Request, v view, status int, form url.Values) {
	users, err := u.acc.Users()
	if err != nil {
		msg, st := u.errorText(v.Lang, err)
		http.Error(w, msg, st)
		return
	}
	actor, _ := access.ActorFrom(r.Context())
	d := usersData{Users: users, Roles: access.Roles, Me: actor.User.Username, MinPassword: u.acc.MinPassword()}
	d.Form.Role = access.RoleStaff
	if form != nil {
		d.Form.Username, d.Form.Name, d.Form.Role = form.Get("username"), form.Get("name"), access.Role(form.Get("role"))
	}
	v.Data = d
	u.render(w, status, "users", v)
}

// usersFail re-renders the users page with err above it.
func (u *UI) usersFail(w http.ResponseWriter, r *http.Request, err error, form url.Values) {
	v := u.newView(r)
	var status int
	v.Error, status = u.errorText(v.Lang, err)
	u.renderUsers(w, r, v, status, form)
}

func (u *UI) usersDone(w http.ResponseWriter, r *http.Request, done, user string) {
	http.Redirect(w, r, u.opts.Prefix+"/users?done="+done+"&user="+url.QueryEscape(user), http.StatusSeeOther)
}

func (u *UI) handleCreateUser(w http.ResponseWriter, r *http.Request) {
	if !parseForm(w, r) {
		u.usersFail(w, r, errForm, nil)
		return
	}
	f := r.PostForm
	if f.Get("password") != f.Get("password2") {
		u.usersFail(w, r, errConfirm, f)
		return
	}
	actor, _ := access.ActorFrom(r.Context())
	nu, err := u.acc.CreateUser(r.Context(), actor, access.NewUser{
		Username: f.Get("username"), Name: f.Get("name"), Role: access.Role(f.Get("role")), Password: f.Get("password"),
	})
	if err != nil {
		u.usersFail(w, r, err, f)
		return
	}
	u.usersDone(w, r, "created", nu.Username)
}

func (u *UI) handleUpdateUser(w http.ResponseWriter, r *http.Request) {
	if !parseForm(w, r) {
		u.usersFail(w, r, errForm, nil)
		return
	}
	f := r.PostForm
	var (
		role     *access.Role
		disabled *bool
		done     = "updated"
	)
	if f.Has("role") {
		x := access.Role(f.Get("role"))
		role = &x
	}
	if f.Has("disabled") {
		x, err := strconv.ParseBool(f.Get("disabled"))
		if err != nil {
			u.usersFail(w, r, errForm, nil)
			return
		}
		disabled = &x
		done = map[bool]string{true: "disabled", false: "enabled"}[x]
	}
	actor, _ := access.ActorFrom(r.Context())
	target := r.PathValue("user")
	if _, err := u.acc.UpdateUser(r.Context(), actor, target, role, nil, disabled); err != nil {
		u.usersFail(w, r, err, nil)
		return
	}
	u.usersDone(w, r, done, target)
}

func (u *UI) handleResetPassword(w http.ResponseWriter, r *http.Request) {
	if !parseForm(w, r) {
		u.usersFail(w, r, errForm, nil)
		return
	}
	f := r.PostForm
	if f.Get("password") != f.Get("password2") {
		u.usersFail(w, r, errConfirm, nil)
		return
	}
	actor, _ := access.ActorFrom(r.Context())
	target := r.PathValue("user")
	if target == actor.User.Username {
		// One's own password goes through the account page, with the current one.
		http.Redirect(w, r, u.opts.Prefix+"/account", http.StatusSeeOther)
		return
	}
	if err := u.acc.ResetPassword(r.Context(), actor, target, f.Get("password")); err != nil {
		u.usersFail(w, r, err, nil)
		return
	}
	u.usersDone(w, r, "password", target)
}

func (u *UI) handleRevokeAll(w http.ResponseWriter, r *http.Request) {
	actor, _ := access.ActorFrom(r.Context())
	target := r.PathValue("user")
	if _, err := u.acc.RevokeAll(actor, target); err != nil {
		u.usersFail(w, r, err, nil)
		return
	}
	if target == actor.User.Username {
		u.clearSessionCookie(w, r)
		http.Redirect(w, r, u.opts.Prefix+"/login", http.StatusSeeOther)
		return
	}
	u.usersDone(w, r, "signedout", target)
}

// Form problems the UI itself finds, worded like the store's input errors.
var (
	errForm    = &access.InputError{Field: "form", Code: "form", Msg: "the form could not be read"}
	errConfirm = &access.InputError{Field: "password2", Code: "confirm", Msg: "the two passwords differ"}
)

// --- audit log (owner, accountant) ---------------------------------------------

type auditData struct {
	Entries []access.Entry
	User    string
	Next    string // URL of the next (older) page, "" at the end
}

func (u *UI) serveAudit(w http.ResponseWriter, r *http.Request) {
	v := u.newView(r)
	q := r.URL.Query()
	before, err := strconv.ParseUint(q.Get("before"), 10, 64)
	if q.Get("before") != "" && err != nil {
		http.Error(w, text(v.Lang, "err.form"), http.StatusBadRequest)
		return
	}
	user := access.NormalizeUsername(q.Get("user"))
	entries, next, err := u.acc.Audit(access.AuditQuery{Before: before, Limit: 50, User: user})
	if err != nil {
		msg, st := u.errorText(v.Lang, err)
		http.Error(w, msg, st)
		return
	}
	d := auditData{Entries: entries, User: user}
	if next != 0 {
		nq := url.Values{"before": {strconv.FormatUint(next, 10)}}
		if user != "" {
			nq.Set("user", user)
		}
		d.Next = u.opts.Prefix + "/audit?" + nq.Encode()
	}
	v.Data = d
	u.render(w, http.StatusOK, "audit", v)
}

// Action names an audit action in the page's language; actions the
// catalogue does not know (those of later pages) show as recorded.
func (v view) Action(action string) string {
	if _, ok := messages["action."+action]; ok {
		return text(v.Lang, "action."+action)
	}
	return action
}
