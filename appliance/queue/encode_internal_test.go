package queue

import (
	"encoding/json"
	"reflect"
	"testing"
	"time"
)

// TestItem_EncodeCompact: an item written in the compact form reads back
// as the same item, and an item written as JSON before issue 16 reads
// back as the JSON decoder reads it.
func TestItem_EncodeCompact(t *testing.T) {
	strs := []string{"", "understand", "wamid.HBgLMjAxMDAwMDAwMDAVAgASGBQzQUYx", "عميل", `quote " and \ back`, "tab\tnl\n\x00\x1f", "bad \xff utf8", "👌 \u2028 <&>"}
	times := []time.Time{{}, time.Date(2026, 12, 5, 1, 40, 0, 123456789, time.UTC), time.Unix(1764000000, 0).UTC(), time.Unix(-1, 5).UTC(), time.Unix(0, 0).UTC()}
	for i, s := range strs {
		it := Item{Seq: 9, Kind: s, Ref: s + "r", Key: s + "k", Attempts: i * 1000, NotBefore: times[i%5], EnqueuedAt: times[(i+1)%5],
			LastError: s + "e", Panics: i % 3, Dead: i%3 == 0}
		got, err := decode([]byte{0, 0, 0, 0, 0, 0, 0, 9}, it.encode())
		if err != nil {
			t.Fatalf("%d: %v", i, err)
		}
		if !reflect.DeepEqual(got, it) {
			t.Errorf("%d: compact read back\ngot  %+v\nwant %+v", i, got, it)
		}
		old, err := json.Marshal(it)
		if err != nil {
			t.Fatal(err)
		}
		var want Item
		if err := json.Unmarshal(old, &want); err != nil {
			t.Fatal(err)
		}
		want.Seq = 9
		got, err = decode([]byte{0, 0, 0, 0, 0, 0, 0, 9}, old)
		if err != nil || !reflect.DeepEqual(got, want) {
			t.Errorf("%d: JSON read back %+v, %v\nwant %+v", i, got, err, want)
		}
	}
	// A damaged record is an error, never a different item.
	good := Item{Kind: "understand", Ref: "wamid.1", Key: "2010", EnqueuedAt: times[1]}.encode()
	for n := range len(good) {
		if _, err := decodeCompact(good[:n]); err == nil {
			t.Errorf("cut at %d of %d: no error", n, len(good))
		}
	}
	if _, err := decodeCompact(append(good, 'x')); err == nil {
		t.Error("trailing byte: no error")
	}
}

// TestAppendEncoded: an item encoded ahead (AppendEncoded, as ingest does
// before its group commit) is the item Enqueue would store, and is
// enqueued as one (EnqueueEncoded) among what dst held before.
func TestAppendEncoded(t *testing.T) {
	it := Item{Kind: KindUnderstand, Ref: "wamid.1", Key: "2010", EnqueuedAt: time.Unix(1764000000, 5).UTC()}
	dst, err := AppendEncoded([]byte("before"), it)
	if err != nil {
		t.Fatal(err)
	}
	if want := it.encode(); string(dst) != "before"+string(want) {
		t.Errorf("AppendEncoded = %x, encode = %x after \"before\"", dst, want)
	}
	if _, err := AppendEncoded(nil, Item{Ref: "x"}); err == nil {
		t.Error("empty kind: no error")
	}
	at, err := AppendEncoded(nil, Item{Kind: "k"})
	if err != nil {
		t.Fatal(err)
	}
	if got, err := decodeCompact(at); err != nil || got.EnqueuedAt.IsZero() {
		t.Errorf("no EnqueuedAt: read back %+v, %v; want it set to now", got, err)
	}
}
