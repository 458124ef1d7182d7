package cover

import (
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// pageCountries is the list under "Area covered" on the page (000), copied as printed.
var pageCountries = []string{"Albania", "Andorra", "Austria", "Belgium", "Croatia", "Czech Republic", "Denmark", "Finland",
	"France", "Germany", "Gibraltar", "Great Britain", "Greece", "Hungary", "Ireland", "Italy", "Liechtenstein",
	"Luxembourg", "Malta", "Monaco", "Montenegro", "Netherlands", "Norway", "Poland", "Portugal", "Romania",
	"Serbia", "Slovak Republic", "Slovenia", "Spain", "Sweden", "Switzerland"}

func TestListedCountriesAreThePageList(t *testing.T) {
	var listed []string
	for _, p := range Places {
		if p.Kind == Listed {
			listed = append(listed, p.Name)
		}
	}
	sort.Strings(listed)
	assert.Len(t, pageCountries, 32)
	assert.Equal(t, pageCountries, listed, "000 Area covered: the 32 countries, and nothing else")
	for _, n := range pageCountries {
		a := LookupCountry(n)
		assert.True(t, a.Covered, n)
		assert.Equal(t, n, a.Name)
		assert.Equal(t, "covered: "+n+" is in the list of countries covered", a.Reason)
	}
}

func TestLookupCountry(t *testing.T) {
	tests := []struct {
		clause  string
		query   string
		name    string
		covered bool
		reason  string
	}{
		{"UK alternative", "UK", "Great Britain", true, "in the list"},
		{"UK with dots and spaces", "  u.k. ", "Great Britain", true, "in the list"},
		{"United Kingdom", "united kingdom", "Great Britain", true, "in the list"},
		{"England", "England", "Great Britain", true, "in the list"},
		{"Scotland", "SCOTLAND", "Great Britain", true, "in the list"},
		{"Wales, and its own name", "Cymru", "Great Britain", true, "in the list"},
		{"Northern Ireland: Great Britain read as the UK", "Northern Ireland", "Northern Ireland", true, "we read as the whole UK"},
		{"ISO code GB", "gb", "Great Britain", true, "in the list"},
		{"Holland", "Holland", "Netherlands", true, "in the list"},
		{"The Netherlands", "the netherlands", "Netherlands", true, "in the list"},
		{"Czechia", "Czechia", "Czech Republic", true, "in the list"},
		{"Slovakia", "slovakia", "Slovak Republic", true, "in the list"},
		{"Republic of Ireland", "Republic of Ireland", "Ireland", true, "in the list"},
		{"Eire without accent", "eire", "Ireland", true, "in the list"},
		{"Deutschland", "Deutschland", "Germany", true, "in the list"},
		{"España", "España", "Spain", true, "in the list"},
		{"Espana without accent", "espana", "Spain", true, "in the list"},
		{"Österreich", "Österreich", "Austria", true, "in the list"},
		{"Osterreich without accent", "osterreich", "Austria", true, "in the list"},
		{"Sverige", "Sverige", "Sweden", true, "in the list"},
		{"Polska", "polska", "Poland", true, "in the list"},
		{"Shqipëria", "Shqipëria", "Albania", true, "in the list"},
		{"Hrvatska", "Hrvatska", "Croatia", true, "in the list"},
		{"Česko", "ČESKO", "Czech Republic", true, "in the list"},
		{"Danmark", "Danmark", "Denmark", true, "in the list"},
		{"Suomi", "Suomi", "Finland", true, "in the list"},
		{"Ελλάδα", "Ελλάδα", "Greece", true, "in the list"},
		{"Ελλάδα in capitals without accent", "ΕΛΛΑΔΑ", "Greece", true, "in the list"},
		{"Hellas", "Hellas", "Greece", true, "in the list"},
		{"Magyarország", "Magyarorszag", "Hungary", true, "in the list"},
		{"Italia", "Italia", "Italy", true, "in the list"},
		{"Lëtzebuerg", "Lëtzebuerg", "Luxembourg", true, "in the list"},
		{"Nederland", "Nederland", "Netherlands", true, "in the list"},
		{"Norge", "norge", "Norway", true, "in the list"},
		{"Schweiz", "Schweiz", "Switzerland", true, "in the list"},
		{"Suisse", "Suisse", "Switzerland", true, "in the list"},
		{"Svizzera", "Svizzera", "Switzerland", true, "in the list"},
		{"Crna Gora", "crna gora", "Montenegro", true, "in the list"},
		{"Србија", "Србија", "Serbia", true, "in the list"},
		{"Srbija", "Srbija", "Serbia", true, "in the list"},
		{"Slovensko", "Slovensko", "Slovak Republic", true, "in the list"},
		{"Slovenija", "Slovenija", "Slovenia", true, "in the list"},
		{"România", "Romania", "Romania", true, "in the list"},
		{"ISO code DE", "DE", "Germany", true, "in the list"},
		{"ISO code CH", "ch", "Switzerland", true, "in the list"},
		{"ISO code IE", "IE", "Ireland", true, "in the list"},
		{"Greek EU code EL", "EL", "Greece", true, "in the list"},
		{"Gibraltar is listed though a British overseas territory", "Gibraltar", "Gibraltar", true, "in the list"},
		{"Canary Islands: part of Spain, read in the driver's favour", "Tenerife", "Canary Islands", true, "ring to confirm"},
		{"Madeira: part of Portugal, read in the driver's favour", "Madeira", "Madeira", true, "read it in your favour"},
		{"Azores", "Açores", "Azores", true, "region of Portugal"},
		{"Balearic island Mallorca is Spain", "Mallorca", "Spain", true, "in the list"},
		{"unlisted: Bulgaria", "Bulgaria", "Bulgaria", false, "not covered: Bulgaria is not in the list of countries covered"},
		{"unlisted: Estonia by own name", "Eesti", "Estonia", false, "not in the list of countries covered"},
		{"unlisted: Latvia", "latvia", "Latvia", false, "not in the list of countries covered"},
		{"unlisted: Lithuania", "Lietuva", "Lithuania", false, "not in the list of countries covered"},
		{"unlisted: Cyprus", "Κύπρος", "Cyprus", false, "not in the list of countries covered"},
		{"unlisted: Turkey", "Türkiye", "Turkey", false, "not in the list of countries covered"},
		{"unlisted: Ukraine", "UA", "Ukraine", false, "not in the list of countries covered"},
		{"unlisted: Iceland", "Ísland", "Iceland", false, "not in the list of countries covered"},
		{"unlisted: Bosnia and Herzegovina", "Bosnia & Herzegovina", "Bosnia and Herzegovina", false, "not in the list of countries covered"},
		{"unlisted: North Macedonia", "Macedonia", "North Macedonia", false, "not in the list of countries covered"},
		{"unlisted: Kosovo", "Kosovo", "Kosovo", false, "not in the list of countries covered"},
		{"unlisted: Moldova", "Moldova", "Moldova", false, "not in the list of countries covered"},
		{"unlisted: Belarus", "Belarus", "Belarus", false, "not in the list of countries covered"},
		{"unlisted: San Marino", "San Marino", "San Marino", false, "not in the list of countries covered"},
		{"unlisted: Vatican", "Vatican", "Vatican City", false, "not in the list of countries covered"},
		{"unlisted: Isle of Man is not the UK", "Isle of Man", "Isle of Man", false, "Crown Dependency"},
		{"000 Area covered lists Great Britain: the Crown Dependencies are read strictly, and the driver is told it is a reading", "Jersey", "Jersey", false, "We read it strictly as not covered"},
		{"overseas: Réunion", "Réunion", "Réunion", false, "overseas territory of France; the page says cover does not apply to the listed countries’ overseas territories"},
		{"overseas: Guadeloupe", "guadeloupe", "Guadeloupe", false, "overseas territory"},
		{"overseas: Martinique", "Martinique", "Martinique", false, "overseas territory"},
		{"overseas: French Guiana", "Guyane", "French Guiana", false, "overseas territory"},
		{"overseas: Mayotte", "Mayotte", "Mayotte", false, "overseas territory"},
		{"overseas: Greenland", "Grønland", "Greenland", false, "overseas territory of Denmark"},
		{"overseas: Faroe Islands", "Faroe Islands", "Faroe Islands", false, "overseas territory of Denmark"},
		{"overseas: Svalbard", "Svalbard", "Svalbard and Jan Mayen", false, "overseas territory of Norway"},
		{"overseas: Aruba", "Aruba", "Aruba", false, "overseas territory of Netherlands"},
		{"overseas: Curaçao", "Curacao", "Curaçao", false, "overseas territory"},
		{"overseas: Bermuda", "Bermuda", "Bermuda", false, "overseas territory of Great Britain"},
		{"overseas: Falklands", "Falklands", "Falkland Islands", false, "overseas territory"},
		{"outside Europe: Ceuta", "Ceuta", "Ceuta", false, "the page says cover does not apply outside Europe"},
		{"outside Europe: Morocco", "Maroc", "Morocco", false, "outside Europe"},
		{"a place not known is never read as not covered: it may be a town of a listed country", "Atlantis", "", false, `we do not know the place "Atlantis"`},
		{"an unknown code is not known, not not covered", "ZZ", "", false, "type the country it is in: smart road assistance applies in the 32 countries listed"},
		{"empty", "   ", "", false, "no place given"},
	}
	for _, tt := range tests {
		t.Run(tt.clause, func(t *testing.T) {
			a := LookupCountry(tt.query)
			assert.Equal(t, tt.query, a.Query)
			assert.Equal(t, tt.name, a.Name)
			assert.Equal(t, tt.covered, a.Covered)
			assert.Contains(t, a.Reason, tt.reason)
			assert.Equal(t, tt.name != "", a.Known)
			if a.Known {
				assert.True(t, strings.HasPrefix(a.Reason, map[bool]string{true: "covered: ", false: "not covered: "}[tt.covered]), a.Reason)
			} else {
				assert.NotContains(t, a.Reason, "not covered", "a place not known is never said to be not covered")
			}
		})
	}
}

func TestPlacesData(t *testing.T) {
	keys := map[string]string{}
	codes := map[string]string{}
	for _, p := range Places {
		assert.NotEmpty(t, p.Source, p.Name)
		if p.Kind == Overseas || p.Kind == Region {
			assert.NotEmpty(t, p.PartOf, p.Name)
		}
		if p.Kind == Region {
			assert.NotEmpty(t, p.Note, "%s: a covered region says why", p.Name)
		}
		if p.PartOf != "" {
			assert.Equal(t, Listed, LookupCountry(p.PartOf).Place.Kind, "%s is part of a listed country", p.Name)
		}
		if p.Code != "" {
			assert.Len(t, p.Code, 2, p.Name)
			assert.Equal(t, strings.ToUpper(p.Code), p.Code)
			assert.Empty(t, codes[p.Code], "code %s used twice", p.Code)
			codes[p.Code] = p.Name
		}
		for _, n := range append(append([]string{p.Name, p.Code}, p.Also...), p.Own...) {
			k := fold(n)
			if n == "" {
				continue
			}
			require.NotEmpty(t, k, n)
			if other, ok := keys[k]; ok && other != p.Name {
				t.Errorf("%q names both %s and %s", n, other, p.Name)
			}
			keys[k] = p.Name
		}
	}
	assert.Equal(t, "Great Britain", LookupCountry("UK").Name, "UK is the usual code though GB is the ISO one")
}

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"  Österreich ", "osterreich"},
		{"Česká  republika", "ceska republika"},
		{"Bosnia-Herzegovina", "bosnia herzegovina"},
		{"Bosnia & Herzegovina", "bosnia and herzegovina"},
		{"U.K.", "uk"},
		{"The Netherlands", "netherlands"},
		{"Ελλάς", "ελλασ"},
		{"Ísland", "island"},
		{"Principat d'Andorra", "principat dandorra"},
		{"a&b", "a and b"},
		{"&", "and"},
		{"Straße", "strasse"},
		{"e\u0301ire", "eire"},
		{"", ""},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, fold(tt.in), tt.in)
	}
}

func TestSuggest(t *testing.T) {
	tests := []struct {
		clause  string
		query   string
		max     int
		first   string
		matched string
	}{
		{"prefix of an own name", "deu", 5, "Germany", "Deutschland"},
		{"prefix of the English name", "Neth", 5, "Netherlands", "Netherlands"},
		{"an exact code comes first", "gb", 5, "Great Britain", "GB"},
		{"a word inside a name", "kingdom", 5, "Great Britain", "United Kingdom"},
		{"accents ignored", "espa", 5, "Spain", "España"},
		{"substring", "ederl", 5, "Netherlands", "Nederland"},
		{"exact name before prefixes", "ireland", 5, "Ireland", "Ireland"},
		{"Greek", "Ελλ", 5, "Greece", "Ελλάδα"},
	}
	for _, tt := range tests {
		t.Run(tt.clause, func(t *testing.T) {
			s := Suggest(tt.query, tt.max)
			require.NotEmpty(t, s)
			assert.LessOrEqual(t, len(s), tt.max)
			assert.Equal(t, tt.first, s[0].Name)
			assert.Equal(t, tt.matched, s[0].Matched)
		})
	}
	t.Run("each place once, at most max", func(t *testing.T) {
		s := Suggest("a", 100)
		seen := map[string]bool{}
		for _, x := range s {
			assert.False(t, seen[x.Name], x.Name)
			seen[x.Name] = true
		}
		assert.Len(t, Suggest("a", 3), 3)
	})
	t.Run("not covered places are offered too, marked", func(t *testing.T) {
		s := Suggest("eest", 5)
		require.NotEmpty(t, s)
		assert.Equal(t, "Estonia", s[0].Name)
		assert.False(t, s[0].Covered)
	})
	t.Run("covered before not covered at the same rank", func(t *testing.T) {
		s := Suggest("s", 50)
		seenUncovered := false
		for _, x := range s {
			if matchScore(fold(x.Matched), "s", false) != 1 {
				continue
			}
			if !x.Covered {
				seenUncovered = true
			} else {
				assert.False(t, seenUncovered, "%s after an uncovered place", x.Name)
			}
		}
	})
	assert.Nil(t, Suggest("  ", 5))
	assert.Nil(t, Suggest("de", 0))
	assert.Empty(t, Suggest("qqq", 5))
}

func FuzzLookupCountry(f *testing.F) {
	for _, s := range []string{"UK", "Österreich", "Ελλάδα", " the ", "&", "\xff\xfe", "e\u0301", "Bosnia & Herzegovina"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, q string) {
		a := LookupCountry(q)
		if a.Covered && a.Place == nil {
			t.Fatalf("%q covered with no place", q)
		}
		if a.Reason == "" {
			t.Fatalf("%q: no reason", q)
		}
		for _, s := range Suggest(q, 5) {
			if s.Place == nil || s.Name == "" {
				t.Fatalf("%q: empty suggestion", q)
			}
		}
		sr := SearchPlaces(q, 5)
		if len(sr.DidYouMean) > 0 && (sr.Answer != nil || len(sr.Suggestions) > 0) {
			t.Fatalf("%q: a guess beside an answer or suggestions", q)
		}
		if sr.Answer != nil && sr.Answer.Place == nil {
			t.Fatalf("%q: an answer with no place", q)
		}
	})
}

func TestSearchPlaces(t *testing.T) {
	tests := []struct {
		clause      string
		query       string
		answer      string   // "" when none
		suggestions []string // first ones, in order
		didYouMean  []string
	}{
		{"an exact code wins: UK is Great Britain, Ukraine only after it", "UK", "Great Britain", []string{"Ukraine"}, nil},
		{"an exact own name wins", "Deutschland", "Germany", nil, nil},
		{"a misspelling is offered the name, never a verdict", "germny", "", nil, []string{"Germany"}},
		{"two letters swapped", "Fracne", "", nil, []string{"France"}},
		{"a misspelt own name", "Osterrich", "", nil, []string{"Austria"}},
		{"a prefix is suggested, not answered", "Neth", "", []string{"Netherlands"}, nil},
		{"too far from any name: nothing guessed", "Atlantis", "", nil, nil},
		{"too short to guess from", "gxr", "", nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.clause, func(t *testing.T) {
			s := SearchPlaces(tt.query, 6)
			if tt.answer == "" {
				assert.Nil(t, s.Answer)
			} else {
				require.NotNil(t, s.Answer)
				assert.Equal(t, tt.answer, s.Answer.Name)
			}
			var names []string
			for _, x := range s.Suggestions {
				names = append(names, x.Name)
			}
			if tt.suggestions != nil {
				require.GreaterOrEqual(t, len(names), len(tt.suggestions), names)
				assert.Equal(t, tt.suggestions, names[:len(tt.suggestions)])
			}
			if s.Answer != nil {
				assert.NotContains(t, names, s.Answer.Name, "the answer is not suggested again")
			}
			var guesses []string
			for _, x := range s.DidYouMean {
				guesses = append(guesses, x.Name)
			}
			assert.Equal(t, tt.didYouMean, guesses)
		})
	}
	assert.Equal(t, Search{}, SearchPlaces("  ", 6))
}

func TestTypos(t *testing.T) {
	tests := []struct {
		a, b  string
		limit int
		want  int
	}{
		{"germany", "germny", 2, 1},
		{"france", "fracne", 2, 1},
		{"spain", "spian", 1, 1},
		{"italy", "italy", 1, 0},
		{"portugal", "xxxx", 2, 3},
		{"ελλαδα", "ελαδα", 2, 1},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, typos(tt.a, tt.b, tt.limit), tt.a+"/"+tt.b)
	}
}
