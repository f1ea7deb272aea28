package store

import (
	"path/filepath"
	"testing"

	bolt "go.etcd.io/bbolt"
)

// TestMigration9_CountsDepths: a version-8 store with two queue items and
// three pending sends opens with the depth counters at 2 and 3.
func TestMigration9_CountsDepths(t *testing.T) {
	path := storeBefore(t, countDepths, func(tx *bolt.Tx) error {
		for i := uint64(1); i <= 2; i++ {
			if err := tx.Bucket(BucketQueue).Put(U64(i), []byte(`{"kind":"understand"}`)); err != nil {
				return err
			}
		}
		for _, k := range []string{"o1/1/doc", "o1/1/text", "o2/1/text"} {
			if err := Bucket(tx, BucketOutbox, BucketWhatsApp).Put([]byte(k), []byte(`{}`)); err != nil {
				return err
			}
		}
		return nil
	})
	db, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	_ = db.View(func(tx *bolt.Tx) error {
		d := tx.Bucket(BucketDepths)
		if got := ParseU64(d.Get(KeyDepthQueue)); got != 2 {
			t.Errorf("queue depth = %d, want 2", got)
		}
		if got := ParseU64(d.Get(KeyDepthOutbox)); got != 3 {
			t.Errorf("outbox depth = %d, want 3", got)
		}
		return nil
	})
}

func TestAddCount(t *testing.T) {
	db, err := Open(filepath.Join(t.TempDir(), "fatoora.db"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	err = db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket(BucketDepths)
		for _, step := range []struct {
			delta int64
			want  uint64
		}{{3, 3}, {-1, 2}, {0, 2}, {-5, 0}, {1, 1}} {
			if err := AddCount(b, KeyDepthQueue, step.delta); err != nil {
				return err
			}
			if got := ParseU64(b.Get(KeyDepthQueue)); got != step.want {
				t.Errorf("after %+d: %d, want %d", step.delta, got, step.want)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := AddCount(nil, KeyDepthQueue, 1); err == nil {
		t.Error("a missing bucket is not an error")
	}
}

func init() {
	migrationChecks[15] = func(t *testing.T, tx *bolt.Tx) { // countRetrying
		if b := tx.Bucket(BucketDepths); b == nil || b.Get(KeyDepthRetrying) == nil {
			t.Error("depths/whatsapp_retrying missing")
		}
	}
}

// TestMigration15_CountsRetrying: a version-14 store with three pending
// sends, two of them failed before, opens with the retrying counter at 2
// and their last error; one with none failed, at 0 and no error.
func TestMigration15_CountsRetrying(t *testing.T) {
	for _, c := range []struct {
		sends     map[string]string
		want      uint64
		wantError string
	}{
		{map[string]string{
			"o1/01/doc":  `{"to":"201","attempts":2,"last_error":"graph: 503"}`,
			"o1/01/text": `{"to":"201"}`,
			"o2/01/text": `{"to":"202","attempts":1,"last_error":"graph: 500"}`,
		}, 2, "graph: 500"},
		{map[string]string{"o1/01/text": `{"to":"201"}`}, 0, ""},
	} {
		path := storeBefore(t, countRetrying, func(tx *bolt.Tx) error {
			for k, v := range c.sends {
				if err := Bucket(tx, BucketOutbox, BucketWhatsApp).Put([]byte(k), []byte(v)); err != nil {
					return err
				}
			}
			return nil
		})
		db, err := Open(path, Options{})
		if err != nil {
			t.Fatal(err)
		}
		_ = db.View(func(tx *bolt.Tx) error {
			d := tx.Bucket(BucketDepths)
			if got := ParseU64(d.Get(KeyDepthRetrying)); got != c.want {
				t.Errorf("retrying = %d, want %d", got, c.want)
			}
			if got := string(d.Get(KeyLastSendError)); got != c.wantError {
				t.Errorf("last error %q, want %q", got, c.wantError)
			}
			return nil
		})
		db.Close()
	}
}
