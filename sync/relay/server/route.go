package server

import (
	"bytes"
	"encoding/json"
)

// Route lists the business numbers a webhook body is for
// (entry[].changes[].value.metadata.phone_number_id), each once, in order
// of appearance; a body naming none is routed to [""] (unrouted).
//
// It is on the path of every 200, so it does not decode the whole body:
// after json.Valid (an invalid body is unrouted, as json.Unmarshal would
// leave it), a walk descends only along that path and skips the rest
// (messages, contacts, texts) without decoding it. Anything a plain walk
// cannot answer exactly as encoding/json would — a key in another case or
// with escapes, a repeated key, a null or a value of another type on the
// path, an escaped number — is routed by encoding/json instead
// (FuzzRoute checks the two agree).
func Route(body []byte) []string {
	if !json.Valid(body) {
		return []string{""} // signed by Meta; an unreadable body is unrouted, not lost
	}
	out, ok := routeWalk(body)
	if !ok {
		out = routeDecode(body)
	}
	if len(out) == 0 {
		out = []string{""}
	}
	return out
}

// routeDecode is Route by encoding/json (the reference).
func routeDecode(body []byte) []string {
	var env struct {
		Entry []struct {
			Changes []struct {
				Value struct {
					Metadata struct {
						PhoneNumberID string `json:"phone_number_id"`
					} `json:"metadata"`
				} `json:"value"`
			} `json:"changes"`
		} `json:"entry"`
	}
	_ = json.Unmarshal(body, &env)
	var out []string
	for _, e := range env.Entry {
		for _, c := range e.Changes {
			out = addNumber(out, c.Value.Metadata.PhoneNumberID)
		}
	}
	return out
}

func addNumber(out []string, n string) []string {
	if n == "" {
		return out
	}
	for _, o := range out {
		if o == n {
			return out
		}
	}
	return append(out, n)
}

// routeWalk is Route on a valid JSON body by walking it; ok is false when
// the body needs encoding/json's rules.
func routeWalk(body []byte) (out []string, ok bool) {
	w := walker{b: body}
	// The path: {entry: [{changes: [{value: {metadata: {phone_number_id: "…"}}}]}]}
	w.object(func(key []byte) {
		if !w.field(key, "entry") {
			w.skip()
			return
		}
		w.array(func() {
			w.object(func(key []byte) {
				if !w.field(key, "changes") {
					w.skip()
					return
				}
				w.array(func() {
					w.object(func(key []byte) {
						if !w.field(key, "value") {
							w.skip()
							return
						}
						w.object(func(key []byte) {
							if !w.field(key, "metadata") {
								w.skip()
								return
							}
							w.object(func(key []byte) {
								if !w.field(key, "phone_number_id") {
									w.skip()
									return
								}
								if n, ok := w.plainString(); ok {
									out = addNumber(out, n)
								}
							})
						})
					})
				})
			})
		})
	})
	return out, !w.bad
}

// walker reads a body json.Valid accepted; bad is set when the body needs
// encoding/json's rules (the walk then stops being meaningful).
type walker struct {
	b   []byte
	i   int
	bad bool
	// seen counts the path keys met in each open object, to catch a
	// repeated key (encoding/json lets the last one win).
	seen []int
}

func (w *walker) space() {
	for w.i < len(w.b) {
		switch w.b[w.i] {
		case ' ', '\t', '\n', '\r':
			w.i++
		default:
			return
		}
	}
}

func (w *walker) peek() byte {
	w.space()
	if w.i >= len(w.b) {
		return 0
	}
	return w.b[w.i]
}

// str reads a string at w.i and returns its raw bytes (between the
// quotes) and whether they hold an escape.
func (w *walker) str() (raw []byte, escaped bool) {
	w.i++ // "
	start := w.i
	for w.i < len(w.b) {
		switch w.b[w.i] {
		case '\\':
			escaped = true
			w.i += 2
		case '"':
			raw = w.b[start:w.i]
			w.i++
			return raw, escaped
		default:
			w.i++
		}
	}
	return w.b[start:], escaped
}

// skip passes over one value.
func (w *walker) skip() {
	switch w.peek() {
	case '"':
		w.str()
	case '{', '[':
		depth := 0
		for w.i < len(w.b) {
			switch w.b[w.i] {
			case '"':
				w.str()
				continue
			case '{', '[':
				depth++
			case '}', ']':
				depth--
				if depth == 0 {
					w.i++
					return
				}
			}
			w.i++
		}
	default: // a number, true, false or null
		for w.i < len(w.b) {
			switch w.b[w.i] {
			case ',', '}', ']', ' ', '\t', '\n', '\r':
				return
			}
			w.i++
		}
	}
}

// object calls f with each key of the object at w.i, positioned at its
// value; f consumes the value. A value on the path that is not an object
// is left to encoding/json.
func (w *walker) object(f func(key []byte)) {
	if w.bad {
		w.skip()
		return
	}
	if w.peek() != '{' {
		w.bad = true
		w.skip()
		return
	}
	w.i++
	w.seen = append(w.seen, 0)
	defer func() { w.seen = w.seen[:len(w.seen)-1] }()
	if w.peek() == '}' {
		w.i++
		return
	}
	for !w.bad {
		w.space()
		key, escaped := w.str()
		if escaped {
			w.bad = true // an escaped key may spell a path key
		}
		w.space()
		w.i++ // :
		f(key)
		if w.peek() == ',' {
			w.i++
			continue
		}
		w.i++ // }
		return
	}
}

// array calls f at each element of the array at w.i; f consumes it.
func (w *walker) array(f func()) {
	if w.bad {
		w.skip()
		return
	}
	if w.peek() != '[' {
		w.bad = true
		w.skip()
		return
	}
	w.i++
	if w.peek() == ']' {
		w.i++
		return
	}
	for !w.bad {
		f()
		if w.peek() == ',' {
			w.i++
			continue
		}
		w.i++ // ]
		return
	}
}

// field reports whether key is the path key name. A key encoding/json
// would also take for it (another case, other letters that fold to it)
// or the path key seen twice in one object is left to encoding/json.
func (w *walker) field(key []byte, name string) bool {
	if string(key) == name {
		if w.seen[len(w.seen)-1]++; w.seen[len(w.seen)-1] > 1 {
			w.bad = true
		}
		return true
	}
	if len(key) == len(name) && bytes.EqualFold(key, []byte(name)) {
		w.bad = true
	}
	for _, c := range key {
		if c >= 0x80 { // non-ASCII letters may fold to ASCII ones (ſ, K)
			w.bad = true
		}
	}
	return false
}

// plainString reads the string value at w.i when it needs no decoding.
func (w *walker) plainString() (string, bool) {
	if w.peek() != '"' {
		w.bad = true // null keeps the field, a number is a type error: encoding/json's rules
		w.skip()
		return "", false
	}
	raw, escaped := w.str()
	for _, c := range raw {
		if c >= 0x80 { // invalid UTF-8 would become U+FFFD
			escaped = true
		}
	}
	if escaped {
		w.bad = true
		return "", false
	}
	return string(raw), true
}
