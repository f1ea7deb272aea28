package access

import (
	"crypto/rand"
	"crypto/subtle"
	"encoding/base64"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"golang.org/x/crypto/argon2"
)

// HashParams are argon2id's cost parameters. They are stored with every
// hash, so changing them later only affects new hashes (and old ones are
// replaced at their next successful login).
type HashParams struct {
	// Memory in KiB; default 19456 (19 MiB), OWASP's minimum for argon2id.
	Memory uint32
	// Time is the number of passes; default 2.
	Time uint32
	// Threads is the parallelism; default 1.
	Threads uint8
}

// DefaultHashParams are OWASP's recommended minimum for argon2id: cheap
// enough for a small box, far too costly for an offline guesser.
var DefaultHashParams = HashParams{Memory: 19456, Time: 2, Threads: 1}

const (
	saltLen = 16
	keyLen  = 32
	// maxPasswordBytes bounds what is hashed: a long password costs no more
	// than a short one in argon2, but a megabyte form field should not reach it.
	maxPasswordBytes = 1024
)

// Validate reports parameters too weak or too costly to use.
func (p HashParams) Validate() error {
	switch {
	case p.Memory < 8*uint32(p.Threads) || p.Memory < 8:
		return fmt.Errorf("argon2 memory %d KiB too small", p.Memory)
	case p.Memory > 1<<21:
		return fmt.Errorf("argon2 memory %d KiB above 2 GiB", p.Memory)
	case p.Time < 1 || p.Time > 64:
		return fmt.Errorf("argon2 time %d out of range 1..64", p.Time)
	case p.Threads < 1:
		return errors.New("argon2 threads must be at least 1")
	}
	return nil
}

// HashPassword hashes password with argon2id and a fresh random salt and
// returns the PHC string that holds the parameters, salt and hash.
func HashPassword(password string, p HashParams) (string, error) {
	if err := p.Validate(); err != nil {
		return "", err
	}
	if len(password) > maxPasswordBytes {
		return "", ErrPasswordTooLong
	}
	salt := make([]byte, saltLen)
	if _, err := rand.Read(salt); err != nil {
		return "", fmt.Errorf("salt: %w", err)
	}
	key := argon2.IDKey([]byte(password), salt, p.Time, p.Memory, p.Threads, keyLen)
	return phc{params: p, salt: salt, key: key}.String(), nil
}

// VerifyPassword reports whether password matches the PHC hash, comparing
// in constant time. stale is true when the hash was made with parameters
// other than want and should be replaced.
func VerifyPassword(password, hash string, want HashParams) (ok, stale bool, err error) {
	h, err := parsePHC(hash)
	if err != nil {
		return false, false, err
	}
	if len(password) > maxPasswordBytes {
		return false, false, nil
	}
	key := argon2.IDKey([]byte(password), h.salt, h.params.Time, h.params.Memory, h.params.Threads, uint32(len(h.key)))
	ok = subtle.ConstantTimeCompare(key, h.key) == 1
	return ok, h.params != want || len(h.salt) != saltLen || len(h.key) != keyLen, nil
}

// phc is a parsed "$argon2id$v=19$m=..,t=..,p=..$salt$hash" string.
type phc struct {
	params    HashParams
	salt, key []byte
}

var b64 = base64.RawStdEncoding

func (h phc) String() string {
	return fmt.Sprintf("$argon2id$v=%d$m=%d,t=%d,p=%d$%s$%s", argon2.Version,
		h.params.Memory, h.params.Time, h.params.Threads, b64.EncodeToString(h.salt), b64.EncodeToString(h.key))
}

// ErrBadHash is returned for a stored hash that is not an argon2id PHC
// string this package can check.
var ErrBadHash = errors.New("not an argon2id password hash")

// parsePHC reads a PHC string strictly: argon2id, version 19, m, t and p
// in that order, salt and hash in unpadded base64 of sane lengths.
func parsePHC(s string) (phc, error) {
	parts := strings.Split(s, "$")
	if len(parts) != 6 || parts[0] != "" || parts[1] != "argon2id" {
		return phc{}, ErrBadHash
	}
	if parts[2] != "v="+strconv.Itoa(argon2.Version) {
		return phc{}, fmt.Errorf("%w: version %q", ErrBadHash, parts[2])
	}
	var h phc
	kv := strings.Split(parts[3], ",")
	if len(kv) != 3 {
		return phc{}, fmt.Errorf("%w: parameters %q", ErrBadHash, parts[3])
	}
	for i, name := range []string{"m", "t", "p"} {
		v, ok := strings.CutPrefix(kv[i], name+"=")
		if !ok || v == "" || (len(v) > 1 && v[0] == '0') {
			return phc{}, fmt.Errorf("%w: parameters %q", ErrBadHash, parts[3])
		}
		bits := 32
		if name == "p" {
			bits = 8
		}
		n, err := strconv.ParseUint(v, 10, bits)
		if err != nil {
			return phc{}, fmt.Errorf("%w: parameter %s", ErrBadHash, name)
		}
		switch name {
		case "m":
			h.params.Memory = uint32(n)
		case "t":
			h.params.Time = uint32(n)
		case "p":
			h.params.Threads = uint8(n)
		}
	}
	if err := h.params.Validate(); err != nil {
		return phc{}, fmt.Errorf("%w: %v", ErrBadHash, err)
	}
	var err error
	if h.salt, err = b64.Strict().DecodeString(parts[4]); err != nil || len(h.salt) < 8 || len(h.salt) > 64 {
		return phc{}, fmt.Errorf("%w: salt", ErrBadHash)
	}
	if h.key, err = b64.Strict().DecodeString(parts[5]); err != nil || len(h.key) < 16 || len(h.key) > 64 {
		return phc{}, fmt.Errorf("%w: hash", ErrBadHash)
	}
	return h, nil
}
