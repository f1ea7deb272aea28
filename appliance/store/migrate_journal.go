package store

import (
	"errors"

	bolt "go.etcd.io/bbolt"
)

// startJournal (migration 10) starts ingest's payload journal: from now on
// payloads/ may hold bodies journalled but not yet applied (their messages,
// customers, statuses and queue items not yet stored), and the sequence of
// payload_digests/ is the seq of the last payload applied. Every payload
// stored before this version was applied in the transaction that stored
// it, so the watermark starts at the payloads' own sequence.
func startJournal(tx *bolt.Tx) error {
	p, d := tx.Bucket(BucketPayloads), tx.Bucket(BucketDigests)
	if p == nil || d == nil {
		return errors.New("no payload buckets")
	}
	return d.SetSequence(p.Sequence())
}
