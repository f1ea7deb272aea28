package pipeline_test

import (
	"testing"
	"time"

	"fatoora/appliance/pipeline"
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
