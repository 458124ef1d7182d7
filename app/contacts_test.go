package app

import (
	"testing"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/smart-selfcheck/selfcheck/date"
	"github.com/smart-selfcheck/selfcheck/standards"
)

// The contacts screen works on the day its clock gives, and its PDF is of
// the saved check, judged that day.
func TestContactsScreenTakesItsStoreAndClock(t *testing.T) {
	for _, tc := range []struct {
		clause    string
		stored    string
		agreement standards.Agreement
		printable bool
	}{
		{"a saved check", `{"format":"smart-selfcheck","version":1,"vehicle":{"agreement":"agility","registrationNumber":"AB19 CDE"}}`,
			standards.Agility, true},
		{"nothing saved", "", 0, true},
		{"a check that cannot be read", `{"format":"smart-selfcheck","version":9}`, 0, false},
	} {
		t.Run(tc.clause, func(t *testing.T) {
			s := newMemStore()
			if tc.stored != "" {
				s.items[keyCheck] = tc.stored
			}
			c := newContactsScreen().Store(s).Clock(clock)
			d := app.NewClientTester(c)
			defer d.Close()
			d.Consume()
			assert.Equal(t, date.MustParse("2025-11-21"), c.today, "the day of the clock given")
			assert.Equal(t, tc.agreement, c.agreement)
			require.Equal(t, tc.printable, c.saved != nil)
		})
	}
}
