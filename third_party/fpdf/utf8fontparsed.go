// Copyright ©2026 The Fatoora authors. Use of this source code is governed
// by the MIT-style license in the LICENSE file.
//
// Patch to go-pdf/fpdf v0.9.0 (see README.fatoora.md): a UTF-8 TrueType font
// parsed once and added to many documents.

package fpdf

import (
	"errors"
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
