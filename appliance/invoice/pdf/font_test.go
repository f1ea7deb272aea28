package pdf

import (
	"bytes"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/go-pdf/fpdf"

	"fatoora/appliance/invoice"
)

var fontFileRef = regexp.MustCompile(`/FontFile2 (\d+) 0 R`)

// embeddedFont returns the compressed font program a PDF written by fpdf
// embeds (the stream of the object its font descriptor names).
func embeddedFont(t testing.TB, pdf []byte) []byte {
	t.Helper()
	m := fontFileRef.FindSubmatch(pdf)
	if m == nil {
		t.Fatal("no /FontFile2 in the PDF")
	}
	obj := bytes.Index(pdf, []byte("\n"+string(m[1])+" 0 obj\n"))
	if obj < 0 {
		t.Fatalf("font file object %s not found", m[1])
	}
	rest := pdf[obj:]
	start := bytes.Index(rest, []byte("stream\n"))
	end := bytes.Index(rest, []byte("\nendstream"))
	if start < 0 || end < start {
		t.Fatalf("font file object %s has no stream", m[1])
	}
	return rest[start+len("stream\n") : end]
}

// TestCommonRunes_InFont: every common rune is one the embedded font was
// cut to, so the common subset draws all of them.
func TestCommonRunes_InFont(t *testing.T) {
	for _, r := range commonRunes() {
		in := false
		for _, rg := range fontRanges {
			in = in || r >= rg[0] && r <= rg[1]
		}
		if !in {
			t.Errorf("common rune %U is outside fontRanges", r)
		}
	}
}

// TestRender_CommonSubset: documents of different text whose characters
// are all common embed the same font program (cut once per process), and
// print the same text as a document subset for itself; a document with a
// character outside the common set gets a subset of its own that still
// draws that character.
func TestRender_CommonSubset(t *testing.T) {
	until := t0.Add(7 * 24 * time.Hour)
	seed := seedDoc(t)
	quote := *seed
	quote.Kind, quote.Number, quote.ValidUntil = invoice.KindQuote, "QUO-NSR-000009", &until
	credit := *seed
	credit.Kind, credit.Number, credit.RefersTo, credit.Reason = invoice.KindCredit, "CN-NSR-000002", "INV-NSR-000123", "خطأ في المقاس"
	other := *seed
	other.Buyer.Name = "Émile Noël"

	type rendered struct {
		name         string
		common, self []byte
	}
	var docs []rendered
	for _, c := range []struct {
		name string
		doc  *invoice.Document
		shop ShopInfo
	}{
		{"seed", seed, ShopInfo{Footer: "شكرًا لتعاملكم معنا"}},
		{"long", longDoc(t, 60), ShopInfo{}},
		{"quote", &quote, ShopInfo{}},
		{"credit", &credit, ShopInfo{Demo: true}},
		{"receipt", seed, ShopInfo{ReceiptURL: "https://preprod.invoicing.eta.gov.eg/receipts/search/ABC/share/2026-11-25T14:30:00Z"}},
		{"other", &other, ShopInfo{}},
	} {
		common, err := Render(c.doc, c.shop, PaymentInfo{InstaPayLink: testLink})
		if err != nil {
			t.Fatal(err)
		}
		self, err := renderPlain(c.doc, c.shop, PaymentInfo{InstaPayLink: testLink})
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, rendered{c.name, common, self})
	}
	want := embeddedFont(t, docs[0].common)
	for _, d := range docs {
		got := embeddedFont(t, d.common)
		if shared := bytes.Equal(got, want); shared != (d.name != "other") {
			t.Errorf("%s: embeds the common subset: %v", d.name, shared)
		}
		if d.name != "other" && bytes.Equal(embeddedFont(t, d.self), want) {
			t.Errorf("%s: its own subset is the common one", d.name)
		}
		if ct, st := pdfText(t, d.common), pdfText(t, d.self); ct != st {
			t.Errorf("%s: text with the common subset differs from its own subset's:\n%s\n---\n%s", d.name, ct, st)
		}
	}
	if text := pdfText(t, docs[len(docs)-1].common); !strings.Contains(text, "Émile Noël") {
		t.Errorf("a name outside the common set printed as %q", text)
	}
	// Made once, shared read only: concurrent renders give the same file.
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			again, err := Render(seed, ShopInfo{Footer: "شكرًا لتعاملكم معنا"}, PaymentInfo{InstaPayLink: testLink})
			if err != nil || !bytes.Equal(again, docs[0].common) {
				t.Errorf("concurrent render differs (%v)", err)
			}
		}()
	}
	wg.Wait()
}

// TestRender_CommonSubsetProtected: a protected document encrypts its
// streams in place; the common subset it embeds is shared by every
// document and must come out of it unchanged.
func TestRender_CommonSubsetProtected(t *testing.T) {
	seed := seedDoc(t)
	shop := ShopInfo{Footer: "شكرًا لتعاملكم معنا"}
	before, err := Render(seed, shop, PaymentInfo{InstaPayLink: testLink})
	if err != nil {
		t.Fatal(err)
	}
	face, err := commonFont()
	if err != nil {
		t.Fatal(err)
	}
	p := fpdf.New("P", "mm", "A4", "")
	p.SetProtection(fpdf.CnProtectPrint, "user", "owner")
	p.AddUTF8FontParsed(font, "", face)
	p.AddPage()
	p.SetFont(font, "", 12)
	p.CellFormat(100, 10, show("فاتورة ضريبية 123"), "", 0, "R", false, 0, "")
	var buf bytes.Buffer
	if err := p.Output(&buf); err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(buf.Bytes(), embeddedFont(t, before)) {
		t.Fatal("the protected document embeds the font unencrypted")
	}
	after, err := Render(seed, shop, PaymentInfo{InstaPayLink: testLink})
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(after, before) {
		t.Fatal("a protected document changed the shared common subset")
	}
}
