package pdf

import (
	"testing"

	"fatoora/appliance/invoice"
)

// TestDescribe_SizeTheNameGives: a line's size is printed unless its name
// already gives it: a thickness in millimetres rounded to a centimetre ("6
// مم" as 1, "4 مم" as 0) is never printed as "المقاس: 1 سم", nor a size the
// name says; a size the customer chose is.
func TestDescribe_SizeTheNameGives(t *testing.T) {
	for _, c := range []struct {
		name string
		dims []int
		want string
	}{
		{"كابل DC سولار 6 مم", []int{1}, "كابل DC سولار 6 مم\nاللون: أحمر"},
		{"كابل DC سولار 4 مم", []int{0}, "كابل DC سولار 4 مم\nاللون: أحمر"},
		{"أرضية SPC نورديك ٦ مم", []int{1}, "أرضية SPC نورديك ٦ مم\nاللون: أحمر"},
		{"مكتب مدير 160 سم", []int{160}, "مكتب مدير 160 سم\nاللون: أحمر"},
		{"ستارة بلاك اوت", []int{240, 260}, "ستارة بلاك اوت\nاللون: أحمر، المقاس: 240×260 سم"},
		{"زجاج سيكوريت 10 مم", []int{90, 190}, "زجاج سيكوريت 10 مم\nاللون: أحمر، المقاس: 90×190 سم"},
		{"رخام جلالة 2 سم", []int{2, 300, 60}, "رخام جلالة 2 سم\nاللون: أحمر، المقاس: 2×300×60 سم"},
	} {
		l := invoice.Line{NameAr: c.name, Color: "أحمر", DimsCM: c.dims}
		if got := describe(&l); got != c.want {
			t.Errorf("%s %v:\n got %q\nwant %q", c.name, c.dims, got, c.want)
		}
	}
}
