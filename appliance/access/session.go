package access

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"time"
	"unicode/utf8"

	bolt "go.etcd.io/bbolt"
)

// Session is one login of one user on one device.
type Session struct {
	// ID names the session in lists and revocations; it is not the secret
	// and cannot be used to authenticate.
	ID       string    `json:"id"`
	User     string    `json:"user"`
	Created  time.Time `json:"created"`
	LastSeen time.Time `json:"last_seen"`
	// Expires is the absolute end (Created + MaxAge); the session ends
	// earlier when unused for IdleTimeout.
	Expires time.Time `json:"expires"`
	Addr    string    `json:"addr,omitempty"`
	Agent   string    `json:"agent,omitempty"`
}

// Actor is who does something, as recorded in the audit log: the signed-in
// user, their session and where the request came from.
type Actor struct {
	User    User
	Session string // session ID
	Addr    string
	Agent   string
}

// LoginRequest is a login attempt.
type LoginRequest struct {
	Username string
	Password string
	// Addr is the client address (host only), the key of the per-address limit.
	Addr string
	// Agent is the browser's User-Agent, kept with the session for the
	// sessions list.
	Agent string
}

const secretLen = 32

// secretKey is the stored form of a session secret.
func secretKey(secret string) []byte {
	sum := sha256.Sum256([]byte(secret))
	return sum[:]
}

func newSecret() (string, error) {
	b := make([]byte, secretLen)
	if _, err := rand.Read(b); err != nil {
		return "", fmt.Errorf("session secret: %w", err)
	}
	return base64.RawURLEncoding.EncodeToString(b), nil
}

func newID() (string, error) {
	b := make([]byte, 8)
	if _, err := rand.Read(b); err != nil {
		return "", fmt.Errorf("session id: %w", err)
	}
	return hex.EncodeToString(b), nil
}

// clip bounds a free-text field kept with a session or an audit entry to
// n bytes, never cutting a character in two.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	s = s[:n]
	// Drop a last character the cut left incomplete.
	for i := len(s) - 1; i >= 0 && i >= len(s)-utf8.UTFMax; i-- {
		if utf8.RuneStart(s[i]) {
			if !utf8.FullRuneInString(s[i:]) {
				s = s[:i]
			}
			break
		}
	}
	return s
}

// throttled reports the longer wait of the address and the account buckets.
func (s *Store) throttled(account, addr string) error {
	wait := max(s.accounts.Wait(account), s.addrs.Wait(addr))
	if wait > 0 {
		return &ThrottledError{RetryAfter: wait}
	}
	return nil
}

// Login checks a username and password and starts a session. It returns
// the session and its secret (for the cookie; the store keeps only its
// hash). A failure is ErrBadCredentials whatever failed, or a
// *ThrottledError when the account name or the address tried too often.
func (s *Store) Login(ctx context.Context, req LoginRequest) (Session, string, error) {
	// Clipped: the name is a limiter key and an audit target even when it
	// is no valid username.
	username := clip(NormalizeUsername(req.Username), 64)
	if err := s.throttled(username, req.Addr); err != nil {
		return Session{}, "", err
	}
	var (
		rec   userRecord
		found bool
	)
	if checkUsername(username) == nil {
		err := s.db.View(func(tx *bolt.Tx) error {
			var err error
			rec, found, err = getUser(tx, username)
			return err
		})
		if err != nil {
			return Session{}, "", fmt.Errorf("login: %w", err)
		}
	}
	hash := s.dummy
	if found {
		hash = rec.PasswordHash
	}
	var ok, stale bool
	var verr error
	if err := s.hash(ctx, func() { ok, stale, verr = VerifyPassword(req.Password, hash, s.opts.Hash) }); err != nil {
		return Session{}, "", err
	}
	if verr != nil {
		s.log.Error("stored password hash unreadable", "user", username, "err", verr)
		ok = false
	}
	if !found || rec.Disabled || !ok {
		s.accounts.Fail(username)
		s.addrs.Fail(req.Addr)
		// No user on the entry: nobody acted, a name was tried.
		if err := s.Record(Entry{Action: "login.failed", Target: username, Addr: req.Addr}); err != nil {
			return Session{}, "", err
		}
		return Session{}, "", ErrBadCredentials
	}
	s.accounts.Reset(username)
	var newHash string
	if stale {
		var herr error
		if err := s.hash(ctx, func() { newHash, herr = HashPassword(req.Password, s.opts.Hash) }); err != nil {
			return Session{}, "", err
		}
		if herr != nil {
			return Session{}, "", herr
		}
	}
	var (
		sess   Session
		secret string
	)
	err := s.db.Update(func(tx *bolt.Tx) error {
		u, ok, err := getUser(tx, username)
		if err != nil {
			return err
		}
		if !ok || u.Disabled || u.PasswordHash != rec.PasswordHash {
			return ErrBadCredentials // changed between the check and now
		}
		if newHash != "" {
			u.PasswordHash = newHash
			if err := putJSON(bucket(tx, bucketUsers), []byte(username), u); err != nil {
				return err
			}
		}
		sess, secret, err = s.newSessionTx(tx, u.User, req.Addr, req.Agent)
		if err != nil {
			return err
		}
		return s.recordTx(tx, Actor{User: u.User, Session: sess.ID, Addr: req.Addr, Agent: req.Agent}.entry("login", username, ""))
	})
	if err != nil {
		if errors.Is(err, ErrBadCredentials) {
			return Session{}, "", err
		}
		return Session{}, "", fmt.Errorf("login: %w", err)
	}
	return sess, secret, nil
}

// newSessionTx stores a new session for u, first ending the user's expired
// sessions and, past MaxSessionsPerUser, the least recently used ones.
func (s *Store) newSessionTx(tx *bolt.Tx, u User, addr, agent string) (Session, string, error) {
	now := s.opts.Now().UTC()
	live, err := s.userSessionsTx(tx, u.Username, now, true)
	if err != nil {
		return Session{}, "", err
	}
	for len(live) >= s.opts.MaxSessionsPerUser {
		oldest := live[len(live)-1] // sorted by LastSeen, newest first
		if err := deleteSessionTx(tx, oldest.key, u.Username); err != nil {
			return Session{}, "", err
		}
		live = live[:len(live)-1]
	}
	secret, err := newSecret()
	if err != nil {
		return Session{}, "", err
	}
	id, err := newID()
	if err != nil {
		return Session{}, "", err
	}
	sess := Session{
		ID: id, User: u.Username, Created: now, LastSeen: now, Expires: now.Add(s.opts.MaxAge),
		Addr: clip(addr, 64), Agent: clip(agent, 200),
	}
	key := secretKey(secret)
	if err := putJSON(bucket(tx, bucketSessions), key, sess); err != nil {
		return Session{}, "", err
	}
	if err := bucket(tx, bucketSessionsBy).Put(append(userPrefix(u.Username), key...), nil); err != nil {
		return Session{}, "", err
	}
	return sess, secret, nil
}

// expired reports whether sess has ended at now.
func (s *Store) expired(sess Session, now time.Time) bool {
	return !now.Before(sess.Expires) || now.Sub(sess.LastSeen) >= s.opts.IdleTimeout
}

type keyedSession struct {
	Session
	key []byte
}

// userSessionsTx lists a user's sessions, newest use first. With prune,
// expired ones are deleted (tx must be writable); without, skipped.
func (s *Store) userSessionsTx(tx *bolt.Tx, username string, now time.Time, prune bool) ([]keyedSession, error) {
	prefix := userPrefix(username)
	var (
		live []keyedSession
		dead [][]byte
	)
	c := bucket(tx, bucketSessionsBy).Cursor()
	for k, _ := c.Seek(prefix); k != nil && hasPrefix(k, prefix); k, _ = c.Next() {
		key := append([]byte(nil), k[len(prefix):]...)
		var sess Session
		ok, err := getJSON(bucket(tx, bucketSessions), key, &sess)
		if err != nil {
			return nil, err
		}
		if !ok || s.expired(sess, now) {
			dead = append(dead, key)
			continue
		}
		live = append(live, keyedSession{sess, key})
	}
	if prune {
		for _, key := range dead {
			if err := deleteSessionTx(tx, key, username); err != nil {
				return nil, err
			}
		}
	}
	sort.Slice(live, func(i, j int) bool { return live[i].LastSeen.After(live[j].LastSeen) })
	return live, nil
}

func deleteSessionTx(tx *bolt.Tx, key []byte, username string) error {
	if err := bucket(tx, bucketSessions).Delete(key); err != nil {
		return err
	}
	return bucket(tx, bucketSessionsBy).Delete(append(userPrefix(username), key...))
}

// revokeAllTx ends every session of username and returns how many.
func revokeAllTx(tx *bolt.Tx, username string) (int, error) {
	prefix := userPrefix(username)
	var keys [][]byte
	c := bucket(tx, bucketSessionsBy).Cursor()
	for k, _ := c.Seek(prefix); k != nil && hasPrefix(k, prefix); k, _ = c.Next() {
		keys = append(keys, append([]byte(nil), k[len(prefix):]...))
	}
	for _, key := range keys {
		if err := deleteSessionTx(tx, key, username); err != nil {
			return 0, err
		}
	}
	return len(keys), nil
}

// Authenticate returns the session and user a secret belongs to, or
// ErrNoSession when it is unknown, expired, revoked or its user disabled.
// It records the use at most once per TouchEvery.
func (s *Store) Authenticate(secret string) (Session, User, error) {
	if secret == "" || len(secret) > 100 {
		return Session{}, User{}, ErrNoSession
	}
	key := secretKey(secret)
	now := s.opts.Now().UTC()
	var (
		sess  Session
		u     userRecord
		found bool
	)
	err := s.db.View(func(tx *bolt.Tx) error {
		ok, err := getJSON(bucket(tx, bucketSessions), key, &sess)
		if err != nil || !ok {
			return err
		}
		u, found, err = getUser(tx, sess.User)
		return err
	})
	if err != nil {
		return Session{}, User{}, fmt.Errorf("authenticate: %w", err)
	}
	if !found || u.Disabled || s.expired(sess, now) {
		return Session{}, User{}, ErrNoSession
	}
	if now.Sub(sess.LastSeen) >= s.opts.TouchEvery {
		err := s.db.Update(func(tx *bolt.Tx) error {
			var cur Session
			ok, err := getJSON(bucket(tx, bucketSessions), key, &cur)
			if err != nil || !ok {
				return err // revoked meanwhile: the next request finds out
			}
			if cur.LastSeen.Before(now) {
				cur.LastSeen = now
				return putJSON(bucket(tx, bucketSessions), key, cur)
			}
			return nil
		})
		if err != nil {
			return Session{}, User{}, fmt.Errorf("touch session: %w", err)
		}
		sess.LastSeen = now
	}
	return sess, u.User, nil
}

// Logout ends the session of secret (an unknown secret is not an error).
func (s *Store) Logout(actor Actor, secret string) error {
	key := secretKey(secret)
	err := s.db.Update(func(tx *bolt.Tx) error {
		var sess Session
		ok, err := getJSON(bucket(tx, bucketSessions), key, &sess)
		if err != nil || !ok {
			return err
		}
		if err := deleteSessionTx(tx, key, sess.User); err != nil {
			return err
		}
		return s.recordTx(tx, actor.entry("logout", sess.User, ""))
	})
	if err != nil {
		return fmt.Errorf("logout: %w", err)
	}
	return nil
}

// Sessions lists the live sessions of username, most recently used first.
// Actors may list their own; others' need PermUsers.
func (s *Store) Sessions(actor Actor, username string) ([]Session, error) {
	username = NormalizeUsername(username)
	if !s.mayManage(actor, username) {
		return nil, ErrForbidden
	}
	var live []keyedSession
	err := s.db.View(func(tx *bolt.Tx) error {
		var err error
		live, err = s.userSessionsTx(tx, username, s.opts.Now().UTC(), false)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("list sessions: %w", err)
	}
	out := make([]Session, len(live))
	for i, k := range live {
		out[i] = k.Session
	}
	return out, nil
}

func (s *Store) mayManage(actor Actor, username string) bool {
	if actor.User.Username == username {
		return actor.User.Can(PermSelf)
	}
	return actor.User.Can(PermUsers)
}

// RevokeSession ends one session of username by its ID.
func (s *Store) RevokeSession(actor Actor, username, id string) error {
	username = NormalizeUsername(username)
	if !s.mayManage(actor, username) {
		return ErrForbidden
	}
	err := s.db.Update(func(tx *bolt.Tx) error {
		prefix := userPrefix(username)
		c := bucket(tx, bucketSessionsBy).Cursor()
		for k, _ := c.Seek(prefix); k != nil && hasPrefix(k, prefix); k, _ = c.Next() {
			key := append([]byte(nil), k[len(prefix):]...)
			var sess Session
			ok, err := getJSON(bucket(tx, bucketSessions), key, &sess)
			if err != nil {
				return err
			}
			if ok && sess.ID == id {
				if err := deleteSessionTx(tx, key, username); err != nil {
					return err
				}
				return s.recordTx(tx, actor.entry("session.revoke", username, id))
			}
		}
		return ErrNotFound
	})
	if err != nil {
		return fmt.Errorf("revoke session: %w", err)
	}
	return nil
}

// RevokeAll ends every session of username and returns how many.
func (s *Store) RevokeAll(actor Actor, username string) (int, error) {
	username = NormalizeUsername(username)
	if !s.mayManage(actor, username) {
		return 0, ErrForbidden
	}
	var n int
	err := s.db.Update(func(tx *bolt.Tx) error {
		var err error
		if n, err = revokeAllTx(tx, username); err != nil {
			return err
		}
		return s.recordTx(tx, actor.entry("session.revoke_all", username, fmt.Sprintf("%d", n)))
	})
	if err != nil {
		return 0, fmt.Errorf("revoke sessions: %w", err)
	}
	return n, nil
}

// Sweep deletes sessions that ended by time. Lookups already refuse them;
// this only reclaims space. It reads every session, so it runs from a
// background service, never from a page.
func (s *Store) Sweep() (int, error) {
	now := s.opts.Now().UTC()
	n := 0
	err := s.db.Update(func(tx *bolt.Tx) error {
		type dead struct {
			key  []byte
			user string
		}
		var ds []dead
		err := bucket(tx, bucketSessions).ForEach(func(k, v []byte) error {
			var sess Session
			if err := json.Unmarshal(v, &sess); err != nil {
				return fmt.Errorf("decode session: %w", err)
			}
			if s.expired(sess, now) {
				ds = append(ds, dead{append([]byte(nil), k...), sess.User})
			}
			return nil
		})
		if err != nil {
			return err
		}
		for _, d := range ds {
			if err := deleteSessionTx(tx, d.key, d.user); err != nil {
				return err
			}
		}
		n = len(ds)
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("sweep sessions: %w", err)
	}
	return n, nil
}

// SweepService runs Sweep every interval until ctx ends; give it to the
// box's supervisor.
func (s *Store) SweepService(every time.Duration) func(ctx context.Context) error {
	return func(ctx context.Context) error {
		t := time.NewTicker(every)
		defer t.Stop()
		for {
			select {
			case <-ctx.Done():
				return ctx.Err()
			case <-t.C:
				if n, err := s.Sweep(); err != nil {
					return err
				} else if n > 0 {
					s.log.Info("expired sessions removed", "count", n)
				}
			}
		}
	}
}
