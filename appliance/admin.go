package appliance

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/pprof"
	"strconv"
	"strings"
	"time"

	"fatoora/appliance/part"
	"fatoora/appliance/store"
	"fatoora/catalog"
	"fatoora/ui/web"
)

// adminPart is the operator's routes, answered only to requests from the
// box itself: a hot backup of the store (GET /admin/backup, what `fatoora
// backup` streams), a catalog import into the live catalog (POST
// /admin/catalog, what `fatoora catalog import` posts while the box
// serves) and Go's profiles (/debug/pprof/).
func adminPart(db *store.DB, cat *catalog.Store, log *slog.Logger) part.Part {
	a := &admin{db: db, cat: cat, log: log}
	return part.Part{Name: "admin", Routes: func(mux *http.ServeMux) {
		mux.Handle("GET /admin/backup", web.LoopbackOnly(http.HandlerFunc(a.serveBackup)))
		mux.Handle("POST /admin/catalog", web.LoopbackOnly(http.HandlerFunc(a.serveCatalogImport)))
		mux.Handle("GET /admin/catalog", web.LoopbackOnly(http.HandlerFunc(a.serveCatalogExport)))
		mux.Handle("GET /admin/catalog/search", web.LoopbackOnly(http.HandlerFunc(a.serveCatalogSearch)))
		mux.Handle("GET /debug/pprof/", web.LoopbackOnly(http.HandlerFunc(pprof.Index)))
		mux.Handle("GET /debug/pprof/profile", web.LoopbackOnly(http.HandlerFunc(pprof.Profile)))
	}}
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
	diff, err := a.cat.Import(r.Context(), products, vocab, up.Who)
	if err != nil {
		fail(err)
		return
	}
	a.log.Info("catalog imported", "who", up.Who, "products", len(products), "diff", diff.String(), "version", diff.Version)
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
	Products   int                 `json:"products"` // the catalog's size
	TookMicros int64               `json:"took_us"`
	Error      string              `json:"error,omitempty"`
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
	web.JSON(w, http.StatusOK, CatalogSearchResult{Candidates: cs, Products: ix.Len(), TookMicros: time.Since(start).Microseconds()})
}
