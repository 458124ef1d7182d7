package pdf

import (
	"bytes"
	"io"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/smart-selfcheck/selfcheck/cover"
)

// The package is safe on its own: text that did not come through the
// file's JSON decoder, invalid UTF-8 included, makes a document.
func TestInvalidUTF8MakesADocument(t *testing.T) {
	f := load(t, "full.json")
	f.Vehicle.RegistrationNumber = "AB19\xff\xfe\xc3"
	f.Findings[0].Note = "\xed\xa0\x80 broken"
	var out bytes.Buffer
	require.NotPanics(t, func() {
		require.NoError(t, Write(&out, Input{File: f, On: on, Retailer: &cover.Retailer{Name: "\xffsmart", Phone: "0\xc0", Email: "a@b\xfe"}}))
	})
	assert.True(t, bytes.HasPrefix(out.Bytes(), []byte("%PDF-")))
	require.NotPanics(t, func() {
		require.NoError(t, WriteRetailerCard(io.Discard, Card{Link: "https://x.example/kiosk", Retailer: cover.Retailer{Name: "smart \xff\xfe", Phone: "1"}, On: on}))
	})
}

func TestAPanicInsideFpdfIsAnError(t *testing.T) {
	err := func() (err error) {
		defer recoverError(&err)
		var s []int
		_ = s[3]
		return nil
	}()
	assert.ErrorContains(t, err, "pdf: the document could not be made: runtime error: index out of range")
}

// fit keeps the longest start of the text that fits with the ellipsis.
func TestFitKeepsTheLongestStartThatFits(t *testing.T) {
	d := newDoc(Input{File: load(t, "full.json"), On: on})
	d.AddPage()
	d.font("", 8, ink)
	for _, s := range []string{"", "AB19 CDE", strings.Repeat("W", 200), strings.Repeat("iW", 25000)} {
		for _, w := range []float64{5, 30, 87} { // narrower than "…" is never asked
			got := d.fit(s, w)
			if d.GetStringWidth(s) <= w {
				assert.Equal(t, s, got)
				continue
			}
			kept := strings.TrimSuffix(got, "\x85")
			require.True(t, strings.HasPrefix(s, kept), "a start of the text")
			assert.LessOrEqual(t, d.GetStringWidth(got), w+1e-9, "fits in %v mm", w)
			if len(kept) < len(s) {
				assert.Greater(t, d.GetStringWidth(s[:len(kept)+1]+"\x85"), w-1e-9, "one more character would not fit in %v mm", w)
			}
		}
	}
}

// A registration of 25,000 characters (the file refuses it; the package
// does not rely on that) prints cut to the running head, on every page.
func TestALongRegistrationIsCut(t *testing.T) {
	f := load(t, "full.json")
	f.Vehicle.RegistrationNumber = strings.Repeat("AB19 CDE ", 25000/9)
	pages := pageTexts(t, render(t, Input{File: f}))
	require.NotEmpty(t, pages)
	for i, p := range pages {
		assert.Contains(t, p, "AB19 CDE AB19", "page %d", i+1)
		assert.Contains(t, p, "…", "page %d: the running head is cut", i+1)
	}
}
