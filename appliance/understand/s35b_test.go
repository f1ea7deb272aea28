package understand

import (
	"strings"
	"testing"
)

// lowKey, surfaceKey and bareKey say what wordKey of the surface says now
// (its lower, as written, its و off): read cold, read again (the kept
// key), after a pass rewrote the surface, and for tokens never keyed.
func TestTokenKeys_KeyForms(t *testing.T) {
	check := func(what string, tok *token) {
		t.Helper()
		s := tok.surface
		for k := 0; k < 2; k++ { // the first read makes lowKey's key, the second reads it
			if got, want := tok.lowKey(), wordKey(lower(s)); got != want {
				t.Errorf("%s %q: lowKey %q, want %q", what, s, got, want)
			}
			if got, want := tok.surfaceKey(), wordKey(s); got != want {
				t.Errorf("%s %q: surfaceKey %q, want %q", what, s, got, want)
			}
			if got, want := tok.bareKey(), wordKey(strings.TrimPrefix(s, "و")); got != want {
				t.Errorf("%s %q: bareKey %q, want %q", what, s, got, want)
			}
		}
	}
	text := "والكراسي Chairs 3 SHELVES، وراها الف لتر و Benches والكرتونة وBoxes والذهب"
	ts := tokenize(text)
	keyTokens(ts)
	for i := range ts {
		check("keyed", &ts[i])
	}
	for i := range ts {
		old := ts[i].surface
		ts[i].surface = strings.ToUpper(old) + "s"
		check("rewritten", &ts[i])
		ts[i].surface = "و" + old
		check("rewritten", &ts[i])
		ts[i].surface = "و" + strings.ToUpper(old)
		check("rewritten", &ts[i])
	}
	// tokens keyed, then a word given a و in front after its lowKey was
	// kept: the kept key is not read for the new surface
	ks := tokenize("كراسي Tables")
	keyTokens(ks)
	for i := range ks {
		_ = ks[i].lowKey()
		ks[i].surface = "و" + ks[i].surface
		check("و added", &ks[i])
	}
	made := token{text: "2", surface: "وBoxes"}
	check("made", &made)
	cp := ts[0]
	check("copied", &cp)
}

// container reads the key kept on the token: the same as keying its
// lowered surface, و and then ال taken off.
func TestContainer_KeptKeySame(t *testing.T) {
	old := func(tk token) bool {
		w := tk.surface
		if w == "" {
			w = tk.text
		}
		w = strings.TrimPrefix(lower(w), "و")
		return containerWords[wordKey(w)] || containerWords[wordKey(strings.TrimPrefix(w, "ال"))]
	}
	ts := tokenize("والكرتونة الكراتين Cartons وBOXES علب العلب اللفه roll كرسي الكرسي")
	keyTokens(ts)
	n := 0
	for _, tk := range append(ts, token{text: "كرتونه"}, token{text: "Box"}) {
		if tk.sep {
			continue
		}
		if got, want := container(tk), old(tk); got != want {
			t.Errorf("%q (%q): container %v, want %v", tk.surface, tk.text, got, want)
		}
		if container(tk) {
			n++
		}
	}
	if n < 6 {
		t.Errorf("only %d containers read: the test reads too few", n)
	}
}
