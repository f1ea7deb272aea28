package whatsapp

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"time"
	"unicode/utf8"
)

// Meta error codes the box reacts to. The full list is in Meta's "Error
// codes" page; anything not named here is treated as permanent unless the
// HTTP status is 5xx.
const (
	CodeUnknown          = 1      // API unknown: temporary
	CodeService          = 2      // API service: temporary downtime
	CodeTooManyCalls     = 4      // app-level rate limit
	CodeInvalidParameter = 100    // invalid parameter
	CodePermission       = 10     // application does not have permission
	CodeAccessToken      = 190    // access token expired or invalid
	CodeWABARateLimit    = 80007  // WhatsApp Business Account rate limit
	CodeRateLimit        = 130429 // cloud API throughput reached
	CodeGeneric          = 131000 // something went wrong
	CodeServiceDown      = 131016 // service unavailable
	CodeParameterInvalid = 131009 // parameter value is not valid
	CodeUndeliverable    = 131026 // message undeliverable (no WhatsApp, old app, ...)
	CodeOutsideWindow    = 131047 // re-engagement: more than 24 h since the customer wrote
	CodePairRateLimit    = 131056 // too many messages to this recipient in a short time
	CodeServerBusy       = 133004 // server temporarily unavailable
)

// APIError is an error answer from the Graph API, parsed from Meta's body
// {"error":{"message","type","code","error_subcode","error_data":{"details"},
// "fbtrace_id"}}. Decide on Code, never on Message.
type APIError struct {
	Op         string // what the client was doing, e.g. "send text"
	HTTPStatus int
	Code       int
	Subcode    int
	Type       string // e.g. OAuthException
	Message    string
	Details    string // error_data.details: the useful explanation
	FBTraceID  string // quote it to Meta support
}

func (e *APIError) Error() string {
	var b strings.Builder
	if e.Op != "" {
		b.WriteString(e.Op)
		b.WriteString(": ")
	}
	fmt.Fprintf(&b, "graph api http %d", e.HTTPStatus)
	if e.Code != 0 {
		fmt.Fprintf(&b, " code %d", e.Code)
	}
	if e.Subcode != 0 {
		fmt.Fprintf(&b, "/%d", e.Subcode)
	}
	if e.Message != "" {
		b.WriteString(": ")
		b.WriteString(e.Message)
	}
	if e.Details != "" && e.Details != e.Message {
		b.WriteString(" (")
		b.WriteString(e.Details)
		b.WriteString(")")
	}
	if e.FBTraceID != "" {
		b.WriteString(" fbtrace_id=")
		b.WriteString(e.FBTraceID)
	}
	return b.String()
}

// Retryable reports whether the same request may succeed later: a 5xx
// answer, a rate limit or one of Meta's temporary codes.
func (e *APIError) Retryable() bool {
	if e.HTTPStatus >= 500 || e.HTTPStatus == http.StatusTooManyRequests {
		return true
	}
	switch e.Code {
	case CodeUnknown, CodeService, CodeTooManyCalls, CodeWABARateLimit, CodeRateLimit,
		CodeGeneric, CodeServiceDown, CodePairRateLimit, CodeServerBusy:
		return true
	}
	return false
}

// OutsideWindow reports Meta's re-engagement error: the customer's last
// message is more than 24 hours old, so only an approved template may be
// sent. Do not retry; put the order in front of staff.
func (e *APIError) OutsideWindow() bool { return e.Code == CodeOutsideWindow }

// Undeliverable reports that WhatsApp could not deliver to this number.
// Do not retry.
func (e *APIError) Undeliverable() bool { return e.Code == CodeUndeliverable }

// MinBackoff is the least wait Meta's documentation implies before retrying:
// 6 s for the per-recipient limit (131056), 1 s for throughput limits, 0
// otherwise. The caller adds its own exponential backoff on top.
func (e *APIError) MinBackoff() time.Duration {
	switch e.Code {
	case CodePairRateLimit:
		return 6 * time.Second
	case CodeRateLimit, CodeTooManyCalls, CodeWABARateLimit:
		return time.Second
	}
	return 0
}

// Auth reports an authentication or permission refusal: HTTP 401, code
// 190 (token expired or invalid), code 10 or 200-299 (permission). Retrying
// the same request cannot help until someone fixes the token, but the reply
// is still good: the outbox pauses sending instead of failing it.
func (e *APIError) Auth() bool {
	return e.HTTPStatus == http.StatusUnauthorized || e.Code == CodeAccessToken ||
		e.Code == CodePermission || (e.Code >= 200 && e.Code <= 299)
}

// MalformedError is a 2xx answer the client could not understand (not
// JSON, or without the id it must carry). The request may have taken
// effect: it is retried, never taken for success or for a permanent failure.
type MalformedError struct {
	Op     string
	Detail string
}

func (e *MalformedError) Error() string { return e.Op + ": malformed graph answer: " + e.Detail }

// TransportError means no answer came back: connection refused, reset,
// timeout. The request may or may not have reached Meta.
type TransportError struct {
	Op  string
	Err error
}

func (e *TransportError) Error() string { return e.Op + ": " + e.Err.Error() }
func (e *TransportError) Unwrap() error { return e.Err }

// Retryable is true unless the caller cancelled the context.
func (e *TransportError) Retryable() bool { return !errors.Is(e.Err, context.Canceled) }

// IsRetryable reports whether err, from any Client method, is worth trying
// again later with backoff. Limit errors (ErrLimit) never are.
func IsRetryable(err error) bool {
	var ae *APIError
	if errors.As(err, &ae) {
		return ae.Retryable()
	}
	var me *MalformedError
	if errors.As(err, &me) {
		return true
	}
	var te *TransportError
	if errors.As(err, &te) {
		return te.Retryable()
	}
	return false
}

// IsAuth reports whether err is an authentication or permission refusal
// (APIError.Auth): pause and keep checking, never fail the reply.
func IsAuth(err error) bool {
	var ae *APIError
	return errors.As(err, &ae) && ae.Auth()
}

// Uncertain reports whether a send that returned err may nevertheless have
// reached Meta: no answer (a timeout after the request was written) or an
// answer the client could not read. Such a send is repeated only once its
// status webhooks have had time to say whether it went out.
func Uncertain(err error) bool {
	var me *MalformedError
	if errors.As(err, &me) {
		return true
	}
	var te *TransportError
	return errors.As(err, &te) && te.Retryable()
}

// OutsideWindow reports whether err is Meta's 24-hour-window error (131047).
func OutsideWindow(err error) bool {
	var ae *APIError
	return errors.As(err, &ae) && ae.OutsideWindow()
}

// Undeliverable reports whether err is Meta's undeliverable error (131026).
func Undeliverable(err error) bool {
	var ae *APIError
	return errors.As(err, &ae) && ae.Undeliverable()
}

// errorBody is Meta's error envelope.
type errorBody struct {
	Error *struct {
		Message   string `json:"message"`
		Type      string `json:"type"`
		Code      int    `json:"code"`
		Subcode   int    `json:"error_subcode"`
		FBTraceID string `json:"fbtrace_id"`
		ErrorData struct {
			Details string `json:"details"`
		} `json:"error_data"`
	} `json:"error"`
}

func parseAPIError(op string, resp *http.Response, data []byte) *APIError {
	e := &APIError{Op: op, HTTPStatus: resp.StatusCode}
	var eb errorBody
	if json.Unmarshal(data, &eb) == nil && eb.Error != nil {
		e.Code = eb.Error.Code
		e.Subcode = eb.Error.Subcode
		e.Type = eb.Error.Type
		e.Message = eb.Error.Message
		e.Details = eb.Error.ErrorData.Details
		e.FBTraceID = eb.Error.FBTraceID
		return e
	}
	// Not Meta's envelope (a proxy's error page, say): keep a short excerpt.
	msg := strings.TrimSpace(string(data))
	if len(msg) > 200 {
		msg = msg[:200]
		for !utf8.ValidString(msg) {
			msg = msg[:len(msg)-1]
		}
	}
	if msg == "" {
		msg = http.StatusText(resp.StatusCode)
	}
	e.Message = msg
	return e
}
