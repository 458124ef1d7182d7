package standards

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestAreaProgress(t *testing.T) {
	for _, tc := range []struct {
		clause string
		file   File
		area   string
		want   Progress
	}{
		{"nothing recorded: not started", File{}, "body", NotStarted},
		{"marked checked, nothing found", File{AreasChecked: []string{"body"}}, "body", Checked},
		{"a dent without its size: the verdict waits on it", File{Findings: []Finding{{Kind: "body.dent", Location: "Roof"}}}, "body", InProgress},
		{"a dent with its size on a catalogue panel: the panel answers high-profile",
			File{Findings: []Finding{{Kind: "body.dent", Location: "Roof", SizeMm: mm(10), OnSwageLineOrEdge: is(false)}}}, "body", Checked},
		{"a finding with no needed fact", File{Findings: []Finding{{Kind: "glass.crack"}}}, "glass", Checked},
		{"an incomplete finding keeps a marked area in progress",
			File{AreasChecked: []string{"body"}, Findings: []Finding{{Kind: "body.dent"}}}, "body", InProgress},
	} {
		tc.file.Vehicle = Vehicle{Powertrain: Petrol, FirstRegistered: d(2022, 1, 1)}
		var got Progress
		for _, a := range Evaluate(&tc.file, d(2025, 1, 1)).Areas {
			if a.ID == tc.area {
				got = a.Progress
			}
		}
		assert.Equal(t, tc.want, got, "%s: %s", tc.clause, got.Words())
	}
}

func TestProgressWords(t *testing.T) {
	assert.Equal(t, "Not started", NotStarted.Words())
	assert.Equal(t, "in-progress", InProgress.String())
	assert.Equal(t, "Checked", Checked.Words())
}
