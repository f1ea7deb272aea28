package understand

import (
	"context"
	"fmt"
	"math"
	"sort"
	"time"

	"fatoora/catalog"
)

// HybridOptions tune when the model is asked and how long it may take.
type HybridOptions struct {
	// Threshold: the model is asked when the rules' confidence is below it
	// or some words were left unexplained (default 0.8).
	Threshold float64
	// Timeout bounds one model call (default 60s; a CPU-only box needs tens
	// of seconds for a cold prompt).
	Timeout time.Duration
	// Candidates is how many catalog products the model is shown (default 12).
	Candidates int
	// MaxQuantity is the largest quantity accepted from the model in the
	// product's unit (default 1000).
	MaxQuantity float64
}

func (o *HybridOptions) defaults() {
	if o.Threshold <= 0 {
		o.Threshold = 0.8
	}
	if o.Timeout <= 0 {
		o.Timeout = 60 * time.Second
	}
	if o.Candidates <= 0 {
		o.Candidates = 12
	}
	if o.MaxQuantity <= 0 {
		o.MaxQuantity = 1000
	}
}

// Hybrid reads with the rules first and asks the model only for messages
// the rules did not fully understand. The model's answer is validated
// against the catalog (known SKU, one of the product's colours, a sane
// positive quantity); prices never come from it. A model error or timeout
// returns the rules' answer with lower confidence and a note: Hybrid never
// fails because of the model.
type Hybrid struct {
	rules *Rules
	model Model // nil: rules only
	opts  HybridOptions
}

var _ Understander = (*Hybrid)(nil)

// NewHybrid combines the rules with an optional model (nil = rules only).
func NewHybrid(rules *Rules, model Model, opts HybridOptions) *Hybrid {
	opts.defaults()
	return &Hybrid{rules: rules, model: model, opts: opts}
}

// Understand reads one message. A complaint, a thanks or any other
// message that orders nothing has no items, whatever products and figures
// it names ("الباب اتركب وشكله تحفة", "… والفاتورة كانت ٧٨٠٠"): the rules
// keep the products such a message names only so the model can correct
// its intent to an order.
func (h *Hybrid) Understand(ctx context.Context, text string) (Result, error) {
	res, err := h.read(ctx, text)
	if err == nil && res.Intent != Order && res.Intent != Inquiry {
		res.Items = nil
	}
	return res, err
}

func (h *Hybrid) read(ctx context.Context, text string) (Result, error) {
	res, err := h.rules.Understand(ctx, text)
	if err != nil {
		return res, err
	}
	if h.model == nil || (res.Confidence >= h.opts.Threshold && len(res.Unexplained) == 0) {
		return res, nil
	}
	if res.Intent == Complaint {
		return res, nil // a complaint goes to staff; the model would add nothing
	}
	cands := h.rules.Candidates(text, res, h.opts.Candidates)
	mctx, cancel := context.WithTimeout(ctx, h.opts.Timeout)
	ans, merr := h.model.Extract(mctx, text, cands)
	if merr == nil {
		merr = mctx.Err() // an answer after the deadline is not trusted
	}
	cancel()
	if merr != nil {
		if ctx.Err() != nil {
			return res, ctx.Err()
		}
		res.Confidence = math.Round(res.Confidence*0.8*1000) / 1000
		res.Notes = append(res.Notes, fmt.Sprintf("model %s unavailable, rules only: %v", h.model.Name(), merr))
		return res, nil
	}
	merged, ok := h.merge(res, ans)
	if !ok {
		res.Confidence = math.Round(res.Confidence*0.8*1000) / 1000
		res.Notes = append(res.Notes, fmt.Sprintf("model %s answer rejected, rules only", h.model.Name()))
		return res, nil
	}
	return merged, nil
}

// merge validates the model's answer and combines it with the rules'.
// The model's items replace the rules' items; confident rules items the
// model left out are kept. Where both name the same SKU, the rules' reading
// of the phrase (sizes, material) is kept and the model's quantity and
// colour are used only when valid.
func (h *Hybrid) merge(rules Result, ans ModelAnswer) (Result, bool) {
	out := Result{Intent: rules.Intent, Source: "rules+model", Unexplained: nil, Notes: rules.Notes}
	// The rules' cue words for a price question or a complaint are more
	// reliable than a small model; an order or "other" may be corrected.
	if ans.Intent.Valid() && rules.Intent != Inquiry && rules.Intent != Complaint {
		out.Intent = ans.Intent
	}
	used := map[string]bool{}
	rejected := 0
	for _, mi := range ans.Items {
		idx, ok := h.rules.lx.bySKU[mi.SKU]
		if !ok || math.IsNaN(mi.Quantity) || mi.Quantity <= 0 || mi.Quantity > h.opts.MaxQuantity {
			rejected++
			continue
		}
		p := &h.rules.lx.products[idx]
		q := catalog.MilliFromFloat(mi.Quantity)
		if q <= 0 {
			rejected++
			continue
		}
		it := Item{SKU: p.SKU, Product: p, Quantity: q, Material: p.Material, Confidence: 0.75}
		if p.Unit == catalog.Piece && q%catalog.One != 0 {
			rejected++
			continue
		}
		if mi.Color != "" {
			if c, ok := h.rules.colorFor(h.rules.indexOf(p), wordsKey(mi.Color)); ok && hasColor(p, c) {
				it.Color = c
			}
		}
		for _, d := range mi.DimsCM {
			if d > 0 && d < 100000 {
				it.DimsCM = append(it.DimsCM, d)
			}
		}
		for _, ri := range rules.Items {
			if ri.SKU != p.SKU || used[p.SKU] {
				continue
			}
			if ri.Confidence >= h.opts.Threshold {
				// the rules read this line confidently: their quantity
				// and sizes stand, the model may add a colour
				mc := it.Color
				it = ri
				if it.Color == "" && mc != "" {
					it.Color = mc
					it.Missing = without(it.Missing, "color")
				}
				break
			}
			it.Phrase = ri.Phrase
			if it.Color == "" {
				it.Color = ri.Color
			}
			if len(it.DimsCM) == 0 {
				it.DimsCM = ri.DimsCM
			}
			if ri.Quantity == it.Quantity {
				it.Confidence = 0.95
				if contains(ri.Missing, "size") && len(mi.DimsCM) == 0 {
					// neither read a length or an area: still to measure
					it.Missing = append(it.Missing, "size")
				}
			}
		}
		if it.Color == "" && len(p.Colors) > 1 && !contains(it.Missing, "color") {
			it.Missing = append(it.Missing, "color")
		}
		used[p.SKU] = true
		out.Items = append(out.Items, it)
	}
	if rejected > 0 && len(out.Items) == 0 {
		return rules, false
	}
	for _, ri := range rules.Items {
		if ri.SKU != "" && !used[ri.SKU] && ri.Confidence >= h.opts.Threshold {
			out.Items = append(out.Items, ri)
		}
	}
	// a thing the rules found the catalog lacks stays a line unless the
	// model named a product the rules had not: then that was its reading
	newSKU := false
	for _, it := range out.Items {
		found := false
		for _, ri := range rules.Items {
			found = found || ri.SKU == it.SKU
		}
		newSKU = newSKU || !found
	}
	if !newSKU && (out.Intent == Order || out.Intent == Inquiry) {
		for _, ri := range rules.Items {
			if ri.SKU == "" {
				out.Items = append(out.Items, ri)
			}
		}
	}
	if len(rules.Items) == 0 && len(out.Items) > 0 {
		out.Source = "model"
	}
	conf := 0.8
	if rejected > 0 {
		conf = 0.6
		out.Notes = append(out.Notes, fmt.Sprintf("%d model item(s) rejected by validation", rejected))
	}
	for _, it := range out.Items {
		conf = math.Min(conf, it.Confidence)
	}
	out.Confidence = conf
	return out, true
}

func hasColor(p *catalog.Product, c string) bool {
	for _, x := range p.Colors {
		if x == c {
			return true
		}
	}
	return false
}

// Candidates returns up to limit catalog products worth showing a model for
// this message: the rules' items and their close alternatives first, then
// the products sharing most words with the message.
func (r *Rules) Candidates(text string, res Result, limit int) []catalog.Product {
	seen := map[int]bool{}
	var out []catalog.Product
	addIdx := func(i int) {
		if i >= 0 && !seen[i] && len(out) < limit {
			seen[i] = true
			out = append(out, r.lx.products[i])
		}
	}
	for _, it := range res.Items {
		addIdx(r.indexOf(it.Product))
		for _, c := range it.Ambiguous {
			addIdx(r.indexOf(c.Product))
		}
	}
	ts := r.prepare(text)
	count := map[int32]int{}
	for _, t := range ts {
		if t.sep {
			continue
		}
		for _, p := range r.lx.postings[t.text] {
			count[p]++
		}
	}
	type pc struct {
		p int32
		n int
	}
	list := make([]pc, 0, len(count))
	for p, n := range count {
		list = append(list, pc{p, n})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].n != list[j].n {
			return list[i].n > list[j].n
		}
		return list[i].p < list[j].p
	})
	for _, c := range list {
		addIdx(int(c.p))
	}
	return out
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
