package app

import (
	"net/url"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestKioskLink(t *testing.T) {
	for _, tc := range []struct {
		name    string
		query   string
		want    Retailer
		shared  bool
		dropped []string
	}{
		{"name and number", "retailer=smart+Centre+Leeds&phone=0113+496+0000",
			Retailer{Name: "smart Centre Leeds", Phone: "0113 496 0000"}, false, nil},
		{"with email, shared tablet", "retailer=smart+Bristol&phone=%2B44+117+496+0000&email=sales%40bristol.example&mode=shared",
			Retailer{Name: "smart Bristol", Phone: "+44 117 496 0000", Email: "sales@bristol.example"}, true, nil},
		{"markup in the name is dropped, not shown", "retailer=%3Cscript%3Ealert(1)%3C%2Fscript%3E&phone=0113+496+0000",
			Retailer{Phone: "0113 496 0000"}, false, []string{"retailer name"}},
		{"10,000 characters are dropped", "retailer=" + strings.Repeat("a", 10000) + "&phone=" + strings.Repeat("1", 10000),
			Retailer{}, false, []string{"retailer name", "phone number"}},
		{"letters in the phone number", "retailer=smart+Leeds&phone=call+us",
			Retailer{Name: "smart Leeds"}, false, []string{"phone number"}},
		{"a javascript: phone number", "retailer=smart+Leeds&phone=javascript:alert(1)",
			Retailer{Name: "smart Leeds"}, false, []string{"phone number"}},
		{"too few digits", "retailer=smart+Leeds&phone=999",
			Retailer{Name: "smart Leeds"}, false, []string{"phone number"}},
		{"malformed email", "retailer=smart+Leeds&phone=0113+496+0000&email=Sales+%3Cs%40x.example%3E",
			Retailer{Name: "smart Leeds", Phone: "0113 496 0000"}, false, []string{"email address"}},
		{"unknown mode stays personal", "retailer=smart+Leeds&phone=0113+496+0000&mode=party",
			Retailer{Name: "smart Leeds", Phone: "0113 496 0000"}, false, []string{"mode"}},
		{"a control character in the name", "retailer=smart%0ALeeds&phone=0113+496+0000",
			Retailer{Phone: "0113 496 0000"}, false, []string{"retailer name"}},
	} {
		q, err := url.ParseQuery(tc.query)
		require.NoError(t, err, tc.name)
		k := parseKioskLink(q)
		assert.Equal(t, tc.want, k.Retailer, tc.name)
		assert.Equal(t, tc.shared, k.Shared, tc.name)
		require.Len(t, k.Dropped, len(tc.dropped), tc.name)
		for i, what := range tc.dropped {
			assert.Contains(t, k.Dropped[i], what, tc.name)
		}
	}
}

func TestKioskURLRoundTrips(t *testing.T) {
	r := Retailer{Name: "smart Centre Zürich & Co", Phone: "+41 44 000 00 00", Email: "info@zurich.example"}
	u, err := url.Parse(kioskURL("https://selfcheck.example/", r, true))
	require.NoError(t, err)
	assert.Equal(t, PathKiosk, u.Path)
	k := parseKioskLink(u.Query())
	assert.Equal(t, r, k.Retailer)
	assert.True(t, k.Shared)
	assert.Empty(t, k.Dropped)
	assert.Equal(t, "tel:+41440000000", r.Tel())
}
