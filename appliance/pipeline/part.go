package pipeline

import (
	"context"
	"fmt"

	bolt "go.etcd.io/bbolt"

	"fatoora/appliance/health"
	"fatoora/appliance/part"
	"fatoora/appliance/queue"
	"fatoora/appliance/supervise"
)

// Part is the pipeline as a part of the box: the queue handler for
// understand items, the WhatsApp outbox service, and the "pipeline"
// (conversations waiting for staff) and "whatsapp" (sends waiting to be
// retried) health reporters. mode is how the box reaches WhatsApp
// ("live" or "simulator"), shown in health.
func (p *Pipeline) Part(mode string) part.Part {
	return part.Part{
		Name:     "pipeline",
		Work:     map[string]queue.Handler{queue.KindUnderstand: p.HandleMessage},
		Services: map[string]supervise.Service{"outbox": p.Outbox()},
		Health: map[string]func() health.State{
			"pipeline": p.health,
			"whatsapp": func() health.State { return p.outbox.health(mode) },
		},
	}
}

// health counts the conversations and those waiting for staff.
func (p *Pipeline) health() health.State {
	n, err := p.CountConversations(context.Background())
	if err != nil {
		return health.State{Status: health.Degraded, Message: err.Error()}
	}
	flagged := n.Flagged
	st := health.State{Status: health.OK, Details: map[string]any{"customers": n.Customers, "waiting_for_staff": flagged}}
	if flagged > 0 {
		st.Message = fmt.Sprintf("%d conversation(s) waiting for staff", flagged)
	}
	return st
}

// health reports the sends waiting, degraded while some are being retried:
// three counters the sends' own commits keep (no scan, however many wait).
func (o *Outbox) health(mode string) health.State {
	var pending, retrying uint64
	var lastError string
	err := o.p.db.View(func(tx *bolt.Tx) error {
		pending = OutboxDepth(tx)
		retrying, lastError = Retrying(tx)
		return nil
	})
	st := health.State{Status: health.OK, Details: map[string]any{"mode": mode, "pending_sends": pending}}
	if err != nil {
		st.Status, st.Message = health.Degraded, err.Error()
	}
	if retrying > 0 {
		st.Status = health.Degraded
		st.Message = fmt.Sprintf("%d sends waiting to be retried, last error: %s", retrying, lastError)
	}
	o.critical(&st)
	return st
}
