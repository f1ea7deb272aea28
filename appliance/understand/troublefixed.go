package understand

import "slices"

// troubleFixed: w is a trouble some service of the shop repairs — its name
// or a synonym says the repair right before it ("إصلاح تسريب", "تصليح
// تسريب", "leak repair"). Said after a word of having ("عندي تسريب تحت
// الحوض") it asks for that repair, never tells a thing the customer
// already has.
func (r *Rules) troubleFixed(w string) bool {
	if w == "" {
		return false
	}
	for i := range r.lx.info {
		info := &r.lx.info[i]
		if !info.service && !r.lx.products[i].MadeToOrder {
			continue
		}
		for _, ph := range info.phrases {
			if k := slices.Index(ph, w); k > 0 && repairUnits[ph[k-1]] || k >= 0 && k+1 < len(ph) && ph[k+1] == "repair" {
				return true
			}
		}
	}
	return false
}

// repairUnits: the repair said before the trouble in a service's name.
var repairUnits = set("اصلاح", "تصليح", "صيانه", "علاج", "fix", "repair", "fixing")
