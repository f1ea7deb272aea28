package pdf

import (
	"bytes"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// zbarAll decodes every QR code on a rendered page with zbarimg.
func zbarAll(t *testing.T, pdf []byte) []string {
	t.Helper()
	requireTool(t, "zbarimg")
	img := pageImage(t, pdf, 1)
	f := filepath.Join(t.TempDir(), "page.png")
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(f, buf.Bytes(), 0o644)
	out, err := exec.Command("zbarimg", "-q", "--raw", "-Sdisable", "-Sqrcode.enable", f).Output()
	if err != nil {
		t.Fatalf("zbarimg: %v", err)
	}
	codes := strings.Split(strings.TrimSpace(string(out)), "\n")
	slices.Sort(codes)
	return codes
}

func TestRender_ReceiptQRBesidePaymentQR(t *testing.T) {
	doc := seedDoc(t)
	const receiptURL = "https://preprod.invoicing.eta.gov.eg/receipts/search/9de7183e0a3f020440191f70db0d3463f47d7f32361f8e08a1d1f1212b9bceda/share/2026-11-25T14:30:00Z#Total:50445.00,IssuerRIN:123456789"
	for _, c := range []struct {
		name string
		pay  PaymentInfo
		want []string
	}{
		{"with payment", PaymentInfo{InstaPayLink: testLink}, []string{receiptURL, testLink}},
		{"receipt only", PaymentInfo{}, []string{receiptURL}},
	} {
		t.Run(c.name, func(t *testing.T) {
			out, err := Render(doc, ShopInfo{ReceiptURL: receiptURL}, c.pay)
			if err != nil {
				t.Fatal(err)
			}
			want := slices.Clone(c.want)
			slices.Sort(want)
			if got := zbarAll(t, out); !slices.Equal(got, want) {
				t.Fatalf("QR codes on the page:\n%q\nwant\n%q", got, want)
			}
			text := pdfText(t, out)
			for _, label := range []string{"الإيصال الإلكتروني", "50,445.00", doc.Number} {
				if !strings.Contains(text, label) {
					t.Errorf("page lacks %q", label)
				}
			}
			if c.pay.InstaPayLink != "" && !strings.Contains(text, "ادفع عبر إنستاباي") {
				t.Error("payment QR not labelled")
			}
		})
	}
}
