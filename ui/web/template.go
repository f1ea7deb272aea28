package web

import (
	"bytes"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"log/slog"
	"net/http"
	"path"
	"sort"
)

// EngineOptions configure an Engine.
type EngineOptions struct {
	// FS holds the templates, usually an embed.FS. Required.
	FS fs.FS
	// Pages is the glob of the page templates within FS
	// ("templates/pages/*.html"); each page is rendered by its file name
	// ("orders.html"). Required; it must match at least one file.
	Pages string
	// Layouts is the glob of the shared templates parsed with every page
	// (a layout defining the frame that calls {{block "content" .}}, and
	// partials); empty for pages that stand alone.
	Layouts string
	// Funcs are the template functions available to every template.
	Funcs  template.FuncMap
	Logger *slog.Logger
}

// Validate reports what is missing.
func (o EngineOptions) Validate() error {
	var errs []error
	if o.FS == nil {
		errs = append(errs, errors.New("web: templates FS is required"))
	}
	if o.Pages == "" {
		errs = append(errs, errors.New("web: the pages glob is required"))
	}
	return errors.Join(errs...)
}

// Engine renders pages from templates parsed once, at start-up: a missing
// or broken template fails NewEngine, not a customer's request. Each page is
// its own template set (the layouts, then the page, whose blocks override
// the layouts' defaults), so pages may define the same blocks. Rendering goes into a buffer first: a failing template
// answers 500 and never a half-written page, and never panics.
type Engine struct {
	pages map[string]*template.Template
	log   *slog.Logger
}

// NewEngine parses every page with the layouts.
func NewEngine(opts EngineOptions) (*Engine, error) {
	if err := opts.Validate(); err != nil {
		return nil, err
	}
	if opts.Logger == nil {
		opts.Logger = slog.Default()
	}
	pages, err := fs.Glob(opts.FS, opts.Pages)
	if err != nil {
		return nil, fmt.Errorf("web: pages %q: %w", opts.Pages, err)
	}
	if len(pages) == 0 {
		return nil, fmt.Errorf("web: no page template matches %q", opts.Pages)
	}
	var layouts []string
	if opts.Layouts != "" {
		if layouts, err = fs.Glob(opts.FS, opts.Layouts); err != nil {
			return nil, fmt.Errorf("web: layouts %q: %w", opts.Layouts, err)
		}
		if len(layouts) == 0 {
			return nil, fmt.Errorf("web: no layout template matches %q", opts.Layouts)
		}
	}
	e := &Engine{pages: map[string]*template.Template{}, log: opts.Logger.With("component", "web")}
	for _, p := range pages {
		name := path.Base(p)
		if _, dup := e.pages[name]; dup {
			return nil, fmt.Errorf("web: two page templates named %s", name)
		}
		t, err := template.New(name).Funcs(opts.Funcs).ParseFS(opts.FS, append(layouts[:len(layouts):len(layouts)], p)...)
		if err != nil {
			return nil, fmt.Errorf("web: parse %s: %w", p, err)
		}
		e.pages[name] = t
	}
	return e, nil
}

// Pages lists the page names, sorted.
func (e *Engine) Pages() []string {
	out := make([]string, 0, len(e.pages))
	for n := range e.pages {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

// Render writes page with data as HTML with the status; an unknown page or
// a template error is logged and answered 500.
func (e *Engine) Render(w http.ResponseWriter, status int, page string, data any) {
	buf, err := e.execute(page, data)
	if err != nil {
		e.log.Error("render page", "page", page, "err", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	_, _ = w.Write(buf.Bytes())
}

func (e *Engine) execute(page string, data any) (buf *bytes.Buffer, err error) {
	t, ok := e.pages[page]
	if !ok {
		return nil, fmt.Errorf("no page template %s", page)
	}
	defer func() {
		// A template function that panics is a bug; the customer gets a 500.
		if r := recover(); r != nil {
			buf, err = nil, fmt.Errorf("template panicked: %v", r)
		}
	}()
	buf = new(bytes.Buffer)
	if err := t.ExecuteTemplate(buf, page, data); err != nil {
		return nil, err
	}
	return buf, nil
}
