package server

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"strings"

	"fatoora/sync/relay/proto"
)

// maxGraphResponse caps a Graph answer carried back to a box.
const maxGraphResponse = 1 << 20

// graph makes one of a box's Graph API calls with Meta's access token for
// its number. Only POST {number}/messages and POST {number}/media of the
// box's own number are allowed.
func (s *Server) graph(ctx context.Context, b *box, req proto.GraphRequest) proto.GraphResponse {
	b.mu.Lock()
	b.graphCalls++
	b.mu.Unlock()
	fail := func(status int, code int, msg string) proto.GraphResponse {
		body, _ := json.Marshal(map[string]any{"error": map[string]any{
			"message": msg, "type": "FatooraRelayException", "code": code}})
		return proto.GraphResponse{ID: req.ID, Status: uint64(status), ContentType: "application/json", Body: body}
	}
	if req.Method != http.MethodPost {
		return fail(http.StatusForbidden, 10, "the relay carries only POST requests")
	}
	if req.Path != "/"+b.number+"/messages" && req.Path != "/"+b.number+"/media" {
		return fail(http.StatusForbidden, 10, "the relay carries only this box's own /messages and /media calls")
	}
	token := s.opts.GraphTokens[b.number]
	if token == "" {
		return fail(http.StatusServiceUnavailable, 0, "the relay has no Graph access token for this number (--graph-token)")
	}
	hreq, err := http.NewRequestWithContext(ctx, http.MethodPost, strings.TrimRight(s.opts.GraphURL, "/")+req.Path, bytes.NewReader(req.Body))
	if err != nil {
		return fail(http.StatusInternalServerError, 0, "relay: build request: "+err.Error())
	}
	hreq.Header.Set("Authorization", "Bearer "+token)
	if req.ContentType != "" {
		hreq.Header.Set("Content-Type", req.ContentType)
	}
	resp, err := s.opts.HTTPClient.Do(hreq)
	if err != nil {
		s.log.Warn("graph call failed", "phone_number_id", b.number, "err", err)
		return fail(http.StatusBadGateway, 0, "relay: graph api unreachable")
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, maxGraphResponse))
	if err != nil {
		return fail(http.StatusBadGateway, 0, "relay: read graph answer: "+err.Error())
	}
	return proto.GraphResponse{ID: req.ID, Status: uint64(resp.StatusCode), ContentType: resp.Header.Get("Content-Type"), Body: body}
}
