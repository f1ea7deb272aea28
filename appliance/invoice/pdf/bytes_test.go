package pdf

import (
	"bytes"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/go-pdf/fpdf"

	"fatoora/appliance/invoice"
)

// plainFont is the invoice font parsed without a common subset: every
// document is subset for itself, as the released fpdf did.
var plainFont = sync.OnceValues(func() (*fpdf.UTF8Font, error) { return fpdf.ParseUTF8Font(fontBytes()) })

func renderPlain(doc *invoice.Document, shop ShopInfo, pay PaymentInfo) ([]byte, error) {
	face, err := plainFont()
	if err != nil {
		return nil, err
	}
	return render(nil, doc, shop, pay, face)
}

// TestRender_BytesGolden: rendered with the font subset per document, the
// files are byte for byte those of the released go-pdf/fpdf v0.9.0, which
// parsed the font for every document (testdata/*.pdf were written by that
// version with -update; see third_party/fpdf/README.fatoora.md), rendered
// one after another and concurrently, so that keeping the parsed font and
// its subsets changes no output. (Render itself embeds the common subset:
// TestRender_CommonSubset.)
func TestRender_BytesGolden(t *testing.T) {
	cases := []struct {
		name string
		doc  func() []byte
	}{
		{"seed.pdf", func() []byte {
			out, err := renderPlain(seedDoc(t), ShopInfo{Footer: "شكرًا لتعاملكم معنا"}, PaymentInfo{InstaPayLink: testLink})
			if err != nil {
				t.Error(err)
			}
			return out
		}},
		{"long.pdf", func() []byte {
			out, err := renderPlain(longDoc(t, 60), ShopInfo{}, PaymentInfo{InstaPayLink: testLink})
			if err != nil {
				t.Error(err)
			}
			return out
		}},
	}
	for _, c := range cases {
		path := filepath.Join("testdata", c.name)
		got := c.doc()
		if *update {
			if err := os.WriteFile(path, got, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%v (go test -run %s -update)", err, t.Name())
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s: %d bytes differ from the golden file's %d", c.name, len(got), len(want))
		}
		var wg sync.WaitGroup
		for range 4 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				if again := c.doc(); !bytes.Equal(again, want) {
					t.Errorf("%s rendered concurrently differs", c.name)
				}
			}()
		}
		wg.Wait()
	}
}
