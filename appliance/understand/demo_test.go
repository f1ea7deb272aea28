package understand

import (
	"path/filepath"
	"testing"
)

// TestRules_DemoShowroom scores messages written for the embedded demo
// showroom (catalog/demo), a catalog the rules were not written against:
// 0.967 invoice-exact at first contact (one colour inside a product's own
// name), 1.000 since.
func TestRules_DemoShowroom(t *testing.T) {
	demo := filepath.Join("..", "..", "catalog", "demo")
	rate, n := scoreCorpus(t, filepath.Join(demo, "catalog.csv"), filepath.Join(demo, "synonyms.txt"), filepath.Join("testdata", "demo.jsonl"))
	t.Logf("demo: invoice-exact %.3f on %d messages", rate, n)
	if rate < 0.9 {
		t.Errorf("demo: invoice-exact %.3f < 0.90", rate)
	}
}
