package store

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"
)

// filled makes a store with enough data to span many pages and returns
// its path, closed.
func filled(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "fatoora.db")
	db, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket(BucketMessages)
		for i := range 3000 {
			if err := b.Put([]byte(fmt.Sprintf("wamid.%06d", i)), []byte(strings.Repeat("x", 200))); err != nil {
				return err
			}
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestOpen_RefusesDamagedFiles(t *testing.T) {
	for _, tc := range []struct {
		name   string
		damage func(t *testing.T, path string)
		want   string
	}{
		{"empty", func(t *testing.T, path string) { must(t, os.Truncate(path, 0)) }, "empty (0 bytes)"},
		{"not a store", func(t *testing.T, path string) {
			must(t, os.WriteFile(path, []byte(strings.Repeat("this is a spreadsheet, not a store\n", 500)), 0o600))
		}, "no valid bbolt meta page"},
		{"truncated", func(t *testing.T, path string) {
			// bbolt grows the file ahead of use: cut into the pages in use.
			b, err := os.ReadFile(path)
			must(t, err)
			m, ok := readMeta(b[4096:])
			if !ok {
				t.Fatal("no meta page at 4096")
			}
			must(t, os.Truncate(path, int64(m.pgid)*int64(m.pageSize)/2))
		}, "truncated"},
		{"a page overwritten", func(t *testing.T, path string) {
			f, err := os.OpenFile(path, os.O_RDWR, 0)
			must(t, err)
			defer f.Close()
			// Pages 2 and 3 are the freelist and the root bucket's
			// first page in a fresh file; scribble over a page of data.
			junk := []byte(strings.Repeat("\xff", 4096))
			_, err = f.WriteAt(junk, 4*4096)
			must(t, err)
		}, "consistency check"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := filled(t)
			tc.damage(t, path)
			before, _ := os.ReadFile(path)
			db, err := Open(path, Options{})
			if err == nil {
				db.Close()
				t.Fatal("a damaged file was opened")
			}
			var de *DamagedError
			if !errors.As(err, &de) || !errors.Is(err, ErrDamaged) || !strings.Contains(err.Error(), tc.want) ||
				!strings.Contains(err.Error(), path) || !strings.Contains(err.Error(), "fatoora backup") {
				t.Errorf("error %v", err)
			}
			after, _ := os.ReadFile(path)
			if string(before) != string(after) {
				t.Error("the damaged file was changed")
			}
		})
	}
}

func TestDB_CheckHealthyAndBounded(t *testing.T) {
	path := filled(t)
	if err := Preflight(path); err != nil {
		t.Fatal(err)
	}
	db, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if st := db.CheckState(); !st.Done || len(st.Problems) != 0 {
		t.Errorf("check at open: %+v", st)
	}
	if res := db.Check(0); !res.Done || len(res.Problems) != 0 {
		t.Errorf("full check: %+v", res)
	}
	// A bound too short to finish reports that instead of waiting.
	if res := db.Check(time.Nanosecond); res.Done && len(res.Problems) != 0 {
		t.Errorf("bounded check: %+v", res)
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func TestOpen_CheckSkippedAboveSizeBound(t *testing.T) {
	path := filled(t)
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	// A bound below the file's size skips the walk and says why.
	db, err := Open(path, Options{CheckMaxBytes: fi.Size() - 1})
	if err != nil {
		t.Fatal(err)
	}
	st := db.CheckState()
	db.Close()
	if st.Done || st.Skipped == "" || !strings.Contains(st.Skipped, "MiB") {
		t.Errorf("check above the bound: %+v, want skipped with a reason", st)
	}
	// At or under the bound (and with no limit) it runs.
	for _, max := range []int64{fi.Size(), -1} {
		db, err := Open(path, Options{CheckMaxBytes: max})
		if err != nil {
			t.Fatal(err)
		}
		st := db.CheckState()
		db.Close()
		if !st.Done || st.Skipped != "" {
			t.Errorf("CheckMaxBytes %d: %+v, want the check run", max, st)
		}
	}
}
