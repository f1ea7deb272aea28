package cli_test

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"fatoora/appliance"
	"fatoora/appliance/cli"
	"fatoora/appliance/ingest"
	"fatoora/appliance/pipeline"
	"fatoora/appliance/queue"
	"fatoora/appliance/store"

	bolt "go.etcd.io/bbolt"
)

// TestMain lets the test binary act as `fatoora serve` for the crash test:
// with FATOORA_TEST_CHILD=serve it runs the serve command exactly as
// cmd/fatoora does.
func TestMain(m *testing.M) {
	if os.Getenv("FATOORA_TEST_CHILD") == "serve" {
		ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
		err := cli.Run(ctx, []string{"serve"}, cli.IO{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr, Getenv: os.Getenv})
		stop()
		if err != nil {
			fmt.Fprintln(os.Stderr, "fatoora:", err)
			os.Exit(1)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

const childSecret = "crash-test-secret"

var listening = regexp.MustCompile(`msg=listening addr=(\S+)`)

type child struct {
	cmd    *exec.Cmd
	addr   string
	stderr *bytes.Buffer
	mu     *sync.Mutex
	exited chan error
}

func startChild(t *testing.T, data string) *child {
	t.Helper()
	return startServe(t, data, "FATOORA_WA_APP_SECRET="+childSecret)
}

func (c *child) log() string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.stderr.String()
}

func webhook(id string) []byte {
	return []byte(fmt.Sprintf(`{"object":"whatsapp_business_account","entry":[{"id":"W","changes":[{"field":"messages","value":{"metadata":{"phone_number_id":"P"},"contacts":[{"profile":{"name":"\u0632\u0628\u0648\u0646"},"wa_id":"2010%s"}],"messages":[{"from":"2010%s","id":"%s","timestamp":"1764000000","type":"text","text":{"body":"\u0639\u0627\u064a\u0632 \u0643\u0646\u0628\u0629 %s"}}]}}]}]}`, id[6:], id[6:], id, id))
}

func send(client *http.Client, addr, id string) (int, error) {
	body := webhook(id)
	req, _ := http.NewRequest(http.MethodPost, "http://"+addr+"/webhook/whatsapp", bytes.NewReader(body))
	req.Header.Set("X-Hub-Signature-256", ingest.Sign([]byte(childSecret), body))
	resp, err := client.Do(req)
	if err != nil {
		return 0, err
	}
	io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	return resp.StatusCode, nil
}

// TestServe_SIGKILLLosesNoAcknowledgedWebhook streams webhooks from 8
// senders into a `fatoora serve` child, SIGKILLs it mid-stream, restarts it
// on the same data directory and checks that every message whose POST got
// a 200 is stored with its pending understand item.
func TestServe_SIGKILLLosesNoAcknowledgedWebhook(t *testing.T) {
	if testing.Short() {
		t.Skip("spawns processes")
	}
	data := t.TempDir()
	c := startChild(t, data)

	var mu sync.Mutex
	var acked []string
	var sent int
	stop := make(chan struct{})
	var wg sync.WaitGroup
	client := &http.Client{Timeout: 10 * time.Second}
	for s := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; ; i++ {
				select {
				case <-stop:
					return
				default:
				}
				id := fmt.Sprintf("wamid.%d-%06d", s, i)
				mu.Lock()
				sent++
				mu.Unlock()
				code, err := send(client, c.addr, id)
				if err != nil {
					return // the box is gone
				}
				if code == http.StatusOK {
					mu.Lock()
					acked = append(acked, id)
					mu.Unlock()
				}
			}
		}()
	}
	// Let a few hundred through, then kill without warning.
	deadline := time.Now().Add(20 * time.Second)
	for {
		mu.Lock()
		n := len(acked)
		mu.Unlock()
		if n >= 300 || time.Now().After(deadline) {
			break
		}
		time.Sleep(5 * time.Millisecond)
	}
	if err := c.cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	<-c.exited
	close(stop)
	wg.Wait()
	mu.Lock()
	ackedNow := append([]string(nil), acked...)
	mu.Unlock()
	if len(ackedNow) < 50 {
		t.Fatalf("only %d webhooks acknowledged before the kill: %s", len(ackedNow), c.log())
	}
	t.Logf("sent %d, acknowledged %d before SIGKILL", sent, len(ackedNow))

	// Restart on the same data: the lock died with the process.
	c2 := startChild(t, data)
	if code, err := send(client, c2.addr, "wamid.after-restart"); err != nil || code != 200 {
		t.Fatalf("after restart: %d %v\n%s", code, err, c2.log())
	}
	// Posting an acknowledged message again is a duplicate.
	if code, err := send(client, c2.addr, ackedNow[0]); err != nil || code != 200 {
		t.Fatalf("repost: %d %v", code, err)
	}
	c2.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case err := <-c2.exited:
		if err != nil {
			t.Errorf("graceful stop: %v\n%s", err, c2.log())
		}
	case <-time.After(30 * time.Second):
		c2.cmd.Process.Kill()
		t.Fatal("child did not stop on SIGTERM")
	}
	if !strings.Contains(c2.log(), "msg=stopped") {
		t.Errorf("no clean stop logged:\n%s", c2.log())
	}

	db, err := store.Open(filepath.Join(data, appliance.DBFile), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	err = db.View(func(tx *bolt.Tx) error {
		items, err := queue.List(tx)
		if err != nil {
			return err
		}
		pending := map[string]int{}
		for _, it := range items {
			pending[it.Ref]++
		}
		for _, id := range append(ackedNow, "wamid.after-restart") {
			if _, ok, err := ingest.LoadMessage(tx, id); err != nil || !ok {
				t.Errorf("acknowledged %s lost (found %v, %v)", id, ok, err)
			}
			// Each message is still queued (once), or already taken by the
			// pipeline (its order indexes it), or both when the kill fell
			// between the pipeline's commit and the item's removal: the
			// handler is idempotent and resumes.
			taken := pipeline.OrderOfMessage(tx, id) != ""
			if pending[id] > 1 || (pending[id] == 0 && !taken) {
				t.Errorf("%s has %d understand items, taken by the pipeline: %v", id, pending[id], taken)
			}
		}
		for ref, n := range pending {
			if n != 1 {
				t.Errorf("%s enqueued %d times", ref, n)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
