package pipeline

import "testing"

func TestTypedCount(t *testing.T) {
	for text, want := range map[string]float64{
		"٦": 6, "ستة": 6, "6 كراسي": 6, "هاخد ٤ لو سمحت": 4, "دستة": 12, "tlata": 3, "two please": 2,
		"٤ ولا ٦": 0, "مش عارف": 0, "٢.٥": 0, "0": 0, "عايز ٤ كراسي سفرة زان لون بني لو سمحت": 0,
	} {
		got, ok := typedCount(text)
		if want == 0 && ok || want != 0 && (!ok || got != want) {
			t.Errorf("typedCount(%q) = %v, %v; want %v", text, got, ok, want)
		}
	}
}
