package app

import "time"

// appClock is the app's one clock: screens and components read the time from
// it in their handlers and when they mount, never in Render, and tests
// that need another time set it. Nothing else in the package reads the
// time (clock_test.go keeps it so).
var appClock = time.Now
