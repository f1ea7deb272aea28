package e2e

import (
	"fmt"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"fatoora/appliance"
	"fatoora/appliance/ingest"
	"fatoora/appliance/store"

	bolt "go.etcd.io/bbolt"
)

// storedMessages reads a stopped box's store: every inbound message's
// wamid, in the order the box stored them, and how often each appears.
func storedMessages(t *testing.T, data string) (order []string, seen map[string]int) {
	t.Helper()
	db, err := store.Open(filepath.Join(data, appliance.DBFile), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	seen = map[string]int{}
	err = db.View(func(tx *bolt.Tx) error {
		return store.Bucket(tx, store.BucketPayloads).ForEach(func(k, _ []byte) error {
			p, _, err := ingest.LoadPayload(tx, store.ParseU64(k))
			if err != nil {
				return err
			}
			n, err := ingest.Parse(p.Body)
			if err != nil {
				return err
			}
			for _, m := range n.Messages {
				order = append(order, m.ID)
				seen[m.ID]++
			}
			return nil
		})
	})
	if err != nil {
		t.Fatal(err)
	}
	return order, seen
}

// TestE2E_ExactlyOnce: Meta posts while the box is down, while it is up,
// while the link is cut mid-frame again and again, while the relay is
// SIGKILLed and restarted, and while the box is SIGKILLed and restarted.
// The box stores every message once, in order for each customer, and
// answers each once.
func TestE2E_ExactlyOnce(t *testing.T) {
	const customers, perCustomer = 6, 10
	g := newGraph(t)
	raddr := freePort(t)
	rdata := t.TempDir()
	relay := startRelay(t, raddr, rdata)
	px := newProxy(t, raddr)
	relayURL := "http://" + raddr

	msg := func(c, i int) inbound {
		return inbound{numA, fmt.Sprintf("2010010000%02d", c), fmt.Sprintf("wamid.C%02d-%03d", c, i), "السلام عليكم"}
	}
	// Phase 1: the box is down; the first messages wait in the relay.
	for c := range customers {
		for i := range 2 {
			deliver(t, relayURL, msg(c, i))
		}
	}
	var rh relayHealth
	health(t, raddr, &rh)
	if rh.Boxes[numA].Backlog != customers*2 || rh.Boxes[numA].Link != "down" {
		t.Fatalf("relay while the box is down: %+v", rh.Boxes[numA])
	}

	// Phase 2: the box comes up through the cuttable proxy; customers keep
	// writing, each message posted after the previous one was accepted.
	data := t.TempDir()
	box := startBox(t, data, px.url(), tokA, g.directEnv()...)
	var posters sync.WaitGroup
	for c := range customers {
		posters.Add(1)
		go func() {
			defer posters.Done()
			for i := 2; i < perCustomer; i++ {
				deliver(t, relayURL, msg(c, i))
				time.Sleep(40 * time.Millisecond)
			}
		}()
	}
	// Phase 3: the link flaps, cut in the middle of what the relay sends.
	flap := func(n int) {
		for range n {
			time.Sleep(120 * time.Millisecond)
			px.cut.Store(true)
		}
	}
	flap(6)
	// Phase 4: the relay is SIGKILLed and restarted on the same data.
	relay.kill(t)
	time.Sleep(300 * time.Millisecond)
	relay = startRelay(t, raddr, rdata)
	flap(3)
	// Phase 5: the box is SIGKILLed and restarted.
	box.kill(t)
	box = startBox(t, data, px.url(), tokA, g.directEnv()...)
	posters.Wait()

	total := customers * perCustomer
	waitUntil(t, "every message answered", 45*time.Second, func() bool { return len(g.ReadMarks()) >= total }, box, relay)
	waitUntil(t, "the relay's backlog drained", 10*time.Second, func() bool {
		var h relayHealth
		health(t, raddr, &h)
		return h.Boxes[numA].Backlog == 0
	}, box, relay)
	time.Sleep(500 * time.Millisecond) // would a duplicate follow?
	if px.cuts.Load() == 0 {
		t.Fatal("the proxy never cut the link: the test did not test flapping")
	}
	var bh boxHealth
	health(t, box.addr, &bh)
	if bh.Parts["relay"].Details["link"] != "up" {
		t.Fatalf("box health: %+v", bh.Parts["relay"])
	}
	box.stop(t)
	relay.stop(t)

	order, seen := storedMessages(t, data)
	if len(seen) != total {
		t.Errorf("box stored %d distinct messages, want %d", len(seen), total)
	}
	for id, n := range seen {
		if n != 1 {
			t.Errorf("%s stored %d times", id, n)
		}
	}
	checkOrder := func(what string, ids []string) {
		last := map[string]string{}
		for _, id := range ids {
			c := id[:len("wamid.C00")]
			if prev, ok := last[c]; ok && prev >= id {
				t.Errorf("%s out of order for customer %s: %s after %s", what, c, id, prev)
			}
			last[c] = id
		}
	}
	checkOrder("stored", order)
	marks := map[string]int{}
	var marked []string
	for _, r := range g.ReadMarks() {
		marks[r.MessageID]++
		marked = append(marked, r.MessageID)
	}
	for c := range customers {
		for i := range perCustomer {
			if id := msg(c, i).wamid; marks[id] != 1 {
				t.Errorf("%s answered %d times", id, marks[id])
			}
		}
		if n := len(g.MessagesTo(msg(c, 0).from)); n != perCustomer {
			t.Errorf("customer %d got %d replies, want %d", c, n, perCustomer)
		}
	}
	checkOrder("answered", marked)
	t.Logf("%d messages, %d link cuts, relay killed once, box killed once", total, px.cuts.Load())
}

