package appliance_test

import (
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// goPackages maps each package directory of the module (relative to the
// module root) to its non-test files' imports and whether any file has a
// package doc comment.
func goPackages(t *testing.T) map[string]struct {
	doc     bool
	imports map[string]bool
} {
	t.Helper()
	root := ".."
	out := map[string]struct {
		doc     bool
		imports map[string]bool
	}{}
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		name := d.Name()
		if d.IsDir() {
			if path != root && (strings.HasPrefix(name, ".") || name == "testdata" || name == "node_modules" || name == "tmp") {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(token.NewFileSet(), path, nil, parser.ImportsOnly|parser.ParseComments)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, filepath.Dir(path))
		p := out[rel]
		if p.imports == nil {
			p.imports = map[string]bool{}
		}
		if f.Doc != nil && strings.TrimSpace(f.Doc.Text()) != "" {
			p.doc = true
		}
		for _, im := range f.Imports {
			s, _ := strconv.Unquote(im.Path.Value)
			p.imports[s] = true
		}
		out[rel] = p
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TestLayout_EveryPackageHasADoc: a reader learns what a folder owns from
// its package doc.
func TestLayout_EveryPackageHasADoc(t *testing.T) {
	if _, err := os.Stat("../go.mod"); err != nil {
		t.Skip("not in the module tree")
	}
	for dir, p := range goPackages(t) {
		if !p.doc {
			t.Errorf("package %s has no package doc comment", dir)
		}
	}
}

// TestLayout_ImportEdges forbids the edges that would turn the layers
// around: the foundations (store, queue, ingest, config, health,
// supervise) know nothing of the parts built on them, and the domain
// packages under catalog/ know nothing of the appliance beyond its store.
func TestLayout_ImportEdges(t *testing.T) {
	foundations := []string{"appliance/store", "appliance/queue", "appliance/ingest", "appliance/config", "appliance/health", "appliance/supervise"}
	allowed := map[string][]string{
		"appliance/store":     {},
		"appliance/config":    {},
		"appliance/health":    {},
		"appliance/supervise": {},
		"appliance/queue":     {"fatoora/appliance/store"},
		"appliance/ingest":    {"fatoora/appliance/store", "fatoora/appliance/queue"},
	}
	pkgs := goPackages(t)
	for _, dir := range foundations {
		p, ok := pkgs[dir]
		if !ok {
			t.Errorf("%s missing", dir)
			continue
		}
		for im := range p.imports {
			if !strings.HasPrefix(im, "fatoora/") {
				continue
			}
			ok := false
			for _, a := range allowed[dir] {
				ok = ok || im == a
			}
			if !ok {
				t.Errorf("%s imports %s: a foundation must not depend on what is built on it", dir, im)
			}
		}
	}
	for dir, p := range pkgs {
		if dir != "catalog" && !strings.HasPrefix(dir, "catalog/") {
			continue
		}
		for im := range p.imports {
			if im == "fatoora/appliance/store" {
				continue // the catalog keeps its products in the box's store
			}
			if strings.HasPrefix(im, "fatoora/appliance") || strings.HasPrefix(im, "fatoora/ui") {
				t.Errorf("%s imports %s: the catalog is domain code, free of the appliance", dir, im)
			}
		}
	}
}
