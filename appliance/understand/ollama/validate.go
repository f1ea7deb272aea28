package ollama

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"strings"

	"fatoora/appliance/understand"
	"fatoora/catalog"
	"fatoora/catalog/arabic"
)

// maxDimCM is the largest dimension accepted (a 20 m kitchen run).
const maxDimCM = 2000

// rawAnswer is the answer as the schema shapes it. Pointers tell a missing
// required field from a zero value.
type rawAnswer struct {
	Intent *string   `json:"intent"`
	Items  []rawItem `json:"items"`
}

type rawItem struct {
	SKU      *string  `json:"sku"`
	Quantity *float64 `json:"quantity"`
	Color    *string  `json:"color"`
	DimsCM   []int    `json:"dims_cm"`
}

// limits are the bounds an answer is checked against.
type limits struct {
	maxItems    int
	maxQuantity float64
}

// parseAnswer decodes and validates a model's content against the schema
// and the candidates. Any failure is a plain error describing it; the caller
// wraps it as ErrInvalidAnswer.
func parseAnswer(content string, candidates []catalog.Product, lim limits) (understand.ModelAnswer, error) {
	ans, err := checkAnswer(content, candidates, lim)
	if err != nil {
		return understand.ModelAnswer{}, err // never a partial answer
	}
	return ans, nil
}

func checkAnswer(content string, candidates []catalog.Product, lim limits) (understand.ModelAnswer, error) {
	var ans understand.ModelAnswer
	raw, err := decodeStrict(stripFence(content))
	if err != nil {
		return ans, err
	}
	if raw.Intent == nil {
		return ans, errors.New("no intent")
	}
	ans.Intent = understand.Intent(*raw.Intent)
	if !ans.Intent.Valid() {
		return ans, fmt.Errorf("unknown intent %q", *raw.Intent)
	}
	if raw.Items == nil {
		return ans, errors.New("no items")
	}
	if len(raw.Items) > lim.maxItems {
		return ans, fmt.Errorf("%d items, at most %d", len(raw.Items), lim.maxItems)
	}
	bySKU := make(map[string]*catalog.Product, len(candidates))
	for i := range candidates {
		if _, dup := bySKU[candidates[i].SKU]; !dup {
			bySKU[candidates[i].SKU] = &candidates[i]
		}
	}
	for i, it := range raw.Items {
		item, err := checkItem(it, bySKU, lim)
		if err != nil {
			return understand.ModelAnswer{}, fmt.Errorf("item %d: %w", i+1, err)
		}
		ans.Items = append(ans.Items, item)
	}
	return ans, nil
}

func checkItem(it rawItem, bySKU map[string]*catalog.Product, lim limits) (understand.ModelItem, error) {
	var out understand.ModelItem
	if it.SKU == nil {
		return out, errors.New("no sku")
	}
	p, ok := bySKU[*it.SKU]
	if !ok || *it.SKU == "" {
		return out, fmt.Errorf("sku %q is not among the candidates", *it.SKU)
	}
	out.SKU = p.SKU
	if it.Quantity == nil {
		return out, errors.New("no quantity")
	}
	q := *it.Quantity
	switch {
	case math.IsNaN(q) || math.IsInf(q, 0) || q <= 0:
		return out, fmt.Errorf("quantity %v is not positive", q)
	case q > lim.maxQuantity:
		return out, fmt.Errorf("quantity %v is more than %v", q, lim.maxQuantity)
	case p.Unit == catalog.Piece && q != math.Trunc(q):
		return out, fmt.Errorf("quantity %v of a product sold by the piece", q)
	case catalog.MilliFromFloat(q) <= 0:
		return out, fmt.Errorf("quantity %v rounds to zero", q)
	}
	out.Quantity = q
	if it.Color != nil && strings.TrimSpace(*it.Color) != "" {
		c, ok := canonicalColor(p, *it.Color)
		if !ok {
			return out, fmt.Errorf("colour %q is not one of %s's colours", *it.Color, p.SKU)
		}
		out.Color = c
	}
	if len(it.DimsCM) > maxDims {
		return out, fmt.Errorf("%d dimensions, at most %d", len(it.DimsCM), maxDims)
	}
	for _, d := range it.DimsCM {
		if d <= 0 || d > maxDimCM {
			return out, fmt.Errorf("dimension %d cm out of range 1..%d", d, maxDimCM)
		}
	}
	if len(it.DimsCM) > 0 {
		out.DimsCM = append([]int(nil), it.DimsCM...)
	}
	return out, nil
}

// canonicalColor returns the product's own spelling of colour c, comparing
// after Arabic normalisation (so أبيض matches ابيض).
func canonicalColor(p *catalog.Product, c string) (string, bool) {
	want := arabic.Normalize(c)
	for _, pc := range p.Colors {
		if pc == c || arabic.Normalize(pc) == want {
			return pc, true
		}
	}
	return "", false
}

// decodeStrict decodes exactly one JSON object with no unknown fields and
// nothing after it.
func decodeStrict(s string) (rawAnswer, error) {
	var raw rawAnswer
	dec := json.NewDecoder(strings.NewReader(s))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&raw); err != nil {
		return raw, fmt.Errorf("not the answer schema: %w", err)
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return raw, errors.New("text after the JSON object")
	}
	return raw, nil
}

// stripFence removes one Markdown code fence around the JSON, which some
// models add when the server does not apply the format.
func stripFence(s string) string {
	t := strings.TrimSpace(s)
	if !strings.HasPrefix(t, "```") || !strings.HasSuffix(t, "```") || len(t) < 6 {
		return s
	}
	t = strings.TrimSuffix(t[3:], "```")
	if i := bytes.IndexByte([]byte(t), '\n'); i >= 0 && !strings.HasPrefix(strings.TrimSpace(t[:i]), "{") {
		t = t[i+1:] // the fence's language tag, e.g. json
	}
	return strings.TrimSpace(t)
}
