package understand

import (
	"strings"
	"testing"
)

// The keys a token carries are what lower and wordKey of its surface say
// now: when prepare keyed it, after a pass rewrote its surface, and for a
// token made after prepare.
func TestTokenKeys_FollowTheSurface(t *testing.T) {
	direct := func(s string) (string, string) {
		return lower(s), wordKey(strings.TrimPrefix(lower(s), "و"))
	}
	check := func(what string, tok *token) {
		t.Helper()
		low, key := direct(tok.surface)
		if got := tok.lowSurface(); got != low {
			t.Errorf("%s %q: lowSurface %q, want %q", what, tok.surface, got, low)
		}
		if got := tok.surfKey(); got != key {
			t.Errorf("%s %q: surfKey %q, want %q", what, tok.surface, got, key)
		}
	}
	ts := tokenize("والكراسي Chairs 3 SHELVES، وراها الف لتر و Benches")
	keyTokens(ts)
	for i := range ts {
		if !ts[i].sep && ts[i].kc == nil {
			t.Errorf("word %q not keyed", ts[i].surface)
		}
		check("keyed", &ts[i])
	}
	// a pass rewrites surfaces: the old keys are not read
	for i := range ts {
		old := ts[i].surface
		ts[i].surface = strings.ToUpper(old) + "s"
		check("rewritten", &ts[i])
		ts[i].surface = "و" + old
		check("rewritten", &ts[i])
	}
	// a token made after prepare, and one copied
	made := token{text: "2", surface: "Tables"}
	check("made", &made)
	cp := ts[0]
	check("copied", &cp)
	var fig token
	copyFigure(&fig, ts[2])
	check("copyFigure", &fig)
	// a rewrite that keeps the length keeps no stale key either
	ks := []token{{surface: "Boxes"}}
	keyTokens(ks)
	ks[0].surface = "Beds!"
	check("same length", &ks[0])
}

// Understand reads the same whether or not the tokens were keyed: the
// keys are only a cache of lower and wordKey.
func TestTokenKeys_UnkeyedSame(t *testing.T) {
	for _, s := range []string{"ورا المحل", "وراها", "Behind the shop", "الكراسي"} {
		ts := tokenize(s)
		want := make([]string, len(ts))
		for i := range ts {
			want[i] = shopKey(ts[i])
		}
		keyTokens(ts)
		for i := range ts {
			if got := shopKey(ts[i]); got != want[i] {
				t.Errorf("%q word %d: shopKey %q keyed, %q not", s, i, got, want[i])
			}
		}
	}
}
