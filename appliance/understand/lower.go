package understand

import (
	"strings"
	"unicode/utf8"
)

// lower is strings.ToLower for the rules' texts, which are mostly Arabic.
// strings.ToLower looks every rune of a text that is not all ASCII up in
// the case tables, and copies it, even when nothing changes; the rules
// lower the same message in many places. A text with no upper-case ASCII
// letter whose other runes are all caseless (Arabic and its presentation
// forms, punctuation, emoji) is returned as it is; any other goes to
// strings.ToLower, so the result is always the same as its.
func lower(s string) string {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				return strings.ToLower(s)
			}
			i++
			continue
		}
		if 0xD8 <= c && c <= 0xDB && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
			i += 2 // U+0600–U+06FF, the Arabic block: no case
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if !caseless(r) { // utf8.RuneError (a bad byte) included: ToLower rewrites it
			return strings.ToLower(s)
		}
		i += n
	}
	return s
}

// caselessRanges are blocks with no upper or lower case (checked rune by
// rune in the tests): a rune in one is its own lower case.
var caselessRanges = [...][2]rune{
	{0x00A0, 0x00B4}, // Latin-1 punctuation and signs (not µ, which has a case)
	{0x00B6, 0x00BF},
	{0x0600, 0x06FF},   // Arabic, with the Arabic-Indic digits
	{0x0750, 0x077F},   // Arabic Supplement
	{0x08A0, 0x08FF},   // Arabic Extended-A
	{0x2000, 0x206F},   // general punctuation: spaces, joiners, dashes, quotes
	{0x20A0, 0x20CF},   // currency signs
	{0x2190, 0x23FF},   // arrows, mathematical operators, technical signs
	{0x2500, 0x27BF},   // box drawing, shapes, symbols, dingbats
	{0x2E00, 0x2E7F},   // supplemental punctuation
	{0xFB50, 0xFDFF},   // Arabic presentation forms A
	{0xFE00, 0xFE0F},   // variation selectors (emoji)
	{0xFE70, 0xFEFF},   // Arabic presentation forms B, byte order mark
	{0x1F000, 0x1FAFF}, // emoji and pictographs
}

func caseless(r rune) bool {
	if r == 0x00D7 || r == 0x00F7 { // × ÷
		return true
	}
	for _, rg := range caselessRanges {
		if r < rg[0] {
			return false
		}
		if r <= rg[1] {
			return true
		}
	}
	return false
}

// surfaceAt is token i's surface lowered, "" when i is outside ts or the
// token is a separator.
func surfaceAt(ts []token, i int) string {
	if i < 0 || i >= len(ts) || ts[i].sep {
		return ""
	}
	return ts[i].lowSurface()
}
