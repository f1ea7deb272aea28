package cli_test

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"fatoora/appliance"
	"fatoora/appliance/cli"
	"fatoora/appliance/config"
	"fatoora/appliance/ingest"
	"fatoora/appliance/store"

	bolt "go.etcd.io/bbolt"
)

func messageIDs(t *testing.T, db *store.DB) map[string]bool {
	t.Helper()
	out := map[string]bool{}
	if err := db.View(func(tx *bolt.Tx) error {
		return tx.Bucket(store.BucketMessages).ForEach(func(k, v []byte) error { out[string(k)] = true; return nil })
	}); err != nil {
		t.Fatal(err)
	}
	return out
}

// TestBackup_WhileServing runs `fatoora backup` against a serving box (which
// holds the store's lock) while webhooks keep arriving; the backup opens as
// a valid store holding every message acknowledged before it started.
func TestBackup_WhileServing(t *testing.T) {
	o := config.Default()
	o.Server.Data = t.TempDir()
	o.Server.Listen = "127.0.0.1:0"
	o.WhatsApp.AppSecret = childSecret
	box, err := appliance.New(o, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- box.Serve(ctx) }()
	var stopOnce sync.Once
	stopBox := func() { stopOnce.Do(func() { cancel(); <-done }) }
	defer stopBox()
	addr := box.Addr().String()
	client := &http.Client{Timeout: 10 * time.Second}
	before := map[string]bool{} // acknowledged, so stored
	for i := range 200 {
		id := fmt.Sprintf("wamid.b-%06d", i)
		if code, err := send(client, addr, id); err != nil || code != 200 {
			t.Fatalf("%d %v", code, err)
		}
		before[id] = true
	}

	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := 0; ; i++ {
			select {
			case <-stop:
				return
			default:
			}
			send(client, addr, fmt.Sprintf("wamid.during-%06d", i))
		}
	}()
	out := filepath.Join(t.TempDir(), "backup.db")
	var stdout, stderr bytes.Buffer
	err = cli.Run(context.Background(), []string{"backup", "--out", out, "--data", o.Server.Data, "--listen", addr},
		cli.IO{Stdout: &stdout, Stderr: &stderr, Getenv: func(string) string { return "" }})
	close(stop)
	wg.Wait()
	if err != nil {
		t.Fatalf("backup: %v\n%s", err, stderr.String())
	}
	if !strings.Contains(stdout.String(), "streamed from the running box") {
		t.Errorf("backup did not go through the box: %s", stdout.String())
	}
	bak, err := store.Open(out, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer bak.Close()
	got := messageIDs(t, bak)
	for id := range before {
		if !got[id] {
			t.Errorf("backup lacks %s", id)
		}
	}
	var m ingest.Message
	if err := bak.View(func(tx *bolt.Tx) (err error) { m, _, err = ingest.LoadMessage(tx, "wamid.b-000007"); return }); err != nil || !strings.Contains(m.Text, "كنبة") {
		t.Errorf("message in backup: %+v %v", m, err)
	}
	stopBox()
	live, err := store.Open(filepath.Join(o.Server.Data, appliance.DBFile), store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer live.Close()
	a, _ := live.BoxID()
	b, _ := bak.BoxID()
	if a != b || a == "" {
		t.Error("backup is of another box")
	}
}

// TestBackup_NoBoxRunning copies the file directly.
func TestBackup_NoBoxRunning(t *testing.T) {
	data := t.TempDir()
	db, err := store.Open(filepath.Join(data, appliance.DBFile), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	db.Update(func(tx *bolt.Tx) error {
		return tx.Bucket(store.BucketMessages).Put([]byte("wamid.offline"), []byte(`{}`))
	})
	db.Close()
	out := filepath.Join(t.TempDir(), "b.db")
	var stdout bytes.Buffer
	if err := cli.Run(context.Background(), []string{"backup", "--out", out, "--data", data, "--listen", "127.0.0.1:1"},
		cli.IO{Stdout: &stdout, Stderr: io.Discard, Getenv: func(string) string { return "" }}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(stdout.String(), "copied from the file") {
		t.Errorf("%s", stdout.String())
	}
	bak, err := store.Open(out, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer bak.Close()
	if !messageIDs(t, bak)["wamid.offline"] {
		t.Error("backup lacks the message")
	}
	// Without --data, the data directory comes from the FATOORA_CONFIG file,
	// as for serve.
	conf := filepath.Join(t.TempDir(), "fatoora.env")
	if err := os.WriteFile(conf, []byte("FATOORA_DATA="+data+"\nFATOORA_LISTEN=127.0.0.1:1\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	out2 := filepath.Join(t.TempDir(), "b2.db")
	env := map[string]string{"FATOORA_CONFIG": conf}
	if err := cli.Run(context.Background(), []string{"backup", "--out", out2},
		cli.IO{Stdout: io.Discard, Stderr: io.Discard, Getenv: func(k string) string { return env[k] }}); err != nil {
		t.Fatalf("backup with FATOORA_CONFIG: %v", err)
	}
	// --out is required.
	if err := cli.Run(context.Background(), []string{"backup", "--data", data}, cli.IO{Stdout: io.Discard, Stderr: io.Discard}); err == nil {
		t.Error("missing --out accepted")
	}
}
