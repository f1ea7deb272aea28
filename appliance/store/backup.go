package store

import (
	"fmt"
	"io"
	"os"
	"path/filepath"

	bolt "go.etcd.io/bbolt"
)

// Backup writes a consistent copy of the whole file to w from one read
// transaction, while writers carry on. It returns the bytes written.
func (db *DB) Backup(w io.Writer) (int64, error) {
	var n int64
	err := db.bolt.View(func(tx *bolt.Tx) error {
		var err error
		n, err = tx.WriteTo(w)
		return err
	})
	if err != nil {
		return n, fmt.Errorf("backup: %w", err)
	}
	return n, nil
}

// BackupSize is the size the next Backup will write (for Content-Length).
func (db *DB) BackupSize() (int64, error) {
	var n int64
	err := db.bolt.View(func(tx *bolt.Tx) error { n = tx.Size(); return nil })
	return n, err
}

// WriteFileAtomic streams write into a temporary file beside path, fsyncs it
// and renames it over path, so path is either the old file or the complete
// new one.
func WriteFileAtomic(path string, write func(w io.Writer) error) error {
	dir := filepath.Dir(path)
	f, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp*")
	if err != nil {
		return fmt.Errorf("create temp: %w", err)
	}
	tmp := f.Name()
	defer os.Remove(tmp) // no-op after rename
	if err := write(f); err != nil {
		f.Close()
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return fmt.Errorf("sync %s: %w", tmp, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("close %s: %w", tmp, err)
	}
	if err := os.Chmod(tmp, 0o600); err != nil {
		return err
	}
	if err := os.Rename(tmp, path); err != nil {
		return fmt.Errorf("rename backup: %w", err)
	}
	if d, err := os.Open(dir); err == nil {
		_ = d.Sync()
		d.Close()
	}
	return nil
}

// BackupFile writes a consistent copy of the store to path atomically.
func (db *DB) BackupFile(path string) (int64, error) {
	var n int64
	err := WriteFileAtomic(path, func(w io.Writer) error {
		var err error
		n, err = db.Backup(w)
		return err
	})
	return n, err
}

// Schema reads the file's schema version.
func (db *DB) Schema() (uint64, error) {
	var v uint64
	err := db.bolt.View(func(tx *bolt.Tx) error {
		if m := tx.Bucket(BucketMeta); m != nil {
			v = ParseU64(m.Get(KeySchema))
		}
		return nil
	})
	return v, err
}

// BoxID is the random identity made when the store was created.
func (db *DB) BoxID() (string, error) {
	var id string
	err := db.bolt.View(func(tx *bolt.Tx) error {
		if m := tx.Bucket(BucketMeta); m != nil {
			id = string(m.Get(KeyBoxID))
		}
		return nil
	})
	return id, err
}
