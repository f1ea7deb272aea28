// Package connector pushes head office's documents into accounting
// systems. A Connector makes one document exist in the remote system,
// idempotently (pushing the same document twice leaves one copy there: it
// looks the document up by its reference before creating it); the Pusher
// service walks head office's documents and hands each one not yet pushed
// by this process to the connector, retrying failures on its next round.
//
// The first connector is Odoo (package connector/odoo).
package connector

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"fatoora/sync/hq"
	"fatoora/sync/hqwire"
)

// Line is one document line as the accounting system needs it.
type Line struct {
	Name string `json:"name_ar"`
	SKU  string `json:"sku"`
	// Quantity in thousandths of a unit; UnitPrice, Net, VAT, Total in
	// piasters (as on the box).
	Quantity  int64 `json:"quantity"`
	UnitPrice int64 `json:"unit_price"`
	Net       int64 `json:"net"`
	VAT       int64 `json:"vat"`
	Total     int64 `json:"total"`
}

// Document is what a connector pushes: head office's document and its
// lines.
type Document struct {
	hq.Document
	// Ref is the document's unique reference in the remote system:
	// "<box id>/<number>".
	Ref      string
	WaID     string
	Lines    []Line
	Currency string // "EGP"
}

// Connector makes documents exist in an accounting system.
type Connector interface {
	// Name identifies the connector in logs and health ("odoo").
	Name() string
	// Push creates d in the remote system unless a document with d.Ref is
	// already there; it returns the remote id.
	Push(ctx context.Context, d Document) (string, error)
}

// FromRecord builds a connector document from a stored record.
func FromRecord(d hq.Document, item json.RawMessage) (Document, error) {
	var it struct {
		Document struct {
			Buyer struct {
				WaID string `json:"wa_id"`
			} `json:"buyer"`
			Lines []Line `json:"lines"`
		} `json:"document"`
	}
	if err := json.Unmarshal(item, &it); err != nil {
		return Document{}, fmt.Errorf("decode %s: %w", d.Number, err)
	}
	return Document{Document: d, Ref: d.BoxID + "/" + d.Number, WaID: it.Document.Buyer.WaID, Lines: it.Document.Lines, Currency: "EGP"}, nil
}

// PusherOptions configure a Pusher.
type PusherOptions struct {
	Store     hq.Store
	Connector Connector
	// Interval between rounds (default 1 minute).
	Interval time.Duration
	Logger   *slog.Logger
}

// Pusher pushes every invoice and credit note to the connector. It keeps
// in memory what it pushed; after a restart it pushes everything again,
// which the connector's lookup by reference makes harmless.
type Pusher struct {
	opts PusherOptions
	log  *slog.Logger

	mu       sync.Mutex
	pushed   map[string]string // ref → remote id
	lastErr  string
	failures int
}

// NewPusher validates opts.
func NewPusher(opts PusherOptions) (*Pusher, error) {
	if opts.Store == nil || opts.Connector == nil {
		return nil, errors.New("pusher: Store and Connector are required")
	}
	if opts.Interval <= 0 {
		opts.Interval = time.Minute
	}
	if opts.Logger == nil {
		opts.Logger = slog.Default()
	}
	return &Pusher{opts: opts, log: opts.Logger.With("component", "connector", "connector", opts.Connector.Name()), pushed: map[string]string{}}, nil
}

// Round pushes every document not pushed yet; it returns how many it
// pushed and the first error (the others are tried anyway).
func (p *Pusher) Round(ctx context.Context) (int, error) {
	recs, err := p.opts.Store.Records(ctx, hq.Filter{})
	if err != nil {
		return 0, err
	}
	items := map[string]json.RawMessage{}
	for _, r := range recs {
		items[r.Key] = r.Item
	}
	docs, err := hq.Documents(ctx, p.opts.Store, hq.Query{})
	if err != nil {
		return 0, err
	}
	n := 0
	var first error
	for _, d := range docs {
		ref := d.BoxID + "/" + d.Number
		p.mu.Lock()
		_, done := p.pushed[ref]
		p.mu.Unlock()
		if done {
			continue
		}
		cd, err := FromRecord(d, items[hqwire.Key(d.BoxID, d.Number, 0)])
		if err == nil {
			var id string
			if id, err = p.opts.Connector.Push(ctx, cd); err == nil {
				p.mu.Lock()
				p.pushed[ref] = id
				p.mu.Unlock()
				n++
				continue
			}
		}
		if first == nil {
			first = fmt.Errorf("push %s: %w", ref, err)
		}
	}
	return n, first
}

// Serve runs a round every Interval until ctx ends.
func (p *Pusher) Serve(ctx context.Context) error {
	for {
		n, err := p.Round(ctx)
		if ctx.Err() != nil {
			return ctx.Err()
		}
		p.mu.Lock()
		switch {
		case err != nil && p.failures == 0:
			p.log.Warn("push to the accounting system failed; retrying next round", "err", err)
		case err == nil && p.failures > 0:
			p.log.Info("push to the accounting system recovered", "failed_rounds", p.failures)
		}
		if err != nil {
			p.failures++
			p.lastErr = err.Error()
		} else {
			p.failures, p.lastErr = 0, ""
		}
		p.mu.Unlock()
		if n > 0 {
			p.log.Info("pushed documents", "count", n)
		}
		t := time.NewTimer(p.opts.Interval)
		select {
		case <-ctx.Done():
			t.Stop()
			return ctx.Err()
		case <-t.C:
		}
	}
}

// State is the pusher's progress.
type State struct {
	Pushed    int    `json:"pushed"`
	LastError string `json:"last_error,omitempty"`
}

// State reports the pusher's progress.
func (p *Pusher) State() State {
	p.mu.Lock()
	defer p.mu.Unlock()
	return State{Pushed: len(p.pushed), LastError: p.lastErr}
}
