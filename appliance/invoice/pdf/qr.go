package pdf

import (
	"sync"

	qrcode "github.com/skip2/go-qrcode"
)

// qrBitmap is the module bitmap (quiet zone included) of payload's QR code,
// medium error correction: shared, read only. Encoding tries all eight
// masks and was a third of a one-page render; a shop's InstaPay link is the
// same on every invoice, so the last few payloads' bitmaps are kept.
func qrBitmap(payload string) ([][]bool, error) {
	if bm, ok := qrCache.get(payload); ok {
		return bm, nil
	}
	code, err := qrcode.New(payload, qrcode.Medium)
	if err != nil {
		return nil, err
	}
	bm := code.Bitmap()
	qrCache.put(payload, bm)
	return bm, nil
}

// qrCacheSize bounds the kept bitmaps (a few KB each): the payment link and
// a few recent per-document payloads.
const qrCacheSize = 8

var qrCache bitmapCache

// bitmapCache keeps the qrCacheSize most recently made bitmaps.
type bitmapCache struct {
	mu    sync.Mutex
	order []string // oldest first
	m     map[string][][]bool
}

func (c *bitmapCache) get(payload string) ([][]bool, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	bm, ok := c.m[payload]
	return bm, ok
}

func (c *bitmapCache) put(payload string, bm [][]bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.m == nil {
		c.m = map[string][][]bool{}
	}
	if _, ok := c.m[payload]; ok {
		return
	}
	if len(c.order) >= qrCacheSize {
		delete(c.m, c.order[0])
		c.order = append(c.order[:0], c.order[1:]...)
	}
	c.order = append(c.order, payload)
	c.m[payload] = bm
}
