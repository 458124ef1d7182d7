package cover

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/rickar/cal/v2"
	"github.com/rickar/cal/v2/gb"

	"github.com/smart-selfcheck/selfcheck/date"
)

// Working days are counted with the UK's bank holidays (rickar/cal's gb
// package, with the Scottish and Northern Irish holidays it lacks written
// here). The documents never say whose bank holidays count. The nations'
// calendars differ both ways: Scotland has 2 January and St Andrew's Day but
// no Easter Monday, and its August holiday is earlier, so a limit can end
// earlier or later there than in England and Wales. The driver says which
// nation they are in; the limit is counted by that nation's calendar and by
// England and Wales's (the companies are in Milton Keynes), and where they
// give different days the earlier is shown, and the note says so: a driver
// is never promised a day too many. With no nation said, every nation
// counts.

// stateFuneral2022 is missing from rickar/cal v2.1.23: the bank holiday for the
// State Funeral of Queen Elizabeth II, Monday 19 September 2022, in every nation.
var stateFuneral2022 = &cal.Holiday{
	Name: "State Funeral of Queen Elizabeth II", Type: cal.ObservanceBank,
	Month: time.September, Day: 19, StartYear: 2022, EndYear: 2022, Func: cal.CalcDayOfMonth,
}

// Bank holidays of Scotland and Northern Ireland that rickar/cal does not
// define, written with its rules: a holiday on a weekend moves to the Monday.
var (
	mondayIfWeekend = []cal.AltDay{{Day: time.Saturday, Offset: 2}, {Day: time.Sunday, Offset: 1}}

	// 2 January moves as Boxing Day does after Christmas.
	secondJanuary = &cal.Holiday{Name: "2nd January", Type: cal.ObservanceBank,
		Month: time.January, Day: 2, Func: cal.CalcDayOfMonth, Observed: gb.BoxingDay.Observed}

	stAndrewsDay = &cal.Holiday{Name: "St Andrew's Day", Type: cal.ObservanceBank,
		Month: time.November, Day: 30, Func: cal.CalcDayOfMonth, Observed: mondayIfWeekend}
	stPatricksDay = &cal.Holiday{Name: "St Patrick's Day", Type: cal.ObservanceBank,
		Month: time.March, Day: 17, Func: cal.CalcDayOfMonth, Observed: mondayIfWeekend}
	battleOfTheBoyne = &cal.Holiday{Name: "Battle of the Boyne (Orangemen's Day)", Type: cal.ObservanceBank,
		Month: time.July, Day: 12, Func: cal.CalcDayOfMonth, Observed: mondayIfWeekend}
)

// Nation is a part of the UK with its own bank holidays.
type Nation int

const (
	EnglandAndWales Nation = iota
	Scotland
	NorthernIreland
)

func (n Nation) String() string {
	switch n {
	case EnglandAndWales:
		return "England and Wales"
	case Scotland:
		return "Scotland"
	case NorthernIreland:
		return "Northern Ireland"
	}
	return "unknown nation"
}

var nations = []Nation{EnglandAndWales, Scotland, NorthernIreland}

// ParseNation reads where in the UK the driver is: england, wales,
// scotland or northern-ireland (also "england and wales", "ni"), ignoring
// case.
func ParseNation(s string) (Nation, error) {
	switch strings.Join(strings.Fields(strings.ToLower(strings.ReplaceAll(s, "-", " "))), " ") {
	case "england", "wales", "england and wales":
		return EnglandAndWales, nil
	case "scotland":
		return Scotland, nil
	case "northern ireland", "ni":
		return NorthernIreland, nil
	}
	return 0, fmt.Errorf("%q is not a nation of the UK; use england, wales, scotland or northern-ireland", s)
}

// calendars are built on the first working-day count, not at start-up:
// the app's first screen needs none.
var calendars = sync.OnceValue(func() map[Nation]*cal.BusinessCalendar {
	return map[Nation]*cal.BusinessCalendar{
		EnglandAndWales: businessCalendar(slices.Concat(gb.Holidays, []*cal.Holiday{stateFuneral2022})),
		Scotland: businessCalendar([]*cal.Holiday{
			gb.NewYear, secondJanuary, gb.GoodFriday, gb.EarlyMay, gb.VEDay, gb.CoronationDay,
			gb.SpringHoliday, gb.SpringHoliday2022, gb.PlatinumJubilee, gb.SummerHolidayScotland,
			stateFuneral2022, stAndrewsDay, gb.ChristmasDay, gb.BoxingDay,
		}),
		NorthernIreland: businessCalendar(slices.Concat(gb.Holidays, []*cal.Holiday{stPatricksDay, battleOfTheBoyne, stateFuneral2022})),
	}
})

func businessCalendar(h []*cal.Holiday) *cal.BusinessCalendar {
	c := cal.NewBusinessCalendar()
	c.AddHoliday(h...)
	return c
}

// IsWorkingDay reports whether d is a weekday that is not a bank holiday in
// the nation.
func IsWorkingDay(d date.Date, n Nation) bool {
	return calendars()[n].IsWorkday(d.Time())
}

// Holiday names the bank holiday on d in the nation, or "" if there is none.
func Holiday(d date.Date, n Nation) string {
	_, observed, h := calendars()[n].IsHoliday(d.Time())
	if !observed || h == nil {
		return ""
	}
	return h.Name
}

// LastOfWorkingDays is the last day of a period of n working days that starts
// on start: start itself counts when it is a working day. A replacement car
// "up to three working days" from Monday 24 November 2025 runs to Wednesday 26
// November.
func LastOfWorkingDays(start date.Date, n int, nation Nation) date.Date {
	return WorkingDaysAfter(start.AddDays(-1), n, nation)
}

// WorkingDaysAfter is the nth working day after day, which itself does not
// count: a complaint received on Monday 24 November 2025 is answered "within
// three working days" by Thursday 27 November. This is how the Financial
// Conduct Authority counts a firm's complaint deadlines.
func WorkingDaysAfter(day date.Date, n int, nation Nation) date.Date {
	return date.FromTime(calendars()[nation].WorkdaysFrom(day.Time(), n))
}

// WorkingDays is a limit of n working days turned into dates.
type WorkingDays struct {
	Days    int       `json:"days"`
	Start   date.Date `json:"start"`
	Until   date.Date `json:"until"`             // last day: the earliest the calendars counted give
	Skipped []string  `json:"skipped,omitempty"` // bank holidays inside the period, "Friday 26 December 2025 (Boxing Day)"
	Later   date.Date `json:"later,omitzero"`    // the latest last day of the calendars counted, when later than Until
	Note    string    `json:"note,omitempty"`    // how the calendars differ and which day is shown, in plain words
}

// CountWorkingDays turns "up to n working days" from start into dates, by
// the calendars of England and Wales and of the nations given (every nation
// when none is): the earliest last day, the bank holidays skipped, and a
// note when the calendars give different days.
func CountWorkingDays(start date.Date, n int, in ...Nation) WorkingDays {
	counted := []Nation{EnglandAndWales}
	if len(in) == 0 {
		in = nations
	}
	for _, nation := range in {
		if !slices.Contains(counted, nation) {
			counted = append(counted, nation)
		}
	}
	ends := make([]date.Date, len(counted))
	first := 0
	for i, nation := range counted {
		ends[i] = LastOfWorkingDays(start, n, nation)
		if ends[i].Before(ends[first]) {
			first = i
		}
	}
	w := WorkingDays{Days: n, Start: start, Until: ends[first]}
	w.Skipped = bankHolidays(start, w.Until, counted[first])
	for _, e := range ends {
		if e.After(w.Later) {
			w.Later = e
		}
	}
	if !w.Later.After(w.Until) {
		w.Later = date.Date{}
		return w
	}
	// Group the nations by the day they give, earliest first.
	var parts []string
	for d := w.Until; !d.After(w.Later); d = d.AddDays(1) {
		var names []string
		for i, nation := range counted {
			if ends[i].Equal(d) {
				names = append(names, nation.String())
			}
		}
		if len(names) > 0 {
			parts = append(parts, "up to "+d.Day()+" in "+strings.Join(names, " and "))
		}
	}
	w.Note = "bank holidays differ across the UK: " + strings.Join(parts, "; ") +
		". The documents do not say whose bank holidays count, so we show the earlier day: ask road assistance"
	return w
}

// bankHolidays lists the weekdays from first to last that are bank holidays
// in the nation, as "Friday 26 December 2025 (Boxing Day)".
func bankHolidays(first, last date.Date, n Nation) []string {
	var out []string
	for d := first; !d.After(last); d = d.AddDays(1) {
		if h := Holiday(d, n); h != "" {
			out = append(out, d.Day()+" ("+h+")")
		}
	}
	return out
}
