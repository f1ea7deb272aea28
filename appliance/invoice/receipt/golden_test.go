package receipt

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fatoora/appliance/invoice"
	"fatoora/catalog"
	"fatoora/catalog/money"
)

var update = flag.Bool("update", false, "rewrite testdata/golden/*.json from the builder (then run testdata/golden.py)")

var testPOS = POS{RIN: "123456789", BranchCode: "0", Serial: "POS-CAI1-01", ActivityCode: "4759"}

func testBook(t *testing.T) *invoice.Book {
	t.Helper()
	b, err := invoice.NewBook(invoice.Config{
		BranchCode: "CAI1",
		Seller: invoice.Seller{Name: "معرض فاتورة للأثاث", Branch: "فرع مدينة نصر", Address: "١٢ شارع عباس العقاد، مدينة نصر",
			TaxRegNo: "123-456-789", City: "القاهرة"},
		Tiers: map[string]money.BasisPoints{"vip": 500},
		Stock: invoice.NoStock{},
	})
	if err != nil {
		t.Fatal(err)
	}
	return b
}

var (
	chair   = catalog.Product{SKU: "CH-01", NameAr: "كرسي سفرة زان", Unit: catalog.Piece, Price: 1_850_00, ItemCode: "EG-123456789-CH01"}
	kitchen = catalog.Product{SKU: "KT-02", NameAr: `مطبخ "كلاسيك" خشب\زان`, Unit: catalog.Meter, Price: 1_234_57, ItemCode: "6221234567891"}
	panel   = catalog.Product{SKU: "WD-03", NameAr: "دولاب حائط", Unit: catalog.SquareMeter, Price: 333_33}
)

// goldenDocs are fixed documents: decimals that round down and up,
// Arabic text with a quote and a backslash, a discount, a national ID.
func goldenDocs(t *testing.T) map[string]*invoice.Document {
	t.Helper()
	b := testBook(t)
	cairo, err := time.LoadLocation("Africa/Cairo")
	if err != nil {
		t.Fatal(err)
	}
	at := time.Date(2025, 9, 15, 10, 30, 5, 0, cairo)
	mk := func(number string, kind invoice.Kind, req invoice.Request) *invoice.Document {
		p, err := b.Price(req)
		if err != nil {
			t.Fatal(err)
		}
		return &invoice.Document{Number: number, Kind: kind, IssuedAt: at, Seller: b.Config().Seller, Priced: p}
	}
	sale := mk("INV-CAI1-000001", invoice.KindInvoice, invoice.Request{
		OrderID: "ord-1", Buyer: invoice.Buyer{Name: "منى", WaID: "201001234567"}, PaymentMethod: "cash",
		Lines: []invoice.RequestLine{
			{Product: chair, Quantity: 2 * catalog.One},
			{Product: kitchen, Quantity: 3200, Color: "رمادي فاتح"},
		},
	})
	vip := mk("INV-CAI1-000002", invoice.KindInvoice, invoice.Request{
		OrderID: "ord-2", Buyer: invoice.Buyer{Name: "كريم عادل", WaID: "201112223334", NationalID: "٢٩٠٠١٠١٠١٢٣٤٥٦"}, Tier: "vip", PaymentMethod: "InstaPay",
		Lines: []invoice.RequestLine{
			{Product: chair, Quantity: 80 * catalog.One},
			{Product: panel, Quantity: 1500},
		},
	})
	ret := mk("CN-CAI1-000001", invoice.KindCredit, invoice.Request{
		OrderID: "ord-1", Buyer: sale.Buyer, PaymentMethod: "cash",
		Lines: []invoice.RequestLine{{Product: chair, Quantity: 2 * catalog.One}, {Product: kitchen, Quantity: 3200, Color: "رمادي فاتح"}},
	})
	ret.RefersTo = sale.Number
	return map[string]*invoice.Document{"sale": sale, "vip": vip, "return": ret}
}

func codesOf(doc *invoice.Document) []string {
	byS := map[string]string{chair.SKU: chair.ItemCode, kitchen.SKU: kitchen.ItemCode, panel.SKU: panel.ItemCode}
	var out []string
	for _, l := range doc.Lines {
		out = append(out, byS[l.SKU])
	}
	return out
}

// goldenBodies builds the sealed bodies: sale, then vip chained to it,
// then the return of the sale chained to vip.
func goldenBodies(t *testing.T) map[string][]byte {
	t.Helper()
	docs := goldenDocs(t)
	out := map[string][]byte{}
	prev := ""
	for _, name := range []string{"sale", "vip", "return"} {
		link := Link{Previous: prev}
		if name == "return" {
			var sale Receipt
			if err := json.Unmarshal(out["sale"], &sale); err != nil {
				t.Fatal(err)
			}
			link.Reference = sale.Header.UUID
		}
		r, err := Build(docs[name], testPOS, link, codesOf(docs[name]), invoice.DefaultNationalIDAbove)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		body, err := Seal(r)
		if err != nil {
			t.Fatal(err)
		}
		out[name] = body
		prev = r.Header.UUID
	}
	return out
}

func TestSeal_Golden(t *testing.T) {
	bodies := goldenBodies(t)
	dir := filepath.Join("testdata", "golden")
	if *update {
		for name, body := range bodies {
			var pretty bytes.Buffer
			pretty.Write(body)
			if err := os.WriteFile(filepath.Join(dir, name+".json"), append(body, '\n'), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		t.Log("bodies written: now run python3 testdata/golden.py")
	}
	for name, body := range bodies {
		t.Run(name, func(t *testing.T) {
			want, err := os.ReadFile(filepath.Join(dir, name+".json"))
			if err != nil {
				t.Fatal(err)
			}
			if got := string(body) + "\n"; got != string(want) {
				t.Errorf("body changed:\n got %s\nwant %s", got, want)
			}
			checkAgainstPython(t, dir, name, body)
		})
	}
}

// TestCanonical_Handwritten runs a body written by hand (numbers such as
// 14.0 and 2, a commercial discount array, two lines) through the
// serialiser and compares with the Python reference.
func TestCanonical_Handwritten(t *testing.T) {
	dir := filepath.Join("testdata", "golden")
	body, err := os.ReadFile(filepath.Join(dir, "handwritten.json"))
	if err != nil {
		t.Fatal(err)
	}
	checkAgainstPython(t, dir, "handwritten", bytes.TrimSpace(body))
	c, _ := Canonical(body)
	for _, s := range []string{`"RATE""14.0"`, `"QUANTITY""2"`, `"UNITPRICE""100.0"`, `"ITEMDATA""ITEMDATA""INTERNALCODE""A1"`} {
		if !strings.Contains(c, s) {
			t.Errorf("canonical text lacks %s", s)
		}
	}
}

func checkAgainstPython(t *testing.T, dir, name string, body []byte) {
	t.Helper()
	wantText, err := os.ReadFile(filepath.Join(dir, name+".canonical"))
	if err != nil {
		t.Fatalf("%v (run python3 testdata/golden.py)", err)
	}
	wantUUID, err := os.ReadFile(filepath.Join(dir, name+".uuid"))
	if err != nil {
		t.Fatal(err)
	}
	got, err := Canonical(body)
	if err != nil {
		t.Fatal(err)
	}
	if got != string(wantText) {
		t.Errorf("canonical text differs from the Python reference:\n got %s\nwant %s", got, wantText)
	}
	id, err := UUID(body)
	if err != nil {
		t.Fatal(err)
	}
	if id != strings.TrimSpace(string(wantUUID)) {
		t.Errorf("uuid %s, Python reference %s", id, wantUUID)
	}
	var r struct {
		Header struct {
			UUID string `json:"uuid"`
		} `json:"header"`
	}
	if err := json.Unmarshal(body, &r); err != nil {
		t.Fatal(err)
	}
	if r.Header.UUID != "" && r.Header.UUID != id {
		t.Errorf("body's uuid %s, recomputed %s", r.Header.UUID, id)
	}
	// Every number in the body reads exactly as in the hashed text.
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.UseNumber()
	for {
		tok, err := dec.Token()
		if err != nil {
			break
		}
		if n, ok := tok.(json.Number); ok && !strings.Contains(got, `"`+n.String()+`"`) {
			t.Errorf("number %s of the body is not in the hashed text", n)
		}
	}
}
