package cli_test

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fatoora/appliance"
	"fatoora/appliance/cli"
	"fatoora/appliance/store"
	"fatoora/catalog"
)

func runCLI(t *testing.T, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	var o, e bytes.Buffer
	err = cli.Run(context.Background(), args, cli.IO{Stdin: strings.NewReader(""), Stdout: &o, Stderr: &e, Getenv: func(string) string { return "" }})
	return o.String(), e.String(), err
}

func TestCatalogCommand_ImportSearchExport(t *testing.T) {
	dir := t.TempDir()
	data := filepath.Join(dir, "data")
	csvFile, synFile := filepath.Join(dir, "catalog.csv"), filepath.Join(dir, "synonyms.txt")
	c, s := catalog.DemoFiles()
	// An Excel export: BOM and CRLF.
	excel := append([]byte("\ufeff"), bytes.ReplaceAll(c, []byte("\n"), []byte("\r\n"))...)
	if err := os.WriteFile(csvFile, excel, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(synFile, s, 0o600); err != nil {
		t.Fatal(err)
	}
	out, _, err := runCLI(t, "catalog", "import", "--data", data, "--synonyms", synFile, "--who", "owner", csvFile)
	if err != nil || !strings.Contains(out, "43 added, 0 changed, 0 removed, vocabulary changed (catalog version 1)") {
		t.Fatalf("import: %v\n%s", err, out)
	}
	out, _, err = runCLI(t, "catalog", "search", "--data", data, "--color", "سيلفر", "مطبخ الوميتال")
	if err != nil || !strings.Contains(out, "1. ") || !strings.Contains(out, "NK-103") || !strings.Contains(out, "colour: فضي") {
		t.Fatalf("search: %v\n%s", err, out)
	}
	if first := strings.SplitN(out, "\n", 2)[0]; !strings.Contains(first, "NK-103") {
		t.Fatalf("NK-103 is not first: %s", out)
	}
	exported, _, err := runCLI(t, "catalog", "export", "--data", data)
	if err != nil {
		t.Fatal(err)
	}
	outFile := filepath.Join(dir, "export.csv")
	if _, _, err := runCLI(t, "catalog", "export", "--data", data, "--out", outFile); err != nil {
		t.Fatal(err)
	}
	if b, err := os.ReadFile(outFile); err != nil || string(b) != exported {
		t.Fatalf("--out differs from stdout: %v", err)
	}
	// Re-importing the export changes nothing.
	if err := os.WriteFile(csvFile, []byte(exported), 0o600); err != nil {
		t.Fatal(err)
	}
	out, _, err = runCLI(t, "catalog", "import", "--data", data, csvFile)
	if err != nil || !strings.Contains(out, "0 added, 0 changed, 0 removed (catalog version 1)") {
		t.Fatalf("re-import: %v\n%s", err, out)
	}
	out, _, err = runCLI(t, "catalog", "history", "--data", data)
	if err != nil || !strings.Contains(out, "owner") {
		t.Fatalf("history: %v\n%s", err, out)
	}
	// The in-memory search needs no data directory.
	out, _, err = runCLI(t, "catalog", "search", "--catalog", csvFile, "korsy sofra")
	if err != nil || !strings.Contains(out, "NS-31") {
		t.Fatalf("in-memory search: %v\n%s", err, out)
	}
}

func TestCatalogCommand_BrokenFileShowsPositions(t *testing.T) {
	dir := t.TempDir()
	f := filepath.Join(dir, "catalog.csv")
	os.WriteFile(f, []byte("sku,name_ar,unit,price\nA,كرسي,piece,100\nA,كنبة,piece,abc\n"), 0o600)
	_, errOut, err := runCLI(t, "catalog", "import", "--data", filepath.Join(dir, "data"), f)
	if err == nil || !strings.Contains(err.Error(), "nothing was changed") {
		t.Fatalf("err = %v", err)
	}
	for _, want := range []string{`catalog.csv:3: column sku (1): duplicate sku "A" (first on line 2)`, `catalog.csv:3: column price (4): bad price: "abc" is not a number`} {
		if !strings.Contains(errOut, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errOut)
		}
	}
}

func TestCatalogCommand_LockedStore(t *testing.T) {
	data := t.TempDir()
	db, err := store.Open(filepath.Join(data, appliance.DBFile), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	c, _ := catalog.DemoFiles()
	f := filepath.Join(t.TempDir(), "c.csv")
	os.WriteFile(f, c, 0o600)
	// Locked by something that is not a serving box: the import says so.
	_, _, err = runCLI(t, "catalog", "import", "--data", data, "--listen", "127.0.0.1:1", f)
	if err == nil || !strings.Contains(err.Error(), "in use but no box answers") {
		t.Fatalf("err = %v", err)
	}
	for _, args := range [][]string{{"catalog", "export"}, {"catalog", "search", "كرسي"}} {
		args = append(args[:2:2], append([]string{"--data", data, "--listen", "127.0.0.1:1"}, args[2:]...)...)
		if _, _, err := runCLI(t, args...); err == nil || !strings.Contains(err.Error(), "in use but no box answers") {
			t.Errorf("%v: err = %v", args, err)
		}
	}
}

// TestCatalogCommand_ListSeparatorWarning: colours separated by the Arabic
// comma are a warning with the line and column, for --dry-run and for the
// import itself, which goes on.
func TestCatalogCommand_ListSeparatorWarning(t *testing.T) {
	dir := t.TempDir()
	f := filepath.Join(dir, "catalog.csv")
	os.WriteFile(f, []byte("sku,name_ar,unit,price,colors\nA,\"كنبة, 3 مقاعد\",piece,100,بيج|رمادي\nB,كرسي,piece,50,أبيض، أسود\n"), 0o600)
	data := filepath.Join(dir, "data")
	const want = `warning: catalog.csv:3: column colors (5): "أبيض، أسود" is separated by "،"`
	for _, args := range [][]string{{"--dry-run"}, nil} {
		out, errOut, err := runCLI(t, append(append([]string{"catalog", "import", "--data", data}, args...), f)...)
		if err != nil || !strings.Contains(errOut, want) || strings.Count(errOut, "warning:") != 1 || !strings.Contains(out, "2 products") {
			t.Fatalf("import %v: %v\nstdout: %s\nstderr: %s", args, err, out, errOut)
		}
	}
}

// An import that names a running box (--listen) but not its data
// directory used to create a new store in ./fatoora-data and print
// "imported 30 products" while the box kept its old catalog.
func TestCatalogImport_ListenWithoutTheBoxsData(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir) // the default data directory, ./fatoora-data, is in dir
	csvFile := filepath.Join(dir, "catalog.csv")
	c, _ := catalog.DemoFiles()
	if err := os.WriteFile(csvFile, c, 0o600); err != nil {
		t.Fatal(err)
	}
	out, _, err := runCLI(t, "catalog", "import", "--listen", "127.0.0.1:1", csvFile)
	if err == nil || !strings.Contains(err.Error(), "--data") || strings.Contains(out, "imported") {
		t.Fatalf("want a refusal naming --data, got %v\n%s", err, out)
	}
	if _, err := os.Stat(filepath.Join(dir, "fatoora-data")); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("a data directory was created: %v", err)
	}
	// A new box set up with both flags (scripts pass --listen always) is
	// no mistake: the store is made where --data says.
	data := filepath.Join(dir, "box")
	if out, _, err := runCLI(t, "catalog", "import", "--data", data, "--listen", "127.0.0.1:1", csvFile); err != nil || !strings.Contains(out, "43 added") {
		t.Fatalf("first import with --data and --listen: %v\n%s", err, out)
	}
	// And without --listen the default directory is set up as before.
	if out, _, err := runCLI(t, "catalog", "import", csvFile); err != nil || !strings.Contains(out, "43 added") {
		t.Fatalf("first import into ./fatoora-data: %v\n%s", err, out)
	}
	if out, _, err := runCLI(t, "catalog", "import", "--listen", "127.0.0.1:1", csvFile); err != nil || !strings.Contains(out, "0 added") {
		t.Fatalf("with the store there, --listen only says where a box would answer: %v\n%s", err, out)
	}
}
