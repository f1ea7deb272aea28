package access

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"fmt"
	"strings"

	bolt "go.etcd.io/bbolt"
)

// setupAlphabet is Crockford's base32: no I, L, O or U, so a code read
// aloud or copied from a log is hard to get wrong.
const setupAlphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"

// EnsureSetupCode returns a new setup code when the box has no account,
// storing only its SHA-256 (any earlier code stops working), and "" once an
// owner exists. The caller prints it once, in the log.
func (s *Store) EnsureSetupCode() (string, error) {
	raw := make([]byte, 16)
	if _, err := rand.Read(raw); err != nil {
		return "", fmt.Errorf("setup code: %w", err)
	}
	var b strings.Builder
	for i, x := range raw {
		if i > 0 && i%4 == 0 {
			b.WriteByte('-')
		}
		b.WriteByte(setupAlphabet[x%32])
	}
	code := b.String() // 16 symbols, 80 bits
	err := s.db.Update(func(tx *bolt.Tx) error {
		if hasUsers(tx) {
			code = ""
			return bucket(tx, bucketSetup).Delete(keySetupCode)
		}
		return bucket(tx, bucketSetup).Put(keySetupCode, setupHash(code))
	})
	if err != nil {
		return "", fmt.Errorf("setup code: %w", err)
	}
	return code, nil
}

// setupHash is the stored form of a setup code after normalising what a
// person may type differently: case, dashes, spaces, and O/I/L for 0/1.
func setupHash(code string) []byte {
	code = strings.Map(func(r rune) rune {
		switch r {
		case '-', ' ', '\t':
			return -1
		case 'o', 'O':
			return '0'
		case 'i', 'I', 'l', 'L':
			return '1'
		}
		if r >= 'a' && r <= 'z' {
			return r - 'a' + 'A'
		}
		return r
	}, code)
	sum := sha256.Sum256([]byte("fatoora setup " + code))
	return sum[:]
}

// SetupRequest creates the owner with the setup code.
type SetupRequest struct {
	Code     string
	Username string
	Name     string
	Password string
	Addr     string
	Agent    string
}

// CompleteSetup checks the setup code, creates the owner account, deletes
// the code and starts the owner's session, all in one transaction.
// Wrong codes are throttled per address only: the code's 80 bits make
// guessing hopeless anyway, and a box-wide limit would let anyone on the
// LAN keep the owner from setting up.
func (s *Store) CompleteSetup(ctx context.Context, req SetupRequest) (User, Session, string, error) {
	if wait := s.addrs.Wait(req.Addr); wait > 0 {
		return User{}, Session{}, "", &ThrottledError{RetryAfter: wait}
	}
	if need, err := s.NeedsSetup(); err != nil {
		return User{}, Session{}, "", err
	} else if !need {
		return User{}, Session{}, "", ErrSetupDone
	}
	// The code first: a wrong code learns nothing about the rest of the form.
	if err := s.db.View(func(tx *bolt.Tx) error { return checkSetupCode(tx, req.Code) }); err != nil {
		s.addrs.Fail(req.Addr)
		return User{}, Session{}, "", fmt.Errorf("setup: %w", err)
	}
	rec, err := s.newUserRecord(ctx, NewUser{Username: req.Username, Name: req.Name, Role: RoleOwner, Password: req.Password})
	if err != nil {
		return User{}, Session{}, "", err
	}
	var (
		sess   Session
		secret string
	)
	err = s.db.Update(func(tx *bolt.Tx) error {
		if hasUsers(tx) {
			return ErrSetupDone
		}
		if err := checkSetupCode(tx, req.Code); err != nil {
			return err
		}
		if err := bucket(tx, bucketSetup).Delete(keySetupCode); err != nil {
			return err
		}
		if err := putJSON(bucket(tx, bucketUsers), []byte(rec.Username), rec); err != nil {
			return err
		}
		sess, secret, err = s.newSessionTx(tx, rec.User, req.Addr, req.Agent)
		if err != nil {
			return err
		}
		return s.recordTx(tx, Actor{User: rec.User, Session: sess.ID, Addr: req.Addr, Agent: req.Agent}.entry("setup", rec.Username, "owner created"))
	})
	if err != nil {
		return User{}, Session{}, "", fmt.Errorf("setup: %w", err)
	}
	s.log.Info("owner account created with the setup code", "user", rec.Username)
	return rec.User, sess, secret, nil
}

// checkSetupCode compares code with the pending one in constant time.
func checkSetupCode(tx *bolt.Tx, code string) error {
	want := bucket(tx, bucketSetup).Get(keySetupCode)
	if want == nil || subtle.ConstantTimeCompare(want, setupHash(code)) != 1 {
		return ErrBadSetupCode
	}
	return nil
}
