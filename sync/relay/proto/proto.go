// Package proto defines the frames of the relay link, once, for both ends:
// the box's link (sync/relay/link) and the cloud relay (sync/relay/server).
// Each websocket binary message carries exactly one frame:
//
//	version byte (Version) | type byte | fields
//
// Integers are unsigned varints; strings and byte strings are a varint
// length followed by the bytes. A decoder refuses an unknown version, an
// unknown type, a truncated field, a length beyond MaxFrame and trailing
// bytes, so a frame has exactly one encoding.
//
// The conversation: the box opens the websocket and sends Hello; the relay
// answers Welcome (or Error and closes). Then the relay sends Webhook frames
// in sequence order and the box answers each with Ack (after its durable
// commit) or Nack (the bytes failed verification); either side sends Ping
// and expects Pong; the box sends GraphRequest and the relay answers
// GraphResponse with the same ID.
package proto

import (
	"encoding/binary"
	"errors"
	"fmt"
)

// Version is the protocol version written in every frame. A peer that
// receives another version refuses the frame.
const Version = 1

// MaxFrame bounds an encoded frame: Meta's largest webhook (3 MB) or a media
// upload through the relay (up to 16 MB), with room for the envelope.
const MaxFrame = 17 << 20

// Type is a frame's kind.
type Type byte

// Frame types.
const (
	TypeHello         Type = 1
	TypeWelcome       Type = 2
	TypeWebhook       Type = 3
	TypeAck           Type = 4
	TypeNack          Type = 5
	TypePing          Type = 6
	TypePong          Type = 7
	TypeGraphRequest  Type = 8
	TypeGraphResponse Type = 9
	TypeError         Type = 10
)

func (t Type) String() string {
	switch t {
	case TypeHello:
		return "hello"
	case TypeWelcome:
		return "welcome"
	case TypeWebhook:
		return "webhook"
	case TypeAck:
		return "ack"
	case TypeNack:
		return "nack"
	case TypePing:
		return "ping"
	case TypePong:
		return "pong"
	case TypeGraphRequest:
		return "graph-request"
	case TypeGraphResponse:
		return "graph-response"
	case TypeError:
		return "error"
	}
	return fmt.Sprintf("type(%d)", byte(t))
}

// Frame is one message of the link.
type Frame interface {
	Type() Type
	appendFields(b []byte) []byte
}

// Hello is the box's first frame: its token (checked by the relay in
// constant time) and the software it runs, for the relay's logs.
type Hello struct {
	Token    string
	Software string
}

// Welcome accepts a Hello: the business number the token belongs to, and
// the relay's backlog for it at the moment of connection.
type Welcome struct {
	PhoneNumberID string
	Backlog       uint64
	// OldestUnix is the receive time (unix seconds) of the oldest
	// unacknowledged webhook, 0 when the backlog is empty.
	OldestUnix int64
}

// Webhook is one stored POST from Meta, byte for byte: Body is the raw
// request body and Signature the X-Hub-Signature-256 header, unchanged, so
// the box can verify Meta's HMAC itself. Seq orders the box's queue.
type Webhook struct {
	Seq          uint64
	ReceivedUnix int64
	Signature    string
	Body         []byte
}

// Ack tells the relay the box has durably stored Webhook Seq; the relay
// may delete it.
type Ack struct{ Seq uint64 }

// Nack refuses Webhook Seq for good (its signature did not verify, or it
// could not be parsed): the relay moves it aside and does not resend it.
type Nack struct {
	Seq    uint64
	Reason string
}

// Ping asks for a Pong with the same Nonce. Either side pings.
type Ping struct{ Nonce uint64 }

// Pong answers Ping.
type Pong struct{ Nonce uint64 }

// GraphRequest is one Graph API call of the box, sent through the relay,
// which adds the access token. Path is relative to the Graph base and
// starts with "/" (e.g. "/1065.../messages").
type GraphRequest struct {
	ID          uint64
	Method      string
	Path        string
	ContentType string
	Body        []byte
}

// GraphResponse is the answer to GraphRequest ID: Graph's status, content
// type and body, or the relay's own error in Graph's error format.
type GraphResponse struct {
	ID          uint64
	Status      uint64
	ContentType string
	Body        []byte
}

// Error codes.
const (
	CodeUnauthorized = "unauthorized" // wrong token: do not retry soon
	CodeReplaced     = "replaced"     // another connection for the same box took over
	CodeProtocol     = "protocol"     // a frame broke the protocol
	CodeShutdown     = "shutdown"     // the relay is stopping
)

// Error ends the conversation with a reason.
type Error struct {
	Code    string
	Message string
}

func (Hello) Type() Type         { return TypeHello }
func (Welcome) Type() Type       { return TypeWelcome }
func (Webhook) Type() Type       { return TypeWebhook }
func (Ack) Type() Type           { return TypeAck }
func (Nack) Type() Type          { return TypeNack }
func (Ping) Type() Type          { return TypePing }
func (Pong) Type() Type          { return TypePong }
func (GraphRequest) Type() Type  { return TypeGraphRequest }
func (GraphResponse) Type() Type { return TypeGraphResponse }
func (Error) Type() Type         { return TypeError }

func (e Error) Error() string { return "relay: " + e.Code + ": " + e.Message }

// Encode appends nothing to the caller's data: it returns a fresh encoding
// of f, or an error when it would exceed MaxFrame.
func Encode(f Frame) ([]byte, error) {
	b := f.appendFields([]byte{Version, byte(f.Type())})
	if len(b) > MaxFrame {
		return nil, fmt.Errorf("encode %s: %d bytes exceeds %d", f.Type(), len(b), MaxFrame)
	}
	return b, nil
}

// Errors Decode returns (wrapped).
var (
	ErrVersion   = errors.New("unsupported protocol version")
	ErrType      = errors.New("unknown frame type")
	ErrTruncated = errors.New("truncated frame")
	ErrTrailing  = errors.New("trailing bytes after frame")
	ErrTooLarge  = errors.New("frame too large")
	// ErrNonMinimal: an integer was not in its shortest encoding.
	ErrNonMinimal = errors.New("non-minimal integer")
)

// Decode reads one frame. The frame's byte fields are copies: b may be
// reused after Decode returns.
func Decode(b []byte) (Frame, error) {
	if len(b) > MaxFrame {
		return nil, ErrTooLarge
	}
	if len(b) < 2 {
		return nil, ErrTruncated
	}
	if b[0] != Version {
		return nil, fmt.Errorf("%w %d (want %d)", ErrVersion, b[0], Version)
	}
	d := &decoder{b: b[2:]}
	var f Frame
	switch t := Type(b[1]); t {
	case TypeHello:
		f = Hello{Token: d.str(), Software: d.str()}
	case TypeWelcome:
		f = Welcome{PhoneNumberID: d.str(), Backlog: d.u(), OldestUnix: d.i()}
	case TypeWebhook:
		f = Webhook{Seq: d.u(), ReceivedUnix: d.i(), Signature: d.str(), Body: d.bytes()}
	case TypeAck:
		f = Ack{Seq: d.u()}
	case TypeNack:
		f = Nack{Seq: d.u(), Reason: d.str()}
	case TypePing:
		f = Ping{Nonce: d.u()}
	case TypePong:
		f = Pong{Nonce: d.u()}
	case TypeGraphRequest:
		f = GraphRequest{ID: d.u(), Method: d.str(), Path: d.str(), ContentType: d.str(), Body: d.bytes()}
	case TypeGraphResponse:
		f = GraphResponse{ID: d.u(), Status: d.u(), ContentType: d.str(), Body: d.bytes()}
	case TypeError:
		f = Error{Code: d.str(), Message: d.str()}
	default:
		return nil, fmt.Errorf("%w %d", ErrType, b[1])
	}
	if d.err != nil {
		return nil, fmt.Errorf("decode %s: %w", f.Type(), d.err)
	}
	if len(d.b) != 0 {
		return nil, fmt.Errorf("decode %s: %w", f.Type(), ErrTrailing)
	}
	return f, nil
}

func appendU(b []byte, v uint64) []byte { return binary.AppendUvarint(b, v) }
func appendI(b []byte, v int64) []byte  { return binary.AppendVarint(b, v) }
func appendB(b, v []byte) []byte        { return append(binary.AppendUvarint(b, uint64(len(v))), v...) }
func appendS(b []byte, v string) []byte {
	return append(binary.AppendUvarint(b, uint64(len(v))), v...)
}

type decoder struct {
	b   []byte
	err error
}

func (d *decoder) u() uint64 {
	if d.err != nil {
		return 0
	}
	v, n := binary.Uvarint(d.b)
	if n <= 0 {
		d.err = ErrTruncated
		return 0
	}
	if n != len(binary.AppendUvarint(nil, v)) {
		d.err = ErrNonMinimal
		return 0
	}
	d.b = d.b[n:]
	return v
}

func (d *decoder) i() int64 {
	if d.err != nil {
		return 0
	}
	v, n := binary.Varint(d.b)
	if n <= 0 {
		d.err = ErrTruncated
		return 0
	}
	if n != len(binary.AppendVarint(nil, v)) {
		d.err = ErrNonMinimal
		return 0
	}
	d.b = d.b[n:]
	return v
}

func (d *decoder) bytes() []byte {
	n := d.u()
	if d.err != nil {
		return nil
	}
	if n > uint64(len(d.b)) {
		d.err = ErrTruncated
		return nil
	}
	v := append([]byte(nil), d.b[:n]...)
	d.b = d.b[n:]
	return v
}

func (d *decoder) str() string { return string(d.bytes()) }

func (f Hello) appendFields(b []byte) []byte { return appendS(appendS(b, f.Token), f.Software) }

func (f Welcome) appendFields(b []byte) []byte {
	return appendI(appendU(appendS(b, f.PhoneNumberID), f.Backlog), f.OldestUnix)
}

func (f Webhook) appendFields(b []byte) []byte {
	return appendB(appendS(appendI(appendU(b, f.Seq), f.ReceivedUnix), f.Signature), f.Body)
}

func (f Ack) appendFields(b []byte) []byte { return appendU(b, f.Seq) }

func (f Nack) appendFields(b []byte) []byte { return appendS(appendU(b, f.Seq), f.Reason) }

func (f Ping) appendFields(b []byte) []byte { return appendU(b, f.Nonce) }

func (f Pong) appendFields(b []byte) []byte { return appendU(b, f.Nonce) }

func (f GraphRequest) appendFields(b []byte) []byte {
	return appendB(appendS(appendS(appendS(appendU(b, f.ID), f.Method), f.Path), f.ContentType), f.Body)
}

func (f GraphResponse) appendFields(b []byte) []byte {
	return appendB(appendS(appendU(appendU(b, f.ID), f.Status), f.ContentType), f.Body)
}

func (f Error) appendFields(b []byte) []byte { return appendS(appendS(b, f.Code), f.Message) }
