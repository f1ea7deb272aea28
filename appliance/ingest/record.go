package ingest

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"strconv"
	"time"

	"fatoora/appliance/store"
)

// How ingest lays out its records, smallest first (issue 16): a webhook's
// commit writes what the body holds once. The payload is the body's own
// bytes behind a short header, not JSON with the body in base64; a message
// is, in a compact binary form, the few facts the body does not hold (who
// the sender is in the customers bucket, which payload) and where its
// object sits in the payload's body, from which LoadMessage parses the
// rest; when the box received it is the payload header's. Records written
// before keep their JSON form and load as they did.

// payloadV1 starts a payload record in the binary form:
//
//	0x01, received_at (8 bytes BE unix ns), uvarint len + source,
//	uvarint len + signature, then the body's bytes to the end
//
// A record written before starts with '{': JSON {received_at, signature,
// source, body (base64)}.
const payloadV1 = 0x01

func encodePayload(p Payload) []byte {
	b := make([]byte, 0, payloadHeaderLen(p.Source, p.Signature)+len(p.Body))
	b = appendPayloadHeader(b, p.ReceivedAt, p.Source, p.Signature)
	return append(b, p.Body...)
}

// payloadHeaderLen is the length of a payload record's header: what goes
// before the body's bytes. Handler reads a body behind that much room, so
// that its record is made where it was read (putPayloadHeader), not copied.
func payloadHeaderLen(source, signature string) int {
	uv := func(n int) int { return len(binary.AppendUvarint(make([]byte, 0, binary.MaxVarintLen64), uint64(n))) }
	return 1 + 8 + uv(len(source)) + len(source) + uv(len(signature)) + len(signature)
}

func appendPayloadHeader(b []byte, receivedAt time.Time, source, signature string) []byte {
	b = append(b, payloadV1)
	b = binary.BigEndian.AppendUint64(b, uint64(receivedAt.UnixNano()))
	b = binary.AppendUvarint(b, uint64(len(source)))
	b = append(b, source...)
	b = binary.AppendUvarint(b, uint64(len(signature)))
	return append(b, signature...)
}

var errPayloadRecord = errors.New("payload record: bad header")

// decodePayload reads a payload record of either form. In the binary form
// p.Body aliases v (valid only inside the transaction).
func decodePayload(v []byte) (Payload, error) {
	var p Payload
	if len(v) > 0 && v[0] == '{' {
		err := json.Unmarshal(v, &p)
		return p, err
	}
	if len(v) < 9 || v[0] != payloadV1 {
		return p, errPayloadRecord
	}
	p.ReceivedAt = time.Unix(0, int64(binary.BigEndian.Uint64(v[1:9]))).UTC()
	rest := v[9:]
	field := func() (string, error) {
		n, k := binary.Uvarint(rest)
		if k <= 0 || n > uint64(len(rest)-k) {
			return "", errPayloadRecord
		}
		s := string(rest[k : k+int(n)])
		rest = rest[k+int(n):]
		return s, nil
	}
	var err error
	if p.Source, err = field(); err != nil {
		return p, err
	}
	if p.Signature, err = field(); err != nil {
		return p, err
	}
	p.Body = rest
	return p, nil
}

// messageRecord is what a message's record holds besides the payload's
// key: what the payload does not say (who the sender is in the customers
// bucket, which business number received it, the profile name the
// envelope gave it, a flag) and where the message's object is in the
// payload's body (RawAt: offset, length).
//
// Ingest writes it in a compact binary form (msgRecordV1, issue 16's
// fourth round), which leaves out also what the payload's header says
// (received_at, source) and the wamid (the key). Records written before
// are JSON objects and still load (fastRecord or encoding/json): from
// issue 16's first round, this struct's JSON with "payload" last
// (withPayload), with id and source until the understand feed; before
// issue 16, a whole Message.
type messageRecord struct {
	ID            string    `json:"id,omitempty"`
	Customer      string    `json:"customer"`
	ProfileName   string    `json:"profile_name,omitempty"`
	PhoneNumberID string    `json:"phone_number_id,omitempty"`
	ReceivedAt    time.Time `json:"received_at"`
	RawAt         *[2]int   `json:"raw_at"`
	Source        string    `json:"source,omitempty"`
	Flag          string    `json:"flag,omitempty"`
}

// withPayload is the record enc (a JSON object) with "payload": seq added
// as its last member: the JSON form, written until the compact one.
func withPayload(enc []byte, seq uint64) []byte {
	out := make([]byte, 0, len(enc)+32)
	out = append(out, enc[:len(enc)-1]...)
	out = append(out, `,"payload":`...)
	out = strconv.AppendUint(out, seq, 10)
	return append(out, '}')
}

// msgRecordV1 starts a message record in the compact form:
//
//	0x01, flags (1: a flag follows), uvarint raw offset, uvarint raw length,
//	customer, profile_name, phone_number_id, [flag] (each uvarint length +
//	bytes), then uvarint payload key to the end
//
// A record of any earlier form starts with '{'.
const msgRecordV1 = 0x01

const msgFlagged = 1

// appendCompact is r in the compact form without its payload key, which
// the transaction appends (binary.AppendUvarint) when it knows it.
func (r messageRecord) appendCompact(b []byte) []byte {
	return appendCompactRecord(b, r.RawAt[0], r.RawAt[1], r.Customer, r.ProfileName, r.PhoneNumberID, r.Flag)
}

// appendCompactRecord is the compact record of a message whose object is
// the raw bytes off, n of its payload's body, without its payload key:
// appendCompact of its fields, which readInbound has as the body's bytes.
func appendCompactRecord[S ~string | ~[]byte](b []byte, off, n int, customer, profile, pnid S, flag string) []byte {
	var flags byte
	if flag != "" {
		flags |= msgFlagged
	}
	b = append(b, msgRecordV1, flags)
	b = binary.AppendUvarint(b, uint64(off))
	b = binary.AppendUvarint(b, uint64(n))
	for _, s := range [...]S{customer, profile, pnid} {
		b = binary.AppendUvarint(b, uint64(len(s)))
		b = append(b, s...)
	}
	if flag != "" {
		b = binary.AppendUvarint(b, uint64(len(flag)))
		b = append(b, flag...)
	}
	return b
}

var errMessageRecord = errors.New("message record: bad compact form")

// decodeCompact reads a record in the compact form. Its ReceivedAt and
// Source are the payload's, which the caller reads (loadStored).
func decodeCompact(v []byte) (storedMessage, error) {
	var r storedMessage
	if len(v) < 2 || v[0] != msgRecordV1 || v[1]&^msgFlagged != 0 {
		return r, errMessageRecord
	}
	flags, b := v[1], store.NewBinReader(v[2:])
	off, n := b.Uvarint(), b.Uvarint()
	if !b.OK() || off > math.MaxInt32 || n > math.MaxInt32 {
		return r, errMessageRecord
	}
	r.RawAt = &[2]int{int(off), int(n)}
	r.Customer, r.ProfileName, r.PhoneNumberID = b.Text(), b.Text(), b.Text()
	if flags&msgFlagged != 0 {
		if r.Flag = b.Text(); r.Flag == "" {
			return r, errMessageRecord
		}
	}
	r.Payload = b.Uvarint()
	if !b.Done() {
		return r, errMessageRecord
	}
	return r, nil
}

// recordPayload is the payload key a message record of any form names.
func recordPayload(v []byte) (uint64, error) {
	if len(v) > 0 && v[0] == msgRecordV1 {
		r, err := decodeCompact(v)
		return r.Payload, err
	}
	var r struct {
		Payload uint64 `json:"payload"`
	}
	err := json.Unmarshal(v, &r)
	return r.Payload, err
}

// prepared is what a message's writes need that can be made before the
// transaction, which is shared by every webhook of its group commit: the
// less each does inside, the sooner it commits.
type prepared struct {
	// record is the message's compact record without its payload key,
	// with room after it for the key; nil when its object was not found in
	// the body and it is stored whole.
	record []byte
}

func prepare(body []byte, msgs []Message) []prepared {
	out := make([]prepared, len(msgs))
	from := 0
	for i, m := range msgs {
		j, ok := spanOf(body, m.Raw)
		if !ok || j < from {
			j = bytes.Index(body[from:], m.Raw) + from
		}
		if j >= from && len(m.Raw) > 0 {
			at := [2]int{j, len(m.Raw)}
			from = j + len(m.Raw)
			r := messageRecord{Customer: m.Customer, ProfileName: m.ProfileName,
				PhoneNumberID: m.PhoneNumberID, RawAt: &at, Flag: m.Flag}
			out[i].record = r.appendCompact(make([]byte, 0, 2+5*binary.MaxVarintLen64+len(r.Customer)+len(r.ProfileName)+len(r.PhoneNumberID)+len(r.Flag)+binary.MaxVarintLen64))
		}
	}
	return out
}

// spanOf is where raw sits in body when it is a piece of it (leanParse's
// messages are), found without a search.
func spanOf(body, raw []byte) (int, bool) {
	if len(raw) == 0 || cap(raw) > cap(body) {
		return 0, false
	}
	off := cap(body) - cap(raw)
	if off+len(raw) > len(body) || &body[off] != &raw[0] {
		return 0, false
	}
	return off, true
}

// storedMessage reads both forms: a whole Message (written before issue
// 16, or when the message's bytes could not be found in its body), or a
// messageRecord.
type storedMessage struct {
	Message
	RawAt *[2]int `json:"raw_at,omitempty"`
}

// loadStored completes a messageRecord from its payload: the message's
// object is parsed again, as Parse did when it arrived, and the facts
// stored beside it are laid over; the wamid and the source, when the record
// leaves them out, are the key's and the payload's, and so is the time it
// was received when the record is compact (the payload was written in the
// same transaction, with the same time).
func loadStored(wamid string, p Payload, r storedMessage, compact bool) (Message, error) {
	payloadBody := p.Body
	if r.ID == "" {
		r.ID = wamid
	}
	if compact {
		r.ReceivedAt = p.ReceivedAt
	}
	if r.Source == "" {
		r.Source = p.Source
	}
	off, n := r.RawAt[0], r.RawAt[1]
	if off < 0 || n <= 0 || off > len(payloadBody)-n {
		return Message{}, fmt.Errorf("message %s: raw_at %d+%d outside payload %d of %d bytes", r.ID, off, n, r.Payload, len(payloadBody))
	}
	m, ok := parseOneMessage(payloadBody[off : off+n])
	if !ok {
		return Message{}, fmt.Errorf("message %s: its object in payload %d no longer parses", r.ID, r.Payload)
	}
	m.ID = r.ID
	m.Customer, m.ProfileName, m.PhoneNumberID = r.Customer, r.ProfileName, r.PhoneNumberID
	m.ReceivedAt, m.Payload, m.Source, m.Flag = r.ReceivedAt, r.Payload, r.Source, r.Flag
	return m, nil
}

// The two records made for every message are written by hand rather than
// by encoding/json's reflection (issue 16: a fifth of ingest's CPU beside
// the commit was encoding). They are the JSON encoding/json reads back
// into the same values (TestRecords_EncodeAsJSON).

func (r messageRecord) appendJSON(b []byte) []byte {
	b = append(b, '{')
	if r.ID != "" {
		b = append(b, `"id":`...)
		b = store.AppendJSONString(b, r.ID)
		b = append(b, ',')
	}
	b = append(b, `"customer":`...)
	b = store.AppendJSONString(b, r.Customer)
	if r.ProfileName != "" {
		b = append(b, `,"profile_name":`...)
		b = store.AppendJSONString(b, r.ProfileName)
	}
	if r.PhoneNumberID != "" {
		b = append(b, `,"phone_number_id":`...)
		b = store.AppendJSONString(b, r.PhoneNumberID)
	}
	b = append(b, `,"received_at":`...)
	b = store.AppendJSONTime(b, r.ReceivedAt)
	b = append(b, `,"raw_at":`...)
	if r.RawAt == nil {
		b = append(b, "null"...)
	} else {
		b = append(b, '[')
		b = strconv.AppendInt(b, int64(r.RawAt[0]), 10)
		b = append(b, ',')
		b = strconv.AppendInt(b, int64(r.RawAt[1]), 10)
		b = append(b, ']')
	}
	if r.Source != "" {
		b = append(b, `,"source":`...)
		b = store.AppendJSONString(b, r.Source)
	}
	if r.Flag != "" {
		b = append(b, `,"flag":`...)
		b = store.AppendJSONString(b, r.Flag)
	}
	return append(b, '}')
}

func (c Customer) appendJSON(b []byte) []byte {
	b = append(b, `{"key":`...)
	b = store.AppendJSONString(b, c.Key)
	if c.WaID != "" {
		b = append(b, `,"wa_id":`...)
		b = store.AppendJSONString(b, c.WaID)
	}
	if c.UserID != "" {
		b = append(b, `,"user_id":`...)
		b = store.AppendJSONString(b, c.UserID)
	}
	if c.Name != "" {
		b = append(b, `,"name":`...)
		b = store.AppendJSONString(b, c.Name)
	}
	b = append(b, `,"first_seen":`...)
	b = store.AppendJSONTime(b, c.FirstSeen)
	b = append(b, `,"last_seen":`...)
	b = store.AppendJSONTime(b, c.LastSeen)
	b = append(b, `,"last_inbound":`...)
	b = store.AppendJSONTime(b, c.LastInbound)
	return append(b, '}')
}
