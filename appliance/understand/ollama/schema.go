package ollama

import (
	"encoding/json"
	"slices"

	"fatoora/appliance/understand"
	"fatoora/catalog"
)

// The answer schema is built per request, small on purpose: enums of the
// candidate SKUs and of their colours, the intent enum and maxItems. Ollama
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
// With no candidates the items array must be empty.
func answerSchema(candidates []catalog.Product, maxItems int) json.RawMessage {
	var skus []string
	colors := []string{""} // "" = no colour stated
	for _, p := range candidates {
		if p.SKU == "" || slices.Contains(skus, p.SKU) {
			continue
		}
		skus = append(skus, p.SKU)
		for _, c := range p.Colors {
			if c != "" && !slices.Contains(colors, c) {
				colors = append(colors, c)
			}
		}
	}
	sku := schemaString{Type: "string", Enum: skus}
	if len(skus) == 0 {
		sku = schemaString{Type: "string", Enum: []string{""}}
		maxItems = 0
	}
	item := schemaObject{
		Type: "object",
		Properties: itemProps{
			SKU:      sku,
			Quantity: schemaNumber{Type: "number"},
			Color:    schemaString{Type: "string", Enum: colors},
			DimsCM:   schemaArray{Type: "array", Items: schemaNumber{Type: "integer"}, MaxItems: maxDims},
		},
		Required: []string{"sku", "quantity", "color", "dims_cm"},
	}
	s := schemaObject{
		Type: "object",
		Properties: answerProps{
			Intent: schemaString{Type: "string", Enum: intents},
			Items:  schemaArray{Type: "array", Items: item, MaxItems: maxItems},
		},
		Required: []string{"intent", "items"},
	}
	b, err := json.Marshal(s)
	if err != nil {
		panic(err) // only strings, ints and bools: cannot fail
	}
	return b
}
