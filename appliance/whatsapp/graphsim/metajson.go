package graphsim

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"unicode/utf16"
	"unicode/utf8"
)

// MetaJSON serialises v the way Meta's servers put webhook bodies on the
// wire: compact, every non-ASCII character as a lowercase \uXXXX escape
// (surrogate pairs above U+FFFF), "/" as "\/", and "<", ">", "&" left as
// they are. A receiver that re-encodes such a body with encoding/json gets
// different bytes, which is why signatures must be checked on the raw body.
//
// v must be JSON-serialisable (the webhook types of this package always
// are); MetaJSON panics otherwise, as that is a programming error.
func MetaJSON(v any) []byte {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		panic(fmt.Sprintf("graphsim: MetaJSON: %v", err))
	}
	return EscapeMeta(bytes.TrimSuffix(buf.Bytes(), []byte("\n")))
}

// EscapeMeta rewrites compact JSON (as encoding/json writes it) into Meta's
// escaping: non-ASCII as lowercase \uXXXX and "/" as "\/". Both can occur
// only inside strings, so a byte-level rewrite keeps the JSON valid.
func EscapeMeta(js []byte) []byte {
	const hexdigits = "0123456789abcdef"
	out := make([]byte, 0, len(js)+len(js)/4)
	u := func(r uint16) {
		out = append(out, '\\', 'u', hexdigits[r>>12], hexdigits[r>>8&0xf], hexdigits[r>>4&0xf], hexdigits[r&0xf])
	}
	for i := 0; i < len(js); {
		c := js[i]
		if c < utf8.RuneSelf {
			if c == '/' {
				out = append(out, '\\', '/')
			} else {
				out = append(out, c)
			}
			i++
			continue
		}
		r, size := utf8.DecodeRune(js[i:])
		i += size
		if r > 0xffff {
			r1, r2 := utf16.EncodeRune(r)
			u(uint16(r1))
			u(uint16(r2))
			continue
		}
		u(uint16(r)) // invalid bytes decode as U+FFFD, as encoding/json would
	}
	return out
}

// Sign returns the X-Hub-Signature-256 header value Meta sends with a
// webhook body: "sha256=" followed by the lowercase hex HMAC-SHA256 of the
// exact body bytes, keyed with the app secret.
func Sign(appSecret string, body []byte) string {
	m := hmac.New(sha256.New, []byte(appSecret))
	m.Write(body)
	return "sha256=" + hex.EncodeToString(m.Sum(nil))
}
