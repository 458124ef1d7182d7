package main

import (
	"regexp"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/smart-selfcheck/selfcheck/date"
	"github.com/smart-selfcheck/selfcheck/workerapi"
)

// A petrol car registered 14 March 2019, going back on 14 March 2027 with
// an MOT to 1 April 2027 and nothing said of its plate or service history.
const datedCheck = `{"format":"smart-selfcheck","version":1,"vehicle":{"powertrain":"petrol","firstRegistered":"2019-03-14",
	"agreementEnds":"2027-03-14","motExpires":"2027-04-01"}}`

// events are the file's events as start day and summary.
func events(t *testing.T, ics []byte) map[string]string {
	t.Helper()
	out := map[string]string{}
	re := regexp.MustCompile(`DTSTART;VALUE=DATE:(\d{8})\r\nDTEND;VALUE=DATE:\d{8}\r\nSUMMARY:([^\r]*)`)
	for _, m := range re.FindAllStringSubmatch(string(ics), -1) {
		out[m[2]] = m[1]
	}
	return out
}

func TestCalendarOfTheCheck(t *testing.T) {
	out := ask(t, workerapi.Request{Kind: workerapi.Calendar, File: datedCheck, On: date.MustParse("2026-12-01"), Complaint: date.MustParse("2026-12-01")})
	require.Empty(t, out.Error)
	got := events(t, out.Bytes)
	for _, tc := range []struct{ clause, summary, day string }{
		{"the reminder to do the check, three months before the return", "Do your smart return self-check", "20261214"},
		{"the return date: the agreement's end", "Your smart goes back", "20270314"},
		{"MOT: over three years old at the return, six months remaining needed", "MOT with six months remaining for cars over three years old", "20270314"},
		{"service history not said: check it by the return date", "Full smart service history", "20270314"},
		{"cherished plate: on retention 12 weeks before the end", "Cherished number plate on retention", "20261220"},
		{"the MOT's expiry as given", "Your MOT expires", "20270401"},
		{"complaint Stage 2: four weeks to the outcome", "Complaint of 1 December 2026: outcome of the investigation", ""},
	} {
		day, ok := got[tc.summary]
		if assert.True(t, ok, "%s: %q in %v", tc.clause, tc.summary, got) && tc.day != "" {
			assert.Equal(t, tc.day, day, tc.clause)
		}
	}
	assert.Contains(t, string(out.Bytes), "UID:complaint-outcome-2026-12-01@smart-selfcheck", "each complaint deadline its own event")
	requireParses(t, out.Bytes, 6+4)
}

func TestCalendarLeavesOutPastDates(t *testing.T) {
	out := ask(t, workerapi.Request{Kind: workerapi.Calendar, File: datedCheck, On: date.MustParse("2027-01-01")})
	require.Empty(t, out.Error)
	got := events(t, out.Bytes)
	assert.NotContains(t, got, "Do your smart return self-check", "14 December 2026 has passed")
	assert.NotContains(t, got, "Cherished number plate on retention", "20 December 2026 has passed")
	assert.Contains(t, got, "Your smart goes back")
}

func TestCalendarProblems(t *testing.T) {
	for _, tc := range []struct {
		clause string
		r      workerapi.Request
		want   string
	}{
		{"no return date and no complaint: nothing to remind of", workerapi.Request{Kind: workerapi.Calendar, On: date.MustParse("2026-12-01"),
			File: `{"format":"smart-selfcheck","version":1,"vehicle":{"powertrain":"petrol","firstRegistered":"2019-03-14"}}`}, "no dates to come"},
		{"the day is needed", workerapi.Request{Kind: workerapi.Calendar, File: datedCheck}, "on:"},
	} {
		t.Run(tc.clause, func(t *testing.T) {
			out := ask(t, tc.r)
			assert.Contains(t, out.Error, tc.want)
			assert.Empty(t, out.Bytes)
		})
	}
	t.Run("a complaint date that is not a date", func(t *testing.T) {
		out := handle([]byte(`{"kind":"calendar","on":"2026-12-01","complaint":"yesterday"}`))
		assert.Contains(t, out.Error, "yesterday")
		assert.Empty(t, out.Bytes)
	})
}
