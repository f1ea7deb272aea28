package metrics

import (
	"slices"
	"strings"
	"testing"
	"time"

	"fatoora/appliance/ingest"
	"fatoora/appliance/pipeline"

	"github.com/prometheus/common/expfmt"
	"github.com/prometheus/common/model"
)

// TestBox_Stages: fatoora_order_stage_seconds has one series per stage from
// the start, each counting only its own stage's times, in a form
// Prometheus parses; the stage names are the ones ingest and the pipeline
// time, in the order of an order's way.
func TestBox_Stages(t *testing.T) {
	want := []string{ingest.StageCommit, pipeline.StageQueue, pipeline.StageUnderstand, pipeline.StageDecideCommit,
		pipeline.StageOutboxWake, pipeline.StageRender, pipeline.StageUpload, pipeline.StageInflightCommit,
		pipeline.StageSend, pipeline.StageRecordCommit}
	if !slices.Equal(Stages, want) {
		t.Fatalf("Stages = %v, want %v", Stages, want)
	}
	m := NewBox()
	m.Stage(pipeline.StageQueue, 300*time.Microsecond)
	m.Stage(pipeline.StageQueue, 40*time.Millisecond)
	m.Stage(ingest.StageCommit, 3*time.Millisecond)
	var b strings.Builder
	if _, err := m.Registry().WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	parser := expfmt.NewTextParser(model.UTF8Validation)
	fams, err := parser.TextToMetricFamilies(strings.NewReader(b.String()))
	if err != nil {
		t.Fatalf("Prometheus cannot parse the exposition: %v\n%s", err, b.String())
	}
	f := fams[NameStage]
	if f == nil || len(f.GetMetric()) != len(Stages) {
		t.Fatalf("%s: %v", NameStage, f)
	}
	got := map[string][2]float64{}
	for _, s := range f.GetMetric() {
		if len(s.GetLabel()) != 1 || s.GetLabel()[0].GetName() != "stage" {
			t.Fatalf("labels %v", s.GetLabel())
		}
		h := s.GetHistogram()
		var under1ms float64
		for _, bk := range h.GetBucket() {
			if bk.GetUpperBound() == 0.001 {
				under1ms = float64(bk.GetCumulativeCount())
			}
		}
		got[s.GetLabel()[0].GetValue()] = [2]float64{float64(h.GetSampleCount()), under1ms}
	}
	for _, st := range Stages {
		w := [2]float64{0, 0}
		switch st {
		case pipeline.StageQueue:
			w = [2]float64{2, 1}
		case ingest.StageCommit:
			w = [2]float64{1, 0}
		}
		if got[st] != w {
			t.Errorf("stage %s: count, count ≤ 1 ms = %v, want %v", st, got[st], w)
		}
	}
	defer func() {
		if recover() == nil {
			t.Error("a stage not named was counted")
		}
	}()
	m.Stage("nap", time.Second)
}
