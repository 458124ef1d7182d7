// Package field names what is wrong with a piece of input and where, so that
// every layer reports bad input the same way: "findings[2].sizeMm: must be
// between 0 and 1000". The app turns these into messages next to the field.
package field

import "fmt"

// Error is a problem with one field of the input.
type Error struct {
	Path    string // JSON path of the field, such as "vehicle.firstRegistered"
	Problem string // plain words, such as "must be a date in the form YYYY-MM-DD"
}

func (e *Error) Error() string {
	if e.Path == "" {
		return e.Problem
	}
	return e.Path + ": " + e.Problem
}

// Errorf returns an *Error for path.
func Errorf(path, format string, args ...any) error {
	return &Error{Path: path, Problem: fmt.Sprintf(format, args...)}
}

// As returns the first *Error inside err, if any. It unwraps as errors.As
// does, without reflection, which would add to the browser's download.
func As(err error) (*Error, bool) {
	for err != nil {
		switch e := err.(type) {
		case *Error:
			return e, true
		case interface{ Unwrap() []error }:
			for _, inner := range e.Unwrap() {
				if fe, ok := As(inner); ok {
					return fe, true
				}
			}
			return nil, false
		case interface{ Unwrap() error }:
			err = e.Unwrap()
		default:
			return nil, false
		}
	}
	return nil, false
}
