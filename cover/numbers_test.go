package cover

import (
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/nyaruka/phonenumbers"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// dialled is the E.164 form of a number as printed: "00" and "+" start an
// international number, a single "0" a UK one.
func dialled(printed string) string {
	var digits strings.Builder
	for _, r := range printed {
		if r >= '0' && r <= '9' {
			digits.WriteRune(r)
		}
	}
	d := digits.String()
	switch {
	case strings.HasPrefix(printed, "+"):
		return "+" + d
	case strings.HasPrefix(d, "00"):
		return "+" + d[2:]
	default:
		return "+44" + d[1:]
	}
}

func TestNumbersAreValid(t *testing.T) {
	for _, n := range Numbers {
		t.Run(n.ID+" "+n.Source, func(t *testing.T) {
			assert.NotEmpty(t, n.Source)
			assert.Equal(t, "tel:"+dialled(n.Printed), n.Tel, "the tel: link dials the printed number")
			assert.Equal(t, dialled(n.Printed), dialled(n.Display), "the display form is the same number")
			p, err := phonenumbers.Parse(strings.TrimPrefix(n.Tel, "tel:"), "")
			require.NoError(t, err)
			assert.Equal(t, n.Shown, phonenumbers.IsValidNumber(p), "every number shown is valid; the variant kept for the record is not")
			if n.Shown {
				assert.Equal(t, strings.TrimPrefix(n.Tel, "tel:"), phonenumbers.Format(p, phonenumbers.E164))
			}
		})
	}
}

func TestFreephoneVariants(t *testing.T) {
	page, ok := NumberOf("uk-page")
	require.True(t, ok)
	booklet, ok := NumberOf("uk")
	require.True(t, ok)
	assert.Equal(t, "00800 2 777 77777", page.Printed, "000 Contact us: Please call 00800 2 777 77777 from within the UK.")
	assert.Equal(t, "00800 2777 7777", booklet.Printed, "001 Important contacts: smart road assistance enquiries 00800 2777 7777")
	p, err := phonenumbers.Parse("+80027777777", "")
	require.NoError(t, err)
	assert.Equal(t, int32(800), p.GetCountryCode(), "00800 is the International Freephone country code")
	assert.Len(t, phonenumbers.GetNationalSignificantNumber(p), 8, "an International Freephone Number has eight digits")
}

func TestInternationalVariants(t *testing.T) {
	tests := []struct{ clause, id, printed string }{
		{"000: Please call 0044 207 975 7079 if you are calling from outside the UK (International).", "international", "0044 207 975 7079"},
		{"001: if you are calling from a mobile and cannot reach us on the number above please call: +44 207 975 7077", "mobile", "+44 207 975 7077"},
		{"000: Please call 00353 16 058 449 if you are in the Republic of Ireland.", "ireland", "00353 16 058 449"},
		{"001: Customer Services 0370 847 0700", "customer-services", "0370 847 0700"},
		{"001: Motor Insurance by smart 0345 603 3330", "motor-insurance", "0345 603 3330"},
		{"001: DVLA ... call 0300 790 6802", "dvla-retention", "0300 790 6802"},
	}
	for _, tt := range tests {
		n, ok := NumberOf(tt.id)
		require.True(t, ok, tt.id)
		assert.Equal(t, tt.printed, n.Printed, tt.clause)
		assert.True(t, n.Shown, tt.clause)
	}
	mi, _ := NumberOf("motor-insurance")
	assert.Contains(t, mi.Hours, "Monday to Friday 8.30am – 6.00pm, Saturday 9.00am – 2.00pm")
}

func TestCallList(t *testing.T) {
	ids := func(c []Call) []string {
		var out []string
		for _, x := range c {
			out = append(out, x.ID)
		}
		return out
	}
	tests := []struct {
		clause string
		from   string
		want   []string
	}{
		{"no place: every number, the UK's with its mobile fallback first", "", []string{"uk", "mobile", "ireland", "international"}},
		{"000 from within the UK; 001 from a mobile that cannot reach us: never the Irish line", "UK", []string{"uk", "mobile"}},
		{"Northern Ireland rings the UK numbers, never the Irish line", "Northern Ireland", []string{"uk", "mobile"}},
		{"000: if you are in the Republic of Ireland, then calling from outside the UK", "Éire", []string{"ireland", "international"}},
		{"000: calling from outside the UK (International)", "France", []string{"international", "mobile"}},
		{"the Canaries are outside the UK", "Tenerife", []string{"international", "mobile"}},
		{"not recognised: every number", "Atlantis", []string{"uk", "mobile", "ireland", "international"}},
	}
	for _, tt := range tests {
		t.Run(tt.clause, func(t *testing.T) {
			var p *Place
			if tt.from != "" {
				p = LookupCountry(tt.from).Place
			}
			c := CallList(p)
			assert.Equal(t, tt.want, ids(c))
			for _, x := range c {
				assert.NotEmpty(t, x.Label)
				assert.True(t, strings.HasPrefix(x.Tel, "tel:+"), x.Tel)
			}
		})
	}
	assert.Equal(t, "00800 2777 7777", CallList(nil)[0].Number)
	uk := PlanFrom(LookupCountry("Wales").Place)
	assert.Equal(t, "From the UK, ring 00800 2777 7777. If your mobile cannot reach it, ring +44 207 975 7077.", uk.Advice,
		"001: if you are calling from a mobile and cannot reach us on the number above please call: +44 207 975 7077")
	for _, p := range CallPlans {
		assert.NotContains(t, PlanFrom(placeFrom(p.From)).Advice, "%!", "every number filled in")
		for _, id := range p.Order {
			_, ok := NumberOf(id)
			assert.True(t, ok, id)
		}
	}
}

func TestAddressesAndEmails(t *testing.T) {
	for _, a := range Addresses {
		assert.NotEmpty(t, a.Source, a.ID)
		assert.NotEmpty(t, a.Lines, a.ID)
	}
	fla, _ := AddressOf("fla")
	assert.Equal(t, []string{"Imperial House", "15-19 Kingsway", "London", "WC2B 6UN"}, fla.Lines, "001 Stage 3")
	bvrla, _ := AddressOf("bvrla")
	assert.Contains(t, bvrla.Purpose, "Vehicle Return Standards")
	fos, _ := AddressOf("fos")
	assert.Equal(t, "E14 9SR", fos.Lines[len(fos.Lines)-1], "001 Stage 4")
	for _, e := range Emails {
		assert.Contains(t, e.Address, "@")
		assert.NotEmpty(t, e.Source)
	}
}

// The phone-number library is for tests only: it must stay out of the
// browser build.
func TestPhonenumbersIsTestOnly(t *testing.T) {
	files, err := filepath.Glob("*.go")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		src, err := os.ReadFile(f)
		require.NoError(t, err)
		af, err := parser.ParseFile(token.NewFileSet(), f, src, parser.ImportsOnly)
		require.NoError(t, err)
		for _, imp := range af.Imports {
			assert.NotContains(t, imp.Path.Value, "phonenumbers", f)
		}
	}
}

// placeFrom is a place a call is made from.
func placeFrom(f CallFrom) *Place {
	name := map[CallFrom]string{FromUK: "Scotland", FromIreland: "Ireland", FromAbroad: "Norway"}[f]
	if name == "" {
		return nil
	}
	return LookupCountry(name).Place
}
