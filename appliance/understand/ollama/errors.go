package ollama

import (
	"errors"
	"fmt"
	"time"
)

// The kinds of failure of a model call. Every error Extract returns for a
// failed call is an *Error whose Kind is one of these (errors.Is works on
// it), except a caller's cancellation, which wraps context.Canceled.
var (
	// ErrUnavailable: the server could not be reached or answered with an
	// error (see Error.Status: 404 model not installed, 500 runner failed,
	// 503 queue full; 0 when there was no HTTP status, or when an error line
	// came after a 200 stream began, which Ollama's client reports bare).
	ErrUnavailable = errors.New("model unavailable")
	// ErrTimeout: no complete answer within the timeout.
	ErrTimeout = errors.New("model timed out")
	// ErrTruncated: the answer stopped early (done false, or done_reason
	// "length" when num_predict was reached).
	ErrTruncated = errors.New("model answer truncated")
	// ErrInvalidAnswer: the answer is complete but fails validation (not the
	// schema, an SKU not among the candidates, a colour the product does not
	// have, an impossible quantity).
	ErrInvalidAnswer = errors.New("model answer invalid")
	// ErrInput: the message was not sent (empty, or longer than
	// Options.MaxTextRunes).
	ErrInput = errors.New("message not sent to model")
)

// Error is a failed model call.
type Error struct {
	Kind    error         // one of the Err* kinds above
	Status  int           // HTTP status from the server, 0 when none was received
	Detail  string        // the server's message or what failed validation
	Latency time.Duration // time spent on the call
	Err     error         // underlying error, if any
}

func (e *Error) Error() string {
	msg := "ollama: " + e.Kind.Error()
	if e.Status != 0 {
		msg += fmt.Sprintf(" (status %d)", e.Status)
	}
	if e.Detail != "" {
		msg += ": " + e.Detail
	}
	return msg
}

// Is reports whether target is e's kind.
func (e *Error) Is(target error) bool { return target == e.Kind }

// Unwrap returns the underlying error.
func (e *Error) Unwrap() error { return e.Err }

// Hint is a short next step for the operator.
func (e *Error) Hint() string {
	switch {
	case e.Kind == ErrUnavailable && e.Status == 404:
		return "the model is not installed on the Ollama server: run `ollama pull <model>` there"
	case e.Kind == ErrUnavailable && e.Status == 503:
		return "Ollama's queue is full: another request is generating; it will pass when that ends"
	case e.Kind == ErrUnavailable && e.Status >= 500:
		return "the Ollama model runner failed (out of memory?); it reloads on the next request; see the Ollama server log"
	case e.Kind == ErrUnavailable && e.Status == 400:
		return "Ollama rejected the request: check the model tag and that the model supports chat"
	case e.Kind == ErrUnavailable:
		return "is Ollama running and reachable at the configured URL? (`ollama serve`)"
	case e.Kind == ErrTimeout:
		return "the model took longer than the timeout: use a smaller model, a faster machine, or raise the timeout"
	case e.Kind == ErrTruncated:
		return "the answer was cut off (num_predict or the repeat guard); the rules' answer is used"
	case e.Kind == ErrInvalidAnswer:
		return "the model's answer did not validate; a model that follows JSON schemas well (qwen2.5, qwen3) helps"
	case e.Kind == ErrInput:
		return "the message is empty or too long for the model's context"
	}
	return ""
}
