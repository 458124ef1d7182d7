package main

import (
	"bytes"
	"encoding/json"
	"net/url"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/smart-selfcheck/selfcheck/pdf"
)

func ask(t *testing.T, r request) reply {
	t.Helper()
	b, err := json.Marshal(r)
	require.NoError(t, err)
	return handle(b)
}

func TestPDFOfTheSavedCheck(t *testing.T) {
	out := ask(t, request{Kind: "pdf", File: exampleCheck(t, 3), On: "2026-11-21",
		Retailer: &pdf.Retailer{Name: "smart Centre Leeds", Phone: "0113 496 0000"}})
	require.Empty(t, out.Error)
	assert.True(t, bytes.HasPrefix(out.Bytes, []byte("%PDF-")))
}

func TestPDFOfACheckStillBeingFilledIn(t *testing.T) {
	out := ask(t, request{Kind: "pdf", File: `{"format":"smart-selfcheck","version":1,"vehicle":{"model":"smart #1"}}`, On: "2026-11-21"})
	require.Empty(t, out.Error, "no powertrain or first registration yet")
	assert.True(t, bytes.HasPrefix(out.Bytes, []byte("%PDF-")))
}

func TestRetailerCard(t *testing.T) {
	out := ask(t, request{Kind: "card", Text: "https://selfcheck.example/kiosk?retailer=smart+Leeds&phone=0113", On: "2026-11-21",
		Retailer: &pdf.Retailer{Name: "smart Leeds", Phone: "0113 496 0000"}})
	require.Empty(t, out.Error)
	assert.True(t, bytes.HasPrefix(out.Bytes, []byte("%PDF-")))
}

func TestQRCode(t *testing.T) {
	out := ask(t, request{Kind: "qr", Text: "https://selfcheck.example/kiosk"})
	require.Empty(t, out.Error)
	assert.True(t, strings.HasPrefix(out.SVG, "data:image/svg+xml;base64,"))
}

func TestPackThenUnpack(t *testing.T) {
	packed := ask(t, request{Kind: "pack", Origin: "https://selfcheck.example", File: exampleCheck(t, 2)})
	require.Empty(t, packed.Error)
	assert.NotEmpty(t, packed.SVG, "with its QR code")
	u, err := url.Parse(packed.URL)
	require.NoError(t, err)
	unpacked := ask(t, request{Kind: "unpack", Fragment: u.Fragment})
	require.Empty(t, unpacked.Error)
	assert.Contains(t, unpacked.File, "AB19 CDE")
	draft := ask(t, request{Kind: "pack", Origin: "https://selfcheck.example", File: `{"format":"smart-selfcheck","version":1,"vehicle":{"registrationNumber":"XY70 ABC"}}`})
	require.Empty(t, draft.Error, "a check still being filled in can go to the phone")
	u, err = url.Parse(draft.URL)
	require.NoError(t, err)
	assert.Contains(t, ask(t, request{Kind: "unpack", Fragment: u.Fragment}).File, "XY70 ABC")
	none := ask(t, request{Kind: "unpack", Fragment: "top"})
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
		{"PDF on an impossible day", `{"kind":"pdf","file":"{\"format\":\"smart-selfcheck\",\"version\":1}","on":"2026-02-30"}`, "on:"},
		{"PDF of a future version", `{"kind":"pdf","file":"{\"format\":\"smart-selfcheck\",\"version\":2}","on":"2026-11-21"}`, "version"},
		{"card without a retailer", `{"kind":"card","text":"https://x.example/kiosk","on":"2026-11-21"}`, "retailer"},
		{"QR of too much", `{"kind":"qr","text":"` + strings.Repeat("x", 5000) + `"}`, "too much to fit"},
	} {
		out := handle([]byte(tc.raw))
		assert.Contains(t, out.Error, tc.want, tc.name)
	}
}

func TestPlace(t *testing.T) {
	out := ask(t, request{Kind: "place", Text: "London"})
	require.Empty(t, out.Error)
	var r struct {
		Answer struct {
			Name, Town     string
			Known, Covered bool
		}
		Matches []struct{ Town, Kind, In string }
	}
	require.NoError(t, json.Unmarshal([]byte(out.Place), &r))
	assert.Equal(t, "Great Britain", r.Answer.Name, "000 Area covered: Great Britain")
	assert.True(t, r.Answer.Known && r.Answer.Covered)
	assert.Equal(t, "London", r.Answer.Town)

	out = ask(t, request{Kind: "place", Text: "Brest"})
	require.NoError(t, json.Unmarshal([]byte(out.Place), &r))
	assert.False(t, r.Answer.Known, "a name in two countries is not guessed")
	assert.Len(t, r.Matches, 2)
	assert.Equal(t, "city", r.Matches[0].Kind)
}
