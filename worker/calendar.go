package main

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/smart-selfcheck/selfcheck/calendar"
	"github.com/smart-selfcheck/selfcheck/cover"
	"github.com/smart-selfcheck/selfcheck/date"
	"github.com/smart-selfcheck/selfcheck/standards"
	"github.com/smart-selfcheck/selfcheck/workerapi"
)

// checkMonthsBefore is when the reminder to do the return check falls: three
// months before the return date, the app's suggestion (the documents name no
// time), leaving room to have damage put right at a smart Retailer first.
const checkMonthsBefore = 3

// makeCalendar writes the dated actions as an .ics file: from the saved
// check (r.File, may be empty), the return date, the reminder to do the
// check, the report's actions and the MOT's expiry; from Contacts (r.Complaint,
// the day a complaint was made), the dates its replies fall due. Dates
// before r.On are left out: a calendar cannot remind of them.
func makeCalendar(r workerapi.Request) ([]byte, error) {
	on := r.On
	if on.IsZero() {
		return nil, errNoDay
	}
	var events []calendar.Event
	if r.File != "" {
		f, err := readCheck([]byte(r.File))
		if err != nil {
			return nil, err
		}
		events = checkEvents(f, on)
	}
	if !r.Complaint.IsZero() {
		events = append(events, complaintEvents(r.Complaint)...)
	}
	var kept []calendar.Event
	for _, e := range events {
		if !e.Day.Before(on) {
			kept = append(kept, e)
		}
	}
	if len(kept) == 0 {
		return nil, fmt.Errorf("there are no dates to come to put in a calendar: give your agreement's end date in the check, or the day you made a complaint")
	}
	var buf bytes.Buffer
	err := calendar.Write(&buf, kept, on)
	return buf.Bytes(), err
}

// checkEvents are the return check's dates, in the report's own words.
func checkEvents(f *standards.File, on date.Date) []calendar.Event {
	v := &f.Vehicle
	r := standards.Evaluate(f, on)
	var out []calendar.Event
	if !v.MOTExpires.IsZero() {
		out = append(out, calendar.Event{ID: "mot-expires", Day: v.MOTExpires, Summary: "Your MOT expires",
			Text:   "Your MOT certificate expires today: the car needs a new MOT to be driven.",
			Source: "Your MOT certificate (the expiry date you gave in your self-check)"})
	}
	// Without the agreement's end the report counts from today: no dates to keep.
	if !v.AgreementEnds.IsZero() {
		returns := "Your agreement ends on " + r.ReturnDate.Long() + " (the end date you gave in your self-check)"
		out = append(out,
			calendar.Event{ID: "check", Day: r.ReturnDate.AddMonths(-checkMonthsBefore), Summary: "Do your smart return self-check",
				Text:   "Three months before your car goes back: walk round it with the Vehicle Return Standards in the smart self-check app, so there is time to have damage put right at a smart Retailer.",
				Source: ruleSource("charges") + ". " + returns},
			calendar.Event{ID: "return", Day: r.ReturnDate, Summary: "Your smart goes back",
				Text:   "The car goes back with the things to hand back: " + itemList(r.Items) + ".",
				Source: returns})
		for _, a := range r.Actions {
			out = append(out, calendar.Event{ID: a.ID, Day: a.Due, Summary: ruleLabel(a.ID), Text: a.Text, Source: a.Source})
		}
	}
	return out
}

// complaintEvents are the dates the replies to a complaint made on made
// fall due, from the booklet's complaint procedure.
func complaintEvents(made date.Date) []calendar.Event {
	var out []calendar.Event
	for _, d := range cover.ComplaintDates(made) {
		out = append(out, calendar.Event{ID: "complaint-" + d.ID + "-" + made.String(), Day: d.Due,
			Summary: "Complaint of " + made.Long() + ": " + complaintStep[d.ID],
			Text:    strings.ToUpper(d.Promise[:1]) + d.Promise[1:], Source: d.Source})
	}
	return out
}

// complaintStep names each Stage 2 promise for the calendar's title.
var complaintStep = map[string]string{
	"resolved":     "resolved, or escalated",
	"acknowledged": "escalation acknowledged",
	"outcome":      "outcome of the investigation",
	"final":        "final response; then the Ombudsman",
}

func ruleLabel(id string) string {
	for _, r := range standards.Contents().Rules {
		if r.ID == id {
			return r.Label
		}
	}
	return id
}

func ruleSource(id string) string {
	for _, r := range standards.Contents().Rules {
		if r.ID == id {
			return r.Source
		}
	}
	return ""
}

// itemList names the items required for this car.
func itemList(items []standards.ItemStatus) string {
	var names []string
	for _, it := range items {
		if it.Required {
			names = append(names, it.Label)
		}
	}
	return strings.Join(names, ", ")
}
