// Package icaltest checks an iCalendar file with a parser the product does not share
// code with: Python's icalendar (Debian's python3-icalendar, which make test
// installs). For tests only.
package icaltest

import (
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/smart-selfcheck/selfcheck/calendar"
)

// parse is a Python program that reads an .ics file with icalendar and
// prints, for each event, its start, summary, whether the description names
// a source, and its alarm's trigger.
const parse = `
import sys, icalendar
cal = icalendar.Calendar.from_ical(open(sys.argv[1], "rb").read())
for e in cal.walk("VEVENT"):
    alarm = e.walk("VALARM")[0]
    print(e.decoded("DTSTART").isoformat(), "|", e.get("SUMMARY"), "|", "Source: " in e.get("DESCRIPTION"), "|", alarm.decoded("TRIGGER"))
`

// RequireParses runs ics through Python's icalendar and checks it holds n
// events, each with a source and an alarm a week before. It fails when the
// parser is missing and CI is set; elsewhere it skips, saying what to install.
func RequireParses(t testing.TB, ics []byte, n int) {
	t.Helper()
	python := ""
	for _, p := range []string{"python3", "/usr/bin/python3"} { // Debian's package goes into the system's Python
		if exec.Command(p, "-c", "import icalendar").Run() == nil {
			python = p
			break
		}
	}
	if python == "" {
		if os.Getenv("CI") != "" {
			t.Fatal("Python's icalendar is missing: make test installs it (apt-get install python3-icalendar)")
		}
		t.Skip("Python's icalendar is missing: install python3-icalendar (make test does)")
	}
	path := filepath.Join(t.TempDir(), "deadlines.ics")
	require.NoError(t, os.WriteFile(path, ics, 0o644))
	out, err := exec.Command(python, "-c", parse, path).CombinedOutput()
	require.NoError(t, err, "icalendar could not read the file: %s", out)
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	require.Len(t, lines, n, "events read: %s", out)
	for _, l := range lines {
		parts := strings.Split(l, " | ")
		require.Len(t, parts, 4, l)
		require.Equal(t, "True", parts[2], "the event names its source: %s", l)
		require.Equal(t, "-"+strconv.Itoa(calendar.AlarmDaysBefore)+" days, 0:00:00", parts[3], "an alarm a week before: %s", l)
	}
}
