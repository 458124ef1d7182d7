package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/smart-selfcheck/selfcheck/cover"
	"github.com/smart-selfcheck/selfcheck/date"
	"github.com/smart-selfcheck/selfcheck/field"
)

const coverUsage = "usage: cover -registered YYYY-MM-DD [-serviced YYYY-MM-DD] [-on YYYY-MM-DD] [-country NAME] " +
	"[-agreement lease-and-care -agreement-ends YYYY-MM-DD -powertrain electric] [-start YYYY-MM-DD]"

// coverFlags names the command-line flag of each field of cover.Question.
var coverFlags = map[string]string{
	"firstRegistered": "-registered",
	"lastService":     "-serviced",
	"on":              "-on",
	"agreement":       "-agreement",
	"agreementEnds":   "-agreement-ends",
	"powertrain":      "-powertrain",
	"start":           "-start",
}

func runCover(e env, args []string) int {
	fl := flag.NewFlagSet("cover", flag.ContinueOnError)
	fl.SetOutput(io.Discard)
	registered := fl.String("registered", "", "date of first registration, YYYY-MM-DD")
	serviced := fl.String("serviced", "", "date of the latest official smart service, YYYY-MM-DD")
	on := fl.String("on", "", "the day asked about, YYYY-MM-DD (default today)")
	country := fl.String("country", "", "where the car is: a country's name, own name or ISO code")
	agreement := fl.String("agreement", "", "agility, operating-lease, contract-hire or lease-and-care")
	agreementEnds := fl.String("agreement-ends", "", "the day the agreement ends, YYYY-MM-DD")
	powertrain := fl.String("powertrain", "", "petrol, diesel or electric")
	start := fl.String("start", "", "first day of the breakdown, YYYY-MM-DD, to date the working-day limits")
	if err := fl.Parse(args); err != nil {
		return e.badInput(fmt.Errorf("cover: %v (%s)", err, coverUsage))
	}
	if fl.NArg() > 0 {
		return e.badInput(fmt.Errorf("cover: unexpected argument %q (%s)", fl.Arg(0), coverUsage))
	}
	if *registered == "" {
		return e.badInput(fmt.Errorf("cover: -registered is required (%s)", coverUsage))
	}
	q := cover.Question{Country: *country, On: date.FromTime(time.Now())}
	var errs []error
	parseDate := func(name, s string, to *date.Date) {
		if s == "" {
			return
		}
		d, err := date.Parse(s)
		if err != nil {
			errs = append(errs, field.Errorf(name, "%v", err))
			return
		}
		*to = d
	}
	parseDate("-registered", *registered, &q.Car.FirstRegistered)
	parseDate("-serviced", *serviced, &q.Car.LastService)
	parseDate("-on", *on, &q.On)
	parseDate("-agreement-ends", *agreementEnds, &q.Car.AgreementEnds)
	parseDate("-start", *start, &q.Start)
	var err error
	if q.Car.Agreement, err = cover.ParseAgreement(*agreement); err != nil {
		errs = append(errs, field.Errorf("-agreement", "%v", err))
	}
	if q.Car.Powertrain, err = cover.ParsePowertrain(*powertrain); err != nil {
		errs = append(errs, field.Errorf("-powertrain", "%v", err))
	}
	if len(errs) > 0 {
		return e.badInput(oneLine("cover", errs))
	}
	a, err := cover.Assess(q)
	if err != nil {
		return e.badInput(oneLine("cover", flagErrors(err)))
	}
	return e.printJSON(a)
}

// flagErrors renames the fields of cover's errors to the flags they came from.
func flagErrors(err error) []error {
	all := []error{err}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		all = j.Unwrap()
	}
	for i, e := range all {
		if fe, ok := field.As(e); ok {
			if name, ok := coverFlags[fe.Path]; ok {
				all[i] = &field.Error{Path: name, Problem: fe.Problem}
			}
		}
	}
	return all
}

// oneLine joins the problems into the one line bad input gets.
func oneLine(cmd string, errs []error) error {
	msgs := make([]string, len(errs))
	for i, e := range errs {
		msgs[i] = e.Error()
	}
	return errors.New(cmd + ": " + strings.Join(msgs, "; "))
}
