package proto

import (
	"bytes"
	"errors"
	"strings"
	"testing"
)

func samples() []Frame {
	return []Frame{
		Hello{Token: "tok", Software: "fatoora test"},
		Welcome{PhoneNumberID: "106540352242922", Backlog: 3, OldestUnix: 1767225600},
		Webhook{Seq: 1 << 40, ReceivedUnix: 1767225600, Signature: "sha256=" + strings.Repeat("a", 64),
			Body: []byte(`{"object":"whatsapp_business_account","x":"\u0645\/"}`)},
		Ack{Seq: 7},
		Nack{Seq: 8, Reason: "bad signature"},
		Ping{Nonce: 1},
		Pong{Nonce: 1},
		GraphRequest{ID: 9, Method: "POST", Path: "/1065/media", ContentType: "multipart/form-data; boundary=x", Body: []byte("--x--")},
		GraphResponse{ID: 9, Status: 200, ContentType: "application/json", Body: []byte(`{"id":"1"}`)},
		Error{Code: CodeUnauthorized, Message: "wrong token"},
		Webhook{}, // zero values round-trip too
	}
}

func TestDecode_RoundTrip(t *testing.T) {
	for _, f := range samples() {
		t.Run(f.Type().String(), func(t *testing.T) {
			b, err := Encode(f)
			if err != nil {
				t.Fatal(err)
			}
			g, err := Decode(b)
			if err != nil {
				t.Fatal(err)
			}
			if g.Type() != f.Type() {
				t.Fatalf("type %s, want %s", g.Type(), f.Type())
			}
			b2, _ := Encode(g)
			if !bytes.Equal(b, b2) {
				t.Fatalf("re-encoding differs:\n%x\n%x", b, b2)
			}
		})
	}
}

func TestDecode_Refuses(t *testing.T) {
	ack, _ := Encode(Ack{Seq: 5})
	wh, _ := Encode(Webhook{Seq: 1, Signature: "s", Body: []byte("body")})
	tests := []struct {
		name string
		in   []byte
		want error
	}{
		{"empty", nil, ErrTruncated},
		{"version", []byte{2, byte(TypeAck), 5}, ErrVersion},
		{"type", []byte{Version, 99}, ErrType},
		{"truncated body", wh[:len(wh)-1], ErrTruncated},
		{"trailing", append(append([]byte(nil), ack...), 0), ErrTrailing},
		{"non-minimal varint", []byte{Version, byte(TypeAck), 0x85, 0x00}, ErrNonMinimal},
		{"length beyond frame", []byte{Version, byte(TypeHello), 0xff, 0xff, 0x03}, ErrTruncated},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Decode(tt.in)
			if !errors.Is(err, tt.want) {
				t.Fatalf("err = %v, want %v", err, tt.want)
			}
		})
	}
}

func TestEncode_TooLarge(t *testing.T) {
	if _, err := Encode(Webhook{Body: make([]byte, MaxFrame)}); err == nil {
		t.Fatal("a frame beyond MaxFrame was encoded")
	}
}

func TestDecode_CopiesBytes(t *testing.T) {
	b, _ := Encode(Webhook{Seq: 1, Body: []byte("abc")})
	f, _ := Decode(b)
	for i := range b {
		b[i] = 0
	}
	if got := string(f.(Webhook).Body); got != "abc" {
		t.Fatalf("body changed with the input buffer: %q", got)
	}
}

// FuzzDecode: any input either is refused or decodes to a frame whose
// encoding is exactly the input (one encoding per frame).
func FuzzDecode(f *testing.F) {
	for _, s := range samples() {
		b, _ := Encode(s)
		f.Add(b)
	}
	f.Add([]byte{Version})
	f.Fuzz(func(t *testing.T, in []byte) {
		fr, err := Decode(in)
		if err != nil {
			return
		}
		out, err := Encode(fr)
		if err != nil {
			t.Fatalf("decoded frame does not encode: %v", err)
		}
		if !bytes.Equal(in, out) {
			t.Fatalf("decode/encode not canonical:\n in %x\nout %x", in, out)
		}
	})
}
