package catalog

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"
)

// buildXLSX writes a minimal workbook the way Excel lays it out. sheets are
// (path under xl/, sheetData XML) in workbook order.
func buildXLSX(t testing.TB, shared []string, sheets ...[2]string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	put := func(name, body string) {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write([]byte(body)); err != nil {
			t.Fatal(err)
		}
	}
	var sheetEls, rels strings.Builder
	for i, s := range sheets {
		fmt.Fprintf(&sheetEls, `<sheet name="S%d" sheetId="%d" r:id="rId%d"/>`, i+1, 9-i, i+1)
		fmt.Fprintf(&rels, `<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="%s"/>`, i+1, s[0])
		put("xl/"+s[0], `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>`+
			`<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`+s[1]+`</sheetData></worksheet>`)
	}
	put("[Content_Types].xml", `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`)
	put("xl/workbook.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>`+
		`<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>`+
		sheetEls.String()+`</sheets></workbook>`)
	put("xl/_rels/workbook.xml.rels", `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`+rels.String()+`</Relationships>`)
	if shared != nil {
		var sb strings.Builder
		for _, s := range shared {
			sb.WriteString(s)
		}
		put("xl/sharedStrings.xml", `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">`+sb.String()+`</sst>`)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func si(s string) string { return "<si><t>" + s + "</t></si>" }

func TestParseXLSX(t *testing.T) {
	shared := []string{
		si("sku"), si("name_ar"), si("unit"), si("price"), si("stock"), si("colors"), // 0-5
		si("K-1"), si("مطبخ زان"), si("meter"), // 6-8
		`<si><r><t>ترابيزة </t></r><r><rPr><b/></rPr><t>سفرة</t></r><rPh><t>x</t></rPh></si>`, // 9: rich text
		si("piece"), si("أبيض|رمادي فاتح"), // 10-11
	}
	// The workbook lists sheet2.xml first: it is the catalog, sheet1 is junk.
	catalog := `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c><c r="F1" t="s"><v>5</v></c></row>` +
		`<row r="2"><c r="A2" t="s"><v>6</v></c><c r="B2" t="s"><v>7</v></c><c r="C2" t="s"><v>8</v></c><c r="D2"><v>1.85E4</v></c></row>` +
		`<row r="4"><c r="A4"><v>1002</v></c><c r="B4" t="s"><v>9</v></c><c r="C4" t="inlineStr"><is><t>piece</t></is></c><c r="D4"><v>4200.4999999999991</v></c><c r="E4"><v>3</v></c><c r="F4" t="s"><v>11</v></c></row>`
	data := buildXLSX(t, shared,
		[2]string{"worksheets/sheet2.xml", catalog},
		[2]string{"worksheets/sheet1.xml", `<row r="1"><c r="A1" t="inlineStr"><is><t>junk</t></is></c></row>`})
	ps, err := ParseXLSX(bytes.NewReader(data), int64(len(data)), "catalog.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	want := []Product{
		{SKU: "K-1", NameAr: "مطبخ زان", Unit: Meter, Price: 1850000, MadeToOrder: true},
		{SKU: "1002", NameAr: "ترابيزة سفرة", Unit: Piece, Price: 420050, Stock: 3000, Colors: []string{"أبيض", "رمادي فاتح"}},
	}
	if !reflect.DeepEqual(ps, want) {
		t.Fatalf("got  %+v\nwant %+v", ps, want)
	}
	// ParseFile recognises the workbook by content.
	if ps2, err := ParseFile(data, "catalog.csv"); err != nil || !reflect.DeepEqual(ps2, want) {
		t.Fatalf("ParseFile: %v %+v", err, ps2)
	}
}

func TestParseXLSX_ProblemsUseSheetRows(t *testing.T) {
	sheet := `<row r="1"><c t="inlineStr"><is><t>sku</t></is></c><c t="inlineStr"><is><t>name_ar</t></is></c><c t="inlineStr"><is><t>unit</t></is></c><c t="inlineStr"><is><t>price</t></is></c></row>` +
		`<row r="3"><c t="inlineStr"><is><t>A</t></is></c><c t="inlineStr"><is><t>كرسي</t></is></c><c t="inlineStr"><is><t>piece</t></is></c><c t="inlineStr"><is><t>مية</t></is></c></row>` +
		`<row r="7"><c t="inlineStr"><is><t>A</t></is></c><c r="C7" t="inlineStr"><is><t>kg</t></is></c><c r="D7"><v>5</v></c></row>`
	data := buildXLSX(t, nil, [2]string{"worksheets/sheet1.xml", sheet})
	_, err := ParseXLSX(bytes.NewReader(data), int64(len(data)), "c.xlsx")
	var ie *ImportError
	if !errors.As(err, &ie) {
		t.Fatalf("want *ImportError, got %v", err)
	}
	want := []string{
		`c.xlsx:3: column price (4): bad price: "مية" is not a number`,
		`c.xlsx:7: column sku (1): duplicate sku "A" (first on line 3)`,
		"c.xlsx:7: column name_ar (2): empty name",
		`c.xlsx:7: column unit (3): unknown unit "kg" (want piece, meter or sqm)`,
	}
	var got []string
	for _, p := range ie.Problems {
		got = append(got, p.String())
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("problems:\n got %q\nwant %q", got, want)
	}
}

func TestParseXLSX_MissingColumn(t *testing.T) {
	sheet := `<row r="2"><c r="B2" t="inlineStr"><is><t>sku</t></is></c><c r="C2" t="inlineStr"><is><t>name_ar</t></is></c><c r="D2" t="inlineStr"><is><t>price</t></is></c></row>` +
		`<row r="3"><c r="B3" t="inlineStr"><is><t>A</t></is></c><c r="C3" t="inlineStr"><is><t>كرسي</t></is></c><c r="D3"><v>100</v></c></row>`
	data := buildXLSX(t, nil, [2]string{"worksheets/sheet1.xml", sheet})
	_, err := ParseXLSX(bytes.NewReader(data), int64(len(data)), "c.xlsx")
	// The header is the first non-empty row (row 2 here).
	if err == nil || err.Error() != "c.xlsx:2: column unit: required column is missing from the header (have: sku, name_ar, price)" {
		t.Fatalf("got %v", err)
	}
}

func TestParseXLSX_NotAWorkbook(t *testing.T) {
	data := []byte("sku,name_ar\n")
	_, err := ParseXLSX(bytes.NewReader(data), int64(len(data)), "x.xlsx")
	var ie *ImportError
	if !errors.As(err, &ie) || !strings.Contains(err.Error(), "x.xlsx: not an .xlsx workbook") {
		t.Fatalf("got %v", err)
	}
}

func TestExcelNumber(t *testing.T) {
	for in, want := range map[string]string{
		"1.85E4": "18500", "18500": "18500", "0.30000000000000004": "0.3", "4200.5": "4200.5",
		"1E-2": "0.01", "abc": "abc", "-3": "-3",
	} {
		if got := excelNumber(in); got != want {
			t.Errorf("excelNumber(%q) = %q, want %q", in, got, want)
		}
	}
}

func FuzzParseXLSX(f *testing.F) {
	f.Add(buildXLSX(f, []string{si("sku"), si("name_ar"), si("unit"), si("price")},
		[2]string{"worksheets/sheet1.xml", `<row r="1"><c t="s"><v>0</v></c><c t="s"><v>1</v></c><c t="s"><v>2</v></c><c t="s"><v>3</v></c></row>` +
			`<row r="2"><c t="inlineStr"><is><t>A</t></is></c><c t="inlineStr"><is><t>كرسي</t></is></c><c t="inlineStr"><is><t>piece</t></is></c><c><v>1.5E3</v></c></row>`}))
	f.Fuzz(func(t *testing.T, data []byte) {
		ps, err := ParseXLSX(bytes.NewReader(data), int64(len(data)), "f.xlsx")
		if err != nil {
			var ie *ImportError
			if !errors.As(err, &ie) || ps != nil {
				t.Fatalf("bad error %v", err)
			}
			return
		}
		for _, p := range ps {
			if p.SKU == "" || p.NameAr == "" || p.Price <= 0 {
				t.Fatalf("invalid product accepted: %+v", p)
			}
		}
	})
}
