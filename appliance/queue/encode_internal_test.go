package queue

import (
	"encoding/json"
	"reflect"
	"testing"
	"time"
)

// TestItem_EncodeAsJSON: the item Enqueue writes by hand is the JSON
// encoding/json writes — the same bytes for plain strings, and for any
// string the same item when read back.
func TestItem_EncodeAsJSON(t *testing.T) {
	strs := []string{"", "understand", "wamid.HBgLMjAxMDAwMDAwMDAVAgASGBQzQUYx", "عميل", `quote " and \ back`, "tab\tnl\n\x00\x1f", "bad \xff utf8", "👌 \u2028 <&>"}
	times := []time.Time{{}, time.Date(2026, 12, 5, 1, 40, 0, 123456789, time.UTC), time.Unix(1764000000, 0).UTC()}
	for i, s := range strs {
		it := Item{Seq: uint64(i), Kind: s, Ref: s, Key: s, Attempts: i, NotBefore: times[i%3], EnqueuedAt: times[(i+1)%3],
			LastError: s, Panics: i % 2, Dead: i%3 == 0}
		mine := it.appendJSON(nil)
		std, err := json.Marshal(it)
		if err != nil {
			t.Fatal(err)
		}
		if i < 3 && string(mine) != string(std) {
			t.Errorf("mine %s\nstd  %s", mine, std)
		}
		var a, b Item
		if err := json.Unmarshal(mine, &a); err != nil {
			t.Fatalf("not JSON: %v: %s", err, mine)
		}
		if err := json.Unmarshal(std, &b); err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(a, b) {
			t.Errorf("read back\nmine %+v\nstd  %+v", a, b)
		}
	}
}
