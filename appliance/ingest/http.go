package ingest

import (
	"context"
	"crypto/subtle"
	"errors"
	"io"
	"log/slog"
	"net/http"
)

// HandlerOptions configure Handler.
type HandlerOptions struct {
	// VerifyToken answers Meta's GET subscription handshake; empty refuses
	// every handshake (403).
	VerifyToken string
	// Source is recorded with each payload (default "webhook").
	Source string
	Logger *slog.Logger
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
			body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, in.MaxBodyBytes()))
			if err != nil {
				var mbe *http.MaxBytesError
				if errors.As(err, &mbe) {
					http.Error(w, "payload too large", http.StatusRequestEntityTooLarge)
					return
				}
				http.Error(w, "read body", http.StatusBadRequest)
				return
			}
			_, err = in.Accept(r.Context(), body, r.Header.Get("X-Hub-Signature-256"), opts.Source)
			switch {
			case err == nil:
				w.Header().Set("Content-Type", "text/plain; charset=utf-8")
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
