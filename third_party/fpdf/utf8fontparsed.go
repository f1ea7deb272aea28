// Copyright ©2026 The Fatoora authors. Use of this source code is governed
// by the MIT-style license in the LICENSE file.
//
// Patch to go-pdf/fpdf v0.9.0 (see README.fatoora.md): a UTF-8 TrueType font
// parsed once and added to many documents.

package fpdf

import (
	"bytes"
	"compress/zlib"
	"encoding/binary"
	"errors"
	"fmt"
	"maps"
	"slices"
	"sync"
)

// UTF8Font is a UTF-8 TrueType font parsed once by ParseUTF8Font, to be
// added to any number of documents with AddUTF8FontParsed without parsing
// the font file and rebuilding its character width table for each. It is
// read only once made and safe for concurrent use.
type UTF8Font struct {
	file utf8FontFile // as parsed; each document works on its own copy
	def  fontDefType  // without Name, i, utf8File and usedRunes

	mu  sync.Mutex
	ids map[string]string // font key → font id (generateFontID)
}

// ParseUTF8Font parses a UTF-8 TrueType font, as AddUTF8FontFromBytes
// does, for AddUTF8FontParsed. utf8Bytes must not be modified afterwards.
func ParseUTF8Font(utf8Bytes []byte) (*UTF8Font, error) {
	return parseUTF8Font(utf8Bytes, "")
}

// ParseUTF8FontCommon is ParseUTF8Font for a font whose documents draw
// their text from a known set of characters, common. A document whose
// characters all fall within common embeds one subset of the font made
// for common — cut, compressed and kept at the first such document — rather
// than a subset of its own; a document that uses any other character
// gets its own subset, as with ParseUTF8Font. The text and its drawing
// are the same either way; only the embedded font is larger (it holds
// every glyph of common) and no longer cut per document.
func ParseUTF8FontCommon(utf8Bytes []byte, common string) (*UTF8Font, error) {
	if common == "" {
		return nil, errors.New("empty common character set")
	}
	return parseUTF8Font(utf8Bytes, common)
}

func parseUTF8Font(utf8Bytes []byte, common string) (*UTF8Font, error) {
	if len(utf8Bytes) == 0 {
		return nil, errors.New("empty font")
	}
	reader := fileReader{readerPosition: 0, array: utf8Bytes}
	utf8File := newUTF8Font(&reader)
	if err := utf8File.parseFile(); err != nil {
		return nil, err
	}
	desc := FontDescType{
		Ascent:       int(utf8File.Ascent),
		Descent:      int(utf8File.Descent),
		CapHeight:    utf8File.CapHeight,
		Flags:        utf8File.Flags,
		FontBBox:     utf8File.Bbox,
		ItalicAngle:  utf8File.ItalicAngle,
		StemV:        utf8File.StemV,
		MissingWidth: round(utf8File.DefaultWidth),
	}
	// What GenerateCutFont reads from the whole font before subsetting it,
	// read once here on a copy with its own reader.
	prepFile := *utf8File
	prepFile.fileReader = &fileReader{readerPosition: 0, array: utf8Bytes}
	prep := prepFile.prepareCut()
	if prep == nil {
		return nil, errors.New("font has no unicode cmap")
	}
	if common != "" {
		prep.common = newCommonSubset(common)
	}
	file := *utf8File
	file.cut = prep
	return &UTF8Font{
		file: file,
		def: fontDefType{
			Tp:   "UTF8",
			Desc: desc,
			Up:   int(round(utf8File.UnderlinePosition)),
			Ut:   round(utf8File.UnderlineThickness),
			Cw:   utf8File.CharWidths,
		},
		ids: map[string]string{},
	}, nil
}

// AddUTF8FontParsed adds a font parsed by ParseUTF8Font, as
// AddUTF8FontFromBytes would add its bytes: the same family and style
// rules, the same output.
func (f *Fpdf) AddUTF8FontParsed(familyStr, styleStr string, font *UTF8Font) {
	if f.err != nil {
		return
	}
	if font == nil {
		f.err = errors.New("nil parsed font")
		return
	}
	fontkey := getFontKey(fontFamilyEscape(familyStr), styleStr)
	if _, ok := f.fonts[fontkey]; ok {
		return
	}
	// GenerateCutFont, when the document is written, re-reads the font
	// from its bytes and replaces (never mutates in place) the tables it
	// works on: a shallow copy with its own reader is the document's own.
	file := font.file
	file.fileReader = &fileReader{readerPosition: 0, array: font.file.fileReader.array}
	def := font.def
	def.Name = fontkey
	def.utf8File = &file
	if f.aliasNbPagesStr == "" {
		def.usedRunes = makeSubsetRange(57)
	} else {
		def.usedRunes = makeSubsetRange(32)
	}
	id, err := font.id(def)
	if err != nil {
		f.err = err
		return
	}
	def.i = id
	f.fonts[fontkey] = def
}

// id is generateFontID(def), once per font key: it JSON-encodes the whole
// width table.
func (font *UTF8Font) id(def fontDefType) (string, error) {
	font.mu.Lock()
	defer font.mu.Unlock()
	if id, ok := font.ids[def.Name]; ok {
		return id, nil
	}
	id, err := generateFontID(def)
	if err != nil {
		return "", err
	}
	font.ids[def.Name] = id
	return id, nil
}

// utf8SubsetDoc is what a document's objects for a UTF-8 font hold that
// depends only on the font and the runes the document used: the same runes
// give the same bytes.
type utf8SubsetDoc struct {
	widths       string // the CIDFont's /W entry
	cidToGidMap  []byte // compressed
	fontFile     []byte // the subset font, compressed
	fontFileSize int    // the subset font's length (/Length1)
}

// utf8Subset makes what putfonts writes for a UTF-8 font, as v0.9.0 made
// it for every document; for a parsed font, once per set of runes used.
func (f *Fpdf) utf8Subset(font *fontDefType, usedRunes map[int]int) *utf8SubsetDoc {
	prep := font.utf8File.cut
	if prep == nil {
		return makeUTF8Subset(font, usedRunes)
	}
	if c := prep.common; c != nil && c.covers(usedRunes) {
		return c.subset(font)
	}
	key := subsetKey(usedRunes)
	if sub := prep.subsets.get(key); sub != nil {
		return sub
	}
	sub := makeUTF8Subset(font, usedRunes)
	prep.subsets.put(key, sub)
	return sub
}

func makeUTF8Subset(font *fontDefType, usedRunes map[int]int) *utf8SubsetDoc {
	return makeUTF8SubsetWith(font, usedRunes, func(b []byte) []byte {
		mem := xmem.compress(b)
		defer mem.release()
		return bytes.Clone(mem.bytes())
	})
}

func makeUTF8SubsetWith(font *fontDefType, usedRunes map[int]int, compress func([]byte) []byte) *utf8SubsetDoc {
	stream := font.utf8File.GenerateCutFont(usedRunes)
	codes := font.utf8File.CodeSymbolDictionary
	delete(codes, 0)
	sub := &utf8SubsetDoc{
		widths:       cidFontWidths(font, font.utf8File.LastRune),
		fontFileSize: len(stream),
	}
	cidToGidMap := make([]byte, 256*256*2)
	for cc, glyph := range codes {
		cidToGidMap[cc*2] = byte(glyph >> 8)
		cidToGidMap[cc*2+1] = byte(glyph & 0xFF)
	}
	sub.cidToGidMap = compress(cidToGidMap)
	sub.fontFile = compress(stream)
	return sub
}

// subsetKey names a set of used runes: its rune → value pairs in rune
// order (generateCIDFontMap reads the values too).
func subsetKey(usedRunes map[int]int) string {
	keys := make([]int, 0, len(usedRunes))
	for r := range usedRunes {
		keys = append(keys, r)
	}
	slices.Sort(keys)
	b := make([]byte, 0, 8*len(keys))
	for _, r := range keys {
		b = binary.LittleEndian.AppendUint32(b, uint32(r))
		b = binary.LittleEndian.AppendUint32(b, uint32(usedRunes[r]))
	}
	return string(b)
}

// subsetCacheSize bounds a parsed font's kept subsets (each a few tens of
// KB: the compressed subset font and its maps).
const subsetCacheSize = 64

// subsetCache keeps the subsets made for a parsed font, at most
// subsetCacheSize; when full, an arbitrary one is dropped.
type subsetCache struct {
	mu sync.Mutex
	m  map[string]*utf8SubsetDoc
}

func (c *subsetCache) get(key string) *utf8SubsetDoc {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.m[key]
}

func (c *subsetCache) put(key string, sub *utf8SubsetDoc) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.m == nil {
		c.m = map[string]*utf8SubsetDoc{}
	}
	if len(c.m) >= subsetCacheSize {
		for k := range c.m {
			delete(c.m, k)
			break
		}
	}
	c.m[key] = sub
}

// commonSubset is the one subset of a parsed font made for its common
// characters (ParseUTF8FontCommon), made at the first document that needs
// it and shared, read only, by every document whose characters it covers.
type commonSubset struct {
	runes map[int]int // as a document's usedRunes would hold them

	once sync.Once
	sub  *utf8SubsetDoc
}

func newCommonSubset(common string) *commonSubset {
	// What AddUTF8FontParsed starts a document with (makeSubsetRange),
	// then the common characters as drawing them records them.
	runes := makeSubsetRange(57)
	for _, r := range common {
		runes[int(r)] = int(r)
	}
	delete(runes, 0) // as putfonts does
	return &commonSubset{runes: runes}
}

// covers reports whether a document's used runes need no glyph the common
// subset lacks. A rune recorded with 0 (the range every document starts
// with) asks for no glyph of its own.
func (c *commonSubset) covers(usedRunes map[int]int) bool {
	for r, v := range usedRunes {
		if v != 0 && c.runes[r] != v {
			return false
		}
	}
	return true
}

// subset makes the common subset once, from a document's font (its width
// table and descriptor, the same for every document of the font) with its
// own copy of the font file: GenerateCutFont records state in the file.
func (c *commonSubset) subset(font *fontDefType) *utf8SubsetDoc {
	c.once.Do(func() {
		def := *font
		file := *font.utf8File
		file.fileReader = &fileReader{readerPosition: 0, array: font.utf8File.fileReader.array}
		def.utf8File = &file
		def.usedRunes = maps.Clone(c.runes)
		// Compressed once for every document: the smallest output
		// (a third less than xmem's BestSpeed) is worth the time here.
		c.sub = makeUTF8SubsetWith(&def, def.usedRunes, compressBest)
	})
	return c.sub
}

func compressBest(data []byte) []byte {
	var buf bytes.Buffer
	zw, err := zlib.NewWriterLevel(&buf, zlib.BestCompression)
	if err == nil {
		_, err = zw.Write(data)
	}
	if err == nil {
		err = zw.Close()
	}
	if err != nil {
		panic(fmt.Errorf("could not zlib-compress slice: %w", err)) // as xmem.compress
	}
	return buf.Bytes()
}
