package cli_test

import (
	"errors"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"sync/atomic"
	"syscall"
	"testing"
	"time"
)

// TestFaults_DiskFullWhileReplying fills the data disk (a small tmpfs)
// while replies are in flight: the box never sends a reply twice (the old
// outbox re-sent one PDF 1,353 times), says so on /healthz, and once space
// is freed every reply goes out. Needs root to mount a tmpfs; skipped
// otherwise.
func TestFaults_DiskFullWhileReplying(t *testing.T) {
	if testing.Short() {
		t.Skip("kills a real box")
	}
	mnt := t.TempDir()
	if err := syscall.Mount("tmpfs", mnt, "tmpfs", 0, "size=48m"); err != nil {
		t.Skipf("cannot mount a tmpfs (needs root): %v", err)
	}
	t.Cleanup(func() { _ = syscall.Unmount(mnt, syscall.MNT_DETACH) })
	data := filepath.Join(mnt, "data")
	if err := os.MkdirAll(data, 0o700); err != nil {
		t.Fatal(err)
	}
	importTestCatalog(t, data)
	var addr atomic.Value
	g := statusGraph(t, &addr)
	c := startServe(t, data, append(g.env(), "FATOORA_RESEND_AFTER=5s")...)
	addr.Store(c.addr)
	g.SetLatency(150 * time.Millisecond) // replies in flight when the disk fills

	const orders = 10
	for i := range orders {
		postSigned(t, c.addr, orderWebhook(fmt.Sprintf("2011%08d", i), fmt.Sprintf("wamid.FULL-%03d", i)))
	}
	waitSent(t, g, 1, c) // the first reply is out: the rest are in flight
	filler := filepath.Join(mnt, "filler")
	f, err := os.Create(filler)
	if err != nil {
		t.Fatal(err)
	}
	chunk := make([]byte, 1<<20)
	for {
		if _, err := f.Write(chunk); err != nil {
			if !errors.Is(err, syscall.ENOSPC) {
				t.Fatal(err)
			}
			break
		}
	}
	f.Close()
	full := len(g.Messages())
	time.Sleep(3 * time.Second) // the old outbox sent thousands here
	during := len(g.Messages())
	var healthz int
	if resp, err := http.Get("http://" + c.addr + "/healthz"); err == nil {
		healthz = resp.StatusCode
		resp.Body.Close()
	}
	if err := os.Remove(filler); err != nil {
		t.Fatal(err)
	}
	g.SetLatency(0)
	waitSent(t, g, 2*orders, c)
	time.Sleep(time.Second) // would a duplicate follow?
	ms := g.Messages()
	byKey := map[string]int{}
	for _, m := range ms {
		byKey[m.CallbackData]++
	}
	t.Logf("disk full: %d replies, %d sent when the disk filled, %d sent while full (3 s), %d sent in all, %d distinct, /healthz %d while full",
		2*orders, full, during, len(ms), len(byKey), healthz)
	if len(ms) > 2*orders {
		t.Errorf("%d sends for %d replies", len(ms), 2*orders)
	}
	for k, n := range byKey {
		if n > 1 {
			t.Errorf("reply %s sent %d times", k, n)
		}
	}
	if os.Getenv("FATOORA_FAULT_LOG") != "" {
		t.Log(c.log())
	}
	stopServe(t, c)
}

// waitSent waits until the stand-in accepted n messages, to anyone.
func waitSent(t *testing.T, g graphStandIn, n int, c *child) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for len(g.Messages()) < n {
		if time.Now().After(deadline) {
			t.Fatalf("the stand-in got %d messages, want %d; box log:\n%s", len(g.Messages()), n, c.log())
		}
		select {
		case <-g.Changed():
		case <-time.After(50 * time.Millisecond):
		}
	}
}
