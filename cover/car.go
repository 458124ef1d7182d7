package cover

import "github.com/smart-selfcheck/selfcheck/standards"

// CarOf is the one reading of a self-check file's vehicle as road assistance
// sees it, used by the commands, the PDF and the app. The file's
// agreementEnds is the return date of any agreement; only for lease&care is
// it also the end of the battery lease that cover counts from. An agreement
// of "none" or not given is AgreementNotGiven.
func CarOf(v *standards.Vehicle) Car {
	a, _ := ParseAgreement(v.Agreement.String())
	p, _ := ParsePowertrain(v.Powertrain.String())
	c := Car{FirstRegistered: v.FirstRegistered, LastService: v.LastOfficialService, Agreement: a, Powertrain: p}
	if a == LeaseAndCare {
		c.AgreementEnds = v.AgreementEnds
	}
	return c
}
