package metrics

import (
	"time"
)

// The box's metric names: what README's "Metrics" section documents.
const (
	NameMessages   = "fatoora_messages_received_total"
	NameOrders     = "fatoora_orders_total"
	NameDocuments  = "fatoora_documents_issued_total"
	NameSends      = "fatoora_sends_total"
	NameQueue      = "fatoora_queue_depth"
	NameOutbox     = "fatoora_outbox_depth"
	NameUnderstand = "fatoora_understand_seconds"
	NameRender     = "fatoora_pdf_render_seconds"
	NameCommit     = "fatoora_store_commit_seconds"
	NameStage      = "fatoora_order_stage_seconds"
	NameHealth     = "fatoora_health_state"
	NamePartHealth = "fatoora_part_health_state"
)

// Label values known in advance: their series are exported at 0 from the
// start, so a rate over them works before the first event.
var (
	knownSources   = []string{"webhook", "relay", "simulator"}
	knownDecisions = []string{"invoice", "quote", "ask", "alternatives", "review", "complaint", "greeting", "staff", "ignore"}
	knownKinds     = []string{"invoice", "quote", "credit_note"}
	knownResults   = []string{"ok", "retry", "failed", "parked"}
)

// Box is the box's metrics: the counters and histograms the parts update
// where things happen. It is the Observer that ingest, the pipeline (and
// its outbox) and the invoice book are given; the composition root hands
// the same Box to each, and attaches its Part to serve /metrics.
type Box struct {
	reg        *Registry
	messages   *Counter
	orders     *Counter
	documents  *Counter
	sends      *Counter
	understand *Histogram
	render     *Histogram
	commit     *Histogram
	stage      *HistogramVec
}

// CommitLatency are buckets for a store commit's wait: an fsync on an idle
// SSD takes a fraction of a millisecond, a busy disk tens.
var CommitLatency = []float64{.0005, .001, .002, .005, .01, .02, .05, .1, .25, .5, 1, 2.5, 5, 10}

// StageLatency are buckets for one stage of an order's way from the
// webhook to its document: most take a fraction of a millisecond to a
// few, so the buckets are close there.
var StageLatency = []float64{.0001, .00025, .0005, .001, .0015, .002, .003, .004, .005, .0075, .01, .015, .02, .03, .05, .1, .25, .5, 1, 2.5, 5, 10}

// Stages are the stages of an order's way from the webhook to its document
// going out, in order (README, Metrics): the label values of
// fatoora_order_stage_seconds.
var Stages = []string{"ingest_commit", "queue", "understand", "decide_commit", "outbox_wake", "render", "upload", "inflight_commit", "send", "record_commit"}

// NewBox registers the box's metrics on a new registry.
func NewBox() *Box {
	r := New()
	m := &Box{
		reg:        r,
		messages:   r.NewCounter(NameMessages, "inbound WhatsApp messages stored for the first time, by where they came from", "source"),
		orders:     r.NewCounter(NameOrders, "orders decided, by the decision taken", "decision"),
		documents:  r.NewCounter(NameDocuments, "documents issued (numbered), by kind", "kind"),
		sends:      r.NewCounter(NameSends, "WhatsApp sends by outcome: ok, retry (tried again later), failed (refused for good, the conversation goes to staff), parked (kept while the access token is refused)", "result"),
		understand: r.NewHistogram(NameUnderstand, "time to understand one message (rules, and the model when asked), seconds", DefaultLatency),
		render:     r.NewHistogram(NameRender, "time to render one document's PDF, seconds", DefaultLatency),
		commit:     r.NewHistogram(NameCommit, "time a write of the order path waited for its group commit to be on disk (behind a commit in progress, then its transaction and fsyncs), seconds", CommitLatency),
		stage:      r.NewHistogramVec(NameStage, "time one stage of a message's way from the webhook to its reply going out took, by stage (README, Metrics), seconds", "stage", Stages, StageLatency),
	}
	for _, z := range []struct {
		c    *Counter
		vals []string
	}{{m.messages, knownSources}, {m.orders, knownDecisions}, {m.documents, knownKinds}, {m.sends, knownResults}} {
		for _, v := range z.vals {
			z.c.Add(0, v)
		}
	}
	return m
}

// Registry is where further metrics of the box are registered.
func (m *Box) Registry() *Registry { return m.reg }

// MessagesReceived counts n new inbound messages from source
// (ingest.Observer).
func (m *Box) MessagesReceived(source string, n int) {
	if n > 0 {
		m.messages.Add(uint64(n), source)
	}
}

// Decided counts one order decided (pipeline.Observer).
func (m *Box) Decided(decision string) { m.orders.Inc(decision) }

// Sent counts one send's outcome (pipeline.Observer).
func (m *Box) Sent(result string) { m.sends.Inc(result) }

// Understood records one understanding's duration (pipeline.Observer).
func (m *Box) Understood(d time.Duration) { m.understand.Observe(d.Seconds()) }

// Rendered records one PDF rendering's duration (pipeline.Observer).
func (m *Box) Rendered(d time.Duration) { m.render.Observe(d.Seconds()) }

// Committed records how long one write waited for its commit
// (store.DB.ObserveCommits).
func (m *Box) Committed(d time.Duration) { m.commit.Observe(d.Seconds()) }

// Stage records how long one stage of a message's way to its reply took
// (ingest.Observer, pipeline.Observer); stage is one of Stages.
func (m *Box) Stage(stage string, d time.Duration) { m.stage.Observe(stage, d.Seconds()) }

// DocumentIssued counts one document issued (invoice.Observer).
func (m *Box) DocumentIssued(kind string) { m.documents.Inc(kind) }
