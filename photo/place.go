package photo

import (
	"math"
	"strconv"
)

// Place is where a photo was taken, as the phone's location gave it when
// the driver allowed it.
type Place struct {
	Lat, Lon  float64 // degrees, north and east positive
	AccuracyM float64 // metres: the phone is sure within this radius; 0 when not said
}

// String is the place as a caption says it: "51.5072° N, 0.1276° W
// (within 12 m)". Four decimals are about 10 m, a phone's accuracy.
func (p Place) String() string {
	s := degrees(p.Lat, "N", "S") + ", " + degrees(p.Lon, "E", "W")
	if p.AccuracyM > 0 {
		s += " (within " + strconv.FormatFloat(math.Ceil(p.AccuracyM), 'f', 0, 64) + " m)"
	}
	return s
}

func degrees(v float64, pos, neg string) string {
	side := pos
	if v < 0 {
		side, v = neg, -v
	}
	return strconv.FormatFloat(v, 'f', 4, 64) + "° " + side
}

// Problem says what is wrong with p, naming its field ("lat", "lon" or
// "accuracyM"); both empty when p is a place on Earth.
func (p Place) Problem() (field, problem string) {
	switch {
	case !(p.Lat >= -90 && p.Lat <= 90):
		return "lat", "must be a latitude in degrees, from -90 to 90"
	case !(p.Lon >= -180 && p.Lon <= 180):
		return "lon", "must be a longitude in degrees, from -180 to 180"
	case !(p.AccuracyM >= 0):
		return "accuracyM", "must be a distance in metres, 0 or more"
	}
	return "", ""
}
