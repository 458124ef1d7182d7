package main

import (
	"fmt"
	"net/url"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/smart-selfcheck/selfcheck/pdf"
	"github.com/smart-selfcheck/selfcheck/standards"
)

// exampleCheck is a self-check file with findings dents, each with its own note.
func exampleCheck(t *testing.T, findings int) string {
	t.Helper()
	var fs []string
	for i := range findings {
		fs = append(fs, fmt.Sprintf(`{"kind":"body.dent","location":"panel %d","sizeMm":%d,"onSwageLineOrEdge":false,"note":"seen at the kerb %x"}`,
			i, 5+i%8, i*i*7919+i*104729))
	}
	return `{"format":"smart-selfcheck","version":1,
		"vehicle":{"model":"smart fortwo coupé","powertrain":"petrol","registrationNumber":"AB19 CDE","firstRegistered":"2019-03-14"},
		"findings":[` + strings.Join(fs, ",") + `]}`
}

func TestHandoverLinkCarriesTheCheck(t *testing.T) {
	file := exampleCheck(t, 6)
	link, err := pack("https://selfcheck.example", []byte(file))
	require.NoError(t, err)
	u, err := url.Parse(link)
	require.NoError(t, err)
	assert.Equal(t, "/check", u.Path)
	assert.Empty(t, u.RawQuery, "nothing of the check is sent to a server")
	got, ok, err := unpack(u.Fragment)
	require.NoError(t, err)
	require.True(t, ok)
	f, err := standards.Decode(got)
	require.NoError(t, err)
	assert.Equal(t, "AB19 CDE", f.Vehicle.RegistrationNumber)
	assert.Equal(t, "panel 5", f.Findings[len(f.Findings)-1].Location)
	_, err = pdf.QRModules(link)
	assert.NoError(t, err, "fits one QR code")
}

// Issue 12: a value to correct travels with the check and comes out as the
// correctable problem of its field, with what the file had; nothing is
// dropped on the way. A file that is not a self-check is refused.
func TestHandoverCarriesTheProblemsToCorrect(t *testing.T) {
	for _, tc := range []struct {
		clause, file, path, text string
	}{
		{"self-check file v1: text where a number belongs", `{"format":"smart-selfcheck","version":1,"vehicle":{},"findings":[{"kind":"body.dent","sizeMm":"big"}]}`,
			"findings[0].sizeMm", "big"},
		{"self-check file v1: an unknown powertrain", `{"format":"smart-selfcheck","version":1,"vehicle":{"powertrain":"hybrid"}}`,
			"vehicle.powertrain", "hybrid"},
	} {
		t.Run(tc.clause, func(t *testing.T) {
			link, err := pack("https://selfcheck.example", []byte(tc.file))
			require.NoError(t, err, "a check to correct can go to the phone")
			u, err := url.Parse(link)
			require.NoError(t, err)
			got, _, err := unpack(u.Fragment)
			require.NoError(t, err)
			f, problems := standards.Parse(got)
			require.NotNil(t, f)
			var found *standards.Problem
			for _, p := range problems {
				if p.Path == tc.path {
					found = p
				}
			}
			require.NotNil(t, found, "the problem reaches the phone")
			assert.Equal(t, standards.Invalid, found.Kind)
			assert.Equal(t, tc.text, found.Text, "with the value as typed")
		})
	}
	_, err := pack("https://selfcheck.example", []byte(`{"format":"smart-selfcheck","version":2,"vehicle":{}}`))
	assert.ErrorContains(t, err, "version: unsupported version 2")
}

func TestHandoverTooLargeForOneQRCode(t *testing.T) {
	// 400 findings, within the file's limits: 100 in each of four areas.
	big := exampleCheck(t, 400)
	for _, kind := range []string{"glass.windscreen-chip", "wheels.rim-scuff", "bumpers.scuff"} {
		big = strings.Replace(big, `"kind":"body.dent"`, `"kind":"`+kind+`"`, 100)
	}
	_, err := pack("https://selfcheck.example", []byte(big))
	assert.ErrorIs(t, err, errTooLarge)
}

func TestHandoverDamagedLinks(t *testing.T) {
	_, ok, err := unpack("section-2")
	assert.False(t, ok, "a fragment that is not a handover")
	assert.NoError(t, err)
	for _, frag := range []string{"import=!!!", "import=AAAA", "import="} {
		_, ok, err := unpack(frag)
		assert.True(t, ok, frag)
		assert.Error(t, err, frag)
	}
}
