package understand

import (
	"math"
	"regexp"
	"strconv"

	"fatoora/catalog"
)

// copiesWords: the copies of a document said as its count ("٥ نسخ",
// Franco "5 nosakh", English "5 copies").
var copiesWords = set("نسخ", "نسخة", "نسخه", "نسخات", "copies", "nosakh", "nosa5", "nos5", "nosa5at", "nosakhat")

// pageWords: the document's pages or sheets said as its count ("٤ ورقات",
// "٤ صفحات", "4 wara2at", "4 pages").
var pageWords = set("ورقة", "ورقه", "ورقات", "ورق", "صفحة", "صفحه", "صفحات", "wara2a", "wara2at", "wra2", "sa7fa", "sa7fat", "sa7afat", "page", "pages", "sheet", "sheets")

// perSheetRe: a catalog name priced per sheet or per page ("(للورقة)",
// "(للصفحة)", "(per sheet)", "(per page)").
var perSheetRe = regexp.MustCompile(`لل(ورقة|ورقه|صفحة|صفحه)|per (sheet|page)`)

// copiesOfPages: a document said by its copies and its pages, both
// counted, one beside the other ("صورلي العقد ده ٥ نسخ، هو ٤ ورقات وش
// واحد", "5 copies of it, 4 pages each") is copies × pages sheets of the
// work priced per sheet or page the pages' line names — never 5 asked
// among the copy works and 4 invoiced. The copies' line must name no
// other goods than the pages' (its one product or among its candidates);
// a copies' line of its own goods ("٥ نسخ ابيض واسود و٤ ورقات الوان")
// stays two lines.
func (r *Rules) copiesOfPages(ts []token, keep []*draft, items []Item, itemOf map[*draft]int) []Item {
	says := func(d *draft, words map[string]bool) bool {
		for k := d.start; k <= d.end && k < len(ts); k++ {
			if !ts[k].sep && words[ts[k].lowSurface()] {
				return true
			}
		}
		return false
	}
	// counted: the line's count is the figure written right before its
	// copies or pages word ("٥ نسخ", "٤ ورقات")
	counted := func(d *draft, it *Item, words map[string]bool) bool {
		q := it.Quantity.Float()
		if q < 1 || q != math.Trunc(q) {
			return false
		}
		for k := d.start + 1; k <= d.end && k < len(ts); k++ {
			if !ts[k].sep && words[ts[k].lowSurface()] && !ts[k-1].sep {
				if f, err := strconv.ParseFloat(ts[k-1].text, 64); err == nil && f == q {
					return true
				}
			}
		}
		return false
	}
	var drop map[int]bool
	for n := 0; n+1 < len(keep); n++ {
		a, b := keep[n], keep[n+1]
		ia, oka := itemOf[a]
		ib, okb := itemOf[b]
		if !oka || !okb || ia >= len(items) || ib >= len(items) || drop[ia] || drop[ib] {
			continue
		}
		c, p, ic, ip := a, b, ia, ib
		if !says(c, copiesWords) || says(c, pageWords) {
			c, p, ic, ip = b, a, ib, ia
		}
		if !says(c, copiesWords) || says(c, pageWords) || !says(p, pageWords) || says(p, copiesWords) {
			continue
		}
		ci, pi := &items[ic], &items[ip]
		if pi.Product == nil || len(pi.Ambiguous) > 0 || !perSheetRe.MatchString(pi.Product.NameAr+" "+lower(pi.Product.NameEn)) ||
			!counted(c, ci, copiesWords) || !counted(p, pi, pageWords) || ci.Quantity < 2*catalog.One {
			continue
		}
		same := ci.Product != nil && ci.Product.SKU == pi.Product.SKU
		if len(ci.Ambiguous) > 0 {
			// asked among works: all of the pages' category, the pages' one of them
			same = ci.Product == nil || ci.Product.Category == pi.Product.Category
			found := ci.Product != nil && ci.Product.SKU == pi.Product.SKU
			for _, o := range ci.Ambiguous {
				if o.Product == nil || o.Product.Category != pi.Product.Category {
					same = false
				} else if o.Product.SKU == pi.Product.SKU {
					found = true
				}
			}
			same = same && found
		}
		if !same {
			continue
		}
		pi.Quantity = catalog.MilliFromFloat(ci.Quantity.Float() * pi.Quantity.Float())
		if drop == nil {
			drop = map[int]bool{}
		}
		drop[ic] = true
	}
	return dropItems(items, itemOf, drop)
}
