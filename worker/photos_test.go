package main

import (
	"bytes"
	"image"
	"image/color"
	"image/jpeg"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/smart-selfcheck/selfcheck/date"
	"github.com/smart-selfcheck/selfcheck/photo"
	"github.com/smart-selfcheck/selfcheck/workerapi"
)

// cameraJPEG is a w×h photo: a left half dark, a right half light, so
// turning and shrinking it can be checked by its pixels.
func cameraJPEG(t testing.TB, w, h int) []byte {
	t.Helper()
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			v := uint8(30)
			if x >= w/2 {
				v = 220
			}
			img.Set(x, y, color.RGBA{v, v, v, 255})
		}
	}
	var b bytes.Buffer
	require.NoError(t, jpeg.Encode(&b, img, &jpeg.Options{Quality: 90}))
	return b.Bytes()
}

func askWith(t *testing.T, r workerapi.Request, bytes []byte, photos map[string][]byte) workerapi.Reply {
	t.Helper()
	b, err := workerapi.EncodeRequest(r)
	require.NoError(t, err)
	return handleWith(b, bytes, photos)
}

func TestPhotoIsResizedAndDated(t *testing.T) {
	added := "2026-05-01T10:20:00Z"
	out := askWith(t, workerapi.Request{Kind: workerapi.Photo, Added: added, Zone: 60}, cameraJPEG(t, 4000, 3000), nil)
	require.Empty(t, out.Error)
	full, err := jpeg.Decode(bytes.NewReader(out.Bytes))
	require.NoError(t, err)
	assert.Equal(t, image.Pt(1600, 1200), full.Bounds().Size(), "longest side 1,600 px")
	thumb, err := jpeg.Decode(bytes.NewReader(out.Thumb))
	require.NoError(t, err)
	assert.Equal(t, image.Pt(288, 216), thumb.Bounds().Size())
	assert.Equal(t, added, out.Taken, "no EXIF: the time it was added")
	taken, ok := photo.Taken(out.Bytes, nil)
	assert.True(t, ok, "the kept photo carries its time")
	assert.Equal(t, added, taken.UTC().Format(time.RFC3339))
	// Averaged, not skipped: the left stays dark, the right light.
	l, _, _, _ := full.At(100, 600).RGBA()
	r, _, _, _ := full.At(1500, 600).RGBA()
	assert.Less(t, l>>8, uint32(60))
	assert.Greater(t, r>>8, uint32(190))
}

func TestPhotoSmallerThanTheLimitKeepsItsSize(t *testing.T) {
	out := askWith(t, workerapi.Request{Kind: workerapi.Photo, Added: "2026-05-01T10:20:00Z"}, cameraJPEG(t, 300, 500), nil)
	require.Empty(t, out.Error)
	cfg, err := jpeg.DecodeConfig(bytes.NewReader(out.Bytes))
	require.NoError(t, err)
	assert.Equal(t, [2]int{300, 500}, [2]int{cfg.Width, cfg.Height})
}

func TestPhotoProblems(t *testing.T) {
	tests := []struct {
		name    string
		r       workerapi.Request
		bytes   []byte
		problem string
	}{
		{"not an image", workerapi.Request{Kind: workerapi.Photo, Added: "2026-05-01T10:20:00Z"}, []byte("<html>"),
			"this is not a photo the app can read: take it again with the camera, or pick a JPEG or PNG"},
		{"no time added", workerapi.Request{Kind: workerapi.Photo}, cameraJPEG(t, 8, 8), "added: must be a time such as 2026-05-01T10:20:00Z"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.problem, askWith(t, tt.r, tt.bytes, nil).Error)
		})
	}
}

func TestOrientTurnsUpright(t *testing.T) {
	src := toYCbCr(func() image.Image { m, _ := jpeg.Decode(bytes.NewReader(cameraJPEG(t, 64, 32))); return m }())
	turned := orient(src, 6) // the camera was held upright: turn right
	assert.Equal(t, image.Pt(32, 64), turned.Rect.Size())
	top := turned.YCbCrAt(16, 2).Y
	bottom := turned.YCbCrAt(16, 61).Y
	assert.Less(t, top, uint8(80), "the dark left is now at the top")
	assert.Greater(t, bottom, uint8(170))
}

func TestExportThenImport(t *testing.T) {
	kept := askWith(t, workerapi.Request{Kind: workerapi.Photo, Added: "2026-05-01T10:20:00Z"}, cameraJPEG(t, 640, 480), nil)
	require.Empty(t, kept.Error)
	file := `{"format":"smart-selfcheck","version":1,"vehicle":{},"findings":[{"kind":"body.dent","photos":["dent-1.jpg"]}],
		"photos":[{"shot":"front","file":"front.jpg","taken":"2026-05-01T10:20:00Z"}]}`
	photos := map[string][]byte{"dent-1.jpg": kept.Bytes, "front.jpg": kept.Bytes}
	ex := askWith(t, workerapi.Request{Kind: workerapi.Export, File: file}, nil, photos)
	require.Empty(t, ex.Error)

	im := askWith(t, workerapi.Request{Kind: workerapi.Import}, ex.Bytes, nil)
	require.Empty(t, im.Error)
	assert.Equal(t, file, im.File)
	require.Len(t, im.Photos, 2)
	assert.Equal(t, "dent-1.jpg", im.Photos[0].Name)
	assert.Equal(t, kept.Bytes, im.Photos[0].JPEG)
	assert.NotEmpty(t, im.Photos[0].Thumb)
	assert.Equal(t, "2026-05-01T10:20:00Z", im.Photos[0].Taken)

	delete(photos, "front.jpg")
	assert.Equal(t, "the photo front.jpg is not on this device any more: remove it from the check, or take it again",
		askWith(t, workerapi.Request{Kind: workerapi.Export, File: file}, nil, photos).Error, "an archive with a photo missing never looks complete")
	assert.Equal(t, "the archive is not a readable zip file (zip: not a valid zip file)",
		askWith(t, workerapi.Request{Kind: workerapi.Import}, []byte("PK\x03\x04"), nil).Error)
}

func BenchmarkKeepPhoto4000x3000(b *testing.B) {
	src := cameraJPEG(b, 4000, 3000)
	for b.Loop() {
		if _, err := keepPhoto(src, time.UTC, time.Now()); err != nil {
			b.Fatal(err)
		}
	}
}

// texturedJPEG is a w×h photo with detail everywhere (as a car's paint,
// tyres and tarmac have), so it compresses as a real photo does, not as a
// flat test card.
func texturedJPEG(t testing.TB, w, h int, seed uint32) []byte {
	t.Helper()
	img := image.NewYCbCr(image.Rect(0, 0, w, h), image.YCbCrSubsampleRatio420)
	s := seed | 1
	for i := range img.Y {
		s ^= s << 13
		s ^= s >> 17
		s ^= s << 5
		x, y := i%img.YStride, i/img.YStride
		img.Y[i] = uint8((x*3+y*2)%200) + uint8(s%40)
	}
	for i := range img.Cb {
		img.Cb[i], img.Cr[i] = uint8(100+i%50), uint8(140-i%40)
	}
	var b bytes.Buffer
	require.NoError(t, jpeg.Encode(&b, img, &jpeg.Options{Quality: 92}))
	return b.Bytes()
}

// The PDF of a check with 20 photos: its time, and its size (pdf-MB).
func BenchmarkPDFWith20Photos(b *testing.B) {
	photos := map[string][]byte{}
	var names []string
	for i := range 20 {
		k, err := keepPhoto(texturedJPEG(b, 4000, 3000, uint32(i+1)), time.UTC, time.Date(2026, 5, 1, 10, i, 0, 0, time.UTC))
		require.NoError(b, err)
		n := photo.NewName("body.dent", func(n string) bool { _, ok := photos[n]; return ok })
		photos[n] = k.JPEG
		names = append(names, `"`+n+`"`)
	}
	file := `{"format":"smart-selfcheck","version":1,"vehicle":{"powertrain":"petrol","firstRegistered":"2020-01-01"},
		"findings":[{"kind":"body.dent","location":"left door","sizeMm":10,"photos":[` + strings.Join(names[:10], ",") + `]},
		{"kind":"body.dent","location":"bonnet","sizeMm":30,"photos":[` + strings.Join(names[10:], ",") + `]}]}`
	raw, err := workerapi.EncodeRequest(workerapi.Request{Kind: workerapi.PDF, File: file, On: date.MustParse("2026-05-01")})
	require.NoError(b, err)
	var size int
	for b.Loop() {
		out := handleWith(raw, nil, photos)
		require.Empty(b, out.Error)
		size = len(out.Bytes)
	}
	b.ReportMetric(float64(size)/1e6, "pdf-MB")
}

func TestPhotoWithDetailEverywhereStaysUnderItsBudget(t *testing.T) {
	out := askWith(t, workerapi.Request{Kind: workerapi.Photo, Added: "2026-05-01T10:20:00Z"}, texturedJPEG(t, 3200, 2400, 7), nil)
	require.Empty(t, out.Error)
	assert.LessOrEqual(t, len(out.Bytes), photoBytes+200, "the EXIF segment aside")
	cfg, err := jpeg.DecodeConfig(bytes.NewReader(out.Bytes))
	require.NoError(t, err)
	assert.Equal(t, 1600, cfg.Width)
}
