package access

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	bolt "go.etcd.io/bbolt"
)

// User is a staff account as callers see it (never its password hash).
type User struct {
	Username string    `json:"username"`
	Name     string    `json:"name"`
	Role     Role      `json:"role"`
	Disabled bool      `json:"disabled,omitempty"`
	Created  time.Time `json:"created"`
	// PasswordChanged is when the password was last set.
	PasswordChanged time.Time `json:"password_changed"`
}

// Can reports whether the user is active and their role holds p.
func (u User) Can(p Permission) bool { return !u.Disabled && u.Role.Can(p) }

// userRecord is a user as stored.
type userRecord struct {
	User
	PasswordHash string `json:"password_hash"`
}

// NewUser is what creating an account needs.
type NewUser struct {
	Username string
	Name     string
	Role     Role
	Password string
}

// NormalizeUsername lowercases and trims a login name.
func NormalizeUsername(s string) string { return strings.ToLower(strings.TrimSpace(s)) }

// checkUsername accepts 2 to 32 of a-z 0-9 . _ - starting with a letter or
// digit: easy to type on a phone, no look-alike characters.
func checkUsername(name string) error {
	if len(name) < 2 || len(name) > 32 {
		return &InputError{Field: "username", Code: "username.length", Msg: "2 to 32 characters"}
	}
	for i, r := range name {
		ok := r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || i > 0 && (r == '.' || r == '_' || r == '-')
		if !ok {
			return &InputError{Field: "username", Code: "username.chars", Msg: "only latin letters, digits and . _ - (starting with a letter or digit)"}
		}
	}
	return nil
}

func checkName(name string) error {
	if name == "" || utf8.RuneCountInString(name) > 100 || !utf8.ValidString(name) {
		return &InputError{Field: "name", Code: "name.length", Msg: "1 to 100 characters"}
	}
	return nil
}

func (s *Store) checkPassword(password, username string) error {
	switch {
	case utf8.RuneCountInString(password) < s.opts.MinPassword:
		return &InputError{Field: "password", Code: "password.short", Msg: fmt.Sprintf("at least %d characters", s.opts.MinPassword)}
	case len(password) > maxPasswordBytes:
		return &InputError{Field: "password", Code: "password.long", Msg: ErrPasswordTooLong.Error()}
	case strings.Contains(strings.ToLower(password), username):
		return &InputError{Field: "password", Code: "password.username", Msg: "must not contain the username"}
	}
	return nil
}

// newUserRecord validates nu and hashes its password (outside any
// transaction: hashing is slow).
func (s *Store) newUserRecord(ctx context.Context, nu NewUser) (userRecord, error) {
	nu.Username = NormalizeUsername(nu.Username)
	nu.Name = strings.TrimSpace(nu.Name)
	if err := checkUsername(nu.Username); err != nil {
		return userRecord{}, err
	}
	if err := checkName(nu.Name); err != nil {
		return userRecord{}, err
	}
	if !nu.Role.Valid() {
		return userRecord{}, &InputError{Field: "role", Code: "role.unknown", Msg: "owner, staff or accountant"}
	}
	if err := s.checkPassword(nu.Password, nu.Username); err != nil {
		return userRecord{}, err
	}
	var (
		phc string
		err error
	)
	if herr := s.hash(ctx, func() { phc, err = HashPassword(nu.Password, s.opts.Hash) }); herr != nil {
		return userRecord{}, herr
	}
	if err != nil {
		return userRecord{}, fmt.Errorf("hash password: %w", err)
	}
	now := s.opts.Now().UTC()
	return userRecord{
		User:         User{Username: nu.Username, Name: nu.Name, Role: nu.Role, Created: now, PasswordChanged: now},
		PasswordHash: phc,
	}, nil
}

// getUser reads a user record inside tx.
func getUser(tx *bolt.Tx, username string) (userRecord, bool, error) {
	var u userRecord
	ok, err := getJSON(bucket(tx, bucketUsers), []byte(username), &u)
	return u, ok, err
}

// hasUsers reports whether any account exists.
func hasUsers(tx *bolt.Tx) bool {
	k, _ := bucket(tx, bucketUsers).Cursor().First()
	return k != nil
}

// activeOwners counts enabled owners other than except.
func activeOwners(tx *bolt.Tx, except string) (int, error) {
	n := 0
	err := bucket(tx, bucketUsers).ForEach(func(k, v []byte) error {
		if string(k) == except {
			return nil
		}
		var u userRecord
		if err := json.Unmarshal(v, &u); err != nil {
			return fmt.Errorf("decode user %q: %w", k, err)
		}
		if u.Role == RoleOwner && !u.Disabled {
			n++
		}
		return nil
	})
	return n, err
}

// CreateUser adds an account; actor must hold PermUsers.
func (s *Store) CreateUser(ctx context.Context, actor Actor, nu NewUser) (User, error) {
	if !actor.User.Can(PermUsers) {
		return User{}, ErrForbidden
	}
	rec, err := s.newUserRecord(ctx, nu)
	if err != nil {
		return User{}, err
	}
	err = s.db.Update(func(tx *bolt.Tx) error {
		if _, ok, err := getUser(tx, rec.Username); err != nil {
			return err
		} else if ok {
			return ErrExists
		}
		if err := putJSON(bucket(tx, bucketUsers), []byte(rec.Username), rec); err != nil {
			return err
		}
		return s.recordTx(tx, actor.entry("user.create", rec.Username, string(rec.Role)))
	})
	if err != nil {
		return User{}, fmt.Errorf("create user %s: %w", rec.Username, err)
	}
	return rec.User, nil
}

// User returns one account.
func (s *Store) User(username string) (User, error) {
	var u userRecord
	err := s.db.View(func(tx *bolt.Tx) error {
		var ok bool
		var err error
		u, ok, err = getUser(tx, NormalizeUsername(username))
		if err == nil && !ok {
			err = ErrNotFound
		}
		return err
	})
	return u.User, err
}

// Users lists every account by username. A shop has a handful.
func (s *Store) Users() ([]User, error) {
	var out []User
	err := s.db.View(func(tx *bolt.Tx) error {
		return bucket(tx, bucketUsers).ForEach(func(k, v []byte) error {
			var u userRecord
			if err := json.Unmarshal(v, &u); err != nil {
				return fmt.Errorf("decode user %q: %w", k, err)
			}
			out = append(out, u.User)
			return nil
		})
	})
	return out, err
}

// NeedsSetup reports whether the box has no account yet.
func (s *Store) NeedsSetup() (bool, error) {
	var has bool
	err := s.db.View(func(tx *bolt.Tx) error { has = hasUsers(tx); return nil })
	return !has, err
}

// UpdateUser changes a user's role, display name or disabled flag (nil
// leaves it); actor must hold PermUsers. Disabling ends the user's sessions.
// No change may leave the box without an active owner.
func (s *Store) UpdateUser(ctx context.Context, actor Actor, username string, role *Role, name *string, disabled *bool) (User, error) {
	if !actor.User.Can(PermUsers) {
		return User{}, ErrForbidden
	}
	username = NormalizeUsername(username)
	if role != nil && !role.Valid() {
		return User{}, &InputError{Field: "role", Code: "role.unknown", Msg: "owner, staff or accountant"}
	}
	if name != nil {
		if err := checkName(strings.TrimSpace(*name)); err != nil {
			return User{}, err
		}
	}
	var out User
	err := s.db.Update(func(tx *bolt.Tx) error {
		u, ok, err := getUser(tx, username)
		if err != nil {
			return err
		}
		if !ok {
			return ErrNotFound
		}
		var what []string
		if role != nil && *role != u.Role {
			what = append(what, "role="+string(*role))
			u.Role = *role
		}
		if name != nil && strings.TrimSpace(*name) != u.Name {
			what = append(what, "name")
			u.Name = strings.TrimSpace(*name)
		}
		if disabled != nil && *disabled != u.Disabled {
			what = append(what, fmt.Sprintf("disabled=%t", *disabled))
			u.Disabled = *disabled
		}
		if len(what) == 0 {
			out = u.User
			return nil
		}
		if u.Role != RoleOwner || u.Disabled {
			n, err := activeOwners(tx, username)
			if err != nil {
				return err
			}
			if n == 0 {
				return ErrLastOwner
			}
		}
		if u.Disabled {
			if _, err := revokeAllTx(tx, username); err != nil {
				return err
			}
		}
		if err := putJSON(bucket(tx, bucketUsers), []byte(username), u); err != nil {
			return err
		}
		out = u.User
		return s.recordTx(tx, actor.entry("user.update", username, strings.Join(what, " ")))
	})
	if err != nil {
		return User{}, fmt.Errorf("update user %s: %w", username, err)
	}
	return out, nil
}

// ChangePassword sets the actor's own password after checking the current
// one. Every session of the actor ends (this one too); the returned session
// and secret replace the one the request came with.
func (s *Store) ChangePassword(ctx context.Context, actor Actor, current, next string) (Session, string, error) {
	if !actor.User.Can(PermSelf) {
		return Session{}, "", ErrForbidden
	}
	username := actor.User.Username
	var rec userRecord
	err := s.db.View(func(tx *bolt.Tx) error {
		var ok bool
		var err error
		rec, ok, err = getUser(tx, username)
		if err == nil && !ok {
			err = ErrNotFound
		}
		return err
	})
	if err != nil {
		return Session{}, "", err
	}
	if wait := s.accounts.Wait(username); wait > 0 {
		return Session{}, "", &ThrottledError{RetryAfter: wait}
	}
	var ok bool
	if herr := s.hash(ctx, func() { ok, _, err = VerifyPassword(current, rec.PasswordHash, s.opts.Hash) }); herr != nil {
		return Session{}, "", herr
	}
	if err != nil {
		return Session{}, "", err
	}
	if !ok {
		s.accounts.Fail(username)
		return Session{}, "", &InputError{Field: "current", Code: "current.wrong", Msg: "the current password is wrong"}
	}
	return s.setPassword(ctx, actor, username, next, "password.change", true)
}

// ResetPassword sets another user's password; actor must hold PermUsers.
// Every session of that user ends.
func (s *Store) ResetPassword(ctx context.Context, actor Actor, username, password string) error {
	if !actor.User.Can(PermUsers) {
		return ErrForbidden
	}
	_, _, err := s.setPassword(ctx, actor, NormalizeUsername(username), password, "password.reset", false)
	return err
}

func (s *Store) setPassword(ctx context.Context, actor Actor, username, password, action string, newSession bool) (Session, string, error) {
	if err := s.checkPassword(password, username); err != nil {
		return Session{}, "", err
	}
	var (
		phc string
		err error
	)
	if herr := s.hash(ctx, func() { phc, err = HashPassword(password, s.opts.Hash) }); herr != nil {
		return Session{}, "", herr
	}
	if err != nil {
		return Session{}, "", fmt.Errorf("hash password: %w", err)
	}
	var (
		sess   Session
		secret string
	)
	err = s.db.Update(func(tx *bolt.Tx) error {
		u, ok, err := getUser(tx, username)
		if err != nil {
			return err
		}
		if !ok {
			return ErrNotFound
		}
		u.PasswordHash = phc
		u.PasswordChanged = s.opts.Now().UTC()
		if err := putJSON(bucket(tx, bucketUsers), []byte(username), u); err != nil {
			return err
		}
		n, err := revokeAllTx(tx, username)
		if err != nil {
			return err
		}
		if err := s.recordTx(tx, actor.entry(action, username, fmt.Sprintf("sessions ended: %d", n))); err != nil {
			return err
		}
		if newSession {
			sess, secret, err = s.newSessionTx(tx, u.User, actor.Addr, actor.Agent)
		}
		return err
	})
	if err != nil {
		return Session{}, "", fmt.Errorf("set password of %s: %w", username, err)
	}
	return sess, secret, nil
}

// userPrefix is the sessions_by_user / audit_by_user key prefix of a user.
func userPrefix(username string) []byte {
	return append([]byte(username), 0)
}

// hasPrefix is bytes.HasPrefix, named for the cursor loops.
func hasPrefix(k, p []byte) bool { return bytes.HasPrefix(k, p) }
