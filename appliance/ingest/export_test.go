package ingest

// JournalOnly makes in's Receive journal every body and leave it to the
// applier (or to a later journal commit that carries the backlog), as it
// does under a burst.
func JournalOnly(in *Ingester) { in.noInline = true }

// RideMin is how many waiting payloads make a journal commit apply some.
const RideMin = rideMin
