package pipeline_test

import (
	"slices"
	"testing"
	"time"

	"fatoora/appliance/pipeline"
	"fatoora/appliance/whatsapp/graphsim"
)

// TestPipeline_StagesOfAnOrder: an invoiced order is timed at each stage
// of its way once — from the queue's pick-up to the record of its sends —
// each time no longer than the whole order took.
func TestPipeline_StagesOfAnOrder(t *testing.T) {
	rec := newRecorder()
	h := newHarness(t, func(o *pipeline.Options) { o.Observer = rec })
	start := time.Now()
	h.text(seed)
	h.settle()
	took := time.Since(start)
	stages := []string{pipeline.StageQueue, pipeline.StageUnderstand, pipeline.StageDecideCommit, pipeline.StageOutboxWake,
		pipeline.StageRender, pipeline.StageUpload, pipeline.StageInflightCommit, pipeline.StageSend, pipeline.StageRecordCommit}
	if !waitFor(func() bool {
		rec.mu.Lock()
		defer rec.mu.Unlock()
		return len(rec.stages[pipeline.StageRecordCommit]) > 0
	}) {
		t.Fatalf("no record commit timed: %v", rec.stages)
	}
	rec.mu.Lock()
	defer rec.mu.Unlock()
	for _, s := range stages {
		ds := rec.stages[s]
		if len(ds) != 1 {
			t.Errorf("stage %s timed %d times: %v", s, len(ds), ds)
			continue
		}
		if ds[0] <= 0 || ds[0] > took {
			t.Errorf("stage %s took %v, the order %v", s, ds[0], took)
		}
	}
	if len(rec.stages) != len(stages) {
		t.Errorf("stages timed: %v", rec.stages)
	}
}

// TestOutbox_ReadMarkBeforeTheReply: the read mark, sent while the reply's
// in-flight mark commits, still reaches WhatsApp after the document's
// upload and before the reply's first message, once per reply; an upload
// that fails marks nothing until the reply goes.
func TestOutbox_ReadMarkBeforeTheReply(t *testing.T) {
	for _, fail := range []bool{false, true} {
		h := newHarness(t, nil)
		if fail {
			h.graph.AddFault(graphsim.Fault{Times: 2, Only: "upload", Code: 2})
		}
		h.text(seed)
		h.waitMessages(2)
		h.settle()
		var kinds []string
		for _, c := range h.graph.Calls() {
			if c.HTTPStatus == 200 && (c.Kind == "upload" || c.Kind == "read" || c.Kind == "message") {
				kinds = append(kinds, c.Kind)
			}
		}
		if want := []string{"upload", "read", "message", "message"}; !slices.Equal(kinds, want) {
			t.Errorf("upload fails %v: calls %v, want %v", fail, kinds, want)
		}
		if n := len(h.graph.ReadMarks()); n != 1 {
			t.Errorf("upload fails %v: %d read marks", fail, n)
		}
	}
}
