// Package browsertest runs the browser scripts of ui/staff/e2e in headless
// Chromium for tests: the staff UI's and head office's pages (which share
// the staff look, sync/hq) drive the same playwright-core installed there.
// It needs Debian's chromium (or $CHROMIUM), node and playwright-core
// (npm ci --prefix ui/staff/e2e); a test is skipped, with the command that
// installs what is missing, when one is absent or in -short mode. Tests
// only.
package browsertest

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"testing"
	"time"
)

// Run drives scripts in ui/staff/e2e.
type Run struct{ node, chromium, dir string }

// Need returns a Run, or skips t when the browser, node or playwright-core
// is missing.
func Need(t *testing.T) Run {
	t.Helper()
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	_, file, _, ok := runtime.Caller(0)
	if !ok {
		t.Skip("cannot find ui/staff/e2e")
	}
	b := Run{chromium: os.Getenv("CHROMIUM"), dir: filepath.Join(filepath.Dir(file), "..", "e2e")}
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
	if _, err := os.Stat(filepath.Join(b.dir, "node_modules", "playwright-core")); err != nil {
		t.Skip("playwright-core not installed: run npm ci --prefix ui/staff/e2e")
	}
	return b
}

// Script runs e2e/script with args and fails t when the script does.
func (b Run) Script(t *testing.T, script string, args ...string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, b.node, append([]string{script}, args...)...)
	cmd.Dir = b.dir
	cmd.Env = append(os.Environ(), "CHROMIUM="+b.chromium)
	out, err := cmd.CombinedOutput()
	t.Logf("browser run:\n%s", out)
	if err != nil {
		t.Fatalf("browser run failed: %v", err)
	}
}
