package cli

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCoverPrintsTheAnswer(t *testing.T) {
	code, out, errOut := run(t, "", "cover", "-registered", "2015-01-01", "-serviced", "2019-06-01", "-on", "2019-07-01", "-country", "Deutschland",
		"-agreement", "lease-and-care", "-agreement-ends", "2020-12-31", "-powertrain", "electric", "-start", "2019-07-01")
	require.Equal(t, exitOK, code, errOut)
	assert.Empty(t, errOut)
	var top map[string]json.RawMessage
	require.NoError(t, json.Unmarshal([]byte(out), &top))
	assert.ElementsMatch(t, []string{"asOf", "schemes", "country", "call", "batteryCare"}, keysOf(top))

	var a struct {
		AsOf    string
		Schemes []map[string]json.RawMessage
		Country map[string]json.RawMessage
		Call    []map[string]json.RawMessage
	}
	require.NoError(t, json.Unmarshal([]byte(out), &a))
	assert.Equal(t, "2019-07-01", a.AsOf)
	require.Len(t, a.Schemes, 2)
	for _, s := range a.Schemes {
		assert.ElementsMatch(t, []string{"name", "active", "from", "until", "basis", "benefits"}, keysOf(s))
	}
	assert.JSONEq(t, `"smart road assistance"`, string(a.Schemes[0]["name"]))
	assert.JSONEq(t, `true`, string(a.Schemes[0]["active"]))
	assert.JSONEq(t, `"2020-05-31"`, string(a.Schemes[0]["until"]))
	assert.Contains(t, string(a.Schemes[0]["basis"]), "renewed by the service on 1 June 2019. We read the year")
	assert.JSONEq(t, `"sale&care move"`, string(a.Schemes[1]["name"]))
	assert.Contains(t, out, `"sale&care move"`, "not HTML-escaped")
	assert.Contains(t, out, "up to Wednesday 3 July 2019 (three working days)", "working days from -start")

	assert.ElementsMatch(t, []string{"query", "name", "known", "covered", "reason"}, keysOf(a.Country))
	assert.JSONEq(t, `"Germany"`, string(a.Country["name"]))
	assert.JSONEq(t, `true`, string(a.Country["covered"]))

	var ids []string
	for _, c := range a.Call {
		assert.ElementsMatch(t, []string{"id", "label", "number", "tel"}, keysOf(c))
		var id string
		require.NoError(t, json.Unmarshal(c["id"], &id))
		ids = append(ids, id)
	}
	assert.Equal(t, []string{"international", "mobile"}, ids, "000: calling from outside the UK (International), then the booklet's mobile number")
}

func TestCoverWithoutOptions(t *testing.T) {
	code, out, errOut := run(t, "", "cover", "-registered", "2014-10-31", "-on", "2015-06-01")
	require.Equal(t, exitOK, code, errOut)
	var a struct {
		Schemes []struct {
			Name   string
			Active bool
			Until  string
			Basis  string
		}
		Country *json.RawMessage
	}
	require.NoError(t, json.Unmarshal([]byte(out), &a))
	require.Len(t, a.Schemes, 1)
	assert.Equal(t, "smartmove assistance", a.Schemes[0].Name, "000: 31/10/14 falls between the rules: smartmove")
	assert.Equal(t, "2016-10-30", a.Schemes[0].Until)
	assert.Contains(t, a.Schemes[0].Basis, "31 October 2014")
	assert.Nil(t, a.Country, "no -country: no country key")
}

func TestCoverCountryNotCovered(t *testing.T) {
	code, out, _ := run(t, "", "cover", "-registered", "2016-01-01", "-on", "2017-01-01", "-country", "Réunion")
	require.Equal(t, exitOK, code)
	assert.Contains(t, out, `"covered": false`)
	assert.Contains(t, out, "overseas territory")
}

func TestCoverBadInput(t *testing.T) {
	tests := []struct {
		clause string
		args   []string
		msg    string
	}{
		{"no -registered", []string{"-on", "2020-01-01"}, "cover: -registered is required"},
		{"impossible date", []string{"-registered", "2019-02-30"}, `cover: -registered: "2019-02-30" is not a real date in the form YYYY-MM-DD`},
		{"impossible -on", []string{"-registered", "2019-02-01", "-on", "2019-13-01"}, `-on: "2019-13-01" is not a real date`},
		{"a service before registration", []string{"-registered", "2019-02-01", "-serviced", "2018-01-01", "-on", "2020-01-01"}, "cover: -serviced: 2018-01-01 is before the car was first registered on 2019-02-01"},
		{"a date before registration", []string{"-registered", "2019-02-01", "-on", "2019-01-31"}, "cover: -on: 2019-01-31 is before the car was first registered on 2019-02-01"},
		{"unknown agreement", []string{"-registered", "2019-02-01", "-agreement", "hire-purchase"}, `cover: -agreement: must be one of agility, operating-lease, contract-hire, lease-and-care, none, not "hire-purchase"`},
		{"unknown powertrain", []string{"-registered", "2019-02-01", "-powertrain", "steam"}, `cover: -powertrain: must be petrol, diesel or electric, not "steam"`},
		{"lease&care with petrol", []string{"-registered", "2019-02-01", "-on", "2020-01-01", "-agreement", "lease-and-care", "-powertrain", "petrol"}, "cover: -powertrain: lease&care is a battery lease"},
		{"unknown flag", []string{"-registered", "2019-02-01", "-colour", "red"}, "cover: flag provided but not defined: -colour"},
		{"stray argument", []string{"-registered", "2019-02-01", "France"}, `cover: unexpected argument "France"`},
		{"two problems on one line", []string{"-registered", "2019-02-01", "-serviced", "2019-02-30", "-agreement", "pcp"}, `-serviced: "2019-02-30" is not a real date in the form YYYY-MM-DD; -agreement:`},
	}
	for _, tt := range tests {
		t.Run(tt.clause, func(t *testing.T) {
			code, out, errOut := run(t, "", append([]string{"cover"}, tt.args...)...)
			assert.Equal(t, exitBadInput, code)
			assert.Empty(t, out)
			assert.Contains(t, errOut, tt.msg)
			assert.Equal(t, 1, strings.Count(errOut, "\n"), "one line: %q", errOut)
		})
	}
}

func keysOf(m map[string]json.RawMessage) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

func TestCoverBatteryCare(t *testing.T) {
	for _, tt := range []struct {
		clause            string
		args              []string
		checkBy, cartBy   string
		checkAt, cartAt   int
		checkNow, cartNow bool
	}{
		{"001 Battery Care Cover: a check a week ago at 30,000 miles is due by a year later or at 42,400 miles",
			[]string{"-miles", "30100", "-battery-checked", "2025-11-17", "-battery-checked-miles", "30000",
				"-cartridge-changed", "2025-01-10", "-cartridge-changed-miles", "21000"},
			"2026-11-17", "2027-01-10", 42400, 45800, false, false},
		{"001 Battery Care Cover: every 24 months or 24,800 miles (whichever comes first): the mileage",
			[]string{"-miles", "46000", "-battery-checked", "2025-11-17", "-battery-checked-miles", "45000",
				"-cartridge-changed", "2025-01-10", "-cartridge-changed-miles", "21000"},
			"2026-11-17", "2027-01-10", 57400, 45800, false, true},
	} {
		t.Run(tt.clause, func(t *testing.T) {
			args := append([]string{"cover", "-registered", "2020-01-01", "-on", "2025-11-24", "-agreement", "lease-and-care"}, tt.args...)
			code, out, errOut := run(t, "", args...)
			require.Equal(t, exitOK, code, errOut)
			var a struct {
				BatteryCare map[string]struct {
					DueBy      string
					DueAtMiles int
					DueNow     bool
				}
			}
			require.NoError(t, json.Unmarshal([]byte(out), &a))
			check, cart := a.BatteryCare["battery-check"], a.BatteryCare["drying-cartridge"]
			assert.Equal(t, tt.checkBy, check.DueBy)
			assert.Equal(t, tt.checkAt, check.DueAtMiles)
			assert.Equal(t, tt.checkNow, check.DueNow)
			assert.Equal(t, tt.cartBy, cart.DueBy)
			assert.Equal(t, tt.cartAt, cart.DueAtMiles)
			assert.Equal(t, tt.cartNow, cart.DueNow)
		})
	}
	code, _, errOut := run(t, "", "cover", "-registered", "2020-01-01", "-miles", "3")
	assert.Equal(t, exitBadInput, code)
	assert.Contains(t, errOut, "give -agreement lease-and-care")
	code, _, errOut = run(t, "", "cover", "-registered", "2020-01-01", "-on", "2025-11-24", "-agreement", "lease-and-care", "-battery-checked", "2026-01-01")
	assert.Equal(t, exitBadInput, code)
	assert.Contains(t, errOut, "-battery-checked: 1 January 2026 is after today")
}

func TestCoverCountryAcceptsTownsAndRegions(t *testing.T) {
	for _, tt := range []struct {
		clause, country, name string
		known, covered        bool
		firstCall             string
	}{
		{"000 Area covered: Great Britain: London, from within the UK", "London", "Great Britain", true, true, "uk"},
		{"000 Area covered: Spain: Mallorca's Palma", "Palma", "Spain", true, true, "international"},
		{"a place not known is not known, never not covered", "Atlantis", "", false, false, "uk"},
	} {
		t.Run(tt.clause, func(t *testing.T) {
			code, out, errOut := run(t, "", "cover", "-registered", "2020-01-01", "-on", "2021-01-01", "-country", tt.country)
			require.Equal(t, exitOK, code, errOut)
			var a struct {
				Country struct {
					Name           string
					Known, Covered bool
				}
				Call []struct{ ID string }
			}
			require.NoError(t, json.Unmarshal([]byte(out), &a))
			assert.Equal(t, tt.name, a.Country.Name)
			assert.Equal(t, tt.known, a.Country.Known)
			assert.Equal(t, tt.covered, a.Country.Covered)
			assert.Equal(t, tt.firstCall, a.Call[0].ID)
			if !tt.known {
				assert.Contains(t, out, `"countries": [`, "a place not known comes with the country list")
				assert.Contains(t, out, `"Great Britain"`)
			}
		})
	}
}

func TestCoverNation(t *testing.T) {
	for _, tt := range []struct{ clause, nation, want string }{
		{"000 Replacement car, up to three working days from Good Friday 2026: Scotland has no Easter Monday", "scotland", "up to Wednesday 8 April 2026 (three working days)"},
		{"England has Easter Monday", "england", "up to Thursday 9 April 2026 (three working days)"},
		{"no nation: every nation counts, the earliest day shown", "", "up to Wednesday 8 April 2026 (three working days)"},
	} {
		t.Run(tt.clause, func(t *testing.T) {
			args := []string{"cover", "-registered", "2024-01-01", "-on", "2026-04-03", "-start", "2026-04-03"}
			if tt.nation != "" {
				args = append(args, "-nation", tt.nation)
			}
			code, out, errOut := run(t, "", args...)
			require.Equal(t, exitOK, code, errOut)
			assert.Contains(t, out, "for the duration of the repair, "+tt.want)
		})
	}
	code, _, errOut := run(t, "", "cover", "-registered", "2024-01-01", "-nation", "mars")
	assert.Equal(t, exitBadInput, code)
	assert.Contains(t, errOut, "-nation: \"mars\" is not a nation of the UK")
}

// The flags take the file's names, forgiving case, spaces and the booklet's
// spellings (the cover package no longer keeps a vocabulary of its own).
func TestCoverFlagNames(t *testing.T) {
	for _, tc := range []struct{ clause, in, want string }{
		{"001: agreement types as the booklet writes them", "lease&care", "lease-and-care"},
		{"001: agreement types as the booklet writes them", " Lease and Care ", "lease-and-care"},
		{"001: agreement types as the booklet writes them", "Operating Lease", "operating-lease"},
		{"self-check file v1 names", "contract-hire", "contract-hire"},
		{"001: smart fortwo electric drive", "electric drive", "electric"},
		{"001: smart fortwo electric drive", "EV", "electric"},
		{"not given", "", ""},
	} {
		t.Run(tc.clause+": "+tc.in, func(t *testing.T) {
			assert.Equal(t, tc.want, flagName(tc.in))
		})
	}
}
