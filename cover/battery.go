package cover

import (
	"errors"
	"strconv"

	"github.com/smart-selfcheck/selfcheck/date"
	"github.com/smart-selfcheck/selfcheck/field"
)

// BatteryTask is a piece of Battery Care Cover maintenance that falls due
// after a time or a distance, whichever comes first.
type BatteryTask struct {
	ID     string
	Name   string
	Text   string // quoted
	Months int    // interval in months
	Miles  int    // interval in miles
	Source string
}

const srcBatteryCare = srcBooklet + ", Your lease&care agreement p.9, Battery Care Cover"

// BatteryTasks: "This will include a high voltage battery check every 12
// months or 12,400 miles (whichever comes first), plus a battery drying
// cartridge replacement every 24 months or 24,800 miles (whichever comes
// first)."
var BatteryTasks = []BatteryTask{
	{ID: "battery-check", Name: "High voltage battery check",
		Text:   "a high voltage battery check every 12 months or 12,400 miles (whichever comes first)",
		Months: 12, Miles: 12400, Source: srcBatteryCare},
	{ID: "drying-cartridge", Name: "Battery drying cartridge replacement",
		Text:   "a battery drying cartridge replacement every 24 months or 24,800 miles (whichever comes first)",
		Months: 24, Miles: 24800, Source: srcBatteryCare},
}

// BatteryReplacement is when the battery is replaced under Battery Care Cover.
var BatteryReplacement = struct {
	BelowPercent int // of the battery's capacity
	Text         string
	Source       string
}{
	BelowPercent: 80,
	Text: "If the battery falls below 80% of its capacity, we will replace the battery for you, providing you have followed the manufacturer’s and smart Retailer (where relevant) recommendations as set out in the handbook. " +
		"Battery capacity will be measured during battery maintenance where we’ll give you diagnostic information about the battery.",
	Source: srcBatteryCare,
}

// BatteryDone is when a task was last done. A zero Date means not done yet:
// it is then counted from first registration at 0 miles.
type BatteryDone struct {
	On    date.Date `json:"on"`
	Miles int       `json:"miles"` // odometer reading then
}

// BatteryQuestion asks what Battery Care Cover maintenance is due.
type BatteryQuestion struct {
	FirstRegistered date.Date
	LastCheck       BatteryDone // high voltage battery check
	LastCartridge   BatteryDone // drying cartridge replacement
	On              date.Date   // today
	Miles           int         // odometer reading today; 0 when not known
}

// BatteryDue is when a task is next due.
type BatteryDue struct {
	Task    BatteryTask `json:"-"`
	ID      string      `json:"id"`         // the task's id
	Last    BatteryDone `json:"last"`       // the last time, or first registration at 0 miles
	ByDate  date.Date   `json:"dueBy"`      // due by this day...
	ByMiles int         `json:"dueAtMiles"` // ...or at this odometer reading, whichever comes first
	Due     bool        `json:"dueNow"`     // either limit has been reached
	Summary string      `json:"summary"`    // in plain words
	Source  string      `json:"source"`
}

// BatteryCare says when each Battery Care Cover task is next due.
func BatteryCare(q BatteryQuestion) ([]BatteryDue, error) {
	if err := validateBattery(q); err != nil {
		return nil, err
	}
	last := []BatteryDone{q.LastCheck, q.LastCartridge}
	out := make([]BatteryDue, 0, len(BatteryTasks))
	for i, t := range BatteryTasks {
		l := last[i]
		since := "last done on " + l.On.Long() + " at " + miles(l.Miles) + " miles"
		if l.On.IsZero() {
			l = BatteryDone{On: q.FirstRegistered}
			since = "not done yet: counted from first registration on " + q.FirstRegistered.Long()
		}
		b := BatteryDue{Task: t, ID: t.ID, Last: l, ByDate: l.On.AddMonths(t.Months), ByMiles: l.Miles + t.Miles, Source: t.Source}
		byDate := !q.On.Before(b.ByDate)
		byMiles := q.Miles > 0 && q.Miles >= b.ByMiles
		b.Due = byDate || byMiles
		switch {
		case byDate && byMiles:
			b.Summary = t.Name + " is due now: it was due on " + b.ByDate.Long() + " and at " + miles(b.ByMiles) + " miles (" + since + ")"
		case byDate:
			b.Summary = t.Name + " is due now: it was due on " + b.ByDate.Long() + " (" + since + ")"
		case byMiles:
			b.Summary = t.Name + " is due now: it was due at " + miles(b.ByMiles) + " miles (" + since + ")"
		default:
			b.Summary = t.Name + " is next due by " + b.ByDate.Long() + " or at " + miles(b.ByMiles) + " miles, whichever comes first (" + since + ")"
		}
		if q.Miles == 0 && !b.Due {
			b.Summary += "; give today's mileage to see whether the mileage has been reached"
		}
		out = append(out, b)
	}
	return out, nil
}

func validateBattery(q BatteryQuestion) error {
	var errs []error
	add := func(path, problem string) { errs = append(errs, &field.Error{Path: path, Problem: problem}) }
	if q.FirstRegistered.IsZero() {
		add("firstRegistered", "must be given")
	}
	if q.On.IsZero() {
		add("on", "must be given")
	}
	if q.Miles < 0 {
		add("miles", "must not be negative")
	}
	for _, l := range []struct {
		path string
		done BatteryDone
	}{{"lastCheck", q.LastCheck}, {"lastCartridge", q.LastCartridge}} {
		switch {
		case l.done.Miles < 0:
			add(l.path+".miles", "must not be negative")
		case l.done.On.IsZero() && l.done.Miles != 0:
			add(l.path+".on", "must be given with the mileage")
		case q.Miles > 0 && l.done.Miles > q.Miles:
			add(l.path+".miles", miles(l.done.Miles)+" is more than today's "+miles(q.Miles)+" miles")
		}
		if l.done.On.IsZero() {
			continue
		}
		if !q.FirstRegistered.IsZero() && l.done.On.Before(q.FirstRegistered) {
			add(l.path+".on", l.done.On.Long()+" is before the car was first registered on "+q.FirstRegistered.Long())
		}
		if !q.On.IsZero() && l.done.On.After(q.On) {
			add(l.path+".on", l.done.On.Long()+" is after today, "+q.On.Long())
		}
	}
	return errors.Join(errs...)
}

// miles writes 12400 as "12,400".
func miles(n int) string {
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}
