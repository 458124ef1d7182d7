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
	"github.com/smart-selfcheck/selfcheck/gazetteer"
	"github.com/smart-selfcheck/selfcheck/standards"
)

const coverUsage = "usage: cover -registered YYYY-MM-DD [-serviced YYYY-MM-DD] [-on YYYY-MM-DD] [-country NAME] " +
	"[-agreement lease-and-care -agreement-ends YYYY-MM-DD -powertrain electric] [-start YYYY-MM-DD] [-nation england|wales|scotland|northern-ireland] " +
	"[-miles N -battery-checked YYYY-MM-DD -battery-checked-miles N -cartridge-changed YYYY-MM-DD -cartridge-changed-miles N]"

// coverFlags names the command-line flag of each field of cover.Question.
var coverFlags = map[string]string{
	"firstRegistered": "-registered",
	"lastService":     "-serviced",
	"on":              "-on",
	"agreement":       "-agreement",
	"agreementEnds":   "-agreement-ends",
	"powertrain":      "-powertrain",
	"start":           "-start",

	"miles":               "-miles",
	"lastCheck.on":        "-battery-checked",
	"lastCheck.miles":     "-battery-checked-miles",
	"lastCartridge.on":    "-cartridge-changed",
	"lastCartridge.miles": "-cartridge-changed-miles",
}

// coverOutput is the answer, with Battery Care Cover for lease&care.
type coverOutput struct {
	cover.Answer
	BatteryCare map[string]cover.BatteryDue `json:"batteryCare,omitempty"` // by task id
}

func runCover(e env, args []string) int {
	fl := flag.NewFlagSet("cover", flag.ContinueOnError)
	fl.SetOutput(io.Discard)
	registered := fl.String("registered", "", "date of first registration, YYYY-MM-DD")
	serviced := fl.String("serviced", "", "date of the latest official smart service, YYYY-MM-DD")
	on := fl.String("on", "", "the day asked about, YYYY-MM-DD (default today)")
	country := fl.String("country", "", "where the car is: a country's name, own name or ISO code, or a town, city or region in it")
	agreement := fl.String("agreement", "", "agility, operating-lease, contract-hire or lease-and-care")
	agreementEnds := fl.String("agreement-ends", "", "the day the agreement ends, YYYY-MM-DD")
	powertrain := fl.String("powertrain", "", "petrol, diesel or electric")
	start := fl.String("start", "", "first day of the breakdown, YYYY-MM-DD, to date the working-day limits")
	nation := fl.String("nation", "", "england, wales, scotland or northern-ireland: whose bank holidays count (default: every nation, the earliest day shown)")
	miles := fl.Int("miles", 0, "lease&care: the mileage today")
	checked := fl.String("battery-checked", "", "lease&care: the day of the last high voltage battery check, YYYY-MM-DD")
	checkedMiles := fl.Int("battery-checked-miles", 0, "lease&care: the mileage at that check")
	changed := fl.String("cartridge-changed", "", "lease&care: the day the battery drying cartridge was last replaced, YYYY-MM-DD")
	changedMiles := fl.Int("cartridge-changed-miles", 0, "lease&care: the mileage then")
	if err := fl.Parse(args); err != nil {
		return e.badInput(fmt.Errorf("cover: %v (%s)", err, coverUsage))
	}
	if fl.NArg() > 0 {
		return e.badInput(fmt.Errorf("cover: unexpected argument %q (%s)", fl.Arg(0), coverUsage))
	}
	if *registered == "" {
		return e.badInput(fmt.Errorf("cover: -registered is required (%s)", coverUsage))
	}
	q := cover.Question{Country: *country, On: date.FromTime(time.Now()), Find: gazetteer.Lookup}
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
	b := cover.BatteryQuestion{Miles: *miles,
		LastCheck: cover.BatteryDone{Miles: *checkedMiles}, LastCartridge: cover.BatteryDone{Miles: *changedMiles}}
	parseDate("-battery-checked", *checked, &b.LastCheck.On)
	parseDate("-cartridge-changed", *changed, &b.LastCartridge.On)
	var err error
	if *nation != "" {
		n, err := cover.ParseNation(*nation)
		if err != nil {
			errs = append(errs, field.Errorf("-nation", "%v", err))
		}
		q.Nations = []cover.Nation{n}
	}
	if q.Car.Agreement, err = standards.ParseAgreement(flagName(*agreement)); err != nil {
		errs = append(errs, field.Errorf("-agreement", "%v", err))
	}
	if q.Car.Powertrain, err = standards.ParsePowertrain(flagName(*powertrain)); err != nil {
		errs = append(errs, field.Errorf("-powertrain", "%v", err))
	}
	if len(errs) > 0 {
		return e.badInput(oneLine("cover", errs))
	}
	a, err := cover.Assess(q)
	if err != nil {
		return e.badInput(oneLine("cover", flagErrors(err)))
	}
	out := coverOutput{Answer: a}
	battery := *miles != 0 || *checked != "" || *changed != "" || *checkedMiles != 0 || *changedMiles != 0
	if battery && q.Car.Agreement != standards.LeaseAndCare {
		return e.badInput(fmt.Errorf("cover: -miles and the battery flags are for Battery Care Cover: give -agreement lease-and-care"))
	}
	if q.Car.Agreement == standards.LeaseAndCare {
		b.FirstRegistered, b.On = q.Car.FirstRegistered, q.On
		due, err := cover.BatteryCare(b)
		if err != nil {
			return e.badInput(oneLine("cover", flagErrors(err)))
		}
		out.BatteryCare = map[string]cover.BatteryDue{}
		for _, d := range due {
			out.BatteryCare[d.ID] = d
		}
	}
	return e.printJSON(out)
}

// flagName reads a choice given on the command line as the self-check file
// names it, forgiving case, spaces and the booklet's spellings:
// "Lease&Care" and "lease and care" are lease-and-care, "EV" and "electric
// drive" are electric.
func flagName(s string) string {
	k := strings.Join(strings.Fields(strings.ToLower(strings.NewReplacer("&", " and ", "_", " ", "-", " ").Replace(s))), "-")
	if k == "ev" || k == "electric-drive" {
		return "electric"
	}
	return k
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
