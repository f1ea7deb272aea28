package pdf

import (
	"fmt"
	"strings"
	"testing"

	"fatoora/appliance/invoice"
)

func TestCRC16CCITTFalse(t *testing.T) {
	if got := CRC16CCITTFalse([]byte("123456789")); got != 0x29B1 {
		t.Fatalf("check value %04X, want 29B1", got)
	}
	// The EMVCo MPM specification's own example payload (Annex, v1.1) ends in CRC A13A.
	ex := "00020101021229300012D156000000000510A93FO3230Q31280012D15600000001030812345678520441115802CN5914BEST TRANSPORT6007BEIJING64200002ZH0104最佳运输0202北京540523.7253031565502016233030412340603***0708A60086670902ME91320016A0112233449988770708123456786304"
	if got := fmt.Sprintf("%04X", CRC16CCITTFalse([]byte(ex))); got != "A13A" {
		t.Fatalf("EMVCo example CRC %s, want A13A", got)
	}
}

// parseTLV splits an EMVCo payload into its top-level objects.
func parseTLV(t *testing.T, s string) map[string]string {
	t.Helper()
	out := map[string]string{}
	rs := []rune(s)
	for i := 0; i < len(rs); {
		if i+4 > len(rs) {
			t.Fatalf("truncated at %d", i)
		}
		id := string(rs[i : i+2])
		var n int
		fmt.Sscanf(string(rs[i+2:i+4]), "%d", &n)
		out[id] = string(rs[i+4 : i+4+n])
		i += 4 + n
	}
	return out
}

func TestEMVCo(t *testing.T) {
	doc := &invoice.Document{Number: "INV-NSR-000017", Kind: invoice.KindInvoice,
		Seller: invoice.Seller{Name: "معرض", NameEn: "Nile Furniture"}}
	doc.Totals.Total = 50_445_00
	p, err := PaymentInfo{MerchantID: "M123456789"}.Payload(doc)
	if err != nil {
		t.Fatal(err)
	}
	f := parseTLV(t, p)
	want := map[string]string{"00": "01", "01": "12", "26": "0008EG.MEEZA0110M123456789", "52": "5712", "53": "818",
		"54": "50445.00", "58": "EG", "59": "Nile Furniture", "60": "CAIRO", "62": "0114INV-NSR-000017"}
	for k, v := range want {
		if f[k] != v {
			t.Errorf("tag %s = %q, want %q", k, f[k], v)
		}
	}
	if !strings.HasPrefix(p, "000201") || f["63"] != fmt.Sprintf("%04X", CRC16CCITTFalse([]byte(p[:len(p)-4]))) {
		t.Errorf("bad CRC or start: %s", p)
	}
	// InstaPay: the link as is; credit notes: no QR.
	link := "https://ipn.eg/S/nilefurniture/instapay/AbC123"
	if got, _ := (PaymentInfo{InstaPayLink: link}).Payload(doc); got != link {
		t.Errorf("instapay payload %q", got)
	}
	doc.Kind = invoice.KindCredit
	if got, _ := (PaymentInfo{InstaPayLink: link}).Payload(doc); got != "" {
		t.Errorf("credit note has a QR: %q", got)
	}
	if err := (PaymentInfo{InstaPayLink: "ipn.eg/x"}).Validate(); err == nil {
		t.Error("a link without https accepted")
	}
}
