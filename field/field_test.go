package field

import (
	"errors"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestErrorNamesTheField(t *testing.T) {
	assert.Equal(t, "findings[2].sizeMm: must be between 0 and 1000", Errorf("findings[2].sizeMm", "must be between %d and %d", 0, 1000).Error())
	assert.Equal(t, "the file is empty", (&Error{Problem: "the file is empty"}).Error(), "a problem with no field")
}

func TestAsFindsTheFieldError(t *testing.T) {
	fe := &Error{Path: "vehicle.firstRegistered", Problem: "required"}
	for _, tc := range []struct {
		name string
		err  error
		want *Error
	}{
		{"itself", fe, fe},
		{"wrapped", fmt.Errorf("check: %w", fe), fe},
		{"joined, after a plain error", errors.Join(errors.New("plain"), fe), fe},
		{"wrapped twice inside a join", errors.Join(fmt.Errorf("a: %w", fmt.Errorf("b: %w", fe))), fe},
		{"a plain error", errors.New("plain"), nil},
		{"nil", nil, nil},
	} {
		got, ok := As(tc.err)
		assert.Equal(t, tc.want != nil, ok, tc.name)
		assert.Same(t, tc.want, got, tc.name)
	}
}
