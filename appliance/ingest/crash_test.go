package ingest_test

import (
	"bufio"
	"context"
	"errors"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fatoora/appliance/ingest"
	"fatoora/appliance/store"
)

// TestReceive_KilledBetweenJournalAndApply runs the webhook in a real
// process (this test binary again) with FATOORA_FAILPOINT=ingest-journalled:
// it is killed with SIGKILL right after the journal commit, before the body
// is applied and before the sender hears 200. The body is on disk; the next
// start applies it exactly once, and Meta's retry of it stores nothing.
func TestReceive_KilledBetweenJournalAndApply(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a process")
	}
	path := filepath.Join(t.TempDir(), "fatoora.db")
	cmd := exec.Command(os.Args[0], "-test.run=^TestReceive_CrashChild$")
	cmd.Env = append(os.Environ(), "INGEST_CRASH_CHILD_DB="+path, "FATOORA_FAILPOINT="+ingest.FailJournalled)
	cmd.Stderr = os.Stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	addr := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			if a, ok := strings.CutPrefix(sc.Text(), "listening "); ok {
				addr <- a
			}
		}
	}()
	var url string
	select {
	case a := <-addr:
		url = "http://" + a + "/webhook/whatsapp"
	case <-time.After(30 * time.Second):
		t.Fatal("the child did not start")
	}
	body := textBody("wamid.CRASH1", "عايز ترابيزة")
	req, _ := http.NewRequest(http.MethodPost, url, strings.NewReader(string(body)))
	req.Header.Set("X-Hub-Signature-256", ingest.Sign(secret, body))
	if resp, err := http.DefaultClient.Do(req); err == nil {
		resp.Body.Close()
		t.Fatalf("got %s: the failpoint did not stop the process before the answer", resp.Status)
	}
	err = cmd.Wait()
	var ee *exec.ExitError
	if !errors.As(err, &ee) || !strings.Contains(ee.String(), "killed") {
		t.Fatalf("child ended with %v, want killed", err)
	}

	db, err := store.Open(path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if n := countBucket(t, db, store.BucketPayloads); n != 1 || hasMessage(t, db, "wamid.CRASH1") {
		t.Fatalf("after the kill: %d payloads, message stored %v; want the body journalled, not applied", n, hasMessage(t, db, "wamid.CRASH1"))
	}
	in := newIngester(t, db, ingest.Options{})
	if l, _ := in.Lag(); l.Pending != 1 {
		t.Fatalf("lag at start %+v", l)
	}
	startApplier(t, in)
	waitFor(t, "the applier at start", func() bool { return hasMessage(t, db, "wamid.CRASH1") })
	if n := queueLen(t, db); n != 1 {
		t.Errorf("queue items = %d, want 1", n)
	}
	// Meta never heard 200, so it posts the body again.
	before := snapshot(t, db)
	res, err := in.Accept(context.Background(), body, ingest.Sign(secret, body), "webhook")
	if err != nil || !res.Duplicate {
		t.Fatalf("retry: %+v %v", res, err)
	}
	if d := diffKeys(before, snapshot(t, db)); len(d) > 0 {
		t.Errorf("the retry changed %v", d)
	}
}

// TestReceive_CrashChild is the child process of the test above; it does
// nothing in a normal run.
func TestReceive_CrashChild(t *testing.T) {
	path := os.Getenv("INGEST_CRASH_CHILD_DB")
	if path == "" {
		t.Skip("the child of TestReceive_KilledBetweenJournalAndApply")
	}
	db, err := store.Open(path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	in := newIngester(t, db, ingest.Options{})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	startApplier(t, in)
	os.Stdout.WriteString("listening " + ln.Addr().String() + "\n")
	_ = http.Serve(ln, ingest.Handler(in, ingest.HandlerOptions{}))
}
