package ingest_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"fatoora/appliance/ingest"
	"fatoora/appliance/store"

	bolt "go.etcd.io/bbolt"
)

func TestCountMessages_Day(t *testing.T) {
	db := openStore(t)
	now := time.Date(2026, 12, 3, 22, 0, 0, 0, time.UTC)
	in := newIngester(t, db, ingest.Options{Now: func() time.Time { return now }})
	n := 0
	send := func(from string) {
		n++
		msg := fmt.Sprintf(`{"from":%q,"id":"wamid.C%d","timestamp":"%d","type":"text","text":{"body":"hi"}}`, from, n, now.Unix())
		body := []byte(envelope(contact(from, "x"), msg, ""))
		if _, err := in.Accept(context.Background(), body, in.Sign(body), "test"); err != nil {
			t.Fatal(err)
		}
	}
	send("201000000001") // yesterday
	send("201000000002")
	now = now.Add(3 * time.Hour) // the next day
	day := time.Date(2026, 12, 4, 0, 0, 0, 0, time.UTC)
	send("201000000001")
	send("201000000001")
	send("201000000003")
	hearQueued(t, db) // the indexes it counts are written in the pipeline's commit (issue 16)
	for _, tc := range []struct {
		name                string
		p                   store.Page
		messages, customers int
	}{
		{"today", store.Page{From: day, To: day.Add(24 * time.Hour)}, 3, 2},
		{"yesterday", store.Page{From: day.Add(-24 * time.Hour), To: day}, 2, 2}, // customer 1 was last seen today
		{"ever", store.Page{}, 5, 3},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var m, c int
			err := db.View(func(tx *bolt.Tx) error {
				var err error
				m, c, err = ingest.CountMessages(context.Background(), tx, tc.p)
				return err
			})
			if err != nil || m != tc.messages || c != tc.customers {
				t.Errorf("CountMessages = %d messages, %d customers, %v; want %d, %d", m, c, err, tc.messages, tc.customers)
			}
		})
	}
}
