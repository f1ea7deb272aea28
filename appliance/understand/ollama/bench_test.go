package ollama_test

import (
	"context"
	"testing"

	"github.com/ollama/ollama/api"

	"fatoora/appliance/understand/ollama"
	"fatoora/appliance/understand/ollama/ollamatest"
)

// BenchmarkClient_Extract is the client's own cost per call — building the
// prompt and schema, one loopback HTTP round trip to the fake, validating
// the answer — i.e. everything but the model's generation time.
func BenchmarkClient_Extract(b *testing.B) {
	fake := ollamatest.New(b)
	fake.AddModel(model)
	answer := `{"intent":"order","items":[{"sku":"KIT-01","quantity":3.2,"color":"رمادي فاتح","dims_cm":[320,90]},{"sku":"CHR-02","quantity":6,"color":"بني","dims_cm":[]}]}`
	fake.Respond(func(*api.ChatRequest) ollamatest.Reply { return ollamatest.Reply{Content: answer} })
	c, err := ollama.New(ollama.Options{URL: fake.URL, Model: model, Logger: quiet()})
	if err != nil {
		b.Fatal(err)
	}
	cands := candidates()
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := c.Extract(ctx, "عايز مطبخ 3 متر و20 سم رمادي فاتح و6 كراسي بني", cands); err != nil {
			b.Fatal(err)
		}
	}
}
