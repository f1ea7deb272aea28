// Package pdf renders invoice documents as Arabic PDFs with go-pdf/fpdf:
// Arabic shaped to presentation forms and reordered per line (fpdf does no
// shaping and no bidi, and its RTL mode is never used), a right-to-left
// table that breaks across pages with its header repeated, totals in figures
// and in Arabic words (تفقيط), and the payment QR code. The DejaVu Sans font
// is embedded in the program (github.com/go-fonts/dejavu); a document drawn
// from the characters invoices use embeds one subset of it made once per
// process (font.go), any other document a subset of its own.
package pdf
