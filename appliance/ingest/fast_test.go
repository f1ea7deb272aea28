package ingest_test

import (
	"errors"
	"reflect"
	"strings"
	"testing"

	"fatoora/appliance/ingest"
)

// fastSeeds are bodies of the usual shapes (the fast decoder must read
// them) and bodies made to trip it (it must read them as encoding/json
// does, or stand aside).
func fastSeeds() (usual, odd [][]byte) {
	for _, s := range shapes() {
		if s.name == "known type, unexpected shape" {
			odd = append(odd, metaEscape(envelope(contact(customer, "اسم"), s.msg, "")))
			continue
		}
		usual = append(usual, metaEscape(envelope(contact(customer, "اسم"), s.msg, "")))
		usual = append(usual, []byte(envelope(contact(customer, "اسم"), s.msg, "")))
	}
	usual = append(usual,
		[]byte(envelope("", "", `{"id":"wamid.X","status":"read","timestamp":"1764000000","recipient_id":"1","biz_opaque_callback_data":"ord-1/0/ack"}`)),
		[]byte(envelope("", "", `{"id":"wamid.X","status":"failed","timestamp":1764000000,"errors":[{"code":131047,"title":"Re-engagement message","error_data":{"details":"more than 24 hours"}}]}`)),
		[]byte(`{"object":"whatsapp_business_account","entry":[]}`),
		[]byte(` {"object":"x","entry":[{"id":"W","changes":[{"field":"account_update","value":{"event":"VERIFIED_ACCOUNT","n":[1,2.5e3,-0,true,false,null]}}]}]} `),
		[]byte(envelope(contact(customer, "x"), `{"id":"wamid.E","timestamp":"nope","type":"text","text":{"body":"\u00e9\ud83d\udc4c\n\"\/\\"}}`, "")),
		[]byte(envelope(contact(customer, "x"), `{}`, `{}`)),
		// A change of another field before the messages: its items are
		// not the messages change's.
		[]byte(`{"object":"whatsapp_business_account","entry":[{"id":"W","changes":[{"field":"other","value":{"messages":[{"id":"wamid.A","from":"1","type":"text"}],"statuses":[{"id":"wamid.SA","status":"read"}]}},{"field":"messages","value":{"messages":[{"id":"wamid.B","from":"2","type":"text"}],"statuses":[{"id":"wamid.SB","status":"sent"}]}}]}]}`),
	)
	odd = append(odd,
		[]byte(`{"object":"whatsapp_business_account","entry":[{"changes":[{"field":"messages","value":{"messages":[1,null,{}],"statuses":[{}]}}]}]}`),
		[]byte(`{"entry":null}`), []byte(`[]`), []byte(`{}`), []byte(``), []byte(`{"object":"x"} x`),
		[]byte(envelope(contact(customer, "x"), msg("wamid.C", "text", `,"TEXT":{"body":"case"}`), "")),
		[]byte(envelope(contact(customer, "x"), msg("wamid.D", "text", `,"text":{"body":"one"},"text":{"body":"two"}`), "")),
		[]byte(envelope(contact(customer, "x"), msg("wamid.N", "text", `,"text":null`), "")),
		[]byte(envelope(contact(customer, "x"), msg("wamid.S", "text", `,"text":{"body":"\ud83d lone"}`), "")),
		[]byte(envelope(contact(customer, "x"), msg("wamid.U", "text", "    ,\"text\":{\"body\":\"\xff\"}"), "")),
		[]byte(envelope(contact(customer, "x"), msg("wamid.K", "text", `,"\u0074ext":{"body":"escaped key"}`), "")),
		[]byte(envelope(contact(customer, "x"), msg("wamid.F", "location", `,"location":{"latitude":"30"}`), "")),
		[]byte(envelope(contact(customer, "x"), msg("wamid.I", "unsupported", `,"errors":[{"code":1.5}]`), "")),
		[]byte(envelope(contact(customer, "x"), `{"from":2010,"id":"wamid.L","type":"text"}`, "")),
		[]byte(envelope(contact(customer, "x"), msg("wamid.LONG"+strings.Repeat("x", 2000), "text", ""), "")),
	)
	return usual, odd
}

func checkFastAgrees(t *testing.T, body []byte) (handled bool) {
	t.Helper()
	fast, handled := ingest.ParseFast(body)
	if !handled {
		return false
	}
	std, err := ingest.ParseStd(body)
	if err != nil {
		t.Fatalf("fast decoder read a body encoding/json refuses (%v): %q", err, body)
	}
	if !reflect.DeepEqual(fast, std) {
		t.Fatalf("fast decoder disagrees on %q:\nfast %+v\nstd  %+v", body, fast, std)
	}
	return true
}

// checkLeanAgrees holds what Accept reads of a body (ingest.ParseLean) to
// encoding/json's reading where it answers: everything but the message
// parts a stored message record does not hold (text, media, location,
// reply, reaction, errors), which LoadMessage parses from the payload.
func checkLeanAgrees(t *testing.T, body []byte) (handled bool) {
	t.Helper()
	lean, handled := ingest.ParseLean(body)
	if !handled {
		return false
	}
	std, err := ingest.ParseStd(body)
	if err != nil {
		t.Fatalf("lean decoder read a body encoding/json refuses (%v): %q", err, body)
	}
	ident := func(n ingest.Notification) ingest.Notification {
		msgs := make([]ingest.Message, len(n.Messages))
		for i, m := range n.Messages {
			msgs[i] = ingest.Message{ID: m.ID, From: m.From, UserID: m.UserID, Customer: m.Customer, ProfileName: m.ProfileName,
				PhoneNumberID: m.PhoneNumberID, Type: m.Type, Timestamp: m.Timestamp, ContextID: m.ContextID, Flag: m.Flag, Raw: m.Raw}
		}
		n.Messages = msgs
		return n
	}
	if l, s := ident(lean), ident(std); !reflect.DeepEqual(l, s) {
		t.Fatalf("lean decoder disagrees on %q:\nlean %+v\nstd  %+v", body, l, s)
	}
	return true
}

// checkInboundAgrees holds what Accept reads of a body straight from the
// tape to what it made of leanParse's reading (ingest.InboundAgrees),
// which checkLeanAgrees holds to encoding/json.
func checkInboundAgrees(t *testing.T, body []byte) (handled bool) {
	t.Helper()
	handled, diff := ingest.InboundAgrees(body)
	if diff != "" {
		t.Fatalf("readInbound disagrees with leanParse on %q: %s", body, diff)
	}
	return handled
}

func TestParse_FastAgrees(t *testing.T) {
	usual, odd := fastSeeds()
	for _, body := range usual {
		if !checkFastAgrees(t, body) {
			t.Errorf("fast decoder stood aside for a usual body: %s", body)
		}
		if !checkLeanAgrees(t, body) {
			t.Errorf("lean decoder stood aside for a usual body: %s", body)
		}
		if !checkInboundAgrees(t, body) {
			t.Errorf("readInbound stood aside for a usual body: %s", body)
		}
	}
	for _, body := range odd {
		checkFastAgrees(t, body)
		checkLeanAgrees(t, body)
		checkInboundAgrees(t, body)
		n, err := ingest.Parse(body)
		sn, serr := ingest.ParseStd(body)
		if (err == nil) != (serr == nil) || !reflect.DeepEqual(n, sn) {
			t.Errorf("Parse and encoding/json differ on %q: %v / %v", body, err, serr)
		}
	}
}

func FuzzParse_FastAgrees(f *testing.F) {
	usual, odd := fastSeeds()
	for _, b := range append(usual, odd...) {
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		checkFastAgrees(t, body)
		checkLeanAgrees(t, body)
		checkInboundAgrees(t, body)
	})
}

// BenchmarkParse reads the ingest benchmarks' body (one Arabic text message
// in Meta's escaping) with Parse (the fast decoder), with encoding/json
// alone, as Accept did (leanParse), and as Accept does (readInbound, which
// also makes the message's record).
//
//	go test -run '^$' -bench BenchmarkParse -benchmem ./appliance/ingest/
func BenchmarkParse(b *testing.B) {
	body := metaEscape(envelope(contact("20100001234", "عميل تجربة"),
		msg("wamid.vsmin.00000001", "text", `,"text":{"body":"عايز دولاب مطبخ خشب زان، مقاس 2 متر في 120 سم، لون رمادي فاتح، ومعاه شفاط بلت إن"}`), ""))
	if _, handled := ingest.ParseFast(body); !handled {
		b.Fatal("the fast decoder stood aside")
	}
	for _, c := range []struct {
		name  string
		parse func([]byte) (ingest.Notification, error)
	}{{"fast", ingest.Parse}, {"encoding-json", ingest.ParseStd}, {"lean", func(body []byte) (ingest.Notification, error) {
		n, ok := ingest.ParseLean(body)
		if !ok {
			return n, errors.New("the lean decoder stood aside")
		}
		return n, nil
	}}, {"inbound", func(body []byte) (ingest.Notification, error) {
		if !ingest.ReadInbound(body) {
			return ingest.Notification{}, errors.New("readInbound stood aside")
		}
		return ingest.Notification{}, nil
	}}} {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(body)))
			for b.Loop() {
				if _, err := c.parse(body); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
