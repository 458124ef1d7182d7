package evidence

import (
	"archive/zip"
	"bytes"
	"fmt"
	"image"
	"image/jpeg"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const check = `{"format":"smart-selfcheck","version":1,"vehicle":{}}`

// testJPEG returns a real JPEG of w×h pixels.
func testJPEG(t testing.TB, w, h int) []byte {
	t.Helper()
	var b bytes.Buffer
	require.NoError(t, jpeg.Encode(&b, image.NewRGBA(image.Rect(0, 0, w, h)), nil))
	return b.Bytes()
}

// rawZip writes entries as given, names and all, as a hostile tool would.
func rawZip(t testing.TB, entries ...[2]string) []byte {
	t.Helper()
	var b bytes.Buffer
	z := zip.NewWriter(&b)
	for _, e := range entries {
		w, err := z.Create(e[0])
		require.NoError(t, err)
		w.Write([]byte(e[1]))
	}
	require.NoError(t, z.Close())
	return b.Bytes()
}

func TestWriteThenRead(t *testing.T) {
	photos := []Photo{{"rear.jpg", testJPEG(t, 16, 12)}, {"dent-1.jpg", testJPEG(t, 8, 8)}}
	var b bytes.Buffer
	require.NoError(t, Write(&b, []byte(check), photos))
	assert.True(t, IsArchive(b.Bytes()))
	a, err := Read(b.Bytes())
	require.NoError(t, err)
	assert.Equal(t, check, string(a.Check))
	require.Len(t, a.Photos, 2)
	assert.Equal(t, "dent-1.jpg", a.Photos[0].Name, "by name")
	assert.Equal(t, photos[1].JPEG, a.Photos[0].JPEG)

	// Deterministic: the same check and photos, in any order, make the same bytes.
	var again bytes.Buffer
	require.NoError(t, Write(&again, []byte(check), []Photo{photos[1], photos[0]}))
	assert.Equal(t, b.Bytes(), again.Bytes())
}

func TestWriteRefusesBadNames(t *testing.T) {
	var b bytes.Buffer
	assert.EqualError(t, Write(&b, []byte(check), []Photo{{"../x.jpg", nil}}),
		`the archive's photos/../x.jpg: "../x.jpg" is a path: must be a file name, such as dent-1.jpg`)
	assert.EqualError(t, Write(&b, []byte(check), []Photo{{"a.jpg", nil}, {"a.jpg", nil}}), "the archive's photos/a.jpg: is given twice")
}

func TestReadRefusesCorruptOrHostileArchives(t *testing.T) {
	img := string(testJPEG(t, 8, 8))
	many := [][2]string{{CheckName, check}}
	for i := range MaxPhotos + 1 {
		many = append(many, [2]string{fmt.Sprintf("photos/p-%d.jpg", i), img})
	}
	tests := []struct {
		name    string
		archive []byte
		problem string
	}{
		{"not a zip", []byte("PK\x03\x04 nothing else"), "the archive is not a readable zip file (zip: not a valid zip file)"},
		{"too big", make([]byte, MaxArchiveBytes+1), "the archive is larger than 100 MB: a check's photos are never that large"},
		{"too many entries", rawZip(t, many...), "the archive has 202 entries: at most 200 photos and the check"},
		{"a path going up", rawZip(t, [2]string{CheckName, check}, [2]string{"photos/../../evil.jpg", img}),
			"the archive's photos/../../evil.jpg: is a path outside the archive: it is not a self-check archive"},
		{"an absolute path", rawZip(t, [2]string{"/etc/passwd", "x"}), "the archive's /etc/passwd: is a path outside the archive: it is not a self-check archive"},
		{"a Windows drive", rawZip(t, [2]string{`C:\x.jpg`, "x"}), `the archive's C:\x.jpg: is a path outside the archive: it is not a self-check archive`},
		{"not an image", rawZip(t, [2]string{CheckName, check}, [2]string{"photos/dent-1.jpg", "<script>"}),
			"the archive's photos/dent-1.jpg: is not a JPEG image"},
		{"a photo too big, compressed small", rawZip(t, [2]string{CheckName, check}, [2]string{"photos/dent-1.jpg", string(make([]byte, MaxPhotoBytes+1))}),
			"the archive's photos/dent-1.jpg: is larger than 8 MB: too big for a self-check archive"},
		{"a check too big", rawZip(t, [2]string{CheckName, string(make([]byte, maxCheckBytes+1))}),
			"the archive's selfcheck.json: is larger than 1 MB: too big for a self-check archive"},
		{"a bad photo name", rawZip(t, [2]string{CheckName, check}, [2]string{"photos/Dent.JPG", img}),
			`the archive's photos/Dent.JPG: "Dent.JPG" must end in .jpg`},
		{"something else", rawZip(t, [2]string{CheckName, check}, [2]string{"run.exe", "MZ"}),
			"the archive's run.exe: is not part of a self-check archive, which holds selfcheck.json and photos/NAME.jpg"},
		{"twice", rawZip(t, [2]string{CheckName, check}, [2]string{CheckName, check}), "the archive's selfcheck.json: is in the archive twice"},
		{"no check", rawZip(t, [2]string{"photos/a.jpg", img}), "the archive holds no selfcheck.json: it is not a self-check archive"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Read(tt.archive)
			assert.Nil(t, a)
			assert.EqualError(t, err, tt.problem)
		})
	}
}

func TestReadSkipsWhatMacOSAdds(t *testing.T) {
	a, err := Read(rawZip(t, [2]string{CheckName, check}, [2]string{"photos/", ""}, [2]string{"__MACOSX/._selfcheck.json", "x"}))
	require.NoError(t, err)
	assert.Empty(t, a.Photos)
}

func TestMissing(t *testing.T) {
	photos := []Photo{{Name: "a.jpg"}}
	assert.Equal(t, []string{"b.jpg"}, Missing([]string{"a.jpg", "b.jpg", "b.jpg"}, photos))
	assert.Empty(t, Missing([]string{"a.jpg"}, photos))
}

// The archive reader meets files from anywhere: it never panics, and what
// it accepts it writes back and reads again the same.
func FuzzRead(f *testing.F) {
	var b bytes.Buffer
	Write(&b, []byte(check), []Photo{{"front.jpg", testJPEG(f, 4, 4)}})
	f.Add(b.Bytes())
	f.Add(rawZip(f, [2]string{"photos/../x.jpg", "x"}))
	f.Add([]byte("PK\x03\x04"))
	f.Fuzz(func(t *testing.T, in []byte) {
		a, err := Read(in)
		if err != nil {
			return
		}
		var out bytes.Buffer
		require.NoError(t, Write(&out, a.Check, a.Photos))
		again, err := Read(out.Bytes())
		require.NoError(t, err)
		assert.Equal(t, a, again)
	})
}

func TestReadRefusesAnArchiveThatUnpacksTooLarge(t *testing.T) {
	padded := string(testJPEG(t, 8, 8)) + string(make([]byte, 7<<20)) // a JPEG, then zeros: compresses to almost nothing
	entries := [][2]string{{CheckName, check}}
	for i := range 15 {
		entries = append(entries, [2]string{fmt.Sprintf("photos/p-%d.jpg", i), padded})
	}
	archive := rawZip(t, entries...)
	require.Less(t, len(archive), 1<<20)
	_, err := Read(archive)
	assert.EqualError(t, err, "the archive unpacks to more than 100 MB: a check's photos are never that large")
}
