package understand

import (
	"strings"
	"unicode/utf8"
)

// writtenWorks reads the works a shop sells from how its names write
// them where the vocabulary folds the noun into another unit
// ("تحميص, يحمص, احمص, تحمص, roast": the unit is "roast", the name's
// تحميص): the تفعيل or فعالة noun as written gives its root to the
// present verb said to the shop ("عايزك تحمصهملي" of تحميص, workNounOf),
// as a head that is its own unit does. And a verb spelling the
// vocabulary groups with a service's noun ("غسيل, غسل, اغسل, تغسلوا"),
// the imperative with ا or the present said to the shop with ت, is that
// work's stem, said with an order's endings ("اغسلولي", "تغسلولي":
// vocabVerbOf).
func (lx *lexicon) writtenWorks() {
	for i := range lx.products {
		p := &lx.products[i]
		for _, name := range append([]string{p.NameAr}, p.Synonyms...) {
			ks := keysOf(name)
			if len(ks) == 0 || !isArabicWord(ks[0]) {
				continue
			}
			k := ks[0]
			h, ok := lx.rewrite[k]
			if !ok || h == k || strings.Contains(h, " ") || !lx.heads[h] {
				continue
			}
			root := workRoot(k)
			if root == "" {
				continue
			}
			lx.workRoots[root] = true
			if prev, dup := lx.workHeads[root]; dup && prev != h {
				lx.workHeads[root] = ""
			} else {
				lx.workHeads[root] = h
			}
		}
	}
	lx.vocabVerbs = map[string]string{}
	for k, u := range lx.rewrite {
		if k == u || !lx.serviceHeads[u] || strings.Contains(k, " ") || !isArabicWord(k) {
			continue
		}
		if !strings.HasPrefix(k, "ا") && !strings.HasPrefix(k, "ت") {
			continue
		}
		st := k
		if s, ok := strings.CutSuffix(k, "وا"); ok && utf8.RuneCountInString(s) >= 4 {
			st = s // "تغسلوا": the plural said to the shop
		}
		if utf8.RuneCountInString(st) < 4 {
			continue
		}
		if prev, dup := lx.vocabVerbs[st]; dup && prev != u {
			lx.vocabVerbs[st] = ""
		} else {
			lx.vocabVerbs[st] = u
		}
	}
}

// vocabVerbOf reads a verb the vocabulary groups with a work's noun, said
// to the shop with an order's ending, as that work: "اغسلولي لحاف"
// (imperative: "for me" or the plural's و with its object, imperObjects;
// opening, with the imperative's other checks, in workVerbNoun) and
// "عايزكم تغسلولي" (the present with ت, its object or "for me",
// workObjects). A bare stem ("اغسل", "تغسل") is left as it was: "عايز
// اغسل" may be the customer's own doing.
func (lx *lexicon) vocabVerbOf(w string) (h string, imper bool, ok bool) {
	w = strings.TrimPrefix(w, "و")
	ends := imperObjects
	if strings.HasPrefix(w, "ت") {
		ends = workObjects
	}
	for _, suf := range ends {
		st, cut := strings.CutSuffix(w, suf)
		if !cut {
			continue
		}
		if u := lx.vocabVerbs[st]; u != "" {
			return u, strings.HasPrefix(st, "ا"), true
		}
	}
	return "", false, false
}
