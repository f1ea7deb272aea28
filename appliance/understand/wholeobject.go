package understand

import (
	"slices"

	"fatoora/catalog"
)

// goodsNamedWhole: the goods whose names begin with every word of a
// work's object ("تركيب فلتر مدخل" and "فلتر مدخل للشقة", "فلتر مدخل
// جامبو"), when no name is the object itself. A name that holds only the
// object's first words ("فلتر" of a filter's tubing) is other goods of the
// same head noun: the work is done to the ones its whole object names.
func (r *Rules) goodsNamedWhole(pi int, obj []string) []*catalog.Product {
	var out []*catalog.Product
	for j := range r.lx.products {
		q := &r.lx.products[j]
		if j == pi || q.MadeToOrder || fitWork(r.lx.info[j].head) {
			continue
		}
		if slices.ContainsFunc(r.lx.info[j].phrases, func(ph []string) bool {
			return len(ph) > len(obj) && slices.Equal(ph[:len(obj)], obj)
		}) {
			out = append(out, q)
		}
	}
	return out
}
