package catalog

import (
	"archive/zip"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"path"
	"strconv"
	"strings"
)

// maxXLSXPart bounds how much of one decompressed workbook part is read, so a
// zip bomb cannot exhaust the box's memory.
const maxXLSXPart = 64 << 20

// ParseXLSX reads the catalog columns from the first sheet (in workbook
// order) of an .xlsx workbook. Cells may be shared strings, inline strings,
// formula results or numbers; numbers are read as Excel shows them (18500
// stored as "1.85E4" is 18500). Problems carry the sheet's row numbers.
func ParseXLSX(r io.ReaderAt, size int64, filename string) ([]Product, error) {
	ps, _, err := parseXLSX(r, size, filename)
	return ps, err
}

func parseXLSX(r io.ReaderAt, size int64, filename string) ([]Product, []Problem, error) {
	zr, err := zip.NewReader(r, size)
	if err != nil {
		return nil, nil, &ImportError{[]Problem{{File: filename, Message: "not an .xlsx workbook (" + err.Error() + "): save it as Excel Workbook or CSV UTF-8"}}}
	}
	rows, lines, err := readFirstSheet(zr)
	if err != nil {
		return nil, nil, &ImportError{[]Problem{{File: filename, Message: "unreadable workbook: " + err.Error()}}}
	}
	return parseRowsAt(rows, lines, filename)
}

func readFirstSheet(zr *zip.Reader) ([][]string, []int, error) {
	files := map[string]*zip.File{}
	for _, f := range zr.File {
		files[strings.TrimPrefix(f.Name, "/")] = f
	}
	sheet, err := firstSheetPath(files)
	if err != nil {
		return nil, nil, err
	}
	var shared []string
	if f, ok := files["xl/sharedStrings.xml"]; ok {
		if shared, err = readSharedStrings(f); err != nil {
			return nil, nil, fmt.Errorf("shared strings: %w", err)
		}
	}
	f, ok := files[sheet]
	if !ok {
		return nil, nil, fmt.Errorf("sheet %s is missing", sheet)
	}
	return readSheet(f, shared)
}

func openPart(f *zip.File) (*xml.Decoder, func() error, error) {
	rc, err := f.Open()
	if err != nil {
		return nil, nil, err
	}
	return xml.NewDecoder(io.LimitReader(rc, maxXLSXPart)), rc.Close, nil
}

func firstSheetPath(files map[string]*zip.File) (string, error) {
	wb, ok := files["xl/workbook.xml"]
	if !ok {
		return "", errors.New("xl/workbook.xml is missing")
	}
	var book struct {
		Sheets []struct {
			Name string `xml:"name,attr"`
			RID  string `xml:"http://schemas.openxmlformats.org/officeDocument/2006/relationships id,attr"`
		} `xml:"sheets>sheet"`
	}
	if err := decodePart(wb, &book); err != nil {
		return "", fmt.Errorf("workbook: %w", err)
	}
	if len(book.Sheets) == 0 {
		return "", errors.New("the workbook has no sheets")
	}
	rid := book.Sheets[0].RID
	if rels, ok := files["xl/_rels/workbook.xml.rels"]; ok && rid != "" {
		var rs struct {
			Rels []struct {
				ID     string `xml:"Id,attr"`
				Target string `xml:"Target,attr"`
			} `xml:"Relationship"`
		}
		if err := decodePart(rels, &rs); err != nil {
			return "", fmt.Errorf("workbook relationships: %w", err)
		}
		for _, r := range rs.Rels {
			if r.ID == rid {
				if strings.HasPrefix(r.Target, "/") {
					return strings.TrimPrefix(r.Target, "/"), nil
				}
				return path.Clean(path.Join("xl", r.Target)), nil
			}
		}
	}
	return "xl/worksheets/sheet1.xml", nil
}

func decodePart(f *zip.File, v any) error {
	d, closeFn, err := openPart(f)
	if err != nil {
		return err
	}
	defer closeFn()
	return d.Decode(v)
}

// readSharedStrings returns the text of every <si>, concatenating rich-text
// runs and skipping phonetic hints (<rPh>).
func readSharedStrings(f *zip.File) ([]string, error) {
	d, closeFn, err := openPart(f)
	if err != nil {
		return nil, err
	}
	defer closeFn()
	var out []string
	var cur strings.Builder
	inSI, inT, skip := false, false, 0
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "si":
				inSI = true
				cur.Reset()
			case "rPh":
				skip++
			case "t":
				inT = inSI && skip == 0
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "si":
				out = append(out, cur.String())
				inSI = false
			case "rPh":
				skip--
			case "t":
				inT = false
			}
		case xml.CharData:
			if inT {
				cur.Write(t)
			}
		}
	}
}

// readSheet returns the sheet's rows as strings, with each row's 1-based
// sheet row number.
func readSheet(f *zip.File, shared []string) ([][]string, []int, error) {
	d, closeFn, err := openPart(f)
	if err != nil {
		return nil, nil, err
	}
	defer closeFn()
	var (
		rows  [][]string
		lines []int
		row   []string
		rowN  int
		// the current cell
		cellCol         int
		cellType        string
		val, inline     strings.Builder
		inV, inIS, inT  bool
		inCell, haveRow bool
	)
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return rows, lines, nil
		}
		if err != nil {
			return nil, nil, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "row":
				n := rowN + 1
				if s := attr(t, "r"); s != "" {
					if v, err := strconv.Atoi(s); err == nil && v > 0 {
						n = v
					}
				}
				rowN, row, haveRow = n, nil, true
				cellCol = 0
			case "c":
				if !haveRow {
					continue
				}
				col := cellCol + 1
				if ref := attr(t, "r"); ref != "" {
					if c, ok := columnOf(ref); ok {
						col = c
					}
				}
				cellCol, cellType, inCell = col, attr(t, "t"), true
				val.Reset()
				inline.Reset()
			case "v":
				inV = inCell
			case "is":
				inIS = inCell
			case "t":
				inT = inIS
			case "rPh":
				inIS = false // phonetic run inside an inline string
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "row":
				if haveRow {
					rows = append(rows, row)
					lines = append(lines, rowN)
				}
				haveRow = false
			case "c":
				if !inCell {
					continue
				}
				inCell = false
				text, err := cellText(cellType, val.String(), inline.String(), shared)
				if err != nil {
					return nil, nil, fmt.Errorf("row %d column %d: %w", rowN, cellCol, err)
				}
				if cellCol > 16384 {
					return nil, nil, fmt.Errorf("row %d: column %d is beyond Excel's last column", rowN, cellCol)
				}
				for len(row) < cellCol {
					row = append(row, "")
				}
				row[cellCol-1] = text
			case "v":
				inV = false
			case "is":
				inIS = false
			case "t":
				inT = false
			}
		case xml.CharData:
			switch {
			case inV:
				val.Write(t)
			case inT:
				inline.Write(t)
			}
		}
	}
}

func attr(e xml.StartElement, name string) string {
	for _, a := range e.Attr {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

// columnOf returns the 1-based column of a cell reference such as "C7".
func columnOf(ref string) (int, bool) {
	n, i := 0, 0
	for ; i < len(ref); i++ {
		c := ref[i]
		if c >= 'a' && c <= 'z' {
			c -= 'a' - 'A'
		}
		if c < 'A' || c > 'Z' {
			break
		}
		n = n*26 + int(c-'A'+1)
		if n > 1<<20 {
			return 0, false
		}
	}
	return n, i > 0
}

func cellText(typ, v, inline string, shared []string) (string, error) {
	switch typ {
	case "s":
		i, err := strconv.Atoi(strings.TrimSpace(v))
		if err != nil || i < 0 || i >= len(shared) {
			return "", fmt.Errorf("bad shared string index %q", v)
		}
		return shared[i], nil
	case "inlineStr":
		return inline, nil
	case "str", "e", "d":
		return v, nil
	case "b":
		if strings.TrimSpace(v) == "1" {
			return "TRUE", nil
		}
		return "FALSE", nil
	default: // "n" or absent: a number
		return excelNumber(v), nil
	}
}

// excelNumber writes a stored number the way Excel shows it: at most 15
// significant digits, no exponent ("1.85E4" → "18500", "0.30000000000000004"
// → "0.3"). Text that is not a number is returned unchanged.
func excelNumber(v string) string {
	v = strings.TrimSpace(v)
	f, err := strconv.ParseFloat(v, 64)
	if err != nil || v == "" {
		return v
	}
	f, _ = strconv.ParseFloat(strconv.FormatFloat(f, 'e', 14, 64), 64)
	return strconv.FormatFloat(f, 'f', -1, 64)
}

// ParseFile reads a catalog file as XLSX when it is a zip archive (by
// content, whatever its name) and as CSV otherwise.
func ParseFile(data []byte, filename string) ([]Product, error) {
	ps, _, err := ParseFileWarnings(data, filename)
	return ps, err
}

// ParseFileWarnings is ParseFile that also returns the file's warnings:
// problems that do not stop the import but are likely mistakes, by line and
// column (a colours or synonyms cell separated by commas instead of |). They
// come back with an *ImportError too, for showing beside its problems.
func ParseFileWarnings(data []byte, filename string) ([]Product, []Problem, error) {
	if len(data) >= 4 && string(data[:4]) == "PK\x03\x04" {
		return parseXLSX(strings.NewReader(string(data)), int64(len(data)), filename)
	}
	return parseCSV(strings.NewReader(string(data)), filename)
}
