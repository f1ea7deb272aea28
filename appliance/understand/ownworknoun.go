package understand

import "strings"

// definiteObject: a first-person verb of a work the shop sells after the
// want word, followed by one definite word ("عايز اجدد الرخصة": I want
// to renew the licence), where exactly one product kept in no stock
// holds the verb's noun and that word in its name ("متابعة تجديد رخصة",
// a service however its name heads), asks for that product. The article
// tells the customer's own thing, the one the work is done on; a bare
// word ("عايز اركب كاميرات") is the customer's own project and stays so,
// and a relative clause after the object ("عايز اغير المرتبة اللي
// اشتريتها") tells a purchase to exchange.
func (r *Rules) definiteObject(ts []token, i int, h string) bool {
	obj := ts[i+1]
	if !strings.HasPrefix(obj.surface, "ال") || obj.text == h {
		return false
	}
	if i+2 < len(ts) && !ts[i+2].sep && relative(ts[i+2]) {
		return false
	}
	found := 0
	for _, p := range r.lx.postings[h] {
		if r.lx.products[p].MadeToOrder && r.lx.info[p].all[obj.text] {
			found++
		}
	}
	return found == 1
}
