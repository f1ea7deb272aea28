package fatoora

import "errors"

// ErrNotFound is the one not-found error. Every package that looks something
// up by key (an order, a document, a customer, a product, a message) wraps it
// with what was missing, so callers and the staff UI test for it with
// errors.Is:
//
//	return fmt.Errorf("invoice %s: %w", number, fatoora.ErrNotFound)
var ErrNotFound = errors.New("not found")

// NotFound returns a sentinel error with its own message that also matches
// ErrNotFound with errors.Is, for packages that keep a more precise name
// (catalog.ErrUnknownSKU).
func NotFound(msg string) error { return &notFound{msg} }

type notFound struct{ msg string }

func (e *notFound) Error() string        { return e.msg }
func (e *notFound) Is(target error) bool { return target == ErrNotFound }
