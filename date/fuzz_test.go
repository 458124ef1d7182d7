package date

import (
	"testing"
	"unicode/utf8"
)

// Parse either refuses the text with a readable message or gives a date
// that prints back as the same text, in the accepted years.
func FuzzParse(f *testing.F) {
	for _, s := range []string{"2019-03-14", "2024-02-29", "2019-02-30", "0001-01-01", "0000-01-01",
		"1998-01-01", "2100-12-31", "+2019-03-14", "2019-03-14T00:00:00Z", "", "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := Parse(s)
		if err != nil {
			if !utf8.ValidString(err.Error()) || len(err.Error()) > 200 {
				t.Fatalf("unreadable message for %q: %q", s, err)
			}
			return
		}
		if d.IsZero() || d.String() != s || d.Year() < MinYear || d.Year() > MaxYear {
			t.Fatalf("Parse(%q) = %v", s, d)
		}
		var back Date
		b, _ := d.MarshalJSON()
		if err := back.UnmarshalJSON(b); err != nil || back != d {
			t.Fatalf("%q does not round trip through JSON: %v %v", s, back, err)
		}
	})
}
