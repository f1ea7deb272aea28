package appliance

import (
	"bytes"
	"crypto/rand"
	"crypto/subtle"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/pprof"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"fatoora/appliance/part"
	"fatoora/appliance/store"
	"fatoora/catalog"
	"fatoora/ui/web"
)

// adminPart is the operator's routes, answered only to requests from the
// box itself that carry its admin token (adminGuard): a hot backup of the
// store (GET /admin/backup, what `fatoora backup` streams), a catalog
// import into the live catalog (POST /admin/catalog, what `fatoora catalog
// import` posts while the box serves) and Go's profiles (/debug/pprof/).
func adminPart(db *store.DB, cat *catalog.Store, token string, log *slog.Logger) part.Part {
	a := &admin{db: db, cat: cat, log: log}
	guard := func(h http.HandlerFunc) http.Handler { return adminGuard(token, h) }
	return part.Part{Name: "admin", Routes: func(mux *http.ServeMux) {
		mux.Handle("GET /admin/backup", guard(a.serveBackup))
		mux.Handle("POST /admin/catalog", guard(a.serveCatalogImport))
		mux.Handle("POST /admin/catalog/undo", guard(a.serveCatalogUndo))
		mux.Handle("GET /admin/catalog", guard(a.serveCatalogExport))
		mux.Handle("GET /admin/catalog/search", guard(a.serveCatalogSearch))
		mux.Handle("GET /debug/pprof/", guard(pprof.Index))
		mux.Handle("GET /debug/pprof/profile", guard(pprof.Profile))
	}}
}

// AdminTokenFile is the admin token's file in the data directory (0600):
// the box makes it at start-up, the CLI reads it (fatoora backup, fatoora
// catalog import) to talk to a running box.
const AdminTokenFile = "admin.token"

// EnsureAdminToken reads the box's admin token, making a random one (0600)
// the first time.
func EnsureAdminToken(dataDir string) (string, error) {
	path := filepath.Join(dataDir, AdminTokenFile)
	if tok, err := ReadAdminToken(dataDir); err == nil {
		return tok, nil
	} else if !errors.Is(err, os.ErrNotExist) {
		return "", err
	}
	var b [32]byte
	if _, err := rand.Read(b[:]); err != nil {
		return "", fmt.Errorf("admin token: %w", err)
	}
	tok := hex.EncodeToString(b[:])
	if err := store.WriteFileAtomic(path, func(w io.Writer) error {
		_, err := io.WriteString(w, tok+"\n")
		return err
	}); err != nil {
		return "", fmt.Errorf("write admin token: %w", err)
	}
	if err := os.Chmod(path, 0o600); err != nil {
		return "", fmt.Errorf("admin token: %w", err)
	}
	return tok, nil
}

// ReadAdminToken reads the admin token of the box on dataDir.
func ReadAdminToken(dataDir string) (string, error) {
	b, err := os.ReadFile(filepath.Join(dataDir, AdminTokenFile))
	if err != nil {
		return "", err
	}
	tok := strings.TrimSpace(string(b))
	if len(tok) < 32 {
		return "", fmt.Errorf("admin token %s is too short: delete it and restart the box", filepath.Join(dataDir, AdminTokenFile))
	}
	return tok, nil
}

// proxyHeaders are headers a reverse proxy adds: a request carrying any of
// them came from elsewhere, whatever its address says.
var proxyHeaders = []string{"Forwarded", "X-Forwarded-For", "X-Forwarded-Host", "X-Forwarded-Proto",
	"X-Real-Ip", "X-Client-Ip", "True-Client-Ip", "Cf-Connecting-Ip", "X-Cluster-Client-Ip", "Via"}

// adminGuard lets a request through only when it comes from the box itself
// (a loopback peer, no proxy header), names the box by a loopback name in
// Host (no DNS rebinding), is not a browser's cross-site request (Origin,
// Sec-Fetch-Site) and carries the admin token as a bearer token.
func adminGuard(token string, next http.Handler) http.Handler {
	inner := web.LoopbackOnly(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		for _, h := range proxyHeaders {
			if r.Header.Get(h) != "" {
				http.Error(w, "forbidden: proxied request", http.StatusForbidden)
				return
			}
		}
		if !loopbackHost(r.Host) {
			http.Error(w, "forbidden: Host must be a loopback name", http.StatusForbidden)
			return
		}
		if s := r.Header.Get("Sec-Fetch-Site"); s != "" && s != "none" && s != "same-origin" {
			http.Error(w, "forbidden: cross-site request", http.StatusForbidden)
			return
		}
		if o := r.Header.Get("Origin"); o != "" {
			u, err := url.Parse(o)
			if err != nil || !loopbackHost(u.Host) || u.Host != r.Host {
				http.Error(w, "forbidden: cross-origin request", http.StatusForbidden)
				return
			}
		}
		got, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
		if !ok || subtle.ConstantTimeCompare([]byte(got), []byte(token)) != 1 {
			w.Header().Set("WWW-Authenticate", `Bearer realm="fatoora admin"`)
			http.Error(w, "unauthorized: the admin token (DATA/"+AdminTokenFile+") is required", http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r)
	}))
	return web.CrossOrigin(inner)
}

// loopbackHost: localhost, 127.0.0.0/8 or ::1, with or without a port.
func loopbackHost(hostport string) bool {
	host := hostport
	if h, _, err := net.SplitHostPort(hostport); err == nil {
		host = h
	}
	host = strings.TrimSuffix(strings.TrimPrefix(host, "["), "]")
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

type admin struct {
	db  *store.DB
	cat *catalog.Store
	log *slog.Logger
}

func (a *admin) serveBackup(w http.ResponseWriter, r *http.Request) {
	size, err := a.db.BackupSize()
	if err != nil {
		http.Error(w, "backup failed", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/octet-stream")
	w.Header().Set("Content-Disposition", `attachment; filename="fatoora-backup.db"`)
	w.Header().Set("Content-Length", strconv.FormatInt(size, 10))
	if _, err := a.db.Backup(w); err != nil {
		a.log.Error("hot backup failed", "err", err)
	}
}

// CatalogUpload is the body of POST /admin/catalog: a catalog in the CSV
// contract and, optionally, a shop vocabulary, imported all or nothing by
// the running box (which holds the store, so the CLI cannot).
type CatalogUpload struct {
	Filename string `json:"filename"`
	CSV      string `json:"catalog_csv"`
	Synonyms string `json:"synonyms,omitempty"` // empty: keep the current vocabulary
	Who      string `json:"who"`
	// Replace removes the products the file does not list; DryRun only
	// reports the diff (catalog.ImportOptions).
	Replace bool `json:"replace,omitempty"`
	DryRun  bool `json:"dry_run,omitempty"`
}

// CatalogResult answers it: the diff, or every problem with its position.
type CatalogResult struct {
	Diff     *catalog.Diff `json:"diff,omitempty"`
	Error    string        `json:"error,omitempty"`
	Problems []string      `json:"problems,omitempty"`
}

// serveCatalogImport imports an uploaded catalog into the live catalog: the
// index and the understander follow at once.
func (a *admin) serveCatalogImport(w http.ResponseWriter, r *http.Request) {
	var up CatalogUpload
	dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, 64<<20))
	if err := dec.Decode(&up); err != nil {
		web.JSON(w, http.StatusBadRequest, CatalogResult{Error: "bad request body: " + err.Error()})
		return
	}
	if up.Filename == "" {
		up.Filename = "catalog.csv"
	}
	if strings.TrimSpace(up.Who) == "" {
		up.Who = "admin"
	}
	fail := func(err error) {
		res := CatalogResult{Error: err.Error()}
		var ie *catalog.ImportError
		if errors.As(err, &ie) {
			for _, p := range ie.Problems {
				res.Problems = append(res.Problems, p.String())
			}
			web.JSON(w, http.StatusBadRequest, res)
			return
		}
		web.JSON(w, http.StatusInternalServerError, res)
	}
	products, err := catalog.ParseCSV(strings.NewReader(up.CSV), up.Filename)
	if err != nil {
		fail(err)
		return
	}
	var vocab *catalog.Vocabulary
	if up.Synonyms != "" {
		if vocab, err = catalog.ParseVocabulary(strings.NewReader(up.Synonyms), "synonyms.txt"); err != nil {
			fail(err)
			return
		}
	}
	diff, err := a.cat.ImportWith(r.Context(), products, vocab, up.Who, catalog.ImportOptions{Replace: up.Replace, DryRun: up.DryRun})
	if err != nil {
		fail(err)
		return
	}
	if diff.DryRun {
		web.JSON(w, http.StatusOK, CatalogResult{Diff: &diff})
		return
	}
	a.log.Info("catalog imported", "who", up.Who, "products", len(products), "diff", diff.String(), "version", diff.Version)
	web.JSON(w, http.StatusOK, CatalogResult{Diff: &diff})
}

// CatalogUndo is the body of POST /admin/catalog/undo.
type CatalogUndo struct {
	Who string `json:"who"`
}

// serveCatalogUndo restores the catalog version before the latest change.
func (a *admin) serveCatalogUndo(w http.ResponseWriter, r *http.Request) {
	var u CatalogUndo
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, 1<<16)).Decode(&u); err != nil {
		web.JSON(w, http.StatusBadRequest, CatalogResult{Error: "bad request body: " + err.Error()})
		return
	}
	if strings.TrimSpace(u.Who) == "" {
		u.Who = "admin"
	}
	diff, err := a.cat.Undo(r.Context(), u.Who)
	switch {
	case errors.Is(err, catalog.ErrNothingToUndo):
		web.JSON(w, http.StatusConflict, CatalogResult{Error: err.Error()})
		return
	case err != nil:
		web.JSON(w, http.StatusInternalServerError, CatalogResult{Error: err.Error()})
		return
	}
	a.log.Info("catalog undone", "who", u.Who, "diff", diff.String(), "version", diff.Version)
	web.JSON(w, http.StatusOK, CatalogResult{Diff: &diff})
}

// serveCatalogExport writes the live catalog as CSV in the import contract.
func (a *admin) serveCatalogExport(w http.ResponseWriter, r *http.Request) {
	var buf bytes.Buffer
	if err := a.cat.Export(&buf); err != nil {
		a.log.Error("catalog export failed", "err", err)
		http.Error(w, "catalog export failed", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/csv; charset=utf-8")
	w.Write(buf.Bytes())
}

// CatalogSearchResult answers GET /admin/catalog/search?q=&color=&material=&dims=200x120&limit=5.
type CatalogSearchResult struct {
	Candidates []catalog.Candidate `json:"candidates"`
	// Stock is each candidate's stock now: available after reservations
	// (free) and reserved, by SKU.
	Stock      map[string]catalog.StockInfo `json:"stock,omitempty"`
	Products   int                          `json:"products"` // the catalog's size
	TookMicros int64                        `json:"took_us"`
	Error      string                       `json:"error,omitempty"`
}

// ParseDims reads a dimensions hint in cm ("200x120", "200*120", "200,120").
func ParseDims(s string) ([]int, error) {
	var out []int
	for _, d := range strings.FieldsFunc(s, func(r rune) bool { return r == 'x' || r == '*' || r == '×' || r == ',' }) {
		n, err := strconv.Atoi(strings.TrimSpace(d))
		if err != nil {
			return nil, fmt.Errorf("dims %q: want numbers like 200x120", s)
		}
		out = append(out, n)
	}
	return out, nil
}

// serveCatalogSearch ranks the live catalog's matches of a phrase.
func (a *admin) serveCatalogSearch(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	h := catalog.Hints{Color: q.Get("color"), Material: q.Get("material")}
	var err error
	if h.DimsCM, err = ParseDims(q.Get("dims")); err != nil {
		web.JSON(w, http.StatusBadRequest, CatalogSearchResult{Error: err.Error()})
		return
	}
	limit := 5
	if l := q.Get("limit"); l != "" {
		if limit, err = strconv.Atoi(l); err != nil || limit < 1 || limit > 100 {
			web.JSON(w, http.StatusBadRequest, CatalogSearchResult{Error: "limit: 1 to 100"})
			return
		}
	}
	if strings.TrimSpace(q.Get("q")) == "" {
		web.JSON(w, http.StatusBadRequest, CatalogSearchResult{Error: "empty query"})
		return
	}
	ix := a.cat.Index()
	start := time.Now()
	cs, err := ix.Match(r.Context(), q.Get("q"), h, limit)
	if err != nil {
		web.JSON(w, http.StatusInternalServerError, CatalogSearchResult{Error: err.Error()})
		return
	}
	took := time.Since(start)
	skus := make([]string, len(cs))
	for i, c := range cs {
		skus[i] = c.Product.SKU
	}
	stock, err := a.cat.Stocks(skus)
	if err != nil {
		web.JSON(w, http.StatusInternalServerError, CatalogSearchResult{Error: err.Error()})
		return
	}
	web.JSON(w, http.StatusOK, CatalogSearchResult{Candidates: cs, Stock: stock, Products: ix.Len(), TookMicros: took.Microseconds()})
}
