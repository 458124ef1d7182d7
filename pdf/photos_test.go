package pdf

import (
	"bytes"
	"image"
	"image/color"
	"image/jpeg"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/smart-selfcheck/selfcheck/photo"
	"github.com/smart-selfcheck/selfcheck/standards"
)

// testPhoto is a w×h JPEG of noise-free stripes, its time in EXIF when given.
func testPhoto(t testing.TB, w, h int, taken time.Time) []byte {
	t.Helper()
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			img.Set(x, y, color.RGBA{uint8(x * 255 / w), uint8(y * 255 / h), 120, 255})
		}
	}
	var b bytes.Buffer
	require.NoError(t, jpeg.Encode(&b, img, &jpeg.Options{Quality: 80}))
	return photo.WithTaken(b.Bytes(), taken)
}

// withPhotos is the full example with a photo on its dent, one it names
// that is not on the device, and two overview shots, one skipped.
func withPhotos(t testing.TB) Input {
	f := load(t, "full.json")
	f.Findings[0].Photos = []string{"dent-1.jpg", "dent-2.jpg"}
	f.Photos = []standards.ShotPhoto{
		{Shot: "front", File: "front.jpg", Taken: time.Date(2026, 5, 1, 10, 20, 0, 0, time.UTC)},
		{Shot: "rear", Skipped: true},
	}
	f.PhotoPlaces = map[string]photo.Place{"dent-1.jpg": {Lat: 51.50722, Lon: -0.12758, AccuracyM: 12}}
	return Input{File: f, Photos: map[string][]byte{
		"dent-1.jpg": testPhoto(t, 1600, 1200, time.Date(2026, 5, 1, 10, 25, 0, 0, time.UTC)),
		"front.jpg":  testPhoto(t, 1200, 1600, time.Time{}),
	}}
}

func TestPhotoPages(t *testing.T) {
	out := render(t, withPhotos(t))
	cp := func(s string) string { // as printed, in cp1252
		return strings.NewReplacer("·", "\xb7", "…", "\x85", "°", "\xb0").Replace(s)
	}
	for _, want := range []string{
		"Overview shots taken: 1 of 15. Skipped: Rear.",
		"(Front)",
		"Taken 1 May 2026 at 10:20 UTC · front.jpg",
		"Dent, left door · Acceptable",
		"Taken 1 May 2026 at 10:25 UTC at 51.5072° N, 0.1276° W \\(within 12 m\\) · dent-1.jpg",
		"Time taken not known · dent-2.jpg",
		"This photo was not on the device when the document was made.",
		"(2 photos at the end)",
	} {
		assert.True(t, bytes.Contains(out, []byte(cp(want))), "the document says %q", want)
	}
	images := len(regexp.MustCompile(`/Subtype /Image`).FindAll(out, -1))
	assert.Equal(t, 2, images, "each photo embedded once, the thumbnail using it again")
}

func TestNoPhotosNoPhotoPages(t *testing.T) {
	out := render(t, Input{File: load(t, "full.json")})
	assert.NotContains(t, string(out), "/Subtype /Image")
	assert.NotContains(t, string(out), "Overview shots taken")
}

// pdfimages and pdftotext (poppler) read the document as a viewer does.
func TestPhotoPagesWithPoppler(t *testing.T) {
	for _, tool := range []string{"pdfimages", "pdftotext"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s (poppler-utils) is not installed", tool)
		}
	}
	var buf bytes.Buffer
	require.NoError(t, Write(&buf, Input{File: withPhotos(t).File, Photos: withPhotos(t).Photos, On: on}))
	path := filepath.Join(t.TempDir(), "photos.pdf")
	require.NoError(t, os.WriteFile(path, buf.Bytes(), 0o644))
	list, err := exec.Command("pdfimages", "-list", path).CombinedOutput()
	require.NoError(t, err, string(list))
	var rows []string
	for _, l := range strings.Split(string(list), "\n")[2:] {
		if f := strings.Fields(l); len(f) > 5 {
			rows = append(rows, strings.Join(f[3:6], " ")+" "+f[8])
		}
	}
	// The dent's photo beside the finding; on the photo pages the front
	// shot, then the dent's photo again: as JPEGs, as the device kept them.
	assert.Equal(t, []string{"1600 1200 rgb jpeg", "1200 1600 rgb jpeg", "1600 1200 rgb jpeg"}, rows)
	text, err := exec.Command("pdftotext", "-layout", path, "-").CombinedOutput()
	require.NoError(t, err)
	assert.Contains(t, string(text), "Taken 1 May 2026 at 10:25 UTC at 51.5072° N, 0.1276° W (within 12 m) · dent-1.jpg")
	assert.Contains(t, string(text), "Front")
}
