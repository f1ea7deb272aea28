package config

import (
	"flag"
	"io"
	"strings"
	"testing"
)

// TestShopHours_S26: the shop's hours, English texts and map link are
// settings like the others (env, flag), the demo has the demo showroom's
// hours, and a live box never tells a customer the demo's: unset there,
// they are none (hours questions go to staff).
func TestShopHours_S26(t *testing.T) {
	env := map[string]string{
		"FATOORA_SHOP_HOURS":      "من ١١ الصبح لـ ١١ بالليل، الجمعة اجازة",
		"FATOORA_SHOP_HOURS_EN":   "11 am to 11 pm, closed on Fridays",
		"FATOORA_SHOP_ADDRESS_EN": "5 Tahrir St., Dokki",
		"FATOORA_SHOP_MAP_URL":    "https://maps.app.goo.gl/abc",
	}
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	o, err := Load(fs, nil, func(k string) string { return env[k] })
	if err != nil {
		t.Fatal(err)
	}
	if o.Shop.Hours != env["FATOORA_SHOP_HOURS"] || o.Shop.HoursEN != env["FATOORA_SHOP_HOURS_EN"] ||
		o.Shop.AddressEN != env["FATOORA_SHOP_ADDRESS_EN"] || o.Shop.MapURL != env["FATOORA_SHOP_MAP_URL"] {
		t.Errorf("env not read: %+v", o.Shop)
	}
	if err := o.Validate(); err != nil {
		t.Errorf("valid settings refused: %v", err)
	}
	fs = flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	if o, err = Load(fs, []string{"--shop-hours", "٩ الصبح"}, nil); err != nil || o.Shop.Hours != "٩ الصبح" {
		t.Errorf("--shop-hours: %q %v", o.Shop.Hours, err)
	}

	d := Default()
	if d.Shop.Hours == "" || d.Shop.HoursEN == "" || d.Shop.AddressEN == "" {
		t.Fatalf("the demo showroom has no hours: %+v", d.Shop)
	}
	if got := d.ShopInfo(); got.Hours != d.Shop.Hours || got.Address != d.Shop.Address {
		t.Errorf("a demo box tells its demo hours and address: %+v", got)
	}
	live := liveOptions() // the shop's own name, address, tax id; hours not set
	if got := live.ShopInfo(); got.Hours != "" || got.HoursEN != "" || got.AddressEN != "" || got.Address != live.Shop.Address {
		t.Errorf("a live box tells the demo's hours or English address: %+v", got)
	}
	if len(live.NotReady()) != 0 {
		t.Errorf("hours are optional: a live box without them is ready, got %v", live.NotReady())
	}
	live.Shop.Hours, live.Shop.MapURL = "من ٩ لـ ٩", "https://maps.app.goo.gl/xyz"
	if got := live.ShopInfo(); got.Hours != "من ٩ لـ ٩" || got.MapURL != live.Shop.MapURL {
		t.Errorf("a live box's own hours are told: %+v", got)
	}

	bad := Default()
	bad.Shop.MapURL = "maps.app.goo.gl/abc"
	if err := bad.Validate(); err == nil || !strings.Contains(err.Error(), "FATOORA_SHOP_MAP_URL") {
		t.Errorf("a map link that is no URL: %v", err)
	}
}
