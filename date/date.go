// Package date is a calendar day with no time of day and no time zone, the
// unit every rule in the source documents is written in ("registered on or
// after 01/11/2014", "12 weeks before the end of your agreement").
//
// Nothing here reads the clock: callers pass today in.
package date

import (
	"fmt"
	"time"
)

// Layout is the one text form of a date in files, commands and URLs.
const Layout = "2006-01-02"

// Date is a day in the proleptic Gregorian calendar. The zero Date means
// "not given"; every day, 0001-01-01 included, is given.
type Date struct {
	t     time.Time // midnight UTC
	given bool
}

// Of returns the date y-m-d; out-of-range days and months roll over as in
// time.Date.
func Of(y int, m time.Month, d int) Date {
	return Date{time.Date(y, m, d, 0, 0, 0, 0, time.UTC), true}
}

// The years Parse accepts: the first smart cars were sold in 1998, so no
// date about one is earlier; MaxYear is far beyond any agreement's end.
const (
	MinYear = 1998
	MaxYear = 2100
)

// FromTime returns the calendar day of t in t's own location.
func FromTime(t time.Time) Date {
	y, m, d := t.Date()
	return Of(y, m, d)
}

// Parse reads YYYY-MM-DD strictly: "2019-02-30" and "2019-2-3" are errors,
// and so are years before MinYear or after MaxYear.
func Parse(s string) (Date, error) {
	t, err := time.Parse(Layout, s)
	switch {
	case err != nil || t.Format(Layout) != s:
		return Date{}, fmt.Errorf("%q is not a real date in the form YYYY-MM-DD", short(s))
	case t.Year() < MinYear:
		return Date{}, fmt.Errorf("%s is too early: smart cars date from %d", s, MinYear)
	case t.Year() > MaxYear:
		return Date{}, fmt.Errorf("%s is too far ahead: dates up to %d are accepted", s, MaxYear)
	}
	return Date{t, true}, nil
}

// short cuts s to a length an error message can quote.
func short(s string) string {
	const most = 30 // bytes; quoted, an invalid byte takes four
	for i := range s {
		if i >= most {
			return s[:i] + "…"
		}
	}
	return s
}

// MustParse is Parse for literals in data and tests; it panics on error.
func MustParse(s string) Date {
	d, err := Parse(s)
	if err != nil {
		panic(err)
	}
	return d
}

// IsZero says the date is not given.
func (d Date) IsZero() bool { return !d.given }

// String is YYYY-MM-DD, or "" for the zero Date.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	return d.t.Format(Layout)
}

// Format formats with a time layout, such as "Monday 2 January 2006".
func (d Date) Format(layout string) string { return d.t.Format(layout) }

// Long is the form shown to drivers: "1 June 2019".
func (d Date) Long() string { return d.t.Format("2 January 2006") }

// Day is the form with the weekday: "Wednesday 26 November 2025".
func (d Date) Day() string { return d.t.Format("Monday 2 January 2006") }

func (d Date) Year() int             { return d.t.Year() }
func (d Date) Month() time.Month     { return d.t.Month() }
func (d Date) DayOfMonth() int       { return d.t.Day() }
func (d Date) Weekday() time.Weekday { return d.t.Weekday() }
func (d Date) Time() time.Time       { return d.t }
func (d Date) AddDays(n int) Date    { return Date{d.t.AddDate(0, 0, n), d.given} }
func (d Date) Before(o Date) bool    { return d.t.Before(o.t) }
func (d Date) After(o Date) bool     { return d.t.After(o.t) }
func (d Date) Equal(o Date) bool     { return d.t.Equal(o.t) }
func (d Date) Compare(o Date) int    { return d.t.Compare(o.t) }
func (d Date) DaysUntil(o Date) int  { return int(o.t.Sub(d.t).Hours() / 24) }
func (d Date) InRange(from, until Date) bool {
	return !d.Before(from) && !d.After(until)
}

// AddMonths moves n calendar months, keeping the day where it exists and
// otherwise using the last day of the month (31 January + 1 month is
// 28 or 29 February), as anniversaries are counted.
func (d Date) AddMonths(n int) Date {
	y, m, day := d.t.Date()
	first := time.Date(y, m+time.Month(n), 1, 0, 0, 0, 0, time.UTC)
	last := first.AddDate(0, 1, -1).Day()
	if day > last {
		day = last
	}
	return Of(first.Year(), first.Month(), day)
}

// AddYears moves n years; 29 February becomes 28 February in other years.
func (d Date) AddYears(n int) Date { return d.AddMonths(12 * n) }

// YearsOld is the number of whole years from d to on: a car registered on
// 2019-03-14 is 2 on 2021-03-14 and still 2 on 2022-03-13.
func (d Date) YearsOld(on Date) int {
	n := on.Year() - d.Year()
	if n > 0 && d.AddYears(n).After(on) {
		n--
	}
	return n
}

// MarshalJSON writes "YYYY-MM-DD", or null for the zero Date.
func (d Date) MarshalJSON() ([]byte, error) {
	if d.IsZero() {
		return []byte("null"), nil
	}
	return []byte(`"` + d.String() + `"`), nil
}

// UnmarshalJSON reads "YYYY-MM-DD"; null and "" give the zero Date.
func (d *Date) UnmarshalJSON(b []byte) error {
	s := string(b)
	if s == "null" || s == `""` {
		*d = Date{}
		return nil
	}
	if len(s) < 2 || s[0] != '"' || s[len(s)-1] != '"' {
		return fmt.Errorf("must be a date in the form YYYY-MM-DD")
	}
	p, err := Parse(s[1 : len(s)-1])
	if err != nil {
		return err
	}
	*d = p
	return nil
}
