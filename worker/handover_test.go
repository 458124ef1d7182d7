package main

import (
	"fmt"
	"net/url"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/smart-selfcheck/selfcheck/pdf"
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
	assert.Contains(t, string(got), `"registrationNumber": "AB19 CDE"`)
	assert.Contains(t, string(got), `"location": "panel 5"`)
	_, err = pdf.QRModules(link)
	assert.NoError(t, err, "fits one QR code")
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
