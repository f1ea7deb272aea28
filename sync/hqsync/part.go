package hqsync

import (
	"errors"
	"net/http"
	"strconv"

	"fatoora/appliance/health"
	"fatoora/appliance/part"
	"fatoora/appliance/supervise"
	"fatoora/ui/web"
)

// Part attaches the forwarder to the box: its one service and its
// /healthz reporter, both named hq-sync, and two operator routes, from the
// box itself only (staff see and act on the same items on the staff page,
// /staff/hq):
//
//	GET  /admin/hq/rejected                 items head office refused for good (JSON)
//	POST /admin/hq/rejected/{seq}/requeue   send one again
func (f *Forwarder) Part() part.Part {
	return part.Part{
		Name:     Name,
		Health:   map[string]func() health.State{Name: f.Health},
		Services: map[string]supervise.Service{Name: f},
		Routes: func(mux *http.ServeMux) {
			mux.Handle("GET /admin/hq/rejected", web.LoopbackOnly(http.HandlerFunc(f.serveRejected)))
			mux.Handle("POST /admin/hq/rejected/{seq}/requeue", web.LoopbackOnly(web.CrossOrigin(http.HandlerFunc(f.serveRequeue))))
		},
	}
}

func (f *Forwarder) serveRejected(w http.ResponseWriter, r *http.Request) {
	rs, err := f.Rejections()
	if err != nil {
		f.log.Error("list rejections", "err", err)
		web.Error(w, http.StatusInternalServerError, "could not read the rejected items")
		return
	}
	type row struct {
		Seq uint64 `json:"seq"`
		Rejection
	}
	out := make([]row, 0, len(rs))
	for _, x := range rs {
		out = append(out, row{x.Seq, x})
	}
	web.JSON(w, http.StatusOK, out)
}

func (f *Forwarder) serveRequeue(w http.ResponseWriter, r *http.Request) {
	seq, err := strconv.ParseUint(r.PathValue("seq"), 10, 64)
	if err != nil {
		web.Error(w, http.StatusBadRequest, "seq: want a number")
		return
	}
	switch err := f.Requeue(r.Context(), seq); {
	case errors.Is(err, ErrNoRejection):
		web.Error(w, http.StatusNotFound, err.Error())
	case err != nil:
		f.log.Error("requeue", "seq", seq, "err", err)
		web.Error(w, http.StatusInternalServerError, "could not requeue the item")
	default:
		f.log.Info("rejected item requeued by the operator", "seq", seq)
		web.JSON(w, http.StatusOK, map[string]any{"requeued": seq})
	}
}
