package config

import (
	"strings"
	"testing"
)

// TestOptions_RelayNotReady: a relay setting that is merely missing makes
// the box "not ready" (named on /healthz), not a start-up error.
func TestOptions_RelayNotReady(t *testing.T) {
	for _, tt := range []struct {
		name string
		mod  func(*Options)
		want string
	}{
		{"no token", func(o *Options) { o.Relay.URL, o.WhatsApp.AppSecret = "wss://r.example", "s" }, "FATOORA_RELAY_TOKEN"},
		{"no app secret", func(o *Options) { o.Relay.URL, o.Relay.Token = "wss://r.example", "tok" }, "FATOORA_WA_APP_SECRET"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			o := Default()
			tt.mod(&o)
			if err := o.Validate(); err != nil {
				t.Fatalf("Validate: %v", err)
			}
			found := false
			for _, m := range o.NotReady() {
				found = found || m.Env == tt.want
			}
			if o.Mode() != Live || !found {
				t.Fatalf("mode %s, NotReady %v: want live and %s named", o.Mode(), o.NotReady(), tt.want)
			}
		})
	}
}

func TestOptions_ValidateRelay(t *testing.T) {
	tests := []struct {
		name string
		mod  func(*Options)
		want string // "" = valid
	}{
		{"no relay", func(*Options) {}, ""},
		{"relay", func(o *Options) {
			o.Relay.URL, o.Relay.Token, o.WhatsApp.AppSecret = "wss://relay.example.com", "tok", "s"
		}, ""},
		{"relay graph", func(o *Options) {
			o.Relay.URL, o.Relay.Token, o.WhatsApp.AppSecret = "ws://127.0.0.1:9090", "tok", "s"
			o.Relay.Graph, o.WhatsApp.PhoneNumberID = true, "106"
		}, ""},
		{"http url", func(o *Options) {
			o.Relay.URL, o.Relay.Token, o.WhatsApp.AppSecret = "https://relay.example.com", "tok", "s"
		}, "FATOORA_RELAY_URL"},
		{"graph without relay", func(o *Options) { o.Relay.Graph, o.WhatsApp.PhoneNumberID = true, "106" }, "FATOORA_RELAY_GRAPH"},
		{"graph with a local token", func(o *Options) {
			o.Relay.URL, o.Relay.Token, o.WhatsApp.AppSecret = "wss://r.example", "tok", "s"
			o.Relay.Graph, o.WhatsApp.PhoneNumberID, o.WhatsApp.Token = true, "106", "meta"
		}, "FATOORA_WA_TOKEN"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := Default()
			tt.mod(&o)
			err := o.Validate()
			if tt.want == "" {
				if err != nil {
					t.Fatal(err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("err = %v, want it to mention %s", err, tt.want)
			}
		})
	}
}
