package cli

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"fatoora/appliance"
	"fatoora/appliance/config"
	"fatoora/appliance/pipeline"
	"fatoora/appliance/understand"
	"fatoora/appliance/understand/ollama"
	"fatoora/catalog"
)

func init() {
	Register(Command{
		Name:    "extract",
		Summary: "read messages (JSON lines) and write their intent and items (JSON lines), offline",
		Run:     runExtract,
	})
}

// extractIn is one input line.
type extractIn struct {
	ID   json.RawMessage `json:"id"`
	Text *string         `json:"text"`
}

type extractItem struct {
	SKU        string               `json:"sku"`
	Quantity   float64              `json:"quantity"`
	Color      string               `json:"color,omitempty"`
	DimsCM     []int                `json:"dims_cm,omitempty"`
	Phrase     string               `json:"phrase,omitempty"`
	Confidence float64              `json:"confidence"`
	Missing    []string             `json:"missing,omitempty"`
	Lacks      []string             `json:"lacks,omitempty"`
	Alts       []extractAlternative `json:"alternatives,omitempty"`
	// Which: with --decide, the line is a "which one?" question and this
	// item one of the products it offers (every offered product is an
	// item, with the line's quantity, colour and size as said).
	Which bool `json:"which,omitempty"`
}

type extractAlternative struct {
	SKU   string  `json:"sku"`
	Score float64 `json:"score"`
}

type extractOut struct {
	ID          json.RawMessage `json:"id"`
	Intent      string          `json:"intent,omitempty"`
	Items       []extractItem   `json:"items"`
	Confidence  float64         `json:"confidence"`
	Unexplained []string        `json:"unexplained,omitempty"`
	// Unknown: what the customer named that the catalog does not have
	// (no item: "items" holds catalog products only).
	Unknown []string `json:"unknown,omitempty"`
	Service []string `json:"service,omitempty"`
	// ShopAsked: the service questions ask only the shop's hours or place
	ShopAsked string `json:"shop_asked,omitempty"`
	// ShopBeyond: what that question was asked of beyond the settings (a
	// place, a season), for a person to confirm
	ShopBeyond []string `json:"shop_beyond,omitempty"`
	Source     string   `json:"source,omitempty"`
	Notes      []string `json:"notes,omitempty"`
	Error      string   `json:"error,omitempty"`
	// With --decide: what the box would do with the message as the first
	// of a new conversation, the policy rule that decided, and why.
	Decision string `json:"decision,omitempty"`
	Rule     string `json:"rule,omitempty"`
	Reason   string `json:"reason,omitempty"`
}

func runExtract(ctx context.Context, args []string, stdio IO) error {
	fs := NewFlagSet("extract", "Reads {\"id\",\"text\"} lines on stdin, writes {\"id\",\"intent\",\"items\",...} lines on stdout.", stdio)
	catPath := fs.String("catalog", "", "catalog file (CSV or XLSX), required")
	synPath := fs.String("synonyms", "", "shop vocabulary file (Solr synonyms format)")
	ollamaURL := fs.String("ollama", "", "Ollama base URL; with --model, messages the rules do not fully understand go to the model")
	model := fs.String("model", "", "Ollama model tag (with --ollama)")
	timeout := fs.Duration("timeout", 60*time.Second, "bound on one model call")
	decide := fs.Bool("decide", false, `also write "decision" (what the box would do with the message as the first of a new conversation, default settings, the catalog's stock), "rule" and "reason"`)
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *catPath == "" {
		fs.Usage()
		return fmt.Errorf("%w: --catalog is required", ErrUsage)
	}
	if (*ollamaURL == "") != (*model == "") {
		return fmt.Errorf("%w: --ollama and --model go together", ErrUsage)
	}
	products, vocab, err := readCatalogFiles(stdio, *catPath, *synPath)
	if err != nil {
		return fmt.Errorf("catalog: %w", err)
	}
	rules, err := understand.NewRules(products, vocab, understand.RulesOptions{})
	if err != nil {
		return fmt.Errorf("rules: %w", err)
	}
	var m understand.Model
	if *model != "" {
		c, err := ollama.New(ollama.Options{URL: *ollamaURL, Model: *model, Timeout: *timeout})
		if err != nil {
			return fmt.Errorf("ollama: %w", err)
		}
		m = c
	}
	u := understand.NewHybrid(rules, m, understand.HybridOptions{Timeout: *timeout})
	var d *decider
	if *decide {
		ix, err := catalog.NewMemIndex(products, vocab)
		if err != nil {
			return fmt.Errorf("catalog index: %w", err)
		}
		defer ix.Close()
		// the default settings: the embedded demo shop's, which gives its
		// hours and address (docs/extract.md)
		d = &decider{ix: ix, settings: pipeline.Settings{AutoIssueThreshold: pipeline.DefaultAutoIssueThreshold,
			ShopKnows: appliance.ShopFacts(config.Default()).Knows()}}
	}
	return extractStream(ctx, u, d, stdio)
}

// decider applies the box's own decision policy (pipeline.Decide) to an
// understanding, against the catalog file's products and stock.
type decider struct {
	ix       *catalog.Index
	settings pipeline.Settings
}

func (d *decider) Product(sku string) (catalog.Product, bool, error) {
	p, ok := d.ix.Product(sku)
	return p, ok, nil
}

func (d *decider) ResolveColor(p *catalog.Product, w string) (string, bool) {
	return d.ix.ResolveColor(p, w)
}

// at[i] is the index in out.Items of res.Items[i], -1 when it is none.
func (d *decider) decide(text string, res understand.Result, at []int, out *extractOut) error {
	lines := pipeline.LinesOf(res, d.settings.AutoIssueThreshold)
	f := pipeline.Facts{Intent: res.Intent, Lines: lines, Unexplained: res.Unexplained, Service: res.Service, ShopAsked: res.ShopAsked,
		Confidence: pipeline.KnownConfidence(res.Confidence, lines), FirstRound: true}
	_, f.DocAgain, f.NamesDoc = pipeline.DocFacts(text)
	v, err := pipeline.Decide(f, d.settings, d)
	if err != nil {
		return err
	}
	out.Decision, out.Rule, out.Reason = string(v.Decision), v.Rule, v.Reason
	if v.Rule == pipeline.RuleWhich && v.Line >= 0 && v.Line < len(at) && at[v.Line] >= 0 {
		// the question's products are the line's items: what the box asks
		// the customer to choose between, as the buttons offer them; and
		// the lines after it that will be asked in their turn, theirs too
		// ("صبغة سودا وسشوار": which length, for both). From the last, so
		// that each line's place in out.Items still holds.
		asked := []int{v.Line}
		buying := f.Intent == understand.Order || f.Confirmed
		for j := v.Line + 1; j < len(lines) && j < len(at); j++ {
			if _, ok, _ := d.Product(lines[j].SKU); at[j] >= 0 && pipeline.AsksWhich(lines[j], buying, f.Confirmed, ok) {
				asked = append(asked, j)
			}
		}
		for n := len(asked) - 1; n >= 0; n-- {
			k, l := at[asked[n]], lines[asked[n]]
			if opts := d.whichItems(l, out.Items[k]); len(opts) > 0 {
				out.Items = slices.Concat(out.Items[:k], opts, out.Items[k+1:])
			}
		}
	}
	return nil
}

// whichItems are the products a "which one?" question about line l offers,
// as items of the output line it was (it): what the pick means — the set
// of six for "6 كراسي" is one.
func (d *decider) whichItems(l pipeline.Line, it extractItem) []extractItem {
	var opts []extractItem
	for _, sku := range pipeline.WhichSKUs(l) {
		if _, ok, _ := d.Product(sku); ok {
			opts = append(opts, extractItem{SKU: sku, Quantity: l.PickCount(sku).Float(), Color: l.Color, DimsCM: l.DimsCM,
				Phrase: l.Phrase, Confidence: it.Confidence, Missing: it.Missing, Which: true})
		}
	}
	return opts
}

// extractStream understands each input line and writes one output line for
// it; a bad line gives an output line with "error" and the stream goes on.
func extractStream(ctx context.Context, u understand.Understander, d *decider, stdio IO) error {
	sc := bufio.NewScanner(stdio.Stdin)
	sc.Buffer(make([]byte, 64*1024), 16<<20)
	w := bufio.NewWriter(stdio.Stdout)
	defer w.Flush()
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	line := 0
	for sc.Scan() {
		line++
		raw := strings.TrimSpace(sc.Text())
		if raw == "" {
			continue
		}
		out := extractLine(ctx, u, d, []byte(raw), line)
		if err := enc.Encode(out); err != nil {
			return fmt.Errorf("write: %w", err)
		}
		if ctx.Err() != nil {
			return ctx.Err()
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read input line %d: %w", line+1, err)
	}
	return nil
}

func extractLine(ctx context.Context, u understand.Understander, d *decider, raw []byte, line int) extractOut {
	var in extractIn
	out := extractOut{Items: []extractItem{}}
	if err := json.Unmarshal(raw, &in); err != nil {
		out.ID = json.RawMessage(fmt.Sprintf("%q", fmt.Sprintf("line-%d", line)))
		out.Error = "not a JSON object: " + err.Error()
		return out
	}
	out.ID = in.ID
	if len(out.ID) == 0 {
		out.ID = json.RawMessage("null")
	}
	if in.Text == nil {
		out.Error = `missing "text"`
		return out
	}
	res, err := u.Understand(ctx, *in.Text)
	if err != nil {
		out.Error = err.Error()
		if errors.Is(err, context.Canceled) {
			out.Error = "cancelled"
		}
		return out
	}
	out.Intent = string(res.Intent)
	out.Confidence = res.Confidence
	out.Unexplained = res.Unexplained
	out.Service = res.Service
	out.ShopAsked = res.ShopAsked.String()
	out.ShopBeyond = res.ShopBeyond
	out.Source = res.Source
	out.Notes = res.Notes
	at := make([]int, len(res.Items))
	for i, it := range res.Items {
		at[i] = -1
		if it.SKU == "" && len(it.Ambiguous) == 0 {
			// a thing the catalog does not have, named by the customer: no
			// item of the message (a line open between close products stays
			// an item with no sku and its alternatives)
			out.Unknown = append(out.Unknown, it.Phrase)
			continue
		}
		ei := extractItem{SKU: it.SKU, Quantity: it.Quantity.Float(), Color: it.Color, DimsCM: it.DimsCM,
			Phrase: it.Phrase, Confidence: it.Confidence, Missing: it.Missing, Lacks: it.Lacks}
		for _, a := range it.Ambiguous {
			if a.Product != nil {
				ei.Alts = append(ei.Alts, extractAlternative{SKU: a.Product.SKU, Score: a.Score})
			}
		}
		at[i] = len(out.Items)
		out.Items = append(out.Items, ei)
	}
	if d != nil {
		if err := d.decide(*in.Text, res, at, &out); err != nil {
			out.Error = "decide: " + err.Error()
		}
	}
	return out
}
