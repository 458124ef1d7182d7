package standards

import (
	"encoding/json"
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestReturnDate(t *testing.T) {
	for _, tc := range []struct {
		clause string
		f      *File
		want   string
	}{
		{"return date is agreementEnds when given", &File{Vehicle: Vehicle{Powertrain: Petrol, FirstRegistered: d(2019, 3, 14), AgreementEnds: d(2026, 3, 31)}}, "2026-03-31"},
		{"else the check date", petrolCar(), "2025-11-26"},
	} {
		r := Evaluate(tc.f, d(2025, 11, 26))
		assert.Equal(t, tc.want, r.ReturnDate.String(), tc.clause)
		assert.Equal(t, "2025-11-26", r.AsOf.String(), tc.clause)
	}
}

func TestItems(t *testing.T) {
	f := &File{Vehicle: Vehicle{Powertrain: Electric, FirstRegistered: d(2024, 1, 1)}, Items: map[string]bool{"v5c": true, "spare-keys": false}}
	r := Evaluate(f, d(2025, 1, 1))
	require.Len(t, r.Items, 10)
	assert.Equal(t, ItemStatus{ID: "v5c", Label: "V5C log book", Required: true, Have: is(true)}, r.Items[0])
	assert.Equal(t, ItemStatus{ID: "spare-keys", Label: "Spare keys", Required: true, Have: is(false)}, r.Items[1])
	assert.Nil(t, r.Items[2].Have, "not said")
	assert.False(t, r.Items[7].Required, "MOT certificate: not over three years old")
	assert.Equal(t, ItemStatus{ID: "charging-cables", Label: "Charging cables", Required: true}, r.Items[9], "charging cables: electric cars")
	f.Vehicle.Powertrain = Petrol
	assert.False(t, Evaluate(f, d(2025, 1, 1)).Items[9].Required, "charging cables: not for petrol cars")
}

func TestAreasAndSummary(t *testing.T) {
	f := &File{Vehicle: Vehicle{Powertrain: Electric, FirstRegistered: d(2024, 1, 1)},
		AreasChecked: []string{"luggage", "glass"},
		Findings: []Finding{{Kind: "glass.crack"}, {Kind: "glass.headlamp-chip"}, {Kind: "charging-cables.neglect"},
			{Kind: "wheels.rim-scuff", SizeMm: mm(25)}}}
	r := Evaluate(f, d(2025, 1, 1))
	assert.Equal(t, Counts{Acceptable: 1, NotAcceptable: 2, Borderline: 1}, r.Summary)
	byID := map[string]AreaStatus{}
	for _, a := range r.Areas {
		byID[a.ID] = a
	}
	require.Len(t, r.Areas, 11, "electric cars have the charging cables area")
	assert.Equal(t, AreaStatus{ID: "glass", Label: "Glass", Checked: true, Counts: Counts{Acceptable: 1, NotAcceptable: 1}, Progress: Checked}, byID["glass"])
	assert.Equal(t, AreaStatus{ID: "luggage", Label: "Luggage area", Checked: true, Progress: Checked}, byID["luggage"], "checked, nothing found")
	assert.True(t, byID["wheels"].Checked, "an area with a finding counts as checked")
	assert.Equal(t, 1, byID["wheels"].Borderline)
	assert.False(t, byID["interior"].Checked, "not checked")
	assert.Equal(t, 1, byID["charging-cables"].NotAcceptable)

	f.Vehicle.Powertrain = Petrol
	assert.Len(t, Evaluate(f, d(2025, 1, 1)).Areas, 10, "no charging cables area for petrol cars")
}

func TestFindingsKeepFileOrder(t *testing.T) {
	f := petrolCar(Finding{Kind: "interior.stain"}, dentOn("roof", 3), Finding{Kind: "oil-leaks.misting"})
	r := Evaluate(f, d(2020, 1, 1))
	require.Len(t, r.Findings, 3)
	assert.Equal(t, []string{"interior.stain", "body.dent", "oil-leaks.misting"}, []string{r.Findings[0].Kind, r.Findings[1].Kind, r.Findings[2].Kind})
}

func TestEvaluateIsPure(t *testing.T) {
	f := petrolCar(dentOn("roof", 8), dentOn("roof", 4), chipOf(1), chipOf(2), chipOf(3))
	assert.Equal(t, Evaluate(f, d(2020, 1, 1)), Evaluate(f, d(2020, 1, 1)))
	assert.Equal(t, mm(8), f.Findings[0].SizeMm, "the file is not changed")
}

// The report of the example file, in full.
func TestReportGolden(t *testing.T) {
	b, err := os.ReadFile("testdata/full.json")
	require.NoError(t, err)
	f, err := Decode(b)
	require.NoError(t, err)
	got, err := json.MarshalIndent(Evaluate(f, d(2025, 11, 26)), "", "  ")
	require.NoError(t, err)
	const golden = "testdata/full.report.golden"
	if *update {
		require.NoError(t, os.WriteFile(golden, got, 0o644))
	}
	want, err := os.ReadFile(golden)
	require.NoError(t, err, "run go test -update to write it")
	assert.JSONEq(t, string(want), string(got))

	var shape map[string]json.RawMessage
	require.NoError(t, json.Unmarshal(got, &shape))
	for _, key := range []string{"asOf", "returnDate", "dentAllowance", "findings", "items", "actions", "areas", "summary"} {
		assert.Contains(t, shape, key, "the report has at least %s", key)
	}
}

// The cli adds cover to the report by embedding it.
func TestReportEmbeds(t *testing.T) {
	b, err := json.Marshal(struct {
		Report
		Cover any `json:"cover,omitempty"`
	}{Report: Evaluate(petrolCar(), d(2020, 1, 1)), Cover: "x"})
	require.NoError(t, err)
	var got map[string]any
	require.NoError(t, json.Unmarshal(b, &got))
	assert.Equal(t, "x", got["cover"])
	assert.Equal(t, "2020-01-01", got["returnDate"])
}
