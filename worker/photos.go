package main

import (
	"bytes"
	"fmt"
	"image"
	"image/jpeg"
	_ "image/png" // screenshots from the gallery
	"time"

	"github.com/smart-selfcheck/selfcheck/photo"

	"github.com/smart-selfcheck/selfcheck/workerapi"
)

// How photos are kept. 1,600 px on the longest side keeps the tester
// card's millimetre marks, the mileage digits and a scratch's edge readable
// when zoomed, at a sixth of a 12-megapixel camera's pixels. JPEG quality
// 80 is where the artefacts stop showing on such detail; 90 doubles the
// bytes for no difference a driver can see, 70 starts to smear fine
// scratches. A phone photo comes out at 200–400 KB; one with detail
// everywhere (gravel, foliage) is encoded again a step lower until it is
// under photoBytes, so 20 photos always make a PDF under 8 MB.
const (
	photoSide    = 1600 // pixels, longest side
	photoQuality = 80
	photoBytes   = 380 << 10 // the most one photo takes, bytes
	// The thumbnail fills a finding card's 96 px at three device pixels per
	// CSS pixel and sits beside a finding in the PDF.
	thumbSide    = 288
	thumbQuality = 70
	// maxSourcePixels bounds what is decoded: a 50-megapixel phone camera.
	maxSourcePixels = 60_000_000
)

// keptPhoto is a photo as the device keeps it.
type keptPhoto struct {
	JPEG  []byte    // longest side photoSide at most, upright, with its time in EXIF
	Thumb []byte    // longest side thumbSide at most
	Taken time.Time // from the camera's EXIF, else added
	W, H  int       // JPEG's pixels
}

// keepPhoto turns a photo from the camera or the gallery into the one kept:
// upright, resized, re-encoded, dated. loc is the phone's zone, for a camera
// that writes its clock without one; added is when the driver added it.
func keepPhoto(src []byte, loc *time.Location, added time.Time) (keptPhoto, error) {
	cfg, format, err := image.DecodeConfig(bytes.NewReader(src))
	if err != nil {
		return keptPhoto{}, fmt.Errorf("this is not a photo the app can read: take it again with the camera, or pick a JPEG or PNG")
	}
	if cfg.Width*cfg.Height > maxSourcePixels || cfg.Width < 1 || cfg.Height < 1 {
		return keptPhoto{}, fmt.Errorf("this photo is %d×%d pixels: at most %d megapixels", cfg.Width, cfg.Height, maxSourcePixels/1_000_000)
	}
	img, _, err := image.Decode(bytes.NewReader(src))
	if err != nil {
		return keptPhoto{}, fmt.Errorf("this %s photo is damaged and cannot be read (%v)", format, err)
	}
	k := keptPhoto{Taken: added}
	if t, ok := photo.Taken(src, loc); ok {
		k.Taken = t
	}
	full := orient(shrink(toYCbCr(img), photoSide), photo.Orientation(src))
	k.W, k.H = full.Rect.Dx(), full.Rect.Dy()
	for q := photoQuality; q == photoQuality || len(k.JPEG) > photoBytes && q >= 50; q -= 8 {
		if k.JPEG, err = encode(full, q); err != nil {
			return keptPhoto{}, err
		}
	}
	k.JPEG = photo.WithTaken(k.JPEG, k.Taken)
	if k.Thumb, err = encode(shrink(full, thumbSide), thumbQuality); err != nil {
		return keptPhoto{}, err
	}
	return k, nil
}

// thumbOf makes the thumbnail of a photo already kept (from an archive).
func thumbOf(kept []byte) ([]byte, error) {
	img, err := jpeg.Decode(bytes.NewReader(kept))
	if err != nil {
		return nil, err
	}
	return encode(shrink(toYCbCr(img), thumbSide), thumbQuality)
}

func encode(img image.Image, quality int) ([]byte, error) {
	var b bytes.Buffer
	err := jpeg.Encode(&b, img, &jpeg.Options{Quality: quality})
	return b.Bytes(), err
}

// toYCbCr returns img as planes; a camera's JPEG already is.
func toYCbCr(img image.Image) *image.YCbCr {
	if y, ok := img.(*image.YCbCr); ok {
		return y
	}
	r := img.Bounds()
	out := image.NewYCbCr(image.Rect(0, 0, r.Dx(), r.Dy()), image.YCbCrSubsampleRatio444)
	if g, ok := img.(*image.Gray); ok {
		for y := 0; y < r.Dy(); y++ {
			copy(out.Y[y*out.YStride:], g.Pix[y*g.Stride:y*g.Stride+r.Dx()])
		}
		for i := range out.Cb {
			out.Cb[i], out.Cr[i] = 128, 128
		}
		return out
	}
	for y := 0; y < r.Dy(); y++ {
		for x := 0; x < r.Dx(); x++ {
			cr, cg, cb, _ := img.At(r.Min.X+x, r.Min.Y+y).RGBA()
			yy, u, v := colorToYCbCr(cr, cg, cb)
			i := y*out.YStride + x
			out.Y[i], out.Cb[i], out.Cr[i] = yy, u, v
		}
	}
	return out
}

func colorToYCbCr(r, g, b uint32) (uint8, uint8, uint8) {
	// JFIF's equations on 8-bit values.
	rf, gf, bf := float64(r>>8), float64(g>>8), float64(b>>8)
	y := 0.299*rf + 0.587*gf + 0.114*bf
	cb := 128 - 0.168736*rf - 0.331264*gf + 0.5*bf
	cr := 128 + 0.5*rf - 0.418688*gf - 0.081312*bf
	return clamp(y), clamp(cb), clamp(cr)
}

func clamp(v float64) uint8 {
	switch {
	case v < 0:
		return 0
	case v > 255:
		return 255
	}
	return uint8(v + 0.5)
}

// shrink returns src with its longest side at most side pixels, each output
// pixel the average of the source pixels it covers (sharp and without the
// shimmer of skipping pixels), as 4:2:0 planes for the JPEG encoder.
func shrink(src *image.YCbCr, side int) *image.YCbCr {
	w, h := src.Rect.Dx(), src.Rect.Dy()
	dw, dh := w, h
	if w >= h && w > side {
		dw, dh = side, max(1, (h*side+w/2)/w)
	} else if h > w && h > side {
		dw, dh = max(1, (w*side+h/2)/h), side
	}
	dst := image.NewYCbCr(image.Rect(0, 0, dw, dh), image.YCbCrSubsampleRatio420)
	y0 := src.YOffset(src.Rect.Min.X, src.Rect.Min.Y)
	boxPlane(src.Y[y0:], src.YStride, w, h, dst.Y, dst.YStride, dw, dh)
	cw, ch := chromaSize(src)
	c0 := src.COffset(src.Rect.Min.X, src.Rect.Min.Y)
	dcw, dch := (dw+1)/2, (dh+1)/2
	boxPlane(src.Cb[c0:], src.CStride, cw, ch, dst.Cb, dst.CStride, dcw, dch)
	boxPlane(src.Cr[c0:], src.CStride, cw, ch, dst.Cr, dst.CStride, dcw, dch)
	return dst
}

func chromaSize(m *image.YCbCr) (int, int) {
	w, h := m.Rect.Dx(), m.Rect.Dy()
	switch m.SubsampleRatio {
	case image.YCbCrSubsampleRatio422:
		return (w + 1) / 2, h
	case image.YCbCrSubsampleRatio420:
		return (w + 1) / 2, (h + 1) / 2
	case image.YCbCrSubsampleRatio440:
		return w, (h + 1) / 2
	case image.YCbCrSubsampleRatio411:
		return (w + 3) / 4, h
	case image.YCbCrSubsampleRatio410:
		return (w + 3) / 4, (h + 1) / 2
	}
	return w, h
}

// boxPlane averages the w×h plane src into the dw×dh plane dst (dw ≤ w,
// dh ≤ h, or equal: then it copies).
func boxPlane(src []uint8, stride, w, h int, dst []uint8, dstride, dw, dh int) {
	sums := make([]uint32, dw)
	counts := make([]uint32, dw)
	xs := make([]int, dw+1) // source column where each output column starts
	for x := range xs {
		xs[x] = x * w / dw
	}
	for oy := 0; oy < dh; oy++ {
		clear(sums)
		clear(counts)
		for sy := oy * h / dh; sy < max((oy+1)*h/dh, oy*h/dh+1); sy++ {
			row := src[sy*stride : sy*stride+w]
			for ox := 0; ox < dw; ox++ {
				end := max(xs[ox+1], xs[ox]+1)
				var s uint32
				for _, v := range row[xs[ox]:end] {
					s += uint32(v)
				}
				sums[ox] += s
				counts[ox] += uint32(end - xs[ox])
			}
		}
		out := dst[oy*dstride : oy*dstride+dw]
		for ox := range out {
			out[ox] = uint8((sums[ox] + counts[ox]/2) / counts[ox])
		}
	}
}

// orient turns m upright by its EXIF orientation (1 to 8).
func orient(m *image.YCbCr, o int) *image.YCbCr {
	if o <= 1 || o > 8 {
		return m
	}
	w, h := m.Rect.Dx(), m.Rect.Dy()
	swap := o >= 5 // 5 to 8 turn the picture a quarter
	dw, dh := w, h
	if swap {
		dw, dh = h, w
	}
	out := image.NewYCbCr(image.Rect(0, 0, dw, dh), image.YCbCrSubsampleRatio444)
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			var dx, dy int
			switch o {
			case 2:
				dx, dy = w-1-x, y
			case 3:
				dx, dy = w-1-x, h-1-y
			case 4:
				dx, dy = x, h-1-y
			case 5:
				dx, dy = y, x
			case 6:
				dx, dy = h-1-y, x
			case 7:
				dx, dy = h-1-y, w-1-x
			case 8:
				dx, dy = y, w-1-x
			}
			i, j := m.YOffset(x, y), m.COffset(x, y)
			k := dy*out.YStride + dx
			out.Y[k], out.Cb[k], out.Cr[k] = m.Y[i], m.Cb[j], m.Cr[j]
		}
	}
	return out
}

// keepReply answers a photo request.
func keepReply(r workerapi.Request) (workerapi.Reply, error) {
	added, err := time.Parse(time.RFC3339, r.Added)
	if err != nil {
		return workerapi.Reply{}, fmt.Errorf("added: must be a time such as 2026-05-01T10:20:00Z")
	}
	k, err := keepPhoto(r.Bytes, time.FixedZone("", r.Zone*60), added)
	if err != nil {
		return workerapi.Reply{}, err
	}
	return workerapi.Reply{Bytes: k.JPEG, Thumb: k.Thumb, Taken: k.Taken.UTC().Format(time.RFC3339)}, nil
}
