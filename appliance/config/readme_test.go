package config

import (
	"os"
	"regexp"
	"strings"
	"testing"
)

// TestREADME_DocumentsEverySetting keeps the README's configuration table
// and the Options table in step.
func TestREADME_DocumentsEverySetting(t *testing.T) {
	src, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	readme := string(src)
	var o Options
	known := map[string]bool{EnvConfigFile: true}
	for _, f := range o.Fields() {
		known[f.Env] = true
		if f.Secret {
			known[f.Env+"_FILE"] = true
		}
		if !strings.Contains(readme, "| `"+f.Env+"` | `--"+f.Flag()+"` |") {
			t.Errorf("README's configuration table lacks a row for %s", f.Env)
		}
	}
	for _, m := range regexp.MustCompile(`FATOORA_[A-Z0-9_]+`).FindAllString(readme, -1) {
		if !known[m] && !strings.HasPrefix(m, "FATOORA_TEST_") { // test-only variables are not settings
			t.Errorf("README mentions %s, which is not a setting", m)
		}
	}
}
