package photo

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestPlaceString(t *testing.T) {
	tests := []struct {
		name  string
		place Place
		want  string
	}{
		{"north and west, with accuracy", Place{Lat: 51.50722, Lon: -0.12758, AccuracyM: 12}, "51.5072° N, 0.1276° W (within 12 m)"},
		{"south and east, accuracy rounded up", Place{Lat: -33.8688, Lon: 151.2093, AccuracyM: 4.2}, "33.8688° S, 151.2093° E (within 5 m)"},
		{"no accuracy said", Place{Lat: 48.1374, Lon: 11.5755}, "48.1374° N, 11.5755° E"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { assert.Equal(t, tt.want, tt.place.String()) })
	}
}

func TestPlaceProblem(t *testing.T) {
	tests := []struct {
		name         string
		place        Place
		field, issue string
	}{
		{"a place on Earth", Place{Lat: 51.5, Lon: -0.1, AccuracyM: 20}, "", ""},
		{"the poles and the date line", Place{Lat: -90, Lon: 180}, "", ""},
		{"latitude past a pole", Place{Lat: 91, Lon: 0}, "lat", "must be a latitude in degrees, from -90 to 90"},
		{"latitude not a number", Place{Lat: math.NaN()}, "lat", "must be a latitude in degrees, from -90 to 90"},
		{"longitude past the date line", Place{Lat: 0, Lon: -181}, "lon", "must be a longitude in degrees, from -180 to 180"},
		{"accuracy below nothing", Place{AccuracyM: -1}, "accuracyM", "must be a distance in metres, 0 or more"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			field, issue := tt.place.Problem()
			assert.Equal(t, tt.field, field)
			assert.Equal(t, tt.issue, issue)
		})
	}
}
