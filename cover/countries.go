package cover

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"unicode"
)

// PlaceKind says how the page treats a place.
type PlaceKind int

const (
	Listed        PlaceKind = iota // one of the 32 countries the page lists
	Region                         // part of a listed country, covered with it
	Unlisted                       // a European country the page does not list
	Overseas                       // an overseas territory of a European country
	OutsideEurope                  // a place outside Europe
)

func (k PlaceKind) String() string {
	switch k {
	case Listed:
		return "listed"
	case Region:
		return "region"
	case Unlisted:
		return "unlisted"
	case Overseas:
		return "overseas territory"
	case OutsideEurope:
		return "outside Europe"
	}
	return fmt.Sprintf("PlaceKind(%d)", int(k))
}

// Place is a country, territory or region a driver may type.
type Place struct {
	Name   string // English name; for listed countries as the page lists it
	Code   string // ISO 3166-1 alpha-2; "" when there is none
	Kind   PlaceKind
	PartOf string   // the country a region or territory belongs to
	Also   []string // other names in English and other codes
	Own    []string // the place's own names for itself
	Note   string   // why a region is covered or not, when it needs saying
	Sub    string   // ISO 3166-2 code of a region with none of its own, for the gazetteer
	Source string
}

// Covered reports whether road assistance applies in the place.
func (p *Place) Covered() bool { return p.Kind == Listed || p.Kind == Region }

const (
	srcArea      = srcPage + ", Area covered"
	srcNotListed = srcPage + ", Area covered: not in the list"
	srcTerritory = srcPage + ", Area covered: “smart road assistance does not apply to the listed countries’ overseas territories nor outside Europe.”"
)

// Places are the 32 countries the page lists (“smart road assistance can be
// contacted around the clock and applies in the following European
// countries”), then places a driver may type that are not covered.
//
// Decisions where the page is unclear. All but the last are read in the
// driver's favour; the last is read strictly, and says so on screen:
//   - "Great Britain" is read as the whole United Kingdom, Northern Ireland
//     included: the page is written for UK customers and gives one number to
//     ring "from within the UK".
//   - Gibraltar is a British overseas territory but the page lists it, so it
//     is covered.
//   - The Canary Islands, Madeira and the Azores are regions of Spain and
//     Portugal, not overseas territories, though they lie off Africa or in the
//     Atlantic. "Outside Europe" is read as outside the European countries
//     listed, so they are covered with their country, and the reason says so
//     and advises ringing to confirm. Ceuta and Melilla are on the African
//     mainland and are not covered.
//   - The self-governing or dependent territories of listed countries
//     (French overseas departments and collectivities, Greenland, the Faroe
//     Islands, the Dutch Caribbean, British overseas territories, Svalbard)
//     are the overseas territories the page excludes.
//   - The Crown Dependencies (Isle of Man, Jersey, Guernsey) are not part of
//     the United Kingdom and are not listed: read strictly as not covered,
//     since telling a driver they are covered when they may not be is the
//     greater harm; the reason says it is a reading and to ring to ask.
var Places = []Place{
	{Name: "Albania", Code: "AL", Own: []string{"Shqipëria", "Shqipëri"}, Source: srcArea},
	{Name: "Andorra", Code: "AD", Own: []string{"Principat d'Andorra"}, Source: srcArea},
	{Name: "Austria", Code: "AT", Also: []string{"Oesterreich"}, Own: []string{"Österreich"}, Source: srcArea},
	{Name: "Belgium", Code: "BE", Own: []string{"België", "Belgique", "Belgien"}, Source: srcArea},
	{Name: "Croatia", Code: "HR", Own: []string{"Hrvatska"}, Source: srcArea},
	{Name: "Czech Republic", Code: "CZ", Also: []string{"Czechia"}, Own: []string{"Česko", "Česká republika"}, Source: srcArea},
	{Name: "Denmark", Code: "DK", Own: []string{"Danmark"}, Source: srcArea},
	{Name: "Finland", Code: "FI", Own: []string{"Suomi"}, Source: srcArea},
	{Name: "France", Code: "FR", Also: []string{"Corsica"}, Own: []string{"Corse"}, Source: srcArea},
	{Name: "Germany", Code: "DE", Own: []string{"Deutschland"}, Source: srcArea},
	{Name: "Gibraltar", Code: "GI", Source: srcArea},
	{Name: "Great Britain", Code: "GB", Also: []string{"UK", "United Kingdom", "Britain", "England", "Scotland", "Wales",
		"United Kingdom of Great Britain and Northern Ireland"}, Own: []string{"Cymru", "Alba"}, Source: srcArea},
	{Name: "Greece", Code: "GR", Also: []string{"EL", "Hellenic Republic"}, Own: []string{"Ελλάδα", "Ελλάς", "Hellas", "Ellada", "Ellas"}, Source: srcArea},
	{Name: "Hungary", Code: "HU", Own: []string{"Magyarország"}, Source: srcArea},
	{Name: "Ireland", Code: "IE", Also: []string{"Republic of Ireland", "Irish Republic", "Eire"}, Own: []string{"Éire"}, Source: srcArea},
	{Name: "Italy", Code: "IT", Also: []string{"Sicily", "Sardinia"}, Own: []string{"Italia", "Sicilia", "Sardegna"}, Source: srcArea},
	{Name: "Liechtenstein", Code: "LI", Source: srcArea},
	{Name: "Luxembourg", Code: "LU", Own: []string{"Lëtzebuerg", "Luxemburg"}, Source: srcArea},
	{Name: "Malta", Code: "MT", Source: srcArea},
	{Name: "Monaco", Code: "MC", Source: srcArea},
	{Name: "Montenegro", Code: "ME", Own: []string{"Crna Gora", "Црна Гора"}, Source: srcArea},
	{Name: "Netherlands", Code: "NL", Also: []string{"Holland", "The Netherlands"}, Own: []string{"Nederland"}, Source: srcArea},
	{Name: "Norway", Code: "NO", Own: []string{"Norge", "Noreg"}, Source: srcArea},
	{Name: "Poland", Code: "PL", Own: []string{"Polska"}, Source: srcArea},
	{Name: "Portugal", Code: "PT", Source: srcArea},
	{Name: "Romania", Code: "RO", Own: []string{"România"}, Source: srcArea},
	{Name: "Serbia", Code: "RS", Own: []string{"Србија", "Srbija"}, Source: srcArea},
	{Name: "Slovak Republic", Code: "SK", Also: []string{"Slovakia"}, Own: []string{"Slovensko", "Slovenská republika"}, Source: srcArea},
	{Name: "Slovenia", Code: "SI", Own: []string{"Slovenija"}, Source: srcArea},
	{Name: "Spain", Code: "ES", Also: []string{"Balearic Islands", "Majorca", "Mallorca", "Menorca", "Minorca", "Ibiza"},
		Own: []string{"España", "Espanya", "Espainia", "Illes Balears"}, Source: srcArea},
	{Name: "Sweden", Code: "SE", Own: []string{"Sverige"}, Source: srcArea},
	{Name: "Switzerland", Code: "CH", Also: []string{"Confoederatio Helvetica", "Helvetia"}, Own: []string{"Schweiz", "Suisse", "Svizzera", "Svizra"}, Source: srcArea},

	// Regions of listed countries, covered with them.
	{Name: "Northern Ireland", Kind: Region, PartOf: "Great Britain", Sub: "GB-NIR",
		Note:   "Northern Ireland is part of the United Kingdom; the page lists Great Britain, which we read as the whole UK, the reading that protects the driver",
		Source: srcArea + ": Great Britain"},
	{Name: "Canary Islands", Kind: Region, PartOf: "Spain", Sub: "ES-CN", Also: []string{"Canaries", "Tenerife", "Gran Canaria", "Lanzarote", "Fuerteventura"},
		Own:    []string{"Islas Canarias", "Canarias"},
		Note:   "the Canary Islands are a region of Spain, not an overseas territory, but they lie off Africa and the page excludes places outside Europe; we read it in your favour as covered with Spain: ring to confirm before you rely on it",
		Source: srcTerritory},
	{Name: "Madeira", Kind: Region, PartOf: "Portugal", Sub: "PT-30", Own: []string{"Região Autónoma da Madeira"},
		Note:   "Madeira is a region of Portugal, not an overseas territory, but it lies in the Atlantic off Africa and the page excludes places outside Europe; we read it in your favour as covered with Portugal: ring to confirm before you rely on it",
		Source: srcTerritory},
	{Name: "Azores", Kind: Region, PartOf: "Portugal", Sub: "PT-20", Also: []string{"The Azores"}, Own: []string{"Açores", "Região Autónoma dos Açores"},
		Note:   "the Azores are a region of Portugal, not an overseas territory, but they lie in the mid-Atlantic and the page excludes places outside Europe; we read it in your favour as covered with Portugal: ring to confirm before you rely on it",
		Source: srcTerritory},
	{Name: "Åland Islands", Code: "AX", Kind: Region, PartOf: "Finland", Also: []string{"Aland"}, Own: []string{"Åland", "Ahvenanmaa"},
		Note: "the Åland Islands are an autonomous region of Finland in the Baltic Sea", Source: srcArea + ": Finland"},

	// European countries the page does not list.
	{Name: "Armenia", Code: "AM", Kind: Unlisted, Own: []string{"Հայաստան", "Hayastan"}, Source: srcNotListed},
	{Name: "Azerbaijan", Code: "AZ", Kind: Unlisted, Own: []string{"Azərbaycan"}, Source: srcNotListed},
	{Name: "Belarus", Code: "BY", Kind: Unlisted, Also: []string{"Byelorussia"}, Own: []string{"Беларусь", "Belarus'"}, Source: srcNotListed},
	{Name: "Bosnia and Herzegovina", Code: "BA", Kind: Unlisted, Also: []string{"Bosnia", "Bosnia-Herzegovina", "Herzegovina"},
		Own: []string{"Bosna i Hercegovina", "Босна и Херцеговина"}, Source: srcNotListed},
	{Name: "Bulgaria", Code: "BG", Kind: Unlisted, Own: []string{"България", "Bulgariya", "Balgariya"}, Source: srcNotListed},
	{Name: "Cyprus", Code: "CY", Kind: Unlisted, Own: []string{"Κύπρος", "Kypros", "Kıbrıs"}, Source: srcNotListed},
	{Name: "Estonia", Code: "EE", Kind: Unlisted, Own: []string{"Eesti"}, Source: srcNotListed},
	{Name: "Georgia", Code: "GE", Kind: Unlisted, Own: []string{"საქართველო", "Sakartvelo"}, Source: srcNotListed},
	{Name: "Iceland", Code: "IS", Kind: Unlisted, Own: []string{"Ísland"}, Source: srcNotListed},
	{Name: "Kazakhstan", Code: "KZ", Kind: Unlisted, Own: []string{"Қазақстан", "Казахстан", "Qazaqstan"}, Source: srcNotListed},
	{Name: "Kosovo", Code: "XK", Kind: Unlisted, Own: []string{"Kosova", "Косово"}, Source: srcNotListed},
	{Name: "Latvia", Code: "LV", Kind: Unlisted, Own: []string{"Latvija"}, Source: srcNotListed},
	{Name: "Lithuania", Code: "LT", Kind: Unlisted, Own: []string{"Lietuva"}, Source: srcNotListed},
	{Name: "Moldova", Code: "MD", Kind: Unlisted, Also: []string{"Republic of Moldova"}, Own: []string{"Republica Moldova"}, Source: srcNotListed},
	{Name: "North Macedonia", Code: "MK", Kind: Unlisted, Also: []string{"Macedonia"}, Own: []string{"Северна Македонија", "Severna Makedonija"}, Source: srcNotListed},
	{Name: "Russia", Code: "RU", Kind: Unlisted, Also: []string{"Russian Federation"}, Own: []string{"Россия", "Rossiya"}, Source: srcNotListed},
	{Name: "San Marino", Code: "SM", Kind: Unlisted, Source: srcNotListed},
	{Name: "Turkey", Code: "TR", Kind: Unlisted, Own: []string{"Türkiye"}, Source: srcNotListed},
	{Name: "Ukraine", Code: "UA", Kind: Unlisted, Own: []string{"Україна", "Ukraina"}, Source: srcNotListed},
	{Name: "Vatican City", Code: "VA", Kind: Unlisted, Also: []string{"Vatican", "Holy See"}, Own: []string{"Città del Vaticano", "Stato della Città del Vaticano"}, Source: srcNotListed},
	{Name: "Isle of Man", Code: "IM", Kind: Unlisted, Own: []string{"Ellan Vannin"},
		Note: "the Isle of Man is a Crown Dependency, not part of the United Kingdom. We read it strictly" + crownReading, Source: srcNotListed},
	{Name: "Jersey", Code: "JE", Kind: Unlisted,
		Note: "Jersey is a Crown Dependency, not part of the United Kingdom. We read it strictly" + crownReading, Source: srcNotListed},
	{Name: "Guernsey", Code: "GG", Kind: Unlisted, Also: []string{"Alderney", "Sark"},
		Note: "the Bailiwick of Guernsey is a Crown Dependency, not part of the United Kingdom. We read it strictly" + crownReading, Source: srcNotListed},

	// Overseas territories of listed countries.
	{Name: "Réunion", Code: "RE", Kind: Overseas, PartOf: "France", Also: []string{"Reunion"}, Own: []string{"La Réunion"}, Source: srcTerritory},
	{Name: "Guadeloupe", Code: "GP", Kind: Overseas, PartOf: "France", Source: srcTerritory},
	{Name: "Martinique", Code: "MQ", Kind: Overseas, PartOf: "France", Source: srcTerritory},
	{Name: "French Guiana", Code: "GF", Kind: Overseas, PartOf: "France", Own: []string{"Guyane", "Guyane française"}, Source: srcTerritory},
	{Name: "Mayotte", Code: "YT", Kind: Overseas, PartOf: "France", Source: srcTerritory},
	{Name: "New Caledonia", Code: "NC", Kind: Overseas, PartOf: "France", Own: []string{"Nouvelle-Calédonie"}, Source: srcTerritory},
	{Name: "French Polynesia", Code: "PF", Kind: Overseas, PartOf: "France", Also: []string{"Tahiti"}, Own: []string{"Polynésie française"}, Source: srcTerritory},
	{Name: "Saint Pierre and Miquelon", Code: "PM", Kind: Overseas, PartOf: "France", Own: []string{"Saint-Pierre-et-Miquelon"}, Source: srcTerritory},
	{Name: "Saint Martin", Code: "MF", Kind: Overseas, PartOf: "France", Own: []string{"Saint-Martin"}, Source: srcTerritory},
	{Name: "Saint Barthélemy", Code: "BL", Kind: Overseas, PartOf: "France", Also: []string{"St Barts", "Saint Barts"}, Source: srcTerritory},
	{Name: "Wallis and Futuna", Code: "WF", Kind: Overseas, PartOf: "France", Own: []string{"Wallis-et-Futuna"}, Source: srcTerritory},
	{Name: "Greenland", Code: "GL", Kind: Overseas, PartOf: "Denmark", Own: []string{"Kalaallit Nunaat", "Grønland"}, Source: srcTerritory},
	{Name: "Faroe Islands", Code: "FO", Kind: Overseas, PartOf: "Denmark", Also: []string{"Faroes", "Faeroe Islands"}, Own: []string{"Føroyar", "Færøerne"}, Source: srcTerritory},
	{Name: "Aruba", Code: "AW", Kind: Overseas, PartOf: "Netherlands", Source: srcTerritory},
	{Name: "Curaçao", Code: "CW", Kind: Overseas, PartOf: "Netherlands", Also: []string{"Curacao"}, Own: []string{"Kòrsou"}, Source: srcTerritory},
	{Name: "Sint Maarten", Code: "SX", Kind: Overseas, PartOf: "Netherlands", Source: srcTerritory},
	{Name: "Caribbean Netherlands", Code: "BQ", Kind: Overseas, PartOf: "Netherlands", Also: []string{"Bonaire", "Sint Eustatius", "Saba"}, Source: srcTerritory},
	{Name: "Svalbard and Jan Mayen", Code: "SJ", Kind: Overseas, PartOf: "Norway", Also: []string{"Svalbard", "Jan Mayen", "Spitsbergen"}, Source: srcTerritory},
	{Name: "Bouvet Island", Code: "BV", Kind: Overseas, PartOf: "Norway", Own: []string{"Bouvetøya"}, Source: srcTerritory},
	{Name: "Bermuda", Code: "BM", Kind: Overseas, PartOf: "Great Britain", Source: srcTerritory},
	{Name: "Falkland Islands", Code: "FK", Kind: Overseas, PartOf: "Great Britain", Also: []string{"Falklands"}, Source: srcTerritory},
	{Name: "Cayman Islands", Code: "KY", Kind: Overseas, PartOf: "Great Britain", Source: srcTerritory},
	{Name: "British Virgin Islands", Code: "VG", Kind: Overseas, PartOf: "Great Britain", Source: srcTerritory},
	{Name: "Anguilla", Code: "AI", Kind: Overseas, PartOf: "Great Britain", Source: srcTerritory},
	{Name: "Montserrat", Code: "MS", Kind: Overseas, PartOf: "Great Britain", Source: srcTerritory},
	{Name: "Turks and Caicos Islands", Code: "TC", Kind: Overseas, PartOf: "Great Britain", Source: srcTerritory},
	{Name: "Saint Helena, Ascension and Tristan da Cunha", Code: "SH", Kind: Overseas, PartOf: "Great Britain",
		Also: []string{"Saint Helena", "St Helena", "Ascension Island", "Tristan da Cunha"}, Source: srcTerritory},
	{Name: "Pitcairn Islands", Code: "PN", Kind: Overseas, PartOf: "Great Britain", Source: srcTerritory},
	{Name: "Akrotiri and Dhekelia", Kind: Overseas, PartOf: "Great Britain", Also: []string{"Sovereign Base Areas"}, Source: srcTerritory},

	// Outside Europe.
	{Name: "Ceuta", Kind: OutsideEurope, PartOf: "Spain", Sub: "ES-CE",
		Note: "Ceuta is a Spanish city on the African mainland", Source: srcTerritory},
	{Name: "Melilla", Kind: OutsideEurope, PartOf: "Spain", Sub: "ES-ML",
		Note: "Melilla is a Spanish city on the African mainland", Source: srcTerritory},
	{Name: "Morocco", Code: "MA", Kind: OutsideEurope, Own: []string{"المغرب", "Maroc"}, Source: srcTerritory},
	{Name: "Tunisia", Code: "TN", Kind: OutsideEurope, Own: []string{"تونس", "Tunisie"}, Source: srcTerritory},
}

// crownReading ends the note on each Crown Dependency.
const crownReading = " as not covered, because the page lists Great Britain and not the Crown Dependencies: ring road assistance to ask before you rely on cover there"

// CountryAnswer says whether road assistance applies where the driver is.
// A place not known is never read as not covered: Known is false, and the
// reason says so.
type CountryAnswer struct {
	Query   string   `json:"query"`          // as typed
	Name    string   `json:"name"`           // the place found; "" when none
	Town    string   `json:"town,omitempty"` // the town, city or region typed, when the gazetteer found it in Name
	Known   bool     `json:"known"`          // the place was found
	Covered bool     `json:"covered"`        // road assistance applies there; false also when not known
	Reason  string   `json:"reason"`
	Nearest []string `json:"nearest,omitempty"`   // when not known: the nearest names we know, "Munich (Germany)"
	Listed  []string `json:"countries,omitempty"` // when not known: the countries the page lists
	Matched string   `json:"-"`                   // the name or code that matched, such as "Deutschland"
	Place   *Place   `json:"-"`                   // nil when nothing matched
}

// LookupCountry finds what the driver typed among the places, by English
// name, other name, own name or ISO 3166-1 alpha-2 code, ignoring case,
// accents, punctuation and surrounding spaces, and says whether it is
// covered and why. A name it does not know gets Unknown's answer.
func LookupCountry(query string) CountryAnswer {
	m, ok := placeIndex().byKey[fold(query)]
	if !ok {
		return Unknown(query, nil)
	}
	p := m.place
	a := CountryAnswer{Query: query, Known: true, Name: p.Name, Covered: p.Covered(), Matched: m.name, Place: p}
	a.Reason = reason(p)
	return a
}

// Unknown is the answer for a name we do not know, with the nearest names
// we do. It never says not covered: the place may well be a town or region
// of a country in the list.
func Unknown(query string, nearest []string) CountryAnswer {
	a := CountryAnswer{Query: query, Nearest: nearest, Listed: ListedNames()}
	if strings.TrimSpace(query) == "" {
		a.Reason = "no place given"
		return a
	}
	a.Reason = fmt.Sprintf("we do not know the place %q. If it is a town or region, type the country it is in: "+
		"smart road assistance applies in the %d countries listed", strings.TrimSpace(query), listedCount)
	return a
}

// InPlace is the answer for a town, city or region (kind) that a gazetteer
// found in the place p; of is the city's own name when town is another
// name of it ("Köln" for "Cologne"), so the driver can tell it is the one
// they mean.
func InPlace(query, town, of, kind string, p *Place) CountryAnswer {
	a := CountryAnswer{Query: query, Known: true, Name: p.Name, Town: town, Covered: p.Covered(), Matched: town, Place: p}
	why := reason(p)
	verdict, rest, _ := strings.Cut(why, ": ")
	what := town + " is a " + kind
	if of != "" {
		what = town + " is another name for " + of + ", a " + kind
	}
	a.Reason = verdict + ": " + what + " in " + p.Name + "; " + rest
	return a
}

// TownSource is where the gazetteer's towns and cities come from,
// said beside an answer found through one: GeoNames' data asks for credit.
const TownSource = "towns and cities: GeoNames (geonames.org, CC BY)"

// PlaceOfCode is the place with the ISO 3166-1 code, or the ISO 3166-2 code
// of a region with none of its own (Sub); nil when there is none.
func PlaceOfCode(code string) *Place {
	for i := range Places {
		if p := &Places[i]; p.Code == code || p.Sub != "" && p.Sub == code {
			return p
		}
	}
	return nil
}

// Fold makes a name comparable as LookupCountry does, for gazetteers.
func Fold(s string) string { return fold(s) }

// listedCount is how many countries the page lists.
var listedCount = func() int {
	n := 0
	for _, p := range Places {
		if p.Kind == Listed {
			n++
		}
	}
	return n
}()

// ListedNames are the countries the page lists, in its order.
func ListedNames() []string {
	var out []string
	for _, p := range Places {
		if p.Kind == Listed {
			out = append(out, p.Name)
		}
	}
	return out
}

func reason(p *Place) string {
	switch p.Kind {
	case Listed:
		return "covered: " + p.Name + " is in the list of countries covered"
	case Region:
		return "covered: " + p.Note
	case Unlisted:
		if p.Note != "" {
			return "not covered: " + p.Note
		}
		return "not covered: " + p.Name + " is not in the list of countries covered"
	case Overseas:
		return "not covered: " + p.Name + " is an overseas territory of " + p.PartOf + "; the page says cover does not apply to the listed countries’ overseas territories"
	case OutsideEurope:
		s := "not covered: "
		if p.Note != "" {
			s += p.Note + "; "
		} else {
			s += p.Name + " is outside Europe; "
		}
		return s + "the page says cover does not apply outside Europe"
	}
	return "not covered"
}

// Suggestion is a place offered in a search box as the driver types.
type Suggestion struct {
	Name    string `json:"name"`    // the place's English name
	Matched string `json:"matched"` // the name or code the query matched
	Covered bool   `json:"covered"`
	Place   *Place `json:"-"`
}

// Suggest offers up to max places whose names, own names or codes match the
// query: exact matches first, then names starting with it, then names with a
// word starting with it, then names containing it (from two letters on).
// Codes match only exactly. Each place appears once, under its best match.
func Suggest(query string, max int) []Suggestion {
	q := fold(query)
	if q == "" || max <= 0 {
		return nil
	}
	type scored struct {
		s     Suggestion
		score int
	}
	best := map[*Place]scored{}
	for _, e := range placeIndex().names {
		score := matchScore(e.key, q, e.code)
		if score < 0 {
			continue
		}
		if b, ok := best[e.place]; ok && b.score <= score {
			continue
		}
		best[e.place] = scored{Suggestion{Name: e.place.Name, Matched: e.name, Covered: e.place.Covered(), Place: e.place}, score}
	}
	all := make([]scored, 0, len(best))
	for _, b := range best {
		all = append(all, b)
	}
	sort.Slice(all, func(i, j int) bool {
		a, b := all[i], all[j]
		if a.score != b.score {
			return a.score < b.score
		}
		if a.s.Covered != b.s.Covered {
			return a.s.Covered
		}
		return a.s.Name < b.s.Name
	})
	out := make([]Suggestion, 0, min(max, len(all)))
	for _, b := range all[:min(max, len(all))] {
		out = append(out, b.s)
	}
	return out
}

// matchScore ranks how well key matches q; -1 is no match.
func matchScore(key, q string, code bool) int {
	switch {
	case key == q:
		return 0
	case code:
		return -1
	case strings.HasPrefix(key, q):
		return 1
	case strings.Contains(" "+key, " "+q):
		return 2
	case len([]rune(q)) >= 2 && strings.Contains(key, q):
		return 3
	}
	return -1
}

type placeName struct {
	key   string // folded
	name  string // as written in the data
	code  bool
	place *Place
}

type placeMatch struct {
	place *Place
	name  string
}

// placeIndex is every name and code of the places, folded: the search
// builds it on first use rather than at start, as the app's first screen
// needs none of it.
var placeIndex = sync.OnceValue(indexPlaces)

type placeNameIndex struct {
	names []placeName           // in the places' order
	byKey map[string]placeMatch // the first place with the folded name
}

func indexPlaces() placeNameIndex {
	x := placeNameIndex{byKey: map[string]placeMatch{}}
	for i := range Places {
		p := &Places[i]
		add := func(name string, code bool) {
			e := placeName{key: fold(name), name: name, code: code, place: p}
			x.names = append(x.names, e)
			if _, dup := x.byKey[e.key]; !dup {
				x.byKey[e.key] = placeMatch{p, name}
			}
		}
		add(p.Name, false)
		if p.Code != "" {
			add(p.Code, true)
		}
		for _, n := range p.Also {
			add(n, len(n) == 2)
		}
		for _, n := range p.Own {
			add(n, false)
		}
	}
	return x
}

// fold makes a name comparable: lower case, accents removed, "&" as "and",
// dots and apostrophes dropped, other punctuation and runs of spaces as one
// space, a leading "the" dropped.
func fold(s string) string {
	accents := accents()
	var b strings.Builder
	space := false
	for _, r := range strings.ToLower(s) {
		switch {
		case r == '.' || r == '\'' || r == '’' || r == 'ʼ':
			continue
		case r == '&':
			if b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteString("and")
			space = true
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			if f, ok := accents[r]; ok {
				b.WriteString(f)
			} else if !unicode.Is(unicode.Mn, r) {
				b.WriteRune(r)
			}
		case unicode.Is(unicode.Mn, r):
			// a combining accent typed on its own: drop it
		default:
			space = true
		}
	}
	return strings.TrimPrefix(b.String(), "the ")
}

// accents maps lower-case letters with diacritics to their base letters, for
// the Latin and Greek names of European places; made on the first fold.
var accents = sync.OnceValue(func() map[rune]string {
	m := map[rune]string{'ß': "ss", 'æ': "ae", 'œ': "oe", 'þ': "th", 'ð': "d", 'ł': "l", 'đ': "d", 'ħ': "h", 'ı': "i", 'ø': "o", 'ς': "σ"}
	for base, letters := range map[string]string{
		"a": "àáâãäåāăąǎ", "c": "çćĉċč", "d": "ď", "e": "èéêëēĕėęěə", "g": "ĝğġģ", "h": "ĥ",
		"i": "ìíîïĩīĭįǐ", "j": "ĵ", "k": "ķ", "l": "ĺļľŀ", "n": "ñńņňŉ", "o": "òóôõöōŏőǒ",
		"r": "ŕŗř", "s": "śŝşšș", "t": "ţťŧț", "u": "ùúûüũūŭůűųǔ", "w": "ŵ", "y": "ýÿŷ", "z": "źżž",
		"α": "ά", "ε": "έ", "η": "ή", "ι": "ίϊΐ", "ο": "ό", "υ": "ύϋΰ", "ω": "ώ",
	} {
		for _, r := range letters {
			m[r] = base
		}
	}
	return m
})

// Search is what a country search box shows for what the driver typed.
type Search struct {
	// Answer is the place an exact name, own name or code names; nil when
	// there is none. It comes first: no suggestion sits above it.
	Answer *CountryAnswer
	// Suggestions are other places the text matches (see Suggest), after
	// Answer or, without one, to choose from.
	Suggestions []Suggestion
	// DidYouMean are places the text is a misspelling of, when it matches
	// nothing else. A misspelling gets no verdict: only these.
	DidYouMean []Suggestion
}

// SearchPlaces looks up what the driver typed: an exact match answers, other
// matches are suggested, and a text that matches nothing but is a letter or
// two from a name (germny) is offered that name.
func SearchPlaces(query string, max int) Search {
	var s Search
	if strings.TrimSpace(query) == "" {
		return s
	}
	if a := LookupCountry(query); a.Place != nil {
		s.Answer = &a
	}
	for _, sg := range Suggest(query, max+1) {
		if (s.Answer == nil || sg.Place != s.Answer.Place) && len(s.Suggestions) < max {
			s.Suggestions = append(s.Suggestions, sg)
		}
	}
	if s.Answer == nil && len(s.Suggestions) == 0 {
		s.DidYouMean = misspelt(fold(query), max)
	}
	return s
}

// maxTypos is how many letters a misspelling may have wrong, missing, extra
// or swapped: one in a short name, two in a longer one. Texts of under four
// letters are too short to guess from.
func maxTypos(q string) int {
	switch n := len([]rune(q)); {
	case n < 4:
		return 0
	case n <= 5:
		return 1
	}
	return 2
}

// misspelt lists up to max places with a name (not a code) closest to q
// within maxTypos, covered places first.
func misspelt(q string, max int) []Suggestion {
	limit := maxTypos(q)
	if limit == 0 {
		return nil
	}
	best := map[*Place]int{}
	matched := map[*Place]string{}
	for _, e := range placeIndex().names {
		if e.code {
			continue
		}
		d := typos(e.key, q, limit)
		if d > limit {
			continue
		}
		if b, ok := best[e.place]; !ok || d < b {
			best[e.place], matched[e.place] = d, e.name
		}
	}
	out := make([]Suggestion, 0, len(best))
	for p := range best {
		out = append(out, Suggestion{Name: p.Name, Matched: matched[p], Covered: p.Covered(), Place: p})
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if best[a.Place] != best[b.Place] {
			return best[a.Place] < best[b.Place]
		}
		if a.Covered != b.Covered {
			return a.Covered
		}
		return a.Name < b.Name
	})
	return out[:min(max, len(out))]
}

// typos is the number of letters inserted, deleted, changed or swapped with
// the next one to make b from a (optimal string alignment distance), or
// limit+1 once it is sure to be more than limit.
func typos(a, b string, limit int) int {
	x, y := []rune(a), []rune(b)
	if d := len(x) - len(y); d > limit || -d > limit {
		return limit + 1
	}
	prev2, prev, cur := make([]int, len(y)+1), make([]int, len(y)+1), make([]int, len(y)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(x); i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= len(y); j++ {
			cost := 1
			if x[i-1] == y[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && x[i-1] == y[j-2] && x[i-2] == y[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
			rowMin = min(rowMin, cur[j])
		}
		if rowMin > limit {
			return limit + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return min(prev[len(y)], limit+1)
}
