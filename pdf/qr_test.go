package pdf

import (
	"encoding/base64"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestQRCodeHasFinderPatterns(t *testing.T) {
	rows, err := QRModules("https://example.org/kiosk?retailer=smart+Centre&phone=01234+567890")
	require.NoError(t, err)
	n := len(rows)
	require.GreaterOrEqual(t, n, 21, "a QR code is at least 21 modules across")
	// The three finder patterns: a dark 7x7 ring at three corners.
	for _, corner := range [][2]int{{0, 0}, {n - 7, 0}, {0, n - 7}} {
		x, y := corner[0], corner[1]
		assert.True(t, rows[y][x] && rows[y+6][x+6] && rows[y+3][x+3], "finder at %v", corner)
		assert.False(t, rows[y+1][x+1], "finder ring at %v is hollow", corner)
	}
	assert.False(t, rows[n-4][n-4] && rows[n-1][n-1] && rows[n-7][n-7], "no finder bottom right")
}

func TestQRDataURLIsAnSVGImage(t *testing.T) {
	u, err := QRDataURL("hello")
	require.NoError(t, err)
	require.True(t, strings.HasPrefix(u, "data:image/svg+xml;base64,"))
	svg, err := base64.StdEncoding.DecodeString(strings.TrimPrefix(u, "data:image/svg+xml;base64,"))
	require.NoError(t, err)
	assert.Contains(t, string(svg), `viewBox="0 0 29 29"`, "21 modules and a quiet zone of 4 each side")
}

func TestQRRefusesWhatDoesNotFit(t *testing.T) {
	_, err := QRModules(strings.Repeat("x", 5000))
	assert.ErrorContains(t, err, "too much to fit in one QR code")
}
