package standards

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestAreasInTheStandardsOrder(t *testing.T) {
	var ids []string
	for _, a := range Contents().Areas {
		ids = append(ids, a.ID)
		assert.Equal(t, a.ID == "charging-cables", a.ElectricOnly, "charging cables: electric drive vehicles only")
	}
	assert.Equal(t, []string{"bumpers", "body", "glass", "interior", "wheels", "underside", "oil-leaks",
		"luggage", "door-aperture", "rubber-seals", "charging-cables"}, ids)
}

func TestItemIDs(t *testing.T) {
	var ids []string
	for _, it := range Contents().Items {
		ids = append(ids, it.ID)
		assert.NotEmpty(t, it.Label)
		assert.NotEmpty(t, it.Source)
	}
	assert.Equal(t, []string{"v5c", "spare-keys", "transmitter-and-codes", "alarm-system", "locking-wheel-nuts",
		"handbook", "service-manual", "mot-certificate", "wheel-key", "charging-cables"}, ids)
}

var kindID = regexp.MustCompile(`^[a-z-]+\.[a-z-]+$`)

func TestKinds(t *testing.T) {
	names := map[string]bool{}
	for _, fl := range findingFields {
		names[fl.Name] = true
	}
	for _, a := range Contents().Areas {
		assert.NotEmpty(t, a.Kinds, a.ID)
		for _, k := range a.Kinds {
			assert.Regexp(t, kindID, k.ID)
			assert.True(t, strings.HasPrefix(k.ID, a.ID+"."), "kind %s is named after its area %s", k.ID, a.ID)
			assert.Equal(t, a.ID, k.Area, k.ID)
			assert.NotEmpty(t, k.Label, k.ID)
			require.NotEmpty(t, k.Wording, "kind %s quotes the standards", k.ID)
			got, ok := KindByID(k.ID)
			assert.True(t, ok && got == k, "KindByID(%s)", k.ID)
			assert.Equal(t, "note", k.Fields[len(k.Fields)-1].Name, "every finding may carry a note: %s", k.ID)
			for _, fl := range k.Fields {
				assert.True(t, names[fl.Name], "kind %s field %s is read from files", k.ID, fl.Name)
				assert.NotEmpty(t, fl.Label, "%s.%s", k.ID, fl.Name)
				assert.Equal(t, fl.Type == Number, fl.Unit == "mm" && fl.Range != nil, "%s.%s: numbers have a unit and range", k.ID, fl.Name)
			}
			if k.measure != nil {
				assert.Zero(t, k.Verdict, "measured kind %s has no fixed verdict", k.ID)
				assert.NotEmpty(t, k.Rule, k.ID)
				continue
			}
			assert.NotZero(t, k.Verdict, "kind %s has a verdict or a measure", k.ID)
			for _, w := range k.Wording {
				if w.Verdict != 0 {
					assert.Equal(t, k.Verdict, w.Verdict, "kind %s rests on %q", k.ID, w.Text)
				}
			}
		}
	}
	for _, id := range []string{"body.dent", "glass.windscreen-chip", "wheels.tyre", "wheels.rim-scuff", "bumpers.scuff"} {
		k, ok := KindByID(id)
		require.True(t, ok, id)
		assert.NotNil(t, k.measure, "%s is measured", id)
	}
	_, ok := KindByID("body.nothing")
	assert.False(t, ok)
}

// Every condition the documents list gets a kind.
func TestEveryClauseHasAKind(t *testing.T) {
	for _, a := range Contents().Areas {
		for _, cl := range append(append([]Clause{}, a.Acceptable...), a.NotAcceptable...) {
			assert.NotEmpty(t, cl.kinds, "%s: %q", a.ID, cl.Text)
			assert.True(t, strings.HasPrefix(cl.Source, "Your smart Journey booklet (08/2016), "), cl.Source)
			if cl.Web != nil {
				assert.True(t, strings.HasPrefix(cl.Web.Source, "smart Vehicle Return Standards web page, "), cl.Web.Source)
			}
		}
	}
}

func TestPanels(t *testing.T) {
	ids := map[string]bool{}
	for _, p := range Contents().Panels {
		assert.False(t, ids[p.ID], "panel %s listed once", p.ID)
		ids[p.ID] = true
		assert.Equal(t, p.HighProfile, IsHighProfile(p.Label), "high profile panels, i.e. bonnets/wheel arches: %s", p.Label)
		assert.Equal(t, p.HighProfile, IsHighProfile(p.ID), p.ID)
	}
	for _, tc := range []struct {
		location string
		want     bool
	}{
		{"bonnet", true}, {"  BONNET ", true}, {"left rear  Wheel Arch", true}, {"wheel arch (front)", true},
		{"left door", false}, {"roof", false}, {"", false},
	} {
		assert.Equal(t, tc.want, IsHighProfile(tc.location), "high profile panels, i.e. bonnets/wheel arches: %q", tc.location)
	}
}

// The quotes are the documents' words: compared ignoring spacing,
// punctuation and case, since the scraped text lost apostrophes and "½".
func TestQuotesAreInTheDocuments(t *testing.T) {
	docs := map[string]string{}
	for prefix, glob := range map[string]string{"001": "001_*.txt", "002": "002_*.txt"} {
		files, _ := filepath.Glob(filepath.Join("..", "..", "shared", "seeds", glob))
		if len(files) != 1 && os.Getenv("CI") == "" {
			t.Skip("source documents not found next to the repository")
		}
		require.Len(t, files, 1, "CI has the source documents next to the repository")
		b, err := os.ReadFile(files[0])
		require.NoError(t, err)
		docs[prefix] = squash(string(b))
	}
	check := func(q Quote) {
		doc := docs["001"]
		if strings.HasPrefix(q.Source, "smart Vehicle Return Standards web page") {
			doc = docs["002"]
		}
		assert.Contains(t, doc, squash(q.Text), "quoted from %s", q.Source)
	}
	for _, a := range Contents().Areas {
		for _, cl := range append(append(append([]Clause{}, a.Intro...), a.Acceptable...), a.NotAcceptable...) {
			check(cl.Quote)
			if cl.Web != nil {
				check(*cl.Web)
			}
		}
	}
	for _, r := range Contents().Rules {
		check(r.Quote)
	}
	for _, it := range Contents().Items {
		check(it.Quote)
	}
	for _, tip := range Contents().Tips {
		check(tip.Quote) // 001 How to look after your smart: floor mats, repairs, servicing
	}
	assert.Len(t, Contents().Tips, 3)
}

func squash(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return unicode.ToLower(r)
		}
		return -1
	}, s)
}

func TestCatalogueJSON(t *testing.T) {
	b, err := json.Marshal(Contents())
	require.NoError(t, err)
	var got struct {
		Areas []struct {
			ID    string
			Kinds []map[string]any
		}
		Rules  []map[string]any
		Items  []map[string]any
		Panels []map[string]any
	}
	require.NoError(t, json.Unmarshal(b, &got))
	require.Len(t, got.Areas, 11)
	dent := got.Areas[1].Kinds[0]
	assert.Equal(t, "body.dent", dent["id"])
	assert.NotContains(t, dent, "verdict", "a measured kind has no fixed verdict")
	assert.Equal(t, "not-acceptable", got.Areas[3].Kinds[3]["verdict"], "interior.burn")
	assert.Len(t, got.Rules, 5)
	assert.Len(t, got.Panels, len(panels))
}
