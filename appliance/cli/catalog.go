package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"fatoora/appliance"
	"fatoora/appliance/store"
	"fatoora/catalog"
)

func init() {
	Register(Command{
		Name:    "catalog",
		Summary: "import, export and search the shop's catalog (import | undo | export | search | history)",
		Run:     runCatalog,
	})
}

const catalogSummary = `Manage the shop's catalog in the data directory.

  fatoora catalog import [--replace] [--dry-run] [--synonyms FILE] [--who NAME] FILE
                                     CSV or XLSX (by content); adds and updates, and removes
                                     the products the file lacks only with --replace;
                                     --dry-run prints what would change and changes nothing
  fatoora catalog undo [--who NAME]  restore the catalog as it was before the latest change
  fatoora catalog export [--out FILE]                          CSV that imports back unchanged
  fatoora catalog search [--color C] [--material M] [--dims 200x120] [--limit N] "QUERY"
  fatoora catalog history [--limit N]

search also works without a data directory: --catalog FILE [--synonyms FILE].
While "fatoora serve" runs it holds the data file: import, undo, export and search go
through the running box (--listen); history needs the box stopped.
The file formats are in docs/catalog.md.`

func runCatalog(ctx context.Context, args []string, stdio IO) error {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		fmt.Fprintln(stdio.Stderr, "Usage: fatoora catalog import|undo|export|search|history [options]\n\n"+catalogSummary)
		if len(args) == 0 {
			return fmt.Errorf("%w: catalog needs a subcommand", ErrUsage)
		}
		return flag.ErrHelp
	}
	switch args[0] {
	case "import":
		return catalogImport(ctx, args[1:], stdio)
	case "undo":
		return catalogUndo(ctx, args[1:], stdio)
	case "export":
		return catalogExport(ctx, args[1:], stdio)
	case "search":
		return catalogSearch(ctx, args[1:], stdio)
	case "history":
		return catalogHistory(args[1:], stdio)
	}
	return fmt.Errorf("%w: unknown catalog subcommand %q (import, undo, export, search, history)", ErrUsage, args[0])
}

// openCatalog opens the store and the catalog in the data directory.
func openCatalog(data string, readOnly bool) (*store.DB, *catalog.Store, error) {
	path := filepath.Join(data, appliance.DBFile)
	if readOnly {
		if _, err := os.Stat(path); err != nil {
			return nil, nil, fmt.Errorf("no store at %s: import a catalog first (fatoora catalog import FILE)", path)
		}
	} else if err := os.MkdirAll(data, 0o700); err != nil {
		return nil, nil, fmt.Errorf("create data directory: %w", err)
	}
	db, err := store.Open(path, store.Options{ReadOnly: readOnly, Timeout: 500 * time.Millisecond})
	if errors.Is(err, store.ErrLocked) {
		return nil, nil, fmt.Errorf("%s is in use by a running box (stop it, or use fatoora catalog import, which goes through the box): %w", path, err)
	}
	if err != nil {
		return nil, nil, err
	}
	cat, err := catalog.OpenStore(db, filepath.Join(data, appliance.IndexDir))
	if err != nil {
		db.Close()
		return nil, nil, err
	}
	return db, cat, nil
}

func catalogImport(ctx context.Context, args []string, stdio IO) error {
	fs := NewFlagSet("catalog import", "Import a catalog file (CSV or XLSX, columns in docs/catalog.md) into the data directory, all or nothing.", stdio)
	data := DataFlag(fs, stdio)
	synonyms := fs.String("synonyms", "", "shop vocabulary file (Solr synonyms format); default: keep the current one")
	who := fs.String("who", "cli", "name recorded in the catalog history")
	listen := listenFlag(fs, stdio)
	replace := fs.Bool("replace", false, "remove the products the file does not list (default: keep them)")
	dryRun := fs.Bool("dry-run", false, "print what would be added, changed and removed; change nothing")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return fmt.Errorf("%w: catalog import needs exactly one FILE", ErrUsage)
	}
	opt := catalog.ImportOptions{Replace: *replace, DryRun: *dryRun}
	products, vocab, err := readCatalogFiles(stdio, fs.Arg(0), *synonyms)
	if err != nil {
		return reportImportError(stdio, err)
	}
	if err := listenNamesAnotherStore(fs, stdio, *data); err != nil {
		return err
	}
	var diff catalog.Diff
	db, cat, err := openCatalog(*data, false)
	switch {
	case errors.Is(err, store.ErrLocked):
		// A box is serving this data directory: it imports for us.
		if diff, err = importThroughBox(ctx, *data, *listen, fs.Arg(0), products, vocab, *who, opt, stdio); err != nil {
			return err
		}
	case err != nil:
		return err
	default:
		defer db.Close()
		defer cat.Close()
		if diff, err = cat.ImportWith(ctx, products, vocab, *who, opt); err != nil {
			return reportImportError(stdio, err)
		}
	}
	verb := "imported"
	if diff.DryRun {
		verb = "dry run, nothing changed: importing"
	}
	fmt.Fprintf(stdio.Stdout, "%s %d products from %s: %s (catalog version %d)\n", verb, len(products), fs.Arg(0), diff, diff.Version)
	printDiff(stdio, diff)
	if len(diff.Kept) > 0 {
		fmt.Fprintf(stdio.Stdout, "%d products not in the file were kept; --replace removes them\n", len(diff.Kept))
	}
	return nil
}

// printDiff lists the SKUs of each kind of change.
func printDiff(stdio IO, diff catalog.Diff) {
	for _, l := range []struct {
		what string
		skus []string
	}{{"added", diff.Added}, {"changed", diff.Changed}, {"removed", diff.Removed}, {"kept", diff.Kept}} {
		if len(l.skus) > 0 {
			fmt.Fprintf(stdio.Stdout, "  %-8s %s\n", l.what, strings.Join(l.skus, " "))
		}
	}
}

func catalogUndo(ctx context.Context, args []string, stdio IO) error {
	fs := NewFlagSet("catalog undo", "Restore the catalog (products and vocabulary) as it was before its latest change; undoing twice puts the change back. The last 10 versions are kept.", stdio)
	data := DataFlag(fs, stdio)
	who := fs.String("who", "cli", "name recorded in the catalog history")
	listen := fs.String("listen", envOr(stdio, "FATOORA_LISTEN", ":8080"), "listen address of a running box on this data directory (env FATOORA_LISTEN)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	var diff catalog.Diff
	db, cat, err := openCatalog(*data, false)
	switch {
	case errors.Is(err, store.ErrLocked):
		body, _ := json.Marshal(appliance.CatalogUndo{Who: *who})
		res, code, err := postAdmin(ctx, *data, *listen, "/admin/catalog/undo", body)
		if err != nil {
			return err
		}
		if code != http.StatusOK || res.Diff == nil {
			return fmt.Errorf("undo through the box: %s", res.Error)
		}
		diff = *res.Diff
	case err != nil:
		return err
	default:
		defer db.Close()
		defer cat.Close()
		if diff, err = cat.Undo(ctx, *who); err != nil {
			return err
		}
	}
	fmt.Fprintf(stdio.Stdout, "restored the previous catalog: %s (catalog version %d)\n", diff, diff.Version)
	printDiff(stdio, diff)
	return nil
}

// postAdmin posts a JSON body to a loopback admin route of the running box.
func postAdmin(ctx context.Context, data, listen, path string, body []byte) (appliance.CatalogResult, int, error) {
	var res appliance.CatalogResult
	u := "http://" + loopbackAddr(listen) + path
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, u, bytes.NewReader(body))
	if err != nil {
		return res, 0, err
	}
	req.Header.Set("Content-Type", "application/json")
	if err := adminAuth(req, data); err != nil {
		return res, 0, err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return res, 0, fmt.Errorf("the store is in use but no box answers on %s (--listen): %w", u, err)
	}
	defer resp.Body.Close()
	if err := json.NewDecoder(io.LimitReader(resp.Body, 16<<20)).Decode(&res); err != nil {
		return res, resp.StatusCode, fmt.Errorf("%s: %s", path, resp.Status)
	}
	return res, resp.StatusCode, nil
}

// readCatalogFiles parses a catalog file (CSV or XLSX by content) and an
// optional vocabulary file. The file's warnings (a colours cell separated
// by commas) go to stderr, one a line, and do not stop it.
func readCatalogFiles(stdio IO, file, synonyms string) ([]catalog.Product, *catalog.Vocabulary, error) {
	b, err := os.ReadFile(file)
	if err != nil {
		return nil, nil, err
	}
	products, warnings, err := catalog.ParseFileWarnings(b, filepath.Base(file))
	for _, w := range warnings {
		fmt.Fprintln(stdio.Stderr, "warning: "+w.String())
	}
	if err != nil {
		return nil, nil, err
	}
	var vocab *catalog.Vocabulary
	if synonyms != "" {
		f, err := os.Open(synonyms)
		if err != nil {
			return nil, nil, err
		}
		defer f.Close()
		if vocab, err = catalog.ParseVocabulary(f, filepath.Base(synonyms)); err != nil {
			return nil, nil, err
		}
	}
	return products, vocab, nil
}

// reportImportError prints every problem of an import, one per line.
func reportImportError(stdio IO, err error) error {
	var ie *catalog.ImportError
	if errors.As(err, &ie) {
		for _, p := range ie.Problems {
			fmt.Fprintln(stdio.Stderr, p.String())
		}
		return fmt.Errorf("import rejected: %d problem(s), nothing was changed", len(ie.Problems))
	}
	return err
}

func catalogExport(ctx context.Context, args []string, stdio IO) error {
	fs := NewFlagSet("catalog export", "Write the catalog as CSV (the import format).", stdio)
	data := DataFlag(fs, stdio)
	out := fs.String("out", "", "file to write (default: standard output)")
	listen := listenFlag(fs, stdio)
	if err := fs.Parse(args); err != nil {
		return err
	}
	var buf bytes.Buffer
	db, cat, err := openCatalog(*data, true)
	switch {
	case errors.Is(err, store.ErrLocked):
		// A box is serving this data directory: it exports for us.
		if err := throughBox(ctx, *data, *listen, "/admin/catalog", &buf); err != nil {
			return err
		}
	case err != nil:
		return err
	default:
		defer db.Close()
		defer cat.Close()
		if err := cat.Export(&buf); err != nil {
			return err
		}
	}
	if *out == "" {
		_, err := stdio.Stdout.Write(buf.Bytes())
		return err
	}
	return store.WriteFileAtomic(*out, func(w io.Writer) error {
		_, err := w.Write(buf.Bytes())
		return err
	})
}

func catalogSearch(ctx context.Context, args []string, stdio IO) error {
	fs := NewFlagSet("catalog search", "Show the ranked matches of a phrase, with scores and evidence.", stdio)
	data := DataFlag(fs, stdio)
	file := fs.String("catalog", "", "search this catalog file in memory instead of the data directory")
	synonyms := fs.String("synonyms", "", "vocabulary file, with --catalog")
	color := fs.String("color", "", "colour hint")
	material := fs.String("material", "", "material hint")
	dims := fs.String("dims", "", "dimensions hint in cm, e.g. 200x120")
	limit := fs.Int("limit", 5, "number of candidates")
	listen := listenFlag(fs, stdio)
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return fmt.Errorf("%w: catalog search needs a QUERY", ErrUsage)
	}
	h := catalog.Hints{Color: *color, Material: *material}
	var err error
	if h.DimsCM, err = appliance.ParseDims(*dims); err != nil {
		return fmt.Errorf("%w: --%v", ErrUsage, err)
	}
	q := strings.Join(fs.Args(), " ")
	var ix *catalog.Index
	// stock of the candidates: the store's figures, or the file's columns
	var stockOf func(skus []string) (map[string]catalog.StockInfo, error)
	if *file != "" {
		products, vocab, err := readCatalogFiles(stdio, *file, *synonyms)
		if err != nil {
			return reportImportError(stdio, err)
		}
		if ix, err = catalog.NewMemIndex(products, vocab); err != nil {
			return err
		}
		defer ix.Close()
		stockOf = func([]string) (map[string]catalog.StockInfo, error) {
			out := map[string]catalog.StockInfo{}
			for _, p := range products {
				out[p.SKU] = catalog.FileStock(p)
			}
			return out, nil
		}
	} else {
		db, cat, err := openCatalog(*data, true)
		if errors.Is(err, store.ErrLocked) {
			// A box is serving this data directory: it searches for us.
			v := url.Values{"q": {q}, "color": {*color}, "material": {*material}, "dims": {*dims}, "limit": {strconv.Itoa(*limit)}}
			var buf bytes.Buffer
			if err := throughBox(ctx, *data, *listen, "/admin/catalog/search?"+v.Encode(), &buf); err != nil {
				return err
			}
			var res appliance.CatalogSearchResult
			if err := json.Unmarshal(buf.Bytes(), &res); err != nil {
				return fmt.Errorf("search through the box: %w", err)
			}
			if res.Products == 0 {
				return errors.New("the catalog is empty: fatoora catalog import FILE")
			}
			printCandidates(stdio, q, res.Candidates, res.Stock, res.Products, time.Duration(res.TookMicros)*time.Microsecond)
			return nil
		}
		if err != nil {
			return err
		}
		defer db.Close()
		defer cat.Close()
		ix = cat.Index()
		stockOf = cat.Stocks
	}
	if ix.Len() == 0 {
		return errors.New("the catalog is empty: fatoora catalog import FILE")
	}
	start := time.Now()
	cs, err := ix.Match(ctx, q, h, *limit)
	if err != nil {
		return err
	}
	took := time.Since(start)
	skus := make([]string, len(cs))
	for i, c := range cs {
		skus[i] = c.Product.SKU
	}
	stock, err := stockOf(skus)
	if err != nil {
		return err
	}
	printCandidates(stdio, q, cs, stock, ix.Len(), took)
	return nil
}

// printCandidates prints a search's ranked matches with their evidence and
// stock: what is available after reservations, and what is reserved.
func printCandidates(stdio IO, q string, cs []catalog.Candidate, stock map[string]catalog.StockInfo, products int, took time.Duration) {
	if len(cs) == 0 {
		fmt.Fprintf(stdio.Stdout, "no product matches %q\n", q)
		return
	}
	for i, c := range cs {
		fmt.Fprintf(stdio.Stdout, "%d. %.3f  %s  %s  (%s %s/%s)\n", i+1, c.Score, c.Product.SKU, c.Product.NameAr, c.Product.Price, "EGP", c.Product.Unit)
		if c.Color != "" {
			fmt.Fprintf(stdio.Stdout, "   colour: %s\n", c.Color)
		}
		if si, ok := stock[c.Product.SKU]; ok {
			fmt.Fprintf(stdio.Stdout, "   stock: %s\n", stockText(si))
		}
		for _, e := range c.Evidence {
			fmt.Fprintf(stdio.Stdout, "   - %s\n", e)
		}
	}
	fmt.Fprintf(stdio.Stdout, "(%d of %d products, %v)\n", len(cs), products, took.Round(time.Microsecond))
}

func catalogHistory(args []string, stdio IO) error {
	fs := NewFlagSet("catalog history", "List catalog changes, newest first.", stdio)
	data := DataFlag(fs, stdio)
	limit := fs.Int("limit", 20, "number of changes (0: all)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	db, cat, err := openCatalog(*data, true)
	if err != nil {
		return err
	}
	defer db.Close()
	defer cat.Close()
	h, err := cat.History(*limit)
	if err != nil {
		return err
	}
	w := io.Writer(stdio.Stdout)
	for _, c := range h {
		fmt.Fprintf(w, "v%d  %s  %-12s %s\n", c.Diff.Version, c.At.Local().Format("2006-01-02 15:04"), c.Who, c.Diff)
	}
	return nil
}

// stockText is a product's stock as the commands print it.
func stockText(si catalog.StockInfo) string {
	if si.State == catalog.MadeToOrder {
		return "made to order"
	}
	return fmt.Sprintf("%s available, %s reserved", si.Free, si.Reserved)
}

// importThroughBox hands a parsed catalog to the box serving the data
// directory (POST /admin/catalog on loopback), which imports it all or
// nothing and answers with the diff or every problem.
func importThroughBox(ctx context.Context, data, listen, file string, products []catalog.Product, vocab *catalog.Vocabulary, who string, opt catalog.ImportOptions, stdio IO) (catalog.Diff, error) {
	var csvBuf bytes.Buffer
	if err := catalog.WriteCSV(&csvBuf, products); err != nil {
		return catalog.Diff{}, err
	}
	up := appliance.CatalogUpload{Filename: filepath.Base(file), CSV: csvBuf.String(), Who: who, Replace: opt.Replace, DryRun: opt.DryRun}
	if vocab != nil {
		up.Synonyms = vocab.String()
	}
	body, err := json.Marshal(up)
	if err != nil {
		return catalog.Diff{}, err
	}
	res, code, err := postAdmin(ctx, data, listen, "/admin/catalog", body)
	if err != nil {
		return catalog.Diff{}, fmt.Errorf("import through the box: %w", err)
	}
	if code != http.StatusOK || res.Diff == nil {
		for _, p := range res.Problems {
			fmt.Fprintln(stdio.Stderr, p)
		}
		if len(res.Problems) > 0 {
			return catalog.Diff{}, fmt.Errorf("import rejected by the box: %d problem(s), nothing was changed", len(res.Problems))
		}
		return catalog.Diff{}, fmt.Errorf("import through the box: %d: %s", code, res.Error)
	}
	fmt.Fprintln(stdio.Stdout, "through the running box:")
	return *res.Diff, nil
}

func envOr(stdio IO, key, def string) string {
	if stdio.Getenv != nil {
		if v := strings.TrimSpace(stdio.Getenv(key)); v != "" {
			return v
		}
	}
	return def
}

// listenNamesAnotherStore refuses an import that names a running box
// (--listen on the command line) but not a data directory (no --data, no
// FATOORA_DATA) when the default one holds no store: the command would
// otherwise create a new store in ./fatoora-data and report success while
// the box, serving its own directory, saw nothing.
func listenNamesAnotherStore(fs *flag.FlagSet, stdio IO, data string) error {
	listen, dataSet := false, false
	fs.Visit(func(f *flag.Flag) {
		listen = listen || f.Name == "listen"
		dataSet = dataSet || f.Name == "data"
	})
	if !listen || dataSet || (stdio.Getenv != nil && strings.TrimSpace(stdio.Getenv("FATOORA_DATA")) != "") {
		return nil
	}
	path := filepath.Join(data, appliance.DBFile)
	if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("no store at %s, and --listen names a running box: a box changes only its own data directory, so pass it with --data (nothing was imported)", path)
	}
	return nil
}

// listenFlag is --listen: where a box serving the data directory answers
// (the catalog commands go through it while it holds the store).
func listenFlag(fs *flag.FlagSet, stdio IO) *string {
	return fs.String("listen", envOr(stdio, "FATOORA_LISTEN", ":8080"), "listen address of a running box on this data directory (env FATOORA_LISTEN): while it serves, the command goes through it")
}

// throughBox GETs path from the box serving the data directory (its
// loopback admin routes) into w.
func throughBox(ctx context.Context, data, listen, path string, w io.Writer) error {
	u := "http://" + loopbackAddr(listen) + path
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return err
	}
	if err := adminAuth(req, data); err != nil {
		return err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return fmt.Errorf("the store is in use but no box answers on %s (--listen): %w", u, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		b, _ := io.ReadAll(io.LimitReader(resp.Body, 4096))
		return fmt.Errorf("through the box: %s: %s", resp.Status, strings.TrimSpace(string(b)))
	}
	_, err = io.Copy(w, io.LimitReader(resp.Body, 256<<20))
	return err
}
