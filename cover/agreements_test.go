package cover

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/smart-selfcheck/selfcheck/standards"
)

func TestAgreements(t *testing.T) {
	require.Len(t, Agreements, 4, "001: This booklet outlines four finance types")
	for _, a := range Agreements {
		assert.NotEmpty(t, a.Name)
		assert.NotEmpty(t, a.AtEnd, a.Name)
		assert.NotEmpty(t, a.Source, a.Name)
		got, ok := AgreementOf(a.Agreement)
		assert.True(t, ok)
		assert.Equal(t, a.Name, got.Name)
	}
	ch, _ := AgreementOf(standards.ContractHire)
	assert.Equal(t, "Please contact Customer Services on 0370 847 0700 for a VE103 form. Please note that a fee may be applicable.", ch.Abroad,
		"001 Questions for Contract Hire Customers only: What do I do if I want to take my vehicle abroad?")
	for _, a := range []standards.Agreement{standards.Agility, standards.OperatingLease, standards.LeaseAndCare} {
		i, _ := AgreementOf(a)
		assert.Empty(t, i.Abroad, "the booklet gives the VE103 answer for Contract Hire only")
	}
	lc, _ := AgreementOf(standards.LeaseAndCare)
	assert.NotEmpty(t, lc.Note, "lease&care has no end section of its own: the note says how it is read")
	for _, a := range []standards.Agreement{0, standards.NoAgreement} {
		_, ok := AgreementOf(a)
		assert.False(t, ok, "no agreement, or none: nothing to say")
	}
}

func TestCallCard(t *testing.T) {
	var labels []string
	for _, c := range CallCard {
		labels = append(labels, c.Label)
		assert.NotEmpty(t, c.ID)
		assert.NotEmpty(t, c.Source)
	}
	assert.Equal(t, []string{"Personal details", "Contact telephone", "Vehicle model and registration number",
		"Date of first registration", "Current vehicle location", "Description of vehicle fault"}, labels, "000 Contact us: please have the following information available")
	require.Len(t, Outcomes, 3, "000 Contact us: decide whether your vehicle –")
	assert.Equal(t, "Can be driven to your nearest smart Retailer", Outcomes[1].Text)
}

// What a driver can act on is there, each in the booklet's words (checked
// word for word by TestQuotesAreInTheDocuments).
func TestAgreementPoints(t *testing.T) {
	for _, tt := range []struct {
		clause string
		a      standards.Agreement
		part   string
	}{
		{"001 Agility p.6: where to find the Optional Purchase Payment", standards.Agility, "under the other financial information section"},
		{"001 Contract Hire p.8: an administration charge per fine", standards.ContractHire, "administration charge per fine"},
		{"001 Contract Hire p.11: congestion fines recharged", standards.ContractHire, "recharged to you"},
		{"001 Contract Hire p.11: Northern Ireland drivers renew their own tax", standards.ContractHire, "For Northern Ireland vehicles, it is your responsibility to renew your tax disc"},
		{"001 Contract Hire p.8: RFL increases", standards.ContractHire, "If the RFL cost increases, you will be responsible for the increased amount"},
		{"001 Contract Hire p.8: the Service, Maintenance and Repair levels", standards.ContractHire, "Full Maintenance with Tyres"},
		{"001 Contract Hire p.11: the MOT reminder and the certificate sent back", standards.ContractHire, "Fleet Administration"},
		{"001 lease&care p.9: the battery replaced below 80% of its capacity", standards.LeaseAndCare, "falls below 80% of its capacity"},
		{"001 lease&care p.9: preventative checks included", standards.LeaseAndCare, "preventative treatment checks"},
		{"001 lease&care p.11: battery work at a smart electric drive Retailer", standards.LeaseAndCare, "smart electric drive Retailer"},
	} {
		info, ok := AgreementOf(tt.a)
		require.True(t, ok)
		var all []string
		for _, p := range info.Points {
			all = append(all, p.Text)
			assert.NotEmpty(t, p.Source, p.Title)
		}
		assert.Contains(t, strings.Join(all, " "), tt.part, tt.clause)
	}
	fleet, ok := AddressOf("fleet-administration")
	require.True(t, ok)
	assert.Equal(t, "MK15 8BA", fleet.Lines[len(fleet.Lines)-1])
}
