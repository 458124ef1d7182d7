package pdf

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/smart-selfcheck/selfcheck/cover"
	"github.com/smart-selfcheck/selfcheck/standards"
)

func TestPrintable(t *testing.T) {
	for _, tc := range []struct{ clause, in, want string }{
		{"cp1252 keeps £, é, ü, curly quotes and dashes", "£40 — “Müller’s” café – ok", "£40 — “Müller’s” café – ok"},
		{"cp1252 keeps Š, Ž, Œ, €", "Škoda Žilina Œuvre €5", "Škoda Žilina Œuvre €5"},
		{"letters with marks cp1252 lacks become their plain letter", "Łódź Dvořák Ğ ő", "Lódz Dvorák G o"},
		{"line breaks and tabs become spaces", "a\nb\tc\rd", "a b c d"},
		{"symbols get a readable stand-in", "≤ 5 mm → ok ✓", "<= 5 mm -> ok v"},
		{"combining marks are dropped", "e\u0301", "e"},
		{"anything else is a question mark", "車 🚗", "? ?"},
		{"invalid UTF-8 is a question mark", "a\xffb", "a?b"},
	} {
		assert.Equal(t, tc.want, printable(tc.in), tc.clause)
	}
}

// driverFile is a check with findings as a driver might type them.
func driverFile(notes ...string) *standards.File {
	f := &standards.File{Vehicle: standards.Vehicle{Powertrain: standards.Petrol, FirstRegistered: on.AddYears(-4),
		RegistrationNumber: strings.Repeat("REG", 40), Model: "smart 🚗 fortwo 車"}}
	for i, n := range notes {
		f.Findings = append(f.Findings, standards.Finding{Kind: "interior.burn", Location: fmt.Sprintf("spot-%d", i), Note: n})
	}
	return f
}

func TestAnythingADriverTypesPrintsSafely(t *testing.T) {
	long := strings.Repeat("x", 3000)
	f := driverFile("emoji 🚗 and 車 and \x00\x07 controls", long, "(brackets) and \\ backslash", strings.Repeat("word ", 2000), "a\xff\xfeb")
	pages := pageTexts(t, render(t, Input{File: f, Retailer: &cover.Retailer{Name: "Zoë’s 🚗", Phone: strings.Repeat("0", 200), Email: "a@b"}}))
	all := flat(pages)
	assert.Contains(t, all, "emoji ? and ? and controls")
	assert.Contains(t, all, "(brackets) and \\ backslash")
	assert.Contains(t, all, "Your note: a??b")
	assert.Contains(t, all, "Zoë’s ?")
	xs := 0
	for _, p := range pages {
		for _, l := range strings.Split(p, "\n") {
			assert.LessOrEqual(t, len(l), 150, "a line wider than the page: %.40q", l)
			if strings.Trim(l, "x") == "" {
				xs += len(l)
			}
		}
	}
	assert.Equal(t, len(long), xs, "a word too long for a line is wrapped, not cut")
}

// Rows move whole to the next page: each finding's title, note and source
// are on one page, however the rows fall.
func TestRowsAreNeverSplit(t *testing.T) {
	notes := make([]string, 40)
	for i := range notes {
		notes[i] = fmt.Sprintf("note-%d %s", i, strings.Repeat("more words ", i%7*10))
	}
	pages := pageTexts(t, render(t, Input{File: driverFile(notes...)}))
	require.Greater(t, len(pages), 6, "the findings run over several pages")
	for i := range notes {
		title, note := fmt.Sprintf("spot-%d\n", i), fmt.Sprintf("Your note: note-%d ", i)
		var titleOn, noteOn []int
		for p, text := range pages {
			if strings.Contains(text+"\n", title) {
				titleOn = append(titleOn, p)
			}
			if strings.Contains(text, note) {
				noteOn = append(noteOn, p)
			}
		}
		require.Len(t, titleOn, 1, "finding %d", i)
		assert.Equal(t, titleOn, noteOn, "finding %d: title and note on one page", i)
		src := "Fair Wear & Tear p.18, Interior"
		page := pages[titleOn[0]]
		assert.Contains(t, page[strings.Index(page, title):], src, "finding %d: its source after it on the same page", i)
	}
}

func FuzzWrite(f *testing.F) {
	f.Add("cigarette burn", "AB19 CDE")
	f.Add("车 🚗 \x00 (", strings.Repeat("W", 300))
	f.Fuzz(func(t *testing.T, note, reg string) {
		file := driverFile(note)
		file.Vehicle.RegistrationNumber = reg
		var buf bytes.Buffer
		if err := Write(&buf, Input{File: file, On: on, Retailer: &cover.Retailer{Name: reg, Phone: note, Email: note}}); err != nil {
			t.Fatal(err)
		}
		if !bytes.HasPrefix(buf.Bytes(), []byte("%PDF-")) {
			t.Fatal("not a PDF")
		}
	})
}
