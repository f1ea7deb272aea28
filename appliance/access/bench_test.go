package access

import (
	"context"
	"testing"
)

// BenchmarkStore_Authenticate is the cost every signed-in request pays:
// one hash and one bbolt read (the touch write happens once a minute).
func BenchmarkStore_Authenticate(b *testing.B) {
	c := newClock()
	db := openDB(b)
	s, err := Open(db, Options{Now: c.Now, Hash: cheap})
	if err != nil {
		b.Fatal(err)
	}
	code, _ := s.EnsureSetupCode()
	_, _, secret, err := s.CompleteSetup(context.Background(), SetupRequest{Code: code, Username: "mona", Name: "m", Password: ownerPass})
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for b.Loop() {
		if _, _, err := s.Authenticate(secret); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkHashPassword_Default is what one login costs on this machine
// with the default argon2id parameters (19 MiB, t=2, p=1).
func BenchmarkHashPassword_Default(b *testing.B) {
	for b.Loop() {
		if _, err := HashPassword("correct horse battery", DefaultHashParams); err != nil {
			b.Fatal(err)
		}
	}
}
