package ingest

import (
	"fmt"
	"log/slog"
	"net/http"

	"fatoora/appliance/health"
	"fatoora/appliance/part"
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
// /webhook/whatsapp, and the "webhook" health reporter.
func (in *Ingester) Part(opts PartOptions) part.Part {
	h := Handler(in, HandlerOptions{VerifyToken: opts.VerifyToken, Logger: opts.Logger})
	return part.Part{
		Name: "webhook",
		Routes: func(mux *http.ServeMux) {
			mux.Handle("/webhook/whatsapp", h)
		},
		Health: map[string]func() health.State{"webhook": func() health.State { return in.health(opts) }},
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
	switch {
	case !opts.SecretConfigured:
		st.Message = "not connected to WhatsApp (simulator only): set FATOORA_WA_APP_SECRET"
	case s.StoreErrors > 0 && s.LastError != "":
		st.Status, st.Message = health.Degraded, "a webhook could not be stored: "+s.LastError
	case s.Flagged > 0:
		st.Message = fmt.Sprintf("%d messages stored without a usable sender wait for staff (flagged_messages)", s.Flagged)
	}
	return st
}
