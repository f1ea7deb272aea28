package understand

import "strings"

// A token's surface is lowered and keyed by a hundred passes, each on its
// own (colourExcepted, shopAsked, ownTroubleTold …), most of them on every
// word of the message: the same lower and wordKey again and again. The
// message's tokens are keyed once, when prepare has settled their
// surfaces (keyTokens); a pass reads the keys through lowSurface and
// surfKey. Each token's keys remember the surface they were made from: a
// token whose surface a later pass rewrites (a correction's figure, a
// figure and a half joined into one word) or a token made after (a
// separator inserted, a dual's "2") is lowered and keyed again when read,
// so what a pass reads is always what lower and wordKey of its surface
// say now.

// tokenKeys is a token's surface lowered and keyed.
type tokenKeys struct {
	surface string // the surface they were made from
	low     string // lower(surface)
	key     string // wordKey of low, its و taken off
	// lkey: wordKey of low, its و kept (lowKey); made at the first read
	// unless low has no و in front, when it is key
	lkey  string
	lkeyd bool // lkey is made
}

// keyTokens keys every word of ts (separators are keyed when read).
func keyTokens(ts []token) {
	ks := make([]tokenKeys, len(ts))
	for i := range ts {
		t := &ts[i]
		if t.sep {
			continue
		}
		low := lower(t.surface)
		key := wordKey(strings.TrimPrefix(low, "و"))
		ks[i] = tokenKeys{surface: t.surface, low: low, key: key}
		if !strings.HasPrefix(low, "و") {
			ks[i].lkey, ks[i].lkeyd = key, true
		}
		t.kc = &ks[i]
	}
}

// lowSurface is lower(t.surface).
func (t *token) lowSurface() string {
	if c := t.kc; c != nil && c.surface == t.surface {
		return c.low
	}
	return lower(t.surface)
}

// surfKey is the word as set() keys its lists — its و taken off:
// wordKey(strings.TrimPrefix(lower(t.surface), "و")).
func (t *token) surfKey() string {
	if c := t.kc; c != nil && c.surface == t.surface {
		return c.key
	}
	return wordKey(strings.TrimPrefix(lower(t.surface), "و"))
}

// lowKey is wordKey(t.lowSurface()): the word keyed with its و kept.
func (t *token) lowKey() string {
	if c := t.kc; c != nil && c.surface == t.surface {
		if !c.lkeyd {
			c.lkey, c.lkeyd = wordKey(c.low), true
		}
		return c.lkey
	}
	return wordKey(lower(t.surface))
}

// surfaceKey is wordKey(t.surface): the keys read when the surface has
// no letter lower changes (most words), else keyed again.
func (t *token) surfaceKey() string {
	if c := t.kc; c != nil && c.surface == t.surface && c.low == t.surface {
		return t.lowKey()
	}
	return wordKey(t.surface)
}

// bareKey is wordKey(strings.TrimPrefix(t.surface, "و")): surfKey when
// the surface has no letter lower changes, else keyed again.
func (t *token) bareKey() string {
	if c := t.kc; c != nil && c.surface == t.surface && c.low == t.surface {
		return c.key
	}
	return wordKey(strings.TrimPrefix(t.surface, "و"))
}
