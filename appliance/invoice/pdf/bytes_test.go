package pdf

import (
	"bytes"
	"os"
	"path/filepath"
	"sync"
	"testing"
)

// TestRender_BytesGolden: the rendered files are byte for byte those of the
// released go-pdf/fpdf v0.9.0, which parsed the font for every document
// (testdata/*.pdf were written by that version with -update; see
// third_party/fpdf/README.fatoora.md), rendered one after another and
// concurrently, so that keeping the parsed font changes no output.
func TestRender_BytesGolden(t *testing.T) {
	cases := []struct {
		name string
		doc  func() []byte
	}{
		{"seed.pdf", func() []byte {
			out, err := Render(seedDoc(t), ShopInfo{Footer: "شكرًا لتعاملكم معنا"}, PaymentInfo{InstaPayLink: testLink})
			if err != nil {
				t.Error(err)
			}
			return out
		}},
		{"long.pdf", func() []byte {
			out, err := Render(longDoc(t, 60), ShopInfo{}, PaymentInfo{InstaPayLink: testLink})
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
