package ingest

// JournalOnly makes in's Receive journal every body and leave it to the
// applier, as it does under a burst.
func JournalOnly(in *Ingester) { in.noInline = true }
