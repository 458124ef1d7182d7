package standards

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// One finding on its own, on a car with room in every allowance.
func TestMeasuredFindings(t *testing.T) {
	onDoor := func(size *float64) Finding {
		return Finding{Kind: "body.dent", Location: "left door", SizeMm: size, OnSwageLineOrEdge: is(false), HighProfilePanel: is(false)}
	}
	chip := func(size *float64) Finding {
		return Finding{Kind: "glass.windscreen-chip", SizeMm: size, InDriversView: is(false), Cracking: is(false)}
	}
	scuff := func(size *float64, spoils *bool) Finding {
		return Finding{Kind: "bumpers.scuff", Location: "rear bumper", SizeMm: size, AffectsAppearance: spoils}
	}
	for _, tc := range []struct {
		clause  string
		finding Finding
		want    Verdict
		reason  string // part of the reason
		quote   string // part of the quote
	}{
		{"dent: less than 13mm", onDoor(mm(12.9)), Acceptable, "Less than 13 mm", "less than 13mm"},
		{"dent: 13mm is not less than 13mm", onDoor(mm(13)), NotAcceptable, "13 mm across: the standards accept dents only when less than 13 mm", "less than 13mm"},
		{"dent: 13mm or more", onDoor(mm(14)), NotAcceptable, "13 mm or more across: the standards accept dents less than 13 mm.", "less than 13mm"},
		{"dent: zero size", onDoor(mm(0)), Acceptable, "Less than 13 mm", ""},
		{"dent: not measured", onDoor(nil), Borderline, "Not measured", "less than 13mm"},
		{"dent: on a swage line or edge", Finding{Kind: "body.dent", Location: "left door", SizeMm: mm(5), OnSwageLineOrEdge: is(true), HighProfilePanel: is(false)}, NotAcceptable, "swage line or edge", "Dents on swage lines"},
		{"dent: swage line not said", Finding{Kind: "body.dent", Location: "left door", SizeMm: mm(5), HighProfilePanel: is(false)}, Borderline, "did not say whether it is on a swage line", "Dents on swage lines"},
		{"dent: high profile panel said", Finding{Kind: "body.dent", Location: "left door", SizeMm: mm(5), OnSwageLineOrEdge: is(false), HighProfilePanel: is(true)}, NotAcceptable, "high-profile panel", "bonnets/wheel arches"},
		{"dent: bonnet is a high profile panel whatever is said", Finding{Kind: "body.dent", Location: "Bonnet", SizeMm: mm(5), OnSwageLineOrEdge: is(false), HighProfilePanel: is(false)}, NotAcceptable, "high-profile panel", "bonnets/wheel arches"},
		{"dent: wheel arch is a high profile panel", Finding{Kind: "body.dent", Location: "left-rear-wheel-arch", SizeMm: mm(5), OnSwageLineOrEdge: is(false)}, NotAcceptable, "high-profile panel", ""},
		{"dent: a known panel that is not high profile", Finding{Kind: "body.dent", Location: "Roof", SizeMm: mm(5), OnSwageLineOrEdge: is(false)}, Acceptable, "Less than 13 mm", ""},
		{"dent: high profile not said, panel unknown", Finding{Kind: "body.dent", Location: "somewhere", SizeMm: mm(5), OnSwageLineOrEdge: is(false)}, Borderline, "high-profile panel (bonnet or wheel arch), where no dent is accepted", ""},
		{"dent: one per panel needs the panel", Finding{Kind: "body.dent", SizeMm: mm(5), OnSwageLineOrEdge: is(false), HighProfilePanel: is(false)}, Borderline, "which panel", "maximum one dent per panel"},
		{"dent: all not-acceptable reasons given", Finding{Kind: "body.dent", Location: "bonnet", SizeMm: mm(20), OnSwageLineOrEdge: is(true)}, NotAcceptable, "13 mm or more across: the standards accept dents less than 13 mm. On a swage line or edge: the standards do not accept dents there, whatever their size. On a high-profile panel", ""},

		{"windscreen chip: less than 5mm", chip(mm(4.9)), Acceptable, "Less than 5 mm", "less than 5mm"},
		{"windscreen chip: exactly 5mm is a gap", chip(mm(5)), Borderline, "Exactly 5 mm", "Chips greater than 5mm"},
		{"windscreen chip: greater than 5mm", chip(mm(5.1)), NotAcceptable, "Greater than 5 mm", "Chips greater than 5mm"},
		{"windscreen chip: not measured", chip(nil), Borderline, "Not measured", ""},
		{"windscreen chip: in the driver's line of sight", Finding{Kind: "glass.windscreen-chip", SizeMm: mm(1), InDriversView: is(true), Cracking: is(false)}, NotAcceptable, "line of sight", "within the driver's line of sight"},
		{"windscreen chip: signs of cracking", Finding{Kind: "glass.windscreen-chip", SizeMm: mm(1), InDriversView: is(false), Cracking: is(true)}, NotAcceptable, "cracking", "signs of cracking"},
		{"windscreen chip: line of sight not said", Finding{Kind: "glass.windscreen-chip", SizeMm: mm(1), Cracking: is(false)}, Borderline, "line of sight", ""},
		{"windscreen chip: a gap and a fault is not acceptable", Finding{Kind: "glass.windscreen-chip", SizeMm: mm(5), InDriversView: is(true), Cracking: is(false)}, NotAcceptable, "line of sight", ""},

		{"rim scuff: under 25mm", Finding{Kind: "wheels.rim-scuff", Position: "front-left", SizeMm: mm(24.9)}, Acceptable, "Under 25 mm", "under 25mm"},
		{"rim scuff: exactly 25mm is a gap", Finding{Kind: "wheels.rim-scuff", SizeMm: mm(25)}, Borderline, "Exactly 25 mm", "exceeding 25mm"},
		{"rim scuff: exceeding 25mm", Finding{Kind: "wheels.rim-scuff", SizeMm: mm(25.1)}, NotAcceptable, "Over 25 mm", "exceeding 25mm"},
		{"rim scuff: not measured", Finding{Kind: "wheels.rim-scuff"}, Borderline, "Not measured", ""},

		{"bumper scuff: up to 50mm", scuff(mm(50), is(false)), Acceptable, "Up to 50 mm", "up to 50mm"},
		{"bumper scuff: over 50mm", scuff(mm(50.5), is(false)), NotAcceptable, "Over 50 mm", "up to 50mm"},
		{"bumper scuff: adversely affects appearance", scuff(mm(10), is(true)), NotAcceptable, "spoils the overall appearance", "adversely affect"},
		{"bumper scuff: appearance not said", scuff(mm(10), nil), Borderline, "did not say whether it spoils", ""},

		{"tyre: minimum 1.6mm tread", Finding{Kind: "wheels.tyre", Position: "spare", TreadMm: mm(1.6), PremiumBrand: is(true)}, Acceptable, "At least 1.6 mm", "Minimum remaining tread"},
		{"tyre: less than 1.6mm, spare included", Finding{Kind: "wheels.tyre", Position: "spare", TreadMm: mm(1.59)}, NotAcceptable, "Less than 1.6 mm", "Less than 1.6mm tread depth"},
		{"tyre: not measured", Finding{Kind: "wheels.tyre", Position: "spare"}, Borderline, "Tread not measured", ""},

		{"fixed kind: not acceptable", Finding{Kind: "interior.burn"}, NotAcceptable, "likely to be charged", "Burns to trim"},
		{"fixed kind: acceptable", Finding{Kind: "body.light-scratch"}, Acceptable, "accept this", "Light surface scratches"},
		{"fixed kind: wraps and livery", Finding{Kind: "body.wrap-or-livery"}, NotAcceptable, "likely to be charged", "wraps or livery"},
		{"unknown kind, when the app evaluates a file with problems", Finding{Kind: "body.hole"}, Borderline, "not in the standards' catalogue", ""},
	} {
		r := Evaluate(petrolCar(tc.finding), d(2020, 1, 1)).Findings[0]
		assert.Equal(t, tc.want, r.Verdict, tc.clause)
		assert.Contains(t, r.Reason, tc.reason, tc.clause)
		assert.Contains(t, r.Quote, tc.quote, tc.clause)
		if tc.quote != "" {
			assert.NotEmpty(t, r.Source, tc.clause)
		}
	}
}
