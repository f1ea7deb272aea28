package staff

import (
	"net/http"
	"net/url"
	"slices"
	"strings"

	"fatoora/appliance/invoice"
	"fatoora/appliance/pipeline"
)

// --- customers ---------------------------------------------------------------

type customersData struct {
	Customers []pipeline.CustomerView
	Next      string
}

func (u *UI) serveCustomers(w http.ResponseWriter, r *http.Request) {
	v := u.newView(r)
	page, err := u.opts.Pipeline.Customers(r.Context(), pipeline.Page{After: r.URL.Query().Get("after"), Limit: 50})
	if err != nil {
		u.docsFail(w, r, err)
		return
	}
	d := customersData{Customers: page.Customers}
	if page.Next != "" {
		d.Next = u.opts.Prefix + "/customers?" + url.Values{"after": {page.Next}}.Encode()
	}
	v.Data = d
	u.render(w, http.StatusOK, "customers", v)
}

type customerData struct {
	C                 pipeline.CustomerView
	Value             pipeline.Value
	Orders            []pipeline.Order
	MoreOrders        bool
	Docs              []invoice.Document
	MoreDocs          string // URL of the customer's full document list
	Tiers             []string
	Discount          map[string]string
	Notes             []pipeline.Note // newest first
	CanNote, CanPrice bool
}

// WaID is the customer's WhatsApp number (the key when unknown).
func (d customerData) WaID() string {
	if d.C.Customer.WaID != "" {
		return d.C.Customer.WaID
	}
	return d.C.Customer.Key
}

func (u *UI) serveCustomer(w http.ResponseWriter, r *http.Request) {
	v := u.newView(r)
	docsNotice(&v, r, "customer.done.")
	key := r.PathValue("key")
	ctx := r.Context()
	c, err := u.opts.Pipeline.Customer(ctx, key)
	if err != nil {
		u.docsFail(w, r, err)
		return
	}
	d := customerData{C: c, CanNote: v.User.Can("customers.edit"), CanPrice: v.User.Can("customers.pricing"), Discount: map[string]string{}}
	wa := d.WaID()
	if d.Value, err = u.opts.Pipeline.CustomerValue(ctx, wa); err != nil {
		u.docsFail(w, r, err)
		return
	}
	orders, err := u.opts.Pipeline.Orders(ctx, pipeline.OrderFilter{Customer: key, Page: pipeline.Page{Limit: 20}})
	if err != nil {
		u.docsFail(w, r, err)
		return
	}
	d.Orders, d.MoreOrders = orders.Orders, orders.Next != ""
	docs, err := u.opts.Pipeline.Documents(ctx, pipeline.DocumentFilter{Customer: wa, Page: pipeline.Page{Limit: 20}})
	if err != nil {
		u.docsFail(w, r, err)
		return
	}
	d.Docs = docs.Documents
	if docs.Next != "" {
		d.MoreDocs = u.opts.Prefix + "/documents?" + url.Values{"q": {wa}}.Encode()
	}
	for t, rate := range u.opts.Pipeline.BookConfig().Tiers {
		d.Tiers = append(d.Tiers, t)
		d.Discount[t] = rate.String()
	}
	slices.Sort(d.Tiers)
	d.Notes = slices.Clone(c.Conversation.Notes)
	slices.Reverse(d.Notes)
	v.Data = d
	u.render(w, http.StatusOK, "customer", v)
}

func (u *UI) customerBack(w http.ResponseWriter, r *http.Request, q url.Values) {
	http.Redirect(w, r, u.opts.Prefix+"/customers/"+url.PathEscape(r.PathValue("key"))+"?"+q.Encode(), http.StatusSeeOther)
}

// customerKnown answers 404 (and false) for a customer the box never heard from.
func (u *UI) customerKnown(w http.ResponseWriter, r *http.Request) bool {
	if _, err := u.opts.Pipeline.Customer(r.Context(), r.PathValue("key")); err != nil {
		u.docsFail(w, r, err)
		return false
	}
	return true
}

func (u *UI) handleNote(w http.ResponseWriter, r *http.Request) {
	if !parseForm(w, r) {
		u.customerBack(w, r, url.Values{"err": {"form"}})
		return
	}
	if !u.customerKnown(w, r) {
		return
	}
	err := u.opts.Pipeline.AddNote(r.Context(), r.PathValue("key"), actorName(r), r.PostForm.Get("note"))
	if err != nil {
		key, _ := docsErrKey(err)
		u.customerBack(w, r, url.Values{"err": {strings.TrimPrefix(key, "err.")}})
		return
	}
	u.record(r, "customer.note", r.PathValue("key"), "")
	u.customerBack(w, r, url.Values{"done": {"note"}})
}

func (u *UI) handleTier(w http.ResponseWriter, r *http.Request) {
	if !parseForm(w, r) {
		u.customerBack(w, r, url.Values{"err": {"form"}})
		return
	}
	if !u.customerKnown(w, r) {
		return
	}
	tier := strings.TrimSpace(r.PostForm.Get("tier"))
	if err := u.opts.Pipeline.SetTier(r.Context(), r.PathValue("key"), tier); err != nil {
		key, _ := docsErrKey(err)
		u.customerBack(w, r, url.Values{"err": {strings.TrimPrefix(key, "err.")}})
		return
	}
	u.record(r, "customer.tier", r.PathValue("key"), tier)
	u.customerBack(w, r, url.Values{"done": {"tier"}})
}
