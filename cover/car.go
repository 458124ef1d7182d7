package cover

import "github.com/smart-selfcheck/selfcheck/date"

// CarOf builds a Car from a self-check file's vehicle, whose agreement and
// powertrain are the file's words ("lease-and-care", "electric"). Words this
// package does not know, and "none", count as not given.
func CarOf(firstRegistered, lastService date.Date, agreement string, agreementEnds date.Date, powertrain string) Car {
	a, _ := ParseAgreement(agreement)
	p, _ := ParsePowertrain(powertrain)
	return Car{FirstRegistered: firstRegistered, LastService: lastService, Agreement: a, AgreementEnds: agreementEnds, Powertrain: p}
}
