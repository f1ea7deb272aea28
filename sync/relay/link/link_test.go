package link

import (
	"context"
	"testing"
	"time"
)

func TestBackoff(t *testing.T) {
	ms := time.Millisecond
	tests := []struct {
		n    int
		r    float64
		want time.Duration
	}{
		{0, 0, 250 * ms},
		{0, 0.999999, 500*ms - 1*time.Microsecond},
		{1, 0, 500 * ms},
		{3, 0.5, 3 * time.Second},
		{10, 0, 15 * time.Second}, // capped at max
		{1000, 0, 15 * time.Second},
	}
	for _, tt := range tests {
		got := Backoff(tt.n, 500*ms, 30*time.Second, tt.r)
		if d := got - tt.want; d < -time.Microsecond || d > time.Microsecond {
			t.Errorf("Backoff(%d, r=%v) = %v, want %v", tt.n, tt.r, got, tt.want)
		}
	}
}

func TestOptions_Validate(t *testing.T) {
	accept := func(context.Context, []byte, string) error { return nil }
	tests := []struct {
		name string
		o    Options
		ok   bool
	}{
		{"ws", Options{URL: "ws://127.0.0.1:9090", Token: "t", Accept: accept}, true},
		{"wss with path", Options{URL: "wss://relay.example.com/fatoora", Token: "t", Accept: accept}, true},
		{"http scheme", Options{URL: "https://relay.example.com", Token: "t", Accept: accept}, false},
		{"no token", Options{URL: "wss://relay.example.com", Accept: accept}, false},
		{"credentials in url", Options{URL: "wss://u:p@relay.example.com", Token: "t", Accept: accept}, false},
		{"no accept", Options{URL: "wss://relay.example.com", Token: "t"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := tt.o.Validate(); (err == nil) != tt.ok {
				t.Fatalf("Validate() = %v, want ok=%v", err, tt.ok)
			}
		})
	}
}

func TestLink_HealthBeforeConnect(t *testing.T) {
	l, err := New(Options{URL: "ws://127.0.0.1:1", Token: "t", Accept: func(context.Context, []byte, string) error { return nil }})
	if err != nil {
		t.Fatal(err)
	}
	p := l.Part()
	if p.Name != "relay" || p.Services["relay"] == nil || p.Health["relay"] == nil {
		t.Fatalf("part: %+v", p)
	}
	if st := p.Health["relay"](); st.Status != "degraded" {
		t.Fatalf("health before connecting: %+v", st)
	}
}

func TestCustomerOf(t *testing.T) {
	msg := func(from string) string { return `{"from":"` + from + `","id":"w","type":"text"}` }
	body := func(values ...string) []byte {
		s := `{"object":"whatsapp_business_account","entry":[{"changes":[`
		for i, v := range values {
			if i > 0 {
				s += ","
			}
			s += `{"value":` + v + `}`
		}
		return []byte(s + `]}]}`)
	}
	tests := []struct {
		name string
		body []byte
		key  string
		ok   bool
	}{
		{"one message", body(`{"messages":[` + msg("2010") + `]}`), "2010", true},
		{"same customer twice", body(`{"messages":[`+msg("2010")+`,`+msg("2010")+`]}`, `{"statuses":[{"recipient_id":"2010"}]}`), "2010", true},
		{"two customers", body(`{"messages":[` + msg("2010") + `,` + msg("2011") + `]}`), "", false},
		{"message and another's status", body(`{"messages":[`+msg("2010")+`]}`, `{"statuses":[{"recipient_id":"2011"}]}`), "", false},
		{"nobody", body(`{"metadata":{}}`), "", false},
		{"not json", []byte(`{`), "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			key, ok := customerOf(tt.body)
			if key != tt.key || ok != tt.ok {
				t.Fatalf("customerOf = %q, %v; want %q, %v", key, ok, tt.key, tt.ok)
			}
		})
	}
}

// FuzzCustomerOf: any body yields one customer or none, never a panic.
func FuzzCustomerOf(f *testing.F) {
	f.Add([]byte(`{"entry":[{"changes":[{"value":{"messages":[{"from":"2010"}]}}]}]}`))
	f.Add([]byte(`{"entry":[{"changes":[{"value":{"statuses":[{"recipient_id":"2010"}],"messages":[{"from":"2011"}]}}]}]}`))
	f.Fuzz(func(t *testing.T, body []byte) {
		if key, ok := customerOf(body); ok != (key != "") {
			t.Fatalf("customerOf = %q, %v", key, ok)
		}
	})
}
