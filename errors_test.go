package fatoora

import (
	"errors"
	"fmt"
	"testing"
)

func TestNotFound_IsErrNotFound(t *testing.T) {
	sentinel := NotFound("no such product in the catalog")
	for _, tc := range []struct {
		name string
		err  error
		want bool
	}{
		{"the error itself", ErrNotFound, true},
		{"wrapped", fmt.Errorf("invoice INV-1: %w", ErrNotFound), true},
		{"a named sentinel", sentinel, true},
		{"a wrapped named sentinel", fmt.Errorf("%w: %q", sentinel, "SKU-1"), true},
		{"another error", errors.New("not found"), false},
		{"nil", nil, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := errors.Is(tc.err, ErrNotFound); got != tc.want {
				t.Errorf("errors.Is(%v, ErrNotFound) = %v, want %v", tc.err, got, tc.want)
			}
		})
	}
	if sentinel.Error() != "no such product in the catalog" {
		t.Errorf("message %q", sentinel.Error())
	}
	if errors.Is(ErrNotFound, sentinel) {
		t.Error("ErrNotFound matches a named sentinel: callers testing the name would accept any not-found")
	}
}
