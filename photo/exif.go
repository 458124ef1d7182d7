package photo

import (
	"encoding/binary"
	"time"
)

// Taken returns when the photo in the JPEG b was taken, as its camera wrote
// it (EXIF DateTimeOriginal, with OffsetTimeOriginal when given). A camera
// that writes no offset wrote the wall clock where it was: loc is taken as
// that place (the phone's zone). It reports false when b holds no such time.
// It reads only the EXIF segment, never the image.
func Taken(b []byte, loc *time.Location) (time.Time, bool) {
	tiff := exifSegment(b)
	if tiff == nil {
		return time.Time{}, false
	}
	var order binary.ByteOrder
	switch string(tiff[:2]) {
	case "II":
		order = binary.LittleEndian
	case "MM":
		order = binary.BigEndian
	default:
		return time.Time{}, false
	}
	if order.Uint16(tiff[2:]) != 42 {
		return time.Time{}, false
	}
	ifd0 := order.Uint32(tiff[4:])
	exifIFD, ok := entryValue(tiff, order, ifd0, 0x8769) // Exif IFD pointer
	if !ok {
		return time.Time{}, false
	}
	off := order.Uint32(exifIFD[8:])
	when := asciiTag(tiff, order, off, 0x9003)   // DateTimeOriginal
	offset := asciiTag(tiff, order, off, 0x9011) // OffsetTimeOriginal, "+01:00"
	if len(when) < 19 {
		return time.Time{}, false
	}
	if len(offset) >= 6 {
		if t, err := time.Parse("2006:01:02 15:04:05-07:00", string(when[:19])+string(offset[:6])); err == nil {
			return t, true
		}
	}
	if loc == nil {
		loc = time.UTC
	}
	t, err := time.ParseInLocation("2006:01:02 15:04:05", string(when[:19]), loc)
	return t, err == nil
}

// exifSegment returns the TIFF data of the JPEG's APP1 Exif segment, nil
// when there is none. Segments come before the image data (SOS).
func exifSegment(b []byte) []byte {
	if len(b) < 4 || b[0] != 0xFF || b[1] != 0xD8 {
		return nil
	}
	for i := 2; i+4 <= len(b); {
		if b[i] != 0xFF {
			return nil
		}
		marker := b[i+1]
		if marker == 0xFF { // fill byte
			i++
			continue
		}
		if marker == 0xDA || marker == 0xD9 { // start of scan, end of image
			return nil
		}
		n := int(binary.BigEndian.Uint16(b[i+2:]))
		if n < 2 || i+2+n > len(b) {
			return nil
		}
		seg := b[i+4 : i+2+n]
		if marker == 0xE1 && len(seg) >= 14 && string(seg[:6]) == "Exif\x00\x00" {
			return seg[6:]
		}
		i += 2 + n
	}
	return nil
}

// entryValue finds tag in the IFD at off and returns its 12-byte entry.
func entryValue(tiff []byte, order binary.ByteOrder, off uint32, tag uint16) ([]byte, bool) {
	if uint64(off)+2 > uint64(len(tiff)) {
		return nil, false
	}
	n := int(order.Uint16(tiff[off:]))
	for i := 0; i < n; i++ {
		at := uint64(off) + 2 + uint64(i)*12
		if at+12 > uint64(len(tiff)) {
			return nil, false
		}
		e := tiff[at : at+12]
		if order.Uint16(e) == tag {
			return e, true
		}
	}
	return nil, false
}

// asciiTag returns the text of an ASCII tag in the IFD at off, nil if absent.
func asciiTag(tiff []byte, order binary.ByteOrder, off uint32, tag uint16) []byte {
	e, ok := entryValue(tiff, order, off, tag)
	if !ok || order.Uint16(e[2:]) != 2 { // type ASCII
		return nil
	}
	count := uint64(order.Uint32(e[4:]))
	if count <= 4 {
		return e[8 : 8+count]
	}
	start := uint64(order.Uint32(e[8:]))
	if start+count > uint64(len(tiff)) {
		return nil
	}
	return tiff[start : start+count]
}

// Orientation returns the EXIF orientation of the JPEG b (1 to 8; 1, the
// default, is upright): phones store the sensor's pixels and say how to
// turn them.
func Orientation(b []byte) int {
	tiff := exifSegment(b)
	if tiff == nil || len(tiff) < 8 {
		return 1
	}
	var order binary.ByteOrder = binary.BigEndian
	if string(tiff[:2]) == "II" {
		order = binary.LittleEndian
	}
	e, ok := entryValue(tiff, order, order.Uint32(tiff[4:]), 0x0112)
	if !ok || order.Uint16(e[2:]) != 3 { // type SHORT
		return 1
	}
	if o := int(order.Uint16(e[8:])); o >= 1 && o <= 8 {
		return o
	}
	return 1
}

// WithTaken returns the JPEG b (with no EXIF segment of its own) with one
// holding DateTimeOriginal and OffsetTimeOriginal of t, so the photo carries
// its time wherever it goes (the archive, the PDF).
func WithTaken(b []byte, t time.Time) []byte {
	if len(b) < 2 || t.IsZero() {
		return b
	}
	when := t.Format("2006:01:02 15:04:05") + "\x00" // 20 bytes
	offset := t.Format("-07:00") + "\x00"            // 7 bytes
	le := binary.LittleEndian
	tiff := make([]byte, 0, 80)
	tiff = append(tiff, 'I', 'I', 42, 0)
	tiff = le.AppendUint32(tiff, 8)
	// IFD0 at 8: the Exif IFD pointer to 26.
	tiff = le.AppendUint16(tiff, 1)
	tiff = appendEntry(tiff, 0x8769, 4, 1, 26)
	tiff = le.AppendUint32(tiff, 0)
	// Exif IFD at 26: two ASCII entries, their values at 56 and 76.
	tiff = le.AppendUint16(tiff, 2)
	tiff = appendEntry(tiff, 0x9003, 2, uint32(len(when)), 56)
	tiff = appendEntry(tiff, 0x9011, 2, uint32(len(offset)), 56+uint32(len(when)))
	tiff = le.AppendUint32(tiff, 0)
	tiff = append(tiff, when...)
	tiff = append(tiff, offset...)
	seg := append([]byte("Exif\x00\x00"), tiff...)
	out := make([]byte, 0, len(b)+len(seg)+4)
	out = append(out, b[0], b[1], 0xFF, 0xE1)
	out = binary.BigEndian.AppendUint16(out, uint16(len(seg)+2))
	out = append(out, seg...)
	return append(out, b[2:]...)
}

func appendEntry(b []byte, tag, typ uint16, count, value uint32) []byte {
	le := binary.LittleEndian
	b = le.AppendUint16(b, tag)
	b = le.AppendUint16(b, typ)
	b = le.AppendUint32(b, count)
	return le.AppendUint32(b, value)
}
