package ollama

import (
	"bytes"
	"encoding/json"
	"math"
	"reflect"
	"slices"
	"strings"
	"testing"

	"fatoora/catalog"
)

var testCandidates = []catalog.Product{
	{SKU: "KIT-01", NameAr: "مطبخ\nألوميتال", NameEn: "kitchen | alu", Unit: catalog.Meter, Colors: []string{"أبيض", "رمادي فاتح"}},
	{SKU: "CHR-02", NameAr: "كرسي سفرة", Unit: catalog.Piece, Material: "زان", Colors: []string{"بني", "أبيض"}},
	{SKU: "CHR-02", NameAr: "duplicate row", Unit: catalog.Piece},
	{SKU: "WRD-03", NameAr: "دولاب", Unit: catalog.SquareMeter},
}

func TestAnswerSchema(t *testing.T) {
	a := answerSchema(testCandidates, 5)
	if !bytes.Equal(a, answerSchema(testCandidates, 5)) {
		t.Error("the schema is not byte-identical for the same candidates")
	}
	branch := func(sku, quantity, colors string) string {
		return `{"type":"object","properties":{"sku":{"type":"string","enum":["` + sku + `"]},` +
			`"quantity":{"type":"` + quantity + `"},"color":{"type":"string","enum":[` + colors + `]},` +
			`"dims_cm":{"type":"array","items":{"type":"integer"},"maxItems":3}},` +
			`"required":["sku","quantity","color","dims_cm"],"additionalProperties":false}`
	}
	want := `{"type":"object","properties":{"intent":{"type":"string","enum":["order","inquiry","complaint","other"]},` +
		`"items":{"type":"array","items":{"anyOf":[` +
		branch("KIT-01", "number", `"","أبيض","رمادي فاتح"`) + "," +
		branch("CHR-02", "integer", `"","بني","أبيض"`) + "," +
		branch("WRD-03", "number", `""`) +
		`]},"maxItems":5}},"required":["intent","items"],"additionalProperties":false}`
	if string(a) != want {
		t.Errorf("schema\n got %s\nwant %s", a, want)
	}
	none := answerSchema(nil, 5)
	if !json.Valid(none) || !bytes.Contains(none, []byte(`"maxItems":0}`)) || !bytes.Contains(none, []byte(`"enum":[""]`)) {
		t.Errorf("schema without candidates: %s", none)
	}
}

func TestMessages(t *testing.T) {
	msgs := messages(testCandidates, "نص الزبون")
	if len(msgs) != 2+2*len(examples) {
		t.Fatalf("%d messages", len(msgs))
	}
	last := msgs[len(msgs)-1].Content
	want := "CANDIDATES:\n" +
		"KIT-01 | مطبخ ألوميتال / kitchen   alu | meter | colours: أبيض, رمادي فاتح\n" +
		"CHR-02 | كرسي سفرة | piece | زان | colours: بني, أبيض\n" +
		"WRD-03 | دولاب | sqm\n" +
		"MESSAGE:\nنص الزبون"
	if last != want {
		t.Errorf("last message\n got %q\nwant %q", last, want)
	}
	// Every worked example must itself pass validation against its own
	// candidates, or the model is taught answers we would reject.
	for i, e := range examples {
		cands := parseCandidateLines(t, e.candidates)
		if _, err := parseAnswer(e.answer, cands, limits{maxItems: DefaultMaxItems, maxQuantity: DefaultMaxQuantity}); err != nil {
			t.Errorf("example %d answer invalid: %v", i, err)
		}
		if !json.Valid(answerSchema(cands, DefaultMaxItems)) {
			t.Errorf("example %d schema invalid", i)
		}
	}
	if !reflect.DeepEqual(msgs[:len(msgs)-1], prefix) {
		t.Error("messages do not start with the fixed prefix")
	}
}

// parseCandidateLines reads back the compact candidate format.
func parseCandidateLines(t *testing.T, s string) []catalog.Product {
	t.Helper()
	var out []catalog.Product
	for line := range strings.SplitSeq(s, "\n") {
		parts := strings.Split(line, " | ")
		p := catalog.Product{SKU: parts[0], Unit: catalog.Unit(parts[2])}
		for _, f := range parts[3:] {
			if c, ok := strings.CutPrefix(f, "colours: "); ok {
				p.Colors = strings.Split(c, ", ")
			}
		}
		if _, err := catalog.ParseUnit(string(p.Unit)); err != nil {
			t.Fatalf("example line %q: %v", line, err)
		}
		out = append(out, p)
	}
	return out
}

func TestStripFence(t *testing.T) {
	for in, want := range map[string]string{
		"```json\n{\"a\":1}\n```": `{"a":1}`,
		"```\n{\"a\":1}\n```":     `{"a":1}`,
		"```{\"a\":1}```":         `{"a":1}`,
		` {"a":1} `:               ` {"a":1} `,
		"```":                     "```",
	} {
		if got := stripFence(in); got != want {
			t.Errorf("stripFence(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestParseAnswer_fenced(t *testing.T) {
	ans, err := parseAnswer("```json\n{\"intent\":\"order\",\"items\":[{\"sku\":\"WRD-03\",\"quantity\":6.24}]}\n```",
		testCandidates, limits{maxItems: 8, maxQuantity: 1000})
	if err != nil || len(ans.Items) != 1 || ans.Items[0].Quantity != 6.24 || ans.Items[0].Color != "" || ans.Items[0].DimsCM != nil {
		t.Errorf("answer %+v, err %v", ans, err)
	}
}

// FuzzParseAnswer: the model's text is outside input. Whatever it is, parsing
// never panics, and anything accepted keeps every promise of validation.
func FuzzParseAnswer(f *testing.F) {
	f.Add(`{"intent":"order","items":[{"sku":"CHR-02","quantity":2,"color":"بني","dims_cm":[]}]}`)
	f.Add(`{"intent":"other","items":[]}`)
	f.Add(`{"intent":"order","items":[{"sku":"KIT-01","quantity":3.2,"color":"ابيض","dims_cm":[320,60]}]}`)
	f.Add("```json\n{\"intent\":\"inquiry\",\"items\":[]}\n```")
	f.Add(`{"intent":"order","items":[{"sku":"WRD-03","quantity":1e308}]}`)
	f.Add(`{"intent":"order","items":null}`)
	f.Add(`{"intent":"order","items":[{"sku":"CHR-02","quantity":0.0001}]}`)
	lim := limits{maxItems: 4, maxQuantity: 1000}
	bySKU := map[string]catalog.Product{}
	for _, p := range testCandidates {
		if _, ok := bySKU[p.SKU]; !ok {
			bySKU[p.SKU] = p
		}
	}
	f.Fuzz(func(t *testing.T, s string) {
		ans, err := parseAnswer(s, testCandidates, lim)
		if err != nil {
			if ans.Intent != "" || ans.Items != nil {
				t.Fatalf("error %v with a partial answer %+v", err, ans)
			}
			return
		}
		if !ans.Intent.Valid() || len(ans.Items) > lim.maxItems {
			t.Fatalf("accepted %+v", ans)
		}
		for _, it := range ans.Items {
			p, ok := bySKU[it.SKU]
			if !ok {
				t.Fatalf("accepted unknown sku %q", it.SKU)
			}
			if it.Color != "" && !slices.Contains(p.Colors, it.Color) {
				t.Fatalf("accepted colour %q for %s", it.Color, it.SKU)
			}
			if !(it.Quantity > 0) || it.Quantity > lim.maxQuantity || math.IsInf(it.Quantity, 0) ||
				catalog.MilliFromFloat(it.Quantity) <= 0 {
				t.Fatalf("accepted quantity %v", it.Quantity)
			}
			if p.Unit == catalog.Piece && it.Quantity != math.Trunc(it.Quantity) {
				t.Fatalf("accepted %v pieces", it.Quantity)
			}
			for _, d := range it.DimsCM {
				if d < 1 || d > maxDimCM {
					t.Fatalf("accepted dimension %d", d)
				}
			}
		}
	})
}
