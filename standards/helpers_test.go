package standards

import (
	"time"

	"github.com/smart-selfcheck/selfcheck/date"
)

func d(y int, m time.Month, day int) date.Date { return date.Of(y, m, day) }
func mm(x float64) *float64                    { return &x }
func is(b bool) *bool                          { return &b }

// petrolCar is a car first registered on 14 March 2019, returned on asOf.
func petrolCar(findings ...Finding) *File {
	return &File{Vehicle: Vehicle{Powertrain: Petrol, FirstRegistered: d(2019, 3, 14)}, Findings: findings}
}

// verdicts evaluates f on asOf and returns the verdict of each finding.
func verdicts(f *File, asOf date.Date) []Verdict {
	r := Evaluate(f, asOf)
	out := make([]Verdict, len(r.Findings))
	for i, res := range r.Findings {
		out[i] = res.Verdict
	}
	return out
}
