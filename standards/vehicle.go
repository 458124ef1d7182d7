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

// Powertrain is what drives the car.
type Powertrain int

const (
	Petrol Powertrain = iota + 1
	Diesel
	Electric
)

var powertrainNames = [...]string{"", "petrol", "diesel", "electric"}

func (p Powertrain) String() string { return name(powertrainNames[:], int(p), "Powertrain") }

// Agreement is the finance agreement type.
type Agreement int

const (
	Agility Agreement = iota + 1
	OperatingLease
	ContractHire
	LeaseAndCare
	NoAgreement
)

var agreementNames = [...]string{"", "agility", "operating-lease", "contract-hire", "lease-and-care", "none"}

func (a Agreement) String() string { return name(agreementNames[:], int(a), "Agreement") }

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
