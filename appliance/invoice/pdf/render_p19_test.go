package pdf

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"unsafe"
)

// TestRenderInto_SameBytesInAReusedBuffer: documents rendered one after
// another into one buffer — a short one after a long one, so the buffer
// holds an earlier document's bytes — are byte for byte the golden files,
// written in the buffer's own storage when it is large enough and in
// storage of their own when it is not.
func TestRenderInto_SameBytesInAReusedBuffer(t *testing.T) {
	face, err := plainFont()
	if err != nil {
		t.Fatal(err)
	}
	seedWant, err := os.ReadFile(filepath.Join("testdata", "seed.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	longWant, err := os.ReadFile(filepath.Join("testdata", "long.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	seed := func(buf []byte) []byte {
		t.Helper()
		out, err := render(buf, seedDoc(t), ShopInfo{Footer: "شكرًا لتعاملكم معنا"}, PaymentInfo{InstaPayLink: testLink}, face)
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	long := func(buf []byte) []byte {
		t.Helper()
		out, err := render(buf, longDoc(t, 60), ShopInfo{}, PaymentInfo{InstaPayLink: testLink}, face)
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	sameStorage := func(a, b []byte) bool { return unsafe.SliceData(a) == unsafe.SliceData(b) }

	buf := make([]byte, 0, 2*len(longWant)) // room for the size hint (the last document and a sixteenth)
	got := long(buf)
	if !bytes.Equal(got, longWant) {
		t.Fatalf("long.pdf into a buffer: %d bytes differ from the golden file's %d", len(got), len(longWant))
	}
	if !sameStorage(got, buf) {
		t.Error("long.pdf did not use the buffer it fits in")
	}
	got = seed(got) // the long document's bytes are still there
	if !bytes.Equal(got, seedWant) {
		t.Fatalf("seed.pdf after long.pdf in one buffer: %d bytes differ from the golden file's %d", len(got), len(seedWant))
	}
	if !sameStorage(got, buf) {
		t.Error("seed.pdf did not use the buffer it fits in")
	}

	small := make([]byte, 100)
	for i := range small {
		small[i] = 0xff
	}
	got = seed(small)
	if !bytes.Equal(got, seedWant) {
		t.Fatalf("seed.pdf from a buffer too small: %d bytes differ from the golden file's %d", len(got), len(seedWant))
	}
}
