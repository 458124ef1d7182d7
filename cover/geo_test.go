package cover

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func names(ps []*Place) []string {
	out := make([]string, 0, len(ps))
	for _, p := range ps {
		out = append(out, p.Name)
	}
	return out
}

func TestLocateNamesThePlaceOfAPosition(t *testing.T) {
	for _, c := range []struct {
		where    string
		lat, lon float64
		want     string
	}{
		// Capitals and large towns of the 32 countries the page lists.
		{"Tirana, Albania", 41.33, 19.82, "Albania"},
		{"Andorra la Vella, Andorra, inside coarse Spain and France", 42.51, 1.52, "Andorra"},
		{"Vienna, Austria", 48.21, 16.37, "Austria"},
		{"Salzburg, Austria, beside Bavaria", 47.8, 13.04, "Austria"},
		{"Innsbruck, Austria", 47.27, 11.39, "Austria"},
		{"Brussels, Belgium", 50.85, 4.35, "Belgium"},
		{"Liège, Belgium", 50.63, 5.57, "Belgium"},
		{"Zagreb, Croatia", 45.81, 15.98, "Croatia"},
		{"Split, Croatia, on the coast above Bosnia", 43.51, 16.44, "Croatia"},
		{"Dubrovnik, Croatia", 42.65, 18.09, "Croatia"},
		{"Prague, Czech Republic", 50.08, 14.44, "Czech Republic"},
		{"Brno, Czech Republic", 49.2, 16.61, "Czech Republic"},
		{"Copenhagen, Denmark (Zealand)", 55.68, 12.57, "Denmark"},
		{"Aarhus, Denmark (Jutland)", 56.16, 10.2, "Denmark"},
		{"Helsinki, Finland", 60.17, 24.94, "Finland"},
		{"Paris, France", 48.86, 2.35, "France"},
		{"Lyon, France", 45.76, 4.84, "France"},
		{"Marseille, France", 43.3, 5.37, "France"},
		{"Ajaccio, Corsica, France", 41.93, 8.74, "France"},
		{"Berlin, Germany", 52.52, 13.4, "Germany"},
		{"Munich, Germany", 48.14, 11.58, "Germany"},
		{"Hamburg, Germany", 53.55, 9.99, "Germany"},
		{"Cologne, Germany", 50.94, 6.96, "Germany"},
		{"Gibraltar, inside coarse Spain", 36.14, -5.35, "Gibraltar"},
		{"London, Great Britain", 51.51, -0.13, "Great Britain"},
		{"Edinburgh, Great Britain", 55.95, -3.19, "Great Britain"},
		{"Cardiff, Great Britain", 51.48, -3.18, "Great Britain"},
		{"Athens, Greece", 37.98, 23.73, "Greece"},
		{"Heraklion, Crete, Greece", 35.34, 25.13, "Greece"},
		{"Budapest, Hungary", 47.5, 19.04, "Hungary"},
		{"Dublin, Ireland", 53.35, -6.26, "Ireland"},
		{"Cork, Ireland", 51.9, -8.47, "Ireland"},
		{"Rome, Italy", 41.9, 12.5, "Italy"},
		{"Milan, Italy", 45.46, 9.19, "Italy"},
		{"Palermo, Sicily, Italy", 38.12, 13.36, "Italy"},
		{"Cagliari, Sardinia, Italy", 39.22, 9.11, "Italy"},
		{"Vaduz, Liechtenstein, inside coarse Switzerland and Austria", 47.14, 9.52, "Liechtenstein"},
		{"Luxembourg", 49.61, 6.13, "Luxembourg"},
		{"Valletta, Malta", 35.9, 14.51, "Malta"},
		{"Monaco, inside coarse France", 43.735, 7.42, "Monaco"},
		{"Podgorica, Montenegro", 42.44, 19.26, "Montenegro"},
		{"Amsterdam, Netherlands", 52.37, 4.9, "Netherlands"},
		{"Maastricht, Netherlands, between Belgium and Germany", 50.85, 5.69, "Netherlands"},
		{"Oslo, Norway", 59.91, 10.75, "Norway"},
		{"Bergen, Norway", 60.39, 5.32, "Norway"},
		{"Tromsø, Norway", 69.65, 18.96, "Norway"},
		{"Warsaw, Poland", 52.23, 21.01, "Poland"},
		{"Kraków, Poland", 50.06, 19.94, "Poland"},
		{"Lisbon, Portugal", 38.72, -9.14, "Portugal"},
		{"Porto, Portugal", 41.15, -8.61, "Portugal"},
		{"Bucharest, Romania", 44.43, 26.1, "Romania"},
		{"Belgrade, Serbia", 44.79, 20.45, "Serbia"},
		{"Bratislava, Slovak Republic, beside Austria and Hungary", 48.15, 17.11, "Slovak Republic"},
		{"Ljubljana, Slovenia", 46.06, 14.51, "Slovenia"},
		{"Madrid, Spain", 40.42, -3.7, "Spain"},
		{"Barcelona, Spain", 41.39, 2.17, "Spain"},
		{"Seville, Spain", 37.39, -5.98, "Spain"},
		{"Palma, Majorca, Spain", 39.57, 2.65, "Spain"},
		{"Stockholm, Sweden", 59.33, 18.07, "Sweden"},
		{"Malmö, Sweden, across the sound from Copenhagen", 55.6, 13.0, "Sweden"},
		{"Gothenburg, Sweden", 57.71, 11.97, "Sweden"},
		{"Bern, Switzerland", 46.95, 7.45, "Switzerland"},
		{"Zurich, Switzerland", 47.37, 8.54, "Switzerland"},
		{"Geneva, Switzerland", 46.2, 6.15, "Switzerland"},
		{"Lugano, Switzerland", 46.0, 8.95, "Switzerland"},
		// Regions covered with their country.
		{"Belfast, Northern Ireland", 54.6, -5.93, "Northern Ireland"},
		{"Derry, Northern Ireland", 55.0, -7.32, "Northern Ireland"},
		{"Las Palmas, Canary Islands", 28.12, -15.43, "Canary Islands"},
		{"Funchal, Madeira", 32.65, -16.91, "Madeira"},
		{"Ponta Delgada, Azores", 37.74, -25.67, "Azores"},
		{"Mariehamn, Åland Islands", 60.1, 19.94, "Åland Islands"},
		// Places around them, not covered.
		{"Sofia, Bulgaria", 42.7, 23.32, "Bulgaria"},
		{"Sarajevo, Bosnia and Herzegovina", 43.86, 18.41, "Bosnia and Herzegovina"},
		{"Mostar, Bosnia and Herzegovina", 43.34, 17.81, "Bosnia and Herzegovina"},
		{"Pristina, Kosovo", 42.66, 21.17, "Kosovo"},
		{"Skopje, North Macedonia", 42.0, 21.43, "North Macedonia"},
		{"Chișinău, Moldova", 47.01, 28.86, "Moldova"},
		{"Kyiv, Ukraine", 50.45, 30.52, "Ukraine"},
		{"Minsk, Belarus", 53.9, 27.57, "Belarus"},
		{"Vilnius, Lithuania", 54.69, 25.28, "Lithuania"},
		{"Riga, Latvia", 56.95, 24.11, "Latvia"},
		{"Tallinn, Estonia", 59.44, 24.75, "Estonia"},
		{"Kaliningrad, Russia", 54.71, 20.51, "Russia"},
		{"Saint Petersburg, Russia", 59.94, 30.31, "Russia"},
		{"Istanbul, Turkey", 41.01, 28.98, "Turkey"},
		{"Nicosia, Cyprus", 35.17, 33.36, "Cyprus"},
		{"Reykjavík, Iceland", 64.15, -21.94, "Iceland"},
		{"Douglas, Isle of Man", 54.15, -4.48, "Isle of Man"},
		{"St Helier, Jersey", 49.19, -2.11, "Jersey"},
		{"St Peter Port, Guernsey", 49.46, -2.54, "Guernsey"},
		{"Tórshavn, Faroe Islands", 62.01, -6.77, "Faroe Islands"},
		{"Longyearbyen, Svalbard", 78.22, 15.65, "Svalbard and Jan Mayen"},
		{"Nuuk, Greenland", 64.18, -51.69, "Greenland"},
		{"Ceuta, on the African mainland", 35.89, -5.32, "Ceuta"},
		{"Tangier, Morocco", 35.77, -5.8, "Morocco"},
		{"San Marino, inside coarse Italy", 43.94, 12.45, "San Marino"},
		{"Vatican City, inside Rome", 41.903, 12.453, "Vatican City"},
	} {
		t.Run(c.where, func(t *testing.T) {
			g := Locate(c.lat, c.lon, 20)
			require.NotNil(t, g.Place, "no guess")
			assert.Equal(t, c.want, g.Place.Name, "nearby: %v", names(g.Nearby))
			assert.True(t, g.Inside)
		})
	}
}

func TestLocateOffersTheNeighboursNearABorder(t *testing.T) {
	for _, c := range []struct {
		where      string
		lat, lon   float64
		accuracy   float64 // metres
		want       string
		wantNearby []string
	}{
		{"Basel: Switzerland, with France and Germany within 25 km", 47.56, 7.59, 20, "Switzerland", []string{"France", "Germany"}},
		{"Strasbourg: France, with Germany across the Rhine", 48.58, 7.75, 20, "France", []string{"Germany"}},
		{"Salzburg: Austria, with Germany at the edge of town", 47.8, 13.04, 20, "Austria", []string{"Germany"}},
		{"Geneva: Switzerland, France round three sides", 46.2, 6.15, 20, "Switzerland", []string{"France"}},
		{"Gorizia: Italy, Slovenia across the street", 45.94, 13.62, 20, "Italy", []string{"Slovenia"}},
		{"Newry: Northern Ireland, Ireland a few km away", 54.18, -6.34, 20, "Northern Ireland", []string{"Ireland"}},
		{"Munich with a poor fix of 150 km: Austria is possible", 48.14, 11.58, 150000, "Germany", []string{"Austria"}},
	} {
		t.Run(c.where, func(t *testing.T) {
			g := Locate(c.lat, c.lon, c.accuracy)
			require.NotNil(t, g.Place)
			assert.Equal(t, c.want, g.Place.Name)
			assert.Subset(t, names(g.Nearby), c.wantNearby)
			assert.NotContains(t, names(g.Nearby), c.want, "the guess is not offered again")
		})
	}
	t.Run("Munich with a good fix: Austria is more than 25 km away and not offered", func(t *testing.T) {
		assert.NotContains(t, names(Locate(48.14, 11.58, 20).Nearby), "Austria")
	})
}

func TestLocateAtSeaAndFarAway(t *testing.T) {
	for _, c := range []struct {
		where      string
		lat, lon   float64
		want       string // "" when there is no guess
		wantInside bool
	}{
		{"on a ferry just off Calais: France, not inside", 51.0, 1.75, "France", false},
		{"mid North Sea: no guess", 56.0, 3.0, "", false},
		{"New York: no guess", 40.71, -74.0, "", false},
		{"Null Island: no guess", 0, 0, "", false},
		{"a latitude out of range: no guess", 91, 0, "", false},
		{"not a number: no guess", math.NaN(), 0, "", false},
	} {
		t.Run(c.where, func(t *testing.T) {
			g := Locate(c.lat, c.lon, 0)
			if c.want == "" {
				assert.Nil(t, g.Place)
				assert.Empty(t, g.Nearby)
				return
			}
			require.NotNil(t, g.Place)
			assert.Equal(t, c.want, g.Place.Name)
			assert.Equal(t, c.wantInside, g.Inside)
		})
	}
}

func TestEveryListedCountryHasAnOutline(t *testing.T) {
	outlined := map[string]bool{}
	for i, o := range Outlines {
		outlined[o.Place] = true
		assert.GreaterOrEqual(t, len(outlinePoints[i]), 8, "%s: an outline needs at least four points", o.Place)
		for j := 0; j < len(outlinePoints[i]); j += 2 {
			lat, lon := outlinePoints[i][j], outlinePoints[i][j+1]
			assert.True(t, lat >= 25 && lat <= 85 && lon >= -75 && lon <= 60, "%s: point %d (%v, %v) is far outside Europe: latitude and longitude swapped?", o.Place, j/2, lat, lon)
		}
	}
	for _, p := range Places {
		if p.Kind == Listed {
			assert.True(t, outlined[p.Name], "%s is listed but has no outline", p.Name)
		}
	}
}

// BenchmarkReadOutlines is the work the first Locate does (at start-up
// before it was deferred).
func BenchmarkReadOutlines(b *testing.B) {
	for b.Loop() {
		readOutlines()
	}
}
