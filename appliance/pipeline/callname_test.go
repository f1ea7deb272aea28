package pipeline

import "testing"

// TestCallName: the box greets a customer by the first name of their
// profile, or by its first two words when the first is no name alone.
func TestCallName(t *testing.T) {
	for _, c := range []struct{ profile, want string }{
		{"أم يوسف", "أم يوسف"},
		{"ام يوسف محمد", "ام يوسف"},
		{"أبو علي", "أبو علي"},
		{"الحاج محمود السيد", "الحاج محمود"},
		{"عبد الله حسن", "عبد الله"},
		{"م. أشرف", "م. أشرف"},
		{"Dr. Hany Aziz", "Dr. Hany"},
		{"Um Ali", "Um Ali"},
		{"منى أحمد", "منى"},
		{"Mona", "Mona"},
		{"  كريم  ", "كريم"},
		{"أم", "أم"},
		{"", ""},
	} {
		if got := callName(c.profile); got != c.want {
			t.Errorf("callName(%q) = %q, want %q", c.profile, got, c.want)
		}
	}
}
