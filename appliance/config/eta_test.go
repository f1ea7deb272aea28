package config

import (
	"flag"
	"io"
	"strings"
	"testing"
)

func TestETA_URLsAndValidate(t *testing.T) {
	for _, tc := range []struct {
		name    string
		args    []string
		env     map[string]string
		id, api string
		portal  string
		errs    []string
	}{
		{name: "default prod, off", id: "https://id.eta.gov.eg", api: "https://api.invoicing.eta.gov.eg", portal: "https://invoicing.eta.gov.eg"},
		{name: "preprod", args: []string{"--eta-env", "preprod"},
			id: "https://id.preprod.eta.gov.eg", api: "https://api.preprod.invoicing.eta.gov.eg", portal: "https://preprod.invoicing.eta.gov.eg"},
		{name: "override one", args: []string{"--eta-env", "preprod", "--eta-api-url", "http://127.0.0.1:9999/"},
			id: "https://id.preprod.eta.gov.eg", api: "http://127.0.0.1:9999", portal: "https://preprod.invoicing.eta.gov.eg"},
		{name: "on and complete", args: []string{"--eta-client-id", "c", "--eta-pos-serial", "P1", "--eta-rin", "123456789", "--eta-activity-code", "4759"},
			env: map[string]string{"FATOORA_ETA_CLIENT_SECRET": "s"},
			id:  "https://id.eta.gov.eg", api: "https://api.invoicing.eta.gov.eg", portal: "https://invoicing.eta.gov.eg"},
		{name: "on and incomplete", args: []string{"--eta-client-id", "c", "--eta-rin", "12345678"},
			id: "https://id.eta.gov.eg", api: "https://api.invoicing.eta.gov.eg", portal: "https://invoicing.eta.gov.eg",
			errs: []string{"FATOORA_ETA_CLIENT_SECRET", "FATOORA_ETA_POS_SERIAL", "FATOORA_ETA_RIN", "FATOORA_ETA_ACTIVITY_CODE"}},
		{name: "bad env", args: []string{"--eta-env", "test"}, errs: []string{"FATOORA_ETA_ENV", "FATOORA_ETA_ID_URL"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fs := flag.NewFlagSet("serve", flag.ContinueOnError)
			fs.SetOutput(io.Discard)
			o, err := Load(fs, tc.args, func(k string) string { return tc.env[k] })
			if err != nil {
				t.Fatal(err)
			}
			err = o.Validate()
			if len(tc.errs) == 0 && err != nil {
				t.Fatalf("Validate: %v", err)
			}
			for _, e := range tc.errs {
				if err == nil || !strings.Contains(err.Error(), e) {
					t.Errorf("Validate: %v, want a problem with %s", err, e)
				}
			}
			if tc.id == "" {
				return
			}
			id, api, portal := o.ETA.URLs()
			if id != tc.id || api != tc.api || portal != tc.portal {
				t.Errorf("URLs %s %s %s", id, api, portal)
			}
		})
	}
}
