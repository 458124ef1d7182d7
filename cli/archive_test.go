package cli

import (
	"bytes"
	"image"
	"image/jpeg"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/smart-selfcheck/selfcheck/evidence"
)

const withPhoto = `{"format":"smart-selfcheck","version":1,
 "vehicle":{"powertrain":"petrol","firstRegistered":"2019-03-14"},
 "findings":[{"kind":"body.dent","location":"left door","sizeMm":10,"photos":["dent-1.jpg"]}]}`

// archiveFile writes an archive of check and photos into a temporary file.
func archiveFile(t *testing.T, check string, photos ...evidence.Photo) string {
	t.Helper()
	var b bytes.Buffer
	require.NoError(t, evidence.Write(&b, []byte(check), photos))
	path := filepath.Join(t.TempDir(), "check.zip")
	require.NoError(t, os.WriteFile(path, b.Bytes(), 0o644))
	return path
}

func smallJPEG(t *testing.T) []byte {
	t.Helper()
	var b bytes.Buffer
	require.NoError(t, jpeg.Encode(&b, image.NewGray(image.Rect(0, 0, 40, 30)), nil))
	return b.Bytes()
}

func TestCommandsReadTheArchive(t *testing.T) {
	path := archiveFile(t, withPhoto, evidence.Photo{Name: "dent-1.jpg", JPEG: smallJPEG(t)})
	code, stdout, errOut := run(t, "", "check", "-on", "2025-11-26", path)
	require.Equal(t, exitOK, code, errOut)
	assert.Contains(t, stdout, `"body.dent"`)

	out := filepath.Join(t.TempDir(), "check.pdf")
	code, _, errOut = run(t, "", "pdf", "-on", "2025-11-26", "-o", out, path)
	require.Equal(t, exitOK, code, errOut)
	doc, err := os.ReadFile(out)
	require.NoError(t, err)
	if _, err := exec.LookPath("pdfimages"); err == nil {
		list, err := exec.Command("pdfimages", "-list", out).CombinedOutput()
		require.NoError(t, err)
		assert.Equal(t, 2+2, strings.Count(string(list), "\n"), "the header and the photo twice, beside the finding and on its page:\n%s", list)
	} else {
		assert.Contains(t, string(doc), "/Subtype /Image")
	}

	archive, err := os.ReadFile(path)
	require.NoError(t, err)
	code, _, errOut = run(t, string(archive), "check", "-on", "2025-11-26", "-")
	assert.Equal(t, exitOK, code, "standard input takes an archive too: %s", errOut)
}

func TestCommandsRefuseABadArchive(t *testing.T) {
	tests := []struct {
		name, path, problem string
	}{
		{"a photo the check names is missing", archiveFile(t, withPhoto),
			"the archive does not hold the photo dent-1.jpg that its check names"},
		{"not an image", archiveFile(t, withPhoto, evidence.Photo{Name: "dent-1.jpg", JPEG: []byte("<svg/>")}),
			"the archive's photos/dent-1.jpg: is not a JPEG image"},
		{"the check in it is wrong", archiveFile(t, `{"format":"x"}`), `format: must be "smart-selfcheck"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, errOut := run(t, "", "check", "-on", "2025-11-26", tt.path)
			assert.Equal(t, exitBadInput, code)
			assert.Empty(t, stdout)
			assert.Contains(t, errOut, tt.problem)
		})
	}
}
