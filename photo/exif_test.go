package photo

import (
	"bytes"
	"encoding/binary"
	"image"
	"image/jpeg"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

// exifJPEG returns a small JPEG with an APP1 Exif segment holding
// DateTimeOriginal (and OffsetTimeOriginal when offset is set).
func exifJPEG(t testing.TB, order binary.ByteOrder, when, offset string) []byte {
	t.Helper()
	var tiff bytes.Buffer
	w := func(v any) { binary.Write(&tiff, order, v) }
	if order == binary.LittleEndian {
		tiff.WriteString("II")
	} else {
		tiff.WriteString("MM")
	}
	w(uint16(42))
	w(uint32(8)) // IFD0 at 8
	// IFD0: one entry, the Exif IFD pointer, to offset 26.
	w(uint16(1))
	w(uint16(0x8769))
	w(uint16(4))
	w(uint32(1))
	w(uint32(26))
	w(uint32(0))
	// Exif IFD at 26: DateTimeOriginal (and OffsetTimeOriginal), values after it.
	tags := [][2]any{{uint16(0x9003), when + "\x00"}}
	if offset != "" {
		tags = append(tags, [2]any{uint16(0x9011), offset + "\x00"})
	}
	values := uint32(26 + 2 + 12*len(tags) + 4)
	w(uint16(len(tags)))
	var data bytes.Buffer
	for _, tag := range tags {
		s := tag[1].(string)
		w(tag[0])
		w(uint16(2))
		w(uint32(len(s)))
		w(values + uint32(data.Len()))
		data.WriteString(s)
	}
	w(uint32(0))
	tiff.Write(data.Bytes())

	var img bytes.Buffer
	if err := jpeg.Encode(&img, image.NewGray(image.Rect(0, 0, 8, 8)), nil); err != nil {
		t.Fatal(err)
	}
	seg := append([]byte("Exif\x00\x00"), tiff.Bytes()...)
	out := []byte{0xFF, 0xD8, 0xFF, 0xE1, byte((len(seg) + 2) >> 8), byte(len(seg) + 2)}
	out = append(out, seg...)
	return append(out, img.Bytes()[2:]...)
}

func TestTaken(t *testing.T) {
	london, err := time.LoadLocation("Europe/London")
	if err != nil {
		london = time.FixedZone("BST", 3600)
	}
	plain := func() []byte {
		var b bytes.Buffer
		jpeg.Encode(&b, image.NewGray(image.Rect(0, 0, 8, 8)), nil)
		return b.Bytes()
	}()
	tests := []struct {
		name string
		jpeg []byte
		want time.Time
		ok   bool
	}{
		{"DateTimeOriginal, Intel order, in the phone's zone", exifJPEG(t, binary.LittleEndian, "2026:05:01 11:20:00", ""), time.Date(2026, 5, 1, 10, 20, 0, 0, time.UTC), true},
		{"DateTimeOriginal, Motorola order", exifJPEG(t, binary.BigEndian, "2026:05:01 11:20:00", ""), time.Date(2026, 5, 1, 10, 20, 0, 0, time.UTC), true},
		{"OffsetTimeOriginal wins over the phone's zone", exifJPEG(t, binary.BigEndian, "2026:05:01 11:20:00", "+02:00"), time.Date(2026, 5, 1, 9, 20, 0, 0, time.UTC), true},
		{"a JPEG with no EXIF: the time it was added is used instead", plain, time.Time{}, false},
		{"a time that is not a time", exifJPEG(t, binary.LittleEndian, "    :  :     :  :  ", ""), time.Time{}, false},
		{"not a JPEG", []byte("GIF89a"), time.Time{}, false},
		{"empty", nil, time.Time{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := Taken(tt.jpeg, london)
			assert.Equal(t, tt.ok, ok)
			if tt.ok {
				assert.True(t, tt.want.Equal(got), "got %v, want %v", got, tt.want)
			}
		})
	}
}

// The EXIF reader meets photos from anywhere: it never panics and never
// reads past its input.
func FuzzTaken(f *testing.F) {
	f.Add(exifJPEG(f, binary.LittleEndian, "2026:05:01 11:20:00", "+01:00"))
	f.Add(exifJPEG(f, binary.BigEndian, "2026:05:01 11:20:00", ""))
	f.Add([]byte{0xFF, 0xD8, 0xFF, 0xE1, 0x00, 0x10, 'E', 'x', 'i', 'f', 0, 0, 'M', 'M', 0, 42, 0xFF, 0xFF, 0xFF, 0xFF})
	f.Fuzz(func(t *testing.T, b []byte) {
		if got, ok := Taken(b, time.UTC); ok && got.IsZero() {
			t.Fatal("a time taken that is zero")
		}
	})
}

func TestWithTakenIsReadBack(t *testing.T) {
	var b bytes.Buffer
	jpeg.Encode(&b, image.NewGray(image.Rect(0, 0, 8, 8)), nil)
	at := time.Date(2026, 5, 1, 11, 20, 7, 0, time.FixedZone("", 3600))
	out := WithTaken(b.Bytes(), at)
	got, ok := Taken(out, time.UTC)
	assert.True(t, ok)
	assert.True(t, at.Equal(got), "got %v", got)
	_, err := jpeg.Decode(bytes.NewReader(out))
	assert.NoError(t, err, "still a JPEG")
	assert.Equal(t, 1, Orientation(out))
}

func TestOrientation(t *testing.T) {
	// IFD0 with one entry: Orientation (0x0112), SHORT, 6 (turn right).
	tiff := []byte{'M', 'M', 0, 42, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, 6, 0, 0, 0, 0, 0, 0, 0, 0}
	seg := append([]byte("Exif\x00\x00"), tiff...)
	b := append([]byte{0xFF, 0xD8, 0xFF, 0xE1, 0, byte(len(seg) + 2)}, seg...)
	assert.Equal(t, 6, Orientation(b))
	assert.Equal(t, 1, Orientation([]byte{0xFF, 0xD8}))
}
