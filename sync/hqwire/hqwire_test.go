package hqwire

import (
	"strings"
	"testing"
)

func TestSignVerify(t *testing.T) {
	key, body := []byte("k"), []byte(`{"box_id":"b","items":[]}`)
	sig := Sign(key, body)
	if !strings.HasPrefix(sig, "sha256=") || len(sig) != len("sha256=")+64 {
		t.Fatalf("signature %q", sig)
	}
	for _, c := range []struct {
		name       string
		key, body  []byte
		sig        string
		wantFailed bool
	}{
		{"good", key, body, sig, false},
		{"other body", key, append([]byte(nil), append(body, ' ')...), sig, true},
		{"other key", []byte("K"), body, sig, true},
		{"no prefix", key, body, strings.TrimPrefix(sig, "sha256="), true},
		{"not hex", key, body, "sha256=zz", true},
		{"truncated", key, body, sig[:len(sig)-2], true},
		{"empty", key, body, "", true},
	} {
		t.Run(c.name, func(t *testing.T) {
			if err := Verify(c.key, c.body, c.sig); (err != nil) != c.wantFailed {
				t.Errorf("Verify: %v", err)
			}
		})
	}
}

func TestKey(t *testing.T) {
	for _, c := range []struct {
		box, number string
		seq         uint64
		want        string
	}{
		{"b1", "INV-1", 0, "b1/INV-1/0"},
		{"b1", "INV-1", 42, "b1/INV-1/42"},
		{"b", "N", 18446744073709551615, "b/N/18446744073709551615"},
	} {
		if got := Key(c.box, c.number, c.seq); got != c.want {
			t.Errorf("Key(%q, %q, %d) = %q, want %q", c.box, c.number, c.seq, got, c.want)
		}
	}
}
