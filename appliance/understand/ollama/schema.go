package ollama

import (
	"encoding/json"
	"slices"

	"fatoora/appliance/understand"
	"fatoora/catalog"
)

// The answer schema is built per request, small on purpose: one branch per
// candidate SKU with that product's colours, the intent enum and maxItems. Ollama
// turns it into a grammar; a very large schema can crash the runner. Structs
// (not maps) keep the property order fixed, which the grammar follows.

type schemaObject struct {
	Type                 string   `json:"type"`
	Properties           any      `json:"properties"`
	Required             []string `json:"required"`
	AdditionalProperties bool     `json:"additionalProperties"`
}

type schemaString struct {
	Type string   `json:"type"`
	Enum []string `json:"enum,omitempty"`
}

type schemaArray struct {
	Type     string `json:"type"`
	Items    any    `json:"items"`
	MaxItems int    `json:"maxItems"`
}

type schemaNumber struct {
	Type string `json:"type"`
}

type answerProps struct {
	Intent schemaString `json:"intent"`
	Items  schemaArray  `json:"items"`
}

type itemProps struct {
	SKU      schemaString `json:"sku"`
	Quantity schemaNumber `json:"quantity"`
	Color    schemaString `json:"color"`
	DimsCM   schemaArray  `json:"dims_cm"`
}

// maxDims is how many dimensions one item may state.
const maxDims = 3

var intents = []string{
	string(understand.Order), string(understand.Inquiry),
	string(understand.Complaint), string(understand.Other),
}

// answerSchema returns the JSON schema for an answer about these candidates.
// Each item is one of a branch per candidate (anyOf), so the grammar itself
// ties a colour to its product and makes piece quantities whole numbers.
// With no candidates the items array must be empty.
func answerSchema(candidates []catalog.Product, maxItems int) json.RawMessage {
	var branches []any
	seen := map[string]bool{}
	for _, p := range candidates {
		if p.SKU == "" || seen[p.SKU] {
			continue
		}
		seen[p.SKU] = true
		branches = append(branches, itemSchema(p.SKU, p.Unit, p.Colors))
	}
	var items any = schemaAnyOf{AnyOf: branches}
	if len(branches) == 0 {
		items = itemSchema("", catalog.Piece, nil)
		maxItems = 0
	}
	s := schemaObject{
		Type: "object",
		Properties: answerProps{
			Intent: schemaString{Type: "string", Enum: intents},
			Items:  schemaArray{Type: "array", Items: items, MaxItems: maxItems},
		},
		Required: []string{"intent", "items"},
	}
	b, err := json.Marshal(s)
	if err != nil {
		panic(err) // only strings, ints and bools: cannot fail
	}
	return b
}

type schemaAnyOf struct {
	AnyOf []any `json:"anyOf"`
}

// itemSchema is one candidate's branch: its SKU, its colours or "" (none
// stated), a whole number of pieces or a decimal of metres / m².
func itemSchema(sku string, unit catalog.Unit, productColors []string) schemaObject {
	colors := []string{""}
	for _, c := range productColors {
		if c != "" && !slices.Contains(colors, c) {
			colors = append(colors, c)
		}
	}
	quantity := "number"
	if unit == catalog.Piece {
		quantity = "integer"
	}
	return schemaObject{
		Type: "object",
		Properties: itemProps{
			SKU:      schemaString{Type: "string", Enum: []string{sku}},
			Quantity: schemaNumber{Type: quantity},
			Color:    schemaString{Type: "string", Enum: colors},
			DimsCM:   schemaArray{Type: "array", Items: schemaNumber{Type: "integer"}, MaxItems: maxDims},
		},
		Required: []string{"sku", "quantity", "color", "dims_cm"},
	}
}
