package pdf

import (
	"errors"
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"unicode/utf8"

	"fatoora/appliance/invoice"
	"fatoora/catalog/money"
)

// PaymentInfo says what the payment QR carries. With MerchantID set, an
// EMVCo merchant-presented payload with the amount and invoice number;
// otherwise with InstaPayLink set, that link as is (it carries no amount, so
// the amount and number are printed beside it); otherwise no QR.
type PaymentInfo struct {
	InstaPayLink string // FATOORA_INSTAPAY_LINK: https://ipn.eg/S/<user>/instapay/<token>
	MerchantID   string // FATOORA_MERCHANT_ID: the acquirer's merchant id (Meeza)
	// MerchantGUID is the EMVCo merchant account template's globally unique
	// id (sub-tag 00 of tag 26), as given by the acquirer.
	// FATOORA_MERCHANT_GUID; default "EG.MEEZA".
	MerchantGUID string
	MerchantName string // EMVCo tag 59, Latin, ≤ 25; default the seller's NameEn, else "FATOORA"
	MerchantCity string // EMVCo tag 60, Latin, ≤ 15; default the seller's City, else "CAIRO"
	MCC          string // merchant category code, tag 52; default 5712 (furniture stores)
}

// PaymentInfoFromEnv reads the FATOORA_* payment variables.
func PaymentInfoFromEnv(getenv func(string) string) PaymentInfo {
	g := func(k string) string { return strings.TrimSpace(getenv(k)) }
	return PaymentInfo{
		InstaPayLink: g("FATOORA_INSTAPAY_LINK"),
		MerchantID:   g("FATOORA_MERCHANT_ID"),
		MerchantGUID: g("FATOORA_MERCHANT_GUID"),
		MerchantName: g("FATOORA_MERCHANT_NAME"),
		MerchantCity: g("FATOORA_MERCHANT_CITY"),
	}
}

// Validate checks the configured values.
func (p PaymentInfo) Validate() error {
	if p.InstaPayLink != "" {
		u, err := url.Parse(p.InstaPayLink)
		if err != nil || u.Scheme != "https" || u.Host == "" {
			return fmt.Errorf("instapay link %q: want an https link from the InstaPay app", p.InstaPayLink)
		}
	}
	if p.MerchantID != "" && (len(p.MerchantID) > 60 || !printableASCII(p.MerchantID)) {
		return fmt.Errorf("merchant id %q: want printable ASCII, at most 60 characters", p.MerchantID)
	}
	return nil
}

func printableASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 0x20 || s[i] > 0x7e {
			return false
		}
	}
	return true
}

// Payload is the QR content for doc, or "" when no QR is printed (nothing
// configured, or a credit note).
func (p PaymentInfo) Payload(doc *invoice.Document) (string, error) {
	if doc.Kind == invoice.KindCredit {
		return "", nil
	}
	if p.MerchantID != "" {
		name, city := p.MerchantName, p.MerchantCity
		if name == "" {
			name = doc.Seller.NameEn
		}
		if city == "" {
			city = doc.Seller.City
		}
		return EMVCo(EMVCoFields{
			GUID: p.MerchantGUID, MerchantID: p.MerchantID, MCC: p.MCC,
			Name: name, City: city, Amount: doc.Totals.Total, Bill: doc.Number,
		})
	}
	return p.InstaPayLink, nil
}

// EMVCoFields are the values of an EMVCo merchant-presented QR payload.
type EMVCoFields struct {
	GUID       string         // tag 26/00; default "EG.MEEZA"
	MerchantID string         // tag 26/01
	MCC        string         // tag 52; default "5712"
	Name       string         // tag 59; default "FATOORA"
	City       string         // tag 60; default "CAIRO"
	Amount     money.Piasters // tag 54, EGP with two decimals
	Bill       string         // tag 62/01, the invoice number
}

// EMVCo builds the payload: ID(2) LEN(2) VALUE objects, format 01, dynamic
// (12), currency 818, country EG, ending 6304 and the CRC-16/CCITT-FALSE of
// everything before it including "6304".
func EMVCo(f EMVCoFields) (string, error) {
	if f.MerchantID == "" {
		return "", errors.New("emvco: merchant id is required")
	}
	if f.Amount <= 0 {
		return "", errors.New("emvco: amount must be positive")
	}
	def := func(s, d string) string {
		if s == "" {
			return d
		}
		return s
	}
	var b strings.Builder
	tlv := func(id, v string) error {
		if utf8.RuneCountInString(v) > 99 {
			return fmt.Errorf("emvco: tag %s longer than 99", id)
		}
		fmt.Fprintf(&b, "%s%02d%s", id, utf8.RuneCountInString(v), v)
		return nil
	}
	sub := func(pairs ...string) string {
		var s strings.Builder
		for i := 0; i+1 < len(pairs); i += 2 {
			fmt.Fprintf(&s, "%s%02d%s", pairs[i], utf8.RuneCountInString(pairs[i+1]), pairs[i+1])
		}
		return s.String()
	}
	amount := strconv.FormatInt(int64(f.Amount)/100, 10) + "." + fmt.Sprintf("%02d", int64(f.Amount)%100)
	steps := [][2]string{
		{"00", "01"},
		{"01", "12"},
		{"26", sub("00", def(f.GUID, "EG.MEEZA"), "01", f.MerchantID)},
		{"52", def(f.MCC, "5712")},
		{"53", "818"},
		{"54", amount},
		{"58", "EG"},
		{"59", truncate(latin(def(f.Name, "FATOORA")), 25)},
		{"60", truncate(latin(def(f.City, "CAIRO")), 15)},
		{"62", sub("01", truncate(f.Bill, 25))},
	}
	for _, s := range steps {
		if err := tlv(s[0], s[1]); err != nil {
			return "", err
		}
	}
	b.WriteString("6304")
	fmt.Fprintf(&b, "%04X", CRC16CCITTFalse([]byte(b.String())))
	return b.String(), nil
}

func latin(s string) string {
	s = strings.Map(func(r rune) rune {
		if r < 0x20 || r > 0x7e {
			return -1
		}
		return r
	}, s)
	return strings.TrimSpace(s)
}

func truncate(s string, n int) string {
	if len(s) > n {
		return s[:n]
	}
	return s
}

// CRC16CCITTFalse is CRC-16/CCITT-FALSE: poly 0x1021, init 0xFFFF, no
// reflection, no final xor ("123456789" → 0x29B1).
func CRC16CCITTFalse(data []byte) uint16 {
	crc := uint16(0xFFFF)
	for _, c := range data {
		crc ^= uint16(c) << 8
		for range 8 {
			if crc&0x8000 != 0 {
				crc = crc<<1 ^ 0x1021
			} else {
				crc <<= 1
			}
		}
	}
	return crc
}
