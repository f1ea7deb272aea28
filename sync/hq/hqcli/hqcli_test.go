package hqcli

import (
	"bytes"
	"context"
	"encoding/csv"
	"errors"
	"flag"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"fatoora/appliance/access"
	"fatoora/sync/hq"
	"fatoora/sync/hq/hqbolt"
	"fatoora/sync/hqwire"
)

func env(m map[string]string) func(string) string { return func(k string) string { return m[k] } }

func TestLoad_Precedence(t *testing.T) {
	dir := t.TempDir()
	conf := filepath.Join(dir, "hq.conf")
	keys := filepath.Join(dir, "boxes")
	os.WriteFile(keys, []byte("shop9=from-file\n"), 0o600)
	os.WriteFile(conf, []byte("# head office\nFATOORA_HQ_LISTEN=:7000\nFATOORA_HQ_DATA='/srv/hq'\nFATOORA_HQ_BOXES=a=1,b=2\nFATOORA_HQ_SECURE_COOKIE=true\n"), 0o600)
	for _, c := range []struct {
		name string
		args []string
		env  map[string]string
		want Options
	}{
		{"defaults", nil, nil, Options{Listen: ":8090", Data: "./fatoora-hq-data", SecureCookie: "false"}},
		{"file", []string{"--config", conf}, nil, Options{Listen: ":7000", Data: "/srv/hq", SecureCookie: "true", Boxes: []string{"a=1", "b=2"}, ConfigFile: conf}},
		{"env over file", nil, map[string]string{"FATOORA_HQ_CONFIG": conf, "FATOORA_HQ_LISTEN": ":7100", "FATOORA_HQ_BOXES": "c=3"},
			Options{Listen: ":7100", Data: "/srv/hq", SecureCookie: "true", Boxes: []string{"c=3"}, ConfigFile: conf}},
		{"flags over env", []string{"--listen", ":7200", "--box", "d=4", "--box", "e=5"}, map[string]string{"FATOORA_HQ_CONFIG": conf, "FATOORA_HQ_LISTEN": ":7100", "FATOORA_HQ_BOXES": "c=3"},
			Options{Listen: ":7200", Data: "/srv/hq", SecureCookie: "true", Boxes: []string{"d=4", "e=5"}, ConfigFile: conf}},
		{"secret from a file", []string{"--box-file", keys}, nil, Options{Listen: ":8090", Data: "./fatoora-hq-data", SecureCookie: "false", Boxes: []string{"shop9=from-file"}}},
		{"db from env", nil, map[string]string{"FATOORA_HQ_DB": "postgres://u@h/db"}, Options{Listen: ":8090", Data: "./fatoora-hq-data", SecureCookie: "false", DB: "postgres://u@h/db"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			fs := flag.NewFlagSet("t", flag.ContinueOnError)
			fs.SetOutput(io.Discard)
			got, err := load(fs, c.args, env(c.env))
			if err != nil {
				t.Fatal(err)
			}
			if strings.Join(got.Boxes, ",") != strings.Join(c.want.Boxes, ",") {
				t.Errorf("boxes %v, want %v", got.Boxes, c.want.Boxes)
			}
			got.Boxes, c.want.Boxes = nil, nil
			if !reflect.DeepEqual(got, c.want) {
				t.Errorf("got %+v\nwant %+v", got, c.want)
			}
		})
	}
	bad := filepath.Join(dir, "bad.conf")
	os.WriteFile(bad, []byte("FATOORA_HQ_LISTN=:1\n"), 0o600)
	fs := flag.NewFlagSet("t", flag.ContinueOnError)
	if _, err := load(fs, []string{"--config", bad}, env(nil)); err == nil || !strings.Contains(err.Error(), "unknown setting FATOORA_HQ_LISTN") {
		t.Errorf("typo in the config file: %v", err)
	}
}

func TestOptions_Boxes(t *testing.T) {
	for _, c := range []struct {
		in   []string
		want string // error substring, "" = ok
	}{
		{[]string{"a=k1", "b=k2"}, ""},
		{[]string{"a"}, "not ID=KEY"},
		{[]string{"a="}, "not ID=KEY"},
		{[]string{"a/b=k"}, "must not contain"},
		{[]string{"a=k", "a=j"}, "given twice"},
	} {
		_, err := Options{Boxes: c.in}.boxes()
		if (c.want == "") != (err == nil) || (err != nil && !strings.Contains(err.Error(), c.want)) {
			t.Errorf("%v: %v, want %q", c.in, err, c.want)
		}
		if err != nil && strings.Contains(err.Error(), "k1") {
			t.Errorf("an error shows a key: %v", err)
		}
	}
}

func TestRun_ExportAndUserAdd(t *testing.T) {
	data := t.TempDir()
	s, err := hqbolt.Open(filepath.Join(data, hqbolt.File), hqbolt.Options{})
	if err != nil {
		t.Fatal(err)
	}
	at := time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)
	recs := []hq.Record{
		{Key: hqwire.Key("b1", "INV-1", 0), BoxID: "b1", Kind: hqwire.KindInvoice, Number: "INV-1", Hash: "h1", Item: []byte(`{}`), IssuedAt: at, Net: 100, VAT: 14, Total: 114, Customer: "أحمد"},
		{Key: hqwire.Key("b1", "INV-2", 0), BoxID: "b1", Kind: hqwire.KindInvoice, Number: "INV-2", Hash: "h2", Item: []byte(`{}`), IssuedAt: at.AddDate(0, 0, 2), Net: 200, VAT: 28, Total: 228},
	}
	if _, err := s.Put(context.Background(), recs, at); err != nil {
		t.Fatal(err)
	}
	s.Close()
	run := func(args ...string) (string, error) {
		var out, errb bytes.Buffer
		err := Run(context.Background(), args, IO{Stdin: strings.NewReader("correct horse battery\n"), Stdout: &out, Stderr: &errb, Getenv: env(nil)})
		return out.String(), err
	}
	out, err := run("export", "--data", data)
	if err != nil {
		t.Fatal(err)
	}
	rows, _ := csv.NewReader(strings.NewReader(out)).ReadAll()
	if len(rows) != 3 || rows[0][0] != "box_id" || rows[1][3] != "INV-1" || rows[1][8] != "1.14" || rows[1][5] != "أحمد" {
		t.Fatalf("export:\n%s", out)
	}
	out, _ = run("export", "--data", data, "--from", "2026-12-02")
	if strings.Count(out, "\n") != 2 || !strings.Contains(out, "INV-2") {
		t.Errorf("export --from:\n%s", out)
	}
	out, err = run("export", "--data", data, "--format", "xlsx")
	if err != nil || !strings.HasPrefix(out, "PK") {
		t.Errorf("xlsx export: %v %q", err, out[:min(len(out), 10)])
	}
	if _, err := run("export", "--data", data, "--format", "pdf"); !errors.Is(err, ErrUsage) {
		t.Errorf("--format pdf: %v", err)
	}
	// user add: an accountant, then the same name again, then a bad role.
	out, err = run("user", "add", "--data", data, "--name", "سمير", "samir")
	if err != nil || !strings.Contains(out, "created samir (accountant)") {
		t.Fatalf("user add: %v %q", err, out)
	}
	if _, err := run("user", "add", "--data", data, "samir"); err == nil || !strings.Contains(err.Error(), "taken") {
		t.Errorf("user add twice: %v", err)
	}
	if _, err := run("user", "add", "--data", data, "--role", "staff", "karim"); !errors.Is(err, ErrUsage) {
		t.Errorf("user add --role staff: %v", err)
	}
	if _, err := run("user", "remove", "samir"); !errors.Is(err, ErrUsage) {
		t.Errorf("user remove: %v", err)
	}
	db, err := bolt.Open(filepath.Join(data, AccessFile), 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	acc, err := access.Open(db, access.Options{Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := acc.Login(context.Background(), access.LoginRequest{Username: "samir", Password: "correct horse battery", Addr: "127.0.0.1"}); err != nil {
		t.Errorf("the new account cannot log in: %v", err)
	}
	// While the file is open (a running serve), user add says so.
	if _, err := run("user", "add", "--data", data, "nadia"); err == nil || !strings.Contains(err.Error(), "stop fatoora-hq serve first") {
		t.Errorf("user add with the file in use: %v", err)
	}
	db.Close()
	old := func(args ...string) error {
		return Run(context.Background(), args, IO{Stdout: io.Discard, Stderr: io.Discard,
			Getenv: env(map[string]string{"FATOORA_HQ_ADMIN_PASSWORD_FILE": "/etc/fatoora-hq/admin.bcrypt"})})
	}
	if err := old("serve", "--data", data, "--box", "a=k", "--listen", "127.0.0.1:0"); err == nil || !strings.Contains(err.Error(), "is gone") {
		t.Errorf("serve with the old password file setting: %v", err)
	}
	if _, err := run("serve", "--data", data, "--box", "a=k", "--listen", "127.0.0.1:0", "--secure-cookie", "maybe"); err == nil || !strings.Contains(err.Error(), "FATOORA_HQ_SECURE_COOKIE") {
		t.Errorf("serve --secure-cookie maybe: %v", err)
	}
	if _, err := run("serve", "--data", data); err == nil || !strings.Contains(err.Error(), "no box configured") {
		t.Errorf("serve without boxes: %v", err)
	}
	if _, err := run("frobnicate"); !errors.Is(err, ErrUsage) {
		t.Errorf("unknown command: %v", err)
	}
}
