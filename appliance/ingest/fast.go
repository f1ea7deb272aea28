package ingest

import (
	"encoding/json"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf16"
	"unicode/utf8"
	"unsafe"
)

// The fast decoder reads a webhook body of the usual shapes in one pass:
// a small validating JSON parser lays the body's values out on a flat tape
// (spans of the body), and the fields Parse needs are read from the tape
// into the same wire structs encoding/json fills. LoadMessage reads its
// records and the message objects in payloads the same way. encoding/json validates the body, then
// decodes it, then validates and decodes each message again; with Meta's
// \uXXXX-escaped Arabic that was most of ingest's CPU beside the commit
// (issue 16).
//
// It answers only where its answer is encoding/json's: anything it does
// not read the same way — a key spelled in another case or with escapes, a
// key twice, a null or a value of another type where a field is, a string
// that is not valid UTF-8 or holds a lone surrogate, a message or status
// that is not an object, nesting deeper than maxFastDepth — makes it stand
// aside (handled false), and Parse reads the body with encoding/json.
// FuzzParse_FastAgrees and FuzzFastRecord hold it to that.

const maxFastDepth = 64

type jkind uint8

const (
	jObject jkind = iota + 1
	jArray
	jString
	jNumber
	jTrue
	jFalse
	jNull
)

// jnode is one JSON value: its kind and its bytes in the body (a string's
// with its quotes), and, as a member of an object, its key (without
// quotes). The parser lays the values out flat in one slice (a jtape), in
// document order: an object or array has n members, the first at index
// first, each naming the next (0 after the last).
type jnode struct {
	kind         jkind
	esc          bool // a string with escapes
	n            int32
	first, next  int32
	start, end   int32 // its bytes: b[start:end]
	kstart, kend int32 // its key: b[kstart:kend]
}

// A jtape is a parsed JSON text: its bytes and its values, the first the
// whole text's. Nodes hold no pointers, so its nodes are one allocation
// the collector need not scan.
type jtape struct {
	b     []byte
	nodes []jnode
	ptrs  []*jnode // members' slices, handed out in pieces
}

func (t *jtape) raw(n *jnode) []byte { return t.b[n.start:n.end] }
func (t *jtape) key(n *jnode) []byte { return t.b[n.kstart:n.kend] }

// members returns the members of object or array n.
// The slice is a piece of the tape's own list of pointers (no allocation
// per array when the tape is reused), valid while the tape is.
func (t *jtape) members(n *jnode) []*jnode {
	if n.n == 0 {
		return noNodes
	}
	start := len(t.ptrs)
	for i := n.first; len(t.ptrs)-start < int(n.n); i = t.nodes[i].next {
		t.ptrs = append(t.ptrs, &t.nodes[i])
	}
	return t.ptrs[start:len(t.ptrs):len(t.ptrs)]
}

// noNodes is an empty array's members: not nil, as encoding/json reads [].
var noNodes = []*jnode{}

type jparser struct {
	b     []byte
	i     int
	depth int
	nodes []jnode
}

// parseJSON reads b as exactly one JSON value (the tape's first node); ok
// false when b is not JSON, is outside what the fast decoder reads, or is
// longer than its offsets hold.
func parseJSON(b []byte) (*jtape, bool) {
	if len(b) > 1<<30 {
		return nil, false
	}
	t, _ := tapes.Get().(*jtape)
	if t == nil {
		t = &jtape{nodes: make([]jnode, 0, 16+len(b)/32)}
	}
	p := jparser{b: b, nodes: t.nodes[:0]}
	_, ok := p.value()
	p.space()
	t.b, t.nodes = b, p.nodes
	return t, ok && p.i == len(b)
}

// tapes keeps released tapes: ingest parses every body once, and a tape
// per body was a tenth of the bytes it allocated.
var tapes sync.Pool

// release gives t back for another parse; t must not be used after. Only
// the readers that copy what they keep out of the tape call it.
func (t *jtape) release() {
	if t == nil || cap(t.nodes) > 1<<12 || cap(t.ptrs) > 1<<12 {
		return // a big body's tape is not kept
	}
	clear(t.ptrs)
	t.b, t.nodes, t.ptrs = nil, t.nodes[:0], t.ptrs[:0]
	tapes.Put(t)
}

func (p *jparser) space() {
	for p.i < len(p.b) {
		switch p.b[p.i] {
		case ' ', '\t', '\n', '\r':
			p.i++
		default:
			return
		}
	}
}

// value reads one value into a new node and returns its index.
func (p *jparser) value() (int, bool) {
	p.space()
	if p.i >= len(p.b) {
		return 0, false
	}
	at := len(p.nodes)
	p.nodes = append(p.nodes, jnode{})
	start := p.i
	var k jkind
	ok := false
	switch c := p.b[p.i]; {
	case c == '{' || c == '[':
		return at, p.container(at)
	case c == '"':
		k = jString
		p.nodes[at].esc, ok = p.str()
	case c == 't':
		k, ok = jTrue, p.literal("true")
	case c == 'f':
		k, ok = jFalse, p.literal("false")
	case c == 'n':
		k, ok = jNull, p.literal("null")
	case c == '-' || (c >= '0' && c <= '9'):
		k, ok = jNumber, p.number()
	}
	p.nodes[at].kind, p.nodes[at].start, p.nodes[at].end = k, int32(start), int32(p.i)
	return at, ok
}

func (p *jparser) literal(word string) bool {
	if len(p.b)-p.i < len(word) || string(p.b[p.i:p.i+len(word)]) != word {
		return false
	}
	p.i += len(word)
	return true
}

// container reads the object or array at p.i into node at.
func (p *jparser) container(at int) bool {
	if p.depth++; p.depth > maxFastDepth {
		return false
	}
	defer func() { p.depth-- }()
	start := p.i
	obj := p.b[p.i] == '{'
	end := byte(']')
	p.nodes[at].kind = jArray
	if obj {
		end = '}'
		p.nodes[at].kind = jObject
	}
	p.i++
	p.space()
	if p.i < len(p.b) && p.b[p.i] == end {
		p.i++
		p.nodes[at].start, p.nodes[at].end = int32(start), int32(p.i)
		return true
	}
	prev := -1
	for {
		var ks, ke int
		if obj {
			p.space()
			if p.i >= len(p.b) || p.b[p.i] != '"' {
				return false
			}
			ks = p.i + 1
			esc, ok := p.str()
			if !ok || esc {
				return false
			}
			ke = p.i - 1
			for _, c := range p.b[ks:ke] {
				if c >= utf8.RuneSelf {
					return false
				}
			}
			p.space()
			if p.i >= len(p.b) || p.b[p.i] != ':' {
				return false
			}
			p.i++
		}
		v, ok := p.value()
		if !ok {
			return false
		}
		p.nodes[v].kstart, p.nodes[v].kend = int32(ks), int32(ke)
		if prev >= 0 {
			p.nodes[prev].next = int32(v)
		} else {
			p.nodes[at].first = int32(v)
		}
		prev = v
		p.nodes[at].n++
		p.space()
		if p.i >= len(p.b) {
			return false
		}
		switch p.b[p.i] {
		case ',':
			p.i++
		case end:
			p.i++
			p.nodes[at].start, p.nodes[at].end = int32(start), int32(p.i)
			return true
		default:
			return false
		}
	}
}

// str moves past the string at p.i (its opening quote), checking its
// escapes; esc says it has some. Most of a body is its strings (Meta's
// \uXXXX-escaped Arabic), so the loop runs on locals and tables.
func (p *jparser) str() (esc, ok bool) {
	b := p.b
	i := p.i + 1
	for i < len(b) {
		c := b[i]
		if !strStop[c] {
			i++
			continue
		}
		if c == '"' {
			p.i = i + 1
			return esc, true
		}
		if c != '\\' || i+1 >= len(b) { // a control character, or a \ at the end
			p.i = i
			return esc, false
		}
		esc = true
		switch b[i+1] {
		case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
			i += 2
		case 'u':
			if i+6 > len(b) || !isHex[b[i+2]] || !isHex[b[i+3]] || !isHex[b[i+4]] || !isHex[b[i+5]] {
				p.i = i
				return esc, false
			}
			i += 6
		default:
			p.i = i
			return esc, false
		}
	}
	p.i = i
	return esc, false
}

// strStop marks the bytes that end a run of a string's plain bytes: the
// closing quote, a backslash and the control characters JSON forbids
// there. isHex marks the hexadecimal digits.
var strStop, isHex = func() (stop, hex [256]bool) {
	for c := range 0x20 {
		stop[c] = true
	}
	stop['"'], stop['\\'] = true, true
	for c := range 256 {
		hex[c] = unhex(byte(c)) >= 0
	}
	return stop, hex
}()

func unhex(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

// number moves past a number of JSON's grammar.
func (p *jparser) number() bool {
	digits := func() int {
		s := p.i
		for p.i < len(p.b) && p.b[p.i] >= '0' && p.b[p.i] <= '9' {
			p.i++
		}
		return p.i - s
	}
	if p.b[p.i] == '-' {
		p.i++
	}
	if p.i < len(p.b) && p.b[p.i] == '0' {
		p.i++
	} else if digits() == 0 {
		return false
	}
	if p.i < len(p.b) && p.b[p.i] == '.' {
		p.i++
		if digits() == 0 {
			return false
		}
	}
	if p.i < len(p.b) && (p.b[p.i] == 'e' || p.b[p.i] == 'E') {
		p.i++
		if p.i < len(p.b) && (p.b[p.i] == '+' || p.b[p.i] == '-') {
			p.i++
		}
		if digits() == 0 {
			return false
		}
	}
	return true
}

// maxFields is the most fields read from one object (a message's).
const maxFields = 17

// fdec reads fields from a tape; bad is set at the first thing it does not
// read as encoding/json would, and every later read is moot.
type fdec struct {
	t   *jtape
	bad bool
	// arena, when set, takes the strings with escapes text decodes
	// (appended: what text returned before stays valid); else each is a
	// new slice.
	arena *[]byte
}

// fields returns the values of names in object n (nil for an absent one,
// or when n is absent).
func (d *fdec) fields(n *jnode, names ...string) (out [maxFields]*jnode) {
	if len(names) > maxFields {
		panic("fdec.fields: more names than maxFields")
	}
	if n == nil {
		return out
	}
	if n.kind != jObject {
		d.bad = true
		return out
	}
	for i, m := n.first, int32(0); m < n.n; i, m = d.t.nodes[i].next, m+1 {
		v := &d.t.nodes[i]
		k := d.t.key(v)
		known := false
		for j, name := range names {
			if string(k) == name {
				if out[j] != nil {
					d.bad = true // a key twice
				}
				out[j] = v
				known = true
				break
			}
		}
		if known {
			continue
		}
		for _, name := range names {
			if strings.EqualFold(string(k), name) {
				d.bad = true // encoding/json would take it for name
			}
		}
	}
	return out
}

func (d *fdec) str(n *jnode) string {
	if n == nil {
		return ""
	}
	if n.kind != jString {
		d.bad = true
		return ""
	}
	s, ok := unquote(d.t.raw(n), n.esc)
	if !ok {
		d.bad = true
	}
	return s
}

// text is str's value as bytes, without a copy where the string has no
// escapes (a span of the tape's text); one with escapes is decoded into
// d.arena when set, else into a new slice.
func (d *fdec) text(n *jnode) []byte {
	if n == nil {
		return nil
	}
	if n.kind != jString {
		d.bad = true
		return nil
	}
	raw := d.t.raw(n)
	in := raw[1 : len(raw)-1]
	if !n.esc {
		if !utf8.Valid(in) {
			d.bad = true
			return nil
		}
		return in
	}
	var dst []byte
	if d.arena != nil {
		dst = *d.arena
	}
	start := len(dst)
	dst, ok := appendUnquoted(dst, in)
	if !ok {
		d.bad = true
		return nil
	}
	if d.arena != nil {
		*d.arena = dst
	}
	return dst[start:len(dst):len(dst)]
}

// check is text without its value: n, when present, is a string str
// would read (nothing decoded is kept).
// change checks the shape of one change of an entry (an object; its value
// and the value's metadata objects; the display number a string) and gives
// its field, the value's fields (metadata, contacts, messages, statuses)
// and the metadata's phone_number_id. Both decoders (Parse's wire structs
// and readInbound's records) walk a change through it.
func (d *fdec) change(c *jnode) (field *jnode, vf [maxFields]*jnode, pnid *jnode) {
	if c.kind != jObject {
		d.bad = true
	}
	cf := d.fields(c, "field", "value")
	if cf[1] != nil && cf[1].kind != jObject {
		d.bad = true
	}
	vf = d.fields(cf[1], "metadata", "contacts", "messages", "statuses")
	if vf[0] != nil && vf[0].kind != jObject {
		d.bad = true
	}
	mf := d.fields(vf[0], "display_phone_number", "phone_number_id")
	d.kind(mf[0], jString) // the display number: nothing the box reads
	return cf[0], vf, mf[1]
}

// contact checks one contact's shape and gives its profile name, wa_id and
// user_id; ok false (and the body bad) when it is no object.
func (d *fdec) contact(ct *jnode) (name, waID, userID *jnode, ok bool) {
	if ct.kind != jObject {
		d.bad = true
		return nil, nil, nil, false
	}
	tf := d.fields(ct, "profile", "wa_id", "user_id")
	if tf[0] != nil && tf[0].kind != jObject {
		d.bad = true
	}
	pf := d.fields(tf[0], "name")
	return pf[0], tf[1], tf[2], true
}

func (d *fdec) check(n *jnode) {
	if n == nil {
		return
	}
	if n.kind != jString {
		d.bad = true
		return
	}
	raw := d.t.raw(n)
	if _, ok := unquoted(nil, raw[1:len(raw)-1], n.esc, false); !ok {
		d.bad = true
	}
}

// unquote decodes a string's bytes (with quotes); ok false for what
// encoding/json would replace with U+FFFD (invalid UTF-8, a lone
// surrogate).
func unquote(raw []byte, esc bool) (string, bool) {
	in := raw[1 : len(raw)-1]
	if !esc {
		switch string(in) { // the envelope's constant words: no copy of them
		case "whatsapp_business_account":
			return "whatsapp_business_account", true
		case "messages":
			return "messages", true
		case "text":
			return "text", true
		}
		if !utf8.Valid(in) {
			return "", false
		}
		return string(in), true
	}
	out, ok := appendUnquoted(make([]byte, 0, len(in)), in)
	if !ok || len(out) == 0 {
		return "", ok
	}
	return unsafe.String(&out[0], len(out)), true // one allocation, as strings.Builder's
}

// appendUnquoted appends the decoded string in (a string's bytes between
// its quotes, escapes checked by the parser) to dst; ok false for what
// unquote refuses.
func appendUnquoted(dst, in []byte) ([]byte, bool) { return unquoted(dst, in, true, true) }

// unquoted is appendUnquoted of a string with escapes (esc) or without;
// with write false it only checks, appending nothing.
func unquoted(dst, in []byte, esc, write bool) ([]byte, bool) {
	if !utf8.Valid(in) {
		return dst, false
	}
	if !esc {
		if write {
			dst = append(dst, in...)
		}
		return dst, true
	}
	for i := 0; i < len(in); {
		c := in[i]
		if c != '\\' {
			if write {
				dst = append(dst, c)
			}
			i++
			continue
		}
		if !write { // only a \u escape can be refused: a lone surrogate
			if in[i+1] != 'u' {
				i += 2
				continue
			}
			r := hex4(in[i+2 : i+6])
			i += 6
			if utf16.IsSurrogate(r) {
				if i+6 > len(in) || in[i] != '\\' || in[i+1] != 'u' || utf16.DecodeRune(r, hex4(in[i+2:i+6])) == utf8.RuneError {
					return dst, false
				}
				i += 6
			}
			continue
		}
		switch in[i+1] {
		case 'u':
			r := hex4(in[i+2 : i+6])
			i += 6
			if utf16.IsSurrogate(r) {
				if i+6 > len(in) || in[i] != '\\' || in[i+1] != 'u' {
					return dst, false
				}
				r = utf16.DecodeRune(r, hex4(in[i+2:i+6]))
				if r == utf8.RuneError {
					return dst, false
				}
				i += 6
			}
			dst = utf8.AppendRune(dst, r)
			continue
		case 'b':
			dst = append(dst, '\b')
		case 'f':
			dst = append(dst, '\f')
		case 'n':
			dst = append(dst, '\n')
		case 'r':
			dst = append(dst, '\r')
		case 't':
			dst = append(dst, '\t')
		default: // " \ /
			dst = append(dst, in[i+1])
		}
		i += 2
	}
	return dst, true
}

func hex4(h []byte) rune {
	return rune(unhex(h[0])<<12 | unhex(h[1])<<8 | unhex(h[2])<<4 | unhex(h[3]))
}

func (d *fdec) boolean(n *jnode) bool {
	if n == nil {
		return false
	}
	if n.kind != jTrue && n.kind != jFalse {
		d.bad = true
	}
	return n.kind == jTrue
}

// number is n's literal when n is a JSON number; "" when n is absent, and
// the decode marked bad when n is another kind.
func (d *fdec) number(n *jnode) string {
	if n == nil {
		return ""
	}
	if n.kind != jNumber {
		d.bad = true
		return ""
	}
	return string(d.t.raw(n))
}

func (d *fdec) float(n *jnode) float64 {
	lit := d.number(n)
	if lit == "" {
		return 0
	}
	f, err := strconv.ParseFloat(lit, 64)
	if err != nil {
		d.bad = true
	}
	return f
}

func (d *fdec) integer(n *jnode) int {
	lit := d.number(n)
	if lit == "" {
		return 0
	}
	i, err := strconv.ParseInt(lit, 10, 64)
	if err != nil {
		d.bad = true
	}
	return int(i)
}

func (d *fdec) time(n *jnode) unixTime {
	var u unixTime
	if n == nil {
		return u
	}
	if n.kind != jString && n.kind != jNumber {
		d.bad = true
		return u
	}
	switch raw := d.t.raw(n); {
	case n.kind == jNumber:
		return unixSeconds(raw)
	case !n.esc: // what UnmarshalJSON reads, without unquoting
		return unixSeconds(raw[1 : len(raw)-1])
	}
	if err := u.UnmarshalJSON(d.t.raw(n)); err != nil {
		d.bad = true
	}
	return u
}

// array returns the elements of array n (nil when absent).
func (d *fdec) array(n *jnode) []*jnode {
	if n == nil {
		return nil
	}
	if n.kind != jArray {
		d.bad = true
		return nil
	}
	return d.t.members(n)
}

// present says whether object n is there to decode (nil pointer fields
// stay nil).
func (d *fdec) present(n *jnode) bool {
	if n == nil {
		return false
	}
	if n.kind != jObject {
		d.bad = true
		return false
	}
	return true
}

// fastParse reads body with the fast decoder: handled false where it
// stands aside.
func fastParse(body []byte) (n Notification, handled bool) { return fastParseAs(body, false) }

// leanParse is what Accept needs of a body: everything Parse returns
// except the parts of a message that its stored record does not hold —
// its text, media, location, reply, reaction and errors, which
// LoadMessage parses from the payload when the pipeline reads it — and
// with each message's Raw a span of body, not a copy. Those parts are
// checked as encoding/json would decode them (a value of another type
// sends the body to Parse, as it does there) but not decoded, so it
// answers for every body fastParse answers for and for some it leaves to
// encoding/json (a string that is not valid UTF-8 where the message's text
// is: encoding/json reads that too, only replacing the bytes). Where it
// answers, a message's identity, sender, flag and raw bytes are
// encoding/json's, and its statuses are whole (FuzzParse_FastAgrees).
func leanParse(body []byte) (n Notification, handled bool) { return fastParseAs(body, true) }

func fastParseAs(body []byte, lean bool) (n Notification, handled bool) {
	p, t, msgs, sts, ok := fastPayload(body)
	if !ok {
		return Notification{}, false
	}
	// assemble asks for the messages and statuses in the order fastPayload
	// found them: each is read from the tape already made.
	readMessage := func(raw json.RawMessage) (Message, bool, bool) {
		n := msgs[0]
		msgs = msgs[1:]
		if lean {
			return leanMessage(t, n)
		}
		return fastMessage(t, n)
	}
	readStatus := func(raw json.RawMessage) (wireStatus, bool, bool) {
		n := sts[0]
		sts = sts[1:]
		return fastStatus(t, n)
	}
	n, ok, err := assemble(p, readMessage, readStatus)
	t.release() // every string is a copy, every raw span the body's
	return n, ok && err == nil
}

// fastPayload decodes the envelope of body; the messages and statuses stay
// spans of it, as with encoding/json, and their nodes in the tape are
// returned in order.
func fastPayload(body []byte) (p wirePayload, t *jtape, msgs, sts []*jnode, ok bool) {
	t, ok = parseJSON(body)
	if !ok || t.nodes[0].kind != jObject {
		return p, nil, nil, nil, false
	}
	d := &fdec{t: t}
	f := d.fields(&t.nodes[0], "object", "entry")
	p.Object = d.str(f[0])
	if f[1] == nil && p.Object == "" {
		return p, nil, nil, nil, false // not a notification: encoding/json's path says so
	}
	entries := d.array(f[1])
	if entries != nil {
		p.Entry = make([]wireEntry, len(entries))
	}
	for i := range entries {
		ef := d.fields(entries[i], "id", "changes")
		if entries[i].kind != jObject {
			d.bad = true
		}
		d.kind(ef[0], jString) // the entry's id: nothing the box reads (Notification has none)
		changes := d.array(ef[1])
		p.Entry[i].Changes = make([]wireChange, len(changes))
		for j := range changes {
			c := &p.Entry[i].Changes[j]
			if changes[j].kind != jObject {
				d.bad = true
			}
			field, vf, pnid := d.change(changes[j])
			c.Field = d.str(field)
			c.Value.Metadata = wireMetadata{PhoneNumberID: d.str(pnid)}
			cts := d.array(vf[1])
			if len(cts) > 0 {
				c.Value.Contacts = make([]wireContact, 0, len(cts))
			}
			for _, ct := range cts {
				if name, waID, userID, ok := d.contact(ct); ok {
					c.Value.Contacts = append(c.Value.Contacts, wireContact{Profile: wireProfile{Name: d.str(name)}, WaID: d.str(waID), UserID: d.str(userID)})
				}
			}
			for k, list := range [][]*jnode{d.array(vf[2]), d.array(vf[3])} {
				for _, item := range list {
					if item.kind != jObject {
						d.bad = true // encoding/json's path tells what it is
					}
					if c.Field != "messages" {
						continue // assemble skips the change: its items are not read
					}
					if k == 0 {
						c.Value.Messages = append(c.Value.Messages, json.RawMessage(t.raw(item)))
						msgs = append(msgs, item)
					} else {
						c.Value.Statuses = append(c.Value.Statuses, json.RawMessage(t.raw(item)))
						sts = append(sts, item)
					}
				}
			}
		}
	}
	return p, t, msgs, sts, !d.bad
}

// fastRecord reads a message record in the form ingest writes
// (messageRecord); ok false for any other (a whole message written
// before, or anything it does not read as encoding/json would).
func fastRecord(v []byte) (storedMessage, bool) {
	var r storedMessage
	t, ok := parseJSON(v)
	if !ok || t.nodes[0].kind != jObject {
		return r, false
	}
	defer t.release() // what it returns is copied out
	names := []string{"id", "customer", "profile_name", "phone_number_id", "received_at", "raw_at", "source", "flag", "payload"}
	d := &fdec{t: t}
	f := d.fields(&t.nodes[0], names...)
	found := 0
	for _, n := range f[:len(names)] {
		if n != nil {
			found++
		}
	}
	if found != int(t.nodes[0].n) || f[5] == nil || f[5].kind != jArray || f[5].n != 2 || f[4] == nil || f[8] == nil {
		return r, false // other members: not this form
	}
	r.ID, r.Customer, r.ProfileName, r.PhoneNumberID = d.str(f[0]), d.str(f[1]), d.str(f[2]), d.str(f[3])
	r.Source, r.Flag = d.str(f[6]), d.str(f[7])
	at := d.array(f[5])
	r.RawAt = &[2]int{d.integer(at[0]), d.integer(at[1])}
	if f[8].kind != jNumber {
		return r, false
	}
	seq, err := strconv.ParseUint(string(t.raw(f[8])), 10, 64)
	if err != nil {
		return r, false
	}
	r.Payload = seq
	if f[4].kind != jString {
		return r, false
	}
	if err := r.ReceivedAt.UnmarshalJSON(t.raw(f[4])); err != nil {
		return r, false
	}
	return r, !d.bad
}

// fastCustomer reads a customer record that holds only Customer's own
// fields, as decodeOwn would; ok false for anything else.
func fastCustomer(v []byte) (Customer, bool) {
	var c Customer
	t, ok := parseJSON(v)
	if !ok || t.nodes[0].kind != jObject {
		return c, false
	}
	names := []string{"key", "wa_id", "user_id", "name", "first_seen", "last_seen", "last_inbound"}
	d := &fdec{t: t}
	f := d.fields(&t.nodes[0], names...)
	found := 0
	for _, n := range f[:len(names)] {
		if n != nil {
			found++
		}
	}
	if found != int(t.nodes[0].n) {
		return c, false // a field another part added
	}
	c.Key, c.WaID, c.UserID, c.Name = d.str(f[0]), d.str(f[1]), d.str(f[2]), d.str(f[3])
	for i, dst := range []*time.Time{&c.FirstSeen, &c.LastSeen, &c.LastInbound} {
		if n := f[4+i]; n != nil {
			if n.kind != jString || dst.UnmarshalJSON(t.raw(n)) != nil {
				return Customer{}, false
			}
		}
	}
	return c, !d.bad
}

// parseOneMessage is parseMessage, by the fast decoder where it answers.
func parseOneMessage(raw []byte) (Message, bool) {
	if t, ok := parseJSON(raw); ok && t.nodes[0].kind == jObject {
		if m, ok, handled := fastMessage(t, &t.nodes[0]); handled {
			return m, ok
		}
	}
	return parseMessage(raw)
}

// fastMessage is stdMessage by the fast decoder, of message object n.
func fastMessage(t *jtape, n *jnode) (Message, bool, bool) {
	d := &fdec{t: t}
	f := d.fields(n, messageFields...)
	w := wireMessage{From: d.str(f[0]), FromUserID: d.str(f[1]), ID: d.str(f[2]), Timestamp: d.time(f[3]), Type: d.str(f[4])}
	if d.present(f[5]) {
		tf := d.fields(f[5], "body")
		w.Text = &wireText{Body: d.str(tf[0])}
	}
	for i, dst := range []**wireMedia{&w.Image, &w.Document, &w.Audio, &w.Video, &w.Sticker} {
		if x := f[6+i]; d.present(x) {
			mf := d.fields(x, "id", "mime_type", "sha256", "caption", "filename", "voice")
			*dst = &wireMedia{ID: d.str(mf[0]), MimeType: d.str(mf[1]), SHA256: d.str(mf[2]), Caption: d.str(mf[3]),
				Filename: d.str(mf[4]), Voice: d.boolean(mf[5])}
		}
	}
	if d.present(f[11]) {
		lf := d.fields(f[11], "latitude", "longitude", "name", "address", "url")
		w.Location = &wireLocation{Latitude: d.float(lf[0]), Longitude: d.float(lf[1]), Name: d.str(lf[2]), Address: d.str(lf[3]), URL: d.str(lf[4])}
	}
	if d.present(f[12]) {
		inf := d.fields(f[12], "type", "button_reply", "list_reply")
		w.Interactive = &wireInteractive{Type: d.str(inf[0])}
		for i, dst := range []**wireReply{&w.Interactive.ButtonReply, &w.Interactive.ListReply} {
			if x := inf[1+i]; d.present(x) {
				rf := d.fields(x, "id", "title")
				*dst = &wireReply{ID: d.str(rf[0]), Title: d.str(rf[1])}
			}
		}
	}
	if d.present(f[13]) {
		bf := d.fields(f[13], "payload", "text")
		w.Button = &wireButton{Payload: d.str(bf[0]), Text: d.str(bf[1])}
	}
	if d.present(f[14]) {
		rf := d.fields(f[14], "message_id", "emoji")
		w.Reaction = &wireReaction{MessageID: d.str(rf[0]), Emoji: d.str(rf[1])}
	}
	if d.present(f[15]) {
		cf := d.fields(f[15], "from", "id")
		w.Context = &wireContext{From: d.str(cf[0]), ID: d.str(cf[1])}
	}
	w.Errors = d.errors(f[16])
	if d.bad {
		return Message{}, false, false
	}
	m, ok := fromWire(Message{Raw: append(json.RawMessage(nil), t.raw(n)...)}, w)
	return m, ok, true
}

// leanMessage is fastMessage for leanParse: a message's identity, sender,
// type, time and context decoded; the rest only checked (checkMessage);
// Raw the tape's own span of the body.
func leanMessage(t *jtape, n *jnode) (Message, bool, bool) {
	d := &fdec{t: t}
	f := d.fields(n, messageFields...)
	m := Message{From: d.str(f[0]), UserID: d.str(f[1]), ID: d.str(f[2]), Timestamp: time.Time(d.time(f[3])), Type: d.str(f[4])}
	m.ContextID = string(d.checkMessage(&f))
	if d.bad {
		return Message{}, false, false
	}
	m.Raw = t.raw(n)
	return m, m.ID != "", true
}

// messageFields are the fields of a message object the decoders read, in
// the order fastMessage and checkMessage index them.
var messageFields = []string{"from", "from_user_id", "id", "timestamp", "type", "text", "image", "document",
	"audio", "video", "sticker", "location", "interactive", "button", "reaction", "context", "errors"}

// checkMessage checks a message's fields f (d.fields of messageFields)
// after its identity, sender, time and type as encoding/json would decode
// them, without decoding them, and returns the id of the message it
// replies to (context.id).
func (d *fdec) checkMessage(f *[maxFields]*jnode) (contextID []byte) {
	if d.present(f[5]) {
		tf := d.fields(f[5], "body")
		d.kind(tf[0], jString)
	}
	for _, x := range f[6:11] {
		if d.present(x) {
			mf := d.fields(x, "id", "mime_type", "sha256", "caption", "filename", "voice")
			for _, v := range mf[:5] {
				d.kind(v, jString)
			}
			d.boolean(mf[5])
		}
	}
	if d.present(f[11]) {
		lf := d.fields(f[11], "latitude", "longitude", "name", "address", "url")
		d.float(lf[0])
		d.float(lf[1])
		for _, v := range lf[2:5] {
			d.kind(v, jString)
		}
	}
	if d.present(f[12]) {
		inf := d.fields(f[12], "type", "button_reply", "list_reply")
		d.kind(inf[0], jString)
		for _, x := range inf[1:3] {
			if d.present(x) {
				rf := d.fields(x, "id", "title")
				d.kind(rf[0], jString)
				d.kind(rf[1], jString)
			}
		}
	}
	for _, x := range f[13:15] { // button {payload, text}, reaction {message_id, emoji}
		if d.present(x) {
			names := [2]string{"payload", "text"}
			if x == f[14] {
				names = [2]string{"message_id", "emoji"}
			}
			bf := d.fields(x, names[0], names[1])
			d.kind(bf[0], jString)
			d.kind(bf[1], jString)
		}
	}
	if d.present(f[15]) {
		cf := d.fields(f[15], "from", "id")
		d.kind(cf[0], jString)
		contextID = d.text(cf[1])
	}
	for _, e := range d.array(f[16]) {
		if e.kind != jObject {
			d.bad = true
			continue
		}
		ef := d.fields(e, "code", "title", "message", "error_data")
		d.integer(ef[0])
		d.kind(ef[1], jString)
		d.kind(ef[2], jString)
		if ef[3] != nil && ef[3].kind != jObject {
			d.bad = true
		}
		df := d.fields(ef[3], "details")
		d.kind(df[0], jString)
	}
	return contextID
}

// kind checks that n, when present, is a value of kind k, as encoding/json
// requires of the field it would decode n into (a string's bytes are not
// read: encoding/json decodes any).
func (d *fdec) kind(n *jnode, k jkind) {
	if n != nil && n.kind != k {
		d.bad = true
	}
}

func (d *fdec) errors(n *jnode) []wireError {
	list := d.array(n)
	if list == nil {
		return nil
	}
	out := make([]wireError, len(list))
	for i := range list {
		if list[i].kind != jObject {
			d.bad = true
			continue
		}
		ef := d.fields(list[i], "code", "title", "message", "error_data")
		out[i] = wireError{Code: d.integer(ef[0]), Title: d.str(ef[1]), Message: d.str(ef[2])}
		if ef[3] != nil && ef[3].kind != jObject {
			d.bad = true
		}
		df := d.fields(ef[3], "details")
		out[i].ErrorData.Details = d.str(df[0])
	}
	return out
}

// fastStatus is stdStatus by the fast decoder, of status object n.
func fastStatus(t *jtape, n *jnode) (wireStatus, bool, bool) {
	d := &fdec{t: t}
	f := d.fields(n, "id", "status", "timestamp", "recipient_id", "errors", "biz_opaque_callback_data")
	ws := wireStatus{ID: d.str(f[0]), Status: d.str(f[1]), Timestamp: d.time(f[2]), RecipientID: d.str(f[3]),
		Errors: d.errors(f[4]), BizOpaqueCallbackData: d.str(f[5])}
	if d.bad {
		return wireStatus{}, false, false
	}
	return ws, ws.ID != "", true
}
