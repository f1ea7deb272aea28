package store

import "encoding/binary"

// BinReader reads the compact binary records the box stores (ingest's
// message records, the queue's items): unsigned varints, big-endian
// uint64s and strings prefixed by their varint length. A read past the
// end, or a varint that does not parse, marks the reader bad and every
// later read returns zero; Done tells a whole record read exactly.
type BinReader struct {
	rest []byte
	bad  bool
}

// NewBinReader reads b.
func NewBinReader(b []byte) *BinReader { return &BinReader{rest: b} }

// Uvarint reads an unsigned varint.
func (r *BinReader) Uvarint() uint64 {
	if r.bad {
		return 0
	}
	n, k := binary.Uvarint(r.rest)
	if k <= 0 {
		r.bad = true
		return 0
	}
	r.rest = r.rest[k:]
	return n
}

// Uint64 reads eight bytes, big-endian.
func (r *BinReader) Uint64() uint64 {
	if r.bad || len(r.rest) < 8 {
		r.bad = true
		return 0
	}
	n := binary.BigEndian.Uint64(r.rest)
	r.rest = r.rest[8:]
	return n
}

// Text reads a string written after its length as a varint.
func (r *BinReader) Text() string {
	n := r.Uvarint()
	if r.bad || n > uint64(len(r.rest)) {
		r.bad = true
		return ""
	}
	s := string(r.rest[:n])
	r.rest = r.rest[n:]
	return s
}

// OK: every read so far found its bytes.
func (r *BinReader) OK() bool { return !r.bad }

// Done: every read found its bytes and nothing is left over.
func (r *BinReader) Done() bool { return !r.bad && len(r.rest) == 0 }
