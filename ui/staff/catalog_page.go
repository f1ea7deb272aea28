package staff

import (
	"bytes"
	"errors"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"fatoora/appliance/understand"
	"fatoora/catalog"
	"fatoora/catalog/money"
)

// --- catalog -----------------------------------------------------------------

type catalogData struct {
	Products []catalog.Product
	// Stock of the products shown: available after reservations (Free)
	// and reserved, by SKU.
	Stock   map[string]catalog.StockInfo
	Total   int
	Shown   int
	Q       string
	Version uint64
	History []catalog.Change
	// Problems of a refused import, by line and column.
	Problems []catalog.Problem
	// Warnings of the file just uploaded (imported or not): likely
	// mistakes that do not stop an import, by line and column.
	Warnings []catalog.Problem
	File     string
	CanEdit  bool
	CanTry   bool
}

// maxCatalogRows bounds the product table (search narrows it).
const maxCatalogRows = 200

// maxUpload bounds an uploaded catalog file.
const maxUpload = 16 << 20

func (u *UI) serveCatalog(w http.ResponseWriter, r *http.Request) {
	v := u.newView(r)
	docsNotice(&v, r, "catalog.done.")
	u.renderCatalog(w, r, v, http.StatusOK, nil, "")
}

func (u *UI) renderCatalog(w http.ResponseWriter, r *http.Request, v view, status int, problems []catalog.Problem, file string) {
	u.renderCatalogWarn(w, r, v, status, problems, nil, file)
}

func (u *UI) renderCatalogWarn(w http.ResponseWriter, r *http.Request, v view, status int, problems, warnings []catalog.Problem, file string) {
	ps, err := u.opts.Catalog.Products()
	if err != nil {
		u.docsFail(w, r, err)
		return
	}
	d := catalogData{Total: len(ps), Q: strings.TrimSpace(r.URL.Query().Get("q")), Problems: problems, Warnings: warnings, File: file,
		CanEdit: v.User.Can("catalog.edit"), CanTry: u.opts.Understand != nil}
	q := strings.ToLower(d.Q)
	for _, p := range ps {
		if q != "" && !strings.Contains(strings.ToLower(p.SKU+" "+p.NameAr+" "+p.NameEn+" "+p.Category+" "+strings.Join(p.Synonyms, " ")), q) {
			continue
		}
		if len(d.Products) < maxCatalogRows {
			d.Products = append(d.Products, p)
		}
		d.Shown++
	}
	skus := make([]string, len(d.Products))
	for i, p := range d.Products {
		skus[i] = p.SKU
	}
	if d.Stock, err = u.opts.Catalog.Stocks(skus); err != nil {
		u.docsFail(w, r, err)
		return
	}
	d.Version, _ = u.opts.Catalog.Version()
	d.History, _ = u.opts.Catalog.History(5)
	v.Data = d
	u.render(w, status, "catalog", v)
}

func (u *UI) serveCatalogExport(w http.ResponseWriter, r *http.Request) {
	var buf bytes.Buffer
	if err := u.opts.Catalog.Export(&buf); err != nil {
		u.docsFail(w, r, err)
		return
	}
	h := w.Header()
	h.Set("Content-Type", "text/csv; charset=utf-8")
	h.Set("Content-Disposition", `attachment; filename="catalog.csv"`)
	h.Set("Cache-Control", "no-store")
	w.Write(buf.Bytes())
}

// catalogFail shows an import's problems (by line and column) above the
// catalog, or the error's message.
func (u *UI) catalogFail(w http.ResponseWriter, r *http.Request, err error, file string) {
	u.catalogFailWarn(w, r, err, nil, file)
}

// catalogFailWarn is catalogFail that also lists the file's warnings.
func (u *UI) catalogFailWarn(w http.ResponseWriter, r *http.Request, err error, warnings []catalog.Problem, file string) {
	v := u.newView(r)
	var ie *catalog.ImportError
	if errors.As(err, &ie) {
		v.Error = textf(v.Lang, "catalog.problems", len(ie.Problems))
		u.renderCatalogWarn(w, r, v, http.StatusBadRequest, ie.Problems, warnings, file)
		return
	}
	key, st := docsErrKey(err)
	if errors.Is(err, catalog.ErrChanged) {
		key, st = "err.catalog.changed", http.StatusConflict
	}
	if st == http.StatusInternalServerError {
		u.log.Error("catalog change failed", "err", err)
	}
	v.Error = text(v.Lang, key)
	u.renderCatalogWarn(w, r, v, st, nil, warnings, file)
}

func (u *UI) catalogDone(w http.ResponseWriter, r *http.Request, done string, diff catalog.Diff) {
	http.Redirect(w, r, u.opts.Prefix+"/catalog?"+url.Values{"done": {done}, "ref": {diff.String()}}.Encode(), http.StatusSeeOther)
}

func (u *UI) handleCatalogImport(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, maxUpload+64<<10)
	f, hdr, err := r.FormFile("file")
	if err != nil {
		u.catalogFail(w, r, errForm, "")
		return
	}
	defer f.Close()
	data, err := io.ReadAll(f)
	if err != nil {
		u.catalogFail(w, r, errForm, "")
		return
	}
	name := hdr.Filename
	products, warnings, err := catalog.ParseFileWarnings(data, name)
	if err != nil {
		u.catalogFailWarn(w, r, err, warnings, name)
		return
	}
	diff, err := u.opts.Catalog.Import(r.Context(), products, nil, actorName(r))
	if err != nil {
		u.catalogFailWarn(w, r, err, warnings, name)
		return
	}
	u.record(r, "catalog.import", name, diff.String())
	if len(warnings) > 0 {
		// Imported, but the shop should see what looks wrong: the page
		// itself, not a redirect that would lose the list.
		v := u.newView(r)
		v.Notice = textf(v.Lang, "catalog.done.imported", diff.String()) + " " + textf(v.Lang, "catalog.warnings", len(warnings))
		u.renderCatalogWarn(w, r, v, http.StatusOK, nil, warnings, name)
		return
	}
	u.catalogDone(w, r, "imported", diff)
}

// handleProduct changes one product's price and stock: the whole catalog
// is imported again with that change (Import is the catalog's one way in:
// validation, history and the search index follow).
func (u *UI) handleProduct(w http.ResponseWriter, r *http.Request) {
	if !parseForm(w, r) {
		u.catalogFail(w, r, errForm, "")
		return
	}
	sku := r.PathValue("sku")
	// The products as of now; ImportAt refuses the change if the catalog
	// moved on since the page was read (its version is in the form).
	ps, err := u.opts.Catalog.Products()
	if err != nil {
		u.catalogFail(w, r, err, "")
		return
	}
	i := -1
	for j := range ps {
		if ps[j].SKU == sku {
			i = j
		}
	}
	if i < 0 {
		u.serveNotFound(w, r)
		return
	}
	var problems []catalog.Problem
	bad := func(col, msg string) {
		problems = append(problems, catalog.Problem{File: sku, Column: col, Message: msg})
	}
	price, err := money.ParsePiasters(strings.TrimSpace(r.PostForm.Get("price")))
	if err != nil || price < 0 {
		bad("price", "not an amount")
	}
	stockText := strings.TrimSpace(r.PostForm.Get("stock"))
	var stock catalog.Milli
	if stockText != "" {
		if stock, err = catalog.ParseMilli(stockText); err != nil || stock < 0 {
			bad("stock", "not a quantity")
		}
	}
	if problems != nil {
		u.catalogFail(w, r, &catalog.ImportError{Problems: problems}, sku)
		return
	}
	version, err := formVersion(r)
	if err != nil {
		u.catalogFail(w, r, errForm, sku)
		return
	}
	ps[i].Price, ps[i].Stock, ps[i].MadeToOrder = price, stock, stockText == ""
	diff, err := u.opts.Catalog.ImportAt(r.Context(), ps, nil, actorName(r), version)
	if err != nil {
		u.catalogFail(w, r, err, sku)
		return
	}
	u.record(r, "catalog.product", sku, "price "+price.String()+", stock "+stockText)
	u.catalogDone(w, r, "saved", diff)
}

type vocabularyData struct {
	Version  uint64 // the catalog version the form edits
	Text     string
	Groups   int
	Problems []catalog.Problem
	CanEdit  bool
}

func (u *UI) serveVocabulary(w http.ResponseWriter, r *http.Request) {
	v := u.newView(r)
	docsNotice(&v, r, "vocab.done.")
	voc, err := u.opts.Catalog.Vocabulary()
	if err != nil {
		u.docsFail(w, r, err)
		return
	}
	d := vocabularyData{CanEdit: v.User.Can("catalog.edit")}
	d.Version, _ = u.opts.Catalog.Version()
	if voc != nil {
		d.Text, d.Groups = voc.String(), len(voc.Groups())
	}
	v.Data = d
	u.render(w, http.StatusOK, "vocabulary", v)
}

func (u *UI) handleVocabulary(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, 1<<20)
	v := u.newView(r)
	if err := r.ParseForm(); err != nil {
		http.Error(w, text(v.Lang, "err.form"), http.StatusBadRequest)
		return
	}
	src := r.PostForm.Get("vocabulary")
	version, err := formVersion(r)
	if err != nil {
		http.Error(w, text(v.Lang, "err.form"), http.StatusBadRequest)
		return
	}
	fail := func(err error, status int) {
		d := vocabularyData{Text: src, CanEdit: true, Version: version}
		var ie *catalog.ImportError
		if errors.As(err, &ie) {
			d.Problems = ie.Problems
			v.Error = textf(v.Lang, "catalog.problems", len(ie.Problems))
		} else if errors.Is(err, catalog.ErrChanged) {
			d.Version, _ = u.opts.Catalog.Version()
			v.Error = text(v.Lang, "err.catalog.changed")
		} else {
			u.log.Error("vocabulary change failed", "err", err)
			v.Error = text(v.Lang, "err.internal")
		}
		v.Data = d
		u.render(w, status, "vocabulary", v)
	}
	voc, err := catalog.ParseVocabulary(strings.NewReader(src), "vocabulary")
	if err != nil {
		fail(err, http.StatusBadRequest)
		return
	}
	ps, err := u.opts.Catalog.Products()
	if err != nil {
		fail(err, http.StatusInternalServerError)
		return
	}
	diff, err := u.opts.Catalog.ImportAt(r.Context(), ps, voc, actorName(r), version)
	if err != nil {
		var ie *catalog.ImportError
		st := http.StatusInternalServerError
		if errors.As(err, &ie) {
			st = http.StatusBadRequest
		} else if errors.Is(err, catalog.ErrChanged) {
			st = http.StatusConflict
		}
		fail(err, st)
		return
	}
	u.record(r, "catalog.vocabulary", "", diff.String())
	http.Redirect(w, r, u.opts.Prefix+"/catalog/vocabulary?done=saved", http.StatusSeeOther)
}

type tryData struct {
	Text   string
	Result *understand.Result
	Error  string
}

// serveTry shows how the box understands a message (the same
// understanding the pipeline runs, rules and model). What it would answer
// follows from the understanding by the pipeline's decision, which is not
// exposed as a pure function yet: the page shows the understanding.
func (u *UI) serveTry(w http.ResponseWriter, r *http.Request) {
	v := u.newView(r)
	if u.opts.Understand == nil {
		u.serveNotFound(w, r)
		return
	}
	d := tryData{Text: strings.TrimSpace(r.URL.Query().Get("text"))}
	if len(d.Text) > 4096 {
		d.Text = d.Text[:4096]
	}
	if d.Text != "" {
		res, err := u.opts.Understand(r.Context(), d.Text)
		if err != nil {
			u.log.Warn("try a message", "err", err)
			d.Error = text(v.Lang, "try.failed")
		} else {
			d.Result = &res
		}
	}
	v.Data = d
	u.render(w, http.StatusOK, "try", v)
}

// ConfPct prints a 0..1 confidence as a whole percentage.
func (v view) ConfPct(f float64) string { return strconv.Itoa(int(f*100+0.5)) + "%" }

// formVersion reads the catalog version a form was made from.
func formVersion(r *http.Request) (uint64, error) {
	return strconv.ParseUint(r.PostForm.Get("version"), 10, 64)
}
