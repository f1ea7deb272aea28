package appliance

import (
	"bytes"
	"encoding/json"
	"errors"
	"net/http"
	"strings"

	"fatoora/catalog"
)

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
func (b *Box) serveCatalogImport(w http.ResponseWriter, r *http.Request) {
	var up CatalogUpload
	dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, 64<<20))
	if err := dec.Decode(&up); err != nil {
		writeJSON(w, http.StatusBadRequest, CatalogResult{Error: "bad request body: " + err.Error()})
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
			writeJSON(w, http.StatusBadRequest, res)
			return
		}
		writeJSON(w, http.StatusInternalServerError, res)
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
	diff, err := b.catalog.Import(r.Context(), products, vocab, up.Who)
	if err != nil {
		fail(err)
		return
	}
	b.log.Info("catalog imported", "who", up.Who, "products", len(products), "diff", diff.String(), "version", diff.Version)
	writeJSON(w, http.StatusOK, CatalogResult{Diff: &diff})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	var buf bytes.Buffer
	if err := json.NewEncoder(&buf).Encode(v); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_, _ = w.Write(buf.Bytes())
}
