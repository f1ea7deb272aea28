package access

import (
	"regexp"
	"strings"
	"testing"
)

func TestHashPassword_Verify(t *testing.T) {
	h1, err := HashPassword("كلمة سر طويلة", cheap)
	if err != nil {
		t.Fatal(err)
	}
	h2, _ := HashPassword("كلمة سر طويلة", cheap)
	if h1 == h2 {
		t.Error("two hashes of one password are equal: no salt")
	}
	if !regexp.MustCompile(`^\$argon2id\$v=19\$m=64,t=1,p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$`).MatchString(h1) {
		t.Errorf("not a PHC string: %s", h1)
	}
	tests := []struct {
		name, password string
		want           HashParams
		ok, stale      bool
	}{
		{"right", "كلمة سر طويلة", cheap, true, false},
		{"wrong", "كلمة سر طويله", cheap, false, false},
		{"empty", "", cheap, false, false},
		{"too long", strings.Repeat("x", 2000), cheap, false, false},
		{"right, params changed", "كلمة سر طويلة", DefaultHashParams, true, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ok, stale, err := VerifyPassword(tt.password, h1, tt.want)
			if err != nil || ok != tt.ok || (ok && stale != tt.stale) {
				t.Errorf("VerifyPassword = %v, %v, %v; want %v, %v", ok, stale, err, tt.ok, tt.stale)
			}
		})
	}
	if _, err := HashPassword(strings.Repeat("x", 2000), cheap); err != ErrPasswordTooLong {
		t.Errorf("hashing 2000 bytes: %v", err)
	}
}

// TestVerifyPassword_KnownVector checks against a hash made by the
// reference implementation (argon2 CLI: echo -n password | argon2 somesalt -id -t 2 -m 16 -p 1 -l 32).
func TestVerifyPassword_KnownVector(t *testing.T) {
	const ref = "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc"
	ok, _, err := VerifyPassword("password", ref, DefaultHashParams)
	if err != nil || !ok {
		t.Errorf("reference vector: ok=%v err=%v", ok, err)
	}
	if ok, _, _ := VerifyPassword("passwore", ref, DefaultHashParams); ok {
		t.Error("wrong password matched the reference vector")
	}
}

func TestParsePHC(t *testing.T) {
	good := "$argon2id$v=19$m=64,t=1,p=1$c29tZXNhbHQxMjM0NTY$" + strings.Repeat("A", 43)
	if _, err := parsePHC(good); err != nil {
		t.Fatalf("good: %v", err)
	}
	for _, bad := range []string{
		"",
		"plain",
		"$argon2i$v=19$m=64,t=1,p=1$c29tZXNhbHQxMjM0NTY$" + strings.Repeat("A", 43),
		"$argon2id$v=16$m=64,t=1,p=1$c29tZXNhbHQxMjM0NTY$" + strings.Repeat("A", 43),
		"$argon2id$v=19$t=1,m=64,p=1$c29tZXNhbHQxMjM0NTY$" + strings.Repeat("A", 43),
		"$argon2id$v=19$m=064,t=1,p=1$c29tZXNhbHQxMjM0NTY$" + strings.Repeat("A", 43),
		"$argon2id$v=19$m=64,t=1,p=0$c29tZXNhbHQxMjM0NTY$" + strings.Repeat("A", 43),
		"$argon2id$v=19$m=64,t=1,p=256$c29tZXNhbHQxMjM0NTY$" + strings.Repeat("A", 43),
		"$argon2id$v=19$m=4294967295,t=1,p=1$c29tZXNhbHQxMjM0NTY$" + strings.Repeat("A", 43),
		"$argon2id$v=19$m=64,t=1,p=1$c29tZQ$" + strings.Repeat("A", 43),
		"$argon2id$v=19$m=64,t=1,p=1$c29tZXNhbHQxMjM0NTY=$" + strings.Repeat("A", 43),
		"$argon2id$v=19$m=64,t=1,p=1$c29tZXNhbHQxMjM0NTY$short",
		"$argon2id$v=19$m=64,t=1,p=1$c29tZXNhbHQxMjM0NTY$" + strings.Repeat("A", 43) + "$",
		"$argon2id$v=19$m=64,t=1$c29tZXNhbHQxMjM0NTY$" + strings.Repeat("A", 43),
	} {
		if _, err := parsePHC(bad); err == nil {
			t.Errorf("parsePHC(%q) accepted", bad)
		}
	}
}

// FuzzParsePHC: whatever parses prints back to the same string, and
// nothing panics.
func FuzzParsePHC(f *testing.F) {
	f.Add("$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHQxMjM0NTY$" + strings.Repeat("A", 43))
	f.Add("$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc")
	f.Add("$argon2id$v=19$m=1,t=1,p=1$$")
	f.Fuzz(func(t *testing.T, s string) {
		h, err := parsePHC(s)
		if err != nil {
			return
		}
		if h.String() != s {
			t.Errorf("parse/print changed %q into %q", s, h.String())
		}
	})
}
