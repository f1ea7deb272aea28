package server_test

import (
	"testing"

	"fatoora/sync/relay/server"
)

// FuzzRoute: any signed body routes somewhere (never nowhere, never a
// panic), each number once.
func FuzzRoute(f *testing.F) {
	f.Add(webhook(numA, "2010", "w", "x"))
	f.Add([]byte(`{"entry":[{"changes":[{"value":{"metadata":{"phone_number_id":"A"}}},{"value":{"metadata":{"phone_number_id":"A"}}}]}]}`))
	f.Add([]byte(`]`))
	f.Fuzz(func(t *testing.T, body []byte) {
		got := server.Route(body)
		if len(got) == 0 {
			t.Fatal("routed nowhere")
		}
		seen := map[string]bool{}
		for _, n := range got {
			if seen[n] {
				t.Fatalf("%q routed twice", n)
			}
			seen[n] = true
		}
	})
}
