package appliance

import (
	"log/slog"
	"strings"

	"fatoora/appliance/config"
	"fatoora/appliance/health"
	"fatoora/appliance/part"
)

// modePart says what kind of box this is. A demo is "ok" and says so; a
// live box with a setting missing or still a demo value is "not ready":
// it answers no customer and issues no document (the queue and the outbox
// do not run), keeps storing every webhook it can verify, and /healthz
// names each missing setting until the box is restarted with them.
func modePart(o config.Options, log *slog.Logger) part.Part {
	mode := o.Mode()
	miss := o.NotReady()
	names := make([]string, len(miss))
	for i, m := range miss {
		names[i] = m.String()
	}
	switch {
	case mode == config.Demo:
		log.Info("demo box: embedded catalog, simulator, documents marked DEMO; set the WhatsApp settings to go live (README, Going live)")
	case len(miss) > 0:
		log.Error("live box NOT READY: it answers no customer and issues no document until these are set (fatoora check lists them)", "missing", strings.Join(names, "; "))
	default:
		log.Info("live box ready")
	}
	return part.Part{
		Name: "mode",
		Health: map[string]func() health.State{"mode": func() health.State {
			st := health.State{Status: health.OK, Details: map[string]any{"mode": string(mode)}}
			switch {
			case mode == config.Demo:
				st.Message = "demo: embedded catalog and simulator; documents are marked DEMO"
			case len(miss) > 0:
				st.Status = health.Degraded
				st.Details["ready"] = false
				st.Details["missing"] = names
				st.Message = "not ready: answering no customer and issuing no document until set: " + strings.Join(names, "; ")
			default:
				st.Details["ready"] = true
			}
			return st
		}},
	}
}
