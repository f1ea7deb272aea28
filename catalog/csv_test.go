package catalog

import (
	"errors"
	"reflect"
	"strings"
	"testing"

	"fatoora/catalog/money"
)

const goodCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
K-1,مطبخ زان,Beech kitchen,دولاب مطبخ زان|مطبخ الزان,مطابخ,meter,"18,500",,زان,طبيعي|بني فاتح
T-2,ترابيزة سفرة,Dining table,,سفرة,piece,٩٥٠٠,3,زان,
W-3,دولاب ملابس,Wardrobe,,دواليب,sqm,4200.50,0,MDF,أبيض
`

func TestParseCSV_Good(t *testing.T) {
	ps, err := ParseCSV(strings.NewReader(goodCSV), "catalog.csv")
	if err != nil {
		t.Fatal(err)
	}
	want := []Product{
		{SKU: "K-1", NameAr: "مطبخ زان", NameEn: "Beech kitchen", Synonyms: []string{"دولاب مطبخ زان", "مطبخ الزان"},
			Category: "مطابخ", Unit: Meter, Price: 1850000, MadeToOrder: true, Material: "زان", Colors: []string{"طبيعي", "بني فاتح"}},
		{SKU: "T-2", NameAr: "ترابيزة سفرة", NameEn: "Dining table", Category: "سفرة", Unit: Piece, Price: 950000, Stock: 3000, Material: "زان"},
		{SKU: "W-3", NameAr: "دولاب ملابس", NameEn: "Wardrobe", Category: "دواليب", Unit: SquareMeter, Price: 420050, Stock: 0, Material: "MDF", Colors: []string{"أبيض"}},
	}
	if !reflect.DeepEqual(ps, want) {
		t.Fatalf("got  %+v\nwant %+v", ps, want)
	}
}

func TestParseCSV_ExcelBOMAndCRLFAnyOrder(t *testing.T) {
	// Excel's "CSV UTF-8": BOM, CRLF, columns in another order, an extra
	// column, trailing empty rows made of commas.
	in := "\ufeffPrice,Unit,Name_AR,SKU,Notes\r\n18500,meter,مطبخ زان,K-1,أي حاجة\r\n,,,,\r\n"
	ps, err := ParseCSV(strings.NewReader(in), "export.csv")
	if err != nil {
		t.Fatal(err)
	}
	if len(ps) != 1 || ps[0].SKU != "K-1" || ps[0].Price != 1850000 || ps[0].NameAr != "مطبخ زان" || !ps[0].MadeToOrder {
		t.Fatalf("got %+v", ps)
	}
}

func TestParseCSV_QuotedCommasAndNewlines(t *testing.T) {
	in := "sku,name_ar,unit,price,name_en\n" +
		"A,\"كنبة, 3 مقاعد\",piece,100,\"Sofa\nthree seats\"\n" +
		"B,كرسي,piece,50,\"Chair \"\"Cairo\"\"\"\n"
	ps, err := ParseCSV(strings.NewReader(in), "c.csv")
	if err != nil {
		t.Fatal(err)
	}
	if ps[0].NameAr != "كنبة, 3 مقاعد" || ps[0].NameEn != "Sofa\nthree seats" || ps[1].NameEn != `Chair "Cairo"` {
		t.Fatalf("got %+v", ps)
	}
}

func TestParseCSV_Broken(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string // Problem.String() of every problem, in order
	}{
		{"missing column", "sku,name_ar,unit\nA,كرسي,piece\n",
			[]string{"c.csv:1: column price: required column is missing from the header (have: sku, name_ar, unit)"}},
		{"bad price", "sku,name_ar,unit,price\nA,كرسي,piece,100\nB,ترابيزة,piece,12o0\n",
			[]string{`c.csv:3: column price (4): bad price: "12o0" is not a number`}},
		{"negative price", "sku,name_ar,unit,price\nA,كرسي,piece,-5\n",
			[]string{`c.csv:2: column price (4): price "-5" must be greater than 0`}},
		{"duplicate sku names both lines", "sku,name_ar,unit,price\nA,كرسي,piece,1\nB,كنبة,piece,2\nA,ترابيزة,piece,3\n",
			[]string{`c.csv:4: column sku (1): duplicate sku "A" (first on line 2)`}},
		{"unknown unit", "name_ar,sku,unit,price\nكرسي,A,kilo,1\n",
			[]string{`c.csv:2: column unit (3): unknown unit "kilo" (want piece, meter or sqm)`}},
		{"empty name", "sku,name_ar,unit,price\nA, ,piece,1\n",
			[]string{"c.csv:2: column name_ar (2): empty name"}},
		{"bad stock", "sku,name_ar,unit,price,stock\nA,كرسي,piece,1,كتير\nB,كنبة,piece,1,1.5\nC,قماش,meter,1,-2\n",
			[]string{
				`c.csv:2: column stock (5): bad stock: "كتير" is not a number (leave it empty for made to order)`,
				`c.csv:3: column stock (5): stock "1.5" of a piece product must be a whole number`,
				`c.csv:4: column stock (5): stock "-2" is negative`,
			}},
		{"several at once", "sku,name_ar,unit,price\n,كرسي,box,\n",
			[]string{
				"c.csv:2: column sku (1): empty sku",
				`c.csv:2: column unit (3): unknown unit "box" (want piece, meter or sqm)`,
				"c.csv:2: column price (4): empty price",
			}},
		{"short row", "sku,name_ar,unit,price\nA,كرسي\n",
			[]string{
				`c.csv:2: column unit (3): unknown unit "" (want piece, meter or sqm)`,
				"c.csv:2: column price (4): empty price",
			}},
		{"rows, not file lines, after a multi-line cell", "sku,name_ar,unit,price,name_en\nA,كرسي,piece,1,\"two\nlines\"\nB,كنبة,piece,x,\n",
			[]string{`c.csv:3: column price (4): bad price: "x" is not a number`}},
		{"bad quote", "sku,name_ar,unit,price\nA,كر\"سي,piece,1\n",
			[]string{`c.csv:2: malformed CSV at character 5: bare " in non-quoted-field`}},
		{"empty file", "", []string{"c.csv: the file is empty: expected a header row sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors,item_code"}},
		{"header only", "sku,name_ar,unit,price\n", []string{"c.csv: no products: the file has a header but no rows"}},
		{"not utf8", "sku,name_ar,unit,price\nA,\xe3\xd1,piece,1\n", []string{`c.csv:2: not UTF-8 text: save the file as "CSV UTF-8"`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ps, err := ParseCSV(strings.NewReader(tt.in), "c.csv")
			var ie *ImportError
			if !errors.As(err, &ie) {
				t.Fatalf("want *ImportError, got %v (products %v)", err, ps)
			}
			if ps != nil {
				t.Errorf("all-or-nothing: got products %v", ps)
			}
			var got []string
			for _, p := range ie.Problems {
				got = append(got, p.String())
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("problems:\n got %q\nwant %q", got, tt.want)
			}
		})
	}
}

func TestImportError_Error(t *testing.T) {
	e := &ImportError{}
	for i := 0; i < 25; i++ {
		e.Problems = append(e.Problems, Problem{File: "catalog.csv", Line: 7, Column: "price", ColumnNum: 7, Message: "bad price"})
	}
	lines := strings.Split(e.Error(), "\n")
	if lines[0] != "catalog.csv:7: column price (7): bad price" || len(lines) != 21 || lines[20] != "... and 5 more problems" {
		t.Fatalf("got %q", lines)
	}
}

func FuzzParseCSV(f *testing.F) {
	f.Add(goodCSV)
	f.Add("\ufeffsku;name_ar;unit;price\nA;ب;piece;1\n")
	f.Add("sku,name_ar,unit,price,stock\nA,\"x\ny\",meter,1.25,٢٫٥\n")
	f.Fuzz(func(t *testing.T, in string) {
		ps, err := ParseCSV(strings.NewReader(in), "f.csv")
		if err != nil {
			var ie *ImportError
			if !errors.As(err, &ie) || len(ie.Problems) == 0 || ps != nil {
				t.Fatalf("bad error %v / products %v", err, ps)
			}
			return
		}
		seen := map[string]bool{}
		for _, p := range ps {
			if p.SKU == "" || p.NameAr == "" || p.Price <= 0 || seen[p.SKU] || p.Stock < 0 {
				t.Fatalf("invalid product accepted: %+v", p)
			}
			if _, err := ParseUnit(string(p.Unit)); err != nil {
				t.Fatalf("bad unit accepted: %+v", p)
			}
			seen[p.SKU] = true
		}
	})
}

func TestParseCSV_ShopSpellings(t *testing.T) {
	in := "sku,name_ar,unit,price\nA,قماش,متر,\"1,250 ج.م\"\nB,دولاب,م2,EGP 4200\nC,كرسي,قطعة,950 جنيه\n"
	ps, err := ParseCSV(strings.NewReader(in), "c.csv")
	if err != nil {
		t.Fatal(err)
	}
	want := []struct {
		u Unit
		p money.Piasters
	}{{Meter, 125000}, {SquareMeter, 420000}, {Piece, 95000}}
	for i, w := range want {
		if ps[i].Unit != w.u || ps[i].Price != w.p {
			t.Errorf("row %d: %s %d, want %s %d", i+2, ps[i].Unit, ps[i].Price, w.u, w.p)
		}
	}
}

// TestParseFileWarnings_ListSeparators: a colours or synonyms cell that
// uses a comma or the Arabic comma instead of | is a warning naming its
// line and column (the import goes on, the cell read as one entry); a
// comma in a name is not.
func TestParseFileWarnings_ListSeparators(t *testing.T) {
	in := "sku,name_ar,synonyms,unit,price,colors\n" +
		"A,\"كنبة, 3 مقاعد\",كنبه|كنبة,piece,100,بيج|رمادي\n" +
		"B,كرسي,\"كرسي سفرة, كرسي\",piece,50,أبيض\n" +
		"C,ترابيزة,,piece,70,أبيض، أسود\n"
	ps, warns, err := ParseFileWarnings([]byte(in), "c.csv")
	if err != nil {
		t.Fatal(err)
	}
	if len(ps) != 3 || !reflect.DeepEqual(ps[2].Colors, []string{"أبيض، أسود"}) {
		t.Fatalf("products %+v", ps)
	}
	want := []struct {
		line   int
		column string
		num    int
		sep    string
	}{{3, "synonyms", 3, `","`}, {4, "colors", 6, `"،"`}}
	if len(warns) != len(want) {
		t.Fatalf("warnings %v", warns)
	}
	for i, w := range want {
		got := warns[i]
		if got.Line != w.line || got.Column != w.column || got.ColumnNum != w.num || !strings.Contains(got.Message, w.sep) || !strings.Contains(got.Message, "|") {
			t.Errorf("warning %d = %+v, want line %d column %s (%d) naming %s", i, got, w.line, w.column, w.num, w.sep)
		}
	}
	if !strings.Contains(warns[1].Message, `"أبيض|أسود"`) {
		t.Errorf("no fix suggested: %s", warns[1].Message)
	}
	// A broken file still reports its warnings beside the error.
	_, warns, err = ParseFileWarnings([]byte(in+"D,,,piece,1,أحمر,أزرق\n"), "c.csv")
	var ie *ImportError
	if !errors.As(err, &ie) || len(warns) != 2 {
		t.Fatalf("broken: %v, %d warnings", err, len(warns))
	}
	// ParseCSV, whose callers have no use for them, is unchanged.
	if ps, err := ParseCSV(strings.NewReader(in), "c.csv"); err != nil || len(ps) != 3 {
		t.Fatalf("ParseCSV: %v", err)
	}
}
