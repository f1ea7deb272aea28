package staff

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"
)

// browserRun is what a browser test needs to drive a script in ui/staff/e2e:
// Debian's chromium (or $CHROMIUM), node and playwright-core. The test is
// skipped, with the command that installs what is missing, when one is
// absent or in -short mode.
type browserRun struct{ node, chromium string }

func needBrowser(t *testing.T) browserRun {
	t.Helper()
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	b := browserRun{chromium: os.Getenv("CHROMIUM")}
	if b.chromium == "" {
		b.chromium = "/usr/bin/chromium"
	}
	if _, err := os.Stat(b.chromium); err != nil {
		t.Skip("chromium not installed (apt-get install -y chromium); set CHROMIUM to use another binary")
	}
	var err error
	if b.node, err = exec.LookPath("node"); err != nil {
		t.Skip("node not installed")
	}
	if _, err := os.Stat(filepath.Join("e2e", "node_modules", "playwright-core")); err != nil {
		t.Skip("playwright-core not installed: run npm ci --prefix ui/staff/e2e")
	}
	return b
}

// run drives e2e/script with args and fails the test when the script does.
func (b browserRun) run(t *testing.T, script string, args ...string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, b.node, append([]string{script}, args...)...)
	cmd.Dir = "e2e"
	cmd.Env = append(os.Environ(), "CHROMIUM="+b.chromium)
	out, err := cmd.CombinedOutput()
	t.Logf("browser run:\n%s", out)
	if err != nil {
		t.Fatalf("browser run failed: %v", err)
	}
}
