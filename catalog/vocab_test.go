package catalog

import (
	"errors"
	"reflect"
	"strings"
	"testing"
)

const testVocab = `# comment
ترابيزة, ترابيزه, تربيزة, طاولة
دولاب, دواليب، خزانة
رمادي لؤلؤي, سيلفر, جراي فاتح => رمادي فاتح
ابيض, وايت => أبيض
بلت إن, بلت ان, built-in, built in => بلت إن

كحلي, نيفي => كحلي
`

func TestParseVocabulary_Canonical(t *testing.T) {
	v, err := ParseVocabulary(strings.NewReader(testVocab), "synonyms.txt")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"رمادي لؤلؤي", "رمادي فاتح", true},
		{"رمادى  لؤلؤى", "رمادي فاتح", true}, // ى/ي and spaces
		{"Silver", "", false},
		{"سيلفر", "رمادي فاتح", true},
		{"رمادي فاتح", "رمادي فاتح", true}, // the canonical maps to itself
		{"ابيض", "أبيض", true},
		{"أبيض", "أبيض", true},
		{"BUILT-IN", "بلت إن", true},
		{"نيفي", "كحلي", true},
		{"رمادي", "", false}, // only whole phrases
		{"ترابيزة", "", false},
	}
	for _, tt := range tests {
		got, ok := v.Canonical(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("Canonical(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestParseVocabulary_Equivalents(t *testing.T) {
	v, err := ParseVocabulary(strings.NewReader(testVocab), "synonyms.txt")
	if err != nil {
		t.Fatal(err)
	}
	if got, want := v.Equivalents("طاوله"), []string{"ترابيزة", "تربيزة"}; !reflect.DeepEqual(got, want) {
		// ترابيزة and ترابيزه normalise alike: the first spelling stands for both.
		t.Errorf("Equivalents(طاوله) = %q, want %q", got, want)
	}
	if got, want := v.Equivalents("خزانه"), []string{"دولاب", "دواليب"}; !reflect.DeepEqual(got, want) {
		t.Errorf("Equivalents(خزانه) = %q, want %q (Arabic comma separates)", got, want)
	}
	if got := v.Equivalents("كرسي"); got != nil {
		t.Errorf("Equivalents(كرسي) = %q, want nil", got)
	}
}

func TestParseVocabulary_Errors(t *testing.T) {
	in := "ترابيزة\nا, ب => \n => ج\nسيلفر => رمادي فاتح\nسيلفر => رمادي غامق\na => b => c\n!!, ؟؟ => x\n"
	_, err := ParseVocabulary(strings.NewReader(in), "s.txt")
	var ie *ImportError
	if !errors.As(err, &ie) {
		t.Fatalf("want *ImportError, got %v", err)
	}
	want := []string{
		`s.txt:1: a line needs at least two words separated by commas, or "variants => canonical"`,
		"s.txt:2: nothing after =>: write the canonical name",
		`s.txt:3: nothing before =>: write the variants of "ج"`,
		`s.txt:5: "سيلفر" already means "رمادي فاتح" (line 4), cannot also mean "رمادي غامق"`,
		"s.txt:6: more than one => on a line",
		`s.txt:7: term "!!" has no letters or digits`,
		`s.txt:7: term "؟؟" has no letters or digits`,
	}
	var got []string
	for _, p := range ie.Problems {
		got = append(got, p.String())
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("problems:\n got %q\nwant %q", got, want)
	}
}

func TestVocabulary_StringRoundTrip(t *testing.T) {
	v, err := ParseVocabulary(strings.NewReader(testVocab+"a\\,b, c, #d\n"), "s.txt")
	if err != nil {
		t.Fatal(err)
	}
	v2, err := ParseVocabulary(strings.NewReader(v.String()), "again.txt")
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(v.Groups(), v2.Groups()) || !reflect.DeepEqual(v.Rules(), v2.Rules()) {
		t.Fatalf("round trip changed the vocabulary:\n%s\n%s", v, v2)
	}
	if g := v.Groups(); !reflect.DeepEqual(g[len(g)-1], []string{"a,b", "c", "#d"}) {
		t.Fatalf("escaped comma: %q", g[len(g)-1])
	}
}

func FuzzParseVocabulary(f *testing.F) {
	f.Add(testVocab)
	f.Add("a, b => c, d\n\\#x, y\n")
	f.Fuzz(func(t *testing.T, in string) {
		v, err := ParseVocabulary(strings.NewReader(in), "f.txt")
		if err != nil {
			var ie *ImportError
			if !errors.As(err, &ie) || len(ie.Problems) == 0 {
				t.Fatalf("bad error %v", err)
			}
			return
		}
		for _, r := range v.Rules() {
			for _, w := range r.Variants {
				if c, ok := v.Canonical(w); !ok || Key(c) != Key(r.Canonical) {
					t.Fatalf("variant %q of %q: Canonical = %q, %v", w, r.Canonical, c, ok)
				}
			}
		}
		v2, err := ParseVocabulary(strings.NewReader(v.String()), "again.txt")
		if err != nil {
			t.Fatalf("String() does not parse back: %v\n%s", err, v)
		}
		if len(v2.Groups()) != len(v.Groups()) || len(v2.Rules()) != len(v.Rules()) {
			t.Fatalf("round trip lost lines:\n%q\n%q", v, v2)
		}
	})
}
