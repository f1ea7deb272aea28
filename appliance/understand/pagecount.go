package understand

import "strings"

// pagesOfLine: the word at j after a figure is a page word ("40 pages",
// "٤٠ صفحة", "40 sa7fa") and the line's first candidate is priced by the
// page ("… (per page)", "(للصفحة)"): the figure counts its pages,
// however large, never a size in cm.
func (sg *segmenter) pagesOfLine(j int) bool {
	if sg.cur == nil || j >= len(sg.ts) || sg.ts[j].sep {
		return false
	}
	t := sg.ts[j]
	if !pageWords[t.lowSurface()] && !pageWords[wordKey(t.surface)] && !pageWords[t.text] {
		return false
	}
	c := sg.r.candidatesRead(sg.cur)
	if len(c) == 0 {
		return false
	}
	for _, k := range sg.r.lx.nameKeys(c[0].idx) {
		if perPage(k) {
			return true
		}
	}
	return false
}

// perPage: a name's word is "for the page" ("للصفحه", "لكل ورقه" read
// word by word): the price is of one page.
func perPage(k string) bool {
	for _, p := range []string{"لل", "ل"} {
		if st, ok := strings.CutPrefix(k, p); ok && pageWords[st] {
			return true
		}
	}
	return false
}
