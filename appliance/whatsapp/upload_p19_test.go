package whatsapp_test

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"mime"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"fatoora/appliance/whatsapp"
)

// fileOf is the content of the upload named name: its bytes follow from
// its name, so a receiver can tell a body another upload wrote over.
func fileOf(name string, size int) []byte {
	r := rand.New(rand.NewPCG(uint64(len(name)), uint64(size)))
	b := make([]byte, size)
	for i := range b {
		b[i] = byte(r.Uint32())
	}
	copy(b, name)
	return b
}

// checkUpload reads an upload's multipart body and reports whether its file
// part is the one its filename says, whole.
func checkUpload(r *http.Request, size func(name string) int) error {
	_, params, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if err != nil {
		return err
	}
	mr := multipart.NewReader(r.Body, params["boundary"])
	for {
		part, err := mr.NextPart()
		if err == io.EOF {
			return fmt.Errorf("no file part")
		}
		if err != nil {
			return err
		}
		if part.FormName() != "file" {
			continue
		}
		got, err := io.ReadAll(part)
		if err != nil {
			return err
		}
		name := part.FileName()
		if want := fileOf(name, size(name)); !bytes.Equal(got, want) {
			return fmt.Errorf("%s: the file arrived changed (%d bytes, sent %d)", name, len(got), len(want))
		}
		return nil
	}
}

func sizeOf(name string) int {
	var n int
	fmt.Sscanf(name[strings.LastIndexByte(name, '-')+1:], "%d", &n)
	return n
}

// mediaServer is a loopback Graph stand-in whose media uploads read reads
// (an error answers 400), and a client of it.
func mediaServer(t *testing.T, read func(*http.Request) error) *whatsapp.Client {
	t.Helper()
	hs := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if err := read(r); err != nil {
			http.Error(w, `{"error":{"message":"bad upload","code":100}}`, http.StatusBadRequest)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		io.WriteString(w, `{"id":"media-1"}`)
	}))
	t.Cleanup(hs.Close)
	c, err := whatsapp.New(whatsapp.Options{GraphURL: hs.URL + "/v25.0", Token: token, PhoneNumberID: phoneID, Timeout: 10 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// TestClient_UploadBodiesReusedIntact: uploads one after another and many at
// once, of sizes below and above the connection's write buffer, each
// arrive as sent while the client reuses their bodies' buffers (run with
// -race, a buffer handed to the next upload while the transport still
// read it would show).
func TestClient_UploadBodiesReusedIntact(t *testing.T) {
	var mu sync.Mutex
	var bad []string
	c := mediaServer(t, func(r *http.Request) error {
		err := checkUpload(r, sizeOf)
		if err != nil {
			mu.Lock()
			bad = append(bad, err.Error())
			mu.Unlock()
		}
		return err
	})
	sizes := []int{1 << 10, 38 << 10, 70 << 10, 150 << 10, 5 << 10, 40 << 10}
	upload := func(w, i int) {
		size := sizes[(w+i)%len(sizes)]
		name := fmt.Sprintf("INV-%d-%d-%d", w, i, size)
		if _, err := c.UploadMedia(context.Background(), name, "application/pdf", fileOf(name, size)); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
	for i := range 30 {
		upload(0, i)
	}
	var wg sync.WaitGroup
	for w := 1; w <= 8; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 15 {
				upload(w, i)
			}
		}()
	}
	wg.Wait()
	if len(bad) > 0 {
		t.Fatalf("%d uploads arrived changed, e.g. %s", len(bad), bad[0])
	}
}

// lateReader is a RoundTripper that answers at once and reads the request's
// body only afterwards, as http.RoundTripper allows (the relay link's
// carries the body on after returning): the body must not change meanwhile.
type lateReader struct {
	wg  sync.WaitGroup
	mu  sync.Mutex
	bad []string
}

func (l *lateReader) RoundTrip(r *http.Request) (*http.Response, error) {
	l.wg.Add(1)
	go func() {
		defer l.wg.Done()
		time.Sleep(20 * time.Millisecond) // the next uploads are built meanwhile
		defer r.Body.Close()
		if err := checkUpload(r, sizeOf); err != nil {
			l.mu.Lock()
			l.bad = append(l.bad, err.Error())
			l.mu.Unlock()
		}
	}()
	return &http.Response{StatusCode: http.StatusOK, Header: http.Header{"Content-Type": {"application/json"}},
		Body: io.NopCloser(strings.NewReader(`{"id":"media-1"}`)), Request: r}, nil
}

func TestClient_UploadBodyKeptForATransportThatReadsLate(t *testing.T) {
	lr := &lateReader{}
	c, err := whatsapp.New(whatsapp.Options{GraphURL: "http://graph.invalid/v25.0", Token: token, PhoneNumberID: phoneID,
		HTTPClient: &http.Client{Transport: lr}})
	if err != nil {
		t.Fatal(err)
	}
	for i := range 20 {
		size := 38<<10 + i
		name := fmt.Sprintf("INV-%d-%d", i, size)
		if _, err := c.UploadMedia(context.Background(), name, "application/pdf", fileOf(name, size)); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
	}
	lr.wg.Wait()
	if len(lr.bad) > 0 {
		t.Fatalf("%d uploads read late arrived changed, e.g. %s", len(lr.bad), lr.bad[0])
	}
}

// TestClient_UploadAllocatesLessThanItsBody: over net/http's transport an
// upload's body buffer is reused, so an upload allocates well under the
// size of the file it carries (each made its own ~file-sized body before).
// Allocation is counted, not timed; the race detector's sync.Pool drops
// buffers at random, so it is not counted under -race.
func TestClient_UploadAllocatesLessThanItsBody(t *testing.T) {
	if raceEnabled {
		t.Skip("sync.Pool drops items at random under -race")
	}
	sink := make([]byte, 64<<10)
	c := mediaServer(t, func(r *http.Request) error {
		for { // one request at a time: one buffer serves them all
			if _, err := r.Body.Read(sink); err != nil {
				return nil
			}
		}
	})
	data := fileOf("INV-000001", 40<<10)
	upload := func() {
		if _, err := c.UploadMedia(context.Background(), "INV-000001.pdf", "application/pdf", data); err != nil {
			t.Fatal(err)
		}
	}
	for range 5 {
		upload() // connections, pools
	}
	const n = 100
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	for range n {
		upload()
	}
	runtime.ReadMemStats(&after)
	per := (after.TotalAlloc - before.TotalAlloc) / n
	t.Logf("%d bytes allocated per upload of %d (client and loopback server)", per, len(data))
	if per > uint64(len(data))/2 {
		t.Errorf("%d bytes allocated per upload of a %d-byte file: the body is not reused", per, len(data))
	}
}
