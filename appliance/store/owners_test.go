package store

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// owners says which packages may name each bucket and key of names.go: the
// package that owns the records (see the tree in doc.go). A parent bucket
// shared by two owners lists both. The catalog names its own buckets (it
// does not import this package); the store names them only to migrate them.
var owners = map[string][]string{
	"BucketMeta": {"appliance/store"}, "KeySchema": {"appliance/store"}, "KeyBoxID": {"appliance/store"},

	"BucketPayloads": {"appliance/ingest"}, "BucketDigests": {"appliance/ingest"}, "BucketMessages": {"appliance/ingest"},
	"BucketStatuses": {"appliance/ingest"}, "BucketCustomer": {"appliance/ingest"},
	// message_index/ holds each customer's run (CustomerRunKey): ingest's
	// record and messages, the pipeline's conversation, orders' keys and
	// messages' orders,
	// the invoice book's documents' keys; each owner writes its own kinds.
	"BucketMsgIndex": {"appliance/ingest", "appliance/pipeline", "appliance/invoice"}, "BucketCustIndex": {"appliance/ingest"},
	"BucketCallbacks": {"appliance/ingest"}, "BucketFlagged": {"appliance/ingest"},

	"BucketQueue": {"appliance/queue"},

	"BucketOrders": {"appliance/pipeline"}, "BucketByID": {"appliance/pipeline"}, "BucketByMsg": {"appliance/pipeline"},
	"BucketOrderIndex": {"appliance/pipeline"}, "BucketOrderActive": {"appliance/pipeline"}, "BucketConvs": {"appliance/pipeline"}, "BucketConvIndex": {"appliance/pipeline"},
	"BucketConvCounts": {"appliance/pipeline"}, "KeyCountCustomers": {"appliance/pipeline"}, "KeyCountFlagged": {"appliance/pipeline"},
	"BucketWhatsApp": {"appliance/pipeline"}, "BucketWADone": {"appliance/pipeline"}, "BucketSent": {"appliance/pipeline"},

	"BucketInvoices": {"appliance/invoice"}, "BucketDocs": {"appliance/invoice"}, "BucketCounters": {"appliance/invoice"},
	"BucketByOrder": {"appliance/invoice"}, "BucketEvents": {"appliance/invoice"}, "BucketDocIndex": {"appliance/invoice"},
	"BucketHQ": {"appliance/invoice"}, "BucketHQRej": {"appliance/invoice"},

	"BucketOutbox": {"appliance/pipeline", "appliance/invoice"},

	"BucketCatalog": {"appliance/store"}, "BucketProducts": {"appliance/store"}, "BucketVocabulary": {"appliance/store"},
	"KeyVocabCurrent": {"appliance/store"}, "BucketHistory": {"appliance/store"}, "BucketCatalogMeta": {"appliance/store"},
	"KeyCatalogVersion": {"appliance/store"}, "BucketStock": {"appliance/store"}, "BucketReserved": {"appliance/store"},

	"BucketETA": {"appliance/invoice/receipt"}, "BucketETAChain": {"appliance/invoice/receipt"},
	"BucketETAReceipts": {"appliance/invoice/receipt"}, "BucketETAByDoc": {"appliance/invoice/receipt"},
	"BucketETAPending": {"appliance/invoice/receipt"}, "BucketETARejected": {"appliance/invoice/receipt"},
	"BucketETAB2B": {"appliance/invoice/receipt"}, "BucketETAStats": {"appliance/invoice/receipt"},
	"KeyETAIssued": {"appliance/invoice/receipt"}, "KeyETASubmitted": {"appliance/invoice/receipt"},
	"KeyETAAccepted": {"appliance/invoice/receipt"}, "KeyETARejected": {"appliance/invoice/receipt"},
	"KeyETAWaiting":  {"appliance/invoice/receipt"},
	"BucketStockLog": {"appliance/store"},
	"BucketDepths":   {"appliance/queue", "appliance/pipeline"},
	"KeyDepthQueue":  {"appliance/queue"}, "KeyDepthOutbox": {"appliance/pipeline"},
	"KeyDepthRetrying": {"appliance/pipeline"}, "KeyLastSendError": {"appliance/pipeline"},
}

// TestNames_EachHasAnOwner: a bucket or key added to names.go must say who owns it.
func TestNames_EachHasAnOwner(t *testing.T) {
	f, err := parser.ParseFile(token.NewFileSet(), "names.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	ast.Inspect(f, func(n ast.Node) bool {
		if v, ok := n.(*ast.ValueSpec); ok {
			for _, name := range v.Names {
				if isTreeName(name.Name) && owners[name.Name] == nil {
					t.Errorf("%s has no owner in owners_test.go", name.Name)
				}
			}
		}
		return true
	})
}

// TestNames_OnlyOwnersUseThem: outside its tests, no package walks a bucket
// path it does not own; it calls the owner's accessors instead.
func TestNames_OnlyOwnersUseThem(t *testing.T) {
	root := filepath.Join("..", "..")
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (strings.HasPrefix(d.Name(), ".") || d.Name() == "testdata" || d.Name() == "node_modules") && path != root {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		rel, _ := filepath.Rel(root, filepath.Dir(path))
		pkg := filepath.ToSlash(rel)
		f, err := parser.ParseFile(token.NewFileSet(), path, nil, parser.SkipObjectResolution)
		if err != nil {
			return err
		}
		local := ""
		for _, imp := range f.Imports {
			if p, _ := strconv.Unquote(imp.Path.Value); p == "fatoora/appliance/store" {
				local = "store"
				if imp.Name != nil {
					local = imp.Name.Name
				}
			}
		}
		if local == "" {
			return nil
		}
		ast.Inspect(f, func(n ast.Node) bool {
			sel, ok := n.(*ast.SelectorExpr)
			if !ok {
				return true
			}
			if x, ok := sel.X.(*ast.Ident); ok && x.Name == local && isTreeName(sel.Sel.Name) && !slices.Contains(owners[sel.Sel.Name], pkg) {
				t.Errorf("%s uses store.%s, owned by %v: call the owner's accessors", path, sel.Sel.Name, owners[sel.Sel.Name])
			}
			return true
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func isTreeName(s string) bool {
	return (strings.HasPrefix(s, "Bucket") || strings.HasPrefix(s, "Key")) && s != "Bucket"
}
