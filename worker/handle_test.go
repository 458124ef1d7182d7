package main

import (
	"bytes"
	"net/url"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/smart-selfcheck/selfcheck/cover"
	"github.com/smart-selfcheck/selfcheck/date"
	"github.com/smart-selfcheck/selfcheck/pdf"
	"github.com/smart-selfcheck/selfcheck/standards"
	"github.com/smart-selfcheck/selfcheck/workerapi"
)

func ask(t *testing.T, r workerapi.Request) workerapi.Reply {
	t.Helper()
	b, err := workerapi.EncodeRequest(r)
	require.NoError(t, err)
	return handle(b)
}

var (
	day       = date.MustParse("2026-11-21")
	leeds     = &cover.Retailer{Name: "smart Centre Leeds", Phone: "0113 496 0000"}
	otherDays = []date.Date{date.MustParse("2025-01-06"), date.MustParse("2026-03-31")}
)

// The worker prints the check it is sent on the day it is sent, which is
// the day the screen judged it on: the same document pdf.Write makes of
// them, never one of another day.
func TestPDFOfTheCheckOnTheDayGiven(t *testing.T) {
	file := exampleCheck(t, 3)
	out := ask(t, workerapi.Request{Kind: workerapi.PDF, File: file, On: day, Retailer: leeds})
	require.Empty(t, out.Error)
	f, problems := standards.Parse([]byte(file))
	require.Empty(t, problems)
	assert.Equal(t, document(t, pdf.Input{File: f, On: day, Retailer: leeds}), out.Bytes, "the document of the day given")
	for _, other := range otherDays {
		t.Run(other.String(), func(t *testing.T) {
			assert.NotEqual(t, document(t, pdf.Input{File: f, On: other, Retailer: leeds}), out.Bytes, "not a document of another day")
		})
	}
}

// document is what pdf.Write makes of in.
func document(t *testing.T, in pdf.Input) []byte {
	t.Helper()
	var buf bytes.Buffer
	require.NoError(t, pdf.Write(&buf, in))
	return buf.Bytes()
}

func TestPDFOfACheckStillBeingFilledIn(t *testing.T) {
	out := ask(t, workerapi.Request{Kind: workerapi.PDF, File: `{"format":"smart-selfcheck","version":1,"vehicle":{"model":"smart #1"}}`, On: day})
	require.Empty(t, out.Error, "no powertrain or first registration yet")
	assert.True(t, bytes.HasPrefix(out.Bytes, []byte("%PDF-")))
}

func TestRetailerCard(t *testing.T) {
	out := ask(t, workerapi.Request{Kind: workerapi.Card, Text: "https://selfcheck.example/kiosk?retailer=smart+Leeds&phone=0113", On: day,
		Retailer: leeds})
	require.Empty(t, out.Error)
	assert.True(t, bytes.HasPrefix(out.Bytes, []byte("%PDF-")))
}

func TestQRCode(t *testing.T) {
	out := ask(t, workerapi.Request{Kind: workerapi.QR, Text: "https://selfcheck.example/kiosk"})
	require.Empty(t, out.Error)
	assert.True(t, strings.HasPrefix(out.SVG, "data:image/svg+xml;base64,"))
}

func TestPackThenUnpack(t *testing.T) {
	packed := ask(t, workerapi.Request{Kind: workerapi.Pack, Origin: "https://selfcheck.example", File: exampleCheck(t, 2)})
	require.Empty(t, packed.Error)
	assert.NotEmpty(t, packed.SVG, "with its QR code")
	u, err := url.Parse(packed.URL)
	require.NoError(t, err)
	unpacked := ask(t, workerapi.Request{Kind: workerapi.Unpack, Fragment: u.Fragment})
	require.Empty(t, unpacked.Error)
	assert.Contains(t, unpacked.File, "AB19 CDE")
	draft := ask(t, workerapi.Request{Kind: workerapi.Pack, Origin: "https://selfcheck.example", File: `{"format":"smart-selfcheck","version":1,"vehicle":{"registrationNumber":"XY70 ABC"}}`})
	require.Empty(t, draft.Error, "a check still being filled in can go to the phone")
	u, err = url.Parse(draft.URL)
	require.NoError(t, err)
	assert.Contains(t, ask(t, workerapi.Request{Kind: workerapi.Unpack, Fragment: u.Fragment}).File, "XY70 ABC")
	none := ask(t, workerapi.Request{Kind: workerapi.Unpack, Fragment: "top"})
	assert.Empty(t, none.Error)
	assert.Empty(t, none.File, "a link without a check")
}

func TestRefusals(t *testing.T) {
	for _, tc := range []struct {
		name string
		raw  string
		want string
	}{
		{"not JSON", `{`, "malformed"},
		{"unknown kind", `{"kind":"fax"}`, `unknown request "fax"`},
		{"PDF on an impossible day", `{"kind":"pdf","file":"{\"format\":\"smart-selfcheck\",\"version\":1}","on":"2026-02-30"}`, "malformed"},
		{"PDF without the day", `{"kind":"pdf","file":"{\"format\":\"smart-selfcheck\",\"version\":1}"}`, "on: the day"},
		{"card without the day", `{"kind":"card","text":"https://x.example/kiosk","retailer":{"name":"smart Leeds"}}`, "on: the day"},
		{"PDF of a future version", `{"kind":"pdf","file":"{\"format\":\"smart-selfcheck\",\"version\":2}","on":"2026-11-21"}`, "version"},
		{"card without a retailer", `{"kind":"card","text":"https://x.example/kiosk","on":"2026-11-21"}`, "retailer"},
		{"position lookup without a position", `{"kind":"locate"}`, "position: must be given"},
		{"QR of too much", `{"kind":"qr","text":"` + strings.Repeat("x", 5000) + `"}`, "too much to fit"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Contains(t, handle([]byte(tc.raw)).Error, tc.want)
		})
	}
}

func TestPlace(t *testing.T) {
	t.Run("a city in a covered country", func(t *testing.T) {
		out := ask(t, workerapi.Request{Kind: workerapi.Place, Text: "London"})
		require.Empty(t, out.Error)
		require.NotNil(t, out.Place)
		a := out.Place.Answer
		assert.Equal(t, "Great Britain", a.Name, "000 Area covered: Great Britain")
		assert.True(t, a.Known && a.Covered)
		assert.Equal(t, "London", a.Town)
	})
	t.Run("a name in two countries is not guessed", func(t *testing.T) {
		out := ask(t, workerapi.Request{Kind: workerapi.Place, Text: "Brest"})
		require.Empty(t, out.Error)
		require.NotNil(t, out.Place)
		assert.False(t, out.Place.Answer.Known)
		var in []string
		for _, m := range out.Place.Matches {
			assert.Equal(t, "city", m.Kind, m.In)
			in = append(in, m.In)
		}
		assert.Len(t, in, 2, "one match in each country: %v", in)
	})
}

// The worker's guess of a position is cover.Locate's, by name.
func TestLocate(t *testing.T) {
	for _, tc := range []struct {
		name   string
		pos    workerapi.Position
		place  string
		inside bool
		nearby string // one of the places offered beside it; "" for none checked
	}{
		{"Munich is in Germany", workerapi.Position{Lat: 48.137, Lon: 11.575, Accuracy: 25}, "Germany", true, ""},
		{"Monaco wins over the France around it", workerapi.Position{Lat: 43.7384, Lon: 7.4246}, "Monaco", true, "France"},
		{"mid-Atlantic is nowhere", workerapi.Position{Lat: 0, Lon: -30}, "", false, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out := ask(t, workerapi.Request{Kind: workerapi.Locate, Position: &tc.pos})
			require.Empty(t, out.Error)
			require.NotNil(t, out.Guess)
			assert.Equal(t, tc.place, out.Guess.Place)
			assert.Equal(t, tc.inside, out.Guess.Inside)
			if tc.nearby != "" {
				assert.Contains(t, out.Guess.Nearby, tc.nearby)
			}
		})
	}
}
