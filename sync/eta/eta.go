// Package eta is the e-receipt submission worker: a part of the box (see
// appliance/part) whose service drains the receipt outbox kept by package
// appliance/invoice/receipt to ETA's receipt API, in chain order, whenever
// the internet is there. It owns the OAuth client-credentials token (one
// per POS, cached until shortly before it expires), batching (at most 500
// receipts or 1.5 MB), ETA's partial acceptance per receipt, retries with
// full-jitter backoff honouring Retry-After on 429, 5xx and network
// errors, and the "eta" health report. It never builds or changes a
// receipt: the bytes sent are the bytes stored when the invoice was issued.
package eta

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"

	bolt "go.etcd.io/bbolt"

	"fatoora/appliance/health"
	"fatoora/appliance/invoice/receipt"
	"fatoora/appliance/part"
	"fatoora/appliance/store"
	"fatoora/appliance/supervise"
)

// Limits of one submission (those of ETA's offline toolkit).
const (
	MaxBatch      = 500
	MaxBatchBytes = 1536 * 1024
)

// Options configure the worker.
type Options struct {
	// DB is the box's store. Required.
	DB *store.DB
	// IDURL is the identity service (token at IDURL/connect/token); APIURL
	// the receipt API. Required.
	IDURL, APIURL string
	// ClientID and ClientSecret are the POS's credentials. Required.
	ClientID, ClientSecret string
	// POSSerial, POSOSVersion, POSModelFramework and PresharedKey are the
	// POS headers of the token request. POSSerial is required; the OS
	// version defaults to "linux", the framework to "fatoora".
	POSSerial, POSOSVersion, POSModelFramework, PresharedKey string
	// HTTP is the client; default one with a 60 s timeout.
	HTTP *http.Client
	// Now is the clock; default time.Now.
	Now func() time.Time
	// Poll is how often the outbox is looked at when idle; default 30 s.
	// Kick wakes the worker sooner.
	Poll time.Duration
	// BackoffBase and BackoffMax bound the full-jitter backoff after a
	// failure; defaults 2 s and 5 min.
	BackoffBase, BackoffMax time.Duration
	// MaxBatch and MaxBatchBytes cap one submission; defaults (and maxima)
	// the package constants.
	MaxBatch, MaxBatchBytes int
	// StaleAfter is how long a receipt may wait before health is degraded;
	// default 24 h (the reported submission deadline, not verified).
	StaleAfter time.Duration
	// Logger; default slog.Default().
	Logger *slog.Logger
}

// Validate reports every missing or bad option.
func (o Options) Validate() error {
	var errs []error
	if o.DB == nil {
		errs = append(errs, errors.New("store is required"))
	}
	for _, u := range []struct{ name, v string }{{"identity url", o.IDURL}, {"api url", o.APIURL}} {
		if p, err := url.Parse(u.v); err != nil || (p.Scheme != "http" && p.Scheme != "https") || p.Host == "" {
			errs = append(errs, fmt.Errorf("%s %q is not an http(s) URL", u.name, u.v))
		}
	}
	if o.ClientID == "" || o.ClientSecret == "" {
		errs = append(errs, errors.New("client id and secret are required"))
	}
	if o.POSSerial == "" {
		errs = append(errs, errors.New("pos serial is required"))
	}
	if o.MaxBatch < 0 || o.MaxBatch > MaxBatch || o.MaxBatchBytes < 0 || o.MaxBatchBytes > MaxBatchBytes {
		errs = append(errs, fmt.Errorf("batch limits: at most %d receipts and %d bytes", MaxBatch, MaxBatchBytes))
	}
	if o.Poll < 0 || o.BackoffBase < 0 || o.BackoffMax < 0 || o.StaleAfter < 0 {
		errs = append(errs, errors.New("negative duration"))
	}
	return errors.Join(errs...)
}

// Worker submits receipts.
type Worker struct {
	o    Options
	log  *slog.Logger
	kick chan struct{}

	tokMu  sync.Mutex
	token  string
	tokExp time.Time

	mu        sync.Mutex
	lastErr   error
	failSince time.Time
	lastOK    time.Time
}

// New validates o and applies the defaults.
func New(o Options) (*Worker, error) {
	if err := o.Validate(); err != nil {
		return nil, fmt.Errorf("eta worker: %w", err)
	}
	if o.HTTP == nil {
		o.HTTP = &http.Client{Timeout: 60 * time.Second}
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.Poll == 0 {
		o.Poll = 30 * time.Second
	}
	if o.BackoffBase == 0 {
		o.BackoffBase = 2 * time.Second
	}
	if o.BackoffMax == 0 {
		o.BackoffMax = 5 * time.Minute
	}
	if o.MaxBatch == 0 {
		o.MaxBatch = MaxBatch
	}
	if o.MaxBatchBytes == 0 {
		o.MaxBatchBytes = MaxBatchBytes
	}
	if o.StaleAfter == 0 {
		o.StaleAfter = 24 * time.Hour
	}
	if o.POSOSVersion == "" {
		o.POSOSVersion = "linux"
	}
	if o.POSModelFramework == "" {
		o.POSModelFramework = "fatoora"
	}
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
	o.IDURL, o.APIURL = strings.TrimRight(o.IDURL, "/"), strings.TrimRight(o.APIURL, "/")
	return &Worker{o: o, log: o.Logger.With("component", "eta"), kick: make(chan struct{}, 1)}, nil
}

// Part is the worker as a part of the box: service "eta", health "eta".
func (w *Worker) Part() part.Part {
	return part.Part{
		Name:     "eta",
		Health:   map[string]func() health.State{"eta": w.Health},
		Services: map[string]supervise.Service{"eta": w},
	}
}

// Kick wakes an idle worker (call it after committing an issue).
func (w *Worker) Kick() {
	select {
	case w.kick <- struct{}{}:
	default:
	}
}

// RetryableError is a failure worth retrying later: network, 429, 5xx.
type RetryableError struct {
	Err        error
	RetryAfter time.Duration // from the server, if it said
}

func (e *RetryableError) Error() string { return e.Err.Error() }
func (e *RetryableError) Unwrap() error { return e.Err }

// Serve drains the outbox until ctx is cancelled: a batch after another
// while there is work, then every Poll (or on Kick); after a failure it
// waits a full-jitter backoff (at least the server's Retry-After). It
// returns nil when ctx is cancelled.
func (w *Worker) Serve(ctx context.Context) error {
	attempt := 0
	for {
		n, err := w.SubmitOnce(ctx)
		if ctx.Err() != nil {
			return nil
		}
		var wait time.Duration
		switch {
		case err != nil:
			attempt++
			wait = w.backoff(attempt, err)
			w.failed(err)
		case n > 0:
			attempt = 0
			w.succeeded()
			continue
		default:
			attempt = 0
			w.succeeded()
			wait = w.o.Poll
		}
		t := time.NewTimer(wait)
		kick := w.kick
		if err != nil {
			kick = nil // a kick does not cut a backoff short
		}
		select {
		case <-ctx.Done():
			t.Stop()
			return nil
		case <-kick:
			t.Stop()
		case <-t.C:
		}
	}
}

func (w *Worker) backoff(attempt int, err error) time.Duration {
	ceiling := w.o.BackoffMax
	if attempt < 30 {
		ceiling = min(w.o.BackoffMax, w.o.BackoffBase<<attempt)
	}
	d := time.Duration(rand.Int64N(int64(ceiling) + 1))
	var re *RetryableError
	if errors.As(err, &re) && re.RetryAfter > d {
		d = re.RetryAfter // the server's word is a floor, even above BackoffMax
	}
	return d
}

func (w *Worker) failed(err error) {
	w.mu.Lock()
	first := w.lastErr == nil
	w.lastErr = err
	if first {
		w.failSince = w.o.Now()
	}
	w.mu.Unlock()
	if first {
		w.log.Warn("e-receipt submission failing; retrying with backoff", "err", err)
	}
}

func (w *Worker) succeeded() {
	w.mu.Lock()
	recovered := w.lastErr != nil
	w.lastErr = nil
	w.lastOK = w.o.Now()
	since := w.failSince
	w.mu.Unlock()
	if recovered {
		w.log.Info("e-receipt submission recovered", "failing_for", w.o.Now().Sub(since).Round(time.Second))
	}
}

// Drain submits until the outbox is empty or a submission fails.
func (w *Worker) Drain(ctx context.Context) error {
	for {
		n, err := w.SubmitOnce(ctx)
		if err != nil || n == 0 {
			return err
		}
	}
}

// SubmitOnce submits the next batch and records ETA's answer. It returns
// how many receipts were settled or sent.
func (w *Worker) SubmitOnce(ctx context.Context) (int, error) {
	var batch []receipt.Pending
	if err := w.o.DB.View(func(tx *bolt.Tx) (err error) {
		batch, err = receipt.NextBatch(tx, w.o.MaxBatch, w.o.MaxBatchBytes-64)
		return err
	}); err != nil {
		return 0, fmt.Errorf("read receipt outbox: %w", err)
	}
	if len(batch) == 0 {
		return 0, nil
	}
	ans, err := w.submit(ctx, batch)
	var bad *badRequest
	if errors.As(err, &bad) {
		if len(batch) > 1 {
			// One malformed receipt must not hold back the rest: send the
			// first alone; the others follow in the next batches.
			batch = batch[:1]
			ans, err = w.submit(ctx, batch)
		}
		if errors.As(err, &bad) {
			// ETA refused the receipt itself: it goes to staff.
			ans = &answer{Rejected: []rejectedDoc{{UUID: batch[0].UUID, Error: bad.body}}}
			err = nil
		}
	}
	if err != nil {
		return 0, err
	}
	acc := make([]receipt.Answer, 0, len(ans.Accepted))
	for _, a := range ans.Accepted {
		acc = append(acc, receipt.Answer{UUID: a.UUID, LongID: a.LongID})
	}
	rej := make([]receipt.Answer, 0, len(ans.Rejected))
	for _, r := range ans.Rejected {
		rej = append(rej, receipt.Answer{UUID: r.UUID, Error: r.Error})
		w.log.Warn("ETA rejected a receipt", "uuid", r.UUID, "number", r.ReceiptNumber, "error", string(r.Error))
	}
	if err := w.o.DB.Update(func(tx *bolt.Tx) error {
		return receipt.Settle(tx, batch, ans.SubmissionID, acc, rej, w.o.Now())
	}); err != nil {
		return 0, fmt.Errorf("record ETA's answer: %w", err)
	}
	return len(batch), nil
}

type answer struct {
	SubmissionID string        `json:"submissionId"`
	Accepted     []acceptedDoc `json:"acceptedDocuments"`
	Rejected     []rejectedDoc `json:"rejectedDocuments"`
}

type acceptedDoc struct {
	UUID          string `json:"uuid"`
	LongID        string `json:"longId"`
	ReceiptNumber string `json:"receiptNumber"`
}

type rejectedDoc struct {
	ReceiptNumber string          `json:"receiptNumber"`
	UUID          string          `json:"uuid"`
	Error         json.RawMessage `json:"error"`
}

// badRequest is ETA refusing a submission as a whole (400).
type badRequest struct{ body json.RawMessage }

func (e *badRequest) Error() string { return "ETA refused the submission: " + string(e.body) }

func (w *Worker) submit(ctx context.Context, batch []receipt.Pending) (*answer, error) {
	var body bytes.Buffer
	body.WriteString(`{"receipts":[`)
	for i, p := range batch {
		if i > 0 {
			body.WriteByte(',')
		}
		body.Write(p.Body) // the stored bytes, exactly as hashed
	}
	body.WriteString(`],"signatures":[{"signatureType":"I","value":""}]}`)
	for try := 0; ; try++ {
		tok, err := w.accessToken(ctx)
		if err != nil {
			return nil, err
		}
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, w.o.APIURL+"/api/v1/receiptsubmissions", bytes.NewReader(body.Bytes()))
		if err != nil {
			return nil, err
		}
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Authorization", "Bearer "+tok)
		resp, err := w.o.HTTP.Do(req)
		if err != nil {
			return nil, &RetryableError{Err: fmt.Errorf("submit %d receipts: %w", len(batch), err)}
		}
		data, rerr := io.ReadAll(io.LimitReader(resp.Body, 16<<20))
		resp.Body.Close()
		switch {
		case resp.StatusCode == http.StatusUnauthorized && try == 0:
			w.dropToken()
			continue
		case resp.StatusCode == http.StatusOK || resp.StatusCode == http.StatusAccepted:
			if rerr != nil {
				return nil, &RetryableError{Err: fmt.Errorf("read ETA's answer: %w", rerr)}
			}
			var a answer
			if err := json.Unmarshal(data, &a); err != nil {
				return nil, &RetryableError{Err: fmt.Errorf("decode ETA's answer: %w", err)}
			}
			return &a, nil
		case resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode >= 500:
			return nil, &RetryableError{
				Err:        fmt.Errorf("submit %d receipts: ETA answered %s", len(batch), resp.Status),
				RetryAfter: retryAfter(resp.Header.Get("Retry-After"), w.o.Now()),
			}
		case resp.StatusCode == http.StatusBadRequest:
			if !json.Valid(data) {
				data, _ = json.Marshal(map[string]string{"code": "BadRequest", "message": string(data)})
			}
			return nil, &badRequest{body: data}
		default:
			return nil, fmt.Errorf("submit %d receipts: ETA answered %s: %s", len(batch), resp.Status, bytes.TrimSpace(data))
		}
	}
}

// retryAfter reads a Retry-After header: seconds or an HTTP date.
func retryAfter(v string, now time.Time) time.Duration {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0
	}
	if s, err := strconv.Atoi(v); err == nil && s >= 0 {
		return time.Duration(s) * time.Second
	}
	if t, err := http.ParseTime(v); err == nil && t.After(now) {
		return t.Sub(now)
	}
	return 0
}

func (w *Worker) dropToken() {
	w.tokMu.Lock()
	w.token = ""
	w.tokMu.Unlock()
}

// accessToken returns the cached token, or a new one from the identity
// service when it is missing or about to expire.
func (w *Worker) accessToken(ctx context.Context) (string, error) {
	w.tokMu.Lock()
	defer w.tokMu.Unlock()
	now := w.o.Now()
	if w.token != "" && now.Before(w.tokExp) {
		return w.token, nil
	}
	form := url.Values{"grant_type": {"client_credentials"}, "client_id": {w.o.ClientID}, "client_secret": {w.o.ClientSecret}}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, w.o.IDURL+"/connect/token", strings.NewReader(form.Encode()))
	if err != nil {
		return "", err
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("posserial", w.o.POSSerial)
	req.Header.Set("pososversion", w.o.POSOSVersion)
	req.Header.Set("posmodelframework", w.o.POSModelFramework)
	req.Header.Set("presharedkey", w.o.PresharedKey)
	resp, err := w.o.HTTP.Do(req)
	if err != nil {
		return "", &RetryableError{Err: fmt.Errorf("ETA token: %w", err)}
	}
	defer resp.Body.Close()
	data, _ := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
	if resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode >= 500 {
		return "", &RetryableError{Err: fmt.Errorf("ETA token: %s", resp.Status), RetryAfter: retryAfter(resp.Header.Get("Retry-After"), now)}
	}
	if resp.StatusCode != http.StatusOK {
		return "", fmt.Errorf("ETA token: %s: %s (check FATOORA_ETA_CLIENT_ID, the secret and the POS serial)", resp.Status, bytes.TrimSpace(data))
	}
	var t struct {
		AccessToken string `json:"access_token"`
		ExpiresIn   int64  `json:"expires_in"`
	}
	if err := json.Unmarshal(data, &t); err != nil || t.AccessToken == "" {
		return "", fmt.Errorf("ETA token: no access_token in the answer (%v)", err)
	}
	ttl := time.Duration(t.ExpiresIn) * time.Second
	// Renew a minute early (a tenth early for short tokens).
	w.token, w.tokExp = t.AccessToken, now.Add(ttl-min(time.Minute, ttl/10))
	return w.token, nil
}

// Health is the "eta" report: the outbox counters, degraded while receipts
// wait for staff (rejected), submission is failing, or a receipt has
// waited longer than StaleAfter.
func (w *Worker) Health() health.State {
	var s receipt.Status
	if err := w.o.DB.View(func(tx *bolt.Tx) (err error) { s, err = receipt.ReadStatus(tx); return }); err != nil {
		return health.State{Status: health.Degraded, Message: "cannot read the receipt outbox: " + err.Error()}
	}
	st := StatusDetails(s, w.o.Now())
	w.mu.Lock()
	lastErr, since := w.lastErr, w.failSince
	w.mu.Unlock()
	var problems []string
	if s.Rejected > 0 {
		problems = append(problems, fmt.Sprintf("%d receipts rejected by ETA: correct them and re-issue (fatoora eta status)", s.Rejected))
	}
	if lastErr != nil {
		st["last_error"] = lastErr.Error()
		problems = append(problems, fmt.Sprintf("submission failing since %s: %v", since.Format(time.RFC3339), lastErr))
	}
	if !s.OldestWaiting.IsZero() && w.o.Now().Sub(s.OldestWaiting) > w.o.StaleAfter {
		problems = append(problems, fmt.Sprintf("a receipt has waited %s", w.o.Now().Sub(s.OldestWaiting).Round(time.Minute)))
	}
	if len(problems) > 0 {
		return health.State{Status: health.Degraded, Message: strings.Join(problems, "; "), Details: st}
	}
	return health.State{Status: health.OK, Details: st}
}

// StatusDetails is s as the map /healthz and `fatoora eta status` show.
func StatusDetails(s receipt.Status, now time.Time) map[string]any {
	d := map[string]any{
		"issued": s.Issued, "submitted": s.Submitted, "accepted": s.Accepted,
		"rejected": s.Rejected, "waiting": s.Waiting,
	}
	if !s.OldestWaiting.IsZero() {
		d["oldest_waiting_age_seconds"] = int64(now.Sub(s.OldestWaiting) / time.Second)
		d["oldest_waiting_issued_at"] = s.OldestWaiting.UTC().Format(time.RFC3339)
	}
	return d
}
