package ollama

import (
	"strings"

	"github.com/ollama/ollama/api"

	"fatoora/catalog"
)

// The prompt is a fixed prefix — the system instructions and a few worked
// examples, identical on every request so that Ollama reuses its cached
// evaluation — followed by one user message holding the candidates and, last,
// the customer's text. The examples use a made-up mini catalog (EX-… SKUs)
// that the per-request schema never allows in an answer.

const systemPrompt = `You read one WhatsApp message a customer sent to an Egyptian furniture showroom (Egyptian Arabic, Franco-Arabic or English) and answer with one JSON object only.
intent: "order" = wants specific products (to buy or for a price quote); "inquiry" = asks about products, prices, stock or delivery without choosing; "complaint" = a problem with something bought or delivered; "other" = greetings and anything else.
items: one entry per product the customer wants or asks about, using only SKUs from CANDIDATES; [] when none fits.
quantity: in the product's unit. piece = how many (a product named with no number is 1; دستة = 12; the Arabic dual كرسيين = 2). meter = running length in metres: "3 متر و 20 سم" = 3.2; in "L في H" the first figure is the length; "ونص" adds a half. sqm = width x height in square metres: "2.4 متر في 2.6" = 6.24.
color: exactly one of that product's colours from CANDIDATES, or "" when the customer names none.
dims_cm: every dimension the customer states, in centimetres, in the order written; [] when none.
Never invent products, colours or prices.`

// example is one worked example of the fixed prefix.
type example struct{ candidates, message, answer string }

var examples = []example{
	{
		candidates: "EX-CHAIR | كرسي سفرة / dining chair | piece | زان | colours: بني, أسود\n" +
			"EX-TABLE | ترابيزة سفرة / dining table | piece | زان | colours: بني",
		message: "السلام عليكم محتاج 6 كراسي سفرة بني وترابيزة معاهم",
		answer:  `{"intent":"order","items":[{"sku":"EX-CHAIR","quantity":6,"color":"بني","dims_cm":[]},{"sku":"EX-TABLE","quantity":1,"color":"","dims_cm":[]}]}`,
	},
	{
		candidates: "EX-KITCHEN | مطبخ ألوميتال / aluminium kitchen | meter | ألوميتال | colours: أبيض, رمادي\n" +
			"EX-HOOD | شفاط / cooker hood | piece | colours: فضي",
		message: "عاوز مطبخ 3 متر و40 سم في 90 سم رمادي بكام",
		answer:  `{"intent":"order","items":[{"sku":"EX-KITCHEN","quantity":3.4,"color":"رمادي","dims_cm":[340,90]}]}`,
	},
	{
		candidates: "EX-WARDROBE | دولاب ضلفتين / two-door wardrobe | sqm | MDF | colours: أبيض, جوزي",
		message:    "ممكن دولاب عرض 2 متر وارتفاع 240 أبيض",
		answer:     `{"intent":"order","items":[{"sku":"EX-WARDROBE","quantity":4.8,"color":"أبيض","dims_cm":[200,240]}]}`,
	},
	{
		candidates: "EX-SOFA | كنبة / sofa | piece | قطيفة | colours: بيج, كحلي",
		message:    "الكنبة اللي وصلت امبارح القماش بتاعها مقطوع ومحدش بيرد عليا",
		answer:     `{"intent":"complaint","items":[]}`,
	},
	{
		candidates: "EX-BED | سرير / bed | piece | زان | colours: بني",
		message:    "hi, do you deliver to 6 October? and how long does it take",
		answer:     `{"intent":"inquiry","items":[]}`,
	},
}

// prefix is the fixed part of every conversation, built once.
var prefix = func() []api.Message {
	msgs := []api.Message{{Role: "system", Content: systemPrompt}}
	for _, e := range examples {
		msgs = append(msgs,
			api.Message{Role: "user", Content: userTurn(e.candidates, e.message)},
			api.Message{Role: "assistant", Content: e.answer},
		)
	}
	return msgs
}()

// messages returns the whole conversation for one request: the fixed
// prefix, then the candidates and the customer's text, text last.
func messages(candidates []catalog.Product, text string) []api.Message {
	msgs := make([]api.Message, 0, len(prefix)+1)
	msgs = append(msgs, prefix...)
	return append(msgs, api.Message{Role: "user", Content: userTurn(candidateLines(candidates), text)})
}

func userTurn(candidates, text string) string {
	if candidates == "" {
		candidates = "(none)"
	}
	return "CANDIDATES:\n" + candidates + "\nMESSAGE:\n" + text
}

// candidateLines lists products one a line:
// SKU | name_ar / name_en | unit | material | colours: a, b
func candidateLines(candidates []catalog.Product) string {
	var b strings.Builder
	seen := map[string]bool{}
	for _, p := range candidates {
		if p.SKU == "" || seen[p.SKU] {
			continue
		}
		seen[p.SKU] = true
		if b.Len() > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(field(p.SKU))
		b.WriteString(" | ")
		b.WriteString(field(p.NameAr))
		if p.NameEn != "" {
			b.WriteString(" / ")
			b.WriteString(field(p.NameEn))
		}
		b.WriteString(" | ")
		b.WriteString(string(p.Unit))
		if p.Material != "" {
			b.WriteString(" | ")
			b.WriteString(field(p.Material))
		}
		if len(p.Colors) > 0 {
			b.WriteString(" | colours: ")
			for i, c := range p.Colors {
				if i > 0 {
					b.WriteString(", ")
				}
				b.WriteString(field(c))
			}
		}
	}
	return b.String()
}

// field keeps a catalog value on one line and out of the separators.
func field(s string) string {
	s = strings.Map(func(r rune) rune {
		switch r {
		case '\n', '\r', '\t', '|':
			return ' '
		}
		return r
	}, s)
	return strings.TrimSpace(s)
}
