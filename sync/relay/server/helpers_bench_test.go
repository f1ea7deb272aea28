package server_test

import (
	"bytes"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"

	"fatoora/appliance/ingest"
	"fatoora/appliance/store"
	"fatoora/sync/relay/server"
)

type httpServer struct{ url, ws string }

func newHTTPServer(tb testing.TB, s *server.Server) httpServer {
	hs := httptest.NewServer(s.Handler())
	tb.Cleanup(func() { hs.CloseClientConnections(); hs.Close() })
	return httpServer{url: hs.URL, ws: "ws" + strings.TrimPrefix(hs.URL, "http")}
}

func startBenchBox(tb testing.TB, _ string, _ string) *ingest.Ingester {
	db, err := store.Open(filepath.Join(tb.TempDir(), "fatoora.db"), store.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { db.Close() })
	ing, err := ingest.New(db, ingest.Options{Secret: []byte(secret), Logger: quiet})
	if err != nil {
		tb.Fatal(err)
	}
	return ing
}

func postWith(c *http.Client, url string, body []byte, sig string) int {
	req, _ := http.NewRequest(http.MethodPost, url+"/webhook/whatsapp", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-Hub-Signature-256", sig)
	resp, err := c.Do(req)
	if err != nil {
		return 0
	}
	// Read to the end, or the client closes the connection instead of
	// keeping it for the next POST (Meta keeps its connections).
	_, _ = io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	return resp.StatusCode
}
