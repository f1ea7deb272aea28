package pdf

import (
	"bytes"
	"flag"
	"fmt"
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/makiuchi-d/gozxing"
	zxqr "github.com/makiuchi-d/gozxing/qrcode"
	"golang.org/x/text/unicode/norm"

	"fatoora/appliance/invoice"
	"fatoora/catalog"
	"fatoora/catalog/money"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

var t0 = time.Date(2026, 11, 25, 14, 30, 0, 0, time.UTC)

const testLink = "https://ipn.eg/S/nilefurniture/instapay/Qm9vaw7"

func testBook(t testing.TB, tiers map[string]money.BasisPoints) *invoice.Book {
	t.Helper()
	b, err := invoice.NewBook(invoice.Config{
		Seller: invoice.Seller{Name: "معرض النيل للأثاث والمطابخ", NameEn: "Nile Furniture", Branch: "فرع مدينة نصر",
			Address: "12 شارع عباس العقاد، مدينة نصر، القاهرة", TaxRegNo: "123-456-789", Phone: "0222712345"},
		BranchCode: "NSR",
		Tiers:      tiers,
	})
	if err != nil {
		t.Fatal(err)
	}
	return b
}

var (
	kitchen = catalog.Product{SKU: "KIT-ZAN", NameAr: "دولاب مطبخ خشب زان", Unit: catalog.Meter, Price: 18_500_00, MadeToOrder: true, Material: "زان"}
	hood    = catalog.Product{SKU: "HOOD-BI", NameAr: "شفاط بلت إن", Unit: catalog.Piece, Price: 7_250_00, Stock: 3000}
)

// seedDoc is the invoice for the seed message "عايز دولاب مطبخ خشب زان، مقاس 2 متر
// في 120 سم، لون رمادي فاتح، ومعاه شفاط بلت إن", built by hand from the products.
func seedDoc(t testing.TB) *invoice.Document {
	t.Helper()
	b := testBook(t, nil)
	p, err := b.Price(invoice.Request{OrderID: "wamid-seed", Buyer: invoice.Buyer{Name: "أحمد عبد الله", WaID: "201001234567"},
		PaymentMethod: "instapay", Lines: []invoice.RequestLine{
			{Product: kitchen, Quantity: 2000, Color: "رمادي فاتح", DimsCM: []int{200, 120}},
			{Product: hood, Quantity: 1000},
		}})
	if err != nil {
		t.Fatal(err)
	}
	return &invoice.Document{Number: "INV-NSR-000123", Kind: invoice.KindInvoice, Series: "INV-NSR-", Seq: 123,
		IssuedAt: t0, Seller: b.Config().Seller, Priced: p}
}

// longDoc has n lines with a VIP discount: enough for several pages.
func longDoc(t testing.TB, n int) *invoice.Document {
	t.Helper()
	b := testBook(t, map[string]money.BasisPoints{"vip": 500})
	req := invoice.Request{Buyer: invoice.Buyer{Name: "شركة المقاولات المتحدة", WaID: "201112223334", NationalID: "29001011234567"}, Tier: "vip", PaymentMethod: "transfer"}
	names := []string{"كرسي سفرة زان مبطن", "ترابيزة قهوة رخام", "دولاب ملابس 4 ضلف", "سرير مودرن 160 سم", "كومودينو أبيض لامع", "مكتبة حائط"}
	for i := range n {
		req.Lines = append(req.Lines, invoice.RequestLine{
			Product:  catalog.Product{SKU: fmt.Sprintf("P%03d", i), NameAr: names[i%len(names)], Unit: catalog.Piece, Price: money.Piasters(1_000_00 + 37_13*i)},
			Quantity: catalog.Milli(1000 * (1 + i%4)), Color: []string{"", "بني غامق", "أبيض"}[i%3],
		})
	}
	p, err := b.Price(req)
	if err != nil {
		t.Fatal(err)
	}
	return &invoice.Document{Number: "INV-NSR-000777", Kind: invoice.KindInvoice, Series: "INV-NSR-", Seq: 777,
		IssuedAt: t0, Seller: b.Config().Seller, Priced: p}
}

func requireTool(t testing.TB, name string) {
	t.Helper()
	if _, err := exec.LookPath(name); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("%s not installed (Debian package poppler-utils)", name)
		}
		t.Skipf("%s not installed (Debian package poppler-utils)", name)
	}
}

var (
	bidiControls = regexp.MustCompile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")
	harakat      = regexp.MustCompile("[\u064b-\u065f\u0670]")
	spaces       = regexp.MustCompile(`[ \t]+`)
)

// pdfText extracts the text with pdftotext (which puts right-to-left lines
// back in logical order), folds presentation forms with NFKC and drops bidi
// controls and harakat. Pages are separated by \f.
func pdfText(t testing.TB, pdf []byte) string {
	t.Helper()
	requireTool(t, "pdftotext")
	f := filepath.Join(t.TempDir(), "doc.pdf")
	if err := os.WriteFile(f, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("pdftotext", "-enc", "UTF-8", f, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	s := norm.NFKC.String(string(out))
	s = bidiControls.ReplaceAllString(s, "")
	s = harakat.ReplaceAllString(s, "")
	return spaces.ReplaceAllString(s, " ")
}

func TestRender_SeedText(t *testing.T) {
	doc := seedDoc(t)
	out, err := Render(doc, ShopInfo{Footer: "شكرًا لتعاملكم معنا"}, PaymentInfo{InstaPayLink: testLink})
	if err != nil {
		t.Fatal(err)
	}
	if dir := os.Getenv("FATOORA_PDF_OUT"); dir != "" {
		os.WriteFile(filepath.Join(dir, "seed.pdf"), out, 0o644)
	}
	text := pdfText(t, out)
	want := []string{
		"فاتورة ضريبية", "معرض النيل للأثاث والمطابخ", "فرع مدينة نصر", "123-456-789", "INV-NSR-000123",
		"أحمد عبد الله", "+201001234567", "2026-11-25", "16:30", // 14:30 UTC is 16:30 in Cairo
		"دولاب مطبخ خشب زان", "رمادي فاتح", "شفاط بلت إن", "متر طولي", "قطعة",
		"سعر الوحدة", "الإجمالي", "ضريبة القيمة المضافة 14%",
		"18,500.00", "37,000.00", "5,180.00", "42,180.00", // line 1: unit price, net, VAT, total
		"7,250.00", "1,015.00", "8,265.00", // line 2
		"44,250.00", "6,195.00", "50,445.00", // totals
		"فقط خمسون ألفا وأربعمائة وخمسة وأربعون جنيها مصريا لا غير",
		"امسح الكود للدفع عبر إنستاباي", "إنستاباي",
	}
	for _, w := range want {
		if !strings.Contains(text, w) {
			t.Errorf("PDF text lacks %q", w)
		}
	}
	golden(t, "seed.txt", text)
}

func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -run %s -update)", err, t.Name())
	}
	if string(want) != got {
		t.Errorf("PDF text differs from %s (go test -update to accept):\n--- got ---\n%s", path, got)
	}
}

func decodeQR(t testing.TB, img image.Image) string {
	t.Helper()
	bmp, err := gozxing.NewBinaryBitmapFromImage(img)
	if err != nil {
		t.Fatal(err)
	}
	res, err := zxqr.NewQRCodeReader().Decode(bmp, map[gozxing.DecodeHintType]any{gozxing.DecodeHintType_TRY_HARDER: true})
	if err != nil {
		t.Fatalf("decode QR: %v", err)
	}
	return res.GetText()
}

// pageImage renders page 1 with pdftoppm and returns its left-bottom half,
// where the QR lives, or the whole page.
func pageImage(t testing.TB, pdf []byte, page int) image.Image {
	t.Helper()
	requireTool(t, "pdftoppm")
	dir := t.TempDir()
	f := filepath.Join(dir, "doc.pdf")
	os.WriteFile(f, pdf, 0o644)
	p := fmt.Sprint(page)
	if err := exec.Command("pdftoppm", "-png", "-r", "150", "-f", p, "-l", p, "-singlefile", f, filepath.Join(dir, "page")).Run(); err != nil {
		t.Fatalf("pdftoppm: %v", err)
	}
	data, err := os.ReadFile(filepath.Join(dir, "page.png"))
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	return img
}

func TestRender_QRDecodes(t *testing.T) {
	doc := seedDoc(t)
	emv, err := EMVCo(EMVCoFields{MerchantID: "MZ0001234567", Name: "Nile Furniture", Amount: doc.Totals.Total, Bill: doc.Number})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name    string
		pay     PaymentInfo
		payload string
	}{
		{"instapay", PaymentInfo{InstaPayLink: testLink}, testLink},
		{"emvco", PaymentInfo{MerchantID: "MZ0001234567"}, emv},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, err := c.pay.Payload(doc)
			if err != nil || got != c.payload {
				t.Fatalf("payload %q, %v; want %q", got, err, c.payload)
			}
			// The image embedded in the PDF decodes to the payload …
			qr, err := QRPNG(got)
			if err != nil {
				t.Fatal(err)
			}
			img, err := png.Decode(bytes.NewReader(qr))
			if err != nil {
				t.Fatal(err)
			}
			if dec := decodeQR(t, img); dec != c.payload {
				t.Fatalf("QR image decodes to %q", dec)
			}
			// … and so does the printed page.
			out, err := Render(doc, ShopInfo{}, c.pay)
			if err != nil {
				t.Fatal(err)
			}
			if dec := decodeQR(t, pageImage(t, out, 1)); dec != c.payload {
				t.Fatalf("rendered page's QR decodes to %q", dec)
			}
			text := pdfText(t, out)
			if !strings.Contains(text, "50,445.00") || !strings.Contains(text, doc.Number) {
				t.Fatal("amount or number not printed beside the QR")
			}
		})
	}
}

func TestRender_ManyPages(t *testing.T) {
	doc := longDoc(t, 120)
	out, err := Render(doc, ShopInfo{}, PaymentInfo{InstaPayLink: testLink})
	if err != nil {
		t.Fatal(err)
	}
	text := pdfText(t, out)
	pages := strings.Split(strings.TrimRight(text, "\f\n"), "\f")
	if len(pages) < 4 {
		t.Fatalf("%d pages for 120 lines", len(pages))
	}
	for i, pg := range pages {
		if !strings.Contains(pg, "سعر الوحدة") {
			t.Errorf("page %d has no table header", i+1)
		}
		// pdftotext moves the spaces around the digits; the order of the words is what counts.
		if !regexp.MustCompile(fmt.Sprintf(`صفحة\s*%d\s*من\s*%d`, i+1, len(pages))).MatchString(pg) {
			t.Errorf("page %d lacks its page number (of %d)", i+1, len(pages))
		}
	}
	for _, l := range doc.Lines {
		if !strings.Contains(text, l.Total.String()) {
			t.Errorf("line %d total %s missing", l.No, l.Total)
		}
	}
	for _, w := range []string{doc.Totals.Total.String(), doc.Totals.VAT.String(), doc.Totals.Discount.String(), "الإجمالي قبل الخصم", "الخصم 5%", "29001011234567", "تحويل بنكي"} {
		if !strings.Contains(text, w) {
			t.Errorf("missing %q", w)
		}
	}
	if !strings.Contains(pages[len(pages)-1], "الإجمالي المستحق") {
		t.Error("totals not on the last page")
	}
}

func TestRender_QuoteAndCreditNote(t *testing.T) {
	doc := seedDoc(t)
	until := t0.Add(7 * 24 * time.Hour)
	q := *doc
	q.Kind, q.Number, q.ValidUntil = invoice.KindQuote, "QUO-NSR-000009", &until
	out, err := Render(&q, ShopInfo{}, PaymentInfo{InstaPayLink: testLink})
	if err != nil {
		t.Fatal(err)
	}
	text := pdfText(t, out)
	for _, w := range []string{"عرض سعر", "صالح حتى", "2026-12-02", "QUO-NSR-000009", "هذا عرض سعر وليس فاتورة ضريبية"} {
		if !strings.Contains(text, w) {
			t.Errorf("quote lacks %q", w)
		}
	}
	if strings.Contains(text, "فاتورة ضريبية") && !strings.Contains(text, "وليس فاتورة ضريبية") {
		t.Error("quote titled as a tax invoice")
	}
	cn := *doc
	cn.Kind, cn.Number, cn.RefersTo, cn.Reason = invoice.KindCredit, "CN-NSR-000002", "INV-NSR-000123", "خطأ في المقاس"
	out, err = Render(&cn, ShopInfo{}, PaymentInfo{InstaPayLink: testLink})
	if err != nil {
		t.Fatal(err)
	}
	text = pdfText(t, out)
	for _, w := range []string{"إشعار دائن", "CN-NSR-000002", "عن الفاتورة", "INV-NSR-000123", "خطأ في المقاس", "إجمالي المبلغ المردود", "50,445.00"} {
		if !strings.Contains(text, w) {
			t.Errorf("credit note lacks %q", w)
		}
	}
	if strings.Contains(text, "امسح الكود") {
		t.Error("credit note carries a payment QR")
	}
}

func BenchmarkRender(b *testing.B) {
	for _, c := range []struct {
		name  string
		lines int
	}{{"1page", 2}, {"5pages", 150}} {
		doc := longDoc(b, c.lines)
		if c.lines == 2 {
			doc = seedDoc(b)
		}
		b.Run(c.name, func(b *testing.B) {
			var size int
			for b.Loop() {
				out, err := Render(doc, ShopInfo{}, PaymentInfo{InstaPayLink: testLink})
				if err != nil {
					b.Fatal(err)
				}
				size = len(out)
			}
			b.ReportMetric(float64(size)/1024, "KB/op-file")
		})
	}
	// Every document a set of runes of its own (the buyer's name gets the
	// letters of the bits of the document's count), so that fpdf's subset
	// cache (third_party/fpdf, patch 5) never serves it: with ASCII letters
	// the document still falls within the common subset (patch 6), as
	// nearly every invoice does; with Latin-1 letters it does not, and is
	// subset for itself (what every render cost before patch 6).
	for _, c := range []struct{ name, letters string }{
		{"1page-new-runes", "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"},
		{"1page-new-runes-uncommon", "ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿ"},
	} {
		b.Run(c.name, func(b *testing.B) {
			seed := seedDoc(b)
			letters := []rune(c.letters)
			i := 0
			for b.Loop() {
				i++
				extra := []rune{' '}
				for j := range min(len(letters), 62) {
					if i&(1<<j) != 0 {
						extra = append(extra, letters[j])
					}
				}
				doc := *seed
				doc.Buyer.Name = seed.Buyer.Name + string(extra)
				if _, err := Render(&doc, ShopInfo{}, PaymentInfo{InstaPayLink: testLink}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func TestRender_UncoveredCharacters(t *testing.T) {
	doc := seedDoc(t)
	doc.Buyer.Name = "Ahmed 😀 أحمد 中文\tX"
	doc.Lines[0].NameAr = strings.Repeat("دولاب_مطبخ_طويل_جدا_بدون_مسافات", 4)
	out, err := Render(doc, ShopInfo{}, PaymentInfo{})
	if err != nil {
		t.Fatal(err)
	}
	text := pdfText(t, out)
	if !strings.Contains(text, "Ahmed") || !strings.Contains(text, "أحمد") || strings.Contains(text, "😀") {
		t.Fatalf("buyer name printed as %q", text)
	}
	if strings.Contains(text, "امسح الكود") {
		t.Fatal("a QR without payment configuration")
	}
}

func TestShow_KeptAnswerIsDisplays(t *testing.T) {
	for _, s := range []string{"فاتورة ضريبية", "الإجمالي شامل الضريبة", "عميل 😀 تجربة", "INV-NSR-000123", "كرسي سفرة زان\tx2", strings.Repeat("طويل ", 40)} {
		want := display(s)
		for i := range 3 { // the first call keeps it (when short), the next read it back
			if got := show(s); got != want {
				t.Fatalf("show(%q) call %d = %q, want %q", s, i, got, want)
			}
		}
	}
	if _, ok := shown.Load(strings.Repeat("طويل ", 40)); ok {
		t.Error("a text longer than shownMaxLen was kept")
	}
}
