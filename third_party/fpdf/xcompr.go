// Copyright ©2021 The go-pdf Authors. All rights reserved.
// Use of this source code is governed by a MIT-style
// license that can be found in the LICENSE file.

package fpdf

import (
	"bytes"
	"compress/zlib"
	"fmt"
	"sync"
)

var xmem = xmempool{
	Pool: sync.Pool{
		New: func() interface{} {
			var m membuffer
			return &m
		},
	},
}

type xmempool struct{ sync.Pool }

// zwriters keeps idle zlib writers (patch, README.fatoora.md). A free list
// rather than a sync.Pool: a pool is emptied by every other garbage
// collection, and a server collecting often would build a new deflate
// state (about half a MB, cleared) for many of its documents. Four are kept
// (about 2 MB at most): renders are bound by CPU, so a small box seldom
// runs more at once; a writer beyond them is left to the collector.
var zwriters = zwriterList{free: make(chan *zlib.Writer, 4)}

type zwriterList struct{ free chan *zlib.Writer }

func (l zwriterList) get() *zlib.Writer {
	select {
	case zw := <-l.free:
		return zw
	default:
	}
	zw, err := zlib.NewWriterLevel(nil, zlib.BestSpeed)
	if err != nil {
		panic(fmt.Errorf("could not create zlib writer: %w", err))
	}
	return zw
}

func (l zwriterList) put(zw *zlib.Writer) {
	zw.Reset(nil) // holds no buffer of a finished document
	select {
	case l.free <- zw:
	default:
	}
}

func (pool *xmempool) compress(data []byte) *membuffer {
	mem := pool.Get().(*membuffer)
	buf := &mem.buf
	buf.Grow(len(data))

	// Patch (README.fatoora.md): zlib writers are reused; a new one
	// allocates its whole deflate state (about 1 MB) every time.
	zw := zwriters.get()
	defer zwriters.put(zw)
	zw.Reset(buf)
	_, err := zw.Write(data)
	if err != nil {
		panic(fmt.Errorf("could not zlib-compress slice: %w", err))
	}

	err = zw.Close()
	if err != nil {
		panic(fmt.Errorf("could not close zlib writer: %w", err))
	}
	return mem
}

func (pool *xmempool) uncompress(data []byte) (*membuffer, error) {
	zr, err := zlib.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, err
	}

	mem := pool.Get().(*membuffer)
	mem.buf.Reset()

	_, err = mem.buf.ReadFrom(zr)
	if err != nil {
		mem.release()
		return nil, err
	}

	return mem, nil
}

type membuffer struct {
	buf bytes.Buffer
}

func (mem *membuffer) bytes() []byte { return mem.buf.Bytes() }
func (mem *membuffer) release() {
	mem.buf.Reset()
	xmem.Put(mem)
}

func (mem *membuffer) copy() []byte {
	src := mem.bytes()
	dst := make([]byte, len(src))
	copy(dst, src)
	return dst
}
