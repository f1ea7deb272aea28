// Package hqpg keeps head office's records in PostgreSQL (fatoora-hq
// --db postgres://...), for a chain whose accountants and reporting tools
// query a database, and so that several fatoora-hq processes can serve one
// database.
//
// Idempotency is the database's: hq_records.key is the primary key, and
// each item is inserted with INSERT ... ON CONFLICT (key) DO NOTHING inside
// the batch's transaction; a key that already exists is read back and its
// body hash compared (duplicate or conflict). Two processes inserting the
// same key at once serialise on the key's index entry: the second waits
// for the first to commit, then sees its row. Keys are inserted in sorted
// order so that two overlapping batches cannot deadlock.
//
// The schema is versioned in schema_migrations; Open applies the pending
// migrations under a transaction-scoped advisory lock, so processes
// starting together migrate once.
package hqpg

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"

	"fatoora/sync/hq"
	"fatoora/sync/hqwire"
)

// migrations are applied in order; never edit one that has shipped.
var migrations = []struct {
	version int
	name    string
	sql     string
}{
	{1, "records", `
CREATE TABLE hq_records (
	key         text PRIMARY KEY,
	box_id      text NOT NULL,
	kind        text NOT NULL,
	number      text NOT NULL,
	body_sha256 text NOT NULL,
	item        jsonb NOT NULL,
	accepted_at timestamptz NOT NULL,
	issued_at   timestamptz NOT NULL,
	customer    text NOT NULL DEFAULT '',
	branch      text NOT NULL DEFAULT '',
	net         bigint NOT NULL DEFAULT 0,
	vat         bigint NOT NULL DEFAULT 0,
	total       bigint NOT NULL DEFAULT 0,
	refers_to   text NOT NULL DEFAULT '',
	method      text NOT NULL DEFAULT ''
);
CREATE INDEX hq_records_box_issued ON hq_records (box_id, issued_at);
CREATE INDEX hq_records_refers ON hq_records (box_id, refers_to);
COMMENT ON TABLE hq_records IS 'fatoora head office: every invoice, credit note and payment from every box, exactly once (key = box id / number / event seq); amounts in piasters';
`},
}

// migrationLock is the advisory lock key for migrations ("fatoora" in ASCII).
const migrationLock = 0x666174_6f6f7261

// Store is the PostgreSQL implementation of hq.Store.
type Store struct{ pool *pgxpool.Pool }

var _ hq.Store = (*Store)(nil)

// Open connects to url (postgres://...) and applies pending migrations.
func Open(ctx context.Context, url string) (*Store, error) {
	cfg, err := pgxpool.ParseConfig(url)
	if err != nil {
		return nil, fmt.Errorf("database url: %w", err)
	}
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("connect: %w", err)
	}
	if err := migrate(ctx, pool); err != nil {
		pool.Close()
		return nil, err
	}
	return &Store{pool: pool}, nil
}

// SchemaVersion is the version Open leaves the database at.
func SchemaVersion() int { return migrations[len(migrations)-1].version }

func migrate(ctx context.Context, pool *pgxpool.Pool) error {
	return pgx.BeginFunc(ctx, pool, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1)`, int64(migrationLock)); err != nil {
			return fmt.Errorf("migration lock: %w", err)
		}
		if _, err := tx.Exec(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
			version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`); err != nil {
			return fmt.Errorf("schema_migrations: %w", err)
		}
		var have int
		if err := tx.QueryRow(ctx, `SELECT coalesce(max(version), 0) FROM schema_migrations`).Scan(&have); err != nil {
			return fmt.Errorf("schema version: %w", err)
		}
		if have > SchemaVersion() {
			return fmt.Errorf("database schema version %d is newer than this program (%d): upgrade fatoora-hq", have, SchemaVersion())
		}
		for _, m := range migrations {
			if m.version <= have {
				continue
			}
			if _, err := tx.Exec(ctx, m.sql); err != nil {
				return fmt.Errorf("migration %d (%s): %w", m.version, m.name, err)
			}
			if _, err := tx.Exec(ctx, `INSERT INTO schema_migrations (version, name) VALUES ($1, $2)`, m.version, m.name); err != nil {
				return fmt.Errorf("migration %d (%s): %w", m.version, m.name, err)
			}
		}
		return nil
	})
}

// Put stores the new records in one transaction, retried when the
// database reports a deadlock or a serialization failure.
func (s *Store) Put(ctx context.Context, recs []hq.Record, now time.Time) ([]hq.Outcome, error) {
	order := make([]int, len(recs))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return recs[order[a]].Key < recs[order[b]].Key })
	var outs []hq.Outcome
	var err error
	for attempt := 0; attempt < 5; attempt++ {
		outs, err = s.put(ctx, recs, order, now)
		var pe *pgconn.PgError
		if err == nil || !errors.As(err, &pe) || (pe.Code != "40P01" && pe.Code != "40001") {
			break
		}
	}
	if err != nil {
		return nil, fmt.Errorf("store batch: %w", err)
	}
	return outs, nil
}

func (s *Store) put(ctx context.Context, recs []hq.Record, order []int, now time.Time) ([]hq.Outcome, error) {
	outs := make([]hq.Outcome, len(recs))
	err := pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		b := &pgx.Batch{}
		for _, i := range order {
			r := recs[i]
			b.Queue(`INSERT INTO hq_records (key, box_id, kind, number, body_sha256, item, accepted_at, issued_at,
				customer, branch, net, vat, total, refers_to, method)
				VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)
				ON CONFLICT (key) DO NOTHING RETURNING accepted_at`,
				r.Key, r.BoxID, r.Kind, r.Number, r.Hash, string(r.Item), now, r.IssuedAt,
				r.Customer, r.Branch, r.Net, r.VAT, r.Total, r.RefersTo, r.Method)
		}
		br := tx.SendBatch(ctx, b)
		var existing []int
		for _, i := range order {
			var at time.Time
			err := br.QueryRow().Scan(&at)
			switch {
			case errors.Is(err, pgx.ErrNoRows):
				existing = append(existing, i)
			case err != nil:
				br.Close()
				return fmt.Errorf("insert %s: %w", recs[i].Key, err)
			default:
				outs[i] = hq.Outcome{Status: hqwire.Accepted, AcceptedAt: at}
			}
		}
		if err := br.Close(); err != nil {
			return err
		}
		for _, i := range existing {
			var hash string
			var at time.Time
			if err := tx.QueryRow(ctx, `SELECT body_sha256, accepted_at FROM hq_records WHERE key = $1`, recs[i].Key).Scan(&hash, &at); err != nil {
				return fmt.Errorf("read %s: %w", recs[i].Key, err)
			}
			outs[i] = hq.Outcome{Status: hqwire.Duplicate, AcceptedAt: at}
			if hash != recs[i].Hash {
				outs[i].Status = hqwire.Conflict
			}
		}
		return nil
	})
	return outs, err
}

// Records lists the stored records of f's box (all boxes when empty):
// the invoices and credit notes issued in f's range, and the payments and
// credit notes of those invoices.
func (s *Store) Records(ctx context.Context, f hq.Filter) ([]hq.Record, error) {
	from, to := f.From, f.To
	if from.IsZero() {
		from = time.Unix(0, 0)
	}
	if to.IsZero() {
		to = time.Date(9999, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	rows, err := s.pool.Query(ctx, `
		WITH docs AS (
			SELECT * FROM hq_records
			WHERE ($1 = '' OR box_id = $1) AND kind IN ('invoice', 'credit_note') AND issued_at >= $2 AND issued_at < $3)
		SELECT key, box_id, kind, number, body_sha256, item::text, accepted_at, issued_at,
			customer, branch, net, vat, total, refers_to, method FROM docs
		UNION
		SELECT r.key, r.box_id, r.kind, r.number, r.body_sha256, r.item::text, r.accepted_at, r.issued_at,
			r.customer, r.branch, r.net, r.vat, r.total, r.refers_to, r.method
		FROM hq_records r JOIN docs d ON d.kind = 'invoice' AND r.box_id = d.box_id AND r.refers_to = d.number
		WHERE r.kind IN ('payment', 'credit_note')`, f.BoxID, from, to)
	if err != nil {
		return nil, fmt.Errorf("list records: %w", err)
	}
	defer rows.Close()
	var out []hq.Record
	for rows.Next() {
		var r hq.Record
		var item string
		if err := rows.Scan(&r.Key, &r.BoxID, &r.Kind, &r.Number, &r.Hash, &item, &r.AcceptedAt, &r.IssuedAt,
			&r.Customer, &r.Branch, &r.Net, &r.VAT, &r.Total, &r.RefersTo, &r.Method); err != nil {
			return nil, fmt.Errorf("list records: %w", err)
		}
		r.Item = []byte(item)
		r.AcceptedAt, r.IssuedAt = r.AcceptedAt.UTC(), r.IssuedAt.UTC()
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list records: %w", err)
	}
	return out, nil
}

// Count is the number of stored records.
func (s *Store) Count(ctx context.Context) (int, error) {
	var n int
	err := s.pool.QueryRow(ctx, `SELECT count(*) FROM hq_records`).Scan(&n)
	return n, err
}

// Close closes the pool.
func (s *Store) Close() error { s.pool.Close(); return nil }
