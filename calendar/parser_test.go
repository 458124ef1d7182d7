//go:build !js

package calendar_test

import (
	"testing"

	"github.com/smart-selfcheck/selfcheck/calendar/icaltest"
)

// The file reads in Python's icalendar, a calendar parser the tests do not
// share code with (Debian's python3-icalendar, installed by make test).
// Without it the test fails in CI and skips elsewhere. Not under wasm,
// which runs no programs: the native run reads it.
func TestReadsInACalendarParser(t *testing.T) {
	icaltest.RequireParses(t, write(t, example), len(example))
}
