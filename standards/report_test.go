package standards

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/smart-selfcheck/selfcheck/date"
)

func TestVerdictWording(t *testing.T) {
	for _, tc := range []struct {
		clause          string
		v               Verdict
		text, symbol    string
		heading, counts string
	}{
		{"acceptable: fair wear and tear", Acceptable, "Acceptable", "✓", "Acceptable", "acceptable"},
		{"not acceptable: likely to be charged (p.15, Please note)", NotAcceptable, "Not acceptable", "✗", "Not acceptable: likely to be charged", "not acceptable"},
		{"borderline: have it looked at", Borderline, "Borderline: have it looked at", "?", "Borderline: have these looked at", "borderline"},
		{"an area not checked is never shown as passed", 0, "Not checked yet", "○", "Not checked yet", "not checked"},
	} {
		t.Run(tc.clause, func(t *testing.T) {
			assert.Equal(t, tc.text, VerdictText(tc.v))
			assert.Equal(t, tc.symbol, VerdictSymbol(tc.v))
			assert.Equal(t, tc.heading, VerdictHeading(tc.v))
			assert.Equal(t, tc.counts, wordingOf(tc.v).count)
		})
	}
	assert.Equal(t, "Not checked yet", VerdictText(Verdict(9)), "a verdict past the end reads as not decided, never as passed")
}

func TestTallies(t *testing.T) {
	got := Counts{Acceptable: 3, NotAcceptable: 1, Borderline: 2}.Tallies()
	assert.Equal(t, []Tally{{NotAcceptable, 1, "not acceptable"}, {Borderline, 2, "borderline"}, {Acceptable, 3, "acceptable"}}, got, "gravest first")
}

func TestAreaWording(t *testing.T) {
	for _, tc := range []struct {
		clause string
		a      AreaStatus
		v      Verdict
		text   string
	}{
		{"not checked", AreaStatus{}, 0, "Not checked yet"},
		{"not checked even with counts: never passed", AreaStatus{Counts: Counts{Acceptable: 1}}, 0, "Not checked yet"},
		{"checked, nothing found", AreaStatus{Checked: true}, Acceptable, "Checked: nothing found"},
		{"one acceptable finding", AreaStatus{Checked: true, Counts: Counts{Acceptable: 1}}, Acceptable, "Checked: 1 finding, acceptable"},
		{"findings all of one verdict", AreaStatus{Checked: true, Counts: Counts{Borderline: 2}}, Borderline, "Checked: 2 findings, all borderline"},
		{"the gravest verdict leads", AreaStatus{Checked: true, Counts: Counts{Acceptable: 2, NotAcceptable: 1}}, NotAcceptable, "Checked: 3 findings: 1 not acceptable, 2 acceptable"},
		{"borderline above acceptable", AreaStatus{Checked: true, Counts: Counts{Acceptable: 1, Borderline: 1}}, Borderline, "Checked: 2 findings: 1 borderline, 1 acceptable"},
	} {
		t.Run(tc.clause, func(t *testing.T) {
			assert.Equal(t, tc.v, tc.a.Verdict())
			assert.Equal(t, tc.text, tc.a.Text())
		})
	}
}

func TestFacts(t *testing.T) {
	for _, tc := range []struct {
		clause string
		fd     Finding
		title  string
		facts  string
	}{
		{"a dent on a catalogue panel: the panel answers high-profile", Finding{Kind: "body.dent", Location: "left door", SizeMm: mm(10), OnSwageLineOrEdge: is(false)},
			"Dent, left door", "Size, longest way across: 10 mm · On a swage line (a crease styled into the panel) or an edge: No · Left door is not a high-profile panel"},
		{"a dent on the bonnet is high-profile", Finding{Kind: "body.dent", Location: "Bonnet", SizeMm: mm(4.5)},
			"Dent, Bonnet", "Size, longest way across: 4.5 mm · On a swage line (a crease styled into the panel) or an edge: not recorded · Bonnet is a high-profile panel: the standards accept no dents there"},
		{"a tyre: the wheel by its label, the tread with its unit", Finding{Kind: "wheels.tyre", Position: "front-left", TreadMm: mm(3), Brand: "Pirelli", PremiumBrand: is(true)},
			"Tyre", "Wheel: Front left · Lowest tread depth across the middle 75% of the tyre: 3 mm · Tyre brand: Pirelli · A premium brand approved by the manufacturer, such as Pirelli or Bridgestone: Yes"},
		{"a kind not in the catalogue: its id, no facts", Finding{Kind: "body.unknown", Location: "roof"}, "body.unknown, roof", ""},
	} {
		t.Run(tc.clause, func(t *testing.T) {
			res := judge(&tc.fd)
			assert.Equal(t, tc.title, res.Title())
			assert.Equal(t, tc.facts, FactsText(Facts(&tc.fd)))
		})
	}
}

func TestItemWording(t *testing.T) {
	r := Evaluate(&File{Vehicle: Vehicle{Powertrain: Petrol, FirstRegistered: d(2019, 3, 14)}, Items: map[string]bool{"v5c": true, "handbook": false}}, d(2025, 1, 1))
	byID := map[string]ItemStatus{}
	for _, it := range r.Items {
		byID[it.ID] = it
	}
	for _, tc := range []struct {
		clause, id, when, have string
	}{
		{"always needed: no when", "v5c", "", "You have it"},
		{"missing: the booklet lists it", "handbook", "", "Missing: the booklet lists it among the items to be returned with your smart"},
		{"not said", "spare-keys", "", "You have not said whether you have it"},
		{"MOT certificate (if applicable): over three years old", "mot-certificate", "Needed: when the car is over three years old at the return date.", "You have not said whether you have it"},
		{"charging cables: electric cars only", "charging-cables", "Not needed for this car: only electric cars.", "You have not said whether you have it"},
	} {
		t.Run(tc.clause, func(t *testing.T) {
			assert.Equal(t, tc.when, byID[tc.id].When())
			assert.Equal(t, tc.have, byID[tc.id].HaveText())
		})
	}
	for _, it := range r.Items {
		assert.Regexp(t, `^[A-Z0-9][^A-Z]*$|^V5C log book$|^MOT certificate$`, it.Label, "one capitalisation: sentence case (%s)", it.ID)
	}
}

func TestWarnings(t *testing.T) {
	today := d(2026, 12, 2)
	for _, tc := range []struct {
		clause string
		v      Vehicle
		want   map[string]string // by path, a part of the text
	}{
		{"a first registration in the future", Vehicle{Powertrain: Petrol, FirstRegistered: d(2027, 1, 5)},
			map[string]string{"vehicle.firstRegistered": "a car cannot be first registered in the future"}},
		{"a return date already passed", Vehicle{Powertrain: Petrol, FirstRegistered: d(2020, 1, 5), AgreementEnds: d(2026, 11, 30)},
			map[string]string{"vehicle.agreementEnds": "This date has passed: the check counts 30 November 2026 as the return date"}},
		{"today's return date has not passed", Vehicle{Powertrain: Petrol, FirstRegistered: d(2020, 1, 5), AgreementEnds: today}, map[string]string{}},
		{"registered today is not the future", Vehicle{Powertrain: Petrol, FirstRegistered: today}, map[string]string{}},
	} {
		t.Run(tc.clause, func(t *testing.T) {
			r := Evaluate(&File{Vehicle: tc.v}, today)
			require.Len(t, r.Warnings, len(tc.want))
			for path, part := range tc.want {
				assert.Contains(t, r.WarningAt(path), part)
			}
		})
	}
}

func TestCarFacts(t *testing.T) {
	today := d(2026, 12, 2)
	none := func(string) bool { return false }
	for _, tc := range []struct {
		clause string
		v      Vehicle
		unread string // a path typed but not readable
		want   []string
		not    string
	}{
		{"over two years at return: up to 4 dents; over three: the MOT", Vehicle{Powertrain: Petrol, FirstRegistered: d(2019, 3, 14), AgreementEnds: d(2027, 3, 31)}, "",
			[]string{"Return date: 31 March 2027, when your agreement ends.", "Your car will be over two years old at the return date, so up to 4 small dents are acceptable (less than 13 mm, one per panel).",
				"Your car will be over three years old at the return date, so an MOT with six months left is needed, and the MOT certificate goes back with the car.",
				"No charging cables to check: they apply to electric cars only."}, ""},
		{"up to two years: up to 2 dents, no MOT", Vehicle{Powertrain: Electric, FirstRegistered: d(2026, 1, 1)}, "",
			[]string{"Return date: today, 2 December 2026, as no agreement end date is given.", "Your car will be up to two years old at the return date, so up to 2 small dents are acceptable (less than 13 mm, one per panel).",
				"Your car will be three years old or less at the return date, so no MOT certificate is needed.",
				"Your car is electric, so the charging cables are checked and go back with the car."}, ""},
		{"an invalid end date is not 'no end date given'", Vehicle{Powertrain: Petrol, FirstRegistered: d(2020, 1, 1)}, "vehicle.agreementEnds",
			[]string{"Return date: today, 2 December 2026, until the agreement end date above is a real date."}, "no agreement end date is given"},
		{"a first registration in the future: no 'no MOT needed'", Vehicle{Powertrain: Petrol, FirstRegistered: d(2027, 6, 1)}, "",
			[]string{"The first registration date is after today, so the car's age is not known: up to 2 small dents are counted, and whether an MOT is needed is not known until the date is corrected."}, "no MOT certificate is needed"},
		{"a return date passed is said", Vehicle{Powertrain: Petrol, FirstRegistered: d(2020, 1, 1), AgreementEnds: d(2026, 11, 1)}, "",
			[]string{"Return date: 1 November 2026, when your agreement ends. That date has passed."}, ""},
	} {
		t.Run(tc.clause, func(t *testing.T) {
			unread := none
			if tc.unread != "" {
				unread = func(p string) bool { return p == tc.unread }
			}
			f := &File{Vehicle: tc.v}
			r := Evaluate(f, today)
			got := CarFacts(&f.Vehicle, &r, unread)
			for _, w := range tc.want {
				assert.Contains(t, got, w)
			}
			if tc.not != "" {
				for _, g := range got {
					assert.NotContains(t, g, tc.not)
				}
			}
		})
	}
}

// The report's words hold no date as the file writes it: drivers read
// "1 March 2021", never "2021-03-01".
func TestCarDetailsMissing(t *testing.T) {
	for _, tc := range []struct {
		clause string
		v      Vehicle
		says   string
		fields []string
	}{
		{"neither: dents as for a car up to two years old, no charging cables", Vehicle{}, "powertrain and first registration date are missing", []string{"powertrain", "firstRegistered"}},
		{"no first registration date: dents as for a car up to two years old", Vehicle{Powertrain: Electric}, "first registration date is missing, so the verdicts assume a car up to two years old", []string{"firstRegistered"}},
		{"no powertrain: charging cables go back with electric cars only", Vehicle{FirstRegistered: d(2019, 3, 14)}, "powertrain is missing, so the items leave out an electric car's charging cables", []string{"powertrain"}},
		{"both given: nothing to say", Vehicle{Powertrain: Petrol, FirstRegistered: d(2019, 3, 14)}, "", nil},
	} {
		t.Run(tc.clause, func(t *testing.T) {
			text, fields := CarDetailsMissing(&tc.v)
			assert.Equal(t, tc.fields, fields)
			if tc.says == "" {
				assert.Empty(t, text)
			} else {
				assert.Contains(t, text, tc.says)
			}
			for _, f := range fields {
				assert.NotNil(t, (&File{}).Field("vehicle."+f), "a field of the vehicle's schema")
			}
		})
	}
}

func TestNoISODates(t *testing.T) {
	f := &File{Vehicle: Vehicle{Powertrain: Petrol, FirstRegistered: d(2019, 3, 14), AgreementEnds: d(2025, 6, 1), MOTExpires: d(2025, 1, 1), LastOfficialService: d(2024, 5, 5)},
		Findings: []Finding{{Kind: "body.dent", Location: "Bonnet", SizeMm: mm(3)}}}
	for _, asOf := range []date.Date{d(2024, 12, 1), d(2025, 7, 1)} {
		r := Evaluate(f, asOf)
		var words []string
		for _, a := range r.Actions {
			words = append(words, a.Text)
		}
		for _, w := range r.Warnings {
			words = append(words, w.Text)
		}
		words = append(words, CarFacts(&f.Vehicle, &r, func(string) bool { return false })...)
		for _, res := range r.Findings {
			words = append(words, res.Reason)
		}
		for _, w := range words {
			assert.NotRegexp(t, `\d{4}-\d{2}-\d{2}`, w)
		}
	}
}
