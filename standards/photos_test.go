package standards

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestPhotosAreRead(t *testing.T) {
	f, err := Decode([]byte(`{"format":"smart-selfcheck","version":1,"vehicle":{"powertrain":"petrol","firstRegistered":"2020-01-01"},
		"findings":[{"kind":"body.dent","photos":["dent-1.jpg"]}],
		"photos":[{"shot":"front","file":"front.jpg","taken":"2026-05-01T10:20:00Z"},{"shot":"rear","skipped":true}]}`))
	require.NoError(t, err)
	assert.Equal(t, []string{"dent-1.jpg"}, f.Findings[0].Photos)
	assert.Equal(t, []ShotPhoto{
		{Shot: "front", File: "front.jpg", Taken: time.Date(2026, 5, 1, 10, 20, 0, 0, time.UTC)},
		{Shot: "rear", Skipped: true},
	}, f.Photos)
	assert.Equal(t, []string{"front.jpg", "dent-1.jpg"}, f.PhotoNames())
	assert.Equal(t, []string{"front"}, f.ShotsTaken(), "a skipped shot is not taken")
}

func TestPhotoProblems(t *testing.T) {
	const head = `{"format":"smart-selfcheck","version":1,"vehicle":{"powertrain":"petrol","firstRegistered":"2020-01-01"},`
	tests := []struct {
		name, body, problem string
	}{
		{"a finding's photos are a list", `"findings":[{"kind":"body.dent","photos":"dent-1.jpg"}]`, "findings[0].photos: must be a list […]"},
		{"a finding's photo is a name", `"findings":[{"kind":"body.dent","photos":[1]}]`, `findings[0].photos[0]: must be a photo's file name in quotes, such as "dent-1.jpg"`},
		{"no paths", `"findings":[{"kind":"body.dent","photos":["../etc/passwd.jpg"]}]`, `findings[0].photos[0]: "../etc/passwd.jpg" is a path: must be a file name, such as dent-1.jpg`},
		{"at most 20 per finding", `"findings":[{"kind":"body.dent","photos":[` + strings.Repeat(`"a.jpg",`, 20) + `"a.jpg"]}]`, "findings[0].photos: must list at most 20 photos, not 21"},
		{"a shot is a guided one", `"photos":[{"shot":"roof","file":"roof.jpg"}]`, `photos[0].shot: must be one of the overview shots (front, front-left, left, rear-left, rear, rear-right, right, front-right, wheel-front-left, wheel-rear-left, wheel-rear-right, wheel-front-right, dashboard, interior, luggage), not "roof"`},
		{"a shot once", `"photos":[{"shot":"front","file":"a.jpg"},{"shot":"front","file":"b.jpg"}]`, `photos[1].shot: "front" is listed twice`},
		{"a shot taken has a file", `"photos":[{"shot":"front"}]`, "photos[0].file: must be a photo's file name, such as dent-1.jpg"},
		{"a skipped shot has none", `"photos":[{"shot":"front","file":"front.jpg","skipped":true}]`, "photos[0].file: a skipped shot has no photo"},
		{"taken is a time", `"photos":[{"shot":"front","file":"front.jpg","taken":"yesterday"}]`, `photos[0].taken: must be a time in the form YYYY-MM-DDThh:mm:ssZ, not "yesterday"`},
		{"the list holds objects", `"photos":["front.jpg"]`, "photos[0]: must be an object {…}"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Decode([]byte(head + tt.body + "}"))
			require.Error(t, err)
			assert.Equal(t, tt.problem, err.Error())
		})
	}
}
