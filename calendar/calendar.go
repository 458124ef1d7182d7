// Package calendar writes dated reminders as an iCalendar file (RFC 5545)
// that phone and desktop calendars import: one all-day event per date, each
// with where the date comes from and an alarm before it. It decides nothing
// about which dates matter (the worker gathers them from standards and
// cover); it is deterministic (no clock: the stamp is passed in) and uses
// only the standard library.
package calendar

import (
	"io"
	"strings"
	"unicode/utf8"

	"github.com/smart-selfcheck/selfcheck/date"
)

// Event is one all-day event.
type Event struct {
	ID      string    // unique within the file, stable across exports: a calendar updates the event rather than adding it again
	Day     date.Date // the day it falls on
	Summary string    // the event's title
	Text    string    // what to do
	Source  string    // where the date comes from, as drivers read it ("Your smart Journey booklet (08/2016), p.15")
}

// AlarmDaysBefore is how long before each event its alarm goes off: a week.
const AlarmDaysBefore = 7

// uidDomain makes event ids globally unique, as RFC 5545 3.8.4.7 asks.
const uidDomain = "@smart-selfcheck"

// Write writes events as a VCALENDAR. stamp is the day the file is made
// (DTSTAMP, at midnight UTC).
func Write(w io.Writer, events []Event, stamp date.Date) error {
	var b strings.Builder
	line := func(name, value string) { fold(&b, name+":"+value) }
	line("BEGIN", "VCALENDAR")
	line("VERSION", "2.0")
	line("PRODID", "-//smart self-check//Return deadlines//EN")
	line("CALSCALE", "GREGORIAN")
	line("METHOD", "PUBLISH")
	for _, e := range events {
		line("BEGIN", "VEVENT")
		line("UID", e.ID+uidDomain)
		line("DTSTAMP", stamp.Format("20060102")+"T000000Z")
		line("DTSTART;VALUE=DATE", e.Day.Format("20060102"))
		line("DTEND;VALUE=DATE", e.Day.AddDays(1).Format("20060102"))
		line("SUMMARY", escape(e.Summary))
		line("DESCRIPTION", escape(e.Text+"\n\nSource: "+e.Source))
		line("TRANSP", "TRANSPARENT")
		line("BEGIN", "VALARM")
		line("ACTION", "DISPLAY")
		line("DESCRIPTION", escape(e.Summary))
		line("TRIGGER", "-P"+itoa(AlarmDaysBefore)+"D")
		line("END", "VALARM")
		line("END", "VEVENT")
	}
	line("END", "VCALENDAR")
	_, err := io.WriteString(w, b.String())
	return err
}

// escape escapes a TEXT value (RFC 5545 3.3.11).
func escape(s string) string {
	return strings.NewReplacer(`\`, `\\`, ";", `\;`, ",", `\,`, "\r\n", `\n`, "\n", `\n`).Replace(s)
}

// fold writes a content line, folded so no line is longer than 75 octets
// (RFC 5545 3.1), never inside a UTF-8 character, and ended with CRLF.
func fold(b *strings.Builder, s string) {
	limit := 75
	for len(s) > limit {
		cut := limit
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		b.WriteString(s[:cut])
		b.WriteString("\r\n ")
		s = s[cut:]
		limit = 74 // the leading space counts
	}
	b.WriteString(s)
	b.WriteString("\r\n")
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}
