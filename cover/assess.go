package cover

import (
	"errors"
	"strings"

	"github.com/smart-selfcheck/selfcheck/date"
	"github.com/smart-selfcheck/selfcheck/field"
	"github.com/smart-selfcheck/selfcheck/standards"
)

// Car is what the schemes depend on.
type Car struct {
	FirstRegistered date.Date            `json:"firstRegistered"`
	LastService     date.Date            `json:"lastService"`   // latest official smart service; zero when not known
	Agreement       standards.Agreement  `json:"agreement"`     // zero when not given
	AgreementEnds   date.Date            `json:"agreementEnds"` // lease&care: the end of the battery lease
	Powertrain      standards.Powertrain `json:"powertrain"`
}

// Question is what a driver asks: is this car covered on this day, here.
type Question struct {
	Car     Car
	On      date.Date                        // the day asked about
	Country string                           // what the driver typed; "" when not asked
	Start   date.Date                        // first day of a breakdown, for working-day limits; zero when not given
	Nations []Nation                         // where in the UK the driver is, for working days; nil: every nation counts
	Find    func(query string) CountryAnswer // finds Country, as a gazetteer does; nil is LookupCountry
}

// Answer is the whole reply to a Question.
type Answer struct {
	AsOf    date.Date      `json:"asOf"`
	Schemes []Cover        `json:"schemes"` // every scheme that applies to the car, active or lapsed
	Country *CountryAnswer `json:"country,omitempty"`
	Call    []Call         `json:"call"` // the number to ring from the country asked about comes first
}

// Validate reports every problem with q, each a *field.Error whose path is
// the JSON name of the field: firstRegistered, lastService, agreement,
// agreementEnds, powertrain, on, start.
func Validate(q Question) error {
	c := q.Car
	var errs []error
	add := func(path, problem string) { errs = append(errs, &field.Error{Path: path, Problem: problem}) }
	reg := c.FirstRegistered
	if reg.IsZero() {
		add("firstRegistered", "must be given: the date of first registration is on the V5C log book")
	}
	if q.On.IsZero() {
		add("on", "must be given")
	}
	if !reg.IsZero() {
		if !c.LastService.IsZero() && c.LastService.Before(reg) {
			add("lastService", c.LastService.String()+" is before the car was first registered on "+reg.String())
		}
		if !q.On.IsZero() && q.On.Before(reg) {
			add("on", q.On.String()+" is before the car was first registered on "+reg.String())
		}
		if !c.AgreementEnds.IsZero() && c.AgreementEnds.Before(reg) {
			add("agreementEnds", c.AgreementEnds.String()+" is before the car was first registered on "+reg.String())
		}
		if !q.Start.IsZero() && q.Start.Before(reg) {
			add("start", q.Start.String()+" is before the car was first registered on "+reg.String())
		}
	}
	if !c.LastService.IsZero() && !q.On.IsZero() && c.LastService.After(q.On) && !q.On.Before(reg) {
		add("lastService", c.LastService.Long()+" is after the day asked about, "+q.On.Long()+"; give the latest service on or before that day")
	}
	if c.Agreement != 0 && !c.Agreement.Known() {
		add("agreement", c.Agreement.String()+" is not an agreement type")
	}
	if c.Powertrain != 0 && !c.Powertrain.Known() {
		add("powertrain", c.Powertrain.String()+" is not a powertrain")
	}
	if c.Agreement == standards.LeaseAndCare && c.Powertrain != standards.Electric && c.Powertrain != 0 {
		add("powertrain", "lease&care is a battery lease for the smart fortwo electric drive, so the powertrain must be electric, not "+c.Powertrain.String())
	}
	if !c.AgreementEnds.IsZero() && (c.Agreement == 0 || c.Agreement == standards.NoAgreement) {
		add("agreement", "must be given with agreementEnds")
	}
	return errors.Join(errs...)
}

// Assess answers q: the schemes that apply to the car on q.On, whether the
// country is covered, and the numbers to ring. A lease&care car with no
// powertrain given is taken to be electric, since lease&care leases the
// battery of the smart fortwo electric drive.
func Assess(q Question) (Answer, error) {
	if err := Validate(q); err != nil {
		return Answer{}, err
	}
	c := q.Car
	if c.Agreement == standards.LeaseAndCare {
		c.Powertrain = standards.Electric
	}
	a := Answer{AsOf: q.On, Schemes: schemes(c, q.On, q.Start, q.Nations)}
	var where *Place
	if strings.TrimSpace(q.Country) != "" {
		find := q.Find
		if find == nil {
			find = LookupCountry
		}
		ca := find(q.Country)
		a.Country = &ca
		where = ca.Place
	}
	a.Call = CallList(where)
	return a, nil
}
