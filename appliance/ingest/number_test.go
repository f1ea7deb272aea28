package ingest_test

import (
	"context"
	"path/filepath"
	"testing"

	"fatoora/appliance/ingest"
	"fatoora/appliance/store"
)

// TestIngester_SetPhoneNumberID: a body carrying two business numbers
// stores only the messages of the box's own number.
func TestIngester_SetPhoneNumberID(t *testing.T) {
	db, err := store.Open(filepath.Join(t.TempDir(), "fatoora.db"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	in, err := ingest.New(db, ingest.Options{Secret: secret})
	if err != nil {
		t.Fatal(err)
	}
	change := func(number, wamid string) string {
		return `{"field":"messages","value":{"messaging_product":"whatsapp","metadata":{"display_phone_number":"1","phone_number_id":"` + number +
			`"},"messages":[{"from":"201001234567","id":"` + wamid + `","timestamp":"1767225600","type":"text","text":{"body":"x"}}]}}`
	}
	body := []byte(`{"object":"whatsapp_business_account","entry":[{"id":"W","changes":[` + change("MINE", "wamid.mine") + `,` + change("OTHER", "wamid.other") + `]}]}`)
	in.SetPhoneNumberID("MINE")
	res, err := in.Accept(context.Background(), body, ingest.Sign(secret, body), "relay")
	if err != nil {
		t.Fatal(err)
	}
	if len(res.NewMessages) != 1 || res.NewMessages[0] != "wamid.mine" || res.OtherNumber != 1 {
		t.Fatalf("result %+v", res)
	}
}
