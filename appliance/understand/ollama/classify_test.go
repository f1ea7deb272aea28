package ollama

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/ollama/ollama/api"
)

// classify must map every error Ollama's api client can return, including
// the ones the fake cannot provoke through a non-streaming request.
func TestClient_classify(t *testing.T) {
	c, err := New(Options{Model: "m"})
	if err != nil {
		t.Fatal(err)
	}
	live := context.Background()
	cancelled, cancel := context.WithCancel(context.Background())
	cancel()
	expired, cancel2 := context.WithDeadline(context.Background(), time.Now().Add(-time.Second))
	defer cancel2()

	tests := []struct {
		name   string
		ctx    context.Context
		err    error
		kind   error
		status int
	}{
		// api.Client.stream returns an {"error": ...} line after a 200 as a plain error.
		{"error line after 200", live, errors.New("model runner has unexpectedly stopped"), ErrUnavailable, 0},
		{"status error", live, api.StatusError{StatusCode: 503, Status: "503 Service Unavailable", ErrorMessage: "busy"}, ErrUnavailable, 503},
		{"wrapped status error", live, fmt.Errorf("chat: %w", api.StatusError{StatusCode: 404, ErrorMessage: "not found"}), ErrUnavailable, 404},
		{"unauthorized", live, api.AuthorizationError{StatusCode: 401, Status: "401 Unauthorized"}, ErrUnavailable, 401},
		{"own timeout", live, fmt.Errorf("post: %w", context.DeadlineExceeded), ErrTimeout, 0},
		{"caller deadline", expired, errors.New("anything"), ErrTimeout, 0},
		{"already typed", live, &Error{Kind: ErrTruncated, Status: 200}, ErrTruncated, 200},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := c.classify(tt.ctx, tt.err, time.Second)
			var e *Error
			if !errors.As(got, &e) || e.Kind != tt.kind || e.Status != tt.status || e.Latency != time.Second {
				t.Errorf("classify(%v) = %#v, want kind %v status %d", tt.err, got, tt.kind, tt.status)
			}
		})
	}
	got := c.classify(cancelled, errors.New("context canceled"), time.Second)
	var e *Error
	if !errors.Is(got, context.Canceled) || errors.As(got, &e) {
		t.Errorf("caller cancellation classified as %#v", got)
	}
}
