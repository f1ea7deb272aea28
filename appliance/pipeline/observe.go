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
	// Stage records how long one stage of a message's way to its reply
	// took: one of the Stage constants.
	Stage(stage string, d time.Duration)
}

// The stages of a message's way from its webhook to its reply going out
// that the pipeline times (Observer.Stage), in order; ingest times the one
// before them (ingest.StageCommit). The record of the sends comes after
// the reply went out.
const (
	// StageQueue: from the commit that enqueued the message (ingest's)
	// returning to a queue worker taking it up (its wake, its scan).
	StageQueue = "queue"
	// StageUnderstand: understanding the message's text, before the
	// decision's commit.
	StageUnderstand = "understand"
	// StageDecideCommit: the decision's commit, from the call to its
	// return (behind a commit in progress, then its own transaction and
	// fsyncs).
	StageDecideCommit = "decide_commit"
	// StageOutboxWake: from the decision's commit returning to the outbox
	// taking the order's first sends up (its wake, its scan of the pending
	// sends, its read of the recipient's). Sends written to go later and
	// repeated sends are not counted.
	StageOutboxWake = "outbox_wake"
	// StageRender: a document's PDF.
	StageRender = "render"
	// StageUpload: the document's upload to WhatsApp.
	StageUpload = "upload"
	// StageInflightCommit: the commit that marks a reply's sends in
	// flight before they go out.
	StageInflightCommit = "inflight_commit"
	// StageSend: a reply's sends until WhatsApp accepted the last (the
	// read mark goes while the in-flight mark commits; the first send
	// waits for it if it is slower).
	StageSend = "send"
	// StageRecordCommit: the commit that records the sends, after they
	// went out.
	StageRecordCommit = "record_commit"
)

// The send outcomes Observer.Sent is told.
const (
	SendOK     = "ok"
	SendRetry  = "retry"
	SendFailed = "failed"
	SendParked = "parked"
)

// nobody is the Observer of a pipeline that has none.
type nobody struct{}

func (nobody) Decided(string)              {}
func (nobody) Sent(string)                 {}
func (nobody) Understood(time.Duration)    {}
func (nobody) Rendered(time.Duration)      {}
func (nobody) Stage(string, time.Duration) {}
