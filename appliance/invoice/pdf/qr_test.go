package pdf

import (
	"fmt"
	"reflect"
	"testing"

	qrcode "github.com/skip2/go-qrcode"
)

// TestQRBitmap_Cache: whether kept or made again, a payload's bitmap is its
// own, with more payloads than the cache keeps, asked for in turn.
func TestQRBitmap_Cache(t *testing.T) {
	var payloads []string
	for i := range 3 * qrCacheSize {
		payloads = append(payloads, fmt.Sprintf("%s?bill=INV-%06d", testLink, i))
	}
	for round := range 3 {
		for i, pl := range payloads {
			if round == 2 {
				pl = payloads[len(payloads)-1-i] // newest first: some kept, some made again
			}
			got, err := qrBitmap(pl)
			if err != nil {
				t.Fatal(err)
			}
			code, err := qrcode.New(pl, qrcode.Medium)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, code.Bitmap()) {
				t.Fatalf("round %d: bitmap of %q is not its own", round, pl)
			}
		}
	}
	qrCache.mu.Lock()
	n := len(qrCache.m)
	qrCache.mu.Unlock()
	if n > qrCacheSize {
		t.Fatalf("%d bitmaps kept, limit %d", n, qrCacheSize)
	}
}
