package config

import (
	"errors"
	"flag"
	"io"
	"strings"
	"testing"
)

func liveOptions() Options {
	o := Default()
	o.WhatsApp.AppSecret = "s3cret"
	o.WhatsApp.VerifyToken = "verify"
	o.WhatsApp.Token = "EAAG-token"
	o.WhatsApp.PhoneNumberID = "1234567890"
	o.Shop.Name = "معرض النيل للأثاث"
	o.Shop.Address = "٥ شارع التحرير، الدقي، الجيزة"
	o.Shop.TaxID = "312-456-789"
	return o
}

func TestOptions_Mode(t *testing.T) {
	o := Default()
	if o.Mode() != Demo {
		t.Fatalf("defaults: mode %s, want demo", o.Mode())
	}
	for _, set := range []func(*Options){
		func(o *Options) { o.WhatsApp.AppSecret = "x" },
		func(o *Options) { o.WhatsApp.VerifyToken = "x" },
		func(o *Options) { o.WhatsApp.Token = "x" },
		func(o *Options) { o.WhatsApp.PhoneNumberID = "x" },
	} {
		o := Default()
		set(&o)
		if o.Mode() != Live {
			t.Errorf("one WhatsApp credential set: mode %s, want live", o.Mode())
		}
	}
}

func TestOptions_NotReady(t *testing.T) {
	if d := Default(); len(d.NotReady()) != 0 {
		t.Fatalf("a demo box is not 'not ready': %v", d.NotReady())
	}
	full := liveOptions()
	if m := full.NotReady(); len(m) != 0 {
		t.Fatalf("complete live box: %v", m)
	}
	d := Default()
	cases := []struct {
		env    string
		change func(*Options)
		reason string
	}{
		{"FATOORA_WA_APP_SECRET", func(o *Options) { o.WhatsApp.AppSecret = "" }, "not set"},
		{"FATOORA_WA_VERIFY_TOKEN", func(o *Options) { o.WhatsApp.VerifyToken = "" }, "not set"},
		{"FATOORA_WA_TOKEN", func(o *Options) { o.WhatsApp.Token = "" }, "not set"},
		{"FATOORA_WA_PHONE_NUMBER_ID", func(o *Options) { o.WhatsApp.PhoneNumberID = "" }, "not set"},
		{"FATOORA_SHOP_NAME", func(o *Options) { o.Shop.Name = d.Shop.Name }, "demo value"},
		{"FATOORA_SHOP_ADDRESS", func(o *Options) { o.Shop.Address = d.Shop.Address }, "demo value"},
		{"FATOORA_SHOP_ADDRESS", func(o *Options) { o.Shop.Address = "  " }, "not set"},
		{"FATOORA_SHOP_TAX_ID", func(o *Options) { o.Shop.TaxID = d.Shop.TaxID }, "demo value"},
		{"FATOORA_SHOP_TAX_ID", func(o *Options) { o.Shop.TaxID = "" }, "not set"},
	}
	for _, c := range cases {
		t.Run(c.env+"/"+c.reason, func(t *testing.T) {
			o := liveOptions()
			c.change(&o)
			m := o.NotReady()
			if len(m) != 1 || m[0].Env != c.env || !strings.Contains(m[0].Reason, c.reason) {
				t.Fatalf("NotReady = %v, want only %s (%s)", m, c.env, c.reason)
			}
			o.Server.Strict = true
			err := o.StrictCheck()
			if !errors.Is(err, ErrNotLive) || !strings.Contains(err.Error(), c.env) {
				t.Fatalf("StrictCheck = %v, want ErrNotLive naming %s", err, c.env)
			}
		})
	}
}

func TestOptions_NotReadyRelayGraph(t *testing.T) {
	o := liveOptions()
	o.WhatsApp.Token = ""
	o.Relay.URL, o.Relay.Token, o.Relay.Graph = "wss://relay.example.com", "box-token", true
	if m := o.NotReady(); len(m) != 0 {
		t.Fatalf("a box whose relay holds Meta's token needs none itself: %v", m)
	}
}

func TestOptions_StrictCheck(t *testing.T) {
	o := Default()
	if err := o.StrictCheck(); err != nil {
		t.Fatalf("not strict: %v", err)
	}
	o.Server.Strict = true
	if err := o.StrictCheck(); !errors.Is(err, ErrNotLive) {
		t.Fatalf("strict demo box: %v, want ErrNotLive", err)
	}
	l := liveOptions()
	l.Server.Strict = true
	if err := l.StrictCheck(); err != nil {
		t.Fatalf("strict complete live box: %v", err)
	}
}

func TestLoad_ListenByMode(t *testing.T) {
	load := func(env map[string]string, args ...string) Options {
		t.Helper()
		fs := flag.NewFlagSet("t", flag.ContinueOnError)
		fs.SetOutput(io.Discard)
		o, err := Load(fs, args, func(k string) string { return env[k] })
		if err != nil {
			t.Fatal(err)
		}
		return o
	}
	if got := load(nil).Server.Listen; got != DemoListen {
		t.Errorf("demo box listens on %q, want %q (the box itself only)", got, DemoListen)
	}
	live := map[string]string{"FATOORA_WA_APP_SECRET": "s"}
	if got := load(live).Server.Listen; got != LiveListen {
		t.Errorf("live box listens on %q, want %q", got, LiveListen)
	}
	if got := load(nil, "--listen", "0.0.0.0:9000").Server.Listen; got != "0.0.0.0:9000" {
		t.Errorf("demo box told to listen on the LAN: %q", got)
	}
	live["FATOORA_LISTEN"] = "127.0.0.1:7000"
	if got := load(live).Server.Listen; got != "127.0.0.1:7000" {
		t.Errorf("live box with FATOORA_LISTEN: %q", got)
	}
}
