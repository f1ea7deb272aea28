package metrics

import (
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/common/expfmt"
	"github.com/prometheus/common/model"
)

// TestBox_Committed: the commits' waits are one histogram, in seconds, with
// buckets fine enough for an idle disk's fsync.
func TestBox_Committed(t *testing.T) {
	m := NewBox()
	m.Committed(300 * time.Microsecond)
	m.Committed(3 * time.Millisecond)
	m.Committed(40 * time.Millisecond)
	rec := httptest.NewRecorder()
	m.Registry().Handler().ServeHTTP(rec, httptest.NewRequest("GET", "/metrics", nil))
	tp := expfmt.NewTextParser(model.UTF8Validation)
	fams, err := tp.TextToMetricFamilies(strings.NewReader(rec.Body.String()))
	if err != nil {
		t.Fatal(err)
	}
	h := fams[NameCommit].GetMetric()[0].GetHistogram()
	if h.GetSampleCount() != 3 {
		t.Fatalf("%d commits counted, want 3", h.GetSampleCount())
	}
	below := map[float64]uint64{}
	for _, b := range h.GetBucket() {
		below[b.GetUpperBound()] = b.GetCumulativeCount()
	}
	if below[0.0005] != 1 || below[0.005] != 2 || below[0.05] != 3 {
		t.Errorf("buckets %v", below)
	}
}
