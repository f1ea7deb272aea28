package cli_test

import (
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fatoora/appliance"
	"fatoora/appliance/cli"
	"fatoora/appliance/store"
)

func TestStoreCheck(t *testing.T) {
	data := t.TempDir()
	path := filepath.Join(data, appliance.DBFile)
	db, err := store.Open(path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	run := func(args ...string) (string, error) {
		var out bytes.Buffer
		err := cli.Run(context.Background(), append([]string{"store", "check"}, args...),
			cli.IO{Stdout: &out, Stderr: io.Discard, Getenv: func(string) string { return "" }})
		return out.String(), err
	}
	if out, err := run("--data", data); err != nil || !strings.Contains(out, "ok (schema") {
		t.Fatalf("healthy store: %q %v", out, err)
	}
	if err := os.Truncate(path, 0); err != nil {
		t.Fatal(err)
	}
	if _, err := run("--file", path); !errors.Is(err, store.ErrDamaged) || !strings.Contains(err.Error(), "empty") {
		t.Errorf("empty file: %v", err)
	}
	if fi, _ := os.Stat(path); fi.Size() != 0 {
		t.Error("the check changed the file")
	}
}

// TestServe_RefusesEmptyStore: a 0-byte database file is not replaced by
// a new store (with the demo catalog and invoice numbers from 000001).
func TestServe_RefusesEmptyStore(t *testing.T) {
	data := t.TempDir()
	path := filepath.Join(data, appliance.DBFile)
	if err := os.WriteFile(path, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	env := map[string]string{"FATOORA_DATA": data, "FATOORA_LISTEN": "127.0.0.1:0"}
	err := cli.Run(context.Background(), []string{"serve"},
		cli.IO{Stdout: io.Discard, Stderr: io.Discard, Getenv: func(k string) string { return env[k] }})
	if !errors.Is(err, store.ErrDamaged) || !strings.Contains(err.Error(), path) || !strings.Contains(err.Error(), "fatoora backup") {
		t.Fatalf("serve on an empty store file: %v", err)
	}
	if fi, _ := os.Stat(path); fi.Size() != 0 {
		t.Error("the empty file was replaced")
	}
}
