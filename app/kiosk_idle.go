package app

import "time"

// Idle times of a shared kiosk.
const (
	kioskIdle    = 3 * time.Minute  // without a touch, the kiosk clears itself
	kioskWarning = 20 * time.Second // warned this long before
)

// idleWatch says when a shared kiosk warns the customer and when it clears
// itself, from the time of the last touch. It reads no clock: the time is
// passed in.
type idleWatch struct {
	idle      time.Duration // without a touch for this long, the kiosk clears
	warn      time.Duration // the warning shows this long before the clear
	lastTouch time.Time
}

// idleState is what the kiosk shows at a moment, and when to look again.
type idleState struct {
	Warning     bool
	SecondsLeft int           // while warning: whole seconds to the clear, rounded up
	Clear       bool          // the time is up: clear the kiosk
	Next        time.Duration // when something next changes; zero once cleared
}

// newIdleWatch watches for idle from now; the warning shows kioskWarning
// before the clear, or halfway for a shorter idle time.
func newIdleWatch(idle time.Duration, now time.Time) idleWatch {
	return idleWatch{idle: idle, warn: min(kioskWarning, idle/2), lastTouch: now}
}

// touch records a touch at now.
func (w *idleWatch) touch(now time.Time) { w.lastTouch = now }

// at is the state at now.
func (w idleWatch) at(now time.Time) idleState {
	left := w.idle - now.Sub(w.lastTouch)
	switch {
	case left <= 0:
		return idleState{Clear: true}
	case left <= w.warn:
		secs := int((left + time.Second - 1) / time.Second)
		// The count changes when left falls to a whole second fewer.
		return idleState{Warning: true, SecondsLeft: secs, Next: left - time.Duration(secs-1)*time.Second}
	}
	return idleState{Next: left - w.warn}
}
