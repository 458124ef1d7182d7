package pdf

import (
	"bytes"
	"math"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/smart-selfcheck/selfcheck/cover"
	"github.com/smart-selfcheck/selfcheck/date"
)

func card(t *testing.T, c Card) []byte {
	t.Helper()
	var buf bytes.Buffer
	require.NoError(t, WriteRetailerCard(&buf, c))
	return buf.Bytes()
}

var leeds = Card{
	Retailer:     cover.Retailer{Name: "smart Centre Leeds & Bradford", Phone: "0113 496 0000", Email: "sales@leeds.example"},
	Link:         "https://selfcheck.example/kiosk?phone=0113+496+0000&retailer=smart+Centre+Leeds",
	On:           date.Of(2026, 11, 21),
	Uncompressed: true,
}

func TestRetailerCardSaysWhoAndWhatToScan(t *testing.T) {
	b := card(t, leeds)
	assert.Equal(t, b, card(t, leeds), "the same card gives the same bytes")
	text := flat(pageTexts(t, b))
	for _, want := range []string{"smart Centre Leeds & Bradford", "Phone 0113 496 0000", "sales@leeds.example",
		"Scan with your phone's camera", "00800 2777 7777 (from the UK)"} {
		assert.Contains(t, text, want)
	}
	assert.Contains(t, strings.ReplaceAll(text, " ", ""), leeds.Link, "the link, wrapped to the card's width")
	assert.Contains(t, string(b), "/MediaBox [0 0 297.64 419.53]", "A6: 105 x 148 mm")
}

// The QR code is printed at a size phones read: 56 mm with its quiet zone.
func TestRetailerCardQRCodeSize(t *testing.T) {
	rows, err := QRModules(leeds.Link)
	require.NoError(t, err)
	var dark int
	for _, row := range rows {
		for _, d := range row {
			if d {
				dark++
			}
		}
	}
	var modules []float64
	for _, p := range paths(pageStreams(t, card(t, leeds))[0]) {
		for _, r := range p.rects {
			modules = append(modules, math.Abs(r[2]))
		}
	}
	require.Len(t, modules, dark, "one square per dark module")
	want := pt(qrSide / float64(len(rows)+2*QRQuietZone))
	for _, w := range modules {
		assert.InDelta(t, want, w, 0.011)
	}
}

func TestRetailerCardNeedsANameAndALink(t *testing.T) {
	var buf bytes.Buffer
	assert.Error(t, WriteRetailerCard(&buf, Card{Link: "https://x.example"}))
	assert.Error(t, WriteRetailerCard(&buf, Card{Retailer: cover.Retailer{Name: "x"}}))
}
