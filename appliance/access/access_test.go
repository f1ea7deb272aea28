package access

import (
	"context"
	"errors"
	"log/slog"
	"path/filepath"
	"sync"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"
)

// clock is a settable clock for tests.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func newClock() *clock { return &clock{t: time.Date(2026, 12, 4, 9, 0, 0, 0, time.UTC)} }

func (c *clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *clock) Add(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

// cheap are argon2 parameters fast enough for tests.
var cheap = HashParams{Memory: 64, Time: 1, Threads: 1}

func openDB(t testing.TB) *bolt.DB {
	t.Helper()
	db, err := bolt.Open(filepath.Join(t.TempDir(), "box.db"), 0o600, &bolt.Options{Timeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func openStore(t *testing.T, db *bolt.DB, c *clock, mod func(*Options)) *Store {
	t.Helper()
	opts := Options{Now: c.Now, Hash: cheap, Logger: slog.New(slog.DiscardHandler)}
	if mod != nil {
		mod(&opts)
	}
	s, err := Open(db, opts)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

const ownerPass = "correct horse battery"

// withOwner returns a store whose setup is done: owner "mona".
func withOwner(t *testing.T, c *clock, mod func(*Options)) (*Store, Actor) {
	t.Helper()
	s := openStore(t, openDB(t), c, mod)
	code, err := s.EnsureSetupCode()
	if err != nil || code == "" {
		t.Fatalf("EnsureSetupCode = %q, %v", code, err)
	}
	u, sess, _, err := s.CompleteSetup(context.Background(), SetupRequest{Code: code, Username: "Mona", Name: "منى", Password: ownerPass, Addr: "10.0.0.2"})
	if err != nil {
		t.Fatal(err)
	}
	return s, Actor{User: u, Session: sess.ID, Addr: "10.0.0.2"}
}

func addUser(t *testing.T, s *Store, owner Actor, name string, role Role) User {
	t.Helper()
	u, err := s.CreateUser(context.Background(), owner, NewUser{Username: name, Name: name, Role: role, Password: pw(name)})
	if err != nil {
		t.Fatal(err)
	}
	return u
}

// pw is a test user's password: the name reversed, then words.
func pw(name string) string {
	r := []rune(name)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r) + " secret pass"
}

func login(s *Store, name, pass, addr string) (Session, string, error) {
	return s.Login(context.Background(), LoginRequest{Username: name, Password: pass, Addr: addr, Agent: "test"})
}

func TestOptions_Validate(t *testing.T) {
	for name, o := range map[string]Options{
		"idle over max age": {IdleTimeout: 48 * time.Hour, MaxAge: time.Hour},
		"negative":          {TouchEvery: -1},
		"weak hash":         {Hash: HashParams{Memory: 1, Time: 1, Threads: 1}},
		"bad limit":         {AccountLimit: Limit{Burst: 0, Every: time.Second}},
	} {
		t.Run(name, func(t *testing.T) {
			o.setDefaults()
			if err := o.Validate(); err == nil {
				t.Error("Validate accepted bad options")
			}
		})
	}
	o := Options{}
	o.setDefaults()
	if err := o.Validate(); err != nil {
		t.Errorf("defaults invalid: %v", err)
	}
}

func TestStore_Setup(t *testing.T) {
	c := newClock()
	s := openStore(t, openDB(t), c, nil)
	ctx := context.Background()
	if need, _ := s.NeedsSetup(); !need {
		t.Fatal("a new box must need setup")
	}
	first, err := s.EnsureSetupCode()
	if err != nil {
		t.Fatal(err)
	}
	code, err := s.EnsureSetupCode() // a restart replaces the code
	if err != nil || len(code) != 19 || code == first {
		t.Fatalf("second code %q (first %q), %v", code, first, err)
	}
	req := SetupRequest{Username: "owner", Name: "Owner", Password: ownerPass, Addr: "10.0.0.9"}

	req.Code = first
	if _, _, _, err := s.CompleteSetup(ctx, req); !errors.Is(err, ErrBadSetupCode) {
		t.Fatalf("replaced code: %v, want ErrBadSetupCode", err)
	}
	req.Code = "AAAA-AAAA-AAAA-AAAA"
	if _, _, _, err := s.CompleteSetup(ctx, req); !errors.Is(err, ErrBadSetupCode) {
		t.Fatalf("wrong code: %v", err)
	}
	req.Code = code
	req.Password = "short"
	var ie *InputError
	if _, _, _, err := s.CompleteSetup(ctx, req); !errors.As(err, &ie) || ie.Field != "password" {
		t.Fatalf("short password: %v", err)
	}
	// Typed in lower case without dashes, as a person might.
	req.Password = ownerPass
	req.Code = " " + toLowerNoDash(code) + " "
	u, sess, secret, err := s.CompleteSetup(ctx, req)
	if err != nil {
		t.Fatal(err)
	}
	if u.Role != RoleOwner || u.Username != "owner" || sess.User != "owner" {
		t.Errorf("owner = %+v, session %+v", u, sess)
	}
	if _, got, err := s.Authenticate(secret); err != nil || got.Username != "owner" {
		t.Errorf("setup session: %v %v", got, err)
	}
	if need, _ := s.NeedsSetup(); need {
		t.Error("still needs setup")
	}
	if _, _, _, err := s.CompleteSetup(ctx, req); !errors.Is(err, ErrSetupDone) {
		t.Errorf("second setup: %v, want ErrSetupDone", err)
	}
	if c, err := s.EnsureSetupCode(); c != "" || err != nil {
		t.Errorf("code after setup: %q %v", c, err)
	}
	entries, _, _ := s.Audit(AuditQuery{})
	if len(entries) != 1 || entries[0].Action != "setup" || entries[0].User != "owner" {
		t.Errorf("audit = %+v", entries)
	}
}

func toLowerNoDash(s string) string {
	out := []rune{}
	for _, r := range s {
		if r == '-' {
			continue
		}
		if r >= 'A' && r <= 'Z' {
			r += 'a' - 'A'
		}
		out = append(out, r)
	}
	return string(out)
}

func TestStore_SetupThrottled(t *testing.T) {
	c := newClock()
	s := openStore(t, openDB(t), c, func(o *Options) { o.AddressLimit = Limit{Burst: 3, Every: time.Minute} })
	code, _ := s.EnsureSetupCode()
	ctx := context.Background()
	for i := range 3 {
		_, _, _, err := s.CompleteSetup(ctx, SetupRequest{Code: "WRONG", Username: "o", Password: ownerPass, Addr: "10.0.0.1"})
		if !errors.Is(err, ErrBadSetupCode) {
			t.Fatalf("attempt %d: %v", i, err)
		}
	}
	var te *ThrottledError
	good := SetupRequest{Code: code, Username: "owner", Name: "o", Password: ownerPass, Addr: "10.0.0.1"}
	if _, _, _, err := s.CompleteSetup(ctx, good); !errors.As(err, &te) {
		t.Fatalf("fourth attempt from the address: %v, want throttled", err)
	}
	// Another address (the owner's tablet) is not locked out by it.
	good.Addr = "10.0.0.2"
	if _, _, _, err := s.CompleteSetup(ctx, good); err != nil {
		t.Fatalf("from another address: %v", err)
	}
}

func TestStore_Login(t *testing.T) {
	c := newClock()
	s, owner := withOwner(t, c, nil)
	addUser(t, s, owner, "sara", RoleStaff)
	off := addUser(t, s, owner, "gone", RoleStaff)
	disabled := true
	if _, err := s.UpdateUser(context.Background(), owner, off.Username, nil, nil, &disabled); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, user, pass string
		wantErr          error
	}{
		{"right", "sara", pw("sara"), nil},
		{"name in capitals", " SARA ", pw("sara"), nil},
		{"wrong password", "sara", "sara secret pas", ErrBadCredentials},
		{"unknown account", "nobody", pw("sara"), ErrBadCredentials},
		{"disabled account", "gone", pw("gone"), ErrBadCredentials},
		{"unusable name", "../../x", "x", ErrBadCredentials},
		{"empty", "", "", ErrBadCredentials},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sess, secret, err := login(s, tt.user, tt.pass, "10.0.0."+tt.name)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("Login = %v, want %v", err, tt.wantErr)
			}
			if tt.wantErr != nil {
				if err.Error() != "wrong username or password" {
					t.Errorf("failure reveals too much: %q", err)
				}
				return
			}
			got, u, err := s.Authenticate(secret)
			if err != nil || got.ID != sess.ID || u.Username != "sara" || u.Role != RoleStaff {
				t.Errorf("Authenticate = %+v %+v %v", got, u, err)
			}
		})
	}
	// Failed attempts are audited without a user (nobody acted).
	entries, _, _ := s.Audit(AuditQuery{Limit: 100})
	failed := 0
	for _, e := range entries {
		if e.Action == "login.failed" {
			failed++
			if e.User != "" {
				t.Errorf("failed login attributed to %q", e.User)
			}
		}
	}
	if failed != 5 {
		t.Errorf("%d failed logins audited, want 5", failed)
	}
}

func TestStore_LoginThrottle(t *testing.T) {
	c := newClock()
	s, owner := withOwner(t, c, func(o *Options) {
		o.AccountLimit = Limit{Burst: 3, Every: time.Minute}
		o.AddressLimit = Limit{Burst: 5, Every: 10 * time.Second}
	})
	addUser(t, s, owner, "sara", RoleStaff)
	var te *ThrottledError

	t.Run("per account, whatever the address", func(t *testing.T) {
		for i := range 3 {
			if _, _, err := login(s, "sara", "nope", "10.1.0."+string(rune('0'+i))); !errors.Is(err, ErrBadCredentials) {
				t.Fatal(err)
			}
		}
		_, _, err := login(s, "sara", pw("sara"), "10.1.1.1")
		if !errors.As(err, &te) || te.RetryAfter != time.Minute {
			t.Fatalf("right password while locked: %v", err)
		}
		c.Add(time.Minute)
		if _, _, err := login(s, "sara", pw("sara"), "10.1.1.1"); err != nil {
			t.Fatalf("after the wait: %v", err)
		}
		// Success clears the account's failures.
		for range 3 {
			login(s, "sara", "nope", "10.1.2.1")
		}
		if _, _, err := login(s, "sara", "nope", "10.1.2.2"); !errors.As(err, &te) {
			t.Fatalf("fourth failure after reset: %v", err)
		}
	})

	t.Run("an unknown account locks the same way", func(t *testing.T) {
		var waits []time.Duration
		for _, name := range []string{"mona", "ghost"} {
			for i := range 3 {
				login(s, name, "nope", "10.2."+name+"."+string(rune('0'+i)))
			}
			_, _, err := login(s, name, "nope", "10.2.9.9")
			if !errors.As(err, &te) {
				t.Fatalf("%s: %v", name, err)
			}
			waits = append(waits, te.RetryAfter)
		}
		if waits[0] != waits[1] {
			t.Errorf("lockout differs: existing %v, unknown %v", waits[0], waits[1])
		}
		c.Add(time.Minute)
	})

	t.Run("per address, whatever the account", func(t *testing.T) {
		for i := range 5 {
			login(s, "someone"+string(rune('a'+i)), "nope", "10.3.3.3")
		}
		if _, _, err := login(s, "mona", ownerPass, "10.3.3.3"); !errors.As(err, &te) || te.RetryAfter != 10*time.Second {
			t.Fatalf("address over its limit: %v", err)
		}
		if _, _, err := login(s, "mona", ownerPass, "10.3.3.4"); err != nil {
			t.Fatalf("another address: %v", err)
		}
		c.Add(10 * time.Second)
		if _, _, err := login(s, "mona", ownerPass, "10.3.3.3"); err != nil {
			t.Fatalf("after the refill: %v", err)
		}
	})
}

func TestStore_SessionExpiry(t *testing.T) {
	c := newClock()
	s, _ := withOwner(t, c, func(o *Options) {
		o.IdleTimeout = time.Hour
		o.MaxAge = 3 * time.Hour
		o.TouchEvery = time.Minute
	})
	_, secret, err := login(s, "mona", ownerPass, "10.0.0.1")
	if err != nil {
		t.Fatal(err)
	}
	// Used every 50 minutes, the session lives until MaxAge.
	for i := range 3 {
		c.Add(50 * time.Minute)
		if _, _, err := s.Authenticate(secret); err != nil {
			t.Fatalf("use %d: %v", i, err)
		}
	}
	c.Add(30 * time.Minute) // 3h after login
	if _, _, err := s.Authenticate(secret); !errors.Is(err, ErrNoSession) {
		t.Fatalf("past MaxAge: %v", err)
	}

	_, secret, _ = login(s, "mona", ownerPass, "10.0.0.1")
	c.Add(time.Hour)
	if _, _, err := s.Authenticate(secret); !errors.Is(err, ErrNoSession) {
		t.Fatalf("idle an hour: %v", err)
	}
	for _, bad := range []string{"", "x", secret + "x", string(make([]byte, 500))} {
		if _, _, err := s.Authenticate(bad); !errors.Is(err, ErrNoSession) {
			t.Errorf("Authenticate(%.10q) = %v", bad, err)
		}
	}
	// The second login already pruned the user's two ended sessions (setup's
	// and the first); only the idle one is left for Sweep.
	if n, err := s.Sweep(); err != nil || n != 1 {
		t.Errorf("Sweep = %d, %v; want 1", n, err)
	}
}

func TestStore_AuthenticateTouchesRarely(t *testing.T) {
	c := newClock()
	s, _ := withOwner(t, c, nil)
	sess, secret, _ := login(s, "mona", ownerPass, "10.0.0.1")
	c.Add(30 * time.Second)
	got, _, _ := s.Authenticate(secret)
	if !got.LastSeen.Equal(sess.LastSeen) {
		t.Errorf("touched after 30s: %v", got.LastSeen)
	}
	c.Add(31 * time.Second)
	s.Authenticate(secret)
	got, _, _ = s.Authenticate(secret)
	if want := sess.LastSeen.Add(61 * time.Second); !got.LastSeen.Equal(want) {
		t.Errorf("last seen %v, want %v", got.LastSeen, want)
	}
}

func TestStore_Sessions(t *testing.T) {
	c := newClock()
	s, owner := withOwner(t, c, func(o *Options) { o.MaxSessionsPerUser = 3 })
	sara := addUser(t, s, owner, "sara", RoleStaff)
	saraActor := Actor{User: sara}
	var secrets []string
	var ids []string
	for i := range 4 {
		c.Add(time.Minute)
		sess, secret, err := login(s, "sara", pw("sara"), "10.0.0."+string(rune('1'+i)))
		if err != nil {
			t.Fatal(err)
		}
		secrets, ids = append(secrets, secret), append(ids, sess.ID)
	}
	list, err := s.Sessions(saraActor, "sara")
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != 3 || list[0].ID != ids[3] || list[2].ID != ids[1] {
		t.Fatalf("sessions = %+v, want the 3 newest, newest first", list)
	}
	if _, _, err := s.Authenticate(secrets[0]); !errors.Is(err, ErrNoSession) {
		t.Errorf("the oldest session beyond the cap still works: %v", err)
	}

	if _, err := s.Sessions(saraActor, "mona"); !errors.Is(err, ErrForbidden) {
		t.Errorf("staff listing the owner's sessions: %v", err)
	}
	if err := s.RevokeSession(saraActor, "sara", ids[3]); err != nil {
		t.Fatal(err)
	}
	if _, _, err := s.Authenticate(secrets[3]); !errors.Is(err, ErrNoSession) {
		t.Errorf("revoked session works: %v", err)
	}
	if err := s.RevokeSession(saraActor, "sara", ids[3]); !errors.Is(err, ErrNotFound) {
		t.Errorf("revoking twice: %v", err)
	}
	if n, err := s.RevokeAll(owner, "sara"); err != nil || n != 2 {
		t.Errorf("RevokeAll = %d, %v", n, err)
	}
	if err := s.Logout(owner, "not a secret"); err != nil {
		t.Errorf("logout of nothing: %v", err)
	}
	_, secret, _ := login(s, "sara", pw("sara"), "10.0.0.1")
	if err := s.Logout(saraActor, secret); err != nil {
		t.Fatal(err)
	}
	if _, _, err := s.Authenticate(secret); !errors.Is(err, ErrNoSession) {
		t.Errorf("after logout: %v", err)
	}
}

func TestStore_ChangePassword(t *testing.T) {
	c := newClock()
	s, owner := withOwner(t, c, nil)
	ctx := context.Background()
	_, other, _ := login(s, "mona", ownerPass, "10.0.0.1")
	_, current, _ := login(s, "mona", ownerPass, "10.0.0.2")

	var ie *InputError
	if _, _, err := s.ChangePassword(ctx, owner, "wrong", "a new long password"); !errors.As(err, &ie) || ie.Field != "current" {
		t.Fatalf("wrong current password: %v", err)
	}
	if _, _, err := s.ChangePassword(ctx, owner, ownerPass, "mona1234567"); !errors.As(err, &ie) || ie.Field != "password" {
		t.Fatalf("password containing the username: %v", err)
	}
	sess, secret, err := s.ChangePassword(ctx, owner, ownerPass, "a new long password")
	if err != nil {
		t.Fatal(err)
	}
	for _, old := range []string{other, current} {
		if _, _, err := s.Authenticate(old); !errors.Is(err, ErrNoSession) {
			t.Errorf("session from before the change still works: %v", err)
		}
	}
	if got, _, err := s.Authenticate(secret); err != nil || got.ID != sess.ID {
		t.Errorf("new session: %v", err)
	}
	if _, _, err := login(s, "mona", ownerPass, "10.0.0.3"); !errors.Is(err, ErrBadCredentials) {
		t.Errorf("old password: %v", err)
	}
	if _, _, err := login(s, "mona", "a new long password", "10.0.0.3"); err != nil {
		t.Errorf("new password: %v", err)
	}
}

func TestStore_ResetPassword(t *testing.T) {
	c := newClock()
	s, owner := withOwner(t, c, nil)
	ctx := context.Background()
	sara := addUser(t, s, owner, "sara", RoleStaff)
	_, secret, _ := login(s, "sara", pw("sara"), "10.0.0.1")
	if err := s.ResetPassword(ctx, Actor{User: sara}, "mona", "taken over now"); !errors.Is(err, ErrForbidden) {
		t.Fatalf("staff resetting the owner: %v", err)
	}
	if err := s.ResetPassword(ctx, owner, "sara", "a fresh password"); err != nil {
		t.Fatal(err)
	}
	if _, _, err := s.Authenticate(secret); !errors.Is(err, ErrNoSession) {
		t.Errorf("session survived a reset: %v", err)
	}
	if _, _, err := login(s, "sara", "a fresh password", "10.0.0.1"); err != nil {
		t.Error(err)
	}
}

func TestStore_UpdateUser(t *testing.T) {
	c := newClock()
	s, owner := withOwner(t, c, nil)
	ctx := context.Background()
	staff, accountant, yes := RoleStaff, RoleAccountant, true
	if _, err := s.UpdateUser(ctx, owner, "mona", &staff, nil, nil); !errors.Is(err, ErrLastOwner) {
		t.Errorf("demoting the last owner: %v", err)
	}
	if _, err := s.UpdateUser(ctx, owner, "mona", nil, nil, &yes); !errors.Is(err, ErrLastOwner) {
		t.Errorf("disabling the last owner: %v", err)
	}
	ali := addUser(t, s, owner, "ali", RoleStaff)
	if _, err := s.UpdateUser(ctx, Actor{User: ali}, "ali", &accountant, nil, nil); !errors.Is(err, ErrForbidden) {
		t.Errorf("staff changing a role: %v", err)
	}
	if _, err := s.CreateUser(ctx, owner, NewUser{Username: "ALI", Name: "x", Role: RoleStaff, Password: "long enough pass"}); !errors.Is(err, ErrExists) {
		t.Errorf("duplicate username: %v", err)
	}
	if _, err := s.CreateUser(ctx, Actor{User: ali}, NewUser{Username: "eve", Name: "x", Role: RoleOwner, Password: "long enough pass"}); !errors.Is(err, ErrForbidden) {
		t.Errorf("staff creating users: %v", err)
	}
	for _, bad := range []NewUser{
		{Username: "a", Name: "x", Role: RoleStaff, Password: "long enough pass"},
		{Username: "سارة", Name: "x", Role: RoleStaff, Password: "long enough pass"},
		{Username: "-x", Name: "x", Role: RoleStaff, Password: "long enough pass"},
		{Username: "nour", Name: "", Role: RoleStaff, Password: "long enough pass"},
		{Username: "nour", Name: "x", Role: "boss", Password: "long enough pass"},
	} {
		var ie *InputError
		if _, err := s.CreateUser(ctx, owner, bad); !errors.As(err, &ie) {
			t.Errorf("CreateUser(%+v) = %v, want an input error", bad, err)
		}
	}

	_, secret, _ := login(s, "ali", pw("ali"), "10.0.0.1")
	promoted := RoleOwner
	if u, err := s.UpdateUser(ctx, owner, "ali", &promoted, nil, nil); err != nil || u.Role != RoleOwner {
		t.Fatalf("promote: %v %v", u, err)
	}
	// With a second owner, the first may step down.
	if _, err := s.UpdateUser(ctx, owner, "mona", &accountant, nil, nil); err != nil {
		t.Fatal(err)
	}
	if _, err := s.UpdateUser(ctx, owner, "ali", nil, nil, &yes); !errors.Is(err, ErrLastOwner) {
		t.Errorf("disabling the only owner left: %v", err)
	}
	if _, err := s.UpdateUser(ctx, owner, "ali", &staff, nil, nil); !errors.Is(err, ErrLastOwner) {
		t.Errorf("demoting the only owner left: %v", err)
	}
	owner2 := Actor{User: User{Username: "ali", Role: RoleOwner}}
	if _, err := s.UpdateUser(ctx, owner2, "mona", &promoted, nil, nil); err != nil {
		t.Fatal(err)
	}
	if _, err := s.UpdateUser(ctx, owner, "ali", nil, nil, &yes); err != nil {
		t.Fatal(err)
	}
	if _, _, err := s.Authenticate(secret); !errors.Is(err, ErrNoSession) {
		t.Errorf("disabled user's session: %v", err)
	}
	users, _ := s.Users()
	if len(users) != 2 || users[0].Username != "ali" || !users[0].Disabled || users[1].Role != RoleOwner {
		t.Errorf("users = %+v", users)
	}
}

func TestStore_Rehash(t *testing.T) {
	c := newClock()
	db := openDB(t)
	s := openStore(t, db, c, nil)
	code, _ := s.EnsureSetupCode()
	if _, _, _, err := s.CompleteSetup(context.Background(), SetupRequest{Code: code, Username: "mona", Name: "m", Password: ownerPass}); err != nil {
		t.Fatal(err)
	}
	stronger := HashParams{Memory: 128, Time: 2, Threads: 1}
	s2 := openStore(t, db, c, func(o *Options) { o.Hash = stronger })
	if _, _, err := login(s2, "mona", ownerPass, "10.0.0.1"); err != nil {
		t.Fatal(err)
	}
	var stored userRecord
	db.View(func(tx *bolt.Tx) error { stored, _, _ = getUser(tx, "mona"); return nil })
	h, err := parsePHC(stored.PasswordHash)
	if err != nil || h.params != stronger {
		t.Fatalf("hash after login: %q %v", stored.PasswordHash, err)
	}
	if _, _, err := login(s2, "mona", ownerPass, "10.0.0.1"); err != nil {
		t.Errorf("login with the new hash: %v", err)
	}
}

func TestStore_SessionsSurviveReopen(t *testing.T) {
	c := newClock()
	db := openDB(t)
	s := openStore(t, db, c, nil)
	code, _ := s.EnsureSetupCode()
	_, _, secret, err := s.CompleteSetup(context.Background(), SetupRequest{Code: code, Username: "mona", Name: "m", Password: ownerPass})
	if err != nil {
		t.Fatal(err)
	}
	s2 := openStore(t, db, c, nil)
	if _, u, err := s2.Authenticate(secret); err != nil || u.Username != "mona" {
		t.Errorf("after reopen: %v %v", u, err)
	}
}

func TestStore_Audit(t *testing.T) {
	c := newClock()
	s, owner := withOwner(t, c, nil)
	staff := Actor{User: User{Username: "sara", Role: RoleStaff}, Addr: "10.0.0.5"}
	for i := range 120 {
		c.Add(time.Second)
		a := owner
		if i%3 == 0 {
			a = staff
		}
		if err := s.Record(a.Entry("order.approve", "order-"+string(rune('A'+i%26)), "")); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.Record(Entry{}); err == nil {
		t.Error("an entry without an action was recorded")
	}
	var all []Entry
	cursor := uint64(0)
	pages := 0
	for {
		page, next, err := s.Audit(AuditQuery{Before: cursor, Limit: 50})
		if err != nil {
			t.Fatal(err)
		}
		all = append(all, page...)
		pages++
		if next == 0 {
			break
		}
		cursor = next
	}
	if len(all) != 121 || pages != 3 {
		t.Fatalf("%d entries in %d pages, want 121 in 3", len(all), pages)
	}
	for i := 1; i < len(all); i++ {
		if all[i].Seq >= all[i-1].Seq || all[i].At.After(all[i-1].At) {
			t.Fatalf("not newest first at %d: %d after %d", i, all[i].Seq, all[i-1].Seq)
		}
	}
	if all[0].User != "owner" && all[0].User != "mona" {
		t.Errorf("newest = %+v", all[0])
	}
	var mine []Entry
	cursor = 0
	for {
		page, next, err := s.Audit(AuditQuery{User: "sara", Before: cursor, Limit: 7})
		if err != nil {
			t.Fatal(err)
		}
		mine = append(mine, page...)
		if next == 0 {
			break
		}
		cursor = next
	}
	if len(mine) != 40 {
		t.Fatalf("sara has %d entries, want 40", len(mine))
	}
	for _, e := range mine {
		if e.User != "sara" || e.Addr != "10.0.0.5" || e.Action != "order.approve" {
			t.Fatalf("entry %+v", e)
		}
	}
	if page, next, _ := s.Audit(AuditQuery{Before: 1}); len(page) != 0 || next != 0 {
		t.Errorf("before the first entry: %d entries", len(page))
	}
	if page, _, _ := s.Audit(AuditQuery{User: "nobody"}); len(page) != 0 {
		t.Errorf("unknown user: %d entries", len(page))
	}
}

func TestStore_RecordTxRollsBack(t *testing.T) {
	c := newClock()
	db := openDB(t)
	s := openStore(t, db, c, nil)
	boom := errors.New("boom")
	err := db.Update(func(tx *bolt.Tx) error {
		if err := s.RecordTx(tx, Entry{User: "x", Action: "invoice.void"}); err != nil {
			return err
		}
		return boom
	})
	if !errors.Is(err, boom) {
		t.Fatal(err)
	}
	if page, _, _ := s.Audit(AuditQuery{}); len(page) != 0 {
		t.Errorf("entry of a rolled-back action kept: %+v", page)
	}
}

// TestStore_Concurrent logs in and checks sessions from many goroutines at
// once (run with -race): every login gets its own working session.
func TestStore_Concurrent(t *testing.T) {
	c := newClock()
	s, owner := withOwner(t, c, func(o *Options) { o.MaxSessionsPerUser = 100; o.HashConcurrency = 2 })
	addUser(t, s, owner, "sara", RoleStaff)
	var wg sync.WaitGroup
	secrets := make([]string, 16)
	errs := make([]error, 16)
	for i := range secrets {
		wg.Go(func() {
			name, pass := "sara", pw("sara")
			if i%2 == 0 {
				name, pass = "mona", ownerPass
			}
			_, secrets[i], errs[i] = login(s, name, pass, "10.9.0.1")
			if errs[i] == nil {
				_, _, errs[i] = s.Authenticate(secrets[i])
			}
		})
	}
	wg.Wait()
	seen := map[string]bool{}
	for i, err := range errs {
		if err != nil {
			t.Fatalf("goroutine %d: %v", i, err)
		}
		if seen[secrets[i]] {
			t.Fatal("two logins got the same secret")
		}
		seen[secrets[i]] = true
	}
	sara, _ := s.Sessions(owner, "sara")
	if len(sara) != 8 {
		t.Errorf("sara has %d sessions, want 8", len(sara))
	}
}

func TestStore_RecoverOwner(t *testing.T) {
	c := newClock()
	s, owner := withOwner(t, c, nil)
	ctx := context.Background()
	addUser(t, s, owner, "sara", RoleStaff)
	_, old, _ := login(s, "mona", ownerPass, "10.0.0.1")
	if _, _, err := s.RecoverOwner(ctx, "sara"); err == nil {
		t.Error("recovered a staff account as owner")
	}
	if _, _, err := s.RecoverOwner(ctx, "nobody"); !errors.Is(err, ErrNotFound) {
		t.Errorf("unknown: %v", err)
	}
	name, pass, err := s.RecoverOwner(ctx, "")
	if err != nil || name != "mona" || len(pass) != 19 {
		t.Fatalf("RecoverOwner = %q %q %v", name, pass, err)
	}
	if _, _, err := s.Authenticate(old); !errors.Is(err, ErrNoSession) {
		t.Errorf("old session survived recovery: %v", err)
	}
	if _, _, err := login(s, "mona", pass, "10.0.0.1"); err != nil {
		t.Errorf("login with the recovered password: %v", err)
	}
	entries, _, _ := s.Audit(AuditQuery{Limit: 3})
	found := false
	for _, e := range entries {
		found = found || e.Action == "password.recover" && e.Target == "mona" && e.Addr == "console" && e.User == ""
	}
	if !found {
		t.Errorf("recovery not audited: %+v", entries)
	}
}

func TestStore_RecoverOwnerNone(t *testing.T) {
	s := openStore(t, openDB(t), newClock(), nil)
	if _, _, err := s.RecoverOwner(context.Background(), ""); err == nil {
		t.Error("recovered on a box without an owner")
	}
}

func TestClip(t *testing.T) {
	tests := []struct {
		in   string
		n    int
		want string
	}{
		{"abc", 5, "abc"},
		{"abcdef", 3, "abc"},
		{"منى", 3, "م"}, // 6 bytes; the cut falls inside the second letter
		{"منى", 4, "من"},
		{"a\xffb", 10, "a\xffb"},
	}
	for _, tt := range tests {
		if got := clip(tt.in, tt.n); got != tt.want {
			t.Errorf("clip(%q, %d) = %q, want %q", tt.in, tt.n, got, tt.want)
		}
	}
}
