package app

import (
	"fmt"
	"net/url"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/smart-selfcheck/selfcheck/standards"
)

func exampleCheck(t *testing.T, findings int) *standards.File {
	t.Helper()
	var fs []string
	for i := range findings {
		fs = append(fs, fmt.Sprintf(`{"kind":"body.dent","location":"panel %d","sizeMm":%d,"onSwageLineOrEdge":false,"note":"seen at the kerb %x"}`, i, 5+i%8, i*i*7919+i*104729))
	}
	f, err := standards.Decode([]byte(`{"format":"smart-selfcheck","version":1,
		"vehicle":{"model":"smart fortwo coupé","powertrain":"petrol","registrationNumber":"AB19 CDE","firstRegistered":"2019-03-14"},
		"findings":[` + strings.Join(fs, ",") + `]}`))
	require.NoError(t, err)
	return f
}

func TestHandoverLinkCarriesTheCheck(t *testing.T) {
	f := exampleCheck(t, 6)
	link, err := handoverURL("https://selfcheck.example", f)
	require.NoError(t, err)
	u, err := url.Parse(link)
	require.NoError(t, err)
	assert.Equal(t, PathCheck, u.Path)
	assert.Empty(t, u.RawQuery, "nothing of the check is sent to a server")
	got, ok, err := handedOver(u.Fragment)
	require.NoError(t, err)
	require.True(t, ok)
	want, _ := f.Encode()
	gotText, _ := got.Encode()
	assert.Equal(t, string(want), string(gotText))
	_, err = qrModules(link)
	assert.NoError(t, err, "fits one QR code")
}

func TestHandoverTooLargeForOneQRCode(t *testing.T) {
	_, err := handoverURL("https://selfcheck.example", exampleCheck(t, 400))
	assert.ErrorContains(t, err, "too large for one QR code: download the file instead")
}

func TestHandoverDamagedLinks(t *testing.T) {
	_, ok, err := handedOver("section-2")
	assert.False(t, ok)
	assert.NoError(t, err)
	for _, frag := range []string{"import=!!!", "import=AAAA", "import="} {
		_, ok, err := handedOver(frag)
		assert.True(t, ok, frag)
		assert.Error(t, err, frag)
	}
}
