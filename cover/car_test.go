package cover

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/smart-selfcheck/selfcheck/date"
	"github.com/smart-selfcheck/selfcheck/standards"
)

func TestCarOfReadsTheFilesVehicle(t *testing.T) {
	reg, svc, end := date.MustParse("2019-03-14"), date.MustParse("2025-02-01"), date.MustParse("2026-03-31")
	for _, tc := range []struct {
		clause string
		v      standards.Vehicle
		want   Car
	}{
		{"self-check file v1: lease-and-care electric, agreementEnds is the battery lease's end",
			standards.Vehicle{Agreement: standards.LeaseAndCare, Powertrain: standards.Electric, AgreementEnds: end},
			Car{Agreement: standards.LeaseAndCare, Powertrain: standards.Electric, AgreementEnds: end}},
		{"self-check file v1: contract-hire petrol, agreementEnds is only the return date",
			standards.Vehicle{Agreement: standards.ContractHire, Powertrain: standards.Petrol, AgreementEnds: end},
			Car{Agreement: standards.ContractHire, Powertrain: standards.Petrol}},
		{"self-check file v1: agreement none", standards.Vehicle{Agreement: standards.NoAgreement, Powertrain: standards.Diesel},
			Car{Agreement: standards.NoAgreement, Powertrain: standards.Diesel}},
		{"self-check file v1: agreementEnds without agreement (only powertrain and firstRegistered are required)",
			standards.Vehicle{Powertrain: standards.Petrol, AgreementEnds: end}, Car{Powertrain: standards.Petrol}},
		{"nothing said", standards.Vehicle{}, Car{}},
	} {
		t.Run(tc.clause, func(t *testing.T) {
			tc.v.FirstRegistered, tc.v.LastOfficialService = reg, svc
			tc.want.FirstRegistered, tc.want.LastService = reg, svc
			got := CarOf(&tc.v)
			assert.Equal(t, tc.want, got)
			_, err := Assess(Question{Car: got, On: date.MustParse("2025-11-26")})
			assert.NoError(t, err, "a valid file's vehicle can be assessed")
		})
	}
}
