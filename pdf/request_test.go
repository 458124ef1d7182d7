package pdf

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func request(t *testing.T, file, on string, r *Retailer) []byte {
	t.Helper()
	b, err := json.Marshal(Request{File: file, On: on, Retailer: r})
	require.NoError(t, err)
	return b
}

func TestMakeFromTheAppsRequest(t *testing.T) {
	file := `{"format":"smart-selfcheck","version":1,"vehicle":{"powertrain":"petrol","firstRegistered":"2019-03-14","registrationNumber":"AB19 CDE"}}`
	b, err := Make(request(t, file, "2026-11-21", &Retailer{Name: "smart Centre Leeds", Phone: "0113 496 0000"}))
	require.NoError(t, err)
	assert.True(t, bytes.HasPrefix(b, []byte("%PDF-")))
}

func TestMakePrintsACheckStillBeingFilledIn(t *testing.T) {
	b, err := Make(request(t, `{"format":"smart-selfcheck","version":1,"vehicle":{"model":"smart #1"}}`, "2026-11-21", nil))
	require.NoError(t, err, "no powertrain or first registration yet")
	assert.True(t, bytes.HasPrefix(b, []byte("%PDF-")))
}

func TestMakeRefusesWhatIsNotACheck(t *testing.T) {
	for _, tc := range []struct{ name, req, want string }{
		{"not JSON", `{`, "malformed"},
		{"bad day", string(request(t, `{"format":"smart-selfcheck","version":1}`, "2026-02-30", nil)), "on:"},
		{"future version", string(request(t, `{"format":"smart-selfcheck","version":2}`, "2026-11-21", nil)), "version"},
		{"not a file", string(request(t, `[1,2]`, "2026-11-21", nil)), ""},
	} {
		_, err := Make([]byte(tc.req))
		assert.ErrorContains(t, err, tc.want, tc.name)
	}
}
