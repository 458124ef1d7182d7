package standards

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/smart-selfcheck/selfcheck/date"
)

// Vehicle is the car and its agreement, as the driver describes them.
type Vehicle struct {
	Model               string
	Powertrain          Powertrain
	RegistrationNumber  string
	FirstRegistered     date.Date
	Agreement           Agreement
	AgreementEnds       date.Date // the return date, when given
	LastOfficialService date.Date
	FullServiceHistory  *bool // nil: not said
	MOTExpires          date.Date
	CherishedPlate      *bool    // nil: not said
	Mileage             *float64 // miles; nil: not said

	unknown map[string]json.RawMessage
}

// Powertrain is what drives the car. It is the one vocabulary of the
// self-check file and of road assistance (package cover), where the booklet
// marks sections "Electric drive vehicles only" and "Petrol or diesel
// vehicles only". Zero is not given.
type Powertrain int

const (
	Petrol Powertrain = iota + 1
	Diesel
	Electric
)

// The names the self-check file uses, and the labels a form shows, in the
// order of the constants.
var (
	powertrainNames  = [...]string{"", "petrol", "diesel", "electric"}
	powertrainLabels = [...]string{"", "Petrol", "Diesel", "Electric"}
)

// String is the powertrain's name in the file, such as "electric"; "" when
// not given.
func (p Powertrain) String() string { return name(powertrainNames[:], int(p), "Powertrain") }

// Known reports whether p is one of the constants.
func (p Powertrain) Known() bool { return p > 0 && int(p) < len(powertrainNames) }

// ParsePowertrain reads a powertrain by its name in the file; "" is not given.
func ParsePowertrain(s string) (Powertrain, error) {
	i, ok := lookup(powertrainNames[:], s)
	if !ok && s != "" {
		return 0, fmt.Errorf("must be petrol, diesel or electric, not %q", short(s))
	}
	return Powertrain(i), nil
}

func (p Powertrain) MarshalText() ([]byte, error) { return []byte(p.String()), nil }

func (p *Powertrain) UnmarshalText(b []byte) (err error) {
	*p, err = ParsePowertrain(string(b))
	return err
}

// Agreement is the finance agreement type, the one vocabulary of the
// self-check file and of road assistance (package cover). Zero is not given;
// NoAgreement is the driver saying there is none.
type Agreement int

const (
	Agility Agreement = iota + 1
	OperatingLease
	ContractHire
	LeaseAndCare
	NoAgreement
)

var (
	agreementNames  = [...]string{"", "agility", "operating-lease", "contract-hire", "lease-and-care", "none"}
	agreementLabels = [...]string{"", "Agility", "Operating lease", "Contract hire", "Lease & Care", "None"}
)

// String is the agreement's name in the file, such as "lease-and-care"; ""
// when not given.
func (a Agreement) String() string { return name(agreementNames[:], int(a), "Agreement") }

// Known reports whether a is one of the constants.
func (a Agreement) Known() bool { return a > 0 && int(a) < len(agreementNames) }

// ParseAgreement reads an agreement type by its name in the file; "" is
// not given.
func ParseAgreement(s string) (Agreement, error) {
	i, ok := lookup(agreementNames[:], s)
	if !ok && s != "" {
		return 0, fmt.Errorf("must be one of %s, not %q", strings.Join(agreementNames[1:], ", "), short(s))
	}
	return Agreement(i), nil
}

func (a Agreement) MarshalText() ([]byte, error) { return []byte(a.String()), nil }

func (a *Agreement) UnmarshalText(b []byte) (err error) {
	*a, err = ParseAgreement(string(b))
	return err
}

func name(names []string, i int, typ string) string {
	if i < 0 || i >= len(names) {
		return fmt.Sprintf("%s(%d)", typ, i)
	}
	return names[i]
}

// lookup returns the index of s in names, skipping the empty zero name.
func lookup(names []string, s string) (int, bool) {
	for i, n := range names {
		if i > 0 && n == s {
			return i, true
		}
	}
	return 0, false
}

// choices are the options of an enum: its names in the file, with labels.
func choices(names, labels []string) []Option {
	opts := make([]Option, len(names)-1)
	for i := range opts {
		opts[i] = Option{ID: names[i+1], Label: labels[i+1]}
	}
	return opts
}

// car is what the rules need to know about the car at the return date.
type car struct {
	returnDate date.Date
	overTwo    bool // more than two years old at the return date
	overThree  bool // more than three years old at the return date
	electric   bool
}

func carAt(v *Vehicle, asOf date.Date) car {
	ret := v.AgreementEnds
	if ret.IsZero() {
		ret = asOf
	}
	reg := v.FirstRegistered
	return car{
		returnDate: ret,
		overTwo:    !reg.IsZero() && ret.After(reg.AddYears(2)),
		overThree:  !reg.IsZero() && ret.After(reg.AddYears(3)),
		electric:   v.Powertrain == Electric,
	}
}

// dentAllowance is how many minor dents the standards accept on the car.
func (c car) dentAllowance() int {
	if c.overTwo {
		return 4
	}
	return 2
}

// Registration is the registration number as the screen and the PDF show it:
// capitals, one space between groups ("ab19  cde" is "AB19 CDE"); "" when
// not given. The file keeps what the driver typed.
func (v *Vehicle) Registration() string {
	return strings.Join(strings.Fields(strings.ToUpper(v.RegistrationNumber)), " ")
}
