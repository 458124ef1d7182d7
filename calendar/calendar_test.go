package calendar_test

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	. "github.com/smart-selfcheck/selfcheck/calendar"
	"github.com/smart-selfcheck/selfcheck/date"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

var example = []Event{
	{ID: "return", Day: date.MustParse("2026-03-14"), Summary: "Return your smart",
		Text: "Your agreement ends; the car goes back, with everything to hand back.", Source: "Your agreement, the end date you gave"},
	{ID: "cherished-plate", Day: date.MustParse("2025-12-20"), Summary: "Put your cherished plate on retention",
		Text:   "Put it on retention with the DVLA by 20 December 2025, at least 10 to 12 weeks before the end of your agreement: call 0300 790 6802 or go to gov.uk/keep-registration-number. When you have the new registration number, let Customer Services know.",
		Source: "Your smart Journey booklet (08/2016), Vehicle Return Standards p.15, Please note"},
}

func write(t *testing.T, events []Event) []byte {
	t.Helper()
	var b bytes.Buffer
	require.NoError(t, Write(&b, events, date.MustParse("2025-11-01")))
	return b.Bytes()
}

func TestGolden(t *testing.T) {
	got := write(t, example)
	path := filepath.Join("testdata", "example.ics")
	if *update {
		require.NoError(t, os.WriteFile(path, got, 0o644))
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "run go test -update to write it")
	assert.Equal(t, string(want), string(got))
}

func TestLines(t *testing.T) {
	out := string(write(t, example))
	for _, tc := range []struct{ clause, want string }{
		{"RFC 5545 3.1: lines end with CRLF", "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"},
		{"an all-day event: DTSTART and DTEND are dates", "DTSTART;VALUE=DATE:20260314\r\nDTEND;VALUE=DATE:20260315\r\n"},
		{"RFC 5545 3.3.11: commas and semicolons escaped", `Your agreement ends\; the car goes back\, with`},
		{"the source in the description", `\n\nSource: Your agreement\, the end date you gave`},
		{"an alarm a week before", "BEGIN:VALARM\r\nACTION:DISPLAY\r\nDESCRIPTION:Return your smart\r\nTRIGGER:-P7D\r\nEND:VALARM\r\n"},
		{"ids unique beyond this file", "UID:return@smart-selfcheck\r\n"},
	} {
		assert.Contains(t, out, tc.want, tc.clause)
	}
	for _, l := range strings.Split(out, "\r\n") {
		assert.LessOrEqual(t, len(l), 75, "RFC 5545 3.1: lines of at most 75 octets: %q", l)
	}
	assert.NotContains(t, strings.ReplaceAll(out, "\r\n", ""), "\n", "no bare line feeds")
}

// Folding never splits a character: unfolded, the text is what was written.
func TestFoldKeepsCharacters(t *testing.T) {
	long := strings.Repeat("é’ ", 60)
	out := string(write(t, []Event{{ID: "x", Day: date.MustParse("2026-01-01"), Summary: long, Source: "s"}}))
	unfolded := strings.ReplaceAll(out, "\r\n ", "")
	assert.Contains(t, unfolded, "SUMMARY:"+long+"\r\n")
	for _, l := range strings.Split(out, "\r\n") {
		assert.True(t, len(l) <= 75 && strings.ToValidUTF8(l, "?") == l, "a whole character per line: %q", l)
	}
}
