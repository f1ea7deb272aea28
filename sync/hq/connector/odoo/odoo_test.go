package odoo_test

import (
	"context"
	"encoding/json"
	"errors"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fatoora/sync/hq"
	"fatoora/sync/hq/connector"
	"fatoora/sync/hq/connector/odoo"
	"fatoora/sync/hq/connector/odoo/odootest"
	"fatoora/sync/hq/hqbolt"
	"fatoora/sync/hqwire"
)

var t0 = time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)

func standIn(t *testing.T) (*odootest.Server, *odoo.Connector) {
	t.Helper()
	s := odootest.New("acme", "hq@acme.eg", "api-key")
	srv := httptest.NewServer(s)
	t.Cleanup(srv.Close)
	c, err := odoo.New(odoo.Options{URL: srv.URL, DB: "acme", User: "hq@acme.eg", Password: "api-key", TaxID: 7})
	if err != nil {
		t.Fatal(err)
	}
	return s, c
}

func doc(number, kind string) connector.Document {
	return connector.Document{
		Document: hq.Document{BoxID: "shop1", Kind: kind, Number: number, IssuedAt: t0, Customer: "أحمد", Net: 200000, VAT: 28000, Total: 228000},
		Ref:      "shop1/" + number, WaID: "201001234567", Currency: "EGP",
		Lines: []connector.Line{{Name: "كنبة", SKU: "SOFA-1", Quantity: 2000, UnitPrice: 100000, Net: 200000, VAT: 28000, Total: 228000}},
	}
}

func TestConnector_PushIsIdempotent(t *testing.T) {
	s, c := standIn(t)
	ctx := context.Background()
	id1, err := c.Push(ctx, doc("INV-1", hqwire.KindInvoice))
	if err != nil {
		t.Fatal(err)
	}
	id2, err := c.Push(ctx, doc("INV-1", hqwire.KindInvoice))
	if err != nil || id2 != id1 {
		t.Fatalf("second push: %q %v, want %q", id2, err, id1)
	}
	if _, err := c.Push(ctx, doc("CN-1", hqwire.KindCreditNote)); err != nil {
		t.Fatal(err)
	}
	moves := s.Records("account.move")
	if len(moves) != 2 {
		t.Fatalf("%d moves in Odoo, want 2", len(moves))
	}
	m := moves[0]
	if m["move_type"] != "out_invoice" || m["ref"] != "shop1/INV-1" || m["invoice_date"] != "2026-12-01" {
		t.Errorf("invoice move %v", m)
	}
	lines := m["invoice_line_ids"].([]any)
	line := lines[0].([]any)[2].(map[string]any)
	if line["quantity"] != 2.0 || line["price_unit"] != 1000.0 || !strings.Contains(line["name"].(string), "كنبة") {
		t.Errorf("line %v", line)
	}
	if taxes, _ := json.Marshal(line["tax_ids"]); string(taxes) != "[[6,0,[7]]]" {
		t.Errorf("tax_ids %s", taxes)
	}
	if moves[1]["move_type"] != "out_refund" {
		t.Errorf("credit note pushed as %v", moves[1]["move_type"])
	}
	if ps := s.Records("res.partner"); len(ps) != 1 || ps[0]["name"] != "أحمد" || ps[0]["mobile"] != "+201001234567" {
		t.Errorf("partners %v", ps)
	}
	if calls := strings.Join(s.Calls(), " "); strings.Count(calls, "common.login") != 1 || strings.Count(calls, "account.move.create") != 2 {
		t.Errorf("calls: %s", calls)
	}
}

func TestConnector_Errors(t *testing.T) {
	t.Run("login refused", func(t *testing.T) {
		s := odootest.New("acme", "hq@acme.eg", "api-key")
		srv := httptest.NewServer(s)
		defer srv.Close()
		c, _ := odoo.New(odoo.Options{URL: srv.URL, DB: "acme", User: "hq@acme.eg", Password: "wrong"})
		if _, err := c.Push(context.Background(), doc("INV-1", hqwire.KindInvoice)); !errors.Is(err, odoo.ErrLogin) {
			t.Fatalf("push with a wrong password: %v", err)
		}
	})
	t.Run("server error envelope", func(t *testing.T) {
		s, c := standIn(t)
		s.FailNext("odoo.exceptions.ValidationError")
		_, err := c.Push(context.Background(), doc("INV-1", hqwire.KindInvoice))
		var oe *odoo.Error
		if !errors.As(err, &oe) || oe.Code != 200 || oe.Data.Name != "odoo.exceptions.ValidationError" || !strings.Contains(err.Error(), "simulated failure") {
			t.Fatalf("error %v", err)
		}
		if _, err := c.Push(context.Background(), doc("INV-1", hqwire.KindInvoice)); err != nil {
			t.Fatalf("after the failure: %v", err)
		}
		if n := len(s.Records("account.move")); n != 1 {
			t.Fatalf("%d moves", n)
		}
	})
	t.Run("unreachable", func(t *testing.T) {
		c, _ := odoo.New(odoo.Options{URL: "http://127.0.0.1:1", DB: "a", User: "u", Password: "p"})
		if _, err := c.Push(context.Background(), doc("INV-1", hqwire.KindInvoice)); err == nil {
			t.Fatal("no error from a closed port")
		}
	})
}

func TestPusher_PushesHeadOfficeDocumentsOnce(t *testing.T) {
	st, err := hqbolt.Open(filepath.Join(t.TempDir(), hqbolt.File), hqbolt.Options{NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	item := func(number, kind, refers string) hq.Record {
		doc := `{"number":"` + number + `","kind":"` + kind + `","refers_to":"` + refers + `","buyer":{"name":"منى","wa_id":"201112223334"},"lines":[{"name_ar":"سرير","sku":"BED-1","quantity":1000,"unit_price":500000,"net":500000,"vat":70000,"total":570000}]}`
		raw, _ := json.Marshal(hqwire.Item{Key: hqwire.Key("shop1", number, 0), Kind: kind, Number: number, Document: json.RawMessage(doc)})
		return hq.Record{Key: hqwire.Key("shop1", number, 0), BoxID: "shop1", Kind: kind, Number: number, Hash: hq.HashItem(raw), Item: raw,
			IssuedAt: t0, Customer: "منى", Net: 500000, VAT: 70000, Total: 570000, RefersTo: refers}
	}
	if _, err := st.Put(context.Background(), []hq.Record{item("INV-1", hqwire.KindInvoice, ""), item("INV-2", hqwire.KindInvoice, ""), item("CN-1", hqwire.KindCreditNote, "INV-2")}, t0); err != nil {
		t.Fatal(err)
	}
	s, c := standIn(t)
	s.FailNext("odoo.exceptions.UserError") // the first document fails once
	p, err := connector.NewPusher(connector.PusherOptions{Store: st, Connector: c})
	if err != nil {
		t.Fatal(err)
	}
	n, err := p.Round(context.Background())
	if n != 2 || err == nil {
		t.Fatalf("first round: %d pushed, %v", n, err)
	}
	if n, err := p.Round(context.Background()); n != 1 || err != nil {
		t.Fatalf("second round: %d pushed, %v", n, err)
	}
	if n, err := p.Round(context.Background()); n != 0 || err != nil {
		t.Fatalf("third round: %d pushed, %v", n, err)
	}
	// A restarted head office pushes again; Odoo still has one move each.
	p2, _ := connector.NewPusher(connector.PusherOptions{Store: st, Connector: c})
	if n, err := p2.Round(context.Background()); n != 3 || err != nil {
		t.Fatalf("after restart: %d, %v", n, err)
	}
	moves := s.Records("account.move")
	if len(moves) != 3 {
		t.Fatalf("%d moves, want 3", len(moves))
	}
	line := moves[0]["invoice_line_ids"].([]any)[0].([]any)[2].(map[string]any)
	if line["price_unit"] != 5000.0 || line["quantity"] != 1.0 {
		t.Errorf("line %v", line)
	}
	if p.State().Pushed != 3 {
		t.Errorf("state %+v", p.State())
	}
}
