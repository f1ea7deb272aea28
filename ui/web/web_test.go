package web

import (
	"encoding/json"
	"io"
	"math"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

func TestJSON(t *testing.T) {
	tests := []struct {
		name       string
		v          any
		status     int
		wantStatus int
		wantBody   string
	}{
		{"object", map[string]int{"n": 1}, http.StatusOK, http.StatusOK, `{"n":1}` + "\n"},
		{"status kept", []string{"a"}, http.StatusCreated, http.StatusCreated, `["a"]` + "\n"},
		{"html escaped", map[string]string{"s": "<b>"}, http.StatusOK, http.StatusOK, `{"s":"\u003cb\u003e"}` + "\n"},
		{"unencodable", math.Inf(1), http.StatusOK, http.StatusInternalServerError, "internal error\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			w := httptest.NewRecorder()
			JSON(w, tc.status, tc.v)
			if w.Code != tc.wantStatus || w.Body.String() != tc.wantBody {
				t.Errorf("got %d %q, want %d %q", w.Code, w.Body.String(), tc.wantStatus, tc.wantBody)
			}
			if tc.wantStatus < 500 && w.Header().Get("Content-Type") != "application/json; charset=utf-8" {
				t.Errorf("content type %q", w.Header().Get("Content-Type"))
			}
		})
	}
}

func TestError(t *testing.T) {
	w := httptest.NewRecorder()
	Error(w, http.StatusBadRequest, "bad phone")
	var got ErrorBody
	if err := json.Unmarshal(w.Body.Bytes(), &got); err != nil || w.Code != 400 || got.Error != "bad phone" {
		t.Errorf("%d %q %v", w.Code, w.Body.String(), err)
	}
}

func TestHeaders_Wrap(t *testing.T) {
	ok := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, "ok") })
	tests := []struct {
		name             string
		h                http.Handler
		csp, frameOption string
	}{
		{"default", Secure(ok), DefaultCSP, "DENY"},
		{"own policy, same-origin frames", Headers{CSP: "default-src 'self'; frame-ancestors 'self'", SameOriginFrames: true}.Wrap(ok), "default-src 'self'; frame-ancestors 'self'", "SAMEORIGIN"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			w := httptest.NewRecorder()
			tc.h.ServeHTTP(w, httptest.NewRequest(http.MethodGet, "/", nil))
			h := w.Header()
			if h.Get("Content-Security-Policy") != tc.csp || h.Get("X-Frame-Options") != tc.frameOption ||
				h.Get("X-Content-Type-Options") != "nosniff" || h.Get("Referrer-Policy") != "no-referrer" || w.Body.String() != "ok" {
				t.Errorf("headers %v body %q", h, w.Body.String())
			}
		})
	}
	if !strings.Contains(DefaultCSP, "frame-ancestors 'none'") || strings.Contains(DefaultCSP, "unsafe-inline") {
		t.Errorf("default CSP %q", DefaultCSP)
	}
}

// TestCrossOrigin posts to a real loopback server as a browser on another
// site, on the same origin, and as a command-line client.
func TestCrossOrigin(t *testing.T) {
	srv := httptest.NewServer(CrossOrigin(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, "done") })))
	defer srv.Close()
	tests := []struct {
		name, method string
		headers      map[string]string
		want         int
	}{
		{"cross-site post", http.MethodPost, map[string]string{"Sec-Fetch-Site": "cross-site"}, http.StatusForbidden},
		{"foreign origin post", http.MethodPost, map[string]string{"Origin": "https://evil.example"}, http.StatusForbidden},
		{"same-origin post", http.MethodPost, map[string]string{"Sec-Fetch-Site": "same-origin"}, http.StatusOK},
		{"cli post", http.MethodPost, nil, http.StatusOK},
		{"cross-site get", http.MethodGet, map[string]string{"Sec-Fetch-Site": "cross-site"}, http.StatusOK},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			req, _ := http.NewRequest(tc.method, srv.URL, strings.NewReader("x"))
			for k, v := range tc.headers {
				req.Header.Set(k, v)
			}
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			if resp.StatusCode != tc.want {
				t.Errorf("got %d, want %d", resp.StatusCode, tc.want)
			}
		})
	}
}

func TestLoopbackOnly(t *testing.T) {
	h := LoopbackOnly(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, "secret") }))
	tests := []struct {
		name, remote string
		header       string
		want         int
	}{
		{"ipv4 loopback", "127.0.0.1:5000", "", http.StatusOK},
		{"ipv6 loopback", "[::1]:5000", "", http.StatusOK},
		{"other 127/8", "127.0.0.2:5000", "", http.StatusOK},
		{"lan peer", "192.168.1.20:5000", "", http.StatusForbidden},
		{"public peer", "203.0.113.9:443", "", http.StatusForbidden},
		{"no port", "127.0.0.1", "", http.StatusForbidden},
		{"garbage", "box:1", "", http.StatusForbidden},
		{"proxied: X-Forwarded-For", "127.0.0.1:5000", "X-Forwarded-For", http.StatusForbidden},
		{"proxied: Forwarded", "127.0.0.1:5000", "Forwarded", http.StatusForbidden},
		{"proxied: X-Real-Ip", "127.0.0.1:5000", "X-Real-Ip", http.StatusForbidden},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			req := httptest.NewRequest(http.MethodGet, "/admin/backup", nil)
			req.RemoteAddr = tc.remote
			if tc.header != "" {
				req.Header.Set(tc.header, "203.0.113.9")
			}
			w := httptest.NewRecorder()
			h.ServeHTTP(w, req)
			if w.Code != tc.want || (tc.want != 200 && strings.Contains(w.Body.String(), "secret")) {
				t.Errorf("got %d %q, want %d", w.Code, w.Body.String(), tc.want)
			}
		})
	}
	// And over a real loopback connection.
	srv := httptest.NewServer(h)
	defer srv.Close()
	resp, err := http.Get(srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || string(b) != "secret" {
		t.Errorf("loopback: %d %q", resp.StatusCode, b)
	}
}
