package cover

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/smart-selfcheck/selfcheck/date"
)

func TestCarOfReadsTheFileWords(t *testing.T) {
	reg, svc, end := date.MustParse("2019-03-14"), date.MustParse("2025-02-01"), date.MustParse("2026-03-31")
	for _, tc := range []struct {
		name                  string
		agreement, powertrain string
		wantA                 Agreement
		wantP                 Powertrain
	}{
		{"self-check file v1: lease-and-care electric", "lease-and-care", "electric", LeaseAndCare, Electric},
		{"self-check file v1: contract-hire petrol", "contract-hire", "petrol", ContractHire, Petrol},
		{"self-check file v1: agreement none", "none", "diesel", AgreementNotGiven, Diesel},
		{"nothing said", "", "", AgreementNotGiven, PowertrainNotGiven},
	} {
		c := CarOf(reg, svc, tc.agreement, end, tc.powertrain)
		assert.Equal(t, Car{FirstRegistered: reg, LastService: svc, Agreement: tc.wantA, AgreementEnds: end, Powertrain: tc.wantP}, c, tc.name)
	}
}
