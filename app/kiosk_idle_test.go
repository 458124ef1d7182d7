package app

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

func TestIdleWatch(t *testing.T) {
	t0 := time.Date(2026, 11, 21, 10, 0, 0, 0, time.UTC)
	at := func(d time.Duration) time.Time { return t0.Add(d) }
	for _, tc := range []struct {
		clause  string
		idle    time.Duration
		touches []time.Duration // after t0, besides the start
		now     time.Duration
		want    idleState
	}{
		{"just touched: quiet until the warning is due", kioskIdle, nil, 0,
			idleState{Next: kioskIdle - kioskWarning}},
		{"a second before the warning: still quiet", kioskIdle, nil, 159 * time.Second,
			idleState{Next: time.Second}},
		{"the warning shows 20 seconds before the clear", kioskIdle, nil, 160 * time.Second,
			idleState{Warning: true, SecondsLeft: 20, Next: time.Second}},
		{"the count rounds up part of a second", kioskIdle, nil, 170*time.Second + 300*time.Millisecond,
			idleState{Warning: true, SecondsLeft: 10, Next: 700 * time.Millisecond}},
		{"the last second", kioskIdle, nil, 179*time.Second + 999*time.Millisecond,
			idleState{Warning: true, SecondsLeft: 1, Next: time.Millisecond}},
		{"the clear comes at 3 minutes", kioskIdle, nil, kioskIdle, idleState{Clear: true}},
		{"long after, it is clear too", kioskIdle, nil, time.Hour, idleState{Clear: true}},
		{"a touch puts the warning off", kioskIdle, []time.Duration{100 * time.Second}, 170 * time.Second,
			idleState{Next: 90 * time.Second}},
		{"a touch during the warning ends it", kioskIdle, []time.Duration{165 * time.Second}, 166 * time.Second,
			idleState{Next: 159 * time.Second}},
		{"the clear counts from the last touch", kioskIdle, []time.Duration{60 * time.Second, 120 * time.Second}, 120*time.Second + kioskIdle,
			idleState{Clear: true}},
		{"a short idle time warns halfway", 4 * time.Second, nil, 2 * time.Second,
			idleState{Warning: true, SecondsLeft: 2, Next: time.Second}},
	} {
		t.Run(tc.clause, func(t *testing.T) {
			w := newIdleWatch(tc.idle, t0)
			for _, d := range tc.touches {
				w.touch(at(d))
			}
			assert.Equal(t, tc.want, w.at(at(tc.now)))
		})
	}
}
