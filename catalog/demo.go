package catalog

import (
	"bytes"
	_ "embed"
	"fmt"
)

// The demo showroom: a made-up Cairo furniture shop that `fatoora serve`
// starts with until the shop imports its own catalog.
var (
	//go:embed demo/catalog.csv
	demoCSV []byte
	//go:embed demo/synonyms.txt
	demoSynonyms []byte
)

// Demo returns the embedded demo catalog and its vocabulary.
func Demo() ([]Product, *Vocabulary) {
	ps, err := ParseCSV(bytes.NewReader(demoCSV), "demo/catalog.csv")
	if err != nil {
		panic(fmt.Sprintf("embedded demo catalog: %v", err)) // covered by TestDemo
	}
	v, err := ParseVocabulary(bytes.NewReader(demoSynonyms), "demo/synonyms.txt")
	if err != nil {
		panic(fmt.Sprintf("embedded demo vocabulary: %v", err))
	}
	return ps, v
}

// DemoFiles returns the demo catalog CSV and synonyms file as bytes, for a
// "download the example" link and for `fatoora extract` examples.
func DemoFiles() (catalogCSV, synonyms []byte) {
	return bytes.Clone(demoCSV), bytes.Clone(demoSynonyms)
}
