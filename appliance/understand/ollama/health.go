package ollama

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/ollama/ollama/api"
)

// State is what the operator sees about the model on /healthz and the staff
// page. It is updated by Health, WarmUp and every Extract.
type State struct {
	OK           bool      `json:"ok"` // reachable, model installed, last call not failed as unavailable
	URL          string    `json:"url"`
	Model        string    `json:"model"`
	Version      string    `json:"version,omitempty"`      // Ollama server version
	Installed    bool      `json:"installed"`              // /api/show found the model
	Capabilities []string  `json:"capabilities,omitempty"` // e.g. completion, thinking
	CheckedAt    time.Time `json:"checked_at,omitzero"`
	// Warning is a known risk with this model that is not (yet) a failure.
	Warning string `json:"warning,omitempty"`
	// LastError is the last failure of any call, with the operator hint;
	// empty after a success.
	LastError string `json:"last_error,omitempty"`
	// LastLatency is how long the last Extract took, successful or not.
	LastLatency time.Duration `json:"last_latency_ns,omitempty"`
	LastAt      time.Time     `json:"last_at,omitzero"`
	// Timings the server reported for the last answered Extract: a prompt
	// evaluation much longer than the answer's means the cached prefix was
	// not reused (model reloaded, or evicted by another client).
	LastLoad       time.Duration `json:"last_load_ns,omitempty"`
	LastPromptEval time.Duration `json:"last_prompt_eval_ns,omitempty"`
	LastPromptToks int           `json:"last_prompt_tokens,omitempty"`
	LastEval       time.Duration `json:"last_eval_ns,omitempty"`
	LastEvalToks   int           `json:"last_eval_tokens,omitempty"`
	Calls          int64         `json:"calls"`    // Extract calls that reached the server
	Failures       int64         `json:"failures"` // of which failed
}

// ThinkingWarning is State.Warning for a thinking-capable model.
const ThinkingWarning = "thinking-capable model: Ollama v0.17.4 can ignore the JSON schema when thinking is off " +
	"on models with a built-in output parser (issues #14645, #14850, #15260); answers are still validated, " +
	"but expect more rejected answers; a qwen2.5 model avoids this"

// State returns the last known state without contacting the server.
func (c *Client) State() State {
	c.mu.Lock()
	defer c.mu.Unlock()
	s := c.state
	s.Capabilities = slices.Clone(s.Capabilities)
	return s
}

// Health checks the server and the model without generating anything:
// GET /api/version, then POST /api/show for the model (404 means not
// installed; it must have the "completion" capability). It updates and
// returns the state; the error says what is wrong.
func (c *Client) Health(ctx context.Context) (State, error) {
	ctx, cancel := context.WithTimeout(ctx, c.opts.HealthTimeout)
	defer cancel()
	start := c.opts.Now()
	version, err := c.api.Version(ctx)
	var show *api.ShowResponse
	if err == nil {
		show, err = c.api.Show(ctx, &api.ShowRequest{Model: c.opts.Model})
	}
	var caps []string
	if show != nil {
		for _, cp := range show.Capabilities {
			caps = append(caps, string(cp))
		}
		if !slices.Contains(caps, "completion") {
			err = &Error{Kind: ErrUnavailable, Status: 200, Detail: fmt.Sprintf("model %s cannot chat (capabilities %v)", c.opts.Model, caps)}
		}
	}
	if err != nil {
		err = c.classify(ctx, err, c.opts.Now().Sub(start))
	}

	c.mu.Lock()
	defer c.mu.Unlock()
	was := c.state.OK
	s := &c.state
	s.CheckedAt = c.opts.Now()
	s.Version = version
	s.Installed = show != nil
	s.Capabilities = caps
	s.OK = err == nil
	s.Warning = ""
	if slices.Contains(caps, "thinking") {
		s.Warning = ThinkingWarning
	}
	var e *Error
	if errors.As(err, &e) && e.Kind == ErrUnavailable && e.Status == 404 {
		s.Installed = false
	}
	if err != nil {
		s.LastError = describe(err)
	} else {
		s.LastError = ""
	}
	c.logChange(was, s.OK, err)
	out := *s
	out.Capabilities = slices.Clone(caps)
	return out, err
}

// recordExtract updates the state after an Extract that reached the point
// of sending.
func (c *Client) recordExtract(latency time.Duration, m *api.Metrics, err error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	s := &c.state
	was := s.OK
	if m != nil {
		s.LastLoad, s.LastPromptEval, s.LastPromptToks = m.LoadDuration, m.PromptEvalDuration, m.PromptEvalCount
		s.LastEval, s.LastEvalToks = m.EvalDuration, m.EvalCount
	}
	s.Calls++
	s.LastLatency = latency
	s.LastAt = c.opts.Now()
	switch {
	case err == nil:
		s.LastError = ""
		s.OK = true
	case errors.Is(err, context.Canceled):
		// The caller gave up (shutdown): says nothing about the model.
		s.Calls--
		return
	default:
		s.Failures++
		s.LastError = describe(err)
		// Only an unreachable or failing server makes the model unhealthy;
		// a wrong or cut answer still proves the server works, and a slow
		// one proves nothing. Both show in LastError and Failures.
		switch {
		case errors.Is(err, ErrUnavailable):
			s.OK = false
		case errors.Is(err, ErrTruncated), errors.Is(err, ErrInvalidAnswer):
			s.OK = true
		}
	}
	c.logChange(was, s.OK, err)
}

// setError records a failure of a non-Extract call (WarmUp).
func (c *Client) setError(err error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	was := c.state.OK
	c.state.LastError = describe(err)
	if errors.Is(err, ErrUnavailable) {
		c.state.OK = false
	}
	c.logChange(was, c.state.OK, err)
}

// logChange logs once per change between healthy and failing, not per call.
func (c *Client) logChange(was, now bool, err error) {
	switch {
	case was && !now:
		c.log.Warn("model unavailable", "err", err, "hint", hint(err))
	case !was && now:
		c.log.Info("model available")
	}
}

func describe(err error) string {
	if h := hint(err); h != "" {
		return err.Error() + " — " + h
	}
	return err.Error()
}

func hint(err error) string {
	var e *Error
	if errors.As(err, &e) {
		return e.Hint()
	}
	return ""
}
