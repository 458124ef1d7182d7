package pdf

import (
	"bytes"
	"math/rand/v2"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/smart-selfcheck/selfcheck/cover"
	"github.com/smart-selfcheck/selfcheck/date"
	"github.com/smart-selfcheck/selfcheck/standards"
)

// generated is a self-check file made from the schema and the catalogue by
// a seeded generator: each field left out or given a value of its type.
func generated(r *rand.Rand) []byte {
	f := &standards.File{}
	day := func() string {
		return date.Of(1998, 1, 1).AddDays(r.IntN(12000)).String() // 1998 to about 2030
	}
	value := func(fl *standards.Field) string {
		switch {
		case r.IntN(3) == 0:
			return ""
		case fl.Options != nil:
			return fl.Options[r.IntN(len(fl.Options))].ID
		case fl.Type == standards.Number && fl.Range != nil:
			return strconv.FormatFloat(fl.Range.Min+r.Float64()*(fl.Range.Max-fl.Range.Min), 'f', 1, 64)
		case fl.Type == standards.Number:
			return strconv.Itoa(r.IntN(200000))
		case fl.Type == standards.Boolean:
			return []string{standards.Yes, standards.No}[r.IntN(2)]
		case fl.Type == standards.Date:
			return day()
		}
		return "x"
	}
	for _, fl := range standards.VehicleFields() {
		f.Set("vehicle."+fl.Name, value(fl))
	}
	var kinds []*standards.Kind
	for _, a := range standards.Contents().Areas {
		kinds = append(kinds, a.Kinds...)
	}
	for i := range r.IntN(12) {
		k := kinds[r.IntN(len(kinds))]
		f.Findings = append(f.Findings, standards.Finding{Kind: k.ID})
		for _, fl := range k.Fields {
			f.Set(standards.FindingPath(i)+"."+fl.Name, value(&fl))
		}
	}
	b, _ := f.Encode()
	return b
}

// Issue 12: every file that parses without problems can be assessed for
// cover on the day of the check, and its report printed as a PDF whose
// contact sheet has the cover worked out.
func TestEveryFileWithoutProblemsHasCoverAndAPDF(t *testing.T) {
	r := rand.New(rand.NewPCG(12, 1))
	valid := 0
	for i := range 800 {
		b := generated(r)
		f, problems := standards.Parse(b)
		if len(problems) > 0 {
			continue
		}
		valid++
		// The day of the check: not before the car's first registration or
		// its last service, as a real check is made.
		day := on
		for _, d := range []date.Date{f.Vehicle.FirstRegistered, f.Vehicle.LastOfficialService} {
			if d.After(day) {
				day = d
			}
		}
		_, err := cover.Assess(cover.Question{Car: cover.CarOf(&f.Vehicle), On: day})
		if !assert.NoError(t, err, "file %d can be assessed for cover:\n%s", i, b) {
			continue
		}
		var out bytes.Buffer
		require.NoError(t, Write(&out, Input{File: f, On: day, Uncompressed: true}), "file %d:\n%s", i, b)
		assert.NotContains(t, out.String(), "Cover could not be worked out", "file %d:\n%s", i, b)
	}
	assert.Greater(t, valid, 100, "the generator makes enough files without problems")
}
