package invoice

import (
	"fatoora/catalog"
	"fatoora/catalog/money"
)

// LineAmount is quantity × unit price, rounded to the piaster.
func LineAmount(q catalog.Milli, price money.Piasters) (money.Piasters, error) {
	return price.MulDiv(int64(q), int64(catalog.One))
}
