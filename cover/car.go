package cover

import "github.com/smart-selfcheck/selfcheck/standards"

// CarOf is the one reading of a self-check file's vehicle as road assistance
// sees it, used by the commands, the PDF and the app. The file's
// agreementEnds is the return date of any agreement; only for lease&care is
// it also the end of the battery lease that cover counts from. The file
// and cover share one vocabulary, standards' Powertrain and Agreement.
func CarOf(v *standards.Vehicle) Car {
	c := Car{FirstRegistered: v.FirstRegistered, LastService: v.LastOfficialService, Agreement: v.Agreement, Powertrain: v.Powertrain}
	if c.Agreement == standards.LeaseAndCare {
		c.AgreementEnds = v.AgreementEnds
	}
	return c
}
