package staff

import (
	"testing"

	"fatoora/ui/staff/browsertest"
)

// browserRun drives a script in ui/staff/e2e (package browsertest: Debian's
// chromium, node and playwright-core; skipped when one is absent).
type browserRun struct{ browsertest.Run }

func needBrowser(t *testing.T) browserRun { return browserRun{browsertest.Need(t)} }

// run drives e2e/script with args and fails the test when the script does.
func (b browserRun) run(t *testing.T, script string, args ...string) { b.Script(t, script, args...) }
