package cover

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/smart-selfcheck/selfcheck/date"
	"github.com/smart-selfcheck/selfcheck/standards"
)

func ds(s string) date.Date { return date.MustParse(s) }

// coverOf returns the scheme s from the schemes of car c on the day on.
func coverOf(t *testing.T, c Car, on string, s Scheme) Cover {
	t.Helper()
	a, err := Assess(Question{Car: c, On: ds(on)})
	require.NoError(t, err)
	for _, cv := range a.Schemes {
		if cv.Scheme == s {
			return cv
		}
	}
	require.Failf(t, "scheme missing", "%s not in %v", s, a.Schemes)
	return Cover{}
}

func TestSchemeDates(t *testing.T) {
	tests := []struct {
		clause     string
		registered string
		serviced   string
		on         string
		scheme     Scheme
		until      string
		active     bool
		basis      string
	}{
		{"000: registered on or after 01/11/2014 ... for three years (first day)", "2014-11-01", "", "2014-11-01", SmartRoadAssistance, "2017-10-31", true, "three years from first registration on 1 November 2014"},
		{"000: three years: registered 2015-01-01, until 2017-12-31 (last day)", "2015-01-01", "", "2017-12-31", SmartRoadAssistance, "2017-12-31", true, "give the date of the latest service"},
		{"000: three years: the day after is not covered", "2015-01-01", "", "2018-01-01", SmartRoadAssistance, "2017-12-31", false, ""},
		{"000: registered before 31/10/14: smartmove for 2 years", "2014-10-30", "", "2016-10-29", SmartmoveAssistance, "2016-10-29", true, "two years from first registration on 30 October 2014, unconditionally"},
		{"000: smartmove 2 years: the day after is not covered", "2014-10-30", "", "2016-10-30", SmartmoveAssistance, "2016-10-29", false, ""},
		{"000: 31/10/14 is in neither rule: smartmove, and the basis says so", "2014-10-31", "", "2015-01-01", SmartmoveAssistance, "2016-10-30", true, "31 October 2014 falls between them: we show smartmove assistance"},
		{"000: smartmove is unconditional: a service does not renew it", "2013-05-01", "2015-04-01", "2015-04-02", SmartmoveAssistance, "2015-04-30", true, "unconditionally"},
		{"000: renewed for a year every time your smart goes in for an official smart service", "2015-01-01", "2019-06-01", "2019-06-01", SmartRoadAssistance, "2020-05-31", true, "renewed by the service on 1 June 2019"},
		{"000: renewed for a year: last day of the renewal", "2015-01-01", "2019-06-01", "2020-05-31", SmartRoadAssistance, "2020-05-31", true, "renewed by the service on 1 June 2019"},
		{"000: renewed for a year every time your smart goes in for an official smart service: a reading, said so", "2015-01-01", "2019-06-01", "2020-05-31", SmartRoadAssistance, "2020-05-31", true, "We read the year as running from the service date, and a service after cover has lapsed as renewing it"},
		{"000: renewed for a year: the day after the renewal is not covered", "2015-01-01", "2019-06-01", "2020-06-01", SmartRoadAssistance, "2020-05-31", false, ""},
		{"000: a service within the three years never shortens them", "2015-01-01", "2016-03-01", "2017-12-31", SmartRoadAssistance, "2017-12-31", true, "falls within those three years and does not shorten them"},
		{"000: a service whose year ends on the last day of the three years", "2015-01-01", "2017-01-01", "2017-06-01", SmartRoadAssistance, "2017-12-31", true, "does not shorten them"},
		{"000: a service one day later extends the three years", "2015-01-01", "2017-01-02", "2017-06-01", SmartRoadAssistance, "2018-01-01", true, "renewed by the service on 2 January 2017"},
		{"000: for up to 30 years: a renewal within the cap", "2015-01-01", "2043-12-31", "2044-01-01", SmartRoadAssistance, "2044-12-30", true, "renewed by the service on 31 December 2043"},
		{"000: for up to 30 years: a renewal is cut at the cap", "2015-01-01", "2044-06-01", "2044-12-31", SmartRoadAssistance, "2044-12-31", true, "up to the limit of 30 years"},
		{"000: for up to 30 years: the day after the cap is not covered", "2015-01-01", "2044-06-01", "2045-01-01", SmartRoadAssistance, "2044-12-31", false, ""},
		{"000: for up to 30 years: a service after the cap renews nothing", "2015-01-01", "2045-02-01", "2045-02-01", SmartRoadAssistance, "2044-12-31", false, "cover ended 30 years after first registration"},
		{"leap day: a registration of 29 February ends on 28 February", "2016-02-29", "", "2019-02-28", SmartRoadAssistance, "2019-02-28", true, ""},
		{"leap day: registered 1 March ends on 28 February in a common year", "2016-03-01", "", "2019-03-01", SmartRoadAssistance, "2019-02-28", false, ""},
		{"leap day: a year from 1 March 2019 ends on 29 February 2020", "2015-03-01", "2019-03-01", "2020-02-29", SmartRoadAssistance, "2020-02-29", true, ""},
		{"leap day: a service on 29 February renews to 28 February", "2016-02-29", "2020-02-29", "2021-02-28", SmartRoadAssistance, "2021-02-28", true, ""},
		{"leap day: the 30-year cap of a 29 February registration", "2016-02-29", "2045-06-01", "2046-02-28", SmartRoadAssistance, "2046-02-28", true, "30 years"},
		{"leap day: smartmove from 29 February 2012", "2012-02-29", "", "2014-02-28", SmartmoveAssistance, "2014-02-28", true, ""},
	}
	for _, tt := range tests {
		t.Run(tt.clause, func(t *testing.T) {
			c := Car{FirstRegistered: ds(tt.registered)}
			if tt.serviced != "" {
				c.LastService = ds(tt.serviced)
			}
			cv := coverOf(t, c, tt.on, tt.scheme)
			assert.Equal(t, tt.registered, cv.From.String(), "from")
			assert.Equal(t, tt.until, cv.Until.String(), "until")
			assert.Equal(t, tt.active, cv.Active, "active")
			assert.Contains(t, cv.Basis, tt.basis)
		})
	}
}

func TestOnlyOneRoadScheme(t *testing.T) {
	for _, reg := range []string{"2014-10-30", "2014-10-31", "2014-11-01"} {
		a, err := Assess(Question{Car: Car{FirstRegistered: ds(reg)}, On: ds("2015-01-01")})
		require.NoError(t, err)
		assert.Len(t, a.Schemes, 1, reg)
	}
}

func TestSaleAndCareMove(t *testing.T) {
	lease := func(reg, ends string) Car {
		c := Car{FirstRegistered: ds(reg), Agreement: standards.LeaseAndCare, Powertrain: standards.Electric}
		if ends != "" {
			c.AgreementEnds = ds(ends)
		}
		return c
	}
	tests := []struct {
		clause   string
		car      Car
		on       string
		until    string
		active   bool
		basis    string
		benefits []string
	}{
		{"001: for the life of your battery lease agreement", lease("2016-09-01", "2020-08-31"), "2020-08-31", "2020-08-31", true, "which ends on 31 August 2020",
			[]string{"breakdown-warranty", "breakdown-battery", "hotel", "recovery"}},
		{"001: enhanced breakdown cover exclusive to your smart fortwo electric drive 3rd generation: stated, not granted silently", lease("2016-09-01", "2020-08-31"), "2020-08-31", "2020-08-31", true, "exclusive to the smart fortwo electric drive 3rd generation: if your car is another model, it does not apply", nil},
		{"001: the day after the lease ends is not covered", lease("2016-09-01", "2020-08-31"), "2020-09-01", "2020-08-31", false, "", nil},
		{"001: up to ten years, even when the lease runs longer", lease("2016-09-01", "2027-12-31"), "2026-08-31", "2026-08-31", true, "at most ten years", nil},
		{"001: lease end not given: shown to the ten-year limit", lease("2016-09-01", ""), "2017-01-01", "2026-08-31", true, "give the date your lease&care agreement ends", nil},
		{"001: a lease within the first three years has no after-three-years benefit", lease("2016-09-01", "2019-02-28"), "2017-01-01", "2019-02-28", true, "",
			[]string{"breakdown-warranty", "hotel", "recovery"}},
		{"issue: comes on top of smartmove for a car registered before 31/10/14", lease("2014-06-01", "2018-05-31"), "2015-01-01", "2018-05-31", true, "on top of smartmove assistance", nil},
	}
	for _, tt := range tests {
		t.Run(tt.clause, func(t *testing.T) {
			cv := coverOf(t, tt.car, tt.on, SaleAndCareMove)
			assert.Equal(t, tt.until, cv.Until.String())
			assert.Equal(t, tt.active, cv.Active)
			assert.Contains(t, cv.Basis, tt.basis)
			if tt.benefits != nil {
				var ids []string
				for _, b := range cv.Benefits {
					ids = append(ids, b.ID)
				}
				assert.Equal(t, tt.benefits, ids)
			}
		})
	}
	t.Run("001: Within the first three years ... For the years which remain (up to ten years)", func(t *testing.T) {
		cv := coverOf(t, lease("2016-09-01", "2027-12-31"), "2020-01-01", SaleAndCareMove)
		assert.Equal(t, "2016-09-01", cv.Benefits[0].From.String())
		assert.Equal(t, "2019-08-31", cv.Benefits[0].Until.String())
		assert.Equal(t, "2019-09-01", cv.Benefits[1].From.String())
		assert.Equal(t, "2026-08-31", cv.Benefits[1].Until.String())
	})
	t.Run("issue: on top of smart road assistance, not instead of it", func(t *testing.T) {
		a, err := Assess(Question{Car: lease("2016-09-01", "2020-08-31"), On: ds("2017-01-01")})
		require.NoError(t, err)
		require.Len(t, a.Schemes, 2)
		assert.Equal(t, SmartRoadAssistance, a.Schemes[0].Scheme)
		assert.Equal(t, SaleAndCareMove, a.Schemes[1].Scheme)
	})
	t.Run("no sale&care move without lease&care", func(t *testing.T) {
		a, err := Assess(Question{Car: Car{FirstRegistered: ds("2016-09-01"), Agreement: standards.OperatingLease, Powertrain: standards.Electric}, On: ds("2017-01-01")})
		require.NoError(t, err)
		assert.Len(t, a.Schemes, 1)
	})
}

func TestWorkingDayBenefits(t *testing.T) {
	benefit := func(t *testing.T, cv Cover, id string) Benefit {
		t.Helper()
		for _, b := range cv.Benefits {
			if b.ID == id {
				return b
			}
		}
		require.Failf(t, "benefit missing", id)
		return Benefit{}
	}
	assess := func(t *testing.T, reg, start string) Cover {
		t.Helper()
		a, err := Assess(Question{Car: Car{FirstRegistered: ds(reg)}, On: ds(start), Start: ds(start)})
		require.NoError(t, err)
		return a.Schemes[0]
	}
	tests := []struct {
		clause, reg, start, id, limit string
	}{
		{"000 Replacement car: up to three working days", "2024-01-01", "2025-11-24", "replacement-car", "up to Wednesday 26 November 2025 (three working days)"},
		{"000 Hotel accommodation: up to three working days, over Christmas", "2024-01-01", "2025-12-24", "hotel", "up to Tuesday 30 December 2025 (three working days)"},
		{"000 Vehicle repatriation: within 3 working days, over Easter: Scotland has no Easter Monday, so the earlier day is shown", "2024-01-01", "2025-04-17", "repatriation", "cannot be completed by Tuesday 22 April 2025 (3 working days); bank holidays differ"},
		{"000 smartmove Loan car: up to two working days", "2013-01-01", "2014-12-31", "loan-car", "up to Friday 2 January 2015 (two working days)"},
		{"Scotland's 2 January bank holiday is noted", "2024-01-01", "2024-12-31", "replacement-car", "up to Monday 6 January 2025 in Scotland"},
	}
	for _, tt := range tests {
		t.Run(tt.clause, func(t *testing.T) {
			b := benefit(t, assess(t, tt.reg, tt.start), tt.id)
			assert.Contains(t, b.Limit, tt.limit)
			require.NotNil(t, b.WorkingDays)
			assert.Equal(t, tt.start, b.WorkingDays.Start.String())
		})
	}
	t.Run("no start date: the limit in words, no dates", func(t *testing.T) {
		b := benefit(t, coverOf(t, Car{FirstRegistered: ds("2024-01-01")}, "2025-01-01", SmartRoadAssistance), "replacement-car")
		assert.Equal(t, "if your smart cannot be got back on the road immediately: for the duration of the repair, up to three working days", b.Limit)
		assert.Nil(t, b.WorkingDays)
	})
}

// The short limits keep the conditions the page puts on each benefit, so
// the benefits never read as wider than they are.
func TestBenefitConditionsKept(t *testing.T) {
	for _, tt := range []struct{ clause, id, when string }{
		{"000 Vehicle repatriation: If you breakdown far from home", "repatriation", "if you break down far from home"},
		{"000 Vehicle drop-off: If you breakdown locally, once the repair is complete", "drop-off", "if you break down locally, once the repair is complete"},
		{"000 Hotel accommodation: If you prefer to stay locally", "hotel", "if you prefer to stay locally"},
		{"000 Replacement car: If we can’t get your smart back on the road immediately", "replacement-car", "cannot be got back on the road immediately"},
	} {
		for _, start := range []date.Date{{}, ds("2025-11-24")} {
			a, err := Assess(Question{Car: Car{FirstRegistered: ds("2024-01-01")}, On: ds("2025-11-24"), Start: start})
			require.NoError(t, err)
			found := false
			for _, b := range a.Schemes[0].Benefits {
				if b.ID == tt.id {
					found = true
					assert.Contains(t, b.Limit, tt.when, tt.clause)
				}
			}
			assert.True(t, found, tt.id)
		}
	}
}

func TestSchemeRulesData(t *testing.T) {
	names := map[Scheme]string{SmartRoadAssistance: "smart road assistance", SmartmoveAssistance: "smartmove assistance", SaleAndCareMove: "sale&care move"}
	require.Len(t, SchemeRules, len(names))
	for _, r := range SchemeRules {
		assert.Equal(t, names[r.Scheme], r.Scheme.String())
		assert.NotEmpty(t, r.Source, r.Scheme.String())
		ids := map[string]bool{}
		for _, b := range r.Benefits {
			assert.NotEmpty(t, b.Source, b.ID)
			assert.NotEmpty(t, b.Text, b.ID)
			assert.False(t, ids[b.ID], "duplicate benefit id %s", b.ID)
			ids[b.ID] = true
			assert.Equal(t, b.WorkingDays > 0, b.Dated != "", "%s: a working-day limit needs its dated wording", b.ID)
		}
	}
	assert.Equal(t, "Scheme(9)", Scheme(9).String())
}
