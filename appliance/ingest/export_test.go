package ingest

// JournalOnly makes in's Receive journal every body and leave it to the
// applier (or to a later journal commit that carries the backlog), as it
// does under a burst.
func JournalOnly(in *Ingester) { in.noInline = true }

// RideMin is how many waiting payloads make a journal commit apply some in
// the tests that set it with RideAt (the box's bound, rideMin, is larger).
const RideMin = 300

// RideAt sets how many waiting payloads make in's journal commits apply some.
func RideAt(in *Ingester, n uint64) { in.ride = n }

// InFlight counts one more Receive on its way to a commit until the
// returned func is called: the applier holds back as for a burst.
func InFlight(in *Ingester) func() {
	in.inflight.Add(1)
	return func() { in.inflight.Add(-1); in.poke() }
}
