package invoice

import (
	"fmt"

	bolt "go.etcd.io/bbolt"
)

// onIssue runs Config.OnIssue for an issued invoice or credit note.
func (b *Book) onIssue(tx *bolt.Tx, d *Document) error {
	if b.cfg.OnIssue == nil {
		return nil
	}
	if err := b.cfg.OnIssue(tx, d); err != nil {
		return fmt.Errorf("issue %s: %w", d.Number, err)
	}
	return nil
}
