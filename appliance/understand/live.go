package understand

import (
	"context"
	"fmt"
	"sync"

	"fatoora/catalog"
)

// CatalogSource is what a Live understander reads from the shop's
// catalog: its version (moved by every import) and, when it moved, the
// current products and vocabulary. catalog.Store is one.
type CatalogSource interface {
	Version() (uint64, error)
	Products() ([]catalog.Product, error)
	Vocabulary() (*catalog.Vocabulary, error)
}

// Live follows catalog changes: when the catalog's version moves, the rules
// are rebuilt from the stored products and vocabulary (and joined with the
// model, if any) before the next message is read. Safe for concurrent use.
type Live struct {
	cat   CatalogSource
	model Model
	hopts HybridOptions

	mu      sync.Mutex
	version uint64
	cur     Understander
}

// NewLive builds an understander over cat; model may be nil (rules only).
func NewLive(cat CatalogSource, model Model, hopts HybridOptions) *Live {
	return &Live{cat: cat, model: model, hopts: hopts}
}

func (l *Live) current() (Understander, error) {
	v, err := l.cat.Version()
	if err != nil {
		return nil, err
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.cur != nil && v == l.version {
		return l.cur, nil
	}
	ps, err := l.cat.Products()
	if err != nil {
		return nil, err
	}
	vocab, err := l.cat.Vocabulary()
	if err != nil {
		return nil, err
	}
	rules, err := NewRules(ps, vocab, RulesOptions{})
	if err != nil {
		return nil, err
	}
	l.cur, l.version = rules, v
	if l.model != nil {
		l.cur = NewHybrid(rules, l.model, l.hopts)
	}
	return l.cur, nil
}

// Understand reads one message with the rules (and the model, if any) of
// the current catalog.
func (l *Live) Understand(ctx context.Context, text string) (Result, error) {
	u, err := l.current()
	if err != nil {
		return Result{}, fmt.Errorf("understander: %w", err)
	}
	return u.Understand(ctx, text)
}
