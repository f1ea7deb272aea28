package ollama_test

import (
	"context"
	"testing"

	"fatoora/appliance/health"
	"fatoora/appliance/understand/ollama/ollamatest"
)

// TestClient_Part reports the model on /healthz: not checked yet, then
// healthy once the server answered, degraded when the model is missing;
// the watch service is offered under its name.
func TestClient_Part(t *testing.T) {
	tests := []struct {
		name       string
		install    bool
		check      bool
		wantStatus string
		wantMsg    string
	}{
		{"before the first check", true, false, health.Degraded, "not checked yet"},
		{"server and model answer", true, true, health.OK, ""},
		{"model not installed", false, true, health.Degraded, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			fake := ollamatest.New(t) // nothing installed
			if tc.install {
				fake.AddModel(model)
			}
			c := newClient(t, fake, nil)
			p := c.Part()
			if p.Name != "model" || p.Services["model-health"] == nil {
				t.Fatalf("part %+v", p)
			}
			if tc.check {
				_, _ = c.Health(context.Background())
			}
			st := p.Health["model"]()
			if st.Status != tc.wantStatus || (tc.wantMsg != "" && st.Message != tc.wantMsg) {
				t.Errorf("state %+v", st)
			}
			if tc.wantStatus != health.OK && st.Message == "" {
				t.Errorf("degraded without a message: %+v", st)
			}
			if st.Details["model"] != model || st.Details["url"] != fake.URL {
				t.Errorf("details %+v", st.Details)
			}
		})
	}
}
