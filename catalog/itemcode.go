package catalog

import (
	"fmt"
	"strings"
)

// Item code types, as ETA names them.
const (
	ItemCodeEGS = "EGS" // EG-<9-digit taxpayer RIN>-<internal code>, registered by the taxpayer
	ItemCodeGS1 = "GS1" // a GTIN-8, -12, -13 or -14 with its check digit
)

// ItemCodeType checks an ETA item code (the catalog's optional item_code
// column) and says whether it is an EGS or a GS1 code.
func ItemCodeType(code string) (string, error) {
	switch {
	case code == "":
		return "", fmt.Errorf("empty item code")
	case strings.HasPrefix(strings.ToUpper(code), "EG-"):
		parts := strings.SplitN(code, "-", 3)
		if len(parts) != 3 || parts[0] != "EG" {
			return "", fmt.Errorf("item code %q: an EGS code is EG-<9-digit RIN>-<code>", code)
		}
		if !allDigits(parts[1]) || len(parts[1]) != 9 {
			return "", fmt.Errorf("item code %q: %q is not a 9-digit tax registration number", code, parts[1])
		}
		if parts[2] == "" || len(code) > 100 {
			return "", fmt.Errorf("item code %q: the internal code after the RIN must be 1..%d characters", code, 100-13)
		}
		for _, r := range parts[2] {
			if !(r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-' || r == '_' || r == '.') {
				return "", fmt.Errorf("item code %q: %q is not allowed in an EGS code (letters, digits, '-', '_', '.')", code, r)
			}
		}
		return ItemCodeEGS, nil
	case allDigits(code):
		switch len(code) {
		case 8, 12, 13, 14:
		default:
			return "", fmt.Errorf("item code %q: a GS1 code (GTIN) has 8, 12, 13 or 14 digits, not %d", code, len(code))
		}
		if want := gtinCheckDigit(code[:len(code)-1]); code[len(code)-1] != want {
			return "", fmt.Errorf("item code %q: wrong GTIN check digit %c (want %c)", code, code[len(code)-1], want)
		}
		return ItemCodeGS1, nil
	}
	return "", fmt.Errorf("item code %q: want an EGS code EG-<RIN>-<code> or a GS1 GTIN of 8, 12, 13 or 14 digits", code)
}

// gtinCheckDigit is GS1's mod-10 check digit of the digits before it:
// weights 3 and 1 alternating from the right.
func gtinCheckDigit(body string) byte {
	sum := 0
	for i := 0; i < len(body); i++ {
		d := int(body[len(body)-1-i] - '0')
		if i%2 == 0 {
			d *= 3
		}
		sum += d
	}
	return byte('0' + (10-sum%10)%10)
}

func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}
