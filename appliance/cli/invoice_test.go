package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"

	"fatoora/appliance"
	"fatoora/appliance/config"
	"fatoora/appliance/invoice"
	"fatoora/appliance/store"
	"fatoora/catalog"
)

const testCatalog = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
KIT-BEECH,مطبخ خشب زان,Beech wood kitchen,دولاب مطبخ زان|مطبخ زان,مطابخ,meter,18500,,زان,طبيعي|رمادي فاتح|أبيض
ACC-HOOD-BI,شفاط بلت إن,Built-in cooker hood,شفاط مدمج,أجهزة مطبخ,piece,8900,12,,ستانلس|أسود
SOFA-3,كنبة 3 مقاعد,Three-seat sofa,كنبه,صالون,piece,95000,4,,بيج|رمادي
`

func runInvoiceCmd(t *testing.T, env map[string]string, args ...string) (invoiceOut, error) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	err := Run(context.Background(), append([]string{"invoice"}, args...), IO{
		Stdin: strings.NewReader(""), Stdout: &stdout, Stderr: &stderr,
		Getenv: func(k string) string { return env[k] },
	})
	var out invoiceOut
	if err == nil {
		if jerr := json.Unmarshal(stdout.Bytes(), &out); jerr != nil {
			t.Fatalf("summary is not JSON: %v\n%s", jerr, stdout.String())
		}
	}
	return out, err
}

func TestInvoiceCommand(t *testing.T) {
	dir := t.TempDir()
	cat := filepath.Join(dir, "catalog.csv")
	os.WriteFile(cat, []byte(testCatalog), 0o644)
	data := filepath.Join(dir, "data")
	env := map[string]string{"FATOORA_INSTAPAY_LINK": "https://ipn.eg/S/shop/instapay/abc"}
	msg := "عايز مطبخ خشب زان 2 متر لون رمادي فاتح ومعاه شفاط بلت إن"
	pdf1 := filepath.Join(dir, "a.pdf")
	run := func(args ...string) (invoiceOut, error) {
		return runInvoiceCmd(t, env, append([]string{"--data", data}, args...)...)
	}

	out, err := run("--catalog", cat, "--text", msg, "--out", pdf1, "--name", "أحمد", "--wa-id", "201001234567", "--order", "o-1")
	if err != nil {
		t.Fatal(err)
	}
	// 2 m × 18,500 = 37,000 + 14% = 42,180; hood 8,900 + 1,246 = 10,146.
	if out.Number != "INV-CAI1-000001" || len(out.Lines) != 2 || out.Total != 52_326_00 || out.VAT != 6_426_00 || out.TotalEGP != "52,326.00" {
		t.Fatalf("summary %+v", out)
	}
	if out.Lines[0].SKU != "KIT-BEECH" || out.Lines[0].Total != 42_180_00 || out.Lines[1].Total != 10_146_00 {
		t.Fatalf("lines %+v", out.Lines)
	}
	b, err := os.ReadFile(pdf1)
	if err != nil || !bytes.HasPrefix(b, []byte("%PDF-")) || len(b) != out.PDFBytes {
		t.Fatalf("pdf: %d bytes, %v", len(b), err)
	}
	// Same order: same invoice. New order: next number. Quote: own series.
	again, err := run("--catalog", cat, "--text", msg, "--out", filepath.Join(dir, "b.pdf"), "--order", "o-1")
	if err != nil || again.Number != out.Number {
		t.Fatalf("same order again: %v %v", again.Number, err)
	}
	next, err := run("--catalog", cat, "--text", msg, "--out", filepath.Join(dir, "c.pdf"))
	if err != nil || next.Number != "INV-CAI1-000002" {
		t.Fatalf("next: %v %v", next.Number, err)
	}
	q, err := run("--catalog", cat, "--text", msg, "--out", filepath.Join(dir, "q.pdf"), "--quote")
	if err != nil || q.Number != "QUO-CAI1-000001" || q.ValidUntil == nil {
		t.Fatalf("quote: %+v %v", q, err)
	}
	// Above EGP 150,000 without a national ID: refused, no number used.
	_, err = run("--catalog", cat, "--text", "عايز 2 كنبة 3 مقاعد", "--out", filepath.Join(dir, "d.pdf"))
	if !errors.Is(err, invoice.ErrNationalIDRequired) {
		t.Fatalf("big order without ID: %v", err)
	}
	big, err := run("--catalog", cat, "--text", "عايز 2 كنبة 3 مقاعد", "--out", filepath.Join(dir, "d.pdf"), "--national-id", "29001011234567")
	if err != nil || big.Number != "INV-CAI1-000003" || big.Total != 216_600_00 {
		t.Fatalf("big order: %+v %v", big, err)
	}
	if _, err := os.Stat(filepath.Join(dir, "d.pdf")); err != nil {
		t.Fatal(err)
	}
	// Stock is reserved in the data dir's catalog: 4 sofas, 2 invoiced, 3 more refused.
	if _, err := run("--catalog", cat, "--text", "عايز 3 كنبة 3 مقاعد", "--out", filepath.Join(dir, "e.pdf"), "--national-id", "29001011234567"); !errors.Is(err, catalog.ErrOutOfStock) {
		t.Fatalf("3 sofas with 2 free: %v", err)
	}
	// No temporary files left beside the PDFs.
	ents, _ := os.ReadDir(dir)
	for _, e := range ents {
		if strings.Contains(e.Name(), ".tmp-") {
			t.Errorf("leftover %s", e.Name())
		}
	}
	db, err := store.Open(filepath.Join(data, appliance.DBFile), store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	db.View(func(tx *bolt.Tx) error {
		docs, err := invoice.List(tx, invoice.ListFilter{Kind: invoice.KindInvoice})
		if err != nil || len(docs) != 3 {
			t.Fatalf("store holds %d invoices, %v", len(docs), err)
		}
		return nil
	})
}

func TestInvoiceCommand_Usage(t *testing.T) {
	if _, err := runInvoiceCmd(t, nil, "--text", "x"); !errors.Is(err, ErrUsage) {
		t.Fatalf("missing --catalog: %v", err)
	}
	if _, err := runInvoiceCmd(t, nil, "--text", "x", "--catalog", "c.csv", "--tiers", "vip"); err == nil || !strings.Contains(err.Error(), "FATOORA_TIERS") {
		t.Fatalf("a tier without a rate: %v", err)
	}
}

// TestInvoiceCommand_LeavesDataDirAlone: without --data on the command line
// (FATOORA_DATA set is not enough) fatoora invoice issues in a scratch
// store: the shop's data directory keeps its catalog byte for byte and no
// data directory appears in the working directory.
func TestInvoiceCommand_LeavesDataDirAlone(t *testing.T) {
	dir := t.TempDir()
	data := filepath.Join(dir, "shop")
	shopCSV := filepath.Join(dir, "shop.csv")
	os.WriteFile(shopCSV, []byte(testCatalog), 0o644)
	if _, _, err := runPlain(t, "catalog", "import", "--data", data, shopCSV); err != nil {
		t.Fatal(err)
	}
	before := dirFiles(t, data)
	other := filepath.Join(dir, "other.csv")
	os.WriteFile(other, []byte("sku,name_ar,unit,price,stock\nSOFA-3,كنبة 3 مقاعد,piece,1000,9\n"), 0o644)
	work := t.TempDir()
	t.Chdir(work)
	env := map[string]string{"FATOORA_DATA": data}

	out, err := runInvoiceCmd(t, env, "--catalog", other, "--text", "عايز 2 كنبة 3 مقاعد", "--out", "a.pdf")
	if err != nil {
		t.Fatal(err)
	}
	if out.Number != "INV-CAI1-000001" || out.Lines[0].UnitPrice != 1000_00 {
		t.Fatalf("summary %+v", out)
	}
	var stdout, stderr bytes.Buffer
	in := `{"id":"m1","text":"عايز كنبة 3 مقاعد"}` + "\n"
	if err := Run(context.Background(), []string{"extract", "--catalog", other, "--decide"}, IO{Stdin: strings.NewReader(in), Stdout: &stdout, Stderr: &stderr,
		Getenv: func(k string) string { return env[k] }}); err != nil || !strings.Contains(stdout.String(), `"SOFA-3"`) {
		t.Fatalf("extract: %v\n%s%s", err, stdout.String(), stderr.String())
	}

	after := dirFiles(t, data)
	if len(after) != len(before) {
		t.Fatalf("data directory files %d → %d", len(before), len(after))
	}
	for name, b := range before {
		if !bytes.Equal(after[name], b) {
			t.Errorf("%s changed", name)
		}
	}
	ents, _ := os.ReadDir(work)
	if len(ents) != 1 || ents[0].Name() != "a.pdf" {
		var names []string
		for _, e := range ents {
			names = append(names, e.Name())
		}
		t.Fatalf("working directory holds %v, want only a.pdf", names)
	}
	// The shop's catalog is still its own.
	csv, _, err := runPlain(t, "catalog", "export", "--data", data)
	if err != nil || !strings.Contains(csv, "KIT-BEECH") || strings.Contains(csv, ",1000,") {
		t.Fatalf("catalog after: %v\n%s", err, csv)
	}
}

// dirFiles reads every file under dir, by relative path.
func dirFiles(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(path)
		rel, _ := filepath.Rel(dir, path)
		out[rel] = b
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// runPlain runs a command with an empty environment.
func runPlain(t *testing.T, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	var o, e bytes.Buffer
	err = Run(context.Background(), args, IO{Stdin: strings.NewReader(""), Stdout: &o, Stderr: &e, Getenv: func(string) string { return "" }})
	return o.String(), e.String(), err
}

// TestCatalogCommand_StockAfterReservations: after an invoice reserves 3
// hoods of 12, catalog search (on the data directory, through a serving
// box, and on an exported file) and catalog export show 9 available with 3
// reserved beside them, and the export imports back unchanged.
func TestCatalogCommand_StockAfterReservations(t *testing.T) {
	dir := t.TempDir()
	data := filepath.Join(dir, "data")
	cat := filepath.Join(dir, "catalog.csv")
	os.WriteFile(cat, []byte(testCatalog), 0o644)
	if _, _, err := runPlain(t, "catalog", "import", "--data", data, cat); err != nil {
		t.Fatal(err)
	}
	if _, err := runInvoiceCmd(t, nil, "--data", data, "--catalog", cat, "--text", "عايز 3 شفاط بلت إن", "--out", filepath.Join(dir, "a.pdf")); err != nil {
		t.Fatal(err)
	}
	const want = "stock: 9 available, 3 reserved"
	out, _, err := runPlain(t, "catalog", "search", "--data", data, "شفاط بلت إن")
	if err != nil || !strings.Contains(out, "ACC-HOOD-BI") || !strings.Contains(out, want) {
		t.Fatalf("search: %v\n%s", err, out)
	}
	exported, _, err := runPlain(t, "catalog", "export", "--data", data)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasSuffix(strings.SplitN(exported, "\n", 2)[0], ",item_code,reserved") ||
		!strings.Contains(exported, "\nACC-HOOD-BI,شفاط بلت إن,Built-in cooker hood,شفاط مدمج,أجهزة مطبخ,piece,8900,9,,ستانلس|أسود,,3\n") {
		t.Fatalf("export:\n%s", exported)
	}
	expFile := filepath.Join(dir, "export.csv")
	os.WriteFile(expFile, []byte(exported), 0o644)
	if out, _, err = runPlain(t, "catalog", "search", "--catalog", expFile, "شفاط بلت إن"); err != nil || !strings.Contains(out, want) {
		t.Fatalf("search of the exported file: %v\n%s", err, out)
	}
	// An invoice on the exported file alone sells what it says is available.
	if _, err := runInvoiceCmd(t, nil, "--catalog", expFile, "--text", "عايز 10 شفاط بلت إن", "--out", filepath.Join(dir, "b.pdf")); !errors.Is(err, catalog.ErrOutOfStock) {
		t.Fatalf("10 hoods of 9 available: %v", err)
	}
	if _, err := runInvoiceCmd(t, nil, "--catalog", expFile, "--text", "عايز 9 شفاط بلت إن", "--out", filepath.Join(dir, "b.pdf")); err != nil {
		t.Fatalf("9 hoods of 9 available: %v", err)
	}
	if out, _, err = runPlain(t, "catalog", "import", "--data", data, expFile); err != nil || !strings.Contains(out, "0 added, 0 changed, 0 removed") {
		t.Fatalf("re-import: %v\n%s", err, out)
	}
	if again, _, _ := runPlain(t, "catalog", "export", "--data", data); again != exported {
		t.Fatalf("the export changed by importing it back:\n%s\nwas\n%s", again, exported)
	}

	// While a box serves the data directory, search goes through it.
	o := config.Default()
	o.Server.Data, o.Server.Listen = data, "127.0.0.1:0"
	box, err := appliance.New(o, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- box.Serve(ctx) }()
	defer func() { cancel(); <-done }()
	out, _, err = runPlain(t, "catalog", "search", "--data", data, "--listen", box.Addr().String(), "شفاط بلت إن")
	if err != nil || !strings.Contains(out, want) {
		t.Fatalf("search through the box: %v\n%s", err, out)
	}
}
