package store

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"os"
	"time"

	bolt "go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"
)

// ErrDamaged is matched (errors.Is) by every DamagedError.
var ErrDamaged = errors.New("store: the data file is damaged")

// DamagedError says why a file is not a usable store. The file is never
// replaced or repaired: the operator restores a backup.
type DamagedError struct {
	Path    string
	Problem string
}

func (e *DamagedError) Error() string {
	return fmt.Sprintf("store %s is not a valid Fatoora store: %s. The file was left as it is: "+
		"stop the box and restore the last copy made by `fatoora backup` over it "+
		"(or move it away to start an empty store); `fatoora store check` lists the damage", e.Path, e.Problem)
}

// Is makes errors.Is(err, ErrDamaged) true.
func (e *DamagedError) Is(target error) bool { return target == ErrDamaged }

// bbolt's on-disk meta page: a 16-byte page header, then magic, version,
// page size, flags, root bucket (root, sequence), freelist, pgid (the high
// water mark: pages in use), txid and an FNV-64a checksum of what precedes it.
const (
	boltMagic   = 0xED0CDAED
	boltVersion = 2
	metaOffset  = 16
	metaSumEnd  = 56 // the checksum covers meta bytes [0, 56)
)

type metaPage struct {
	pageSize uint32
	pgid     uint64
	txid     uint64
}

func readMeta(b []byte) (metaPage, bool) {
	if len(b) < metaOffset+metaSumEnd+8 {
		return metaPage{}, false
	}
	m := b[metaOffset:]
	le := binary.LittleEndian
	if le.Uint32(m[0:]) != boltMagic || le.Uint32(m[4:]) != boltVersion {
		return metaPage{}, false
	}
	h := fnv.New64a()
	_, _ = h.Write(m[:metaSumEnd])
	if h.Sum64() != le.Uint64(m[metaSumEnd:]) {
		return metaPage{}, false
	}
	return metaPage{pageSize: le.Uint32(m[8:]), pgid: le.Uint64(m[40:]), txid: le.Uint64(m[48:])}, true
}

// Preflight checks an existing store file before bbolt maps it: an empty
// file, a file that is not a bbolt store, or one shorter than its own meta
// page says (a truncated file, which bbolt would read past and die of
// SIGBUS) is a DamagedError. A missing file is fine: Open creates it.
func Preflight(path string) error {
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("open store %s: %w", path, err)
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return fmt.Errorf("stat store %s: %w", path, err)
	}
	size := fi.Size()
	if size == 0 {
		return &DamagedError{Path: path, Problem: "the file is empty (0 bytes)"}
	}
	head := make([]byte, 4096)
	n, err := io.ReadFull(f, head)
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) {
		return fmt.Errorf("read store %s: %w", path, err)
	}
	m0, ok0 := readMeta(head[:n])
	var m1 metaPage
	var ok1 bool
	for _, ps := range []int64{int64(m0.pageSize), 4096, int64(os.Getpagesize()), 16384, 65536} {
		if ps <= 0 || ps >= size {
			continue
		}
		b := make([]byte, 128)
		if k, _ := f.ReadAt(b, ps); k == len(b) {
			if m1, ok1 = readMeta(b); ok1 {
				break
			}
		}
	}
	m := m0
	switch {
	case ok0 && ok1 && m1.txid > m0.txid:
		m = m1
	case !ok0 && ok1:
		m = m1
	case !ok0 && !ok1:
		return &DamagedError{Path: path, Problem: fmt.Sprintf("no valid bbolt meta page in its %d bytes", size)}
	}
	if need := int64(m.pgid) * int64(m.pageSize); size < need {
		return &DamagedError{Path: path, Problem: fmt.Sprintf("the file is truncated: %d bytes, its meta page says %d pages of %d bytes (%d)", size, m.pgid, m.pageSize, need)}
	}
	return nil
}

// CheckResult is the outcome of a consistency check.
type CheckResult struct {
	// Done is false when the check did not finish within its time bound.
	Done bool
	// Problems are what bbolt's check found (at most 20 are kept).
	Problems []string
	Took     time.Duration
	// Skipped says why the check at open did not run (Options.CheckMaxBytes).
	Skipped string
}

// Check walks every page of the file (bbolt's Tx.Check) in a read
// transaction. With a positive timeout it returns when that passes, Done
// false, and the walk finishes in the background; the rest of its result
// is lost. A panic in the walk (a page it cannot read) is a problem, not a
// crash.
func (db *DB) Check(timeout time.Duration) CheckResult {
	start := time.Now()
	type item struct {
		err  error
		done bool
	}
	ch := make(chan item, 64)
	go func() {
		err := db.bolt.View(func(tx *bolt.Tx) error {
			for err := range tx.Check() {
				select {
				case ch <- item{err: err}:
				default: // nobody reads any more (timed out): keep walking, drop
				}
			}
			return nil
		})
		if err != nil {
			ch <- item{err: err}
		}
		ch <- item{done: true}
	}()
	var res CheckResult
	var timer <-chan time.Time
	if timeout > 0 {
		t := time.NewTimer(timeout)
		defer t.Stop()
		timer = t.C
	}
	for {
		select {
		case it := <-ch:
			if it.done {
				res.Done, res.Took = true, time.Since(start)
				return res
			}
			if len(res.Problems) < 20 {
				res.Problems = append(res.Problems, it.err.Error())
			}
		case <-timer:
			res.Took = time.Since(start)
			return res
		}
	}
}

// damaged turns bbolt's refusals of a file into a DamagedError.
func damaged(path string, err error) error {
	for _, e := range []error{berrors.ErrInvalid, berrors.ErrChecksum, berrors.ErrVersionMismatch} {
		if errors.Is(err, e) {
			return &DamagedError{Path: path, Problem: err.Error()}
		}
	}
	return nil
}
