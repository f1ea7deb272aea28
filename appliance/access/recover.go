package access

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"strings"

	bolt "go.etcd.io/bbolt"
)

// RecoverOwner is the way back in when no owner can log in (a forgotten
// password, a disabled last owner). It is for the operator at the box's
// console, with the box stopped (a CLI command such as `fatoora staff
// recover`; the data file's lock keeps a running box out): it gives the
// owner account username (or, when empty, the first owner by name) a new
// random password, enables it, ends its sessions and returns the password
// once, to be shown to the operator and changed at the next login.
func (s *Store) RecoverOwner(ctx context.Context, username string) (string, string, error) {
	username = NormalizeUsername(username)
	if username == "" {
		err := s.db.View(func(tx *bolt.Tx) error {
			return bucket(tx, bucketUsers).ForEach(func(k, v []byte) error {
				var u userRecord
				if _, err := getJSON(bucket(tx, bucketUsers), k, &u); err != nil {
					return err
				}
				if username == "" && u.Role == RoleOwner {
					username = u.Username
				}
				return nil
			})
		})
		if err != nil {
			return "", "", fmt.Errorf("recover owner: %w", err)
		}
		if username == "" {
			return "", "", errors.New("recover owner: the box has no owner account (use the setup code instead)")
		}
	}
	u, err := s.User(username)
	if err != nil {
		return "", "", fmt.Errorf("recover owner %s: %w", username, err)
	}
	if u.Role != RoleOwner {
		return "", "", fmt.Errorf("recover owner: %s is %s, not an owner", username, u.Role)
	}
	raw := make([]byte, 16)
	if _, err := rand.Read(raw); err != nil {
		return "", "", fmt.Errorf("recover owner: %w", err)
	}
	var b strings.Builder
	for i, x := range raw {
		if i > 0 && i%4 == 0 {
			b.WriteByte('-')
		}
		b.WriteByte(setupAlphabet[x%32])
	}
	password := strings.ToLower(b.String())
	console := Actor{Addr: "console"}
	if _, _, err := s.setPassword(ctx, console, username, password, "password.recover", false); err != nil {
		return "", "", err
	}
	if u.Disabled {
		no := false
		// The console acts as an owner here: recovery exists to get one back.
		root := Actor{User: User{Username: "", Role: RoleOwner}, Addr: "console"}
		if _, err := s.UpdateUser(ctx, root, username, nil, nil, &no); err != nil {
			return "", "", err
		}
	}
	return username, password, nil
}
