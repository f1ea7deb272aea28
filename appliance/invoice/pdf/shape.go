package pdf

import (
	"strings"
	"unicode"
)

// forms are the presentation forms of a letter: isolated, final, initial,
// medial. A letter with no initial form joins only to the right (R type).
type forms [4]rune

const (
	isolated = iota
	final
	initial
	medial
)

var arabicForms = map[rune]forms{
	0x0621: {0xFE80, 0, 0, 0},
	0x0622: {0xFE81, 0xFE82, 0, 0},
	0x0623: {0xFE83, 0xFE84, 0, 0},
	0x0624: {0xFE85, 0xFE86, 0, 0},
	0x0625: {0xFE87, 0xFE88, 0, 0},
	0x0626: {0xFE89, 0xFE8A, 0xFE8B, 0xFE8C},
	0x0627: {0xFE8D, 0xFE8E, 0, 0},
	0x0628: {0xFE8F, 0xFE90, 0xFE91, 0xFE92},
	0x0629: {0xFE93, 0xFE94, 0, 0},
	0x062A: {0xFE95, 0xFE96, 0xFE97, 0xFE98},
	0x062B: {0xFE99, 0xFE9A, 0xFE9B, 0xFE9C},
	0x062C: {0xFE9D, 0xFE9E, 0xFE9F, 0xFEA0},
	0x062D: {0xFEA1, 0xFEA2, 0xFEA3, 0xFEA4},
	0x062E: {0xFEA5, 0xFEA6, 0xFEA7, 0xFEA8},
	0x062F: {0xFEA9, 0xFEAA, 0, 0},
	0x0630: {0xFEAB, 0xFEAC, 0, 0},
	0x0631: {0xFEAD, 0xFEAE, 0, 0},
	0x0632: {0xFEAF, 0xFEB0, 0, 0},
	0x0633: {0xFEB1, 0xFEB2, 0xFEB3, 0xFEB4},
	0x0634: {0xFEB5, 0xFEB6, 0xFEB7, 0xFEB8},
	0x0635: {0xFEB9, 0xFEBA, 0xFEBB, 0xFEBC},
	0x0636: {0xFEBD, 0xFEBE, 0xFEBF, 0xFEC0},
	0x0637: {0xFEC1, 0xFEC2, 0xFEC3, 0xFEC4},
	0x0638: {0xFEC5, 0xFEC6, 0xFEC7, 0xFEC8},
	0x0639: {0xFEC9, 0xFECA, 0xFECB, 0xFECC},
	0x063A: {0xFECD, 0xFECE, 0xFECF, 0xFED0},
	0x0641: {0xFED1, 0xFED2, 0xFED3, 0xFED4},
	0x0642: {0xFED5, 0xFED6, 0xFED7, 0xFED8},
	0x0643: {0xFED9, 0xFEDA, 0xFEDB, 0xFEDC},
	0x0644: {0xFEDD, 0xFEDE, 0xFEDF, 0xFEE0},
	0x0645: {0xFEE1, 0xFEE2, 0xFEE3, 0xFEE4},
	0x0646: {0xFEE5, 0xFEE6, 0xFEE7, 0xFEE8},
	0x0647: {0xFEE9, 0xFEEA, 0xFEEB, 0xFEEC},
	0x0648: {0xFEED, 0xFEEE, 0, 0},
	0x0649: {0xFEEF, 0xFEF0, 0, 0},
	0x064A: {0xFEF1, 0xFEF2, 0xFEF3, 0xFEF4},
	0x067E: {0xFB56, 0xFB57, 0xFB58, 0xFB59}, // peh
	0x0686: {0xFB7A, 0xFB7B, 0xFB7C, 0xFB7D}, // tcheh
	0x06A4: {0xFB6A, 0xFB6B, 0xFB6C, 0xFB6D}, // veh
	0x06A9: {0xFB8E, 0xFB8F, 0xFB90, 0xFB91}, // keheh
	0x06AF: {0xFB92, 0xFB93, 0xFB94, 0xFB95}, // gaf
	0x06CC: {0xFBFC, 0xFBFD, 0xFBFE, 0xFBFF}, // farsi yeh
}

// arabicTable is arabicForms indexed by rune − U+0600 (every letter it
// holds is in the Arabic block): a lookup per rune without hashing.
var arabicTable = func() (t [0x100]forms) {
	for r, f := range arabicForms {
		t[r-0x600] = f
	}
	return t
}()

// formsOf is arabicForms[r].
func formsOf(r rune) (forms, bool) {
	if r < 0x600 || r > 0x6FF {
		return forms{}, false
	}
	f := arabicTable[r-0x600]
	return f, f[isolated] != 0
}

// lamAlef maps an alef variant to the lam-alef ligature (isolated, final).
var lamAlef = map[rune][2]rune{
	0x0622: {0xFEF5, 0xFEF6},
	0x0623: {0xFEF7, 0xFEF8},
	0x0625: {0xFEF9, 0xFEFA},
	0x0627: {0xFEFB, 0xFEFC},
}

const (
	lam     = 0x0644
	tatweel = 0x0640
)

// transparent reports Arabic marks that do not break joining.
func transparent(r rune) bool {
	return r >= 0x064B && r <= 0x065F || r == 0x0670 || r >= 0x06D6 && r <= 0x06ED
}

// joinsBefore: r can connect to the letter that follows it (in reading order).
func joinsBefore(r rune) bool {
	if r == tatweel {
		return true
	}
	f, ok := formsOf(r)
	return ok && f[initial] != 0
}

// joinsAfter: r can connect to the letter that precedes it.
func joinsAfter(r rune) bool {
	if r == tatweel {
		return true
	}
	f, ok := formsOf(r)
	return ok && f[final] != 0
}

// Shape replaces Arabic letters in logical-order text by their contextual
// presentation forms, with the mandatory lam-alef ligatures. Other
// characters are left alone. The result is still in logical order.
func Shape(s string) string {
	rs := []rune(s)
	prev := func(i int) rune {
		for j := i - 1; j >= 0; j-- {
			if !transparent(rs[j]) {
				return rs[j]
			}
		}
		return 0
	}
	next := func(i int) (rune, int) {
		for k := i + 1; k < len(rs); k++ {
			if !transparent(rs[k]) {
				return rs[k], k
			}
		}
		return 0, -1
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		f, ok := formsOf(r)
		if !ok {
			b.WriteRune(r)
			continue
		}
		p := prev(i)
		joinPrev := p != 0 && joinsBefore(p) && f[final] != 0
		n, k := next(i)
		if r == lam {
			if lig, ok := lamAlef[n]; ok {
				if joinPrev {
					b.WriteRune(lig[1])
				} else {
					b.WriteRune(lig[0])
				}
				// keep marks that sat between lam and alef, drop nothing else
				for j := i + 1; j < k; j++ {
					b.WriteRune(rs[j])
				}
				i = k
				continue
			}
		}
		joinNext := f[initial] != 0 && n != 0 && joinsAfter(n)
		switch {
		case joinPrev && joinNext:
			b.WriteRune(f[medial])
		case joinPrev:
			b.WriteRune(f[final])
		case joinNext:
			b.WriteRune(f[initial])
		default:
			b.WriteRune(f[isolated])
		}
	}
	return b.String()
}

// bidi classes, reduced to what an invoice line needs.
type class uint8

const (
	clsN   class = iota // neutral: spaces, punctuation
	clsR                // Arabic letters
	clsL                // Latin and other letters
	clsEN               // digits
	clsSep              // separators inside numbers: . , : / - +
	clsET               // terminators: % # $ ٪
	clsNSM              // combining marks
)

func classOf(r rune) class {
	switch {
	case r >= '0' && r <= '9', r >= 0x0660 && r <= 0x0669, r >= 0x06F0 && r <= 0x06F9, r == 0x00B2, r == 0x00B3:
		return clsEN
	case transparent(r) || unicode.Is(unicode.Mn, r):
		return clsNSM
	case r >= 0x0590 && r <= 0x08FF, r >= 0xFB1D && r <= 0xFDFF, r >= 0xFE70 && r <= 0xFEFF:
		return clsR
	case r == '.' || r == ',' || r == ':' || r == '/' || r == '-' || r == '+' || r == 0x066B || r == 0x066C:
		return clsSep
	case r == '%' || r == '#' || r == '$' || r == 0x066A || r == 0x00B0:
		return clsET
	case unicode.IsLetter(r):
		return clsL
	}
	return clsN
}

var mirror = map[rune]rune{'(': ')', ')': '(', '[': ']', ']': '[', '{': '}', '}': '{', '<': '>', '>': '<', '«': '»', '»': '«'}

// Visual reorders one line of logical text for display in a right-to-left
// paragraph drawn left to right: Arabic runs right to left, digit and Latin
// runs left to right, brackets mirrored in
// Arabic context. It implements the parts of the Unicode bidi algorithm
// (UAX #9 W1–W7, N1–N2, L2) that plain-text lines need; no explicit embeddings.
func Visual(line string) string {
	rs := []rune(line)
	n := len(rs)
	if n == 0 {
		return ""
	}
	cls := make([]class, n)
	for i, r := range rs {
		cls[i] = classOf(r)
	}
	// W1: marks take the class of what precedes them.
	for i := range cls {
		if cls[i] == clsNSM {
			if i == 0 {
				cls[i] = clsR
			} else {
				cls[i] = cls[i-1]
			}
		}
	}
	// W4: a single separator between two digits joins the number.
	for i := 1; i+1 < n; i++ {
		if cls[i] == clsSep && cls[i-1] == clsEN && cls[i+1] == clsEN {
			cls[i] = clsEN
		}
	}
	// A sign directly before a number belongs to it (+20100…, -5), which
	// keeps it on the number's left as readers expect.
	for i := 0; i+1 < n; i++ {
		if (rs[i] == '+' || rs[i] == '-') && cls[i] == clsSep && cls[i+1] == clsEN && (i == 0 || cls[i-1] != clsEN) {
			cls[i] = clsEN
		}
	}
	// W5: terminators next to numbers join them (a run at a time).
	for i := 0; i < n; i++ {
		if cls[i] != clsET {
			continue
		}
		j := i
		for j < n && cls[j] == clsET {
			j++
		}
		if (i > 0 && cls[i-1] == clsEN) || (j < n && cls[j] == clsEN) {
			for k := i; k < j; k++ {
				cls[k] = clsEN
			}
		}
		i = j - 1
	}
	// W6: leftover separators and terminators are neutral.
	for i := range cls {
		if cls[i] == clsSep || cls[i] == clsET {
			cls[i] = clsN
		}
	}
	// W7: digits after Latin (with sos = R) are Latin.
	last := clsR
	for i := range cls {
		switch cls[i] {
		case clsL, clsR:
			last = cls[i]
		case clsEN:
			if last == clsL {
				cls[i] = clsL
			}
		}
	}
	// N1/N2: neutrals between same-direction strongs take it (digits count
	// as R); otherwise the paragraph direction, R.
	strong := func(c class) class {
		if c == clsEN {
			return clsR
		}
		return c
	}
	for i := 0; i < n; i++ {
		if cls[i] != clsN {
			continue
		}
		j := i
		for j < n && cls[j] == clsN {
			j++
		}
		before, after := clsR, clsR
		if i > 0 {
			before = strong(cls[i-1])
		}
		if j < n {
			after = strong(cls[j])
		}
		dir := clsR
		if before == after {
			dir = before
		}
		for k := i; k < j; k++ {
			cls[k] = dir
		}
		i = j - 1
	}
	// Levels: R = 1, L and EN = 2. Build clusters (base + marks) so marks stay
	// after their base once reversed. A cluster is a run of rs (one rune, or
	// a base and its marks), its first rune possibly mirrored.
	type cluster struct {
		start, end int
		level      int
		first      rune
	}
	cl := make([]cluster, 0, n)
	for i, r := range rs {
		lv := 1
		if cls[i] == clsL || cls[i] == clsEN {
			lv = 2
		}
		// A mark in a left-to-right run stays after its base. In Arabic runs
		// the plain reversal puts it before its base, which is where the
		// font's zero-width marks (drawn to the right of the pen) land on it.
		if lv == 2 && len(cl) > 0 && cl[len(cl)-1].level == 2 && (transparent(r) || unicode.Is(unicode.Mn, r)) {
			cl[len(cl)-1].end = i + 1
			continue
		}
		if lv == 1 {
			if m, ok := mirror[r]; ok {
				r = m
			}
		}
		cl = append(cl, cluster{start: i, end: i + 1, level: lv, first: r})
	}
	// L2: reverse runs at level ≥ 2, then the whole line (level ≥ 1).
	for i := 0; i < len(cl); {
		if cl[i].level < 2 {
			i++
			continue
		}
		j := i
		for j < len(cl) && cl[j].level >= 2 {
			j++
		}
		reverse(cl[i:j])
		i = j
	}
	reverse(cl)
	var b strings.Builder
	b.Grow(len(line))
	for _, c := range cl {
		b.WriteRune(c.first)
		for _, r := range rs[c.start+1 : c.end] {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func reverse[T any](s []T) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}

// Display shapes and reorders one logical line for drawing.
func Display(line string) string { return Visual(Shape(line)) }

// Measure is how wide a string draws in the current font: Units is its
// width in the font's glyph units, a sum over its runes (fpdf's
// GetStringSymbolWidth), and Size the font size in user units, combined as
// fpdf's GetStringWidth combines them. Wrap adds a line's units word by
// word instead of measuring each candidate line whole: the same integers,
// so the same widths and the same breaks.
type Measure struct {
	Units func(string) int
	Size  float64
}

func (m Measure) width(units int) float64 { return float64(units) * m.Size / 1000 }

// Wrap breaks logical text into lines no wider than width, measured on the
// displayed (shaped) form, breaking at spaces; explicit newlines are kept. A
// word wider than the line is broken between letters.
func Wrap(text string, width float64, m Measure) []string {
	var out []string
	space := m.Units(" ")
	var words [16]string // a line's words, in place while they are few
	line := words[:0]    // the words of the line being filled
	units := 0           // the width of Shape of the line, in the font's units
	// Shaping never joins across a space, so the shaped line grows a word
	// at a time: Shape(cur+" "+w) == Shape(cur)+" "+Shape(w)
	// (TestShape_WordLocal); each word is shaped and measured once.
	add := func(w string, u int) {
		if len(line) > 0 {
			if t := units + space + u; m.width(t) <= width {
				line, units = append(line, w), t
				return
			}
			out = append(out, strings.Join(line, " "))
			line = line[:0]
		}
		line, units = append(line, w), u
	}
	for _, para := range strings.Split(text, "\n") {
		for _, w := range strings.Fields(para) {
			if u := m.Units(Shape(w)); m.width(u) <= width {
				add(w, u)
				continue
			}
			for _, piece := range breakWord(w, width, m) {
				add(piece, m.Units(Shape(piece)))
			}
		}
		out = append(out, strings.Join(line, " ")) // "" for an empty paragraph
		line = line[:0]
	}
	return out
}

// breakWord splits a word wider than width into pieces that fit (at least
// one letter each).
func breakWord(w string, width float64, m Measure) []string {
	var out []string
	rs := []rune(w)
	for len(rs) > 0 {
		n := 1
		for n < len(rs) && m.width(m.Units(Shape(string(rs[:n+1])))) <= width {
			n++
		}
		out = append(out, string(rs[:n]))
		rs = rs[n:]
	}
	return out
}
