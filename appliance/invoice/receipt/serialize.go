package receipt

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
)

// Canonical is ETA's serialisation of a JSON receipt body, computed from
// the body's own bytes (so the hashed text is exactly what is sent):
//
//   - an object: for each key in the order written, the key in upper case
//     as a quoted string, then its serialised value; nothing between;
//   - an array: the key once, then before each element the key again and
//     the element;
//   - a scalar: its text in double quotes (a number exactly as written,
//     a string as decoded, without escapes).
//
// header.uuid is serialised as "" whatever the body holds, so Canonical of
// a sealed body is the text its UUID was computed over.
func Canonical(body []byte) (string, error) {
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.UseNumber()
	var b strings.Builder
	t, err := dec.Token()
	if err != nil {
		return "", fmt.Errorf("canonical: %w", err)
	}
	if d, ok := t.(json.Delim); !ok || d != '{' {
		return "", errors.New("canonical: body is not a JSON object")
	}
	if err := object(dec, &b, ""); err != nil {
		return "", fmt.Errorf("canonical: %w", err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return "", errors.New("canonical: trailing data after the body")
	}
	return b.String(), nil
}

// object serialises the members of an object whose '{' was read; path is
// the dotted key path of the object ("" at the top).
func object(dec *json.Decoder, b *strings.Builder, path string) error {
	for dec.More() {
		t, err := dec.Token()
		if err != nil {
			return err
		}
		key, ok := t.(string)
		if !ok {
			return fmt.Errorf("object key %v is not a string", t)
		}
		kpath := key
		if path != "" {
			kpath = path + "." + key
		}
		name := `"` + strings.ToUpper(key) + `"`
		b.WriteString(name)
		t, err = dec.Token()
		if err != nil {
			return err
		}
		if d, ok := t.(json.Delim); ok && d == '[' {
			for dec.More() {
				b.WriteString(name)
				t, err := dec.Token()
				if err != nil {
					return err
				}
				if err := value(dec, b, t, kpath); err != nil {
					return err
				}
			}
			if _, err := dec.Token(); err != nil { // ']'
				return err
			}
			continue
		}
		if kpath == "header.uuid" {
			if _, ok := t.(string); !ok {
				return errors.New("header.uuid is not a string")
			}
			b.WriteString(`""`)
			continue
		}
		if err := value(dec, b, t, kpath); err != nil {
			return err
		}
	}
	_, err := dec.Token() // '}'
	return err
}

func value(dec *json.Decoder, b *strings.Builder, t json.Token, path string) error {
	switch v := t.(type) {
	case json.Delim:
		switch v {
		case '{':
			return object(dec, b, path)
		case '[':
			return fmt.Errorf("%s: array directly inside an array", path)
		}
		return fmt.Errorf("%s: unexpected %v", path, v)
	case string:
		b.WriteString(`"` + v + `"`)
	case json.Number:
		b.WriteString(`"` + v.String() + `"`)
	case bool:
		fmt.Fprintf(b, `"%t"`, v)
	case nil:
		return fmt.Errorf("%s: null value", path)
	}
	return nil
}

// UUID is the lowercase hex SHA-256 of Canonical(body).
func UUID(body []byte) (string, error) {
	c, err := Canonical(body)
	if err != nil {
		return "", err
	}
	sum := sha256.Sum256([]byte(c))
	return hex.EncodeToString(sum[:]), nil
}

// Seal computes r's UUID, sets it in r.Header.UUID and returns the body to
// send: the same bytes, byte for byte, whose canonical text was hashed.
func Seal(r *Receipt) ([]byte, error) {
	r.Header.UUID = ""
	unsealed, err := json.Marshal(r)
	if err != nil {
		return nil, fmt.Errorf("seal: %w", err)
	}
	id, err := UUID(unsealed)
	if err != nil {
		return nil, fmt.Errorf("seal: %w", err)
	}
	r.Header.UUID = id
	body, err := json.Marshal(r)
	if err != nil {
		return nil, fmt.Errorf("seal: %w", err)
	}
	// The uuid is a string of hex digits: setting it cannot change any
	// other byte, but say so in code rather than in a comment.
	if got, err := UUID(body); err != nil || got != id {
		return nil, fmt.Errorf("seal: body and hashed text differ (%s ≠ %s)", got, id)
	}
	return body, nil
}
