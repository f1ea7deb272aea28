package understand

import "regexp"

// slashSpecRe finds a size spec of three figures joined by slashes with no
// word between ("185/65/15", a tyre's width, profile and rim), or two
// joined by a slash and the third after a construction letter
// ("225/50R17", "205/55 ZR16"): one spec naming the goods, none of its
// figures a count.
var slashSpecRe = regexp.MustCompile(`(^|[^\d/.])(\d+)[ ]?/[ ]?(\d+)(?:[ ]?/[ ]?|[ ]?(?i:z?r)[ ]?)(\d+)($|[^\d/.])`)

// slashSpecs writes each slash spec of normalised text as a grade, its
// figures joined by dashes ("185-65-15"), for gradeCodes to keep as one
// word: the catalog's names and the customer's words meet in one form
// whichever of "185/65/15" and "185/65R15" each wrote.
func slashSpecs(s string) string {
	if !hasSlash(s) { // every match has one (speed)
		return s
	}
	return slashSpecRe.ReplaceAllString(s, "$1$2-$3-$4$5")
}

func hasSlash(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == '/' {
			return true
		}
	}
	return false
}

// specRunRe is a written run of a slash spec's last two figures with the
// construction letter between them ("55r16", "55zr16").
var specRunRe = regexp.MustCompile(`^(\d+)z?r(\d+)$`)

// specRun: a written run as its spec's figures read it ("55r16" → "5516"),
// for surfaceOf to quote the customer's "205/55R16".
func specRun(norm string) string {
	return specRunRe.ReplaceAllString(norm, "$1$2")
}
