package standards

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// tyre is a tyre of a premium brand approved by the manufacturer.
func tyre(pos, brand, size string, tread float64) Finding {
	premium := true
	return Finding{Kind: "wheels.tyre", Position: pos, Brand: brand, Size: size, TreadMm: &tread, PremiumBrand: &premium}
}

func TestTyreBrand(t *testing.T) {
	const A, B, N = Acceptable, Borderline, NotAcceptable
	budget := func(f Finding, premium *bool) Finding { f.PremiumBrand = premium; return f }
	no, yes := false, true
	for _, tc := range []struct {
		clause string
		tyres  []Finding
		want   []Verdict
	}{
		{"001 Wheels and Tyres: of a size and premium brand, approved by the manufacturer: two matching budget tyres are not acceptable", []Finding{
			budget(tyre("front-left", "Budgetco", "165/65 R15", 4), &no), budget(tyre("front-right", "Budgetco", "165/65 R15", 4), &no)},
			[]Verdict{N, N}},
		{"001 Wheels and Tyres: a brand not said is never silently acceptable", []Finding{
			budget(tyre("front-left", "Budgetco", "165/65 R15", 4), nil), budget(tyre("front-right", "Budgetco", "165/65 R15", 4), &yes)},
			[]Verdict{B, A}},
	} {
		assert.Equal(t, tc.want, verdicts(petrolCar(tc.tyres...), d(2020, 1, 1)), tc.clause)
	}
	r := Evaluate(petrolCar(budget(tyre("spare", "X", "", 4), nil)), d(2020, 1, 1))
	assert.Contains(t, r.Findings[0].Reason, "premium brand approved by the manufacturer was not said")
}

func TestTyresMatchOnEachAxle(t *testing.T) {
	const A, N = Acceptable, NotAcceptable
	for _, tc := range []struct {
		clause string
		tyres  []Finding
		want   []Verdict
	}{
		{"matching tyres on each axle", []Finding{
			tyre("front-left", "Pirelli", "165/65 R15", 4), tyre("front-right", "pirelli", "165/65R15", 4),
			tyre("rear-left", "Bridgestone", "185/60 R15", 3), tyre("rear-right", "Bridgestone", "185/60 R15", 3)},
			[]Verdict{A, A, A, A}},
		{"front and rear sizes differ on the fortwo: only axles are compared", []Finding{
			tyre("front-left", "Pirelli", "165/65 R15", 4), tyre("rear-left", "Pirelli", "185/60 R15", 4)},
			[]Verdict{A, A}},
		{"brands differ on an axle", []Finding{
			tyre("rear-left", "Pirelli", "185/60 R15", 4), tyre("rear-right", "Bridgestone", "185/60 R15", 4)},
			[]Verdict{N, N}},
		{"sizes differ on an axle", []Finding{
			tyre("front-right", "Pirelli", "165/65 R15", 4), tyre("front-left", "Pirelli", "175/55 R15", 4)},
			[]Verdict{N, N}},
		{"the spare is on no axle", []Finding{
			tyre("front-left", "Pirelli", "165/65 R15", 4), tyre("front-right", "Pirelli", "165/65 R15", 4), tyre("spare", "Other", "125/80 R15", 4)},
			[]Verdict{A, A, A}},
		{"a worn tyre that also does not match gives both reasons", []Finding{
			tyre("front-left", "Pirelli", "165/65 R15", 1), tyre("front-right", "Bridgestone", "165/65 R15", 4)},
			[]Verdict{N, N}},
	} {
		assert.Equal(t, tc.want, verdicts(petrolCar(tc.tyres...), d(2020, 1, 1)), tc.clause)
	}
}

func TestTyreReasons(t *testing.T) {
	r := Evaluate(petrolCar(tyre("front-left", "Pirelli", "165/65 R15", 1), tyre("front-right", "Bridgestone", "165/65 R15", 4)), d(2020, 1, 1))
	mismatch := "The front tyres do not match (front-left: Pirelli 165/65 R15; front-right: Bridgestone 165/65 R15): the standards require matching tyres, of one size and brand, on each axle."
	assert.Equal(t, "Less than 1.6 mm of tread: the standards do not accept less than 1.6 mm across 75% of the tyre, spare included. "+mismatch, r.Findings[0].Reason)
	assert.Contains(t, r.Findings[0].Quote, "Less than 1.6mm")
	assert.Equal(t, mismatch, r.Findings[1].Reason)
	assert.Contains(t, r.Findings[1].Quote, "matching tyres")

	r = Evaluate(petrolCar(tyre("rear-left", "Pirelli", "", 4), tyre("", "", "", 3)), d(2020, 1, 1))
	assert.Equal(t, Acceptable, r.Findings[0].Verdict)
	assert.Contains(t, r.Findings[0].Reason, "Whether the rear tyres match was not checked: record both, with brand and size.", "never guess silently")
	assert.Contains(t, r.Findings[1].Reason, "Say which wheel it is on")
}
