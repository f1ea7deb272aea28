package ingest

import (
	"context"
	"crypto/subtle"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"time"
)

// HandlerOptions configure Handler.
type HandlerOptions struct {
	// VerifyToken answers Meta's GET subscription handshake; empty refuses
	// every handshake (403).
	VerifyToken string
	// Source is recorded with each payload (default "webhook").
	Source string
	// UnverifiedBytes bounds the bytes of bodies read but not yet
	// verified, across all requests (default DefaultUnverifiedBytes); a
	// post that finds no room within BusyWait (default 2s) gets 503 and
	// Meta retries it.
	UnverifiedBytes int64
	BusyWait        time.Duration
	Logger          *slog.Logger
}

// Handler serves GET (subscription verification) and POST (notifications)
// for /webhook/whatsapp. POST answers 200 only after the body is durably
// stored; 401 bad signature, 400 malformed, 413 too large, 500 store
// failure (Meta retries), 503 while shutting down.
func Handler(in *Ingester, opts HandlerOptions) http.Handler {
	if opts.Source == "" {
		opts.Source = "webhook"
	}
	log := opts.Logger
	if log == nil {
		log = slog.Default()
	}
	log = log.With("component", "webhook")
	if opts.UnverifiedBytes <= 0 {
		opts.UnverifiedBytes = DefaultUnverifiedBytes
	}
	if opts.BusyWait <= 0 {
		opts.BusyWait = 2 * time.Second
	}
	room := newBudget(max(opts.UnverifiedBytes, in.MaxBodyBytes()), opts.BusyWait)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.Method {
		case http.MethodGet:
			q := r.URL.Query()
			tok := q.Get("hub.verify_token")
			if q.Get("hub.mode") != "subscribe" || opts.VerifyToken == "" ||
				subtle.ConstantTimeCompare([]byte(tok), []byte(opts.VerifyToken)) != 1 {
				http.Error(w, "forbidden", http.StatusForbidden)
				return
			}
			w.Header().Set("Content-Type", "text/plain; charset=utf-8")
			_, _ = io.WriteString(w, q.Get("hub.challenge"))
		case http.MethodPost:
			if r.ContentLength > in.MaxBodyBytes() {
				http.Error(w, "payload too large", http.StatusRequestEntityTooLarge)
				return
			}
			sig := r.Header.Get("X-Hub-Signature-256")
			head := payloadHeaderLen(opts.Source, sig)
			buf, held, err := room.readBody(r, w, in.MaxBodyBytes(), head)
			if err != nil {
				var mbe *http.MaxBytesError
				switch {
				case errors.As(err, &mbe):
					http.Error(w, "payload too large", http.StatusRequestEntityTooLarge)
				case errors.Is(err, errBusy):
					in.count(func(s *Stats) { s.Busy++ })
					w.Header().Set("Retry-After", "1")
					http.Error(w, "busy", http.StatusServiceUnavailable)
				default:
					http.Error(w, "read body", http.StatusBadRequest)
				}
				return
			}
			body := buf[head:]
			if !Verify(in.opts.Secret, body, sig) {
				room.release(held) // an unsigned body never waits for the store
				in.count(func(s *Stats) { s.BadSignature++ })
				http.Error(w, "bad signature", http.StatusUnauthorized)
				return
			}
			room.release(held)
			_, err = in.accept(r.Context(), buf, head, sig, opts.Source, true)
			switch {
			case err == nil:
				// No header set: net/http gives "ok" the Content-Type
				// text/plain; charset=utf-8 itself, without the header
				// map a handler's own header costs it (a map and its
				// copy per answer; TestHandler_StoredIsPlainText).
				_, _ = io.WriteString(w, "ok")
			case errors.Is(err, ErrTooLarge):
				http.Error(w, "payload too large", http.StatusRequestEntityTooLarge)
			case errors.Is(err, ErrBadSignature):
				http.Error(w, "bad signature", http.StatusUnauthorized)
			case errors.Is(err, ErrMalformed):
				http.Error(w, "malformed body", http.StatusBadRequest)
			case errors.Is(err, context.Canceled), errors.Is(err, context.DeadlineExceeded):
				http.Error(w, "shutting down", http.StatusServiceUnavailable)
			default:
				log.Error("webhook not stored; Meta will retry", "err", err)
				http.Error(w, "not stored", http.StatusInternalServerError)
			}
		default:
			w.Header().Set("Allow", "GET, POST")
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		}
	})
}
