package sheet

import "testing"

func TestCSVText(t *testing.T) {
	for in, want := range map[string]string{"أحمد": "أحمد", "=HYPERLINK(\"x\")": "'=HYPERLINK(\"x\")", "+201": "'+201", "@x": "'@x", "": "", "-": "'-", "-5": "-5", "-x": "'-x"} {
		if got := CSVText(in); got != want {
			t.Errorf("CSVText(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestXLSX_ColName(t *testing.T) {
	for i, want := range map[int]string{0: "A", 25: "Z", 26: "AA", 27: "AB", 701: "ZZ", 702: "AAA"} {
		if got := colName(i); got != want {
			t.Errorf("colName(%d) = %s, want %s", i, got, want)
		}
	}
}
