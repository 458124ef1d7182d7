package cover

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestVerdictFor(t *testing.T) {
	lapsed := Car{FirstRegistered: ds("2018-03-01"), LastService: ds("2023-03-01")} // renewed to 29 February 2024
	active := Car{FirstRegistered: ds("2024-01-10")}
	tests := []struct {
		clause  string
		place   string // "" when not said
		car     *Car   // nil when its dates are not given
		covered bool
		text    string
	}{
		{"000 Area covered + cover ended: the place is covered, but not the car", "Deutschland", &lapsed, false,
			"Germany is covered, but your car's smart road assistance ended on 29 February 2024. Ring anyway: they decide."},
		{"000 Area covered + three years from registration: green only when both hold", "Germany", &active, true,
			"Germany is covered, and your car's smart road assistance runs until 9 January 2027."},
		{"000 overseas territories not covered, car covered", "Réunion", &active, false,
			"Road assistance does not apply in Réunion, though your car's smart road assistance runs until 9 January 2027. Ring anyway: they decide."},
		{"000 overseas territories not covered, cover ended", "Réunion", &lapsed, false,
			"Road assistance does not apply in Réunion, and your car's smart road assistance ended on 29 February 2024. Ring anyway: they decide."},
		{"000 Area covered, car not given: never green", "AT", nil, false,
			"Austria is covered. Give your car's date of first registration under “Am I covered?” to check your car's cover."},
		{"000 not in the list, car not given", "Ukraine", nil, false, "Road assistance does not apply in Ukraine. Ring anyway: they decide."},
		{"place not said, car covered: not green", "", &active, false,
			"Your car's smart road assistance runs until 9 January 2027. Tell us where you are to check the place."},
		{"a place we do not know is not said", "Atlantis", &lapsed, false,
			"Your car's smart road assistance ended on 29 February 2024. Ring anyway: they decide."},
		{"000 smartmove: two years, ended", "France", &Car{FirstRegistered: ds("2013-05-01")}, false,
			"France is covered, but your car's smartmove assistance ended on 30 April 2015. Ring anyway: they decide."},
	}
	for _, tt := range tests {
		t.Run(tt.clause, func(t *testing.T) {
			var place *CountryAnswer
			if tt.place != "" {
				a := LookupCountry(tt.place)
				place = &a
			}
			var schemes []Cover
			if tt.car != nil {
				a, err := Assess(Question{Car: *tt.car, On: ds("2026-06-01")})
				require.NoError(t, err)
				schemes = a.Schemes
			}
			v, ok := VerdictFor(place, schemes, ds("2026-06-01"))
			require.True(t, ok)
			assert.Equal(t, tt.covered, v.Covered)
			assert.Equal(t, tt.text, v.Text)
			assert.Equal(t, strings.HasSuffix(tt.text, "Ring anyway: they decide."), v.Against, "a problem is shown as one")
			assert.False(t, v.Covered && v.Against)
		})
	}
	t.Run("nothing known, nothing said", func(t *testing.T) {
		_, ok := VerdictFor(nil, nil, ds("2026-06-01"))
		assert.False(t, ok)
	})
	t.Run("a town in a covered country names both", func(t *testing.T) {
		a := InPlace("Munich", "Munich", "", "city", LookupCountry("DE").Place)
		v, _ := VerdictFor(&a, nil, ds("2026-06-01"))
		assert.Contains(t, v.Text, "Munich, Germany is covered")
	})
	t.Run("not yet started", func(t *testing.T) {
		a, err := Assess(Question{Car: Car{FirstRegistered: ds("2026-06-01")}, On: ds("2026-06-01")})
		require.NoError(t, err)
		s := a.Schemes
		s[0].Active = false
		v, _ := VerdictFor(nil, s, ds("2026-05-01"))
		assert.Equal(t, "Your car's smart road assistance starts on 1 June 2026. Ring anyway: they decide.", v.Text)
	})
}

func TestLapsedAdvice(t *testing.T) {
	tests := []struct {
		clause, registered, want, not string
	}{
		{"000: smart road assistance is renewed by each official service: ask for it", "2018-03-01", "each service renews smart road assistance", ""},
		{"000: smartmove assistance is unconditional for 2 years, not renewed by servicing", "2013-05-01", "If in doubt, ring road assistance", "each service renews"},
	}
	for _, tt := range tests {
		t.Run(tt.clause, func(t *testing.T) {
			a, err := Assess(Question{Car: Car{FirstRegistered: ds(tt.registered)}, On: ds("2026-06-01")})
			require.NoError(t, err)
			got := LapsedAdvice(a.Schemes)
			assert.Contains(t, got, tt.want)
			if tt.not != "" {
				assert.NotContains(t, got, tt.not)
			}
		})
	}
	a, err := Assess(Question{Car: Car{FirstRegistered: ds("2025-01-01")}, On: ds("2026-06-01")})
	require.NoError(t, err)
	assert.Empty(t, LapsedAdvice(a.Schemes), "a car covered needs no advice")
}

func TestLapsedSchemeBenefitsHaveNoDates(t *testing.T) {
	// 000 benefits: a scheme that has ended gives no "up to 3 December" dates.
	a, err := Assess(Question{Car: Car{FirstRegistered: ds("2018-03-01")}, On: ds("2026-06-01"), Start: ds("2026-06-01")})
	require.NoError(t, err)
	for _, b := range a.Schemes[0].Benefits {
		assert.Nil(t, b.WorkingDays, b.ID)
		assert.True(t, b.From.IsZero() && b.Until.IsZero(), b.ID)
	}
	a, err = Assess(Question{Car: Car{FirstRegistered: ds("2025-03-01")}, On: ds("2026-06-01"), Start: ds("2026-06-01")})
	require.NoError(t, err)
	dated := false
	for _, b := range a.Schemes[0].Benefits {
		dated = dated || b.WorkingDays != nil
	}
	assert.True(t, dated, "an active scheme keeps its dates")
}
