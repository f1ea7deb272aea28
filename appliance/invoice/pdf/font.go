package pdf

import (
	"strings"
	"sync"

	"github.com/go-fonts/dejavu/dejavusans"
	"github.com/go-pdf/fpdf"
)

// fontBytes is DejaVu Sans cut once per process to the characters an
// invoice can use (Latin, Arabic and its presentation forms, punctuation):
// fpdf parses the font on every document, and parsing the 6,000-glyph file
// was most of the render time.
var fontBytes = sync.OnceValue(func() []byte {
	var b strings.Builder
	for _, rg := range fontRanges {
		for r := rg[0]; r <= rg[1]; r++ {
			b.WriteRune(r)
		}
	}
	return fpdf.UTF8CutFont(dejavusans.TTF, b.String())
})

var fontRanges = [][2]rune{
	{0x20, 0x7E}, {0xA0, 0x17F}, // Latin, Latin-1, Latin Extended-A
	{0x600, 0x6FF},   // Arabic
	{0xFB50, 0xFDFF}, // Arabic presentation forms A
	{0xFE70, 0xFEFC}, // Arabic presentation forms B
	{0x2010, 0x2044}, {0x20AC, 0x20AC}, {0x2212, 0x2212}, {0x2116, 0x2116},
}

// commonFont is fontBytes parsed once per process with the characters
// nearly every invoice draws from (commonRunes), by fpdf.ParseUTF8FontCommon
// (a patch kept in third_party/fpdf): a document adds it without parsing
// the font again, and a document whose characters all fall within
// commonRunes embeds one subset of the font cut and compressed once per
// process instead of one of its own. Few documents share their exact set of
// characters (every total is written out in words), so cutting per document
// was about 15% of the box's CPU per order. A document with any other
// character (a Latin-1 letter in a name, a rare Arabic letter) is subset
// for itself, as before.
var commonFont = sync.OnceValues(func() (*fpdf.UTF8Font, error) {
	return fpdf.ParseUTF8FontCommon(fontBytes(), commonRunes())
})

// commonRunes is what an invoice's text becomes once shaped (Display):
// printable ASCII; every presentation form and lam-alef ligature the
// shaper emits (read from its own tables, so the two cannot drift apart),
// tatweel and the harakat it leaves in place; Arabic-Indic digits and
// Arabic punctuation; and the few other signs a shop writes (no-break
// space, ×, ·, °, «», dashes, quotes, bullet, ellipsis, €, −, №). Every rune
// of it is in fontRanges.
var commonRunes = sync.OnceValue(func() string {
	var b strings.Builder
	add := func(lo, hi rune) {
		for r := lo; r <= hi; r++ {
			b.WriteRune(r)
		}
	}
	add(0x20, 0x7E)
	for _, f := range arabicForms {
		for _, r := range f {
			if r != 0 {
				b.WriteRune(r)
			}
		}
	}
	for _, lig := range lamAlef {
		b.WriteRune(lig[0])
		b.WriteRune(lig[1])
	}
	b.WriteRune(tatweel)
	add(0x064B, 0x0652) // harakat
	b.WriteRune(0x0670) // superscript alef
	add(0x0660, 0x066C) // Arabic-Indic digits, ٪ ٫ ٬
	for _, r := range "،؛؟\u00a0×·°«»–—‘’“”•…€−№" {
		b.WriteRune(r)
	}
	return b.String()
})
