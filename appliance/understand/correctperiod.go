package understand

import (
	"slices"

	"fatoora/catalog"
)

// A correction of goods priced by the period takes the period said of the
// line it replaces ("فيزيا تالتة ثانوي شهر، قصدي كيميا", "yoga for a
// month, I mean pilates"): the months or days were said once, for what
// was meant, never left unsaid for the new line.

// periodOfReplaced gives b, the line a correction puts in a's place, a's
// count of periods when both are priced by the same period, a's periods
// were read and b's were not (countPeriods asked how many of it).
func periodOfReplaced(a Item, b *Item) {
	if !slices.Contains(b.Missing, "count") || slices.Contains(a.Missing, "count") || a.uncounted || b.uncounted {
		return
	}
	if !samePeriod(a.Product, b.Product) || a.Product.Unit != b.Product.Unit {
		return
	}
	b.Quantity = a.Quantity
	b.Missing = without(slices.Clone(b.Missing), "count")
}

// samePeriod: a and b are both priced by the month, or both by the day
// or the night.
func samePeriod(a, b *catalog.Product) bool {
	return byMonth(a) && byMonth(b) || byDay(a) && byDay(b)
}
