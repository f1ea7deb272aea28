package catalog

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"fatoora/catalog/money"
)

// Columns of the catalog contract, in the order Export writes them.
var Columns = []string{"sku", "name_ar", "name_en", "synonyms", "category", "unit", "price", "stock", "material", "colors", "item_code"}

// ColumnReserved is the optional trailing column an export adds after
// Columns: the quantity open documents hold. In a file that has it, stock
// is what is available after those reservations (see Product.Reserved).
const ColumnReserved = "reserved"

var requiredColumns = []string{"sku", "name_ar", "unit", "price"}

// Problem is one thing wrong with an imported file, at the position a
// spreadsheet shows: Line is the 1-based row (the header is row 1), Column the
// column's header name and ColumnNum its 1-based position. Line or ColumnNum
// is 0 when the problem is not tied to one.
type Problem struct {
	File      string `json:"file"`
	Line      int    `json:"line,omitempty"`
	Column    string `json:"column,omitempty"`
	ColumnNum int    `json:"column_num,omitempty"`
	Message   string `json:"message"`
}

func (p Problem) String() string {
	var b strings.Builder
	b.WriteString(p.File)
	if p.Line > 0 {
		fmt.Fprintf(&b, ":%d", p.Line)
	}
	b.WriteString(": ")
	if p.Column != "" {
		if p.ColumnNum > 0 {
			fmt.Fprintf(&b, "column %s (%d): ", p.Column, p.ColumnNum)
		} else {
			fmt.Fprintf(&b, "column %s: ", p.Column)
		}
	}
	b.WriteString(p.Message)
	return b.String()
}

// ImportError lists every problem found in a file. An import is
// all-or-nothing: when ParseCSV, ParseXLSX or ParseVocabulary return one, no
// product or word of the file is used.
type ImportError struct {
	Problems []Problem
}

// maxPrinted bounds Error's output; Problems always holds everything.
const maxPrinted = 20

func (e *ImportError) Error() string {
	var b strings.Builder
	for i, p := range e.Problems {
		if i == maxPrinted {
			fmt.Fprintf(&b, "\n... and %d more problems", len(e.Problems)-maxPrinted)
			break
		}
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(p.String())
	}
	return b.String()
}

// ParseCSV reads the catalog contract: UTF-8 (a BOM is accepted), a header
// row, columns by name in any order (unknown extra columns are ignored),
// required columns sku, name_ar, unit and price. filename only labels
// problems. Every problem in the file is reported at once in an
// *ImportError; on any problem no product is returned. ParseFileWarnings
// also returns the warnings.
func ParseCSV(r io.Reader, filename string) ([]Product, error) {
	ps, _, err := parseCSV(r, filename)
	return ps, err
}

func parseCSV(r io.Reader, filename string) ([]Product, []Problem, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, nil, fmt.Errorf("read %s: %w", filename, err)
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if !utf8.Valid(data) {
		line := 1 + bytes.Count(data[:firstInvalidUTF8(data)], []byte("\n"))
		return nil, nil, &ImportError{[]Problem{{File: filename, Line: line,
			Message: "not UTF-8 text: save the file as \"CSV UTF-8\""}}}
	}
	cr := csv.NewReader(bytes.NewReader(data))
	cr.FieldsPerRecord = -1
	cr.Comma = sniffComma(data)
	var rows [][]string
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				// A spreadsheet row is a record; the reader knows only file
				// lines, which equal rows unless a quoted field spans lines.
				return nil, nil, &ImportError{[]Problem{{File: filename, Line: pe.Line,
					Message: fmt.Sprintf("malformed CSV at character %d: %v", charColumn(data, pe.Line, pe.Column), pe.Err)}}}
			}
			return nil, nil, fmt.Errorf("read %s: %w", filename, err)
		}
		rows = append(rows, rec)
	}
	return parseRowsAt(rows, nil, filename)
}

// sniffComma accepts the semicolon-separated CSV that Excel writes in locales
// with a decimal comma, when the header has semicolons and no commas.
func sniffComma(data []byte) rune {
	header, _, _ := bytes.Cut(data, []byte("\n"))
	if bytes.Count(header, []byte(";")) >= 3 && !bytes.Contains(header, []byte(",")) {
		return ';'
	}
	return ','
}

// charColumn turns csv.ParseError's 1-based byte column on a file line into
// a 1-based character column, as an editor shows it.
func charColumn(data []byte, line, byteCol int) int {
	for i := 1; i < line; i++ {
		_, rest, ok := bytes.Cut(data, []byte("\n"))
		if !ok {
			return byteCol
		}
		data = rest
	}
	if byteCol-1 > len(data) || byteCol < 1 {
		return byteCol
	}
	return utf8.RuneCount(data[:byteCol-1]) + 1
}

func firstInvalidUTF8(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return len(b)
}

// parseRowsAt validates a header row and data rows (from CSV or XLSX). Row
// i of rows is spreadsheet row i+1 unless lineOf says otherwise. Warnings
// (problems that do not stop the import) come back with the products.
func parseRowsAt(rows [][]string, lineOf []int, filename string) ([]Product, []Problem, error) {
	line := func(i int) int {
		if lineOf != nil {
			return lineOf[i]
		}
		return i + 1
	}
	var probs, warns []Problem
	add := func(ln int, col string, colNum int, format string, args ...any) {
		probs = append(probs, Problem{File: filename, Line: ln, Column: col, ColumnNum: colNum, Message: fmt.Sprintf(format, args...)})
	}
	// list reads a |-separated cell; a comma or an Arabic comma in it is
	// most likely meant as a separator, but a name may hold one: a warning.
	list := func(ln int, row []string, col string, get func([]string, string) (string, int)) []string {
		s, n := get(row, col)
		if i := strings.IndexAny(s, ",،"); i >= 0 {
			_, size := utf8.DecodeRuneInString(s[i:])
			warns = append(warns, Problem{File: filename, Line: ln, Column: col, ColumnNum: n, Message: fmt.Sprintf(
				"%q is separated by %q: entries are separated by | (%q), so this is read as one entry", s, s[i:i+size], listFix(s))})
		}
		return splitList(s)
	}
	// Skip leading blank rows: the header is the first non-empty one.
	h := 0
	for h < len(rows) && blankRow(rows[h]) {
		h++
	}
	if h == len(rows) {
		return nil, nil, &ImportError{[]Problem{{File: filename, Message: "the file is empty: expected a header row " + strings.Join(Columns, ",")}}}
	}
	idx := map[string]int{} // column name → index in the row
	for i, name := range rows[h] {
		name = strings.ToLower(strings.TrimSpace(strings.TrimPrefix(name, "\ufeff")))
		if name == "" {
			continue
		}
		if prev, dup := idx[name]; dup {
			add(line(h), name, i+1, "duplicate column (also column %d)", prev+1)
			continue
		}
		idx[name] = i
	}
	for _, c := range requiredColumns {
		if _, ok := idx[c]; !ok {
			add(line(h), c, 0, "required column is missing from the header (have: %s)", strings.Join(headerNames(rows[h]), ", "))
		}
	}
	if len(probs) > 0 {
		return nil, nil, &ImportError{probs}
	}
	get := func(row []string, col string) (string, int) {
		i, ok := idx[col]
		if !ok {
			return "", 0
		}
		if i >= len(row) {
			return "", i + 1
		}
		return strings.TrimSpace(row[i]), i + 1
	}
	seen := map[string]int{} // sku → line
	var out []Product
	for ri := h + 1; ri < len(rows); ri++ {
		row := rows[ri]
		if blankRow(row) {
			continue
		}
		ln := line(ri)
		var p Product
		ok := true
		fail := func(col string, num int, format string, args ...any) {
			add(ln, col, num, format, args...)
			ok = false
		}
		sku, n := get(row, "sku")
		switch {
		case sku == "":
			fail("sku", n, "empty sku")
		case strings.ContainsFunc(sku, unicode.IsControl):
			fail("sku", n, "sku %q contains a control character", sku)
		default:
			if first, dup := seen[sku]; dup {
				fail("sku", n, "duplicate sku %q (first on line %d)", sku, first)
			} else {
				seen[sku] = ln
			}
		}
		p.SKU = sku
		if p.NameAr, n = get(row, "name_ar"); p.NameAr == "" {
			fail("name_ar", n, "empty name")
		}
		p.NameEn, _ = get(row, "name_en")
		p.Synonyms = list(ln, row, "synonyms", get)
		p.Category, _ = get(row, "category")
		s, n := get(row, "unit")
		if u, err := parseUnitCell(s); err != nil {
			fail("unit", n, "%v", err)
		} else {
			p.Unit = u
		}
		s, n = get(row, "price")
		if s == "" {
			fail("price", n, "empty price")
		} else if pr, err := money.ParsePiasters(trimCurrency(s)); err != nil {
			fail("price", n, "bad price: %v", err)
		} else if pr <= 0 {
			fail("price", n, "price %q must be greater than 0", s)
		} else {
			p.Price = pr
		}
		s, n = get(row, "stock")
		if s == "" {
			p.MadeToOrder = true
		} else if q, err := ParseMilli(s); err != nil {
			fail("stock", n, "bad stock: %v (leave it empty for made to order)", err)
		} else if q < 0 {
			fail("stock", n, "stock %q is negative", s)
		} else if p.Unit == Piece && q%One != 0 {
			fail("stock", n, "stock %q of a piece product must be a whole number", s)
		} else {
			p.Stock = q
		}
		p.Material, _ = get(row, "material")
		p.Colors = list(ln, row, "colors", get)
		if s, n = get(row, ColumnReserved); s != "" && !p.MadeToOrder {
			if q, err := ParseMilli(s); err != nil {
				fail(ColumnReserved, n, "bad reserved quantity: %v", err)
			} else if q < 0 {
				fail(ColumnReserved, n, "reserved %q is negative", s)
			} else {
				p.Reserved = &q
			}
		}
		if s, n = get(row, "item_code"); s != "" {
			if _, err := ItemCodeType(s); err != nil {
				fail("item_code", n, "%v", err)
			}
			p.ItemCode = s
		}
		if ok {
			out = append(out, p)
		}
	}
	if len(probs) > 0 {
		return nil, warns, &ImportError{probs}
	}
	if len(out) == 0 {
		return nil, warns, &ImportError{[]Problem{{File: filename, Message: "no products: the file has a header but no rows"}}}
	}
	return out, warns, nil
}

// listFix is a list cell written with | instead of commas.
func listFix(s string) string {
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == '،' || r == '|' })
	for i := range parts {
		parts[i] = strings.TrimSpace(parts[i])
	}
	return strings.Join(slices.DeleteFunc(parts, func(p string) bool { return p == "" }), "|")
}

// unitSpellings are how Egyptian shops write units in their sheets.
var unitSpellings = map[string]Unit{
	"قطعه": Piece, "قطعة": Piece, "عدد": Piece, "pcs": Piece, "pc": Piece, "pieces": Piece,
	"متر": Meter, "م": Meter, "م.ط": Meter, "متر طولي": Meter, "m": Meter, "metre": Meter, "meters": Meter,
	"م2": SquareMeter, "م²": SquareMeter, "متر مربع": SquareMeter, "م مربع": SquareMeter, "m2": SquareMeter, "m²": SquareMeter,
}

// parseUnitCell accepts the contract's unit names and their common Arabic
// and abbreviated spellings.
func parseUnitCell(s string) (Unit, error) {
	if u, ok := unitSpellings[strings.ToLower(strings.TrimSpace(s))]; ok {
		return u, nil
	}
	return ParseUnit(s)
}

// trimCurrency removes a currency written in a price cell: "18,500 ج.م",
// "EGP 18500", "18500 جنيه".
func trimCurrency(s string) string {
	for _, c := range []string{"ج.م.", "ج.م", "جم", "جنيه", "جنيها", "egp", "le", "l.e.", "l.e"} {
		low := strings.ToLower(s)
		if strings.HasSuffix(low, c) {
			s = strings.TrimSpace(s[:len(s)-len(c)])
		} else if strings.HasPrefix(low, c) {
			s = strings.TrimSpace(s[len(c):])
		}
	}
	return s
}

func headerNames(row []string) []string {
	var out []string
	for _, s := range row {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}

func blankRow(row []string) bool {
	for _, s := range row {
		if strings.TrimSpace(s) != "" {
			return false
		}
	}
	return true
}

// splitList splits a |-separated cell, trimming and dropping empty and
// repeated entries; the spelling of each entry is kept as written.
func splitList(s string) []string {
	if s == "" {
		return nil
	}
	var out []string
	seen := map[string]bool{}
	for _, part := range strings.Split(s, "|") {
		part = strings.TrimSpace(part)
		if part == "" || seen[part] {
			continue
		}
		seen[part] = true
		out = append(out, part)
	}
	return out
}
