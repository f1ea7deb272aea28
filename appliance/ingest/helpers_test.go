package ingest_test

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode/utf16"

	"fatoora/appliance/ingest"
	"fatoora/appliance/queue"
	"fatoora/appliance/store"

	bolt "go.etcd.io/bbolt"
)

var secret = []byte("test-app-secret")

// metaEscape serialises JSON text the way Meta puts it on the wire: every
// non-ASCII character as a lowercase \uXXXX escape (surrogate pairs above
// the BMP) and "/" as "\/". JSON text only has these inside strings.
func metaEscape(s string) []byte {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '/':
			b.WriteString(`\/`)
		case r < 0x80:
			b.WriteRune(r)
		case r > 0xFFFF:
			r1, r2 := utf16.EncodeRune(r)
			fmt.Fprintf(&b, `\u%04x\u%04x`, r1, r2)
		default:
			fmt.Fprintf(&b, `\u%04x`, r)
		}
	}
	return []byte(b.String())
}

// envelope wraps messages, statuses and contacts (JSON arrays' contents)
// in one entry/change of a webhook body.
func envelope(contacts, messages, statuses string) string {
	v := `"messaging_product":"whatsapp","metadata":{"display_phone_number":"201000000000","phone_number_id":"PNID1"}`
	if contacts != "" {
		v += `,"contacts":[` + contacts + `]`
	}
	if messages != "" {
		v += `,"messages":[` + messages + `]`
	}
	if statuses != "" {
		v += `,"statuses":[` + statuses + `]`
	}
	return `{"object":"whatsapp_business_account","entry":[{"id":"WABA1","changes":[{"value":{` + v + `},"field":"messages"}]}]}`
}

func contact(waID, name string) string {
	return fmt.Sprintf(`{"profile":{"name":%q},"wa_id":%q}`, name, waID)
}

func openStore(t testing.TB) *store.DB {
	t.Helper()
	db, err := store.Open(filepath.Join(t.TempDir(), "fatoora.db"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func newIngester(t testing.TB, db *store.DB, opts ingest.Options) *ingest.Ingester {
	t.Helper()
	opts.Secret = secret
	in, err := ingest.New(db, opts)
	if err != nil {
		t.Fatal(err)
	}
	return in
}

// server runs the webhook handler on a real loopback listener.
func server(t testing.TB, in *ingest.Ingester) *httptest.Server {
	t.Helper()
	mux := http.NewServeMux()
	mux.Handle("/webhook/whatsapp", ingest.Handler(in, ingest.HandlerOptions{VerifyToken: "verify-me"}))
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

func post(t testing.TB, srv *httptest.Server, body []byte, sig string) (int, string) {
	t.Helper()
	req, err := http.NewRequestWithContext(context.Background(), http.MethodPost, srv.URL+"/webhook/whatsapp", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	if sig != "" {
		req.Header.Set("X-Hub-Signature-256", sig)
	}
	resp, err := srv.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

// snapshot lists every key/value in the store (nested buckets flattened),
// to compare "nothing changed".
func snapshot(t testing.TB, db *store.DB) map[string]string {
	t.Helper()
	out := map[string]string{}
	var walk func(prefix string, b *bolt.Bucket)
	walk = func(prefix string, b *bolt.Bucket) {
		_ = b.ForEach(func(k, v []byte) error {
			if v == nil {
				walk(prefix+string(k)+"/", b.Bucket(k))
				return nil
			}
			out[prefix+string(k)] = string(v)
			return nil
		})
	}
	err := db.View(func(tx *bolt.Tx) error {
		return tx.ForEach(func(name []byte, b *bolt.Bucket) error {
			walk(string(name)+"/", b)
			return nil
		})
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// countSeen counts the customers' seen keys in message_index.
func countSeen(t testing.TB, db *store.DB) int {
	t.Helper()
	return countKeys(t, db, func(k []byte) bool { return bytes.HasPrefix(k, store.IndexPrefix(store.IndexSeen, "")) })
}

// countCustomers counts the customers' records in message_index.
func countCustomers(t testing.TB, db *store.DB) int {
	t.Helper()
	return countKeys(t, db, store.IsCustomerRecord)
}

// countKeys counts message_index's keys that match.
func countKeys(t testing.TB, db *store.DB, match func(k []byte) bool) int {
	t.Helper()
	n := 0
	if err := db.View(func(tx *bolt.Tx) error {
		return tx.Bucket(store.BucketMsgIndex).ForEach(func(k, _ []byte) error {
			if match(k) {
				n++
			}
			return nil
		})
	}); err != nil {
		t.Fatal(err)
	}
	return n
}

func countBucket(t testing.TB, db *store.DB, name []byte) int {
	t.Helper()
	n := 0
	if err := db.View(func(tx *bolt.Tx) error {
		n = tx.Bucket(name).Stats().KeyN
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	return n
}

func diffKeys(a, b map[string]string) []string {
	var d []string
	for k, v := range b {
		if a[k] != v {
			d = append(d, k)
		}
	}
	for k := range a {
		if _, ok := b[k]; !ok {
			d = append(d, "-"+k)
		}
	}
	sort.Strings(d)
	return d
}

func srvURL(t testing.TB, h http.Handler) string {
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return srv.URL
}

// queueLen counts the queue's items through the queue's own accessor.
func queueLen(t testing.TB, db *store.DB) int {
	t.Helper()
	var n int
	if err := db.View(func(tx *bolt.Tx) error {
		items, err := queue.List(tx)
		n = len(items)
		return err
	}); err != nil {
		t.Fatal(err)
	}
	return n
}

// hearQueued does for every message waiting in the understand queue, in
// queue order, what the pipeline's first commit for it does of ingest's
// records (ingest.Heard): since issue 16 the customer, the customers index
// and the customer's message index are written there, not in Accept's
// commit, so a test reads them after this.
func hearQueued(t testing.TB, db *store.DB) {
	t.Helper()
	if err := db.Update(func(tx *bolt.Tx) error {
		items, err := queue.List(tx)
		if err != nil {
			return err
		}
		for _, it := range items {
			m, ok, err := ingest.LoadMessage(tx, it.Ref)
			if err != nil || !ok {
				return fmt.Errorf("queued message %s: found %v, %v", it.Ref, ok, err)
			}
			if err := ingest.Heard(tx, m); err != nil {
				return err
			}
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
}
