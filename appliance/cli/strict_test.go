package cli_test

import (
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fatoora/appliance/cli"
	"fatoora/appliance/config"
)

// TestServe_StrictRefusesHalfLive: the packaged service runs --strict, and a
// live configuration missing any required setting must not start at all,
// naming each missing setting, before it touches the data directory.
func TestServe_StrictRefusesHalfLive(t *testing.T) {
	full := map[string]string{
		"FATOORA_WA_APP_SECRET":      "app-secret",
		"FATOORA_WA_VERIFY_TOKEN":    "verify-me",
		"FATOORA_WA_TOKEN":           "EAAG-token",
		"FATOORA_WA_PHONE_NUMBER_ID": "1234567890",
		"FATOORA_SHOP_NAME":          "معرض النيل للأثاث",
		"FATOORA_SHOP_ADDRESS":       "٥ شارع التحرير، الدقي",
		"FATOORA_SHOP_TAX_ID":        "312-456-789",
	}
	for drop := range full {
		t.Run("without "+drop, func(t *testing.T) {
			data := filepath.Join(t.TempDir(), "data")
			env := map[string]string{"FATOORA_DATA": data, "FATOORA_LISTEN": "127.0.0.1:0"}
			for k, v := range full {
				if k != drop {
					env[k] = v
				}
			}
			err := cli.Run(context.Background(), []string{"serve", "--strict"}, cli.IO{
				Stdin: strings.NewReader(""), Stdout: io.Discard, Stderr: io.Discard,
				Getenv: func(k string) string { return env[k] },
			})
			if !errors.Is(err, config.ErrNotLive) || !strings.Contains(err.Error(), drop) {
				t.Fatalf("serve --strict without %s: %v", drop, err)
			}
			if _, err := os.Stat(data); !errors.Is(err, os.ErrNotExist) {
				t.Fatalf("the refused box touched its data directory: %v", err)
			}
		})
	}
	t.Run("demo", func(t *testing.T) {
		data := filepath.Join(t.TempDir(), "data")
		err := cli.Run(context.Background(), []string{"serve", "--strict", "--data", data}, cli.IO{
			Stdin: strings.NewReader(""), Stdout: io.Discard, Stderr: io.Discard,
			Getenv: func(string) string { return "" },
		})
		if !errors.Is(err, config.ErrNotLive) {
			t.Fatalf("serve --strict with no WhatsApp settings: %v", err)
		}
	})
}
