package pdf

import (
	"bytes"
	"fmt"
	"strconv"
	"time"

	"github.com/go-pdf/fpdf"

	"fatoora/catalog/money"
)

// DayReport is an end-of-day report as printed (Arabic, A4): the day's
// totals, the payments by method and the day's documents.
type DayReport struct {
	Shop, Branch, TaxRegNo string
	Date                   string // 2006-01-02
	Printed                time.Time
	// Totals are the summary lines (issued, paid, unpaid, voided, credit
	// notes, quotes); ByMethod the paid invoices per payment method.
	Totals, ByMethod []ReportLine
	Docs             []ReportDoc
}

// ReportLine is one summary line.
type ReportLine struct {
	Label      string
	Count      int
	VAT, Total money.Piasters
}

// ReportDoc is one document of the day.
type ReportDoc struct {
	Number, Customer, Status string
	VAT, Total               money.Piasters
}

// RenderDayReport prints rep with the invoices' font and shaping; the
// documents' table breaks across pages with its header repeated.
func RenderDayReport(rep DayReport) ([]byte, error) {
	face, err := commonFont()
	if err != nil {
		return nil, fmt.Errorf("day report: font: %w", err)
	}
	p := fpdf.New("P", "mm", "A4", "")
	p.SetMargins(margin, margin, margin)
	p.SetAutoPageBreak(false, 0)
	p.AddUTF8FontParsed(font, "", face)
	p.SetTitle("تقرير يوم "+rep.Date, true)
	p.SetCreator("fatoora", true)
	p.SetCreationDate(rep.Printed)
	p.SetModificationDate(rep.Printed)
	p.SetCatalogSort(true)
	p.AliasNbPages("{nb}")
	r := &renderer{pdf: p}
	p.SetFooterFunc(func() {
		p.SetFont(font, "", 8)
		p.SetXY(margin, pageH-12)
		p.CellFormat(contentW, 4, show(fmt.Sprintf("صفحة %d من {nb}", p.PageNo())), "", 0, "C", false, 0, "")
	})
	p.AddPage()

	y := margin
	r.line(right, y, contentW, "تقرير نهاية اليوم "+rep.Date, 16, "B", "R")
	y += 9
	shop := rep.Shop
	if rep.Branch != "" {
		shop += " — " + rep.Branch
	}
	if rep.TaxRegNo != "" {
		shop += " — رقم التسجيل الضريبي " + rep.TaxRegNo
	}
	r.line(right, y, contentW, shop, 10, "", "R")
	y += 5
	r.line(right, y, contentW, "طُبع "+rep.Printed.Format("2006-01-02 15:04"), 8, "", "R")
	y += 8

	lineCols := []column{{title: "البيان", w: 80}, {title: "العدد", w: 20}, {title: "الضريبة", w: 40}, {title: "الإجمالي (ج.م)", w: 46}}
	summary := func(title string, lines []ReportLine) {
		r.line(right, y, contentW, title, 11, "B", "R")
		y += 6
		y = r.reportHeader(lineCols, y)
		for _, l := range lines {
			y = r.reportRow(lineCols, y, []string{l.Label, strconv.Itoa(l.Count), l.VAT.String(), l.Total.String()})
		}
		y += 5
	}
	summary("الإجماليات", rep.Totals)
	if len(rep.ByMethod) > 0 {
		summary("المدفوع حسب طريقة الدفع", rep.ByMethod)
	}
	docCols := []column{{title: "الرقم", w: 40}, {title: "العميل", w: 60}, {title: "الحالة", w: 26}, {title: "الضريبة", w: 30}, {title: "الإجمالي", w: 30}}
	if len(rep.Docs) > 0 {
		r.line(right, y, contentW, "مستندات اليوم", 11, "B", "R")
		y += 6
		y = r.reportHeader(docCols, y)
		for _, d := range rep.Docs {
			if y > bottom-7 {
				p.AddPage()
				y = r.reportHeader(docCols, margin)
			}
			y = r.reportRow(docCols, y, []string{d.Number, d.Customer, d.Status, d.VAT.String(), d.Total.String()})
		}
	}
	if err := p.Error(); err != nil {
		return nil, fmt.Errorf("render day report: %w", err)
	}
	var buf bytes.Buffer
	if err := p.Output(&buf); err != nil {
		return nil, fmt.Errorf("render day report: %w", err)
	}
	return buf.Bytes(), nil
}

// reportHeader draws a table header right to left at y; returns the next y.
func (r *renderer) reportHeader(cols []column, y float64) float64 {
	p := r.pdf
	p.SetFillColor(30, 60, 90)
	p.SetTextColor(255, 255, 255)
	p.SetFont(font, "", 8.5)
	x := right
	for _, c := range cols {
		x -= c.w
		p.Rect(x, y, c.w, 7, "F")
		p.SetXY(x, y)
		r.cell(c.w, 7, show(c.title), "C", true)
	}
	p.SetTextColor(0, 0, 0)
	return y + 7
}

// reportRow draws one row right to left; amounts and numbers are centred.
func (r *renderer) reportRow(cols []column, y float64, cells []string) float64 {
	p := r.pdf
	p.SetFont(font, "", 8.5)
	p.SetDrawColor(210, 210, 210)
	x := right
	for i, c := range cols {
		x -= c.w
		p.SetXY(x, y)
		align := "C"
		if i == 0 || (len(cols) == 5 && i == 1) {
			align = "R"
		}
		txt := cells[i]
		for p.GetStringWidth(show(txt)) > c.w-2 && len([]rune(txt)) > 1 {
			txt = string([]rune(txt)[:len([]rune(txt))-1])
		}
		p.CellFormat(c.w, 6.5, show(txt), "B", 0, align, false, 0, "")
	}
	return y + 6.5
}
