package pipeline_test

import (
	"context"
	"fmt"
	"os"
	"syscall"
	"testing"
	"time"

	"fatoora/appliance/pipeline"
	"fatoora/appliance/whatsapp/graphsim"

	bolt "go.etcd.io/bbolt"
)

// TestPipeline_PagesPerOrder measures what one order costs the store, one
// order at a time (no commit shared between orders): bbolt commits, page
// writes and bytes from the webhook to both replies recorded. It is a
// measurement, run by hand (BENCHMARKS.md, issue 16):
//
//	FATOORA_PAGES=1 go test -count=1 -run TestPipeline_PagesPerOrder -v ./appliance/pipeline/
//
// It fails if an order costs more than the bound below, which is what the
// layout of issue 16 (branch h16e, then p20's migration 12 and p22's 13) achieves with
// some room.
func TestPipeline_PagesPerOrder(t *testing.T) {
	if os.Getenv("FATOORA_PAGES") == "" {
		t.Skip("a measurement: set FATOORA_PAGES=1")
	}
	// made to order: invoiced every time, an invoice document and a summary
	const kitchen = "عايز دولاب مطبخ خشب زان، مقاس 2 متر في 120 سم، لون رمادي فاتح"
	const warm, n, maxWrites = 20, 200, 56 // base (main 80138fa): 89.9; h16e's layout: 79.9; a reply as one run (h16f): 67.9; main a9a780d: 62.2; customers beside their messages (p20): 54.5; the customer's run (p22): 50.3; each message's order beside its key (p23): 48.8
	h := newHarness(t, nil)
	order := func(i int) {
		to := fmt.Sprintf("2011%08d", i)
		h.post(graphsim.Inbound{From: to, Type: "text", Text: &graphsim.Text{Body: kitchen}})
		deadline := time.Now().Add(15 * time.Second)
		for len(h.graph.MessagesTo(to)) < 2 {
			if time.Now().After(deadline) {
				page, _ := h.p.Orders(context.Background(), pipeline.OrderFilter{})
				t.Fatalf("order %d: no replies: %+v", i, page.Orders[0])
			}
			select {
			case <-h.graph.Changed():
			case <-time.After(20 * time.Millisecond):
			}
		}
		h.settle()
	}
	txid := func() (id int) {
		_ = h.db.View(func(tx *bolt.Tx) error { id = tx.ID(); return nil })
		return id
	}
	for i := range warm {
		order(i)
	}
	s0, id0, cpu0 := h.db.Bolt().Stats().TxStats, txid(), cpuTime()
	for i := range n {
		order(warm + i)
	}
	s1, id1, cpu1 := h.db.Bolt().Stats().TxStats, txid(), cpuTime()
	writes := float64(s1.GetWrite()-s0.GetWrite()) / n
	t.Logf("per order, after %d orders: %.2f commits, %.1f page writes (meta and freelist included), %.1f KB written; "+
		"CPU of the test process %.2f ms (the Graph stand-in and the test's waits included; not asserted)",
		warm, float64(id1-id0)/n, writes, float64(s1.GetPageAlloc()-s0.GetPageAlloc())/n/1024, float64(cpu1-cpu0)/n/1e6)
	if writes > maxWrites {
		t.Errorf("%.1f page writes per order, want at most %d", writes, maxWrites)
	}
}

// cpuTime is the user and system CPU the process has used so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
