package ingest

import (
	"fmt"
	"log/slog"
	"net/http"
	"time"

	"fatoora/appliance/health"
	"fatoora/appliance/part"
	"fatoora/appliance/supervise"
)

// PartOptions configure the webhook part.
type PartOptions struct {
	// VerifyToken answers Meta's subscription handshake (see HandlerOptions).
	VerifyToken string
	// SecretConfigured says the shop's Meta app secret is set; without it
	// only in-process sources (the simulator) can post, and health says so.
	SecretConfigured bool
	// SendingConfigured says a Graph API token is set (shown in health).
	SendingConfigured bool
	Logger            *slog.Logger
}

// Part is the webhook as a part of the box: POST and GET
// /webhook/whatsapp, the "webhook" health reporter (with the applier's
// backlog) and the "ingest-apply" service, the applier of journalled
// payloads.
func (in *Ingester) Part(opts PartOptions) part.Part {
	h := Handler(in, HandlerOptions{VerifyToken: opts.VerifyToken, Logger: opts.Logger})
	return part.Part{
		Name: "webhook",
		Routes: func(mux *http.ServeMux) {
			mux.Handle("/webhook/whatsapp", h)
		},
		Health:   map[string]func() health.State{"webhook": func() health.State { return in.health(opts) }},
		Services: map[string]supervise.Service{"ingest-apply": supervise.Func(in.serveApply)},
	}
}

// health reports the counters, and whether the box is connected to Meta.
func (in *Ingester) health(opts PartOptions) health.State {
	s := in.Stats()
	st := health.State{Status: health.OK, Details: map[string]any{
		"webhooks_accepted": s.Accepted, "messages": s.Messages, "duplicates": s.Duplicates,
		"bad_signature": s.BadSignature, "malformed": s.Malformed, "too_large": s.TooLarge,
		"store_errors": s.StoreErrors, "webhook_secret_configured": opts.SecretConfigured,
		"sending_configured": opts.SendingConfigured, "flagged_messages": s.Flagged,
	}}
	if !s.LastAccepted.IsZero() {
		st.Details["last_webhook"] = s.LastAccepted
	}
	lag, lagErr := in.Lag()
	st.Details["apply_pending"] = lag.Pending
	var waited time.Duration
	if !lag.Oldest.IsZero() {
		waited = max(in.opts.Now().Sub(lag.Oldest), 0)
		st.Details["apply_oldest_age_s"] = waited.Seconds()
	}
	if lag.Err != "" {
		st.Details["apply_error"] = lag.Err
	}
	switch {
	case lag.Err != "":
		st.Status, st.Message = health.Degraded, fmt.Sprintf("%d received webhooks wait to be applied: %s", lag.Pending, lag.Err)
	case lagErr != nil:
		st.Status, st.Message = health.Degraded, "the applier's backlog cannot be read: "+lagErr.Error()
	case waited > in.opts.LagBound:
		st.Status, st.Message = health.Degraded, fmt.Sprintf("%d received webhooks wait to be applied, the oldest for %s", lag.Pending, waited.Round(time.Second))
	case !opts.SecretConfigured:
		st.Message = "not connected to WhatsApp (simulator only): set FATOORA_WA_APP_SECRET"
	case s.StoreErrors > 0 && s.LastError != "":
		st.Status, st.Message = health.Degraded, "a webhook could not be stored: "+s.LastError
	case s.Flagged > 0:
		st.Message = fmt.Sprintf("%d messages stored without a usable sender wait for staff (flagged_messages)", s.Flagged)
	}
	return st
}
