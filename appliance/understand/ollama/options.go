package ollama

import (
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"time"
)

// Defaults for Options fields left zero.
const (
	DefaultURL           = "http://127.0.0.1:11434"
	DefaultTimeout       = 60 * time.Second
	DefaultHealthTimeout = 5 * time.Second
	DefaultNumCtx        = 2048
	DefaultNumPredict    = 256
	DefaultMaxItems      = 8
	DefaultMaxQuantity   = 1000
	DefaultMaxTextRunes  = 1500
	DefaultSeed          = 42
)

// Options configure a Client. Zero fields take the defaults above.
type Options struct {
	// URL is the Ollama server's base URL (FATOORA_OLLAMA_URL).
	URL string
	// Model is the model tag, e.g. "qwen2.5:3b" (FATOORA_OLLAMA_MODEL). Required.
	Model string
	// Timeout bounds one Extract or WarmUp call, from sending to the last
	// byte of the answer (FATOORA_OLLAMA_TIMEOUT). A CPU-only box with a 3B
	// model needs tens of seconds for a cold prompt.
	Timeout time.Duration
	// HealthTimeout bounds one Health call.
	HealthTimeout time.Duration
	// NumCtx is the context window sent with every request, warm-up
	// included: a different value makes Ollama reload the model.
	NumCtx int
	// NumPredict caps the tokens of one answer; an answer cut by it is
	// rejected with ErrTruncated.
	NumPredict int
	// Seed makes sampling reproducible together with temperature 0.
	Seed int
	// KeepAlive is how long the server keeps the model loaded after a
	// request; zero or negative means forever.
	KeepAlive time.Duration
	// MaxItems caps the line items of one answer (schema maxItems).
	MaxItems int
	// MaxQuantity is the largest quantity accepted in the product's unit.
	MaxQuantity float64
	// MaxTextRunes rejects longer messages with ErrInput: past it the
	// message alone would crowd the instructions out of NumCtx. (WhatsApp
	// allows 4096 characters.)
	MaxTextRunes int
	// HTTPClient is used for every call; nil means a client with no overall
	// timeout (the per-call contexts bound time).
	HTTPClient *http.Client
	// Logger receives state changes (healthy ↔ failing); nil means slog.Default().
	Logger *slog.Logger
	// Now is the clock used for latencies and timestamps; nil means time.Now.
	Now func() time.Time
}

// withDefaults returns o with zero fields filled in.
func (o Options) withDefaults() Options {
	if o.URL == "" {
		o.URL = DefaultURL
	}
	if o.Timeout == 0 {
		o.Timeout = DefaultTimeout
	}
	if o.HealthTimeout == 0 {
		o.HealthTimeout = DefaultHealthTimeout
	}
	if o.NumCtx == 0 {
		o.NumCtx = DefaultNumCtx
	}
	if o.NumPredict == 0 {
		o.NumPredict = DefaultNumPredict
	}
	if o.Seed == 0 {
		o.Seed = DefaultSeed
	}
	if o.MaxItems == 0 {
		o.MaxItems = DefaultMaxItems
	}
	if o.MaxQuantity == 0 {
		o.MaxQuantity = DefaultMaxQuantity
	}
	if o.MaxTextRunes == 0 {
		o.MaxTextRunes = DefaultMaxTextRunes
	}
	if o.HTTPClient == nil {
		o.HTTPClient = &http.Client{Transport: http.DefaultTransport.(*http.Transport).Clone()}
	}
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	return o
}

// Validate reports what is wrong with the options, after defaults.
func (o Options) Validate() error {
	o = o.withDefaults()
	var errs []error
	u, err := url.Parse(o.URL)
	switch {
	case err != nil:
		errs = append(errs, fmt.Errorf("ollama url: %w", err))
	case u.Scheme != "http" && u.Scheme != "https":
		errs = append(errs, fmt.Errorf("ollama url %q: scheme must be http or https", o.URL))
	case u.Host == "":
		errs = append(errs, fmt.Errorf("ollama url %q: no host", o.URL))
	}
	if o.Model == "" {
		errs = append(errs, errors.New("ollama model: required (e.g. qwen2.5:3b)"))
	}
	if o.Timeout < 0 || o.HealthTimeout < 0 {
		errs = append(errs, errors.New("ollama timeout: must be positive"))
	}
	if o.NumCtx < 256 {
		errs = append(errs, fmt.Errorf("ollama num_ctx %d: must be at least 256", o.NumCtx))
	}
	if o.NumPredict < 1 || o.NumPredict >= o.NumCtx {
		errs = append(errs, fmt.Errorf("ollama num_predict %d: must be in 1..num_ctx", o.NumPredict))
	}
	if o.MaxItems < 1 || o.MaxItems > 50 {
		errs = append(errs, fmt.Errorf("ollama max items %d: must be in 1..50", o.MaxItems))
	}
	if o.MaxQuantity <= 0 {
		errs = append(errs, errors.New("ollama max quantity: must be positive"))
	}
	if o.MaxTextRunes < 1 {
		errs = append(errs, errors.New("ollama max text runes: must be positive"))
	}
	return errors.Join(errs...)
}
