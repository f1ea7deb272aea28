package understand

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
)

// perOneName: the product's own name says it is priced for one of what
// it is done on or fitted to — "(للواحد)", "بالواحدة", "شباك واحد",
// English "(each)", "per …", "single …" ("حماية PPF للاكصدام (للواحد)",
// "Single window tint"): each of those pieces the customer counts is one
// more of it.
func (lx *lexicon) perOneName(p int32) bool {
	pr := &lx.products[p]
	for _, f := range nameWords(pr.NameAr) {
		if perOneWords[fold(f)] {
			return true
		}
	}
	return perOneEn.MatchString(strings.ToLower(pr.NameEn))
}

var (
	perOneWords = set("للواحد", "للواحده", "بالواحد", "بالواحده", "واحد", "واحده")
	perOneEn    = regexp.MustCompile(`\(each\)|\(per [a-z]+\)|(^|\s)single\s`)
)

// nameWords: a catalog name's words, its brackets and signs dropped.
func nameWords(name string) []string {
	return strings.FieldsFunc(name, func(c rune) bool { return !unicode.IsLetter(c) && !unicode.IsDigit(c) })
}

// perObject: w names the object of a product headed by head whose name
// holds w and says it is priced for one of it (perOneName): "حماية
// اكصدامين", "tint for 2 windows" count that product, as the object of a
// work does (workOn). The object is no head of the product's name, and
// never said in its name in the dual or with a figure ("دولاب ضلفتين"
// names a part).
func (r *Rules) perObject(head, w string) bool {
	if head == w {
		return false
	}
	return slices.ContainsFunc(r.lx.postings[w], func(p int32) bool {
		in := &r.lx.info[p]
		return (in.head == head || in.headEn == head) && in.all[w] && in.head != w && r.lx.perOneOf(p)
	})
}

// perOneOf: product p is priced for one of its object (perOneName) and
// names no part of it by a count (partNamed): "حماية اكصدامين" said in
// the dual is two of it.
func (lx *lexicon) perOneOf(p int32) bool {
	return lx.perOneName(p) && !partNamed(lx.products[p].NameAr)
}

// partNamed: a name that counts a part of the goods, a figure or a dual
// in it ("دولاب ٣ ضلف", "دولاب ضلفتين").
func partNamed(name string) bool {
	for _, f := range nameWords(name) {
		if isNumber(f) || strings.HasSuffix(fold(f), "تين") {
			return true
		}
	}
	return false
}
