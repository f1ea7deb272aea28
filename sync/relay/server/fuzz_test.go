package server_test

import (
	"encoding/json"
	"fmt"
	"testing"

	"fatoora/sync/relay/server"
)

var routeSeeds = []string{
	`{"entry":[{"changes":[{"value":{"metadata":{"phone_number_id":"A"}}},{"value":{"metadata":{"phone_number_id":"A"}}}]}]}`,
	`]`,
	`{"Entry":[{"changes":[{"value":{"metadata":{"phone_number_id":"A"}}}]}]}`,
	`{"entry":[{"changes":[{"value":{"metadata":{"phone_number_id":"A","phone_number_id":"B"}}}]}]}`,
	`{"entry":[{"changes":[{"value":{"metadata":{"PHONE_NUMBER_ID":"A"}}}]}],"entry":null}`,
	`{"entry":[{"changes":[{"value":{"metadata":{"phone_number_id":5}}},{"value":{"metadata":{"phone_number_id":"B"}}}]}]}`,
	`{"entry":[{"changes":[{"value":{"metadata":{"phone_number_id":"\u0041"}}}]}]}`,
	`{"entry":[{"changes":[{"value":{"metadata":{"phone_number_\u0069d":"A"}}}]}]}`,
	`{"entry":[{"changes":[{"value":{"metadata":null}},{"value":{"metadata":{"phone_number_id":"C","x":[1,{"y":"]}"}]}}}]}]}`,
	`{"entry":[{"changeſ":[{"value":{"metadata":{"phone_number_id":"A"}}}]}]}`,
	`[{"entry":[]}]`,
	`{"entry":[{"changes":[{"value":{"messages":[{"text":{"body":"\"phone_number_id\":\"X\""}}],"metadata":{"phone_number_id":"D"}}}]}]}`,
}

// FuzzRoute: any signed body routes somewhere (never nowhere, never a
// panic), each number once; the walk agrees with encoding/json whenever it
// answers.
func FuzzRoute(f *testing.F) {
	f.Add(webhook(numA, "2010", "w", "x"))
	for _, s := range routeSeeds {
		f.Add([]byte(s))
	}
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
		if !json.Valid(body) {
			return
		}
		if walk, ok := server.RouteWalk(body); ok && fmt.Sprint(walk) != fmt.Sprint(server.RouteDecode(body)) {
			t.Fatalf("walk %q, encoding/json %q", walk, server.RouteDecode(body))
		}
	})
}

// Meta's bodies take the walk, not encoding/json.
func TestRoute_WalksMetaBodies(t *testing.T) {
	for _, body := range [][]byte{webhook(numA, "201001234567", "wamid.1", "عايز ترابيزة \"سفرة\""), []byte(routeSeeds[0]), []byte(routeSeeds[11])} {
		if _, ok := server.RouteWalk(body); !ok {
			t.Errorf("walk refused %s", body)
		}
	}
}
