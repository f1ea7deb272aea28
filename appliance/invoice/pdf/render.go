package pdf

import (
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	_ "time/tzdata" // Africa/Cairo without a system zoneinfo

	"github.com/go-pdf/fpdf"
	qrcode "github.com/skip2/go-qrcode"

	"fatoora/appliance/invoice"
	"fatoora/catalog"
	"fatoora/catalog/money"
)

// ShopInfo is presentation that is not part of the issued document (the
// legal seller block is the document's own snapshot, doc.Seller).
type ShopInfo struct {
	// Location for printed dates and times; default Africa/Cairo.
	Location *time.Location
	// Footer is an optional line printed at the bottom of the last page,
	// e.g. "شكرًا لتعاملكم معنا".
	Footer string
	// Demo marks every page as a demo document (the embedded demo box):
	// a banner under the header and a watermark, so a demo PDF can never
	// pass for a tax invoice.
	Demo bool
	// ReceiptURL is the document's ETA e-receipt share URL (receipt.Record's
	// URL), printed as a second QR beside the payment QR; empty = none.
	ReceiptURL string
}

// DemoMark is printed on every page of a demo document.
const DemoMark = "نسخة تجريبية — ليست فاتورة ضريبية"

const (
	pageW, pageH = 210.0, 297.0
	margin       = 12.0
	right        = pageW - margin
	contentW     = pageW - 2*margin
	bottom       = pageH - 18.0 // table rows stop here; the footer lives below
	font         = "dejavu"
)

// PaymentLabel is the Arabic name of a payment method.
func PaymentLabel(m string) string {
	switch strings.ToLower(strings.TrimSpace(m)) {
	case "cash", "":
		return "نقدًا"
	case "instapay":
		return "إنستاباي"
	case "card":
		return "بطاقة بنكية"
	case "meeza":
		return "ميزة"
	case "transfer", "bank":
		return "تحويل بنكي"
	case "wallet":
		return "محفظة إلكترونية"
	case "installments":
		return "تقسيط"
	}
	return m
}

// UnitLabel is the Arabic name of a unit as printed in the table.
func UnitLabel(u catalog.Unit) string {
	switch u {
	case catalog.Meter:
		return "متر طولي"
	case catalog.SquareMeter:
		return "متر مربع"
	}
	return "قطعة"
}

// cairo is the shop's time zone, read once (the zone database is embedded
// with time/tzdata, so a box without /usr/share/zoneinfo prints local time).
var cairo = sync.OnceValues(func() (*time.Location, error) { return time.LoadLocation("Africa/Cairo") })

// show prepares logical text for drawing: characters the embedded font
// cannot draw (emoji in a WhatsApp name, other scripts) are dropped rather
// than printed as empty boxes, then the line is shaped and reordered.
func show(s string) string {
	if v, ok := shown.Load(s); ok {
		return v.(string)
	}
	d := display(s)
	if len(s) <= shownMaxLen && shownN.Add(1) <= shownMax {
		shown.Store(s, d)
	}
	return d
}

// shown keeps show's answers for short texts: every document draws the same
// titles, labels and column heads, and shaping them again was a few percent
// of the box's CPU per order. show is a pure function of its text, so a kept
// answer is the one it would give; the first shownMax short texts are kept
// (the labels come first; names and amounts fill the rest and then nothing
// more is added).
var (
	shown  sync.Map // text → display form
	shownN atomic.Int64
)

const shownMax, shownMaxLen = 4096, 96

func display(s string) string {
	return Display(strings.Map(func(r rune) rune {
		if r == '\t' || r == '\n' {
			return ' '
		}
		for _, rg := range fontRanges {
			if r >= rg[0] && r <= rg[1] {
				return r
			}
		}
		return -1
	}, s))
}

type renderer struct {
	pdf        *fpdf.Fpdf
	doc        *invoice.Document
	loc        *time.Location
	cols       []column
	demo       bool
	receiptURL string // see ShopInfo.ReceiptURL
}

type column struct {
	title string
	w     float64
	cell  func(l *invoice.Line) string
	text  bool // wrapped Arabic text, right-aligned; otherwise one centred line
}

// Render draws doc as an A4 PDF.
func Render(doc *invoice.Document, shop ShopInfo, pay PaymentInfo) ([]byte, error) {
	return RenderInto(nil, doc, shop, pay)
}

// RenderInto is Render writing the document into buf's storage (from its
// start, overwriting it) when it is large enough, and into storage of its
// own otherwise: a caller that renders document after document reuses one
// buffer instead of allocating ~40 KB each time. The bytes are the same.
func RenderInto(buf []byte, doc *invoice.Document, shop ShopInfo, pay PaymentInfo) ([]byte, error) {
	face, err := commonFont()
	if err != nil {
		return nil, fmt.Errorf("render: font: %w", err)
	}
	return render(buf, doc, shop, pay, face)
}

// render is RenderInto with a given face: commonFont, or in tests the same
// font without its common subset.
func render(buf []byte, doc *invoice.Document, shop ShopInfo, pay PaymentInfo, face *fpdf.UTF8Font) ([]byte, error) {
	if doc == nil || len(doc.Lines) == 0 {
		return nil, fmt.Errorf("render: empty document")
	}
	payload, err := pay.Payload(doc)
	if err != nil {
		return nil, fmt.Errorf("render %s: payment qr: %w", doc.Number, err)
	}
	loc := shop.Location
	if loc == nil {
		if loc, err = cairo(); err != nil {
			return nil, fmt.Errorf("render: %w", err)
		}
	}
	p := fpdf.New("P", "mm", "A4", "")
	p.SetSizeHints(int(lastSize.page.Load()), int(lastSize.doc.Load()))
	if buf != nil {
		p.SetOutputBuffer(buf)
	}
	p.SetMargins(margin, margin, margin)
	p.SetAutoPageBreak(false, 0)
	// One embedded face: parsing and subsetting a TrueType font is most of
	// the render time, so bold is drawn as fill+stroke of the regular face.
	p.AddUTF8FontParsed(font, "", face)
	p.SetTitle(doc.Number, true)
	p.SetCreator("fatoora", true)
	p.SetCreationDate(doc.IssuedAt)
	p.SetModificationDate(doc.IssuedAt)
	p.SetCatalogSort(true)
	p.AliasNbPages("{nb}")
	r := &renderer{pdf: p, doc: doc, loc: loc, demo: shop.Demo, receiptURL: shop.ReceiptURL}
	r.cols = r.columns()
	p.SetFooterFunc(r.footer)

	p.AddPage()
	r.header()
	r.parties()
	r.table()
	r.totals(payload, pay)
	if shop.Footer != "" {
		r.line(right, p.GetY()+2, contentW, shop.Footer, 9, "", "C")
	}
	if err := p.Error(); err != nil {
		return nil, fmt.Errorf("render %s: %w", doc.Number, err)
	}
	out, err := p.OutputBytes()
	if err != nil {
		return nil, fmt.Errorf("render %s: %w", doc.Number, err)
	}
	// Measured after OutputBytes: closing the document draws the last
	// page's footer, which a page measured before left out (the next
	// document's page buffer then grew by a copy at its footer).
	page := p.PageContentSize()
	lastSize.page.Store(int64(page + page/16))
	lastSize.doc.Store(int64(len(out) + len(out)/16))
	return out, nil
}

// lastSize is how large the last document came out — its largest page's
// content stream and the whole file, with a sixteenth to spare — given to
// the next as fpdf's size hints (SetSizeHints): its buffers are then made
// once at about their size instead of grown by copies. It sets only the
// buffers' first capacity, never a byte of the output.
var lastSize struct{ page, doc atomic.Int64 }

// line draws one logical line in the box [xRight-w, xRight] at y (top).
func (r *renderer) line(xRight, y, w float64, s string, size float64, style, align string) {
	r.pdf.SetFont(font, "", size)
	r.pdf.SetXY(xRight-w, y)
	r.cell(w, size*0.45, show(s), align, style == "B")
}

// cell draws already displayed text at the current position; bold is the
// regular face filled and stroked in the text colour.
func (r *renderer) cell(w, h float64, txt, align string, bold bool) {
	p := r.pdf
	if !bold {
		p.CellFormat(w, h, txt, "", 0, align, false, 0, "")
		return
	}
	lw := p.GetLineWidth()
	dr, dg, db := p.GetDrawColor()
	tr, tg, tb := p.GetTextColor()
	pt, _ := p.GetFontSize()
	p.SetDrawColor(tr, tg, tb)
	p.SetLineWidth(pt * 0.035 * 25.4 / 72)
	p.SetTextRenderingMode(2)
	p.CellFormat(w, h, txt, "", 0, align, false, 0, "")
	p.SetTextRenderingMode(0)
	p.SetLineWidth(lw)
	p.SetDrawColor(dr, dg, db)
}

// measure is how Wrap measures text in p's current font (GetStringWidth's
// parts: its glyph units and the font size).
func measure(p *fpdf.Fpdf) Measure {
	_, size := p.GetFontSize()
	return Measure{Units: p.GetStringSymbolWidth, Size: size}
}

// para wraps logical text into w and draws it right-aligned; returns the new y.
func (r *renderer) para(xRight, y, w float64, s string, size float64, style string) float64 {
	r.pdf.SetFont(font, "", size)
	for _, l := range Wrap(s, w, measure(r.pdf)) {
		r.line(xRight, y, w, l, size, style, "R")
		y += size * 0.45
	}
	return y
}

func (r *renderer) fmtTime(t time.Time) string { return t.In(r.loc).Format("2006-01-02 15:04") }

func (r *renderer) header() {
	d, p := r.doc, r.pdf
	s := d.Seller
	y := r.para(right, margin, 112, s.Name, 15, "B")
	y += 1
	for _, l := range []string{s.Branch, s.Address, "رقم التسجيل الضريبي: " + s.TaxRegNo} {
		if strings.TrimSpace(l) != "" {
			y = r.para(right, y, 112, l, 9, "")
		}
	}
	if s.Phone != "" {
		y = r.para(right, y, 112, "تليفون: "+s.Phone, 9, "")
	}
	// Title box on the left.
	bx, bw := margin, 68.0
	p.SetDrawColor(40, 40, 40)
	p.SetFillColor(235, 240, 245)
	lines := []string{"رقم: " + d.Number, "التاريخ: " + r.fmtTime(d.IssuedAt)}
	switch d.Kind {
	case invoice.KindQuote:
		if d.ValidUntil != nil {
			lines = append(lines, "صالح حتى: "+d.ValidUntil.In(r.loc).Format("2006-01-02"))
		}
	case invoice.KindCredit:
		lines = append(lines, "عن الفاتورة: "+d.RefersTo)
	case invoice.KindInvoice:
		if d.RefersTo != "" {
			lines = append(lines, "بناءً على عرض السعر: "+d.RefersTo)
		}
	}
	bh := 11 + float64(len(lines))*4.6
	p.Rect(bx, margin, bw, bh, "FD")
	r.line(bx+bw-3, margin+2, bw-6, d.Title(), 16, "B", "R")
	ly := margin + 10
	for _, l := range lines {
		r.line(bx+bw-3, ly, bw-6, l, 9, "", "R")
		ly += 4.6
	}
	y = max(y, margin+bh) + 3
	p.SetLineWidth(0.4)
	p.Line(margin, y, right, y)
	p.SetLineWidth(0.2)
	if r.demo {
		p.SetTextColor(190, 20, 20)
		r.line(right, y+1.5, contentW, DemoMark+" · DEMO", 11, "B", "C")
		p.SetTextColor(0, 0, 0)
		y += 7
	}
	p.SetY(y + 2)
}

func (r *renderer) parties() {
	d := r.doc
	y := r.pdf.GetY()
	half := contentW / 2
	ly := r.para(right, y, half, "العميل: "+nonEmpty(d.Buyer.Name, "عميل نقدي"), 10, "B")
	if d.Buyer.WaID != "" {
		ly = r.para(right, ly, half, "رقم الواتساب: +"+strings.TrimPrefix(d.Buyer.WaID, "+"), 9, "")
	}
	if d.Buyer.NationalID != "" {
		ly = r.para(right, ly, half, "الرقم القومي: "+d.Buyer.NationalID, 9, "")
	}
	ry := y
	ry = r.para(right-half, ry, half, "طريقة الدفع: "+PaymentLabel(d.PaymentMethod), 9, "")
	if d.Kind == invoice.KindCredit && d.Reason != "" {
		ry = r.para(right-half, ry, half, "سبب الإلغاء: "+d.Reason, 9, "")
	}
	r.pdf.SetY(max(ly, ry) + 3)
}

func (r *renderer) columns() []column {
	amount := func(f func(l *invoice.Line) money.Piasters) func(l *invoice.Line) string {
		return func(l *invoice.Line) string { return f(l).String() }
	}
	cols := []column{
		{title: "م", w: 8, cell: func(l *invoice.Line) string { return fmt.Sprint(l.No) }},
		{title: "الصنف", text: true, cell: describe},
		{title: "الكمية", w: 14, cell: func(l *invoice.Line) string { return l.Quantity.String() }},
		{title: "الوحدة", w: 15, cell: func(l *invoice.Line) string { return UnitLabel(l.Unit) }},
		{title: "سعر الوحدة", w: 22, cell: amount(func(l *invoice.Line) money.Piasters { return l.UnitPrice })},
	}
	if r.doc.Totals.Discount != 0 {
		cols = append(cols, column{title: fmt.Sprintf("الخصم %s%%", rate(r.doc.DiscountRate)), w: 19,
			cell: amount(func(l *invoice.Line) money.Piasters { return l.Discount })})
	}
	cols = append(cols,
		column{title: "القيمة", w: 23, cell: amount(func(l *invoice.Line) money.Piasters { return l.Net })},
		column{title: fmt.Sprintf("الضريبة %s%%", rate(r.doc.VATRate)), w: 20, cell: amount(func(l *invoice.Line) money.Piasters { return l.VAT })},
		column{title: "الإجمالي", w: 24, cell: amount(func(l *invoice.Line) money.Piasters { return l.Total })},
	)
	fixed := 0.0
	for _, c := range cols {
		fixed += c.w
	}
	cols[1].w = contentW - fixed
	return cols
}

// rate prints basis points as a percentage: 1400 → "14", 1250 → "12.5".
func rate(bp money.BasisPoints) string {
	s := fmt.Sprintf("%d.%02d", bp/100, bp%100)
	s = strings.TrimRight(s, "0")
	return strings.TrimSuffix(s, ".")
}

func describe(l *invoice.Line) string {
	var extra []string
	if l.Color != "" {
		extra = append(extra, "اللون: "+l.Color)
	}
	if len(l.DimsCM) > 0 && !namesSizes(l.NameAr, l.DimsCM) {
		ds := make([]string, len(l.DimsCM))
		for i, d := range l.DimsCM {
			ds[i] = fmt.Sprint(d)
		}
		extra = append(extra, "المقاس: "+strings.Join(ds, "×")+" سم")
	}
	if len(extra) == 0 {
		return l.NameAr
	}
	return l.NameAr + "\n" + strings.Join(extra, "، ")
}

const (
	rowLine = 4.2 // mm per text line in the table
	cellPad = 1.2
)

func (r *renderer) tableHeader() {
	p := r.pdf
	p.SetFillColor(30, 60, 90)
	p.SetTextColor(255, 255, 255)
	p.SetFont(font, "", 8)
	y := p.GetY()
	x := right
	for _, c := range r.cols {
		x -= c.w
		p.Rect(x, y, c.w, 7, "FD")
		p.SetXY(x, y)
		r.cell(c.w, 7, show(c.title), "C", true)
	}
	p.SetTextColor(0, 0, 0)
	p.SetY(y + 7)
}

func (r *renderer) table() {
	p := r.pdf
	r.tableHeader()
	p.SetFont(font, "", 8.5)
	for i := range r.doc.Lines {
		l := &r.doc.Lines[i]
		// Wrap every text cell first: the row is as tall as its tallest cell.
		cells := make([][]string, len(r.cols))
		n := 1
		for ci, c := range r.cols {
			if c.text {
				cells[ci] = Wrap(c.cell(l), c.w-2*cellPad, measure(p))
			} else {
				cells[ci] = []string{c.cell(l)}
			}
			n = max(n, len(cells[ci]))
		}
		h := float64(n)*rowLine + 2*cellPad
		if p.GetY()+h > bottom {
			r.continuation()
		}
		y := p.GetY()
		if i%2 == 1 {
			p.SetFillColor(246, 246, 246)
			p.Rect(margin, y, contentW, h, "F")
		}
		x := right
		for ci, c := range r.cols {
			x -= c.w
			p.Rect(x, y, c.w, h, "D")
			ty := y + cellPad
			if !c.text {
				ty = y + (h-rowLine)/2
			}
			for _, s := range cells[ci] {
				align := "C"
				if c.text {
					align = "R"
				}
				p.SetXY(x+cellPad, ty)
				p.CellFormat(c.w-2*cellPad, rowLine, show(s), "", 0, align, false, 0, "")
				ty += rowLine
			}
		}
		p.SetY(y + h)
	}
}

// continuation starts a new page with a short header and the table header.
func (r *renderer) continuation() {
	p := r.pdf
	p.AddPage()
	d := r.doc
	r.line(right, margin, contentW/2, d.Seller.Name, 11, "B", "R")
	r.line(margin+contentW/2, margin, contentW/2, d.Title()+" رقم "+d.Number+" (تابع)", 10, "B", "L")
	p.Line(margin, margin+7, right, margin+7)
	p.SetY(margin + 9)
	r.tableHeader()
	p.SetFont(font, "", 8.5)
}

func (r *renderer) totals(payload string, pay PaymentInfo) {
	p, d := r.pdf, r.doc
	t := d.Totals
	type row struct {
		label string
		v     money.Piasters
		bold  bool
	}
	var rows []row
	if t.Discount != 0 {
		rows = append(rows, row{"الإجمالي قبل الخصم", t.Gross, false},
			row{fmt.Sprintf("الخصم (%s%%)", rate(d.DiscountRate)), t.Discount, false})
	}
	rows = append(rows,
		row{"الإجمالي قبل الضريبة", t.Net, false},
		row{fmt.Sprintf("ضريبة القيمة المضافة %s%%", rate(d.VATRate)), t.VAT, false},
		row{"الإجمالي المستحق", t.Total, true},
	)
	if d.Kind == invoice.KindCredit {
		rows[len(rows)-1].label = "إجمالي المبلغ المردود"
	}
	words := AmountInWords(t.Total)
	p.SetFont(font, "", 9)
	wordLines := Wrap(words, contentW-4, measure(p))
	need := float64(len(rows))*6.5 + 4 + float64(len(wordLines))*4.5 + 6
	qrSize := 0.0
	if payload != "" || r.receiptURL != "" {
		qrSize = 36
	}
	need = max(need, qrSize+float64(len(wordLines))*4.5+10)
	if p.GetY()+3+need > bottom {
		r.continuation()
		p.SetY(p.GetY() + 2)
	}
	y0 := p.GetY() + 3
	y := y0
	lw, vw := 52.0, 30.0
	for _, rw := range rows {
		style := ""
		if rw.bold {
			style = "B"
			p.SetFillColor(235, 240, 245)
			p.Rect(right-lw-vw, y, lw+vw, 6.5, "F")
		}
		p.Rect(right-lw, y, lw, 6.5, "D")
		p.Rect(right-lw-vw, y, vw, 6.5, "D")
		r.line(right-1.5, y+1.5, lw-3, rw.label, 9, style, "R")
		r.line(right-lw-1.5, y+1.5, vw-3, rw.v.String(), 9.5, style, "C")
		y += 6.5
	}
	r.line(right-lw-vw, y+1, lw+vw, "المبالغ بالجنيه المصري", 7.5, "", "R")
	totalsEnd := y + 5
	if r.receiptURL != "" {
		r.qrPair(payload, pay, y0)
	} else if payload != "" {
		r.qr(payload, pay, y0)
	}
	y = max(totalsEnd, y0+qrSize) + 2
	// تفقيط
	p.SetFillColor(250, 250, 245)
	h := float64(len(wordLines))*4.5 + 3
	p.Rect(margin, y, contentW, h, "FD")
	ty := y + 1.5
	for _, l := range wordLines {
		r.line(right-2, ty, contentW-4, l, 9, "B", "R")
		ty += 4.5
	}
	p.SetY(y + h + 2)
	if d.Kind == invoice.KindQuote {
		note := "هذا عرض سعر وليس فاتورة ضريبية."
		if d.ValidUntil != nil {
			note += " الأسعار سارية حتى " + d.ValidUntil.In(r.loc).Format("2006-01-02") + "."
		}
		p.SetY(r.para(right, p.GetY(), contentW, note, 8.5, "") + 1)
	}
}

func (r *renderer) qr(payload string, pay PaymentInfo, y float64) {
	p, d := r.pdf, r.doc
	bm, err := qrBitmap(payload)
	if err != nil {
		p.SetError(fmt.Errorf("qr: %w", err))
		return
	}
	drawQR(p, bm, margin, y, 34)
	how := "امسح الكود للدفع عبر إنستاباي"
	if pay.MerchantID != "" {
		how = "امسح الكود للدفع (ميزة)"
	}
	xr, w := margin+34+52, 50.0
	ly := y + 3
	for _, l := range []struct {
		s     string
		style string
	}{{how, "B"}, {"المبلغ: " + d.Totals.Total.String() + " ج.م", ""}, {"رقم " + map[bool]string{true: "عرض السعر", false: "الفاتورة"}[d.Kind == invoice.KindQuote] + ": " + d.Number, ""}} {
		ly = r.para(xr, ly, w, l.s, 8.5, l.style) + 1
	}
}

// drawQR draws the modules (quiet zone included in bm) as filled vector
// rectangles, one per horizontal run: sharp at any zoom and smaller than an
// image.
func drawQR(p *fpdf.Fpdf, bm [][]bool, x, y, size float64) {
	m := size / float64(len(bm))
	p.SetFillColor(0, 0, 0)
	for row, cells := range bm {
		for c := 0; c < len(cells); {
			if !cells[c] {
				c++
				continue
			}
			start := c
			for c < len(cells) && cells[c] {
				c++
			}
			// A hair taller than a module so adjacent rows leave no seams.
			p.Rect(x+float64(start)*m, y+float64(row)*m, float64(c-start)*m, m+0.02, "F")
		}
	}
}

// QRPNG encodes payload as a PNG QR code (medium error correction), the same
// symbol Render draws.
func QRPNG(payload string) ([]byte, error) {
	return qrcode.Encode(payload, qrcode.Medium, 300)
}

func (r *renderer) footer() {
	p := r.pdf
	if r.demo {
		// A faint diagonal watermark across every page of a demo document.
		p.SetAlpha(0.12, "Normal")
		p.SetTextColor(190, 20, 20)
		p.SetFont(font, "", 110)
		p.TransformBegin()
		p.TransformRotate(35, pageW/2, pageH/2)
		p.SetXY(0, pageH/2-20)
		p.CellFormat(pageW, 40, "DEMO", "", 0, "C", false, 0, "")
		p.TransformEnd()
		p.SetAlpha(1, "Normal")
		p.SetTextColor(0, 0, 0)
	}
	p.SetFont(font, "", 8)
	y := pageH - 12
	p.SetDrawColor(150, 150, 150)
	p.Line(margin, y-2, right, y-2)
	// "صفحة N من {nb}" drawn in pieces so the page-count alias stays intact.
	visual := "{nb} " + show("من") + fmt.Sprintf(" %d ", p.PageNo()) + show("صفحة")
	p.SetXY(margin, y)
	p.CellFormat(contentW, 4, visual, "", 0, "C", false, 0, "")
	p.SetXY(margin, y)
	p.CellFormat(contentW, 4, r.doc.Number, "", 0, "L", false, 0, "")
	r.line(right, y, 70, r.doc.Title()+" — "+r.doc.Seller.Name, 8, "", "R")
}

func nonEmpty(s, def string) string {
	if strings.TrimSpace(s) == "" {
		return def
	}
	return s
}

// nameSize is a figure with its unit of length in a product's name: "6 مم",
// "160 سم", "2.5mm", "٨ مم".
var nameSize = regexp.MustCompile(`([0-9٠-٩]+(?:[.,٫][0-9٠-٩]+)?)\s*(مم|ملم|mm|سم|cm)`)

// namesSizes: every size of the line is one its name already gives (in cm,
// rounded as the understanding writes them: "كابل سولار 6 مم" with [1], "مكتب
// 160 سم" with [160]), or none at all (0): the name says it, and a thickness
// in millimetres rounded to a centimetre ("المقاس: 1 سم" of a 6 mm cable)
// would only mislead.
func namesSizes(name string, dims []int) bool {
	given := map[int]bool{0: true}
	for _, m := range nameSize.FindAllStringSubmatch(name, -1) {
		v, err := strconv.ParseFloat(strings.NewReplacer("٫", ".", ",", ".").Replace(money.FoldDigits(m[1])), 64)
		if err != nil {
			continue
		}
		if m[2] == "مم" || m[2] == "ملم" || m[2] == "mm" {
			v /= 10
		}
		given[int(math.RoundToEven(v))] = true
	}
	for _, d := range dims {
		if !given[d] {
			return false
		}
	}
	return true
}
