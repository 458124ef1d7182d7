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
		{"a city's English name (GeoNames' alternate names): Cologne is Köln", "Cologne", true, "Germany", true, "covered: Cologne is another name for Köln, a city in Germany"},
		{"a city's own name still answers: Köln", "Köln", true, "Germany", true, "covered: Köln is a city in Germany"},
		{"the local name of a city GeoNames names in English: München", "München", true, "Germany", true, "covered: München is another name for Munich, a city in Germany"},
		{"its English name still answers: Munich", "Munich", true, "Germany", true, "covered: Munich is a city in Germany"},
		{"a city's English name: Geneva is Genève", "Geneva", true, "Switzerland", true, "covered: Geneva is another name for Genève, a city in Switzerland"},
		{"its own name still answers: Genève", "Genève", true, "Switzerland", true, "covered: Genève is a city in Switzerland"},
		{"the local name: Bruxelles is Brussels", "Bruxelles", true, "Belgium", true, "covered: Bruxelles is another name for Brussels, a city in Belgium"},
		{"its English name still answers: Brussels", "Brussels", true, "Belgium", true, "covered: Brussels is a city in Belgium"},
		{"the local name: Praha is Prague", "Praha", true, "Czech Republic", true, "covered: Praha is another name for Prague, a city in Czech Republic"},
		{"its English name still answers: Prague", "Prague", true, "Czech Republic", true, "covered: Prague is a city in Czech Republic"},
		{"a city's English name: Antwerp is Antwerpen", "Antwerp", true, "Belgium", true, "covered: Antwerp is another name for Antwerpen, a city in Belgium"},
		{"its own name still answers: Antwerpen", "Antwerpen", true, "Belgium", true, "covered: Antwerpen is a city in Belgium"},
		{"a city's English name: Seville is Sevilla", "Seville", true, "Spain", true, "covered: Seville is another name for Sevilla, a city in Spain"},
		{"its own name still answers: Sevilla", "Sevilla", true, "Spain", true, "covered: Sevilla is a city in Spain"},
		{"a city's English name: Gothenburg is Göteborg", "Gothenburg", true, "Sweden", true, "covered: Gothenburg is another name for Göteborg, a city in Sweden"},
		{"its own name still answers: Göteborg", "Göteborg", true, "Sweden", true, "covered: Göteborg is a city in Sweden"},
		{"another name typed without its accents: Munchen", "munchen", true, "Germany", true, "covered: Munchen is another name for Munich, a city in Germany"},
		{"a misspelt name gets no country, even with the other names", "Colgne", false, "", false, "we do not know the place"},
		{"a country's name is never a city's other name: India is not Inđija, Serbia", "India", false, "", false, "we do not know the place"},
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

// A place's own name is never another city's alias (gen.mjs keeps them
// out as it folds names; this checks it as cover folds them), so an other
// name never makes a city or region ambiguous.
func TestAliasesNeverShadowOwnNames(t *testing.T) {
	own := map[string]bool{}
	aliases := 0
	for _, e := range index() {
		if !e.alias {
			own[e.key] = true
		}
	}
	for _, e := range index() {
		if e.alias {
			aliases++
			assert.False(t, own[e.key], "%q (%s) is another city's alias and a place's own name", e.Town, e.In)
			assert.Equal(t, "city", e.Kind, "an alias answers as a city")
			assert.NotEmpty(t, e.Of, "%q (%s) names the city it stands for", e.Town, e.In)
		}
	}
	assert.Greater(t, aliases, 10000, "GeoNames' other names are in places.txt")
	var labels []string
	for _, m := range Near("Lond", 20) {
		labels = append(labels, m.Label())
	}
	require.NotEmpty(t, labels)
	assert.Equal(t, "London (Great Britain)", labels[0], "own names come first")
	assert.NotContains(t, labels, "Londres (Great Britain)", "no other name for a place an own name already offers")
	labels = nil
	for _, m := range Near("Colog", 6) {
		labels = append(labels, m.Label())
	}
	assert.Contains(t, labels, "Cologne (Germany)", "another name is offered when no own name matches")
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
