package etatest

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"fatoora/appliance/invoice"
	"fatoora/appliance/invoice/receipt"
	"fatoora/catalog"
)

func sealed(t *testing.T, prev string, tamper func(*receipt.Receipt)) (string, []byte) {
	t.Helper()
	b, _ := invoice.NewBook(invoice.Config{BranchCode: "B", Stock: invoice.NoStock{}, Seller: invoice.Seller{Name: "s", Address: "a", TaxRegNo: "1"}})
	p, err := b.Price(invoice.Request{Lines: []invoice.RequestLine{{Product: catalog.Product{SKU: "A", NameAr: "كرسي", Unit: catalog.Piece, Price: 100_00}, Quantity: 3000}}})
	if err != nil {
		t.Fatal(err)
	}
	doc := &invoice.Document{Number: "INV-1", Kind: invoice.KindInvoice, IssuedAt: time.Date(2025, 9, 15, 9, 0, 0, 0, time.UTC), Priced: p}
	r, err := receipt.Build(doc, receipt.POS{RIN: "123456789", BranchCode: "0", Serial: "P", ActivityCode: "4759"}, receipt.Link{Previous: prev}, []string{""}, invoice.DefaultNationalIDAbove)
	if err != nil {
		t.Fatal(err)
	}
	if tamper != nil {
		tamper(r)
	}
	body, err := receipt.Seal(r)
	if err != nil {
		t.Fatal(err)
	}
	return r.Header.UUID, body
}

func TestServer_ChecksEachReceipt(t *testing.T) {
	s := New(Options{ClientID: "c", ClientSecret: "x"})
	defer s.Close()
	req, _ := http.NewRequest("POST", s.URL+"/connect/token", strings.NewReader(url.Values{"grant_type": {"client_credentials"}, "client_id": {"c"}, "client_secret": {"x"}}.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	for _, h := range []string{"posserial", "pososversion", "posmodelframework"} {
		req.Header.Set(h, "v")
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	var tok struct {
		AccessToken string `json:"access_token"`
	}
	json.NewDecoder(resp.Body).Decode(&tok)
	resp.Body.Close()

	first, good := sealed(t, "", nil)
	_, badCalc := sealed(t, first, func(r *receipt.Receipt) { r.ItemData[0].TotalSale = "301.00" })
	_, gap := sealed(t, "f00d", nil)
	_, badUUID := sealed(t, first, nil)
	badUUID = bytes.Replace(badUUID, []byte(`"receiptNumber":"INV-1"`), []byte(`"receiptNumber":"INV-2"`), 1)
	for _, tc := range []struct {
		name string
		body []byte
		code string
	}{
		{"good", good, ""},
		{"uuid does not match the body", badUUID, "UuidMismatch"},
		{"totalSale is not quantity × price", badCalc, "CalculationError"},
		{"a gap in the chain", gap, "PreviousUuidMismatch"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			body := `{"receipts":[` + string(tc.body) + `],"signatures":[{"signatureType":"I","value":""}]}`
			req, _ := http.NewRequest("POST", s.URL+"/api/v1/receiptsubmissions", strings.NewReader(body))
			req.Header.Set("Authorization", "Bearer "+tok.AccessToken)
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Body.Close()
			var ans struct {
				Accepted []accepted `json:"acceptedDocuments"`
				Rejected []rejected `json:"rejectedDocuments"`
			}
			if err := json.NewDecoder(resp.Body).Decode(&ans); err != nil || resp.StatusCode != http.StatusAccepted {
				t.Fatalf("%s: %v", resp.Status, err)
			}
			if tc.code == "" {
				if len(ans.Accepted) != 1 {
					t.Fatalf("not accepted: %+v", ans.Rejected)
				}
				return
			}
			if len(ans.Rejected) != 1 || ans.Rejected[0].Error.Details[0].Code != tc.code {
				t.Fatalf("want rejection %s, got %+v %+v", tc.code, ans.Accepted, ans.Rejected)
			}
		})
	}
}
