package e2e

import (
	"bytes"
	"fmt"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"fatoora/appliance/ingest"
	"fatoora/appliance/store"
	"fatoora/sync/relay/proto"

	bolt "go.etcd.io/bbolt"
)

// storedMessages reads a stopped box's store: every inbound message's
// wamid, in the order the box stored them, and how often each appears.
func storedMessages(t *testing.T, data string) (order []string, seen map[string]int) {
	t.Helper()
	db, err := store.Open(filepath.Join(data, "fatoora.db") /* the box's store file, as an operator sees it */, store.Options{})
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
	const customers, perCustomer = 6, 30
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
				time.Sleep(60 * time.Millisecond)
			}
		}()
	}
	// Phase 3: the link flaps, cut in the middle of what the relay sends.
	flap := func(n int) {
		for range n {
			before := px.cuts.Load()
			px.cut.Store(true) // the next webhook-sized chunk is cut in two
			for deadline := time.Now().Add(3 * time.Second); px.cuts.Load() == before && time.Now().Before(deadline); {
				time.Sleep(5 * time.Millisecond)
			}
		}
		px.cut.Store(false)
	}
	flap(4)
	// Phase 4: the relay is SIGKILLed and restarted on the same data.
	relay.kill(t)
	time.Sleep(300 * time.Millisecond)
	relay = startRelay(t, raddr, rdata)
	flap(2)
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
	if px.cuts.Load() < 3 {
		t.Fatalf("the proxy cut the link %d times mid-webhook: the test did not test flapping", px.cuts.Load())
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

// TestE2E_Refusals: a wrong token is refused; a box never receives
// another number's messages; bytes altered at the relay are rejected by
// the box (Meta's signature no longer matches) and moved aside.
func TestE2E_Refusals(t *testing.T) {
	g := newGraph(t)
	raddr := freePort(t)
	rdata := t.TempDir()
	relay := startRelay(t, raddr, rdata)
	relayURL := "http://" + raddr

	// Wrong token: the box shows it on /healthz, the relay counts it.
	intruder := startBox(t, t.TempDir(), "ws://"+raddr, "not-the-token-of-any-box-at-all")
	waitUntil(t, "the intruder refused", 20*time.Second, func() bool {
		var h boxHealth
		health(t, intruder.addr, &h)
		return h.Parts["relay"].Details["link"] == "refused"
	}, intruder, relay)
	var rh relayHealth
	health(t, raddr, &rh)
	if rh.Webhooks["link_auth_failures"] < 1 {
		t.Fatalf("relay did not count the refusal: %+v", rh.Webhooks)
	}
	intruder.stop(t)

	// Box B's messages and an altered one wait while box A is away.
	deliver(t, relayURL, inbound{numB, "201002000001", "wamid.B-1", "رسالة لفرع آخر"})
	deliver(t, relayURL, inbound{numA, "201001000001", "wamid.A-altered", "السلام عليكم"})
	deliver(t, relayURL, inbound{numA, "201001000001", "wamid.A-1", "السلام عليكم"})
	relay.stop(t)
	alterFirst(t, filepath.Join(rdata, "relay.db"), numA)
	relay = startRelay(t, raddr, rdata)

	data := t.TempDir()
	box := startBox(t, data, "ws://"+raddr, tokA, g.directEnv()...)
	waitUntil(t, "box A handled its two webhooks", 20*time.Second, func() bool {
		var h relayHealth
		health(t, raddr, &h)
		return h.Boxes[numA].Backlog == 0 && h.Boxes[numA].Delivered == 1 && h.Boxes[numA].Rejected == 1
	}, box, relay)
	waitUntil(t, "the genuine message answered", 20*time.Second, func() bool { return len(g.ReadMarks()) == 1 }, box)
	var bh boxHealth
	health(t, box.addr, &bh)
	if bh.num("webhook", "bad_signature") != 1 || bh.num("relay", "webhooks_rejected") != 1 {
		t.Fatalf("box health: webhook %+v relay %+v", bh.Parts["webhook"], bh.Parts["relay"])
	}
	health(t, raddr, &rh)
	if rh.Boxes[numB].Backlog != 1 || rh.Boxes[numB].Link != "down" {
		t.Fatalf("box B's message did not stay queued for box B: %+v", rh.Boxes[numB])
	}
	box.stop(t)
	_, seen := storedMessages(t, data)
	if len(seen) != 1 || seen["wamid.A-1"] != 1 {
		t.Fatalf("box A stored %v, want only wamid.A-1", seen)
	}
	if g.ReadMarks()[0].MessageID != "wamid.A-1" {
		t.Fatalf("answered %+v", g.ReadMarks())
	}
}

// alterFirst changes one byte of a number's first queued webhook in the
// relay's store, as a compromised relay would.
func alterFirst(t *testing.T, path, number string) {
	t.Helper()
	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	err = db.Update(func(tx *bolt.Tx) error {
		q := tx.Bucket([]byte("queues")).Bucket([]byte(number))
		k, v := q.Cursor().First()
		f, err := proto.Decode(v)
		if err != nil {
			return err
		}
		w := f.(proto.Webhook)
		w.Body = bytes.Replace(w.Body, []byte("201001000001"), []byte("201009999999"), 1)
		enc, err := proto.Encode(w)
		if err != nil {
			return err
		}
		return q.Put(k, enc)
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestE2E_RelayGraph: the box holds no Meta access token; its answers and
// their read marks go out through the relay, which adds the token.
func TestE2E_RelayGraph(t *testing.T) {
	g := newGraph(t)
	raddr := freePort(t)
	relay := startRelay(t, raddr, t.TempDir(), "--graph-token", numA+"="+metaToken, "--graph-url", g.url)
	box := startBox(t, t.TempDir(), "ws://"+raddr, tokA, "FATOORA_RELAY_GRAPH=true", "FATOORA_WA_PHONE_NUMBER_ID="+numA)
	if strings.Contains(strings.Join(box.cmd.Env, " "), metaToken) {
		t.Fatal("the box was given the access token")
	}
	for i := range 3 {
		deliver(t, "http://"+raddr, inbound{numA, "201001000001", fmt.Sprintf("wamid.G%d", i), "السلام عليكم"})
	}
	waitUntil(t, "three answers through the relay", 30*time.Second, func() bool {
		return len(g.MessagesTo("201001000001")) == 3 && len(g.ReadMarks()) == 3
	}, box, relay)
	var bh boxHealth
	health(t, box.addr, &bh)
	if bh.num("relay", "graph_calls") < 3 || bh.Parts["whatsapp"].Details["mode"] != "relay" {
		t.Fatalf("box health: relay %+v whatsapp %+v", bh.Parts["relay"], bh.Parts["whatsapp"])
	}
	box.stop(t)
	relay.stop(t)
}
