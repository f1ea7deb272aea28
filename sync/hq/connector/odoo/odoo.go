// Package odoo pushes head office's invoices and credit notes into Odoo as
// customer invoices (account.move, move_type out_invoice) and refunds
// (out_refund) over Odoo's external JSON-RPC API: POST {url}/jsonrpc with
// service "common" (login) and service "object" (execute_kw).
//
// Idempotency is by reference: every move carries ref = "<box id>/<number>",
// and Push searches for it before it creates anything. Run one pusher per
// Odoo database (several fatoora-hq processes must not all push: a search
// and a create are two calls, not one transaction). The customer is found
// by name in res.partner, or created.
//
// Amounts: each line is pushed with its quantity and its net unit price
// (net ÷ quantity, as Odoo rounds it); VAT comes from the tax configured in
// Odoo (Options.TaxID), so Odoo's totals match the box's to its rounding.
package odoo

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"fatoora/sync/hq/connector"
	"fatoora/sync/hqwire"
)

// Options configure the connector.
type Options struct {
	// URL is Odoo's base URL, e.g. https://acme.odoo.com.
	URL string
	// DB, User and Password log in (Password may be an API key).
	DB, User, Password string
	// TaxID, when set, is the account.tax put on every line (e.g. VAT 14%).
	TaxID int
	// Client makes the calls (default: 30 s timeout).
	Client *http.Client
}

// Validate reports missing options.
func (o *Options) Validate() error {
	var errs []error
	if u, err := url.Parse(o.URL); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		errs = append(errs, fmt.Errorf("odoo: URL %q is not an http(s) URL", o.URL))
	}
	if o.DB == "" || o.User == "" || o.Password == "" {
		errs = append(errs, errors.New("odoo: DB, User and Password are required"))
	}
	return errors.Join(errs...)
}

// Error is Odoo's JSON-RPC error envelope.
type Error struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
	Data    struct {
		Name    string `json:"name"`
		Message string `json:"message"`
		Debug   string `json:"debug"`
	} `json:"data"`
}

func (e *Error) Error() string {
	msg := e.Data.Message
	if msg == "" {
		msg = e.Message
	}
	return fmt.Sprintf("odoo: %s: %s", e.Data.Name, msg)
}

// ErrLogin: Odoo refused the user and password.
var ErrLogin = errors.New("odoo: login refused (check the database, user and password or API key)")

// Connector is the Odoo connector.
type Connector struct {
	opts Options
	ids  atomic.Int64
	mu   sync.Mutex
	uid  int
}

var _ connector.Connector = (*Connector)(nil)

// New validates opts.
func New(opts Options) (*Connector, error) {
	if err := opts.Validate(); err != nil {
		return nil, err
	}
	if opts.Client == nil {
		opts.Client = &http.Client{Timeout: 30 * time.Second}
	}
	opts.URL = strings.TrimRight(opts.URL, "/")
	return &Connector{opts: opts}, nil
}

// Name is "odoo".
func (c *Connector) Name() string { return "odoo" }

// call makes one JSON-RPC call.
func (c *Connector) call(ctx context.Context, service, method string, args ...any) (json.RawMessage, error) {
	id := c.ids.Add(1)
	body, err := json.Marshal(map[string]any{
		"jsonrpc": "2.0", "method": "call", "id": id,
		"params": map[string]any{"service": service, "method": method, "args": args},
	})
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.opts.URL+"/jsonrpc", bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := c.opts.Client.Do(req)
	if err != nil {
		return nil, fmt.Errorf("odoo: %w", err)
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(io.LimitReader(resp.Body, 8<<20))
	if err != nil {
		return nil, fmt.Errorf("odoo: read answer: %w", err)
	}
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("odoo: HTTP %d", resp.StatusCode)
	}
	var r struct {
		ID     int64           `json:"id"`
		Result json.RawMessage `json:"result"`
		Error  *Error          `json:"error"`
	}
	if err := json.Unmarshal(data, &r); err != nil {
		return nil, fmt.Errorf("odoo: decode answer: %w", err)
	}
	if r.Error != nil {
		return nil, r.Error
	}
	if r.ID != id {
		return nil, fmt.Errorf("odoo: answer to call %d, want %d", r.ID, id)
	}
	return r.Result, nil
}

func (c *Connector) login(ctx context.Context) (int, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.uid != 0 {
		return c.uid, nil
	}
	res, err := c.call(ctx, "common", "login", c.opts.DB, c.opts.User, c.opts.Password)
	if err != nil {
		return 0, err
	}
	var uid int
	if json.Unmarshal(res, &uid) != nil || uid == 0 { // false when refused
		return 0, ErrLogin
	}
	c.uid = uid
	return uid, nil
}

// ExecuteKW calls a model's method: execute_kw(db, uid, password, model,
// method, args, kwargs).
func (c *Connector) ExecuteKW(ctx context.Context, model, method string, args []any, kw map[string]any) (json.RawMessage, error) {
	uid, err := c.login(ctx)
	if err != nil {
		return nil, err
	}
	if kw == nil {
		kw = map[string]any{}
	}
	res, err := c.call(ctx, "object", "execute_kw", c.opts.DB, uid, c.opts.Password, model, method, args, kw)
	var oe *Error
	if errors.As(err, &oe) && strings.Contains(oe.Data.Name, "AccessDenied") {
		c.mu.Lock()
		c.uid = 0 // the key was revoked or changed: log in again next time
		c.mu.Unlock()
	}
	return res, err
}

func (c *Connector) searchOne(ctx context.Context, model string, domain []any) (int, error) {
	res, err := c.ExecuteKW(ctx, model, "search", []any{domain}, map[string]any{"limit": 1})
	if err != nil {
		return 0, err
	}
	var ids []int
	if err := json.Unmarshal(res, &ids); err != nil {
		return 0, fmt.Errorf("odoo: %s search answer: %w", model, err)
	}
	if len(ids) == 0 {
		return 0, nil
	}
	return ids[0], nil
}

func (c *Connector) create(ctx context.Context, model string, vals map[string]any) (int, error) {
	res, err := c.ExecuteKW(ctx, model, "create", []any{vals}, nil)
	if err != nil {
		return 0, err
	}
	var id int
	if err := json.Unmarshal(res, &id); err != nil {
		var ids []int // newer Odoo versions answer a list for a list of vals
		if json.Unmarshal(res, &ids) != nil || len(ids) != 1 {
			return 0, fmt.Errorf("odoo: %s create answer %s", model, res)
		}
		id = ids[0]
	}
	return id, nil
}

// Push creates d as a customer invoice (or refund for a credit note)
// unless a move with its reference exists.
func (c *Connector) Push(ctx context.Context, d connector.Document) (string, error) {
	moveType := "out_invoice"
	if d.Kind == hqwire.KindCreditNote {
		moveType = "out_refund"
	}
	id, err := c.searchOne(ctx, "account.move", []any{[]any{"ref", "=", d.Ref}, []any{"move_type", "=", moveType}})
	if err != nil {
		return "", err
	}
	if id != 0 {
		return strconv.Itoa(id), nil
	}
	name := d.Customer
	if name == "" {
		name = "عميل واتساب " + d.WaID
	}
	partner, err := c.searchOne(ctx, "res.partner", []any{[]any{"name", "=", name}})
	if err != nil {
		return "", err
	}
	if partner == 0 {
		vals := map[string]any{"name": name, "customer_rank": 1}
		if d.WaID != "" {
			vals["mobile"] = "+" + d.WaID
		}
		if partner, err = c.create(ctx, "res.partner", vals); err != nil {
			return "", err
		}
	}
	var lines []any
	for _, l := range d.Lines {
		q := float64(l.Quantity) / 1000
		if q <= 0 {
			q = 1
		}
		line := map[string]any{"name": l.Name + " (" + l.SKU + ")", "quantity": q, "price_unit": float64(l.Net) / 100 / q}
		if c.opts.TaxID != 0 {
			line["tax_ids"] = []any{[]any{6, 0, []int{c.opts.TaxID}}}
		}
		lines = append(lines, []any{0, 0, line})
	}
	if len(lines) == 0 { // a document without lines: one line with its net
		lines = append(lines, []any{0, 0, map[string]any{"name": d.Number, "quantity": 1, "price_unit": float64(d.Net) / 100}})
	}
	vals := map[string]any{
		"move_type": moveType, "ref": d.Ref, "partner_id": partner,
		"invoice_date": d.IssuedAt.Format(time.DateOnly), "invoice_line_ids": lines,
		"narration": fmt.Sprintf("fatoora %s %s — net %s, VAT %s, total %s EGP", d.BoxID, d.Number,
			pounds(d.Net), pounds(d.VAT), pounds(d.Total)),
	}
	id, err = c.create(ctx, "account.move", vals)
	if err != nil {
		return "", err
	}
	return strconv.Itoa(id), nil
}

func pounds(p int64) string { return fmt.Sprintf("%d.%02d", p/100, p%100) }
