package ingest_test

import (
	"testing"

	"fatoora/appliance/ingest"
)

func FuzzParse(f *testing.F) {
	for _, s := range shapes() {
		f.Add(metaEscape(envelope(contact(customer, "اسم"), s.msg, "")))
	}
	f.Add([]byte(envelope("", "", `{"id":"wamid.X","status":"read","timestamp":"1764000000","recipient_id":"1"}`)))
	f.Add([]byte(`{"object":"whatsapp_business_account","entry":[{"changes":[{"field":"messages","value":{"messages":[1,null,{}],"statuses":[{}]}}]}]}`))
	f.Add([]byte(`{"entry":null}`))
	f.Add([]byte(`[]`))
	f.Fuzz(func(t *testing.T, body []byte) {
		n, err := ingest.Parse(body)
		if err != nil {
			if len(n.Messages) != 0 || len(n.Statuses) != 0 {
				t.Fatal("error with output")
			}
			return
		}
		for _, m := range n.Messages {
			if m.ID == "" {
				t.Fatalf("message without id: %+v", m)
			}
			if len(m.Raw) == 0 {
				t.Fatal("message without raw")
			}
		}
		for _, s := range n.Statuses {
			if s.ID == "" {
				t.Fatal("status without id")
			}
		}
	})
}
