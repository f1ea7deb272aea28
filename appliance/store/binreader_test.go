package store

import (
	"encoding/binary"
	"testing"
)

// TestBinReader: what the compact records are written with reads back,
// and a record cut short or with bytes left over is refused.
func TestBinReader(t *testing.T) {
	var b []byte
	b = binary.AppendUvarint(b, 300)
	b = binary.BigEndian.AppendUint64(b, 1<<40+7)
	b = binary.AppendUvarint(b, uint64(len("مرحبا")))
	b = append(b, "مرحبا"...)
	r := NewBinReader(b)
	if n, u, s := r.Uvarint(), r.Uint64(), r.Text(); n != 300 || u != 1<<40+7 || s != "مرحبا" || !r.Done() {
		t.Fatalf("read %d %d %q done=%v", n, u, s, r.Done())
	}
	for cut := range len(b) {
		r := NewBinReader(b[:cut])
		r.Uvarint()
		r.Uint64()
		r.Text()
		if r.OK() {
			t.Errorf("a record cut at %d of %d bytes read whole", cut, len(b))
		}
	}
	r = NewBinReader(append(b, 0))
	r.Uvarint()
	r.Uint64()
	r.Text()
	if !r.OK() || r.Done() {
		t.Errorf("a byte left over: ok=%v done=%v", r.OK(), r.Done())
	}
}
