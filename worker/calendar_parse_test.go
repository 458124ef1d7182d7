//go:build !js

package main

import (
	"testing"

	"github.com/smart-selfcheck/selfcheck/calendar/icaltest"
)

// requireParses reads the worker's .ics with Python's icalendar (not under
// wasm, which runs no programs: the native run reads it).
func requireParses(t *testing.T, ics []byte, n int) { icaltest.RequireParses(t, ics, n) }
