package ollama

import (
	"context"
	"time"

	"fatoora/appliance/health"
	"fatoora/appliance/part"
	"fatoora/appliance/supervise"
)

// Part is the local model as a part of the box: the "model" health
// reporter and the "model-health" service that watches the server.
func (c *Client) Part() part.Part {
	return part.Part{
		Name:     "model",
		Health:   map[string]func() health.State{"model": func() health.State { return stateHealth(c.State()) }},
		Services: map[string]supervise.Service{"model-health": supervise.Func(c.watch)},
	}
}

// stateHealth is the model's /healthz entry: degraded while the server or
// the model is unavailable.
func stateHealth(ms State) health.State {
	st := health.State{Status: health.OK, Details: map[string]any{
		"model": ms.Model, "url": ms.URL, "version": ms.Version, "installed": ms.Installed,
		"calls": ms.Calls, "failures": ms.Failures, "last_latency": ms.LastLatency.String(),
		"last_prompt_eval": ms.LastPromptEval.String(),
	}}
	if ms.Warning != "" {
		st.Details["warning"] = ms.Warning
	}
	if !ms.OK {
		st.Status, st.Message = health.Degraded, ms.LastError
		if st.Message == "" {
			st.Message = "not checked yet"
		}
	}
	return st
}

// watch checks the model server every minute (no generation), so /healthz
// shows a stopped Ollama before a customer's message needs it.
func (c *Client) watch(ctx context.Context) error {
	// Load the model and evaluate the fixed prompt once, so the first
	// customer does not pay for it; failures show in the state.
	if err := c.WarmUp(ctx); err == nil {
		_, _ = c.Prime(ctx)
	}
	for {
		hctx, cancel := context.WithTimeout(ctx, 5*time.Second)
		_, _ = c.Health(hctx) // the state records the error for /healthz
		cancel()
		t := time.NewTimer(time.Minute)
		select {
		case <-ctx.Done():
			t.Stop()
			return ctx.Err()
		case <-t.C:
		}
	}
}
