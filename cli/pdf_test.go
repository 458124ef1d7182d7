package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/smart-selfcheck/selfcheck/date"
	"github.com/smart-selfcheck/selfcheck/pdf"
	"github.com/smart-selfcheck/selfcheck/standards"
)

func TestPDFWritesTheDocument(t *testing.T) {
	out := filepath.Join(t.TempDir(), "check.pdf")
	code, stdout, errOut := run(t, "", "pdf", "-on", "2025-11-26", "-o", out, example)
	require.Equal(t, exitOK, code, errOut)
	assert.Empty(t, stdout)
	assert.Empty(t, errOut)
	got, err := os.ReadFile(out)
	require.NoError(t, err)

	b, err := os.ReadFile(example)
	require.NoError(t, err)
	f, err := standards.Decode(b)
	require.NoError(t, err)
	var want bytes.Buffer
	require.NoError(t, pdf.Write(&want, pdf.Input{File: f, On: date.Of(2025, 11, 26)}))
	assert.True(t, bytes.Equal(want.Bytes(), got), "the same document as the pdf package makes for the file and day")

	stdinOut := filepath.Join(t.TempDir(), "stdin.pdf")
	code, _, _ = run(t, string(b), "pdf", "-on", "2025-11-26", "-o", stdinOut, "-")
	require.Equal(t, exitOK, code)
	fromStdin, _ := os.ReadFile(stdinOut)
	assert.Equal(t, got, fromStdin, "- reads standard input")
}

func TestPDFBadInput(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "out.pdf")
	const usage = " (usage: pdf [-on YYYY-MM-DD] -o OUT.pdf FILE|-)"
	for _, tc := range []struct {
		clause string
		stdin  string
		args   []string
		want   string
	}{
		{"bad input names the field", `{"format":"smart-selfcheck","version":1,"vehicle":{"powertrain":"petrol","firstRegistered":"2019-03-14"},"findings":[{"kind":"body.dent","sizeMm":-3}]}`,
			[]string{"-o", out, "-"}, "findings[0].sizeMm: must be between 0 and 1000"},
		{"malformed JSON", `{"format":`, []string{"-o", out, "-"}, "not valid JSON at line 1, column 10: unexpected end of JSON input"},
		{"impossible -on date", "", []string{"-on", "2025-02-30", "-o", out, example}, `-on: "2025-02-30" is not a real date in the form YYYY-MM-DD`},
		{"check date before registration", `{"format":"smart-selfcheck","version":1,"vehicle":{"powertrain":"petrol","firstRegistered":"2019-03-14"}}`,
			[]string{"-on", "2019-03-13", "-o", out, "-"}, "-on: the check date 13 March 2019 is before the car was first registered, on 14 March 2019"},
		{"no -o", "", []string{example}, "-o: give the PDF file to write" + usage},
		{"no file", "", []string{"-o", out}, "pdf: give one self-check file, or - to read standard input" + usage},
		{"unknown flag", "", []string{"-x", "-o", out, example}, "pdf: flag provided but not defined: -x" + usage},
		{"missing file", "", []string{"-o", out, filepath.Join(dir, "nope.json")}, filepath.Join(dir, "nope.json") + ": no such file"},
	} {
		code, stdout, errOut := run(t, tc.stdin, append([]string{"pdf"}, tc.args...)...)
		assert.Equal(t, exitBadInput, code, tc.clause)
		assert.Empty(t, stdout, tc.clause)
		assert.Equal(t, tc.want+"\n", errOut, tc.clause)
		assert.NoFileExists(t, out, "%s: nothing is written", tc.clause)
	}
}

func TestPDFUnwritableOutput(t *testing.T) {
	code, _, errOut := run(t, "", "pdf", "-on", "2025-11-26", "-o", filepath.Join(t.TempDir(), "no-dir", "x.pdf"), example)
	assert.Equal(t, exitFailure, code)
	assert.Contains(t, errOut, "no such file or directory")
}
