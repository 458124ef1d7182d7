package standards

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/smart-selfcheck/selfcheck/photo"
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

func TestPhotoPlacesRoundTrip(t *testing.T) {
	in := `{"format":"smart-selfcheck","version":1,"vehicle":{"powertrain":"petrol","firstRegistered":"2020-01-01"},
		"findings":[{"kind":"body.dent","photos":["dent-1.jpg"]}],
		"photos":[{"shot":"front","file":"front.jpg"}],
		"photoPlaces":{"dent-1.jpg":{"lat":51.5072,"lon":-0.1276,"accuracyM":12},"front.jpg":{"lat":-33.8688,"lon":151.2093}}}`
	f, err := Decode([]byte(in))
	require.NoError(t, err)
	assert.Equal(t, map[string]photo.Place{
		"dent-1.jpg": {Lat: 51.5072, Lon: -0.1276, AccuracyM: 12},
		"front.jpg":  {Lat: -33.8688, Lon: 151.2093},
	}, f.PhotoPlaces)
	f.PhotoPlaces["gone.jpg"] = photo.Place{Lat: 1, Lon: 1} // a photo no longer named is not written
	out, err := f.Encode()
	require.NoError(t, err)
	assert.Contains(t, string(out), `"photoPlaces": {
    "front.jpg": {
      "lat": -33.8688,
      "lon": 151.2093
    },
    "dent-1.jpg": {
      "lat": 51.5072,
      "lon": -0.1276,
      "accuracyM": 12
    }
  }`, "in the order the photos are named; accuracy only when said")
	assert.NotContains(t, string(out), "gone.jpg")
	again, err := Decode(out)
	require.NoError(t, err)
	delete(f.PhotoPlaces, "gone.jpg")
	assert.Equal(t, f.PhotoPlaces, again.PhotoPlaces)
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
		{"a place names a photo of the check", `"photos":[{"shot":"front","file":"front.jpg"}],"photoPlaces":{"rear.jpg":{"lat":1,"lon":2}}`, `photoPlaces["rear.jpg"]: names no photo of this check`},
		{"a place has a latitude", `"photos":[{"shot":"front","file":"front.jpg"}],"photoPlaces":{"front.jpg":{"lon":2}}`, `photoPlaces["front.jpg"].lat: must be given, with lon: where the photo was taken`},
		{"a place has a longitude", `"photos":[{"shot":"front","file":"front.jpg"}],"photoPlaces":{"front.jpg":{"lat":2}}`, `photoPlaces["front.jpg"].lon: must be given, with lat: where the photo was taken`},
		{"a latitude is a number", `"photos":[{"shot":"front","file":"front.jpg"}],"photoPlaces":{"front.jpg":{"lat":"north","lon":2}}`, `photoPlaces["front.jpg"].lat: must be a number`},
		{"a latitude is on Earth", `"photos":[{"shot":"front","file":"front.jpg"}],"photoPlaces":{"front.jpg":{"lat":95,"lon":2}}`, `photoPlaces["front.jpg"].lat: must be a latitude in degrees, from -90 to 90`},
		{"a longitude is on Earth", `"findings":[{"kind":"body.dent","photos":["dent-1.jpg"]}],"photoPlaces":{"dent-1.jpg":{"lat":5,"lon":200}}`, `photoPlaces["dent-1.jpg"].lon: must be a longitude in degrees, from -180 to 180`},
		{"an accuracy is not negative", `"photos":[{"shot":"front","file":"front.jpg"}],"photoPlaces":{"front.jpg":{"lat":5,"lon":2,"accuracyM":-3}}`, `photoPlaces["front.jpg"].accuracyM: must be a distance in metres, 0 or more`},
		{"places are an object", `"photoPlaces":[]`, `photoPlaces: must be an object {…}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Decode([]byte(head + tt.body + "}"))
			require.Error(t, err)
			assert.Equal(t, tt.problem, err.Error())
		})
	}
}
