package web

import (
	"html/template"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"testing/fstest"
)

var pagesFS = fstest.MapFS{
	"t/layout/base.html":   {Data: []byte(`{{define "layout"}}<html><title>{{block "title" .}}Fatoora{{end}}</title><body>{{block "content" .}}{{end}}</body></html>{{end}}`)},
	"t/layout/nav.html":    {Data: []byte(`{{define "nav"}}<nav>{{.Shop}}</nav>{{end}}`)},
	"t/pages/orders.html":  {Data: []byte(`{{template "layout" .}}{{define "title"}}Orders{{end}}{{define "content"}}{{template "nav" .}}<p>{{.Count}} orders for {{.Name}}</p>{{end}}`)},
	"t/pages/alone.html":   {Data: []byte(`<p>{{upper .Name}}</p>`)},
	"t/pages/missing.html": {Data: []byte(`{{template "layout" .}}{{define "content"}}{{.Nope.Deeper}}{{end}}`)},
	"t/pages/panics.html":  {Data: []byte(`<p>before</p>{{boom}}`)},
}

func quiet() *slog.Logger { return slog.New(slog.NewTextHandler(io.Discard, nil)) }

func testEngine(t *testing.T) *Engine {
	t.Helper()
	e, err := NewEngine(EngineOptions{FS: pagesFS, Pages: "t/pages/*.html", Layouts: "t/layout/*.html", Logger: quiet(),
		Funcs: template.FuncMap{"upper": strings.ToUpper, "boom": func() string { panic("boom") }}})
	if err != nil {
		t.Fatal(err)
	}
	return e
}

func TestNewEngine_FailsAtStartUp(t *testing.T) {
	tests := []struct {
		name string
		opts EngineOptions
		want string
	}{
		{"no fs", EngineOptions{Pages: "*.html"}, "FS is required"},
		{"no pages glob", EngineOptions{FS: pagesFS}, "pages glob is required"},
		{"no page matches", EngineOptions{FS: pagesFS, Pages: "t/none/*.html"}, "no page template matches"},
		{"no layout matches", EngineOptions{FS: pagesFS, Pages: "t/pages/*.html", Layouts: "t/gone/*.html"}, "no layout template matches"},
		{"bad glob", EngineOptions{FS: pagesFS, Pages: "t/[/*.html"}, "pages"},
		{"broken template", EngineOptions{FS: fstest.MapFS{"p/a.html": {Data: []byte(`{{if}}`)}}, Pages: "p/*.html"}, "parse p/a.html"},
		{"unknown function", EngineOptions{FS: fstest.MapFS{"p/a.html": {Data: []byte(`{{nosuch}}`)}}, Pages: "p/*.html"}, "parse p/a.html"},
		{"page uses an absent layout", EngineOptions{FS: pagesFS, Pages: "t/pages/orders.html"}, "orders.html"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tc.opts.Logger = quiet()
			e, err := NewEngine(tc.opts)
			if err == nil && tc.name == "page uses an absent layout" {
				// html/template resolves {{template}} at execution: the
				// page parses, and renders a 500 (never a half page).
				w := httptest.NewRecorder()
				e.Render(w, http.StatusOK, "orders.html", nil)
				if w.Code != http.StatusInternalServerError {
					t.Errorf("rendered %d %q", w.Code, w.Body.String())
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("err = %v, want %q", err, tc.want)
			}
		})
	}
}

func TestEngine_Render(t *testing.T) {
	e := testEngine(t)
	if got := strings.Join(e.Pages(), ","); got != "alone.html,missing.html,orders.html,panics.html" {
		t.Errorf("pages %s", got)
	}
	tests := []struct {
		name, page string
		data       any
		status     int
		wantStatus int
		wantBody   string
	}{
		{"layout", "orders.html", map[string]any{"Shop": "النيل", "Count": 3, "Name": "<Ali>"}, http.StatusOK, http.StatusOK,
			"<html><title>Orders</title><body><nav>النيل</nav><p>3 orders for &lt;Ali&gt;</p></body></html>"},
		{"standalone with a func", "alone.html", map[string]string{"Name": "ali"}, http.StatusNotFound, http.StatusNotFound, "<p>ALI</p>"},
		{"unknown page", "gone.html", nil, http.StatusOK, http.StatusInternalServerError, "internal error\n"},
		{"execution error", "missing.html", map[string]any{"Nope": 1}, http.StatusOK, http.StatusInternalServerError, "internal error\n"},
		{"function panics", "panics.html", nil, http.StatusOK, http.StatusInternalServerError, "internal error\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			w := httptest.NewRecorder()
			e.Render(w, tc.status, tc.page, tc.data)
			if w.Code != tc.wantStatus || w.Body.String() != tc.wantBody {
				t.Errorf("got %d %q, want %d %q", w.Code, w.Body.String(), tc.wantStatus, tc.wantBody)
			}
			if tc.wantStatus < 500 && w.Header().Get("Content-Type") != "text/html; charset=utf-8" {
				t.Errorf("content type %q", w.Header().Get("Content-Type"))
			}
		})
	}
}
