package catalog

import (
	"strings"
	"testing"
)

func TestItemCodeType(t *testing.T) {
	for _, tc := range []struct {
		code, want, err string
	}{
		{"EG-123456789-CH01", ItemCodeEGS, ""},
		{"EG-123456789-KT-02_b.1", ItemCodeEGS, ""},
		{"4006381333931", ItemCodeGS1, ""}, // a real EAN-13
		{"96385074", ItemCodeGS1, ""},      // a GTIN-8
		{"036000291452", ItemCodeGS1, ""},  // a UPC-A
		{"4006381333932", "", "check digit"},
		{"EG-12345678-CH01", "", "9-digit"},
		{"EG-123456789-", "", "internal code"},
		{"EG-123456789-كرسي", "", "not allowed"},
		{"12345", "", "8, 12, 13 or 14"},
		{"CH-01", "", "want an EGS code"},
		{"", "", "empty"},
	} {
		t.Run(tc.code, func(t *testing.T) {
			got, err := ItemCodeType(tc.code)
			if tc.err != "" {
				if err == nil || !strings.Contains(err.Error(), tc.err) {
					t.Fatalf("ItemCodeType(%q) = %q, %v; want error with %q", tc.code, got, err, tc.err)
				}
				return
			}
			if err != nil || got != tc.want {
				t.Fatalf("ItemCodeType(%q) = %q, %v; want %q", tc.code, got, err, tc.want)
			}
		})
	}
}

func TestParseCSV_ItemCode(t *testing.T) {
	good := "sku,name_ar,unit,price,item_code\nA,كرسي,piece,100,EG-123456789-A\nB,ترابيزة,piece,200,\n"
	ps, err := ParseCSV(strings.NewReader(good), "c.csv")
	if err != nil {
		t.Fatal(err)
	}
	if ps[0].ItemCode != "EG-123456789-A" || ps[1].ItemCode != "" {
		t.Fatalf("item codes %q %q", ps[0].ItemCode, ps[1].ItemCode)
	}
	bad := "sku,name_ar,unit,price,item_code\nA,كرسي,piece,100,4006381333932\n"
	_, err = ParseCSV(strings.NewReader(bad), "c.csv")
	if err == nil || !strings.Contains(err.Error(), "item_code (5)") || !strings.Contains(err.Error(), "check digit") {
		t.Fatalf("malformed item code: %v", err)
	}
	var out strings.Builder
	if err := WriteCSV(&out, ps); err != nil {
		t.Fatal(err)
	}
	back, err := ParseCSV(strings.NewReader(out.String()), "round.csv")
	if err != nil || back[0].ItemCode != "EG-123456789-A" {
		t.Fatalf("round trip: %v %+v", err, back)
	}
}

// FuzzItemCodeType: no input panics, and whatever is accepted as GS1 is
// digits whose last is the check digit of the rest.
func FuzzItemCodeType(f *testing.F) {
	for _, s := range []string{"EG-123456789-A", "4006381333931", "96385074", "EG--", "٤٠٠٦٣٨١٣٣٣٩٣١"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, code string) {
		kind, err := ItemCodeType(code)
		if err != nil {
			return
		}
		switch kind {
		case ItemCodeGS1:
			if !allDigits(code) || gtinCheckDigit(code[:len(code)-1]) != code[len(code)-1] {
				t.Fatalf("accepted %q as GS1", code)
			}
		case ItemCodeEGS:
			if !strings.HasPrefix(code, "EG-") || len(code) > 100 {
				t.Fatalf("accepted %q as EGS", code)
			}
		default:
			t.Fatalf("kind %q", kind)
		}
	})
}
