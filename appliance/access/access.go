package access

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"time"

	bolt "go.etcd.io/bbolt"
)

// Errors callers act on.
var (
	// ErrBadCredentials is the one answer to a failed login, whatever failed
	// (no such user, disabled, wrong password).
	ErrBadCredentials = errors.New("wrong username or password")
	// ErrNoSession means the session is unknown, expired or revoked.
	ErrNoSession = errors.New("no session")
	// ErrForbidden means the acting user's role lacks the permission.
	ErrForbidden = errors.New("not allowed for this role")
	// ErrSetupDone is returned by CompleteSetup once the box has users.
	ErrSetupDone = errors.New("setup is already done")
	// ErrBadSetupCode is returned for a wrong or replaced setup code.
	ErrBadSetupCode = errors.New("wrong setup code")
	// ErrNotFound is returned for an unknown user or session.
	ErrNotFound = errors.New("not found")
	// ErrExists is returned when creating a user whose name is taken.
	ErrExists = errors.New("username is taken")
	// ErrLastOwner refuses a change that would leave no active owner.
	ErrLastOwner = errors.New("the box must keep at least one active owner")
	// ErrPasswordTooLong is returned for a password over 1024 bytes.
	ErrPasswordTooLong = errors.New("password is longer than 1024 bytes")
)

// ThrottledError is returned when too many attempts came from one address
// or for one account name. It says nothing of whether the account exists.
type ThrottledError struct {
	RetryAfter time.Duration
}

func (e *ThrottledError) Error() string {
	return fmt.Sprintf("too many attempts: try again in %s", e.RetryAfter.Round(time.Second))
}

// InputError is a request the user can correct (a short password, a bad
// username). Field names the form field, Code the problem for a message
// catalogue ("password.short"), Msg says it in English.
type InputError struct {
	Field string
	Code  string
	Msg   string
}

func (e *InputError) Error() string { return e.Field + ": " + e.Msg }

// Options configure Open. Zero values take the defaults.
type Options struct {
	// Now is the clock; default time.Now.
	Now func() time.Time
	// IdleTimeout ends a session unused this long; default 12 hours.
	IdleTimeout time.Duration
	// MaxAge ends a session this long after login, used or not; default 7 days.
	MaxAge time.Duration
	// TouchEvery is how stale a session's last-seen time may get before a
	// request writes it again (one write per session per interval, not per
	// request); default 1 minute.
	TouchEvery time.Duration
	// MaxSessionsPerUser bounds a user's live sessions; a login beyond it
	// ends that user's least recently used session. Default 10.
	MaxSessionsPerUser int
	// Hash are argon2id's parameters for new hashes; default DefaultHashParams.
	Hash HashParams
	// HashConcurrency bounds the password hashes computed at once (each
	// takes Hash.Memory KiB); default 2.
	HashConcurrency int
	// AccountLimit throttles attempts per account name; default a burst of
	// 5 failures, then one attempt per minute.
	AccountLimit Limit
	// AddressLimit throttles attempts per client address; default a burst
	// of 20 failures, then one attempt every 30 seconds.
	AddressLimit Limit
	// MinPassword is the shortest password accepted; default 10 characters.
	MinPassword int
	// Logger; default slog.Default().
	Logger *slog.Logger
}

func (o *Options) setDefaults() {
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.IdleTimeout == 0 {
		o.IdleTimeout = 12 * time.Hour
	}
	if o.MaxAge == 0 {
		o.MaxAge = 7 * 24 * time.Hour
	}
	if o.TouchEvery == 0 {
		o.TouchEvery = time.Minute
	}
	if o.MaxSessionsPerUser == 0 {
		o.MaxSessionsPerUser = 10
	}
	if o.Hash == (HashParams{}) {
		o.Hash = DefaultHashParams
	}
	if o.HashConcurrency == 0 {
		o.HashConcurrency = 2
	}
	if o.AccountLimit == (Limit{}) {
		o.AccountLimit = Limit{Burst: 5, Every: time.Minute}
	}
	if o.AddressLimit == (Limit{}) {
		o.AddressLimit = Limit{Burst: 20, Every: 30 * time.Second}
	}
	if o.MinPassword == 0 {
		o.MinPassword = 10
	}
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
}

// Validate reports the first problem with the options (after defaults).
func (o Options) Validate() error {
	switch {
	case o.IdleTimeout < 0 || o.MaxAge < 0 || o.TouchEvery < 0:
		return errors.New("access: timeouts must not be negative")
	case o.IdleTimeout > o.MaxAge:
		return errors.New("access: IdleTimeout longer than MaxAge")
	case o.MaxSessionsPerUser < 0 || o.HashConcurrency < 0 || o.MinPassword < 0:
		return errors.New("access: counts must not be negative")
	}
	if err := o.AccountLimit.Validate(); err != nil {
		return fmt.Errorf("access: account limit: %w", err)
	}
	if err := o.AddressLimit.Validate(); err != nil {
		return fmt.Errorf("access: address limit: %w", err)
	}
	if err := o.Hash.Validate(); err != nil {
		return fmt.Errorf("access: %w", err)
	}
	return nil
}

// MinPassword is the shortest password accepted, for forms to show.
func (s *Store) MinPassword() int { return s.opts.MinPassword }

// Store is the box's staff accounts, sessions and audit log.
type Store struct {
	db       *bolt.DB
	opts     Options
	log      *slog.Logger
	hashSem  chan struct{}
	accounts *Limiter
	addrs    *Limiter
	dummy    string // a hash verified for unknown accounts, so they cost the same
}

// Open prepares the staff buckets in db (one Update) and returns the store.
// db is the box's bbolt file (store.DB.Bolt()); Open does not close it.
func Open(db *bolt.DB, opts Options) (*Store, error) {
	opts.setDefaults()
	if err := opts.Validate(); err != nil {
		return nil, err
	}
	if db == nil {
		return nil, errors.New("access: nil database")
	}
	err := db.Update(func(tx *bolt.Tx) error {
		root, err := tx.CreateBucketIfNotExists(bucketStaff)
		if err != nil {
			return err
		}
		for _, name := range subBuckets {
			if _, err := root.CreateBucketIfNotExists(name); err != nil {
				return fmt.Errorf("bucket %s: %w", name, err)
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("access: create buckets: %w", err)
	}
	dummy, err := HashPassword("not a password: equalises the cost of unknown accounts", opts.Hash)
	if err != nil {
		return nil, fmt.Errorf("access: %w", err)
	}
	return &Store{
		db: db, opts: opts, log: opts.Logger.With("component", "access"),
		hashSem:  make(chan struct{}, opts.HashConcurrency),
		accounts: NewLimiter(opts.AccountLimit, opts.Now),
		addrs:    NewLimiter(opts.AddressLimit, opts.Now),
		dummy:    dummy,
	}, nil
}

// bucket returns staff/<name> inside tx; Open made sure it exists.
func bucket(tx *bolt.Tx, name []byte) *bolt.Bucket {
	return tx.Bucket(bucketStaff).Bucket(name)
}

// hash runs fn holding one of the HashConcurrency slots.
func (s *Store) hash(ctx context.Context, fn func()) error {
	select {
	case s.hashSem <- struct{}{}:
	case <-ctx.Done():
		return ctx.Err()
	}
	defer func() { <-s.hashSem }()
	fn()
	return nil
}

func putJSON(b *bolt.Bucket, key []byte, v any) error {
	data, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("encode %s: %w", key, err)
	}
	return b.Put(key, data)
}

// getJSON decodes the value under key into v; false when absent.
func getJSON(b *bolt.Bucket, key []byte, v any) (bool, error) {
	data := b.Get(key)
	if data == nil {
		return false, nil
	}
	if err := json.Unmarshal(data, v); err != nil {
		return true, fmt.Errorf("decode %q: %w", key, err)
	}
	return true, nil
}
