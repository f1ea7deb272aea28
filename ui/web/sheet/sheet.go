// Package sheet writes what accountants open in a spreadsheet: a one-sheet
// XLSX workbook streamed row by row, and CSV cells that cannot be read as
// formulas. The staff UI's document export and head office's export both
// use it.
package sheet

import (
	"archive/zip"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// XLSX writes a one-sheet workbook, row by row, with inline strings
// (no shared-string table, so nothing is held in memory): the smallest
// SpreadsheetML that Excel, LibreOffice and catalog.ParseXLSX open.
type XLSX struct {
	zw    *zip.Writer
	sheet io.Writer
	row   int
}

func NewXLSX(w io.Writer, sheetName string) (*XLSX, error) {
	zw := zip.NewWriter(w)
	parts := []struct{ name, body string }{
		{"[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`},
		{"_rels/.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`},
		{"xl/workbook.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="` + xmlEscape(sheetName) + `" sheetId="1" r:id="rId1"/></sheets></workbook>`},
		{"xl/_rels/workbook.xml.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`},
	}
	for _, p := range parts {
		f, err := zw.Create(p.name)
		if err != nil {
			return nil, err
		}
		if _, err := io.WriteString(f, p.body); err != nil {
			return nil, err
		}
	}
	sheet, err := zw.Create("xl/worksheets/sheet1.xml")
	if err != nil {
		return nil, err
	}
	_, err = io.WriteString(sheet, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`)
	return &XLSX{zw: zw, sheet: sheet}, err
}

// Row writes one row; the cells whose index is in numeric are numbers.
func (x *XLSX) Row(cells []string, numeric map[int]bool) error {
	x.row++
	var b strings.Builder
	fmt.Fprintf(&b, `<row r="%d">`, x.row)
	for i, c := range cells {
		ref := colName(i) + strconv.Itoa(x.row)
		if _, err := strconv.ParseFloat(c, 64); err == nil && numeric[i] {
			fmt.Fprintf(&b, `<c r="%s"><v>%s</v></c>`, ref, c)
			continue
		}
		fmt.Fprintf(&b, `<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>`, ref, xmlEscape(c))
	}
	b.WriteString(`</row>`)
	_, err := io.WriteString(x.sheet, b.String())
	return err
}

// Close ends the sheet and the archive.
func (x *XLSX) Close() error {
	if _, err := io.WriteString(x.sheet, `</sheetData></worksheet>`); err != nil {
		return err
	}
	return x.zw.Close()
}

// colName is a 0-based column's letters: 0 → A, 26 → AA.
func colName(i int) string {
	s := ""
	for i++; i > 0; i = (i - 1) / 26 {
		s = string(rune('A'+(i-1)%26)) + s
	}
	return s
}

func xmlEscape(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch r {
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		case '&':
			b.WriteString("&amp;")
		case '"':
			b.WriteString("&quot;")
		default:
			if r < 0x20 && r != '\t' && r != '\n' && r != '\r' {
				continue // not allowed in XML 1.0
			}
			b.WriteRune(r)
		}
	}
	return b.String()
}

// CSVText keeps a spreadsheet from reading text as a formula (a WhatsApp
// profile name "=HYPERLINK(…)" opened in Excel): such a cell gets a
// leading apostrophe, which spreadsheets show as text. XLSX cells are
// typed strings and need nothing.
func CSVText(s string) string {
	if s != "" && strings.ContainsRune("=+@\t\r", rune(s[0])) {
		return "'" + s
	}
	if s != "" && s[0] == '-' && (len(s) == 1 || s[1] < '0' || s[1] > '9') { // "-5" stays a number
		return "'" + s
	}
	return s
}
