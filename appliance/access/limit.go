package access

import (
	"errors"
	"sync"
	"time"
)

// Limit is a token bucket: Burst attempts at once, then one more every
// Every. Only failures take a token; an attempt is refused while the bucket
// is empty.
type Limit struct {
	Burst int
	Every time.Duration
}

// Validate reports a limit that would never allow or never refill.
func (l Limit) Validate() error {
	if l.Burst < 1 || l.Every <= 0 {
		return errors.New("a limit needs a burst of at least 1 and a positive refill interval")
	}
	return nil
}

// maxKeys bounds a limiter's memory; past it, full buckets are forgotten.
const maxKeys = 10000

// Limiter keeps one token bucket per key (an account name, an address).
// Keys whose bucket has refilled are forgotten, so an idle limiter holds
// nothing. Safe for concurrent use.
type Limiter struct {
	limit Limit
	now   func() time.Time

	mu      sync.Mutex
	buckets map[string]*tokens
}

type tokens struct {
	n  float64 // tokens left at t
	at time.Time
}

// NewLimiter returns a limiter reading the clock now.
func NewLimiter(l Limit, now func() time.Time) *Limiter {
	return &Limiter{limit: l, now: now, buckets: map[string]*tokens{}}
}

// level refills key's bucket to now and returns it (nil when full).
func (l *Limiter) level(key string, now time.Time) *tokens {
	b := l.buckets[key]
	if b == nil {
		return nil
	}
	if d := now.Sub(b.at); d > 0 {
		b.n += float64(d) / float64(l.limit.Every)
		b.at = now
	}
	if b.n >= float64(l.limit.Burst) {
		delete(l.buckets, key)
		return nil
	}
	return b
}

// Wait reports how long until key may try again: zero when it may now.
func (l *Limiter) Wait(key string) time.Duration {
	l.mu.Lock()
	defer l.mu.Unlock()
	now := l.now()
	b := l.level(key, now)
	if b == nil || b.n >= 1 {
		return 0
	}
	return time.Duration((1 - b.n) * float64(l.limit.Every))
}

// Fail takes a token from key's bucket.
func (l *Limiter) Fail(key string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	now := l.now()
	b := l.level(key, now)
	if b == nil {
		if len(l.buckets) >= maxKeys {
			l.forgetFull(now)
		}
		b = &tokens{n: float64(l.limit.Burst), at: now}
		l.buckets[key] = b
	}
	if b.n >= 1 {
		b.n--
	} else {
		b.n = 0
	}
}

// Reset forgets key (a successful login clears its account's failures).
func (l *Limiter) Reset(key string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	delete(l.buckets, key)
}

// forgetFull drops refilled buckets; if every bucket is still in use, the
// map is at its bound and the oldest half is dropped.
func (l *Limiter) forgetFull(now time.Time) {
	for k := range l.buckets {
		l.level(k, now)
	}
	if len(l.buckets) < maxKeys {
		return
	}
	var cut time.Time
	for _, b := range l.buckets {
		if cut.IsZero() || b.at.Before(cut) {
			cut = b.at
		}
	}
	cut = cut.Add(now.Sub(cut) / 2)
	for k, b := range l.buckets {
		if !b.at.After(cut) {
			delete(l.buckets, k)
		}
	}
}
