package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"maps"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fatoora/appliance/understand/ollama/ollamatest"
)

func runCmd(t *testing.T, stdin string, args ...string) (string, string, error) {
	t.Helper()
	var out, errb bytes.Buffer
	err := Run(context.Background(), args, IO{Stdin: strings.NewReader(stdin), Stdout: &out, Stderr: &errb, Getenv: func(string) string { return "" }})
	return out.String(), errb.String(), err
}

func TestExtract_Stream(t *testing.T) {
	in := strings.Join([]string{
		`{"id": "m1", "text": "عايز ٣ أباجورات مكتب سودا"}`,
		`not json`,
		`{"id": 7, "text": "ستارة بلاك اوت ٣ متر ونص كحلي"}`,
		`{"id": "m3"}`,
		``,
		`{"id": "m4", "text": "مواعيد الشغل ايه؟"}`,
	}, "\n")
	out, _, err := runCmd(t, in, "extract",
		"--catalog", "../understand/testdata/office.csv",
		"--synonyms", "../understand/testdata/office-synonyms.txt")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 5 {
		t.Fatalf("%d output lines, want 5 (one per non-empty input line):\n%s", len(lines), out)
	}
	type item struct {
		SKU      string  `json:"sku"`
		Quantity float64 `json:"quantity"`
		Color    string  `json:"color"`
		DimsCM   []int   `json:"dims_cm"`
	}
	type rec struct {
		ID     json.RawMessage `json:"id"`
		Intent string          `json:"intent"`
		Items  []item          `json:"items"`
		Error  string          `json:"error"`
	}
	var recs []rec
	for _, l := range lines {
		var r rec
		if err := json.Unmarshal([]byte(l), &r); err != nil {
			t.Fatalf("output line is not JSON: %s", l)
		}
		recs = append(recs, r)
	}
	if string(recs[0].ID) != `"m1"` || recs[0].Intent != "order" || len(recs[0].Items) != 1 ||
		recs[0].Items[0].SKU != "LMP-DESK" || recs[0].Items[0].Quantity != 3 || recs[0].Items[0].Color != "أسود" {
		t.Errorf("line 1: %+v", recs[0])
	}
	if recs[1].Error == "" || recs[1].Items == nil {
		t.Errorf("bad JSON line should give an error line with empty items: %+v", recs[1])
	}
	if string(recs[2].ID) != `7` || len(recs[2].Items) != 1 || recs[2].Items[0].Quantity != 3.5 ||
		len(recs[2].Items[0].DimsCM) != 1 || recs[2].Items[0].DimsCM[0] != 350 {
		t.Errorf("line 3: %+v", recs[2])
	}
	if recs[3].Error == "" {
		t.Errorf("missing text should be an error line: %+v", recs[3])
	}
	if recs[4].Intent != "other" || len(recs[4].Items) != 0 {
		t.Errorf("line 5: %+v", recs[4])
	}
	if strings.Contains(out, `\u`) {
		t.Error("Arabic should be written as UTF-8, not escaped")
	}
}

func TestExtract_Usage(t *testing.T) {
	for _, args := range [][]string{
		{"extract"},
		{"extract", "--catalog", "../understand/testdata/office.csv", "--ollama", "http://127.0.0.1:1"},
	} {
		if _, _, err := runCmd(t, "", args...); !errors.Is(err, ErrUsage) {
			t.Errorf("%v: err %v, want ErrUsage", args, err)
		}
	}
	if _, _, err := runCmd(t, "", "extract", "--catalog", "does-not-exist.csv"); err == nil {
		t.Error("a missing catalog should fail")
	}
}

func TestExtract_WithModel(t *testing.T) {
	srv := ollamatest.New(t)
	srv.AddModel("tiny")
	srv.Enqueue(
		ollamatest.Reply{Content: `{"intent":"order","items":[{"sku":"LMP-DESK","quantity":3,"color":"أسود","dims_cm":[]}]}`},
		ollamatest.Reply{Kind: ollamatest.Status, Status: 500, Error: "model runner has unexpectedly stopped"},
	)
	in := strings.Join([]string{
		`{"id": "clear", "text": "عايز ٣ أباجورات مكتب سودا"}`,
		`{"id": "unclear", "text": "عايز ٣ أباجورات مكتب سودا ومرتبة سوست"}`,
		`{"id": "down", "text": "عايز نجفة دهبي ومرتبة سوست"}`,
	}, "\n")
	out, _, err := runCmd(t, in, "extract",
		"--catalog", "../understand/testdata/office.csv",
		"--synonyms", "../understand/testdata/office-synonyms.txt",
		"--ollama", srv.URL, "--model", "tiny", "--timeout", "5s")
	if err != nil {
		t.Fatal(err)
	}
	var recs []map[string]any
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		var m map[string]any
		if err := json.Unmarshal([]byte(l), &m); err != nil {
			t.Fatal(err)
		}
		recs = append(recs, m)
	}
	if len(recs) != 3 {
		t.Fatalf("%d lines", len(recs))
	}
	if recs[0]["source"] != "rules" {
		t.Errorf("a clear message should not go to the model: %v", recs[0])
	}
	if recs[1]["source"] != "rules+model" {
		t.Errorf("unclear message: %v", recs[1])
	}
	if recs[2]["source"] != "rules" || recs[2]["notes"] == nil || recs[2]["error"] != nil {
		t.Errorf("a failing model leaves the rules' answer with a note: %v", recs[2])
	}
	if n := len(srv.Chats()); n != 2 {
		t.Errorf("%d chat requests, want 2", n)
	}
}

func TestExtract_Decide(t *testing.T) {
	in := strings.Join([]string{
		`{"id": "inv", "text": "عايز 4 كراسي سفرة زان بني"}`,
		`{"id": "col", "text": "عايز 4 كراسي سفرة زان"}`,
		`{"id": "alt", "text": "عايز ترابيزة سفرة رخام"}`,
		`{"id": "sub", "text": "عايز كرسي سفرة رخام"}`,
		`{"id": "cmp", "text": "جالي 2 كرسي بدل 4"}`,
		`{"id": "svc", "text": "التوصيل بكام لمدينة نصر؟"}`,
		`{"id": "hi", "text": "السلام عليكم"}`,
		`{"id": "size", "text": "عايز دولاب ملابس ضلف جرار ابيض"}`,
	}, "\n")
	out, _, err := runCmd(t, in, "extract", "--decide",
		"--catalog", "../pipeline/testdata/catalog.csv", "--synonyms", "../pipeline/testdata/synonyms.txt")
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][2]string{
		"inv": {"invoice", "issue"}, "col": {"ask", "colour"}, "alt": {"alternatives", "unavailable"},
		"sub": {"alternatives", "substitute"}, "cmp": {"complaint", "complaint"}, "svc": {"review", "service-question"},
		"hi": {"greeting", "greeting"}, "size": {"ask", "size"},
	}
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		var r struct {
			ID       string `json:"id"`
			Decision string `json:"decision"`
			Rule     string `json:"rule"`
			Reason   string `json:"reason"`
		}
		if err := json.Unmarshal([]byte(l), &r); err != nil {
			t.Fatal(err)
		}
		if w := want[r.ID]; r.Decision != w[0] || r.Rule != w[1] || r.Reason == "" {
			t.Errorf("%s: decision %s by %s (%s), want %s by %s", r.ID, r.Decision, r.Rule, r.Reason, w[0], w[1])
		}
		delete(want, r.ID)
	}
	if len(want) > 0 {
		t.Errorf("no output for %v", want)
	}
	plain, _, err := runCmd(t, `{"id": "x", "text": "عايز 4 كراسي سفرة زان بني"}`, "extract",
		"--catalog", "../pipeline/testdata/catalog.csv")
	if err != nil || strings.Contains(plain, `"decision"`) {
		t.Errorf("without --decide there is no decision: %s %v", plain, err)
	}
}

// TestExtract_Unknown: a thing the catalog does not have is no item; it is
// written under "unknown", and the decision sends it to a person.
func TestExtract_Unknown(t *testing.T) {
	in := strings.Join([]string{
		`{"id": "ask", "text": "عندكم بيانو خشب؟"}`,
		`{"id": "want", "text": "عايز بيانو خشب ونجفة كريستال"}`,
	}, "\n")
	out, _, err := runCmd(t, in, "extract", "--decide",
		"--catalog", "../pipeline/testdata/catalog.csv", "--synonyms", "../pipeline/testdata/synonyms.txt")
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		var r struct {
			ID       string            `json:"id"`
			Items    []json.RawMessage `json:"items"`
			Unknown  []string          `json:"unknown"`
			Decision string            `json:"decision"`
		}
		if err := json.Unmarshal([]byte(l), &r); err != nil {
			t.Fatal(err)
		}
		if len(r.Items) != 0 || len(r.Unknown) == 0 || r.Decision != "review" {
			t.Errorf("%s: %s, want no items, the unknown phrase and review", r.ID, l)
		}
	}
	// a kind several products share is no unknown thing: an item with no
	// sku and its alternatives; with --decide, a question whose items are
	// the products it offers
	type kindOut struct {
		Items []struct {
			SKU      string            `json:"sku"`
			Quantity float64           `json:"quantity"`
			Color    string            `json:"color"`
			Alts     []json.RawMessage `json:"alternatives"`
			Which    bool              `json:"which"`
		} `json:"items"`
		Unknown  []string `json:"unknown"`
		Decision string   `json:"decision"`
	}
	kind := func(args ...string) kindOut {
		out, _, err := runCmd(t, `{"id": "kind", "text": "I need a kitchen 4 m in white"}`, append([]string{"extract"},
			append(args, "--catalog", "../../catalog/demo/catalog.csv", "--synonyms", "../../catalog/demo/synonyms.txt")...)...)
		if err != nil {
			t.Fatal(err)
		}
		var r kindOut
		if err := json.Unmarshal([]byte(strings.TrimSpace(out)), &r); err != nil {
			t.Fatal(err)
		}
		return r
	}
	if r := kind(); len(r.Items) != 1 || r.Items[0].SKU != "" || len(r.Items[0].Alts) < 2 || len(r.Unknown) != 0 {
		t.Errorf("kind: %+v, want one item with no sku and its alternatives", r)
	}
	r := kind("--decide")
	if len(r.Items) < 2 || r.Decision != "ask" || len(r.Unknown) != 0 {
		t.Fatalf("kind --decide: %+v, want ask and the products offered as items", r)
	}
	for _, it := range r.Items {
		if it.SKU == "" || !it.Which || it.Quantity != 4 || it.Color != "أبيض" || len(it.Alts) != 0 {
			t.Errorf("kind --decide: item %+v, want a kitchen offered, 4 m, white", it)
		}
	}
}

// TestExtract_WhichItemsSayWhatEachPickMeans: "which one?" between goods
// and a set of that many of them lists each choice with the count its
// pick means — six chairs, or one set of six (never six sets).
func TestExtract_WhichItemsSayWhatEachPickMeans(t *testing.T) {
	csv := writeCatalog(t, `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
GL-1,كوباية مية زجاج,Glass water cup,كوباية مية,كوبايات,piece,40,200,زجاج,
GL-6,طقم 6 كوباية مية زجاج,Set of 6 glass water cups,طقم كوبايات,كوبايات,piece,210,30,زجاج,
`)
	for _, text := range []string{"عايز 6 كوباية مية زجاج", "I need 6 glass water cups"} {
		decision, got, out := whichChoices(t, csv, text)
		if want := map[string]float64{"GL-1": 6, "GL-6": 1}; decision != "ask" || !maps.Equal(got, want) {
			t.Errorf("%q: %s, want ask with %v", text, out, want)
		}
	}
}

// TestExtract_EveryAskedLineListsItsChoices: when two lines each leave a
// "which one?" open, the box asks the first and then the next; the output
// lists the choices of both, so neither line is lost from what the box
// will ask.
func TestExtract_EveryAskedLineListsItsChoices(t *testing.T) {
	csv := writeCatalog(t, `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
CUT-SHORT,قص شعر قصير,Short haircut,,شعر,piece,100,,,
CUT-LONG,قص شعر طويل,Long haircut,,شعر,piece,150,,,
WASH-SHORT,غسيل شعر قصير,Short hair wash,,شعر,piece,50,,,
WASH-LONG,غسيل شعر طويل,Long hair wash,,شعر,piece,80,,,
`)
	for _, text := range []string{"عايزة قص شعر وغسيل شعر", "محتاجة غسيل شعر وقص شعر"} {
		decision, got, out := whichChoices(t, csv, text)
		want := map[string]float64{"CUT-LONG": 1, "CUT-SHORT": 1, "WASH-LONG": 1, "WASH-SHORT": 1}
		if decision != "ask" || !maps.Equal(got, want) {
			t.Errorf("%q: %s, want ask with the choices %v", text, out, want)
		}
	}
}

// writeCatalog writes a catalog CSV into the test's temporary directory.
func writeCatalog(t *testing.T, body string) string {
	t.Helper()
	csv := filepath.Join(t.TempDir(), "catalog.csv")
	if err := os.WriteFile(csv, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	return csv
}

// whichChoices runs `fatoora extract --decide` on one message and returns
// the decision, the items marked "which" with their quantities, and the
// output line.
func whichChoices(t *testing.T, csv, text string) (string, map[string]float64, string) {
	t.Helper()
	out, _, err := runCmd(t, `{"id": "x", "text": "`+text+`"}`, "extract", "--decide", "--catalog", csv)
	if err != nil {
		t.Fatal(err)
	}
	var r struct {
		Items []struct {
			SKU      string  `json:"sku"`
			Quantity float64 `json:"quantity"`
			Which    bool    `json:"which"`
		} `json:"items"`
		Decision string `json:"decision"`
	}
	if err := json.Unmarshal([]byte(strings.TrimSpace(out)), &r); err != nil {
		t.Fatal(err)
	}
	got := map[string]float64{}
	for _, it := range r.Items {
		if it.Which {
			got[it.SKU] = it.Quantity
		}
	}
	return r.Decision, got, strings.TrimSpace(out)
}
