package pipeline

import "time"

// Observer is told what the pipeline did, after the commit that did it:
// the box's metrics implement it (package appliance/metrics). Its methods
// must be fast and must not block; a nil Options.Observer tells no one.
type Observer interface {
	// Decided counts an order decided, by its Decision: invoice, quote,
	// ask, alternatives, review, complaint, greeting, staff, ignore.
	Decided(decision string)
	// Sent counts a send's outcome: SendOK (delivered to Meta and
	// recorded), SendRetry (a retryable failure, tried again after a
	// backoff), SendFailed (refused for good: the conversation goes to
	// staff) or SendParked (kept as it is while the access token is
	// refused; sending is paused).
	Sent(result string)
	// Understood records how long one understanding took (rules, and the
	// model when it was asked).
	Understood(d time.Duration)
	// Rendered records how long one document's PDF took to render.
	Rendered(d time.Duration)
}

// The send outcomes Observer.Sent is told.
const (
	SendOK     = "ok"
	SendRetry  = "retry"
	SendFailed = "failed"
	SendParked = "parked"
)

// nobody is the Observer of a pipeline that has none.
type nobody struct{}

func (nobody) Decided(string)           {}
func (nobody) Sent(string)              {}
func (nobody) Understood(time.Duration) {}
func (nobody) Rendered(time.Duration)   {}
