package health_test

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"testing"

	"fatoora/appliance/health"
)

func TestRegistry_Report(t *testing.T) {
	r := health.NewRegistry()
	r.Register("store", func() health.State { return health.State{Status: health.OK} })
	srv := httptest.NewServer(r.Handler())
	defer srv.Close()
	get := func() health.Report {
		resp, err := http.Get(srv.URL)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var rep health.Report
		if err := json.NewDecoder(resp.Body).Decode(&rep); err != nil {
			t.Fatal(err)
		}
		return rep
	}
	if rep := get(); rep.Status != "ok" || rep.Parts["store"].Status != "ok" {
		t.Errorf("%+v", rep)
	}
	r.Register("whatsapp", func() health.State { return health.State{Status: "bad", Message: "token expired"} })
	r.Register("ollama", func() health.State { panic("bug") })
	rep := get()
	if rep.Status != "degraded" || rep.Parts["whatsapp"].Status != "degraded" || rep.Parts["whatsapp"].Message != "token expired" || rep.Parts["ollama"].Status != "degraded" {
		t.Errorf("%+v", rep)
	}
}

func TestRegistry_CriticalIs503(t *testing.T) {
	r := health.NewRegistry()
	r.Register("queue", func() health.State { return health.State{Status: health.Degraded} })
	r.Register("outbox", func() health.State {
		return health.State{Status: health.Critical, Message: "sending paused: token expired"}
	})
	srv := httptest.NewServer(r.Handler())
	defer srv.Close()
	resp, err := http.Get(srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var rep health.Report
	if err := json.NewDecoder(resp.Body).Decode(&rep); err != nil {
		t.Fatal(err)
	}
	if resp.StatusCode != http.StatusServiceUnavailable || rep.Status != health.Critical || rep.Parts["outbox"].Status != health.Critical {
		t.Errorf("%d %+v", resp.StatusCode, rep)
	}
}
