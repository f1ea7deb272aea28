package pdf

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"
)

func TestRenderDayReport(t *testing.T) {
	for _, tc := range []struct {
		docs, pages int
	}{{0, 1}, {3, 1}, {120, 4}} {
		t.Run(fmt.Sprint(tc.docs), func(t *testing.T) {
			rep := DayReport{Shop: "معرض النخيل", Branch: "المعادي", TaxRegNo: "555-666-777", Date: "2026-12-04",
				Printed:  time.Date(2026, 12, 4, 21, 0, 0, 0, time.UTC),
				Totals:   []ReportLine{{Label: "فواتير اليوم", Count: tc.docs, VAT: 14_00, Total: 114_00}},
				ByMethod: []ReportLine{{Label: "نقدًا", Count: 1, VAT: 14_00, Total: 114_00}}}
			for i := range tc.docs {
				rep.Docs = append(rep.Docs, ReportDoc{Number: fmt.Sprintf("INV-CAI1-%06d", i+1), Customer: "أحمد علي عبد الرحمن محمود الشرقاوي الكبير",
					Status: "مدفوعة", VAT: 14_00, Total: 114_00})
			}
			b, err := RenderDayReport(rep)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.HasPrefix(b, []byte("%PDF-")) {
				t.Fatalf("not a PDF: %.20q", b)
			}
			m := regexp.MustCompile(`/Type /Pages[^>]*/Count (\d+)`).FindSubmatch(b)
			if m == nil || string(m[1]) != fmt.Sprint(tc.pages) {
				t.Errorf("pages = %s, want %d", m, tc.pages)
			}
			text := pdfText(t, b)
			for _, w := range []string{"معرض النخيل", "فواتير اليوم", "2026-12-04"} {
				if !strings.Contains(text, w) {
					t.Errorf("report lacks %q", w)
				}
			}
			if tc.docs > 0 && !strings.Contains(text, "INV-CAI1-000001") {
				t.Error("report lacks its first document")
			}
		})
	}
}
