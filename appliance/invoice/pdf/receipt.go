package pdf

import (
	"fmt"

	"fatoora/appliance/invoice"
)

// qrPair draws the payment QR (if any) and the ETA e-receipt QR side by
// side at y, each labelled in Arabic beneath, with the amount and the
// number beside them (short: the totals' currency note is printed below
// them, to the left of the totals table).
func (r *renderer) qrPair(payload string, pay PaymentInfo, y float64) {
	p, d := r.pdf, r.doc
	const size, gap = 27.0, 5.0
	type code struct{ payload, label string }
	var codes []code
	if payload != "" {
		how := "ادفع عبر إنستاباي"
		if pay.MerchantID != "" {
			how = "ادفع (ميزة)"
		}
		codes = append(codes, code{payload, how})
	}
	codes = append(codes, code{r.receiptURL, "الإيصال الإلكتروني"})
	x := margin
	for _, c := range codes {
		bm, err := qrBitmap(c.payload)
		if err != nil {
			p.SetError(fmt.Errorf("qr: %w", err))
			return
		}
		drawQR(p, bm, x, y, size)
		r.line(x+size, y+size+0.5, size, c.label, 7.5, "B", "C")
		x += size + gap
	}
	// The text fills what is left before the totals table (82 mm wide).
	xr := right - 82 - 3
	w := xr - (margin + 2*(size+gap))
	what := map[bool]string{true: "عرض السعر", false: "الفاتورة"}[d.Kind == invoice.KindQuote]
	if d.Kind == invoice.KindCredit {
		what = "الإشعار"
	}
	ly := y + 3
	for _, l := range []struct {
		s     string
		style string
	}{
		{"المبلغ: " + d.Totals.Total.String() + " ج.م", "B"},
		{"رقم " + what + ": " + d.Number, ""},
	} {
		ly = r.para(xr, ly, w, l.s, 8.5, l.style) + 1
	}
}
