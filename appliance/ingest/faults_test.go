package ingest_test

import (
	"context"
	"strings"
	"testing"

	"fatoora/appliance/ingest"
	"fatoora/appliance/store"

	bolt "go.etcd.io/bbolt"
)

func TestHandler_OversizedIDIs400(t *testing.T) {
	db := openStore(t)
	in := newIngester(t, db, ingest.Options{})
	srv := server(t, in)
	long := strings.Repeat("w", 40<<10)
	for name, body := range map[string]string{
		"message id": envelope(contact("201001234567", "A"), `{"from":"201001234567","id":"`+long+`","timestamp":"1700000000","type":"text","text":{"body":"x"}}`, ""),
		"sender":     envelope("", `{"from":"`+long+`","id":"wamid.1","timestamp":"1700000000","type":"text","text":{"body":"x"}}`, ""),
		"status id":  envelope("", "", `{"id":"`+long+`","status":"sent","timestamp":"1700000000","recipient_id":"201001234567"}`),
	} {
		t.Run(name, func(t *testing.T) {
			code, _ := post(t, srv, []byte(body), in.Sign([]byte(body)))
			if code != 400 {
				t.Errorf("got %d, want 400 (Meta would retry a 500 for 7 days)", code)
			}
		})
	}
}

func TestAccept_MalformedSendersStoredAndFlagged(t *testing.T) {
	db := openStore(t)
	in := newIngester(t, db, ingest.Options{})
	body := []byte(envelope("",
		`{"from":201001234567,"id":"wamid.num","timestamp":"1700000000","type":"text","text":{"body":"1 كرسي"}},`+
			`{"id":"wamid.none","timestamp":"1700000000","type":"text","text":{"body":"1 كرسي"}}`, ""))
	res, err := in.Accept(context.Background(), body, in.Sign(body), "webhook")
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Flagged) != 2 || len(res.NewMessages) != 0 {
		t.Fatalf("flagged %v, new %v", res.Flagged, res.NewMessages)
	}
	if n := queueLen(t, db); n != 0 {
		t.Errorf("%d queue items: a flagged message must not be retried forever", n)
	}
	_ = db.View(func(tx *bolt.Tx) error {
		fl, err := ingest.Flagged(tx, 10)
		if err != nil || len(fl) != 2 {
			t.Fatalf("flagged list %v %v", fl, err)
		}
		if !strings.Contains(fl[0].Reason+fl[1].Reason, "201001234567") {
			t.Errorf("reasons %q %q do not show the numeric sender", fl[0].Reason, fl[1].Reason)
		}
		for _, id := range []string{"wamid.num", "wamid.none"} {
			if _, ok, _ := ingest.LoadMessage(tx, id); !ok {
				t.Errorf("%s not stored", id)
			}
		}
		return nil
	})
	if in.Stats().Flagged != 2 {
		t.Errorf("stats %+v", in.Stats())
	}
}

func TestAccept_StatusCallbackFindsTheSend(t *testing.T) {
	db := openStore(t)
	in := newIngester(t, db, ingest.Options{})
	body := []byte(envelope("", "", `{"id":"wamid.out1","status":"sent","timestamp":"1700000000","recipient_id":"201001234567","biz_opaque_callback_data":"o000001/00/reply"}`))
	if _, err := in.Accept(context.Background(), body, in.Sign(body), "webhook"); err != nil {
		t.Fatal(err)
	}
	_ = db.View(func(tx *bolt.Tx) error {
		if w, ok := ingest.SendByCallback(tx, "o000001/00/reply"); !ok || w != "wamid.out1" {
			t.Errorf("SendByCallback = %q %v", w, ok)
		}
		if _, ok := ingest.SendByCallback(tx, "o000001/00/other"); ok {
			t.Error("an unknown key was found")
		}
		return nil
	})
}

func TestAccept_StorageErrorIsTheRealOne(t *testing.T) {
	db, err := store.Open(t.TempDir()+"/f.db", store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	in := newIngester(t, db, ingest.Options{})
	db.Close()
	body := []byte(envelope(contact("201001234567", "A"), `{"from":"201001234567","id":"wamid.1","timestamp":"1700000000","type":"text","text":{"body":"x"}}`, ""))
	_, err = in.Accept(context.Background(), body, in.Sign(body), "webhook")
	if err == nil || !strings.Contains(err.Error(), "database not open") || strings.Contains(err.Error(), "group member") {
		t.Fatalf("got %v, want the storage error itself", err)
	}
	if s := in.Stats(); !strings.Contains(s.LastError, "database not open") {
		t.Errorf("health shows %q", s.LastError)
	}
}
