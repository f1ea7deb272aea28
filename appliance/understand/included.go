package understand

import (
	"slices"
	"strings"
)

// Delivery a work already carries: a shop's setup named "فرش وتركيب …
// شامل النقل" ("setup … transport included") takes the goods there itself,
// so the customer's "توصيل وتركيب … بكام؟" ("delivery and setup") beside it
// is that one work, never the shop's delivery service priced again. The
// catalog's name decides: only a work whose name says the transport,
// delivery or shipping is included ("شامل النقل", "شامل التوصيل",
// "transport included", "including delivery") takes a delivery line
// said beside it; a delivery said with goods alone stays.

// deliveryIncluded drops the delivery service's lines when another line,
// one product picked, is a work whose name includes the transport.
func (r *Rules) deliveryIncluded(items []Item) []Item {
	if !slices.ContainsFunc(items, func(it Item) bool {
		return it.Product != nil && it.SKU != "" && len(it.Ambiguous) == 0 && transportIncluded(it.Product.NameAr, it.Product.NameEn)
	}) {
		return items
	}
	delivery := map[string]bool{}
	for _, p := range r.deliveryProducts {
		if pr := &r.lx.products[p]; !transportIncluded(pr.NameAr, pr.NameEn) {
			delivery[pr.SKU] = true
		}
	}
	if len(delivery) == 0 {
		return items
	}
	return slices.DeleteFunc(items, func(it Item) bool { return it.SKU != "" && delivery[it.SKU] })
}

// transportIncluded: a product's name says carrying the goods is part of
// it, all of them: "شامل النقل", "شاملة التوصيل", English (when no Arabic
// name says) "transport included", "including delivery". The carrying of
// one thing ("شامل توصيل الحوض", "tank delivery included") leaves the
// shop's delivery for the rest.
func transportIncluded(ar, en string) bool {
	f := strings.Fields(strings.NewReplacer("(", " ( ", ")", " ) ", "،", " , ", ",", " , ").Replace(ar))
	for k := 0; k+1 < len(f); k++ {
		if f[k] == "شامل" || f[k] == "شاملة" || f[k] == "شامله" {
			if carryWords[strings.TrimPrefix(f[k+1], "ال")] {
				return k+2 >= len(f) || f[k+2] == "(" || f[k+2] == ")" || f[k+2] == ","
			}
		}
	}
	if strings.TrimSpace(ar) != "" {
		return false
	}
	e := strings.Fields(strings.ToLower(strings.NewReplacer("(", " ( ", ")", " ) ", ",", " , ").Replace(en)))
	for k := 0; k+1 < len(e); k++ {
		opens := k == 0 || e[k-1] == "(" || e[k-1] == ","
		if opens && carryWords[e[k]] && e[k+1] == "included" || e[k] == "including" && carryWords[e[k+1]] && (k+2 >= len(e) || e[k+2] == "(" || e[k+2] == ")" || e[k+2] == ",") {
			return true
		}
	}
	return false
}

// carryWords: the goods' carrying in a name (transportIncluded).
var carryWords = set("نقل", "توصيل", "شحن", "transport", "transportation", "delivery", "shipping")
