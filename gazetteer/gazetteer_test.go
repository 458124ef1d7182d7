package gazetteer

import (
	"os"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/smart-selfcheck/selfcheck/cover"
)

func TestLookup(t *testing.T) {
	tests := []struct {
		clause  string
		query   string
		known   bool
		name    string
		covered bool
		reason  string
	}{
		{"000 Area covered: Great Britain: London is a city in it", "London", true, "Great Britain", true, "covered: London is a city in Great Britain"},
		{"000 Area covered: Great Britain, read as the UK: Belfast is in Northern Ireland", "belfast", true, "Northern Ireland", true, "covered: Belfast is a city in Northern Ireland"},
		{"000 Area covered: Germany: a region by its ISO 3166-2 name", "Bayern", true, "Germany", true, "Bayern is a region in Germany"},
		{"000 Area covered: Italy: an island region", "Sicilia", true, "Italy", true, "covered"},
		{"000 Area covered: Spain: Las Palmas is in the Canary Islands, read in your favour", "Las Palmas de Gran Canaria", true, "Canary Islands", true, "ring to confirm"},
		{"000 Area covered: Portugal: Funchal is in Madeira", "Funchal", true, "Madeira", true, "covered: Funchal is a city in Madeira"},
		{"000 not the overseas territories: a town of Réunion", "Saint-Denis", false, "", false, "choose which"},
		{"000 not the overseas territories: Fort-de-France is in Martinique", "Fort-de-France", true, "Martinique", false, "not covered: Fort-de-France is a city in Martinique"},
		{"000 not in the list: Sofia is in Bulgaria", "Sofia", true, "Bulgaria", false, "not covered: Sofia is a city in Bulgaria"},
		{"a name in two countries is not guessed", "Brest", false, "", false, "France"},
		{"a country cover knows comes first", "Deutschland", true, "Germany", true, "covered: Germany is in the list"},
		{"a name nobody knows is never not covered", "Atlantis", false, "", false, "we do not know the place"},
	}
	for _, tt := range tests {
		t.Run(tt.clause, func(t *testing.T) {
			a := Lookup(tt.query)
			assert.Equal(t, tt.known, a.Known, a.Reason)
			assert.Equal(t, tt.name, a.Name)
			assert.Equal(t, tt.covered, a.Covered)
			assert.Contains(t, a.Reason, tt.reason)
			if !a.Known {
				assert.NotContains(t, a.Reason, "not covered")
			}
		})
	}
	a := Lookup("Lond")
	assert.False(t, a.Known)
	assert.Contains(t, a.Nearest, "London (Great Britain)", "the nearest matches are offered")
	a = Lookup("Brest")
	assert.ElementsMatch(t, []string{"Brest (France)", "Brest (Belarus)"}, a.Nearest)
}

// The generator's list of codes is cover.Places's, and every line of
// places.txt names a place cover knows.
func TestGeneratorAgreesWithCover(t *testing.T) {
	src, err := os.ReadFile("gen/gen.mjs")
	require.NoError(t, err)
	m := regexp.MustCompile("(?s)const codes = new Set\\(`([^`]*)`").FindSubmatch(src)
	require.NotNil(t, m)
	gen := strings.Fields(string(m[1]))
	var want []string
	for _, p := range cover.Places {
		if p.Code != "" {
			want = append(want, p.Code)
		}
	}
	sort.Strings(gen)
	sort.Strings(want)
	assert.Equal(t, want, gen)
	require.Greater(t, len(index()), 9000)
	for _, p := range cover.Places {
		if p.Kind == cover.Listed {
			assert.NotEmpty(t, placesIn(p.Name), "%s has towns in the gazetteer", p.Name)
		}
	}
}

func placesIn(name string) []string {
	var out []string
	for _, e := range index() {
		if e.Place.Name == name {
			out = append(out, e.Town)
		}
	}
	return out
}
