package app

import (
	"net/url"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/smart-selfcheck/selfcheck/cover"
	"github.com/smart-selfcheck/selfcheck/standards"
)

func TestKioskLink(t *testing.T) {
	for _, tc := range []struct {
		name    string
		query   string
		want    cover.Retailer
		shared  bool
		dropped []string
	}{
		{"name and number", "retailer=smart+Centre+Leeds&phone=0113+496+0000",
			cover.Retailer{Name: "smart Centre Leeds", Phone: "0113 496 0000"}, false, nil},
		{"with email, shared tablet", "retailer=smart+Bristol&phone=%2B44+117+496+0000&email=sales%40bristol.example&mode=shared",
			cover.Retailer{Name: "smart Bristol", Phone: "+44 117 496 0000", Email: "sales@bristol.example"}, true, nil},
		{"markup in the name is dropped, not shown", "retailer=%3Cscript%3Ealert(1)%3C%2Fscript%3E&phone=0113+496+0000",
			cover.Retailer{Phone: "0113 496 0000"}, false, []string{"retailer name"}},
		{"10,000 characters are dropped", "retailer=" + strings.Repeat("a", 10000) + "&phone=" + strings.Repeat("1", 10000),
			cover.Retailer{}, false, []string{"retailer name", "phone number"}},
		{"letters in the phone number", "retailer=smart+Leeds&phone=call+us",
			cover.Retailer{Name: "smart Leeds"}, false, []string{"phone number"}},
		{"a javascript: phone number", "retailer=smart+Leeds&phone=javascript:alert(1)",
			cover.Retailer{Name: "smart Leeds"}, false, []string{"phone number"}},
		{"too few digits", "retailer=smart+Leeds&phone=999",
			cover.Retailer{Name: "smart Leeds"}, false, []string{"phone number"}},
		{"malformed email", "retailer=smart+Leeds&phone=0113+496+0000&email=Sales+%3Cs%40x.example%3E",
			cover.Retailer{Name: "smart Leeds", Phone: "0113 496 0000"}, false, []string{"email address"}},
		{"unknown mode stays personal", "retailer=smart+Leeds&phone=0113+496+0000&mode=party",
			cover.Retailer{Name: "smart Leeds", Phone: "0113 496 0000"}, false, []string{"mode"}},
		{"a control character in the name", "retailer=smart%0ALeeds&phone=0113+496+0000",
			cover.Retailer{Phone: "0113 496 0000"}, false, []string{"retailer name"}},
		{"more fields for the mailto: link", "retailer=smart+Leeds&phone=0113+496+0000&email=" + url.QueryEscape("sales@x.example?cc=evil@evil.example&subject=Hi&body=Pay"),
			cover.Retailer{Name: "smart Leeds", Phone: "0113 496 0000"}, false, []string{"email address"}},
		{"a subject and body for the mailto: link", "retailer=smart+Leeds&phone=0113+496+0000&email=" + url.QueryEscape("sales@x.example?subject=Refund&body=Pay+here"),
			cover.Retailer{Name: "smart Leeds", Phone: "0113 496 0000"}, false, []string{"email address"}},
		{"an encoded field in the address", "retailer=smart+Leeds&phone=0113+496+0000&email=" + url.QueryEscape("sales%3Fcc=e@x.example"),
			cover.Retailer{Name: "smart Leeds", Phone: "0113 496 0000"}, false, []string{"email address"}},
		{"a fragment in the address", "retailer=smart+Leeds&phone=0113+496+0000&email=" + url.QueryEscape("sales@x.example#top"),
			cover.Retailer{Name: "smart Leeds", Phone: "0113 496 0000"}, false, []string{"email address"}},
		{"a plain address with letters beyond ASCII", "retailer=smart+Z%C3%BCrich&phone=0113+496+0000&email=" + url.QueryEscape("o'brien+kiosk@zürich.example"),
			cover.Retailer{Name: "smart Zürich", Phone: "0113 496 0000", Email: "o'brien+kiosk@zürich.example"}, false, nil},
		{"right-to-left override in the name", "retailer=" + url.QueryEscape("smart \u202eSDEEL") + "&phone=0113+496+0000",
			cover.Retailer{Phone: "0113 496 0000"}, false, []string{"retailer name"}},
		{"bidirectional isolate in the name", "retailer=" + url.QueryEscape("smart \u2067Leeds\u2069") + "&phone=0113+496+0000",
			cover.Retailer{Phone: "0113 496 0000"}, false, []string{"retailer name"}},
		{"zero-width space in the name", "retailer=" + url.QueryEscape("smart\u200bLeeds") + "&phone=0113+496+0000",
			cover.Retailer{Phone: "0113 496 0000"}, false, []string{"retailer name"}},
		{"byte-order mark in the name", "retailer=" + url.QueryEscape("smart\ufeffLeeds") + "&phone=0113+496+0000",
			cover.Retailer{Phone: "0113 496 0000"}, false, []string{"retailer name"}},
		{"override in the address", "retailer=smart+Leeds&phone=0113+496+0000&email=" + url.QueryEscape("sales\u202e@x.example"),
			cover.Retailer{Name: "smart Leeds", Phone: "0113 496 0000"}, false, []string{"email address"}},
		{"override in the phone number", "retailer=smart+Leeds&phone=" + url.QueryEscape("0113\u202e496 0000"),
			cover.Retailer{Name: "smart Leeds"}, false, []string{"phone number"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			q, err := url.ParseQuery(tc.query)
			require.NoError(t, err)
			k := parseKioskLink(q)
			assert.Equal(t, tc.want, k.Retailer)
			assert.Equal(t, tc.shared, k.Shared)
			require.Len(t, k.Dropped, len(tc.dropped))
			for i, what := range tc.dropped {
				assert.Contains(t, k.Dropped[i], what)
			}
		})
	}
}

func TestKioskURLRoundTrips(t *testing.T) {
	r := cover.Retailer{Name: "smart Centre Zürich & Co", Phone: "+41 44 000 00 00", Email: "info@zurich.example"}
	u, err := url.Parse(kioskURL("https://selfcheck.example/", r, true))
	require.NoError(t, err)
	assert.Equal(t, PathKiosk, u.Path)
	k := parseKioskLink(u.Query())
	assert.Equal(t, r, k.Retailer)
	assert.True(t, k.Shared)
	assert.Empty(t, k.Dropped)
	assert.Equal(t, "tel:+41440000000", r.Tel())
}

// A link for another retailer never shows the one before it, even when
// every value it carries is dropped.
func TestKioskLinkReplacesTheRetailerBefore(t *testing.T) {
	lasting, session := newMemStore(), newMemStore()
	first, _ := url.ParseQuery("retailer=smart+Leeds&phone=0113+496+0000")
	require.NoError(t, startKiosk(parseKioskLink(first), "/kiosk?x", lasting, session))
	require.Contains(t, lasting.items[keyRetailer], "smart Leeds")

	plain := parseKioskLink(url.Values{})
	require.NoError(t, startKiosk(plain, "/kiosk", lasting, session))
	assert.Contains(t, lasting.items[keyRetailer], "smart Leeds", "a link naming no retailer leaves the one before")

	bad, _ := url.ParseQuery("retailer=%3Cb%3E&phone=call+us&email=x")
	k := parseKioskLink(bad)
	require.True(t, k.Retailer.IsZero())
	require.NoError(t, startKiosk(k, "/kiosk?bad", lasting, session))
	_, still := lasting.items[keyRetailer]
	assert.False(t, still, "smart Leeds is not shown under another retailer's link")
}

// Whatever a link carries, what is kept is safe to show and builds a link
// that gives back the same retailer, with nothing dropped.
func FuzzKioskLink(f *testing.F) {
	f.Add("retailer=smart+Leeds&phone=0113+496+0000&email=sales%40leeds.example&mode=shared")
	f.Add("retailer=smart+%E2%80%AESDEEL&phone=%2B44+117&email=a%40b.example%3Fcc%3De%40e.example")
	f.Add("retailer=" + strings.Repeat("a", 81) + "&phone=1234567&email=o'brien%40z%C3%BCrich.example")
	f.Fuzz(func(t *testing.T, query string) {
		q, err := url.ParseQuery(query)
		if err != nil {
			return
		}
		k := parseKioskLink(q)
		for _, kept := range []struct {
			s     string
			check func(string) error
		}{{k.Retailer.Name, cover.CheckRetailerName}, {k.Retailer.Phone, cover.CheckPhone}, {k.Retailer.Email, cover.CheckEmail}} {
			if kept.s != "" && kept.check(kept.s) != nil || strings.ContainsAny(kept.s, "<>?#&%") && kept.s != k.Retailer.Name {
				t.Fatalf("kept %q", kept.s)
			}
		}
		u, err := url.Parse(kioskURL("https://selfcheck.example", k.Retailer, k.Shared))
		if err != nil {
			t.Fatal(err)
		}
		again := parseKioskLink(u.Query())
		if again.Retailer != k.Retailer || again.Shared != k.Shared || len(again.Dropped) > 0 {
			t.Fatalf("%q: built %q, read back %+v", query, u, again)
		}
	})
}

func TestTakeAwayCarriesTheCheckAsTheScreenHoldsIt(t *testing.T) {
	saved := &standards.File{Vehicle: standards.Vehicle{RegistrationNumber: "AB19 CDE"}}
	for _, tc := range []struct {
		clause    string
		saved     bool   // a check is saved before the screen opens
		full      bool   // then every write fails
		typed     string // the registration typed on the screen; "" none
		want      string // the registration taken away
		wantNone  bool
		wantSaved string // the registration in the storage after
	}{
		{"a save refused: the check as typed, not as saved", true, true, "ZZ99 UNS", "ZZ99 UNS", false, "AB19 CDE"},
		{"saved: the check as saved and shown", true, false, "", "AB19 CDE", false, "AB19 CDE"},
		{"typed and saved: the check as typed", false, false, "ZZ99 UNS", "ZZ99 UNS", false, "ZZ99 UNS"},
		{"nothing typed or saved: no check yet", false, false, "", "", true, ""},
	} {
		t.Run(tc.clause, func(t *testing.T) {
			s := newMemStore()
			if tc.saved {
				require.NoError(t, saveCheck(s, saved, clock()))
			}
			c, d := screen(t, s, stepCar)
			s.full = tc.full
			if tc.typed != "" {
				do(d, c, func(app.Context) { c.change("vehicle.registrationNumber", tc.typed) })
			}
			f, none := takeAwayCheck(c.onScreen, s)
			assert.Equal(t, tc.wantNone, none, tc.clause)
			require.NotNil(t, f, tc.clause)
			assert.Equal(t, tc.want, f.Vehicle.RegistrationNumber, tc.clause)
			assert.Equal(t, tc.wantSaved, loadCheck(s).File.Vehicle.RegistrationNumber, "the storage")
		})
	}
}
