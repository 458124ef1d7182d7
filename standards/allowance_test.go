package standards

import (
	"testing"

	"github.com/smart-selfcheck/selfcheck/date"
	"github.com/stretchr/testify/assert"
)

func dentOn(panel string, size float64) Finding {
	return Finding{Kind: "body.dent", Location: panel, SizeMm: &size, OnSwageLineOrEdge: is(false), HighProfilePanel: is(false)}
}

func chipOf(size float64) Finding {
	return Finding{Kind: "glass.windscreen-chip", SizeMm: &size, InDriversView: is(false), Cracking: is(false)}
}

// The car is first registered on 14 March 2019: two years old on 14 March
// 2021, three on 14 March 2022.
func TestDentAllowance(t *testing.T) {
	const A, N, B = Acceptable, NotAcceptable, Borderline
	twoYears, dayAfter := d(2021, 3, 14), d(2021, 3, 15)
	for _, tc := range []struct {
		clause    string
		on        date.Date
		dents     []Finding
		allowance int
		want      []Verdict
	}{
		{"two dents per vehicle up to two years old", twoYears,
			[]Finding{dentOn("left door", 5), dentOn("right door", 6)}, 2, []Verdict{A, A}},
		{"up to two years old includes exactly two years: the most severe beyond two", twoYears,
			[]Finding{dentOn("left door", 5), dentOn("right door", 9), dentOn("roof", 6)}, 2, []Verdict{A, N, A}},
		{"four dents for vehicles over two years: from the day after the second anniversary", dayAfter,
			[]Finding{dentOn("left door", 5), dentOn("right door", 9), dentOn("roof", 6), dentOn("tailgate", 1)}, 4, []Verdict{A, A, A, A}},
		{"if more than four dents exist, the most severe should be repaired", dayAfter,
			[]Finding{dentOn("left door", 5), dentOn("right door", 9), dentOn("roof", 6), dentOn("tailgate", 1), dentOn("left sill", 12), dentOn("right sill", 2)}, 4,
			[]Verdict{A, N, A, A, N, A}},
		{"maximum one dent per panel: the most severe on the panel is not acceptable", twoYears,
			[]Finding{dentOn("left door", 8), dentOn(" Left  DOOR ", 4)}, 2, []Verdict{N, A}},
		{"one per panel first, then two per vehicle", twoYears,
			[]Finding{dentOn("left door", 8), dentOn("left door", 4), dentOn("roof", 3), dentOn("tailgate", 2)}, 2, []Verdict{N, N, A, A}},
		{"dents already not acceptable do not use the allowance", twoYears,
			[]Finding{dentOn("left door", 20), dentOn("bonnet", 2), dentOn("roof", 3), dentOn("tailgate", 2)}, 2, []Verdict{N, N, A, A}},
		{"equal sizes: the later one goes beyond the allowance", twoYears,
			[]Finding{dentOn("roof", 3), dentOn("tailgate", 3), dentOn("left door", 3)}, 2, []Verdict{A, A, N}},
		{"unmeasured dents count as the most severe", twoYears,
			[]Finding{{Kind: "body.dent", Location: "roof", OnSwageLineOrEdge: is(false)}, dentOn("tailgate", 3), dentOn("left door", 12)}, 2, []Verdict{N, A, A}},
		{"dents without a panel count towards the vehicle", twoYears,
			[]Finding{dentOn("", 1), dentOn("", 2), dentOn("roof", 3)}, 2, []Verdict{B, B, N}},
	} {
		r := Evaluate(petrolCar(tc.dents...), tc.on)
		assert.Equal(t, tc.allowance, r.DentAllowance, tc.clause)
		assert.Equal(t, tc.want, verdicts(petrolCar(tc.dents...), tc.on), tc.clause)
	}
}

func TestDentAllowanceReasons(t *testing.T) {
	r := Evaluate(petrolCar(dentOn("Roof", 8), dentOn("roof", 4), dentOn("left door", 3), dentOn("tailgate", 2)), d(2020, 1, 1))
	assert.Equal(t, "Another dent on the same panel (Roof): the standards accept at most one dent per panel, so the most severe beyond that is likely to be charged.", r.Findings[0].Reason)
	assert.Contains(t, r.Findings[0].Quote, "maximum one dent per panel")
	assert.Equal(t, "One of 3 minor dents: the standards accept 2 on a car up to two years old at the return date, and the most severe beyond that should be repaired.", r.Findings[1].Reason)
	assert.Contains(t, r.Findings[1].Quote, "the most severe should be repaired")
}

func TestWindscreenChipAllowance(t *testing.T) {
	const A, N, B = Acceptable, NotAcceptable, Borderline
	for _, tc := range []struct {
		clause string
		chips  []Finding
		want   []Verdict
	}{
		{"to a maximum of two per windscreen", []Finding{chipOf(4), chipOf(3)}, []Verdict{A, A}},
		{"the largest beyond two is not acceptable", []Finding{chipOf(2), chipOf(4), chipOf(3)}, []Verdict{A, N, A}},
		{"a 5 mm chip is not acceptable either way when it is the third", []Finding{chipOf(5), chipOf(1), chipOf(2)}, []Verdict{N, A, A}},
		{"a 5 mm chip stays borderline within two", []Finding{chipOf(5), chipOf(1)}, []Verdict{B, A}},
		{"chips greater than 5mm do not use the allowance", []Finding{chipOf(6), chipOf(1), chipOf(2)}, []Verdict{N, A, A}},
	} {
		assert.Equal(t, tc.want, verdicts(petrolCar(tc.chips...), d(2020, 1, 1)), tc.clause)
	}
	r := Evaluate(petrolCar(chipOf(2), chipOf(4), chipOf(3)), d(2020, 1, 1))
	assert.Equal(t, "One of 3 chips on the windscreen: the standards accept at most two per windscreen, so the largest beyond two is likely to be charged.", r.Findings[1].Reason)
}
