package pdf

import (
	"math/rand"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/go-pdf/fpdf"
	"golang.org/x/text/unicode/norm"
)

func TestShape_Forms(t *testing.T) {
	cases := map[string]string{
		"ب":      "\uFE8F",                         // isolated
		"بب":     "\uFE91\uFE90",                   // initial, final
		"ببب":    "\uFE91\uFE92\uFE90",             // initial, medial, final
		"لا":     "\uFEFB",                         // lam-alef isolated
		"سلام":   "\uFEB3\uFEFC\uFEE1",             // seen initial, lam-alef final, meem isolated (alef does not join forward)
		"الأثاث": "\uFE8D\uFEF7\uFE9B\uFE8E\uFE99", // alef, lam-hamza-alef, theh initial, alef final, theh isolated (after alef)
		"دار":    "\uFEA9\uFE8D\uFEAD",             // right-joining letters never join forward
		"ab ب1":  "ab \uFE8F1",
		"بءب":    "\uFE8F\uFE80\uFE8F", // hamza joins neither way
	}
	for in, want := range cases {
		if got := Shape(in); got != want {
			t.Errorf("Shape(%q) = %U, want %U", in, []rune(got), []rune(want))
		}
	}
}

// Shaping only substitutes presentation forms: NFKC folds them back.
func TestShape_FoldsBack(t *testing.T) {
	rng := rand.New(rand.NewSource(7))
	letters := []rune("ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىي ")
	for range 2000 {
		n := 1 + rng.Intn(20)
		var b strings.Builder
		for range n {
			b.WriteRune(letters[rng.Intn(len(letters))])
		}
		in := b.String()
		if got := norm.NFKC.String(Shape(in)); got != norm.NFKC.String(in) {
			t.Fatalf("NFKC(Shape(%q)) = %q", in, got)
		}
	}
}

// TestShape_WordLocal: shaping never joins across a space, which Wrap relies
// on to shape a line a word at a time: Shape(a+" "+b) == Shape(a)+" "+Shape(b)
// for words (no spaces), including words that end in lam and start with
// alef, carry marks at either end, or tatweel.
func TestShape_WordLocal(t *testing.T) {
	rng := rand.New(rand.NewSource(11))
	letters := []rune("ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىيپچڤکگیـًَّٰa1٢-")
	word := func() string {
		var b strings.Builder
		for range 1 + rng.Intn(6) {
			b.WriteRune(letters[rng.Intn(len(letters))])
		}
		return b.String()
	}
	for _, c := range [][2]string{{"كل", "ال"}, {"ل", "ا"}, {"لَ", "َا"}, {"بـ", "ـب"}, {"ب", "ّب"}} {
		if got, want := Shape(c[0]+" "+c[1]), Shape(c[0])+" "+Shape(c[1]); got != want {
			t.Errorf("Shape(%q) = %U, want %U", c[0]+" "+c[1], []rune(got), []rune(want))
		}
	}
	for range 5000 {
		a, b := word(), word()
		if got, want := Shape(a+" "+b), Shape(a)+" "+Shape(b); got != want {
			t.Fatalf("Shape(%q) = %U, want %U", a+" "+b, []rune(got), []rune(want))
		}
	}
}

func TestVisual(t *testing.T) {
	cases := map[string]string{
		"abc":                       "abc",
		"سلام":                      "مالس",
		"المبلغ: 50,445.00 ج.م":     "م.ج 50,445.00 :غلبملا",
		"رقم: INV-NSR-000123":       "INV-NSR-000123 :مقر",
		"الضريبة 14%":               "14% ةبيرضلا",
		"تليفون: +201001234567":     "+201001234567 :نوفيلت",
		"المقاس: 200×120 سم":        "مس 120×200 :ساقملا",
		"(مثال)":                    "(لاثم)",
		"صنف Oak 2 متر":             "رتم Oak 2 فنص",
		"التاريخ: 2026-11-25 16:30": "16:30 2026-11-25 :خيراتلا",
	}
	for in, want := range cases {
		if got := Visual(in); got != want {
			t.Errorf("Visual(%q) = %q, want %q", in, got, want)
		}
	}
}

func FuzzVisual(f *testing.F) {
	for _, s := range []string{"المبلغ: 50,445.00 ج.م", "abc (x) 12", "+20 ١٢٣", "ًٌٍ", "لا"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		v := Display(s)
		if utf8.RuneCountInString(v) > utf8.RuneCountInString(s) {
			t.Fatalf("Display grew %q → %q", s, v)
		}
		// Reordering is a permutation (up to bracket mirroring).
		m := func(r rune) rune {
			if x, ok := mirror[r]; ok && r > x {
				return x
			}
			return r
		}
		a, b := strings.Map(m, Visual(s)), strings.Map(m, s)
		count := map[rune]int{}
		for _, r := range a {
			count[r]++
		}
		for _, r := range b {
			count[r]--
		}
		for r, c := range count {
			if c != 0 {
				t.Fatalf("Visual(%q) changed the count of %q by %d", s, r, c)
			}
		}
	})
}

func TestWrap(t *testing.T) {
	measure := Measure{Units: utf8.RuneCountInString, Size: 1000} // a rune is 1 wide
	got := Wrap("فقط خمسون ألفًا وأربعمائة\nجنيه", 12, measure)
	want := []string{"فقط خمسون", "ألفًا", "وأربعمائة", "جنيه"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Fatalf("Wrap = %q, want %q", got, want)
	}
	got = Wrap("INV-NSR-000123-LONG x", 6, measure)
	want = []string{"INV-NS", "R-0001", "23-LON", "G x"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Fatalf("Wrap of a long word = %q, want %q", got, want)
	}
}

// TestFormsOf: the table answers as the map it is built from, for every rune
// of the Arabic block and around it.
func TestFormsOf(t *testing.T) {
	for r := rune(0x500); r < 0x800; r++ {
		want, wok := arabicForms[r]
		got, ok := formsOf(r)
		if ok != wok || got != want {
			t.Errorf("formsOf(%U) = %U, %v; want %U, %v", r, got, ok, want, wok)
		}
	}
}

// TestWrap_SameAsWholeLines: Wrap, adding a line's width word by word,
// breaks random texts where measuring every candidate line whole with the
// real font (fpdf's GetStringWidth of the shaped line, as Wrap did before)
// breaks them, at several sizes and widths.
func TestWrap_SameAsWholeLines(t *testing.T) {
	face, err := commonFont()
	if err != nil {
		t.Fatal(err)
	}
	p := fpdf.New("P", "mm", "A4", "")
	p.AddUTF8FontParsed(font, "", face)
	p.AddPage()
	whole := func(text string, width float64) []string {
		var out []string
		for _, para := range strings.Split(text, "\n") {
			cur := ""
			for _, w := range strings.Fields(para) {
				pieces := []string{w}
				if p.GetStringWidth(Shape(w)) > width { // the longest prefixes that fit, a rune at least
					pieces = nil
					for rs := []rune(w); len(rs) > 0; {
						n := 1
						for n < len(rs) && p.GetStringWidth(Shape(string(rs[:n+1]))) <= width {
							n++
						}
						pieces, rs = append(pieces, string(rs[:n])), rs[n:]
					}
				}
				for _, piece := range pieces {
					if cur != "" && p.GetStringWidth(Shape(cur+" "+piece)) <= width {
						cur += " " + piece
						continue
					}
					if cur != "" {
						out = append(out, cur)
					}
					cur = piece
				}
			}
			out = append(out, cur)
		}
		return out
	}
	words := []string{"فقط", "خمسون", "ألفًا", "وأربعمائة", "جنيه", "لا", "غير", "مصري", "الأثاث",
		"INV-NSR-000123-LONG", "12,345.67", "x", "سلام", "باب", "Wood", "2×3", "ومائتان", "وخمسة"}
	r := rand.New(rand.NewSource(7))
	for i := 0; i < 400; i++ {
		var b strings.Builder
		for j := r.Intn(14); j >= 0; j-- {
			b.WriteString(words[r.Intn(len(words))])
			b.WriteString([]string{" ", " ", "  ", "\n"}[r.Intn(4)])
		}
		text := b.String()
		size := []float64{7, 8, 9, 10}[r.Intn(4)]
		width := 5 + r.Float64()*60
		p.SetFont(font, "", size)
		got, want := Wrap(text, width, measure(p)), whole(text, width)
		if strings.Join(got, "|") != strings.Join(want, "|") {
			t.Fatalf("Wrap(%q, %.3f) at %v pt = %q, measured whole %q", text, width, size, got, want)
		}
	}
}
