package app

import (
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/smart-selfcheck/selfcheck/cover"
	"github.com/smart-selfcheck/selfcheck/date"
	"github.com/smart-selfcheck/selfcheck/standards"
)

func TestPlaceFinder(t *testing.T) {
	for _, c := range []struct {
		name, query    string
		wantPlace      string // "" when no place is found
		wantCovered    bool
		wantAnswer     bool
		wantSuggestion string // one of the suggestions; "" when none are expected
	}{
		{"an own name answers at once", "Deutschland", "Germany", true, true, ""},
		{"an own name with accents answers at once", "Österreich", "Austria", true, true, ""},
		{"a code answers at once", "ch", "Switzerland", true, true, ""},
		{"an overseas territory is not covered", "Réunion", "Réunion", false, true, ""},
		{"the start of a name suggests places, with no answer yet", "Deu", "", false, false, "Germany"},
		{"an exact name still offers the places it could be confused with", "Ireland", "Ireland", true, true, "Northern Ireland"},
		{"000 Area covered: a place the app does not know is never not covered: the gazetteer is asked", "London", "", false, true, ""},
		{"nothing typed answers nothing", "  ", "", false, false, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			f := newPlaceFinder("x")
			ask := f.search(c.query)
			assert.Equal(t, c.query, f.query, "what was typed is kept")
			assert.Equal(t, c.wantPlace == "" && strings.TrimSpace(c.query) != "", ask, "the gazetteer is asked when the app does not know the name")
			if f.answer != nil && f.answer.Place == nil {
				assert.False(t, f.answer.Known)
				assert.NotContains(t, f.answer.Reason, "not covered")
			}
			assert.Equal(t, c.wantAnswer, f.answer != nil)
			assert.Equal(t, c.wantPlace, placeName(f.place()))
			if f.answer != nil {
				assert.Equal(t, c.wantCovered, f.answer.Covered)
			}
			if c.wantSuggestion != "" {
				var names []string
				for _, s := range f.suggestions {
					names = append(names, s.Name)
				}
				assert.Contains(t, names, c.wantSuggestion)
			}
		})
	}
	t.Run("choosing a town the gazetteer offered settles on its country", func(t *testing.T) {
		f := newPlaceFinder("x")
		f.search("Lond")
		f.chooseTown(townMatch{Town: "London", Kind: "city", In: "Great Britain"})
		assert.Equal(t, "London", f.query)
		assert.Equal(t, "Great Britain", placeName(f.place()))
		assert.True(t, f.answer.Covered)
		assert.Contains(t, f.answer.Reason, "London is a city in Great Britain")
	})
	t.Run("choosing a suggestion settles on it", func(t *testing.T) {
		f := newPlaceFinder("x")
		f.search("Deu")
		f.choose(f.suggestions[0].Place)
		assert.Equal(t, "Germany", f.query)
		assert.Empty(t, f.suggestions)
		assert.Equal(t, "Germany", placeName(f.place()))
	})
}

func TestCheckPhone(t *testing.T) {
	for _, c := range []struct {
		name, number, want string // want: part of the problem, "" when fine
	}{
		{"empty is fine until typed", "", ""},
		{"a UK mobile with spaces", "07700 900123", ""},
		{"international with + and brackets", "+44 (0)7700-900123", ""},
		{"letters cannot be dialled", "call me", "cannot be dialled"},
		{"a + in the middle cannot be dialled", "0044+7700", "cannot be dialled"},
		{"too few digits", "+44 77", "too short"},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := problemText(checkPhone(c.number))
			if c.want == "" {
				assert.Empty(t, got)
				return
			}
			assert.Contains(t, got, c.want)
		})
	}
}

func TestCoverState(t *testing.T) {
	today := date.MustParse("2025-11-24") // a Monday
	saved := standards.Vehicle{FirstRegistered: date.MustParse("2019-03-14"), LastOfficialService: date.MustParse("2025-02-01"),
		Agreement: standards.Agility, Powertrain: standards.Petrol}
	savedMiles := 30100.0
	for _, c := range []struct {
		name         string
		vehicle      standards.Vehicle
		notes        assistanceNotes
		wantSchemes  []string
		wantActive   bool
		wantProblems map[string]string // input id: part of its problem
		wantBattery  int
		wantLimit    string // part of the replacement car's limit
		wantDue      []bool // each Battery Care task due now
	}{
		{name: "nothing saved or typed: no answer yet"},
		{name: "the saved vehicle renewed by its service", vehicle: saved,
			wantSchemes: []string{"smart road assistance"}, wantActive: true, wantLimit: "up to Wednesday 26 November 2025 (three working days)"},
		{name: "a date typed wins over the saved one", vehicle: saved, notes: assistanceNotes{Serviced: "2023-01-01"},
			wantSchemes: []string{"smart road assistance"}, wantActive: false},
		{name: "a breakdown start the driver picks", vehicle: saved, notes: assistanceNotes{Start: "2025-12-24"},
			wantSchemes: []string{"smart road assistance"}, wantActive: true, wantLimit: "up to Tuesday 30 December 2025 (three working days)"},
		{name: "000 Replacement car, three working days from Good Friday 2026, in Scotland (no Easter Monday): the earlier day",
			vehicle: saved, notes: assistanceNotes{Start: "2026-04-03", Nation: "scotland"},
			wantSchemes: []string{"smart road assistance"}, wantActive: true, wantLimit: "up to Wednesday 8 April 2026 (three working days); bank holidays differ across the UK: up to Wednesday 8 April 2026 in Scotland; up to Thursday 9 April 2026 in England and Wales. The documents do not say whose bank holidays count, so we show the earlier day: ask road assistance"},
		{name: "Good Friday 2026 in Wales: Easter Monday is a bank holiday",
			vehicle: saved, notes: assistanceNotes{Start: "2026-04-03", Nation: "wales"},
			wantSchemes: []string{"smart road assistance"}, wantActive: true, wantLimit: "up to Thursday 9 April 2026 (three working days)"},
		{name: "typed on the spot with no saved check", notes: assistanceNotes{Registered: "2010-05-01"},
			wantSchemes: []string{"smartmove assistance"}, wantActive: false},
		{name: "a service before registration is put beside the service", notes: assistanceNotes{Registered: "2019-03-14", Serviced: "2018-01-01"},
			wantProblems: map[string]string{"cover-serviced": "before the car was first registered"}},
		{name: "a date that is not a date", notes: assistanceNotes{Registered: "14/03/2019"},
			wantProblems: map[string]string{"cover-registered": "Must be a date"}},
		{name: "lease&care adds sale&care move and Battery Care Cover, with road assistance lapsed after three years", notes: assistanceNotes{Registered: "2017-06-01", LeaseAndCare: true},
			wantSchemes: []string{"smart road assistance", "sale&care move"}, wantActive: false, wantBattery: 2},
		{name: "a battery check after today", notes: assistanceNotes{Registered: "2017-06-01", LeaseAndCare: true, BatteryCheck: "2026-01-01"},
			wantSchemes: []string{"smart road assistance", "sale&care move"}, wantActive: false,
			wantProblems: map[string]string{"cover-battery-check": "after today"}},
		{name: "001 Battery Care Cover: a check a week ago at 30,000 miles is not due at the saved 30,100 miles",
			vehicle: standards.Vehicle{Mileage: &savedMiles},
			notes: assistanceNotes{Registered: "2017-06-01", LeaseAndCare: true,
				BatteryCheck: "2025-11-17", CheckMiles: "30000", Cartridge: "2025-01-10", CartMiles: "21000"},
			wantSchemes: []string{"smart road assistance", "sale&care move"}, wantActive: false, wantBattery: 2, wantDue: []bool{false, false}},
		{name: "001 Battery Care Cover: the cartridge is due at 24,800 miles after its change, whichever comes first",
			notes: assistanceNotes{Registered: "2017-06-01", LeaseAndCare: true, Miles: "46000",
				BatteryCheck: "2025-11-17", CheckMiles: "45000", Cartridge: "2025-01-10", CartMiles: "21000"},
			wantSchemes: []string{"smart road assistance", "sale&care move"}, wantActive: false, wantBattery: 2, wantDue: []bool{false, true}},
		{name: "a mileage that is not a number is put beside it",
			notes:       assistanceNotes{Registered: "2017-06-01", LeaseAndCare: true, BatteryCheck: "2025-11-17", CheckMiles: "about 30k"},
			wantSchemes: []string{"smart road assistance", "sale&care move"}, wantActive: false,
			wantProblems: map[string]string{"cover-battery-check-miles": "whole number of miles"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			var s coverState
			s.work(c.vehicle, c.notes, today)
			for id, want := range c.wantProblems {
				assert.Contains(t, s.problems[id], want, id)
			}
			if c.wantProblems == nil {
				assert.Empty(t, s.problems)
			}
			assert.Len(t, s.battery, c.wantBattery)
			for i, due := range c.wantDue {
				assert.Equal(t, due, s.battery[i].Due, s.battery[i].Summary)
			}
			if c.wantSchemes == nil {
				assert.Nil(t, s.answer)
				return
			}
			require.NotNil(t, s.answer)
			var names []string
			for _, sc := range s.answer.Schemes {
				names = append(names, sc.Scheme.String())
			}
			assert.Equal(t, c.wantSchemes, names)
			assert.Equal(t, c.wantActive, s.answer.Schemes[0].Active)
			if c.wantLimit != "" {
				var limits []string
				for _, b := range s.answer.Schemes[0].Benefits {
					limits = append(limits, benefitLimit(b))
				}
				assert.Contains(t, limits, "If your smart cannot be got back on the road immediately: for the duration of the repair, "+c.wantLimit)
			}
		})
	}
}

func TestComplaintDates(t *testing.T) {
	today := date.MustParse("2025-12-01")
	var s complaintState
	s.work("2025-11-24", today)
	require.Len(t, s.dues, 4)
	assert.Equal(t, "Thursday 27 November 2025", s.dues[0].Due.Day(), "three working days")
	assert.Equal(t, "three working days", dueLength(s.dues[0].ComplaintDeadline))
	assert.Equal(t, "eight weeks", dueLength(s.dues[3].ComplaintDeadline))

	s.work("2025-12-02", today)
	assert.Empty(t, s.dues)
	assert.Contains(t, s.problem, "after today")
	assert.Equal(t, "2025-12-02", s.made, "what was typed is kept")
}

func TestPositionInWords(t *testing.T) {
	p := position{Lat: 48.137, Lon: -11.5, Accuracy: 24.6}
	assert.Equal(t, "48.13700° N, 11.50000° W", p.coordinates())
	assert.Equal(t, "48.13700, -11.50000", p.plain())
	assert.Equal(t, "Accurate to about 25 metres.", p.accuracy())
	p.Accuracy = 2500
	assert.Contains(t, p.accuracy(), "about 2.5 km")
}

func TestAssistanceScreenKeepsWhatIsTyped(t *testing.T) {
	s := newMemStore()
	a := newAssistanceScreen().Store(s)
	a.load(date.MustParse("2025-11-24"))
	a.notes.Fault = "Engine light"
	a.keep()
	b := newAssistanceScreen().Store(s)
	b.load(date.MustParse("2025-11-24"))
	assert.Equal(t, "Engine light", b.notes.Fault)

	s.full = true
	a.keep()
	assert.Contains(t, a.saveErr, "refused")
}

func TestAssistanceScreenMounts(t *testing.T) {
	s := newMemStore()
	s.items[keyCheck] = `{"format":"smart-selfcheck","version":1,"vehicle":{"model":"smart fortwo","registrationNumber":"AB19 CDE","firstRegistered":"2019-03-14"}}`
	a := newAssistanceScreen().Store(s)
	d := app.NewClientTester(a)
	defer d.Close()
	d.Consume()
	assert.Equal(t, "smart fortwo AB19 CDE", a.vehicleText())
	require.NotNil(t, a.cover.answer)
	assert.Equal(t, "smart road assistance", a.cover.answer.Schemes[0].Scheme.String())
}

func TestReadingsAreSaid(t *testing.T) {
	today := date.MustParse("2025-11-24")
	lapsed := cover.Cover{Scheme: cover.SmartRoadAssistance, From: date.MustParse("2019-01-01"), Until: date.MustParse("2022-12-31")}
	assert.Contains(t, schemeStatus(lapsed, today), "Ring road assistance to check: they decide", "000: wherever a scheme shows as not active, road assistance decide")
	uk, _ := cover.NumberOf("uk")
	assert.Contains(t, uk.Reading, "00800 2 777 77777, with one digit too many", "000 and 001 print the freephone two ways: the driver is told which is used")
	assert.Contains(t, app.HTMLString(renderNumber(uk)), "one digit too many")
}
