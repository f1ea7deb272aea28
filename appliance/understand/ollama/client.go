// Package ollama is the language-model understander: an understand.Model
// that asks a local Ollama server to read a customer's message and pick line
// items from catalog candidates.
//
// Every call is bounded and checked. Requests are non-streaming chats with
// temperature 0 and a fixed seed sent explicitly, thinking off, one fixed
// num_ctx, a long keep-alive, and a JSON schema built per request (enums of
// the candidate SKUs and colours). The fixed prompt comes first so the server
// reuses its cached prefix; the customer's text comes last. An answer is
// accepted only when the call returned no error, the context is still alive,
// the server says done with done_reason "stop", and the JSON passes our own
// validation (every SKU among the candidates, every colour one of that
// product's, quantities positive and sane). Anything else is an *Error of a
// known kind (ErrUnavailable, ErrTimeout, ErrTruncated, ErrInvalidAnswer,
// ErrInput). Health checks never generate: they use /api/version and
// /api/show. Prices never come from the model.
package ollama

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/ollama/ollama/api"

	"fatoora/appliance/understand"
	"fatoora/catalog"
)

// Client is an understand.Model over Ollama. It is safe for concurrent use.
type Client struct {
	opts Options
	api  *api.Client
	log  *slog.Logger

	mu    sync.Mutex
	state State
}

var _ understand.Model = (*Client)(nil)

// New returns a client; it does not contact the server.
func New(opts Options) (*Client, error) {
	if err := opts.Validate(); err != nil {
		return nil, err
	}
	opts = opts.withDefaults()
	base, err := url.Parse(opts.URL)
	if err != nil {
		return nil, fmt.Errorf("ollama url: %w", err)
	}
	c := &Client{
		opts: opts,
		api:  api.NewClient(base, opts.HTTPClient),
		log:  opts.Logger.With("component", "ollama", "model", opts.Model),
	}
	c.state = State{URL: opts.URL, Model: opts.Model}
	return c, nil
}

// Name identifies the model in results and logs: "ollama/<model>".
func (c *Client) Name() string { return "ollama/" + c.opts.Model }

// Options returns the options in use, defaults filled in.
func (c *Client) Options() Options { return c.opts }

// Extract asks the model for the intent and items of text, choosing only
// among candidates. See the package doc for when an answer is accepted.
func (c *Client) Extract(ctx context.Context, text string, candidates []catalog.Product) (understand.ModelAnswer, error) {
	start := c.opts.Now()
	if n := utf8.RuneCountInString(text); n == 0 || n > c.opts.MaxTextRunes {
		err := &Error{Kind: ErrInput, Detail: fmt.Sprintf("%d characters (1..%d accepted)", n, c.opts.MaxTextRunes)}
		return understand.ModelAnswer{}, err
	}
	req := c.chatRequest(candidates, text)
	content, resp, err := c.chat(ctx, req)
	latency := c.opts.Now().Sub(start)
	if err == nil {
		err = checkDone(resp)
	}
	var ans understand.ModelAnswer
	if err == nil {
		ans, err = parseAnswer(content, candidates, limits{maxItems: c.opts.MaxItems, maxQuantity: c.opts.MaxQuantity})
		if err != nil {
			err = &Error{Kind: ErrInvalidAnswer, Detail: err.Error()}
		}
	}
	var metrics *api.Metrics
	if resp != nil {
		metrics = &resp.Metrics
	}
	if err != nil {
		err = c.classify(ctx, err, latency)
		c.recordExtract(latency, metrics, err)
		return understand.ModelAnswer{}, err
	}
	c.recordExtract(latency, metrics, nil)
	return ans, nil
}

// chatRequest builds the request for one message.
func (c *Client) chatRequest(candidates []catalog.Product, text string) *api.ChatRequest {
	stream := false
	return &api.ChatRequest{
		Model:    c.opts.Model,
		Messages: messages(candidates, text),
		Stream:   &stream,
		Format:   answerSchema(candidates, c.opts.MaxItems),
		// Thinking off: sent explicitly because a thinking-capable model
		// turns it on when unset. Harmless on other models.
		Think:     &api.ThinkValue{Value: false},
		KeepAlive: c.keepAlive(),
		// Truncate is left unset (on): if a long message does not fit
		// NumCtx, Ollama drops the oldest worked examples but always keeps
		// the system prompt and the customer's message.

		// A map, not api.Options: its fields are omitempty, so temperature
		// 0 would not be sent and the server would use 0.8.
		Options: map[string]any{
			"temperature": 0,
			"seed":        c.opts.Seed,
			"num_ctx":     c.opts.NumCtx,
			"num_predict": c.opts.NumPredict,
		},
	}
}

func (c *Client) keepAlive() *api.Duration {
	d := c.opts.KeepAlive
	if d <= 0 {
		d = -1 // forever
	}
	return &api.Duration{Duration: d}
}

// chat runs one non-streaming chat under the per-call timeout and returns
// the content and the last response object.
func (c *Client) chat(ctx context.Context, req *api.ChatRequest) (string, *api.ChatResponse, error) {
	ctx, cancel := context.WithTimeout(ctx, c.opts.Timeout)
	defer cancel()
	var content []byte
	var last *api.ChatResponse
	err := c.api.Chat(ctx, req, func(r api.ChatResponse) error {
		content = append(content, r.Message.Content...)
		last = &r
		return nil
	})
	if err == nil && ctx.Err() != nil {
		// A nil error is not success: the answer may have been cut when
		// the deadline passed.
		err = ctx.Err()
	}
	if err != nil {
		return "", nil, err
	}
	if last == nil {
		return "", nil, &Error{Kind: ErrTruncated, Status: 200, Detail: "empty response"}
	}
	return string(content), last, nil
}

// checkDone accepts only a finished answer that stopped by itself.
func checkDone(r *api.ChatResponse) error {
	switch {
	case !r.Done:
		return &Error{Kind: ErrTruncated, Status: 200, Detail: "done false (stopped before the end)"}
	case r.DoneReason != "stop":
		return &Error{Kind: ErrTruncated, Status: 200, Detail: fmt.Sprintf("done_reason %q", r.DoneReason)}
	}
	return nil
}

// classify turns any failure of a call into an *Error of a known kind, or a
// wrapped context.Canceled when the caller gave up.
func (c *Client) classify(ctx context.Context, err error, latency time.Duration) error {
	var e *Error
	if errors.As(err, &e) {
		e.Latency = latency
		return e
	}
	var status api.StatusError
	var auth api.AuthorizationError
	switch {
	case ctx.Err() != nil && errors.Is(ctx.Err(), context.Canceled):
		return fmt.Errorf("ollama: %w", ctx.Err())
	case errors.Is(err, context.DeadlineExceeded) || ctx.Err() != nil:
		return &Error{Kind: ErrTimeout, Detail: fmt.Sprintf("no answer in %s", latency.Round(time.Millisecond)), Latency: latency, Err: err}
	case errors.As(err, &status):
		return &Error{Kind: ErrUnavailable, Status: status.StatusCode, Detail: status.ErrorMessage, Latency: latency, Err: err}
	case errors.As(err, &auth):
		return &Error{Kind: ErrUnavailable, Status: auth.StatusCode, Detail: "unauthorized", Latency: latency, Err: err}
	}
	// Connection refused, reset, a protocol error, or an {"error": ...}
	// line after a 200 stream began (the api client returns those as plain
	// errors).
	return &Error{Kind: ErrUnavailable, Detail: err.Error(), Latency: latency, Err: err}
}

// WarmUp loads the model into memory without generating: a chat with no
// messages, keep_alive forever and the same num_ctx as every request. Ollama
// answers done_reason "load".
func (c *Client) WarmUp(ctx context.Context) error {
	start := c.opts.Now()
	stream := false
	req := &api.ChatRequest{
		Model:     c.opts.Model,
		Messages:  []api.Message{},
		Stream:    &stream,
		KeepAlive: &api.Duration{Duration: -1},
		Options:   map[string]any{"num_ctx": c.opts.NumCtx},
	}
	_, resp, err := c.chat(ctx, req)
	latency := c.opts.Now().Sub(start)
	if err == nil && (!resp.Done || resp.DoneReason != "load") {
		err = &Error{Kind: ErrUnavailable, Status: 200, Detail: fmt.Sprintf("warm-up answered done=%v done_reason %q, want load", resp.Done, resp.DoneReason)}
	}
	if err != nil {
		err = c.classify(ctx, err, latency)
		c.setError(err)
		return err
	}
	c.log.Info("model loaded", "latency", latency.Round(time.Millisecond))
	return nil
}

// Prime makes the server evaluate the fixed part of the prompt (instructions
// and worked examples) once, so that the first customer's message does not
// pay for it: on a CPU-only box that is the difference between about a minute
// and a few seconds. It sends one request shaped like Extract's, with no
// candidates and a one-token answer, and returns how long it took. Unlike
// Health it does generate (one token) and holds the server's slot meanwhile:
// call it once at start-up after WarmUp, not as a health check.
func (c *Client) Prime(ctx context.Context) (time.Duration, error) {
	start := c.opts.Now()
	req := c.chatRequest(nil, ".")
	req.Options["num_predict"] = 1
	_, _, err := c.chat(ctx, req)
	latency := c.opts.Now().Sub(start)
	if err != nil {
		err = c.classify(ctx, err, latency)
		c.setError(err)
		return latency, err
	}
	c.log.Info("prompt prefix cached", "latency", latency.Round(time.Millisecond))
	return latency, nil
}
