package staff

import (
	"os"
	"path/filepath"
	"regexp"
	"testing"
)

// Every problem the pipeline marks a line with ("quantity", "size" …) is
// worded on the page in both languages: a problem added to the policy
// without its words would show the catalogue key ("problem.quantity").
func TestOps_EveryLineProblemWorded(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("..", "..", "appliance", "pipeline", "*.go"))
	if err != nil || len(files) == 0 {
		t.Fatalf("the pipeline's sources: %v %v", files, err)
	}
	set := regexp.MustCompile(`Problem = "([a-z-]+)"`)
	seen := 0
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range set.FindAllStringSubmatch(string(src), -1) {
			seen++
			for _, lang := range []Lang{Arabic, English} {
				if got := text(lang, "problem."+m[1]); got == "" || got == "problem."+m[1] {
					t.Errorf("%s: problem %q has no %v words (%q)", filepath.Base(f), m[1], lang, got)
				}
			}
		}
	}
	if seen < 5 {
		t.Fatalf("found %d problems set in the pipeline; the pattern no longer matches its code", seen)
	}
}
